export const id = 258;
export const ids = [258];
export const modules = {

/***/ 4258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCrl: () => (/* binding */ parseCrl)
/* harmony export */ });
/* harmony import */ var pkijs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5781);
/* harmony import */ var _crl_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4400);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3770);
/**
 * Parsing a CRL file (PEM or DER) with pkijs. Kept apart from crl.ts so pkijs is loaded only
 * when a CRL file is given (it costs tens of milliseconds of start-up otherwise).
 */



const OID_AKI = '2.5.29.35';
const OID_CRL_NUMBER = '2.5.29.20';
const OID_REASON = '2.5.29.21';
const NAME_LABELS = {
    '2.5.4.3': 'CN',
    '2.5.4.5': 'serialNumber',
    '2.5.4.6': 'C',
    '2.5.4.7': 'L',
    '2.5.4.8': 'ST',
    '2.5.4.9': 'street',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '1.2.840.113549.1.9.1': 'emailAddress',
    '0.9.2342.19200300.100.1.25': 'DC',
    '0.9.2342.19200300.100.1.1': 'UID',
};
function formatName(name) {
    return name.typesAndValues
        .map((tv) => {
        const block = tv.value.valueBlock;
        const value = typeof block?.value === 'string' ? block.value : '?';
        return `${NAME_LABELS[tv.type] ?? tv.type}=${value}`;
    })
        .join(', ');
}
function bytesToBigInt(bytes) {
    const hex = Buffer.from(bytes).toString('hex');
    return hex === '' ? 0n : BigInt(`0x${hex}`);
}
/** Strip PEM armour ("X509 CRL") or take the bytes as DER. */
function crlDer(input, origin) {
    const text = input.toString('latin1');
    if (!text.includes('-----BEGIN'))
        return input;
    const block = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .splitPemBlocks */ .JQ)(text).find((b) => /BEGIN X509 CRL/.test(b));
    if (!block) {
        const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1] ?? 'something else';
        throw new _crl_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CrlParseError */ .n_(`${origin} holds a ${label} block, not a CRL (-----BEGIN X509 CRL-----)`);
    }
    const body = block.replace(/-+[^-]+-+/g, '').replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body))
        throw new _crl_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CrlParseError */ .n_(`${origin}: the CRL's PEM body is not base64`);
    return Buffer.from(body, 'base64');
}
/** Parse a CRL (PEM or DER). Throws CrlParseError with a readable reason. */
function parseCrl(input, origin = 'the CRL') {
    const der = crlDer(typeof input === 'string' ? Buffer.from(input, 'latin1') : input, origin);
    let crl;
    try {
        crl = pkijs__WEBPACK_IMPORTED_MODULE_2__/* .CertificateRevocationList */ .kNr.fromBER(der);
    }
    catch (e) {
        throw new _crl_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CrlParseError */ .n_(`${origin} is not a certificate revocation list (${e.message.replace(/\.$/, '')})`);
    }
    try {
        let authorityKeyId;
        let crlNumber = null;
        for (const ext of crl.crlExtensions?.extensions ?? []) {
            const parsed = ext.parsedValue;
            if (ext.extnID === OID_AKI && parsed?.keyIdentifier)
                authorityKeyId = Buffer.from(parsed.keyIdentifier.valueBlock.valueHexView);
            if (ext.extnID === OID_CRL_NUMBER && parsed?.valueBlock)
                crlNumber = bytesToBigInt(parsed.valueBlock.valueHexView).toString(10);
        }
        const revoked = (crl.revokedCertificates ?? []).map((r) => {
            const serial = bytesToBigInt(r.userCertificate.valueBlock.valueHexView);
            const entry = { serial, serialHex: serial.toString(16), date: r.revocationDate.value.toISOString() };
            const reasonExt = r.crlEntryExtensions?.extensions.find((x) => x.extnID === OID_REASON);
            const code = reasonExt?.parsedValue?.valueBlock?.valueDec;
            if (code !== undefined)
                entry.reason = _crl_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CRL_REASONS */ .KN[code] ?? `reason ${code}`;
            return entry;
        });
        const issuerRaw = crl.issuer.valueBeforeDecode;
        if (!(issuerRaw instanceof ArrayBuffer) || issuerRaw.byteLength === 0)
            throw new _crl_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CrlParseError */ .n_('the CRL issuer cannot be read');
        return {
            der,
            issuerName: Buffer.from(issuerRaw),
            issuer: formatName(crl.issuer),
            thisUpdate: crl.thisUpdate.value.toISOString(),
            nextUpdate: crl.nextUpdate ? crl.nextUpdate.value.toISOString() : null,
            crlNumber,
            authorityKeyId,
            signatureAlgorithm: crl.signatureAlgorithm.algorithmId,
            tbs: Buffer.from(crl.tbsView),
            signature: Buffer.from(crl.signatureValue.valueBlock.valueHexView),
            revoked,
        };
    }
    catch (e) {
        if (e instanceof _crl_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CrlParseError */ .n_)
            throw e;
        throw new _crl_model_js__WEBPACK_IMPORTED_MODULE_0__/* .CrlParseError */ .n_(`${origin} is a malformed CRL (${e.message})`);
    }
}


/***/ })

};
