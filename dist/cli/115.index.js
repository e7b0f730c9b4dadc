export const id = 115;
export const ids = [115];
export const modules = {

/***/ 7115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ issueCertificate),
/* harmony export */   ND: () => (/* binding */ revokeSerial),
/* harmony export */   Qx: () => (/* binding */ createCrl),
/* harmony export */   Rz: () => (/* binding */ createCsr),
/* harmony export */   T8: () => (/* binding */ generateRsaKeyPair),
/* harmony export */   We: () => (/* binding */ parseCsr),
/* harmony export */   av: () => (/* binding */ assertAbsent),
/* harmony export */   hv: () => (/* binding */ CERT_DAYS),
/* harmony export */   j3: () => (/* binding */ serialOfIssued),
/* harmony export */   lA: () => (/* binding */ openCa),
/* harmony export */   nQ: () => (/* binding */ privateKeyPem),
/* harmony export */   su: () => (/* binding */ CRL_DAYS),
/* harmony export */   vr: () => (/* binding */ CA_DAYS),
/* harmony export */   xR: () => (/* binding */ initCa),
/* harmony export */   zn: () => (/* binding */ writeNewFiles)
/* harmony export */ });
/* unused harmony export DEFAULT_KEY_BITS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_forge__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8542);
/* harmony import */ var node_forge__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_forge__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7679);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7077);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3770);
/* harmony import */ var _crl_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3200);
/**
 * Keys and a private code-signing CA: RSA keys and CSRs like the upstream developer docs'
 * `openssl req -nodes -newkey rsa:4096 -keyout ID.key -out ID.csr -subj "/CN=ID"`, a root
 * (or intermediate) CA, code-signing certificates for an app id (or core), revocation and
 * CRLs. For forks, enterprises and tests; the output works with `sign` and
 * `verify --trust <ca>/root.crt --crl <ca>/crl.pem`.
 *
 * Keys come from node:crypto (generateKeyPairSync is native: pure-JS RSA-4096 key
 * generation in node-forge takes many seconds). node-forge builds the CSR and certificate
 * structures and encodes their extensions; every signature is made with node:crypto over
 * the DER forge produces. node-forge has no CRL support at all, so the CRL is assembled by
 * hand from forge.asn1 nodes (RFC 5280 §5.1) and signed the same way.
 *
 * A CA folder holds: ca.key (0600), ca.crt (this CA), root.crt (the trust file to pass with
 * --trust or ship as resources/codesigning/root.crt: this CA, then its parents), ca.json
 * (issued and revoked serials, CRL number) and crl.pem (after revoke / crl).
 */








const { asn1 } = (node_forge__WEBPACK_IMPORTED_MODULE_3___default());
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
const OID_RSA = '1.2.840.113549.1.1.1';
const OID_CN = '2.5.4.3';
const OID_AKI = '2.5.29.35';
const OID_CRL_NUMBER = '2.5.29.20';
const OID_REASON = '2.5.29.21';
const DAY_MS = 86_400_000;
const DEFAULT_KEY_BITS = 4096;
const CA_DAYS = 7300;
const CERT_DAYS = 3650;
const CRL_DAYS = 30;
// ---------------------------------------------------------------------------------------
// small helpers
function toDer(node) {
    return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}
function fromDer(buf) {
    return asn1.fromDer(buf.toString('binary'));
}
function seq(items) {
    return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
}
function oidNode(oid) {
    return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oid).getBytes());
}
function octets(buf) {
    return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, buf.toString('binary'));
}
/** DER INTEGER content for a non-negative number given as bigint. */
function integerNode(value) {
    let hex = value.toString(16);
    if (hex.length % 2)
        hex = `0${hex}`;
    if (parseInt(hex.slice(0, 2), 16) >= 0x80)
        hex = `00${hex}`;
    return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, Buffer.from(hex, 'hex').toString('binary'));
}
/** RFC 5280 Time: UTCTime through 2049, GeneralizedTime from 2050. */
function timeNode(date) {
    const year = date.getUTCFullYear();
    if (year >= 1950 && year < 2050)
        return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTCTIME, false, asn1.dateToUtcTime(date));
    return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date));
}
function sha256RsaAlgorithm() {
    return seq([oidNode(SHA256_WITH_RSA), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]);
}
/** SEQUENCE { toBeSigned, sha256WithRSAEncryption, BIT STRING signature }, signed with node:crypto. */
function signedStructure(toBeSigned, key) {
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', toDer(toBeSigned), key);
    const bits = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${signature.toString('binary')}`);
    return toDer(seq([toBeSigned, sha256RsaAlgorithm(), bits]));
}
function pem(label, der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
/** A Name with one CN attribute, as a UTF8String (app ids may hold "_", not allowed in PrintableString). */
function cnAttributes(cn) {
    return [{ type: OID_CN, value: cn, valueTagClass: asn1.Type.UTF8 }];
}
/** A random positive 128-bit serial (first byte 0x40–0x7f: positive, minimal DER, never zero). */
function randomSerial() {
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    bytes[0] = (bytes[0] & 0x3f) | 0x40;
    return bytes.toString('hex');
}
function normalizeSerial(input) {
    const hex = input.trim().replace(/^0x/i, '').replace(/:/g, '').toLowerCase();
    if (!/^[0-9a-f]+$/.test(hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`"${input}" is not a hexadecimal serial number`, 'Give the serial as openssl prints it (hex, colons allowed).');
    }
    return BigInt(`0x${hex}`).toString(16);
}
function forgePublicKey(key) {
    return node_forge__WEBPACK_IMPORTED_MODULE_3___default().pki.publicKeyFromPem(key.export({ type: 'spki', format: 'pem' }).toString());
}
function checkCommonName(cn) {
    const control = [...cn].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f');
    if (cn === '' || control || /[/\\]/.test(cn) || cn === '.' || cn === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`"${cn}" cannot be used as a CN here`, 'Use the app id as written in appinfo/info.xml (or core).');
    }
}
// ---------------------------------------------------------------------------------------
// files
/** UsageError when any of `paths` exists: keys and certificates are never overwritten. */
function assertAbsent(paths) {
    const existing = paths.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p));
    if (existing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`refusing to overwrite ${existing.join(', ')}`, 'Move the existing file away or choose another --out folder; keys and certificates are never overwritten.');
    }
}
/**
 * Write new files, all or nothing: refuses when any of them exists (never overwrites),
 * creates each with O_EXCL and its mode, and removes the ones it made if a later one fails.
 */
function writeNewFiles(files) {
    assertAbsent(files.map((f) => f.path));
    const made = [];
    try {
        for (const f of files) {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(f.path, 'wx', f.mode ?? 0o644);
            made.push(f.path);
            try {
                const buf = Buffer.from(f.content, 'utf8');
                let off = 0;
                while (off < buf.length)
                    off += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, buf, off, buf.length - off);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
            }
        }
    }
    catch (e) {
        for (const p of made) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(p);
            }
            catch {
                // already gone
            }
        }
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e)
            throw e;
        const err = e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(err.code === 'EEXIST'
            ? `refusing to overwrite ${err.path ?? 'an existing file'}`
            : `cannot write ${err.path ?? 'a file'}: ${err.code ?? err.message}`, err.code === 'ENOENT' ? 'Create the --out folder first.' : 'Check the --out folder.');
    }
}
// ---------------------------------------------------------------------------------------
// keys and CSRs
/** An RSA key pair from node:crypto (native: RSA-4096 takes about a second, not a minute). */
function generateRsaKeyPair(bits = DEFAULT_KEY_BITS) {
    if (!Number.isInteger(bits) || bits < 2048 || bits > 16384) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`RSA keys of ${bits} bits are not supported here`, 'Use 4096 (the default, as the upstream docs do), 3072 or 2048.');
    }
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('rsa', { modulusLength: bits, publicExponent: 0x10001 });
}
/** Unencrypted PKCS#8 PEM, what `openssl req -nodes` writes. */
function privateKeyPem(key) {
    return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}
/** A PKCS#10 request with subject /CN=cn, signed with SHA-256 (openssl req's default). */
function createCsr(cn, keys) {
    checkCommonName(cn);
    const csr = node_forge__WEBPACK_IMPORTED_MODULE_3___default().pki.createCertificationRequest();
    csr.publicKey = forgePublicKey(keys.publicKey);
    csr.setSubject(cnAttributes(cn));
    csr.signatureOid = csr.siginfo.algorithmOid = SHA256_WITH_RSA;
    const info = node_forge__WEBPACK_IMPORTED_MODULE_3___default().pki.getCertificationRequestInfo(csr);
    return pem('CERTIFICATE REQUEST', signedStructure(info, keys.privateKey));
}
/** Read a CSR (PEM or DER), check its self-signature, and require an RSA key. */
function parseCsr(input) {
    const text = typeof input === 'string' ? input : input.toString('latin1');
    let der;
    if (text.includes('-----BEGIN')) {
        const block = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .splitPemBlocks */ .JQ)(text).find((b) => /BEGIN (NEW )?CERTIFICATE REQUEST/.test(b));
        if (!block)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('the CSR file holds no "-----BEGIN CERTIFICATE REQUEST-----" block', 'Pass the .csr that keygen or openssl req wrote.');
        der = Buffer.from(block.replace(/-+[^-]+-+/g, '').replace(/\s+/g, ''), 'base64');
    }
    else {
        der = typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
    }
    try {
        const request = fromDer(der);
        const [info, algorithm, signature] = request.value;
        const [, subject, spki] = (info?.value ?? []);
        if (!info || !algorithm || !signature || !subject || !spki)
            throw new Error('incomplete request');
        const algOid = asn1.derToOid(algorithm.value[0]?.value);
        const spkiDer = toDer(spki);
        const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: spkiDer, format: 'der', type: 'spki' });
        const sigBits = Buffer.from(signature.value, 'binary').subarray(1);
        if (!(0,_crl_js__WEBPACK_IMPORTED_MODULE_7__/* .verifySignedData */ .oT)(toDer(info), algOid, sigBits, publicKey)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('the CSR signature does not verify: the request is damaged or was edited', 'Create the CSR again (keygen).');
        }
        const keyOid = asn1.derToOid((spki.value[0]?.value)[0]?.value);
        if (keyOid !== OID_RSA) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`the CSR holds a ${publicKey.asymmetricKeyType ?? 'non-RSA'} key`, 'Nextcloud and ownCloud signatures need an RSA key: openssl req -nodes -newkey rsa:4096 … (or code-integrity keygen).');
        }
        let commonName = null;
        for (const rdn of subject.value) {
            for (const atv of rdn.value) {
                const [type, value] = atv.value;
                if (type && value && asn1.derToOid(type.value) === OID_CN) {
                    commonName = value.type === asn1.Type.UTF8 ? node_forge__WEBPACK_IMPORTED_MODULE_3___default().util.decodeUtf8(value.value) : value.value;
                }
            }
        }
        return { subjectName: subject, commonName, publicKey };
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`the CSR cannot be read: ${e.message}`, 'Pass the PEM request that keygen or openssl req wrote.');
    }
}
function buildCertificate(spec) {
    const cert = node_forge__WEBPACK_IMPORTED_MODULE_3___default().pki.createCertificate();
    cert.serialNumber = spec.serial;
    cert.validity.notBefore = spec.notBefore;
    cert.validity.notAfter = spec.notAfter;
    cert.publicKey = forgePublicKey(spec.publicKey);
    const extensions = spec.kind === 'leaf'
        ? [
            { name: 'basicConstraints', cA: false },
            { name: 'keyUsage', critical: true, digitalSignature: true },
            { name: 'extKeyUsage', codeSigning: true },
            { name: 'subjectKeyIdentifier' },
        ]
        : [
            { name: 'basicConstraints', critical: true, cA: true, ...(spec.kind === 'intermediate' ? { pathLenConstraint: 0 } : {}) },
            { name: 'keyUsage', critical: true, keyCertSign: true, cRLSign: true },
            { name: 'subjectKeyIdentifier' },
        ];
    // Upstream (phpseclib) requires the issuer's subject key id to equal an authority key id
    // when one is present, so it is only written when the issuer has one.
    if (spec.issuerKeyId)
        extensions.push({ name: 'authorityKeyIdentifier', keyIdentifier: spec.issuerKeyId.toString('binary') });
    cert.setExtensions(extensions);
    cert.signatureOid = cert.siginfo.algorithmOid = SHA256_WITH_RSA;
    const tbs = node_forge__WEBPACK_IMPORTED_MODULE_3___default().pki.getTBSCertificate(cert);
    // Issuer and subject exactly as encoded in the CA certificate / the request: upstream
    // matches an issuer by its Name bytes.
    const fields = tbs.value;
    fields[3] = fromDer(spec.issuerName);
    fields[5] = spec.subject;
    return pem('CERTIFICATE', signedStructure(tbs, spec.signingKey));
}
function nameFor(cn) {
    return node_forge__WEBPACK_IMPORTED_MODULE_3___default().pki.distinguishedNameToAsn1({ attributes: cnAttributes(cn) });
}
function validity(now, days, notBefore) {
    if (!Number.isFinite(days) || days <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`--days must be a positive number of days (got ${days})`);
    // Backdated by a minute so a certificate made now is valid on a machine whose clock is slightly behind.
    const start = notBefore ?? new Date(Math.floor(now.getTime() / 1000) * 1000 - 60_000);
    return { notBefore: start, notAfter: new Date(start.getTime() + days * DAY_MS) };
}
function readCaFile(dir, name) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${dir} is not a CA folder: ${name} ${code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? e.message})`}`, 'Create one with `code-integrity ca init --out DIR`.');
    }
}
function saveState(ca) {
    (0,_sign_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ca.dir, 'ca.json'), `${JSON.stringify(ca.state, null, 2)}\n`);
}
/** Create a CA folder: ca.key (0600), ca.crt, root.crt (trust bundle), ca.json. */
function initCa(options) {
    const now = options.now ?? new Date();
    const files = ['ca.key', 'ca.crt', 'root.crt', 'ca.json'].map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.out, f));
    assertAbsent(files);
    if (options.name.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('the CA name (--name) is empty');
    const keys = generateRsaKeyPair(options.bits ?? DEFAULT_KEY_BITS);
    const subject = nameFor(options.name);
    const { parent } = options;
    const certPem = buildCertificate({
        serial: randomSerial(),
        subject,
        publicKey: keys.publicKey,
        issuerName: parent ? parent.cert.subjectName : toDer(subject),
        issuerKeyId: parent ? parent.cert.subjectKeyId : undefined,
        signingKey: parent ? parent.key : keys.privateKey,
        ...validity(now, options.days ?? CA_DAYS),
        kind: parent ? 'intermediate' : 'root',
    });
    const cert = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCertificate */ .hB)(certPem);
    const state = { format: 1, subject: cert.info.subject, crlNumber: 0, issued: [], revoked: [] };
    // Like Nextcloud's resources/codesigning/root.crt: the issuing CA first, then its root(s).
    const bundlePem = parent ? `${certPem}${parent.bundlePem}` : certPem;
    writeNewFiles([
        { path: files[0], content: privateKeyPem(keys.privateKey), mode: 0o600 },
        { path: files[1], content: certPem },
        { path: files[2], content: bundlePem },
        { path: files[3], content: `${JSON.stringify(state, null, 2)}\n` },
    ]);
    if (parent) {
        parent.state.issued.push({
            serial: cert.info.serial,
            subject: cert.info.subject,
            notBefore: cert.info.notBefore,
            notAfter: cert.info.notAfter,
        });
        saveState(parent);
    }
    return { dir: options.out, key: keys.privateKey, cert, bundlePem, state };
}
/** Open a CA folder made by initCa. */
function openCa(dir) {
    const keyPem = readCaFile(dir, 'ca.key');
    const certPem = readCaFile(dir, 'ca.crt');
    const bundlePem = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'root.crt')) ? readCaFile(dir, 'root.crt') : certPem;
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(keyPem);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'ca.key')} is not a readable private key (${e.message})`);
    }
    let cert;
    try {
        cert = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCertificate */ .hB)(certPem);
    }
    catch (e) {
        if (e instanceof _certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .CertificateParseError */ .zU)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'ca.crt')} cannot be read: ${e.message}`);
        throw e;
    }
    if (!(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key)
        .export({ type: 'spki', format: 'der' })
        .equals(cert.x509.publicKey.export({ type: 'spki', format: 'der' }))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'ca.key')} does not belong to ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'ca.crt')}`);
    }
    let state = { format: 1, subject: cert.info.subject, crlNumber: 0, issued: [], revoked: [] };
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'ca.json'))) {
        try {
            state = { ...state, ...JSON.parse(readCaFile(dir, 'ca.json')) };
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'ca.json')} is not valid JSON (${e.message})`, 'Restore it from a backup.');
        }
    }
    return { dir, key, cert, bundlePem, state };
}
/** Issue a code-signing certificate for an app id (or core), recorded in ca.json. */
function issueCertificate(ca, options) {
    const now = options.now ?? new Date();
    const csr = options.csr;
    const cn = options.cn ?? csr?.commonName ?? undefined;
    if (cn === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('no CN to issue for', 'Pass --cn ID (the app id, or core).');
    checkCommonName(cn);
    if (csr && csr.commonName !== cn) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`the CSR is for CN=${csr.commonName ?? '(none)'}, not ${cn}`, 'The CN must be the app id the certificate will sign; create the CSR with keygen --cn ID, or drop --cn to use the CSR as it is.');
    }
    const publicKey = csr?.publicKey ?? options.publicKey;
    if (!publicKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('no key to certify', 'Pass --csr FILE, or let `ca issue` generate a key.');
    const pemText = buildCertificate({
        serial: randomSerial(),
        subject: csr?.subjectName ?? nameFor(cn),
        publicKey,
        issuerName: ca.cert.subjectName,
        issuerKeyId: ca.cert.subjectKeyId,
        signingKey: ca.key,
        ...validity(now, options.days ?? CERT_DAYS, options.notBefore),
        kind: 'leaf',
    });
    const cert = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCertificate */ .hB)(pemText);
    ca.state.issued.push({
        serial: cert.info.serial,
        subject: cert.info.subject,
        notBefore: cert.info.notBefore,
        notAfter: cert.info.notAfter,
    });
    saveState(ca);
    return { pem: pemText, cert };
}
/** Serial of a certificate this CA issued (name and signature checked). */
function serialOfIssued(ca, certPem) {
    let cert;
    try {
        cert = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCertificate */ .hB)(certPem);
    }
    catch (e) {
        if (e instanceof _certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .CertificateParseError */ .zU)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`the certificate to revoke cannot be read: ${e.message}`);
        throw e;
    }
    if (!cert.issuerName.equals(ca.cert.subjectName) || !(0,_certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .verifiedBy */ .sN)(cert, ca.cert.x509.publicKey)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`the certificate ${cert.info.subject} (issuer ${cert.info.issuer}) was not issued by this CA (${ca.cert.info.subject})`, 'Revoke it with the CA that issued it.');
    }
    return normalizeSerial(cert.info.serial);
}
/** Record a revocation in ca.json (idempotent per serial). */
function revokeSerial(ca, serial, options = {}) {
    const hex = normalizeSerial(serial);
    if (options.reason !== undefined && !Object.values(_crl_js__WEBPACK_IMPORTED_MODULE_7__/* .CRL_REASONS */ .KN).includes(options.reason)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`unknown revocation reason "${options.reason}"`, `Use one of: ${Object.values(_crl_js__WEBPACK_IMPORTED_MODULE_7__/* .CRL_REASONS */ .KN).join(', ')}.`);
    }
    const already = ca.state.revoked.find((r) => normalizeSerial(r.serial) === hex);
    if (already)
        return already;
    const record = {
        serial: hex,
        date: new Date(Math.floor((options.date ?? new Date()).getTime() / 1000) * 1000).toISOString(),
    };
    if (options.reason !== undefined)
        record.reason = options.reason;
    ca.state.revoked.push(record);
    saveState(ca);
    return record;
}
function extension(oid, value) {
    return seq([oidNode(oid), octets(toDer(value))]);
}
/** A signed X.509 v2 CRL of every serial revoked so far (PEM), with the next CRL number. */
function createCrl(ca, options = {}) {
    const now = new Date(Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000);
    const days = options.days ?? CRL_DAYS;
    if (!Number.isFinite(days) || days <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`--days must be a positive number of days (got ${days})`);
    ca.state.crlNumber += 1;
    const reasonCode = (name) => Number(Object.entries(_crl_js__WEBPACK_IMPORTED_MODULE_7__/* .CRL_REASONS */ .KN).find(([, n]) => n === name)?.[0] ?? 0);
    const entries = ca.state.revoked.map((r) => {
        const parts = [integerNode(BigInt(`0x${r.serial}`)), timeNode(new Date(r.date))];
        if (r.reason !== undefined) {
            const enumerated = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.ENUMERATED, false, String.fromCharCode(reasonCode(r.reason)));
            parts.push(seq([extension(OID_REASON, enumerated)]));
        }
        return seq(parts);
    });
    const extensions = [];
    if (ca.cert.subjectKeyId) {
        const keyId = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, false, ca.cert.subjectKeyId.toString('binary'));
        extensions.push(extension(OID_AKI, seq([keyId])));
    }
    extensions.push(extension(OID_CRL_NUMBER, integerNode(BigInt(ca.state.crlNumber))));
    const tbs = seq([
        integerNode(1n), // v2
        sha256RsaAlgorithm(),
        fromDer(ca.cert.subjectName),
        timeNode(now),
        timeNode(new Date(now.getTime() + days * DAY_MS)),
        ...(entries.length > 0 ? [seq(entries)] : []),
        asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [seq(extensions)]),
    ]);
    const crlPem = pem('X509 CRL', signedStructure(tbs, ca.key));
    saveState(ca);
    return crlPem;
}


/***/ })

};
