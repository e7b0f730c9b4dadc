export const id = 136;
export const ids = [136];
export const modules = {

/***/ 136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/atomic-file.ts
var atomic_file = __webpack_require__(6624);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/index.js
var lib = __webpack_require__(8542);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/engine/trust/ca-asn1.ts
var ca_asn1 = __webpack_require__(5777);
// EXTERNAL MODULE: ./src/engine/trust/ca-files.ts
var ca_files = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/engine/trust/certificate.ts + 1 modules
var certificate = __webpack_require__(3770);
// EXTERNAL MODULE: ./src/engine/trust/crl.ts
var crl = __webpack_require__(3200);
// EXTERNAL MODULE: ./src/engine/trust/keys.ts
var trust_keys = __webpack_require__(6715);
;// CONCATENATED MODULE: ./src/engine/trust/ca.ts
/**
 * A private code-signing CA: a root (or intermediate) CA, code-signing certificates for an
 * app id (or core), revocation and CRLs (keys and CSRs: keys.ts). For forks, enterprises and tests; the output works with `sign` and
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











const { asn1 } = (lib_default());
const CA_DAYS = 7300;
const CERT_DAYS = 3650;
const CRL_DAYS = 30;
function buildCertificate(spec) {
    const cert = lib_default().pki.createCertificate();
    cert.serialNumber = spec.serial;
    cert.validity.notBefore = spec.notBefore;
    cert.validity.notAfter = spec.notAfter;
    cert.publicKey = (0,ca_asn1/* forgePublicKey */.Kw)(spec.publicKey);
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
    cert.signatureOid = cert.siginfo.algorithmOid = ca_asn1/* SHA256_WITH_RSA */.CF;
    const tbs = lib_default().pki.getTBSCertificate(cert);
    // Issuer and subject exactly as encoded in the CA certificate / the request: upstream
    // matches an issuer by its Name bytes.
    const fields = tbs.value;
    fields[3] = (0,ca_asn1/* fromDer */.sn)(spec.issuerName);
    fields[5] = spec.subject;
    return (0,ca_asn1/* pem */.ps)('CERTIFICATE', (0,ca_asn1/* signedStructure */.gI)(tbs, spec.signingKey));
}
function nameFor(cn) {
    return lib_default().pki.distinguishedNameToAsn1({ attributes: (0,ca_asn1/* cnAttributes */.ZQ)(cn) });
}
function validity(now, days, notBefore) {
    if (!Number.isFinite(days) || days <= 0)
        throw new errors/* UsageError */.eb(`--days must be a positive number of days (got ${days})`);
    // Backdated by a minute so a certificate made now is valid on a machine whose clock is slightly behind.
    const start = notBefore ?? new Date(Math.floor(now.getTime() / 1000) * 1000 - 60_000);
    return { notBefore: start, notAfter: new Date(start.getTime() + days * ca_asn1/* DAY_MS */.sO) };
}
function readCaFile(dir, name) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name), 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* UsageError */.eb(`${dir} is not a CA folder: ${name} ${code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? e.message})`}`, 'Create one with `code-integrity ca init --out DIR`.');
    }
}
function saveState(ca) {
    (0,atomic_file/* writeFileAtomic */.Zf)((0,external_node_path_.join)(ca.dir, 'ca.json'), `${JSON.stringify(ca.state, null, 2)}\n`);
}
/** Create a CA folder: ca.key (0600), ca.crt, root.crt (trust bundle), ca.json. */
function initCa(options) {
    const now = options.now ?? new Date();
    const files = ['ca.key', 'ca.crt', 'root.crt', 'ca.json'].map((f) => (0,external_node_path_.join)(options.out, f));
    (0,ca_files/* assertAbsent */.a)(files);
    if (options.name.trim() === '')
        throw new errors/* UsageError */.eb('the CA name (--name) is empty');
    const keys = (0,trust_keys/* generateRsaKeyPair */.T8)(options.bits ?? trust_keys/* DEFAULT_KEY_BITS */.R5);
    const subject = nameFor(options.name);
    const { parent } = options;
    const certPem = buildCertificate({
        serial: (0,ca_asn1/* randomSerial */.YG)(),
        subject,
        publicKey: keys.publicKey,
        issuerName: parent ? parent.cert.subjectName : (0,ca_asn1/* toDer */.dJ)(subject),
        issuerKeyId: parent ? parent.cert.subjectKeyId : undefined,
        signingKey: parent ? parent.key : keys.privateKey,
        ...validity(now, options.days ?? CA_DAYS),
        kind: parent ? 'intermediate' : 'root',
    });
    const cert = (0,certificate/* parseCertificate */.hB)(certPem);
    const state = { format: 1, subject: cert.info.subject, crlNumber: 0, issued: [], revoked: [] };
    // Like Nextcloud's resources/codesigning/root.crt: the issuing CA first, then its root(s).
    const bundlePem = parent ? `${certPem}${parent.bundlePem}` : certPem;
    (0,ca_files/* writeNewFiles */.z)([
        { path: files[0], content: (0,trust_keys/* privateKeyPem */.nQ)(keys.privateKey), mode: 0o600 },
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
    const bundlePem = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'root.crt')) ? readCaFile(dir, 'root.crt') : certPem;
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(keyPem);
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`${(0,external_node_path_.join)(dir, 'ca.key')} is not a readable private key (${e.message})`);
    }
    let cert;
    try {
        cert = (0,certificate/* parseCertificate */.hB)(certPem);
    }
    catch (e) {
        if (e instanceof certificate/* CertificateParseError */.zU)
            throw new errors/* UsageError */.eb(`${(0,external_node_path_.join)(dir, 'ca.crt')} cannot be read: ${e.message}`);
        throw e;
    }
    if (!(0,external_node_crypto_.createPublicKey)(key)
        .export({ type: 'spki', format: 'der' })
        .equals(cert.x509.publicKey.export({ type: 'spki', format: 'der' }))) {
        throw new errors/* UsageError */.eb(`${(0,external_node_path_.join)(dir, 'ca.key')} does not belong to ${(0,external_node_path_.join)(dir, 'ca.crt')}`);
    }
    let state = { format: 1, subject: cert.info.subject, crlNumber: 0, issued: [], revoked: [] };
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'ca.json'))) {
        try {
            state = { ...state, ...JSON.parse(readCaFile(dir, 'ca.json')) };
        }
        catch (e) {
            throw new errors/* UsageError */.eb(`${(0,external_node_path_.join)(dir, 'ca.json')} is not valid JSON (${e.message})`, 'Restore it from a backup.');
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
        throw new errors/* UsageError */.eb('no CN to issue for', 'Pass --cn ID (the app id, or core).');
    (0,ca_asn1/* checkCommonName */.dU)(cn);
    if (csr && csr.commonName !== cn) {
        throw new errors/* UsageError */.eb(`the CSR is for CN=${csr.commonName ?? '(none)'}, not ${cn}`, 'The CN must be the app id the certificate will sign; create the CSR with keygen --cn ID, or drop --cn to use the CSR as it is.');
    }
    const publicKey = csr?.publicKey ?? options.publicKey;
    if (!publicKey)
        throw new errors/* UsageError */.eb('no key to certify', 'Pass --csr FILE, or let `ca issue` generate a key.');
    const pemText = buildCertificate({
        serial: (0,ca_asn1/* randomSerial */.YG)(),
        subject: csr?.subjectName ?? nameFor(cn),
        publicKey,
        issuerName: ca.cert.subjectName,
        issuerKeyId: ca.cert.subjectKeyId,
        signingKey: ca.key,
        ...validity(now, options.days ?? CERT_DAYS, options.notBefore),
        kind: 'leaf',
    });
    const cert = (0,certificate/* parseCertificate */.hB)(pemText);
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
        cert = (0,certificate/* parseCertificate */.hB)(certPem);
    }
    catch (e) {
        if (e instanceof certificate/* CertificateParseError */.zU)
            throw new errors/* UsageError */.eb(`the certificate to revoke cannot be read: ${e.message}`);
        throw e;
    }
    if (!cert.issuerName.equals(ca.cert.subjectName) || !(0,certificate/* verifiedBy */.sN)(cert, ca.cert.x509.publicKey)) {
        throw new errors/* UsageError */.eb(`the certificate ${cert.info.subject} (issuer ${cert.info.issuer}) was not issued by this CA (${ca.cert.info.subject})`, 'Revoke it with the CA that issued it.');
    }
    return (0,ca_asn1/* normalizeSerial */.ol)(cert.info.serial);
}
/** Record a revocation in ca.json (idempotent per serial). */
function revokeSerial(ca, serial, options = {}) {
    const hex = (0,ca_asn1/* normalizeSerial */.ol)(serial);
    if (options.reason !== undefined && !Object.values(crl/* CRL_REASONS */.KN).includes(options.reason)) {
        throw new errors/* UsageError */.eb(`unknown revocation reason "${options.reason}"`, `Use one of: ${Object.values(crl/* CRL_REASONS */.KN).join(', ')}.`);
    }
    const already = ca.state.revoked.find((r) => (0,ca_asn1/* normalizeSerial */.ol)(r.serial) === hex);
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
    return (0,ca_asn1/* seq */.O6)([(0,ca_asn1/* oidNode */.Fh)(oid), (0,ca_asn1/* octets */.tu)((0,ca_asn1/* toDer */.dJ)(value))]);
}
/** A signed X.509 v2 CRL of every serial revoked so far (PEM), with the next CRL number. */
function createCrl(ca, options = {}) {
    const now = new Date(Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000);
    const days = options.days ?? CRL_DAYS;
    if (!Number.isFinite(days) || days <= 0)
        throw new errors/* UsageError */.eb(`--days must be a positive number of days (got ${days})`);
    ca.state.crlNumber += 1;
    const reasonCode = (name) => Number(Object.entries(crl/* CRL_REASONS */.KN).find(([, n]) => n === name)?.[0] ?? 0);
    const entries = ca.state.revoked.map((r) => {
        const parts = [(0,ca_asn1/* integerNode */.zf)(BigInt(`0x${r.serial}`)), (0,ca_asn1/* timeNode */.MF)(new Date(r.date))];
        if (r.reason !== undefined) {
            const enumerated = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.ENUMERATED, false, String.fromCharCode(reasonCode(r.reason)));
            parts.push((0,ca_asn1/* seq */.O6)([extension(ca_asn1/* OID_REASON */.uo, enumerated)]));
        }
        return (0,ca_asn1/* seq */.O6)(parts);
    });
    const extensions = [];
    if (ca.cert.subjectKeyId) {
        const keyId = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, false, ca.cert.subjectKeyId.toString('binary'));
        extensions.push(extension(ca_asn1/* OID_AKI */.ni, (0,ca_asn1/* seq */.O6)([keyId])));
    }
    extensions.push(extension(ca_asn1/* OID_CRL_NUMBER */.dg, (0,ca_asn1/* integerNode */.zf)(BigInt(ca.state.crlNumber))));
    const tbs = (0,ca_asn1/* seq */.O6)([
        (0,ca_asn1/* integerNode */.zf)(1n), // v2
        (0,ca_asn1/* sha256RsaAlgorithm */.rb)(),
        (0,ca_asn1/* fromDer */.sn)(ca.cert.subjectName),
        (0,ca_asn1/* timeNode */.MF)(now),
        (0,ca_asn1/* timeNode */.MF)(new Date(now.getTime() + days * ca_asn1/* DAY_MS */.sO)),
        ...(entries.length > 0 ? [(0,ca_asn1/* seq */.O6)(entries)] : []),
        asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [(0,ca_asn1/* seq */.O6)(extensions)]),
    ]);
    const crlPem = (0,ca_asn1/* pem */.ps)('X509 CRL', (0,ca_asn1/* signedStructure */.gI)(tbs, ca.key));
    saveState(ca);
    return crlPem;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/commands/args.ts
var commands_args = __webpack_require__(7988);
;// CONCATENATED MODULE: ./src/cli/commands/ca.ts
/** `code-integrity ca init|issue|revoke|crl`: a private code-signing CA for forks, enterprises and tests. */










const CA_HELP = `Usage: ${version/* TOOL_NAME */.l} ca COMMAND [options]

A private code-signing CA (for forks, enterprises and tests): its root.crt is what
verify --trust takes (and what a fork ships as resources/codesigning/root.crt).

  ca init   --out DIR [--name CN] [--days N] [--bits N] [--parent CA_DIR]
            create a CA folder: ca.key (0600), ca.crt, root.crt (trust file), ca.json.
            With --parent, an intermediate signed by that CA (root.crt then holds both,
            like Nextcloud's), default name "Private Code Signing Root Authority"
            (or "... Intermediate Authority"), ${CA_DAYS} days.
  ca issue  --ca DIR (--cn ID | --csr FILE) [--out DIR] [--days N] [--valid-from DATE] [--bits N]
            a code-signing certificate for an app id (or core): OUT/ID.crt, from the CSR,
            or with a new key OUT/ID.key (0600) when no --csr is given. Default ${CERT_DAYS} days.
  ca revoke --ca DIR (--cert FILE | --serial HEX) [--reason R] [--days N]
            record a revocation and write a new DIR/crl.pem (valid --days, default ${CRL_DAYS}).
            Reasons: ${Object.values(crl/* CRL_REASONS */.KN).join(', ')}
  ca crl    --ca DIR [--out FILE] [--days N]
            write a fresh signed CRL (default DIR/crl.pem) with every revocation so far.

Keys and certificates are never overwritten. Then:
  ${version/* TOOL_NAME */.l} sign APP_DIR --key ID.key --cert ID.crt
  ${version/* TOOL_NAME */.l} verify APP_DIR --trust DIR/root.crt --crl DIR/crl.pem
`;
const OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    out: { type: 'string' },
    name: { type: 'string' },
    days: { type: 'string' },
    bits: { type: 'string' },
    parent: { type: 'string' },
    ca: { type: 'string' },
    cn: { type: 'string' },
    csr: { type: 'string' },
    'valid-from': { type: 'string' },
    cert: { type: 'string' },
    serial: { type: 'string' },
    reason: { type: 'string' },
};
function needCa(value, cwd) {
    if (value === undefined)
        throw new errors/* UsageError */.eb('this command needs --ca DIR (a folder made by `ca init`)', `See:\n${CA_HELP}`);
    return openCa((0,commands_args/* resolveFrom */.dx)(cwd, value));
}
function readText(path, what) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* UsageError */.eb(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'it does not exist' : (code ?? e.message)}`);
    }
}
function writeCrl(ca, path, days) {
    const pem = createCrl(ca, { days });
    (0,atomic_file/* writeFileAtomic */.Zf)(path, pem);
    return `Wrote ${path} (CRL #${ca.state.crlNumber}, ${ca.state.revoked.length} revoked, valid ${days} days): pass it with --crl\n`;
}
function caInit(values, io) {
    if (values.out === undefined)
        throw new errors/* UsageError */.eb('ca init needs --out DIR', `See:\n${CA_HELP}`);
    const out = (0,commands_args/* resolveFrom */.dx)(io.cwd, values.out);
    const parent = values.parent === undefined ? undefined : openCa((0,commands_args/* resolveFrom */.dx)(io.cwd, values.parent));
    const name = values.name ?? `Private Code Signing ${parent ? 'Intermediate' : 'Root'} Authority`;
    (0,external_node_fs_.mkdirSync)(out, { recursive: true });
    const ca = initCa({
        out,
        name,
        days: (0,commands_args/* positiveInt */.NJ)(values.days, 'days', CA_DAYS),
        bits: (0,commands_args/* keyBits */.ML)(values.bits),
        ...(parent ? { parent } : {}),
    });
    io.stdout(`Created ${parent ? 'intermediate' : 'root'} CA "${ca.cert.info.subject}" in ${out}\n` +
        `  ca.key   private key (mode 0600): keep it offline\n` +
        `  root.crt the trust file: verify --trust ${(0,external_node_path_.join)(out, 'root.crt')}${parent ? ' (this CA, then its parent)' : ''}\n` +
        `Next: ${version/* TOOL_NAME */.l} ca issue --ca ${out} --cn APP_ID --out DIR\n`);
    return 0;
}
function validFrom(value) {
    if (value === undefined)
        return undefined;
    const date = new Date(value);
    if (Number.isNaN(date.getTime()))
        throw new errors/* UsageError */.eb(`--valid-from "${value}" is not a date`, 'Use an ISO date such as 2025-01-31.');
    return date;
}
function caIssue(values, io) {
    const ca = needCa(values.ca, io.cwd);
    const csr = values.csr === undefined ? undefined : (0,trust_keys/* parseCsr */.We)(readText((0,commands_args/* resolveFrom */.dx)(io.cwd, values.csr), 'CSR'));
    const cn = values.cn ?? csr?.commonName ?? undefined;
    if (cn === undefined)
        throw new errors/* UsageError */.eb('ca issue needs --cn ID (the app id, or core) or --csr FILE', `See:\n${CA_HELP}`);
    if (/[/\\]/.test(cn) || cn === '' || cn === '.' || cn === '..')
        throw new errors/* UsageError */.eb(`"${cn}" is not an app id`);
    const out = (0,commands_args/* resolveFrom */.dx)(io.cwd, values.out ?? '.');
    const certPath = (0,external_node_path_.join)(out, `${cn}.crt`);
    const keyPath = (0,external_node_path_.join)(out, `${cn}.key`);
    const notBefore = validFrom(values['valid-from']);
    const days = (0,commands_args/* positiveInt */.NJ)(values.days, 'days', CERT_DAYS);
    (0,external_node_fs_.mkdirSync)(out, { recursive: true });
    (0,ca_files/* assertAbsent */.a)(csr ? [certPath] : [certPath, keyPath]);
    const keys = csr ? undefined : (0,trust_keys/* generateRsaKeyPair */.T8)((0,commands_args/* keyBits */.ML)(values.bits));
    const issued = issueCertificate(ca, { cn, csr, publicKey: keys?.publicKey, days, notBefore });
    (0,ca_files/* writeNewFiles */.z)([
        ...(keys ? [{ path: keyPath, content: (0,trust_keys/* privateKeyPem */.nQ)(keys.privateKey), mode: 0o600 }] : []),
        { path: certPath, content: issued.pem },
    ]);
    io.stdout(`Issued ${issued.cert.info.subject} (serial ${issued.cert.info.serial}, valid to ${issued.cert.info.notAfter}) by ${ca.cert.info.subject}\n` +
        (keys ? `Wrote ${keyPath} (private key, mode 0600)\n` : '') +
        `Wrote ${certPath}\n` +
        `Next: ${version/* TOOL_NAME */.l} sign APP_DIR --key ${keys ? keyPath : `${cn}.key`} --cert ${certPath}\n`);
    return 0;
}
function caRevoke(values, io) {
    const ca = needCa(values.ca, io.cwd);
    if ((values.cert === undefined) === (values.serial === undefined)) {
        throw new errors/* UsageError */.eb('ca revoke needs either --cert FILE or --serial HEX', `See:\n${CA_HELP}`);
    }
    const serial = values.cert !== undefined ? serialOfIssued(ca, readText((0,commands_args/* resolveFrom */.dx)(io.cwd, values.cert), 'certificate')) : values.serial;
    const record = revokeSerial(ca, serial, { reason: values.reason });
    io.stdout(`Revoked serial ${record.serial} (${record.date}${record.reason ? `, ${record.reason}` : ''})\n`);
    io.stdout(writeCrl(ca, (0,external_node_path_.join)(ca.dir, 'crl.pem'), (0,commands_args/* positiveInt */.NJ)(values.days, 'days', CRL_DAYS)));
    return 0;
}
function caCrl(values, io) {
    const ca = needCa(values.ca, io.cwd);
    const out = values.out === undefined ? (0,external_node_path_.join)(ca.dir, 'crl.pem') : (0,commands_args/* resolveFrom */.dx)(io.cwd, values.out);
    io.stdout(writeCrl(ca, out, (0,commands_args/* positiveInt */.NJ)(values.days, 'days', CRL_DAYS)));
    return 0;
}
const SUBCOMMANDS = { init: caInit, issue: caIssue, revoke: caRevoke, crl: caCrl };
/** Run `ca …`; returns the exit code. */
async function runCa(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
        io.stdout(CA_HELP);
        return 0;
    }
    const run = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
    if (run === undefined)
        throw new errors/* UsageError */.eb(`unknown ca command "${sub}"`, `See:\n${CA_HELP}`);
    const { values, positionals } = (0,commands_args/* parseCommand */.RM)(rest, OPTIONS, CA_HELP);
    if (values.help) {
        io.stdout(CA_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new errors/* UsageError */.eb(`unexpected argument "${positionals[0]}"`, `See:\n${CA_HELP}`);
    return run(values, io);
}
const command = { help: CA_HELP, run: runCa };


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
