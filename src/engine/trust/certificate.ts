/**
 * X.509 certificates as upstream's checker sees them (phpseclib 2): which certificate in
 * the trust file may have issued a signer certificate, the signer's CN, and the PEM form
 * upstream writes into signature.json.
 */
import { X509Certificate, type KeyObject } from 'node:crypto';
import { children, content, directoryString, oid, raw, readNode, type DerNode } from '../crypto/der.ts';

export class CertificateParseError extends Error {}

export interface CertificateInfo {
  subject: string;
  issuer: string;
  notBefore: string;
  notAfter: string;
  /** Lowercase hex, as openssl prints it without colons. */
  serial: string;
  /** Decimal form, as phpseclib and upstream messages print it. */
  serialDecimal: string;
  fingerprint256: string;
}

export interface ParsedCertificate {
  der: Buffer;
  x509: X509Certificate;
  issuerName: Buffer;
  subjectName: Buffer;
  /** Every CN attribute of the subject, in order. */
  commonNames: string[];
  authorityKeyId?: Buffer | undefined;
  /** true when an authorityKeyIdentifier extension is present (with or without keyIdentifier). */
  hasAuthorityKeyIdExtension: boolean;
  subjectKeyId?: Buffer | undefined;
  info: CertificateInfo;
}

const OID_CN = '2.5.4.3';
const OID_SKI = '2.5.29.14';
const OID_AKI = '2.5.29.35';

/**
 * Split a trust file into PEM blocks the way upstream does (Checker::splitCerts): any run
 * of 3+ dashes, a label, 3+ dashes, a body, and the closing line.
 */
export function splitPemBlocks(text: string): string[] {
  const re = /[-]{3,}[\S ]+?[-]{3,}[\S\s]+?[-]{3,}[\S ]+?[-]{3,}/g;
  return text.match(re) ?? [];
}

/** PHP's pcre.backtrack_limit: phpseclib skips its clean-up regexes for longer input. */
const PCRE_BACKTRACK_LIMIT = 1_000_000;

/**
 * phpseclib 2's X509::_extractBER, step for step: drop everything up to and including the
 * first armour line (text before it, like "Bag Attributes", is allowed), drop everything
 * from the first "-----END", remove CR/LF/spaces and leftover armour, and base64-decode
 * when only the alphabet is left. Otherwise (or when that decodes to "" or "0", which PHP
 * treats as false) the input is taken as raw DER.
 */
export function pemToDer(input: string | Buffer): Buffer {
  const text = typeof input === 'string' ? input : input.toString('latin1');
  let temp = text;
  if (text.length <= PCRE_BACKTRACK_LIMIT) {
    temp = temp.replace(/^[\s\S]*?(?<=^|\n)-+[^-]+-+[\r\n ]*(?=\n|$)/, '');
    temp = temp.replace(/-+END[\s\S]*/, '');
  }
  temp = temp.replace(/[\r\n ]/g, '').replace(/^-+[^-]+-+|-+[^-]+-+$/g, '');
  if (/^[a-zA-Z\d/+]*={0,2}$/.test(temp)) {
    const der = Buffer.from(temp, 'base64');
    if (der.length > 0 && !(der.length === 1 && der[0] === 0x30)) return der;
  }
  return typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
}

/** The certificate block as upstream writes it: base64 of the DER in 64-char lines ending CRLF. */
export function upstreamPem(der: Buffer): string {
  const b64 = der.toString('base64');
  let body = '';
  for (let i = 0; i < b64.length; i += 64) body += b64.slice(i, i + 64) + '\r\n';
  return `-----BEGIN CERTIFICATE-----\r\n${body}-----END CERTIFICATE-----`;
}

function hexToDecimal(hex: string): string {
  return hex === '' ? '0' : BigInt(`0x${hex}`).toString(10);
}

/** The key identifiers of a certificate's extensions (phpseclib compares them when present). */
interface KeyIds {
  authorityKeyId: Buffer | undefined;
  hasAuthorityKeyIdExtension: boolean;
  subjectKeyId: Buffer | undefined;
}

/** Read the SubjectKeyIdentifier and AuthorityKeyIdentifier extensions from tbsCertificate's fields. */
function keyIdentifiers(der: Buffer, fields: DerNode[]): KeyIds {
  const ids: KeyIds = { authorityKeyId: undefined, hasAuthorityKeyIdExtension: false, subjectKeyId: undefined };
  const extsWrapper = fields.find((f) => f.tag === 0xa3);
  const [exts] = extsWrapper ? children(der, extsWrapper) : [];
  for (const ext of exts ? children(der, exts) : []) {
    const parts = children(der, ext);
    const id = parts[0] ? oid(content(der, parts[0])) : '';
    const value = parts[parts.length - 1] as DerNode; // OCTET STRING
    if (id === OID_SKI) {
      ids.subjectKeyId = Buffer.from(content(der, readNode(der, value.contentStart)));
    } else if (id === OID_AKI) {
      ids.hasAuthorityKeyIdExtension = true;
      const keyId = children(der, readNode(der, value.contentStart)).find((n) => n.tag === 0x80);
      if (keyId) ids.authorityKeyId = Buffer.from(content(der, keyId));
    }
  }
  return ids;
}

/** tbsCertificate's fields, and the issuer and subject Names among them. */
function tbsParts(der: Buffer): { fields: DerNode[]; issuer: DerNode; subject: DerNode } {
  // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }
  const [tbs] = children(der, readNode(der, 0));
  if (!tbs) throw new CertificateParseError('empty certificate');
  const fields = children(der, tbs);
  // [0] version (optional), serialNumber, signature AlgorithmIdentifier, issuer, validity, subject
  const at = fields[0]?.tag === 0xa0 ? 1 : 0;
  const issuer = fields[at + 2];
  const subject = fields[at + 4];
  if (!issuer || !subject) throw new CertificateParseError('certificate has no issuer or subject');
  return { fields, issuer, subject };
}

/** Parse one certificate (PEM or DER). Throws CertificateParseError with a readable reason. */
export function parseCertificate(input: string | Buffer): ParsedCertificate {
  const der = pemToDer(input);
  // Only DER from here on: node would otherwise parse PEM text itself, which phpseclib does not.
  if (der[0] !== 0x30) throw new CertificateParseError('not an X.509 certificate (no PEM body and no DER)');
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(der);
  } catch (e) {
    throw new CertificateParseError(`not an X.509 certificate (${(e as Error).message})`);
  }
  try {
    const { fields, issuer, subject } = tbsParts(der);
    return {
      der,
      x509,
      issuerName: Buffer.from(raw(der, issuer)),
      subjectName: Buffer.from(raw(der, subject)),
      commonNames: nameAttributes(der, subject, OID_CN),
      ...keyIdentifiers(der, fields),
      info: {
        subject: oneLineName(x509.subject),
        issuer: oneLineName(x509.issuer),
        notBefore: new Date(x509.validFrom).toISOString(),
        notAfter: new Date(x509.validTo).toISOString(),
        serial: x509.serialNumber.toLowerCase(),
        serialDecimal: hexToDecimal(x509.serialNumber),
        fingerprint256: x509.fingerprint256,
      },
    };
  } catch (e) {
    if (e instanceof CertificateParseError) throw e;
    throw new CertificateParseError(`malformed certificate (${(e as Error).message})`);
  }
}

function nameAttributes(der: Buffer, name: DerNode, wanted: string): string[] {
  const out: string[] = [];
  for (const rdn of children(der, name)) {
    for (const atv of children(der, rdn)) {
      const [type, value] = children(der, atv);
      if (type && value && oid(content(der, type)) === wanted) out.push(directoryString(der, value));
    }
  }
  return out;
}

/** Node prints names one attribute per line; join them as "CN=x, O=y". */
function oneLineName(name: string): string {
  return name.split('\n').filter(Boolean).join(', ');
}

/**
 * Upstream's trust decision (phpseclib 2 X509::validateSignature, one level): the first
 * trusted certificate whose subject Name equals the signer's issuer Name (and whose subject
 * key id equals the signer's authority key id, when the signer names one) must have signed
 * it. No dates, CA flag, key usage or path length are checked.
 */
export function findUpstreamIssuer(cert: ParsedCertificate, trusted: ParsedCertificate[]): ParsedCertificate | null {
  for (const ca of trusted) {
    if (!ca.subjectName.equals(cert.issuerName)) continue;
    if (!cert.hasAuthorityKeyIdExtension) return ca;
    if (cert.authorityKeyId && ca.subjectKeyId && cert.authorityKeyId.equals(ca.subjectKeyId)) return ca;
  }
  return null;
}

export function upstreamChainValid(cert: ParsedCertificate, trusted: ParsedCertificate[]): boolean {
  const issuer = findUpstreamIssuer(cert, trusted);
  if (!issuer) return false;
  return verifiedBy(cert, issuer.x509.publicKey);
}

export function verifiedBy(cert: ParsedCertificate, key: KeyObject): boolean {
  try {
    return cert.x509.verify(key);
  } catch {
    return false;
  }
}
