export const id = 130;
export const ids = [130];
export const modules = {

/***/ 130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_trust_ca_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6921);
/* harmony import */ var _engine_trust_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6715);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7988);
/** `code-integrity keygen --cn ID [--out DIR]`: an RSA key and a CSR, like the upstream docs' openssl steps. */







const KEYGEN_HELP = `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l} keygen --cn ID [--out DIR]

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
or issue it from a private CA: ${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l} ca issue --ca CA_DIR --csr ID.csr --out DIR
`;
/** Run `keygen`; returns the exit code. */
async function runKeygen(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommand */ .RM)(args, { help: { type: 'boolean', short: 'h' }, cn: { type: 'string' }, out: { type: 'string' }, bits: { type: 'string' } }, KEYGEN_HELP);
    if (values.help) {
        io.stdout(KEYGEN_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unexpected argument "${positionals[0]}"`, `See:\n${KEYGEN_HELP}`);
    const cn = values.cn;
    if (cn === undefined || cn === '')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('keygen needs --cn ID (the app id, or core)', `See:\n${KEYGEN_HELP}`);
    if (/[/\\]/.test(cn) || cn === '.' || cn === '..')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`"${cn}" is not an app id`, 'App ids have no slashes.');
    const bits = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .keyBits */ .ML)(values.bits);
    const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveFrom */ .dx)(io.cwd, values.out ?? '.');
    const keyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, `${cn}.key`);
    const csrPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, `${cn}.csr`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(out, { recursive: true });
    (0,_engine_trust_ca_files_js__WEBPACK_IMPORTED_MODULE_3__/* .assertAbsent */ .a)([keyPath, csrPath]); // before the (slow) key generation; writeNewFiles checks again
    const keys = (0,_engine_trust_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .generateRsaKeyPair */ .T8)(bits);
    (0,_engine_trust_ca_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeNewFiles */ .z)([
        { path: keyPath, content: (0,_engine_trust_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .privateKeyPem */ .nQ)(keys.privateKey), mode: 0o600 },
        { path: csrPath, content: (0,_engine_trust_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .createCsr */ .Rz)(cn, keys) },
    ]);
    io.stdout(`Wrote ${keyPath} (RSA-${bits} private key, mode 0600: keep it secret, never commit it)\n` +
        `Wrote ${csrPath} (certificate request for CN=${cn})\n` +
        `Next: submit ${cn}.csr to your certificate authority (Nextcloud: a pull request to nextcloud/app-certificate-requests),\n` +
        `or issue it yourself: ${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_NAME */ .l} ca issue --ca CA_DIR --csr ${csrPath} --out ${out}\n`);
    return 0;
}
const command = { help: KEYGEN_HELP, run: runKeygen };


/***/ }),

/***/ 5777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ SHA256_WITH_RSA),
/* harmony export */   Fh: () => (/* binding */ oidNode),
/* harmony export */   Kw: () => (/* binding */ forgePublicKey),
/* harmony export */   MF: () => (/* binding */ timeNode),
/* harmony export */   MY: () => (/* binding */ OID_RSA),
/* harmony export */   O6: () => (/* binding */ seq),
/* harmony export */   VE: () => (/* binding */ OID_CN),
/* harmony export */   YG: () => (/* binding */ randomSerial),
/* harmony export */   ZQ: () => (/* binding */ cnAttributes),
/* harmony export */   dJ: () => (/* binding */ toDer),
/* harmony export */   dU: () => (/* binding */ checkCommonName),
/* harmony export */   dg: () => (/* binding */ OID_CRL_NUMBER),
/* harmony export */   gI: () => (/* binding */ signedStructure),
/* harmony export */   ni: () => (/* binding */ OID_AKI),
/* harmony export */   ol: () => (/* binding */ normalizeSerial),
/* harmony export */   ps: () => (/* binding */ pem),
/* harmony export */   rb: () => (/* binding */ sha256RsaAlgorithm),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   sn: () => (/* binding */ fromDer),
/* harmony export */   tu: () => (/* binding */ octets),
/* harmony export */   uo: () => (/* binding */ OID_REASON),
/* harmony export */   zf: () => (/* binding */ integerNode)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_forge__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8542);
/* harmony import */ var node_forge__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_forge__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/**
 * The DER building blocks of the private CA (ca.ts) and of CSRs (keys.ts): node-forge ASN.1
 * nodes, signed with node:crypto over the DER forge produces (forge's own RSA is slow and has
 * no CRLs), PEM armour, and the checks on CNs and serials.
 */



const { asn1 } = (node_forge__WEBPACK_IMPORTED_MODULE_1___default());
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
const OID_RSA = '1.2.840.113549.1.1.1';
const OID_CN = '2.5.4.3';
const OID_AKI = '2.5.29.35';
const OID_CRL_NUMBER = '2.5.29.20';
const OID_REASON = '2.5.29.21';
const DAY_MS = 86_400_000;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`"${input}" is not a hexadecimal serial number`, 'Give the serial as openssl prints it (hex, colons allowed).');
    }
    return BigInt(`0x${hex}`).toString(16);
}
function forgePublicKey(key) {
    return node_forge__WEBPACK_IMPORTED_MODULE_1___default().pki.publicKeyFromPem(key.export({ type: 'spki', format: 'pem' }).toString());
}
function checkCommonName(cn) {
    const control = [...cn].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f');
    if (cn === '' || control || /[/\\]/.test(cn) || cn === '.' || cn === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`"${cn}" cannot be used as a CN here`, 'Use the app id as written in appinfo/info.xml (or core).');
    }
}


/***/ }),

/***/ 6921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ assertAbsent),
/* harmony export */   z: () => (/* binding */ writeNewFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/** Writing keys and certificates: never over an existing file, all or nothing. */


/** UsageError when any of `paths` exists: keys and certificates are never overwritten. */
function assertAbsent(paths) {
    const existing = paths.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
    if (existing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`refusing to overwrite ${existing.join(', ')}`, 'Move the existing file away or choose another --out folder; keys and certificates are never overwritten.');
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
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(f.path, 'wx', f.mode ?? 0o644);
            made.push(f.path);
            try {
                const buf = Buffer.from(f.content, 'utf8');
                let off = 0;
                while (off < buf.length)
                    off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, buf, off, buf.length - off);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        }
    }
    catch (e) {
        for (const p of made) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(p);
            }
            catch {
                // already gone
            }
        }
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb)
            throw e;
        const err = e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(err.code === 'EEXIST'
            ? `refusing to overwrite ${err.path ?? 'an existing file'}`
            : `cannot write ${err.path ?? 'a file'}: ${err.code ?? err.message}`, err.code === 'ENOENT' ? 'Create the --out folder first.' : 'Check the --out folder.');
    }
}


/***/ }),

/***/ 6715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ DEFAULT_KEY_BITS),
/* harmony export */   Rz: () => (/* binding */ createCsr),
/* harmony export */   T8: () => (/* binding */ generateRsaKeyPair),
/* harmony export */   We: () => (/* binding */ parseCsr),
/* harmony export */   nQ: () => (/* binding */ privateKeyPem)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_forge__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8542);
/* harmony import */ var node_forge__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_forge__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5777);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3770);
/* harmony import */ var _crl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3200);
/**
 * RSA keys and certificate requests, like the upstream developer docs'
 * `openssl req -nodes -newkey rsa:4096 -keyout ID.key -out ID.csr -subj "/CN=ID"`. Keys come
 * from node:crypto (native: pure-JS RSA-4096 key generation in node-forge takes many seconds).
 */






const { asn1 } = (node_forge__WEBPACK_IMPORTED_MODULE_1___default());
const DEFAULT_KEY_BITS = 4096;
/** An RSA key pair from node:crypto (native: RSA-4096 takes about a second, not a minute). */
function generateRsaKeyPair(bits = DEFAULT_KEY_BITS) {
    if (!Number.isInteger(bits) || bits < 2048 || bits > 16384) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`RSA keys of ${bits} bits are not supported here`, 'Use 4096 (the default, as the upstream docs do), 3072 or 2048.');
    }
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('rsa', { modulusLength: bits, publicExponent: 0x10001 });
}
/** Unencrypted PKCS#8 PEM, what `openssl req -nodes` writes. */
function privateKeyPem(key) {
    return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}
/** A PKCS#10 request with subject /CN=cn, signed with SHA-256 (openssl req's default). */
function createCsr(cn, keys) {
    (0,_ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .checkCommonName */ .dU)(cn);
    const csr = node_forge__WEBPACK_IMPORTED_MODULE_1___default().pki.createCertificationRequest();
    csr.publicKey = (0,_ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .forgePublicKey */ .Kw)(keys.publicKey);
    csr.setSubject((0,_ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .cnAttributes */ .ZQ)(cn));
    csr.signatureOid = csr.siginfo.algorithmOid = _ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .SHA256_WITH_RSA */ .CF;
    const info = node_forge__WEBPACK_IMPORTED_MODULE_1___default().pki.getCertificationRequestInfo(csr);
    return (0,_ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .pem */ .ps)('CERTIFICATE REQUEST', (0,_ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .signedStructure */ .gI)(info, keys.privateKey));
}
/** Read a CSR (PEM or DER), check its self-signature, and require an RSA key. */
function parseCsr(input) {
    const text = typeof input === 'string' ? input : input.toString('latin1');
    let der;
    if (text.includes('-----BEGIN')) {
        const block = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_4__/* .splitPemBlocks */ .JQ)(text).find((b) => /BEGIN (NEW )?CERTIFICATE REQUEST/.test(b));
        if (!block)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('the CSR file holds no "-----BEGIN CERTIFICATE REQUEST-----" block', 'Pass the .csr that keygen or openssl req wrote.');
        der = Buffer.from(block.replace(/-+[^-]+-+/g, '').replace(/\s+/g, ''), 'base64');
    }
    else {
        der = typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
    }
    try {
        const request = (0,_ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .fromDer */ .sn)(der);
        const [info, algorithm, signature] = request.value;
        const [, subject, spki] = (info?.value ?? []);
        if (!info || !algorithm || !signature || !subject || !spki)
            throw new Error('incomplete request');
        const algOid = asn1.derToOid(algorithm.value[0]?.value);
        const spkiDer = (0,_ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .toDer */ .dJ)(spki);
        const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: spkiDer, format: 'der', type: 'spki' });
        const sigBits = Buffer.from(signature.value, 'binary').subarray(1);
        if (!(0,_crl_js__WEBPACK_IMPORTED_MODULE_5__/* .verifySignedData */ .oT)((0,_ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .toDer */ .dJ)(info), algOid, sigBits, publicKey)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('the CSR signature does not verify: the request is damaged or was edited', 'Create the CSR again (keygen).');
        }
        const keyOid = asn1.derToOid((spki.value[0]?.value)[0]?.value);
        if (keyOid !== _ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .OID_RSA */ .MY) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the CSR holds a ${publicKey.asymmetricKeyType ?? 'non-RSA'} key`, 'Nextcloud and ownCloud signatures need an RSA key: openssl req -nodes -newkey rsa:4096 … (or code-integrity keygen).');
        }
        let commonName = null;
        for (const rdn of subject.value) {
            for (const atv of rdn.value) {
                const [type, value] = atv.value;
                if (type && value && asn1.derToOid(type.value) === _ca_asn1_js__WEBPACK_IMPORTED_MODULE_3__/* .OID_CN */ .VE) {
                    commonName = value.type === asn1.Type.UTF8 ? node_forge__WEBPACK_IMPORTED_MODULE_1___default().util.decodeUtf8(value.value) : value.value;
                }
            }
        }
        return { subjectName: subject, commonName, publicKey };
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the CSR cannot be read: ${e.message}`, 'Pass the PEM request that keygen or openssl req wrote.');
    }
}


/***/ })

};
