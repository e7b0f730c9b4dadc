export const id = 223;
export const ids = [223];
export const modules = {

/***/ 8133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ runAppStoreSign),
/* harmony export */   Z: () => (/* binding */ signForAppStore)
/* harmony export */ });
/* harmony import */ var _engine_appstore_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(788);
/* harmony import */ var _engine_atomic_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6624);
/* harmony import */ var _engine_trust_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3881);



/** Sign the archive with an already loaded key (package signs with the key it loaded once). */
async function signForAppStore(archive, key, writeSigFile) {
    const signature = await (0,_engine_appstore_js__WEBPACK_IMPORTED_MODULE_0__/* .signArchiveForAppStore */ .xE)(archive, key);
    if (!writeSigFile)
        return { signature };
    const sigFile = `${archive}.sig`;
    (0,_engine_atomic_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(sigFile, `${signature}\n`);
    return { signature, sigFile };
}
async function runAppStoreSign(request) {
    const key = (0,_engine_trust_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPrivateKey */ .PM)(request.privateKeyPem, request.passphrase);
    const cert = request.certificatePem === undefined ? undefined : (0,_engine_trust_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSigningCertificate */ .h1)(request.certificatePem);
    if (cert !== undefined)
        (0,_engine_trust_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .assertKeyMatchesCertificate */ .Q6)(key, cert);
    const signed = await signForAppStore(request.archive, key, false);
    if (cert !== undefined &&
        !(await (0,_engine_appstore_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyAppStoreSignature */ .Ct)(request.archive, Buffer.from(signed.signature, 'base64'), cert.x509.publicKey))) {
        throw new Error('internal error: the App Store signature just made does not verify with the certificate');
    }
    if (!request.writeSigFile)
        return signed;
    const sigFile = `${request.archive}.sig`;
    (0,_engine_atomic_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(sigFile, `${signed.signature}\n`);
    return { ...signed, sigFile };
}


/***/ }),

/***/ 4604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _app_appstore_sign_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8133);
/* harmony import */ var _engine_display_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6060);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7988);
/**
 * `appstore-sign`: the Nextcloud App Store's release signature (base64 RSA-SHA512 over the
 * archive bytes), made without openssl.
 */





const HELP = `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_NAME */ .l} appstore-sign ARCHIVE --key FILE|- [--passphrase-env VAR] [--cert FILE] [--write-sig]

Prints the signature the Nextcloud App Store asks for when you upload a release: base64
RSA-SHA512 (PKCS#1 v1.5) over the archive's bytes, the same as
  openssl dgst -sha512 -sign KEY ARCHIVE | openssl base64 -A
Sign the very file users will download (the App Store downloads it and checks).

Options:
  --key FILE|-          PEM private key of the app's certificate ("-" reads standard input)
  --passphrase-env VAR  name of the environment variable holding the key's passphrase
  --cert FILE           the app's PEM certificate: the key must belong to it, and the
                        signature is checked with it before it is printed
  --write-sig           also write the signature to ARCHIVE.sig (one line), as package does
  -h, --help
`;
/** `appstore-sign ARCHIVE --key FILE`: print the base64 signature; exit 0, or 2 on error. */
async function run(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommand */ .RM)(args, {
        help: { type: 'boolean', short: 'h' },
        key: { type: 'string' },
        'passphrase-env': { type: 'string' },
        cert: { type: 'string' },
        'write-sig': { type: 'boolean' },
    }, HELP);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (!values.key)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('appstore-sign needs --key', `See:\n${HELP}`);
    const archive = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .oneArchive */ .RB)(positionals, HELP, io);
    const signed = await (0,_app_appstore_sign_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runAppStoreSign */ .V)({
        archive,
        privateKeyPem: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputFile */ .jH)(values.key, 'private key', io.cwd, io.readStdin),
        passphrase: (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .passphraseFrom */ .Nu)(values['passphrase-env'], io),
        certificatePem: values.cert === undefined ? undefined : (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputFile */ .jH)(values.cert, 'certificate', io.cwd, io.readStdin),
        writeSigFile: values['write-sig'] === true,
    });
    io.stdout(`${signed.signature}\n`);
    if (signed.sigFile !== undefined)
        io.stderr(`wrote ${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .W)(signed.sigFile)}\n`);
    return 0;
}
const command = { help: HELP, run };


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ verifyAppStoreSignature),
/* harmony export */   J$: () => (/* binding */ decodeAppStoreSignature),
/* harmony export */   xE: () => (/* binding */ signArchiveForAppStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/**
 * Nextcloud App Store release signatures (nextcloud-spec.md §C): RSA PKCS#1 v1.5 with
 * SHA-512 over the archive's raw bytes, base64 — what
 * `openssl dgst -sha512 -sign <appid>.key app.tar.gz | openssl base64` prints, and what the
 * App Store and the server's installer check with `openssl_verify(..., SHA512)`. Not the
 * same thing as signature.json: this signs the download, signature.json signs the files.
 */



async function feed(path, sink) {
    let bytes = 0;
    try {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 })) {
            sink.update(chunk);
            bytes += chunk.length;
        }
    }
    catch (e) {
        const why = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFsError */ .TQ)(e, 'is a folder, not an archive');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path} ${why}`);
    }
    return bytes;
}
/** The base64 signature (one line, no line breaks) of the archive at `path`, streamed. */
async function signArchiveForAppStore(path, key) {
    const signer = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('sha512');
    await feed(path, signer);
    return signer.sign({ key, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }).toString('base64');
}
/**
 * Decode a signature given as base64, tolerating the line breaks and spaces `openssl base64`
 * adds; anything else outside the base64 alphabet is an error, not silently skipped.
 */
function decodeAppStoreSignature(text) {
    const compact = text.replace(/\s+/g, '');
    if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('the signature is not base64', 'Pass the text printed by `code-integrity appstore-sign` or `openssl dgst -sha512 -sign KEY ARCHIVE | openssl base64`.');
    }
    return Buffer.from(compact, 'base64');
}
/** Whether `signature` is a valid App Store signature of the archive at `path` for `publicKey`. */
async function verifyAppStoreSignature(path, signature, publicKey) {
    const verifier = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createVerify)('sha512');
    await feed(path, verifier);
    try {
        return verifier.verify({ key: publicKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_PKCS1_PADDING }, signature);
    }
    catch {
        return false; // e.g. a signature longer than the key's modulus
    }
}


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
