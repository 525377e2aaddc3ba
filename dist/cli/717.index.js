export const id = 717;
export const ids = [717];
export const modules = {

/***/ 3717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startBuilds: () => (/* binding */ startBuilds)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_ko_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6328);
/* harmony import */ var _image_platform_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2554);
/* harmony import */ var _util_limit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(415);
/* harmony import */ var _go_build_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1577);
/* harmony import */ var _go_packages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(360);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3123);
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
    const config = (0,_config_ko_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultKoConfig */ .ME)(env);
    if (config.defaultFlags.length || config.defaultLdflags.length)
        return undefined;
    let plan;
    try {
        plan = (0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .planBuild */ .C7)(inputs, env, config);
    }
    catch {
        return undefined; // the engine reports it
    }
    if (plan.platforms.all)
        return undefined;
    const found = await (0,_config_ko_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .findKoConfig */ .Wj)({
        configInput: inputs.config,
        env,
        workingDirectory: inputs.workingDirectory,
    }).catch(() => 'unreadable');
    if (found !== undefined)
        return undefined;
    const started = new Map();
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'ko-action-head-'));
    const abort = new AbortController();
    const jobs = (0,_util_limit_js__WEBPACK_IMPORTED_MODULE_8__/* .limit */ .A)(plan.jobs);
    for (const requested of plan.importPaths.map(_go_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .stripKoScheme */ .ug)) {
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
            };
            const outFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${started.size}-${(0,_image_platform_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPlatform */ .Bq)(platform).replace(/\//g, '-')}`);
            const result = jobs(() => (0,_go_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .run */ .eF)(goPath, (0,_go_build_js__WEBPACK_IMPORTED_MODULE_5__/* .goBuildArgs */ ._Y)(req, outFile), req.cwd, (0,_go_build_js__WEBPACK_IMPORTED_MODULE_5__/* .goBuildEnv */ .SE)(req), abort.signal));
            result.catch(() => undefined); // whoever takes it sees the failure
            started.set(takeKey(req, requested), { outFile, result });
        }
    }
    return {
        async take(req, requested) {
            const id = takeKey(req, (0,_go_packages_js__WEBPACK_IMPORTED_MODULE_6__/* .stripKoScheme */ .ug)(requested));
            const hit = started.get(id);
            if (!hit)
                return undefined;
            started.delete(id);
            return (0,_go_build_js__WEBPACK_IMPORTED_MODULE_5__/* .compiled */ .QO)(req, hit.outFile, await hit.result);
        },
        async close() {
            started.clear();
            abort.abort();
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        },
    };
}
function takeKey(req, requested) {
    return `${requested}\u0000${(0,_go_build_js__WEBPACK_IMPORTED_MODULE_5__/* .compileKey */ .lM)(req)}`;
}


/***/ })

};
