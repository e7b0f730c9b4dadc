export const id = 100;
export const ids = [100];
export const modules = {

/***/ 3672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _engine_display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6060);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _app_sign_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8331);
/* harmony import */ var _engine_walk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4721);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/* harmony import */ var _engine_profiles_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3643);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9851);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7988);
/**
 * `sign`: write appinfo/signature.json or core/signature.json, byte-identical to occ
 * integrity:sign-app / integrity:sign-core, after checking the key, the certificate and the tree.
 */








const HELP = `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL_NAME */ .l} sign [DIR] --key FILE|- --cert FILE [options]

Writes DIR/appinfo/signature.json (app) or DIR/core/signature.json (server), byte-identical
to occ integrity:sign-app / integrity:sign-core. The key must belong to the certificate and
the certificate's CN must be the app id (or core).

Options:
  --key FILE|-          PEM private key (PKCS#1 or PKCS#8; "-" reads it from standard input)
  --cert FILE           PEM certificate issued for the app id (or core)
  --passphrase-env VAR  name of the environment variable holding the key's passphrase
  --profile P           auto (default), ${_engine_profiles_index_js__WEBPACK_IMPORTED_MODULE_4__/* .PROFILE_NAMES */ .J.join(', ')}
  --app-id ID           app id (default: <id> in appinfo/info.xml)
  --signature-path P    signature file relative to DIR (generic profile)
  --output FILE         write the signature somewhere else
  --dry-run             compute and print the summary, write nothing
  -q, --quiet           no progress line on stderr (shown only when stderr is a terminal)
  -h, --help
`;
async function runSign(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommand */ .RM)(args, {
        ..._args_js__WEBPACK_IMPORTED_MODULE_6__/* .TARGET_OPTIONS */ .FG,
        key: { type: 'string' },
        cert: { type: 'string' },
        'passphrase-env': { type: 'string' },
        'dry-run': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
    }, HELP);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (!values.key || !values.cert)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('sign needs --key and --cert', `See:\n${HELP}`);
    if (positionals.length > 1)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('sign takes one folder', 'Run sign once per app or server tree.');
    const progress = io.stderrIsTTY && !values.quiet ? (0,_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .progressLine */ .o)(io.stderr) : undefined;
    const { target, outcome } = await (0,_app_sign_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runSigning */ .P)({
        path: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveFrom */ .dx)(io.cwd, positionals[0] ?? '.'),
        profile: values.profile,
        appId: values['app-id'],
        signaturePath: values['signature-path'],
        privateKeyPem: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputFile */ .jH)(values.key, 'private key', io.cwd, io.readStdin),
        passphrase: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .passphraseFrom */ .Nu)(values['passphrase-env'], io),
        certificatePem: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .readInputFile */ .jH)(values.cert, 'certificate', io.cwd, io.readStdin),
        output: values.output === undefined ? undefined : (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveFrom */ .dx)(io.cwd, values.output),
        dryRun: values['dry-run'] === true,
        onProgress: progress ? (scope, p) => progress.update({ scope, expectedFiles: 0, ...p }) : undefined,
    }).finally(() => progress?.done());
    const what = `${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W)(target.scope)} (${target.profile.name}): ${outcome.filesSigned} files`;
    const where = (0,_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W)(outcome.signaturePath);
    io.stdout(outcome.written ? `Signed ${what}, wrote ${where}\n` : `Dry run: would sign ${what} into ${where}; nothing written\n`);
    if (outcome.linkedFolders.length > 0)
        io.stdout(`Note: ${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W)((0,_engine_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .linkedFoldersNote */ .vR)(outcome.linkedFolders, 'signed'))}\n`);
    return 0;
}
const command = { help: HELP, run: runSign };


/***/ }),

/***/ 3881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ loadPrivateKey),
/* harmony export */   Q6: () => (/* binding */ assertKeyMatchesCertificate),
/* harmony export */   h1: () => (/* binding */ loadSigningCertificate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3770);
/**
 * The signer's material: the RSA private key and the certificate it belongs to, loaded with
 * errors a user can act on (upstream's sign commands check neither that the key belongs to
 * the certificate nor its CN, and write signatures that can never verify).
 */



/** Load an RSA private key (PKCS#1 or PKCS#8, plain or encrypted) with errors a user can act on. */
function loadPrivateKey(pem, passphrase) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(passphrase === undefined ? { key: pem } : { key: pem, passphrase });
    }
    catch (e) {
        const err = e;
        const text = `${err.code ?? ''} ${err.message}`;
        const looksEncrypted = /ENCRYPTED/.test(typeof pem === 'string' ? pem : pem.toString('latin1'));
        if (passphrase === undefined &&
            (looksEncrypted ||
                err.code === 'ERR_MISSING_PASSPHRASE' ||
                err.code === 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED' ||
                /passphrase required/i.test(text))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('the private key is encrypted and no passphrase was given', `Pass the passphrase with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('passphrase-env', 'VAR')} (the name of an environment variable holding it).`, 'key-encrypted');
        }
        if (passphrase !== undefined && /bad decrypt|bad password|wrong tag|decrypt/i.test(text)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('cannot decrypt the private key: the passphrase is wrong', 'Check the passphrase variable.');
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('the private key cannot be read: it is not a PEM private key', 'Pass the PEM private key (PKCS#1 or PKCS#8) that belongs to the certificate.');
    }
    if (key.asymmetricKeyType !== 'rsa') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the private key is ${key.asymmetricKeyType ?? 'of an unknown type'}, not RSA`, 'Nextcloud and ownCloud signatures need an RSA key (openssl genrsa 4096).');
    }
    return key;
}
/** The first certificate of a PEM file, as upstream's loadX509 takes it. */
function loadSigningCertificate(pem) {
    const text = typeof pem === 'string' ? pem : pem.toString('latin1');
    const first = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .splitPemBlocks */ .JQ)(text).find((b) => /CERTIFICATE/.test(b.split('\n')[0] ?? ''));
    try {
        return (0,_certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificate */ .hB)(first ?? pem);
    }
    catch (e) {
        if (e instanceof _certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .CertificateParseError */ .zU) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the certificate cannot be read: ${e.message}`, 'Pass the PEM certificate issued for this app (or core).');
        }
        throw e;
    }
}
function assertKeyMatchesCertificate(key, cert) {
    const fromKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    const fromCert = cert.x509.publicKey.export({ type: 'spki', format: 'der' });
    if (!fromKey.equals(fromCert)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the private key does not belong to the certificate (${cert.info.subject})`, 'Use the key the certificate was issued for; a signature made with another key can never verify.');
    }
}


/***/ })

};
