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
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { UsageError } from '../errors.ts';
import { writeFileAtomic } from '../atomic-file.ts';
import {
  type Asn1,
  toDer,
  fromDer,
  seq,
  oidNode,
  octets,
  integerNode,
  timeNode,
  sha256RsaAlgorithm,
  signedStructure,
  pem,
  cnAttributes,
  randomSerial,
  normalizeSerial,
  forgePublicKey,
  checkCommonName,
  SHA256_WITH_RSA,
  OID_AKI,
  OID_CRL_NUMBER,
  OID_REASON,
  DAY_MS,
} from './ca-asn1.ts';
import { assertAbsent, writeNewFiles } from './ca-files.ts';
import { CertificateParseError, parseCertificate, verifiedBy, type ParsedCertificate } from './certificate.ts';
import { CRL_REASONS } from './crl.ts';
import { DEFAULT_KEY_BITS, generateRsaKeyPair, privateKeyPem, type ParsedCsr } from './keys.ts';

const { asn1 } = forge;

export const CA_DAYS = 7300;
export const CERT_DAYS = 3650;
export const CRL_DAYS = 30;

export interface IssuedRecord {
  serial: string;
  subject: string;
  notBefore: string;
  notAfter: string;
}

export interface RevokedRecord {
  serial: string;
  date: string;
  reason?: string;
}

/** ca.json */
export interface CaState {
  format: 1;
  subject: string;
  crlNumber: number;
  issued: IssuedRecord[];
  revoked: RevokedRecord[];
}

export interface CaDir {
  dir: string;
  key: KeyObject;
  cert: ParsedCertificate;
  /** The trust bundle (root.crt): this CA and its parents. */
  bundlePem: string;
  state: CaState;
}

interface CertificateSpec {
  serial: string;
  subject: Asn1;
  publicKey: KeyObject;
  issuerName: Buffer;
  issuerKeyId: Buffer | undefined;
  signingKey: KeyObject;
  notBefore: Date;
  notAfter: Date;
  kind: 'root' | 'intermediate' | 'leaf';
}

function buildCertificate(spec: CertificateSpec): string {
  const cert = forge.pki.createCertificate();
  cert.serialNumber = spec.serial;
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  cert.publicKey = forgePublicKey(spec.publicKey);
  const extensions: object[] =
    spec.kind === 'leaf'
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
  if (spec.issuerKeyId) extensions.push({ name: 'authorityKeyIdentifier', keyIdentifier: spec.issuerKeyId.toString('binary') });
  cert.setExtensions(extensions);
  cert.signatureOid = cert.siginfo.algorithmOid = SHA256_WITH_RSA;
  const tbs = (forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): Asn1 }).getTBSCertificate(cert);
  // Issuer and subject exactly as encoded in the CA certificate / the request: upstream
  // matches an issuer by its Name bytes.
  const fields = tbs.value as Asn1[];
  fields[3] = fromDer(spec.issuerName);
  fields[5] = spec.subject;
  return pem('CERTIFICATE', signedStructure(tbs, spec.signingKey));
}

function nameFor(cn: string): Asn1 {
  return forge.pki.distinguishedNameToAsn1({ attributes: cnAttributes(cn) });
}

function validity(now: Date, days: number, notBefore?: Date): { notBefore: Date; notAfter: Date } {
  if (!Number.isFinite(days) || days <= 0) throw new UsageError(`--days must be a positive number of days (got ${days})`);
  // Backdated by a minute so a certificate made now is valid on a machine whose clock is slightly behind.
  const start = notBefore ?? new Date(Math.floor(now.getTime() / 1000) * 1000 - 60_000);
  return { notBefore: start, notAfter: new Date(start.getTime() + days * DAY_MS) };
}

function readCaFile(dir: string, name: string): string {
  try {
    return readFileSync(join(dir, name), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${dir} is not a CA folder: ${name} ${code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? (e as Error).message})`}`,
      'Create one with `code-integrity ca init --out DIR`.',
    );
  }
}

function saveState(ca: CaDir): void {
  writeFileAtomic(join(ca.dir, 'ca.json'), `${JSON.stringify(ca.state, null, 2)}\n`);
}

export interface InitCaOptions {
  out: string;
  /** CN of the CA. */
  name: string;
  days?: number;
  bits?: number;
  /** Make an intermediate signed by this CA instead of a self-signed root. */
  parent?: CaDir;
  now?: Date;
}

/** Create a CA folder: ca.key (0600), ca.crt, root.crt (trust bundle), ca.json. */
export function initCa(options: InitCaOptions): CaDir {
  const now = options.now ?? new Date();
  const files = ['ca.key', 'ca.crt', 'root.crt', 'ca.json'].map((f) => join(options.out, f));
  assertAbsent(files);
  if (options.name.trim() === '') throw new UsageError('the CA name (--name) is empty');
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
  const cert = parseCertificate(certPem);
  const state: CaState = { format: 1, subject: cert.info.subject, crlNumber: 0, issued: [], revoked: [] };
  // Like Nextcloud's resources/codesigning/root.crt: the issuing CA first, then its root(s).
  const bundlePem = parent ? `${certPem}${parent.bundlePem}` : certPem;
  writeNewFiles([
    { path: files[0] as string, content: privateKeyPem(keys.privateKey), mode: 0o600 },
    { path: files[1] as string, content: certPem },
    { path: files[2] as string, content: bundlePem },
    { path: files[3] as string, content: `${JSON.stringify(state, null, 2)}\n` },
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
export function openCa(dir: string): CaDir {
  const keyPem = readCaFile(dir, 'ca.key');
  const certPem = readCaFile(dir, 'ca.crt');
  const bundlePem = existsSync(join(dir, 'root.crt')) ? readCaFile(dir, 'root.crt') : certPem;
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch (e) {
    throw new UsageError(`${join(dir, 'ca.key')} is not a readable private key (${(e as Error).message})`);
  }
  let cert: ParsedCertificate;
  try {
    cert = parseCertificate(certPem);
  } catch (e) {
    if (e instanceof CertificateParseError) throw new UsageError(`${join(dir, 'ca.crt')} cannot be read: ${e.message}`);
    throw e;
  }
  if (
    !createPublicKey(key)
      .export({ type: 'spki', format: 'der' })
      .equals(cert.x509.publicKey.export({ type: 'spki', format: 'der' }))
  ) {
    throw new UsageError(`${join(dir, 'ca.key')} does not belong to ${join(dir, 'ca.crt')}`);
  }
  let state: CaState = { format: 1, subject: cert.info.subject, crlNumber: 0, issued: [], revoked: [] };
  if (existsSync(join(dir, 'ca.json'))) {
    try {
      state = { ...state, ...(JSON.parse(readCaFile(dir, 'ca.json')) as Partial<CaState>) };
    } catch (e) {
      throw new UsageError(`${join(dir, 'ca.json')} is not valid JSON (${(e as Error).message})`, 'Restore it from a backup.');
    }
  }
  return { dir, key, cert, bundlePem, state };
}

export interface IssueOptions {
  /** CN (the app id, or core). Default: the CN of the CSR. */
  cn?: string | undefined;
  /** Issue for this request (its subject and key)… */
  csr?: ParsedCsr | undefined;
  /** …or for this public key with subject /CN=cn. */
  publicKey?: KeyObject | undefined;
  days?: number | undefined;
  /** Start of validity (default: now). Lets tests and re-issues backdate. */
  notBefore?: Date | undefined;
  now?: Date;
}

export interface IssuedCertificate {
  pem: string;
  cert: ParsedCertificate;
}

/** Issue a code-signing certificate for an app id (or core), recorded in ca.json. */
export function issueCertificate(ca: CaDir, options: IssueOptions): IssuedCertificate {
  const now = options.now ?? new Date();
  const csr = options.csr;
  const cn = options.cn ?? csr?.commonName ?? undefined;
  if (cn === undefined) throw new UsageError('no CN to issue for', 'Pass --cn ID (the app id, or core).');
  checkCommonName(cn);
  if (csr && csr.commonName !== cn) {
    throw new UsageError(
      `the CSR is for CN=${csr.commonName ?? '(none)'}, not ${cn}`,
      'The CN must be the app id the certificate will sign; create the CSR with keygen --cn ID, or drop --cn to use the CSR as it is.',
    );
  }
  const publicKey = csr?.publicKey ?? options.publicKey;
  if (!publicKey) throw new UsageError('no key to certify', 'Pass --csr FILE, or let `ca issue` generate a key.');
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
  const cert = parseCertificate(pemText);
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
export function serialOfIssued(ca: CaDir, certPem: string | Buffer): string {
  let cert: ParsedCertificate;
  try {
    cert = parseCertificate(certPem);
  } catch (e) {
    if (e instanceof CertificateParseError) throw new UsageError(`the certificate to revoke cannot be read: ${e.message}`);
    throw e;
  }
  if (!cert.issuerName.equals(ca.cert.subjectName) || !verifiedBy(cert, ca.cert.x509.publicKey)) {
    throw new UsageError(
      `the certificate ${cert.info.subject} (issuer ${cert.info.issuer}) was not issued by this CA (${ca.cert.info.subject})`,
      'Revoke it with the CA that issued it.',
    );
  }
  return normalizeSerial(cert.info.serial);
}

/** Record a revocation in ca.json (idempotent per serial). */
export function revokeSerial(ca: CaDir, serial: string, options: { reason?: string | undefined; date?: Date } = {}): RevokedRecord {
  const hex = normalizeSerial(serial);
  if (options.reason !== undefined && !Object.values(CRL_REASONS).includes(options.reason)) {
    throw new UsageError(`unknown revocation reason "${options.reason}"`, `Use one of: ${Object.values(CRL_REASONS).join(', ')}.`);
  }
  const already = ca.state.revoked.find((r) => normalizeSerial(r.serial) === hex);
  if (already) return already;
  const record: RevokedRecord = {
    serial: hex,
    date: new Date(Math.floor((options.date ?? new Date()).getTime() / 1000) * 1000).toISOString(),
  };
  if (options.reason !== undefined) record.reason = options.reason;
  ca.state.revoked.push(record);
  saveState(ca);
  return record;
}

function extension(oid: string, value: Asn1): Asn1 {
  return seq([oidNode(oid), octets(toDer(value))]);
}

/** A signed X.509 v2 CRL of every serial revoked so far (PEM), with the next CRL number. */
export function createCrl(ca: CaDir, options: { now?: Date; days?: number } = {}): string {
  const now = new Date(Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000);
  const days = options.days ?? CRL_DAYS;
  if (!Number.isFinite(days) || days <= 0) throw new UsageError(`--days must be a positive number of days (got ${days})`);
  ca.state.crlNumber += 1;
  const reasonCode = (name: string): number => Number(Object.entries(CRL_REASONS).find(([, n]) => n === name)?.[0] ?? 0);
  const entries = ca.state.revoked.map((r) => {
    const parts = [integerNode(BigInt(`0x${r.serial}`)), timeNode(new Date(r.date))];
    if (r.reason !== undefined) {
      const enumerated = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.ENUMERATED, false, String.fromCharCode(reasonCode(r.reason)));
      parts.push(seq([extension(OID_REASON, enumerated)]));
    }
    return seq(parts);
  });
  const extensions: Asn1[] = [];
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
