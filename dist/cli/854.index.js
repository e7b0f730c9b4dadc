export const id = 854;
export const ids = [854];
export const modules = {

/***/ 3854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _app_preflight_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3220);
/* harmony import */ var _engine_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6060);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _preflight_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2169);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7988);
/**
 * `preflight`: check an app archive as the Nextcloud App Store and the installer will, before
 * uploading it; every failed check is listed.
 */






const HELP = `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .TOOL_NAME */ .l} preflight ARCHIVE [--cert FILE] [--signature B64 | --signature-file FILE] [options]

Checks an app release archive as the Nextcloud App Store and the installer will:
- a .tar.gz with exactly one top folder, named like the <id> of appinfo/info.xml, and no
  name PHP's Archive_Tar (Nextcloud's installer) refuses;
- appinfo/info.xml well-formed, with every element the store requires (id, name, summary,
  description, version as a semantic version, licence, author, category, bugs,
  dependencies/nextcloud min-version), in the schema's order;
- the certificate's CN is the app id;
- appinfo/signature.json verifies against the trusted roots (--trust, --crl);
- the App Store signature (--signature, --signature-file, or ARCHIVE.sig when it exists)
  verifies against the certificate.
Every check is printed; all failures are listed. Exit codes: 0 passed, 1 failed, 2 error.

Options:
  --cert FILE            the app's PEM certificate (default: the one in appinfo/signature.json)
  --signature B64        the App Store signature (base64)
  --signature-file FILE  read it from FILE ("-" reads standard input)
  --trust T              trusted roots: nextcloud (default), owncloud or a PEM file; repeatable
  --crl C                revocation lists to enforce: nextcloud or a CRL file; repeatable
  -h, --help
`;
async function run(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommand */ .RM)(args, {
        help: { type: 'boolean', short: 'h' },
        cert: { type: 'string' },
        signature: { type: 'string' },
        'signature-file': { type: 'string' },
        trust: { type: 'string', multiple: true },
        crl: { type: 'string', multiple: true },
    }, HELP);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (values.signature !== undefined && values['signature-file'] !== undefined) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('give --signature or --signature-file, not both', `See:\n${HELP}`);
    }
    const archive = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .oneArchive */ .RB)(positionals, HELP, io);
    const sigFile = values['signature-file'];
    const storeSignature = values.signature !== undefined
        ? { text: values.signature, source: 'given' }
        : sigFile !== undefined
            ? { text: (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputFile */ .jH)(sigFile, 'signature file', io.cwd, io.readStdin), source: sigFile === '-' ? 'standard input' : sigFile }
            : undefined;
    const report = await (0,_app_preflight_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runPreflight */ .h)({
        archive,
        cwd: io.cwd,
        trust: values.trust ?? [],
        crl: values.crl ?? [],
        certificatePem: values.cert === undefined ? undefined : (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputFile */ .jH)(values.cert, 'certificate', io.cwd, io.readStdin),
        storeSignature,
    });
    io.stdout(`Pre-flight of ${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .W)(positionals[0] ?? '')}:\n${(0,_preflight_text_js__WEBPACK_IMPORTED_MODULE_3__/* .preflightText */ .v)(report)}`);
    return report.passed ? 0 : 1;
}
const command = { help: HELP, run };


/***/ })

};
