export const id = 404;
export const ids = [404];
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


/***/ })

};
