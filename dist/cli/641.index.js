export const id = 641;
export const ids = [641];
export const modules = {

/***/ 2375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ createBinaryLayer),
/* harmony export */   Rw: () => (/* binding */ windowsSecurityDescriptor),
/* harmony export */   X4: () => (/* binding */ appPath),
/* harmony export */   xd: () => (/* binding */ windowsSecurityKey)
/* harmony export */ });
/* unused harmony exports appDir, writeBinaryTar */
/* harmony import */ var _image_ko_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7846);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _image_layer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5577);
/* harmony import */ var _image_tar_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4366);
/* harmony import */ var _capabilities_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9820);
// ko's binary layer (pkg/build/gobuild.go tarBinary, spec §1): the directory `ko-app`, then the
// binary at `/ko-app/<app>`; on Windows under Hives/ and Files/ with an owner/group security
// descriptor. Names, modes and mtimes are fixed so the diffID depends only on the binary bytes,
// the app name, the OS and the capabilities.







/** `O:BUG:BU` (owner and group BUILTIN\Users): Windows will not run the binary without it. */
const windowsSecurityDescriptor = 'AQAAgBQAAAAkAAAAAAAAAAAAAAABAgAAAAAABSAAAAAhAgAAAQIAAAAAAAUgAAAAIQIAAA==';
const windowsSecurityKey = 'MSWINDOWS.rawsd';
const capabilityKey = 'SCHILY.xattr.security.capability';
/** Where the binary lives in the image. */
const appDir = '/ko-app';
/** The binary's path in the image, as the entrypoint names it on Linux. */
function appPath(importPath) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.posix.join(appDir, (0,_image_ko_config_js__WEBPACK_IMPORTED_MODULE_0__/* .appFileName */ .v1)(importPath));
}
/** Writes the binary layer's entries (no trailer) to `tw`. */
async function writeBinaryTar(tw, opts) {
    const windows = opts.os === 'windows';
    const dirs = windows ? ['Hives', 'Files', 'Files/ko-app'] : ['ko-app'];
    for (const name of dirs)
        await tw.writeEntry({ name, typeflag: _image_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TypeDir */ .Kq, mode: 0o555 });
    let pax;
    if (windows) {
        pax = { [windowsSecurityKey]: windowsSecurityDescriptor };
    }
    else if (opts.os === 'linux') {
        const xattr = (0,_capabilities_js__WEBPACK_IMPORTED_MODULE_6__/* .capabilityXattr */ .i)(opts.capabilities ?? []);
        if (xattr)
            pax = { [capabilityKey]: xattr };
    }
    let size;
    try {
        size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(opts.binaryPath)).size;
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('GO_BUILD', `cannot read the built binary ${opts.binaryPath}`, {
            cause: err,
        });
    }
    const name = (windows ? 'Files' : '') + appPath(opts.importPath);
    await tw.writeFile({ name, typeflag: _image_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TypeReg */ .JM, mode: 0o555, size, ...(pax && { pax }) }, opts.binaryPath);
}
/** The binary layer, compressed into `tmpDir`. */
async function createBinaryLayer(opts) {
    // Parse capabilities before any work so a typo fails fast.
    if (opts.os === 'linux')
        (0,_capabilities_js__WEBPACK_IMPORTED_MODULE_6__/* .capabilityXattr */ .i)(opts.capabilities ?? []);
    return (0,_image_layer_js__WEBPACK_IMPORTED_MODULE_4__/* .createLayer */ .A)(async (sink) => {
        const tw = new _image_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TarWriter */ .rW(sink);
        await writeBinaryTar(tw, opts);
        await tw.close();
    }, opts);
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ capabilityXattr)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Linux file capabilities for `builds[].linux_capabilities`, parsed as ko's pkg/caps does
// (Docker --cap-add names, numbers, and cap_from_text(3) clauses such as `cap_net_bind_service+ep`)
// and encoded as the `security.capability` xattr (vfs_cap_data revision 2, spec §1.4).

const all64 = (1n << 64n) - 1n;
// Bit numbers from linux/capability.h, as ko lists them.
const capabilityBits = {
    CHOWN: 0,
    DAC_OVERRIDE: 1,
    DAC_READ_SEARCH: 2,
    FOWNER: 3,
    FSETID: 4,
    KILL: 5,
    SETGID: 6,
    SETUID: 7,
    SETPCAP: 8,
    LINUX_IMMUTABLE: 9,
    NET_BIND_SERVICE: 10,
    NET_BROADCAST: 11,
    NET_ADMIN: 12,
    NET_RAW: 13,
    IPC_LOCK: 14,
    IPC_OWNER: 15,
    SYS_MODULE: 16,
    SYS_RAWIO: 17,
    SYS_CHROOT: 18,
    SYS_PTRACE: 19,
    SYS_PACCT: 20,
    SYS_ADMIN: 21,
    SYS_BOOT: 22,
    SYS_NICE: 23,
    SYS_RESOURCE: 24,
    SYS_TIME: 25,
    SYS_TTY_CONFIG: 26,
    MKNOD: 27,
    LEASE: 28,
    AUDIT_WRITE: 29,
    AUDIT_CONTROL: 30,
    SETFCAP: 31,
    MAC_OVERRIDE: 32,
    MAC_ADMIN: 33,
    SYSLOG: 34,
    WAKE_ALARM: 35,
    BLOCK_SUSPEND: 36,
    AUDIT_READ: 37,
    PERFMON: 38,
    BPF: 39,
    CHECKPOINT_RESTORE: 40,
};
function capabilityError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('CONFIG', message, {
        where: 'linux_capabilities',
        hint: 'Use capability names such as `net_bind_service` or clauses such as `cap_net_bind_service+ep`.',
    });
}
/** One capability: a number 0..63, `all`, or a name with or without `cap_`, any case. */
function parseCapability(s) {
    if (/^[0-9]+$/.test(s) && Number(s) < 64)
        return 1n << BigInt(Number(s));
    const name = s.toUpperCase();
    if (name === 'ALL') {
        return Object.values(capabilityBits).reduce((m, bit) => m | (1n << BigInt(bit)), 0n);
    }
    const bit = capabilityBits[name.startsWith('CAP_') ? name.slice(4) : name];
    if (bit === undefined)
        throw capabilityError(`unknown capability: ${JSON.stringify(s)}`);
    return 1n << BigInt(bit);
}
/**
 * The raw 20-byte `security.capability` value for `terms`, or undefined when they grant nothing
 * (ko then adds no PAX record). A bare name is added as permitted; `caps+-=flags` clauses are
 * applied left to right as cap_from_text(3) does.
 */
function capabilityXattr(terms) {
    let permitted = 0n;
    let inheritable = 0n;
    let effective = 0n;
    for (const term of terms) {
        const at = term.search(/[+\-=]/);
        if (at === -1) {
            permitted |= parseCapability(term);
            continue;
        }
        const actions = term.slice(at);
        const names = at === 0 && actions.startsWith('=') ? 'all' : term.slice(0, at);
        let mask = 0n;
        for (const name of names.split(',')) {
            try {
                mask |= parseCapability(name);
            }
            catch (err) {
                throw capabilityError(`${JSON.stringify(term)}: ${err.message}`);
            }
        }
        let keep = 0n; // which bits of `mask` the following p/i/e letters set (all for +/=, none for -)
        for (const c of actions) {
            switch (c) {
                case '+':
                    keep = all64;
                    break;
                case '-':
                    keep = ~mask & all64;
                    break;
                case '=':
                    keep = all64;
                    permitted &= ~mask;
                    inheritable &= ~mask;
                    effective &= ~mask;
                    break;
                case 'p':
                    permitted = (permitted | mask) & keep;
                    break;
                case 'i':
                    inheritable = (inheritable | mask) & keep;
                    break;
                case 'e':
                    effective = (effective | mask) & keep;
                    break;
                default:
                    throw capabilityError(`${JSON.stringify(term)}: unknown flag '${c}'`);
            }
        }
    }
    if (permitted === 0n && inheritable === 0n)
        return undefined;
    const out = Buffer.alloc(20);
    out.writeUInt32LE(0x02000000 | (effective !== 0n ? 1 : 0), 0);
    out.writeUInt32LE(Number(permitted & 0xffffffffn), 4);
    out.writeUInt32LE(Number(inheritable & 0xffffffffn), 8);
    out.writeUInt32LE(Number(permitted >> 32n), 12);
    out.writeUInt32LE(Number(inheritable >> 32n), 16);
    return out;
}


/***/ }),

/***/ 1577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QO: () => (/* binding */ compiled),
/* harmony export */   SE: () => (/* binding */ goBuildEnv),
/* harmony export */   _Y: () => (/* binding */ goBuildArgs),
/* harmony export */   lM: () => (/* binding */ compileKey),
/* harmony export */   wE: () => (/* binding */ compile)
/* harmony export */ });
/* unused harmony exports GoBuildError, parseDiagnostics */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _image_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2554);
/* harmony import */ var _go_packages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(360);
// `go build` exactly as ko runs it (ko-compat §7.4, §7.6): same argv, same environment order.





/** A compile failure, with each `file:line:col: msg` line parsed for annotations. */
class GoBuildError extends _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('GO_BUILD', `-toolexec is not allowed in go build flags ("${a}")`, {
                hint: 'remove -toolexec from flags and GOFLAGS',
            });
        }
    }
    return args;
}
function goBuildEnv(req) {
    const env = {
        CGO_ENABLED: '0',
        GOOS: req.platform.os,
        GOARCH: req.platform.architecture,
        ...(0,_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .goArchEnv */ .m7)(req.platform),
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
    const outFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(req.outDir, 'out');
    return compiled(req, outFile, await (0,_go_packages_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .eF)(req.goPath, goBuildArgs(req, outFile), req.cwd, goBuildEnv(req)));
}
/**
 * What decides a `go build`'s output, apart from how the package is spelled (`./cmd/app` and
 * its import path build the same binary) and where the output goes.
 */
function compileKey(req) {
    const args = goBuildArgs(req, '');
    return JSON.stringify([req.goPath, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(req.cwd), args.slice(0, -1), goBuildEnv(req)]);
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
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(m[1]) ? m[1] : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, m[1]);
        out.push({
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs) || m[1],
            line: Number(m[2]),
            column: m[3] ? Number(m[3]) : undefined,
            message: m[4],
        });
    }
    return out;
}


/***/ }),

/***/ 1648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ kodataEpoch),
/* harmony export */   aW: () => (/* binding */ createKodataLayer)
/* harmony export */ });
/* unused harmony exports writeKodataTar, resolveAllowedRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _image_layer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5577);
/* harmony import */ var _image_tar_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4366);
/* harmony import */ var _binary_layer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2375);
// ko's kodata layer (pkg/build/gobuild.go tarKoData/walkRecursive, spec §2): /var/run/ko and its
// parents, then a lexical depth-first walk of <package dir>/kodata with symlinks dereferenced.
// Symlinks must resolve inside the allowed root, so a link cannot pack host files (~/.ssh, /etc)
// into the image. ko recurses forever on a directory symlink that points back at an ancestor;
// we report it instead.







const mode = 0o555;
/** KO_DATA_DATE_EPOCH as ko parses it: unset or empty → 0; otherwise a decimal integer. */
function kodataEpoch(value) {
    if (value === undefined || value === '')
        return 0;
    const n = Number(value);
    if (!/^[+-]?[0-9]+$/.test(value) || !Number.isSafeInteger(n)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('INPUT', `KO_DATA_DATE_EPOCH should be the number of seconds since January 1st 1970, 00:00 UTC, got ${JSON.stringify(value)}`, { where: 'KO_DATA_DATE_EPOCH', hint: "Set it to e.g. $(git log -1 --format='%ct')." });
    }
    return n;
}
/** Writes the kodata layer's entries (no trailer) to `tw`. */
async function writeKodataTar(tw, opts) {
    const mtime = opts.epochSeconds ?? kodataEpoch(process.env.KO_DATA_DATE_EPOCH);
    const windows = opts.os === 'windows';
    const chroot = windows ? 'Files/var/run/ko' : '/var/run/ko';
    const dirs = windows
        ? ['Hives', 'Files', 'Files/var', 'Files/var/run', 'Files/var/run/ko']
        : ['/var', '/var/run', '/var/run/ko'];
    for (const name of dirs)
        await tw.writeEntry({ name, typeflag: _image_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TypeDir */ .Kq, mode, mtime });
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.kodataDir);
    // filepath.Walk lstat()s the root and only descends into a real directory: a missing kodata,
    // a file, or even a symlink named kodata, contributes nothing.
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(root).catch(() => undefined);
    if (!info?.isDirectory())
        return;
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const walk = {
        tw,
        mtime,
        windows,
        allowedRoot: await resolveAllowedRoot(realRoot, opts.allowedRootEnv ?? process.env.KO_DATA_PATH_ALLOWED_ROOT),
        log: opts.log ?? (() => undefined),
    };
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(root).catch(() => []);
    await walkDir(walk, {
        hostDir: root,
        realDir: realRoot,
        tarDir: chroot,
        names,
        stack: [realRoot],
    });
}
/** The kodata layer, compressed into `tmpDir`. */
async function createKodataLayer(opts) {
    return (0,_image_layer_js__WEBPACK_IMPORTED_MODULE_4__/* .createLayer */ .A)(async (sink) => {
        const tw = new _image_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TarWriter */ .rW(sink);
        await writeKodataTar(tw, opts);
        await tw.close();
    }, opts);
}
/**
 * Where kodata symlinks may point: $KO_DATA_PATH_ALLOWED_ROOT, else the nearest ancestor holding
 * `.git`; used only if it contains the kodata dir, otherwise the kodata dir itself.
 */
async function resolveAllowedRoot(realKodataRoot, allowedRootEnv) {
    const candidate = allowedRootEnv ? allowedRootEnv : await enclosingGitRoot(realKodataRoot);
    if (!candidate)
        return realKodataRoot;
    let abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(candidate);
    abs = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs).catch(() => abs);
    return within(realKodataRoot, abs) ? abs : realKodataRoot;
}
async function enclosingGitRoot(dir) {
    for (;;) {
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git')).catch(() => undefined))
            return dir;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** True if `p` is `root` or inside it. */
function within(p, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, p);
    return rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`);
}
/** Go's filepath.Walk order: names sorted by bytes, each directory before its contents. */
function sortedNames(names) {
    return names
        .map((name) => ({ name, key: Buffer.from(name, 'utf8') }))
        .sort((a, b) => Buffer.compare(a.key, b.key))
        .map((e) => e.name);
}
// Small files are read ahead, a bounded window at a time: one by one, each costs several
// thread-pool round trips, which dominates for trees of many small assets.
const readAhead = 16;
const smallFile = 256 * 1024;
/** Writes the entries of one directory listing as `tarDir/<name>`, recursing into directories. */
async function walkDir(w, d) {
    const names = sortedNames(d.names);
    const paths = names.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d.hostDir, name));
    // Errors are kept and raised in walk order, as Go would meet them.
    const infos = await Promise.all(paths.map((p) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(p).catch((err) => err)));
    const contents = new Map();
    let ahead = 0;
    for (let i = 0; i < names.length; i++) {
        for (; ahead < Math.min(i + readAhead, names.length); ahead++) {
            const info = infos[ahead];
            if (info instanceof node_fs__WEBPACK_IMPORTED_MODULE_0__.Stats && info.isFile() && info.size <= smallFile) {
                const read = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(paths[ahead]);
                read.catch(() => undefined); // awaited in turn
                contents.set(ahead, read);
            }
        }
        const name = names[i];
        const hostPath = paths[i];
        const info = infos[i];
        const tarName = `${d.tarDir}/${name}`;
        if (!(info instanceof node_fs__WEBPACK_IMPORTED_MODULE_0__.Stats))
            throw kodataError(hostPath, `cannot be read: ${reason(info)}`, info);
        if (info.isDirectory()) {
            // Go lists a directory before writing its header; an unreadable one is an error.
            const children = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(hostPath).catch((err) => {
                throw kodataError(hostPath, `cannot be listed: ${reason(err)}`, err);
            });
            await w.tw.writeEntry({ name: tarName, typeflag: _image_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TypeDir */ .Kq, mode, mtime: w.mtime });
            const realDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d.realDir, name);
            await walkDir(w, {
                hostDir: hostPath,
                realDir,
                tarDir: tarName,
                names: children,
                stack: [...d.stack, realDir],
            });
        }
        else if (info.isSymbolicLink()) {
            if (w.windows) {
                // Windows images cannot carry the link, and ko does not follow it there.
                w.log(`skipping symlink in kodata for windows: ${name}`);
                continue;
            }
            await writeLinkTarget(w, hostPath, tarName, d.stack);
        }
        else if (info.isFile()) {
            // Inside a real directory that is itself inside the allowed root: no check needed.
            const read = contents.get(i);
            contents.delete(i);
            if (!read) {
                await writeFile(w, tarName, hostPath, info.size);
                continue;
            }
            const data = await read.catch((err) => {
                throw kodataError(hostPath, `cannot be read: ${reason(err)}`, err);
            });
            if (data.length !== info.size) {
                throw kodataError(hostPath, `changed size while being read (${info.size} → ${data.length} bytes)`);
            }
            await w.tw.writeEntry(fileHeader(w, tarName, info.size), data);
        }
        else {
            throw kodataError(hostPath, 'is not a regular file, directory or symlink');
        }
    }
}
function fileHeader(w, tarName, size) {
    return {
        name: tarName,
        typeflag: _image_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TypeReg */ .JM,
        mode,
        mtime: w.mtime,
        size,
        ...(w.windows && { pax: { [_binary_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .windowsSecurityKey */ .xd]: _binary_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .windowsSecurityDescriptor */ .Rw } }),
    };
}
function writeFile(w, tarName, path, size) {
    return w.tw.writeFile(fileHeader(w, tarName, size), path);
}
/** A symlink: follow it to its target, which must stay inside the allowed root. */
async function writeLinkTarget(w, hostPath, tarName, stack) {
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(hostPath).catch((err) => {
        const code = err.code;
        const why = code === 'ELOOP'
            ? 'is a symlink loop (too many levels of symbolic links)'
            : code === 'ENOENT'
                ? 'is a symlink whose target does not exist'
                : `cannot be resolved: ${reason(err)}`;
        throw kodataError(hostPath, why, err);
    });
    if (!within(target, w.allowedRoot)) {
        throw kodataError(hostPath, `is a symlink to ${JSON.stringify(target)}, outside the allowed root ${JSON.stringify(w.allowedRoot)}`, undefined, 'Point the link inside the repository, or set KO_DATA_PATH_ALLOWED_ROOT to a directory containing its target.');
    }
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target);
    if (info.isDirectory()) {
        // Walking a directory that contains one being walked would reach this link again, forever.
        const cycle = stack.find((dir) => within(dir, target));
        if (cycle !== undefined) {
            throw kodataError(hostPath, `is a symlink loop: it points to ${JSON.stringify(target)}, which contains ${JSON.stringify(cycle)}, already being walked`);
        }
        await w.tw.writeEntry({ name: tarName, typeflag: _image_tar_js__WEBPACK_IMPORTED_MODULE_5__/* .TypeDir */ .Kq, mode, mtime: w.mtime });
        // filepath.Walk on the target: an unreadable target directory is silently empty.
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(target).catch(() => []);
        await walkDir(w, {
            hostDir: target,
            realDir: target,
            tarDir: tarName,
            names,
            stack: [...stack, target],
        });
        return;
    }
    if (!info.isFile())
        throw kodataError(hostPath, 'is a symlink to something that is not a regular file or directory');
    await writeFile(w, tarName, target, info.size);
}
function reason(err) {
    return err instanceof Error ? err.message : String(err);
}
function kodataError(hostPath, message, cause, hint = 'Fix or remove this entry in the kodata directory.') {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('CONFIG', `kodata path ${JSON.stringify(hostPath)} ${message}`, {
        where: hostPath,
        hint,
        ...(cause !== undefined && { cause }),
    });
}


/***/ }),

/***/ 3123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dQ: () => (/* binding */ checkWorkingDirectory),
  C7: () => (/* binding */ planBuild),
  at: () => (/* binding */ pushRegistry)
});

// UNUSED EXPORTS: defaultBaseImage, splitAnnotations

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/publish/daemon.ts
var daemon = __webpack_require__(9119);
// EXTERNAL MODULE: ./src/config/ko-yaml.ts
var ko_yaml = __webpack_require__(6328);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/image/platform.ts
var platform = __webpack_require__(2554);
// EXTERNAL MODULE: ./src/build/kodata-layer.ts
var kodata_layer = __webpack_require__(1648);
// EXTERNAL MODULE: ./src/naming/namer.ts
var namer = __webpack_require__(1347);
;// CONCATENATED MODULE: ./src/build/tag-targets.ts
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
    return { tags: plain.length || tagRefs.size === 0 ? (0,namer/* normaliseTags */.wH)(plain) : [], tagRefs };
}

;// CONCATENATED MODULE: ./src/build/plan.ts
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
        kodataDateEpoch: env.KO_DATA_DATE_EPOCH ? (0,kodata_layer/* kodataEpoch */.AF)(env.KO_DATA_DATE_EPOCH) : undefined,
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
    if (!repo || (named && (0,daemon/* isDaemonRepo */.nF)(repo)))
        return undefined;
    return (0,reference/* parseRepository */.SU)(repo).registry;
}


/***/ }),

/***/ 81:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kp: () => (/* binding */ splitFields),
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   sl: () => (/* binding */ envList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8732);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('CONFIG', `${key}: "${e.text}" is not NAME=VALUE`, {
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

/***/ 6328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ loadKoConfig),
/* harmony export */   Fw: () => (/* binding */ withEnvOverrides),
/* harmony export */   ME: () => (/* binding */ defaultKoConfig),
/* harmony export */   Wj: () => (/* binding */ findKoConfig),
/* harmony export */   _P: () => (/* binding */ platformList),
/* harmony export */   fF: () => (/* binding */ baseImage),
/* harmony export */   qS: () => (/* binding */ defaultBaseImage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _image_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2554);
/* harmony import */ var _image_layout_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(485);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9310);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81);
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
    const layout = (0,_image_layout_source_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLayoutReference */ .ZR)(s.text);
    if (s.text === 'scratch' || (layout && layout.dir !== ''))
        return { value: s.text, where: s.where };
    try {
        (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReference */ .F2)(s.text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${key}: ${err.message}`, {
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${key}: "all" cannot be combined with other platforms`, {
                    where: item.where,
                    hint: 'use either all or a list of platforms',
                });
            }
            continue;
        }
        try {
            (0,_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePlatform */ .Ci)((0,_image_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatform */ .FL)(item.text, item.where), item.where);
        }
        catch (err) {
            const e = err;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${key}: ${e.message}`, e.hint ? { where: item.where, hint: e.hint } : { where: item.where });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${what} names ${named.path}, which does not exist`, {
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${what} names the directory ${named.path}, which has no .ko.yaml`, {
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('CONFIG', `${path} is a .${ext} file; ko-action reads ko's configuration as YAML or JSON only`, {
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
    const { parseKoConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(478)]).then(__webpack_require__.bind(__webpack_require__, 2478));
    return parseKoConfig(found.text, found.path, opts.env);
}


/***/ }),

/***/ 6575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ cloneConfigFile),
/* harmony export */   m: () => (/* binding */ parseConfigFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _go_decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9527);
/* harmony import */ var _go_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3467);
// Reading a base image's config the way ggcr does (v1.ParseConfigFile): unknown fields such as
// `container_config` are dropped and times are normalised, so re-encoding gives ko's bytes.



/**
 * Parses config JSON into ggcr's ConfigFile. `where` names the image for error messages.
 * Throws KoActionError('REGISTRY') where ggcr would fail to parse.
 */
function parseConfigFile(raw, where) {
    try {
        return (0,_go_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeGo */ .J)(raw, _go_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigFileType */ .di);
    }
    catch (e) {
        if (!(e instanceof _go_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .GoDecodeError */ .R))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('REGISTRY', `cannot parse the image config: ${e.message}`, {
            ...(where ? { where } : {}),
            hint: 'the base image config must be a valid OCI or Docker image config',
            cause: e,
        });
    }
}
/** A deep copy, so a mutation never reaches the caller's (possibly shared) config. */
function cloneConfigFile(cf) {
    return structuredClone(cf);
}


/***/ }),

/***/ 8033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   VR: () => (/* binding */ DigestCounter),
/* harmony export */   sU: () => (/* binding */ digestHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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

/***/ 9527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ GoDecodeError),
  J: () => (/* binding */ decodeGo)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/image/go-json.ts
var go_json = __webpack_require__(6038);
// EXTERNAL MODULE: ./src/image/go-time.ts
var go_time = __webpack_require__(9801);
;// CONCATENATED MODULE: ./src/image/json-scan.ts
// A byte-level JSON reader with Go's encoding/json semantics, for what JSON.parse cannot tell us:
// duplicate keys (Go merges them into the same struct), invalid UTF-8 (Go replaces each bad byte
// with U+FFFD), lone surrogate escapes (U+FFFD), and the raw text of strings (time.Time parses
// the quoted bytes without unescaping). Like json.Decoder.Decode, it reads the first value and
// ignores whatever follows it.
class JsonSyntaxError extends Error {
    name = 'JsonSyntaxError';
}
/** Go's scanner limit (encoding/json maxNestingDepth). */
const MAX_DEPTH = 10000;
const isSpace = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Length of the valid UTF-8 sequence at `i` (Go's utf8.DecodeRune rules), or 0 if invalid. */
function utf8Length(b, i) {
    const c = b[i];
    const cont = (k, lo = 0x80, hi = 0xbf) => {
        const x = b[i + k];
        return x !== undefined && x >= lo && x <= hi;
    };
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c === 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (c === 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (c === 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xf1 && c <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c === 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const latin1 = new TextDecoder('latin1');
/** Parses the first JSON value in `input` as Go's json.Decoder would. */
function scanJson(input) {
    const b = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    let i = 0;
    const fail = (what) => {
        if (i >= b.length)
            throw new JsonSyntaxError('unexpected EOF');
        const c = b[i];
        const shown = c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16)}`;
        throw new JsonSyntaxError(`invalid character ${shown} ${what} (offset ${i})`);
    };
    const skipSpace = () => {
        while (isSpace(b[i]))
            i++;
    };
    const hex4 = (at) => {
        if (at + 4 > b.length)
            return -1;
        const s = latin1.decode(b.subarray(at, at + 4));
        return /^[0-9a-fA-F]{4}$/.test(s) ? parseInt(s, 16) : -1;
    };
    const readString = () => {
        i++; // opening quote
        const start = i;
        let out = '';
        let run = i; // start of bytes copied verbatim
        const flush = (end) => {
            if (end > run)
                out += decoder.decode(b.subarray(run, end));
        };
        for (;;) {
            const c = b[i];
            if (c === undefined)
                return fail('in string literal');
            if (c === 0x22)
                break;
            if (c < 0x20)
                return fail('in string literal');
            if (c === 0x5c) {
                flush(i);
                const e = b[i + 1];
                const simple = {
                    0x22: '"',
                    0x5c: '\\',
                    0x2f: '/',
                    0x62: '\b',
                    0x66: '\f',
                    0x6e: '\n',
                    0x72: '\r',
                    0x74: '\t',
                };
                if (e !== undefined && simple[e] !== undefined) {
                    out += simple[e];
                    i += 2;
                }
                else if (e === 0x75) {
                    const u = hex4(i + 2);
                    if (u < 0) {
                        i += 2;
                        return fail('in \\u hexadecimal character escape');
                    }
                    i += 6;
                    if (u >= 0xd800 && u <= 0xdfff) {
                        // Go pairs a high surrogate with a following \u low surrogate, else writes U+FFFD.
                        const lo = b[i] === 0x5c && b[i + 1] === 0x75 ? hex4(i + 2) : -1;
                        if (u <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
                            out += String.fromCharCode(u, lo);
                            i += 6;
                        }
                        else {
                            out += '\ufffd';
                        }
                    }
                    else {
                        out += String.fromCharCode(u);
                    }
                }
                else {
                    i++;
                    return fail('in string escape code');
                }
                run = i;
                continue;
            }
            if (c < 0x80) {
                i++;
                continue;
            }
            const n = utf8Length(b, i);
            if (n === 0) {
                flush(i);
                out += '\ufffd';
                i++;
                run = i;
            }
            else {
                i += n;
            }
        }
        flush(i);
        const raw = latin1.decode(b.subarray(start, i));
        i++; // closing quote
        return { kind: 'string', value: out, raw };
    };
    const readNumber = () => {
        const start = i;
        const digits = () => {
            const s = i;
            while (b[i] !== undefined && b[i] >= 0x30 && b[i] <= 0x39)
                i++;
            return i - s;
        };
        if (b[i] === 0x2d)
            i++;
        if (b[i] === 0x30)
            i++;
        else if (digits() === 0)
            return fail('in numeric literal');
        if (b[i] === 0x2e) {
            i++;
            if (digits() === 0)
                return fail('after decimal point in numeric literal');
        }
        if (b[i] === 0x65 || b[i] === 0x45) {
            i++;
            if (b[i] === 0x2b || b[i] === 0x2d)
                i++;
            if (digits() === 0)
                return fail('in exponent of numeric literal');
        }
        return { kind: 'number', text: latin1.decode(b.subarray(start, i)) };
    };
    const readLiteral = (word, value) => {
        for (let k = 0; k < word.length; k++, i++) {
            if (b[i] !== word.charCodeAt(k))
                return fail(`in literal ${word} (expecting '${word[k]}')`);
        }
        return value;
    };
    const readKey = () => {
        skipSpace();
        if (b[i] !== 0x22)
            return fail('looking for beginning of object key string');
        const key = readString().value;
        skipSpace();
        if (b[i] !== 0x3a)
            return fail('after object key');
        i++;
        return key;
    };
    skipSpace();
    if (i >= b.length)
        throw new JsonSyntaxError('EOF');
    const stack = [];
    for (;;) {
        skipSpace();
        let value;
        const c = b[i];
        if (c === 0x7b || c === 0x5b) {
            if (stack.length >= MAX_DEPTH)
                throw new JsonSyntaxError('exceeded max depth');
            i++;
            skipSpace();
            if (c === 0x7b && b[i] === 0x7d) {
                i++;
                value = { kind: 'object', entries: [] };
            }
            else if (c === 0x5b && b[i] === 0x5d) {
                i++;
                value = { kind: 'array', items: [] };
            }
            else {
                if (c === 0x7b) {
                    stack.push({ kind: 'object', value: { kind: 'object', entries: [] }, key: readKey() });
                }
                else {
                    stack.push({ kind: 'array', value: { kind: 'array', items: [] } });
                }
                continue;
            }
        }
        else if (c === 0x22)
            value = readString();
        else if (c === 0x74)
            value = readLiteral('true', { kind: 'bool', value: true });
        else if (c === 0x66)
            value = readLiteral('false', { kind: 'bool', value: false });
        else if (c === 0x6e)
            value = readLiteral('null', { kind: 'null' });
        else if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39))
            value = readNumber();
        else
            return fail('looking for beginning of value');
        // Attach the finished value to its parents, closing every container that ends here.
        for (;;) {
            const top = stack[stack.length - 1];
            if (!top)
                return value;
            if (top.kind === 'array')
                top.value.items.push(value);
            else
                top.value.entries.push([top.key, value]);
            skipSpace();
            if (b[i] === 0x2c) {
                i++;
                if (top.kind === 'object')
                    top.key = readKey();
                break;
            }
            const close = top.kind === 'array' ? 0x5d : 0x7d;
            if (b[i] !== close) {
                return fail(top.kind === 'array' ? 'after array element' : 'after object key:value pair');
            }
            i++;
            stack.pop();
            value = top.value;
        }
    }
}

;// CONCATENATED MODULE: ./src/image/go-decode.ts
// json.Unmarshal (Go encoding/json v1) into ggcr's structs, driven by the tables in go-schema.ts.
// What ko re-serialises is what Go decoded, so we follow Go's rules rather than JSON.parse's:
// unknown fields dropped; keys matched exactly, else case-insensitively; a repeated key decodes
// into the value already there (structs and maps merge, slices reuse their elements); null is a
// no-op except for slices, maps and pointers (set to nil); any type mismatch is an error.
// Not reproduced: a slice's spare capacity re-appearing when a repeated key grows it again.




class GoDecodeError extends Error {
    name = 'GoDecodeError';
}
/** Go's foldName, enough to compare against ASCII field names (K and ſ fold to K and S). */
const fold = (key) => key.replace(/[a-z\u017f\u212a]/g, (ch) => ch === '\u017f' ? 'S' : ch === '\u212a' ? 'K' : ch.toUpperCase());
const kindName = (n) => n.kind === 'bool' ? 'bool' : n.kind === 'number' ? `number ${n.text}` : n.kind;
const goTypeName = (t) => {
    switch (t.t) {
        case 'int':
            return 'int64';
        case 'time':
            return 'v1.Time';
        case 'hash':
            return 'v1.Hash';
        case 'bytes':
            return '[]uint8';
        case 'slice':
            return `[]${goTypeName(t.elem)}`;
        case 'map':
            return `map[string]${goTypeName(t.elem)}`;
        case 'ptr':
            return `*${goTypeName(t.elem)}`;
        case 'struct':
            return t.name;
        default:
            return t.t;
    }
};
const typeError = (n, t, path) => new GoDecodeError(`cannot unmarshal ${kindName(n)} into Go value ${path} of type ${goTypeName(t)}`);
function parseInteger(n, t, path, min, max) {
    if (n.kind !== 'number' || !/^-?\d+$/.test(n.text))
        throw typeError(n, t, path);
    const big = BigInt(n.text);
    if (big < min || big > max)
        throw typeError(n, t, path);
    const v = Number(big);
    if (Number.isSafeInteger(v))
        return v === 0 ? 0 : v;
    if (t.t === 'int' && t.big)
        return big;
    throw new GoDecodeError(`number ${n.text} at ${path} is too large to handle exactly`);
}
/** ggcr Hash.parse: `sha256:` and 64 lowercase hex digits (other algorithms are unsupported). */
function parseHash(s) {
    const colon = s.indexOf(':');
    const algo = colon < 0 ? '' : s.slice(0, colon);
    const body = colon < 0 ? '' : s.slice(colon + 1);
    if (!algo || !body)
        throw new GoDecodeError(`cannot parse hash: ${JSON.stringify(s)}`);
    const bad = /[^0-9a-f]/.exec(body);
    if (bad)
        throw new GoDecodeError(`found non-hex character in hash: ${bad[0]}`);
    if (algo !== 'sha256')
        throw new GoDecodeError(`unsupported hash: ${JSON.stringify(algo)}`);
    if (body.length !== 64)
        throw new GoDecodeError(`wrong number of hex digits for sha256: ${body}`);
    return s;
}
const INT64 = [-(2n ** 63n), 2n ** 63n - 1n];
function decodeValue(n, t, cur, path) {
    if (n.kind === 'null') {
        if (t.t === 'slice' || t.t === 'map' || t.t === 'ptr' || t.t === 'bytes')
            return undefined;
        if (t.t === 'hash')
            return parseHash(''); // Hash.UnmarshalJSON is called with null
        return cur;
    }
    switch (t.t) {
        case 'string':
            if (n.kind !== 'string')
                throw typeError(n, t, path);
            return n.value;
        case 'bool':
            if (n.kind !== 'bool')
                throw typeError(n, t, path);
            return n.value;
        case 'int':
            return parseInteger(n, t, path, INT64[0], INT64[1]);
        case 'time':
            if (n.kind !== 'string')
                throw new GoDecodeError('Time.UnmarshalJSON: input is not a JSON string');
            try {
                return (0,go_time/* normaliseGoTime */.mv)(n.raw); // Go parses the quoted bytes without unescaping them
            }
            catch (e) {
                if (e instanceof go_time/* GoTimeError */.Ku)
                    throw new GoDecodeError(e.message);
                throw e;
            }
        case 'hash':
            if (n.kind !== 'string')
                throw typeError(n, { t: 'string' }, path);
            return parseHash(n.value);
        case 'bytes': {
            let bytes;
            if (n.kind === 'string') {
                try {
                    bytes = (0,go_json/* decodeGoBase64 */.UW)(n.value);
                }
                catch {
                    throw new GoDecodeError(`illegal base64 data at ${path}`);
                }
            }
            else if (n.kind === 'array') {
                const byte = { t: 'int' };
                bytes = Uint8Array.from(n.items, (it) => it.kind === 'null' ? 0 : Number(parseInteger(it, byte, path, 0n, 255n)));
            }
            else
                throw typeError(n, t, path);
            return external_node_buffer_.Buffer.from(bytes).toString('base64');
        }
        case 'slice': {
            if (n.kind !== 'array')
                throw typeError(n, t, path);
            const old = Array.isArray(cur) ? cur : [];
            return n.items.map((it, i) => decodeValue(it, t.elem, old[i], path));
        }
        case 'map': {
            if (n.kind !== 'object')
                throw typeError(n, t, path);
            const m = (cur ?? Object.create(null));
            for (const [k, v] of n.entries)
                m[k] = decodeValue(v, t.elem, undefined, path);
            return m;
        }
        case 'ptr':
            return decodeValue(n, t.elem, cur, path);
        case 'struct': {
            if (n.kind !== 'object')
                throw typeError(n, t, path);
            const obj = (cur ?? {});
            for (const [k, v] of n.entries) {
                const field = t.fields.find((fl) => fl.name === k) ?? t.fields.find((fl) => fold(fl.name) === fold(k));
                if (!field)
                    continue;
                obj[field.name] = decodeValue(v, field.type, obj[field.name], `${path}.${field.name}`);
            }
            return obj;
        }
    }
}
/** Go's zero value for a field that is always written. */
function zero(t) {
    switch (t.t) {
        case 'string':
            return '';
        case 'bool':
            return false;
        case 'int':
            return 0;
        case 'time':
            return go_time/* ZERO_GO_TIME */.Iq;
        case 'hash':
            return ':';
        case 'struct':
            return finish(undefined, t);
        default:
            return null; // nil slice, map or pointer
    }
}
/**
 * Shapes a decoded value like src/image/types.ts: always-written fields hold their zero values,
 * omitempty fields that Go would omit are left out. A `data: ''` is kept: Go decodes it to a
 * non-nil empty []byte, which ggcr treats as "refresh the embedded config".
 */
function finish(v, t) {
    switch (t.t) {
        case 'struct': {
            const src = (v ?? {});
            const out = {};
            for (const field of t.fields) {
                const fv = finish(src[field.name], field.type);
                if (field.type.t === 'time' || field.type.t === 'struct') {
                    out[field.name] = fv ?? zero(field.type); // never omitted by Go
                }
                else if (field.omitempty) {
                    if (fv === undefined || fv === null)
                        continue;
                    if (field.type.t !== 'bytes' && (0,go_json/* isEmptyGoValue */.Zc)(fv, field.type))
                        continue;
                    out[field.name] = fv;
                }
                else {
                    out[field.name] = fv ?? zero(field.type);
                }
            }
            return out;
        }
        case 'slice':
            return Array.isArray(v)
                ? v.map((e) => finish(e, t.elem) ?? zero(t.elem))
                : undefined;
        case 'map': {
            if (v === undefined || v === null)
                return undefined;
            const out = Object.create(null);
            for (const [k, e] of Object.entries(v))
                out[k] = finish(e, t.elem) ?? zero(t.elem);
            return out;
        }
        case 'ptr':
            return v === undefined || v === null ? undefined : finish(v, t.elem);
        default:
            return v;
    }
}
/** Decodes the first JSON value in `input` into Go type `t` (normally a struct). */
function decodeGo(input, t) {
    let node;
    try {
        node = scanJson(input);
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            throw new GoDecodeError(e.message);
        throw e;
    }
    const name = t.t === 'struct' ? t.name : goTypeName(t);
    return finish(decodeValue(node, t, undefined, name), t);
}


/***/ }),

/***/ 6038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gb: () => (/* binding */ encodeManifest),
/* harmony export */   If: () => (/* binding */ goJsonBytes),
/* harmony export */   Iq: () => (/* reexport safe */ _go_time_js__WEBPACK_IMPORTED_MODULE_2__.Iq),
/* harmony export */   UW: () => (/* binding */ decodeGoBase64),
/* harmony export */   Zc: () => (/* binding */ isEmptyGoValue),
/* harmony export */   dP: () => (/* binding */ encodeConfigFile),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   mA: () => (/* binding */ compareGoStrings),
/* harmony export */   oX: () => (/* binding */ encodeIndexManifest),
/* harmony export */   xk: () => (/* binding */ marshalConfigFile)
/* harmony export */ });
/* unused harmony exports encodeGo, encodeDescriptor, encodePlatform, marshalManifest, marshalIndexManifest */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _go_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9801);
/* harmony import */ var _go_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3467);
// Byte-exact Go encoding/json (json.Marshal) output for ggcr's structs: compact, struct fields in
// declaration order with omitempty, map keys sorted by UTF-8 bytes, HTML-safe string escaping.
// Config, manifest and index digests depend on every byte, so nothing here goes through
// JSON.stringify's handling of objects.




const hex = '0123456789abcdef';
const shortEscapes = {
    0x22: '\\"',
    0x5c: '\\\\',
    0x08: '\\b',
    0x0c: '\\f',
    0x0a: '\\n',
    0x0d: '\\r',
    0x09: '\\t',
};
const plain = /^[\x20-\x21\x23-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7f]*$/;
/**
 * A JSON string literal as Go writes it: `<` `>` `&` U+2028 U+2029 and control characters as
 * \u00xx (lowercase), short escapes for \b \f \n \r \t, everything else raw. A lone surrogate
 * (JavaScript's invalid UTF-16, Go's invalid UTF-8) becomes the six characters `\ufffd`.
 */
function goQuote(s) {
    if (plain.test(s))
        return `"${s}"`;
    let out = '"';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80) {
            const short = shortEscapes[c];
            if (short !== undefined)
                out += short;
            else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26) {
                out += `\\u00${hex[c >> 4]}${hex[c & 15]}`;
            }
            else
                out += s[i];
        }
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                out += s[i] + s[i + 1];
                i++;
            }
            else
                out += '\\ufffd';
        }
        else if (c >= 0xd800 && c <= 0xdfff)
            out += '\\ufffd';
        else if (c === 0x2028 || c === 0x2029)
            out += `\\u${c.toString(16)}`;
        else
            out += s[i];
    }
    return out + '"';
}
const utf8 = new TextEncoder();
/** Go sorts map keys with strings.Compare, i.e. by UTF-8 bytes (= code point order). */
function compareGoStrings(a, b) {
    return node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.compare(utf8.encode(a), utf8.encode(b));
}
/** base64.StdEncoding.DecodeString: padding required, CR/LF ignored. Throws on bad input. */
function decodeGoBase64(s) {
    const t = s.replace(/[\r\n]/g, '');
    if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(t)) {
        throw new TypeError('illegal base64 data');
    }
    return Uint8Array.from(node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(t, 'base64'));
}
/** Go's omitempty test: false, 0, "", nil pointer, and empty slice/map/[]byte. Structs never. */
function isEmptyGoValue(v, type) {
    if (v === undefined || v === null)
        return type.t !== 'struct' && type.t !== 'time';
    switch (type.t) {
        case 'string':
        case 'bytes':
            return v === '';
        case 'bool':
            return v === false;
        case 'int':
            return v === 0 || v === 0n;
        case 'slice':
            return Array.isArray(v) && v.length === 0;
        case 'map':
            return typeof v === 'object' && Object.keys(v).length === 0;
        default:
            return false;
    }
}
const mismatch = (type, v) => new TypeError(`cannot encode ${typeof v} ${JSON.stringify(v)} as Go ${type.t}`);
/** json.Marshal of `value` read as Go type `type`; undefined/null are Go's zero values. */
function encodeGo(value, type) {
    const v = value ?? undefined;
    switch (type.t) {
        case 'string':
            if (v !== undefined && typeof v !== 'string')
                throw mismatch(type, v);
            return goQuote(v ?? '');
        case 'bool':
            if (v !== undefined && typeof v !== 'boolean')
                throw mismatch(type, v);
            return v ? 'true' : 'false';
        case 'int':
            if (typeof v === 'bigint' && type.big)
                return String(v);
            if (v !== undefined && !Number.isSafeInteger(v))
                throw mismatch(type, v);
            return String(v ?? 0).replace(/^-0$/, '0');
        case 'time':
            if (v !== undefined && typeof v !== 'string')
                throw mismatch(type, v);
            return `"${v === undefined ? _go_time_js__WEBPACK_IMPORTED_MODULE_2__/* .ZERO_GO_TIME */ .Iq : (0,_go_time_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseGoTime */ .mv)(v)}"`;
        case 'hash':
            if (v !== undefined && typeof v !== 'string')
                throw mismatch(type, v);
            return goQuote(v ?? ':');
        case 'bytes':
            if (v === undefined)
                return 'null';
            if (typeof v !== 'string')
                throw mismatch(type, v);
            return `"${node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(decodeGoBase64(v)).toString('base64')}"`;
        case 'slice':
            if (v === undefined)
                return 'null';
            if (!Array.isArray(v))
                throw mismatch(type, v);
            return `[${v.map((e) => encodeGo(e, type.elem)).join(',')}]`;
        case 'map': {
            if (v === undefined)
                return 'null';
            if (typeof v !== 'object' || Array.isArray(v))
                throw mismatch(type, v);
            const entries = Object.entries(v);
            entries.sort(([a], [b]) => compareGoStrings(a, b));
            return `{${entries.map(([k, e]) => `${goQuote(k)}:${encodeGo(e, type.elem)}`).join(',')}}`;
        }
        case 'ptr':
            return v === undefined ? 'null' : encodeGo(v, type.elem);
        case 'struct': {
            if (v !== undefined && (typeof v !== 'object' || Array.isArray(v)))
                throw mismatch(type, v);
            const obj = (v ?? {});
            const parts = [];
            for (const field of type.fields) {
                const fv = obj[field.name];
                if (field.omitempty && isEmptyGoValue(fv, field.type))
                    continue;
                parts.push(`${goQuote(field.name)}:${encodeGo(fv, field.type)}`);
            }
            return `{${parts.join(',')}}`;
        }
    }
}
/** The UTF-8 bytes of an encoding (lone surrogates were already escaped, so this is exact). */
function goJsonBytes(json) {
    return utf8.encode(json);
}
const encodeConfigFile = (cf) => encodeGo(cf, _go_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigFileType */ .di);
const encodeManifest = (m) => encodeGo(m, _go_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ManifestType */ .o5);
const encodeIndexManifest = (m) => encodeGo(m, _go_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .IndexManifestType */ .KP);
const encodeDescriptor = (d) => encodeGo(d, DescriptorType);
const encodePlatform = (p) => encodeGo(p, PlatformType);
const marshalConfigFile = (cf) => goJsonBytes(encodeConfigFile(cf));
const marshalManifest = (m) => goJsonBytes(encodeManifest(m));
const marshalIndexManifest = (m) => goJsonBytes(encodeIndexManifest(m));


/***/ }),

/***/ 3467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ IndexManifestType),
/* harmony export */   di: () => (/* binding */ ConfigFileType),
/* harmony export */   o5: () => (/* binding */ ManifestType)
/* harmony export */ });
/* unused harmony exports PlatformType, DescriptorType, HistoryType, HealthConfigType, ContainerConfigType, RootFSType */
// ggcr's structs (pkg/v1/config.go, manifest.go, platform.go) as data: field order, JSON names and
// omitempty, exactly as declared in Go. The encoder and decoder both walk these tables, so field
// order never depends on how a JavaScript object happened to be built.
const str = { t: 'string' };
const bool = { t: 'bool' };
const int = { t: 'int' };
const time = { t: 'time' };
const hash = { t: 'hash' };
const strings = { t: 'slice', elem: str };
const stringMap = { t: 'map', elem: str };
/** map[string]struct{}: values encode as `{}`. */
const stringSet = { t: 'map', elem: { t: 'struct', name: 'struct {}', fields: [] } };
const f = (name, type, omitempty = true) => ({ name, type, omitempty });
const struct = (name, fields) => ({
    t: 'struct',
    name,
    fields,
});
const PlatformType = struct('Platform', [
    f('architecture', str, false),
    f('os', str, false),
    f('os.version', str),
    f('os.features', strings),
    f('variant', str),
    f('features', strings),
]);
const descriptorFields = [
    f('mediaType', str, false),
    f('size', int, false),
    f('digest', hash, false),
    f('data', { t: 'bytes' }),
    f('urls', strings),
    f('annotations', stringMap),
    f('platform', { t: 'ptr', elem: PlatformType }),
    f('artifactType', str),
];
const DescriptorType = struct('Descriptor', descriptorFields);
const ManifestType = struct('Manifest', [
    f('schemaVersion', int, false),
    f('mediaType', str),
    f('config', DescriptorType, false),
    f('layers', { t: 'slice', elem: DescriptorType }, false),
    f('annotations', stringMap),
    f('subject', { t: 'ptr', elem: DescriptorType }),
    f('artifactType', str),
]);
const IndexManifestType = struct('IndexManifest', [
    f('schemaVersion', int, false),
    f('mediaType', str),
    f('manifests', { t: 'slice', elem: DescriptorType }, false),
    f('annotations', stringMap),
    f('subject', { t: 'ptr', elem: DescriptorType }),
    f('artifactType', str),
]);
const HistoryType = struct('History', [
    f('author', str),
    f('created', time),
    f('created_by', str),
    f('comment', str),
    f('empty_layer', bool),
]);
const duration = { t: 'int', big: true };
const HealthConfigType = struct('HealthConfig', [
    f('Test', strings),
    f('Interval', duration),
    f('Timeout', duration),
    f('StartPeriod', duration),
    f('Retries', duration),
]);
const ContainerConfigType = struct('Config', [
    f('AttachStderr', bool),
    f('AttachStdin', bool),
    f('AttachStdout', bool),
    f('Cmd', strings),
    f('Healthcheck', { t: 'ptr', elem: HealthConfigType }),
    f('Domainname', str),
    f('Entrypoint', strings),
    f('Env', strings),
    f('Hostname', str),
    f('Image', str),
    f('Labels', stringMap),
    f('OnBuild', strings),
    f('OpenStdin', bool),
    f('StdinOnce', bool),
    f('Tty', bool),
    f('User', str),
    f('Volumes', stringSet),
    f('WorkingDir', str),
    f('ExposedPorts', stringSet),
    f('ArgsEscaped', bool),
    f('NetworkDisabled', bool),
    f('MacAddress', str),
    f('StopSignal', str),
    f('Shell', strings),
]);
const RootFSType = struct('RootFS', [
    f('type', str, false),
    f('diff_ids', { t: 'slice', elem: hash }, false),
]);
const ConfigFileType = struct('ConfigFile', [
    f('architecture', str, false),
    f('author', str),
    f('container', str),
    f('created', time),
    f('docker_version', str),
    f('history', { t: 'slice', elem: HistoryType }),
    f('os', str, false),
    f('rootfs', RootFSType, false),
    f('config', ContainerConfigType, false),
    f('os.version', str),
    f('variant', str),
    f('os.features', strings),
]);


/***/ }),

/***/ 9801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ ZERO_GO_TIME),
/* harmony export */   Ku: () => (/* binding */ GoTimeError),
/* harmony export */   Z0: () => (/* binding */ formatGoTime),
/* harmony export */   mv: () => (/* binding */ normaliseGoTime)
/* harmony export */ });
// Times as ggcr's v1.Time (an embedded Go time.Time) reads and writes them. Re-serialising a base
// config must reproduce Go exactly: time.Time.UnmarshalJSON parses with the RFC 3339 layout
// (Go's lenient `time.Parse`, since strict checks are disabled upstream) and MarshalJSON prints
// RFC3339Nano in the parsed offset.
/** Go's zero time.Time, as MarshalJSON prints it. */
const ZERO_GO_TIME = '0001-01-01T00:00:00Z';
class GoTimeError extends Error {
    name = 'GoTimeError';
}
const isDigit = (s, i) => i < s.length && s[i] >= '0' && s[i] <= '9';
function daysIn(month, year) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
/** Go's getnum: one or two digits, two when `fixed`. */
function getnum(s, at, fixed) {
    if (!isDigit(s, at))
        return undefined;
    if (!isDigit(s, at + 1))
        return fixed ? undefined : [Number(s[at]), at + 1];
    return [Number(s.slice(at, at + 2)), at + 2];
}
function parseRfc3339(value) {
    const bad = (what = '') => new GoTimeError(`parsing time ${JSON.stringify(value)}${what || ' as RFC 3339'}`);
    let at = 0;
    const literal = (c) => {
        if (value[at] !== c)
            throw bad();
        at++;
    };
    const num = (fixed) => {
        const r = getnum(value, at, fixed);
        if (!r)
            throw bad();
        at = r[1];
        return r[0];
    };
    // "2006": exactly four characters, the first a digit, all digits (atoi).
    if (value.length < 4 || !/^[0-9]{4}$/.test(value.slice(0, 4)))
        throw bad();
    const year = Number(value.slice(0, 4));
    at = 4;
    literal('-');
    const month = num(true);
    literal('-');
    const day = num(true);
    literal('T');
    const hour = num(false);
    literal(':');
    const minute = num(true);
    literal(':');
    const second = num(true);
    let fraction = '';
    if ((value[at] === '.' || value[at] === ',') && isDigit(value, at + 1)) {
        let end = at + 1;
        while (isDigit(value, end))
            end++;
        fraction = value.slice(at + 1, Math.min(end, at + 10)); // Go truncates past nanoseconds
        at = end;
    }
    let offsetMinutes = 0;
    if (value[at] === 'Z') {
        at++;
    }
    else {
        if (value.length - at < 6 || value[at + 3] !== ':')
            throw bad();
        const sign = value[at];
        const hh = getnum(value.slice(at + 1, at + 3), 0, true);
        const mm = getnum(value.slice(at + 4, at + 6), 0, true);
        if (!hh || !mm || (sign !== '+' && sign !== '-'))
            throw bad();
        if (hh[0] > 24)
            throw bad(': time zone offset hour out of range');
        if (mm[0] > 60)
            throw bad(': time zone offset minute out of range');
        offsetMinutes = (sign === '-' ? -1 : 1) * (hh[0] * 60 + mm[0]);
        at += 6;
    }
    if (at !== value.length)
        throw bad(`: extra text: ${JSON.stringify(value.slice(at))}`);
    if (month < 1 || month > 12)
        throw bad(': month out of range');
    if (hour > 23)
        throw bad(': hour out of range');
    if (minute > 59)
        throw bad(': minute out of range');
    if (second > 59)
        throw bad(': second out of range');
    if (day < 1 || day > daysIn(month, year))
        throw bad(': day out of range');
    return { year, month, day, hour, minute, second, fraction, offsetMinutes };
}
const pad = (n, width) => String(n).padStart(width, '0');
/** time.Time.MarshalJSON: RFC3339Nano, trailing fraction zeros trimmed, `Z` for a zero offset. */
function formatTime(t) {
    const fraction = t.fraction.replace(/0+$/, '');
    let zone = 'Z';
    if (t.offsetMinutes !== 0) {
        const abs = Math.abs(t.offsetMinutes);
        if (abs >= 24 * 60)
            throw new GoTimeError('Time.MarshalJSON: timezone hour outside of range [0,23]');
        zone = `${t.offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
    }
    return (`${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}` +
        `T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}` +
        (fraction ? `.${fraction}` : '') +
        zone);
}
/**
 * What Go prints after parsing `rfc3339` into a time.Time and marshalling it again
 * (`.120000000` → `.12`, `+00:00` → `Z`, `+05:60` → `+06:00`). Throws GoTimeError where Go fails.
 */
function normaliseGoTime(rfc3339) {
    return formatTime(parseRfc3339(rfc3339));
}
/**
 * An epoch in seconds as ko records SOURCE_DATE_EPOCH / KO_DATA_DATE_EPOCH. ko uses the host's
 * local zone; we always print UTC (`Z`), which equals ko on UTC hosts such as CI runners.
 */
function formatGoTime(epochSeconds) {
    if (!Number.isSafeInteger(epochSeconds)) {
        throw new GoTimeError(`epoch ${epochSeconds} is not a whole number of seconds`);
    }
    const ms = epochSeconds * 1000;
    const d = new Date(ms);
    const year = Math.abs(ms) <= 8.64e15 ? d.getUTCFullYear() : NaN;
    if (!(year >= 0 && year <= 9999)) {
        throw new GoTimeError('Time.MarshalJSON: year outside of range [0,9999]');
    }
    return formatTime({
        year,
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        fraction: '',
        offsetMinutes: 0,
    });
}


/***/ }),

/***/ 7846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v1: () => (/* binding */ appFileName),
/* harmony export */   xV: () => (/* binding */ koConfigFile)
/* harmony export */ });
/* unused harmony exports KO_APP_DIR, KO_DATA_ROOT, KO_AUTHOR, DELVE_PATH */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _go_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9801);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6575);
// ko's image config mutation (pkg/build/gobuild.go buildOne + ggcr mutate.Append), step by step
// in ko's order so the encoded config is byte-identical to ko's (spec §4.1).



const KO_APP_DIR = '/ko-app';
const KO_DATA_ROOT = '/var/run/ko';
const WINDOWS_APP_DIR = 'C:\\ko-app';
const WINDOWS_KO_DATA_PATH = 'KO_DATA_PATH=C:\\var\\run\\ko';
const KO_AUTHOR = 'github.com/ko-build/ko';
/** Delve's path in debug images (ko: path.Join("/ko-app", filepath.Base(dlv))). */
const DELVE_PATH = '/ko-app/dlv';
const DELVE_ARGS = [
    'exec',
    '--listen=:40000',
    '--headless',
    '--log',
    '--accept-multiclient',
    '--api-version=2',
    '--',
];
/** ko's appFilename: the import path's last element; "ko-app" when there is none. */
function appFileName(importPath) {
    // Go's path.Base: trailing slashes dropped; "" is "."; only slashes is "/".
    const p = importPath.replace(/^ko:\/\//, '');
    const trimmed = p.replace(/\/+$/, '');
    const base = p === '' ? '.' : trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
    return base === '.' || base === '/' ? 'ko-app' : base;
}
/** ko's updatePath: append to the first PATH=, or add PATH=<dir> at the end. */
function updatePath(env, dir) {
    const out = [...env];
    const i = out.findIndex((e) => e.includes('=') && e.slice(0, e.indexOf('=')) === 'PATH');
    if (i >= 0)
        out[i] = `${out[i]}:${dir}`;
    else
        out.push(`PATH=${dir}`);
    return out;
}
/** The image config ko writes for `base` plus the kodata, binary (and delve) layers. */
function koConfigFile(base, opts) {
    const cf = (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .cloneConfigFile */ .Q)(base);
    const created = opts.sourceDateEpoch === undefined ? _go_time_js__WEBPACK_IMPORTED_MODULE_2__/* .ZERO_GO_TIME */ .Iq : (0,_go_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatGoTime */ .Z0)(opts.sourceDateEpoch);
    const kodataCreated = opts.kodataDateEpoch === undefined ? _go_time_js__WEBPACK_IMPORTED_MODULE_2__/* .ZERO_GO_TIME */ .Iq : (0,_go_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatGoTime */ .Z0)(opts.kodataDateEpoch);
    const createdBy = `ko build ${opts.importRef}`;
    const appPath = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(KO_APP_DIR, opts.appName);
    const windows = opts.os === 'windows';
    // Delve only exists for linux/amd64 and linux/arm64; ko's Windows --debug entrypoint, built
    // from an empty delve path, is not reproduced (spec §13 item 1).
    const delve = opts.delveDiffId !== undefined && !windows ? opts.delveDiffId : undefined;
    // mutate.Append: one history entry and one diffID per added layer, in layer order.
    const added = [
        {
            author: 'ko',
            created: kodataCreated,
            created_by: createdBy,
            comment: 'kodata contents, at $KO_DATA_PATH',
        },
        { author: 'ko', created, created_by: createdBy, comment: `go build output, at ${appPath}` },
    ];
    const diffIds = [opts.kodataDiffId, opts.binaryDiffId];
    if (delve) {
        added.push({
            author: 'ko',
            created,
            created_by: createdBy,
            comment: `Delve debugger, at ${DELVE_PATH}`,
        });
        diffIds.push(delve);
    }
    cf.history = [...(cf.history ?? []), ...added];
    cf.rootfs = { type: cf.rootfs.type, diff_ids: [...(cf.rootfs.diff_ids ?? []), ...diffIds] };
    const config = { ...cf.config };
    delete config.Cmd;
    if (windows) {
        config.Entrypoint = [`${WINDOWS_APP_DIR}\\${opts.appName}`];
        config.Env = [...updatePath(config.Env ?? [], WINDOWS_APP_DIR), WINDOWS_KO_DATA_PATH];
    }
    else {
        config.Entrypoint = delve ? [DELVE_PATH, ...DELVE_ARGS, appPath] : [appPath];
        config.Env = [...updatePath(config.Env ?? [], KO_APP_DIR), `KO_DATA_PATH=${KO_DATA_ROOT}`];
    }
    cf.author = KO_AUTHOR;
    const labels = Object.create(null);
    for (const [k, v] of Object.entries(config.Labels ?? {}))
        labels[k] = v;
    for (const [k, v] of Object.entries(opts.labels ?? {}))
        labels[k] = v;
    if (Object.keys(labels).length > 0)
        config.Labels = labels;
    else
        delete config.Labels;
    if (opts.user)
        config.User = opts.user;
    cf.config = config;
    if (opts.sourceDateEpoch !== undefined)
        cf.created = created;
    return cf;
}


/***/ }),

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ createLayer),
  _: () => (/* binding */ layerFromFile)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/image/digest.ts
var image_digest = __webpack_require__(8033);
// EXTERNAL MODULE: ./src/util/open-write-stream.ts
var open_write_stream = __webpack_require__(5797);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/image/gzip.ts
// Gzip that compresses blocks in parallel on libuv's thread pool, as pigz does: each block is an
// independent raw deflate stream primed with the previous 32 KiB as its dictionary and ended with
// a sync flush (so blocks concatenate into one valid deflate stream), the last one with BFINAL.
// The result is one ordinary gzip member, and deterministic for a given input and block size.
// Compression is the slowest step of making a layer, and one zlib stream uses only one core.



// Go's compress/gzip header at BestSpeed: no name, mtime 0, XFL 4 (fastest), OS 255 (unknown).
const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x04, 0xff]);
const gzip_window = 32 * 1024;
function compress(data, opts) {
    return new Promise((resolve, reject) => {
        (0,external_node_zlib_.deflateRaw)(data, opts, (err, out) => (err ? reject(err) : resolve(out)));
    });
}
function createParallelGzip(opts = {}) {
    const level = opts.level ?? 1;
    const blockSize = opts.blockSize ?? 1 << 20;
    const outputChunk = Math.max(64 * 1024, Math.ceil(blockSize / 2));
    const concurrency = opts.concurrency ?? Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)()));
    let pending = [];
    let pendingBytes = 0;
    let previous;
    let crc = 0;
    let length = 0;
    const inFlight = [];
    let started = false;
    const start = (block, last) => {
        crc = (0,external_node_zlib_.crc32)(block, crc);
        length += block.length;
        const zopts = {
            level,
            // Room for the whole output in one go: fewer thread-pool round trips per block.
            chunkSize: outputChunk,
            finishFlush: last ? external_node_zlib_.constants.Z_FINISH : external_node_zlib_.constants.Z_SYNC_FLUSH,
            ...(previous && { dictionary: previous.subarray(Math.max(0, previous.length - gzip_window)) }),
        };
        const out = compress(block, zopts);
        // Awaited in order later; until then a failure must not count as unhandled.
        out.catch(() => undefined);
        inFlight.push(out);
        previous = block;
    };
    const takeBlock = () => {
        // Usually the first piece alone is a whole block (the tar writer sends 1 MiB chunks).
        const first = pending[0];
        const all = first.length >= blockSize ? first : Buffer.concat(pending);
        const rest = all.subarray(blockSize);
        pending = all === first ? pending.slice(1) : [];
        if (rest.length > 0)
            pending.unshift(rest);
        pendingBytes -= Math.min(blockSize, all.length);
        return all.subarray(0, blockSize);
    };
    const gzip = new external_node_stream_.Transform({
        highWaterMark: blockSize,
        transform(chunk, _enc, cb) {
            pending.push(chunk);
            pendingBytes += chunk.length;
            void (async () => {
                // Keep the last block back: only flush() knows whether it is the final one.
                while (pendingBytes > blockSize) {
                    start(takeBlock(), false);
                    while (inFlight.length >= concurrency)
                        emit(await inFlight.shift());
                }
            })().then(() => cb(), cb);
        },
        flush(cb) {
            void (async () => {
                while (pendingBytes > blockSize)
                    start(takeBlock(), false);
                start(pending.length > 0 ? takeBlock() : Buffer.alloc(0), true);
                for (const p of inFlight.splice(0))
                    emit(await p);
                const trailer = Buffer.alloc(8);
                trailer.writeUInt32LE(crc >>> 0, 0);
                trailer.writeUInt32LE(length % 2 ** 32, 4);
                emit(trailer);
            })().then(() => cb(), cb);
        },
    });
    const emit = (data) => {
        if (!started)
            gzip.push(header);
        started = true;
        gzip.push(data);
    };
    return gzip;
}

;// CONCATENATED MODULE: ./src/image/layer.ts
// A layer is made in one streamed pass: tar bytes → sha256 (diffID) → gzip level 1 → sha256 and
// byte count (digest, size) → a temp file. Nothing holds the whole layer in memory, and every
// descriptor is known before anything is pushed. The gzip is zlib's, in parallel blocks, so
// compressed digests differ from ko's (Go's compress/flate) while diffIDs match (spec §3.2).











// Large chunks keep per-chunk costs (thread-pool hops, hash calls) negligible.
const chunk = 1 << 20;
async function createLayer(writeTar, opts) {
    await (0,promises_.mkdir)(opts.tmpDir, { recursive: true });
    const path = (0,external_node_path_.join)(opts.tmpDir, `layer-${(0,external_node_crypto_.randomUUID)()}.tar.gz`);
    const tar = new image_digest/* DigestCounter */.VR();
    const gz = new image_digest/* DigestCounter */.VR();
    const head = hashing(tar, chunk);
    const file = await (0,open_write_stream/* openWriteStream */.o)(path, { flags: 'wx', highWaterMark: chunk });
    const done = (0,external_node_stream_promises_.pipeline)(head, createParallelGzip({ level: 1 }), hashing(gz, chunk), file);
    const produce = (async () => {
        await writeTar(head);
        head.end();
    })();
    try {
        await Promise.all([produce, done]);
    }
    catch (err) {
        head.destroy(err instanceof Error ? err : new Error(String(err)));
        await Promise.allSettled([produce, done]);
        await (0,promises_.rm)(path, { force: true });
        throw err;
    }
    return fileLayer(path, tar.digest(), {
        mediaType: opts.mediaType,
        size: gz.size,
        digest: gz.digest(),
    });
}
/** A layer for an existing gzip file. Reads it once unless both digests are already known. */
async function layerFromFile(path, opts) {
    if (opts.diffId && opts.digest) {
        const { size } = await (0,promises_.stat)(path);
        return fileLayer(path, opts.diffId, { mediaType: opts.mediaType, size, digest: opts.digest });
    }
    const tar = new image_digest/* DigestCounter */.VR();
    const gz = new image_digest/* DigestCounter */.VR();
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path, { highWaterMark: chunk }), hashing(gz, chunk), (0,external_node_zlib_.createGunzip)({ chunkSize: 256 * 1024 }), new external_node_stream_.Writable({
        highWaterMark: chunk,
        write(data, _enc, cb) {
            tar.update(data);
            cb();
        },
    }));
    const digest = gz.digest();
    if (opts.digest && opts.digest !== digest) {
        throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `${path} has digest ${digest}, not ${opts.digest}`, {
            hint: 'The cached layer is corrupt; clear the cache and build again.',
        });
    }
    return fileLayer(path, opts.diffId ?? tar.digest(), {
        mediaType: opts.mediaType,
        size: gz.size,
        digest,
    });
}
function fileLayer(path, diffId, descriptor) {
    return {
        diffId,
        descriptor,
        path,
        async open() {
            // Opening first makes a missing file fail here rather than as a later stream error.
            const fh = await (0,promises_.open)(path, 'r');
            return fh.createReadStream({ highWaterMark: chunk });
        },
    };
}
/** A pass-through that feeds every byte to a digest. */
function hashing(counter, highWaterMark) {
    return new external_node_stream_.Transform({
        highWaterMark,
        transform(data, _enc, cb) {
            counter.update(data);
            cb(null, data);
        },
    });
}


/***/ }),

/***/ 485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uf: () => (/* binding */ RefNameAnnotation),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   Ym: () => (/* binding */ openBlob),
/* harmony export */   ZR: () => (/* binding */ parseLayoutReference),
/* harmony export */   nD: () => (/* binding */ blobPath),
/* harmony export */   q3: () => (/* binding */ resolveLayoutRef)
/* harmony export */ });
/* unused harmony exports LayoutPrefix, openLayout */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8033);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5897);
// Read images from an OCI image layout (`oci-layout:<dir>[:<tag>]` base images). Everything read
// is checked against its digest: a layout is just files, and files get corrupted or hand-edited.







/** The annotation that names an entry of index.json (the `<tag>` of `oci:<dir>:<tag>`). */
const RefNameAnnotation = 'org.opencontainers.image.ref.name';
const LayoutPrefix = 'oci-layout:';
/** Where a blob lives in a layout. The digest is validated first, so it cannot escape `dir`. */
function blobPath(dir, digest) {
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KoActionError */ .jV('LAYOUT', `unsupported or malformed digest "${digest}"`, {
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KoActionError */ .jV('LAYOUT', message, {
        where: `oci-layout:${dir}`,
        ...(hint ? { hint } : {}),
        ...(cause === undefined ? {} : { cause }),
    });
}
/** `got` is undefined when reading stopped early because the blob is longer than expected. */
function mismatchError(path, want, got, size) {
    const wantSize = want.size === undefined ? '' : ` (${want.size} bytes)`;
    const gotText = got === undefined ? `at least ${size} bytes` : `${got} (${size} bytes)`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .KoActionError */ .jV('DIGEST_MISMATCH', `corrupt blob in OCI layout: expected ${want.digest}${wantSize}, read ${gotText}`, { where: path, hint: 'The file does not match its digest; recreate the OCI layout.' });
}


/***/ }),

/***/ 5897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 2554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Ci: () => (/* binding */ validatePlatform),
/* harmony export */   Dr: () => (/* binding */ platformOfConfig),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   J5: () => (/* binding */ platformMatches),
/* harmony export */   k1: () => (/* binding */ parsePlatformSpec),
/* harmony export */   m7: () => (/* binding */ goArchEnv)
/* harmony export */ });
/* unused harmony exports GO_DIST_LIST, goarmFor */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _util_edit_distance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8732);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `too many slashes in platform spec: ${spec}`, {
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `unknown platform "${formatPlatform(p) || wanted}": ${suggestion}`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', 'all or specific platforms should be used', {
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
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('INPUT', `${why} arm variant: ${variant}`, {
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

/***/ 4366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ TypeReg),
/* harmony export */   Kq: () => (/* binding */ TypeDir),
/* harmony export */   R5: () => (/* binding */ blockPadding),
/* harmony export */   YS: () => (/* binding */ encodeHeader),
/* harmony export */   j6: () => (/* binding */ tarTrailer),
/* harmony export */   rW: () => (/* binding */ TarWriter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// A streaming tar writer whose bytes match Go's archive/tar for the entries ko writes (directories
// and regular files, uid/gid 0, no uname/gname). Layer diffIDs depend on every header byte, so the
// USTAR/PAX choice, field formatting and PAX record layout follow Go's writer exactly (spec §1.2,
// §1.3). Output is coalesced into large chunks: the sink is a gzip stream where each write costs a
// thread-pool round trip, and kodata trees are many small headers and files.


const TypeReg = '0';
const TypeDir = '5';
const TypeXHeader = 'x';
const block = 512;
const nameSize = 100;
const prefixSize = 155;
const maxPaxSize = 1 << 20;
// time.Time{}.Unix(): Go treats the zero time as "unset" and writes 0.
const goZeroTimeUnix = -62135596800;
// Records Go derives from header fields itself; a caller may not set them (Go would ignore them).
const basicKeys = new Set(['path', 'linkpath', 'size', 'uid', 'gid', 'uname', 'gname', 'mtime']);
function blockPadding(size) {
    return (block - (size % block)) % block;
}
/** Two zero blocks end the archive; Go writes no further record padding. */
const tarTrailer = Buffer.alloc(2 * block);
/** The header block(s) for one entry: [PAX header + records +] the entry's own header. */
function encodeHeader(h) {
    const name = Buffer.from(h.name, 'utf8');
    const size = h.typeflag === TypeDir ? 0 : (h.size ?? 0);
    const mtime = h.mtime === undefined || h.mtime === goZeroTimeUnix ? 0 : h.mtime;
    if (name.includes(0))
        throw new Error(`tar: name contains NUL: ${JSON.stringify(h.name)}`);
    if (!Number.isSafeInteger(size) || size < 0)
        throw new Error(`tar: bad size ${size}`);
    if (!Number.isSafeInteger(mtime))
        throw new Error(`tar: bad mtime ${mtime}`);
    if (!fitsInOctal(8, h.mode))
        throw new Error(`tar: bad mode ${h.mode}`);
    // Go's Header.allowedFormats: USTAR if every field fits, else PAX with records for the rest.
    const pax = new Map();
    let ustar = true;
    if (!isAscii(name) || name.length > nameSize) {
        if (!splitUstarPath(name))
            ustar = false;
        pax.set('path', name);
    }
    if (!fitsInOctal(12, size)) {
        ustar = false;
        pax.set('size', Buffer.from(String(size)));
    }
    if (!fitsInOctal(12, mtime)) {
        ustar = false;
        pax.set('mtime', Buffer.from(String(mtime)));
    }
    for (const [key, value] of Object.entries(h.pax ?? {})) {
        if (basicKeys.has(key))
            throw new Error(`tar: PAX record ${key} is derived from the header`);
        if (key === '' || key.includes('=') || key.includes('\0')) {
            throw new Error(`tar: invalid PAX key ${JSON.stringify(key)}`);
        }
        pax.set(key, typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value));
        ustar = false;
    }
    if (ustar) {
        const split = splitUstarPath(name);
        return entryBlock(h, split ? split.suffix : name, size, mtime, split?.prefix);
    }
    const records = paxRecords(pax);
    if (records.length > maxPaxSize)
        throw new Error(`tar: PAX records for ${h.name} exceed 1 MiB`);
    const raw = rawPaxBlock(paxHeaderName(h.name), records.length);
    return Buffer.concat([
        raw,
        records,
        Buffer.alloc(blockPadding(records.length)),
        entryBlock(h, toAscii(name), size, mtime, undefined),
    ]);
}
/** Go's writeUSTARHeader/templateV7Plus; in PAX mode `nameBytes` is the ASCII-only best effort. */
function entryBlock(h, nameBytes, size, mtime, prefix) {
    const b = Buffer.alloc(block);
    b[156] = h.typeflag.charCodeAt(0);
    putString(b, 0, nameSize, nameBytes);
    putOctal(b, 100, 8, h.mode);
    putOctal(b, 108, 8, 0); // uid
    putOctal(b, 116, 8, 0); // gid
    putOctal(b, 124, 12, size);
    putOctal(b, 136, 12, mtime);
    putOctal(b, 329, 8, 0); // devmajor: Go writes it for every type
    putOctal(b, 337, 8, 0); // devminor
    if (prefix)
        putString(b, 345, prefixSize, prefix);
    return finishBlock(b);
}
/** Go's writeRawFile for the 'x' entry: only name, zeroed numbers, size and magic. */
function rawPaxBlock(name, size) {
    const b = Buffer.alloc(block);
    let n = toAscii(name).subarray(0, nameSize);
    let end = n.length;
    while (end > 0 && n[end - 1] === 0x2f)
        end--;
    n = n.subarray(0, end);
    b[156] = TypeXHeader.charCodeAt(0);
    putString(b, 0, nameSize, n);
    putOctal(b, 100, 8, 0);
    putOctal(b, 108, 8, 0);
    putOctal(b, 116, 8, 0);
    putOctal(b, 124, 12, size);
    putOctal(b, 136, 12, 0);
    return finishBlock(b);
}
/** Magic `ustar\0` `00`, then the checksum as 6 octal digits, NUL, space. */
function finishBlock(b) {
    b.write('ustar\x0000', 257, 'latin1');
    let sum = 8 * 0x20; // the checksum field counts as spaces
    for (let i = 0; i < block; i++)
        if (i < 148 || i >= 156)
            sum += b[i] ?? 0;
    putOctal(b, 148, 7, sum);
    b[155] = 0x20;
    return b;
}
/** `dir/PaxHeaders.0/base` as Go's path.Join(path.Split(name)) builds it. */
function paxHeaderName(name) {
    const slash = name.lastIndexOf('/');
    const joined = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(name.slice(0, slash + 1), 'PaxHeaders.0', name.slice(slash + 1));
    // Go's path.Clean drops a trailing slash; Node's keeps it.
    return Buffer.from(joined.length > 1 ? joined.replace(/\/+$/, '') : joined, 'utf8');
}
/** Records sorted by key bytes, each `<len> <key>=<value>\n` where len counts itself. */
function paxRecords(records) {
    const keys = [...records.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return Buffer.concat(keys.map((key) => {
        const value = records.get(key) ?? Buffer.alloc(0);
        const body = Buffer.concat([Buffer.from(` ${key}=`), value, Buffer.from('\n')]);
        let size = body.length + String(body.length).length;
        if (String(size).length + body.length !== size)
            size = String(size).length + body.length;
        return Buffer.concat([Buffer.from(String(size)), body]);
    }));
}
/** Go's splitUSTARPath: split at a `/` so that prefix ≤ 155 and name ≤ 100 bytes. */
function splitUstarPath(name) {
    let length = name.length;
    if (length <= nameSize || !isAscii(name))
        return undefined;
    if (length > prefixSize + 1)
        length = prefixSize + 1;
    else if (name[length - 1] === 0x2f)
        length--;
    const i = name.subarray(0, length).lastIndexOf(0x2f);
    const nlen = name.length - i - 1;
    if (i <= 0 || nlen > nameSize || nlen === 0 || i > prefixSize)
        return undefined;
    return { prefix: name.subarray(0, i), suffix: name.subarray(i + 1) };
}
function isAscii(s) {
    for (const c of s)
        if (c >= 0x80 || c === 0)
            return false;
    return true;
}
/** Go's toASCII: drop every non-ASCII character (whole UTF-8 sequences) and NUL. */
function toAscii(s) {
    return isAscii(s) ? s : Buffer.from(s.filter((c) => c < 0x80 && c !== 0));
}
function fitsInOctal(width, x) {
    return Number.isSafeInteger(x) && x >= 0 && (width >= 22 || x < 8 ** (width - 1));
}
/** Go's formatter.formatOctal: zero-padded, NUL-terminated; 0 when it does not fit. */
function putOctal(b, offset, width, x) {
    const digits = (fitsInOctal(width, x) ? x : 0).toString(8).padStart(width - 1, '0');
    putString(b, offset, width, Buffer.from(digits, 'latin1'));
}
/** Go's formatter.formatString, including its trailing-slash fix for truncated names. */
function putString(b, offset, width, s) {
    s.copy(b, offset, 0, Math.min(width, s.length));
    if (s.length < width)
        b[offset + s.length] = 0;
    if (s.length > width && b[offset + width - 1] === 0x2f) {
        let n = width - 1;
        while (n > 0 && s[n - 1] === 0x2f)
            n--;
        b[offset + n] = 0;
    }
}
const defaultChunk = 1 << 20;
/**
 * Writes entries to a sink with backpressure. Small pieces are gathered into chunks of
 * `chunkSize`; file contents are read straight into those chunks (no extra copies).
 */
class TarWriter {
    sink;
    chunkSize;
    buf;
    pos = 0;
    written = 0;
    constructor(sink, chunkSize = defaultChunk) {
        this.sink = sink;
        this.chunkSize = chunkSize;
        this.buf = Buffer.allocUnsafe(chunkSize);
    }
    /** Bytes of tar produced so far (including any still buffered). */
    get length() {
        return this.written + this.pos;
    }
    /** An entry whose content (if any) is in memory. */
    async writeEntry(h, data = new Uint8Array(0)) {
        const size = h.typeflag === TypeDir ? 0 : (h.size ?? data.length);
        if (data.length !== size) {
            throw new Error(`tar: ${h.name}: ${data.length} bytes of content for size ${size}`);
        }
        await this.append(encodeHeader({ ...h, size }));
        await this.append(data);
        await this.append(zeros.subarray(0, blockPadding(size)));
    }
    /** A regular file whose `size` bytes are streamed from `path`; a size change is an error. */
    async writeFile(h, path) {
        const size = h.size ?? 0;
        await this.append(encodeHeader(h));
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
        try {
            let position = 0;
            while (position < size) {
                if (this.pos === this.buf.length)
                    await this.flush();
                const want = Math.min(size - position, this.buf.length - this.pos);
                const { bytesRead } = await fh.read(this.buf, this.pos, want, position);
                if (bytesRead === 0)
                    throw new Error(`${path} shrank while being read (expected ${size} bytes)`);
                this.pos += bytesRead;
                position += bytesRead;
            }
            const probe = await fh.read(Buffer.alloc(1), 0, 1, size);
            if (probe.bytesRead !== 0)
                throw new Error(`${path} grew while being read (expected ${size} bytes)`);
        }
        finally {
            await fh.close();
        }
        await this.append(zeros.subarray(0, blockPadding(size)));
    }
    /** The trailer, then everything buffered. Does not end the sink. */
    async close() {
        await this.append(tarTrailer);
        await this.flush();
    }
    async append(bytes) {
        if (bytes.length >= this.buf.length / 2) {
            // Large in-memory content: hand it over as it is.
            await this.flush();
            await this.emit(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
            return;
        }
        if (this.pos + bytes.length > this.buf.length)
            await this.flush();
        this.buf.set(bytes, this.pos);
        this.pos += bytes.length;
    }
    async flush() {
        if (this.pos === 0)
            return;
        const chunk = this.buf.subarray(0, this.pos);
        // The sink keeps `chunk`, so later bytes go to a fresh buffer.
        this.buf = Buffer.allocUnsafe(this.chunkSize);
        this.pos = 0;
        await this.emit(chunk);
    }
    async emit(chunk) {
        if (chunk.length === 0)
            return;
        if (this.sink.destroyed)
            throw this.sink.errored ?? new Error('tar: sink was closed');
        this.written += chunk.length;
        if (!this.sink.write(chunk))
            await drained(this.sink);
    }
}
const zeros = Buffer.alloc(block);
/** Resolves on 'drain'; rejects if the sink fails or closes first (a bare once('drain') would hang). */
function drained(sink) {
    return new Promise((resolve, reject) => {
        const done = (err) => {
            sink.off('drain', onDrain).off('error', onError).off('close', onClose);
            if (err)
                reject(err);
            else
                resolve();
        };
        const onDrain = () => done();
        const onError = (err) => done(err);
        const onClose = () => done(sink.errored ?? new Error('tar: sink closed before draining'));
        sink.on('drain', onDrain).on('error', onError).on('close', onClose);
    });
}


/***/ }),

/***/ 9119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bQ: () => (/* binding */ loadIntoDaemon),
/* harmony export */   nF: () => (/* binding */ isDaemonRepo)
/* harmony export */ });
/* unused harmony exports DAEMON_REPO_PREFIX, daemonEndpoint, daemonImage, saveTarball */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _image_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8033);
/* harmony import */ var _image_tar_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4366);
/* harmony import */ var _naming_namer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1347);
// ko's daemon publisher (KO_DOCKER_REPO=ko.local…, spec §6.3–§6.4) without a docker CLI: the image is
// streamed as a docker-save tarball to a Docker-compatible engine's HTTP API (POST /images/load),
// loaded as `<name>:<hex>`, then tagged with each tag. Docker and podman both accept gzip layers in
// such a tarball, so layers go in exactly as built.






/** ko selects the daemon publisher for any repo starting with this (commands/resolver.go). */
const DAEMON_REPO_PREFIX = 'ko.local';
function isDaemonRepo(repo) {
    return repo?.startsWith(DAEMON_REPO_PREFIX) ?? false;
}
const DEFAULT_SOCKET = '/var/run/docker.sock';
/** DOCKER_HOST as the docker CLI reads it: unix:///path or tcp://host:port (default socket when unset). */
function daemonEndpoint(env) {
    const value = env.DOCKER_HOST?.trim() || `unix://${DEFAULT_SOCKET}`;
    if (value.startsWith('unix://')) {
        const socketPath = value.slice('unix://'.length);
        if (socketPath)
            return { socketPath, display: socketPath };
    }
    else if (/^(tcp|http):\/\//.test(value)) {
        if (env.DOCKER_TLS_VERIFY) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('REGISTRY', `DOCKER_HOST ${value} with DOCKER_TLS_VERIFY is not supported`, {
                where: 'repo',
                hint: 'expose the engine on a unix socket or plain tcp://127.0.0.1:<port>',
            });
        }
        const url = new URL(value.replace(/^tcp:/, 'http:'));
        const port = url.port ? Number(url.port) : 2375;
        return { host: url.hostname, port, display: value };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('REGISTRY', `unsupported DOCKER_HOST ${JSON.stringify(value)}`, {
        where: 'repo',
        hint: 'use unix:///path/to/docker.sock or tcp://host:port',
    });
}
/** The image ko loads for an index: the first child whose os/arch are $GOOS/$GOARCH (linux/amd64). */
function daemonImage(artifact, env) {
    if (artifact.kind === 'image')
        return artifact;
    const os = env.GOOS || 'linux';
    const arch = env.GOARCH || 'amd64';
    const match = artifact.children.find((c) => c.platform?.os === os && c.platform.architecture === arch);
    if (match)
        return match;
    const built = artifact.children.map((c) => c.platform ? `${c.platform.os}/${c.platform.architecture}` : 'unknown');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('REGISTRY', `no ${os}/${arch} image in the index to load into the daemon`, {
        where: 'platforms',
        hint: `it holds ${built.join(', ') || 'no images'}; build ${os}/${arch} or set GOOS/GOARCH`,
    });
}
/** A docker-save tarball of one image, tagged `repoTag`, with its total length. */
function saveTarball(image, repoTag) {
    const [config, ...layers] = image.blobs;
    if (!config)
        throw new Error(`image ${image.digest} has no config blob`);
    const fileOf = (b) => ({
        name: `${(0,_image_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestHex */ .sU)(b.descriptor.digest)}.tar.gz`,
        size: b.descriptor.size,
        open: () => b.open(),
    });
    const layerEntries = layers.map(fileOf);
    const manifest = Buffer.from(JSON.stringify([
        {
            Config: `${(0,_image_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestHex */ .sU)(config.descriptor.digest)}.json`,
            RepoTags: [repoTag],
            Layers: layerEntries.map((e) => e.name),
        },
    ]));
    // A layer repeated in one image is stored once; the manifest lists it twice.
    const unique = new Map();
    for (const e of layerEntries)
        unique.set(e.name, e);
    const entries = [
        {
            name: 'manifest.json',
            size: manifest.length,
            open: () => Promise.resolve(node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([manifest])),
        },
        { ...fileOf(config), name: `${(0,_image_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestHex */ .sU)(config.descriptor.digest)}.json` },
        ...unique.values(),
    ];
    const length = entries.reduce((n, e) => n + 512 + e.size + (0,_image_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .blockPadding */ .R5)(e.size), 0) + _image_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .tarTrailer */ .j6.length;
    async function* chunks() {
        for (const e of entries) {
            yield (0,_image_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .encodeHeader */ .YS)({ name: e.name, typeflag: _image_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .TypeReg */ .JM, mode: 0o644, size: e.size });
            let seen = 0;
            for await (const chunk of await e.open()) {
                const buf = chunk;
                seen += buf.length;
                yield buf;
            }
            if (seen !== e.size)
                throw new Error(`${e.name}: read ${seen} bytes, expected ${e.size}`);
            yield Buffer.alloc((0,_image_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .blockPadding */ .R5)(e.size));
        }
        yield _image_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .tarTrailer */ .j6;
    }
    return { length, stream: node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(chunks()) };
}
function call(endpoint, method, path, body) {
    return new Promise((resolve, reject) => {
        const target = 'socketPath' in endpoint
            ? { socketPath: endpoint.socketPath }
            : { host: endpoint.host, port: endpoint.port };
        const req = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)({
            ...target,
            method,
            path,
            headers: body
                ? { 'Content-Type': 'application/x-tar', 'Content-Length': String(body.length) }
                : {},
        }, (res) => {
            const parts = [];
            res.on('data', (b) => parts.push(b));
            res.on('error', reject);
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
        });
        req.on('error', (e) => reject(connectError(endpoint, e)));
        if (!body) {
            req.end();
            return;
        }
        body.stream.on('error', (e) => req.destroy(e));
        body.stream.pipe(req);
    });
}
const unreachable = new Set(['ECONNREFUSED', 'ENOENT', 'EACCES', 'ENOTSOCK', 'EHOSTUNREACH']);
function connectError(endpoint, e) {
    const code = e.code ?? '';
    if (!unreachable.has(code))
        return e;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('REGISTRY', `no Docker-compatible engine at ${endpoint.display}: set DOCKER_HOST`, {
        where: 'repo',
        hint: `${code}; start Docker or \`podman system service\`, or push to a registry instead of ko.local`,
        cause: e,
    });
}
/** The engine's own error text: Docker's `message`/`error` JSON, podman's `cause`, or the body. */
function engineMessage(body) {
    for (const line of body.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const j = JSON.parse(line);
            if (j.error || j.errorDetail)
                return j.error ?? JSON.stringify(j.errorDetail);
            if (j.message)
                return j.message;
        }
        catch {
            return body.trim().slice(0, 500);
        }
    }
    return undefined;
}
function engineError(what, endpoint, reply) {
    const detail = engineMessage(reply.body) ?? `HTTP ${reply.status}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .KoActionError */ .jV('REGISTRY', `${what} failed at ${endpoint.display}: ${detail}`, {
        where: 'repo',
    });
}
/**
 * Loads `artifact` (for an index, its $GOOS/$GOARCH image) as `<name>:<hex>` and tags it with each
 * tag. Returns ko's printed reference and the loaded image's digest.
 */
async function loadIntoDaemon(artifact, name, tags, env) {
    const endpoint = daemonEndpoint(env);
    const image = daemonImage(artifact, env);
    const ref = (0,_naming_namer_js__WEBPACK_IMPORTED_MODULE_5__/* .printedReference */ .aZ)({ publisher: 'daemon', name, digest: image.digest });
    const loaded = await call(endpoint, 'POST', '/images/load', saveTarball(image, ref));
    // Docker answers 200 and streams an error object when the archive is bad; podman uses a status.
    const failed = loaded.status >= 300 || /"error(Detail)?"\s*:/.test(loaded.body);
    if (failed)
        throw engineError(`loading ${ref}`, endpoint, loaded);
    for (const tag of tags) {
        const query = new URLSearchParams({ repo: name, tag }).toString();
        const tagged = await call(endpoint, 'POST', `/images/${ref}/tag?${query}`);
        if (tagged.status >= 300)
            throw engineError(`tagging ${ref} as ${name}:${tag}`, endpoint, tagged);
    }
    return { ref, digest: image.digest };
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _image_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8033);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('REFERENCE', `invalid image reference "${ref}": ${why}`, {
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
        if (!(0,_image_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d)) {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 5797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ openWriteStream)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
// A file write stream that is open before anything is written to it. A stream destroyed while its
// open() is still pending emits 'close' first and creates the file afterwards, so a failed write
// could leave its file behind however long the caller waited; once open, removal is reliable.


async function openWriteStream(path, opts = {}) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(path, opts);
    await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(stream, 'ready');
    return stream;
}


/***/ })

};
