export const id = 514;
export const ids = [514];
export const modules = {

/***/ 3220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ runPreflight)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/appstore.ts
var appstore = __webpack_require__(788);
// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/archive/decompress.ts + 7 modules
var decompress = __webpack_require__(2743);
// EXTERNAL MODULE: ./src/engine/archive/tar.ts + 2 modules
var tar = __webpack_require__(5053);
// EXTERNAL MODULE: ./src/engine/package/rules.ts
var rules = __webpack_require__(2922);
;// CONCATENATED MODULE: ./src/engine/package/archive-peek.ts
/**
 * What the store pre-flight needs to know of an app archive before anything is extracted: that
 * it is a gzip-compressed tar (the only kind the App Store takes), its top-level names, the
 * names PHP's Archive_Tar would refuse, and the text of `<top>/appinfo/info.xml` and
 * `<top>/appinfo/signature.json`. One streamed pass, nothing written; the archive's
 * integrity itself is checked by the verify use case.
 */





/** Text files larger than this are not read (a real signature.json of 100,000 files is ~20 MB). */
const MAX_TEXT = 64 << 20;
const MAX_ENTRIES = 1_000_000;
const MAX_BYTES = 8 * 2 ** 30;
const TOO_LARGE = 'it is larger than the pre-flight reads (1,000,000 entries, 8 GiB)';
function isGzip(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const head = Buffer.alloc(2);
        return (0,external_node_fs_.readSync)(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`${path} ${(0,errors/* describeFsError */.TQ)(e, 'is a folder, not an archive')}`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** The name as Archive_Tar and Nextcloud's installer see it: no leading "./". */
function cleanName(name) {
    return name.replace(/^(\.\/)+/, '');
}
/** Collects what the pre-flight needs as the parser hands over the entries. */
class PeekSink {
    peek;
    entries = 0;
    bytes = 0;
    /** The text being collected for the current entry, if it is one the pre-flight reads. */
    text = null;
    constructor(peek) {
        this.peek = peek;
    }
    begin(entry) {
        const name = cleanName(entry.name.toString('utf8'));
        if (name === '')
            return;
        if (++this.entries > MAX_ENTRIES || this.bytes > MAX_BYTES)
            throw new Error(TOO_LARGE);
        const top = name.includes('/') ? name.slice(0, name.indexOf('/')) : entry.type === 'directory' ? name : '';
        if (!this.peek.topNames.includes(top))
            this.peek.topNames.push(top);
        const refused = (0,rules/* archiveTarRefuses */.v1)(name);
        if (refused !== null)
            this.peek.refusedNames.push(`${name}: ${refused}`);
        const rel = name.slice(top.length + 1);
        const field = rel === 'appinfo/info.xml' ? 'infoXml' : rel === 'appinfo/signature.json' ? 'signatureJson' : null;
        if (top !== '' && entry.type === 'file' && field !== null)
            this.text = { field, chunks: [], size: 0 };
    }
    data(chunk) {
        this.bytes += chunk.length;
        if (this.text === null)
            return;
        this.text.size += chunk.length;
        if (this.text.size <= MAX_TEXT)
            this.text.chunks.push(Buffer.from(chunk));
    }
    end() {
        if (this.text === null)
            return;
        const { field, chunks, size } = this.text;
        this.peek[field] = size <= MAX_TEXT ? Buffer.concat(chunks).toString('utf8') : null;
        this.text = null;
    }
}
/** Read the archive at `path` for the pre-flight (see ArchivePeek). Errors only when it cannot be opened. */
async function peekAppArchive(path) {
    const peek = { gzip: isGzip(path), topNames: [], problems: [], refusedNames: [], infoXml: null, signatureJson: null };
    if (!peek.gzip)
        return peek;
    // The project's own strict tar parser: names as GNU tar writes them, and headers that
    // extractors read differently refused, as verify does.
    const parser = new tar/* TarParser */.Jf(new PeekSink(peek));
    try {
        const chunks = (0,decompress/* readDecompressed */.vg)(path, 'tar.gz', { maxOutput: MAX_BYTES, limitError: () => new Error(TOO_LARGE) });
        for await (const chunk of chunks)
            parser.push(chunk);
        parser.finish();
    }
    catch (e) {
        peek.problems.push(`the archive cannot be read to the end: ${e.message}`);
    }
    return peek;
}

// EXTERNAL MODULE: ./src/engine/package/info-xml.ts
var info_xml = __webpack_require__(1813);
;// CONCATENATED MODULE: ./src/engine/package/preflight.ts
/**
 * The App Store pre-flight of an app archive, as the store and Nextcloud's installer will
 * check it (nextcloud-spec.md §C): one top folder named like the `<id>` of info.xml, which is
 * also the certificate's CN; info.xml well-formed with the store's required elements and a
 * version; appinfo/signature.json verifies; the App Store signature verifies against the
 * certificate. Every check gives one line; a failed one says what is wrong, and all of them
 * are listed. The evidence (archive peek, verification, signature check) is gathered by the
 * use case (src/app/preflight-run.ts); this only decides and words.
 */


const passed = (text) => ({ status: 'passed', text });
const failed = (text) => ({ status: 'failed', text });
const skipped = (text) => ({ status: 'skipped', text });
/** The archive's shape: gzip, readable, one top folder, no name Archive_Tar refuses. */
function shapeChecks(peek) {
    if (!peek.gzip)
        return [failed('the archive is not gzip-compressed: the App Store takes a .tar.gz')];
    const checks = peek.problems.map(failed);
    const tops = peek.topNames;
    if (tops.length === 1 && tops[0] !== '')
        checks.push(passed(`one top folder, "${(0,display/* displayText */.W)(tops[0])}"`));
    else if (tops.length === 0)
        checks.push(failed('the archive is empty'));
    else {
        const shown = tops.map((t) => (t === '' ? '(files at the top)' : `"${(0,display/* displayText */.W)(t)}"`)).join(', ');
        checks.push(failed(`the archive must hold exactly one top folder (the app id), not ${shown}: the installer refuses it`));
    }
    for (const name of peek.refusedNames.slice(0, 5))
        checks.push(failed((0,display/* displayText */.W)(name)));
    return checks;
}
/** info.xml: present, well-formed, required elements; the id names the top folder. */
function infoChecks(peek, info) {
    const top = peek.topNames.length === 1 ? peek.topNames[0] : null;
    if (info === null)
        return [failed(`${top ? `${(0,display/* displayText */.W)(top)}/` : ''}appinfo/info.xml is missing`)];
    const checks = info.problems.map((p) => failed((0,display/* displayText */.W)(p)));
    if (info.problems.length === 0)
        checks.push(passed('appinfo/info.xml is well-formed and has every element the App Store requires'));
    if (info.version !== null && !info.problems.some((p) => p.includes('<version>')))
        checks.push(passed(`version ${(0,display/* displayText */.W)(info.version)}`));
    if (info.id !== null && top !== null && top !== '') {
        checks.push(top === info.id
            ? passed(`the top folder is the app id "${(0,display/* displayText */.W)(info.id)}"`)
            : failed(`the top folder "${(0,display/* displayText */.W)(top)}" is not the app id "${(0,display/* displayText */.W)(info.id)}" of appinfo/info.xml`));
    }
    return checks;
}
/** The certificate's CN is the app id (the store and the installer refuse anything else). */
function certificateChecks(evidence, appId) {
    const c = evidence.certificate;
    if (c === null)
        return [failed('no certificate to check: the archive has no appinfo/signature.json and none was given')];
    if ('problem' in c)
        return [failed((0,display/* displayText */.W)(c.problem))];
    const cns = c.cert.commonNames;
    const cn = cns.length === 1 ? cns[0] : null;
    if (appId === null)
        return [skipped(`the certificate (${c.source}) is for ${cn === null ? 'no single CN' : `"${(0,display/* displayText */.W)(cn)}"`}`)];
    if (cn === appId)
        return [passed(`the certificate's CN is the app id "${(0,display/* displayText */.W)(appId)}" (${c.source})`)];
    return [
        failed(cn === null
            ? `the certificate (${c.source}) has no single CN: App with id ${(0,display/* displayText */.W)(appId)} has a cert with no CN`
            : `the certificate (${c.source}) is issued to "${(0,display/* displayText */.W)(cn)}", not the app id: App with id ${(0,display/* displayText */.W)(appId)} has a cert issued to ${(0,display/* displayText */.W)(cn)}`),
    ];
}
function signatureChecks(evidence) {
    const checks = [evidence.verification.passed ? passed(evidence.verification.text) : failed(evidence.verification.text)];
    const store = evidence.storeSignature;
    if (store === null)
        checks.push(skipped('App Store signature: none to check (no .sig beside the archive and none given)'));
    else if (store.valid)
        checks.push(passed(`the App Store signature (${(0,display/* displayText */.W)(store.source)}) verifies against the certificate`));
    else {
        checks.push(failed(`the App Store signature (${(0,display/* displayText */.W)(store.source)}) does not verify against the certificate: the archive changed after signing, or it was signed with another key`));
    }
    return checks;
}
/** Decide every check from the evidence. */
function preflightReport(evidence) {
    const { peek } = evidence;
    const info = peek.infoXml === null ? null : (0,info_xml/* checkInfoXml */.An)(peek.infoXml);
    const appId = info?.id ?? null;
    const found = [...shapeChecks(peek)];
    if (peek.gzip)
        found.push(...infoChecks(peek, info), ...certificateChecks(evidence, appId), ...signatureChecks(evidence));
    // Texts quote names from the archive: every one is shown safely (displayText leaves shown text as it is).
    const checks = found.map((c) => ({ ...c, text: (0,display/* displayText */.W)(c.text) }));
    const problems = checks.filter((c) => c.status === 'failed').map((c) => c.text);
    return { passed: problems.length === 0, checks, problems, appId, version: info?.version ?? null };
}

// EXTERNAL MODULE: ./src/engine/trust/certificate.ts + 1 modules
var certificate = __webpack_require__(3770);
// EXTERNAL MODULE: ./src/engine/trust/signer.ts
var signer = __webpack_require__(3881);
// EXTERNAL MODULE: ./src/app/verify-run.ts
var verify_run = __webpack_require__(2274);
;// CONCATENATED MODULE: ./src/app/preflight-run.ts
/**
 * The store pre-flight use case, shared by the command line, the Action and `package`: read the
 * archive's shape and info.xml, find the certificate (given, or the one in
 * appinfo/signature.json), verify the archive with the verify use case, check the App Store
 * signature, then let the engine decide every check (engine/package/preflight.ts).
 */










/** The certificate: the one given (a usage error when unreadable), else the one signature.json carries. */
function certificateOf(request, peek) {
    if (request.certificatePem !== undefined)
        return { cert: (0,signer/* loadSigningCertificate */.h1)(request.certificatePem), source: 'the certificate given' };
    if (peek.signatureJson === null)
        return null;
    let pem;
    try {
        pem = JSON.parse(peek.signatureJson).certificate;
    }
    catch {
        return { problem: 'appinfo/signature.json is not valid JSON, so it names no certificate' };
    }
    if (typeof pem !== 'string')
        return { problem: 'appinfo/signature.json has no certificate' };
    try {
        return { cert: (0,certificate/* parseCertificate */.hB)(pem), source: 'from appinfo/signature.json' };
    }
    catch (e) {
        if (e instanceof certificate/* CertificateParseError */.zU)
            return { problem: `the certificate in appinfo/signature.json cannot be read: ${e.message}` };
        throw e;
    }
}
/** One line for what the verify use case found in the archive. */
function verificationText(result) {
    const scope = result.scopes[0];
    if (scope === undefined)
        return { passed: false, text: 'the archive holds no app to verify' };
    if (scope.EXCEPTION)
        return { passed: false, text: `appinfo/signature.json does not verify: ${scope.EXCEPTION.message}` };
    const parts = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE']
        .filter((c) => Object.keys(scope[c]).length > 0)
        .map((c) => `${c} ${Object.keys(scope[c]).slice(0, 3).map(display/* displayText */.W).join(', ')}${Object.keys(scope[c]).length > 3 ? ', …' : ''}`);
    if (!result.ok)
        return { passed: false, text: `appinfo/signature.json does not match the archive: ${parts.join('; ')}` };
    const signer = scope.certificate ? `, signed by ${(0,display/* displayText */.W)(scope.certificate.subject)}` : '';
    return { passed: true, text: `appinfo/signature.json verifies (${scope.stats.files} files${signer})` };
}
async function verification(request) {
    try {
        const result = await (0,verify_run/* runVerification */.t)({
            paths: [request.archive],
            cwd: request.cwd,
            profile: 'nextcloud-app',
            trust: request.trust,
            crl: request.crl,
            allApps: false,
            requireSigned: false,
            allow: [],
        });
        return verificationText(result);
    }
    catch (e) {
        // A corrupt or truncated archive (ArchiveError and its kin) is a finding here, not a usage error.
        if (e instanceof errors/* UsageError */.eb && e.name.startsWith('Archive'))
            return { passed: false, text: `the archive cannot be verified: ${e.message}` };
        throw e;
    }
}
/** The App Store signature given, or found beside the archive as `<archive>.sig`. */
function storeSignatureText(request) {
    if (request.storeSignature !== undefined)
        return request.storeSignature;
    const sig = `${request.archive}.sig`;
    if (!(0,external_node_fs_.existsSync)(sig))
        return null;
    return { text: (0,external_node_fs_.readFileSync)(sig, 'latin1'), source: `${(0,external_node_path_.basename)(request.displayName ?? request.archive)}.sig` };
}
async function storeSignatureCheck(request, cert) {
    const given = storeSignatureText(request);
    if (given === null || cert === null || 'problem' in cert)
        return null;
    let signature;
    try {
        signature = (0,appstore/* decodeAppStoreSignature */.J$)(given.text);
    }
    catch {
        return { valid: false, source: `${given.source}, which is not base64` };
    }
    return { valid: await (0,appstore/* verifyAppStoreSignature */.Ct)(request.archive, signature, cert.cert.x509.publicKey), source: given.source };
}
/** Run every pre-flight check on the archive; failures are in the report, usage errors are thrown. */
async function runPreflight(request) {
    const peek = await peekAppArchive(request.archive);
    const certificate = peek.gzip || request.certificatePem !== undefined ? certificateOf(request, peek) : null;
    const evidence = {
        peek,
        certificate,
        verification: peek.gzip ? await verification(request) : { passed: false, text: 'not verified (not a .tar.gz)' },
        storeSignature: await storeSignatureCheck(request, certificate),
    };
    return preflightReport(evidence);
}


/***/ }),

/***/ 2169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ preflightText)
/* harmony export */ });
const MARK = { passed: 'ok     ', failed: 'FAILED ', skipped: 'skipped' };
/** "  ok      one top folder …" lines (texts are already shown safely by the engine). */
function preflightText(report) {
    const lines = report.checks.map((c) => `  ${MARK[c.status]} ${c.text}`);
    const verdict = report.passed
        ? 'Pre-flight passed: ready for the App Store.'
        : `Pre-flight failed: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}.`;
    return `${lines.join('\n')}\n${verdict}\n`;
}


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

/***/ 1813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ checkInfoXml)
/* harmony export */ });
/* unused harmony exports APP_ID_PATTERN, SEMVER_PATTERN */
/* harmony import */ var saxes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9800);
/**
 * appinfo/info.xml as the Nextcloud App Store takes it: well-formed XML (a strict XML 1.0
 * parser with namespaces, as the store's lxml is) whose root `<info>` holds the elements the
 * store's schema (info.xsd) requires, in the schema's order: id, name, summary, description,
 * version, licence, author, category, bugs, dependencies with `<nextcloud min-version>`.
 * The id, version and versions of the dependency follow the schema's patterns. The lists of
 * licences and categories change with the store, so they are only required to be there.
 */

/** The direct children of `<info>` the store requires, in the schema's order, and how many it takes. */
const REQUIRED = [
    { name: 'id', many: false },
    { name: 'name', many: true },
    { name: 'summary', many: true },
    { name: 'description', many: true },
    { name: 'version', many: false },
    { name: 'licence', many: true },
    { name: 'author', many: true },
    { name: 'category', many: true },
    { name: 'bugs', many: false },
    { name: 'dependencies', many: false },
];
/** The store's patterns (info.xsd), anchored as XML Schema patterns are. */
const APP_ID_PATTERN = /^[a-z]+[a-z0-9_]*[a-z0-9]+$/;
const SEMVER_PATTERN = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const PLATFORM_VERSION_PATTERN = /^[0-9]+(\.[0-9]+){0,2}$/;
const URL_PATTERN = /^https?:\/\/.+/;
/** Parse the text: the root's name and its direct children (with theirs), or the parser's complaint. */
function parse(xml) {
    const parser = new saxes__WEBPACK_IMPORTED_MODULE_0__/* .SaxesParser */ .wT({ xmlns: true, position: true });
    const stack = [];
    let root = null;
    parser.on('opentag', (tag) => {
        const attributes = {};
        for (const [name, attr] of Object.entries(tag.attributes))
            attributes[name] = attr.value;
        const child = { name: tag.local, text: '', attributes, children: [] };
        if (stack.length <= 2)
            stack.at(-1)?.children.push(child);
        root ??= child;
        stack.push(child);
    });
    const addText = (text) => {
        const top = stack.at(-1);
        if (top)
            top.text += text;
    };
    parser.on('text', addText);
    parser.on('cdata', addText);
    parser.on('closetag', () => void stack.pop());
    try {
        parser.write(xml.replace(/^\uFEFF/, '')).close();
    }
    catch (e) {
        return { error: e.message };
    }
    if (root === null)
        return { error: 'it has no root element' };
    return { root: root.name, children: root.children };
}
/** Each required element: present, not repeated where the schema takes one, not empty. */
function requiredElements(children, problems) {
    for (const { name, many } of REQUIRED) {
        const found = children.filter((c) => c.name === name);
        if (found.length === 0)
            problems.push(`<${name}> is missing (the App Store requires it)`);
        else if (!many && found.length > 1)
            problems.push(`<${name}> appears ${found.length} times (the App Store takes one)`);
        else if (name !== 'dependencies' && found.some((c) => c.text.trim() === ''))
            problems.push(`<${name}> is empty`);
    }
    const positions = REQUIRED.map(({ name }) => children.findIndex((c) => c.name === name)).filter((i) => i >= 0);
    const order = children.filter((_, i) => positions.includes(i)).map((c) => c.name);
    const expected = REQUIRED.map((r) => r.name).filter((n) => order.includes(n));
    if (order.join() !== expected.join()) {
        problems.push(`the required elements are out of order (${order.join(', ')}): the App Store's schema wants ${expected.join(', ')}`);
    }
}
/** The values with a pattern in the schema. */
function values(children, problems) {
    const text = (name) => children.find((c) => c.name === name)?.text.trim() ?? null;
    const id = text('id');
    const version = text('version');
    if (id && (!APP_ID_PATTERN.test(id) || id.length > 256)) {
        problems.push(`<id> "${id}" is not an app id the App Store accepts (lower-case letters, digits and "_", starting with a letter)`);
    }
    if (version && !SEMVER_PATTERN.test(version)) {
        problems.push(`<version> "${version}" is not a semantic version such as 1.2.3 or 1.2.3-beta.1 (the App Store requires one)`);
    }
    const bugs = text('bugs');
    if (bugs && !URL_PATTERN.test(bugs))
        problems.push(`<bugs> "${bugs}" is not an http(s) URL`);
    for (const c of children.filter((child) => child.name === 'name' || child.name === 'summary')) {
        if (c.text.trim().length > 128)
            problems.push(`<${c.name}> is longer than the 128 characters the App Store takes`);
    }
    return { id, version };
}
/** dependencies/nextcloud with a min-version (and a well-formed max-version when given). */
function platform(children, problems) {
    const dependencies = children.find((c) => c.name === 'dependencies');
    if (!dependencies)
        return;
    const nextcloud = dependencies.children.find((c) => c.name === 'nextcloud');
    if (!nextcloud) {
        problems.push('<dependencies> has no <nextcloud min-version="…"/> (the App Store requires it)');
        return;
    }
    for (const attr of ['min-version', 'max-version']) {
        const value = nextcloud.attributes[attr];
        if (value === undefined) {
            if (attr === 'min-version')
                problems.push('<nextcloud> in <dependencies> has no min-version (the App Store requires it)');
        }
        else if (!PLATFORM_VERSION_PATTERN.test(value)) {
            problems.push(`<nextcloud ${attr}="${value}"> is not a version such as 30 or 30.0.1`);
        }
    }
}
/** Check info.xml text for the App Store; every problem is listed, not only the first. */
function checkInfoXml(xml) {
    const parsed = parse(xml);
    if ('error' in parsed)
        return { problems: [`appinfo/info.xml is not well-formed XML: ${parsed.error}`], id: null, version: null };
    if (parsed.root !== 'info')
        return { problems: [`appinfo/info.xml's root element is <${parsed.root}>, not <info>`], id: null, version: null };
    const problems = [];
    requiredElements(parsed.children, problems);
    const { id, version } = values(parsed.children, problems);
    platform(parsed.children, problems);
    return { problems: problems.map((p) => `appinfo/info.xml: ${p}`), id: id || null, version: version || null };
}


/***/ }),

/***/ 2922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nK: () => (/* binding */ packRules),
/* harmony export */   v1: () => (/* binding */ archiveTarRefuses)
/* harmony export */ });
/* unused harmony exports VCS_NAMES, DEFAULT_EXCLUDES */
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What goes into an app package: everything in the built app folder except what
 * `.nextcloudignore` (gitignore syntax, the convention of Nextcloud's packaging tools) and the
 * defaults below exclude. The defaults come first, so a `!` line in `.nextcloudignore` can
 * bring one back (`!/tests/`); version-control folders are never packed, whatever it says.
 *
 * The matching is the `ignore` package's, which implements git's rules (anchoring by a slash,
 * trailing-slash folders, `*`, `**`, `?`, classes, `!`, escapes, trailing spaces, no
 * re-including below an excluded folder) and is tested against `git check-ignore`; we use it
 * case-sensitively, as git does on Linux. Only the app's top `.nextcloudignore` is read.
 */

/** Never packed: version-control data (a `!` line cannot bring it back). */
const VCS_NAMES = ['.git', '.hg', '.svn'];
/** The default exclusions, in gitignore syntax, with why each is there (docs/packaging.md lists them). */
const DEFAULT_EXCLUDES = [
    { pattern: 'node_modules/', why: 'JavaScript dependencies (the build output ships, not its tools)' },
    { pattern: '/tests/', why: 'tests (bring them back with !/tests/)' },
    { pattern: '/test/', why: 'tests' },
    { pattern: '/.github/', why: 'CI configuration' },
    { pattern: '/.gitlab/', why: 'CI configuration' },
    { pattern: '/.gitlab-ci.yml', why: 'CI configuration' },
    { pattern: '/.circleci/', why: 'CI configuration' },
    { pattern: '/.travis.yml', why: 'CI configuration' },
    { pattern: '/.drone.yml', why: 'CI configuration' },
    { pattern: '/.tx/', why: 'translation tooling configuration' },
    { pattern: '/.nextcloudignore', why: 'this file' },
    { pattern: '/.l10nignore', why: 'translation tooling configuration' },
    { pattern: '.gitignore', why: 'version-control configuration' },
    { pattern: '.gitattributes', why: 'version-control configuration' },
    { pattern: '.gitmodules', why: 'version-control configuration' },
    { pattern: '.idea/', why: 'editor files' },
    { pattern: '.vscode/', why: 'editor files' },
    { pattern: '*.swp', why: 'editor files' },
    { pattern: '*.swo', why: 'editor files' },
    { pattern: '*~', why: 'editor backups' },
    { pattern: '.DS_Store', why: 'macOS folder metadata' },
    { pattern: '._*', why: 'macOS AppleDouble files' },
    { pattern: 'Thumbs.db', why: 'Windows thumbnails' },
];
/** The rules for an app: the defaults, then the lines of its `.nextcloudignore` (null when it has none). */
function packRules(nextcloudignore) {
    const matcher = ignore__WEBPACK_IMPORTED_MODULE_0___default()({ ignorecase: false }).add(DEFAULT_EXCLUDES.map((d) => d.pattern));
    if (nextcloudignore !== null)
        matcher.add(nextcloudignore);
    return {
        excludes(rel, isFolder) {
            const name = rel.slice(rel.lastIndexOf('/') + 1);
            if (VCS_NAMES.includes(name))
                return true;
            return matcher.ignores(isFolder ? `${rel}/` : rel);
        },
    };
}
/**
 * Why PHP's Archive_Tar, which Nextcloud's installer extracts app archives with, would refuse
 * the whole archive because of this path, or null. It rejects any path holding `../`, `..\`
 * or `://` as "Malicious .tar detected" (a folder named `v1..` is enough).
 */
function archiveTarRefuses(path) {
    for (const bad of ['../', '..\\', '://']) {
        if (path.includes(bad))
            return `it contains "${bad}", which makes PHP's Archive_Tar (Nextcloud's installer) refuse the whole archive`;
    }
    return null;
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
