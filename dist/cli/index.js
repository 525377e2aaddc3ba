#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3877:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dQ: () => (/* binding */ checkWorkingDirectory),
  C7: () => (/* binding */ planBuild),
  at: () => (/* binding */ pushRegistry)
});

// UNUSED EXPORTS: defaultBaseImage, splitAnnotations

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __nccwpck_require__(9310);
// EXTERNAL MODULE: ./src/ko/daemon-repo.ts
var daemon_repo = __nccwpck_require__(9537);
// EXTERNAL MODULE: ./src/ko/ko-yaml.ts
var ko_yaml = __nccwpck_require__(8168);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __nccwpck_require__(1890);
// EXTERNAL MODULE: ./src/ko/kodata-epoch.ts
var kodata_epoch = __nccwpck_require__(4850);
// EXTERNAL MODULE: ./src/ko/naming.ts
var naming = __nccwpck_require__(6572);
;// CONCATENATED MODULE: ./src/ko/tag-targets.ts
// The `tags` input holds plain tags (`v1`, applied to the ko-named image) and, from
// docker/metadata-action's `tags` output, full references (`ghcr.io/o/app:1.2.3`) that are pushed
// exactly as given. Only plain tags given: ko's behaviour. Only full references: the image goes
// only there (the ko-named repository is not pushed to). Both: both.



const isPlainTag = (s) => !s.includes('/') && !s.includes(':');
function splitTags(entries, importPathCount) {
    const plain = entries.filter(isPlainTag);
    const tagRefs = new Map();
    for (const entry of entries.filter((e) => !isPlainTag(e))) {
        const ref = (0,reference/* parseReference */.F2)(entry);
        const lastSlash = entry.lastIndexOf('/');
        if (ref.digest || !entry.slice(lastSlash + 1).includes(':') || !ref.tag) {
            throw new errors/* KoActionError */.jV('INPUT', `tags: "${entry}" is a reference without a tag`, {
                where: 'tags',
                hint: 'a full reference in tags must end in :<tag> (as docker/metadata-action writes them); digests cannot be pushed to',
            });
        }
        const list = tagRefs.get(ref.context().name) ?? [];
        if (!list.includes(ref.tag))
            list.push(ref.tag);
        tagRefs.set(ref.context().name, list);
    }
    if (tagRefs.size > 0 && importPathCount > 1) {
        throw new errors/* KoActionError */.jV('INPUT', `tags holds full references (${[...tagRefs.keys()].join(', ')}) but ${importPathCount} import paths are built`, {
            where: 'tags',
            hint: 'every image would overwrite the same tags: build one import path per step, or use plain tags',
        });
    }
    return { tags: plain.length || tagRefs.size === 0 ? (0,naming/* normaliseTags */.wH)(plain) : [], tagRefs };
}

;// CONCATENATED MODULE: ./src/engine/plan.ts
// Everything a build needs, resolved from inputs, the environment and .ko.yaml.










function planBuild(inputs, env, koConfig = (0,ko_yaml/* defaultKoConfig */.ME)(env)) {
    const platforms = (0,platform/* parsePlatformSpec */.k1)(requestedPlatforms(inputs, env, koConfig));
    if (!platforms.all)
        for (const p of platforms.platforms)
            (0,platform/* validatePlatform */.Ci)(p);
    const targets = inputs.pushByDigest
        ? { tags: [], tagRefs: new Map() }
        : splitTags(inputs.tags, inputs.importPaths.length);
    if (inputs.push && !inputs.repo && (targets.tags.length > 0 || targets.tagRefs.size === 0)) {
        throw (0,errors/* inputError */.Xu)('repo', 'no repository to push to', 'set the repo input or KO_DOCKER_REPO (outside GitHub Actions there is no ghcr.io default)');
    }
    return {
        workingDirectory: (0,external_node_path_.resolve)(inputs.workingDirectory),
        importPaths: inputs.importPaths,
        repo: inputs.repo,
        naming: inputs.naming,
        tags: targets.tags,
        tagRefs: targets.tagRefs,
        platforms,
        baseImage: inputs.baseImage
            ? checkedBaseImage(inputs.baseImage, env)
            : koConfig.defaultBaseImage.value,
        koConfig,
        push: inputs.push,
        pushByDigest: inputs.pushByDigest,
        ociLayoutPath: (0,external_node_path_.resolve)(inputs.ociLayoutPath),
        labels: Object.fromEntries(inputs.labels),
        ...splitAnnotations(inputs.annotations),
        user: inputs.user,
        debug: inputs.debug,
        sbom: inputs.sbom === 'spdx',
        jobs: inputs.jobs,
        uploadJobs: inputs.uploadJobs,
        sourceDateEpoch: epoch('SOURCE_DATE_EPOCH', env.SOURCE_DATE_EPOCH),
        kodataDateEpoch: env.KO_DATA_DATE_EPOCH ? (0,kodata_epoch/* kodataEpoch */.A)(env.KO_DATA_DATE_EPOCH) : undefined,
    };
}
/**
 * ko's order (§5.6): input > KO_DEFAULTPLATFORMS > .ko.yaml defaultPlatforms > $GOOS/$GOARCH >
 * linux/amd64. ko refuses an explicit list while GOOS/GOARCH/GOARM is set: which one wins would
 * be a guess.
 */
function requestedPlatforms(inputs, env, koConfig) {
    const explicit = inputs.platforms
        ? { value: inputs.platforms, where: 'platforms' }
        : koConfig.defaultPlatforms;
    if (!explicit)
        return goEnvPlatforms(env);
    const set = ['GOOS', 'GOARCH', 'GOARM'].filter((k) => env[k]?.trim());
    if (set.length) {
        throw new errors/* KoActionError */.jV('CONFIG', `platforms are set (${explicit.value.join(',')}) while ${set.join('/')} is set in the environment`, {
            where: explicit.where,
            hint: `unset ${set.join(', ')} (ko refuses the combination too), or drop the platform list`,
        });
    }
    return explicit.value;
}
/** $GOOS/$GOARCH when both are set, else linux/amd64. */
function goEnvPlatforms(env) {
    if (env.GOOS && env.GOARCH) {
        const arm = env.GOARCH.includes('arm') && env.GOARM ? `/v${env.GOARM}` : '';
        return [`${env.GOOS}/${env.GOARCH}${arm}`];
    }
    return ['linux/amd64'];
}
function epoch(name, raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    if (!/^-?\d+$/.test(raw.trim())) {
        throw (0,errors/* inputError */.Xu)(name, `"${raw}" is not a Unix time in seconds`, `set ${name} to a whole number`);
    }
    return Number(raw.trim());
}
/**
 * docker/metadata-action prefixes annotations with the level they belong to; unprefixed ones go
 * everywhere, as ko's --image-annotation does.
 */
function splitAnnotations(pairs) {
    const manifestAnnotations = {};
    const indexAnnotations = {};
    for (const [rawKey, value] of pairs) {
        const m = /^(manifest|index|manifest-descriptor|index-descriptor):(.+)$/.exec(rawKey);
        const level = m?.[1];
        const key = m?.[2] ?? rawKey;
        if (!level || level === 'manifest')
            manifestAnnotations[key] = value;
        if (!level || level === 'index')
            indexAnnotations[key] = value;
    }
    return { manifestAnnotations, indexAnnotations };
}
/** A bad base reference names where it came from (the input, or KO_DEFAULTBASEIMAGE). */
function checkedBaseImage(ref, env) {
    if (ref === 'scratch' || ref.startsWith('oci-layout:'))
        return ref;
    try {
        (0,reference/* parseReference */.F2)(ref);
    }
    catch (e) {
        const where = env.KO_DEFAULTBASEIMAGE?.trim() === ref ? 'KO_DEFAULTBASEIMAGE' : 'base-image';
        throw new errors/* KoActionError */.jV('INPUT', (0,errors/* errorMessage */.gJ)(e), {
            where,
            hint: 'use a registry reference, scratch, or oci-layout:<dir>[:<tag>]',
        });
    }
    return ref;
}
/** The working directory must exist before anything runs in it. */
function checkWorkingDirectory(dir) {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw (0,errors/* inputError */.Xu)('working-directory', `${dir} is not a directory`, 'check the path (it is relative to the workspace)');
    }
}
/**
 * The registry the credential inputs are for: the repo's, or with only full references in `tags`,
 * the first one's. None for layouts and for ko.local (a local engine, not a registry).
 */
function pushRegistry(plan) {
    if (!plan.push)
        return undefined;
    const named = plan.tags.length > 0 || plan.tagRefs.size === 0;
    const repo = named ? plan.repo : [...plan.tagRefs.keys()][0];
    if (!repo || (named && (0,daemon_repo/* isDaemonRepo */.G)(repo)))
        return undefined;
    return (0,reference/* parseRepository */.SU)(repo).registry;
}


/***/ }),

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ goMaxProcs),
/* harmony export */   QO: () => (/* binding */ compiled),
/* harmony export */   SE: () => (/* binding */ goBuildEnv),
/* harmony export */   _Y: () => (/* binding */ goBuildArgs),
/* harmony export */   lM: () => (/* binding */ compileKey),
/* harmony export */   wE: () => (/* binding */ compile)
/* harmony export */ });
/* unused harmony exports GoBuildError, parseDiagnostics */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(17);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1890);
/* harmony import */ var _packages_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6033);
// `go build` exactly as ko runs it (ko-compat §7.4, §7.6): same argv, same environment order.






/** A compile failure, with each `file:line:col: msg` line parsed for annotations. */
class GoBuildError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV {
    diagnostics;
    output;
    constructor(message, diagnostics, output) {
        super('GO_BUILD', message, { hint: 'fix the compile errors above' });
        this.diagnostics = diagnostics;
        this.output = output;
    }
}
function goBuildArgs(req, outFile) {
    const args = ['build', ...req.flags, '-trimpath'];
    if (req.debug)
        args.push('-gcflags', 'all=-N -l');
    if (req.ldflags.length)
        args.push(`-ldflags=${req.ldflags.join(' ')}`);
    args.push('-o', outFile, req.importPath);
    for (const a of [...args, ...(req.processEnv.GOFLAGS ?? '').split(/\s+/)]) {
        if (/^--?toolexec(=|$)/.test(a)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('GO_BUILD', `-toolexec is not allowed in go build flags ("${a}")`, {
                hint: 'remove -toolexec from flags and GOFLAGS',
            });
        }
    }
    return args;
}
/**
 * GOMAXPROCS for each of `builds` go builds run `jobs` at a time on `cpus`, or undefined to leave
 * Go's default. Two links that each spread over every core only get in each other's way: on 2
 * cores, two single-threaded builds at a time finish four platforms ~15% sooner. The binaries
 * are the same (Go's output does not depend on its parallelism), and a GOMAXPROCS the user set
 * is kept. The CLI head start and the engine both ask here, so their builds match (compileKey).
 */
function goMaxProcs(builds, jobs, cpus = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)()) {
    const concurrent = Math.min(builds, jobs);
    if (concurrent < 2)
        return undefined;
    return Math.max(1, Math.floor(cpus / concurrent));
}
function goBuildEnv(req) {
    const env = {
        CGO_ENABLED: '0',
        GOOS: req.platform.os,
        GOARCH: req.platform.architecture,
        ...(0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .goArchEnv */ .m7)(req.platform),
        ...(req.maxProcs !== undefined ? { GOMAXPROCS: String(req.maxProcs) } : {}),
    };
    for (const [k, v] of Object.entries(req.processEnv))
        if (v !== undefined)
            env[k] = v;
    for (const entry of req.buildEnv) {
        const eq = entry.indexOf('=');
        if (eq > 0)
            env[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    return env;
}
/** Compiles one package for one platform; returns the binary's path. */
async function compile(req) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(req.outDir, { recursive: true });
    // An existing output stays: go build leaves a binary whose build ID already matches alone,
    // without linking again (ko's KOCACHE binaries rebuild in ~40 ms instead of ~150).
    const outFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(req.outDir, 'out');
    return compiled(req, outFile, await (0,_packages_js__WEBPACK_IMPORTED_MODULE_5__/* .run */ .eF)(req.goPath, goBuildArgs(req, outFile), req.cwd, goBuildEnv(req)));
}
/**
 * What decides a `go build`'s output, apart from how the package is spelled (`./cmd/app` and
 * its import path build the same binary) and where the output goes.
 */
function compileKey(req) {
    const args = goBuildArgs(req, '');
    return JSON.stringify([req.goPath, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(req.cwd), args.slice(0, -1), goBuildEnv(req)]);
}
/** The binary at `outFile` from a finished go build, or the build's errors as a GoBuildError. */
function compiled(req, outFile, { stderr, code }) {
    if (code !== 0) {
        const diagnostics = parseDiagnostics(stderr, req.cwd);
        const first = diagnostics[0];
        const where = first
            ? `${first.file}:${first.line}${first.column ? `:${first.column}` : ''}`
            : '';
        throw new GoBuildError(`go build ${req.importPath} for ${req.platform.os}/${req.platform.architecture} failed` +
            (first
                ? `: ${where}: ${first.message}`
                : `: ${stderr.trim().split('\n').slice(-3).join('; ')}`), diagnostics, stderr);
    }
    return outFile;
}
const diagnosticLine = /^\s*(.+\.go):(\d+)(?::(\d+))?: (.*)$/;
/** File paths are made relative to GITHUB_WORKSPACE (or cwd) so annotations attach to files. */
function parseDiagnostics(stderr, cwd, workspace = process.env.GITHUB_WORKSPACE) {
    const root = workspace ?? cwd;
    const out = [];
    for (const line of stderr.split('\n')) {
        const m = diagnosticLine.exec(line);
        if (!m?.[1] || !m[2] || !m[4])
            continue;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(m[1]) ? m[1] : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, m[1]);
        out.push({
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs) || m[1],
            line: Number(m[2]),
            column: m[3] ? Number(m[3]) : undefined,
            message: m[4],
        });
    }
    return out;
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ listPackages),
/* harmony export */   JH: () => (/* binding */ prefetchPackages),
/* harmony export */   Zb: () => (/* binding */ PackageLoadError),
/* harmony export */   eF: () => (/* binding */ run),
/* harmony export */   ug: () => (/* binding */ stripKoScheme)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(17);
// One `go list -json` for every requested package answers, at once, whether each is a main
// package, its full import path and its directory (ko calls go list several times per path).



/** A requested package that cannot be built; `requested` lets callers point at where it was named. */
class PackageLoadError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV {
    requested;
    constructor(requested, message, hint) {
        super('GO_BUILD', message, { where: 'import-paths', hint });
        this.requested = requested;
    }
}
function stripKoScheme(ref) {
    return ref.trim().replace(/^ko:\/\//, '');
}
let prefetched;
/**
 * Starts `go list` for what the next identical listPackages call will ask, so it runs while the
 * rest of the program loads (the CLI knows its import paths from argv). One-shot: the call that
 * takes it clears it, and any other call ignores it.
 */
function prefetchPackages(goPath, requested, cwd, env) {
    const listed = listNow(goPath, requested, cwd, env);
    listed.catch(() => undefined); // reported to whoever takes it
    prefetched = { key: listKey(goPath, requested, cwd), env, listed };
}
function listPackages(goPath, requested, cwd, env) {
    const early = prefetched;
    prefetched = undefined;
    if (early && early.env === env && early.key === listKey(goPath, requested, cwd))
        return early.listed;
    return listNow(goPath, requested, cwd, env);
}
function listKey(goPath, requested, cwd) {
    return JSON.stringify([goPath, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd), ...requested.map(stripKoScheme)]);
}
async function listNow(goPath, requested, cwd, env) {
    const args = [
        'list',
        '-e',
        '-json=ImportPath,Name,Dir,Module,Error',
        ...requested.map(stripKoScheme),
    ];
    const { stdout, stderr, code } = await run(goPath, args, cwd, env);
    if (code !== 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_BUILD', `go list failed: ${firstLines(stderr)}`, {
            where: 'import-paths',
            hint: 'check that working-directory holds a Go module (go.mod) and the import paths exist',
        });
    }
    const listed = parseJsonStream(stdout);
    if (listed.length !== requested.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_BUILD', `go list returned ${listed.length} packages for ${requested.length} import paths`);
    }
    return listed.map((p, i) => {
        const want = requested[i] ?? '';
        if (p.Error) {
            throw new PackageLoadError(want, `cannot load package "${want}": ${p.Error.Err.trim()}`, 'use a path relative to working-directory (./cmd/app) or a full import path in the module');
        }
        if (p.Name !== 'main') {
            throw new PackageLoadError(want, `"${want}" is package ${p.Name ?? '?'}, not a main package`, 'ko builds commands: name a directory whose package is main');
        }
        return {
            requested: want,
            importPath: p.ImportPath,
            name: p.Name,
            dir: p.Dir ?? cwd,
            modulePath: p.Module?.Path,
            moduleDir: p.Module?.Dir,
        };
    });
}
function parseJsonStream(text) {
    // go list -json prints concatenated objects; split at top-level boundaries.
    const out = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"')
            inString = true;
        else if (c === '{') {
            if (depth++ === 0)
                start = i;
        }
        else if (c === '}' && --depth === 0) {
            out.push(JSON.parse(text.slice(start, i + 1)));
        }
    }
    return out;
}
function firstLines(s, n = 5) {
    return s.trim().split('\n').slice(0, n).join('; ');
}
function run(cmd, args, cwd, env, signal) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, {
            cwd,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
            ...(signal ? { signal } : {}),
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_BUILD', `cannot run ${cmd}: ${e.message}`, { cause: e })));
        child.on('close', (code) => resolve({
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            code: code ?? 1,
        }));
    });
}


/***/ }),

/***/ 9004:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ parseRange),
/* harmony export */   a1: () => (/* binding */ formatSemver),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   kf: () => (/* binding */ parseSemver),
/* harmony export */   mU: () => (/* binding */ compareSemver)
/* harmony export */ });
// A small semver range matcher, just enough for Go versions (setup-go hands these ranges to the
// `semver` package, which we do not ship). Rules follow node-semver: partial versions are
// x-ranges, `^`/`~` carets and tildes, space means AND, `||` means OR, and a prerelease only
// matches a comparator set that names a prerelease of the same major.minor.patch.
const fullPattern = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;
function parseSemver(s) {
    const m = fullPattern.exec(s.trim());
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        pre: m[4]?.split('.') ?? [],
    };
}
function formatSemver(v) {
    const core = `${v.major}.${v.minor}.${v.patch}`;
    return v.pre.length > 0 ? `${core}-${v.pre.join('.')}` : core;
}
function compareIds(a, b) {
    const an = /^\d+$/.test(a);
    const bn = /^\d+$/.test(b);
    if (an && bn)
        return Number(a) - Number(b);
    if (an !== bn)
        return an ? -1 : 1; // numeric identifiers sort before alphanumeric ones
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareSemver(a, b) {
    const d = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (d !== 0)
        return d;
    // A release sorts after its prereleases.
    if (a.pre.length === 0 || b.pre.length === 0)
        return b.pre.length - a.pre.length;
    for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
        const c = compareIds(a.pre[i] ?? '', b.pre[i] ?? '');
        if (c !== 0)
            return c;
    }
    return a.pre.length - b.pre.length;
}
const v = (major, minor, patch, pre = []) => ({
    major,
    minor,
    patch,
    pre,
});
// `<X.Y.0-0` excludes every prerelease of X.Y.0, as node-semver's upper bounds do.
const below = (major, minor) => ({
    op: '<',
    v: v(major, minor, 0, ['0']),
});
const partialPattern = /^(<=|>=|<|>|=|\^|~)?\s*v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?$/;
const wild = (s) => s === undefined || /^[xX*]$/.test(s);
/** One token (`>=1.25`, `^1.25.3`, `1.x`) as comparators; undefined if it is not one. */
function parseToken(token) {
    const m = partialPattern.exec(token);
    if (!m)
        return undefined;
    const op = m[1] ?? '';
    if (wild(m[2]))
        return op === '<' || op === '>' ? [{ op: '<', v: v(0, 0, 0, ['0']) }] : [];
    const major = Number(m[2]);
    const minorWild = wild(m[3]);
    const patchWild = minorWild || wild(m[4]);
    const minor = minorWild ? 0 : Number(m[3]);
    const patch = patchWild ? 0 : Number(m[4]);
    const pre = m[5]?.split('.') ?? [];
    const lo = v(major, minor, patch, pre);
    // The exclusive upper bound of the partial version: 1 → 2.0.0-0, 1.25 → 1.26.0-0.
    const hi = minorWild ? below(major + 1, 0) : below(major, minor + 1);
    switch (op) {
        case '^':
            // `^0.y` is treated as `~0.y`: Go has no 0.0.z releases to tell apart.
            return [
                { op: '>=', v: lo },
                major > 0 || minorWild ? below(major + 1, 0) : below(0, minor + 1),
            ];
        case '~':
            return [{ op: '>=', v: lo }, hi];
        case '>':
            return patchWild ? [{ op: '>=', v: { ...hi.v, pre: [] } }] : [{ op: '>', v: lo }];
        case '<=':
            return patchWild ? [hi] : [{ op: '<=', v: lo }];
        case '<':
        case '>=':
            return [{ op, v: lo }];
        default:
            return patchWild ? [{ op: '>=', v: lo }, hi] : [{ op: '=', v: lo }];
    }
}
/** Parse a range into OR-ed comparator sets; undefined when it is not a range we understand. */
function parseRange(range) {
    const sets = [];
    for (const alt of range.split('||')) {
        // `>= 1.25` is one token: glue an operator to the version that follows it.
        const tokens = alt
            .trim()
            .replace(/(<=|>=|<|>|=|\^|~)\s+/g, '$1')
            .split(/\s+/)
            .filter(Boolean);
        const set = [];
        for (const t of tokens) {
            const cs = parseToken(t);
            if (!cs)
                return undefined;
            set.push(...cs);
        }
        sets.push(set);
    }
    return sets;
}
function test(c, x) {
    const d = compareSemver(x, c.v);
    switch (c.op) {
        case '<':
            return d < 0;
        case '<=':
            return d <= 0;
        case '>':
            return d > 0;
        case '>=':
            return d >= 0;
        default:
            return d === 0;
    }
}
function sameCore(a, b) {
    return a.major === b.major && a.minor === b.minor && a.patch === b.patch;
}
function satisfies(version, range) {
    const x = typeof version === 'string' ? parseSemver(version) : version;
    const sets = parseRange(range);
    if (!x || !sets)
        return false;
    return sets.some((set) => set.every((c) => test(c, x)) &&
        (x.pre.length === 0 || set.some((c) => c.v.pre.length > 0 && sameCore(c.v, x))));
}


/***/ }),

/***/ 7368:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ readGoVersionFile),
/* harmony export */   Tk: () => (/* binding */ makeSemver),
/* harmony export */   fT: () => (/* binding */ parseGoVersionSpec)
/* harmony export */ });
/* unused harmony export versionFromFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(17);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9004);
// What Go the user asked for: the `go-version` input or a version file, parsed into an exact
// version, a range, or an alias. Version files are read as actions/setup-go reads them.




// Go's own spelling: go1.26.1, 1.26, 1.10beta1, 1.8.5rc1.
const goPattern = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/;
/**
 * Go's version spelling as semver, like setup-go's makeSemver: `go1.26.1` → `1.26.1`,
 * `1.13` → `1.13.0`, `1.10beta1` → `1.10.0-beta.1`, `1.14rc1` → `1.14.0-rc.1`.
 * Returns undefined for anything else.
 */
function makeSemver(version) {
    const m = goPattern.exec(version.trim());
    if (!m) {
        const sv = (0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSemver */ .kf)(version.replace(/^go/, ''));
        return sv && (0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSemver */ .a1)(sv);
    }
    const core = `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`;
    return m[4] ? `${core}-${m[4]}.${m[5]}` : core;
}
/** Parse a `go-version` value; `where` names the input (or file) in errors. */
function parseGoVersionSpec(input, where = 'go-version') {
    const raw = input.trim();
    if (raw === 'stable' || raw === 'oldstable')
        return { kind: 'alias', input: raw, alias: raw };
    // A full version (patch or prerelease given) is exact; `1.26` alone means the newest 1.26.x.
    const m = goPattern.exec(raw);
    if (m && (m[3] !== undefined || m[4] !== undefined)) {
        return { kind: 'exact', input: raw, semver: makeSemver(raw) ?? raw };
    }
    const full = (0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSemver */ .kf)(raw);
    if (full)
        return { kind: 'exact', input: raw, semver: (0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSemver */ .a1)(full) };
    const range = raw.replace(/^go(?=\d)/, '');
    if (raw !== '' && (0,_semver_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRange */ .RC)(range))
        return { kind: 'range', input: raw, range };
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('INPUT', `'${input}' is not a Go version or version range`, {
        where,
        hint: "use a version (1.26.8), a minor (1.26), a range (^1.25, 1.x, '>=1.25 <1.27'), stable or oldstable",
    });
}
const toolchainLine = /^toolchain\s+go(1\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)\s*(?:\/\/.*)?$/m;
const goLine = /^go\s+(\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)\s*(?:\/\/.*)?$/m;
const toolVersionsLine = /^golang\s+([^\s#]+)/m;
/**
 * The version a version file asks for, or undefined when it names none. `go.mod`/`go.work`:
 * the `toolchain` line, unless GOTOOLCHAIN=local, else the `go` line. `.tool-versions`: the
 * `golang` line. Anything else (`.go-version`): its first non-comment line.
 */
function versionFromFile(fileName, contents, goToolchainLocal) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(fileName);
    if (name === 'go.mod' || name === 'go.work') {
        const toolchain = goToolchainLocal ? undefined : toolchainLine.exec(contents)?.[1];
        return toolchain ?? goLine.exec(contents)?.[1];
    }
    if (name === '.tool-versions')
        return toolVersionsLine.exec(contents)?.[1];
    return contents
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l !== '' && !l.startsWith('#'));
}
/** Read a version file into a spec. `env` decides whether GOTOOLCHAIN=local is in force. */
function readGoVersionFile(path, env, where = 'go-version-file') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('INPUT', `the Go version file ${path} does not exist`, {
            where,
            hint: 'check go-version-file (relative paths are resolved from working-directory)',
        });
    }
    const version = versionFromFile(path, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), env['GOTOOLCHAIN'] === 'local');
    if (!version) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('INPUT', `no Go version found in ${path}`, {
            where,
            hint: 'go.mod and go.work need a `go` line; .tool-versions a `golang` line',
        });
    }
    return parseGoVersionSpec(version, `${where} (${path})`);
}


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isDaemonRepo)
/* harmony export */ });
/* unused harmony export DAEMON_REPO_PREFIX */
// Which repositories go to the local engine instead of a registry; kept apart from the daemon
// publisher so that planning a build does not load an HTTP client.
/** ko selects the daemon publisher for any repo starting with this (commands/resolver.go). */
const DAEMON_REPO_PREFIX = 'ko.local';
function isDaemonRepo(repo) {
    return repo?.startsWith(DAEMON_REPO_PREFIX) ?? false;
}


/***/ }),

/***/ 1569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* binding */ splitFields),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   sl: () => (/* binding */ envList)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8732);
// Settings as strings that remember where they came from (a file position or a variable name),
// and the checks shared by .ko.yaml and its environment overrides. No YAML here: a run without a
// .ko.yaml never loads the parser.


/** Whitespace-separated tokens (Go's strings.Fields), each keeping its exact column if known. */
function splitFields(whole) {
    const out = [];
    for (const m of whole.text.matchAll(/[^\s]+/gu)) {
        const at = whole.at && { ...whole.at, column: whole.at.column + m.index };
        out.push(at
            ? { text: m[0], where: `${at.file}:${at.line}:${at.column}`, at }
            : { text: m[0], where: whole.where });
    }
    return out;
}
/** KEY=VALUE entries; anything else is an error at the entry. */
function envList(entries, key) {
    for (const e of entries) {
        if (!/^[^=]+=/.test(e.text)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('CONFIG', `${key}: "${e.text}" is not NAME=VALUE`, {
                where: e.where,
                hint: 'write each environment entry as NAME=VALUE, e.g. CGO_ENABLED=1',
            });
        }
    }
    return entries.map((e) => e.text);
}
/** "did you mean" for an unknown key, and the list of known ones. */
function suggest(key, known) {
    const dist = _util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .Y;
    const lower = key.toLowerCase();
    const best = [...known].sort((x, y) => dist(lower, x.toLowerCase()) - dist(lower, y.toLowerCase()))[0];
    const near = best !== undefined && dist(lower, best.toLowerCase()) <= 3;
    return (near ? `did you mean "${best}"? ` : '') + `The keys are: ${known.join(', ')}.`;
}


/***/ }),

/***/ 8168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ loadKoConfig),
/* harmony export */   Fw: () => (/* binding */ withEnvOverrides),
/* harmony export */   ME: () => (/* binding */ defaultKoConfig),
/* harmony export */   Wj: () => (/* binding */ findKoConfig),
/* harmony export */   _P: () => (/* binding */ platformList),
/* harmony export */   fF: () => (/* binding */ baseImage),
/* harmony export */   qS: () => (/* binding */ defaultBaseImage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(17);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1890);
/* harmony import */ var _oci_layout_reader_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8387);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(9310);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1569);
// `.ko.yaml`: where ko looks for it (viper, ko-compat §7.1) and what it may say (§7.2), read
// with positions so that every mistake is reported at file:line:column. Environment overrides
// (KO_DEFAULTBASEIMAGE, KO_DEFAULTPLATFORMS, …) beat the file, as viper's AutomaticEnv does.







const defaultBaseImage = 'cgr.dev/chainguard/static:latest';
/** viper's AutomaticEnv: KO_<KEY> wins over the file; an empty variable counts as unset. */
function withEnvOverrides(config, env) {
    const fromEnv = (name) => {
        const raw = env[name];
        if (raw === undefined || raw.trim() === '')
            return undefined;
        return (0,_fields_js__WEBPACK_IMPORTED_MODULE_6__/* .splitFields */ .Kp)({ text: raw, where: name });
    };
    let { defaultBaseImage: base, defaultPlatforms: platforms, defaultEnv } = config;
    const envBase = env.KO_DEFAULTBASEIMAGE?.trim();
    if (envBase)
        base = baseImage({ text: envBase, where: 'KO_DEFAULTBASEIMAGE' }, 'KO_DEFAULTBASEIMAGE');
    const envPlatforms = fromEnv('KO_DEFAULTPLATFORMS');
    if (envPlatforms)
        platforms = platformList(envPlatforms, 'KO_DEFAULTPLATFORMS', 'KO_DEFAULTPLATFORMS');
    const envEnv = fromEnv('KO_DEFAULTENV');
    if (envEnv)
        defaultEnv = (0,_fields_js__WEBPACK_IMPORTED_MODULE_6__/* .envList */ .sl)(envEnv, 'KO_DEFAULTENV');
    return {
        ...config,
        defaultBaseImage: base,
        defaultPlatforms: platforms,
        defaultEnv,
        defaultFlags: fromEnv('KO_DEFAULTFLAGS') ?? config.defaultFlags,
        defaultLdflags: fromEnv('KO_DEFAULTLDFLAGS') ?? config.defaultLdflags,
    };
}
/** The configuration when there is no file: defaults and environment overrides only. */
function defaultKoConfig(env) {
    return withEnvOverrides({
        file: undefined,
        defaultBaseImage: { value: defaultBaseImage, where: 'default' },
        baseImageOverrides: new Map(),
        defaultPlatforms: undefined,
        defaultEnv: [],
        defaultFlags: [],
        defaultLdflags: [],
        builds: [],
        warnings: [],
    }, env);
}
/**
 * A base image: a reference ggcr would parse, or one of our extensions that the `base-image`
 * input also takes (`scratch`, `oci-layout:<dir>[:<tag>]`).
 */
function baseImage(s, key) {
    const layout = (0,_oci_layout_reader_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLayoutReference */ .ZR)(s.text);
    if (s.text === 'scratch' || (layout && layout.dir !== ''))
        return { value: s.text, where: s.where };
    try {
        (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(s.text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${key}: ${err.message}`, {
            where: s.where,
            hint: 'write an image reference such as cgr.dev/chainguard/static:latest, or scratch',
        });
    }
    return { value: s.text, where: s.where };
}
/** Platforms as ko reads them, plus commas (ko would take `a,b` as one odd platform). */
function platformList(tokens, key, where) {
    const items = tokens.flatMap((t) => {
        let col = 0;
        return t.text.split(',').flatMap((part) => {
            const at = t.at && { ...t.at, column: t.at.column + col };
            col += part.length + 1;
            if (part === '')
                return [];
            return [
                at
                    ? { text: part, where: `${at.file}:${at.line}:${at.column}`, at }
                    : { text: part, where: t.where },
            ];
        });
    });
    if (items.length === 0)
        return undefined; // ko: an empty list leaves the default
    for (const item of items) {
        if (item.text === 'all') {
            if (items.length > 1) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${key}: "all" cannot be combined with other platforms`, {
                    where: item.where,
                    hint: 'use either all or a list of platforms',
                });
            }
            continue;
        }
        try {
            (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePlatform */ .Ci)((0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatform */ .FL)(item.text, item.where), item.where);
        }
        catch (err) {
            const e = err;
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${key}: ${e.message}`, e.hint ? { where: item.where, hint: e.hint } : { where: item.where });
        }
    }
    return { value: items.map((i) => i.text), where };
}
// viper v1.21's SupportedExts, in the order it tries them in a directory.
const viperExtensions = [
    'json',
    'toml',
    'yaml',
    'yml',
    'properties',
    'props',
    'prop',
    'hcl',
    'tfvars',
    'dotenv',
    'env',
    'ini',
];
// YAML is a superset of JSON, so one parser reads both.
const readableExtensions = new Set(['json', 'yaml', 'yml']);
/**
 * `config` input > KO_CONFIG_PATH > `.ko.<ext>` in working-directory (viper's order). A named
 * path must exist; a missing default file is fine (undefined).
 */
async function findKoConfig(opts) {
    const cwd = opts.cwd ?? process.cwd();
    const kind = async (p) => {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p)).catch(() => undefined);
        return !s ? 'missing' : s.isDirectory() ? 'directory' : 'file';
    };
    const named = opts.configInput?.trim()
        ? { path: opts.configInput.trim(), source: 'config' }
        : opts.env.KO_CONFIG_PATH
            ? { path: opts.env.KO_CONFIG_PATH, source: 'KO_CONFIG_PATH' }
            : undefined;
    if (named) {
        const what = named.source === 'config' ? 'the config input' : 'KO_CONFIG_PATH';
        const k = await kind(named.path);
        if (k === 'missing') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${what} names ${named.path}, which does not exist`, {
                where: named.source,
                hint: `paths are relative to ${cwd} (not to working-directory); point it at a .ko.yaml file or the directory holding one`,
            });
        }
        let path = named.path;
        if (k === 'directory') {
            const inDir = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, '.ko.yaml'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, '.ko.yml')];
            const found = [];
            for (const p of inDir)
                if ((await kind(p)) === 'file')
                    found.push(p);
            if (!found[0]) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${what} names the directory ${named.path}, which has no .ko.yaml`, {
                    where: named.source,
                    hint: 'add .ko.yaml there, or name the file itself',
                });
            }
            path = found[0];
        }
        checkFormat(path, named.source);
        return { path, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), 'utf8') };
    }
    for (const ext of viperExtensions) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.workingDirectory, `.ko.${ext}`);
        if ((await kind(path)) !== 'file')
            continue;
        checkFormat(path, path);
        return { path, text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path), 'utf8') };
    }
    return undefined;
}
/** ko would read TOML, dotenv or INI through viper; we read YAML and JSON only, and say so. */
function checkFormat(path, where) {
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).slice(1).toLowerCase();
    if (readableExtensions.has(ext) || !viperExtensions.includes(ext))
        return;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${path} is a .${ext} file; ko-action reads ko's configuration as YAML or JSON only`, {
        where,
        hint: 'convert it to .ko.yaml',
    });
}
/** findKoConfig then parseKoConfig; the defaults (with environment overrides) when there is no file. */
async function loadKoConfig(opts) {
    const found = await findKoConfig(opts);
    if (!found)
        return defaultKoConfig(opts.env);
    // The YAML parser loads only when there is a file to read (it is a tenth of a build's start-up).
    const { parseKoConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(222)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6222));
    return parseKoConfig(found.text, found.path, opts.env);
}


/***/ }),

/***/ 4850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ kodataEpoch)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
// KO_DATA_DATE_EPOCH, read when the build is planned (a light module: planning loads no layer code).

/** KO_DATA_DATE_EPOCH as ko parses it: unset or empty → 0; otherwise a decimal integer. */
function kodataEpoch(value) {
    if (value === undefined || value === '')
        return 0;
    const n = Number(value);
    if (!/^[+-]?[0-9]+$/.test(value) || !Number.isSafeInteger(n)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `KO_DATA_DATE_EPOCH should be the number of seconds since January 1st 1970, 00:00 UTC, got ${JSON.stringify(value)}`, { where: 'KO_DATA_DATE_EPOCH', hint: "Set it to e.g. $(git log -1 --format='%ct')." });
    }
    return n;
}


/***/ }),

/***/ 6572:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ parseNamingMode),
/* harmony export */   aZ: () => (/* binding */ printedReference),
/* harmony export */   pL: () => (/* binding */ namingImportPath),
/* harmony export */   tO: () => (/* binding */ imageName),
/* harmony export */   wH: () => (/* binding */ normaliseTags)
/* harmony export */ });
/* unused harmony exports LATEST_TAG, cleanPath, joinPath, basePath, checkTagOnly */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17);
// Image names, tags and printed references as ko makes them (spec §6): the namers of
// pkg/commands/options/publish.go, tag handling of resolver.go, and the references each
// publisher returns.


const NAMING_MODES = [
    'md5',
    'preserve-import-paths',
    'base-import-paths',
    'bare',
];
const LATEST_TAG = 'latest';
const TAG_CHARS = /^[A-Za-z0-9_.-]{1,128}$/;
/** Reads the `naming` input. */
function parseNamingMode(value) {
    const v = value.trim() || 'md5';
    if (NAMING_MODES.includes(v))
        return v;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', `unknown naming mode "${value}"`, {
        where: 'naming',
        hint: `use one of ${NAMING_MODES.join(', ')}`,
    });
}
/** Go's path.Clean. */
function cleanPath(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
        }
        else
            out.push(part);
    }
    const joined = out.join('/');
    return rooted ? `/${joined}` : joined || '.';
}
/** Go's path.Join: non-empty elements joined by "/", then cleaned; "" when all are empty. */
function joinPath(...elems) {
    const parts = elems.filter((e) => e !== '');
    return parts.length === 0 ? '' : cleanPath(parts.join('/'));
}
/** Go's path.Base. */
function basePath(p) {
    if (p === '')
        return '.';
    const trimmed = p.replace(/\/+$/, '');
    if (trimmed === '')
        return '/';
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
/**
 * The import path the publishers name images after: `ko://` removed and lowercased (registry,
 * daemon and tarball publishers lowercase; ko's --push=false path does not, see §6.3).
 */
function namingImportPath(ref, lowercase = true) {
    const ip = ref.startsWith('ko://') ? ref.slice('ko://'.length) : ref;
    return lowercase ? ip.toLowerCase() : ip;
}
/** ko's namers: `repo` is KO_DOCKER_REPO, `importPath` as returned by namingImportPath. */
function imageName(repo, importPath, mode) {
    switch (mode) {
        case 'preserve-import-paths':
            return joinPath(repo, importPath);
        case 'base-import-paths':
            return joinPath(repo, basePath(importPath));
        case 'bare':
            return repo;
        case 'md5': {
            const md5 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(importPath, 'utf8').digest('hex');
            return joinPath(repo, `${basePath(importPath)}-${md5}`);
        }
    }
}
/** Validates tags (ggcr: 1–128 of `[A-Za-z0-9_.-]`) and drops repeats, keeping first positions. */
function normaliseTags(tags) {
    const out = [];
    for (const tag of tags) {
        if (!TAG_CHARS.test(tag)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', `invalid tag "${tag}"`, {
                where: 'tags',
                hint: 'a tag is 1 to 128 characters of letters, digits, "_", "." and "-"',
            });
        }
        if (!out.includes(tag))
            out.push(tag);
    }
    if (out.length === 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'no tags given', {
            where: 'tags',
            hint: 'leave `tags` unset for "latest"',
        });
    }
    return out;
}
/** ko's --tag-only rule: exactly one tag, and not `latest`. */
function checkTagOnly(tags) {
    if (tags.length !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'must specify exactly one tag to resolve images into tag-only references', { where: 'tags' });
    }
    if (tags[0] === LATEST_TAG) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'latest tag cannot be used in tag-only references', {
            where: 'tags',
            hint: 'give one tag other than latest',
        });
    }
}
/** The reference `ko build` prints (and `resolve` substitutes) for one image or index (§6.3). */
function printedReference(opts) {
    switch (opts.publisher) {
        case 'registry':
            if (opts.tagOnly) {
                checkTagOnly(opts.tags);
                return `${opts.name}:${opts.tags[0]}`;
            }
            if (opts.tags.length === 1 && opts.tags[0] !== LATEST_TAG) {
                return `${opts.name}:${opts.tags[0]}@${opts.digest}`;
            }
            return `${opts.name}@${opts.digest}`;
        case 'none': {
            const tag = opts.tags[0];
            if (opts.tagOnly) {
                if (tag === undefined) {
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'must specify tag if requesting tag only', {
                        where: 'tags',
                    });
                }
                return `${opts.name}:${tag}`;
            }
            return tag === undefined
                ? `${opts.name}@${opts.digest}`
                : `${opts.name}:${tag}@${opts.digest}`;
        }
        case 'layout':
            return `${opts.layoutPath}@${opts.digest}`;
        case 'daemon':
            return `${opts.name}:${opts.digest.slice('sha256:'.length)}`;
    }
}


/***/ }),

/***/ 8825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   VR: () => (/* binding */ DigestCounter),
/* harmony export */   sU: () => (/* binding */ digestHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const digestPattern = /^sha256:[0-9a-f]{64}$/;
function isDigest(s) {
    return digestPattern.test(s);
}
function sha256(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
/** A streaming sha256 that also counts bytes. */
class DigestCounter {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    update(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}
/** The hex part of a digest (`sha256:abc` → `abc`). */
function digestHex(d) {
    return d.slice('sha256:'.length);
}


/***/ }),

/***/ 8387:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uf: () => (/* binding */ RefNameAnnotation),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Ym: () => (/* binding */ openBlob),
/* harmony export */   ZR: () => (/* binding */ parseLayoutReference),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   q3: () => (/* binding */ resolveLayoutRef)
/* harmony export */ });
/* unused harmony exports LayoutPrefix, openLayout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(17);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8825);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9217);
// Read images from an OCI image layout (`oci-layout:<dir>[:<tag>]` base images). Everything read
// is checked against its digest: a layout is just files, and files get corrupted or hand-edited.







/** The annotation that names an entry of index.json (the `<tag>` of `oci:<dir>:<tag>`). */
const RefNameAnnotation = 'org.opencontainers.image.ref.name';
const LayoutPrefix = 'oci-layout:';
/** Where a blob lives in a layout. The digest is validated first, so it cannot escape `dir`. */
function blobPath(dir, digest) {
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(digest)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KoActionError */ .jV('LAYOUT', `unsupported or malformed digest "${digest}"`, {
            where: dir,
            hint: 'Only sha256 digests (sha256:<64 hex>) are supported.',
        });
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'blobs', 'sha256', (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestHex */ .sU)(digest));
}
/**
 * Split `oci-layout:<dir>[:<tag>]`. The text after the last `:` is a tag only if it looks like
 * one, so `oci-layout:C:\base` and `oci-layout:./a:b/c` keep the whole path. Undefined when the
 * prefix is absent.
 */
function parseLayoutReference(ref) {
    if (!ref.startsWith(LayoutPrefix))
        return undefined;
    const rest = ref.slice(LayoutPrefix.length);
    const colon = rest.lastIndexOf(':');
    const tag = colon > 0 ? rest.slice(colon + 1) : '';
    if (/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) {
        return { dir: rest.slice(0, colon), tag };
    }
    return { dir: rest };
}
async function openLayout(dir) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(dir).catch(() => undefined);
    if (!info)
        throw layoutError(dir, 'OCI layout directory does not exist', 'Check the path.');
    if (!info.isDirectory())
        throw layoutError(dir, 'OCI layout path is not a directory');
    const marker = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'oci-layout'), 'utf8').catch(() => undefined);
    if (marker === undefined) {
        throw layoutError(dir, 'not an OCI image layout (no oci-layout file)', 'Point at a directory written by ko, skopeo (oci:) or crane (--format=oci).');
    }
    const version = parseJson(marker, dir, 'oci-layout')?.imageLayoutVersion;
    if (typeof version !== 'string' || !version.startsWith('1.')) {
        throw layoutError(dir, `unsupported imageLayoutVersion ${JSON.stringify(version)}`);
    }
    const indexText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'index.json'), 'utf8').catch(() => undefined);
    if (indexText === undefined)
        throw layoutError(dir, 'OCI layout has no index.json');
    const index = parseJson(indexText, dir, 'index.json');
    if (!index || !Array.isArray(index.manifests)) {
        throw layoutError(dir, 'index.json has no "manifests" list');
    }
    return { dir, index: index };
}
/** The index.json entry named `tag`, or the only entry when no tag is given. */
async function resolveLayoutRef(dir, tag) {
    const { index } = await openLayout(dir);
    const entries = index.manifests;
    const names = [...new Set(entries.flatMap((d) => d.annotations?.[RefNameAnnotation] ?? []))];
    const available = names.length ? `available: ${names.join(', ')}` : 'no entry has a ref name';
    let found;
    if (tag === undefined) {
        if (entries.length !== 1 || !entries[0]) {
            throw layoutError(dir, `index.json has ${entries.length} entries, so a tag is needed (${available})`, `Use oci-layout:${dir}:<tag>.`);
        }
        found = entries[0];
    }
    else {
        const matches = entries.filter((d) => d.annotations?.[RefNameAnnotation] === tag);
        const digests = new Set(matches.map((d) => d.digest));
        if (!matches[0]) {
            throw layoutError(dir, `no image tagged "${tag}" in index.json (${available})`);
        }
        if (digests.size > 1) {
            throw layoutError(dir, `tag "${tag}" names ${digests.size} different images in index.json`);
        }
        found = matches[0];
    }
    blobPath(dir, found.digest); // validates the digest
    return found;
}
/** A manifest or index by digest (or descriptor, which also checks size), verified. */
async function readManifest(dir, ref) {
    const desc = typeof ref === 'string' ? { digest: ref } : ref;
    const path = blobPath(dir, desc.digest);
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path).catch((e) => {
        throw layoutError(dir, `manifest ${desc.digest} is missing from blobs/`, undefined, e);
    });
    const actual = (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256 */ .sc)(bytes);
    if (actual !== desc.digest || ('size' in desc && desc.size !== bytes.length)) {
        throw mismatchError(path, desc, actual, bytes.length);
    }
    const json = parseJson(bytes.toString('utf8'), dir, `blob ${desc.digest}`);
    const mediaType = (typeof json?.mediaType === 'string' ? json.mediaType : undefined) ??
        ('mediaType' in desc ? desc.mediaType : undefined) ??
        (Array.isArray(json?.manifests) ? _media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .MediaType */ .zu.OciIndex : _media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .MediaType */ .zu.OciManifest);
    return { bytes: new Uint8Array(bytes), mediaType, digest: actual };
}
/** A blob's bytes; the stream fails at the end if they do not match the descriptor. */
async function openBlob(dir, descriptor) {
    const path = blobPath(dir, descriptor.digest);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        throw layoutError(dir, `blob ${descriptor.digest} is missing from blobs/`);
    const counter = new _digest_js__WEBPACK_IMPORTED_MODULE_5__/* .DigestCounter */ .VR();
    const verify = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
        transform(chunk, _enc, done) {
            counter.update(chunk);
            if (counter.size > descriptor.size) {
                done(mismatchError(path, descriptor, undefined, counter.size));
            }
            else
                done(null, chunk);
        },
        flush(done) {
            const actual = counter.digest();
            if (actual !== descriptor.digest || counter.size !== descriptor.size) {
                done(mismatchError(path, descriptor, actual, counter.size));
            }
            else
                done();
        },
    });
    // pipeline forwards a read error to `verify`, which is what the caller consumes.
    return (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path), verify, () => undefined);
}
function parseJson(text, dir, what) {
    try {
        const v = JSON.parse(text);
        return typeof v === 'object' && v !== null ? v : undefined;
    }
    catch (e) {
        throw layoutError(dir, `${what} is not valid JSON`, undefined, e);
    }
}
function layoutError(dir, message, hint, cause) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KoActionError */ .jV('LAYOUT', message, {
        where: `oci-layout:${dir}`,
        ...(hint ? { hint } : {}),
        ...(cause === undefined ? {} : { cause }),
    });
}
/** `got` is undefined when reading stopped early because the blob is longer than expected. */
function mismatchError(path, want, got, size) {
    const wantSize = want.size === undefined ? '' : ` (${want.size} bytes)`;
    const gotText = got === undefined ? `at least ${size} bytes` : `${got} (${size} bytes)`;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KoActionError */ .jV('DIGEST_MISMATCH', `corrupt blob in OCI layout: expected ${want.digest}${wantSize}, read ${gotText}`, { where: path, hint: 'The file does not match its digest; recreate the OCI layout.' });
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   K: () => (/* binding */ manifestAccept),
/* harmony export */   d6: () => (/* binding */ isImageManifestMediaType),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
// Media types of the OCI image spec and Docker's v2 schema 2, as ggcr names them.
const MediaType = {
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OciUncompressedLayer: 'application/vnd.oci.image.layer.v1.tar',
    OciEmpty: 'application/vnd.oci.empty.v1+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    DockerForeignLayer: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
    SpdxJson: 'text/spdx+json',
};
function isIndexMediaType(mt) {
    return mt === MediaType.OciIndex || mt === MediaType.DockerManifestList;
}
function isImageManifestMediaType(mt) {
    return mt === MediaType.OciManifest || mt === MediaType.DockerManifest;
}
/** Every manifest type we read, for Accept headers. */
const manifestAccept = [
    MediaType.OciIndex,
    MediaType.DockerManifestList,
    MediaType.OciManifest,
    MediaType.DockerManifest,
];


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Ci: () => (/* binding */ validatePlatform),
/* harmony export */   Dr: () => (/* binding */ platformOfConfig),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   k1: () => (/* binding */ parsePlatformSpec),
/* harmony export */   m7: () => (/* binding */ goArchEnv)
/* harmony export */ });
/* unused harmony exports GO_DIST_LIST, goarmFor */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8732);
// Platforms as ko reads and matches them: ggcr v1.ParsePlatform / Platform.String, ko's
// platformMatcher (exact variants, `all`, the Windows os.version rule) and the GOARM/GOAMD64
// derivation of buildEnv (spec §5.3–5.5, §7.6).


/** `go tool dist list` of Go 1.26.8. */
const GO_DIST_LIST = [
    'aix/ppc64',
    'android/386',
    'android/amd64',
    'android/arm',
    'android/arm64',
    'darwin/amd64',
    'darwin/arm64',
    'dragonfly/amd64',
    'freebsd/386',
    'freebsd/amd64',
    'freebsd/arm',
    'freebsd/arm64',
    'illumos/amd64',
    'ios/amd64',
    'ios/arm64',
    'js/wasm',
    'linux/386',
    'linux/amd64',
    'linux/arm',
    'linux/arm64',
    'linux/loong64',
    'linux/mips',
    'linux/mips64',
    'linux/mips64le',
    'linux/mipsle',
    'linux/ppc64',
    'linux/ppc64le',
    'linux/riscv64',
    'linux/s390x',
    'netbsd/386',
    'netbsd/amd64',
    'netbsd/arm',
    'netbsd/arm64',
    'openbsd/386',
    'openbsd/amd64',
    'openbsd/arm',
    'openbsd/arm64',
    'openbsd/ppc64',
    'openbsd/riscv64',
    'plan9/386',
    'plan9/amd64',
    'plan9/arm',
    'solaris/amd64',
    'wasip1/wasm',
    'windows/386',
    'windows/amd64',
    'windows/arm64',
];
/** Go's strings.TrimSpace (unicode.IsSpace), which differs from String.prototype.trim. */
const goSpace = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const goTrimSpace = (s) => s.replace(new RegExp(`^${goSpace}+`), '').replace(new RegExp(`${goSpace}+$`), '');
/** ggcr v1.ParsePlatform: `os[/arch[/variant]][:osversion]`; more than three parts is an error. */
function parsePlatform(spec, where = 'platforms') {
    const colon = goTrimSpace(spec).split(':');
    const parts = colon[0].split('/');
    if (parts.length > 3) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `too many slashes in platform spec: ${spec}`, {
            where,
            hint: 'write a platform as os/arch[/variant][:osversion], e.g. linux/arm64 or linux/arm/v7',
        });
    }
    const p = { os: parts[0], architecture: parts[1] ?? '' };
    if (parts[2])
        p.variant = parts[2];
    // Only `a:b` sets os.version; ggcr ignores everything after a second colon.
    if (colon.length === 2 && colon[1])
        p['os.version'] = colon[1];
    return p;
}
/** ggcr Platform.String(): `os[/arch][/variant][:osversion]`, "" without an OS. */
function formatPlatform(p) {
    if (!p.os)
        return '';
    return (p.os +
        (p.architecture ? `/${p.architecture}` : '') +
        (p.variant ? `/${p.variant}` : '') +
        (p['os.version'] ? `:${p['os.version']}` : ''));
}
/**
 * Rejects an OS/architecture Go cannot build (`linux/amd65`), which ggcr would accept and then
 * silently match nothing. Variants and os.version are not checked.
 */
function validatePlatform(p, where = 'platforms') {
    const known = p.architecture
        ? GO_DIST_LIST.includes(`${p.os}/${p.architecture}`) ||
            (!p.os && GO_DIST_LIST.some((d) => d.endsWith(`/${p.architecture}`)))
        : GO_DIST_LIST.some((d) => d.startsWith(`${p.os}/`));
    if (known)
        return;
    const wanted = p.architecture ? `${p.os}/${p.architecture}` : p.os;
    const candidates = p.architecture
        ? GO_DIST_LIST
        : [...new Set(GO_DIST_LIST.map((d) => d.split('/')[0]))];
    const best = [...candidates].sort((x, y) => (0,_util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .Y)(wanted, x) - (0,_util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .Y)(wanted, y))[0];
    const suggestion = (0,_util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__/* .editDistance */ .Y)(wanted, best) <= 3
        ? `did you mean "${best}"?`
        : 'run `go tool dist list` for the valid values';
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `unknown platform "${formatPlatform(p) || wanted}": ${suggestion}`, {
        where,
        hint: 'platforms are os/arch[/variant] pairs that Go can build, e.g. linux/amd64,linux/arm64',
    });
}
/**
 * Reads platform values (each may be a comma list, as ko's --platform flag is) into a spec.
 * `all` must stand alone. Empty entries are skipped.
 */
function parsePlatformSpec(values, where = 'platforms') {
    const items = values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '');
    if (items.includes('all')) {
        if (items.length > 1) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', 'all or specific platforms should be used', {
                where,
                hint: 'use either `all` or a list of platforms, not both',
            });
        }
        return { all: true };
    }
    return { all: false, platforms: items.map((s) => parsePlatform(s, where)) };
}
/** ko's platformMatcher.matches (§5.5). An undefined base platform only matches `all`. */
function platformMatches(spec, base) {
    // Docker stores attestations under unknown/unknown.
    if (base && (base.os === 'unknown' || base.architecture === 'unknown'))
        return false;
    if (spec.all)
        return true;
    if (!base)
        return false;
    return spec.platforms.some((p) => {
        if (p.os && base.os !== p.os)
            return false;
        if (p.architecture && base.architecture !== p.architecture)
            return false;
        if (p.variant && base.variant !== p.variant)
            return false;
        const want = p['os.version'] ?? '';
        const have = base['os.version'] ?? '';
        if (want && want !== have) {
            // Windows only: X.Y.Z matches X.Y.Z.<build>.
            if (p.os !== 'windows')
                return false;
            const dots = (s) => s.split('.').length - 1;
            if (dots(want) !== 2 || dots(have) !== 3)
                return false;
            if (want !== have.slice(0, have.lastIndexOf('.')))
                return false;
        }
        return true;
    });
}
/** ko's getGoarm: v5–v7 as is, v8 and above → 7, below v5 → none. */
function goarmFor(variant) {
    const bad = (why) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `${why} arm variant: ${variant}`, {
        where: 'platforms',
        hint: 'arm variants are v5, v6 or v7 (e.g. linux/arm/v7)',
    });
    if (!variant.startsWith('v'))
        throw bad('strange');
    const vs = variant.slice(1);
    // strconv.Atoi: optional sign, decimal digits, int64 range.
    if (!/^[+-]?[0-9]+$/.test(vs) || BigInt(vs) > 2n ** 63n - 1n || BigInt(vs) < -(2n ** 63n)) {
        throw bad('cannot parse');
    }
    const n = BigInt(vs);
    if (n < 5n)
        return undefined;
    return n > 7n ? '7' : vs;
}
/** The GOARM / GOAMD64 entries ko's buildEnv adds for a platform's variant. */
function goArchEnv(p) {
    if (!p.variant)
        return {};
    if (p.architecture === 'arm') {
        const goarm = goarmFor(p.variant);
        return goarm === undefined ? {} : { GOARM: goarm };
    }
    if (p.architecture === 'amd64')
        return { GOAMD64: p.variant };
    return {};
}
/** §4.5: a single-image base's platform comes from its config (no variant). */
function platformOfConfig(cf) {
    const p = { os: cf.os || 'linux', architecture: cf.architecture || 'amd64' };
    if (cf['os.version'])
        p['os.version'] = cf['os.version'];
    return p;
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ dockerHubRegistry),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   F7: () => (/* binding */ repositoryScope),
/* harmony export */   PZ: () => (/* binding */ dockerHubAuthKey),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   hQ: () => (/* binding */ withDigest),
/* harmony export */   j5: () => (/* binding */ defaultScheme)
/* harmony export */ });
/* unused harmony exports defaultTag, registryHostname */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(17);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8825);
// Image references as ggcr's pkg/name reads them: `[registry/]repository[:tag][@sha256:hex]`.
// Pure: no I/O. Errors name the reference and say what is wrong with it.


const dockerHubRegistry = 'index.docker.io';
/** The key Docker stores Docker Hub credentials under. */
const dockerHubAuthKey = 'https://index.docker.io/v1/';
const defaultTag = 'latest';
const repositoryChars = /^[a-z0-9_./-]+$/;
const tagPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
// host[:port], IPv4[:port] or [IPv6][:port]
const registryPattern = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;
function invalid(ref, why, hint) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('REFERENCE', `invalid image reference "${ref}": ${why}`, {
        hint: hint ?? 'write [registry/]repository[:tag][@sha256:<64 hex>], e.g. ghcr.io/owner/app:v1',
    });
}
/** Parse `registry/repository` (no tag or digest). */
function parseRepository(text, original = text) {
    if (text === '')
        throw invalid(original, 'the repository is empty');
    let registry = '';
    let repo = text;
    const slash = text.indexOf('/');
    if (slash >= 0) {
        const first = text.slice(0, slash);
        // Only a component that looks like a host is a registry; `owner/app` is a Docker Hub repo.
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = first;
            repo = text.slice(slash + 1);
        }
    }
    registry = normalizeRegistry(registry, original);
    checkRepository(repo, original);
    // Docker Hub's official images live under library/.
    if (registry === dockerHubRegistry && !repo.includes('/'))
        repo = `library/${repo}`;
    return makeRepository(registry, repo);
}
/** Parse a full reference. A missing tag and digest means `:latest`. */
function parseReference(text) {
    const original = text;
    const trimmed = text.trim();
    if (trimmed === '')
        throw invalid(original, 'it is empty');
    if (trimmed !== text)
        throw invalid(original, 'it has leading or trailing whitespace');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const d = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d)) {
            throw invalid(original, `"${d}" is not a digest (only sha256:<64 lowercase hex> is supported)`);
        }
        digest = d;
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    // A colon followed by a slash belongs to a registry port (`localhost:5000/app`).
    if (colon >= 0 && !rest.slice(colon + 1).includes('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!tagPattern.test(tag)) {
            throw invalid(original, tag === '' ? 'the tag after ":" is empty' : `tag "${tag}" is invalid`, 'a tag is 1-128 characters of A-Z a-z 0-9 _ . - and does not start with . or -');
        }
    }
    const repo = parseRepository(rest, original);
    if (digest === undefined && tag === undefined)
        tag = defaultTag;
    return makeReference(repo, { tag, digest, original });
}
/** The same repository with another tag (the tag is validated). */
function withTag(repo, tag) {
    if (!tagPattern.test(tag)) {
        throw invalid(`${repo.name}:${tag}`, `tag "${tag}" is invalid`);
    }
    return makeReference(repo, { tag, original: `${repo.name}:${tag}` });
}
function withDigest(repo, digest) {
    return makeReference(repo, { digest, original: `${repo.name}@${digest}` });
}
/** ko's rule: plain HTTP for loopback and RFC 1918 hosts; HTTPS otherwise. */
function defaultScheme(registry) {
    const host = registryHostname(registry);
    if (host === 'localhost' || host.endsWith('.localhost'))
        return 'http';
    if (host === '::1')
        return 'http';
    const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
    if (v4) {
        const a = Number(v4[1]);
        const b = Number(v4[2]);
        if (a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) {
            return 'http';
        }
    }
    return 'https';
}
/** The hostname of `host[:port]` / `[v6]:port`, without brackets or port. */
function registryHostname(registry) {
    if (registry.startsWith('['))
        return registry.slice(1, registry.indexOf(']'));
    const colon = registry.lastIndexOf(':');
    return (colon >= 0 ? registry.slice(0, colon) : registry).toLowerCase();
}
/** Token scope for a repository, e.g. `repository:owner/app:push,pull`. */
function repositoryScope(repo, actions) {
    return `repository:${repo}:${actions}`;
}
function normalizeRegistry(registry, original) {
    if (registry === '' || registry === 'docker.io')
        return dockerHubRegistry;
    if (!registryPattern.test(registry)) {
        throw invalid(original, `registry "${registry}" is not a valid host[:port]`);
    }
    const port = /:(\d+)$/.exec(registry)?.[1];
    if (port !== undefined && Number(port) > 65535) {
        throw invalid(original, `registry port ${port} is out of range`);
    }
    return registry;
}
function checkRepository(repo, original) {
    if (repo.length < 2 || repo.length > 255) {
        throw invalid(original, `repository "${repo}" must be 2 to 255 characters long`);
    }
    if (!repositoryChars.test(repo)) {
        const hint = /[A-Z]/.test(repo)
            ? 'repository names must be lowercase'
            : 'a repository may contain only a-z 0-9 _ . - and /';
        throw invalid(original, `repository "${repo}" has invalid characters`, hint);
    }
    if (repo.split('/').some((c) => c === '')) {
        throw invalid(original, `repository "${repo}" has an empty path component`);
    }
}
function makeRepository(registry, repository) {
    return Object.freeze({ registry, repository, name: `${registry}/${repository}` });
}
function makeReference(repo, parts) {
    const context = makeRepository(repo.registry, repo.repository);
    const name = parts.digest
        ? `${context.name}@${parts.digest}`
        : `${context.name}:${parts.tag ?? defaultTag}`;
    const ref = {
        registry: repo.registry,
        repository: repo.repository,
        name,
        identifier: parts.digest ?? parts.tag ?? defaultTag,
        original: parts.original,
        ...(parts.tag !== undefined ? { tag: parts.tag } : {}),
        ...(parts.digest !== undefined ? { digest: parts.digest } : {}),
        context: () => context,
        toString: () => parts.original,
    };
    return Object.freeze(ref);
}


/***/ }),

/***/ 8732:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance)
/* harmony export */ });
// Levenshtein distance, for "did you mean …?" hints.
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   jV: () => (/* binding */ KoActionError)
/* harmony export */ });
class KoActionError extends Error {
    code;
    name = 'KoActionError';
    where;
    hint;
    constructor(code, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.code = code;
        this.where = details.where;
        this.hint = details.hint;
    }
    /** The single line a user sees: `where: message. hint` */
    format() {
        const head = this.where ? `${this.where}: ${this.message}` : this.message;
        if (!this.hint)
            return head;
        const hint = this.hint.charAt(0).toUpperCase() + this.hint.slice(1);
        // "did you mean x?" already ends a sentence; everything else gets a full stop.
        return /[?!]$/.test(head) ? `${head} ${hint}` : `${head.replace(/[.\s]+$/, '')}. ${hint}`;
    }
}
function inputError(input, message, hint) {
    return new KoActionError('INPUT', message, hint ? { where: input, hint } : { where: input });
}
function errorMessage(e) {
    if (e instanceof KoActionError)
        return e.format();
    if (e instanceof Error)
        return e.message;
    return String(e);
}


/***/ }),

/***/ 415:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ limit)
/* harmony export */ });
function limit(concurrency) {
    const max = Math.max(1, Math.floor(concurrency));
    let active = 0;
    const queue = [];
    const next = () => {
        if (active >= max)
            return;
        const run = queue.shift();
        if (run) {
            active++;
            run();
        }
    };
    return (task) => new Promise((resolve, reject) => {
        queue.push(() => {
            task()
                .then(resolve, reject)
                .finally(() => {
                active--;
                next();
            });
        });
        next();
    });
}


/***/ }),

/***/ 4537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   E$: () => (/* binding */ redact)
/* harmony export */ });
/* unused harmony exports setSecretSink, clearSecrets */
// Every credential the action touches is registered here before it can reach a log line.
// In Actions the sink is core.setSecret (the runner masks it); everywhere, redact() scrubs
// messages we format ourselves, so the CLI and the tests never print a secret either.
const secrets = new Set();
let sink;
function setSecretSink(fn) {
    sink = fn;
    if (fn)
        for (const s of secrets)
            fn(s);
}
function addSecret(value) {
    if (!value || value.length < 3 || secrets.has(value))
        return;
    secrets.add(value);
    // A Basic header carries base64(user:pass); the password alone is registered by the caller.
    sink?.(value);
}
function redact(text) {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join('***');
    // Authorization values and URL userinfo never belong in a message, known or not.
    out = out.replace(/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{6,}/g, '$1 ***');
    out = out.replace(/(\w+:\/\/)[^/@\s:]+:[^/@\s]+@/g, '$1***@');
    return out;
}
/** For tests: forget registered secrets. */
function clearSecrets() {
    secrets.clear();
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/ko/naming.ts
var ko_naming = __nccwpck_require__(6572);
;// CONCATENATED MODULE: ./src/inputs/lists.ts
// List inputs as docker/build-push-action reads them: newline-separated, and for most lists also
// comma-separated, with "double quotes" keeping a comma inside an item.
function splitList(raw, opts = {}) {
    const comma = opts.comma ?? true;
    const out = [];
    for (const line of raw.split(/\r?\n/)) {
        for (const item of comma ? splitCsvLine(line) : [line]) {
            const v = unquote(item.trim());
            if (v)
                out.push(v);
        }
    }
    return out;
}
function splitCsvLine(line) {
    const items = [];
    let cur = '';
    let quoted = false;
    for (const ch of line) {
        if (ch === '"')
            quoted = !quoted;
        if (ch === ',' && !quoted) {
            items.push(cur);
            cur = '';
        }
        else {
            cur += ch;
        }
    }
    items.push(cur);
    return items;
}
function unquote(s) {
    return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}
/** `key=value` lines (labels, annotations); the value may hold `=` and commas. */
function splitPairs(raw, input, onError) {
    return splitList(raw, { comma: false }).map((line) => {
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw onError(`"${line}" in ${input} is not key=value`);
        return [line.slice(0, eq).trim(), line.slice(eq + 1)];
    });
}

;// CONCATENATED MODULE: ./src/inputs/inputs.ts
// Read every action input once into a frozen, typed object. Pure: the getter and the environment
// are passed in, so tests give a map and main gives @actions/core.





function readInputs(get, env = process.env) {
    const str = (name) => get(name).trim() || undefined;
    const bool = (name, dflt) => parseBool(name, get(name), dflt);
    const naming = (0,ko_naming/* parseNamingMode */.F$)(get('naming'));
    const sbom = str('sbom') ?? 'spdx';
    if (sbom !== 'spdx' && sbom !== 'none') {
        throw (0,errors/* inputError */.Xu)('sbom', `unknown SBOM format "${sbom}"`, 'use spdx or none');
    }
    const importPaths = splitList(get('import-paths'));
    const jobs = parseJobs(get('jobs'));
    const platforms = splitList(get('platforms'));
    const envPlatforms = splitList(env.KO_DEFAULTPLATFORMS ?? '');
    const pairs = (name) => splitPairs(get(name), name, (msg) => (0,errors/* inputError */.Xu)(name, msg, 'write one key=value per line'));
    const inputs = {
        importPaths: importPaths.length ? importPaths : ['.'],
        repo: str('repo') ?? (env.KO_DOCKER_REPO?.trim() || defaultGhcrRepo(env)),
        naming,
        tags: splitList(get('tags')).length ? splitList(get('tags')) : ['latest'],
        platforms: platforms.length ? platforms : envPlatforms.length ? envPlatforms : undefined,
        baseImage: str('base-image') ?? (env.KO_DEFAULTBASEIMAGE?.trim() || undefined),
        config: str('config'),
        workingDirectory: str('working-directory') ?? '.',
        push: bool('push', true),
        ociLayoutPath: str('oci-layout-path') ??
            (env.RUNNER_TEMP ? (0,external_node_path_.join)(env.RUNNER_TEMP, 'ko-action', 'oci') : 'out/oci'),
        labels: pairs('labels'),
        annotations: pairs('annotations'),
        user: str('user'),
        sbom,
        pushByDigest: bool('push-by-digest', false),
        merge: splitList(get('merge'), { comma: false }),
        resolve: splitList(get('resolve')),
        resolvedFile: str('resolved-file'),
        goVersion: str('go-version'),
        goVersionFile: str('go-version-file'),
        goDownloadBaseUrl: (str('go-download-base-url') ?? 'https://go.dev/dl').replace(/\/+$/, ''),
        cache: bool('cache', true),
        cacheDependencyPath: splitList(get('cache-dependency-path')).length
            ? splitList(get('cache-dependency-path'))
            : ['go.sum'],
        githubToken: str('github-token'),
        username: str('username'),
        password: str('password'),
        insecureRegistry: bool('insecure-registry', false),
        jobs,
        uploadJobs: get('jobs').trim() ? jobs : Math.max(4, jobs),
        debug: bool('debug', false),
    };
    return Object.freeze(inputs);
}
function parseBool(name, raw, dflt) {
    const v = raw.trim();
    if (!v)
        return dflt;
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw (0,errors/* inputError */.Xu)(name, `"${v}" is not a boolean`, 'use true or false');
}
function parseJobs(raw) {
    const v = raw.trim();
    if (!v)
        return Math.max(1, (0,external_node_os_.cpus)().length);
    if (!/^[1-9]\d*$/.test(v)) {
        throw (0,errors/* inputError */.Xu)('jobs', `"${v}" is not a positive whole number`, 'set jobs to 1 or more');
    }
    return Number(v);
}
/** ghcr.io/<owner>/<repo>, lowercased (setup-ko does the same: GHCR rejects upper case). */
function defaultGhcrRepo(env) {
    const repo = env.GITHUB_REPOSITORY?.trim();
    return repo ? `ghcr.io/${repo.toLowerCase()}` : undefined;
}

// EXTERNAL MODULE: ./src/go/packages.ts
var go_packages = __nccwpck_require__(6033);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/ko/ko-yaml.ts
var ko_yaml = __nccwpck_require__(8168);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __nccwpck_require__(1890);
// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __nccwpck_require__(415);
// EXTERNAL MODULE: ./src/go/build.ts
var build = __nccwpck_require__(8770);
// EXTERNAL MODULE: ./src/engine/plan.ts + 1 modules
var engine_plan = __nccwpck_require__(3877);
;// CONCATENATED MODULE: ./src/engine/head-start.ts
// The CLI's head start: `go build` for every requested package and platform begins as soon as
// the arguments are read, while the engine loads, go list runs and the base image downloads.
// `ko build ./cmd/app` and `go build ./cmd/app` make the same binary as its import path does, so
// the engine takes a started build only when every input that decides the output is the same
// (compileKey); anything else, such as a .ko.yaml or KOCACHE, is simply built the usual way.









/**
 * Starts the builds when nothing but the defaults can shape them: no .ko.yaml, no KOCACHE (its
 * binaries live at paths ko chooses), no default flag templates, and a platform list.
 */
async function startBuilds(goPath, inputs, env) {
    if (env.KOCACHE?.trim())
        return undefined;
    const config = (0,ko_yaml/* defaultKoConfig */.ME)(env);
    if (config.defaultFlags.length || config.defaultLdflags.length)
        return undefined;
    let plan;
    try {
        plan = (0,engine_plan/* planBuild */.C7)(inputs, env, config);
    }
    catch {
        return undefined; // the engine reports it
    }
    if (plan.platforms.all)
        return undefined;
    const found = await (0,ko_yaml/* findKoConfig */.Wj)({
        configInput: inputs.config,
        env,
        workingDirectory: inputs.workingDirectory,
    }).catch(() => 'unreadable');
    if (found !== undefined)
        return undefined;
    const started = new Map();
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'ko-action-head-'));
    const abort = new AbortController();
    const jobs = (0,limit/* limit */.A)(plan.jobs);
    const maxProcs = (0,build/* goMaxProcs */.MZ)(plan.importPaths.length * plan.platforms.platforms.length, plan.jobs);
    for (const requested of plan.importPaths.map(go_packages/* stripKoScheme */.ug)) {
        for (const platform of plan.platforms.platforms) {
            const req = {
                goPath,
                importPath: requested,
                cwd: plan.workingDirectory,
                platform,
                outDir: dir,
                flags: [],
                ldflags: [],
                buildEnv: config.defaultEnv,
                debug: plan.debug,
                processEnv: env,
                ...(maxProcs !== undefined ? { maxProcs } : {}),
            };
            const outFile = (0,external_node_path_.join)(dir, `${started.size}-${(0,oci_platform/* formatPlatform */.Bq)(platform).replace(/\//g, '-')}`);
            const result = jobs(() => (0,go_packages/* run */.eF)(goPath, (0,build/* goBuildArgs */._Y)(req, outFile), req.cwd, (0,build/* goBuildEnv */.SE)(req), abort.signal));
            result.catch(() => undefined); // whoever takes it sees the failure
            started.set(takeKey(req, requested), { outFile, result });
        }
    }
    return {
        async take(req, requested) {
            const id = takeKey(req, (0,go_packages/* stripKoScheme */.ug)(requested));
            const hit = started.get(id);
            if (!hit)
                return undefined;
            started.delete(id);
            return (0,build/* compiled */.QO)(req, hit.outFile, await hit.result);
        },
        async close() {
            started.clear();
            abort.abort();
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}
function takeKey(req, requested) {
    return `${requested}\u0000${(0,build/* compileKey */.lM)(req)}`;
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// ko's command-line flags mapped onto the action's inputs, so the CLI runs the same engine.

// ko flag → action input. Boolean flags take no value; `--push=false` style is accepted.
const valueFlags = {
    '--repo': 'repo',
    '--platform': 'platforms',
    '--tags': 'tags',
    '-t': 'tags',
    '--base-image': 'base-image',
    '--image-label': 'labels',
    '--image-annotation': 'annotations',
    '--image-user': 'user',
    '--oci-layout-path': 'oci-layout-path',
    '--sbom': 'sbom',
    '--jobs': 'jobs',
    '-j': 'jobs',
    '--working-directory': 'working-directory',
    '-C': 'working-directory',
    '--config': 'config',
    '--filename': 'resolve',
    '-f': 'resolve',
};
const boolFlags = {
    '--push': ['push', 'true'],
    '--insecure-registry': ['insecure-registry', 'true'],
    '--debug': ['debug', 'true'],
    '--bare': ['naming', 'bare'],
    '--base-import-paths': ['naming', 'base-import-paths'],
    '-B': ['naming', 'base-import-paths'],
    '--preserve-import-paths': ['naming', 'preserve-import-paths'],
    '-P': ['naming', 'preserve-import-paths'],
};
// Several values join with newlines, as a multi-line input would.
const repeatable = new Set(['platforms', 'tags', 'labels', 'annotations', 'resolve']);
function parseCliArgs(argv) {
    const [command, ...rest] = argv;
    if (command !== 'build' && command !== 'resolve') {
        throw (0,errors/* inputError */.Xu)('command', `unknown command "${command ?? ''}"`, 'use: ko-action build <import-path>... | ko-action resolve -f <file>');
    }
    const inputs = { sbom: 'none', cache: 'false' };
    const positional = [];
    const set = (name, value) => {
        inputs[name] = repeatable.has(name) && inputs[name] ? `${inputs[name]}\n${value}` : value;
    };
    // -B and --bare both given: ko lets -B win.
    let naming;
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i] ?? '';
        const eq = arg.indexOf('=');
        const flag = arg.startsWith('-') && eq > 0 ? arg.slice(0, eq) : arg;
        const inline = arg.startsWith('-') && eq > 0 ? arg.slice(eq + 1) : undefined;
        const bool = boolFlags[flag];
        const valueInput = valueFlags[flag];
        if (bool) {
            const [name, on] = bool;
            if (inline !== undefined && !['true', 'false'].includes(inline)) {
                throw (0,errors/* inputError */.Xu)(flag, `"${inline}" is not true or false`);
            }
            const value = inline === 'false' ? (name === 'naming' ? undefined : 'false') : on;
            if (name === 'naming') {
                if (value && (naming === undefined || value !== 'bare'))
                    naming = value;
            }
            else if (value)
                set(name, value);
        }
        else if (valueInput) {
            const value = inline ?? rest[++i];
            if (value === undefined)
                throw (0,errors/* inputError */.Xu)(flag, 'needs a value');
            set(valueInput, value);
        }
        else if (arg.startsWith('-') && arg !== '-') {
            throw (0,errors/* inputError */.Xu)(arg, `unknown flag ${arg}`, 'run ko-action --help for the flags it knows');
        }
        else {
            positional.push(arg);
        }
    }
    if (naming)
        inputs.naming = naming;
    if (command === 'build' && positional.length)
        inputs['import-paths'] = positional.join('\n');
    if (command === 'resolve' && positional.length) {
        throw (0,errors/* inputError */.Xu)(positional[0] ?? '', 'resolve takes files with -f, not arguments');
    }
    return { command, inputs };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __nccwpck_require__(4537);
// EXTERNAL MODULE: ./src/go/version-spec.ts
var version_spec = __nccwpck_require__(7368);
;// CONCATENATED MODULE: ./src/go/toolchain.ts
// Which `go` builds the images. With go-version/go-version-file: that release, from the tool
// cache or downloaded and verified. Without: $KO_GO_PATH, else `go` on PATH, else the version
// go.mod asks for. An installed Go is pinned with GOTOOLCHAIN=local, as setup-go does, so the
// go command never swaps itself for another toolchain.






const exe = process.platform === 'win32' ? 'go.exe' : 'go';
// The toolkit (and the installer with its HTTP stack) load only when Go must be installed or
// something must be said: most runs use the go on PATH, and start-up time is part of every build.
const actionsCore = () => Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(58)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6058));
async function setupGo(opts) {
    const cwd = (0,external_node_path_.resolve)(opts.workingDirectory);
    let spec = await requestedSpec(opts, cwd);
    if (!spec) {
        const existing = await existingGo(opts.env, cwd);
        if (existing)
            return existing;
        const goMod = (0,external_node_path_.join)(cwd, 'go.mod');
        if (!(0,external_node_fs_.existsSync)(goMod)) {
            throw new errors/* KoActionError */.jV('GO_INSTALL', `no Go toolchain: go is not on PATH and ${goMod} does not exist`, {
                where: 'go-version',
                hint: 'set go-version (or go-version-file), or install Go before this step',
            });
        }
        spec = (0,version_spec/* readGoVersionFile */.NZ)(goMod, opts.env, 'go.mod');
        (await actionsCore()).info(`No go on PATH; installing Go ${spec.input}, as ${goMod} asks`);
    }
    // One at a time: they share modules (jest's ESM loader trips over concurrent imports of them).
    const core = await actionsCore();
    const { installGo, normalizeBaseUrl } = await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(58), __nccwpck_require__.e(805), __nccwpck_require__.e(793)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4793));
    const { defaultGoDownloadBaseUrl } = await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1382));
    const baseUrl = normalizeBaseUrl(opts.downloadBaseUrl);
    (0,secrets/* addSecret */.Ck)(opts.token);
    const custom = baseUrl !== defaultGoDownloadBaseUrl;
    const { root, source } = await installGo(spec, {
        baseUrl,
        arch: opts.arch ?? process.arch,
        platform: process.platform,
        ...(custom && opts.token ? { auth: `token ${opts.token}` } : {}),
    });
    core.addPath((0,external_node_path_.join)(root, 'bin'));
    core.exportVariable('GOTOOLCHAIN', 'local');
    const goPath = (0,external_node_path_.join)(root, 'bin', exe);
    const version = await goVersion(goPath, { ...opts.env, GOTOOLCHAIN: 'local' }, cwd);
    if (version === undefined) {
        throw new errors/* KoActionError */.jV('GO_INSTALL', `${goPath} version failed`, {
            hint: `the Go install at ${root} is broken; remove it from the tool cache and retry`,
        });
    }
    core.info(`Using Go ${version} (${source}) at ${goPath}`);
    return { goPath, version, source };
}
async function requestedSpec(opts, cwd) {
    if (opts.goVersion?.trim()) {
        if (opts.goVersionFile?.trim())
            (await actionsCore()).warning('Both go-version and go-version-file are set; using go-version');
        return (0,version_spec/* parseGoVersionSpec */.fT)(opts.goVersion);
    }
    const file = opts.goVersionFile?.trim();
    if (!file)
        return undefined;
    // Relative to working-directory; setup-go users' workspace-relative paths also work.
    const inWorkDir = (0,external_node_path_.resolve)(cwd, file);
    const inWorkspace = (0,external_node_path_.resolve)(file);
    const path = (0,external_node_fs_.existsSync)(inWorkDir) || !(0,external_node_fs_.existsSync)(inWorkspace) ? inWorkDir : inWorkspace;
    return (0,version_spec/* readGoVersionFile */.NZ)(path, opts.env);
}
/**
 * The go that setupGo takes without installing anything ($KO_GO_PATH, else PATH), or undefined
 * when a version is asked for. Lets a caller start go commands while setupGo checks it.
 */
function existingGoPath(opts) {
    if (opts.goVersion?.trim() || opts.goVersionFile?.trim())
        return undefined;
    const koGoPath = opts.env['KO_GO_PATH']?.trim();
    return koGoPath ? koGoPathBinary(koGoPath, opts.env) : findOnPath(exe, opts.env);
}
function koGoPathBinary(koGoPath, env) {
    return koGoPath.includes('/') || koGoPath.includes('\\')
        ? (0,external_node_path_.resolve)(koGoPath)
        : findOnPath(koGoPath, env);
}
async function existingGo(env, cwd) {
    const koGoPath = env['KO_GO_PATH']?.trim();
    if (koGoPath) {
        const goPath = koGoPathBinary(koGoPath, env);
        const version = goPath && (await goVersion(goPath, env, cwd));
        if (!goPath || !version) {
            throw new errors/* KoActionError */.jV('GO_INSTALL', `KO_GO_PATH=${koGoPath} is not a working go binary`, {
                where: 'KO_GO_PATH',
                hint: 'point KO_GO_PATH at a go binary, or unset it',
            });
        }
        return { goPath, version, source: 'ko-go-path' };
    }
    const goPath = findOnPath(exe, env);
    const version = goPath && (await goVersion(goPath, env, cwd));
    return goPath && version ? { goPath, version, source: 'path' } : undefined;
}
function findOnPath(name, env) {
    for (const dir of (env['PATH'] ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** `go version` → `1.26.8`, or undefined when the binary does not run. */
function goVersion(goPath, env, cwd) {
    return new Promise((done) => {
        (0,external_node_child_process_.execFile)(goPath, ['version'], { env, cwd: (0,external_node_fs_.existsSync)(cwd) ? cwd : undefined, timeout: 300_000 }, (err, stdout) => {
            if (!err)
                return done(/go version (?:devel )?go(\S+)/.exec(stdout)?.[1]);
            const why = `${goPath} version failed: ${err.message.split('\n')[0] ?? ''}`;
            void actionsCore().then((core) => core.info(why), () => undefined);
            return done(undefined);
        });
    });
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI twin: `npx ko-action build|resolve`, the same engine as the action. References go to
// stdout (one per line, in argument order), everything else to stderr.
//
// Start-up is part of every build, so this entry loads only argument parsing and the Go lookup,
// starts `go list` (and, when only defaults shape it, `go build`: see build/head-start.ts), and
// imports the engine (registry client, image model: most of the bundle) while they run.









const usage = `usage: ko-action build <import-path>... [--repo R] [--push=false] [--platform P] [--tags T]
                    [--bare|-B|-P] [--base-image B] [--image-label k=v] [--image-annotation k=v]
                    [--oci-layout-path DIR] [--insecure-registry] [-C DIR]
       ko-action resolve -f <file|dir|->
Environment: KO_DOCKER_REPO, KO_DEFAULTBASEIMAGE, KO_DEFAULTPLATFORMS, SOURCE_DATE_EPOCH, ...`;
async function main(argv) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
        process.stderr.write(`${usage}\n`);
        return argv.length === 0 ? 2 : 0;
    }
    const cmd = parseCliArgs(argv);
    const inputs = readInputs((name) => cmd.inputs[name] ?? '', process.env);
    if (cmd.command === 'resolve' && inputs.resolve.length === 0) {
        throw (0,errors/* inputError */.Xu)('-f', 'resolve needs the YAML to read', 'ko-action resolve -f <file|dir|->');
    }
    const workingDirectory = (0,external_node_path_.resolve)(inputs.workingDirectory);
    const goOptions = {
        downloadBaseUrl: inputs.goDownloadBaseUrl,
        workingDirectory,
        env: process.env,
    };
    // Like ko, run the go on PATH (or $KO_GO_PATH) without asking its version first; only a
    // missing go goes through setupGo (which installs the version go.mod names).
    const goPath = existingGoPath(goOptions);
    const go = goPath ? Promise.resolve({ goPath }) : setupGo(goOptions);
    go.catch(() => undefined); // awaited, and reported, after the working directory is checked
    let headStart = Promise.resolve(undefined);
    if (cmd.command === 'build' && goPath && (0,external_node_fs_.existsSync)(workingDirectory)) {
        // go build first: it is the longer of the two.
        headStart = startBuilds(goPath, inputs, process.env);
        const list = () => (0,go_packages/* prefetchPackages */.JH)(goPath, inputs.importPaths, workingDirectory, process.env);
        headStart.then(list, list);
    }
    // The engine loads after the builds are spawned: loading it first would delay them.
    const started = await headStart.catch(() => undefined);
    const { runCli } = await __nccwpck_require__.e(/* import() */ 446).then(__nccwpck_require__.bind(__nccwpck_require__, 8446));
    try {
        return await runCli(cmd, inputs, go, started?.take);
    }
    finally {
        await started?.close();
    }
}
main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
    process.stderr.write(`Error: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(e))}\n`);
    process.exit(1);
});

