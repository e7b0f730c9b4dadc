export const id = 168;
export const ids = [168];
export const modules = {

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ archiveFormatOf),
/* harmony export */   p: () => (/* binding */ detectArchiveFormat)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1736);
/**
 * Which archive format a file is, from its first bytes (the extension is only a hint in
 * messages): gzip, bzip2, zip, or a plain tar (ustar magic, or a valid old-style header).
 */


function readHead(path, length) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        const buf = Buffer.alloc(length);
        let off = 0;
        while (off < length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, off, length - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return buf.subarray(0, off);
    }
    catch (e) {
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveError */ .di(`cannot read ${path}: ${code === 'EACCES' ? 'permission denied' : (code ?? e.message)}`);
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** An old-style (v7) tar header: the checksum field matches the header's bytes. */
function validTarChecksum(head) {
    if (head.length < 512)
        return false;
    let sum = 0;
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 32 : head[i];
    const field = head
        .subarray(148, 156)
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .trim();
    return /^[0-7]+$/.test(field) && parseInt(field, 8) === sum && sum !== 8 * 32;
}
/** The format of the archive at `path`, or an ArchiveError saying what it is instead. */
function detectArchiveFormat(path) {
    const head = readHead(path, 512);
    if (head.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveError */ .di(`${path} is empty, not an archive`);
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'tar.gz';
    if (head.subarray(0, 3).toString('latin1') === 'BZh' && head[3] !== undefined && head[3] >= 0x31 && head[3] <= 0x39)
        return 'tar.bz2';
    if (head[0] === 0x50 && head[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(((head[2] ?? 0) << 8) | (head[3] ?? 0)))
        return 'zip';
    if (head.subarray(257, 262).toString('latin1') === 'ustar' || validTarChecksum(head))
        return 'tar';
    const hint = 'Pass a release archive (.tar.gz, .tgz, .tar.bz2, .tar or .zip) or the folder of an app or server.';
    if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveError */ .di(`${path} is xz-compressed, which this tool does not read`, hint);
    }
    if (head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveError */ .di(`${path} is zstd-compressed, which this tool does not read`, hint);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveError */ .di(`${path} is not an archive this tool reads (no tar, gzip, bzip2 or zip signature in its first bytes)`, hint);
}
/** The archive format of `path` when its first bytes say it is one, else null (never throws for content). */
function archiveFormatOf(path) {
    try {
        return detectArchiveFormat(path);
    }
    catch {
        return null;
    }
}


/***/ })

};
