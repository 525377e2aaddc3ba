export const id = 382;
export const ids = [382];
export const modules = {

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


/***/ })

};
