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
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { UsageError } from '../errors.ts';
import { writeFileAtomic } from '../atomic-file.ts';
import { CertificateParseError, parseCertificate, splitPemBlocks, verifiedBy, type ParsedCertificate } from './certificate.ts';
import { CRL_REASONS, verifySignedData } from './crl.ts';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
const OID_RSA = '1.2.840.113549.1.1.1';
const OID_CN = '2.5.4.3';
const OID_AKI = '2.5.29.35';
const OID_CRL_NUMBER = '2.5.29.20';
const OID_REASON = '2.5.29.21';
const DAY_MS = 86_400_000;

export const DEFAULT_KEY_BITS = 4096;
export const CA_DAYS = 7300;
export const CERT_DAYS = 3650;
export const CRL_DAYS = 30;

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

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

export interface NewFile {
  path: string;
  content: string;
  /** Default 0644; private keys 0600. */
  mode?: number;
}

// ---------------------------------------------------------------------------------------
// small helpers

function toDer(node: Asn1): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}

function fromDer(buf: Buffer): Asn1 {
  return asn1.fromDer(buf.toString('binary'));
}

function seq(items: Asn1[]): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
}

function oidNode(oid: string): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oid).getBytes());
}

function octets(buf: Buffer): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, buf.toString('binary'));
}

/** DER INTEGER content for a non-negative number given as bigint. */
function integerNode(value: bigint): Asn1 {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, Buffer.from(hex, 'hex').toString('binary'));
}

/** RFC 5280 Time: UTCTime through 2049, GeneralizedTime from 2050. */
function timeNode(date: Date): Asn1 {
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTCTIME, false, asn1.dateToUtcTime(date));
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date));
}

function sha256RsaAlgorithm(): Asn1 {
  return seq([oidNode(SHA256_WITH_RSA), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]);
}

/** SEQUENCE { toBeSigned, sha256WithRSAEncryption, BIT STRING signature }, signed with node:crypto. */
function signedStructure(toBeSigned: Asn1, key: KeyObject): Buffer {
  const signature = cryptoSign('sha256', toDer(toBeSigned), key);
  const bits = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${signature.toString('binary')}`);
  return toDer(seq([toBeSigned, sha256RsaAlgorithm(), bits]));
}

function pem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** A Name with one CN attribute, as a UTF8String (app ids may hold "_", not allowed in PrintableString). */
function cnAttributes(cn: string): forge.pki.CertificateField[] {
  return [{ type: OID_CN, value: cn, valueTagClass: asn1.Type.UTF8 as unknown as forge.asn1.Class }];
}

/** A random positive 128-bit serial (first byte 0x40–0x7f: positive, minimal DER, never zero). */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] as number) & 0x3f) | 0x40;
  return bytes.toString('hex');
}

function normalizeSerial(input: string): string {
  const hex = input.trim().replace(/^0x/i, '').replace(/:/g, '').toLowerCase();
  if (!/^[0-9a-f]+$/.test(hex)) {
    throw new UsageError(`"${input}" is not a hexadecimal serial number`, 'Give the serial as openssl prints it (hex, colons allowed).');
  }
  return BigInt(`0x${hex}`).toString(16);
}

function forgePublicKey(key: KeyObject): forge.pki.rsa.PublicKey {
  return forge.pki.publicKeyFromPem(key.export({ type: 'spki', format: 'pem' }).toString());
}

function checkCommonName(cn: string): void {
  const control = [...cn].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f');
  if (cn === '' || control || /[/\\]/.test(cn) || cn === '.' || cn === '..') {
    throw new UsageError(`"${cn}" cannot be used as a CN here`, 'Use the app id as written in appinfo/info.xml (or core).');
  }
}

// ---------------------------------------------------------------------------------------
// files

/** UsageError when any of `paths` exists: keys and certificates are never overwritten. */
export function assertAbsent(paths: string[]): void {
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length > 0) {
    throw new UsageError(
      `refusing to overwrite ${existing.join(', ')}`,
      'Move the existing file away or choose another --out folder; keys and certificates are never overwritten.',
    );
  }
}

/**
 * Write new files, all or nothing: refuses when any of them exists (never overwrites),
 * creates each with O_EXCL and its mode, and removes the ones it made if a later one fails.
 */
export function writeNewFiles(files: NewFile[]): void {
  assertAbsent(files.map((f) => f.path));
  const made: string[] = [];
  try {
    for (const f of files) {
      const fd = openSync(f.path, 'wx', f.mode ?? 0o644);
      made.push(f.path);
      try {
        const buf = Buffer.from(f.content, 'utf8');
        let off = 0;
        while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (e) {
    for (const p of made) {
      try {
        unlinkSync(p);
      } catch {
        // already gone
      }
    }
    if (e instanceof UsageError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(
      err.code === 'EEXIST'
        ? `refusing to overwrite ${err.path ?? 'an existing file'}`
        : `cannot write ${err.path ?? 'a file'}: ${err.code ?? err.message}`,
      err.code === 'ENOENT' ? 'Create the --out folder first.' : 'Check the --out folder.',
    );
  }
}

// ---------------------------------------------------------------------------------------
// keys and CSRs

/** An RSA key pair from node:crypto (native: RSA-4096 takes about a second, not a minute). */
export function generateRsaKeyPair(bits = DEFAULT_KEY_BITS): KeyPair {
  if (!Number.isInteger(bits) || bits < 2048 || bits > 16384) {
    throw new UsageError(
      `RSA keys of ${bits} bits are not supported here`,
      'Use 4096 (the default, as the upstream docs do), 3072 or 2048.',
    );
  }
  return generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 0x10001 });
}

/** Unencrypted PKCS#8 PEM, what `openssl req -nodes` writes. */
export function privateKeyPem(key: KeyObject): string {
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** A PKCS#10 request with subject /CN=cn, signed with SHA-256 (openssl req's default). */
export function createCsr(cn: string, keys: KeyPair): string {
  checkCommonName(cn);
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = forgePublicKey(keys.publicKey);
  csr.setSubject(cnAttributes(cn));
  csr.signatureOid = csr.siginfo.algorithmOid = SHA256_WITH_RSA;
  const info = (
    forge.pki as unknown as { getCertificationRequestInfo(c: forge.pki.CertificateSigningRequest): Asn1 }
  ).getCertificationRequestInfo(csr);
  return pem('CERTIFICATE REQUEST', signedStructure(info, keys.privateKey));
}

export interface ParsedCsr {
  /** The subject Name as encoded in the request (kept byte for byte in the certificate). */
  subjectName: Asn1;
  commonName: string | null;
  publicKey: KeyObject;
}

/** Read a CSR (PEM or DER), check its self-signature, and require an RSA key. */
export function parseCsr(input: string | Buffer): ParsedCsr {
  const text = typeof input === 'string' ? input : input.toString('latin1');
  let der: Buffer;
  if (text.includes('-----BEGIN')) {
    const block = splitPemBlocks(text).find((b) => /BEGIN (NEW )?CERTIFICATE REQUEST/.test(b));
    if (!block)
      throw new UsageError(
        'the CSR file holds no "-----BEGIN CERTIFICATE REQUEST-----" block',
        'Pass the .csr that keygen or openssl req wrote.',
      );
    der = Buffer.from(block.replace(/-+[^-]+-+/g, '').replace(/\s+/g, ''), 'base64');
  } else {
    der = typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
  }
  try {
    const request = fromDer(der);
    const [info, algorithm, signature] = request.value as Asn1[];
    const [, subject, spki] = (info?.value ?? []) as Asn1[];
    if (!info || !algorithm || !signature || !subject || !spki) throw new Error('incomplete request');
    const algOid = asn1.derToOid((algorithm.value as Asn1[])[0]?.value as string);
    const spkiDer = toDer(spki);
    const publicKey = createPublicKey({ key: spkiDer, format: 'der', type: 'spki' });
    const sigBits = Buffer.from(signature.value as string, 'binary').subarray(1);
    if (!verifySignedData(toDer(info), algOid, sigBits, publicKey)) {
      throw new UsageError('the CSR signature does not verify: the request is damaged or was edited', 'Create the CSR again (keygen).');
    }
    const keyOid = asn1.derToOid(((spki.value as Asn1[])[0]?.value as Asn1[])[0]?.value as string);
    if (keyOid !== OID_RSA) {
      throw new UsageError(
        `the CSR holds a ${publicKey.asymmetricKeyType ?? 'non-RSA'} key`,
        'Nextcloud and ownCloud signatures need an RSA key: openssl req -nodes -newkey rsa:4096 … (or code-integrity keygen).',
      );
    }
    let commonName: string | null = null;
    for (const rdn of subject.value as Asn1[]) {
      for (const atv of rdn.value as Asn1[]) {
        const [type, value] = atv.value as Asn1[];
        if (type && value && asn1.derToOid(type.value as string) === OID_CN) {
          commonName = value.type === asn1.Type.UTF8 ? forge.util.decodeUtf8(value.value as string) : (value.value as string);
        }
      }
    }
    return { subjectName: subject, commonName, publicKey };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`the CSR cannot be read: ${(e as Error).message}`, 'Pass the PEM request that keygen or openssl req wrote.');
  }
}

// ---------------------------------------------------------------------------------------
// certificates

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
