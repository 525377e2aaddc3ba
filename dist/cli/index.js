#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 360:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
// One `go list -json` for every requested package answers, at once, whether each is a main
// package, its full import path and its directory (ko calls go list several times per path).



/** A requested package that cannot be built; `requested` lets callers point at where it was named. */
class PackageLoadError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_BUILD', `go list failed: ${firstLines(stderr)}`, {
            where: 'import-paths',
            hint: 'check that working-directory holds a Go module (go.mod) and the import paths exist',
        });
    }
    const listed = parseJsonStream(stdout);
    if (listed.length !== requested.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_BUILD', `go list returned ${listed.length} packages for ${requested.length} import paths`);
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
        child.on('error', (e) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_BUILD', `cannot run ${cmd}: ${e.message}`, { cause: e })));
        child.on('close', (code) => resolve({
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            code: code ?? 1,
        }));
    });
}


/***/ }),

/***/ 3916:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('INPUT', `'${input}' is not a Go version or version range`, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('INPUT', `the Go version file ${path} does not exist`, {
            where,
            hint: 'check go-version-file (relative paths are resolved from working-directory)',
        });
    }
    const version = versionFromFile(path, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), env['GOTOOLCHAIN'] === 'local');
    if (!version) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('INPUT', `no Go version found in ${path}`, {
            where,
            hint: 'go.mod and go.work need a `go` line; .tool-versions a `golang` line',
        });
    }
    return parseGoVersionSpec(version, `${where} (${path})`);
}


/***/ }),

/***/ 1347:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', `unknown naming mode "${value}"`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', `invalid tag "${tag}"`, {
                where: 'tags',
                hint: 'a tag is 1 to 128 characters of letters, digits, "_", "." and "-"',
            });
        }
        if (!out.includes(tag))
            out.push(tag);
    }
    if (out.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'no tags given', {
            where: 'tags',
            hint: 'leave `tags` unset for "latest"',
        });
    }
    return out;
}
/** ko's --tag-only rule: exactly one tag, and not `latest`. */
function checkTagOnly(tags) {
    if (tags.length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'must specify exactly one tag to resolve images into tag-only references', { where: 'tags' });
    }
    if (tags[0] === LATEST_TAG) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'latest tag cannot be used in tag-only references', {
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .KoActionError */ .jV('INPUT', 'must specify tag if requesting tag only', {
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
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/naming/namer.ts
var namer = __nccwpck_require__(1347);
;// CONCATENATED MODULE: ./src/action/input-lists.ts
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

;// CONCATENATED MODULE: ./src/action/inputs.ts
// Read every action input once into a frozen, typed object. Pure: the getter and the environment
// are passed in, so tests give a map and main gives @actions/core.





function readInputs(get, env = process.env) {
    const str = (name) => get(name).trim() || undefined;
    const bool = (name, dflt) => parseBool(name, get(name), dflt);
    const naming = (0,namer/* parseNamingMode */.F$)(get('naming'));
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

// EXTERNAL MODULE: ./src/build/go-packages.ts
var go_packages = __nccwpck_require__(360);
;// CONCATENATED MODULE: ./src/cli-args.ts
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
    const { defaultGoDownloadBaseUrl } = await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(97)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4478));
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

;// CONCATENATED MODULE: ./src/cli.ts
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
        (0,go_packages/* prefetchPackages */.JH)(goPath, inputs.importPaths, workingDirectory, process.env);
        headStart = Promise.all(/* import() */[__nccwpck_require__.e(641), __nccwpck_require__.e(717)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3717)).then((m) => m.startBuilds(goPath, inputs, process.env));
    }
    const { runCli } = await Promise.all(/* import() */[__nccwpck_require__.e(641), __nccwpck_require__.e(645)]).then(__nccwpck_require__.bind(__nccwpck_require__, 645));
    const started = await headStart.catch(() => undefined);
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

