export const id = 130;
export const ids = [130];
export const modules = {

/***/ 130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KEYGEN_HELP: () => (/* binding */ KEYGEN_HELP),
/* harmony export */   runKeygen: () => (/* binding */ runKeygen)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7115);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7988);
/** `code-integrity keygen --cn ID [--out DIR]`: an RSA key and a CSR, like the upstream docs' openssl steps. */






const KEYGEN_HELP = `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .l} keygen --cn ID [--out DIR]

Creates ID.key (RSA private key, PKCS#8 PEM, mode 0600) and ID.csr (certificate request
for /CN=ID), like the upstream developer docs'
  openssl req -nodes -newkey rsa:4096 -keyout ID.key -out ID.csr -subj "/CN=ID"
ID is the app id (or core). Existing files are never overwritten.

Options:
  --cn ID       the app id the certificate will be for
  --out DIR     where to write (default: the current folder; created if missing)
  --bits N      RSA key size: 4096 (default), 3072 or 2048
  -h, --help

Then: submit ID.csr (for Nextcloud: a pull request to nextcloud/app-certificate-requests),
or issue it from a private CA: ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .l} ca issue --ca CA_DIR --csr ID.csr --out DIR
`;
/** Run `keygen`; returns the exit code. */
async function runKeygen(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommand */ .RM)(args, { help: { type: 'boolean', short: 'h' }, cn: { type: 'string' }, out: { type: 'string' }, bits: { type: 'string' } }, KEYGEN_HELP);
    if (values.help) {
        io.stdout(KEYGEN_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`unexpected argument "${positionals[0]}"`, `See:\n${KEYGEN_HELP}`);
    const cn = values.cn;
    if (cn === undefined || cn === '')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('keygen needs --cn ID (the app id, or core)', `See:\n${KEYGEN_HELP}`);
    if (/[/\\]/.test(cn) || cn === '.' || cn === '..')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`"${cn}" is not an app id`, 'App ids have no slashes.');
    const bits = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .keyBits */ .ML)(values.bits);
    const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveFrom */ .dx)(io.cwd, values.out ?? '.');
    const keyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, `${cn}.key`);
    const csrPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, `${cn}.csr`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(out, { recursive: true });
    (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_3__/* .assertAbsent */ .av)([keyPath, csrPath]); // before the (slow) key generation; writeNewFiles checks again
    const keys = (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_3__/* .generateRsaKeyPair */ .T8)(bits);
    (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_3__/* .writeNewFiles */ .zn)([
        { path: keyPath, content: (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_3__/* .privateKeyPem */ .nQ)(keys.privateKey), mode: 0o600 },
        { path: csrPath, content: (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_3__/* .createCsr */ .Rz)(cn, keys) },
    ]);
    io.stdout(`Wrote ${keyPath} (RSA-${bits} private key, mode 0600: keep it secret, never commit it)\n` +
        `Wrote ${csrPath} (certificate request for CN=${cn})\n` +
        `Next: submit ${cn}.csr to your certificate authority (Nextcloud: a pull request to nextcloud/app-certificate-requests),\n` +
        `or issue it yourself: ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .l} ca issue --ca CA_DIR --csr ${csrPath} --out ${out}\n`);
    return 0;
}


/***/ })

};
