export const id = 522;
export const ids = [522,793,382];
export const modules = {

/***/ 4793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ toolCacheVersions),
/* harmony export */   installGo: () => (/* binding */ installGo),
/* harmony export */   l: () => (/* binding */ findInToolCache),
/* harmony export */   normalizeBaseUrl: () => (/* binding */ normalizeBaseUrl)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6058);
/* harmony import */ var _actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9805);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4537);
/* harmony import */ var _releases_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1382);
// Find a Go release in the runner's tool cache, or download, verify and cache it: the
// actions/setup-go chain (tc.find → listing → tc.downloadTool → extract → cache), plus the
// sha256 check setup-go lacks. Nothing reaches the tool cache before the checksum matches.











function normalizeBaseUrl(url) {
    return url.trim().replace(/\/+$/, '') || _releases_js__WEBPACK_IMPORTED_MODULE_10__.defaultGoDownloadBaseUrl;
}
/**
 * setup-go's tool name: `go` for go.dev, `go-<8 hex of sha256(base)>` for a mirror, so a
 * mirror's build never shadows, or is shadowed by, the runner's preinstalled Go.
 */
function toolCacheName(baseUrl) {
    if (baseUrl === _releases_js__WEBPACK_IMPORTED_MODULE_10__.defaultGoDownloadBaseUrl)
        return 'go';
    return `go-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(baseUrl).digest('hex').slice(0, 8)}`;
}
/** The tool cache needs both directories; outside Actions (the CLI) default them. */
function ensureRunnerDirs() {
    process.env['RUNNER_TOOL_CACHE'] ||= (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.cache', 'ko-action', 'tool-cache');
    process.env['RUNNER_TEMP'] ||= (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)();
}
/** The newest cached version satisfying the spec (aliases need the listing first). */
function findCached(tool, spec, arch) {
    if (spec.kind === 'alias')
        return '';
    if (spec.kind === 'exact')
        return _actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__/* .find */ .I6(tool, spec.semver, arch);
    const best = (0,semver__WEBPACK_IMPORTED_MODULE_7__.maxSatisfying)(_actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__/* .findAllVersions */ .iq(tool, arch), spec.range);
    return best ? _actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__/* .find */ .I6(tool, best, arch) : '';
}
/** A Go release (`1.27.3`) already in the tool cache: its GOROOT, or '' when absent. */
function findInToolCache(version, baseUrl, arch) {
    ensureRunnerDirs();
    return _actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__/* .find */ .I6(toolCacheName(baseUrl), version, arch);
}
/** The Go releases in the tool cache, as semver (`1.27.3`). */
function toolCacheVersions(baseUrl, arch) {
    ensureRunnerDirs();
    return _actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__/* .findAllVersions */ .iq(toolCacheName(baseUrl), arch);
}
async function installGo(spec, opts) {
    ensureRunnerDirs();
    const tool = toolCacheName(opts.baseUrl);
    const cached = findCached(tool, spec, opts.arch);
    if (cached) {
        _actions_core__WEBPACK_IMPORTED_MODULE_5__.info(`Found Go ${spec.input} in the tool cache at ${cached}`);
        return { root: cached, source: 'tool-cache' };
    }
    const os = (0,_releases_js__WEBPACK_IMPORTED_MODULE_10__/* .goOs */ .fd)(opts.platform);
    const arch = (0,_releases_js__WEBPACK_IMPORTED_MODULE_10__/* .goArch */ .Jt)(opts.arch);
    const listing = await (0,_releases_js__WEBPACK_IMPORTED_MODULE_10__/* .fetchListing */ .zv)(opts.baseUrl, opts.auth);
    const release = (0,_releases_js__WEBPACK_IMPORTED_MODULE_10__/* .selectRelease */ .gQ)(listing, spec, os, arch);
    if (!release) {
        const newest = (0,_releases_js__WEBPACK_IMPORTED_MODULE_10__/* .newestVersions */ .aH)(listing, os, arch);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .KoActionError */ .jV('GO_INSTALL', `Unable to find Go version '${spec.input}' for platform ${os} and architecture ${arch}`, {
            where: 'go-version',
            hint: newest.length
                ? `the newest at ${opts.baseUrl} are ${newest.join(', ')}`
                : `${opts.baseUrl} lists no Go release for ${os}/${arch}`,
        });
    }
    // An alias resolves only now; the release may already be cached.
    const hit = spec.kind === 'alias' ? _actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__/* .find */ .I6(tool, release.semver, opts.arch) : '';
    if (hit) {
        _actions_core__WEBPACK_IMPORTED_MODULE_5__.info(`${spec.input} is Go ${release.semver}, found in the tool cache at ${hit}`);
        return { root: hit, source: 'tool-cache' };
    }
    return { root: await downloadGo(release, tool, opts), source: 'download' };
}
async function downloadGo(release, tool, opts) {
    const { file } = release;
    const url = `${opts.baseUrl}/${file.filename}`;
    if (!file.sha256 || !/^[0-9a-f]{64}$/i.test(file.sha256)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .KoActionError */ .jV('GO_INSTALL', `the Go listing at ${opts.baseUrl} gives no sha256 for ${file.filename}`, {
            hint: 'use a mirror whose listing carries checksums, as go.dev/dl does',
        });
    }
    // Keep the file name: extractZip on Windows wants the extension.
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(process.env['RUNNER_TEMP'] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `ko-action-go-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    const toolCache = process.env['RUNNER_TOOL_CACHE'] ?? '';
    const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(toolCache, tool, release.semver, opts.arch);
    // Extract on the tool cache's file system, so moving into place is a rename, not a copy.
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(toolCache, `.ko-action-staging-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
    try {
        _actions_core__WEBPACK_IMPORTED_MODULE_5__.info(`Downloading Go ${release.semver} from ${url}`);
        const archive = await download(url, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(tmp, file.filename), release, opts);
        const actual = await sha256File(archive);
        if (actual !== file.sha256.toLowerCase()) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .KoActionError */ .jV('GO_INSTALL', `sha256 mismatch for ${file.filename}: expected ${file.sha256.toLowerCase()}, got ${actual}`, {
                hint: `the archive at ${url} is not the one its listing describes; check go-download-base-url`,
            });
        }
        await (file.filename.endsWith('.zip')
            ? _actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__/* .extractZip */ .JE(archive, staging)
            : _actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__/* .extractTar */ .nN(archive, staging));
        // go.dev archives hold everything under a top-level go/.
        const goRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, 'go');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(goRoot, 'bin'))) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .KoActionError */ .jV('GO_INSTALL', `${file.filename} has no go/bin directory`, {
                hint: 'go-download-base-url must serve go.dev’s archives (a top-level go/ directory)',
            });
        }
        await moveIntoToolCache(goRoot, dest);
        _actions_core__WEBPACK_IMPORTED_MODULE_5__.info(`Cached Go ${release.semver} at ${dest}`);
        return dest;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
    }
}
/**
 * What tc.cacheDir does (replace `<tool>/<version>/<arch>`, then write the `<arch>.complete`
 * marker tc.find looks for), but by rename: copying Go's ~17k files doubled the install time.
 */
async function moveIntoToolCache(dir, dest) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(`${dest}.complete`, { force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dest, { recursive: true, force: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(dest), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(dir, dest);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(`${dest}.complete`, '');
}
async function download(url, dest, release, opts) {
    try {
        return await _actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__/* .downloadTool */ .bq(url, dest, opts.auth);
    }
    catch (e) {
        const status = e instanceof _actions_tool_cache__WEBPACK_IMPORTED_MODULE_6__/* .HTTPError */ .Hl ? e.httpStatusCode : undefined;
        const what = `Go ${release.semver} for ${(0,_releases_js__WEBPACK_IMPORTED_MODULE_10__/* .goOs */ .fd)(opts.platform)}/${(0,_releases_js__WEBPACK_IMPORTED_MODULE_10__/* .goArch */ .Jt)(opts.arch)}`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .KoActionError */ .jV('GO_INSTALL', status === 404
            ? `the requested ${what} is not available: ${url} returned HTTP 404`
            : `failed to download ${what} from ${url}: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_9__/* .redact */ .E$)(e instanceof Error ? e.message : String(e))}`, {
            cause: e,
            hint: 'check go-download-base-url and the network; retry if the error was temporary',
        });
    }
}
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 1382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ goArch),
/* harmony export */   aH: () => (/* binding */ newestVersions),
/* harmony export */   defaultGoDownloadBaseUrl: () => (/* binding */ defaultGoDownloadBaseUrl),
/* harmony export */   fd: () => (/* binding */ goOs),
/* harmony export */   gQ: () => (/* binding */ selectRelease),
/* harmony export */   zv: () => (/* binding */ fetchListing)
/* harmony export */ });
/* unused harmony export parseListing */
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2779);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4537);
/* harmony import */ var _version_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7368);
// The go.dev download listing (`<base>/?mode=json&include=all`): fetch it, and pick the release
// and archive for a spec, as actions/setup-go does. The listing also carries each archive's
// sha256, which is why we always go through it.





const defaultGoDownloadBaseUrl = 'https://go.dev/dl';
/** Node's `process.arch` → Go's GOARCH as the listing spells it. */
function goArch(nodeArch) {
    const names = {
        x64: 'amd64',
        x32: '386',
        ia32: '386',
        arm: 'armv6l',
        ppc64: 'ppc64le',
    };
    return names[nodeArch] ?? nodeArch;
}
/** Node's `process.platform` → GOOS. */
function goOs(platform) {
    return platform === 'win32' ? 'windows' : platform;
}
function listingUrl(baseUrl) {
    return `${baseUrl.replace(/\/+$/, '')}/?mode=json&include=all`;
}
function isFile(f) {
    const o = f;
    return (!!o &&
        typeof o['filename'] === 'string' &&
        typeof o['os'] === 'string' &&
        typeof o['arch'] === 'string');
}
/** Validate the listing JSON, dropping entries we cannot use. */
function parseListing(body, url) {
    let data;
    try {
        data = JSON.parse(body);
    }
    catch (e) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_INSTALL', `the Go version listing at ${url} is not JSON`, {
            cause: e,
            hint: 'go-download-base-url must serve go.dev/dl’s listing (?mode=json&include=all)',
        });
    }
    if (!Array.isArray(data)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_INSTALL', `the Go version listing at ${url} is not a JSON array`);
    }
    return data.flatMap((r) => {
        const o = r;
        if (!o || typeof o['version'] !== 'string' || !Array.isArray(o['files']))
            return [];
        const files = o['files'].filter(isFile);
        return [{ version: o['version'], stable: o['stable'] === true, files }];
    });
}
/** The listing; a failure names `where`, the input whose version needed it. */
async function fetchListing(baseUrl, auth, where = 'go-version') {
    const url = listingUrl(baseUrl);
    const http = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('ko-action', [], {
        allowRetries: true,
        maxRetries: 3,
        socketTimeout: 60_000,
    });
    let status;
    let body;
    try {
        const res = await http.get(url, auth ? { authorization: auth } : {});
        status = res.message.statusCode;
        body = await res.readBody();
    }
    catch (e) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_INSTALL', `cannot fetch the Go version listing ${url}: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(String(e))}`, {
            where,
            cause: e,
            hint: 'check network access to go-download-base-url, or set go-version to a Go the runner has',
        });
    }
    finally {
        http.dispose();
    }
    if (status !== 200) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_INSTALL', `the Go version listing ${url} returned HTTP ${status ?? '?'}`, {
            where,
            hint: 'check go-download-base-url; it must serve ?mode=json&include=all like https://go.dev/dl',
        });
    }
    return parseListing(body, url);
}
/** Releases that have an archive for os/arch, newest first. */
function candidates(listing, os, arch) {
    const out = [];
    for (const r of listing) {
        const sv = (0,semver__WEBPACK_IMPORTED_MODULE_1__.parse)((0,_version_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .makeSemver */ .Tk)(r.version));
        // Installers (.msi, .pkg) share os/arch with the archive; only archives are unpacked.
        const file = r.files.find((f) => f.os === os && f.arch === arch && (f.kind ?? 'archive') === 'archive');
        if (sv && file) {
            const stable = r.stable && sv.prerelease.length === 0;
            out.push({ version: r.version, semver: sv.version, file, sv, stable });
        }
    }
    return out.sort((a, b) => (0,semver__WEBPACK_IMPORTED_MODULE_1__.rcompare)(a.sv, b.sv));
}
function strip({ version, semver, file }) {
    return { version, semver, file };
}
/**
 * The newest release satisfying `spec` with an archive for os/arch. `stable` is the newest
 * stable release; `oldstable` the newest patch of the minor before it.
 */
function selectRelease(listing, spec, os, arch) {
    const all = candidates(listing, os, arch);
    if (spec.kind === 'alias') {
        const stable = all.filter((c) => c.stable);
        const newest = stable[0];
        if (!newest || spec.alias === 'stable')
            return newest && strip(newest);
        const older = stable.find((c) => c.sv.major !== newest.sv.major || c.sv.minor !== newest.sv.minor);
        return older && strip(older);
    }
    const range = spec.kind === 'exact' ? spec.semver : spec.range;
    const hit = all.find((c) => (0,semver__WEBPACK_IMPORTED_MODULE_1__.satisfies)(c.sv, range));
    return hit && strip(hit);
}
/** The newest patch of each of the newest minors, for "did you mean" hints: `1.26.1, 1.25.8`. */
function newestVersions(listing, os, arch, n = 5) {
    const seen = new Set();
    const out = [];
    for (const c of candidates(listing, os, arch).filter((x) => x.stable)) {
        const minor = `${c.sv.major}.${c.sv.minor}`;
        if (seen.has(minor))
            continue;
        seen.add(minor);
        out.push(c.version.replace(/^go/, ''));
        if (out.length === n)
            break;
    }
    return out;
}


/***/ }),

/***/ 5141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   switchToolchain: () => (/* binding */ switchToolchain)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6058);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4537);
/* harmony import */ var _go_binary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6994);
/* harmony import */ var _gover_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6965);
/* harmony import */ var _install_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4793);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6033);
/* harmony import */ var _releases_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1382);
/* harmony import */ var _toolchain_choice_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4089);
/* harmony import */ var _version_spec_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7368);
// Getting the Go a go.mod asks for when the Go found is older (go/toolchain-choice.ts decides
// when). In order: a Go already in the runner's tool cache; the go-download-base-url mirror when
// one is set (go/install.ts, sha256 checked); else the go command's own toolchain switch, which
// fetches golang.org/toolchain from GOPROXY, checked against the checksum database (GOSUMDB), into
// GOMODCACHE, where the module cache keeps it for the next run (https://go.dev/doc/toolchain#download).
// The switch is pinned by name (GOTOOLCHAIN=go1.27.3), never left to `auto`.













async function switchToolchain(req) {
    const fail = (reason) => (0,_toolchain_choice_js__WEBPACK_IMPORTED_MODULE_10__/* .unavailableError */ .b)(req.need, req.goModName, req.found.version, req.foundFrom, reason);
    const baseUrl = (0,_install_js__WEBPACK_IMPORTED_MODULE_7__.normalizeBaseUrl)(req.downloadBaseUrl);
    const release = await chooseRelease(req, baseUrl, fail);
    // $KO_GO_PATH names the binary that runs (a wrapper, say): switch through it, by GOTOOLCHAIN.
    if (req.found.source !== 'ko-go-path') {
        // The tool cache and the listing spell versions as semver: 1.27rc1 is 1.27.0-rc.1.
        const semver = (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_11__/* .makeSemver */ .Tk)(release) ?? release;
        const cached = (0,_install_js__WEBPACK_IMPORTED_MODULE_7__/* .findInToolCache */ .l)(semver, baseUrl, req.arch);
        if (cached)
            return await checked(cached, 'tool-cache', req, release, fail);
        if (baseUrl !== _releases_js__WEBPACK_IMPORTED_MODULE_9__.defaultGoDownloadBaseUrl) {
            (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .addSecret */ .Ck)(req.token);
            const { root, source } = await (0,_install_js__WEBPACK_IMPORTED_MODULE_7__.installGo)({ kind: 'exact', input: release, semver }, {
                baseUrl,
                arch: req.arch,
                platform: process.platform,
                ...(req.token ? { auth: `token ${req.token}` } : {}),
            }).catch((e) => {
                throw fail(e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KoActionError */ .jV ? e.format() : String(e));
            });
            return await checked(root, source, req, release, fail);
        }
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_3__.info(`Building with GOTOOLCHAIN=go${release}: ${req.found.goPath} runs Go ${release}, which the go command keeps in GOMODCACHE`);
    return {
        goPath: req.found.goPath,
        version: release,
        source: 'toolchain-switch',
        goToolchain: `go${release}`,
        fetch: () => fetchWithGoCommand(req, release, fail),
    };
}
/** A Go from the tool cache or the mirror, once it says it is the version asked for. */
async function checked(root, source, req, release, fail) {
    const goPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'bin', _go_binary_js__WEBPACK_IMPORTED_MODULE_6__/* .goExe */ .FA);
    const got = await (0,_go_binary_js__WEBPACK_IMPORTED_MODULE_6__/* .goVersion */ .X9)(goPath, { ...req.env, GOTOOLCHAIN: 'local' }, req.cwd);
    if (got.version !== release)
        throw fail(got.why ?? `${goPath} is Go ${got.version}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_3__.info(`Using Go ${release} from the ${source === 'download' ? 'mirror' : 'tool cache'}: ${root}`);
    return { goPath, version: release, source, goToolchain: 'local' };
}
/**
 * The release to get: go.mod's own when it names one (`1.27.3`); for a language version
 * (`go 1.27`) the one GOTOOLCHAIN=auto would take, from the Go releases already here, else from
 * the module proxy's list of them.
 */
async function chooseRelease(req, baseUrl, fail) {
    const need = req.need.version;
    if ((0,_gover_js__WEBPACK_IMPORTED_MODULE_12__/* .isRelease */ .MU)(need))
        return need;
    const here = (0,_gover_js__WEBPACK_IMPORTED_MODULE_12__/* .newerRelease */ .tL)(need, await releasesHere(req, baseUrl));
    if (here)
        return here;
    // Outside any module, without the user's GOFLAGS (a -mod flag would refuse to run there).
    const env = { ...req.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off' };
    const res = await (0,_packages_js__WEBPACK_IMPORTED_MODULE_8__/* .run */ .eF)(req.found.goPath, ['list', '-m', '-versions', 'go'], (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), env);
    const listed = res.code === 0 ? res.stdout.trim().split(/\s+/).slice(1) : [];
    const release = (0,_gover_js__WEBPACK_IMPORTED_MODULE_12__/* .newerRelease */ .tL)(need, listed.filter(_gover_js__WEBPACK_IMPORTED_MODULE_12__/* .isRelease */ .MU));
    if (release)
        return release;
    throw fail(res.code === 0
        ? `the module proxy lists no Go release >= ${need}`
        : `go list -m -versions go failed: ${goError(res.stderr)}`);
}
/** Go releases in the tool cache and in GOMODCACHE (toolchains the go command fetched before). */
async function releasesHere(req, baseUrl) {
    const cached = (0,_install_js__WEBPACK_IMPORTED_MODULE_7__/* .toolCacheVersions */ .C)(baseUrl, req.arch).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
    const env = await goEnv(req, ['GOMODCACHE', 'GOHOSTOS', 'GOHOSTARCH']);
    const suffix = `.${env['GOHOSTOS']}-${env['GOHOSTARCH']}`;
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env['GOMODCACHE'] ?? '', 'golang.org');
    const fetched = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []))
        .filter((n) => n.startsWith('toolchain@v0.0.1-go') && n.endsWith(suffix))
        .map((n) => n.slice('toolchain@v0.0.1-go'.length, -suffix.length));
    return [...cached, ...fetched];
}
/** `go env NAME…` of the Go found, pinned to itself. */
async function goEnv(req, names) {
    const local = { ...req.env, GOTOOLCHAIN: 'local' };
    const res = await (0,_packages_js__WEBPACK_IMPORTED_MODULE_8__/* .run */ .eF)(req.found.goPath, ['env', ...names], req.cwd, local);
    const values = res.stdout.split('\n');
    return Object.fromEntries(names.map((n, i) => [n, values[i]?.trim() ?? '']));
}
/**
 * Runs the Go found with GOTOOLCHAIN=go<release>: the go command takes the toolchain from
 * GOMODCACHE, or downloads it from GOPROXY and checks it against GOSUMDB first.
 */
async function fetchWithGoCommand(req, release, fail) {
    const settings = await goEnv(req, ['GOPROXY', 'GOSUMDB', 'GOMODCACHE']);
    const env = { ...req.env, GOTOOLCHAIN: `go${release}` };
    const res = await (0,_packages_js__WEBPACK_IMPORTED_MODULE_8__/* .run */ .eF)(req.found.goPath, ['env', 'GOVERSION', 'GOROOT'], req.cwd, env);
    const [version = '', goroot = ''] = res.stdout.split('\n').map((l) => l.trim());
    if (res.code !== 0)
        throw fail(`the go command could not get it: ${goError(res.stderr)}`);
    if (version !== `go${release}`)
        throw fail(`GOTOOLCHAIN=go${release} ran ${version}`);
    if (!res.stderr.includes(`downloading go${release}`)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_3__.info(`Go ${release} is already here, in ${goroot}: nothing to download`);
        return;
    }
    // The go command checks every toolchain it fetches against the checksum database, even with
    // GOSUMDB=off or GONOSUMDB set (cmd/go/internal/modfetch/sumdb.go, useSumDB); only a lone
    // file:// GOPROXY is exempt.
    const proxy = settings['GOPROXY'] ?? '';
    const unchecked = proxy.startsWith('file://') && !/[,|]/.test(proxy);
    const check = unchecked
        ? 'not checked (a file:// GOPROXY is trusted as it is)'
        : `checked against the checksum database ${settings['GOSUMDB'] ?? ''}`;
    _actions_core__WEBPACK_IMPORTED_MODULE_3__.info(`Downloaded Go ${release} with the go command from GOPROXY=${proxy}, ${check}, into ${goroot}; ` +
        `GOMODCACHE (${settings['GOMODCACHE'] ?? ''}) keeps it for the next run`);
}
/** What the go command said, but its progress lines: `download go1.99.0: …: 404 Not Found`. */
function goError(stderr) {
    return stderr
        .split('\n')
        .map((l) => l.trim().replace(/^go: /, ''))
        .filter((l) => l !== '' && !l.startsWith('downloading '))
        .join(' ');
}


/***/ })

};
