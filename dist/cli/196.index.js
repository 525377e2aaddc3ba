export const id = 196;
export const ids = [196,404,868];
export const modules = {

/***/ 5404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requireKubectl: () => (/* binding */ requireKubectl),
/* harmony export */   runKubectl: () => (/* binding */ runKubectl)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
// kubectl, as ko's apply, create, delete and run call it (pkg/commands/{apply,create,delete,run}.go):
// the user's environment, our stdout and stderr, and either the resolved YAML or our own stdin.




/** ko's isKubectlAvailable (exec.LookPath): an executable `kubectl` on PATH. */
function requireKubectl(command, env) {
    const found = (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter).some((dir) => {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir || '.', 'kubectl'), node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
    if (!found) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('INPUT', `kubectl is not available. kubectl must be installed to use ko-action ${command}`, { hint: 'install kubectl (https://kubernetes.io/docs/tasks/tools/) and put it on PATH' });
    }
}
/**
 * Runs `kubectl args…`; `stdin.text` is written to it (then closed), or with `inherit` it reads ours.
 * Fails (as ko does, exit 1) when kubectl exits non-zero.
 */
function runKubectl(args, stdin, env) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('kubectl', args, {
            env,
            stdio: [stdin === 'inherit' ? 'inherit' : 'pipe', 'inherit', 'inherit'],
        });
        child.on('error', (e) => reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('INPUT', `error executing 'kubectl ${args[0] ?? ''}': ${e.message}`)));
        child.on('close', (code, signal) => {
            if (code === 0)
                resolve();
            else {
                const how = signal ? `killed by ${signal}` : `exit status ${code ?? '?'}`;
                reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .KoActionError */ .jV('INPUT', `error executing 'kubectl ${args[0] ?? ''}': ${how}`));
            }
        });
        if (stdin !== 'inherit') {
            // kubectl may exit before reading everything (a bad flag): that is its error, not ours.
            child.stdin?.on('error', () => undefined);
            child.stdin?.end(stdin.text);
        }
    });
}


/***/ }),

/***/ 4196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/engine.ts + 66 modules
var engine = __webpack_require__(928);
// EXTERNAL MODULE: ./src/engine/plan.ts + 2 modules
var engine_plan = __webpack_require__(4514);
// EXTERNAL MODULE: ./src/engine/publish/recording-publisher.ts
var recording_publisher = __webpack_require__(7324);
// EXTERNAL MODULE: ./src/ko/kocache-env.ts
var kocache_env = __webpack_require__(1104);
// EXTERNAL MODULE: ./src/ko/ko-yaml-lookup.ts
var ko_yaml_lookup = __webpack_require__(5027);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/registry/client.ts + 6 modules
var client = __webpack_require__(966);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/util/process.ts
var util_process = __webpack_require__(2017);
;// CONCATENATED MODULE: ./src/registry/credential-helper.ts



const notFound = /credentials not found/i;
const timeoutMs = 60_000;
/** Run a helper; undefined when it has nothing for this server. */
async function runCredentialHelper(name, serverUrl, env) {
    const program = `docker-credential-${name}`;
    // PATH comes from the given env, so tests can put a helper on it without touching process.env.
    const { code, stdout, stderr, error } = await (0,util_process/* runProcess */.R)(program, ['get'], {
        env,
        input: serverUrl,
        timeoutMs,
    });
    if (error) {
        const missing = error.code === 'ENOENT';
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', missing
            ? `credential helper ${program} is not on PATH`
            : `credential helper ${program} failed: ${error.message}`, { hint: 'install the helper, or remove it from credHelpers/credsStore in the Docker config' });
    }
    if (code !== 0) {
        if (notFound.test(stdout) || notFound.test(stderr))
            return undefined;
        // The output might hold a secret: show only a redacted first line of stderr.
        const why = (0,secrets/* redact */.E$)(stderr.trim().split('\n')[0] ?? '') || `exit code ${code}`;
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `credential helper ${program} failed for ${serverUrl}: ${why}`, {
            hint: 'run `echo <server> | ' + program + ' get` to check it',
        });
    }
    let parsed;
    try {
        parsed = JSON.parse(stdout);
    }
    catch {
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `credential helper ${program} printed something that is not JSON`);
    }
    const { Username, Secret } = (parsed ?? {});
    if (typeof Secret !== 'string' || Secret === '')
        return undefined;
    (0,secrets/* addSecret */.Ck)(Secret);
    return { username: typeof Username === 'string' ? Username : '', secret: Secret };
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/credentials.ts
// Who we are to a registry, looked up the way ko does (ggcr authn.DefaultKeychain, then the
// GitHub keychain): explicit inputs, Docker config (credHelpers → credsStore → auths),
// podman's auth.json, then the workflow token for ghcr.io. Every secret found is registered
// with addSecret() before anything else sees it. The environment is a parameter: no globals.







/** Find credentials for a repository; undefined means anonymous. */
async function resolveCredentials(target, opts) {
    const { env } = opts;
    const ex = opts.explicit;
    if (ex && ex.registry === target.registry && ex.username && ex.password) {
        (0,secrets/* addSecret */.Ck)(ex.password);
        return { username: ex.username, password: ex.password, source: 'username/password inputs' };
    }
    const keys = lookupKeys(target);
    for (const file of authFiles(env)) {
        const config = await readAuthFile(file);
        if (!config)
            continue;
        for (const key of keys) {
            const found = await lookupKey(config, key, file, env);
            if (found)
                return found;
        }
    }
    if (opts.githubToken && target.registry === 'ghcr.io') {
        (0,secrets/* addSecret */.Ck)(opts.githubToken);
        return {
            username: env.GITHUB_ACTOR || 'unset',
            password: opts.githubToken,
            source: 'github-token',
        };
    }
    return undefined;
}
/** The full repository first, then the registry (Docker Hub under its legacy URL key). */
function lookupKeys(target) {
    const host = target.registry === reference/* dockerHubRegistry */.F$ ? reference/* dockerHubAuthKey */.PZ : target.registry;
    return [`${target.registry}/${target.repository}`, host];
}
/** Docker's config first ($DOCKER_CONFIG, else ~/.docker), then podman's auth files. */
function authFiles(env) {
    const home = env.HOME || (0,external_node_os_.homedir)();
    const docker = env.DOCKER_CONFIG
        ? (0,external_node_path_.join)(env.DOCKER_CONFIG, 'config.json')
        : (0,external_node_path_.join)(home, '.docker', 'config.json');
    const files = [docker];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        files.push((0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push((0,external_node_path_.join)(env.XDG_CONFIG_HOME || (0,external_node_path_.join)(home, '.config'), 'containers', 'auth.json'));
    return [...new Set(files)];
}
async function readAuthFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `cannot read ${file}: ${e.message}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        // Never echo the content: it holds credentials.
        throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `${file} is not valid JSON`, {
            hint: 'fix or remove the file (docker login rewrites it)',
        });
    }
    if (typeof parsed !== 'object' || parsed === null)
        return undefined;
    const file_ = parsed;
    // Register every secret in the file now, whichever entry ends up used.
    for (const entry of Object.values(file_.auths ?? {})) {
        (0,secrets/* addSecret */.Ck)(entry?.auth);
        (0,secrets/* addSecret */.Ck)(entry?.password);
        (0,secrets/* addSecret */.Ck)(entry?.identitytoken);
        (0,secrets/* addSecret */.Ck)(entry?.registrytoken);
    }
    return file_;
}
/** One key, the way docker's config.GetAuthConfig does it: a helper, else the store, else auths. */
async function lookupKey(config, key, file, env) {
    const helper = config.credHelpers?.[key] || config.credsStore;
    if (helper) {
        const got = await runCredentialHelper(helper, key, env);
        if (!got)
            return undefined;
        const source = `docker-credential-${helper} (${file})`;
        // A `<token>` user means the secret is an identity (refresh) token.
        if (got.username === '<token>') {
            return { username: '', password: '', identityToken: got.secret, source };
        }
        return { username: got.username, password: got.secret, source };
    }
    const auths = config.auths ?? {};
    const entry = auths[key] ?? Object.entries(auths).find(([k]) => hostnameOf(k) === key)?.[1];
    return entry ? fromEntry(entry, `${file} auths`) : undefined;
}
function fromEntry(entry, source) {
    let { username = '', password = '' } = entry;
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `an "auth" entry in ${source} is not base64 user:password`);
        }
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
        (0,secrets/* addSecret */.Ck)(password);
    }
    if (entry.registrytoken) {
        return { username, password, registryToken: entry.registrytoken, source };
    }
    if (entry.identitytoken) {
        return { username, password, identityToken: entry.identitytoken, source };
    }
    if (!username && !password)
        return undefined;
    return { username, password, source };
}
/** docker's ConvertToHostname: drop a scheme and any path. */
function hostnameOf(key) {
    const noScheme = key.replace(/^https?:\/\//, '');
    return noScheme.split('/')[0] ?? noScheme;
}

;// CONCATENATED MODULE: ./src/registry/client-pool.ts
// Registry clients for the whole run: credentials are looked up per repository (a credential
// helper or a docker config may answer `host/repo` differently from `host`), and one client is
// kept per registry and set of credentials, so repositories sharing them share its connections
// and token.



class ClientPool {
    opts;
    clients = new Map();
    credentials = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    /** The client for a repository: its registry, with the credentials found for it. */
    async client(repo) {
        let creds = this.credentials.get(repo.name);
        if (!creds) {
            creds = this.lookup(repo);
            this.credentials.set(repo.name, creds);
        }
        const credentials = await creds;
        const key = `${repo.registry} ${fingerprint(credentials)}`;
        let c = this.clients.get(key);
        if (!c) {
            c = Promise.resolve(this.make(repo, credentials));
            this.clients.set(key, c);
        }
        return c;
    }
    lookup(repo) {
        const o = this.opts;
        const isTarget = repo.registry === o.targetRegistry;
        const explicit = isTarget && o.username && o.password
            ? { explicit: { registry: repo.registry, username: o.username, password: o.password } }
            : {};
        return resolveCredentials(repo, {
            env: o.env,
            ...explicit,
            ...(o.githubToken ? { githubToken: o.githubToken } : {}),
        });
    }
    make(repo, credentials) {
        const o = this.opts;
        return new client/* RegistryClient */.b(repo.registry, {
            credentials,
            insecure: repo.registry === o.targetRegistry && o.insecure,
            jobs: o.jobs,
            ...(o.log ? { log: o.log } : {}),
            ...(o.onRetry ? { onRetry: o.onRetry } : {}),
        });
    }
    async close() {
        const all = await Promise.allSettled([...this.clients.values()]);
        const open = all.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
        await Promise.all(open.map((c) => c.close()));
    }
}
/** Tells credential sets apart without keeping a readable secret in a map key. */
function fingerprint(c) {
    if (!c)
        return 'anonymous';
    const secret = [c.username, c.password, c.identityToken ?? '', c.registryToken ?? ''].join('\0');
    return (0,external_node_crypto_.createHash)('sha256').update(secret).digest('hex');
}

// EXTERNAL MODULE: ./src/util/read-all.ts
var read_all = __webpack_require__(3868);
;// CONCATENATED MODULE: ./src/util/progress.ts
/** The real clock: Date.now and an unref'd setInterval (progress never keeps a process alive). */
const systemClock = {
    now: () => Date.now(),
    every(ms, fn) {
        const timer = setInterval(fn, ms);
        timer.unref();
        return () => clearInterval(timer);
    },
};
/** Within the 15 s a user waits at most between two lines, with room for a slow tick. */
const progressIntervalMs = 10_000;
const verbs = {
    go: 'setting up Go',
    caches: 'restoring caches',
    compile: 'compiling',
    layers: 'making layers',
    push: 'pushing',
};
/** Starts ticking; the returned function stops it. */
function startProgress(opts) {
    const clock = opts.clock ?? systemClock;
    return clock.every(opts.intervalMs ?? progressIntervalMs, () => {
        const now = clock.now();
        for (const span of opts.active())
            opts.report(progressLine(span, now));
    });
}
/** `linux/arm64: compiling example.com/app/cmd/app, 45 s` (`, 12.3 MiB sent` while pushing). */
function progressLine(span, now) {
    const who = span.subject ? `${span.subject}: ` : '';
    const what = span.image ? `${verbs[span.phase]} ${span.image}` : verbs[span.phase];
    const elapsed = `${Math.max(0, Math.round((now - span.start) / 1000))} s`;
    const bytes = span.phase === 'push' ? `, ${formatSize(span.bytes)} sent` : '';
    return `${who}${what}, ${elapsed}${bytes}`;
}
function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./src/util/timeline.ts
// When each phase of a run started and ended, per platform or image: what the job summary's
// wall-clock times and the progress lines are made from. Pure: the clock is injected, and
// listeners (the action's log groups) are told of every start and end.
/** The phases a run goes through, in the order a user sees them. */
const phases = (/* unused pure expression or super */ null && (['go', 'caches', 'compile', 'layers', 'push']));
class Timeline {
    now;
    all = [];
    listeners = [];
    constructor(now = Date.now) {
        this.now = now;
    }
    listen(fn) {
        this.listeners.push(fn);
    }
    start(phase, subject = '', image = '') {
        const span = {
            phase,
            subject,
            image,
            start: this.now(),
            end: undefined,
            outcome: undefined,
            bytes: 0,
        };
        this.all.push(span);
        this.emit('start', span);
        return {
            addBytes: (n) => {
                span.bytes += n;
            },
            end: (outcome = 'ok', error) => {
                if (span.end !== undefined)
                    return;
                span.end = this.now();
                span.outcome = outcome;
                if (error !== undefined)
                    span.error = error;
                this.emit('end', span);
            },
        };
    }
    /** Runs `fn` as one span: ended `ok`, or `failed` with what it threw. */
    async time(phase, fn, subject = '', image = '') {
        const span = this.start(phase, subject, image);
        try {
            const value = await fn();
            span.end('ok');
            return value;
        }
        catch (e) {
            span.end('failed', e);
            throw e;
        }
    }
    spans() {
        return this.all;
    }
    /** Spans still running, oldest first. */
    active() {
        return this.all.filter((s) => s.end === undefined);
    }
    emit(event, span) {
        for (const fn of this.listeners)
            fn(event, span);
    }
}
/**
 * How long `spans` kept the user waiting: the length of the union of their intervals, so two
 * platforms compiling side by side for 40 s count 40 s, not 80. Running spans end at `now`.
 */
function wallClock(spans, now) {
    const intervals = spans
        .map((s) => [s.start, s.end ?? now])
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let total = 0;
    let from = -Infinity;
    let to = -Infinity;
    for (const [start, end] of intervals) {
        if (start > to) {
            if (to > from)
                total += to - from;
            from = start;
            to = end;
        }
        else if (end > to) {
            to = end;
        }
    }
    if (to > from)
        total += to - from;
    return total;
}

// EXTERNAL MODULE: ./src/cli/kubectl.ts
var kubectl = __webpack_require__(5404);
;// CONCATENATED MODULE: ./src/cli/run.ts
// The CLI twin's work once its arguments are read: config, plan, then build, resolve, or one of
// the kubectl commands (apply, create, run) on top of them.












// `ko run`'s kubectl flags (pkg/commands/run.go).
const runDefaults = ['--attach', '--rm', '--restart=Never', '--log-flush-frequency=1s'];
async function runCli(cmd, inputs, goSetup, takeBuild) {
    const log = (line) => void process.stderr.write(`${line}\n`);
    for (const w of inputs.warnings)
        log(`warning: ${w.input}: ${w.message}`);
    // ko checks for kubectl before it builds anything.
    if (cmd.command === 'apply' || cmd.command === 'create')
        (0,kubectl.requireKubectl)(cmd.command, process.env);
    if (cmd.command === 'resolve' && cmd.args.length) {
        throw new errors/* KoActionError */.jV('INPUT', `unknown command "${cmd.args[0] ?? ''}" for "ko-action resolve"`, {
            hint: 'resolve takes files with -f, not arguments',
        });
    }
    (0,engine_plan/* checkWorkingDirectory */.dQ)((0,external_node_path_.resolve)(inputs.workingDirectory));
    const koConfig = await (0,ko_yaml_lookup/* loadKoConfig */.$)({
        configInput: inputs.config,
        env: process.env,
        workingDirectory: inputs.workingDirectory,
    });
    for (const { at, message } of koConfig.warnings) {
        log(`warning: ${at.file}:${at.line}:${at.column}: ${message}`);
    }
    const plan = {
        ...(0,engine_plan/* planBuild */.C7)(inputs, process.env, koConfig),
        koPublishing: {
            tagOnly: cmd.ko.tagOnly,
            local: cmd.ko.local,
            ...(cmd.ko.ociLayoutPath ? { ociLayoutPath: cmd.ko.ociLayoutPath } : {}),
            ...(cmd.ko.tarball ? { tarball: cmd.ko.tarball } : {}),
            ...(cmd.ko.imageRefs ? { imageRefs: cmd.ko.imageRefs } : {}),
        },
        ...(cmd.ko.ldflags ? { ldflags: cmd.ko.ldflags } : {}),
        ...(cmd.ko.sbomDir ? { sbomDir: cmd.ko.sbomDir } : {}),
    };
    const go = await goSetup;
    const clients = new ClientPool({
        env: process.env,
        targetRegistry: cmd.ko.local ? undefined : (0,engine_plan/* pushRegistry */.at)(plan),
        insecure: inputs.insecureRegistry,
        jobs: plan.uploadJobs,
        // As the action's warnings: a retry is said, on stderr (the message carries no credentials).
        onRetry: (retry) => log(`warning: ${retry.message}`),
    });
    const timeline = new Timeline();
    if (cmd.verbose)
        timeline.listen((event, span) => log(spanLine(event, span)));
    // Progress lines are for a person watching: only when stderr is a terminal.
    const stopProgress = process.stderr.isTTY
        ? startProgress({ active: () => timeline.active(), report: log })
        : () => undefined;
    // Like ko: KOCACHE is used only when set.
    const kocache = (0,kocache_env/* kocacheFromEnv */.W)(process.env);
    const deps = {
        goPath: go.goPath,
        env: process.env,
        clients,
        log,
        timeline,
        ...(kocache ? { kocache: (0,external_node_path_.resolve)(kocache) } : {}),
        ...(takeBuild ? { takeBuild } : {}),
    };
    try {
        switch (cmd.command) {
            case 'resolve':
                process.stdout.write(await resolveYaml(cmd, inputs, plan, deps));
                break;
            case 'apply':
            case 'create': {
                const yaml = await resolveYaml(cmd, inputs, plan, deps);
                // ko: `kubectl apply|create -f -` with the YAML on stdin and every other argument after.
                const args = [cmd.command, '-f', '-', ...cmd.args, ...cmd.afterDash];
                await (0,kubectl.runKubectl)(args, { text: yaml }, process.env);
                break;
            }
            case 'run':
                for (const img of await (0,engine/* runBuild */.c)(plan, deps))
                    await kubectlRun(img, cmd.afterDash, log);
                break;
            default:
                for (const img of await (0,engine/* runBuild */.c)(plan, deps))
                    process.stdout.write(`${img.ref}\n`);
        }
    }
    finally {
        stopProgress();
        await clients.close();
    }
    return 0;
}
async function resolveYaml(cmd, inputs, plan, deps) {
    if (inputs.resolve.length === 0) {
        // ko reads no file and prints nothing; say why.
        deps.log(`warning: no -f/--filename given: nothing to ${cmd.command}`);
        return '';
    }
    // Like `ko resolve`: the YAML to stdout, what was replaced to stderr.
    const { resolveFiles } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(233)]).then(__webpack_require__.bind(__webpack_require__, 1233));
    const request = {
        patterns: inputs.resolve,
        recursive: inputs.resolveRecursive,
        // ko reads .json and .yaml files from directories, not .yml (options/filestuff.go).
        extensions: ['.json', '.yaml'],
        ...(cmd.ko.selector !== undefined ? { selector: cmd.ko.selector } : {}),
    };
    const resolved = await resolveFiles(request, plan, deps, readStdin);
    for (const [from, to] of resolved.replaced)
        deps.log(`${from} -> ${to}`);
    return resolved.yaml;
}
/** `kubectl run <name> --image <ref> --attach --rm --restart=Never --log-flush-frequency=1s …`. */
async function kubectlRun(img, extra, log) {
    log(`Running "${img.importPath}"`);
    const pod = (0,external_node_path_.basename)((0,recording_publisher/* repositoryOf */.H)(img.ref));
    const argv = ['run', pod, '--image', img.ref, ...runDefaults, ...extra];
    log(`$ kubectl ${argv.join(' ')}`);
    (0,kubectl.requireKubectl)('run', process.env);
    await (0,kubectl.runKubectl)(argv, 'inherit', process.env);
}
function spanLine(event, span) {
    const who = [span.subject, span.image].filter(Boolean).join(' ');
    if (event === 'start')
        return `${span.phase}: ${who} started`;
    const took = (((span.end ?? span.start) - span.start) / 1000).toFixed(1);
    return `${span.phase}: ${who} ${span.outcome ?? 'ok'} in ${took} s`;
}
/** All of stdin, for `-f -`. */
async function readStdin() {
    return (await (0,read_all.readAll)(process.stdin)).toString('utf8');
}


/***/ }),

/***/ 928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runBuild)
});

// UNUSED EXPORTS: prefetchBase

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/util/settle.ts
// Promise.all for work that must not outlive a failure: every task settles before the first
// failure is reported, so nothing is still writing into a directory the caller removes next
// (issue 21: an early failure used to surface as ENOTEMPTY from that removal).
/**
 * Waits for every task; resolves with their values, or rejects with the first failure in time
 * order (not array order: the first is the cause, later ones are often its consequences). On
 * that first failure `onFailure` is called, so the caller can cancel the rest.
 */
async function settleAll(tasks, onFailure) {
    let first;
    const settled = await Promise.allSettled(tasks.map((task) => task.catch((error) => {
        if (!first) {
            first = { error };
            onFailure?.(error);
        }
        throw error;
    })));
    if (first)
        throw first.error;
    return settled.map((r) => r.value);
}

// EXTERNAL MODULE: ./src/oci/layout-reader.ts
var layout_reader = __webpack_require__(8387);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/ko/naming.ts
var naming = __webpack_require__(6572);
// EXTERNAL MODULE: ./src/ko/local-image.ts
var local_image = __webpack_require__(6553);
// EXTERNAL MODULE: ./src/ko/daemon-repo.ts
var daemon_repo = __webpack_require__(9537);
// EXTERNAL MODULE: ./src/ko/kind-repo.ts
var kind_repo = __webpack_require__(555);
;// CONCATENATED MODULE: ./src/engine/publish/built-image.ts

function builtImage(pkg, name, artifact) {
    const images = artifact.kind === 'index' ? artifact.children : [artifact];
    return {
        requested: pkg.requested,
        importPath: pkg.importPath,
        name,
        digest: artifact.digest,
        platforms: images.map((img) => ({
            platform: img.platform ? (0,oci_platform/* formatPlatform */.Bq)(img.platform) : 'unknown',
            digest: img.digest,
        })),
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
;// CONCATENATED MODULE: ./src/oci/tar.ts
// A streaming tar writer whose bytes match Go's archive/tar for the entries ko writes (directories
// and regular files, uid/gid 0, no uname/gname). Layer diffIDs depend on every header byte, so the
// USTAR/PAX choice, field formatting and PAX record layout follow Go's writer exactly (docs/spec/ko-compat.md#12-go-archivetar-header-block-byte-by-byte-format-ustar,
// docs/spec/ko-compat.md#13-when-go-switches-to-pax-must-be-mirrored). Output is coalesced into large chunks: the sink is a gzip stream where each write costs a
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
    const joined = external_node_path_.posix.join(name.slice(0, slash + 1), 'PaxHeaders.0', name.slice(slash + 1));
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
        const fh = await (0,promises_.open)(path, 'r');
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
/**
 * A tar of `files` (mode 0644) as a stream, its length known before a byte is read: the
 * docker-archive tarball (oci/docker-archive.ts) and the daemon's image load send it as a body.
 */
function streamTar(files) {
    const length = files.reduce((n, f) => n + 512 + f.size + blockPadding(f.size), 0) + tarTrailer.length;
    async function* chunks() {
        for (const f of files) {
            yield encodeHeader({ name: f.name, typeflag: TypeReg, mode: 0o644, size: f.size });
            let seen = 0;
            for await (const chunk of await f.open()) {
                const buf = chunk;
                seen += buf.length;
                yield buf;
            }
            if (seen !== f.size)
                throw new Error(`${f.name}: read ${seen} bytes, expected ${f.size}`);
            const pad = blockPadding(f.size);
            if (pad)
                yield Buffer.alloc(pad);
        }
        yield tarTrailer;
    }
    return { length, stream: external_node_stream_.Readable.from(chunks()) };
}

;// CONCATENATED MODULE: ./src/engine/publish/daemon.ts
// ko's daemon publisher (KO_DOCKER_REPO=ko.local…, docs/spec/ko-compat.md#63-printed-reference-stdout-of-ko-build-value-substituted-by-resolve to docs/spec/ko-compat.md#64-daemon--tarball--layout) without a docker CLI: the image is
// streamed as a docker-save tarball to a Docker-compatible engine's HTTP API (POST /images/load),
// loaded as `<name>:<hex>`, then tagged with each tag. Docker and podman both accept gzip layers in
// such a tarball, so layers go in exactly as built.







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
            throw new errors/* KoActionError */.jV('REGISTRY', `DOCKER_HOST ${value} with DOCKER_TLS_VERIFY is not supported`, {
                where: 'repo',
                hint: 'expose the engine on a unix socket or plain tcp://127.0.0.1:<port>',
            });
        }
        const url = new URL(value.replace(/^tcp:/, 'http:'));
        const port = url.port ? Number(url.port) : 2375;
        return { host: url.hostname, port, display: value };
    }
    throw new errors/* KoActionError */.jV('REGISTRY', `unsupported DOCKER_HOST ${JSON.stringify(value)}`, {
        where: 'repo',
        hint: 'use unix:///path/to/docker.sock or tcp://host:port',
    });
}
/** A docker-save tarball of one image, tagged `repoTag`, with its total length. */
function saveTarball(image, repoTag) {
    const [config, ...layers] = image.blobs;
    if (!config)
        throw new Error(`image ${image.digest} has no config blob`);
    const fileOf = (b) => ({
        name: `${(0,oci_digest/* digestHex */.sU)(b.descriptor.digest)}.tar.gz`,
        size: b.descriptor.size,
        open: () => b.open(),
    });
    const layerEntries = layers.map(fileOf);
    const manifest = Buffer.from(JSON.stringify([
        {
            Config: `${(0,oci_digest/* digestHex */.sU)(config.descriptor.digest)}.json`,
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
            open: () => Promise.resolve(external_node_stream_.Readable.from([manifest])),
        },
        { ...fileOf(config), name: `${(0,oci_digest/* digestHex */.sU)(config.descriptor.digest)}.json` },
        ...unique.values(),
    ];
    return streamTar(entries);
}
function call(endpoint, method, path, body) {
    return new Promise((resolve, reject) => {
        const target = 'socketPath' in endpoint
            ? { socketPath: endpoint.socketPath }
            : { host: endpoint.host, port: endpoint.port };
        const req = (0,external_node_http_.request)({
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
    return new errors/* KoActionError */.jV('REGISTRY', `no Docker-compatible engine at ${endpoint.display}: set DOCKER_HOST`, {
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
    return new errors/* KoActionError */.jV('REGISTRY', `${what} failed at ${endpoint.display}: ${detail}`, {
        where: 'repo',
    });
}
/**
 * Loads `artifact` (for an index, its $GOOS/$GOARCH image) as `<name>:<hex>` and tags it with each
 * tag. Returns ko's printed reference and the loaded image's digest.
 */
async function loadIntoDaemon(artifact, name, tags, env) {
    const endpoint = daemonEndpoint(env);
    const image = (0,local_image/* imageToLoad */.$)(artifact, env, 'the daemon');
    const ref = (0,naming/* printedReference */.aZ)({ publisher: 'daemon', name, digest: image.digest });
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

;// CONCATENATED MODULE: ./src/engine/publish/daemon-publisher.ts


class DaemonPublisher {
    tags;
    deps;
    constructor(tags, deps) {
        this.tags = tags;
        this.deps = deps;
    }
    start(name) {
        return Promise.resolve({
            publish: (pkg, artifact) => this.load(pkg, name, artifact),
            settle: () => Promise.resolve(),
        });
    }
    async load(pkg, name, artifact) {
        // ko names a loaded image by the loaded image's digest.
        const loaded = await loadIntoDaemon(artifact, name, this.tags, this.deps.env);
        this.deps.log(`Loaded ${loaded.ref} into the daemon`);
        const common = builtImage(pkg, name, artifact);
        return { ...common, digest: loaded.digest, ref: loaded.ref, tags: this.tags };
    }
}

;// CONCATENATED MODULE: ./src/oci/docker-archive.ts
// A `docker save` tarball ("docker-archive") of several images, as go-containerregistry's
// tarball.MultiRefWrite lays it out (pkg/v1/tarball/write.go, the writer ko's --tarball uses):
// for each image its config as `sha256:<hex>`, then each layer as `<hex>.tar.gz` (a layer shared
// by two images is stored once), and `manifest.json` last, listing every image sorted by its
// joined RepoTags. `docker load`, `podman load` and `skopeo inspect docker-archive:` read it.



/** manifest.json exactly as Go's encoding/json writes ggcr's tarball.Manifest. */
function archiveManifest(images) {
    const rows = images.map(({ image, repoTags }) => {
        const [config, ...layers] = blobsOf(image);
        return {
            Config: config.descriptor.digest,
            RepoTags: repoTags.length ? repoTags : null,
            Layers: layers.map((l) => `${(0,oci_digest/* digestHex */.sU)(l.descriptor.digest)}.tar.gz`),
        };
    });
    rows.sort((a, b) => compare((a.RepoTags ?? []).join(','), (b.RepoTags ?? []).join(',')));
    return Buffer.from(JSON.stringify(rows));
}
/** The whole archive as a stream, with its length. */
function dockerArchive(images) {
    const entries = [];
    const seen = new Set();
    for (const { image } of images) {
        const [config, ...layers] = blobsOf(image);
        entries.push(fileOf(config, config.descriptor.digest));
        for (const layer of layers) {
            const name = `${(0,oci_digest/* digestHex */.sU)(layer.descriptor.digest)}.tar.gz`;
            if (seen.has(name))
                continue;
            seen.add(name);
            entries.push(fileOf(layer, name));
        }
    }
    const manifest = archiveManifest(images);
    entries.push({
        name: 'manifest.json',
        size: manifest.length,
        open: () => Promise.resolve(external_node_stream_.Readable.from([manifest])),
    });
    return streamTar(entries);
}
function blobsOf(image) {
    const [config, ...layers] = image.blobs;
    if (!config)
        throw new Error(`image ${image.digest} has no config blob`);
    return [config, ...layers];
}
function fileOf(blob, name) {
    return { name, size: blob.descriptor.size, open: () => blob.open() };
}
/** Go's string order (bytes), which sort.Slice on strings uses. */
function compare(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// EXTERNAL MODULE: ./src/util/process.ts
var util_process = __webpack_require__(2017);
;// CONCATENATED MODULE: ./src/engine/publish/kind.ts




/** What an engine said when it did not answer, for the error that lists them all. */
function failure(r) {
    if (r.error) {
        const code = r.error.code;
        return code === 'ENOENT' ? 'not installed' : r.error.message;
    }
    const said = lastLines(r.stderr || r.stdout, 2).replace(/\s*\n\s*/g, ' ');
    return said || `exit ${r.code ?? 'by signal'}`;
}
function lastLines(text, n) {
    return text.trim().split('\n').slice(-n).join('\n');
}
/**
 * The control-plane and worker containers of the cluster $KIND_CLUSTER_NAME (default `kind`).
 * The engine is $KIND_EXPERIMENTAL_PROVIDER's, else the first of docker, nerdctl, finch and
 * podman whose listing of the cluster's containers succeeds (kind's order). Fails, naming the
 * cluster and every engine tried, when none answers or the cluster has no such node.
 */
async function findKindNodes(env) {
    const cluster = (0,kind_repo/* kindClusterName */.y0)(env);
    const engines = (0,kind_repo/* kindEngines */.mZ)(env);
    const tried = [];
    for (const engine of engines) {
        const listed = await (0,util_process/* runProcess */.R)(engine, (0,kind_repo/* listNodesArgs */.$)(cluster), { env });
        if (listed.code !== 0) {
            tried.push(`${engine}: ${failure(listed)}`);
            continue;
        }
        const names = listed.stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
        const roles = await Promise.all(names.map((n) => nodeRole(engine, n, env)));
        const nodes = names.filter((_, i) => (0,kind_repo/* isInternalNodeRole */.S4)(roles[i] ?? ''));
        if (nodes.length > 0)
            return { engine, cluster, nodes };
        const others = names.length ? ` (only ${names.join(', ')}: no control-plane or worker)` : '';
        throw new errors/* KoActionError */.jV('REGISTRY', `no nodes found for kind cluster "${cluster}" in ${engine}${others}`, {
            where: 'repo',
            hint: `create it (\`kind create cluster --name ${cluster}\`), set KIND_CLUSTER_NAME to ` +
                `the cluster's name (\`kind get clusters\`), or KIND_EXPERIMENTAL_PROVIDER to the ` +
                `engine that runs it`,
        });
    }
    const chosen = env.KIND_EXPERIMENTAL_PROVIDER ? ' (KIND_EXPERIMENTAL_PROVIDER)' : '';
    throw new errors/* KoActionError */.jV('REGISTRY', `no container engine answered to list the nodes of kind cluster "${cluster}"${chosen}: ${tried.join('; ')}`, {
        where: 'repo',
        hint: 'start the engine that runs the kind cluster, or set KIND_EXPERIMENTAL_PROVIDER to it ' +
            '(docker, podman or nerdctl), or push to a registry instead of kind.local',
    });
}
async function nodeRole(engine, node, env) {
    const r = await (0,util_process/* runProcess */.R)(engine, (0,kind_repo/* nodeRoleArgs */.kH)(node), { env });
    if (r.code !== 0) {
        throw new errors/* KoActionError */.jV('REGISTRY', `failed to get role for kind node ${node}: ${failure(r)}`, {
            where: 'repo',
        });
    }
    return r.stdout.trim();
}
/** Runs a command in a node; its output only when it fails, as ko does. */
function inNode(where, node, command, env, stdin) {
    return (0,util_process/* runProcess */.R)(where.engine, (0,kind_repo/* nodeExecArgs */.D9)(node, command, stdin !== undefined), {
        env,
        ...(stdin ? { stdin } : {}),
    });
}
function nodeError(what, where, node, r) {
    // On one line (an annotation): the last lines ctr printed say why.
    const said = lastLines(`${r.stdout}\n${r.stderr}`, 3).replace(/\s*\n\s*/g, ' | ');
    const exit = r.error ? r.error.message : `exit ${r.code ?? 'by signal'}`;
    return new errors/* KoActionError */.jV('REGISTRY', `failed to ${what} in kind node "${node}" (${where.engine} exec): ${exit}${said ? `: ${said}` : ''}`, { where: 'repo' });
}
/**
 * Imports `image` as `ref` into each node in turn (stopping at the first failure, as ko), then
 * tags it `<name>:<tag>` for each tag in each node. `log` prints ko's lines.
 */
async function loadIntoKind(where, image, ref, tagRefs, env, log) {
    log(`Loading ${ref}`);
    for (const node of where.nodes) {
        // ko's tarball.Write(tag, img): one image, named by `ref`, streamed afresh for each node.
        const archive = dockerArchive([{ image, repoTags: [ref] }]).stream;
        const r = await inNode(where, node, kind_repo/* CTR_IMPORT */.Ww, env, archive);
        if (r.code !== 0)
            throw nodeError(`load ${ref}`, where, node, r);
    }
    log(`Loaded ${ref}`);
    for (const tagRef of tagRefs) {
        const tag = tagRef.slice(tagRef.lastIndexOf(':') + 1);
        log(`Adding tag ${tag}`);
        for (const node of where.nodes) {
            const r = await inNode(where, node, (0,kind_repo/* ctrTagArgs */.zD)(ref, tagRef), env);
            if (r.code !== 0)
                throw nodeError(`tag ${ref} as ${tagRef}`, where, node, r);
        }
        log(`Added tag ${tag}`);
    }
}

;// CONCATENATED MODULE: ./src/engine/publish/kind-publisher.ts




class KindPublisher {
    tags;
    deps;
    nodes;
    constructor(tags, deps) {
        this.tags = tags;
        this.deps = deps;
    }
    async start(name) {
        this.nodes ??= findKindNodes(this.deps.env);
        const nodes = await this.nodes;
        return {
            publish: (pkg, artifact) => this.load(nodes, pkg, name, artifact),
            settle: () => Promise.resolve(),
        };
    }
    async load(nodes, pkg, name, artifact) {
        // As ko: one image (an index's $GOOS/$GOARCH child), named and reported by its digest.
        const image = (0,local_image/* imageToLoad */.$)(artifact, this.deps.env, 'the kind nodes');
        const ref = (0,kind_repo/* kindReference */.c5)(name, image.digest);
        const tagRefs = this.tags.map((t) => `${name}:${t}`);
        await loadIntoKind(nodes, image, ref, tagRefs, this.deps.env, this.deps.log);
        return { ...builtImage(pkg, name, artifact), digest: image.digest, ref, tags: this.tags };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/util/open-write-stream.ts
// A file write stream that is open before anything is written to it. A stream destroyed while its
// open() is still pending emits 'close' first and creates the file afterwards, so a failed write
// could leave its file behind however long the caller waited; once open, removal is reliable.


async function openWriteStream(path, opts = {}) {
    const stream = (0,external_node_fs_.createWriteStream)(path, opts);
    await (0,external_node_events_.once)(stream, 'ready');
    return stream;
}

// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
;// CONCATENATED MODULE: ./src/util/once.ts
/** A map of shared promises: the first caller for a key starts the work, later ones await it. */
class KeyedOnce {
    entries = new Map();
    get(key, make) {
        let p = this.entries.get(key);
        if (!p) {
            p = make();
            this.entries.set(key, p);
            // A failure is not cached: a later caller may try again.
            p.catch(() => this.entries.delete(key));
        }
        return p;
    }
}

// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(415);
;// CONCATENATED MODULE: ./src/oci/layout-writer.ts
// Write an image or index to an OCI image layout (`push: false`). Blobs first, then manifests,
// then index.json, each via temp file + rename: an interrupted run leaves at worst an unreferenced
// blob or a stray temp file, never a truncated blob or index.json.











const layoutMarker = '{"imageLayoutVersion":"1.0.0"}';
/** Local disk: a few streams at once keep it busy without opening every layer together. */
const blobConcurrency = 4;
/** Writes every blob and manifest of `artifact`, then records it in index.json; returns that entry. */
async function writeToLayout(dir, artifact, opts = {}) {
    if (opts.refName !== undefined && opts.refName.trim() === '') {
        throw new errors/* KoActionError */.jV('LAYOUT', 'empty ref name for the OCI layout entry', { where: dir });
    }
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
    await ensureMarker(dir);
    const images = artifact.kind === 'index' ? artifact.children : [artifact];
    const once = new KeyedOnce();
    const run = (0,limit/* limit */.A)(blobConcurrency);
    // Let every write finish (and clean up its temp file) before reporting the first failure.
    const writes = await Promise.allSettled(images
        .flatMap((img) => img.blobs)
        .map((b) => once.get(b.descriptor.digest, () => run(() => putBlob(dir, b)))));
    const failed = writes.find((w) => w.status === 'rejected');
    if (failed)
        throw failed.reason;
    // Children before the index that names them, so every reference resolves at every moment.
    for (const img of images)
        await putManifest(dir, img);
    if (artifact.kind === 'index')
        await putManifest(dir, artifact);
    const entry = {
        mediaType: artifact.mediaType,
        size: artifact.rawManifest.length,
        digest: artifact.digest,
        ...(opts.refName === undefined ? {} : { annotations: { [layout_reader/* RefNameAnnotation */.Uf]: opts.refName } }),
    };
    await serializedPerDir(dir, () => recordInIndex(dir, entry, opts.refName));
    return entry;
}
async function ensureMarker(dir) {
    const path = (0,external_node_path_.join)(dir, 'oci-layout');
    const existing = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
    if (existing === undefined) {
        await writeAtomically(dir, path, layoutMarker);
        return;
    }
    let version;
    try {
        version = JSON.parse(existing).imageLayoutVersion;
    }
    catch {
        version = undefined;
    }
    if (typeof version !== 'string' || !version.startsWith('1.')) {
        throw new errors/* KoActionError */.jV('LAYOUT', `${path} is not an OCI layout version 1 marker`, {
            where: dir,
            hint: 'Choose an empty directory or an existing OCI image layout for oci-layout-path.',
        });
    }
}
/** Streams a blob into place, hashing as it goes; skipped when a file of the right size exists. */
async function putBlob(dir, blob) {
    const { digest, size } = blob.descriptor;
    const path = (0,layout_reader/* blobPath */.nD)(dir, digest);
    if (await hasSize(path, size))
        return;
    const tmp = tempPath(dir);
    const file = await openWriteStream(tmp, { flags: 'wx' });
    try {
        const counter = new oci_digest/* DigestCounter */.VR();
        const source = await blob.open();
        await (0,external_node_stream_promises_.pipeline)(source, async function* (chunks) {
            for await (const chunk of chunks) {
                const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
                counter.update(bytes);
                yield bytes;
            }
        }, file);
        const actual = counter.digest();
        if (actual !== digest || counter.size !== size) {
            throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `blob ${digest} (${size} bytes) read back as ${actual} (${counter.size} bytes)`, { where: dir, hint: 'A layer changed on disk while it was being written; run again.' });
        }
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        file.destroy();
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
}
async function putManifest(dir, m) {
    const actual = (0,oci_digest/* sha256 */.sc)(m.rawManifest);
    if (actual !== m.digest) {
        throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `manifest bytes hash to ${actual}, not ${m.digest}`, {
            where: dir,
        });
    }
    const path = (0,layout_reader/* blobPath */.nD)(dir, m.digest);
    if (await hasSize(path, m.rawManifest.length))
        return;
    await writeAtomically(dir, path, m.rawManifest);
}
/** Adds `entry` to index.json: replacing an entry of the same ref name, else appending. */
async function recordInIndex(dir, entry, refName) {
    const path = (0,external_node_path_.join)(dir, 'index.json');
    const text = await (0,promises_.readFile)(path, 'utf8').catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    });
    const index = text === undefined ? emptyIndex() : parseIndex(text, path);
    const named = (d) => refName !== undefined &&
        d?.annotations?.[layout_reader/* RefNameAnnotation */.Uf] ===
            refName;
    const at = index.manifests.findIndex(named);
    if (at < 0) {
        index.manifests.push(entry);
    }
    else {
        // Keep the entry's position; drop any later duplicates of the same name.
        index.manifests = index.manifests.flatMap((d, i) => (i === at ? [entry] : named(d) ? [] : [d]));
    }
    await writeAtomically(dir, path, JSON.stringify(index));
}
function emptyIndex() {
    return { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests: [] };
}
/** Parses index.json keeping every field it has, so foreign entries survive a rewrite. */
function parseIndex(text, path) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        v = undefined;
    }
    if (typeof v !== 'object' || v === null || !Array.isArray(v.manifests)) {
        throw new errors/* KoActionError */.jV('LAYOUT', `${path} is not a valid OCI index`, {
            where: path,
            hint: 'Fix or remove it, or choose another oci-layout-path.',
        });
    }
    return v;
}
async function hasSize(path, size) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    return info?.isFile() === true && info.size === size;
}
/** Temp files live in the layout root (as skopeo's do): same filesystem, so rename is atomic. */
function tempPath(dir) {
    return (0,external_node_path_.join)(dir, `.ko-action-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.tmp`);
}
async function writeAtomically(dir, path, data) {
    const tmp = tempPath(dir);
    try {
        await (0,promises_.writeFile)(tmp, data, { flag: 'wx' });
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
}
const indexQueues = new Map();
/** index.json is read-modify-write: writes to one layout from this process take turns. */
function serializedPerDir(dir, task) {
    const key = (0,external_node_path_.resolve)(dir);
    const result = (indexQueues.get(key) ?? Promise.resolve()).then(task, task);
    const tail = result.catch(() => undefined);
    indexQueues.set(key, tail);
    void tail.then(() => {
        if (indexQueues.get(key) === tail)
            indexQueues.delete(key);
    });
    return result;
}

;// CONCATENATED MODULE: ./src/engine/publish/layout-publisher.ts



class LayoutPublisher {
    opts;
    log;
    constructor(opts, log) {
        this.opts = opts;
        this.log = log;
    }
    start(name) {
        return Promise.resolve({
            publish: (pkg, artifact) => this.write(pkg, name, artifact),
            settle: () => Promise.resolve(),
        });
    }
    async write(pkg, name, artifact) {
        const { path, tag, imageCount, reportTag } = this.opts;
        const refName = imageCount === 1 ? tag : `${name.split('/').pop() ?? 'image'}-${tag}`;
        await writeToLayout(path, artifact, { refName });
        this.log(`Wrote ${name} (${artifact.digest}) to ${path} as ${refName}`);
        return {
            ...builtImage(pkg, name, artifact),
            ref: (0,naming/* printedReference */.aZ)({ publisher: 'layout', layoutPath: path, digest: artifact.digest }),
            tags: reportTag ? [refName] : [],
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/publish/multi-publisher.ts
class MultiPublisher {
    publishers;
    constructor(publishers) {
        this.publishers = publishers;
    }
    async start(name) {
        const started = await Promise.all(this.publishers.map((p) => p.start(name)));
        const early = started.find((p) => p.early)?.early;
        return {
            ...(early ? { early } : {}),
            publish: async (pkg, artifact) => {
                let last;
                for (const p of started)
                    last = await p.publish(pkg, artifact);
                if (!last)
                    throw new Error('MultiPublisher configured with zero publishers');
                return last;
            },
            settle: async () => {
                await Promise.allSettled(started.map((p) => p.settle()));
            },
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/publish/nop-publisher.ts


class NopPublisher {
    tags;
    tagOnly;
    constructor(tags, tagOnly) {
        this.tags = tags;
        this.tagOnly = tagOnly;
    }
    start(name) {
        return Promise.resolve({
            publish: (pkg, artifact) => Promise.resolve({
                ...builtImage(pkg, name, artifact),
                ref: (0,naming/* printedReference */.aZ)({
                    publisher: 'none',
                    name,
                    // ko uses the first tag only.
                    tags: this.tags.slice(0, 1),
                    digest: artifact.digest,
                    tagOnly: this.tagOnly,
                }),
                tags: [],
            }),
            settle: () => Promise.resolve(),
        });
    }
}

// EXTERNAL MODULE: ./src/engine/publish/recording-publisher.ts
var recording_publisher = __webpack_require__(7324);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/oci/go-time.ts
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

;// CONCATENATED MODULE: ./src/oci/go-schema.ts
// ggcr's structs (pkg/v1/config.go, manifest.go, platform.go) as data: field order, JSON names and
// omitempty, exactly as declared in Go. The encoder and decoder both walk these tables, so field
// order never depends on how a JavaScript object happened to be built.
const str = { t: 'string' };
const bool = { t: 'bool' };
const go_schema_int = { t: 'int' };
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
    f('size', go_schema_int, false),
    f('digest', hash, false),
    f('data', { t: 'bytes' }),
    f('urls', strings),
    f('annotations', stringMap),
    f('platform', { t: 'ptr', elem: PlatformType }),
    f('artifactType', str),
];
const DescriptorType = struct('Descriptor', descriptorFields);
const ManifestType = struct('Manifest', [
    f('schemaVersion', go_schema_int, false),
    f('mediaType', str),
    f('config', DescriptorType, false),
    f('layers', { t: 'slice', elem: DescriptorType }, false),
    f('annotations', stringMap),
    f('subject', { t: 'ptr', elem: DescriptorType }),
    f('artifactType', str),
]);
const IndexManifestType = struct('IndexManifest', [
    f('schemaVersion', go_schema_int, false),
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

;// CONCATENATED MODULE: ./src/oci/go-json.ts
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
    return external_node_buffer_.Buffer.compare(utf8.encode(a), utf8.encode(b));
}
/** base64.StdEncoding.DecodeString: padding required, CR/LF ignored. Throws on bad input. */
function decodeGoBase64(s) {
    const t = s.replace(/[\r\n]/g, '');
    if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(t)) {
        throw new TypeError('illegal base64 data');
    }
    return Uint8Array.from(external_node_buffer_.Buffer.from(t, 'base64'));
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
            return `"${v === undefined ? ZERO_GO_TIME : normaliseGoTime(v)}"`;
        case 'hash':
            if (v !== undefined && typeof v !== 'string')
                throw mismatch(type, v);
            return goQuote(v ?? ':');
        case 'bytes':
            if (v === undefined)
                return 'null';
            if (typeof v !== 'string')
                throw mismatch(type, v);
            return `"${external_node_buffer_.Buffer.from(decodeGoBase64(v)).toString('base64')}"`;
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
const encodeConfigFile = (cf) => encodeGo(cf, ConfigFileType);
const encodeManifest = (m) => encodeGo(m, ManifestType);
const encodeIndexManifest = (m) => encodeGo(m, IndexManifestType);
const marshalConfigFile = (cf) => goJsonBytes(encodeConfigFile(cf));

;// CONCATENATED MODULE: ./src/ko/sbom.ts
// ko's SBOM attachment (cosign's static.NewFile + the `.sbom` tag scheme): an OCI image made of
// ggcr's empty image, one uncompressed `text/spdx+json` layer holding the SBOM, and the config
// that mutate.Append gives it (one diffID, one empty history entry).




/** cosign's tag for the SBOM of `digest`: `sha256-<hex>.sbom`. */
function sbomTag(digest) {
    return `sha256-${(0,oci_digest/* digestHex */.sU)(digest)}.sbom`;
}
function memoryBlob(mediaType, bytes) {
    const descriptor = { mediaType, size: bytes.length, digest: (0,oci_digest/* sha256 */.sc)(bytes) };
    return { descriptor, open: () => Promise.resolve(external_node_stream_.Readable.from([Buffer.from(bytes)])) };
}
/** The SBOM as an image to push under sbomTag(imageDigest). */
function sbomArtifact(sbom, mediaType = media_types/* MediaType */.zu.SpdxJson) {
    const layer = memoryBlob(mediaType, sbom);
    const config = {
        architecture: '',
        created: ZERO_GO_TIME,
        history: [{}],
        os: '',
        rootfs: { type: 'layers', diff_ids: [layer.descriptor.digest] },
        config: {},
    };
    const configBlob = memoryBlob(media_types/* MediaType */.zu.OciConfig, goJsonBytes(encodeConfigFile(config)));
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.OciManifest,
        config: configBlob.descriptor,
        layers: [layer.descriptor],
    };
    const rawManifest = goJsonBytes(encodeManifest(manifest));
    return {
        kind: 'image',
        mediaType: media_types/* MediaType */.zu.OciManifest,
        digest: (0,oci_digest/* sha256 */.sc)(rawManifest),
        rawManifest,
        blobs: [configBlob, layer],
    };
}

// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/push.ts





async function pushArtifact(client, target, artifact, opts) {
    return new PushSession(client, target.context(), opts.jobs).push(target, artifact, opts.tags);
}
/** Pushes to one repository; blobs are shared by everything pushed through the same session. */
class PushSession {
    client;
    repo;
    stats = {
        uploaded: { count: 0, bytes: 0 },
        mounted: { count: 0, bytes: 0 },
        skipped: { count: 0, bytes: 0 },
        manifestsPut: 0,
        manifestsSkipped: 0,
    };
    blobsDone = new KeyedOnce();
    /** Digests already accounted for in the stats. */
    counted = new Set();
    /** Transfers started before push(), awaited by settle(). */
    prepared = [];
    /** Upload sessions opened ahead; undefined where opening one failed. */
    spare = [];
    cancelling = [];
    run;
    constructor(client, repo, jobs) {
        this.client = client;
        this.repo = repo;
        this.run = (0,limit/* limit */.A)(jobs);
    }
    /**
     * Blobs of an image not finished yet (base layers, kodata) start now, and `more` upload
     * sessions are opened for the blobs still to come (see built()). Failures surface when push()
     * needs the same blob, and a session that fails to open is simply not used: this never throws.
     */
    known(blobs, more) {
        const scoped = this.start(blobs, false);
        for (let i = 0; i < more; i++) {
            this.spare.push(scoped.then(() => this.client.openUpload(this.repo.repository)).catch(() => undefined));
        }
    }
    /** An image's last blobs (binary layer, config), as soon as they are made; see known(). */
    built(blobs) {
        void this.start(blobs, true);
    }
    start(blobs, spare) {
        const scoped = this.client.addScopes(this.scopes(blobs));
        for (const b of blobs) {
            const sent = scoped.then(() => this.blob(b, Promise.resolve(true), spare));
            sent.catch(() => undefined);
            this.prepared.push(sent);
        }
        return scoped;
    }
    /** Waits for everything known() and built() started, and cancels sessions nobody used. */
    async settle() {
        await Promise.allSettled(this.prepared.splice(0));
        this.release();
        await Promise.allSettled(this.cancelling.splice(0));
    }
    /** Cancels the sessions opened ahead that are still unused. */
    release() {
        for (const s of this.spare.splice(0)) {
            this.cancelling.push(s
                .then(async (url) => {
                if (url)
                    await this.client.cancelUpload(url);
            })
                .catch(() => undefined));
        }
    }
    async push(target, artifact, tags) {
        const repo = this.repo;
        const tagRefs = tags.map((t) => (0,reference/* withTag */.Rd)(repo, t)); // validates every tag before any I/O
        try {
            const images = artifact.kind === 'image' ? [artifact] : artifact.children;
            await this.client.addScopes(this.scopes(images.flatMap((i) => i.blobs)));
            const [first, ...more] = tagRefs.length ? tagRefs : [(0,reference/* withDigest */.hQ)(repo, artifact.digest)];
            if (first) {
                if (artifact.kind === 'image')
                    await this.image(artifact, first, Promise.resolve(true), true);
                else
                    await this.index(artifact, first);
            }
            for (const ref of more)
                await this.manifest(artifact, ref);
        }
        finally {
            await this.settle();
        }
        return {
            digest: artifact.digest,
            byDigest: `${repo.name}@${artifact.digest}`,
            tagged: tagRefs.map((r) => r.name),
            stats: this.stats,
        };
    }
    /** Push, plus pull scopes for every same-registry repository we may mount from. */
    scopes(blobs) {
        const repos = new Set();
        for (const b of blobs) {
            if (this.mountable(b) && b.mountFrom)
                repos.add(b.mountFrom.repository);
        }
        return [
            (0,reference/* repositoryScope */.F7)(this.repo.repository, 'push,pull'),
            ...[...repos].map((r) => (0,reference/* repositoryScope */.F7)(r, 'pull')),
        ];
    }
    /**
     * The manifest HEAD and the blob HEADs go at once; blobs are sent only once the registry has
     * said it lacks the manifest, and `needed` (the parent index's answer) is true.
     */
    async image(img, ref, needed, top = false) {
        const present = this.present(ref, img.digest);
        const send = Promise.all([present, needed]).then(([has, wanted]) => !has && wanted);
        send.catch(() => undefined); // the blobs below, or `present`, report it
        const [has, wanted] = await Promise.all([
            present,
            needed,
            Promise.all(img.blobs.map((b) => this.blob(b, send))),
        ]);
        if (top)
            this.release(); // every blob is there: the DELETEs overlap the manifest PUT
        if (has || !wanted) {
            if (has)
                this.countSkippedImage(img);
            return;
        }
        await this.put(img, ref);
    }
    async index(artifact, ref) {
        const present = this.present(ref, artifact.digest);
        const needed = present.then((has) => !has);
        needed.catch(() => undefined);
        // Children go by digest, concurrently; their blobs share the limiter and the dedup map.
        const [has] = await Promise.all([
            present,
            ...artifact.children.map((c) => this.image(c, (0,reference/* withDigest */.hQ)(this.repo, c.digest), needed)),
        ]);
        this.release();
        if (has) {
            artifact.children.forEach((c) => this.countSkippedImage(c));
            return;
        }
        await this.put(artifact, ref);
    }
    /** An extra tag: HEAD, then PUT the same bytes if the tag points elsewhere. */
    async manifest(artifact, ref) {
        if (await this.present(ref, artifact.digest))
            return;
        await this.put(artifact, ref);
    }
    async put(artifact, ref) {
        await this.client.putManifest(this.repo.repository, ref.identifier, artifact.rawManifest, artifact.mediaType);
        this.stats.manifestsPut++;
    }
    /** Does the registry already hold these exact manifest bytes under `ref`? */
    async present(ref, digest) {
        let head;
        try {
            head = await this.client.headManifest(ref);
        }
        catch (e) {
            // Some registries answer 403 for a tag that does not exist yet (ggcr treats it as absent).
            if (e instanceof registry_errors/* RegistryError */.gl && e.status === 403)
                return false;
            throw e;
        }
        if (head?.digest !== digest)
            return false;
        this.stats.manifestsSkipped++;
        return true;
    }
    /** `spare`: may use a session opened ahead (those are kept for blobs on the critical path). */
    blob(blob, send, spare = true) {
        const d = blob.descriptor;
        // Foreign (non-distributable) layers are never pushed, as in ggcr.
        if (d.mediaType === media_types/* MediaType */.zu.DockerForeignLayer)
            return Promise.resolve();
        return this.blobsDone.get(d.digest, () => this.run(() => this.client.limit(() => this.transfer(blob, send, spare))));
    }
    async transfer(blob, send, spare) {
        const d = blob.descriptor;
        const repo = this.repo.repository;
        const uploadable = { digest: d.digest, size: d.size, open: () => blob.open() };
        // Already accounted for: named by a manifest the registry had, or sent.
        if (this.counted.has(d.digest))
            return;
        if ((await this.client.blobExists(repo, d.digest)) || !(await send)) {
            // Absent but not sent: its manifest is there after all, so it is too.
            this.count(this.stats.skipped, d);
            return;
        }
        if (this.mountable(blob) && blob.mountFrom) {
            const how = await this.client.mountBlob(repo, uploadable, blob.mountFrom.repository);
            this.count(how === 'mounted' ? this.stats.mounted : this.stats.uploaded, d);
            return;
        }
        const session = spare ? await this.spare.shift() : undefined;
        await this.client.uploadBlob(repo, uploadable, session);
        this.count(this.stats.uploaded, d);
    }
    mountable(blob) {
        const from = blob.mountFrom;
        return (!!from && from.registry === this.repo.registry && from.repository !== this.repo.repository);
    }
    countSkippedImage(img) {
        for (const b of img.blobs)
            this.count(this.stats.skipped, b.descriptor);
    }
    /** Each blob is counted once, when it is known to be in the repository. */
    count(t, d) {
        if (this.counted.has(d.digest))
            return;
        this.counted.add(d.digest);
        t.count++;
        t.bytes += d.size;
    }
}

;// CONCATENATED MODULE: ./src/engine/provenance.ts
// SLSA v1 build provenance for one platform image, as an in-toto Statement v1
// (docs/provenance.md). Pure: everything comes from the build and the workflow's environment.
// Field meanings: https://slsa.dev/spec/v1.0/provenance and, for the GitHub workflow parts,
// the names GitHub's own provenance uses (https://github.com/actions/attest-build-provenance).
// Values a user could have put a secret into never go in: build env is listed by name only,
// flags and ldflags as written in .ko.yaml (templates unexpanded).


const PROVENANCE_BUILD_TYPE = 'https://github.com/org/ko-action/blob/v1/docs/provenance.md#build-type-v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** The statement's bytes (JSON, no trailing newline). */
function provenanceStatement(build, env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const repo = env.GITHUB_REPOSITORY;
    const inActions = env.GITHUB_ACTIONS === 'true' && !!repo;
    const workflow = inActions ? workflowOf(env, server) : undefined;
    const dependencies = [];
    if (inActions && env.GITHUB_SHA) {
        dependencies.push({
            uri: `git+${server}/${repo}@${env.GITHUB_REF ?? ''}`,
            digest: { gitCommit: env.GITHUB_SHA },
        });
    }
    if (build.base) {
        dependencies.push({
            uri: `oci://${build.base.reference}`,
            ...(build.base.digest ? { digest: { sha256: (0,oci_digest/* digestHex */.sU)(build.base.digest) } } : {}),
        });
    }
    dependencies.push({ uri: `pkg:golang/go@${build.goVersion.replace(/^go/, '')}` });
    const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: build.imageName, digest: { sha256: (0,oci_digest/* digestHex */.sU)(build.digest) } }],
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {
            buildDefinition: {
                buildType: PROVENANCE_BUILD_TYPE,
                externalParameters: {
                    ...(workflow ? { workflow } : {}),
                    build: {
                        importPath: build.importPath,
                        platform: build.platform,
                        flags: build.flags,
                        ldflags: build.ldflags,
                        env: build.envNames,
                        ...(build.base ? { baseImage: build.base.reference } : {}),
                    },
                },
                ...(inActions ? { internalParameters: { github: githubParameters(env) } } : {}),
                resolvedDependencies: dependencies,
            },
            runDetails: {
                builder: { id: builderId(env, inActions) },
                ...(inActions && env.GITHUB_RUN_ID
                    ? {
                        metadata: {
                            invocationId: `${server}/${repo}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT || '1'}`,
                        },
                    }
                    : {}),
            },
        },
    };
    return external_node_buffer_.Buffer.from(JSON.stringify(statement));
}
/** GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/file.yml@refs/heads/main`. */
function workflowOf(env, server) {
    const ref = env.GITHUB_WORKFLOW_REF;
    const repo = env.GITHUB_REPOSITORY ?? '';
    if (!ref?.startsWith(`${repo}/`))
        return undefined;
    const at = ref.lastIndexOf('@');
    if (at < 0)
        return undefined;
    return {
        repository: `${server}/${repo}`,
        ref: ref.slice(at + 1),
        path: ref.slice(repo.length + 1, at),
    };
}
function githubParameters(env) {
    const out = {};
    for (const [key, name] of [
        ['event_name', 'GITHUB_EVENT_NAME'],
        ['repository_id', 'GITHUB_REPOSITORY_ID'],
        ['repository_owner_id', 'GITHUB_REPOSITORY_OWNER_ID'],
        ['runner_environment', 'RUNNER_ENVIRONMENT'],
    ]) {
        const v = env[name];
        if (v)
            out[key] = v;
    }
    return out;
}
/** As GitHub's provenance names runners; outside Actions, the CLI. */
function builderId(env, inActions) {
    if (!inActions)
        return `${PROVENANCE_BUILD_TYPE.split('#')[0]}#builder-cli`;
    return env.RUNNER_ENVIRONMENT === 'self-hosted'
        ? 'https://github.com/actions/runner/self-hosted'
        : 'https://github.com/actions/runner/github-hosted';
}

;// CONCATENATED MODULE: ./src/oci/json-scan.ts
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

;// CONCATENATED MODULE: ./src/oci/go-decode.ts
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
                return normaliseGoTime(n.raw); // Go parses the quoted bytes without unescaping them
            }
            catch (e) {
                if (e instanceof GoTimeError)
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
                    bytes = decodeGoBase64(n.value);
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
            return ZERO_GO_TIME;
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
                    if (field.type.t !== 'bytes' && isEmptyGoValue(fv, field.type))
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

;// CONCATENATED MODULE: ./src/oci/manifest.ts
// Image manifests and indexes as ko produces them through ggcr's mutate package (docs/spec/ko-compat.md#5-manifest-and-index): the
// base manifest re-encoded with the new config and layers appended, base annotations added, and
// multi-platform indexes built from ggcr's empty index in base order.







const ANNOTATION_BASE_DIGEST = 'org.opencontainers.image.base.digest';
const ANNOTATION_BASE_NAME = 'org.opencontainers.image.base.name';
function encoded(value, json) {
    const bytes = goJsonBytes(json);
    return { value, bytes, digest: (0,oci_digest/* sha256 */.sc)(bytes), size: bytes.length };
}
function parse(raw, type, what, where) {
    try {
        return decodeGo(raw, type);
    }
    catch (e) {
        if (!(e instanceof GoDecodeError))
            throw e;
        throw new errors/* KoActionError */.jV('REGISTRY', `cannot parse the ${what}: ${e.message}`, {
            ...(where ? { where } : {}),
            cause: e,
        });
    }
}
/** v1.ParseManifest: unknown fields dropped. A missing `layers` reads as an empty list. */
function parseManifest(raw, where) {
    const m = parse(raw, ManifestType, 'image manifest', where);
    return { ...m, layers: m.layers ?? [] };
}
/** v1.ParseIndexManifest: unknown fields dropped. A missing `manifests` reads as an empty list. */
function parseIndexManifest(raw, where) {
    const m = parse(raw, IndexManifestType, 'image index', where);
    return { ...m, manifests: m.manifests ?? [] };
}
/** docs/spec/ko-compat.md#33-media-types-follow-the-base: new layers follow the base manifest's type, so no image mixes layer types. */
function layerMediaTypeFor(manifestMediaType) {
    if (manifestMediaType === media_types/* MediaType */.zu.OciManifest)
        return media_types/* MediaType */.zu.OciLayer;
    if (manifestMediaType === media_types/* MediaType */.zu.DockerManifest)
        return media_types/* MediaType */.zu.DockerLayer;
    throw new errors/* KoActionError */.jV('REGISTRY', `base image media type ${JSON.stringify(manifestMediaType ?? '')} is not an image manifest`, {
        hint: 'use a base image that is an OCI or Docker v2 image or index',
    });
}
const isImageConfig = (mt) => mt === media_types/* MediaType */.zu.OciConfig || mt === media_types/* MediaType */.zu.DockerConfig;
const nonEmpty = (v) => v !== undefined && Object.keys(v).length > 0;
/** Annotations on a fresh null-prototype map, later sources winning. */
function mergeAnnotations(...sources) {
    const out = Object.create(null);
    for (const s of sources)
        for (const [k, v] of Object.entries(s ?? {}))
            out[k] = v;
    return out;
}
/** The base.digest / base.name annotations; a base without a reference (scratch) gets none. */
function baseAnnotations(digest, name) {
    return {
        ...(digest !== undefined ? { [ANNOTATION_BASE_DIGEST]: digest } : {}),
        ...(name !== undefined ? { [ANNOTATION_BASE_NAME]: name } : {}),
    };
}
/** ko's image manifest: base manifest + new config + appended layers + annotations (docs/spec/ko-compat.md#51-image-manifest-json-ggcr-v1manifest-field-order--must). */
function buildImageManifest(opts) {
    const { base } = opts;
    if (!isImageConfig(base.config.mediaType)) {
        throw new errors/* KoActionError */.jV('REGISTRY', `base image config media type ${JSON.stringify(base.config.mediaType)} is not an image config`, {
            hint: 'use a base image whose config is application/vnd.oci.image.config.v1+json or application/vnd.docker.container.image.v1+json',
        });
    }
    const config = {
        ...base.config,
        size: opts.config.length,
        digest: (0,oci_digest/* sha256 */.sc)(opts.config),
        // ggcr refreshes embedded config data only when the base embedded it.
        ...(base.config.data !== undefined
            ? { data: external_node_buffer_.Buffer.from(opts.config).toString('base64') }
            : {}),
    };
    const manifest = {
        schemaVersion: base.schemaVersion,
        ...(base.mediaType !== undefined ? { mediaType: base.mediaType } : {}),
        config,
        layers: [...base.layers, ...opts.layers.map((l) => ({ ...l }))],
        annotations: mergeAnnotations(base.annotations, opts.annotations, baseAnnotations(opts.baseDigest, opts.baseName)),
        // mutate drops the base's subject; its artifactType stays.
        ...(base.artifactType !== undefined ? { artifactType: base.artifactType } : {}),
    };
    return encoded(manifest, encodeManifest(manifest));
}
/** ggcr's empty.Index: `{"schemaVersion":2,"mediaType":"…index.v1+json","manifests":[]}`. */
function manifest_emptyIndex() {
    return { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.OciIndex, manifests: [] };
}
/** An index built from ggcr's empty index: manifests in the order given. */
function buildIndex(opts) {
    const index = {
        ...manifest_emptyIndex(),
        mediaType: opts.mediaType ?? media_types/* MediaType */.zu.OciIndex,
        manifests: opts.manifests.map((d) => ({ ...d })),
    };
    if (opts.annotations !== undefined)
        index.annotations = mergeAnnotations(opts.annotations);
    return encoded(index, encodeIndexManifest(index));
}
/**
 * The descriptor of a built image inside ko's index (ggcr partial.Descriptor + IndexAddendum):
 * size and digest of the new image, mediaType/urls/annotations/platform from the base entry,
 * artifactType = the image's artifactType, else its config media type.
 */
function childDescriptor(baseEntry, image) {
    const d = {
        mediaType: baseEntry.mediaType || (image.value.mediaType ?? ''),
        size: image.size,
        digest: image.digest,
    };
    if (nonEmpty(baseEntry.urls))
        d.urls = [...baseEntry.urls];
    if (nonEmpty(baseEntry.annotations))
        d.annotations = mergeAnnotations(baseEntry.annotations);
    if (baseEntry.platform)
        d.platform = structuredClone(baseEntry.platform);
    const artifactType = image.value.artifactType || image.value.config.mediaType;
    if (artifactType)
        d.artifactType = artifactType;
    return d;
}
/** ko's multi-platform result (docs/spec/ko-compat.md#52-multi-platform-result-base-is-an-indexmanifest-list step 4). */
function buildKoIndex(opts) {
    return buildIndex({
        mediaType: opts.mediaType,
        manifests: opts.children.map((c) => childDescriptor(c.baseEntry, c.image)),
        annotations: mergeAnnotations(opts.annotations, baseAnnotations(opts.baseDigest, opts.baseName)),
    });
}
/**
 * The `base.digest` ko writes on an index. ko annotates an OCI base index (user annotations +
 * base.digest + base.name, subject dropped) before reading its digest, so for OCI indexes the
 * recorded value is the digest of that re-encoded index, not of the base as fetched. Docker
 * manifest lists are not annotated and keep their own digest.
 */
function koBaseIndexDigest(opts) {
    if (opts.mediaType === media_types/* MediaType */.zu.DockerManifestList)
        return opts.digest;
    const annotated = {
        ...opts.index,
        annotations: mergeAnnotations(opts.index.annotations, opts.annotations, {
            [ANNOTATION_BASE_DIGEST]: opts.digest,
            [ANNOTATION_BASE_NAME]: opts.baseName,
        }),
    };
    delete annotated.subject;
    return (0,oci_digest/* sha256 */.sc)(goJsonBytes(encodeIndexManifest(annotated)));
}

;// CONCATENATED MODULE: ./src/oci/referrers.ts
// OCI 1.1 referrers: an artifact manifest that points at an image through `subject`, and the
// referrers tag a pusher maintains where the registry has no referrers API.
// https://github.com/opencontainers/image-spec/blob/v1.1.1/manifest.md (artifactType, subject)
// https://github.com/opencontainers/distribution-spec/blob/v1.1.1/spec.md#pushing-manifests-with-subject




/** The empty config of an artifact manifest: `{}`, embedded (image-spec manifest.md, guidance). */
const EMPTY_CONFIG = {
    mediaType: media_types/* MediaType */.zu.OciEmpty,
    digest: (0,oci_digest/* sha256 */.sc)('{}'),
    size: 2,
    data: external_node_buffer_.Buffer.from('{}').toString('base64'),
};
function referrers_memoryBlob(descriptor, bytes) {
    return { descriptor, open: () => Promise.resolve(external_node_stream_.Readable.from([external_node_buffer_.Buffer.from(bytes)])) };
}
/**
 * An artifact manifest holding one payload and naming `subject`. `annotations` go on the
 * manifest (and so into the referrers list); `payloadAnnotations` on the payload's descriptor.
 */
function referrerArtifact(opts) {
    const layer = {
        mediaType: opts.payloadMediaType,
        digest: (0,oci_digest/* sha256 */.sc)(opts.payload),
        size: opts.payload.length,
        ...(opts.payloadAnnotations ? { annotations: opts.payloadAnnotations } : {}),
    };
    const subject = {
        mediaType: opts.subject.mediaType,
        digest: opts.subject.digest,
        size: opts.subject.size,
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.OciManifest,
        artifactType: opts.artifactType,
        config: EMPTY_CONFIG,
        layers: [layer],
        subject,
        ...(opts.annotations ? { annotations: opts.annotations } : {}),
    };
    const bytes = external_node_buffer_.Buffer.from(JSON.stringify(manifest));
    const digest = (0,oci_digest/* sha256 */.sc)(bytes);
    return {
        artifact: {
            kind: 'image',
            mediaType: media_types/* MediaType */.zu.OciManifest,
            digest,
            rawManifest: bytes,
            blobs: [referrers_memoryBlob(EMPTY_CONFIG, external_node_buffer_.Buffer.from('{}')), referrers_memoryBlob(layer, opts.payload)],
        },
        descriptor: {
            mediaType: media_types/* MediaType */.zu.OciManifest,
            digest,
            size: bytes.length,
            artifactType: opts.artifactType,
            ...(opts.annotations ? { annotations: opts.annotations } : {}),
        },
    };
}
/** The tag schema's tag for a subject: `sha256-<hex>` (distribution-spec, referrers tag schema). */
function referrersTag(subject) {
    return `sha256-${(0,oci_digest/* digestHex */.sU)(subject)}`;
}
/**
 * The referrers tag's index with `entry` added: entries already there are kept (other tools'
 * signatures and attestations), an entry for the same digest is replaced, never duplicated.
 */
function addReferrer(existing, entry) {
    const kept = (existing?.manifests ?? []).filter((d) => d.digest !== entry.digest);
    const index = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.OciIndex,
        manifests: [...kept, entry],
    };
    return external_node_buffer_.Buffer.from(JSON.stringify(index));
}

;// CONCATENATED MODULE: ./src/engine/publish/provenance-attach.ts






/** Pushes one statement per image; returns the referrer manifests' digests, in image order. */
async function attachProvenance(client, repo, images, statement, jobs) {
    const first = images[0];
    if (!first)
        return [];
    const servesApi = await client.servesReferrers(repo.repository, first.digest);
    const pushed = [];
    for (const image of images) {
        const ref = referrerArtifact({
            artifactType: IN_TOTO_MEDIA_TYPE,
            payload: statement(image),
            payloadMediaType: IN_TOTO_MEDIA_TYPE,
            subject: { mediaType: image.mediaType, digest: image.digest, size: image.rawManifest.length },
            annotations: { 'in-toto.io/predicate-type': SLSA_PROVENANCE_V1 },
        });
        await pushArtifact(client, (0,reference/* withDigest */.hQ)(repo, ref.artifact.digest), ref.artifact, {
            tags: [],
            jobs,
        });
        if (!servesApi) {
            const tag = (0,reference/* withTag */.Rd)(repo, referrersTag(image.digest));
            const existing = (await client.headManifest(tag))
                ? parseIndexManifest((await client.getManifest(tag)).bytes, tag.name)
                : undefined;
            await client.putManifest(repo.repository, tag.identifier, addReferrer(existing, ref.descriptor), media_types/* MediaType */.zu.OciIndex);
        }
        pushed.push(ref.artifact.digest);
    }
    return pushed;
}

;// CONCATENATED MODULE: ./src/engine/publish/registry-publisher.ts








class RegistryPublisher {
    plan;
    deps;
    constructor(plan, deps) {
        this.plan = plan;
        this.deps = deps;
    }
    async start(name) {
        const destinations = this.destinations(name);
        // The first repository's push starts while go build runs (see PushSession).
        const first = destinations[0];
        const early = first ? await this.session(first[0]) : undefined;
        return {
            ...(early ? { early } : {}),
            publish: (pkg, artifact) => this.push(pkg, name, destinations, early, artifact),
            settle: () => early?.settle() ?? Promise.resolve(),
        };
    }
    /** Repository → tags. Plain tags (or none at all) go to the ko-named image. */
    destinations(name) {
        const { plan } = this;
        const named = plan.tags.length > 0 || plan.tagRefs.size === 0;
        return [...(named ? [[name, plan.tags]] : []), ...plan.tagRefs];
    }
    async session(repo) {
        const target = (0,reference/* parseRepository */.SU)(repo);
        return new PushSession(await this.deps.clients.client(target), target, this.plan.uploadJobs);
    }
    async push(pkg, name, destinations, early, artifact) {
        const { plan, deps } = this;
        for (const [i, [repo, tags]] of destinations.entries()) {
            const session = i === 0 && early ? early : await this.session(repo);
            const result = await session.push((0,reference/* parseReference */.F2)(repo), artifact, tags);
            const s = result.stats;
            deps.log(`Pushed ${result.byDigest}: ${s.uploaded.count} blobs uploaded (${s.uploaded.bytes} bytes), ` +
                `${s.mounted.count} mounted, ${s.skipped.count} already present`);
        }
        const [first, firstTags] = destinations[0] ?? [name, plan.tags];
        const sbom = await this.attachSboms(first, artifact);
        if (pkg.provenance)
            await this.attachProvenance(first, artifact, pkg.importPath, pkg.provenance);
        return {
            ...builtImage(pkg, first, artifact),
            ...(sbom ? { sbom } : {}),
            ref: (0,naming/* printedReference */.aZ)({
                publisher: 'registry',
                name: first,
                tags: firstTags,
                digest: artifact.digest,
            }),
            tags: [...plan.tags, ...[...plan.tagRefs].flatMap(([r, ts]) => ts.map((t) => `${r}:${t}`))],
        };
    }
    /** One SLSA statement per platform image, as an OCI 1.1 referrer (docs/provenance.md). */
    async attachProvenance(repo, artifact, importPath, source) {
        const target = (0,reference/* parseRepository */.SU)(repo);
        const client = await this.deps.clients.client(target);
        const images = artifact.kind === 'index' ? artifact.children : [artifact];
        const pushed = await attachProvenance(client, target, images, (img) => provenanceStatement({
            ...source,
            importPath,
            imageName: target.name,
            digest: img.digest,
            platform: img.platform ? (0,oci_platform/* formatPlatform */.Bq)(img.platform) : 'unknown',
        }, this.deps.env), this.plan.uploadJobs);
        for (const d of pushed)
            this.deps.log(`Attached provenance ${target.name}@${d}`);
    }
    /**
     * ko attaches SBOMs with cosign's tag scheme: `<repo>:sha256-<hex>.sbom` for the index and for
     * every image ($COSIGN_REPOSITORY overrides the repository). Returns the index's (or image's).
     */
    async attachSboms(repo, artifact) {
        if (!artifact.sbom)
            return undefined;
        const target = (0,reference/* parseRepository */.SU)(this.deps.env.COSIGN_REPOSITORY || repo);
        const client = await this.deps.clients.client(target);
        const images = artifact.kind === 'index' ? [artifact, ...artifact.children] : [artifact];
        for (const img of images) {
            if (!img.sbom)
                continue;
            const tag = sbomTag(img.digest);
            await pushArtifact(client, (0,reference/* withTag */.Rd)(target, tag), sbomArtifact(img.sbom), {
                tags: [tag],
                jobs: this.plan.uploadJobs,
            });
        }
        return `${target.name}:${sbomTag(artifact.digest)}`;
    }
}

;// CONCATENATED MODULE: ./src/engine/publish/tag-only-publisher.ts
class TagOnlyPublisher {
    inner;
    tags;
    constructor(inner, tags) {
        this.inner = inner;
        this.tags = tags;
    }
    async start(name) {
        const inner = await this.inner.start(name);
        return {
            ...inner,
            publish: async (pkg, artifact) => {
                const built = await inner.publish(pkg, artifact);
                return { ...built, ref: `${built.name}:${this.tags[0] ?? ''}` };
            },
        };
    }
}

;// CONCATENATED MODULE: ./src/engine/publish/tarball-publisher.ts
// ko's --tarball FILE: every image in one `docker load`-able tarball (oci/docker-archive.ts), named
// `<name>:<tag>` for each tag (ko's publish.NewTarball). A tarball holds single images only: an
// index (several platforms) is refused, as ko refuses it.
// ko writes the file when it closes; here it is rewritten after each image, so that once the last
// image is published it holds them all, in the order the images were started.






class TarballPublisher {
    file;
    tags;
    log;
    slots = [];
    writing = Promise.resolve();
    constructor(file, tags, log) {
        this.file = file;
        this.tags = tags;
        this.log = log;
    }
    start(name) {
        const slot = this.slots.push(undefined) - 1;
        return Promise.resolve({
            publish: (pkg, artifact) => this.add(slot, pkg, name, artifact),
            settle: () => Promise.resolve(),
        });
    }
    async add(slot, pkg, name, artifact) {
        const image = singleImage(artifact, name, this.file);
        this.slots[slot] = { image, repoTags: this.tags.map((t) => `${dockerName(name)}:${t}`) };
        const done = this.writing.then(() => this.write());
        this.writing = done.catch(() => undefined);
        await done;
        return {
            ...builtImage(pkg, name, artifact),
            ref: (0,naming/* printedReference */.aZ)({
                publisher: 'registry',
                name,
                tags: this.tags,
                digest: artifact.digest,
            }),
            tags: [...this.tags],
        };
    }
    async write() {
        const images = this.slots.filter((s) => s !== undefined);
        this.log(`Saving ${this.file}`);
        const { stream } = dockerArchive(images);
        await (0,external_node_stream_promises_.pipeline)(stream, await openWriteStream(this.file));
        this.log(`Saved ${this.file}`);
    }
}
function singleImage(artifact, name, file) {
    if (artifact.kind === 'image')
        return artifact;
    throw new errors/* KoActionError */.jV('INPUT', `${file}: ${name} is an image index (${artifact.children.length} platforms); a docker tarball holds single images`, {
        where: '--tarball',
        hint: 'build one platform (--platform linux/amd64), or use --oci-layout-path for an index',
    });
}
/**
 * The repository as go-containerregistry's name.Tag prints it: a name with no registry and no
 * slash is a Docker Hub official image, `library/<name>`.
 */
function dockerName(name) {
    return name.includes('/') ? name : `library/${name}`;
}

;// CONCATENATED MODULE: ./src/engine/publish/ko-publishing.ts
// ko's own publisher choice (commands/resolver.go makePublisher), used by the CLI twin so that a
// ko user's flags put images where ko would: an OCI layout (--oci-layout-path), a docker-archive
// tarball (--tarball) and the registry (--push), in that order, every one of them that is asked
// for, the last one's reference printed; none of them (--push=false alone): nothing is written and
// ko's would-be reference is printed. --image-refs records what was published; -L (or a ko.local
// repo) loads into the local engine instead, and a kind.local repo into a kind cluster's nodes
// (neither writes a layout or tarball, nor heeds --push=false). The action keeps its own choice
// (publisher.ts).












function koPublisher(plan, ko, deps, imageCount) {
    const inner = innerPublisher(plan, ko, deps, imageCount);
    return ko.imageRefs ? new recording_publisher/* RecordingPublisher */._(inner, ko.imageRefs) : inner;
}
function innerPublisher(plan, ko, deps, imageCount) {
    if (ko.local || (0,daemon_repo/* isDaemonRepo */.G)(plan.repo))
        return new DaemonPublisher(plan.tags, deps);
    if ((0,kind_repo/* isKindRepo */.FB)(plan.repo))
        return new KindPublisher(plan.tags, deps);
    const publishers = [];
    if (ko.ociLayoutPath) {
        const tag = plan.tags[0] ?? 'latest';
        const layout = { path: ko.ociLayoutPath, tag, imageCount, reportTag: false };
        publishers.push(new LayoutPublisher(layout, deps.log));
    }
    if (ko.tarball)
        publishers.push(new TarballPublisher(ko.tarball, plan.tags, deps.log));
    if (plan.push) {
        // ko checks the tag-only rule when it opens the registry publisher, before any build.
        if (ko.tagOnly)
            (0,naming/* checkTagOnly */.bA)(plan.tags);
        const registry = new RegistryPublisher(plan, deps);
        publishers.push(ko.tagOnly ? new TagOnlyPublisher(registry, plan.tags) : registry);
    }
    if (publishers.length === 0)
        return new NopPublisher(plan.tags, ko.tagOnly);
    return publishers.length === 1 && publishers[0] ? publishers[0] : new MultiPublisher(publishers);
}

;// CONCATENATED MODULE: ./src/engine/publish/publisher.ts
// Where built images go. One Publisher per run, chosen here and only here: a registry, an OCI
// layout (push: false), the local engine (ko.local), or a kind cluster's nodes (kind.local). Each
// package gets a Publication before it is built, so a registry can start uploading while go build
// runs (see publication.ts).







/** The one place that decides where images go. */
function choosePublisher(plan, deps, imageCount) {
    if (plan.koPublishing)
        return koPublisher(plan, plan.koPublishing, deps, imageCount);
    if (!plan.push) {
        // One import path: the layout entry is named by the tag, as `skopeo copy oci:<dir>:<tag>` expects.
        const tag = plan.tags[0] ?? [...plan.tagRefs.values()][0]?.[0] ?? 'latest';
        const layout = { path: plan.ociLayoutPath, tag, imageCount, reportTag: true };
        return new LayoutPublisher(layout, deps.log);
    }
    if ((0,daemon_repo/* isDaemonRepo */.G)(plan.repo))
        return new DaemonPublisher(plan.tags, deps);
    if ((0,kind_repo/* isKindRepo */.FB)(plan.repo))
        return new KindPublisher(plan.tags, deps);
    return new RegistryPublisher(plan, deps);
}

// EXTERNAL MODULE: ./src/util/read-all.ts
var read_all = __webpack_require__(3868);
// EXTERNAL MODULE: ./src/registry/client.ts + 6 modules
var client = __webpack_require__(966);
;// CONCATENATED MODULE: ./src/engine/base/base-image.ts






async function loadBase(name, reader) {
    const root = await reader.root();
    const mediaType = root.mediaType || sniffMediaType(root.bytes);
    if ((0,media_types/* isIndexMediaType */.$$)(mediaType)) {
        const index = parseIndexManifest(root.bytes, name);
        const images = new KeyedOnce();
        return {
            kind: 'index',
            name,
            digest: root.digest,
            mediaType,
            index,
            image: (entry) => {
                if (!(0,media_types/* isImageManifestMediaType */.d6)(entry.mediaType)) {
                    throw new errors/* KoActionError */.jV('REGISTRY', `base image ${name ?? ''} holds a nested index (${entry.digest})`, {
                        hint: 'ko needs each entry of a base index to be an image manifest',
                    });
                }
                return images.get(entry.digest, async () => loadImage(name, await reader.manifest(entry), reader, entry.platform));
            },
        };
    }
    if (!(0,media_types/* isImageManifestMediaType */.d6)(mediaType)) {
        throw new errors/* KoActionError */.jV('REGISTRY', `base image ${name ?? ''} has unsupported media type ${mediaType}`, {
            hint: 'use an OCI or Docker v2 image or index as the base',
        });
    }
    return loadImage(name, { ...root, mediaType }, reader, undefined);
}
async function loadImage(name, raw, reader, platform) {
    const manifest = parseManifest(raw.bytes, name);
    const configBytes = await readConfig(reader, manifest.config);
    const config = JSON.parse(Buffer.from(configBytes).toString('utf8'));
    const layers = manifest.layers.map((descriptor) => ({
        descriptor,
        open: () => reader.blob(descriptor),
        ...(reader.mountFrom ? { mountFrom: reader.mountFrom } : {}),
    }));
    return {
        kind: 'image',
        name,
        digest: raw.digest,
        manifest,
        manifestMediaType: manifest.mediaType ?? raw.mediaType,
        config,
        configBytes,
        layers,
        platform,
    };
}
/** Config reads that break off, stall or arrive damaged are read again (issue #21). */
const configAttempts = 3;
/** The config blob, whole: a read that fails is started over, as a whole, a few times. */
async function readConfig(reader, d) {
    for (let attempt = 1;; attempt++) {
        try {
            return await (0,read_all.readAll)(await reader.blob(d));
        }
        catch (e) {
            // Only failures a new read can fix (a body cut short, stalled or damaged).
            if (attempt >= configAttempts || !(0,client/* isTemporary */.e)(e))
                throw e;
        }
    }
}
function sniffMediaType(bytes) {
    const doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
    if (doc.mediaType)
        return doc.mediaType;
    return doc.manifests ? media_types/* MediaType */.zu.OciIndex : media_types/* MediaType */.zu.OciManifest;
}

// EXTERNAL MODULE: ./src/ko/ko-reference.ts
var ko_reference = __webpack_require__(5550);
;// CONCATENATED MODULE: ./src/ko/build-config.ts
// Which .ko.yaml build (and base image) applies to an import path. ko keys each `builds[]` entry
// by the import path `go list` reports for `./<main>` run in `<working-directory>/<dir>`; this
// module says what to list and then picks the build, with ko's defaults (docs/spec/ko-compat.md#72-keys). Pure:
// the caller runs `go list` and answers file-system questions through `PathKind`.



const stripScheme = (ip) => (0,ko_reference/* stripKoScheme */.ug)(ip.trim());
/**
 * For each build, what to `go list` to learn its import path. `main` naming a file means its
 * directory (as GoReleaser does); a `dir` or `main` that does not exist is an error at its
 * position in .ko.yaml (ko#483). Run one `go list` per distinct `cwd` with all its patterns.
 */
function buildMatchKeys(config, workingDirectory, pathKind) {
    return config.builds.map((b) => {
        const cwd = (0,external_node_path_.join)(workingDirectory, b.dir);
        if (pathKind(cwd) !== 'directory') {
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${b.index}].dir: ${b.dir} is not a directory in ${workingDirectory}`, { where: b.dirWhere, hint: 'dir is relative to working-directory' });
        }
        // Leading slashes are dropped: ko joins main onto dir even when it is absolute.
        let main = external_node_path_.posix.normalize(b.main.replaceAll('\\', '/')).replace(/^\/+/, '') || '.';
        const kind = pathKind((0,external_node_path_.join)(cwd, main));
        if (kind === 'file')
            main = external_node_path_.posix.dirname(main);
        else if (kind === 'missing') {
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${b.index}].main: ${b.main} does not exist in ${cwd}`, {
                where: b.mainWhere,
                hint: 'main is a package directory (or a .go file in it) relative to the build’s dir',
            });
        }
        return { buildIndex: b.index, cwd, pattern: localPattern(main) };
    });
}
function localPattern(rel) {
    if (rel === '.' || rel === '..' || rel.startsWith('../'))
        return rel;
    return `./${rel}`;
}
/**
 * Two builds for the same package: ko silently keeps the later one; we stop, because one of the
 * two entries is certainly not doing what its author meant.
 */
function checkBuildImportPaths(config, resolved) {
    const first = new Map();
    for (const b of config.builds) {
        const ip = resolved.get(b.index);
        if (ip === undefined)
            continue;
        const before = first.get(ip);
        if (before) {
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${b.index}] (${b.id}) and builds[${before.index}] (${before.id}) both build ${ip}`, { where: b.where, hint: 'keep one builds entry per package' });
        }
        first.set(ip, b);
    }
}
/**
 * The build for `importPath` (exact import path match, as ko's map lookup), with defaults for
 * what it leaves unset; the defaults alone when no build matches. `resolved` maps build index to
 * the import path `go list` gave for its BuildMatchKey.
 */
function selectBuild(config, importPath, resolved, options = {}) {
    const ip = stripScheme(importPath);
    // Later entries win, as when ko fills its map.
    const build = [...config.builds].reverse().find((b) => resolved.get(b.index) === ip);
    const cli = (options.cliLdflags ?? []).map((text) => ({ text, where: '--ldflags' }));
    const pick = (own, fallback) => own && own.length > 0 ? own : fallback;
    return {
        build,
        dir: build?.dir,
        env: pick(build?.env, config.defaultEnv),
        flags: pick(build?.flags, config.defaultFlags),
        ldflags: pick(cli, pick(build?.ldflags, config.defaultLdflags)),
        linuxCapabilities: build?.linuxCapabilities ?? [],
    };
}
/**
 * The base image for `importPath`: its baseImageOverrides entry (looked up lowercased, as ko
 * does), else `override` (the base-image input, which replaces only the default), else the
 * configured default.
 */
function baseImageFor(config, importPath, override) {
    const own = config.baseImageOverrides.get(stripScheme(importPath).toLowerCase());
    if (own)
        return own.value;
    return override?.trim() || config.defaultBaseImage.value;
}

;// CONCATENATED MODULE: ./src/oci/config.ts
// Reading a base image's config the way ggcr does (v1.ParseConfigFile): unknown fields such as
// `container_config` are dropped and times are normalised, so re-encoding gives ko's bytes.



/**
 * Parses config JSON into ggcr's ConfigFile. `where` names the image for error messages.
 * Throws KoActionError('REGISTRY') where ggcr would fail to parse.
 */
function parseConfigFile(raw, where) {
    try {
        return decodeGo(raw, ConfigFileType);
    }
    catch (e) {
        if (!(e instanceof GoDecodeError))
            throw e;
        throw new errors/* KoActionError */.jV('REGISTRY', `cannot parse the image config: ${e.message}`, {
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

;// CONCATENATED MODULE: ./src/ko/image-config.ts
// ko's image config mutation (pkg/build/gobuild.go buildOne + ggcr mutate.Append), step by step
// in ko's order so the encoded config is byte-identical to ko's (docs/spec/ko-compat.md#41-procedure-in-this-order).




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
    const p = (0,ko_reference/* stripKoScheme */.ug)(importPath);
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
    const cf = cloneConfigFile(base);
    const created = opts.sourceDateEpoch === undefined ? ZERO_GO_TIME : formatGoTime(opts.sourceDateEpoch);
    const kodataCreated = opts.kodataDateEpoch === undefined ? ZERO_GO_TIME : formatGoTime(opts.kodataDateEpoch);
    const createdBy = `ko build ${opts.importRef}`;
    const appPath = external_node_path_.posix.join(KO_APP_DIR, opts.appName);
    const windows = opts.os === 'windows';
    // Delve only exists for linux/amd64 and linux/arm64; ko's Windows --debug entrypoint, built
    // from an empty delve path, is not reproduced (docs/spec/ko-compat.md#13-summary-of-improve-items item 1).
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

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/oci/gzip.ts + 4 modules
var gzip = __webpack_require__(2438);
;// CONCATENATED MODULE: ./src/oci/layer.ts
// A layer is made in one streamed pass: tar bytes → sha256 (diffID) → gzip level 1 → sha256 and
// byte count (digest, size) → a temp file. Nothing holds a large layer in memory, and every
// descriptor is known before anything is pushed. By default the gzip is byte-identical to ko's
// (Go 1.26 compress/gzip at BestSpeed, src/oci/go-flate), so layer, manifest and index digests
// equal ko's; `parallel` trades that for zlib in parallel blocks (docs/spec/ko-compat.md#32-compression-ggcr-tarballlayerfromopener-internalgzip).











// Large chunks keep per-chunk costs (thread-pool hops, hash calls) negligible.
const chunk = 1 << 20;
/**
 * Up to this, a layer's tar and gzip are held in memory: every gzip block then starts at once and
 * the tar is hashed meanwhile, where the stream waits for each block to fill. Larger layers
 * stream, so memory stays flat whatever the binary's size.
 */
const inMemoryLayerLimit = 16 << 20;
async function createLayer(writeTar, opts) {
    await (0,promises_.mkdir)(opts.tmpDir, { recursive: true });
    if (opts.expectedSize !== undefined && opts.expectedSize <= inMemoryLayerLimit) {
        return createSmallLayer(writeTar, opts);
    }
    const path = (0,external_node_path_.join)(opts.tmpDir, `layer-${(0,external_node_crypto_.randomUUID)()}.tar.gz`);
    const tar = new oci_digest/* DigestCounter */.VR();
    const gz = new oci_digest/* DigestCounter */.VR();
    const head = hashing(tar, chunk);
    const file = await openWriteStream(path, { flags: 'wx', highWaterMark: chunk });
    const compressor = (0,gzip/* createLayerGzip */.kU)(opts.compression ?? 'go');
    const done = (0,external_node_stream_promises_.pipeline)(head, compressor, hashing(gz, chunk), file);
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
async function createSmallLayer(writeTar, opts) {
    const parts = [];
    await writeTar(new external_node_stream_.Writable({
        highWaterMark: chunk,
        write(data, _enc, cb) {
            parts.push(data);
            cb();
        },
    }));
    const tar = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    const compressing = (0,gzip/* gzipLayerBuffer */.wV)(tar, opts.compression ?? 'go');
    compressing.catch(() => undefined); // awaited below, after hashing
    const diffId = (0,oci_digest/* sha256 */.sc)(tar);
    const gz = await compressing;
    const counter = new oci_digest/* DigestCounter */.VR();
    for (const part of gz)
        counter.update(part);
    const path = (0,external_node_path_.join)(opts.tmpDir, `layer-${(0,external_node_crypto_.randomUUID)()}.tar.gz`);
    try {
        await (0,promises_.writeFile)(path, gz, { flag: 'wx' });
    }
    catch (err) {
        await (0,promises_.rm)(path, { force: true });
        throw err;
    }
    return fileLayer(path, diffId, {
        mediaType: opts.mediaType,
        size: counter.size,
        digest: counter.digest(),
    });
}
/** A layer for an existing gzip file. Reads it once unless both digests are already known. */
async function layerFromFile(path, opts) {
    if (opts.diffId && opts.digest) {
        const { size } = await (0,promises_.stat)(path);
        return fileLayer(path, opts.diffId, { mediaType: opts.mediaType, size, digest: opts.digest });
    }
    const tar = new oci_digest/* DigestCounter */.VR();
    const gz = new oci_digest/* DigestCounter */.VR();
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

// EXTERNAL MODULE: ./src/oci/capabilities.ts
var capabilities = __webpack_require__(4319);
;// CONCATENATED MODULE: ./src/engine/binary-layer.ts
// ko's binary layer (pkg/build/gobuild.go tarBinary, docs/spec/ko-compat.md#1-binary-layer-tar-pkgbuildgobuildgo-tarbinary-buildlayer): the directory `ko-app`, then the
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
    return external_node_path_.posix.join(appDir, appFileName(importPath));
}
/** Writes the binary layer's entries (no trailer) to `tw`; `size` is the binary's. */
async function writeBinaryTar(tw, opts, size) {
    const windows = opts.os === 'windows';
    const dirs = windows ? ['Hives', 'Files', 'Files/ko-app'] : ['ko-app'];
    for (const name of dirs)
        await tw.writeEntry({ name, typeflag: TypeDir, mode: 0o555 });
    let pax;
    if (windows) {
        pax = { [windowsSecurityKey]: windowsSecurityDescriptor };
    }
    else if (opts.os === 'linux') {
        const xattr = (0,capabilities/* capabilityXattr */.i)(opts.capabilities ?? []);
        if (xattr)
            pax = { [capabilityKey]: xattr };
    }
    const name = (windows ? 'Files' : '') + appPath(opts.importPath);
    await tw.writeFile({ name, typeflag: TypeReg, mode: 0o555, size, ...(pax && { pax }) }, opts.binaryPath);
}
/** The binary layer, compressed into `tmpDir`. */
async function createBinaryLayer(opts) {
    // Parse capabilities before any work so a typo fails fast.
    if (opts.os === 'linux')
        (0,capabilities/* capabilityXattr */.i)(opts.capabilities ?? []);
    let size;
    try {
        size = (await (0,promises_.stat)(opts.binaryPath)).size;
    }
    catch (err) {
        throw new errors/* KoActionError */.jV('GO_BUILD', `cannot read the built binary ${opts.binaryPath}`, {
            cause: err,
        });
    }
    return createLayer(async (sink) => {
        const tw = new TarWriter(sink);
        await writeBinaryTar(tw, opts, size);
        await tw.close();
    }, { ...opts, expectedSize: size });
}

// EXTERNAL MODULE: ./src/go/build.ts
var build = __webpack_require__(8770);
;// CONCATENATED MODULE: ./src/engine/kodata-layer.ts
// ko's kodata layer (pkg/build/gobuild.go tarKoData/walkRecursive, docs/spec/ko-compat.md#2-kodata-layer-tarkodata-walkrecursive): /var/run/ko and its
// parents, then a lexical depth-first walk of <package dir>/kodata with symlinks dereferenced.
// Symlinks must resolve inside the allowed root, so a link cannot pack host files (~/.ssh, /etc)
// into the image. ko recurses forever on a directory symlink that points back at an ancestor;
// we report it instead.







const mode = 0o555;
/** Writes the kodata layer's entries (no trailer) to `tw`. */
async function writeKodataTar(tw, opts) {
    const mtime = opts.epochSeconds;
    const windows = opts.os === 'windows';
    const chroot = windows ? 'Files/var/run/ko' : '/var/run/ko';
    const dirs = windows
        ? ['Hives', 'Files', 'Files/var', 'Files/var/run', 'Files/var/run/ko']
        : ['/var', '/var/run', '/var/run/ko'];
    for (const name of dirs)
        await tw.writeEntry({ name, typeflag: TypeDir, mode, mtime });
    const root = (0,external_node_path_.resolve)(opts.kodataDir);
    // filepath.Walk lstat()s the root and only descends into a real directory: a missing kodata,
    // a file, or even a symlink named kodata, contributes nothing.
    const info = await (0,promises_.lstat)(root).catch(() => undefined);
    if (!info?.isDirectory())
        return;
    const realRoot = await (0,promises_.realpath)(root);
    const walk = {
        tw,
        mtime,
        windows,
        allowedRoot: await resolveAllowedRoot(realRoot, opts.allowedRootEnv),
        log: opts.log ?? (() => undefined),
    };
    const names = await (0,promises_.readdir)(root).catch(() => []);
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
    return createLayer(async (sink) => {
        const tw = new TarWriter(sink);
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
    let abs = (0,external_node_path_.resolve)(candidate);
    abs = await (0,promises_.realpath)(abs).catch(() => abs);
    return within(realKodataRoot, abs) ? abs : realKodataRoot;
}
async function enclosingGitRoot(dir) {
    for (;;) {
        if (await (0,promises_.stat)((0,external_node_path_.join)(dir, '.git')).catch(() => undefined))
            return dir;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** True if `p` is `root` or inside it. */
function within(p, root) {
    const rel = (0,external_node_path_.relative)(root, p);
    return rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`);
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
    const paths = names.map((name) => (0,external_node_path_.join)(d.hostDir, name));
    // Errors are kept and raised in walk order, as Go would meet them.
    const infos = await Promise.all(paths.map((p) => (0,promises_.lstat)(p).catch((err) => err)));
    const contents = new Map();
    let ahead = 0;
    for (let i = 0; i < names.length; i++) {
        for (; ahead < Math.min(i + readAhead, names.length); ahead++) {
            const info = infos[ahead];
            if (info instanceof external_node_fs_.Stats && info.isFile() && info.size <= smallFile) {
                const read = (0,promises_.readFile)(paths[ahead]);
                read.catch(() => undefined); // awaited in turn
                contents.set(ahead, read);
            }
        }
        const name = names[i];
        const hostPath = paths[i];
        const info = infos[i];
        const tarName = `${d.tarDir}/${name}`;
        if (!(info instanceof external_node_fs_.Stats))
            throw kodataError(hostPath, `cannot be read: ${reason(info)}`, info);
        if (info.isDirectory()) {
            // Go lists a directory before writing its header; an unreadable one is an error.
            const children = await (0,promises_.readdir)(hostPath).catch((err) => {
                throw kodataError(hostPath, `cannot be listed: ${reason(err)}`, err);
            });
            await w.tw.writeEntry({ name: tarName, typeflag: TypeDir, mode, mtime: w.mtime });
            const realDir = (0,external_node_path_.join)(d.realDir, name);
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
        typeflag: TypeReg,
        mode,
        mtime: w.mtime,
        size,
        ...(w.windows && { pax: { [windowsSecurityKey]: windowsSecurityDescriptor } }),
    };
}
function writeFile(w, tarName, path, size) {
    return w.tw.writeFile(fileHeader(w, tarName, size), path);
}
/** A symlink: follow it to its target, which must stay inside the allowed root. */
async function writeLinkTarget(w, hostPath, tarName, stack) {
    const target = await (0,promises_.realpath)(hostPath).catch((err) => {
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
    const info = await (0,promises_.stat)(target);
    if (info.isDirectory()) {
        // Walking a directory that contains one being walked would reach this link again, forever.
        const cycle = stack.find((dir) => within(dir, target));
        if (cycle !== undefined) {
            throw kodataError(hostPath, `is a symlink loop: it points to ${JSON.stringify(target)}, which contains ${JSON.stringify(cycle)}, already being walked`);
        }
        await w.tw.writeEntry({ name: tarName, typeflag: TypeDir, mode, mtime: w.mtime });
        // filepath.Walk on the target: an unreadable target directory is silently empty.
        const names = await (0,promises_.readdir)(target).catch(() => []);
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
    return new errors/* KoActionError */.jV('CONFIG', `kodata path ${JSON.stringify(hostPath)} ${message}`, {
        where: hostPath,
        hint,
        ...(cause !== undefined && { cause }),
    });
}

// EXTERNAL MODULE: ./src/go/packages.ts
var go_packages = __webpack_require__(6033);
;// CONCATENATED MODULE: ./src/go/version-m.ts
// `go version -m <binary>`, the input of ko's SBOM. The random build path in its first line is
// replaced by the path inside the image, as ko does, so the text is the same on every build.


/**
 * Runs `go version -m binary` and returns its output with the binary's path (first occurrence)
 * replaced by `appPath` (ko's `/ko-app/<name>`) when given.
 */
async function readBuildInfo(goPath, binary, opts = {}) {
    const res = await (0,go_packages/* run */.eF)(goPath, ['version', '-m', binary], opts.cwd ?? process.cwd(), {
        ...(opts.env ?? process.env),
    });
    if (res.code !== 0) {
        throw new errors/* KoActionError */.jV('GO_BUILD', `go version -m ${binary} failed: ${res.stderr.trim()}`, {
            hint: 'the SBOM is made from the build info Go embeds in the binary; set `sbom: none` to skip it',
        });
    }
    return opts.appPath === undefined ? res.stdout : res.stdout.replace(binary, () => opts.appPath);
}

;// CONCATENATED MODULE: ./src/go/build-id.ts
// A Go binary's build ID, read in process the way `go tool buildid` reads it (Go's
// cmd/internal/buildid): an ELF binary carries it in a PT_NOTE named "Go\0\0" of type 4; other
// formats (PE, Mach-O) carry the raw `\xff Go build ID: "…"\n \xff` marker near the start.
// KOCACHE looks a binary up by this ID on every build; asking `go tool buildid` costs ~55 ms.

// Go reads this much and looks for notes and the raw marker within it.
const headSize = 32 * 1024;
const elfMagic = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
const rawPrefix = Buffer.from('\xff Go build ID: "', 'latin1');
const rawEnd = Buffer.from('"\n \xff', 'latin1');
const ptNote = 4;
const goNoteName = Buffer.from('Go\0\0', 'latin1');
const goBuildIdTag = 4;
/** The build ID, or undefined when the file has none this reader knows (the caller asks go). */
async function readBuildId(file) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const head = Buffer.alloc(headSize);
        const { bytesRead } = await fh.read(head, 0, headSize, 0);
        const data = head.subarray(0, bytesRead);
        if (data.subarray(0, 4).equals(elfMagic))
            return await elfBuildId(fh, data);
        return rawBuildId(data);
    }
    finally {
        await fh.close();
    }
}
async function elfBuildId(fh, head) {
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (b, o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b, o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const word = (b, o) => is64 ? Number(le ? b.readBigUInt64LE(o) : b.readBigUInt64BE(o)) : u32(b, o);
    if (head.length < (is64 ? 64 : 52))
        return undefined;
    const phoff = word(head, is64 ? 0x20 : 0x1c);
    const phentsize = u16(head, is64 ? 0x36 : 0x2a);
    const phnum = u16(head, is64 ? 0x38 : 0x2c);
    for (let i = 0; i < phnum; i++) {
        const ph = phoff + i * phentsize;
        if (ph + phentsize > head.length)
            return undefined;
        if (u32(head, ph) !== ptNote)
            continue;
        const offset = word(head, ph + (is64 ? 8 : 4));
        const size = word(head, ph + (is64 ? 32 : 16));
        if (size < 16 || size > 1 << 20)
            continue;
        const notes = Buffer.alloc(size);
        await fh.read(notes, 0, size, offset);
        for (let at = 0; at + 12 <= size;) {
            const nameSize = u32(notes, at);
            const descSize = u32(notes, at + 4);
            const tag = u32(notes, at + 8);
            const nameAt = at + 12;
            const descAt = nameAt + align4(nameSize);
            if (descAt + descSize > size)
                break;
            const name = notes.subarray(nameAt, nameAt + nameSize);
            if (tag === goBuildIdTag && name.equals(goNoteName))
                return notes.subarray(descAt, descAt + descSize).toString('latin1');
            at = descAt + align4(descSize);
        }
    }
    return undefined;
}
function rawBuildId(data) {
    const start = data.indexOf(rawPrefix);
    if (start < 0)
        return undefined;
    const from = start + rawPrefix.length;
    const end = data.indexOf(rawEnd, from);
    if (end < 0)
        return undefined;
    const id = data.subarray(from, end).toString('latin1');
    // The linker writes it as a Go quoted string; build IDs never need escapes.
    return /^[\x21-\x7e]+$/.test(id) && !id.includes('\\') ? id : undefined;
}
function align4(n) {
    return (n + 3) & ~3;
}

;// CONCATENATED MODULE: ./src/engine/layer-cache.ts
// KOCACHE for binary layers (ko pkg/build/cache.go, docs/spec/ko-compat.md#8-kocache-pkgbuildcachego-pkgcommandscachego). The key is `go tool buildid` of the
// built binary; `buildid-to-diffid` and `diffid-to-descriptor` sit next to the binary as in ko.
// Unlike ko, the compressed layer itself is kept at `$KOCACHE/layers/sha256/<hex>`, so a hit needs
// neither tar nor gzip, and the maps are written truncating (ko leaves stale tail bytes).
// The `buildid-to-diffid` key is the build ID plus the gzip encoder (`<buildid> gzip=<id>`): a
// layer compressed by another encoder has other bytes, so it is never reused for this one (ko's
// own entries, keyed by the bare build ID, are misses too).
// A cache problem is never an error: it is logged at debug level and the layer is made afresh.










const buildIdFile = 'buildid-to-diffid';
const descriptorFile = 'diffid-to-descriptor';
/** Where ko puts a binary's directory: `$KOCACHE/bin/<importpath>/<platform>` (`out` inside). */
function kocacheBinDir(kocache, importPath, platform) {
    return (0,external_node_path_.join)(kocache, 'bin', importPath, (0,oci_platform/* formatPlatform */.Bq)(platform));
}
/** Where the compressed bytes of a cached layer live. */
function kocacheLayerPath(kocache, digest) {
    return (0,external_node_path_.join)(kocache, 'layers', 'sha256', (0,oci_digest/* digestHex */.sU)(digest));
}
/**
 * The binary layer for `binaryPath`, from KOCACHE when its build ID was seen before, else from
 * `make()` (then recorded). Callers skip this when capabilities are set, as ko does.
 */
async function binaryLayerFromCache(kocache, importPath, platform, binaryPath, goPath, make, opts) {
    const debug = opts.debug ?? (() => undefined);
    const metaDir = (0,external_node_path_.dirname)(binaryPath);
    let buildId;
    try {
        const id = (await readBuildId(binaryPath)) ?? (await goBuildId(goPath, binaryPath, opts.env));
        buildId = `${id} gzip=${(0,gzip/* compressionId */.sv)(opts.compression ?? 'go')}`;
        const hit = await lookup(kocache, metaDir, buildId, opts.mediaType);
        if (hit) {
            await markUsed(metaDir);
            return hit;
        }
        debug(`KOCACHE miss for ${importPath} ${(0,oci_platform/* formatPlatform */.Bq)(platform)} (key ${buildId})`);
    }
    catch (err) {
        debug(`KOCACHE unusable for ${binaryPath}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const layer = await make();
    if (buildId === undefined)
        return layer;
    try {
        await record(kocache, metaDir, buildId, layer);
    }
    catch (err) {
        debug(`KOCACHE: cannot record ${binaryPath}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    return layer;
}
/**
 * Sets the mtime of a binary's `buildid-to-diffid` to now, as Go marks a GOCACHE entry used: the
 * post step keeps the binaries this run used (pruneKocache). Best effort.
 */
async function markUsed(metaDir) {
    const now = new Date();
    await (0,promises_.utimes)((0,external_node_path_.join)(metaDir, buildIdFile), now, now).catch(() => undefined);
}
/** `go tool buildid <file>`, trimmed, as ko reads it. */
async function goBuildId(goPath, file, env = process.env) {
    // Run outside any module so a go.mod `toolchain` line cannot trigger a download.
    const res = await (0,go_packages/* run */.eF)(goPath, ['tool', 'buildid', file], (0,external_node_path_.dirname)(file), {
        ...env,
        GOTOOLCHAIN: 'local',
    });
    const out = (res.stdout + res.stderr).trim();
    if (res.code !== 0)
        throw new Error(`go tool buildid ${file}: ${out}`);
    if (!out)
        throw new Error(`no build ID in ${file}`);
    return out;
}
async function lookup(kocache, metaDir, buildId, mediaType) {
    const diffIds = await readMap((0,external_node_path_.join)(metaDir, buildIdFile));
    const descs = await readMap((0,external_node_path_.join)(metaDir, descriptorFile));
    if (!diffIds || !descs)
        return undefined;
    const diffId = diffIds[buildId];
    if (diffId === undefined)
        return undefined;
    if (!(0,oci_digest/* isDigest */.Bc)(diffId))
        throw new Error(`${buildIdFile}: bad diffID ${diffId}`);
    const desc = descs[diffId];
    if (!desc || !(0,oci_digest/* isDigest */.Bc)(desc.digest) || !Number.isSafeInteger(desc.size)) {
        throw new Error(`${descriptorFile}: no valid descriptor for ${diffId}`);
    }
    const path = kocacheLayerPath(kocache, desc.digest);
    const { size } = await (0,promises_.stat)(path);
    if (size !== desc.size)
        throw new Error(`${path} has ${size} bytes, not ${desc.size}`);
    // The media type follows today's base, not the one recorded: the bytes are the same.
    return layerFromFile(path, { mediaType, diffId, digest: desc.digest });
}
/** A map file, or undefined when absent; anything unparsable throws (and so becomes a miss). */
async function readMap(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Error(`${path}: not a JSON object`);
    }
    return value;
}
/**
 * Copies the layer file into KOCACHE and rewrites both maps with this one entry: a binary
 * directory only ever needs its latest build, and older layers are left for pruneKocacheLayers.
 */
async function record(kocache, metaDir, buildId, layer) {
    const { diffId, descriptor } = layer;
    const path = kocacheLayerPath(kocache, descriptor.digest);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const staged = `${path}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    // A copy, not a move: the caller's layer keeps its file, and a reader never sees a partial one.
    await (0,promises_.copyFile)(layer.path, staged);
    await (0,promises_.rename)(staged, path);
    const desc = {
        mediaType: descriptor.mediaType,
        size: descriptor.size,
        digest: descriptor.digest,
    };
    await writeJson((0,external_node_path_.join)(metaDir, descriptorFile), { [diffId]: desc });
    await writeJson((0,external_node_path_.join)(metaDir, buildIdFile), { [buildId]: diffId });
}
/** Go's json.Encoder with SetIndent("", "  "): 2-space indent and a trailing newline. */
async function writeJson(path, value) {
    const tmp = `${path}.${(0,external_node_crypto_.randomUUID)()}.tmp`;
    await (0,promises_.writeFile)(tmp, JSON.stringify(value, null, 2) + '\n');
    await (0,promises_.rename)(tmp, path);
}
/**
 * Removes layer files no `diffid-to-descriptor` under `$KOCACHE/bin` refers to, so a cache saved
 * run after run does not grow without bound. Run it when no build is in progress (post step).
 */
async function pruneKocacheLayers(kocache) {
    const layersDir = join(kocache, 'layers', 'sha256');
    let files;
    try {
        files = await readdir(layersDir);
    }
    catch {
        return 0;
    }
    const used = new Set();
    for (const file of await findFiles(join(kocache, 'bin'), descriptorFile)) {
        try {
            const descs = await readMap(file);
            for (const d of Object.values(descs ?? {})) {
                if (typeof d.digest === 'string' && isDigest(d.digest))
                    used.add(digestHex(d.digest));
            }
        }
        catch {
            // A corrupt map protects nothing; its layers go.
        }
    }
    let removed = 0;
    for (const name of files) {
        if (used.has(name))
            continue;
        await rm(join(layersDir, name), { force: true });
        removed++;
    }
    return removed;
}
/** The files ko-action keeps per binary in `$KOCACHE/bin/<importpath>/<platform>/`. */
const binFiles = new Set(['out', buildIdFile, descriptorFile]);
/**
 * Keeps what this run used: removes each binary (`out` and its maps) whose files are all older
 * than `usedSince` (a restored KOCACHE is back-dated; a build rewrites `out` and the maps, a hit
 * marks the maps used), then the layers nothing refers to any more. Post step only.
 */
async function pruneKocache(kocache, usedSince) {
    let binaries = 0;
    const visit = async (dir) => {
        let entries;
        try {
            entries = await readdir(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        const files = entries.filter((e) => e.isFile() && binFiles.has(e.name)).map((e) => e.name);
        if (files.length) {
            const times = await Promise.all(files.map((f) => stat(join(dir, f)).then((st) => st.mtimeMs, () => 0)));
            if (Math.max(...times) < usedSince) {
                await Promise.all(files.map((f) => rm(join(dir, f), { force: true })));
                binaries++;
            }
        }
        for (const e of entries)
            if (e.isDirectory())
                await visit(join(dir, e.name));
    };
    await visit(join(kocache, 'bin'));
    return { binaries, layers: await pruneKocacheLayers(kocache) };
}
async function findFiles(dir, name) {
    let entries;
    try {
        entries = await readdir(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const found = [];
    for (const e of entries) {
        const p = join(dir, e.name);
        if (e.isDirectory())
            found.push(...(await findFiles(p, name)));
        else if (e.name === name)
            found.push(p);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/go/build-info.ts
// Go's build info as ko reads it for an SBOM: `go version -m` output massaged the way ko's
// massageGoVersionM does (first line dropped, leading space trimmed), then parsed like
// runtime/debug.ParseBuildInfo. Only what the SBOM uses is kept.

const goSpace = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
function bad(line, why) {
    return new errors/* KoActionError */.jV('GO_BUILD', `could not parse Go build info: line ${line}: ${why}`, {
        hint: 'the binary has no readable module information; set `sbom: none` to skip the SBOM',
    });
}
function moduleOf(cols, line) {
    if (cols.length !== 2 && cols.length !== 3) {
        throw bad(line, `expected 2 or 3 columns; got ${cols.length}`);
    }
    return { path: cols[0], version: cols[1], sum: cols[2] ?? '' };
}
/** Parses `go version -m` output as ko does; empty input gives empty build info. */
function parseGoVersionM(text) {
    // bufio.Scanner lines: split on \n, a trailing \r dropped, no empty last token.
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    if (text.endsWith('\n'))
        lines.pop();
    const goVersion = /: (go\S*)\s*$/.exec(lines[0] ?? '')?.[1] ?? '';
    let path = '';
    let main = { path: '', version: '', sum: '' };
    const deps = [];
    // Which module a `=>` line replaces: main (-1), a dep index, or none.
    let last;
    lines.slice(1).forEach((raw, i) => {
        const line = raw.replace(goSpace, '');
        const n = i + 1;
        const [key, ...rest] = line.split('\t');
        const tail = line.slice((key ?? '').length + 1);
        switch (line.includes('\t') ? key : undefined) {
            case 'path':
                path = tail;
                break;
            case 'mod':
                main = moduleOf(rest, n);
                last = -1;
                break;
            case 'dep':
                deps.push(moduleOf(rest, n));
                last = deps.length - 1;
                break;
            case '=>': {
                if (rest.length !== 3)
                    throw bad(n, `expected 3 columns for replacement; got ${rest.length}`);
                if (last === undefined)
                    throw bad(n, 'replacement with no module on previous line');
                const replace = { path: rest[0], version: rest[1], sum: rest[2] };
                if (last === -1)
                    main = { ...main, replace };
                else
                    deps[last] = { ...deps[last], replace };
                last = undefined;
                break;
            }
            default:
                // build settings and unknown lines do not reach the SBOM.
                break;
        }
    });
    return { goVersion, path, main, deps };
}

;// CONCATENATED MODULE: ./src/ko/spdx.ts
// ko's SPDX 2.3 documents (internal/sbom/spdx.go): one per image (image → main module → deps,
// plus the base image) and one per index (index → each platform image). Bytes are Go's
// json.Encoder with two-space indent: struct field order, omitempty, HTML-safe escaping, and a
// trailing newline.








/** What ko reports as its version (`Tool: ko <version>`) when none is given. */
const DEFAULT_KO_VERSION = 'v0.19.1';
const NOASSERTION = 'NOASSERTION';
/** json.MarshalIndent(v, "", "  "); undefined members are left out (omitempty). */
function encodeIndented(v, indent = '') {
    if (typeof v === 'string')
        return goQuote(v);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
        const items = v;
        if (items.length === 0)
            return '[]';
        return `[\n${items.map((e) => inner + encodeIndented(e, inner)).join(',\n')}\n${indent}]`;
    }
    const entries = Object.entries(v).filter((e) => e[1] !== undefined);
    if (entries.length === 0)
        return '{}';
    const body = entries.map(([k, e]) => `${inner}${goQuote(k)}: ${encodeIndented(e, inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
}
/** Go's url.QueryEscape: unreserved bytes kept, space as +, the rest %XX. */
function queryEscape(s) {
    return encodeURIComponent(s)
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+');
}
/** ko's ociRef: a purl whose qualifiers are url.Values.Encode()d (sorted by key). */
function ociPurl(kind, digest, quals) {
    const purl = `pkg:oci/${kind}@${digest}`;
    if (quals.length === 0)
        return purl;
    const keys = [...new Set(quals.map(([k]) => k))].sort(compareGoStrings);
    const parts = keys.flatMap((k) => quals.filter(([q]) => q === k).map(([, v]) => `${queryEscape(k)}=${queryEscape(v)}`));
    return `${purl}?${parts.join('&')}`;
}
function spdxPackage(p) {
    return {
        SPDXID: p.id,
        name: p.name,
        versionInfo: p.version || undefined,
        filesAnalyzed: false,
        licenseDeclared: NOASSERTION,
        licenseConcluded: NOASSERTION,
        downloadLocation: p.downloadLocation,
        copyrightText: NOASSERTION,
        primaryPackagePurpose: p.primaryPurpose,
        checksums: p.checksum === undefined ? undefined : [{ algorithm: 'SHA256', checksumValue: p.checksum }],
        externalRefs: [
            { referenceCategory: 'PACKAGE-MANAGER', referenceLocator: p.purl, referenceType: 'purl' },
        ],
    };
}
const relationship = (element, type, related) => ({
    spdxElementId: element,
    relationshipType: type,
    relatedSpdxElement: related,
});
const ociPackageId = (d) => `SPDXRef-Package-sha256-${(0,oci_digest/* digestHex */.sU)(d)}`;
const modulePackageId = (m) => `SPDXRef-Package-${m.path.replaceAll('/', '.')}-${m.version}`;
/** purl-spec golang: the first two path elements lowercased. */
function goPurl(m) {
    const parts = m.path.split('/');
    const path = parts.length > 2
        ? [parts[0].toLowerCase(), parts[1].toLowerCase(), ...parts.slice(2)].join('/')
        : m.path;
    return `pkg:golang/${path}@${m.version}?type=module`;
}
/** ko's h1ToSHA256: the hex of an `h1:` go.sum hash, else "". */
function h1ToSha256(sum) {
    if (!sum.startsWith('h1:'))
        return '';
    try {
        return Buffer.from(decodeGoBase64(sum.slice(3))).toString('hex');
    }
    catch {
        return '';
    }
}
/** Go's `2006-01-02T15:04:05Z` layout: the config time's wall clock, fraction and zone dropped. */
function spdxDate(created) {
    return `${normaliseGoTime(created).slice(0, 19)}Z`;
}
function spdx_document(digest, created, koVersion, g) {
    const doc = {
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `sbom-${digest}`,
        spdxVersion: 'SPDX-2.3',
        creationInfo: { created: spdxDate(created), creators: [`Tool: ko ${koVersion}`] },
        dataLicense: 'CC0-1.0',
        documentNamespace: `http://spdx.org/spdxdocs/ko/${digest}`,
        documentDescribes: [ociPackageId(digest)],
        packages: g.packages.length ? g.packages : undefined,
        relationships: g.relationships.length ? g.relationships : undefined,
    };
    return goJsonBytes(`${encodeIndented(doc)}\n`);
}
/** ko's addBaseImage: the base named by the base.name/base.digest annotations, if both exist. */
function addBaseImage(g, annotations, of) {
    const name = annotations[ANNOTATION_BASE_NAME];
    const raw = annotations[ANNOTATION_BASE_DIGEST];
    if (name === undefined || raw === undefined)
        return;
    const ref = (0,reference/* parseReference */.F2)(name);
    if (!(0,oci_digest/* isDigest */.Bc)(raw)) {
        throw new errors/* KoActionError */.jV('REGISTRY', `base image digest ${JSON.stringify(raw)} is not sha256`, {
            hint: 'the base.digest annotation must be sha256:<64 hex>',
        });
    }
    const repo = ref.context();
    g.relationships.push(relationship(ociPackageId(of), 'DESCENDANT_OF', ociPackageId(raw)));
    // A reference with a digest is a ggcr name.Digest: no tag qualifier.
    const quals = [['repository_url', repo.name]];
    if (ref.digest === undefined && ref.tag !== undefined)
        quals.push(['tag', ref.tag]);
    g.packages.push(spdxPackage({
        id: ociPackageId(raw),
        name: `${repo.name}@${raw}`,
        version: ref.original,
        downloadLocation: NOASSERTION,
        checksum: (0,oci_digest/* digestHex */.sU)(raw),
        purl: ociPurl('image', raw, quals),
    }));
}
/** ko's GenerateImageSPDX from `go version -m` output. */
function spdxFromBuildInfo(goVersionM, opts) {
    const bi = parseGoVersionM(goVersionM);
    const image = ociPackageId(opts.imageDigest);
    const g = {
        packages: [
            spdxPackage({
                id: image,
                name: opts.imageDigest,
                downloadLocation: NOASSERTION,
                primaryPurpose: 'CONTAINER',
                purl: ociPurl('image', opts.imageDigest, [['mediaType', opts.manifestMediaType]]),
            }),
        ],
        relationships: [relationship('SPDXRef-DOCUMENT', 'DESCRIBES', image)],
    };
    addBaseImage(g, opts.annotations ?? {}, opts.imageDigest);
    const main = modulePackageId(bi.main);
    g.relationships.push(relationship(image, 'CONTAINS', main));
    g.packages.push(spdxPackage({
        id: main,
        name: bi.main.path,
        downloadLocation: `https://${bi.main.path}`,
        purl: goPurl(bi.main),
    }));
    for (const dep of bi.deps) {
        const id = modulePackageId(dep);
        g.relationships.push(relationship(main, 'DEPENDS_ON', id));
        g.packages.push(spdxPackage({
            id,
            name: dep.path,
            version: dep.version,
            downloadLocation: `https://proxy.golang.org/${dep.path}/@v/${dep.version}.zip`,
            checksum: dep.sum ? h1ToSha256(dep.sum) : undefined,
            purl: goPurl(dep),
        }));
    }
    return spdx_document(opts.imageDigest, opts.created, opts.koVersion ?? DEFAULT_KO_VERSION, g);
}
/** ko's GenerateIndexSPDX: the index and a VARIANT_OF package per platform image. */
function spdxForIndex(opts) {
    const index = ociPackageId(opts.indexDigest);
    const g = {
        packages: [
            spdxPackage({
                id: index,
                name: opts.indexDigest,
                downloadLocation: NOASSERTION,
                primaryPurpose: 'CONTAINER',
                checksum: (0,oci_digest/* digestHex */.sU)(opts.indexDigest),
                purl: ociPurl('index', opts.indexDigest, [['mediaType', opts.indexMediaType]]),
            }),
        ],
        relationships: [],
    };
    addBaseImage(g, opts.annotations ?? {}, opts.indexDigest);
    for (const c of opts.children) {
        const p = c.platform;
        const quals = [
            ['mediaType', c.mediaType],
            ['arch', p.architecture],
            ['os', p.os],
        ];
        if (p.variant)
            quals.push(['variant', p.variant]);
        if (p['os.version'])
            quals.push(['os-version', p['os.version']]);
        for (const f of p['os.features'] ?? [])
            quals.push(['os-feature', f]);
        g.relationships.push(relationship(index, 'VARIANT_OF', ociPackageId(c.digest)));
        g.packages.push(spdxPackage({
            id: ociPackageId(c.digest),
            name: c.digest,
            version: (0,oci_platform/* formatPlatform */.Bq)(p),
            downloadLocation: NOASSERTION,
            primaryPurpose: 'CONTAINER',
            checksum: (0,oci_digest/* digestHex */.sU)(c.digest),
            purl: ociPurl('image', c.digest, quals),
        }));
    }
    return spdx_document(opts.indexDigest, opts.created, opts.koVersion ?? DEFAULT_KO_VERSION, g);
}

;// CONCATENATED MODULE: ./src/engine/builder.ts
// Turns one Go main package into an image (or an index, one image per platform) the way ko does:
// base layers + kodata layer + binary layer, ko's config, ko's manifest and index (docs/spec/ko-compat.md#3-layers-gzip-and-media-types to docs/spec/ko-compat.md#5-manifest-and-index).

















/**
 * Checks everything in the inputs that can be wrong before anything is built or pushed: the
 * platforms against the base, every platform's flag templates, the capabilities.
 */
async function planArtifact(req) {
    const { base } = req;
    let targets;
    if (base.kind === 'image') {
        const platform = (0,oci_platform/* platformOfConfig */.Dr)(base.config);
        if (!(0,oci_platform/* platformMatches */.J5)(req.platforms, platform)) {
            throw new errors/* KoActionError */.jV('INPUT', `base image platform "${(0,oci_platform/* formatPlatform */.Bq)(platform)}" does not match desired platforms ${describe(req.platforms)}`, {
                where: 'platforms',
                hint: 'use a multi-platform base image, or build for the base image platform',
            });
        }
        targets = [{ image: Promise.resolve(base), platform }];
    }
    else {
        const entries = base.index.manifests.filter((d) => (0,oci_platform/* platformMatches */.J5)(req.platforms, d.platform));
        if (entries.length === 0) {
            throw new errors/* KoActionError */.jV('INPUT', `no matching platforms in base image index ${base.name ?? ''} for ${describe(req.platforms)}`, {
                where: 'platforms',
                hint: `the base image has ${base.index.manifests.map((d) => (d.platform ? (0,oci_platform/* formatPlatform */.Bq)(d.platform) : '?')).join(', ')}`,
            });
        }
        targets = await Promise.all(entries.map(async (entry) => {
            // An index entry names its platform: compile while its manifest and config download.
            const image = base.image(entry);
            image.catch(() => undefined); // awaited by buildImage, unless planning fails first
            const platform = entry.platform ?? (0,oci_platform/* platformOfConfig */.Dr)((await image).config);
            return { entry, image, platform };
        }));
    }
    const jobs = await Promise.all(targets.map(async (t) => {
        // A typo fails here, before any build: the layer applies them on Linux only.
        if (t.platform.os === 'linux')
            (0,capabilities/* capabilityXattr */.i)(req.image.capabilities ?? []);
        return { ...t, compile: await compileRequest(req, t.platform) };
    }));
    return { req, jobs };
}
/** The plan with every go build run at `maxProcs` (see goMaxProcs). */
function withMaxProcs(plan, maxProcs) {
    if (maxProcs === undefined)
        return plan;
    return { ...plan, jobs: plan.jobs.map((j) => ({ ...j, compile: { ...j.compile, maxProcs } })) };
}
/** The go build for one platform, with the flag templates rendered for it. */
async function compileRequest(req, platform) {
    const compileReq = {
        goPath: req.go.goPath,
        importPath: req.pkg.importPath,
        cwd: req.go.cwd,
        platform,
        outDir: req.context.kocache
            ? kocacheBinDir(req.context.kocache, req.pkg.importPath, platform)
            : (0,external_node_path_.join)(req.context.binDir, req.pkg.importPath, (0,oci_platform/* formatPlatform */.Bq)(platform).replace(/\//g, '-')),
        flags: req.go.flags,
        ldflags: req.go.ldflags,
        buildEnv: req.go.buildEnv,
        debug: req.go.debug,
        processEnv: req.go.processEnv,
        // Under the run's temp dir, which goes once every build has settled.
        tmpDir: (0,external_node_path_.join)(req.context.tmpDir, 'go-tmp'),
    };
    const rendered = req.go.render
        ? await req.go.render(platform, (0,build/* goBuildEnv */.SE)(compileReq))
        : undefined;
    return rendered ? { ...compileReq, ...rendered } : compileReq;
}
async function buildArtifact(plan) {
    const { jobs } = plan;
    // One platform's failure stops the others' go builds; all settle before the error is told.
    const cancel = new AbortController();
    const outer = plan.req.context.signal;
    const stop = () => cancel.abort();
    if (outer?.aborted)
        cancel.abort();
    outer?.addEventListener('abort', stop, { once: true });
    const req = {
        ...plan.req,
        context: { ...plan.req.context, signal: cancel.signal },
    };
    const kodataLayers = new KeyedOnce();
    const built = await settleAll(jobs.map(async (job) => ({ entry: job.entry, ...(await buildImage(req, job, kodataLayers)) })), stop).finally(() => outer?.removeEventListener('abort', stop));
    const { base } = req;
    if (built.length === 1 || base.kind === 'image')
        return built[0].artifact;
    return makeIndex(req, base, built.map((b) => ({ ...b, entry: b.entry })));
}
function makeIndex(req, base, built) {
    const children = built.map(({ entry, manifest }) => ({ baseEntry: entry, image: manifest }));
    const baseInfo = base.name && base.digest
        ? {
            baseName: base.name,
            baseDigest: koBaseIndexDigest({
                index: base.index,
                mediaType: base.mediaType,
                digest: base.digest,
                baseName: base.name,
                annotations: req.image.indexAnnotations,
            }),
        }
        : undefined;
    const index = buildKoIndex({
        mediaType: base.mediaType,
        children,
        annotations: req.image.indexAnnotations,
        ...baseInfo,
    });
    const sbom = req.image.sbom && built[0]
        ? spdxForIndex({
            indexDigest: index.digest,
            indexMediaType: base.mediaType,
            ...(index.value.annotations ? { annotations: index.value.annotations } : {}),
            created: built[0].created,
            children: index.value.manifests.flatMap((d) => d.platform ? [{ mediaType: d.mediaType, digest: d.digest, platform: d.platform }] : []),
        })
        : undefined;
    return {
        kind: 'index',
        mediaType: base.mediaType,
        digest: index.digest,
        rawManifest: index.bytes,
        children: built.map((b) => b.artifact),
        ...(sbom ? { sbom } : {}),
    };
}
async function buildImage(req, job, kodataLayers) {
    const { platform, image: baseImage } = job;
    const { timeline, signal } = req.context;
    const subject = (0,oci_platform/* formatPlatform */.Bq)(platform);
    const compiling = req.context.compileLimit(async () => {
        const span = timeline?.start('compile', subject, req.pkg.requested);
        try {
            const binary = (await req.context.takeBuild?.(job.compile, req.pkg.requested)) ??
                (await (0,build/* compile */.wE)(job.compile, signal));
            span?.end('ok');
            return binary;
        }
        catch (e) {
            span?.end(e instanceof build/* CompileCancelled */.Tv ? 'cancelled' : 'failed', e);
            throw e;
        }
    });
    // The kodata layer needs only the base's media type: it is made while go build runs.
    const kodataLayer = baseImage.then(async (base) => {
        const mediaType = layerMediaTypeFor(base.manifestMediaType);
        const layer = await kodataLayers.get(`${platform.os} ${mediaType}`, () => createKodataLayer({
            kodataDir: (0,external_node_path_.join)(req.pkg.dir, 'kodata'),
            os: platform.os,
            epochSeconds: req.image.kodataDateEpoch ?? 0,
            allowedRootEnv: req.image.kodataAllowedRoot,
            mediaType,
            tmpDir: req.context.tmpDir,
            ...(req.context.compression ? { compression: req.context.compression } : {}),
            ...(req.context.log ? { log: req.context.log } : {}),
        }));
        req.context.earlyPush?.known([...base.layers, layer], 2);
        return layer;
    });
    // All settle before any error is reported (ko's order: the base's first, then the build's), so
    // no go build outlives a failed run.
    const [baseResult, compileResult, kodataResult] = await Promise.allSettled([
        baseImage,
        compiling,
        kodataLayer,
    ]);
    if (baseResult.status === 'rejected')
        throw baseResult.reason;
    if (compileResult.status === 'rejected')
        throw compileResult.reason;
    if (kodataResult.status === 'rejected')
        throw kodataResult.reason;
    const base = baseResult.value;
    const binary = compileResult.value;
    const kodata = kodataResult.value;
    const mediaType = layerMediaTypeFor(base.manifestMediaType);
    const makeLayer = () => binaryLayer(req, binary, platform, mediaType);
    const bin = await (timeline
        ? timeline.time('layers', makeLayer, subject, req.pkg.requested)
        : makeLayer());
    const config = koConfigFile(parseConfigFile(base.configBytes), {
        appName: appFileName(req.pkg.importPath),
        importRef: req.importRef,
        os: platform.os,
        kodataDiffId: kodata.diffId,
        binaryDiffId: bin.diffId,
        ...(req.image.sourceDateEpoch !== undefined
            ? { sourceDateEpoch: req.image.sourceDateEpoch }
            : {}),
        ...(req.image.kodataDateEpoch !== undefined
            ? { kodataDateEpoch: req.image.kodataDateEpoch }
            : {}),
        labels: req.image.labels,
        ...(req.image.user ? { user: req.image.user } : {}),
    });
    const configBytes = marshalConfigFile(config);
    const manifest = buildImageManifest({
        base: base.manifest,
        config: configBytes,
        layers: [kodata.descriptor, bin.descriptor],
        annotations: req.image.manifestAnnotations,
        ...(base.name && base.digest ? { baseName: base.name, baseDigest: base.digest } : {}),
    });
    const configBlob = {
        descriptor: manifest.value.config,
        open: () => Promise.resolve(external_node_stream_.Readable.from([Buffer.from(configBytes)])),
    };
    req.context.earlyPush?.built([configBlob, bin]);
    const layers = [...base.layers, kodata, bin];
    const mediaTypeOut = manifest.value.mediaType ?? base.manifestMediaType;
    const sbom = req.image.sbom
        ? spdxFromBuildInfo(await readBuildInfo(req.go.goPath, binary, {
            appPath: appPath(req.pkg.importPath),
            env: { ...req.go.processEnv },
        }), {
            imageDigest: manifest.digest,
            manifestMediaType: mediaTypeOut,
            ...(manifest.value.annotations ? { annotations: manifest.value.annotations } : {}),
            created: config.created,
        })
        : undefined;
    const artifact = {
        kind: 'image',
        mediaType: mediaTypeOut,
        digest: manifest.digest,
        rawManifest: manifest.bytes,
        blobs: [configBlob, ...layers],
        platform,
        ...(sbom ? { sbom } : {}),
    };
    return { artifact, manifest, created: config.created };
}
/** ko skips KOCACHE when capabilities are set: the layer then depends on more than the binary. */
function binaryLayer(req, binary, platform, mediaType) {
    const make = () => createBinaryLayer({
        binaryPath: binary,
        importPath: req.pkg.importPath,
        os: platform.os,
        ...(req.image.capabilities ? { capabilities: req.image.capabilities } : {}),
        mediaType,
        tmpDir: req.context.tmpDir,
        ...(req.context.compression ? { compression: req.context.compression } : {}),
    });
    if (!req.context.kocache || req.image.capabilities?.length)
        return make();
    return binaryLayerFromCache(req.context.kocache, req.pkg.importPath, platform, binary, req.go.goPath, make, {
        mediaType,
        ...(req.context.compression ? { compression: req.context.compression } : {}),
        env: { ...req.go.processEnv },
        ...(req.context.log ? { debug: req.context.log } : {}),
    });
}
function describe(spec) {
    return spec.all ? '[all]' : `[${spec.platforms.map(oci_platform/* formatPlatform */.Bq).join(' ')}]`;
}

;// CONCATENATED MODULE: ./src/ko/template-data.ts
// The data ko's templates see (pkg/build/gobuild.go createTemplateData, pkg/internal/git). Pure:
// the caller runs `go env` and the git commands below and passes their output in.
//
// What the caller collects, per build (ko runs both in the build's directory, working-directory
// plus the build's `dir`):
//   - `go env` stdout (with the build environment) → parseGoEnv
//   - each of gitInfoCommands as `git -c log.showSignature=false <args>`: stdout when the command
//     exits 0, undefined when it fails or git is missing → gitInfoFromOutputs
//   - the build's final environment (the env `go build` gets, docs/spec/ko-compat.md#76-build-environment-later-entries-win-as-with-exec)
//   - SOURCE_DATE_EPOCH seconds if set, else the current time

/** What ko reports outside a git repository, or when git is missing or fails. */
const zeroGitInfo = {
    branch: '',
    tag: '',
    shortCommit: '',
    fullCommit: '',
    commitSeconds: undefined,
    dirty: false,
};
/** The git commands ko runs (pkg/internal/git/info.go), each as `git -c log.showSignature=false …`. */
const gitInfoCommands = {
    isRepo: ['rev-parse', '--is-inside-work-tree'],
    branch: ['rev-parse', '--abbrev-ref', 'HEAD', '--quiet'],
    shortCommit: ['show', '--format=%h', 'HEAD', '--quiet'],
    fullCommit: ['show', '--format=%H', 'HEAD', '--quiet'],
    commitSeconds: ['show', "--format='%ct'", 'HEAD', '--quiet'],
    status: ['status', '--porcelain'],
    tag: ['describe', '--tags', '--abbrev=0', 'HEAD'],
};
// ko's clean(): first line, single quotes removed.
const clean = (s) => (s.split('\n')[0] ?? '').replaceAll("'", '');
/** ko's git.GetInfo, from the commands' outputs. */
function gitInfoFromOutputs(o) {
    if (o.isRepo?.trim() !== 'true')
        return zeroGitInfo;
    if (o.branch === undefined || o.shortCommit === undefined || o.fullCommit === undefined) {
        return zeroGitInfo;
    }
    if (o.commitSeconds === undefined)
        return zeroGitInfo;
    const ct = clean(o.commitSeconds);
    if (ct !== '' && !/^[+-]?\d+$/.test(ct))
        return zeroGitInfo;
    // ko: a failed `git describe` (no tags) is v0.0.0; an empty answer is "".
    const tag = o.tag === undefined
        ? 'v0.0.0'
        : (clean(o.tag)
            .split('\n')
            .map((l) => l.trim())
            .find((l) => l !== '') ?? '');
    return {
        branch: clean(o.branch),
        tag,
        shortCommit: clean(o.shortCommit),
        fullCommit: clean(o.fullCommit),
        commitSeconds: ct === '' ? undefined : Number(ct),
        dirty: o.status === undefined || o.status.trim() !== '',
    };
}
/** ko's goenv(): `KEY=VALUE` lines, trimmed, one level of matching quotes removed. */
function parseGoEnv(stdout) {
    const env = {};
    const lines = stdout.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((line, i) => {
        const eq = line.indexOf('=');
        if (eq < 0) {
            throw new errors/* KoActionError */.jV('GO_BUILD', `go env: failed parsing line ${i + 1}: ${line}`);
        }
        const key = line.slice(0, eq).trim();
        let value = line.slice(eq + 1).trim();
        if (value.length > 1 && /^(['"]).*\1$/s.test(value))
            value = value.slice(1, -1);
        env[key] = value;
    });
    return env;
}
const GO_ZERO_SECONDS = -62135596800; // 0001-01-01T00:00:00Z
/**
 * Go's time.Format(time.RFC3339) of `seconds` at a UTC offset (minutes east of UTC): "Z" for
 * offset 0, else ±hh:mm.
 */
function formatRfc3339(seconds, offsetMinutes = 0) {
    const shifted = new Date((seconds + offsetMinutes * 60) * 1000);
    const year = shifted.getUTCFullYear();
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const stamp = `${pad(year, 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
        `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
    if (offsetMinutes === 0)
        return `${stamp}Z`;
    const abs = Math.abs(offsetMinutes);
    return `${stamp}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
/** ko's Info.TemplateValue(). */
function gitTemplateValue(info) {
    const seconds = info.commitSeconds ?? GO_ZERO_SECONDS;
    return {
        Branch: info.branch,
        Tag: info.tag,
        ShortCommit: info.shortCommit,
        FullCommit: info.fullCommit,
        CommitDate: formatRfc3339(seconds),
        CommitTimestamp: seconds,
        IsDirty: info.dirty,
        IsClean: !info.dirty,
        TreeState: info.dirty ? 'dirty' : 'clean',
    };
}
function makeTemplateData(input) {
    const env = { LDFLAGS: '', ...input.buildEnv };
    const goEnv = { ...input.goEnv };
    // ko overrides only the go env names that exist.
    for (const [k, v] of Object.entries(env))
        if (Object.hasOwn(goEnv, k))
            goEnv[k] = v;
    const offset = input.utcOffsetMinutes ?? -new Date(input.seconds * 1000).getTimezoneOffset();
    return {
        Env: env,
        GoEnv: goEnv,
        Date: formatRfc3339(input.seconds, offset),
        Timestamp: input.seconds,
        Git: gitTemplateValue(input.git),
    };
}

;// CONCATENATED MODULE: ./src/ko/template/ftoa.ts
// strconv.FormatFloat for the formats fmt uses (e, E, f, g, G): the shortest digits that read back
// as the value, or the exact decimal value rounded (an exact half to even), as Go's ftoa does.
/** The exact decimal value of a finite double > 0 (every double is a finite decimal). */
function exactDecimal(a) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, a);
    const bits = view.getBigUint64(0);
    const biased = Number((bits >> 52n) & 0x7ffn);
    let mant = bits & ((1n << 52n) - 1n);
    let exp = -1074;
    if (biased !== 0) {
        mant |= 1n << 52n;
        exp = biased - 1075;
    }
    const trim = (d, dp) => {
        const t = d.replace(/0+$/, '');
        return t === '' ? { d: '', dp: 0 } : { d: t, dp };
    };
    if (exp >= 0) {
        const d = (mant << BigInt(exp)).toString();
        return trim(d, d.length);
    }
    const d = (mant * 5n ** BigInt(-exp)).toString();
    return trim(d, d.length + exp);
}
/** strconv's decimal.Round: to `nd` digits, an exact half to even. */
function round(x, nd) {
    if (nd < 0 || nd >= x.d.length)
        return x;
    const halfway = x.d[nd] === '5' && nd + 1 === x.d.length;
    const up = halfway ? nd > 0 && Number(x.d[nd - 1]) % 2 === 1 : x.d[nd] >= '5';
    if (!up) {
        const d = x.d.slice(0, nd).replace(/0+$/, '');
        return d === '' ? { d: '', dp: 0 } : { d, dp: x.dp };
    }
    let i = nd - 1;
    while (i >= 0 && x.d[i] === '9')
        i--;
    if (i < 0)
        return { d: '1', dp: x.dp + 1 };
    return { d: x.d.slice(0, i) + String(Number(x.d[i]) + 1), dp: x.dp };
}
/**
 * Decimal digits of |v|: the shortest that read back as v, or rounded to `prec` digits after the
 * point (mode f) or to prec + 1 significant digits (mode e).
 */
function digitsOf(v, mode, prec) {
    const a = Math.abs(v);
    if (a === 0)
        return { d: '', dp: 0 };
    if (mode !== 'shortest') {
        const x = exactDecimal(a);
        return round(x, mode === 'f' ? x.dp + prec : prec + 1);
    }
    const [mant = '', exp = '0'] = a.toExponential().split('e');
    const m = mant.replace('.', '').replace(/0+$/, '');
    return { d: m, dp: Number(exp) + 1 };
}
function fmtE(neg, g, prec, e) {
    let s = neg ? '-' : '';
    s += g.d[0] ?? '0';
    if (prec > 0)
        s += '.' + g.d.slice(1, 1 + prec).padEnd(prec, '0');
    const exp = g.d === '' ? 0 : g.dp - 1;
    return `${s}${e}${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}
function fmtF(neg, g, prec) {
    let s = neg ? '-' : '';
    s += g.dp > 0 ? g.d.slice(0, g.dp).padEnd(g.dp, '0') : '0';
    if (prec > 0) {
        s += '.';
        for (let i = 1; i <= prec; i++) {
            const j = g.dp + i - 1;
            s += j >= 0 && j < g.d.length ? g.d[j] : '0';
        }
    }
    return s;
}
/** strconv.FormatFloat(v, fmt, prec, 64) for fmt e, E, f, g, G (prec -1: shortest). */
function formatFloat(v, fmt, prec) {
    if (Number.isNaN(v))
        return 'NaN';
    if (!Number.isFinite(v))
        return v > 0 ? '+Inf' : '-Inf';
    const neg = v < 0 || Object.is(v, -0);
    const shortest = prec < 0;
    if (fmt === 'f') {
        const g = digitsOf(v, shortest ? 'shortest' : 'f', prec);
        return fmtF(neg, g, shortest ? Math.max(g.d.length - g.dp, 0) : prec);
    }
    if (fmt === 'e' || fmt === 'E') {
        const g = digitsOf(v, shortest ? 'shortest' : 'e', prec);
        return fmtE(neg, g, shortest ? g.d.length - 1 : prec, fmt);
    }
    if (prec === 0)
        prec = 1;
    const g = digitsOf(v, shortest ? 'shortest' : 'e', prec - 1);
    if (shortest)
        prec = g.d.length;
    let eprec = shortest ? 6 : prec;
    if (!shortest && eprec > g.d.length && g.d.length >= g.dp)
        eprec = g.d.length;
    const exp = g.dp - 1;
    if (exp < -4 || exp >= eprec) {
        return fmtE(neg, g, Math.min(prec, g.d.length) - 1, fmt === 'g' ? 'e' : 'E');
    }
    return fmtF(neg, g, Math.max((prec > g.dp ? g.d.length : prec) - g.dp, 0));
}

;// CONCATENATED MODULE: ./src/ko/template/strconv.ts
// The parts of Go's strconv that text/template and fmt use: quoting (Quote, QuoteRune,
// CanBackquote), unquoting string and character literals, parsing integer and float literals, and
// formatting floats. Go strings are bytes; ours are JS strings, so escapes that make bytes (\xff,
// \377) are decoded as UTF-8, with U+FFFD for bytes that are not.
const strconv_utf8 = new TextEncoder();
const utf8Lenient = new TextDecoder('utf-8');
const utf8Bytes = (s) => strconv_utf8.encode(s);
const fromUtf8 = (b) => utf8Lenient.decode(b);
const byteLength = (s) => strconv_utf8.encode(s).length;
/** Go's utf8.RuneCountInString. */
/** Go's utf8.RuneCountInString. */
const runeCount = (s) => Array.from(s).length;
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
/** Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const isPrint = (r) => r === 0x20 || (r <= 0x10ffff && printable.test(String.fromCodePoint(r)));
const strconv_hex = '0123456789abcdef';
const hexOf = (r, width) => r.toString(16).padStart(width, '0');
function escapedRune(r, quote, asciiOnly) {
    const c = String.fromCodePoint(r);
    if (c === quote || c === '\\')
        return `\\${c}`;
    if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r))
        return c;
    const named = {
        7: 'a',
        8: 'b',
        12: 'f',
        10: 'n',
        13: 'r',
        9: 't',
        11: 'v',
    };
    if (named[r])
        return `\\${named[r]}`;
    if (r < 0x20 || r === 0x7f)
        return `\\x${strconv_hex[r >> 4]}${strconv_hex[r & 15]}`;
    if (r >= 0xd800 && r <= 0xdfff)
        r = 0xfffd; // not a valid rune
    return r < 0x10000 ? `\\u${hexOf(r, 4)}` : `\\U${hexOf(r, 8)}`;
}
function quoteWith(s, quote, asciiOnly) {
    let out = quote;
    for (const c of s)
        out += escapedRune(c.codePointAt(0), quote, asciiOnly);
    return out + quote;
}
/** strconv.Quote / QuoteToASCII. */
const quote = (s, asciiOnly = false) => quoteWith(s, '"', asciiOnly);
/** strconv.QuoteRune / QuoteRuneToASCII (an invalid rune is U+FFFD). */
function quoteRune(r, asciiOnly = false) {
    const valid = r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff);
    return quoteWith(String.fromCodePoint(valid ? r : 0xfffd), "'", asciiOnly);
}
/** strconv.CanBackquote. */
const canBackquote = (s) => 
// eslint-disable-next-line no-control-regex
!/[`\u0000-\u0008\u000a-\u001f\u007f\ufeff\ufffd]/.test(s);
/** strconv.ErrSyntax. */
class InvalidSyntax extends Error {
    constructor() {
        super('invalid syntax');
    }
}
/** strconv.UnquoteChar over code points: the value, whether it is a rune (not a byte), the rest. */
function unquoteChar(s, q) {
    if (s === '')
        throw new InvalidSyntax();
    const c = s[0];
    if (c === q && (q === "'" || q === '"'))
        throw new InvalidSyntax();
    const cp = s.codePointAt(0);
    if (cp >= 0x80)
        return [cp, true, s.slice(cp > 0xffff ? 2 : 1)];
    if (c !== '\\')
        return [cp, false, s.slice(1)];
    if (s.length <= 1)
        throw new InvalidSyntax();
    const e = s[1];
    let rest = s.slice(2);
    const simple = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
    if (simple[e] !== undefined)
        return [simple[e], false, rest];
    if (e === 'x' || e === 'u' || e === 'U') {
        const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const digits = rest.slice(0, n);
        if (digits.length < n || !/^[0-9a-fA-F]+$/.test(digits))
            throw new InvalidSyntax();
        const v = parseInt(digits, 16);
        rest = rest.slice(n);
        if (e === 'x')
            return [v, false, rest];
        if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
            throw new InvalidSyntax();
        return [v, true, rest];
    }
    if (e >= '0' && e <= '7') {
        const digits = rest.slice(0, 2);
        if (!/^[0-7]{2}$/.test(digits))
            throw new InvalidSyntax();
        const v = parseInt(e + digits, 8);
        if (v > 255)
            throw new InvalidSyntax();
        return [v, false, rest.slice(2)];
    }
    if ((e === "'" || e === '"') && e === q)
        return [e.charCodeAt(0), false, rest];
    throw new InvalidSyntax();
}
/** strconv.Unquote of a "..." or `...` literal, as the template lexer delimits them. */
function unquote(literal) {
    const q = literal[0];
    if (literal.length < 2 || literal[literal.length - 1] !== q)
        throw new InvalidSyntax();
    const body = literal.slice(1, -1);
    if (q === '`') {
        if (body.includes('`'))
            throw new InvalidSyntax();
        return body.replaceAll('\r', '');
    }
    if (q !== '"')
        throw new InvalidSyntax();
    const bytes = [];
    let rest = body;
    while (rest !== '') {
        if (rest[0] === '\n')
            throw new InvalidSyntax();
        const [v, multibyte, tail] = unquoteChar(rest, '"');
        if (v < 0x80 || !multibyte)
            bytes.push(v);
        else
            bytes.push(...strconv_utf8.encode(String.fromCodePoint(v)));
        rest = tail;
    }
    return fromUtf8(Uint8Array.from(bytes));
}
// strconv's underscoreOK: underscores only between digits (or after a base prefix).
function underscoreOK(s) {
    let saw = '^';
    let i = 0;
    if (s[0] === '+' || s[0] === '-')
        s = s.slice(1);
    let isHex = false;
    if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
        i = 2;
        saw = '0';
        isHex = s[1] === 'x' || s[1] === 'X';
    }
    for (; i < s.length; i++) {
        const c = s[i];
        if ((c >= '0' && c <= '9') || (isHex && /[a-fA-F]/.test(c)))
            saw = '0';
        else if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
        }
        else {
            if (saw === '_')
                return false;
            saw = '!';
        }
    }
    return saw !== '_';
}
const MAX_UINT64 = (1n << 64n) - 1n;
/** strconv.ParseUint(s, 0, 64); undefined on any error. */
function parseUint(s0) {
    let s = s0;
    if (s === '')
        return undefined;
    let base = 10;
    if (s[0] === '0') {
        const p = s[1]?.toLowerCase();
        if (s.length >= 3 && (p === 'b' || p === 'o' || p === 'x')) {
            base = p === 'b' ? 2 : p === 'o' ? 8 : 16;
            s = s.slice(2);
        }
        else {
            base = 8;
            s = s.slice(1);
        }
    }
    let n = 0n;
    let underscores = false;
    for (const c of s) {
        if (c === '_') {
            underscores = true;
            continue;
        }
        const d = parseInt(c, 36);
        if (Number.isNaN(d) || d >= base)
            return undefined;
        n = n * BigInt(base) + BigInt(d);
        if (n > MAX_UINT64)
            return undefined;
    }
    if (underscores && !underscoreOK(s0))
        return undefined;
    return n;
}
/** strconv.ParseInt(s, 0, 64); undefined on any error. */
function parseInt64(s) {
    const neg = s[0] === '-';
    const u = parseUint(s[0] === '+' || s[0] === '-' ? s.slice(1) : s);
    if (u === undefined || u > (neg ? 1n << 63n : (1n << 63n) - 1n))
        return undefined;
    return neg ? -u : u;
}
/** strconv.ParseFloat(s, 64) for the literals the lexer produces; undefined on error or overflow. */
function parseFloat64(s) {
    if (s.includes('_') && !underscoreOK(s))
        return undefined;
    const t = s.replaceAll('_', '');
    let v;
    const hexFloat = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(t);
    if (hexFloat) {
        const [, sign, int = '', frac = '', exp = '0'] = hexFloat;
        if (int === '' && frac === '')
            return undefined;
        v = parseInt(int + frac || '0', 16) * 2 ** (Number(exp) - 4 * frac.length);
        if (sign === '-')
            v = -v;
    }
    else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) {
        v = Number(t);
    }
    else {
        return undefined;
    }
    return Number.isFinite(v) ? v : undefined;
}

;// CONCATENATED MODULE: ./src/ko/template/fmt-format.ts
// fmt/format.go, ported: padding, integers, strings, quoting and floats under the flags, width and
// precision of one verb. Widths count runes, as Go's do.


const MAX_RUNE = 0x10ffffn;
const U64 = 1n << 64n;
class Fmt {
    buf = '';
    widPresent = false;
    precPresent = false;
    minus = false;
    plus = false;
    sharp = false;
    space = false;
    zero = false;
    plusV = false;
    sharpV = false;
    wid = 0;
    prec = 0;
    clearflags() {
        this.widPresent = this.precPresent = this.minus = this.plus = this.sharp = false;
        this.space = this.zero = this.plusV = this.sharpV = false;
        this.wid = this.prec = 0;
    }
    writePadding(n) {
        if (n > 0)
            this.buf += (this.zero && !this.minus ? '0' : ' ').repeat(n);
    }
    /** pad and padString: `s` within the width, left or right justified. */
    pad(s) {
        if (!this.widPresent || this.wid === 0) {
            this.buf += s;
            return;
        }
        const width = this.wid - runeCount(s);
        if (this.minus) {
            this.buf += s;
            this.writePadding(width);
        }
        else {
            this.writePadding(width);
            this.buf += s;
        }
    }
    padUnzeroed(s) {
        const zero = this.zero;
        this.zero = false;
        this.pad(s);
        this.zero = zero;
    }
    fmtBoolean(v) {
        this.pad(v ? 'true' : 'false');
    }
    /** `v` is the signed value when isSigned, else a uint64. */
    fmtInteger(v, base, isSigned, verb, upper) {
        const negative = isSigned && v < 0n;
        const u = negative ? -v : v;
        let prec = 0;
        if (this.precPresent) {
            prec = this.prec;
            if (prec === 0 && u === 0n) {
                const zero = this.zero;
                this.zero = false;
                this.writePadding(this.wid);
                this.zero = zero;
                return;
            }
        }
        else if (this.zero && !this.minus && this.widPresent) {
            prec = this.wid;
            if (negative || this.plus || this.space)
                prec--;
        }
        let s = u.toString(base);
        if (upper)
            s = s.toUpperCase();
        s = s.padStart(prec, '0');
        if (this.sharp) {
            if (base === 2)
                s = `0b${s}`;
            else if (base === 8 && s[0] !== '0')
                s = `0${s}`;
            else if (base === 16)
                s = `0${upper ? 'X' : 'x'}${s}`;
        }
        if (verb === 'O')
            s = `0o${s}`;
        if (negative)
            s = `-${s}`;
        else if (this.plus)
            s = `+${s}`;
        else if (this.space)
            s = ` ${s}`;
        this.padUnzeroed(s);
    }
    fmtUnicode(v) {
        const u = v < 0n ? v + U64 : v;
        const prec = this.precPresent && this.prec > 4 ? this.prec : 4;
        let s = `U+${u.toString(16).toUpperCase().padStart(prec, '0')}`;
        if (this.sharp && u <= MAX_RUNE && isPrint(Number(u))) {
            s += ` '${String.fromCodePoint(Number(u))}'`;
        }
        this.padUnzeroed(s);
    }
    truncate(s) {
        return this.precPresent ? [...s].slice(0, this.prec).join('') : s;
    }
    fmtS(s) {
        this.pad(this.truncate(s));
    }
    /** %x and %X of a string: its UTF-8 bytes in hex. */
    fmtSx(s, upper) {
        const digits = upper ? '0123456789ABCDEFX' : '0123456789abcdefx';
        const b = utf8Bytes(s);
        const length = this.precPresent && this.prec < b.length ? this.prec : b.length;
        let width = 2 * length;
        if (width <= 0) {
            if (this.widPresent)
                this.writePadding(this.wid);
            return;
        }
        if (this.space)
            width += (this.sharp ? width : 0) + length - 1;
        else if (this.sharp)
            width += 2;
        if (this.widPresent && this.wid > width && !this.minus)
            this.writePadding(this.wid - width);
        const prefix = `0${digits[16]}`;
        let out = this.sharp ? prefix : '';
        for (let i = 0; i < length; i++) {
            if (this.space && i > 0)
                out += this.sharp ? ` ${prefix}` : ' ';
            out += digits[b[i] >> 4] + digits[b[i] & 15];
        }
        this.buf += out;
        if (this.widPresent && this.wid > width && this.minus)
            this.writePadding(this.wid - width);
    }
    fmtQ(s) {
        s = this.truncate(s);
        if (this.sharp && canBackquote(s))
            this.pad(`\`${s}\``);
        else
            this.pad(quote(s, this.plus));
    }
    rune(c) {
        const r = c < 0n || c > MAX_RUNE ? 0xfffd : Number(c);
        return r >= 0xd800 && r <= 0xdfff ? 0xfffd : r;
    }
    fmtC(c) {
        this.pad(String.fromCodePoint(this.rune(c)));
    }
    fmtQc(c) {
        this.pad(quoteRune(this.rune(c), this.plus));
    }
    fmtFloat(v, verb, prec) {
        if (this.precPresent)
            prec = this.prec;
        let num = formatFloat(v, verb, prec);
        if (num[0] !== '-' && num[0] !== '+')
            num = `+${num}`;
        if (this.space && num[0] === '+' && !this.plus)
            num = ` ${num.slice(1)}`;
        if (num[1] === 'I' || num[1] === 'N') {
            if (num[1] === 'N' && !this.space && !this.plus)
                num = num.slice(1);
            this.padUnzeroed(num);
            return;
        }
        if (this.sharp)
            num = sharpFloat(num, verb, prec);
        if (this.plus || num[0] !== '+') {
            if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
                this.buf += num[0];
                this.writePadding(this.wid - num.length);
                this.buf += num.slice(1);
                return;
            }
            this.pad(num);
            return;
        }
        this.pad(num.slice(1));
    }
}
/** The # flag on a float: always a decimal point, and %g keeps its trailing zeros. */
function sharpFloat(num, verb, prec) {
    let digits = verb === 'g' || verb === 'G' ? (prec === -1 ? 6 : prec) : 0;
    let tail = '';
    let hasDecimalPoint = false;
    let sawNonzeroDigit = false;
    for (let i = 1; i < num.length; i++) {
        const c = num[i];
        if (c === '.') {
            hasDecimalPoint = true;
        }
        else if (c === 'e' || c === 'E') {
            tail = num.slice(i);
            num = num.slice(0, i);
        }
        else {
            if (c !== '0')
                sawNonzeroDigit = true;
            if (sawNonzeroDigit)
                digits--;
        }
    }
    if (!hasDecimalPoint) {
        if (num.length === 2 && num[1] === '0')
            digits--;
        num += '.';
    }
    return num + '0'.repeat(Math.max(digits, 0)) + tail;
}

;// CONCATENATED MODULE: ./src/ko/template/value.ts
// The Go values a ko template can reach, as reflect sees them: ko's data is a
// map[string]interface {} holding map[string]string (Env, GoEnv), a map[string]interface {} (Git),
// string, int64 and bool; constants add int and float64, and indexing a string gives a uint8.
// A value read from a map[string]interface {} keeps the static type `interface {}` until
// text/template unwraps it, which Go's error texts show ("in type interface {}").
const invalid = { type: 'invalid' };
const value_str = (v) => ({ type: 'string', v });
const value_bool = (v) => ({ type: 'bool', v });
const value_int = (v, type = 'int') => ({ type, v: BigInt(v) });
function kindOf(v) {
    switch (v.type) {
        case 'int':
        case 'int64':
            return 'int';
        case 'uint8':
            return 'uint';
        case 'float64':
            return 'float';
        case 'map[string]string':
        case 'map[string]interface {}':
            return 'map';
        case 'interface {}':
            return 'interface';
        default:
            return v.type;
    }
}
const isMap = (v) => kindOf(v) === 'map';
/** Go's string order: bytewise, which for UTF-8 is code point order (not UTF-16's). */
function compareStrings(a, b) {
    const x = Array.from(a, (c) => c.codePointAt(0));
    const y = Array.from(b, (c) => c.codePointAt(0));
    for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i])
            return x[i] - y[i];
    return x.length - y.length;
}
/** A map's keys in fmtsort order, as fmt prints them and range visits them. */
const sortedKeys = (m) => [...m.v.keys()].sort(compareStrings);
/** reflect's MapIndex: undefined for a missing key. */
function mapIndex(m, key) {
    if (m.type === 'map[string]string') {
        const s = m.v.get(key);
        return s === undefined ? undefined : value_str(s);
    }
    const e = m.v.get(key);
    return e === undefined ? undefined : { type: 'interface {}', v: e };
}
/** reflect.Zero of the map's element type. */
const mapZero = (m) => m.type === 'map[string]string' ? value_str('') : { type: 'interface {}', v: invalid };
/** text/template's indirect: through interfaces; isNil for a nil one. */
function indirect(v) {
    while (v.type === 'interface {}') {
        if (v.v.type === 'invalid')
            return [v, true];
        v = v.v;
    }
    return [v, false];
}
/** text/template's indirectInterface: one interface level, nil is the invalid value. */
const indirectInterface = (v) => (v.type === 'interface {}' ? v.v : v);
/** text/template's isTrue: the zero value, empty maps and strings, and nil are false. */
function isTrue(v) {
    switch (v.type) {
        case 'invalid':
            return false;
        case 'bool':
            return v.v;
        case 'string':
            return v.v.length > 0;
        case 'float64':
            return v.v !== 0;
        case 'map[string]string':
        case 'map[string]interface {}':
            return v.v.size > 0;
        case 'interface {}':
            return v.v.type !== 'invalid';
        default:
            return v.v !== 0n;
    }
}

;// CONCATENATED MODULE: ./src/ko/template/fmt.ts
// fmt/print.go, ported for the values a template holds: Sprint, Sprintln and Sprintf with Go's
// verbs, flags, argument indexes and error forms (%!d(string=x), %!(EXTRA ...), %!s(MISSING)).
// An argument is a Value; the invalid value is a nil interface. Not supported: %p, and %b %x %X
// of floats (they print as a bad verb).


/** reflect.TypeOf(x).String() of an argument. */
const typeString = (v) => indirectInterface(v).type;
class Printer {
    f = new Fmt();
    arg = { type: 'invalid' };
    value = { type: 'invalid' };
    reordered = false;
    goodArgNum = true;
    get out() {
        return this.f.buf;
    }
    write(s) {
        this.f.buf += s;
    }
    badVerb(verb) {
        this.write(`%!${verb}(`);
        if (this.arg.type !== 'invalid') {
            this.write(`${typeString(this.arg)}=`);
            this.printArg(this.arg, 'v');
        }
        else if (this.value.type !== 'invalid') {
            this.write(`${this.value.type}=`);
            this.printValue(this.value, 'v', 0);
        }
        else {
            this.write('<nil>');
        }
        this.write(')');
    }
    fmtInteger(v, isSigned, verb) {
        const f = this.f;
        switch (verb) {
            case 'v':
                if (f.sharpV && !isSigned) {
                    const sharp = f.sharp;
                    f.sharp = true;
                    f.fmtInteger(v, 16, false, 'v', false);
                    f.sharp = sharp;
                }
                else {
                    f.fmtInteger(v, 10, isSigned, verb, false);
                }
                return;
            case 'd':
            case 'b':
            case 'o':
            case 'O':
            case 'x':
            case 'X': {
                const base = { d: 10, b: 2, o: 8, O: 8, x: 16, X: 16 }[verb];
                f.fmtInteger(v, base, isSigned, verb, verb === 'X');
                return;
            }
            case 'c':
                return f.fmtC(v);
            case 'q':
                return f.fmtQc(v);
            case 'U':
                return f.fmtUnicode(v);
        }
        this.badVerb(verb);
    }
    fmtFloat(v, verb) {
        if (verb === 'v')
            this.f.fmtFloat(v, 'g', -1);
        else if (verb === 'g' || verb === 'G')
            this.f.fmtFloat(v, verb, -1);
        else if (verb === 'f' || verb === 'e' || verb === 'E')
            this.f.fmtFloat(v, verb, 6);
        else if (verb === 'F')
            this.f.fmtFloat(v, 'f', 6);
        else
            this.badVerb(verb);
    }
    fmtString(v, verb) {
        if (verb === 'v') {
            if (this.f.sharpV)
                this.f.fmtQ(v);
            else
                this.f.fmtS(v);
        }
        else if (verb === 's')
            this.f.fmtS(v);
        else if (verb === 'x' || verb === 'X')
            this.f.fmtSx(v, verb === 'X');
        else if (verb === 'q')
            this.f.fmtQ(v);
        else
            this.badVerb(verb);
    }
    printArg(arg, verb) {
        this.arg = arg;
        this.value = { type: 'invalid' };
        if (arg.type === 'invalid') {
            if (verb === 'T' || verb === 'v')
                this.f.pad('<nil>');
            else
                this.badVerb(verb);
            return;
        }
        if (verb === 'T') {
            this.f.fmtS(typeString(arg));
            return;
        }
        this.printValue(arg, verb, 0);
    }
    printValue(value, verb, depth) {
        this.arg = { type: 'invalid' };
        this.value = value;
        const f = this.f;
        switch (value.type) {
            case 'invalid':
                if (depth === 0)
                    this.write('<invalid reflect.Value>');
                else if (verb === 'v')
                    this.write('<nil>');
                else
                    this.badVerb(verb);
                return;
            case 'bool':
                if (verb === 't' || verb === 'v')
                    f.fmtBoolean(value.v);
                else
                    this.badVerb(verb);
                return;
            case 'int':
            case 'int64':
            case 'uint8':
                return this.fmtInteger(value.v, kindOf(value) === 'int', verb);
            case 'float64':
                return this.fmtFloat(value.v, verb);
            case 'string':
                return this.fmtString(value.v, verb);
            case 'interface {}':
                if (value.v.type !== 'invalid')
                    this.printValue(value.v, verb, depth + 1);
                else
                    this.write(f.sharpV ? 'interface {}(nil)' : '<nil>');
                return;
            default: {
                this.write(f.sharpV ? `${value.type}{` : 'map[');
                sortedKeys(value).forEach((k, i) => {
                    if (i > 0)
                        this.write(f.sharpV ? ', ' : ' ');
                    this.printValue(value_str(k), verb, depth + 1);
                    this.write(':');
                    this.printValue(mapIndex(value, k), verb, depth + 1);
                });
                this.write(f.sharpV ? '}' : ']');
            }
        }
    }
    doPrint(a, ln) {
        let prevString = false;
        a.forEach((arg, i) => {
            const isString = arg.type === 'string';
            if (i > 0 && (ln || (!isString && !prevString)))
                this.write(' ');
            this.printArg(arg, 'v');
            prevString = isString;
        });
        if (ln)
            this.write('\n');
    }
    argNumber(argNum, format, i, numArgs) {
        if (format[i] !== '[')
            return [argNum, i, false];
        this.reordered = true;
        const close = format.indexOf(']', i + 1);
        if (format.length - i < 3 || close < 0) {
            this.goodArgNum = false;
            return [argNum, i + 1, false];
        }
        const [n, ok, end] = parsenum(format, i + 1, close);
        if (!ok || end !== close) {
            this.goodArgNum = false;
            return [argNum, close + 1, false];
        }
        if (n - 1 >= 0 && n - 1 < numArgs)
            return [n - 1, close + 1, true];
        this.goodArgNum = false;
        return [argNum, close + 1, true];
    }
    doPrintf(format, a) {
        const f = this.f;
        const end = format.length;
        let argNum = 0;
        let afterIndex = false;
        this.reordered = false;
        for (let i = 0; i < end;) {
            this.goodArgNum = true;
            const percent = format.indexOf('%', i);
            this.write(format.slice(i, percent < 0 ? end : percent));
            if (percent < 0)
                break;
            i = percent + 1;
            f.clearflags();
            for (; i < end; i++) {
                const c = format[i];
                if (c === '#')
                    f.sharp = true;
                else if (c === '0')
                    f.zero = true;
                else if (c === '+')
                    f.plus = true;
                else if (c === '-')
                    f.minus = true;
                else if (c === ' ')
                    f.space = true;
                else
                    break;
            }
            [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
            if (format[i] === '*') {
                i++;
                [f.wid, f.widPresent, argNum] = intFromArg(a, argNum);
                if (!f.widPresent)
                    this.write('%!(BADWIDTH)');
                if (f.wid < 0) {
                    f.wid = -f.wid;
                    f.minus = true;
                    f.zero = false;
                }
                afterIndex = false;
            }
            else {
                [f.wid, f.widPresent, i] = parsenum(format, i, end);
                if (afterIndex && f.widPresent)
                    this.goodArgNum = false;
            }
            if (i + 1 < end && format[i] === '.') {
                i++;
                if (afterIndex)
                    this.goodArgNum = false;
                [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
                if (format[i] === '*') {
                    i++;
                    [f.prec, f.precPresent, argNum] = intFromArg(a, argNum);
                    if (f.prec < 0) {
                        f.prec = 0;
                        f.precPresent = false;
                    }
                    if (!f.precPresent)
                        this.write('%!(BADPREC)');
                    afterIndex = false;
                }
                else {
                    [f.prec, f.precPresent, i] = parsenum(format, i, end);
                    if (!f.precPresent)
                        [f.prec, f.precPresent] = [0, true];
                }
            }
            if (!afterIndex)
                [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
            if (i >= end) {
                this.write('%!(NOVERB)');
                break;
            }
            const verb = String.fromCodePoint(format.codePointAt(i));
            i += verb.length;
            if (verb === '%')
                this.write('%');
            else if (!this.goodArgNum)
                this.write(`%!${verb}(BADINDEX)`);
            else if (argNum >= a.length)
                this.write(`%!${verb}(MISSING)`);
            else {
                if (verb === 'v') {
                    [f.sharpV, f.sharp, f.plusV, f.plus] = [f.sharp, false, f.plus, false];
                }
                this.printArg(a[argNum], verb);
                argNum++;
            }
        }
        if (!this.reordered && argNum < a.length) {
            f.clearflags();
            this.write('%!(EXTRA ');
            a.slice(argNum).forEach((arg, i) => {
                if (i > 0)
                    this.write(', ');
                if (arg.type === 'invalid') {
                    this.write('<nil>');
                }
                else {
                    this.write(`${typeString(arg)}=`);
                    this.printArg(arg, 'v');
                }
            });
            this.write(')');
        }
    }
}
const tooLarge = (x) => x > 1e6 || x < -1e6;
function parsenum(s, start, end) {
    if (start >= end)
        return [0, false, end];
    let num = 0;
    let isnum = false;
    let i = start;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (tooLarge(num))
            return [0, false, end];
        num = num * 10 + Number(s[i]);
        isnum = true;
    }
    return [num, isnum, i];
}
function intFromArg(a, argNum) {
    if (argNum >= a.length)
        return [0, false, argNum];
    const v = indirectInterface(a[argNum]);
    let num = 0;
    let isInt = false;
    if (v.type === 'int' || v.type === 'int64' || v.type === 'uint8') {
        num = Number(v.v);
        isInt = true;
    }
    if (tooLarge(num))
        return [0, false, argNum + 1];
    return [num, isInt, argNum + 1];
}
function sprint(a) {
    const p = new Printer();
    p.doPrint(a, false);
    return p.out;
}
function sprintln(a) {
    const p = new Printer();
    p.doPrint(a, true);
    return p.out;
}
function sprintf(format, a) {
    const p = new Printer();
    p.doPrintf(format, a);
    return p.out;
}

;// CONCATENATED MODULE: ./src/ko/template/builtins.ts
// text/template/funcs.go, ported: the predefined functions with Go's signatures (which decide how
// arguments are evaluated) and error texts. `and`, `or` and `call` are evaluated in exec.ts; they
// are listed here for their signatures.



/** A function's error: exec reports it as `error calling <name>: <message>`. */
class CallError extends Error {
}
function fail(message) {
    throw new CallError(message);
}
const truth = (v) => isTrue(indirectInterface(v));
const basicKind = (v) => {
    const k = kindOf(v);
    return k === 'map' || k === 'interface' ? 'invalid' : k;
};
const scalar = (v) => 'v' in v && typeof v.v !== 'object' ? v.v : 0;
function eq(arg1, ...rest) {
    arg1 = indirectInterface(arg1);
    if (rest.length === 0)
        fail('missing argument for comparison');
    const k1 = basicKind(arg1);
    for (let arg of rest) {
        arg = indirectInterface(arg);
        const k2 = basicKind(arg);
        let same;
        if (k1 !== k2) {
            if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) {
                same = scalar(arg1) === scalar(arg);
            }
            else {
                if (arg1.type !== 'invalid' && arg.type !== 'invalid') {
                    fail(`incompatible types for comparison: ${arg1.type} and ${arg.type}`);
                }
                same = false;
            }
        }
        else if (k1 !== 'invalid') {
            same = scalar(arg1) === scalar(arg);
        }
        else if (arg1.type === 'invalid' || arg.type === 'invalid') {
            same = arg1.type === arg.type;
        }
        else {
            same = fail(`non-comparable type ${sprintf('%s', [arg])}: ${arg.type}`);
        }
        if (same)
            return true;
    }
    return false;
}
function lt(arg1, arg2) {
    arg1 = indirectInterface(arg1);
    arg2 = indirectInterface(arg2);
    const k1 = basicKind(arg1);
    const k2 = basicKind(arg2);
    if (k1 === 'invalid' || k2 === 'invalid')
        fail('invalid type for comparison');
    const a = scalar(arg1);
    const b = scalar(arg2);
    if (k1 !== k2 && !((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int'))) {
        fail(`incompatible types for comparison: ${arg1.type} and ${arg2.type}`);
    }
    if (k1 === 'bool')
        fail('invalid type for comparison');
    if (k1 === 'string')
        return compareStrings(a, b) < 0;
    return a < b;
}
function indexArg(index, cap) {
    if (index.type === 'invalid')
        fail('cannot index slice/array with nil');
    const k = kindOf(index);
    if (k !== 'int' && k !== 'uint')
        fail(`cannot index slice/array with type ${index.type}`);
    const x = scalar(index);
    if (x < 0n || x > BigInt(cap))
        fail(`index out of range: ${x}`);
    return Number(x);
}
function index(item, ...indexes) {
    item = indirectInterface(item);
    if (item.type === 'invalid')
        fail('index of untyped nil');
    for (let ix of indexes) {
        ix = indirectInterface(ix);
        const [it, isNil] = indirect(item);
        if (isNil)
            fail('index of nil pointer');
        if (it.type === 'string') {
            const bytes = utf8Bytes(it.v);
            const x = indexArg(ix, bytes.length);
            if (x === bytes.length)
                fail('reflect: string index out of range');
            item = value_int(bytes[x], 'uint8');
        }
        else if (it.type === 'map[string]string' || it.type === 'map[string]interface {}') {
            if (ix.type === 'invalid')
                fail('value is nil; should be of type string');
            if (ix.type !== 'string')
                fail(`value has type ${ix.type}; should be string`);
            item = mapIndex(it, ix.v) ?? mapZero(it);
        }
        else {
            fail(`can't index item of type ${it.type}`);
        }
    }
    return item;
}
function slice(item, ...indexes) {
    item = indirectInterface(item);
    if (item.type === 'invalid')
        fail('slice of untyped nil');
    const [it, isNil] = indirect(item);
    if (isNil)
        fail('slice of nil pointer');
    if (indexes.length > 3)
        fail(`too many slice indexes: ${indexes.length}`);
    if (it.type !== 'string')
        return fail(`can't slice item of type ${it.type}`);
    if (indexes.length === 3)
        fail('cannot 3-index slice a string');
    const bytes = utf8Bytes(it.v);
    const idx = [0, bytes.length];
    indexes.forEach((ix, i) => (idx[i] = indexArg(ix, bytes.length)));
    if (idx[0] > idx[1])
        fail(`invalid slice index: ${idx[0]} > ${idx[1]}`);
    return value_str(fromUtf8(bytes.slice(idx[0], idx[1])));
}
function builtins_length(item) {
    const [it, isNil] = indirect(item);
    if (isNil)
        fail('len of nil pointer');
    if (it.type === 'string')
        return value_int(utf8Bytes(it.v).length);
    if (it.type === 'map[string]string' || it.type === 'map[string]interface {}')
        return value_int(it.v.size);
    if (it.type === 'invalid')
        fail('reflect: call of reflect.Value.Type on zero Value');
    return fail(`len of type ${it.type}`);
}
/** The string html, js and urlquery escape: a lone string argument, else fmt.Sprint of them all. */
function evalArgs(args) {
    if (args.length === 1 && args[0].type === 'string')
        return args[0].v;
    return sprint(args.map((a) => (a.type === 'invalid' ? value_str('<no value>') : a)));
}
const htmlEscapes = {
    '\0': '\ufffd',
    '"': '&#34;',
    "'": '&#39;',
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
};
const jsEscapes = {
    '\\': '\\\\',
    "'": "\\'",
    '"': '\\"',
    '<': '\\u003C',
    '>': '\\u003E',
    '&': '\\u0026',
    '=': '\\u003D',
};
const hex4 = (r) => r.toString(16).toUpperCase().padStart(4, '0');
function jsEscape(s) {
    let out = '';
    for (const c of s) {
        const r = c.codePointAt(0);
        if (jsEscapes[c])
            out += jsEscapes[c];
        else if (r < 0x20)
            out += `\\u${hex4(r)}`;
        else if (r >= 0x80 && !isPrint(r))
            out += `\\u${hex4(r)}`;
        else
            out += c;
    }
    return out;
}
function builtins_queryEscape(s) {
    let out = '';
    for (const b of utf8Bytes(s)) {
        const c = String.fromCharCode(b);
        if (/[A-Za-z0-9\-_.~]/.test(c))
            out += c;
        else if (c === ' ')
            out += '+';
        else
            out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
const V = 'value';
const args2 = (f) => ({
    params: [V, V],
    fn: ([a, b]) => value_bool(f(a, b)),
});
const anyArgs = (f) => ({
    params: [],
    variadic: 'any',
    fn: (args) => value_str(f(args)),
});
const builtins = {
    and: { params: [V], variadic: V, fn: () => fail('unreachable') },
    or: { params: [V], variadic: V, fn: () => fail('unreachable') },
    call: {
        params: [V],
        variadic: V,
        fn: ([f], callee) => {
            const fn = indirectInterface(f);
            if (fn.type === 'invalid')
                return fail('call of nil');
            return fail(`non-function ${callee} of type ${typeString(fn)}`);
        },
    },
    not: { params: [V], fn: ([a]) => value_bool(!truth(a)) },
    eq: { params: [V], variadic: V, fn: ([a, ...rest]) => value_bool(eq(a, ...rest)) },
    ne: args2((a, b) => !eq(a, b)),
    lt: args2(lt),
    le: args2((a, b) => lt(a, b) || eq(a, b)),
    gt: args2((a, b) => !(lt(a, b) || eq(a, b))),
    ge: args2((a, b) => !lt(a, b)),
    index: { params: [V], variadic: V, fn: ([a, ...rest]) => index(a, ...rest) },
    slice: { params: [V], variadic: V, fn: ([a, ...rest]) => slice(a, ...rest) },
    len: { params: [V], fn: ([a]) => builtins_length(a) },
    print: anyArgs(sprint),
    println: anyArgs(sprintln),
    printf: {
        params: ['string'],
        variadic: 'any',
        fn: ([f, ...rest]) => value_str(sprintf(scalar(f), rest)),
    },
    html: anyArgs((a) => evalArgs(a).replace(/[\0"'&<>]/g, (c) => htmlEscapes[c])),
    js: anyArgs((a) => jsEscape(evalArgs(a))),
    urlquery: anyArgs((a) => builtins_queryEscape(evalArgs(a))),
};

;// CONCATENATED MODULE: ./src/ko/template/nodes.ts
// text/template/parse/node.go: the parse tree, and each node's String() (Go prints it in errors:
// `executing "argsTmpl" at <.Env.X>`).

/** Go's Node.String(). */
function nodeString(n) {
    switch (n.type) {
        case 'text':
            return n.text;
        case 'list':
            return n.nodes.map(nodeString).join('');
        case 'action':
            return `{{${nodeString(n.pipe)}}}`;
        case 'if':
        case 'range':
        case 'with': {
            const elseList = n.elseList ? `{{else}}${nodeString(n.elseList)}` : '';
            return `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}${elseList}{{end}}`;
        }
        case 'template':
            return `{{template ${quote(n.name)}${n.pipe ? ` ${nodeString(n.pipe)}` : ''}}}`;
        case 'break':
        case 'continue':
        case 'end':
        case 'else':
            return `{{${n.type}}}`;
        case 'pipe': {
            const decl = n.decl.length
                ? `${n.decl.map(nodeString).join(', ')} ${n.isAssign ? '=' : ':='} `
                : '';
            return decl + n.cmds.map(nodeString).join(' | ');
        }
        case 'command':
            return n.args
                .map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a)))
                .join(' ');
        case 'identifier':
            return n.ident;
        case 'field':
            return n.ident.map((f) => `.${f}`).join('');
        case 'variable':
            return n.ident.join('.');
        case 'chain': {
            const head = n.node.type === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node);
            return head + n.field.map((f) => `.${f}`).join('');
        }
        case 'bool':
            return String(n.value);
        case 'string':
            return n.quoted;
        case 'dot':
            return '.';
        case 'nil':
            return 'nil';
        case 'number':
            return n.text;
    }
}
/**
 * parse.newNumber for a number or character constant; a string is Go's error. Complex constants
 * are not supported (nothing ko gives a template can use one).
 */
function newNumber(pos, text, typ) {
    const node = (int, uint, float) => ({
        type: 'number',
        pos,
        text,
        isInt: int !== undefined,
        isUint: uint !== undefined,
        isFloat: float !== undefined,
        int: int ?? uint ?? 0n,
        float: float ?? 0,
    });
    if (typ === 'charConstant') {
        let r;
        try {
            r = unquoteChar(text.slice(1), "'");
        }
        catch {
            return 'invalid syntax';
        }
        if (r[2] !== "'")
            return `malformed character constant: ${text}`;
        return node(BigInt(r[0]), BigInt(r[0]), r[0]);
    }
    if (typ === 'complex' || (text.endsWith('i') && parseFloat64(text.slice(0, -1)) !== undefined)) {
        return `complex constant ${text} is not supported`;
    }
    let uint = parseUint(text);
    const int = parseInt64(text);
    if (int === 0n)
        uint = 0n; // -0
    if (int !== undefined || uint !== undefined) {
        return node(int, uint, Number(int ?? uint));
    }
    const f = parseFloat64(text);
    if (f === undefined)
        return `illegal number syntax: ${quote(text)}`;
    if (!/[.eEpP]/.test(text))
        return `integer overflow: ${quote(text)}`;
    // Go: float64(int64(f)) == f, float64(uint64(f)) == f.
    const integral = Number.isInteger(f);
    const asInt = integral && f >= -(2 ** 63) && f < 2 ** 63 ? BigInt(f) : undefined;
    const asUint = integral && f >= 0 && f < 2 ** 64 ? BigInt(f) : undefined;
    return node(asInt, asUint, f);
}

;// CONCATENATED MODULE: ./src/ko/template/exec.ts
// text/template/exec.go with Option("missingkey=error"), ported: walking the tree, control flow,
// variables and errors ("template: argsTmpl:1:6: executing "argsTmpl" at <.Env.X>: ...").
// Evaluating pipelines, commands and calls is in eval.ts.




/** An execution error, with Go's text and the offset of the node it happened at. */
class ExecError extends Error {
    pos;
    missing;
    constructor(message, pos, 
    /** Set for `map has no entry for key`: which map and key. */
    missing) {
        super(message);
        this.pos = pos;
        this.missing = missing;
    }
}
/** {{break}} and {{continue}} unwind to their {{range}} as these (Go panics with walkBreak). */
class LoopControl extends Error {
}
const BREAK = new LoopControl('break');
const CONTINUE = new LoopControl('continue');
/** Go allows 100000 nested {{template}} calls; a JS stack allows fewer. */
const exec_MAX_DEPTH = 1000;
/** Not in Go: a bound on the work one flag may do, so that `range .Timestamp` fails, not hangs. */
const MAX_STEPS = 1_000_000;
class State {
    name;
    parseName;
    text;
    trees;
    out = [];
    node;
    vars;
    depth = 0;
    steps = 0;
    constructor(
    /** The name of the template executing (changes inside {{template}}). */
    name, 
    /** The name the whole text was parsed as: error locations use it. */
    parseName, text, trees, data) {
        this.name = name;
        this.parseName = parseName;
        this.text = text;
        this.trees = trees;
        this.vars = [{ name: '$', value: data }];
    }
    output() {
        return this.out.join('');
    }
    at(node) {
        this.node = node;
    }
    errorf(message, missing) {
        const n = this.node;
        if (!n)
            throw new ExecError(`template: ${this.name}: ${message}`, undefined, missing);
        const before = this.text.slice(0, n.pos);
        const nl = before.lastIndexOf('\n');
        const line = before.split('\n').length;
        const col = byteLength(nl < 0 ? before : before.slice(nl + 1));
        const where = `${this.parseName}:${line}:${col}`;
        throw new ExecError(`template: ${where}: executing ${quote(this.name)} at <${nodeString(n)}>: ${message}`, n.pos, missing);
    }
    push(name, value) {
        this.vars.push({ name, value });
    }
    variable(name) {
        for (let i = this.vars.length - 1; i >= 0; i--)
            if (this.vars[i].name === name)
                return this.vars[i];
        return this.errorf(`undefined variable: ${name}`);
    }
    setVar(name, value) {
        this.variable(name).value = value;
    }
    varValue(name) {
        return this.variable(name).value;
    }
    walk(dot, node) {
        this.at(node);
        if (++this.steps > MAX_STEPS)
            this.errorf(`template does more than ${MAX_STEPS} steps`);
        switch (node.type) {
            case 'action': {
                const val = this.evalPipeline(dot, node.pipe);
                if (node.pipe.decl.length === 0)
                    this.printValue(node, val);
                return;
            }
            case 'break':
                throw BREAK;
            case 'continue':
                throw CONTINUE;
            case 'if':
            case 'with':
                return this.walkIfOrWith(node, dot);
            case 'list':
                for (const n of node.nodes)
                    this.walk(dot, n);
                return;
            case 'range':
                return this.walkRange(dot, node);
            case 'template':
                return this.walkTemplate(dot, node);
            case 'text':
                this.out.push(node.text);
        }
    }
    printValue(node, v) {
        this.at(node);
        this.out.push(v.type === 'invalid' ? '<no value>' : sprintf('%v', [v]));
    }
    walkIfOrWith(node, dot) {
        const mark = this.vars.length;
        try {
            const val = this.evalPipeline(dot, node.pipe);
            if (isTrue(indirectInterface(val)))
                this.walk(node.type === 'with' ? val : dot, node.list);
            else if (node.elseList)
                this.walk(dot, node.elseList);
        }
        finally {
            this.vars.length = mark;
        }
    }
    walkRange(dot, r) {
        this.at(r);
        const outer = this.vars.length;
        try {
            const [val] = indirect(this.evalPipeline(dot, r.pipe));
            const mark = this.vars.length;
            const { decl, isAssign } = r.pipe;
            const iteration = (index, elem) => {
                if (decl.length > 0) {
                    if (!isAssign)
                        this.vars[this.vars.length - 1].value = elem;
                    else
                        this.setVar(decl[0].ident[0], decl.length > 1 ? index : elem);
                }
                if (decl.length > 1) {
                    if (isAssign)
                        this.setVar(decl[1].ident[0], elem);
                    else
                        this.vars[this.vars.length - 2].value = index;
                }
                try {
                    this.walk(elem, r.list);
                }
                catch (e) {
                    if (e !== CONTINUE)
                        throw e;
                }
                finally {
                    this.vars.length = mark;
                }
            };
            let ran = false;
            if (val.type === 'int' || val.type === 'int64' || val.type === 'uint8') {
                if (decl.length > 1) {
                    this.errorf(`can't use ${sprintf('%v', [val])} to iterate over more than one variable`);
                }
                for (let i = 0n; i < val.v; i++) {
                    ran = true;
                    iteration(invalid, { type: val.type, v: i });
                }
            }
            else if (val.type === 'map[string]string' || val.type === 'map[string]interface {}') {
                for (const k of sortedKeys(val)) {
                    ran = true;
                    iteration(value_str(k), mapIndex(val, k));
                }
            }
            else if (val.type !== 'invalid') {
                this.errorf(`range can't iterate over ${sprintf('%v', [val])}`);
            }
            if (!ran && r.elseList)
                this.walk(dot, r.elseList);
        }
        catch (e) {
            if (e !== BREAK)
                throw e;
        }
        finally {
            this.vars.length = outer;
        }
    }
    walkTemplate(dot, t) {
        this.at(t);
        const tree = this.trees.get(t.name);
        if (!tree)
            this.errorf(`template ${quote(t.name)} not defined`);
        if (this.depth === exec_MAX_DEPTH)
            this.errorf(`exceeded maximum template depth (${exec_MAX_DEPTH})`);
        const value = this.evalPipeline(dot, t.pipe);
        const saved = { name: this.name, vars: this.vars, depth: this.depth };
        this.name = t.name;
        this.vars = [{ name: '$', value }];
        this.depth++;
        try {
            this.walk(value, tree);
        }
        finally {
            ({ name: this.name, vars: this.vars, depth: this.depth } = saved);
        }
    }
}

;// CONCATENATED MODULE: ./src/ko/template/eval.ts
// text/template/exec.go, the evaluating half: pipelines, commands, fields (missingkey=error),
// function calls with Go's argument checks, and constants. The same s.at() calls as Go, so that
// errors name the same node.





/** Go's missingVal: "no final argument from a previous pipeline stage". */
const MISSING = Symbol('missing');
class Executor extends State {
    evalPipeline(dot, pipe) {
        if (!pipe)
            return invalid;
        this.at(pipe);
        let value = MISSING;
        for (const cmd of pipe.cmds) {
            value = this.evalCommand(dot, cmd, value);
            if (value.type === 'interface {}')
                value = value.v;
        }
        const v = value === MISSING ? invalid : value;
        for (const d of pipe.decl) {
            if (pipe.isAssign)
                this.setVar(d.ident[0], v);
            else
                this.push(d.ident[0], v);
        }
        return v;
    }
    notAFunction(args, final) {
        if (args.length > 1 || final !== MISSING) {
            this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
        }
    }
    evalCommand(dot, cmd, final) {
        const first = cmd.args[0];
        switch (first.type) {
            case 'field':
                return this.evalFieldNode(dot, first, cmd.args, final);
            case 'chain':
                return this.evalChainNode(dot, first, cmd.args, final);
            case 'identifier':
                return this.evalFunction(dot, first, cmd, cmd.args, final);
            case 'pipe':
                this.notAFunction(cmd.args, final);
                return this.evalPipeline(dot, first);
            case 'variable':
                return this.evalVariableNode(dot, first, cmd.args, final);
        }
        this.at(first);
        this.notAFunction(cmd.args, final);
        switch (first.type) {
            case 'bool':
                return { type: 'bool', v: first.value };
            case 'dot':
                return dot;
            case 'nil':
                return this.errorf('nil is not a command');
            case 'number':
                return this.idealConstant(first);
            case 'string':
                return value_str(first.text);
        }
    }
    idealConstant(n) {
        this.at(n);
        const hexInt = /^0[xX]/.test(n.text) && !/[pP]/.test(n.text);
        if (n.isFloat && !hexInt && n.text[0] !== "'" && /[.eEpP]/.test(n.text)) {
            return { type: 'float64', v: n.float };
        }
        if (n.isInt)
            return { type: 'int', v: n.int };
        if (n.isUint)
            this.errorf(`${n.text} overflows int`);
        return invalid;
    }
    evalFieldNode(dot, field, args, final) {
        this.at(field);
        return this.evalFieldChain(dot, field, field.ident, args, final);
    }
    evalChainNode(dot, chain, args, final) {
        this.at(chain);
        const receiver = this.evalArg(dot, null, chain.node);
        return this.evalFieldChain(receiver, chain, chain.field, args, final);
    }
    evalVariableNode(dot, v, args, final) {
        this.at(v);
        const value = this.varValue(v.ident[0]);
        if (v.ident.length === 1) {
            this.notAFunction(args, final);
            return value;
        }
        return this.evalFieldChain(value, v, v.ident.slice(1), args, final);
    }
    evalFieldChain(receiver, node, ident, args, final) {
        for (const name of ident.slice(0, -1))
            receiver = this.evalField(name, [], MISSING, receiver);
        return this.evalField(ident[ident.length - 1], args, final, receiver);
    }
    evalField(name, args, final, receiver) {
        if (receiver.type === 'invalid')
            this.errorf(`nil data; no entry for key ${quote(name)}`);
        const typ = receiver.type;
        const [r, isNil] = indirect(receiver);
        if (isNil)
            this.errorf(`nil pointer evaluating ${typ}.${name}`);
        if (isMap(r)) {
            if (args.length > 1 || final !== MISSING)
                this.errorf(`${name} is not a method but has arguments`);
            const result = mapIndex(r, name);
            if (!result)
                this.errorf(`map has no entry for key ${quote(name)}`, { map: r, key: name });
            return result;
        }
        return this.errorf(`can't evaluate field ${name} in type ${typ}`);
    }
    evalFunction(dot, node, cmd, args, final) {
        this.at(node);
        const fn = Object.hasOwn(builtins, node.ident) ? builtins[node.ident] : undefined;
        if (!fn)
            this.errorf(`${quote(node.ident)} is not a defined function`);
        return this.evalCall(dot, fn, cmd, node.ident, args?.slice(1) ?? [], final);
    }
    evalCall(dot, fn, node, name, args, final) {
        const { params, variadic } = fn;
        const numIn = args.length + (final === MISSING ? 0 : 1);
        let numFixed = args.length;
        if (variadic) {
            numFixed = params.length;
            if (numIn < numFixed) {
                this.errorf(`wrong number of args for ${name}: want at least ${params.length} got ${args.length}`);
            }
        }
        else if (numIn !== params.length) {
            this.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`);
        }
        if (name === 'and' || name === 'or') {
            let v = invalid;
            for (const arg of args) {
                v = this.evalArg(dot, 'value', arg);
                if (truth(v) === (name === 'or'))
                    return v;
            }
            return final === MISSING ? v : final;
        }
        const argv = [];
        args.forEach((arg, i) => {
            argv.push(this.evalArg(dot, i < numFixed ? params[i] : variadic, arg));
        });
        if (final !== MISSING) {
            const t = !variadic
                ? params[params.length - 1]
                : numIn - 1 < numFixed
                    ? params[numIn - 1]
                    : variadic;
            argv.push(this.validateType(final, t));
        }
        const callee = args[0]
            ? nodeString(args[0])
            : final !== MISSING && final.type === 'string'
                ? final.v
                : '';
        try {
            return fn.fn(argv, callee);
        }
        catch (e) {
            if (!(e instanceof CallError))
                throw e;
            this.at(node);
            return this.errorf(`error calling ${name}: ${e.message}`);
        }
    }
    validateType(value, typ) {
        if (typ === 'any')
            return value.type === 'interface {}' ? value.v : value;
        if (typ !== 'string')
            return value;
        if (value.type === 'invalid')
            this.errorf('invalid value; expected string');
        if (value.type === 'string')
            return value;
        const inner = value.type === 'interface {}' && value.v.type !== 'invalid' ? value.v : value;
        if (inner.type === 'string')
            return inner;
        return this.errorf(`wrong type for value; expected string; got ${inner.type}`);
    }
    evalArg(dot, typ, n) {
        this.at(n);
        switch (n.type) {
            case 'dot':
                return this.validateType(dot, typ);
            case 'nil':
                if (typ === 'string')
                    this.errorf('cannot assign nil to string');
                return invalid;
            case 'field':
                return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
            case 'variable':
                return this.validateType(this.evalVariableNode(dot, n, [], MISSING), typ);
            case 'pipe':
                return this.validateType(this.evalPipeline(dot, n), typ);
            case 'identifier':
                return this.validateType(this.evalFunction(dot, n, n, undefined, MISSING), typ);
            case 'chain':
                return this.validateType(this.evalChainNode(dot, n, [], MISSING), typ);
        }
        if (typ === 'string') {
            if (n.type === 'string')
                return value_str(n.text);
            return this.errorf(`expected string; found ${nodeString(n)}`);
        }
        // evalEmptyInterface, for a literal.
        switch (n.type) {
            case 'bool':
                return { type: 'bool', v: n.value };
            case 'number':
                return this.idealConstant(n);
            case 'string':
                return value_str(n.text);
        }
    }
}

;// CONCATENATED MODULE: ./src/ko/template/items.ts
// text/template/parse/lex.go's items: the tokens the lexer hands the parser, and how Go prints
// one in a parse error ("unexpected <end> in command", "unexpected \"}\" in operand").

const keywords = {
    '.': 'dot',
    block: 'block',
    break: 'break',
    continue: 'continue',
    define: 'define',
    else: 'else',
    end: 'end',
    if: 'if',
    range: 'range',
    nil: 'nil',
    template: 'template',
    with: 'with',
};
const keywordTypes = new Set(Object.values(keywords));
/** Go's item.String(), used in "unexpected ..." errors. */
function itemString(i) {
    if (i.typ === 'EOF')
        return 'EOF';
    if (i.typ === 'error')
        return i.val;
    if (keywordTypes.has(i.typ))
        return `<${i.val}>`;
    const runes = [...i.val];
    if (byteLength(i.val) > 10)
        return `${quote(runes.slice(0, 10).join(''))}...`;
    return quote(i.val);
}

;// CONCATENATED MODULE: ./src/ko/template/lexer-core.ts
const EOF = -1;
const LEFT = '{{';
const RIGHT = '}}';
const lexer_core_isSpace = (r) => r === 32 || r === 9 || r === 13 || r === 10;
const alnum = /^[\p{L}\p{Nd}_]$/u;
const isAlphaNumeric = (r) => r >= 0 && alnum.test(String.fromCodePoint(r));
const hasLeftTrimMarker = (s) => s[0] === '-' && lexer_core_isSpace(s.charCodeAt(1));
const hasRightTrimMarker = (s) => lexer_core_isSpace(s.charCodeAt(0)) && s[1] === '-';
const spaceRun = /[ \t\r\n]*$/;
const leadingSpace = /^[ \t\r\n]*/;
const countNewlines = (s) => s.split('\n').length - 1;
class LexerCore {
    input;
    pos = 0;
    start = 0;
    atEOF = false;
    parenDepth = 0;
    line = 1;
    startLine = 1;
    item = { typ: 'EOF', pos: 0, val: 'EOF', line: 1 };
    insideAction = false;
    /** Where the current action (or comment) began: its left delimiter. */
    actionStart = 0;
    constructor(input) {
        this.input = input;
    }
    next() {
        if (this.pos >= this.input.length) {
            this.atEOF = true;
            return EOF;
        }
        const r = this.input.codePointAt(this.pos);
        this.pos += r > 0xffff ? 2 : 1;
        if (r === 10)
            this.line++;
        return r;
    }
    peek() {
        const r = this.next();
        this.backup();
        return r;
    }
    backup() {
        if (this.atEOF || this.pos === 0)
            return;
        const low = this.input.charCodeAt(this.pos - 1);
        const pair = low >= 0xdc00 && low <= 0xdfff && this.pos >= 2;
        const high = this.input.charCodeAt(this.pos - 2);
        this.pos -= pair && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
        if (low === 10)
            this.line--;
    }
    thisItem(typ) {
        const i = {
            typ,
            pos: this.start,
            val: this.input.slice(this.start, this.pos),
            line: this.startLine,
        };
        this.start = this.pos;
        this.startLine = this.line;
        return i;
    }
    emit(typ) {
        return this.emitItem(this.thisItem(typ));
    }
    emitItem(i) {
        this.item = i;
        return null;
    }
    ignore() {
        this.line += countNewlines(this.input.slice(this.start, this.pos));
        this.start = this.pos;
        this.startLine = this.line;
    }
    accept(valid) {
        const r = this.next();
        if (r !== EOF && valid.includes(String.fromCodePoint(r)))
            return true;
        this.backup();
        return false;
    }
    acceptRun(valid) {
        while (this.accept(valid))
            ;
    }
    errorf(message) {
        this.item = {
            typ: 'error',
            pos: this.start,
            val: message,
            line: this.startLine,
            at: this.actionStart,
        };
        this.start = 0;
        this.pos = 0;
        this.input = '';
        return null;
    }
    atRightDelim() {
        const rest = this.input.slice(this.pos);
        if (hasRightTrimMarker(rest) && rest.startsWith(RIGHT, 2))
            return [true, true];
        return [rest.startsWith(RIGHT), false];
    }
    atTerminator() {
        const r = this.peek();
        if (lexer_core_isSpace(r) || r === EOF)
            return true;
        if ('.,|:)('.includes(String.fromCodePoint(r)))
            return true;
        return this.input.startsWith(RIGHT, this.pos);
    }
}

;// CONCATENATED MODULE: ./src/ko/template/lexer.ts



class Lexer extends LexerCore {
    nextItem() {
        this.item = { typ: 'EOF', pos: this.pos, val: 'EOF', line: this.startLine };
        let state = this.insideAction ? lexInsideAction : lexText;
        while (state)
            state = state(this);
        return this.item;
    }
    // The state functions, as in lex.go.
    static text(l) {
        const x = l.input.indexOf(LEFT, l.pos);
        if (x >= 0) {
            if (x > l.pos) {
                l.pos = x;
                let trim = 0;
                if (hasLeftTrimMarker(l.input.slice(x + LEFT.length))) {
                    trim = spaceRun.exec(l.input.slice(l.start, l.pos))[0].length;
                }
                l.pos -= trim;
                l.line += countNewlines(l.input.slice(l.start, l.pos));
                const i = l.thisItem('text');
                l.pos += trim;
                l.ignore();
                if (i.val.length > 0)
                    return l.emitItem(i);
            }
            return lexLeftDelim;
        }
        l.pos = l.input.length;
        if (l.pos > l.start) {
            l.line += countNewlines(l.input.slice(l.start, l.pos));
            return l.emit('text');
        }
        return l.emit('EOF');
    }
    static leftDelim(l) {
        l.actionStart = l.pos;
        l.pos += LEFT.length;
        const trim = hasLeftTrimMarker(l.input.slice(l.pos));
        const afterMarker = trim ? 2 : 0;
        if (l.input.startsWith('/*', l.pos + afterMarker)) {
            l.pos += afterMarker;
            l.ignore();
            return lexComment;
        }
        const i = l.thisItem('leftDelim');
        l.insideAction = true;
        l.pos += afterMarker;
        l.ignore();
        l.parenDepth = 0;
        return l.emitItem(i);
    }
    static comment(l) {
        l.pos += 2;
        const x = l.input.indexOf('*/', l.pos);
        if (x < 0)
            return l.errorf('unclosed comment');
        l.pos = x + 2;
        const [delim, trim] = l.atRightDelim();
        if (!delim)
            return l.errorf('comment ends before closing delimiter');
        l.line += countNewlines(l.input.slice(l.start, l.pos));
        l.thisItem('text'); // the comment itself: text/template drops it
        if (trim)
            l.pos += 2;
        l.pos += RIGHT.length;
        if (trim)
            l.pos += leadingSpace.exec(l.input.slice(l.pos))[0].length;
        l.ignore();
        return lexText;
    }
    static rightDelim(l) {
        const [, trim] = l.atRightDelim();
        if (trim) {
            l.pos += 2;
            l.ignore();
        }
        l.pos += RIGHT.length;
        const i = l.thisItem('rightDelim');
        if (trim) {
            l.pos += leadingSpace.exec(l.input.slice(l.pos))[0].length;
            l.ignore();
        }
        l.insideAction = false;
        return l.emitItem(i);
    }
    static insideAction(l) {
        const [delim] = l.atRightDelim();
        if (delim)
            return l.parenDepth === 0 ? lexRightDelim : l.errorf('unclosed left paren');
        const r = l.next();
        const c = r === EOF ? '' : String.fromCodePoint(r);
        if (r === EOF)
            return l.errorf('unclosed action');
        if (lexer_core_isSpace(r)) {
            l.backup(); // in case of " -}}"
            return lexSpace;
        }
        if (c === '=')
            return l.emit('assign');
        if (c === ':')
            return l.next() === 61 ? l.emit('declare') : l.errorf('expected :=');
        if (c === '|')
            return l.emit('pipe');
        if (c === '"')
            return lexQuote;
        if (c === '`')
            return lexRawQuote;
        if (c === '$')
            return lexVariable;
        if (c === "'")
            return lexChar;
        if (c === '.') {
            const n = l.input[l.pos];
            if (n !== undefined && !(n >= '0' && n <= '9'))
                return lexField;
        }
        if (c === '.' || c === '+' || c === '-' || (c >= '0' && c <= '9')) {
            l.backup();
            return lexNumber;
        }
        if (isAlphaNumeric(r)) {
            l.backup();
            return lexIdentifier;
        }
        if (c === '(') {
            l.parenDepth++;
            return l.emit('leftParen');
        }
        if (c === ')') {
            l.parenDepth--;
            return l.parenDepth < 0 ? l.errorf('unexpected right paren') : l.emit('rightParen');
        }
        if (r < 0x80 && r >= 0x20 && r !== 0x7f)
            return l.emit('char');
        const hex = r.toString(16).toUpperCase().padStart(4, '0');
        return l.errorf(`unrecognized character in action: U+${hex}${printableRune(r)}`);
    }
    static space(l) {
        let spaces = 0;
        while (lexer_core_isSpace(l.peek())) {
            l.next();
            spaces++;
        }
        const rest = l.input.slice(l.pos - 1);
        if (hasRightTrimMarker(rest) && rest.startsWith(RIGHT, 2)) {
            l.backup();
            if (spaces === 1)
                return lexRightDelim;
        }
        return l.emit('space');
    }
    static identifier(l) {
        for (;;) {
            const r = l.next();
            if (isAlphaNumeric(r))
                continue;
            l.backup();
            const word = l.input.slice(l.start, l.pos);
            if (!l.atTerminator())
                return l.errorf(`bad character ${runeName(r)}`);
            const kw = Object.hasOwn(keywords, word)
                ? keywords[word]
                : undefined;
            if (kw)
                return l.emit(kw);
            if (word[0] === '.')
                return l.emit('field');
            if (word === 'true' || word === 'false')
                return l.emit('bool');
            return l.emit('identifier');
        }
    }
    static fieldOrVariable(l, typ) {
        if (l.atTerminator())
            return l.emit(typ === 'variable' ? 'variable' : 'dot');
        let r;
        for (;;) {
            r = l.next();
            if (!isAlphaNumeric(r)) {
                l.backup();
                break;
            }
        }
        if (!l.atTerminator())
            return l.errorf(`bad character ${runeName(r)}`);
        return l.emit(typ);
    }
    static char(l) {
        for (;;) {
            let r = l.next();
            if (r === 92) {
                r = l.next();
                if (r !== EOF && r !== 10)
                    continue;
            }
            if (r === EOF || r === 10)
                return l.errorf('unterminated character constant');
            if (r === 39)
                return l.emit('charConstant');
        }
    }
    static number(l) {
        if (!l.scanNumber())
            return l.errorf(`bad number syntax: ${quote(l.input.slice(l.start, l.pos))}`);
        const sign = l.peek();
        if (sign === 43 || sign === 45) {
            if (!l.scanNumber() || l.input[l.pos - 1] !== 'i') {
                return l.errorf(`bad number syntax: ${quote(l.input.slice(l.start, l.pos))}`);
            }
            return l.emit('complex');
        }
        return l.emit('number');
    }
    scanNumber() {
        this.accept('+-');
        let digits = '0123456789_';
        if (this.accept('0')) {
            if (this.accept('xX'))
                digits = '0123456789abcdefABCDEF_';
            else if (this.accept('oO'))
                digits = '01234567_';
            else if (this.accept('bB'))
                digits = '01_';
        }
        this.acceptRun(digits);
        if (this.accept('.'))
            this.acceptRun(digits);
        if (digits.length === 11 && this.accept('eE')) {
            this.accept('+-');
            this.acceptRun('0123456789_');
        }
        if (digits.length === 23 && this.accept('pP')) {
            this.accept('+-');
            this.acceptRun('0123456789_');
        }
        this.accept('i');
        if (isAlphaNumeric(this.peek())) {
            this.next();
            return false;
        }
        return true;
    }
    static quoted(l, close, message, typ) {
        for (;;) {
            let r = l.next();
            if (r === 92 && close === 34) {
                r = l.next();
                if (r !== EOF && r !== 10)
                    continue;
            }
            if (r === EOF || (r === 10 && close === 34))
                return l.errorf(message);
            if (r === close)
                return l.emit(typ);
        }
    }
}
const printableRune = (r) => /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(r))
    ? ` '${String.fromCodePoint(r)}'`
    : '';
/** Go's %#U of a rune: U+0041 'A'. */
const runeName = (r) => r === EOF
    ? 'U+FFFFFFFFFFFFFFFF'
    : `U+${r.toString(16).toUpperCase().padStart(4, '0')}${printableRune(r)}`;
const lexText = (l) => Lexer.text(l);
const lexLeftDelim = (l) => Lexer.leftDelim(l);
const lexComment = (l) => Lexer.comment(l);
const lexRightDelim = (l) => Lexer.rightDelim(l);
const lexInsideAction = (l) => Lexer.insideAction(l);
const lexSpace = (l) => Lexer.space(l);
const lexIdentifier = (l) => Lexer.identifier(l);
const lexField = (l) => Lexer.fieldOrVariable(l, 'field');
const lexVariable = (l) => Lexer.fieldOrVariable(l, 'variable');
const lexChar = (l) => Lexer.char(l);
const lexNumber = (l) => Lexer.number(l);
const lexQuote = (l) => Lexer.quoted(l, 34, 'unterminated quoted string', 'string');
const lexRawQuote = (l) => Lexer.quoted(l, 96, 'unterminated raw quoted string', 'rawString');

;// CONCATENATED MODULE: ./src/ko/template/parse-tokens.ts
// text/template/parse/parse.go's token handling: the three-token lookahead over the lexer, and
// parse errors ("template: <name>:<line>: ..."), each with the offset to point the user at.


class ParseError extends Error {
    pos;
    constructor(message, 
    /** Offset in the template text: the action's `{{`, or the offending token. */
    pos) {
        super(message);
        this.pos = pos;
    }
}
/** The names text/template defines (ko adds none). */
const noItem = { typ: 'EOF', pos: 0, val: '', line: 0 };
class TokenReader {
    parseName;
    lex;
    token = [noItem, noItem, noItem];
    peekCount = 0;
    actionLine = 0;
    /** The `{{` of each action being parsed, innermost last: where errors point. */
    at = [];
    constructor(parseName, lex) {
        this.parseName = parseName;
        this.lex = lex;
    }
    next() {
        if (this.peekCount > 0)
            this.peekCount--;
        else
            this.token[0] = this.lex.nextItem();
        return this.token[this.peekCount];
    }
    backup() {
        this.peekCount++;
    }
    backup2(t1) {
        this.token[1] = t1;
        this.peekCount = 2;
    }
    backup3(t2, t1) {
        this.token[1] = t1;
        this.token[2] = t2;
        this.peekCount = 3;
    }
    peek() {
        if (this.peekCount > 0)
            return this.token[this.peekCount - 1];
        this.peekCount = 1;
        this.token[0] = this.lex.nextItem();
        return this.token[0];
    }
    nextNonSpace() {
        let token;
        do
            token = this.next();
        while (token.typ === 'space');
        return token;
    }
    peekNonSpace() {
        const token = this.nextNonSpace();
        this.backup();
        return token;
    }
    errorf(message, pos = this.at[this.at.length - 1] ?? 0) {
        throw new ParseError(`template: ${this.parseName}:${this.token[0].line}: ${message}`, pos);
    }
    expect(expected, context, also) {
        const token = this.nextNonSpace();
        if (token.typ !== expected && token.typ !== also)
            this.unexpected(token, context);
        return token;
    }
    unexpected(token, context) {
        if (token.typ === 'error') {
            let extra = '';
            if (this.actionLine !== 0 && this.actionLine !== token.line) {
                extra = ` in action started at ${this.parseName}:${this.actionLine}`;
                if (token.val.endsWith(' action'))
                    extra = extra.slice(' in action'.length);
            }
            this.errorf(`${itemString(token)}${extra}`, token.at ?? token.pos);
        }
        this.errorf(`unexpected ${itemString(token)} in ${context}`, token.pos);
    }
    /** Installs this tree under its name (Tree.add). */
    unquote(token) {
        try {
            return unquote(token.val);
        }
        catch (e) {
            this.errorf(e.message, token.pos);
        }
    }
}

;// CONCATENATED MODULE: ./src/ko/template/parse-pipeline.ts
// text/template/parse/parse.go's pipelines: declarations, commands, operands, field chains and
// terms (constants, functions, variables, fields, parenthesised pipelines).




const operandStart = new Set([
    'bool', 'charConstant', 'complex', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString',
    'string', 'variable', 'leftParen',
]); // prettier-ignore
/** Parses `text` as template `name`: every tree it defines, by name (parse.Parse). */
/** Nested parentheses: Go allows 10000; a JS stack (the parser's and the executor's) fewer. */
const MAX_STACK_DEPTH = 100;
class PipelineParser extends TokenReader {
    /** The variables declared so far (popped at the end of each control). */
    vars = ['$'];
    stackDepth = 0;
    pipeline(context, end) {
        const pipe = {
            type: 'pipe',
            pos: this.peekNonSpace().pos,
            isAssign: false,
            decl: [],
            cmds: [],
        };
        for (let more = true; more;) {
            more = false;
            const v = this.peekNonSpace();
            if (v.typ !== 'variable')
                break;
            this.next();
            const tokenAfterVariable = this.peek();
            const next = this.peekNonSpace();
            const declare = () => {
                this.nextNonSpace();
                pipe.decl.push(newVariable(v.pos, v.val));
                this.vars.push(v.val);
            };
            if (next.typ === 'assign' || next.typ === 'declare') {
                pipe.isAssign = next.typ === 'assign';
                declare();
            }
            else if (next.typ === 'char' && next.val === ',') {
                declare();
                if (context === 'range' && pipe.decl.length < 2) {
                    const after = this.peekNonSpace().typ;
                    if (after !== 'variable' && after !== 'rightDelim' && after !== 'rightParen') {
                        this.errorf('range can only initialize variables');
                    }
                    more = true;
                    continue;
                }
                this.errorf(`too many declarations in ${context}`);
            }
            else if (tokenAfterVariable.typ === 'space') {
                this.backup3(v, tokenAfterVariable);
            }
            else {
                this.backup2(v);
            }
        }
        for (;;) {
            const token = this.nextNonSpace();
            if (token.typ === end) {
                this.checkPipeline(pipe, context);
                return pipe;
            }
            if (!operandStart.has(token.typ))
                this.unexpected(token, context);
            this.backup();
            pipe.cmds.push(this.command());
        }
    }
    checkPipeline(pipe, context) {
        if (pipe.cmds.length === 0)
            this.errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
            if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].type)) {
                this.errorf(`non executable command in pipeline stage ${i + 2}`);
            }
        });
    }
    command() {
        const cmd = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
        for (;;) {
            this.peekNonSpace();
            const operand = this.operand();
            if (operand)
                cmd.args.push(operand);
            const token = this.next();
            if (token.typ === 'space')
                continue;
            if (token.typ === 'rightDelim' || token.typ === 'rightParen')
                this.backup();
            else if (token.typ !== 'pipe')
                this.unexpected(token, 'operand');
            break;
        }
        if (cmd.args.length === 0)
            this.errorf('empty command');
        return cmd;
    }
    operand() {
        const node = this.term();
        if (!node || this.peek().typ !== 'field')
            return node;
        const pos = this.peek().pos;
        const field = [];
        while (this.peek().typ === 'field')
            field.push(this.next().val.slice(1));
        const chain = nodeString({ type: 'chain', pos, node, field });
        switch (node.type) {
            case 'field':
                return { type: 'field', pos, ident: chain.slice(1).split('.') };
            case 'variable':
                return newVariable(pos, chain);
            case 'bool':
            case 'string':
            case 'number':
            case 'nil':
            case 'dot':
                this.errorf(`unexpected . after term ${quote(nodeString(node))}`);
        }
        return { type: 'chain', pos, node, field };
    }
    term() {
        const token = this.nextNonSpace();
        const pos = token.pos;
        switch (token.typ) {
            case 'identifier':
                if (!Object.hasOwn(builtins, token.val))
                    this.errorf(`function ${quote(token.val)} not defined`, pos);
                return { type: 'identifier', pos, ident: token.val };
            case 'dot':
            case 'nil':
                return { type: token.typ, pos };
            case 'variable': {
                const v = newVariable(pos, token.val);
                if (!this.vars.includes(v.ident[0]))
                    this.errorf(`undefined variable ${quote(v.ident[0])}`, pos);
                return v;
            }
            case 'field':
                return { type: 'field', pos, ident: token.val.slice(1).split('.') };
            case 'bool':
                return { type: 'bool', pos, value: token.val === 'true' };
            case 'charConstant':
            case 'complex':
            case 'number': {
                const n = newNumber(pos, token.val, token.typ);
                if (typeof n === 'string')
                    this.errorf(n, pos);
                return n;
            }
            case 'leftParen':
                if (this.stackDepth >= MAX_STACK_DEPTH)
                    this.errorf('max expression depth exceeded');
                this.stackDepth++;
                try {
                    return this.pipeline('parenthesized pipeline', 'rightParen');
                }
                finally {
                    this.stackDepth--;
                }
            case 'string':
            case 'rawString':
                return { type: 'string', pos, quoted: token.val, text: this.unquote(token) };
        }
        this.backup();
        return undefined;
    }
}
const newVariable = (pos, ident) => ({
    type: 'variable',
    pos,
    ident: ident.split('.'),
});

;// CONCATENATED MODULE: ./src/ko/template/parser.ts
// text/template/parse/parse.go, ported: the same grammar, lookahead and error texts. This file
// has the template structure (text, actions, if/range/with/else/end, define, block, template);
// parse-pipeline.ts has pipelines, parse-tokens.ts the lookahead and errors.





function parseTemplate(name, text) {
    const trees = new Map();
    const t = new Tree(name, name, new Lexer(text), trees);
    t.parse();
    t.add(0);
    return trees;
}
const isEmptyTree = (n) => n.type === 'list' ? n.nodes.every(isEmptyTree) : n.type === 'text' && n.text.trim() === '';
const isDelim = (n) => n.type === 'end' || n.type === 'else';
class Tree extends PipelineParser {
    name;
    trees;
    root = { type: 'list', pos: 0, nodes: [] };
    rangeDepth = 0;
    constructor(name, parseName, lex, trees) {
        super(parseName, lex);
        this.name = name;
        this.trees = trees;
    }
    add(pos) {
        const tree = this.trees.get(this.name);
        if (!tree || isEmptyTree(tree)) {
            this.trees.set(this.name, this.root);
        }
        else if (!isEmptyTree(this.root)) {
            this.errorf(`template: multiple definition of template ${quote(this.name)}`, pos);
        }
    }
    parse() {
        this.root = { type: 'list', pos: this.peek().pos, nodes: [] };
        while (this.peek().typ !== 'EOF') {
            if (this.peek().typ === 'leftDelim') {
                const delim = this.next();
                if (this.nextNonSpace().typ === 'define') {
                    const def = new Tree('definition', this.parseName, this.lex, this.trees);
                    def.at.push(delim.pos);
                    def.parseDefinition(delim.pos);
                    continue;
                }
                this.backup2(delim);
            }
            const n = this.textOrAction();
            if (isDelim(n))
                this.errorf(`unexpected ${nodeString(n)}`, n.pos);
            else
                this.root.nodes.push(n);
        }
    }
    parseDefinition(pos) {
        const context = 'define clause';
        const name = this.expect('string', context, 'rawString');
        this.name = this.unquote(name);
        this.expect('rightDelim', context);
        const [list, end] = this.itemList();
        this.root = list;
        if (end.type !== 'end')
            this.errorf(`unexpected ${nodeString(end)} in ${context}`, end.pos);
        this.add(pos);
    }
    itemList() {
        const list = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
        while (this.peekNonSpace().typ !== 'EOF') {
            const n = this.textOrAction();
            if (isDelim(n))
                return [list, n];
            list.nodes.push(n);
        }
        this.errorf('unexpected EOF');
    }
    textOrAction() {
        const token = this.nextNonSpace();
        if (token.typ === 'text')
            return { type: 'text', pos: token.pos, text: token.val };
        if (token.typ !== 'leftDelim')
            this.unexpected(token, 'input');
        this.actionLine = token.line;
        this.at.push(token.pos);
        try {
            return this.action();
        }
        finally {
            this.actionLine = 0;
            this.at.pop();
        }
    }
    action() {
        const token = this.nextNonSpace();
        const pos = this.at[this.at.length - 1];
        switch (token.typ) {
            case 'block':
                return this.blockControl();
            case 'break':
            case 'continue': {
                const close = this.nextNonSpace();
                if (close.typ !== 'rightDelim')
                    this.unexpected(close, `{{${token.typ}}}`);
                if (this.rangeDepth === 0)
                    this.errorf(`{{${token.typ}}} outside {{range}}`);
                return { type: token.typ, pos: token.pos };
            }
            case 'else': {
                const peek = this.peekNonSpace();
                if (peek.typ !== 'if' && peek.typ !== 'with')
                    this.expect('rightDelim', 'else');
                return { type: 'else', pos };
            }
            case 'end':
                this.expect('rightDelim', 'end');
                return { type: 'end', pos };
            case 'if':
            case 'range':
            case 'with':
                return this.control(token.typ);
            case 'template':
                return this.templateControl();
        }
        this.backup();
        const start = this.peek();
        return { type: 'action', pos: start.pos, pipe: this.pipeline('command', 'rightDelim') };
    }
    control(context) {
        const vars = this.vars.length;
        try {
            const pipe = this.pipeline(context, 'rightDelim');
            if (context === 'range')
                this.rangeDepth++;
            const [list, end] = this.itemList();
            let next = end;
            if (context === 'range')
                this.rangeDepth--;
            let elseList;
            if (next.type === 'else') {
                if (context !== 'range' && this.peek().typ === context) {
                    // {{else if x}} is {{else}}{{if x}}...{{end}}{{end}}, sharing the last {{end}}.
                    this.next();
                    this.at.push(next.pos);
                    elseList = { type: 'list', pos: next.pos, nodes: [this.control(context)] };
                    this.at.pop();
                }
                else {
                    [elseList, next] = this.itemList();
                    if (next.type !== 'end')
                        this.errorf(`expected end; found ${nodeString(next)}`, next.pos);
                }
            }
            return { type: context, pos: pipe.pos, pipe, list, elseList };
        }
        finally {
            this.vars.length = vars;
        }
    }
    blockControl() {
        const context = 'block clause';
        const token = this.nextNonSpace();
        const name = this.templateName(token, context);
        const pipe = this.pipeline(context, 'rightDelim');
        const block = new Tree(name, this.parseName, this.lex, this.trees);
        block.at.push(this.at[this.at.length - 1]);
        const [list, end] = block.itemList();
        block.root = list;
        if (end.type !== 'end')
            this.errorf(`unexpected ${nodeString(end)} in ${context}`, end.pos);
        block.add(token.pos);
        return { type: 'template', pos: token.pos, name, pipe };
    }
    templateControl() {
        const context = 'template clause';
        const token = this.nextNonSpace();
        const name = this.templateName(token, context);
        let pipe;
        if (this.nextNonSpace().typ !== 'rightDelim') {
            this.backup();
            pipe = this.pipeline(context, 'rightDelim');
        }
        return { type: 'template', pos: token.pos, name, pipe };
    }
    templateName(token, context) {
        if (token.typ !== 'string' && token.typ !== 'rawString')
            this.unexpected(token, context);
        return this.unquote(token);
    }
}

;// CONCATENATED MODULE: ./src/ko/templates.ts
// ko's flag and ldflag templates (pkg/build/gobuild.go applyTemplating): each entry is parsed as
// Go's `template.New("argsTmpl").Option("missingkey=error").Parse(entry)` and executed over ko's
// data (createTemplateData), with Go's output and Go's error texts. ./template/ is the port of
// text/template and fmt that does it (__tests__/integration/templates.oracle.test.ts holds it to
// Go's own over __tests__/fixtures/templates/table.json).






const NAME = 'argsTmpl';
/** Renders every entry, in order (ko's applyTemplating): the first error stops it. */
function renderTemplates(list, data) {
    const go = goData(data);
    return list.map((source) => render(source, go));
}
/** ko's data as Go holds it: map[string]interface {} of map[string]string, map[string]interface {}, string, int64. */
function goData(d) {
    const strings = (r) => ({
        type: 'map[string]string',
        v: new Map(Object.entries(r)),
    });
    const g = d.Git;
    const git = {
        type: 'map[string]interface {}',
        v: new Map([
            ['Branch', value_str(g.Branch)],
            ['Tag', value_str(g.Tag)],
            ['ShortCommit', value_str(g.ShortCommit)],
            ['FullCommit', value_str(g.FullCommit)],
            ['CommitDate', value_str(g.CommitDate)],
            ['CommitTimestamp', value_int(Math.trunc(g.CommitTimestamp), 'int64')],
            ['IsDirty', value_bool(g.IsDirty)],
            ['IsClean', value_bool(g.IsClean)],
            ['TreeState', value_str(g.TreeState)],
        ]),
    };
    const env = strings(d.Env);
    const goEnv = strings(d.GoEnv);
    const value = {
        type: 'map[string]interface {}',
        v: new Map([
            ['Env', env],
            ['GoEnv', goEnv],
            ['Git', git],
            ['Date', value_str(d.Date)],
            ['Timestamp', value_int(Math.trunc(d.Timestamp), 'int64')],
        ]),
    };
    return { value, env, goEnv, git };
}
function render(source, data) {
    try {
        const trees = parseTemplate(NAME, source.text);
        const exec = new Executor(NAME, NAME, source.text, trees, data.value);
        exec.walk(data.value, trees.get(NAME));
        return exec.output();
    }
    catch (e) {
        if (e instanceof ParseError)
            throw templateError(source, e.pos, e.message, parseHint(e.message));
        if (e instanceof ExecError)
            throw templateError(source, e.pos ?? 0, e.message, execHint(e, data));
        // Thousands of nested {{if}}s: Go's stack grows, ours does not.
        if (e instanceof RangeError) {
            throw templateError(source, 0, `template: ${NAME}: ${e.message}`, 'nest actions less deeply');
        }
        throw e;
    }
}
const textTemplate = "ko parses each flag and ldflag with Go's text/template: https://pkg.go.dev/text/template";
function parseHint(message) {
    if (message.endsWith('unclosed action')) {
        return 'a space-separated flags string is split at spaces before templating: write {{.Env.X}} without spaces, or use a YAML list';
    }
    if (/function ".*" not defined$/.test(message))
        return `the functions are text/template's: ${Object.keys(builtins).join(', ')}`;
    return textTemplate;
}
function execHint(e, data) {
    const m = e.missing;
    if (!m)
        return textTemplate;
    if (m.map === data.env) {
        return (`set ${m.key} in the step's env, or in the build's env (or defaultEnv) in .ko.yaml; ` +
            `{{ index .Env ${JSON.stringify(m.key)} }} is "" when it is not set`);
    }
    if (m.map === data.goEnv)
        return 'run `go env` to see the names .GoEnv has';
    if (m.map === data.git)
        return `.Git has ${[...data.git.v.keys()].map((k) => `.${k}`).join(', ')}`;
    if (m.map === data.value)
        return 'the fields are .Env, .GoEnv, .Git, .Date and .Timestamp';
    return textTemplate;
}
/** `file:line:column` of offset `offset` in the entry, when the entry's position is known exactly. */
function positionOf(source, offset) {
    if (!source.at)
        return source.where;
    const before = source.text.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    const line = source.at.line + (before.split('\n').length - 1);
    const column = nl < 0 ? source.at.column + offset : offset - nl;
    return `${source.at.file}:${line}:${column}`;
}
function templateError(source, offset, message, hint) {
    return new errors/* KoActionError */.jV('CONFIG', message, { where: positionOf(source, offset), hint });
}

;// CONCATENATED MODULE: ./src/engine/build-settings.ts
// .ko.yaml `builds` at build time: which import path each entry builds (one `go list` per
// directory), and the per-platform flags and ldflags ko renders from templates (docs/spec/ko-compat.md#72-keys,
// pkg/build/gobuild.go createTemplateData). The pure parts live in src/config.









const pathKind = (p) => {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
};
/**
 * Build index → the import path its `main` lists as (ko's createBuildConfigMap), one `go list`
 * per distinct directory. Two entries for one package are an error (checkBuildImportPaths).
 */
async function resolveBuilds(config, workingDirectory, goPath, env) {
    const resolved = new Map();
    if (config.builds.length === 0)
        return resolved;
    const byCwd = new Map();
    for (const key of buildMatchKeys(config, workingDirectory, pathKind)) {
        byCwd.set(key.cwd, [...(byCwd.get(key.cwd) ?? []), key]);
    }
    await Promise.all([...byCwd].map(async ([cwd, keys]) => {
        const pkgs = await listKeys(config, cwd, keys, goPath, env);
        keys.forEach((k, i) => {
            const pkg = pkgs[i];
            if (pkg)
                resolved.set(k.buildIndex, pkg);
        });
    }));
    checkBuildImportPaths(config, resolved);
    return resolved;
}
async function listKeys(config, cwd, keys, goPath, env) {
    const list = (patterns) => (0,go_packages/* listPackages */.Ad)(goPath, patterns, cwd, env);
    // go list answers a repeated pattern once.
    const patterns = [...new Set(keys.map((k) => k.pattern))];
    try {
        const listed = await list(patterns);
        return keys.map((k) => listed[patterns.indexOf(k.pattern)]?.importPath ?? '');
    }
    catch (err) {
        if (!(err instanceof errors/* KoActionError */.jV))
            throw err;
        // Which entry failed: list them one by one (only on this error path) and point at its `main`.
        for (const k of keys) {
            const failed = await list([k.pattern]).then(() => undefined, (e) => e);
            if (!(failed instanceof errors/* KoActionError */.jV))
                continue;
            const b = config.builds.find((x) => x.index === k.buildIndex);
            throw new errors/* KoActionError */.jV('CONFIG', `builds[${k.buildIndex}].main: ${failed.message}`, {
                where: b?.mainWhere ?? failed.where ?? 'config',
                hint: 'main must name a main package (a directory or a .go file in it) under the build’s dir',
            });
        }
        throw err;
    }
}
/** Template inputs shared by every package of one run: git info per directory, `go env` per env. */
class TemplateContext {
    goPath;
    env;
    seconds;
    git = new KeyedOnce();
    goEnv = new KeyedOnce();
    constructor(goPath, env, 
    /** SOURCE_DATE_EPOCH, else the time of the run. */
    seconds) {
        this.goPath = goPath;
        this.env = env;
        this.seconds = seconds;
    }
    /** The settings for one package and how to render its flags per platform. */
    packageBuild(config, importPath, resolved, workingDirectory, cliLdflags) {
        const settings = selectBuild(config, importPath, resolved, cliLdflags ? { cliLdflags } : {});
        const cwd = settings.dir ? (0,external_node_path_.join)(workingDirectory, settings.dir) : workingDirectory;
        const templated = [...settings.flags, ...settings.ldflags].some((s) => s.text.includes('{{'));
        const plain = (l) => l.map((s) => s.text);
        return {
            settings,
            cwd,
            flags: plain(settings.flags),
            ldflags: plain(settings.ldflags),
            render: templated
                ? async (platform, buildEnv) => {
                    const [git, goEnv] = await Promise.all([
                        this.git.get(cwd, () => gitInfo(cwd, this.env)),
                        // ko runs `go env` once, in its own directory with its own environment; the
                        // build's Env entries then override same-named keys (makeTemplateData).
                        this.goEnv.get(workingDirectory, () => goEnvOf(this.goPath, workingDirectory, this.env)),
                    ]);
                    const data = makeTemplateData({ buildEnv, goEnv, git, seconds: this.seconds });
                    return {
                        flags: renderTemplates(settings.flags, data),
                        ldflags: renderTemplates(settings.ldflags, data),
                    };
                }
                : undefined,
        };
    }
}
async function goEnvOf(goPath, cwd, env) {
    const { stdout, stderr, code } = await (0,go_packages/* run */.eF)(goPath, ['env'], cwd, env);
    if (code !== 0) {
        throw new errors/* KoActionError */.jV('GO_BUILD', `go env failed: ${stderr.trim().split('\n')[0] ?? ''}`, {
            hint: 'templates need `go env`; check that the go on PATH runs in working-directory',
        });
    }
    return parseGoEnv(stdout);
}
/** ko's git.GetInfo: every command in the build directory; a failure or no git is "unknown". */
async function gitInfo(cwd, env) {
    const entries = await Promise.all(Object.keys(gitInfoCommands).map(async (q) => {
        const out = await runGit([...gitInfoCommands[q]], cwd, env);
        return [q, out];
    }));
    const outputs = {};
    for (const [q, out] of entries)
        if (out !== undefined)
            outputs[q] = out;
    return gitInfoFromOutputs(outputs);
}
async function runGit(args, cwd, env) {
    const res = await (0,util_process/* runProcess */.R)('git', ['-c', 'log.showSignature=false', ...args], { cwd, env });
    return res.code === 0 ? res.stdout : undefined;
}

;// CONCATENATED MODULE: ./src/engine/base/layout-base.ts
// A base image read from a local OCI image layout (`oci-layout:<dir>[:<tag>]`).

function layoutReader(dir, tag) {
    return {
        root: async () => (0,layout_reader/* readManifest */.WI)(dir, await (0,layout_reader/* resolveLayoutRef */.q3)(dir, tag)),
        manifest: (d) => (0,layout_reader/* readManifest */.WI)(dir, d),
        blob: (d) => (0,layout_reader/* openBlob */.Ym)(dir, d),
    };
}

;// CONCATENATED MODULE: ./src/engine/package-lookup.ts
// Which directory each requested package is listed (and so qualified) in, as ko's gobuilds does
// (pkg/build/gobuilds.go `builder`): a full import path that a `.ko.yaml` build resolved to is
// listed in that build's `dir`; a local path (`./svc/cmd/x`) is listed in working-directory, and
// when that fails, in each build's `dir` it lies under, relative to it. So a repository of several
// Go modules without go.work builds as it does with ko.


/** The packages, in the order requested; the first that cannot be found anywhere is thrown. */
async function lookUpPackages(requested, opts) {
    const dirOf = buildDirs(opts);
    // One go list per directory, each package in the directory its build names.
    const groups = new Map();
    requested.forEach((r, i) => {
        const dir = isLocalImport(r) ? '.' : (dirOf.get(r) ?? '.');
        groups.set(dir, [...(groups.get(dir) ?? []), i]);
    });
    const found = new Array(requested.length);
    await Promise.all([...groups].map(async ([dir, indexes]) => {
        const paths = indexes.map((i) => requested[i] ?? '');
        const cwd = (0,external_node_path_.join)(opts.workingDirectory, dir);
        const listed = await (0,go_packages/* listPackagesSettled */.L7)(opts.goPath, paths, cwd, opts.env);
        listed.forEach((p, k) => (found[indexes[k] ?? 0] = p));
    }));
    return Promise.all(found.map(async (p, i) => {
        if (!(p instanceof go_packages/* PackageLoadError */.Zb))
            return p;
        const local = requested[i] ?? '';
        const nested = isLocalImport(local) ? await inBuildDirs(local, opts) : undefined;
        if (nested)
            return nested;
        throw p;
    }));
}
/** The `dir` of each build whose package resolved to an import path (`.` builds add nothing). */
function buildDirs(opts) {
    const out = new Map();
    for (const b of opts.config.builds) {
        const ip = opts.resolved.get(b.index);
        const dir = external_node_path_.posix.normalize(b.dir.replaceAll('\\', '/'));
        if (ip && dir !== '.' && !out.has(ip))
            out.set(ip, dir);
    }
    return out;
}
/**
 * A local path under a build's `dir`, listed there relative to it (ko tries its builds in map
 * order; we try the deepest `dir` first, so the answer does not depend on chance).
 */
async function inBuildDirs(local, opts) {
    const dirs = [...new Set(opts.config.builds.map((b) => external_node_path_.posix.normalize(b.dir)))]
        .filter((d) => d !== '.')
        .sort((a, b) => b.split('/').length - a.split('/').length);
    for (const dir of dirs) {
        const rel = relativeImport(dir, local);
        if (!rel)
            continue;
        const cwd = (0,external_node_path_.join)(opts.workingDirectory, dir);
        const [p] = await (0,go_packages/* listPackagesSettled */.L7)(opts.goPath, [rel], cwd, opts.env);
        if (p && !(p instanceof go_packages/* PackageLoadError */.Zb))
            return { ...p, requested: local };
    }
    return undefined;
}
/** ko's relativePath: `./app/cmd/foo` under `app` is `./cmd/foo`; outside it, none. */
function relativeImport(dir, local) {
    const rel = external_node_path_.posix.relative(external_node_path_.posix.normalize(dir), external_node_path_.posix.normalize(local));
    if (rel.startsWith('..') || external_node_path_.posix.isAbsolute(rel))
        return undefined;
    return rel === '' ? '.' : `./${rel}`;
}
/** Go's build.IsLocalImport. */
function isLocalImport(path) {
    return path === '.' || path === '..' || path.startsWith('./') || path.startsWith('../');
}

;// CONCATENATED MODULE: ./src/engine/base/registry-base.ts

function registryReader(client, ref) {
    const repo = ref.context();
    return {
        root: () => client.getManifest(ref),
        manifest: (d) => client.getManifest((0,reference/* withDigest */.hQ)(repo, d.digest)),
        blob: (d) => client.openBlob(repo.repository, d.digest, d.size),
        mountFrom: { registry: repo.registry, repository: repo.repository },
    };
}

;// CONCATENATED MODULE: ./src/engine/base/scratch-base.ts
// `scratch`: an empty base, as ggcr's empty.Image, but with os/architecture set (ko would leave
// them empty, which runtimes reject). For several platforms it is an index of such images, so
// `scratch` builds multi-platform images like any other base. It names no base annotation.





const scratchName = 'scratch';
function scratchReader(platforms) {
    for (const p of platforms) {
        // A partial platform (`windows`) matches a base's entries; scratch has none to match.
        if (!p.os || !p.architecture) {
            throw new errors/* KoActionError */.jV('INPUT', `platform "${(0,oci_platform/* formatPlatform */.Bq)(p)}" names no ${p.os ? 'architecture' : 'OS'}`, {
                where: 'platforms',
                hint: 'scratch has no platforms of its own to pick from: name each one as os/arch, e.g. windows/amd64',
            });
        }
    }
    const blobs = new Map();
    const put = (mediaType, doc) => {
        const bytes = Buffer.from(JSON.stringify(doc));
        const digest = (0,oci_digest/* sha256 */.sc)(bytes);
        blobs.set(digest, { bytes, mediaType, digest });
        return { mediaType, size: bytes.length, digest };
    };
    const entries = platforms.map((platform) => {
        const config = put(media_types/* MediaType */.zu.OciConfig, {
            architecture: platform.architecture,
            created: '0001-01-01T00:00:00Z',
            os: platform.os,
            rootfs: { type: 'layers', diff_ids: null },
            config: {},
            ...(platform['os.version'] ? { 'os.version': platform['os.version'] } : {}),
            ...(platform.variant ? { variant: platform.variant } : {}),
        });
        const manifest = put(media_types/* MediaType */.zu.OciManifest, {
            schemaVersion: 2,
            mediaType: media_types/* MediaType */.zu.OciManifest,
            config,
            layers: [],
        });
        return { ...manifest, platform };
    });
    const root = entries.length === 1
        ? entries[0]
        : put(media_types/* MediaType */.zu.OciIndex, {
            schemaVersion: 2,
            mediaType: media_types/* MediaType */.zu.OciIndex,
            manifests: entries,
        });
    const get = (d) => {
        const raw = blobs.get(d.digest);
        if (!raw)
            throw new errors/* KoActionError */.jV('REGISTRY', `scratch has no blob ${d.digest}`);
        return raw;
    };
    return {
        root: () => Promise.resolve(get(root)),
        manifest: (d) => Promise.resolve(get(d)),
        blob: (d) => Promise.resolve(external_node_stream_.Readable.from([Buffer.from(get(d).bytes)])),
    };
}

;// CONCATENATED MODULE: ./src/engine/sbom-dir.ts
// ko's --sbom-dir: each image's SPDX SBOM is also written to `<dir>/<app>-<platform>.spdx.json`
// (platform as ggcr prints it, `/` and `:` made `-`), and an index's to `<app>-index.spdx.json`,
// where <app> is the last element of the import path (ko's gobuild.go writeSBOM, appFilename).




async function writeSbomDir(dir, importPath, artifact, log) {
    const base = external_node_path_.posix.basename((0,ko_reference/* stripKoScheme */.ug)(importPath));
    // ko's appFilename: a path that names no element gets ko's default name.
    const app = base === '.' || base === '/' || base === '' ? 'ko-app' : base;
    const files = [];
    const images = artifact.kind === 'index' ? artifact.children : [artifact];
    for (const img of images) {
        if (!img.sbom)
            continue;
        const platform = img.platform ? (0,oci_platform/* formatPlatform */.Bq)(img.platform).replace(/[/:]/g, '-') : '';
        files.push([`${app}-${platform}.spdx.json`, img.sbom]);
    }
    if (artifact.kind === 'index' && artifact.sbom)
        files.push([`${app}-index.spdx.json`, artifact.sbom]);
    if (files.length === 0)
        return;
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const [name, bytes] of files) {
        log(`Writing SBOM to ${(0,external_node_path_.join)(dir, name)}`);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, name), bytes, { mode: 0o644 });
    }
}

;// CONCATENATED MODULE: ./src/engine/engine.ts
// The build engine shared by the action and the CLI: packages → images → registry or layout.

























async function runBuild(plan, deps, targets = plan.importPaths.map((p) => ({
    requested: p,
    naming: 'qualified',
}))) {
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(deps.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'ko-action-'));
    const publications = [];
    // The first failure stops every other go build; nothing is reported before all have settled.
    const cancel = new AbortController();
    try {
        // .ko.yaml builds first: a wrong `dir` or `main` is a config error, whatever is requested.
        const config = plan.koConfig;
        const resolved = await resolveBuilds(config, plan.workingDirectory, deps.goPath, deps.env);
        const templates = new TemplateContext(deps.goPath, deps.env, plan.sourceDateEpoch ?? Math.floor(Date.now() / 1000));
        const requested = targets.map((t) => (0,ko_reference/* stripKoScheme */.ug)(t.requested.trim()));
        // Fetched while go list runs, if the caller did not start it earlier.
        const bases = deps.bases ?? prefetchBase(plan, deps);
        const announced = new Set();
        const listed = await lookUpPackages(requested, {
            goPath: deps.goPath,
            workingDirectory: plan.workingDirectory,
            env: deps.env,
            config,
            resolved,
        });
        const pkgs = listed.map((pkg, i) => {
            const asWritten = targets[i]?.naming === 'as-written';
            return { pkg, namingPath: asWritten ? pkg.requested : pkg.importPath };
        });
        const publisher = choosePublisher(plan, deps, pkgs.length);
        const compileLimit = (0,limit/* limit */.A)(plan.jobs);
        // Every package is planned (names, bases, platforms, templates) before anything is built or
        // pushed: bad input fails the run with nothing written.
        const planned = await settleAll(pkgs.map(async ({ pkg, namingPath }) => {
            // ko's CLI names under an empty repository when nothing is pushed (--push=false).
            const repo = plan.repo ?? (plan.koPublishing ? '' : 'ko.local');
            const name = (0,naming/* imageName */.tO)(repo, (0,naming/* namingImportPath */.pL)(namingPath), plan.naming);
            const baseRef = baseImageFor(config, pkg.importPath, plan.baseImage);
            const base = await bases.get(baseRef, () => fetchBase(baseRef, plan.platforms, deps));
            const registryBase = registryBaseName(baseRef);
            if (registryBase && !announced.has(registryBase)) {
                announced.add(registryBase);
                deps.log(`Using base ${registryBase}`);
            }
            const build = templates.packageBuild(config, pkg.importPath, resolved, plan.workingDirectory, plan.ldflags);
            const pushed = byteCounter();
            const publication = countingBytes(await publisher.start(name), pushed.add);
            publications.push(publication);
            const artifactPlan = await planArtifact({
                pkg,
                importRef: (0,ko_reference/* koReference */.A3)(namingPath),
                base,
                platforms: plan.platforms,
                go: {
                    goPath: deps.goPath,
                    cwd: build.cwd,
                    flags: build.flags,
                    ldflags: build.ldflags,
                    ...(build.render ? { render: build.render } : {}),
                    buildEnv: build.settings.env,
                    debug: plan.debug,
                    processEnv: deps.env,
                },
                image: {
                    labels: plan.labels,
                    manifestAnnotations: plan.manifestAnnotations,
                    indexAnnotations: plan.indexAnnotations,
                    user: plan.user,
                    sourceDateEpoch: plan.sourceDateEpoch,
                    kodataDateEpoch: plan.kodataDateEpoch,
                    kodataAllowedRoot: plan.kodataAllowedRoot,
                    ...(build.settings.linuxCapabilities.length
                        ? { capabilities: build.settings.linuxCapabilities }
                        : {}),
                    sbom: plan.sbom && ((plan.push && !(0,local_image/* isLocalRepo */.m)(plan.repo)) || plan.sbomDir !== undefined),
                },
                context: {
                    tmpDir: tmp,
                    binDir: (0,external_node_path_.join)(tmp, 'bin'),
                    ...(deps.kocache ? { kocache: deps.kocache } : {}),
                    compression: plan.compression,
                    compileLimit,
                    ...(deps.takeBuild ? { takeBuild: deps.takeBuild } : {}),
                    ...(publication.early ? { earlyPush: publication.early } : {}),
                    log: deps.log,
                    ...(deps.timeline ? { timeline: deps.timeline } : {}),
                    signal: cancel.signal,
                },
            });
            const source = plan.provenance
                ? {
                    ...pkg,
                    provenance: {
                        flags: build.flags,
                        ldflags: build.ldflags,
                        envNames: build.settings.env.map((e) => e.split('=')[0] ?? e),
                        base: {
                            reference: baseRef,
                            ...(base.digest ? { digest: base.digest } : {}),
                        },
                        goVersion: deps.goVersion ?? 'unknown',
                    },
                }
                : pkg;
            return { pkg: source, name, namingPath, publication, pushed, artifactPlan };
        }));
        const builds = planned.reduce((n, p) => n + p.artifactPlan.jobs.length, 0);
        const maxProcs = (0,build/* goMaxProcs */.MZ)(builds, plan.jobs);
        return await settleAll(planned.map(async ({ pkg, name, namingPath, publication, pushed, artifactPlan }) => {
            const artifact = await buildArtifact(withMaxProcs(artifactPlan, maxProcs));
            if (plan.sbomDir)
                await writeSbomDir(plan.sbomDir, namingPath, artifact, deps.log);
            const platforms = artifactPlan.jobs.map((j) => (0,oci_platform/* formatPlatform */.Bq)(j.platform)).join(', ');
            const span = deps.timeline?.start('push', platforms, name);
            pushed.attach(span);
            try {
                const built = await publication.publish(pkg, artifact);
                span?.end('ok');
                return built;
            }
            catch (e) {
                span?.end('failed', e);
                throw e;
            }
        }), () => cancel.abort());
    }
    finally {
        // Nothing started early may still be reading a layer when the temp dir goes, and every
        // build has settled (settleAll): the removal cannot race a writer. Should it fail anyway,
        // the run's own error (or result) stands; a leftover is said, not thrown.
        await Promise.allSettled(publications.map((p) => p.settle()));
        await (0,promises_.rm)(tmp, { recursive: true, force: true, maxRetries: 3 }).catch((e) => deps.log(`warning: could not remove ${tmp}: ${(0,errors/* errorMessage */.gJ)(e)}`));
    }
}
/** Bytes read by the publisher: counted before the push starts (early blobs), then on its span. */
function byteCounter() {
    let before = 0;
    let span;
    return {
        add: (n) => {
            if (span)
                span.addBytes(n);
            else
                before += n;
        },
        attach: (s) => {
            span = s;
            s?.addBytes(before);
        },
    };
}
/** The publication, with every blob it opens counted as it is read (push progress). */
function countingBytes(publication, onBytes) {
    const { early } = publication;
    const count = (blobs) => blobs.map((b) => countingBlob(b, onBytes));
    return {
        ...(early
            ? {
                early: {
                    known: (blobs, more) => early.known(count(blobs), more),
                    built: (blobs) => early.built(count(blobs)),
                },
            }
            : {}),
        publish: (pkg, artifact) => publication.publish(pkg, countingArtifact(artifact, count)),
        settle: () => publication.settle(),
    };
}
function countingArtifact(artifact, count) {
    const image = (a) => ({ ...a, blobs: count(a.blobs) });
    return artifact.kind === 'image'
        ? image(artifact)
        : { ...artifact, children: artifact.children.map(image) };
}
function countingBlob(blob, onBytes) {
    return {
        ...blob,
        open: async () => {
            const source = await blob.open();
            return external_node_stream_.Readable.from((async function* () {
                for await (const chunk of source) {
                    onBytes(chunk.length);
                    yield chunk;
                }
            })(), { objectMode: false });
        },
    };
}
/**
 * Starts fetching the base image when every package gets the same one (.ko.yaml overrides none),
 * so that the caller can overlap it with other work: the action fetches it while caches restore.
 */
function prefetchBase(plan, deps) {
    const bases = new KeyedOnce();
    const config = plan.koConfig;
    if (config.baseImageOverrides.size === 0) {
        const only = baseImageFor(config, '', plan.baseImage);
        // A failure is reported by the build that awaits it.
        bases.get(only, () => fetchBase(only, plan.platforms, deps)).catch(() => undefined);
    }
    return bases;
}
/** The name a registry base goes by in the log; undefined for scratch and OCI layouts. */
function registryBaseName(ref) {
    if (ref === scratchName || (0,layout_reader/* parseLayoutReference */.ZR)(ref))
        return undefined;
    return (0,reference/* parseReference */.F2)(ref).name;
}
async function fetchBase(ref, platforms, deps) {
    if (ref === scratchName) {
        const wanted = platforms.all
            ? [{ os: 'linux', architecture: 'amd64' }]
            : [...platforms.platforms];
        return loadBase(undefined, scratchReader(wanted));
    }
    const layout = (0,layout_reader/* parseLayoutReference */.ZR)(ref);
    if (layout)
        return loadBase(ref, layoutReader(layout.dir, layout.tag));
    const parsed = (0,reference/* parseReference */.F2)(ref);
    const client = await deps.clients.client(parsed.context());
    return loadBase(parsed.name, registryReader(client, parsed));
}


/***/ }),

/***/ 7324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ repositoryOf),
/* harmony export */   _: () => (/* binding */ RecordingPublisher)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
// ko's --image-refs FILE (publish.NewRecorder): after each publish, the published reference on
// its own line; for an index, `<repository>@<digest>` of the index and then of each image in it
// (cosign's walk order). The file is created on the first publish; lines follow the order the
// images were started in, which is the order of the import paths, as ko's sequential build.

class RecordingPublisher {
    inner;
    file;
    slots = [];
    writing = Promise.resolve();
    constructor(inner, file) {
        this.inner = inner;
        this.file = file;
    }
    async start(name) {
        const slot = this.slots.push(undefined) - 1;
        const inner = await this.inner.start(name);
        return {
            ...inner,
            publish: async (pkg, artifact) => {
                const built = await inner.publish(pkg, artifact);
                this.slots[slot] = recordedLines(built.ref, artifact);
                const done = this.writing.then(() => this.write());
                this.writing = done.catch(() => undefined);
                await done;
                return built;
            },
        };
    }
    write() {
        const lines = this.slots.flatMap((s) => (s ? s.map((l) => `${l}\n`) : []));
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(this.file, lines.join(''), { mode: 0o644 });
    }
}
function recordedLines(ref, artifact) {
    if (artifact.kind === 'image')
        return [ref];
    const repo = repositoryOf(ref);
    return [artifact, ...artifact.children].map((a) => `${repo}@${a.digest}`);
}
/** `name:tag@digest`, `name@digest`, `name:tag` → `name` (a port's colon comes before a slash). */
function repositoryOf(ref) {
    const at = ref.indexOf('@');
    const noDigest = at >= 0 ? ref.slice(0, at) : ref;
    const colon = noDigest.lastIndexOf(':');
    return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}


/***/ }),

/***/ 4319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ capabilityXattr)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
// Linux file capabilities for `builds[].linux_capabilities`, parsed as ko's pkg/caps does
// (Docker --cap-add names, numbers, and cap_from_text(3) clauses such as `cap_net_bind_service+ep`)
// and encoded as the `security.capability` xattr (vfs_cap_data revision 2, docs/spec/ko-compat.md#14-linux-file-capabilities-buildslinux_capabilities).

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
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV('CONFIG', message, {
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

/***/ 966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient),
  e: () => (/* binding */ isTemporary)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(415);
// EXTERNAL MODULE: ./src/util/secrets.ts
var secrets = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
const tokenChar = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
function parseChallenges(headers) {
    const out = [];
    for (const header of typeof headers === 'string' ? [headers] : headers)
        parseOne(header, out);
    return out;
}
function parseOne(s, out) {
    let i = 0;
    const skip = (chars) => {
        while (i < s.length && chars.test(s[i] ?? ''))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < s.length && tokenChar.test(s[i] ?? ''))
            i++;
        return s.slice(start, i);
    };
    let current;
    while (i < s.length) {
        skip(/[\s,]/);
        const start = i;
        const name = token();
        if (!name) {
            i++; // not a token character: skip it rather than loop forever
            continue;
        }
        skip(/[ \t]/);
        if (s[i] === '=' && current) {
            i++;
            skip(/[ \t]/);
            current.params[name.toLowerCase()] = s[i] === '"' ? quoted() : token();
            continue;
        }
        // A token not followed by `=` starts a new challenge (or is token68, which we ignore).
        if (s[i] === '=' && !current) {
            i = start + name.length + 1;
            continue;
        }
        current = { scheme: name.toLowerCase(), params: {} };
        out.push(current);
    }
    function quoted() {
        let v = '';
        i++; // opening quote
        while (i < s.length && s[i] !== '"') {
            if (s[i] === '\\' && i + 1 < s.length)
                i++;
            v += s[i];
            i++;
        }
        i++; // closing quote
        return v;
    }
}
/** The challenge to answer: Bearer if offered, else Basic. */
function pickChallenge(challenges) {
    return (challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic'));
}

// EXTERNAL MODULE: ./src/registry/errors.ts
var registry_errors = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/url-policy.ts
// Where a registry may send us: a redirect, an upload Location or a token realm is followed only
// if it does not downgrade HTTPS to plain HTTP (unless insecure-registry is set) and, when the
// registry is a public host, does not point at a loopback, private or link-local address (a
// public registry has no business steering a runner at its own network: SSRF; ggcr refuses a
// realm on such an address too, go-containerregistry#2258). Object stores on other public hosts
// stay allowed: that is how ghcr.io and cloud registries serve blobs. See docs/reliability.md.


/** Throws unless `to` may be followed from `from` (see the file comment). */
function checkFollow(from, to, ctx) {
    if (to.protocol !== 'http:' && to.protocol !== 'https:') {
        throw refused(ctx, from, to, `it is not HTTP(S)`);
    }
    if (from.protocol === 'https:' && to.protocol === 'http:' && !ctx.insecure) {
        throw refused(ctx, from, to, 'it downgrades HTTPS to plain HTTP', true);
    }
    if (isInternalHost(to.hostname) && !isInternalHost(from.hostname)) {
        throw refused(ctx, from, to, 'a public registry may not point at a private address');
    }
}
function refused(ctx, from, to, why, insecureHelps = false) {
    return new errors/* KoActionError */.jV('REGISTRY', `${(0,registry_errors/* displayUrl */.Qy)(from)} sent ${ctx.what} to ${(0,registry_errors/* displayUrl */.Qy)(to)}; not followed: ${why}`, {
        where: ctx.registry,
        ...(insecureHelps ? { hint: 'set insecure-registry: true only if this is expected' } : {}),
    });
}
/** localhost, loopback, RFC 1918, link-local, CGNAT, unique-local IPv6 (IP literals only). */
function isInternalHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
    if (v4) {
        const [a, b] = [Number(v4[1]), Number(v4[2])];
        return (a === 127 ||
            a === 10 ||
            a === 0 ||
            (a === 172 && b >= 16 && b <= 31) ||
            (a === 192 && b === 168) ||
            (a === 169 && b === 254) ||
            (a === 100 && b >= 64 && b <= 127));
    }
    if (!host.includes(':'))
        return false;
    if (host === '::1' || host === '::')
        return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host)?.[1];
    if (mapped)
        return isInternalHost(mapped);
    return /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host);
}

;// CONCATENATED MODULE: ./src/registry/auth.ts
// Registry authentication (ggcr transport/ping.go, bearer.go, basic.go): ping `/v2/`, answer
// the Basic or Bearer challenge, exchange credentials for a scoped token, and refresh it when
// it expires or a 401 asks for more scope. Authorization only ever goes to the registry's
// own origin (and Basic credentials to the token realm's).






const oauthClientId = 'ko-action';
const defaultExpirySeconds = 60;
/** Refresh a little early so a token does not expire in flight. */
const expirySlackMs = 10_000;
/** Token responses and `/v2/` bodies are small; more is not a registry talking. */
const smallBody = { maxBytes: 4 * 1024 * 1024 };
/** How long plain HTTP has alone before HTTPS is tried too (when both are allowed). */
const httpHeadStartMs = 50;
/**
 * Find the registry's scheme and challenge. Loopback/private hosts (and `insecure`) may answer
 * over HTTPS or plain HTTP, as in ggcr; the first to answer like a registry wins.
 */
async function ping(transport, registry, insecure) {
    if (!insecure && (0,reference/* defaultScheme */.j5)(registry) === 'https') {
        const outcome = await pingScheme(transport, registry, 'https');
        if (outcome.ok)
            return outcome.result;
        throw outcome.failure;
    }
    // Plain HTTP goes first and HTTPS follows when it fails, or after a short head start: a TLS
    // attempt costs ~20 ms of CPU for Node's root certificates, wasted on the plain-HTTP
    // registries these hosts usually run, while a TLS one answers plain HTTP with a quick 400.
    const http = pingScheme(transport, registry, 'http');
    let timer;
    const headStart = new Promise((resolve) => {
        timer = setTimeout(resolve, httpHeadStartMs);
    });
    const https = Promise.race([http, headStart]).then(async (early) => {
        clearTimeout(timer);
        if (early?.ok)
            return undefined; // never started
        return pingScheme(transport, registry, 'https');
    });
    const outcome = await firstSuccess([http, https]);
    if (!Array.isArray(outcome)) {
        if (outcome.ok)
            return outcome.result;
        throw outcome.failure;
    }
    const failures = outcome.map((o) => o.failure);
    // A registry that answered plain HTTP with a real status (a 500, a 404) is a plain-HTTP
    // registry in trouble: that status is the news, not HTTPS failing to talk to it. A 400 is what
    // a TLS server says to plain HTTP: then the HTTPS failure (a certificate problem) explains more.
    const answered = failures.find((e) => e instanceof registry_errors/* RegistryError */.gl && e.status !== 400);
    if (answered)
        throw answered;
    const tls = failures.find((e) => e instanceof errors/* KoActionError */.jV && /certificate|TLS|SSL/i.test(e.message + (e.hint ?? '')));
    throw tls ?? failures[0];
}
/** The first attempt that succeeds or fails finally; otherwise every failure, in order. */
function firstSuccess(attempts) {
    return new Promise((resolve) => {
        const failures = [];
        let pending = attempts.length;
        attempts.forEach((attempt, i) => {
            void attempt.then((outcome) => {
                if (outcome?.ok || outcome?.final)
                    return resolve(outcome);
                failures[i] = outcome;
                if (--pending === 0)
                    resolve(failures.filter((f) => f !== undefined));
            });
        });
    });
}
async function pingScheme(transport, registry, scheme) {
    const url = new URL(`${scheme}://${registry}/v2/`);
    let res;
    try {
        res = await transport.request({ method: 'GET', url, buffer: smallBody });
    }
    catch (e) {
        return { ok: false, failure: e };
    }
    const base = new URL(`${scheme}://${registry}`);
    if (res.status === 200) {
        await res.dump();
        return { ok: true, result: { base, challenge: undefined } };
    }
    if (res.status === 401) {
        const challenge = pickChallenge(parseChallenges(res.headerAll('www-authenticate')));
        await res.dump();
        if (!challenge) {
            const failure = new errors/* KoActionError */.jV('REGISTRY_AUTH', `${registry} answered 401 to /v2/ without a Basic or Bearer challenge`, { where: registry });
            return { ok: false, failure, final: true };
        }
        return { ok: true, result: { base, challenge } };
    }
    const body = await res.text();
    return {
        ok: false,
        failure: (0,registry_errors/* registryError */.eo)({ registry, method: 'GET', url, status: res.status, body }),
    };
}
class Authenticator {
    transport;
    registry;
    pinged;
    creds;
    insecure;
    scopes = [];
    token;
    refreshing;
    identityToken;
    basicHeader;
    /** The challenge answered: the ping's, or one a later 401 asked for. */
    challenge;
    constructor(transport, registry, pinged, creds, insecure = false) {
        this.transport = transport;
        this.registry = registry;
        this.pinged = pinged;
        this.creds = creds;
        this.insecure = insecure;
        this.challenge = pinged.challenge;
        this.identityToken = creds?.identityToken;
        if (creds?.registryToken)
            (0,secrets/* addSecret */.Ck)(creds.registryToken);
        if (creds && (creds.username || creds.password) && !creds.identityToken) {
            (0,secrets/* addSecret */.Ck)(creds.password);
            const encoded = Buffer.from(`${creds.username}:${creds.password}`).toString('base64');
            (0,secrets/* addSecret */.Ck)(encoded);
            this.basicHeader = `Basic ${encoded}`;
        }
    }
    get base() {
        return this.pinged.base;
    }
    /** Ask for more scopes; the next request fetches a token that covers them. */
    addScopes(scopes) {
        const merged = mergeScopes(this.scopes, scopes);
        if (merged.join(' ') === this.scopes.join(' '))
            return;
        this.scopes.splice(0, this.scopes.length, ...merged);
        if (!this.creds?.registryToken)
            this.token = undefined;
    }
    /** Make sure a valid token is at hand (Bearer only). */
    async ready() {
        if (this.challenge?.scheme !== 'bearer' || this.creds?.registryToken)
            return;
        if (this.token && this.token.expiresAt - expirySlackMs > Date.now())
            return;
        await this.refresh();
    }
    /** The Authorization header for a URL: only for the registry's own origin. */
    authorize = (url) => {
        if (url.origin !== this.pinged.base.origin)
            return undefined;
        // A docker config `registrytoken` is a bearer token to send as it is (ggcr authn.AuthConfig).
        if (this.creds?.registryToken)
            return `Bearer ${this.creds.registryToken}`;
        const scheme = this.challenge?.scheme;
        if (scheme === 'bearer')
            return this.token ? `Bearer ${this.token.value}` : undefined;
        if (scheme === 'basic')
            return this.basicHeader;
        return undefined;
    };
    /**
     * Whether a 401 carrying these challenges is worth answering and retrying: a Bearer challenge
     * always (a token may be stale or lack scope, and anyone may ask for one), a Basic one when
     * we hold credentials (the caller retries only once, so wrong ones cost one more 401). A registry that pinged 200 anonymously and wants
     * credentials only on the repository lands here (ggcr handles the Basic case only).
     */
    canAnswer(wwwAuthenticate) {
        if (this.creds?.registryToken)
            return false;
        const picked = pickChallenge(parseChallenges(wwwAuthenticate));
        if (picked?.scheme === 'bearer')
            return !!picked.params.realm;
        // Requests sent at once all meet the 401: each retries once, with the credentials.
        return picked?.scheme === 'basic' && !!this.basicHeader;
    }
    /**
     * After a 401: adopt its challenge, merge any scope it asks for (the token may also just be
     * stale) and refresh; the caller retries once.
     */
    async handleUnauthorized(wwwAuthenticate) {
        const challenges = parseChallenges(wwwAuthenticate);
        const picked = pickChallenge(challenges);
        if (!picked)
            return;
        if (picked.scheme === 'basic') {
            this.challenge = picked;
            return;
        }
        if (this.challenge?.scheme !== 'bearer' || this.challenge.params.realm !== picked.params.realm)
            this.challenge = picked;
        const wanted = challenges
            .filter((c) => c.scheme === 'bearer')
            .flatMap((c) => (c.params.scope ? c.params.scope.split(' ') : []));
        // Some registries only read the first scope, so the asked-for ones go first (as ggcr does).
        const merged = mergeScopes(wanted, this.scopes);
        this.scopes.splice(0, this.scopes.length, ...merged);
        this.token = undefined;
        await this.refresh();
    }
    /** Bearer auth in use: unused upload sessions are then left to expire (see cancelUpload). */
    get bearer() {
        return this.challenge?.scheme === 'bearer' || !!this.creds?.registryToken;
    }
    refresh() {
        this.refreshing ??= this.fetchToken().finally(() => (this.refreshing = undefined));
        return this.refreshing;
    }
    async fetchToken() {
        const challenge = this.challenge;
        const realm = challenge?.params.realm;
        if (!realm) {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `${this.registry} sent a Bearer challenge without a realm`, {
                where: this.registry,
            });
        }
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `${this.registry} sent an invalid token realm "${realm}"`, {
                where: this.registry,
            });
        }
        // Basic credentials go to the realm: it must not be a downgrade or a private address.
        checkFollow(this.pinged.base, url, {
            registry: this.registry,
            insecure: this.insecure,
            what: 'the token realm',
        });
        const service = challenge.params.service;
        let res = this.identityToken ? await this.postOauth(url, service) : undefined;
        if (!res || res.status === 404) {
            // Not every token server speaks OAuth2; the GET form works everywhere.
            await res?.dump();
            res = await this.getToken(url, service);
        }
        const body = await res.text();
        if (res.status !== 200) {
            throw (0,registry_errors/* registryError */.eo)({
                registry: this.registry,
                method: this.identityToken ? 'POST' : 'GET',
                url,
                status: res.status,
                body,
                action: 'getting a registry token',
            });
        }
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `the token endpoint ${(0,registry_errors/* displayUrl */.Qy)(url)} did not answer JSON`, {
                where: this.registry,
            });
        }
        const value = typeof parsed.token === 'string' && parsed.token ? parsed.token : parsed.access_token;
        if (typeof value !== 'string' || !value) {
            throw new errors/* KoActionError */.jV('REGISTRY_AUTH', `the token endpoint ${(0,registry_errors/* displayUrl */.Qy)(url)} returned no token`, {
                where: this.registry,
            });
        }
        (0,secrets/* addSecret */.Ck)(value);
        if (typeof parsed.refresh_token === 'string' && parsed.refresh_token) {
            (0,secrets/* addSecret */.Ck)(parsed.refresh_token);
            this.identityToken = parsed.refresh_token;
        }
        const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0
            ? parsed.expires_in
            : defaultExpirySeconds;
        this.token = { value, expiresAt: Date.now() + seconds * 1000 };
    }
    getToken(realm, service) {
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const s of pushFirst(this.scopes))
            url.searchParams.append('scope', s);
        const basic = this.basicHeader;
        return this.transport.request({
            method: 'GET',
            url,
            buffer: smallBody,
            // Credentials go to the realm's origin only, never to where it might redirect.
            authorize: (u) => (u.origin === realm.origin ? basic : undefined),
        });
    }
    postOauth(realm, service) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: this.identityToken ?? '',
            client_id: oauthClientId,
            scope: pushFirst(this.scopes).join(' '),
        });
        if (service)
            form.set('service', service);
        return this.transport.request({
            method: 'POST',
            url: realm,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
            retry: true,
            buffer: smallBody,
        });
    }
    /** For debug output. */
    describe() {
        const how = this.challenge?.scheme ?? 'none';
        return (0,secrets/* redact */.E$)(`${this.registry} via ${this.pinged.base.protocol}// auth=${how} creds=${this.creds?.source ?? 'anonymous'}`);
    }
}
/**
 * Scopes for a token request: those with `push` first, each as `push,pull`, since some
 * registries only read the first scope (ggcr remote/write.go scopesForUploadingImage).
 */
function pushFirst(scopes) {
    const withPush = (s) => /:([^:]*,)?push(,[^:]*)?$/.test(s);
    const ordered = scopes.map((s) => s.replace(/:pull,push$/, ':push,pull'));
    return [...ordered.filter(withPush), ...ordered.filter((s) => !withPush(s))];
}
/**
 * Union of token scopes, one entry per resource with the actions merged, in first-seen order:
 * `repository:a:pull` + `repository:a:push,pull` → `repository:a:pull,push`.
 */
function mergeScopes(first, second) {
    const order = [];
    const actions = new Map();
    for (const scope of [...first, ...second]) {
        const colon = scope.lastIndexOf(':');
        // `repository:host:5000/x:pull` has colons in the name: the actions follow the last one.
        const resource = colon > 0 ? scope.slice(0, colon) : scope;
        const acts = colon > 0
            ? scope
                .slice(colon + 1)
                .split(',')
                .filter(Boolean)
            : [];
        let have = actions.get(resource);
        if (!have) {
            have = [];
            actions.set(resource, have);
            order.push(resource);
        }
        for (const a of acts)
            if (!have.includes(a))
                have.push(a);
    }
    return order.map((r) => {
        const acts = actions.get(r) ?? [];
        return acts.length ? `${r}:${acts.join(',')}` : r;
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/util/read-all.ts
var read_all = __webpack_require__(3868);
;// CONCATENATED MODULE: ./src/registry/transport.ts
// HTTP for one registry: keep-alive node:http/https agents (custom CA or unverified TLS when
// asked), through HTTPS_PROXY/HTTP_PROXY unless NO_PROXY says otherwise (the Actions toolkit's
// rules: @actions/http-client's getProxyUrl, which also never proxies loopback), timeouts, retries
// with capped jittered backoff that honour Retry-After (docs/reliability.md), and redirects followed
// by hand so the Authorization header never leaves the origin it was meant for.
//
// node:http rather than undici: it is already in Node's start-up snapshot, where loading undici
// costs ~50 ms of every run, a fifth of a small build.










const retryStatuses = new Set([408, 429, 499, 500, 502, 503, 504, 522]);
const retryCodes = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'ECONNREFUSED',
]);
const tlsCodes = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
]);
const maxRedirects = 10;
const maxRetryAfterMs = 60_000;
/** Defaults: 5 attempts survive a 20 % fault rate (docs/reliability.md), ≤ ~8 s of waits. */
const defaultAttempts = 5;
const defaultBaseDelayMs = 200;
const defaultMaxDelayMs = 5_000;
class Transport {
    opts;
    httpAgent;
    httpsAgent;
    /** Agents that tunnel through a proxy, by protocol and proxy URL. */
    proxyAgents = new Map();
    timeouts;
    attempts;
    baseDelayMs;
    maxDelayMs;
    /** A 429/503 with Retry-After holds every new request to this registry until then. */
    notBefore = 0;
    constructor(opts) {
        this.opts = opts;
        this.httpAgent = new external_node_http_.Agent({ keepAlive: true });
        this.httpsAgent = new external_node_https_.Agent({
            keepAlive: true,
            ...(opts.insecure ? { rejectUnauthorized: false } : {}),
            ...(opts.ca ? { ca: trustedCAs(opts.ca) } : {}),
        });
        this.timeouts = {
            connectMs: opts.connectTimeoutMs ?? 30_000,
            // Idle time: a registry may take a while to commit a large PUT, a body never 30 s silent.
            headersMs: opts.headersTimeoutMs ?? 60_000,
            bodyMs: opts.bodyTimeoutMs ?? 30_000,
        };
        this.attempts = Math.max(1, opts.retry?.attempts ?? defaultAttempts);
        this.baseDelayMs = opts.retry?.baseDelayMs ?? defaultBaseDelayMs;
        this.maxDelayMs = opts.retry?.maxDelayMs ?? defaultMaxDelayMs;
    }
    tlsOptions() {
        return {
            ...(this.opts.insecure ? { rejectUnauthorized: false } : {}),
            ...(this.opts.ca ? { ca: trustedCAs(this.opts.ca) } : {}),
        };
    }
    /** The keep-alive agent for `url`: direct, or through the proxy the environment names. */
    async agentFor(url) {
        const isHttps = url.protocol === 'https:';
        const direct = isHttps ? this.httpsAgent : this.httpAgent;
        if (!proxyConfigured())
            return direct;
        const { getProxyUrl } = await __webpack_require__.e(/* import() */ 783).then(__webpack_require__.bind(__webpack_require__, 9783));
        const proxy = getProxyUrl(url);
        if (!proxy)
            return direct;
        const key = `${url.protocol} ${proxy.href}`;
        let agent = this.proxyAgents.get(key);
        if (!agent) {
            agent = isHttps
                ? Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(669)]).then(__webpack_require__.t.bind(__webpack_require__, 3669, 23)).then(({ HttpsProxyAgent }) => new HttpsProxyAgent(proxy, { keepAlive: true }))
                : Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(970)]).then(__webpack_require__.t.bind(__webpack_require__, 1970, 23)).then(({ HttpProxyAgent }) => new HttpProxyAgent(proxy, { keepAlive: true }));
            this.proxyAgents.set(key, agent);
            this.opts.log?.(`${this.opts.registry}: ${url.protocol} through ${(0,registry_errors/* displayUrl */.Qy)(proxy)}`);
        }
        return agent;
    }
    async request(req) {
        const retry = req.retry ?? (req.method === 'GET' || req.method === 'HEAD');
        for (let attempt = 1;; attempt++) {
            const last = !retry || attempt >= this.attempts;
            await this.cooldown();
            let res;
            try {
                res = await this.follow(req);
                if (req.buffer)
                    res = await buffered(res, req.buffer.maxBytes, this.opts.registry);
            }
            catch (e) {
                const code = errorCode(e);
                if (last || !retryCodes.has(code))
                    throw this.networkError(req, e);
                await this.pause(attempt, undefined, `${req.method} ${(0,registry_errors/* displayUrl */.Qy)(req.url)}`, code);
                continue;
            }
            const retryAfter = res.header('retry-after');
            if (retryAfter && (res.status === 429 || res.status === 503))
                this.holdFor(retryAfter);
            if (last || !retryStatuses.has(res.status))
                return res;
            await res.dump();
            await this.pause(attempt, retryAfter, `${req.method} ${(0,registry_errors/* displayUrl */.Qy)(req.url)}`, String(res.status));
        }
    }
    /**
     * The wait before retry `attempt + 1`: capped exponential backoff with jitter, at least the
     * server's Retry-After (up to a cap). Reported through onRetry first. Whole-operation retries
     * (upload.ts) wait here too, so every retry is paced and reported the same way.
     */
    async pause(attempt, retryAfter, request, reason) {
        let ms = Math.min(this.maxDelayMs, this.baseDelayMs * 3 ** (attempt - 1));
        ms *= 0.8 + Math.random() * 0.4;
        const after = typeof retryAfter === 'number' ? retryAfter : (0,registry_errors/* retryAfterMs */.Vs)(retryAfter);
        if (after !== undefined) {
            ms = Math.max(ms, Math.min(this.opts.retry?.maxRetryAfterMs ?? maxRetryAfterMs, after));
        }
        this.report(attempt, Math.round(ms), request, reason);
        await sleep(ms);
    }
    report(attempt, delayMs, request, reason) {
        const message = (0,secrets/* redact */.E$)(`${this.opts.registry}: ${request} failed (${reason}), retrying in ${delayMs} ms (attempt ${attempt + 1})`);
        this.opts.log?.(message);
        this.opts.onRetry?.({
            registry: this.opts.registry,
            request: (0,secrets/* redact */.E$)(request),
            reason,
            attempt,
            delayMs,
            message,
        });
    }
    /** Remembers a Retry-After so requests not yet sent wait for it too (the limit is per client). */
    holdFor(retryAfter) {
        const after = (0,registry_errors/* retryAfterMs */.Vs)(retryAfter);
        if (after === undefined)
            return;
        const capped = Math.min(this.opts.retry?.maxRetryAfterMs ?? maxRetryAfterMs, after);
        this.notBefore = Math.max(this.notBefore, Date.now() + capped);
    }
    async cooldown() {
        const ms = this.notBefore - Date.now();
        if (ms > 0)
            await sleep(ms);
    }
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
        for (const agent of this.proxyAgents.values())
            void agent.then((a) => a.destroy());
        return Promise.resolve();
    }
    /** One attempt, following redirects; Authorization is recomputed for every hop's origin. */
    async follow(req) {
        let url = new URL(req.url);
        let method = req.method;
        let body = req.body;
        for (let hop = 0;; hop++) {
            const headers = {
                'user-agent': this.opts.userAgent ?? 'ko-action',
                ...req.headers,
            };
            const auth = req.authorize?.(url);
            if (auth)
                headers.authorization = auth;
            if (body === undefined)
                delete headers['content-length'];
            const res = await this.send(url, method, headers, body, req.retry ?? !body);
            const location = res.headers.location;
            if (!isRedirect(res.statusCode ?? 0) || typeof location !== 'string')
                return wrap(res, url);
            await drain(res);
            if (hop >= maxRedirects) {
                throw new errors/* KoActionError */.jV('REGISTRY', `too many redirects from ${(0,registry_errors/* displayUrl */.Qy)(req.url)}`, {
                    where: this.opts.registry,
                });
            }
            // The query is kept: object stores sign it (X-Amz-Signature and the like).
            const next = new URL(location, url);
            checkFollow(url, next, {
                registry: this.opts.registry,
                insecure: this.opts.insecure ?? false,
                what: 'a redirect',
            });
            // 303 (and 301/302 after POST, as browsers do) turn into a GET without a body.
            if (res.statusCode === 303 ||
                ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
            }
            this.opts.log?.((0,secrets/* redact */.E$)(`redirect ${(0,registry_errors/* displayUrl */.Qy)(url)} -> ${(0,registry_errors/* displayUrl */.Qy)(next)}`));
            url = next;
        }
    }
    /**
     * One request; a kept-alive connection that the server closed just as we reused it is retried
     * (Node's advice), but only for a request that may be sent twice: a reset can also mean the
     * server acted on it and the answer was lost (a committed blob PUT; upload.ts checks with HEAD).
     */
    async send(url, method, headers, body, resendable) {
        try {
            return await this.sendOnce(url, method, headers, body);
        }
        catch (e) {
            if (!(e instanceof StaleConnectionError) || !resendable)
                throw e;
            this.report(1, 0, `${method} ${(0,registry_errors/* displayUrl */.Qy)(url)}`, 'ECONNRESET on a reused connection');
            return this.sendOnce(url, method, headers, body);
        }
    }
    async sendOnce(url, method, headers, body) {
        const payload = typeof body === 'function' ? await body() : body;
        const whole = typeof payload === 'string' || payload instanceof Uint8Array;
        if (whole && headers['content-length'] === undefined)
            headers['content-length'] = String(Buffer.byteLength(payload));
        const isHttps = url.protocol === 'https:';
        const { connectMs, headersMs, bodyMs } = this.timeouts;
        const agent = await this.agentFor(url);
        return new Promise((resolve, reject) => {
            const req = (isHttps ? external_node_https_ : external_node_http_).request(url, {
                method,
                headers,
                agent,
                // A proxy agent opens the TLS session to the registry itself: it takes these from here.
                ...(isHttps ? this.tlsOptions() : {}),
            });
            let response;
            const fail = (e) => {
                response?.destroy(e);
                req.destroy(e);
            };
            // The socket's idle timer: no response headers in time, then no body bytes in time.
            req.setTimeout(headersMs);
            req.on('timeout', () => fail(response ? timeoutError('body', bodyMs) : timeoutError('headers', headersMs)));
            req.once('socket', (socket) => {
                if (!socket.connecting)
                    return;
                const timer = setTimeout(() => fail(timeoutError('connect', connectMs)), connectMs);
                socket.once('connect', () => clearTimeout(timer));
                socket.once('close', () => clearTimeout(timer));
            });
            req.on('error', (e) => {
                if (response)
                    return; // the response stream reports it
                if (payload && !whole)
                    payload.destroy();
                // Node's advice for keep-alive: a reset on a reused socket is safe to send again.
                reject(req.reusedSocket && e.code === 'ECONNRESET' ? new StaleConnectionError(e) : e);
            });
            req.once('response', (res) => {
                response = res;
                req.setTimeout(bodyMs);
                resolve(res);
            });
            if (payload === undefined)
                req.end();
            else if (whole)
                req.end(payload);
            else
                (0,external_node_stream_.pipeline)(payload, req, () => undefined); // errors surface on req
        });
    }
    networkError(req, e) {
        if (e instanceof errors/* KoActionError */.jV)
            return e;
        const code = errorCode(e);
        const msg = e instanceof Error ? e.message : String(e);
        const tls = tlsCodes.has(code) || /certificate|SSL|TLS/i.test(msg);
        return new errors/* KoActionError */.jV('REGISTRY', (0,secrets/* redact */.E$)(`${req.method} ${(0,registry_errors/* displayUrl */.Qy)(req.url)} failed: ${code ? `${code} ` : ''}${msg}`), {
            where: this.opts.registry,
            cause: e,
            hint: tls
                ? `trust the registry's CA (NODE_EXTRA_CA_CERTS=<ca.pem>) or set insecure-registry: true for ${this.opts.registry}`
                : `check that ${this.opts.registry} is reachable from this runner`,
        });
    }
}
function errorCode(e) {
    let cur = e;
    // Wrapped errors keep the socket's error in `cause`.
    for (let i = 0; i < 5 && typeof cur === 'object' && cur !== null; i++) {
        if (cur instanceof errors/* KoActionError */.jV) {
            cur = cur.cause; // its `code` is ours (REGISTRY), not the socket's
            continue;
        }
        const code = cur.code;
        if (typeof code === 'string')
            return code;
        cur = cur.cause;
    }
    return '';
}
function isRedirect(status) {
    return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
/** Whether any proxy variable is set: only then is the proxy code loaded (start-up time). */
function proxyConfigured() {
    return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => process.env[k]);
}
function trustedCAs(extra) {
    // Passing `ca` replaces Node's defaults, so keep the bundled roots and NODE_EXTRA_CA_CERTS.
    const cas = [...external_node_tls_.rootCertificates, extra.toString()];
    const extraFile = process.env.NODE_EXTRA_CA_CERTS;
    if (extraFile) {
        try {
            cas.push((0,external_node_fs_.readFileSync)(extraFile, 'utf8'));
        }
        catch {
            // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS.
        }
    }
    return cas;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** The response with its whole body read (at most maxBytes): a failed read throws here. */
async function buffered(res, maxBytes, registry) {
    const declared = Number(res.header('content-length'));
    const tooBig = () => {
        res.body.destroy();
        return new errors/* KoActionError */.jV('REGISTRY', `${(0,registry_errors/* displayUrl */.Qy)(res.url)} sent more than ${maxBytes} bytes, the most read for a manifest or a token`, { where: registry });
    };
    if (declared > maxBytes)
        throw tooBig();
    const chunks = [];
    let size = 0;
    for await (const chunk of res.body) {
        size += chunk.length;
        if (size > maxBytes)
            throw tooBig();
        chunks.push(chunk);
    }
    const bytes = Buffer.concat(chunks);
    return {
        ...res,
        body: external_node_stream_.Readable.from([bytes]),
        text: () => Promise.resolve(bytes.toString('utf8')),
        bytes: () => Promise.resolve(bytes),
        dump: () => Promise.resolve(),
    };
}
function wrap(res, url) {
    const all = (name) => res.headersDistinct[name.toLowerCase()] ?? [];
    return {
        status: res.statusCode ?? 0,
        url,
        body: res,
        header: (name) => all(name)[0],
        headerAll: all,
        text: async () => (await (0,read_all.readAll)(res)).toString('utf8'),
        bytes: () => (0,read_all.readAll)(res),
        dump: () => drain(res),
    };
}
/** Reads a body to its end (or failure) so its connection can serve the next request. */
function drain(res) {
    if (res.readableEnded || res.destroyed)
        return Promise.resolve();
    return new Promise((resolve) => {
        res.once('end', resolve);
        res.once('close', resolve);
        res.once('error', () => resolve());
        res.resume();
    });
}
function timeoutError(phase, ms) {
    const what = {
        connect: 'no connection',
        headers: 'no response',
        body: 'the response body stalled',
    }[phase];
    return Object.assign(new Error(`${what} within ${ms} ms`), { code: 'ETIMEDOUT' });
}
/** A reset on a kept-alive connection before any response: the request never reached the server. */
class StaleConnectionError extends Error {
    code = 'ECONNRESET';
    constructor(cause) {
        super(cause.message, { cause });
    }
}

;// CONCATENATED MODULE: ./src/registry/upload.ts




const octetStream = 'application/octet-stream';
/**
 * POST a session, PUT the blob; on a temporary failure the whole upload starts over, after a
 * HEAD: a PUT whose answer was lost may have been committed, and its session is then closed
 * (a resend would get 404 BLOB_UPLOAD_UNKNOWN). `location`: a session opened ahead.
 */
async function uploadBlob(client, repo, blob, location) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull')]);
    let session = location;
    await client.retrying(`upload of ${blob.digest} to ${client.registry}/${repo}`, async (attempt) => {
        if (attempt > 1 && (await client.blobExists(repo, blob.digest)))
            return;
        // A session is single-use: a retry starts a new one.
        const given = session;
        session = undefined;
        if (given) {
            try {
                await putBlob(client, given, blob);
                return;
            }
            catch (e) {
                // A session opened ahead of time may have expired: start a new one straight away.
                if (!(e instanceof registry_errors/* RegistryError */.gl && e.status === 404))
                    throw e;
            }
        }
        const loc = await startUpload(client, repo);
        if (loc === 'mounted')
            return;
        await putBlob(client, loc, blob);
    });
}
/** Opens an upload session ahead of the blob it will carry (see uploadBlob's `location`). */
async function openUpload(client, repo) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull')]);
    const started = await startUpload(client, repo);
    if (started === 'mounted')
        throw new errors/* KoActionError */.jV('REGISTRY', 'registry mounted a blob it was not asked to mount');
    return started;
}
/**
 * Cancels an unused upload session, best effort: registries expire them anyway. Distribution
 * authorizes a DELETE with the `delete` action (registry/handlers/app.go appendAccessRecords),
 * which a push token lacks and which is not worth asking for (a token server may refuse the
 * whole token over it, and a pusher rarely holds it): with a Bearer token the session is left
 * to expire.
 */
async function cancelUpload(client, location) {
    if (await client.bearer())
        return;
    const res = await client.send({ method: 'DELETE', url: location, retry: false, rescope: false });
    await res.dump();
}
async function mountBlob(client, repo, blob, fromRepo) {
    await client.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull'), (0,reference/* repositoryScope */.F7)(fromRepo, 'pull')]);
    let started;
    try {
        started = await startUpload(client, repo, { mount: blob.digest, from: fromRepo });
    }
    catch {
        // A failed mount is retried once as a plain upload (ggcr does the same).
        started = undefined;
    }
    if (started === 'mounted')
        return 'mounted';
    await uploadBlob(client, repo, blob, started);
    return 'uploaded';
}
/** POST a session (or a mount). */
async function startUpload(client, repo, mount) {
    const query = mount
        ? `?${new URLSearchParams({ from: mount.from, mount: mount.mount }).toString()}`
        : '';
    const res = await client.send({
        method: 'POST',
        url: `/v2/${repo}/blobs/uploads/${query}`,
        headers: { 'content-type': 'application/json', 'content-length': '0' },
        // A repeated POST at worst opens a session nobody uses, which the registry expires.
        retry: true,
    });
    if (res.status === 201 && mount) {
        await res.dump();
        return 'mounted';
    }
    await client.expect(res, [202], 'POST', `starting an upload to ${repo}`);
    await res.dump();
    const location = res.header('location');
    if (!location) {
        throw new errors/* KoActionError */.jV('REGISTRY', `${client.registry} started an upload without a Location`, {
            where: client.registry,
        });
    }
    const url = new URL(location, res.url);
    checkFollow(res.url, url, {
        registry: client.registry,
        insecure: client.insecure,
        what: 'the upload Location',
    });
    return url;
}
async function putBlob(client, location, blob) {
    const res = await client.send({
        method: 'PUT',
        url: withDigest(location, blob.digest),
        // application/octet-stream: with a form type the registry parses the body and rejects it.
        headers: { 'content-type': octetStream, 'content-length': String(blob.size) },
        body: () => blob.open(),
        retry: false,
    });
    await client.expect(res, [201], 'PUT', `uploading blob ${blob.digest}`);
    await res.dump();
}
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url;
}

;// CONCATENATED MODULE: ./src/registry/verify.ts
// A pass-through that hashes what flows and fails at the end if the bytes are not the ones the
// digest names (ggcr's verify.ReadCloser). Consumers must treat a stream error as "no data".



function verifiedStream(source, digest, size, where) {
    const counter = new oci_digest/* DigestCounter */.VR();
    const check = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            counter.update(chunk);
            if (size !== undefined && counter.size > size) {
                done(mismatch(where, digest, `more than the expected ${size} bytes`));
                return;
            }
            done(null, chunk);
        },
        flush(done) {
            if (size !== undefined && counter.size !== size) {
                done(mismatch(where, digest, `${counter.size} bytes instead of ${size}`));
                return;
            }
            const got = counter.digest();
            done(got === digest ? null : mismatch(where, digest, `content hashes to ${got}`));
        },
    });
    // A broken download is an error too, and one a user can read (not a bare "aborted").
    source.on('error', (e) => check.destroy(e instanceof errors/* KoActionError */.jV ? e : broken(where, digest, e)));
    check.on('close', () => {
        if (!source.destroyed)
            source.destroy();
    });
    source.pipe(check);
    return check;
}
function mismatch(where, digest, why) {
    return new errors/* KoActionError */.jV('DIGEST_MISMATCH', `blob ${digest} from ${where} does not match its digest: ${why}`, {
        where,
        hint: 'the registry or a proxy returned corrupted data; retry, and check any caching proxy',
    });
}
function broken(where, digest, cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    return new errors/* KoActionError */.jV('REGISTRY', `download of blob ${digest} from ${where} broke off: ${why}`, {
        where,
        cause,
        hint: 'the connection to the registry was lost; retry the job',
    });
}

;// CONCATENATED MODULE: ./src/registry/client.ts










/** ggcr reads at most 100 MiB of a manifest (pkg/v1/remote/fetcher.go manifestLimit). */
const manifestLimit = 100 * 1024 * 1024;
class RegistryClient {
    registry;
    limit;
    transport;
    /** Plain HTTP and unverified TLS accepted (insecure-registry). */
    insecure;
    session;
    constructor(registry, opts = {}) {
        this.registry = registry;
        this.transport = new Transport({
            registry,
            ...(opts.insecure ? { insecure: true } : {}),
            ...(opts.ca ? { ca: opts.ca } : {}),
            ...(opts.retry ? { retry: opts.retry } : {}),
            ...(opts.timeouts?.connectMs ? { connectTimeoutMs: opts.timeouts.connectMs } : {}),
            ...(opts.timeouts?.headersMs ? { headersTimeoutMs: opts.timeouts.headersMs } : {}),
            ...(opts.timeouts?.bodyMs ? { bodyTimeoutMs: opts.timeouts.bodyMs } : {}),
            ...(opts.userAgent ? { userAgent: opts.userAgent } : {}),
            ...(opts.log ? { log: opts.log } : {}),
            ...(opts.onRetry ? { onRetry: opts.onRetry } : {}),
        });
        this.limit = (0,limit/* limit */.A)(opts.jobs ?? 4);
        this.insecure = opts.insecure ?? false;
        const start = async () => {
            const insecure = opts.insecure ?? false;
            const pinged = await ping(this.transport, registry, insecure);
            const auth = new Authenticator(this.transport, registry, pinged, opts.credentials, insecure);
            opts.log?.(auth.describe());
            return auth;
        };
        // One ping per client; a failed one is not remembered, so the next call pings again.
        let pending;
        this.session = () => {
            pending ??= start().catch((e) => {
                pending = undefined;
                throw e;
            });
            return pending;
        };
    }
    /** Ask for token scopes up front (push scopes, mount sources) so one token covers a push. */
    async addScopes(scopes) {
        (await this.session()).addScopes(scopes);
    }
    /**
     * Send with auth. A 401 whose challenge we can answer (a token with more scope or a fresh one,
     * or credentials a registry that pinged anonymously wants after all) is retried once.
     */
    async send(req) {
        const auth = await this.session();
        const url = typeof req.url === 'string' && req.url.startsWith('/')
            ? new URL(req.url, auth.base)
            : new URL(req.url);
        await auth.ready();
        const { rescope = true, ...request } = req;
        const res = await this.transport.request({ ...request, url, authorize: auth.authorize });
        if (res.status !== 401 || !rescope)
            return res;
        const challenges = res.headerAll('www-authenticate');
        if (!auth.canAnswer(challenges))
            return res;
        await res.dump();
        await auth.handleUnauthorized(challenges);
        return this.transport.request({ ...request, url, authorize: auth.authorize });
    }
    /** Whether requests carry a Bearer token (token registries; see cancelUpload). */
    async bearer() {
        return (await this.session()).bearer;
    }
    /**
     * Runs a whole operation again (up to the transport's attempts, with its backoff and any
     * Retry-After) when it fails in a way a new try can fix; `what` names it in retry reports.
     */
    async retrying(what, op) {
        for (let attempt = 1;; attempt++) {
            try {
                return await op(attempt);
            }
            catch (e) {
                if (attempt >= this.transport.attempts || !isTemporary(e))
                    throw e;
                const retryAfter = e instanceof registry_errors/* RegistryError */.gl ? e.retryAfterMs : undefined;
                await this.transport.pause(attempt, retryAfter, what, failureReason(e));
            }
        }
    }
    /** Throw the registry's error unless the status is one of `ok`. */
    async expect(res, ok, method, action) {
        if (ok.includes(res.status))
            return;
        const body = method === 'HEAD' ? undefined : await res.text().catch(() => undefined);
        if (method === 'HEAD')
            await res.dump();
        throw (0,registry_errors/* registryError */.eo)({
            registry: this.registry,
            method,
            url: res.url,
            status: res.status,
            body,
            retryAfter: res.header('retry-after'),
            ...(action ? { action } : {}),
        });
    }
    async blobExists(repo, digest) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
        const res = await this.send({ method: 'HEAD', url: `/v2/${repo}/blobs/${digest}` });
        if (res.status === 404) {
            await res.dump();
            return false;
        }
        await this.expect(res, [200], 'HEAD', `checking blob ${digest}`);
        await res.dump();
        return true;
    }
    /** Stream a blob; the stream errors if its bytes do not hash to `digest`. */
    async openBlob(repo, digest, size) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
        const res = await this.send({ method: 'GET', url: `/v2/${repo}/blobs/${digest}` });
        await this.expect(res, [200], 'GET', `fetching blob ${digest} from ${repo}`);
        return verifiedStream(res.body, digest, size, `${this.registry}/${repo}`);
    }
    /**
     * A whole blob in memory, verified; a download that breaks off, stalls or arrives damaged is
     * fetched again as a whole (within the retry budget).
     */
    fetchBlob(repo, digest, size) {
        return this.retrying(`GET ${this.registry}/v2/${repo}/blobs/${digest}`, async () => {
            const chunks = [];
            for await (const chunk of await this.openBlob(repo, digest, size))
                chunks.push(chunk);
            return Buffer.concat(chunks);
        });
    }
    /**
     * POST then one PUT with the whole blob (retried as a whole on temporary errors); into
     * `session` (from openUpload) when given.
     */
    uploadBlob(repo, blob, session) {
        return uploadBlob(this, repo, blob, session);
    }
    /** An upload session for a blob not known yet. */
    openUpload(repo) {
        return openUpload(this, repo);
    }
    /** Gives back an upload session that was not used. */
    cancelUpload(session) {
        return cancelUpload(this, session);
    }
    /** Cross-repository mount; if the registry declines (202), the blob is uploaded instead. */
    mountBlob(repo, blob, fromRepo) {
        return mountBlob(this, repo, blob, fromRepo);
    }
    /** A manifest, verified; one that arrives damaged is fetched again (within the budget). */
    getManifest(ref) {
        return this.retrying(`GET ${this.registry}/v2/${ref.repository}/manifests/${ref.identifier}`, () => this.getManifestOnce(ref));
    }
    async getManifestOnce(ref) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(ref.repository, 'pull')]);
        const res = await this.send({
            method: 'GET',
            url: `/v2/${ref.repository}/manifests/${ref.identifier}`,
            headers: { accept: media_types/* manifestAccept */.K.join(', ') },
            // Read within the request, so a body that breaks off or stalls is retried there.
            buffer: { maxBytes: manifestLimit },
        });
        await this.expect(res, [200], 'GET', `fetching manifest ${ref.name}`);
        const bytes = await res.bytes();
        const digest = (0,oci_digest/* sha256 */.sc)(bytes);
        if (ref.digest && digest !== ref.digest) {
            throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `manifest ${ref.name} has digest ${digest}, not the one asked for`, {
                where: this.registry,
                hint: 'the registry or a proxy altered the manifest; do not trust this registry path',
            });
        }
        // By tag there is nothing asked for to compare with, but the registry names what it sent.
        const named = res.header('docker-content-digest');
        if (!ref.digest && named && /^sha256:[0-9a-f]{64}$/.test(named) && named !== digest) {
            throw new errors/* KoActionError */.jV('DIGEST_MISMATCH', `manifest ${ref.name} has digest ${digest}, but the registry sent it as ${named}`, {
                where: this.registry,
                hint: 'the manifest was corrupted or cut short on the way; retry, and check any caching proxy',
            });
        }
        return { bytes, digest, mediaType: manifestMediaType(res.header('content-type'), bytes) };
    }
    /** HEAD a manifest: undefined when the registry has no such tag or digest (404). */
    async headManifest(ref) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(ref.repository, 'pull')]);
        const res = await this.send({
            method: 'HEAD',
            url: `/v2/${ref.repository}/manifests/${ref.identifier}`,
            headers: { accept: media_types/* manifestAccept */.K.join(', ') },
        });
        if (res.status === 404) {
            await res.dump();
            return undefined;
        }
        await this.expect(res, [200], 'HEAD', `checking manifest ${ref.name}`);
        await res.dump();
        const digest = res.header('docker-content-digest');
        const mediaType = res.header('content-type');
        const size = Number(res.header('content-length'));
        if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest) || !mediaType) {
            // Some registries omit the digest on HEAD: fall back to fetching the bytes.
            const got = await this.getManifest(ref);
            return { digest: got.digest, mediaType: got.mediaType, size: got.bytes.length };
        }
        return { digest: digest, mediaType: stripParams(mediaType), size };
    }
    /**
     * Whether the registry serves the referrers API for `digest` in `repo` (distribution-spec
     * v1.1 "Listing Referrers"): a 200 with an image index. A 404 means it does not, and the
     * pusher keeps the referrers tag itself; so does any other answer (older registries give
     * 400, 401 or 405 on an unknown route).
     */
    async servesReferrers(repo, digest) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'pull')]);
        const res = await this.send({
            method: 'GET',
            url: `/v2/${repo}/referrers/${digest}`,
            headers: { accept: media_types/* MediaType */.zu.OciIndex },
            buffer: { maxBytes: manifestLimit },
        });
        const ok = res.status === 200 && stripParams(res.header('content-type') ?? '') === media_types/* MediaType */.zu.OciIndex;
        await res.dump();
        return ok;
    }
    /** PUT manifest bytes under a tag or digest; returns their digest. */
    async putManifest(repo, tagOrDigest, bytes, mediaType) {
        await this.addScopes([(0,reference/* repositoryScope */.F7)(repo, 'push,pull')]);
        const res = await this.send({
            method: 'PUT',
            url: `/v2/${repo}/manifests/${tagOrDigest}`,
            headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
            body: bytes,
            retry: true,
        });
        await this.expect(res, [200, 201, 202], 'PUT', `pushing manifest ${this.registry}/${repo}:${tagOrDigest}`);
        await res.dump();
        return (0,oci_digest/* sha256 */.sc)(bytes);
    }
    async close() {
        await this.transport.close();
    }
}
/** Worth trying the whole operation again: a temporary status or network error, or bytes
 * that did not match their digest (a damaged or cut-short download). */
function isTemporary(e) {
    if (e instanceof registry_errors/* RegistryError */.gl)
        return e.temporary;
    if (e instanceof errors/* KoActionError */.jV && e.code === 'DIGEST_MISMATCH')
        return true;
    return temporaryNetworkCodes.has(errorCode(e));
}
// A stalled request (timeout) is as temporary as a reset one.
const temporaryNetworkCodes = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT']);
function failureReason(e) {
    if (e instanceof registry_errors/* RegistryError */.gl)
        return String(e.status);
    if (e instanceof errors/* KoActionError */.jV && e.code === 'DIGEST_MISMATCH')
        return 'digest mismatch';
    return errorCode(e) || 'error';
}
function stripParams(contentType) {
    return (contentType.split(';')[0] ?? contentType).trim();
}
/** Content-Type, unless it is generic; then the manifest's own mediaType field. */
function manifestMediaType(contentType, bytes) {
    const ct = contentType ? stripParams(contentType) : '';
    if (ct && ct !== 'application/json' && ct !== 'text/plain' && ct !== 'application/octet-stream')
        return ct;
    try {
        const mt = JSON.parse(bytes.toString('utf8')).mediaType;
        if (typeof mt === 'string')
            return mt;
    }
    catch {
        // fall through
    }
    return ct || media_types/* MediaType */.zu.OciManifest;
}


/***/ }),

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   eo: () => (/* binding */ registryError),
/* harmony export */   gl: () => (/* binding */ RegistryError)
/* harmony export */ });
/* unused harmony exports parseErrorBody, hintFor */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4537);
// Distribution-spec error bodies and HTTP statuses turned into KoActionErrors a user can act on.
// Like ggcr's transport.Error: parse the `errors` array, keep the status, strip the URL's query
// (upload `_state` and tokens), and know which failures are worth retrying.


const ghcrHint = 'grant `permissions: packages: write` to the job (and, for a package created elsewhere, give this repository write access in the package settings)';
/** Codes ggcr treats as temporary (remote/write.go). */
const temporaryCodes = new Set([
    'BLOB_UPLOAD_INVALID',
    'TOOMANYREQUESTS',
    'UNKNOWN',
    'UNAVAILABLE',
]);
const temporaryStatuses = new Set([408, 429, 500, 502, 503, 504]);
/** A registry answered with an unexpected status. */
class RegistryError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .KoActionError */ .jV {
    status;
    errors;
    registry;
    retryAfterMs;
    constructor(message, status, errors, hint, registry, 
    /** The server's Retry-After, in ms, when it sent one. */
    retryAfterMs) {
        super(status === 401 || status === 403 ? 'REGISTRY_AUTH' : 'REGISTRY', message, {
            where: registry,
            ...(hint ? { hint } : {}),
        });
        this.status = status;
        this.errors = errors;
        this.registry = registry;
        this.retryAfterMs = retryAfterMs;
    }
    /** Worth retrying the whole operation (ggcr `isTemporary`). */
    get temporary() {
        if (this.errors.length > 0)
            return this.errors.every((e) => temporaryCodes.has(e.code));
        return temporaryStatuses.has(this.status);
    }
}
/** Parse `{"errors":[{code,message,detail}]}`; anything else yields []. */
function parseErrorBody(body) {
    if (!body)
        return [];
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed !== 'object' || parsed === null)
            return [];
        const errs = parsed.errors;
        if (!Array.isArray(errs))
            return [];
        return errs.flatMap((e) => {
            if (typeof e !== 'object' || e === null)
                return [];
            const { code, message, detail } = e;
            if (typeof code !== 'string')
                return [];
            return [
                {
                    code,
                    ...(typeof message === 'string' ? { message } : {}),
                    ...(detail !== undefined ? { detail } : {}),
                },
            ];
        });
    }
    catch {
        return [];
    }
}
/** Build the error for an unexpected registry response. */
function registryError(ctx) {
    const errors = parseErrorBody(ctx.body);
    const detail = errors.length
        ? errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ')
        : statusText(ctx.status, ctx.body);
    const head = ctx.action ? `${ctx.action}: ` : '';
    // The URL names the host already, unless it is another origin (a token realm, a CDN).
    const url = displayUrl(ctx.url);
    const on = hostOf(ctx.url) === ctx.registry ? '' : ` for ${ctx.registry}`;
    const message = (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(`${head}${ctx.method} ${url}${on} answered ${ctx.status} (${detail})`);
    return new RegistryError(message, ctx.status, errors, hintFor(ctx.registry, ctx.status, errors), ctx.registry, retryAfterMs(ctx.retryAfter));
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfterMs(value) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
/** The URL without query or fragment: upload `_state` and token parameters stay out of logs. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return String(url).replace(/[?#].*$/, '');
    }
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return '';
    }
}
function hintFor(registry, status, errors) {
    const codes = new Set(errors.map((e) => e.code));
    const isGhcr = registry === 'ghcr.io' || registry.endsWith('.ghcr.io');
    if (status === 401 || status === 403 || codes.has('DENIED') || codes.has('UNAUTHORIZED')) {
        if (isGhcr)
            return ghcrHint;
        return `check the credentials for ${registry}: the username/password inputs, docker login ${registry}, or a credential helper`;
    }
    if (status === 429 || codes.has('TOOMANYREQUESTS')) {
        return `${registry} is rate limiting; authenticate to raise the limit, or retry later`;
    }
    if (codes.has('NAME_INVALID'))
        return 'repository names must be lowercase: a-z 0-9 _ . - /';
    if (codes.has('NAME_UNKNOWN'))
        return `the repository does not exist on ${registry} (or is not visible to these credentials)`;
    if (codes.has('MANIFEST_INVALID') || codes.has('MANIFEST_BLOB_UNKNOWN')) {
        return 'the registry rejected the manifest; it may not support this media type';
    }
    return undefined;
}
function statusText(status, body) {
    const known = {
        400: 'Bad Request',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'Not Found',
        405: 'Method Not Allowed',
        408: 'Request Timeout',
        409: 'Conflict',
        413: 'Payload Too Large',
        416: 'Range Not Satisfiable',
        429: 'Too Many Requests',
        500: 'Internal Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable',
        504: 'Gateway Timeout',
    };
    const text = known[status] ?? 'unexpected status';
    // A short non-JSON body (a proxy's message) helps; an HTML page does not.
    const snippet = body?.trim();
    if (snippet && snippet.length <= 200 && !snippet.startsWith('<'))
        return `${text}: ${snippet}`;
    return text;
}


/***/ }),

/***/ 3868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readAll: () => (/* binding */ readAll)
/* harmony export */ });
/** Every byte of a stream (small bodies: manifests, configs, stdin). */
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}


/***/ })

};
