export const id = 341;
export const ids = [341];
export const modules = {

/***/ 341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _engine_display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6060);
/* harmony import */ var _engine_inspect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4398);
/* harmony import */ var _engine_trust_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3702);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(311);
/* harmony import */ var _engine_profiles_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3643);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7988);
/* harmony import */ var _engine_archive_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3679);
/* harmony import */ var _engine_fs_kind_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5118);
/* harmony import */ var _engine_archive_detect_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(349);
/** `code-integrity inspect FILE|DIR|ARCHIVE`: who signed it, validity, revocation, chain, counts; no hashing. */










const INSPECT_HELP = `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_9__/* .TOOL_NAME */ .l} inspect SIGNATURE.json|DIR|ARCHIVE [options]

Shows who signed a signature.json (or the one of an app / server folder): signer, issuer,
serial, validity, revocation, the chain against the trust store, the number of files it
lists, and whether its signature verifies over them. Does not hash the tree (use verify).

An ARCHIVE (.tar.gz, .tar.bz2, .tar, .zip) is read once, without extracting it: every
signature inside is shown (core and every app of a server release, or the app), with the
files of the archive each one covers, and for a server release what the whole-release
check would count (shipped apps missing, apps not shipped, files no signature covers).

Options:
  --trust T          trusted roots: nextcloud (default), owncloud, or a PEM file; repeatable
  --crl C            revocation list: nextcloud (bundled) or a CRL file; repeatable
                     (default: the bundled Nextcloud CRL when it covers the issuer)
  --profile P        for a folder: auto (default), ${_engine_profiles_index_js__WEBPACK_IMPORTED_MODULE_4__/* .PROFILE_NAMES */ .J.join(', ')}
  --app-id ID        for a folder: the app id the certificate must be for
  --signature-path P for a folder: the signature file (generic profile)
  --format F         text (default) or json
  --max-size N       archives: stop above N uncompressed bytes (default 8G)
  --max-entries N    archives: stop above N entries (default 1000000)
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
    return `${lines.map(_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W).join('\n')}\n`;
}
/** The archive view: every line quotes names from the archive (hostile input), shown through displayText. */
function renderArchive(r) {
    const a = r.archive;
    const out = [
        (0,_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W)(`archive         ${a.path} (${a.format}, ${a.entries} entries, ${a.bytes} bytes unpacked, read in ${Math.round(a.ms)} ms)`),
        '',
    ];
    for (const scope of r.scopes) {
        out.push(renderText(scope).replace(/\n$/, ''));
        out.push(`files           ${scope.files} in the archive covered by this signature`, '');
    }
    for (const u of r.unsigned)
        out.push((0,_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W)(`NOT SIGNED      ${u.scope} (${u.root}): ${u.reason}`));
    if (r.release)
        out.push(...releaseLines(r.release).map(_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W));
    return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
function releaseLines(rel) {
    const listed = (names) => (names.length ? ` (${names.join(', ')})` : '');
    const shipped = rel.shippedApps === null ? 'no readable core/shipped.json' : `${rel.shippedApps} shipped apps`;
    return [
        `release         ${shipped}; ${rel.missingShippedApps.length} missing${listed(rel.missingShippedApps)}; ${rel.unlistedApps.length} not shipped${listed(rel.unlistedApps)}`,
        `                ${rel.uncovered} file${rel.uncovered === 1 ? '' : 's'} no signature covers; ${rel.notSignedByUpstream} that upstream ships unsigned (verify lists them with their hashes)`,
    ];
}
/** Run `inspect`; returns the exit code. */
async function runInspect(args, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommand */ .RM)(args, {
        help: { type: 'boolean', short: 'h' },
        trust: { type: 'string', multiple: true },
        crl: { type: 'string', multiple: true },
        profile: { type: 'string' },
        'app-id': { type: 'string' },
        'signature-path': { type: 'string' },
        format: { type: 'string' },
        'max-size': { type: 'string' },
        'max-entries': { type: 'string' },
    }, INSPECT_HELP);
    if (values.help) {
        io.stdout(INSPECT_HELP);
        return 0;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown format "${format}"`, 'Use text or json.');
    if (positionals.length !== 1)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('inspect takes one signature file or folder', `See:\n${INSPECT_HELP}`);
    const trust = await (0,_engine_trust_store_js__WEBPACK_IMPORTED_MODULE_2__/* .loadTrustStore */ .Kl)(values.trust ?? [], io.cwd, values.crl ?? []);
    const path = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveFrom */ .dx)(io.cwd, positionals[0]);
    if ((0,_engine_fs_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .isRegularFile */ .Z)(path) && (0,_engine_archive_detect_js__WEBPACK_IMPORTED_MODULE_8__/* .archiveFormatOf */ .j)(path) !== null) {
        const { inspectArchive } = await Promise.all(/* import() */[__webpack_require__.e(539), __webpack_require__.e(19)]).then(__webpack_require__.bind(__webpack_require__, 1019));
        const archive = await inspectArchive({
            ...(0,_engine_archive_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .archiveLimits */ .L)(values['max-size'], values['max-entries']),
            path,
            trust,
            profile: values.profile,
            appId: values['app-id'],
            signaturePath: values['signature-path'],
        });
        const text = format === 'json' ? `${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayJson */ .f)(JSON.stringify(archive, null, 2))}\n` : renderArchive(archive);
        io.stdout((0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .wordOptions */ .vR)(text, _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CLI_WORDING */ .ml));
        return archive.unsigned.length === 0 && archive.scopes.every((s) => s.problems.length === 0) ? 0 : 1;
    }
    const report = await (0,_engine_inspect_js__WEBPACK_IMPORTED_MODULE_1__/* .inspectSignature */ .x)({
        path: (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveFrom */ .dx)(io.cwd, positionals[0]),
        trust,
        profile: values.profile,
        appId: values['app-id'],
        signaturePath: values['signature-path'],
    });
    const text = format === 'json' ? `${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayJson */ .f)(JSON.stringify(report, null, 2))}\n` : renderText(report);
    io.stdout((0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .wordOptions */ .vR)(text, _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CLI_WORDING */ .ml));
    return report.problems.length === 0 ? 0 : 1;
}
const command = { help: INSPECT_HELP, run: runInspect };


/***/ }),

/***/ 4398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ inspectContent),
/* harmony export */   x: () => (/* binding */ inspectSignature)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _crypto_pss_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5860);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _fs_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5118);
/* harmony import */ var _hashing_hash_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2144);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6681);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1779);
/* harmony import */ var _trust_certificate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3770);
/* harmony import */ var _trust_chain_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2658);
/* harmony import */ var _trust_crl_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3200);
/* harmony import */ var _rules_revocation_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9400);
/* harmony import */ var _rules_scope_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2234);
/**
 * Inspect a signature.json without hashing the tree: who signed it, validity, revocation,
 * the chain against the trust store, how many files it lists, and whether its signature
 * verifies over the listed hashes.
 */












function subjectOf(request) {
    const input = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(request.path);
    if (!(0,_fs_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .isDirectory */ .w)(input))
        return { signaturePath: input, root: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(input), scope: null, profile: null, policy: _rules_revocation_js__WEBPACK_IMPORTED_MODULE_10__/* .NEXTCLOUD_REVOCATION */ .Au };
    const target = (0,_target_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTarget */ .u1)(input, request);
    return {
        signaturePath: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(target.root, target.profile.signaturePath),
        root: target.root,
        scope: target.scope,
        profile: target.profile.name,
        policy: target.profile.revocation,
    };
}
/** The signature file's content; a usage error when there is none. */
async function readSignatureOf(subject) {
    const read = await (0,_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .readSignatureFile */ .L6)(subject.signaturePath, subject.root);
    if (read.kind === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot inspect ${subject.signaturePath}: ${read.reason}`, 'Pass a signature.json, or the folder of a signed app or server.');
    }
    return read.content;
}
/** The fields and the certificate of a signature file's content; a usage error when it is not a signature file. */
function signedFields(content, signaturePath) {
    const { hashes, signature, certificate } = content;
    if (!(hashes instanceof _hashing_hash_table_js__WEBPACK_IMPORTED_MODULE_4__/* .HashTable */ .J) || typeof signature !== 'string' || typeof certificate !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${signaturePath} is not a signature file: it needs "hashes", "signature" and "certificate"`, 'Pass the appinfo/signature.json or core/signature.json written by occ integrity:sign-* or code-integrity sign.');
    }
    try {
        return { hashes, signature, certificateText: certificate, cert: (0,_trust_certificate_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCertificate */ .hB)(certificate), messageDigest: content.messageDigest };
    }
    catch (e) {
        if (e instanceof _trust_certificate_js__WEBPACK_IMPORTED_MODULE_7__/* .CertificateParseError */ .zU)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the certificate in ${signaturePath} cannot be read: ${e.message}`);
        throw e;
    }
}
function revocationDescription(cert, revocation) {
    if (revocation.crl === null)
        return `unknown: no CRL covers its issuer (pass ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .optionRef */ .$j)('crl', 'FILE')})`;
    return revocation.entry ? (0,_trust_chain_js__WEBPACK_IMPORTED_MODULE_8__/* .describeRevocation */ .Ww)(cert, revocation) : `not revoked according to ${(0,_trust_crl_js__WEBPACK_IMPORTED_MODULE_9__/* .describeCrl */ .Rt)(revocation.crl)}`;
}
/** Inspect the signature of a file or folder; UsageError when there is nothing to inspect. */
async function inspectSignature(request) {
    const subject = subjectOf(request);
    return inspectContent(await readSignatureOf(subject), subject, request.trust, request.now ?? new Date());
}
/** What inspect says about one signature file's content (a file on disk, or one read from an archive). */
function inspectContent(content, subject, trust, now) {
    const { hashes, signature: signatureText, certificateText, cert, messageDigest } = signedFields(content, subject.signaturePath);
    const { policy, scope } = subject;
    const request = { trust };
    const problems = [];
    const badCrl = (0,_rules_revocation_js__WEBPACK_IMPORTED_MODULE_10__/* .untrustedCrl */ .wR)(request.trust.crls);
    if (badCrl) {
        if (policy.crlInvalid === null)
            throw (0,_trust_crl_js__WEBPACK_IMPORTED_MODULE_9__/* .invalidCrlError */ .R$)(badCrl);
        problems.push(`${policy.crlInvalid} (${badCrl.source}: ${badCrl.problem ?? 'its signature does not verify'})`);
    }
    const chain = (0,_trust_chain_js__WEBPACK_IMPORTED_MODULE_8__/* .assessChain */ .CM)(cert, request.trust, { now, extraCertificates: (0,_trust_chain_js__WEBPACK_IMPORTED_MODULE_8__/* .extraPemCertificates */ .Je)(certificateText) });
    if (!chain.trusted)
        problems.push('the certificate is not issued by a trusted certificate');
    if (chain.revocation.status === 'revoked' && chain.revocation.enforced)
        problems.push(`the certificate has been revoked (${policy.revoked})`);
    const scopeMatches = scope === null ? null : (0,_rules_scope_js__WEBPACK_IMPORTED_MODULE_11__/* .certificateCoversScope */ .s7)(cert.commonNames, scope);
    if (scopeMatches === false)
        problems.push(`the certificate is for CN=${cert.commonNames.join(',') || '(none)'}, not for ${scope}`);
    const signature = Buffer.from(signatureText.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
    const signatureVerifies = (0,_crypto_pss_js__WEBPACK_IMPORTED_MODULE_1__/* .pssVerifyDigest */ .UH)(messageDigest(), signature, cert.x509.publicKey);
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
        certificate: (0,_trust_chain_js__WEBPACK_IMPORTED_MODULE_8__/* .certificateSummary */ .S6)(cert, chain, now),
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


/***/ })

};
