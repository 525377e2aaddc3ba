export const id = 868;
export const ids = [868];
export const modules = {

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
