export const id = 193;
export const ids = [193];
export const modules = {

/***/ 7193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA_HELP: () => (/* binding */ CA_HELP),
/* harmony export */   runCa: () => (/* binding */ runCa)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_sign_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7077);
/* harmony import */ var _engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7115);
/* harmony import */ var _engine_trust_crl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3200);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(311);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7988);
/** `code-integrity ca init|issue|revoke|crl`: a private code-signing CA for forks, enterprises and tests. */








const CA_HELP = `Usage: ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL_NAME */ .l} ca COMMAND [options]

A private code-signing CA (for forks, enterprises and tests): its root.crt is what
verify --trust takes (and what a fork ships as resources/codesigning/root.crt).

  ca init   --out DIR [--name CN] [--days N] [--bits N] [--parent CA_DIR]
            create a CA folder: ca.key (0600), ca.crt, root.crt (trust file), ca.json.
            With --parent, an intermediate signed by that CA (root.crt then holds both,
            like Nextcloud's), default name "Private Code Signing Root Authority"
            (or "... Intermediate Authority"), ${_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .CA_DAYS */ .vr} days.
  ca issue  --ca DIR (--cn ID | --csr FILE) [--out DIR] [--days N] [--valid-from DATE] [--bits N]
            a code-signing certificate for an app id (or core): OUT/ID.crt, from the CSR,
            or with a new key OUT/ID.key (0600) when no --csr is given. Default ${_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .CERT_DAYS */ .hv} days.
  ca revoke --ca DIR (--cert FILE | --serial HEX) [--reason R] [--days N]
            record a revocation and write a new DIR/crl.pem (valid --days, default ${_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .CRL_DAYS */ .su}).
            Reasons: ${Object.values(_engine_trust_crl_js__WEBPACK_IMPORTED_MODULE_5__/* .CRL_REASONS */ .KN).join(', ')}
  ca crl    --ca DIR [--out FILE] [--days N]
            write a fresh signed CRL (default DIR/crl.pem) with every revocation so far.

Keys and certificates are never overwritten. Then:
  ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL_NAME */ .l} sign APP_DIR --key ID.key --cert ID.crt
  ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL_NAME */ .l} verify APP_DIR --trust DIR/root.crt --crl DIR/crl.pem
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
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('this command needs --ca DIR (a folder made by `ca init`)', `See:\n${CA_HELP}`);
    return (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .openCa */ .lA)((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveFrom */ .dx)(cwd, value));
}
function readText(path, what) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'it does not exist' : (code ?? e.message)}`);
    }
}
function writeCrl(ca, path, days) {
    const pem = (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .createCrl */ .Qx)(ca, { days });
    (0,_engine_sign_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(path, pem);
    return `Wrote ${path} (CRL #${ca.state.crlNumber}, ${ca.state.revoked.length} revoked, valid ${days} days): pass it with --crl\n`;
}
/** Run `ca …`; returns the exit code. */
async function runCa(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
        io.stdout(CA_HELP);
        return 0;
    }
    if (!['init', 'issue', 'revoke', 'crl'].includes(sub))
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`unknown ca command "${sub}"`, `See:\n${CA_HELP}`);
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommand */ .RM)(rest, OPTIONS, CA_HELP);
    if (values.help) {
        io.stdout(CA_HELP);
        return 0;
    }
    if (positionals.length > 0)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`unexpected argument "${positionals[0]}"`, `See:\n${CA_HELP}`);
    switch (sub) {
        case 'init': {
            if (values.out === undefined)
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('ca init needs --out DIR', `See:\n${CA_HELP}`);
            const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveFrom */ .dx)(io.cwd, values.out);
            const parent = values.parent === undefined ? undefined : (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .openCa */ .lA)((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveFrom */ .dx)(io.cwd, values.parent));
            const name = values.name ?? `Private Code Signing ${parent ? 'Intermediate' : 'Root'} Authority`;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(out, { recursive: true });
            const ca = (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .initCa */ .xR)({
                out,
                name,
                days: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .positiveInt */ .NJ)(values.days, 'days', _engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .CA_DAYS */ .vr),
                bits: (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .keyBits */ .ML)(values.bits),
                ...(parent ? { parent } : {}),
            });
            io.stdout(`Created ${parent ? 'intermediate' : 'root'} CA "${ca.cert.info.subject}" in ${out}\n` +
                `  ca.key   private key (mode 0600): keep it offline\n` +
                `  root.crt the trust file: verify --trust ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'root.crt')}${parent ? ' (this CA, then its parent)' : ''}\n` +
                `Next: ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL_NAME */ .l} ca issue --ca ${out} --cn APP_ID --out DIR\n`);
            return 0;
        }
        case 'issue': {
            const ca = needCa(values.ca, io.cwd);
            const csr = values.csr === undefined ? undefined : (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCsr */ .We)(readText((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveFrom */ .dx)(io.cwd, values.csr), 'CSR'));
            const cn = values.cn ?? csr?.commonName ?? undefined;
            if (cn === undefined)
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('ca issue needs --cn ID (the app id, or core) or --csr FILE', `See:\n${CA_HELP}`);
            if (/[/\\]/.test(cn) || cn === '' || cn === '.' || cn === '..')
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`"${cn}" is not an app id`);
            const out = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveFrom */ .dx)(io.cwd, values.out ?? '.');
            const certPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, `${cn}.crt`);
            const keyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, `${cn}.key`);
            let notBefore;
            if (values['valid-from'] !== undefined) {
                notBefore = new Date(values['valid-from']);
                if (Number.isNaN(notBefore.getTime()))
                    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`--valid-from "${values['valid-from']}" is not a date`, 'Use an ISO date such as 2025-01-31.');
            }
            const days = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .positiveInt */ .NJ)(values.days, 'days', _engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .CERT_DAYS */ .hv);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(out, { recursive: true });
            (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .assertAbsent */ .av)(csr ? [certPath] : [certPath, keyPath]);
            const keys = csr ? undefined : (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .generateRsaKeyPair */ .T8)((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .keyBits */ .ML)(values.bits));
            const issued = (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .issueCertificate */ .D8)(ca, { cn, csr, publicKey: keys?.publicKey, days, notBefore });
            (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .writeNewFiles */ .zn)([
                ...(keys ? [{ path: keyPath, content: (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .privateKeyPem */ .nQ)(keys.privateKey), mode: 0o600 }] : []),
                { path: certPath, content: issued.pem },
            ]);
            io.stdout(`Issued ${issued.cert.info.subject} (serial ${issued.cert.info.serial}, valid to ${issued.cert.info.notAfter}) by ${ca.cert.info.subject}\n` +
                (keys ? `Wrote ${keyPath} (private key, mode 0600)\n` : '') +
                `Wrote ${certPath}\n` +
                `Next: ${_version_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL_NAME */ .l} sign APP_DIR --key ${keys ? keyPath : `${cn}.key`} --cert ${certPath}\n`);
            return 0;
        }
        case 'revoke': {
            const ca = needCa(values.ca, io.cwd);
            if ((values.cert === undefined) === (values.serial === undefined)) {
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('ca revoke needs either --cert FILE or --serial HEX', `See:\n${CA_HELP}`);
            }
            const serial = values.cert !== undefined
                ? (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .serialOfIssued */ .j3)(ca, readText((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveFrom */ .dx)(io.cwd, values.cert), 'certificate'))
                : values.serial;
            const record = (0,_engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .revokeSerial */ .ND)(ca, serial, { reason: values.reason });
            io.stdout(`Revoked serial ${record.serial} (${record.date}${record.reason ? `, ${record.reason}` : ''})\n`);
            io.stdout(writeCrl(ca, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ca.dir, 'crl.pem'), (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .positiveInt */ .NJ)(values.days, 'days', _engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .CRL_DAYS */ .su)));
            return 0;
        }
        default: {
            const ca = needCa(values.ca, io.cwd);
            const out = values.out === undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ca.dir, 'crl.pem') : (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveFrom */ .dx)(io.cwd, values.out);
            io.stdout(writeCrl(ca, out, (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .positiveInt */ .NJ)(values.days, 'days', _engine_trust_ca_js__WEBPACK_IMPORTED_MODULE_4__/* .CRL_DAYS */ .su)));
            return 0;
        }
    }
}


/***/ })

};
