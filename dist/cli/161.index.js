export const id = 161;
export const ids = [161];
export const modules = {

/***/ 4542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/crypto/pss.ts
var pss = __webpack_require__(5860);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/fs-kind.ts
var fs_kind = __webpack_require__(5118);
// EXTERNAL MODULE: ./src/engine/hashing/hash-table.ts
var hash_table = __webpack_require__(2144);
// EXTERNAL MODULE: ./src/engine/target.ts
var engine_target = __webpack_require__(6681);
// EXTERNAL MODULE: ./src/engine/signature.ts + 2 modules
var engine_signature = __webpack_require__(1779);
// EXTERNAL MODULE: ./src/engine/trust/certificate.ts + 1 modules
var trust_certificate = __webpack_require__(3770);
// EXTERNAL MODULE: ./src/engine/trust/chain.ts
var trust_chain = __webpack_require__(2658);
// EXTERNAL MODULE: ./src/engine/trust/crl.ts
var crl = __webpack_require__(3200);
// EXTERNAL MODULE: ./src/engine/rules/revocation.ts
var rules_revocation = __webpack_require__(9400);
// EXTERNAL MODULE: ./src/engine/rules/scope.ts
var rules_scope = __webpack_require__(2234);
;// CONCATENATED MODULE: ./src/engine/inspect.ts
/**
 * Inspect a signature.json without hashing the tree: who signed it, validity, revocation,
 * the chain against the trust store, how many files it lists, and whether its signature
 * verifies over the listed hashes.
 */












function subjectOf(request) {
    const input = (0,external_node_path_.resolve)(request.path);
    if (!(0,fs_kind/* isDirectory */.w)(input))
        return { signaturePath: input, root: (0,external_node_path_.dirname)(input), scope: null, profile: null, policy: rules_revocation/* NEXTCLOUD_REVOCATION */.Au };
    const target = (0,engine_target/* resolveTarget */.u1)(input, request);
    return {
        signaturePath: (0,external_node_path_.join)(target.root, target.profile.signaturePath),
        root: target.root,
        scope: target.scope,
        profile: target.profile.name,
        policy: target.profile.revocation,
    };
}
/** The signature file's fields and its certificate; a usage error when it is not a signature file. */
async function readSigned(subject) {
    const { signaturePath } = subject;
    const read = await (0,engine_signature/* readSignatureFile */.L6)(signaturePath, subject.root);
    if (read.kind === 'missing') {
        throw new errors/* UsageError */.eb(`cannot inspect ${signaturePath}: ${read.reason}`, 'Pass a signature.json, or the folder of a signed app or server.');
    }
    const { hashes, signature, certificate } = read.content;
    if (!(hashes instanceof hash_table/* HashTable */.J) || typeof signature !== 'string' || typeof certificate !== 'string') {
        throw new errors/* UsageError */.eb(`${signaturePath} is not a signature file: it needs "hashes", "signature" and "certificate"`, 'Pass the appinfo/signature.json or core/signature.json written by occ integrity:sign-* or code-integrity sign.');
    }
    try {
        return {
            hashes,
            signature,
            certificateText: certificate,
            cert: (0,trust_certificate/* parseCertificate */.hB)(certificate),
            messageDigest: read.content.messageDigest,
        };
    }
    catch (e) {
        if (e instanceof trust_certificate/* CertificateParseError */.zU)
            throw new errors/* UsageError */.eb(`the certificate in ${signaturePath} cannot be read: ${e.message}`);
        throw e;
    }
}
function revocationDescription(cert, revocation) {
    if (revocation.crl === null)
        return `unknown: no CRL covers its issuer (pass ${(0,errors/* optionRef */.$j)('crl', 'FILE')})`;
    return revocation.entry ? (0,trust_chain/* describeRevocation */.Ww)(cert, revocation) : `not revoked according to ${(0,crl/* describeCrl */.Rt)(revocation.crl)}`;
}
/** Inspect the signature of a file or folder; UsageError when there is nothing to inspect. */
async function inspectSignature(request) {
    const now = request.now ?? new Date();
    const subject = subjectOf(request);
    const { hashes, signature: signatureText, certificateText, cert, messageDigest } = await readSigned(subject);
    const { policy, scope } = subject;
    const problems = [];
    const badCrl = (0,rules_revocation/* untrustedCrl */.wR)(request.trust.crls);
    if (badCrl) {
        if (policy.crlInvalid === null)
            throw (0,crl/* invalidCrlError */.R$)(badCrl);
        problems.push(`${policy.crlInvalid} (${badCrl.source}: ${badCrl.problem ?? 'its signature does not verify'})`);
    }
    const chain = (0,trust_chain/* assessChain */.CM)(cert, request.trust, { now, extraCertificates: (0,trust_chain/* extraPemCertificates */.Je)(certificateText) });
    if (!chain.trusted)
        problems.push('the certificate is not issued by a trusted certificate');
    if (chain.revocation.status === 'revoked' && chain.revocation.enforced)
        problems.push(`the certificate has been revoked (${policy.revoked})`);
    const scopeMatches = scope === null ? null : (0,rules_scope/* certificateCoversScope */.s7)(cert.commonNames, scope);
    if (scopeMatches === false)
        problems.push(`the certificate is for CN=${cert.commonNames.join(',') || '(none)'}, not for ${scope}`);
    const signature = Buffer.from(signatureText.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
    const signatureVerifies = (0,pss/* pssVerifyDigest */.UH)(messageDigest(), signature, cert.x509.publicKey);
    if (!signatureVerifies)
        problems.push('the signature does not verify over the listed hashes');
    const { revocation } = chain;
    return {
        signaturePath: subject.signaturePath,
        scope,
        profile: subject.profile,
        hashes: hashes.size,
        signatureVerifies,
        scopeMatches,
        certificate: (0,trust_chain/* certificateSummary */.S6)(cert, chain, now),
        chain: {
            trusted: chain.trusted,
            issuer: chain.issuer?.info.subject ?? null,
            sources: request.trust.sources,
            hint: chain.untrustedHint,
        },
        revocation: { status: revocation.status, enforced: revocation.enforced, description: revocationDescription(cert, revocation) },
        problems,
    };
}

// EXTERNAL MODULE: ./src/engine/trust/store.ts
var store = __webpack_require__(3702);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/engine/profiles/index.ts + 7 modules
var profiles = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/cli/commands/args.ts
var commands_args = __webpack_require__(7988);
;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts
/** `code-integrity inspect FILE|DIR`: who signed it, validity, revocation, chain, counts; no hashing. */







const INSPECT_HELP = `Usage: ${version/* TOOL_NAME */.l} inspect SIGNATURE.json|DIR [options]

Shows who signed a signature.json (or the one of an app / server folder): signer, issuer,
serial, validity, revocation, the chain against the trust store, the number of files it
lists, and whether its signature verifies over them. Does not hash the tree (use verify).

Options:
  --trust T          trusted roots: nextcloud (default), owncloud, or a PEM file; repeatable
  --crl C            revocation list: nextcloud (bundled) or a CRL file; repeatable
                     (default: the bundled Nextcloud CRL when it covers the issuer)
  --profile P        for a folder: auto (default), ${profiles/* PROFILE_NAMES */.J.join(', ')}
  --app-id ID        for a folder: the app id the certificate must be for
  --signature-path P for a folder: the signature file (generic profile)
  --format F         text (default) or json
  -h, --help

Exit codes: 0 the signature would be accepted (tree contents aside), 1 it would not
(untrusted, revoked, wrong CN, or a signature that does not verify), 2 usage or I/O error.
`;
function renderText(r) {
    const c = r.certificate;
    const validity = c.expired ? 'EXPIRED' : c.notYetValid ? 'NOT YET VALID' : 'valid now';
    const lines = [
        `signature file  ${r.signaturePath}`,
        ...(r.scope !== null
            ? [`scope           ${r.scope} (${r.profile}): ${r.scopeMatches ? 'certificate CN matches' : 'certificate CN does NOT match'}`]
            : []),
        `signer          ${c.subject}`,
        `issuer          ${c.issuer}`,
        `serial          ${c.serial} (${c.serialDecimal ?? '?'})`,
        `validity        ${c.notBefore} to ${c.notAfter} (${validity})`,
        `fingerprint     SHA-256 ${c.fingerprint256 ?? '?'}`,
        `chain           ${r.chain.trusted ? `trusted: issued by "${r.chain.issuer}" (${r.chain.sources.join(', ')})` : `NOT trusted (${r.chain.sources.join(', ')})`}`,
        ...(r.chain.trusted && c.chain && c.chain.length > 2 ? [`                ${c.chain.join(' <- ')}`] : []),
        ...(r.chain.hint ? [`                ${r.chain.hint}`] : []),
        `revocation      ${r.revocation.status === 'revoked' ? 'REVOKED: ' : ''}${r.revocation.description}`,
        `hashes          ${r.hashes} file${r.hashes === 1 ? '' : 's'} listed`,
        `signature       ${r.signatureVerifies ? 'verifies over the listed hashes' : 'does NOT verify over the listed hashes'}`,
    ];
    for (const w of c.warnings)
        lines.push(`warning: ${w}`);
    lines.push(r.problems.length === 0
        ? 'result: the signature would be accepted (tree contents not checked: use verify)'
        : `result: verify would fail: ${r.problems.join('; ')}`);
    // Every line quotes the certificate or the tree (hostile input): shown through displayText.
    return `${lines.map(display/* displayText */.W).join('\n')}\n`;
}
/** Run `inspect`; returns the exit code. */
async function runInspect(args, io) {
    const { values, positionals } = (0,commands_args/* parseCommand */.RM)(args, {
        help: { type: 'boolean', short: 'h' },
        trust: { type: 'string', multiple: true },
        crl: { type: 'string', multiple: true },
        profile: { type: 'string' },
        'app-id': { type: 'string' },
        'signature-path': { type: 'string' },
        format: { type: 'string' },
    }, INSPECT_HELP);
    if (values.help) {
        io.stdout(INSPECT_HELP);
        return 0;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
        throw new errors/* UsageError */.eb(`unknown format "${format}"`, 'Use text or json.');
    if (positionals.length !== 1)
        throw new errors/* UsageError */.eb('inspect takes one signature file or folder', `See:\n${INSPECT_HELP}`);
    const trust = await (0,store/* loadTrustStore */.Kl)(values.trust ?? [], io.cwd, values.crl ?? []);
    const report = await inspectSignature({
        path: (0,commands_args/* resolveFrom */.dx)(io.cwd, positionals[0]),
        trust,
        profile: values.profile,
        appId: values['app-id'],
        signaturePath: values['signature-path'],
    });
    const text = format === 'json' ? `${(0,display/* displayJson */.f)(JSON.stringify(report, null, 2))}\n` : renderText(report);
    io.stdout((0,errors/* wordOptions */.vR)(text, errors/* CLI_WORDING */.ml));
    return report.problems.length === 0 ? 0 : 1;
}
const command = { help: INSPECT_HELP, run: runInspect };


/***/ })

};
