export const id = 574;
export const ids = [574];
export const modules = {

/***/ 4574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  APPSTORE_SIGN_HELP: () => (/* binding */ APPSTORE_SIGN_HELP),
  APPSTORE_VERIFY_HELP: () => (/* binding */ APPSTORE_VERIFY_HELP),
  runAppstoreSign: () => (/* binding */ runAppstoreSign),
  runAppstoreVerify: () => (/* binding */ runAppstoreVerify)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
;// CONCATENATED MODULE: ./src/engine/appstore.ts
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
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
            sink.update(chunk);
            bytes += chunk.length;
        }
    }
    catch (e) {
        const why = (0,errors/* describeFsError */.T)(e, 'is a folder, not an archive');
        throw new errors/* UsageError */.e(`${path} ${why}`);
    }
    return bytes;
}
/** The base64 signature (one line, no line breaks) of the archive at `path`, streamed. */
async function signArchiveForAppStore(path, key) {
    const signer = (0,external_node_crypto_.createSign)('sha512');
    await feed(path, signer);
    return signer.sign({ key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }).toString('base64');
}
/**
 * Decode a signature given as base64, tolerating the line breaks and spaces `openssl base64`
 * adds; anything else outside the base64 alphabet is an error, not silently skipped.
 */
function decodeAppStoreSignature(text) {
    const compact = text.replace(/\s+/g, '');
    if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) {
        throw new errors/* UsageError */.e('the signature is not base64', 'Pass the text printed by `code-integrity appstore-sign` or `openssl dgst -sha512 -sign KEY ARCHIVE | openssl base64`.');
    }
    return Buffer.from(compact, 'base64');
}
/** Whether `signature` is a valid App Store signature of the archive at `path` for `publicKey`. */
async function verifyAppStoreSignature(path, signature, publicKey) {
    const verifier = (0,external_node_crypto_.createVerify)('sha512');
    await feed(path, verifier);
    try {
        return verifier.verify({ key: publicKey, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, signature);
    }
    catch {
        return false; // e.g. a signature longer than the key's modulus
    }
}

// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
// EXTERNAL MODULE: ./src/engine/trust/signer.ts
var signer = __webpack_require__(3881);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/commands/args.ts
var commands_args = __webpack_require__(7988);
;// CONCATENATED MODULE: ./src/cli/commands/appstore.ts
/**
 * `appstore-sign` / `appstore-verify`: the Nextcloud App Store's release signature
 * (base64 RSA-SHA512 over the archive bytes), made and checked without openssl.
 */







const APPSTORE_SIGN_HELP = `Usage: ${version/* TOOL_NAME */.l} appstore-sign ARCHIVE --key FILE|- [--passphrase-env VAR]

Prints the signature the Nextcloud App Store asks for when you upload a release: base64
RSA-SHA512 (PKCS#1 v1.5) over the archive's bytes, the same as
  openssl dgst -sha512 -sign KEY ARCHIVE | openssl base64 -A
Sign the very file users will download (the App Store downloads it and checks).

Options:
  --key FILE|-          PEM private key of the app's certificate ("-" reads standard input)
  --passphrase-env VAR  name of the environment variable holding the key's passphrase
  -h, --help
`;
const APPSTORE_VERIFY_HELP = `Usage: ${version/* TOOL_NAME */.l} appstore-verify ARCHIVE --signature B64 --cert FILE [--app-id ID]

Checks an App Store release signature (base64 RSA-SHA512 over the archive's bytes) with the
app's certificate, as the App Store and Nextcloud's installer do.
Exit codes: 0 valid, 1 invalid, 2 error.

Options:
  --signature B64       the base64 signature (line breaks allowed)
  --signature-file FILE read the base64 signature from FILE instead ("-" reads standard input)
  --cert FILE           PEM certificate of the app (a PEM public key is accepted too)
  --app-id ID           also require the certificate's CN to be ID, as the App Store does
  -h, --help
`;
function oneArchive(positionals, help, io) {
    if (positionals.length !== 1)
        throw new errors/* UsageError */.e(positionals.length === 0 ? 'no archive given' : 'give one archive', `See:\n${help}`);
    return (0,commands_args/* resolveFrom */.dx)(io.cwd, positionals[0]);
}
/** `appstore-sign ARCHIVE --key FILE`: print the base64 signature; exit 0, or 2 on error. */
async function runAppstoreSign(args, io) {
    const { values, positionals } = (0,commands_args/* parseCommand */.RM)(args, { help: { type: 'boolean', short: 'h' }, key: { type: 'string' }, 'passphrase-env': { type: 'string' } }, APPSTORE_SIGN_HELP);
    if (values.help) {
        io.stdout(APPSTORE_SIGN_HELP);
        return 0;
    }
    if (!values.key)
        throw new errors/* UsageError */.e('appstore-sign needs --key', `See:\n${APPSTORE_SIGN_HELP}`);
    const archive = oneArchive(positionals, APPSTORE_SIGN_HELP, io);
    let passphrase;
    const passVar = values['passphrase-env'];
    if (passVar !== undefined) {
        passphrase = io.env[passVar];
        if (passphrase === undefined)
            throw new errors/* UsageError */.e(`the environment variable ${passVar} (--passphrase-env) is not set`);
    }
    const key = (0,signer/* loadPrivateKey */.PM)((0,commands_args/* readInputFile */.jH)(values.key, 'private key', io.cwd, io.readStdin), passphrase);
    io.stdout(`${await signArchiveForAppStore(archive, key)}\n`);
    return 0;
}
function loadVerificationKey(pem) {
    if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(pem) && !/CERTIFICATE/.test(pem)) {
        try {
            return { key: (0,external_node_crypto_.createPublicKey)(pem), commonName: null, subject: 'the given public key' };
        }
        catch {
            throw new errors/* UsageError */.e('the public key cannot be read', 'Pass the PEM certificate (or public key) of the app.');
        }
    }
    const cert = (0,signer/* loadSigningCertificate */.h1)(pem);
    const cns = cert.commonNames;
    return { key: cert.x509.publicKey, commonName: cns.length === 1 ? cns[0] : null, subject: cert.info.subject };
}
/** `appstore-verify ARCHIVE --signature B64 --cert FILE`: exit 0 valid, 1 invalid, 2 error. */
async function runAppstoreVerify(args, io) {
    const { values, positionals } = (0,commands_args/* parseCommand */.RM)(args, {
        help: { type: 'boolean', short: 'h' },
        signature: { type: 'string' },
        'signature-file': { type: 'string' },
        cert: { type: 'string' },
        'app-id': { type: 'string' },
    }, APPSTORE_VERIFY_HELP);
    if (values.help) {
        io.stdout(APPSTORE_VERIFY_HELP);
        return 0;
    }
    if ((values.signature === undefined) === (values['signature-file'] === undefined) || !values.cert) {
        throw new errors/* UsageError */.e('appstore-verify needs --cert and one of --signature or --signature-file', `See:\n${APPSTORE_VERIFY_HELP}`);
    }
    const archive = oneArchive(positionals, APPSTORE_VERIFY_HELP, io);
    const signature = decodeAppStoreSignature(values.signature ?? (0,commands_args/* readInputFile */.jH)(values['signature-file'], 'signature file', io.cwd, io.readStdin));
    const { key, commonName, subject } = loadVerificationKey((0,commands_args/* readInputFile */.jH)(values.cert, 'certificate', io.cwd, io.readStdin));
    const appId = values['app-id'];
    if (appId !== undefined && commonName !== appId) {
        // The App Store's and the installer's wording.
        io.stdout(commonName === null
            ? `INVALID: App with id ${(0,display/* displayText */.W)(appId)} has a cert with no CN\n`
            : `INVALID: App with id ${(0,display/* displayText */.W)(appId)} has a cert issued to ${(0,display/* displayText */.W)(commonName)}\n`);
        return 1;
    }
    if (await verifyAppStoreSignature(archive, signature, key)) {
        io.stdout(`OK: the App Store signature of ${(0,display/* displayText */.W)(positionals[0] ?? '')} is valid (RSA-SHA512, signed by ${(0,display/* displayText */.W)(subject)})\n`);
        return 0;
    }
    io.stdout(`INVALID: the App Store signature does not match ${(0,display/* displayText */.W)(positionals[0] ?? '')}: the archive changed after signing, or it was signed with another key than ${(0,display/* displayText */.W)(subject)}'s\n`);
    return 1;
}


/***/ })

};
