export const id = 351;
export const ids = [351];
export const modules = {

/***/ 3351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   login: () => (/* binding */ login)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9310);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17);
// `ko-action login SERVER -u USER -p PASS|--password-stdin`: ko's `ko login`, which is crane's
// `auth login` (go-containerregistry cmd/crane/cmd/auth.go) writing through the docker CLI's config
// package (cli/config/configfile/file.go): `$DOCKER_CONFIG/config.json` (else ~/.docker) gets
// `auths[SERVER] = { "auth": base64(user:password) }`, written as Go's json.MarshalIndent with
// tabs, through a temp file renamed into place. A credential helper configured for the server
// (credHelpers, else credsStore) gets the secret instead, and the file keeps an empty entry.






/** Stores the credentials; returns the config file written. */
async function login(req, env) {
    if (req.username === '' && req.password === '') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .KoActionError */ .jV('INPUT', 'username and password required', {
            where: 'login',
            hint: 'give -u USER and -p PASSWORD (or --password-stdin)',
        });
    }
    const host = registryName(req.server);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker'), 'config.json');
    const config = await readConfig(file);
    const key = host === _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerHubRegistry */ .F$ ? _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerHubAuthKey */ .PZ : host;
    const auths = { ...(config.auths ?? {}) };
    const helper = credentialHelper(config, key);
    if (helper) {
        await storeWithHelper(helper, key, req, env);
        auths[key] = {};
    }
    else {
        auths[key] = { username: req.username, password: req.password };
    }
    await saveConfig(file, { ...config, auths });
    return file;
}
/** ggcr's name.NewRegistry(...).Name(): a host[:port]; docker.io is index.docker.io. */
function registryName(server) {
    const host = server.trim();
    if (!/^[A-Za-z0-9.-]+(:[0-9]+)?$|^\[[0-9A-Fa-f:.]+\](:[0-9]+)?$/.test(host)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .KoActionError */ .jV('INPUT', `registries must be valid RFC 3986 URI authorities: ${server}`, {
            where: 'login',
            hint: 'give the registry host, e.g. ghcr.io or localhost:5000, without a scheme or path',
        });
    }
    return host === 'docker.io' ? _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerHubRegistry */ .F$ : host;
}
async function readConfig(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return {};
        throw e;
    }
    try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
    }
    catch {
        // reported below
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .KoActionError */ .jV('INPUT', `parsing config file (${file}): not a JSON object`, {
        where: file,
        hint: 'fix or remove the file, then log in again',
    });
}
/** The docker CLI's getConfiguredCredentialStore. */
function credentialHelper(config, key) {
    const helpers = config.credHelpers;
    const own = helpers?.[key === _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerHubAuthKey */ .PZ ? _registry_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerHubAuthKey */ .PZ : key];
    const store = typeof config.credsStore === 'string' ? config.credsStore : undefined;
    return own || store || undefined;
}
/** `docker-credential-<helper> store` with the credentials as JSON on stdin. */
function storeWithHelper(helper, server, req, env) {
    const program = `docker-credential-${helper}`;
    const input = JSON.stringify({ ServerURL: server, Username: req.username, Secret: req.password });
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, ['store'], { env, stdio: ['pipe', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (b) => (stderr += b.toString('utf8')));
        child.on('error', (e) => reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .KoActionError */ .jV('INPUT', `${program} could not be run: ${e.message}`, {
            where: 'credsStore',
            hint: `install ${program}, or remove the helper from the docker config`,
        })));
        child.on('close', (code) => {
            if (code === 0)
                resolve();
            else
                reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .KoActionError */ .jV('INPUT', `${program} store failed: ${stderr.trim()}`));
        });
        child.stdin.end(input);
    });
}
/** configfile.SaveToWriter: each entry's user and password folded into `auth`. */
async function saveConfig(file, config) {
    const auths = {};
    for (const key of Object.keys(config.auths ?? {}).sort()) {
        const { username, password, ...rest } = config.auths?.[key] ?? {};
        delete rest.serveraddress;
        const auth = username || password ? base64(`${username ?? ''}:${password ?? ''}`) : rest.auth;
        auths[key] = { ...rest, ...(auth ? { auth } : {}) };
        if (!auth)
            delete auths[key].auth;
    }
    // auths first, as the docker CLI's ConfigFile struct has it.
    const out = { auths };
    for (const [k, v] of Object.entries(config))
        if (k !== 'auths')
            out[k] = v;
    const text = goJson(JSON.stringify(out, null, '\t'));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file), { recursive: true, mode: 0o700 });
    const mode = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).then((s) => s.mode & 0o777, () => 0o600);
    const temp = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, text, { mode });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(temp, mode);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
}
function base64(s) {
    return Buffer.from(s, 'utf8').toString('base64');
}
/** Go's encoding/json escapes <, > and & in strings. */
function goJson(text) {
    return text.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}


/***/ })

};
