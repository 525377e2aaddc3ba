export const id = 414;
export const ids = [414];
export const modules = {

/***/ 414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   saveEntry: () => (/* binding */ saveEntry)
/* harmony export */ });
/* unused harmony exports cacheServiceAvailable, restoreEntry */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1691);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3838);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1452);
// The Actions cache service (@actions/cache), one entry at a time: restored in the main step
// before building, saved in the post step. A cache is an optimisation: nothing here throws,
// every failure is a warning, and outside Actions (no cache service) both sides skip quietly.





/** False outside Actions, or where the runner offers no cache service. */
function cacheServiceAvailable() {
    return cache.isFeatureAvailable();
}
/**
 * Restores the newest entry under `keys.exact`, else under each restore key in turn, into
 * `paths` (which must be the strings saveEntry gets: the entry version hashes them).
 */
async function restoreEntry(label, paths, keys) {
    let matchedKey;
    try {
        matchedKey = await cache.restoreCache([...paths], keys.exact, [...keys.restoreKeys]);
    }
    catch (err) {
        core.warning(`cache: restoring the ${label} cache failed: ${errorMessage(err)}`);
        return { hit: false };
    }
    if (matchedKey === undefined) {
        core.info(`cache: ${label}: nothing restored for ${keys.exact}*`);
        return { hit: false };
    }
    const hit = keyHasPrefix(matchedKey, keys.exact);
    core.info(`cache: ${label}: restored ${matchedKey}${hit ? ' (exact)' : ' (nearest)'}`);
    return { matchedKey, hit };
}
/** Saves `paths` under `key` unless an entry of that key is there already. Never throws. */
async function saveEntry(label, paths, key) {
    try {
        // The same content from another job of this run (a matrix) has the same key: entries are
        // immutable, so a second save would only be refused.
        const found = await _actions_cache__WEBPACK_IMPORTED_MODULE_1__/* .restoreCache */ .P3([...paths], key, [], { lookupOnly: true });
        if (found !== undefined && found.toLowerCase() === key.toLowerCase()) {
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`cache: ${label}: ${key} is saved already`);
            return 'exists';
        }
        // The entry version hashes the path list, so every path stays, even one never written.
        for (const p of paths)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(p, { recursive: true });
        const id = await _actions_cache__WEBPACK_IMPORTED_MODULE_1__/* .saveCache */ .Io([...paths], key);
        if (id === -1) {
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`cache: ${key} was not saved (see the messages above)`);
            return 'failed';
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`cache: ${label}: saved ${key}`);
        return 'saved';
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`cache: saving the ${label} cache failed: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
        return 'failed';
    }
}


/***/ })

};
