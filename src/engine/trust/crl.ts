/**
 * Certificate revocation lists: parse a CRL (PEM or DER), check its own signature against
 * the trusted certificates, and look a signer certificate's serial up in it.
 *
 * node-forge (already used for CSRs and certificates) cannot read CRLs, so parsing uses
 * pkijs (PeculiarVentures, maintained, no global polyfills). Signatures are checked with
 * node:crypto over the CRL's original to-be-signed bytes, so nothing is re-encoded.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { CertificateRevocationList, type RelativeDistinguishedNames } from 'pkijs';
import { UsageError } from '../errors.ts';
import { CertificateParseError, parseCertificate, splitPemBlocks, type ParsedCertificate } from './certificate.ts';
import { NEXTCLOUD_CRL_PEM, NEXTCLOUD_ROOT_PEM } from './presets.ts';

export class CrlParseError extends Error {}

/** RFC 5280 CRLReason codes, by number. */
export const CRL_REASONS: Record<number, string> = {
  0: 'unspecified',
  1: 'keyCompromise',
  2: 'cACompromise',
  3: 'affiliationChanged',
  4: 'superseded',
  5: 'cessationOfOperation',
  6: 'certificateHold',
  8: 'removeFromCRL',
  9: 'privilegeWithdrawn',
  10: 'aACompromise',
};

export interface RevokedEntry {
  serial: bigint;
  /** Lowercase hex without leading zeros (as openssl prints it, without colons). */
  serialHex: string;
  /** ISO date of revocation. */
  date: string;
  reason?: string;
}

export interface ParsedCrl {
  der: Buffer;
  /** The issuer Name exactly as encoded (matched byte for byte against certificates). */
  issuerName: Buffer;
  /** "C=DE, O=..., CN=..." */
  issuer: string;
  thisUpdate: string;
  nextUpdate: string | null;
  /** Decimal, when the CRL has a cRLNumber extension. */
  crlNumber: string | null;
  authorityKeyId?: Buffer | undefined;
  signatureAlgorithm: string;
  tbs: Buffer;
  signature: Buffer;
  revoked: RevokedEntry[];
}

export interface LoadedCrl {
  /** What the user passed (`nextcloud`, or the path as given). */
  source: string;
  /** The CRL embedded in this tool (Nextcloud's resources/codesigning/root.crl). */
  bundled: boolean;
  crl: ParsedCrl;
  /** The trusted certificate whose key verified the CRL's signature. */
  signer: ParsedCertificate | null;
  signatureValid: boolean;
  /** Why the CRL cannot be used (set when signatureValid is false). */
  problem: string | null;
}

const OID_AKI = '2.5.29.35';
const OID_CRL_NUMBER = '2.5.29.20';
const OID_REASON = '2.5.29.21';

const NAME_LABELS: Record<string, string> = {
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

/** Signature algorithms a CRL may use, by OID: the node:crypto digest (null: none, Ed25519). */
const SIGNATURE_ALGORITHMS: Record<string, { digest: string | null; ecdsa?: boolean }> = {
  '1.2.840.113549.1.1.5': { digest: 'sha1' },
  '1.2.840.113549.1.1.14': { digest: 'sha224' },
  '1.2.840.113549.1.1.11': { digest: 'sha256' },
  '1.2.840.113549.1.1.12': { digest: 'sha384' },
  '1.2.840.113549.1.1.13': { digest: 'sha512' },
  '1.2.840.10045.4.1': { digest: 'sha1', ecdsa: true },
  '1.2.840.10045.4.3.2': { digest: 'sha256', ecdsa: true },
  '1.2.840.10045.4.3.3': { digest: 'sha384', ecdsa: true },
  '1.2.840.10045.4.3.4': { digest: 'sha512', ecdsa: true },
  '1.3.101.112': { digest: null },
};

function formatName(name: RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((tv) => {
      const block = (tv.value as { valueBlock?: { value?: unknown } }).valueBlock;
      const value = typeof block?.value === 'string' ? block.value : '?';
      return `${NAME_LABELS[tv.type] ?? tv.type}=${value}`;
    })
    .join(', ');
}

function bytesToBigInt(bytes: Uint8Array): bigint {
  const hex = Buffer.from(bytes).toString('hex');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

/** Serial number of a certificate as a number (Node prints it as hex, possibly zero-padded). */
export function certificateSerial(cert: ParsedCertificate): bigint {
  return cert.info.serial === '' ? 0n : BigInt(`0x${cert.info.serial}`);
}

/** Strip PEM armour ("X509 CRL") or take the bytes as DER. */
function crlDer(input: Buffer, origin: string): Buffer {
  const text = input.toString('latin1');
  if (!text.includes('-----BEGIN')) return input;
  const block = splitPemBlocks(text).find((b) => /BEGIN X509 CRL/.test(b));
  if (!block) {
    const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1] ?? 'something else';
    throw new CrlParseError(`${origin} holds a ${label} block, not a CRL (-----BEGIN X509 CRL-----)`);
  }
  const body = block.replace(/-+[^-]+-+/g, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) throw new CrlParseError(`${origin}: the CRL's PEM body is not base64`);
  return Buffer.from(body, 'base64');
}

/** Parse a CRL (PEM or DER). Throws CrlParseError with a readable reason. */
export function parseCrl(input: string | Buffer, origin = 'the CRL'): ParsedCrl {
  const der = crlDer(typeof input === 'string' ? Buffer.from(input, 'latin1') : input, origin);
  let crl: CertificateRevocationList;
  try {
    crl = CertificateRevocationList.fromBER(der);
  } catch (e) {
    throw new CrlParseError(`${origin} is not a certificate revocation list (${(e as Error).message.replace(/\.$/, '')})`);
  }
  try {
    let authorityKeyId: Buffer | undefined;
    let crlNumber: string | null = null;
    for (const ext of crl.crlExtensions?.extensions ?? []) {
      const parsed = ext.parsedValue as
        { keyIdentifier?: { valueBlock: { valueHexView: Uint8Array } }; valueBlock?: { valueHexView: Uint8Array } } | undefined;
      if (ext.extnID === OID_AKI && parsed?.keyIdentifier) authorityKeyId = Buffer.from(parsed.keyIdentifier.valueBlock.valueHexView);
      if (ext.extnID === OID_CRL_NUMBER && parsed?.valueBlock) crlNumber = bytesToBigInt(parsed.valueBlock.valueHexView).toString(10);
    }
    const revoked: RevokedEntry[] = (crl.revokedCertificates ?? []).map((r) => {
      const serial = bytesToBigInt(r.userCertificate.valueBlock.valueHexView);
      const entry: RevokedEntry = { serial, serialHex: serial.toString(16), date: r.revocationDate.value.toISOString() };
      const reasonExt = r.crlEntryExtensions?.extensions.find((x) => x.extnID === OID_REASON);
      const code = (reasonExt?.parsedValue as { valueBlock?: { valueDec?: number } } | undefined)?.valueBlock?.valueDec;
      if (code !== undefined) entry.reason = CRL_REASONS[code] ?? `reason ${code}`;
      return entry;
    });
    const issuerRaw = crl.issuer.valueBeforeDecode;
    if (!(issuerRaw instanceof ArrayBuffer) || issuerRaw.byteLength === 0) throw new CrlParseError('the CRL issuer cannot be read');
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
  } catch (e) {
    if (e instanceof CrlParseError) throw e;
    throw new CrlParseError(`${origin} is a malformed CRL (${(e as Error).message})`);
  }
}

/** Verify `signature` over `data` with `key`, for the algorithm named by `oid` (X.509 AlgorithmIdentifier). */
export function verifySignedData(data: Buffer, oid: string, signature: Buffer, key: KeyObject): boolean {
  const alg = SIGNATURE_ALGORITHMS[oid];
  if (!alg) return false;
  try {
    return cryptoVerify(alg.digest, data, alg.ecdsa ? { key, dsaEncoding: 'der' } : key, signature);
  } catch {
    return false;
  }
}

/**
 * Find the trusted certificate that signed `crl`: its subject Name must equal the CRL's
 * issuer Name (and its subject key id the CRL's authority key id, when both are present).
 */
export function checkCrlSignature(
  crl: ParsedCrl,
  trusted: ParsedCertificate[],
): { signer: ParsedCertificate | null; problem: string | null } {
  const candidates = trusted.filter(
    (c) => c.subjectName.equals(crl.issuerName) && !(crl.authorityKeyId && c.subjectKeyId && !crl.authorityKeyId.equals(c.subjectKeyId)),
  );
  if (candidates.length === 0) return { signer: null, problem: `it was issued by "${crl.issuer}", which is not in the trust store` };
  if (!SIGNATURE_ALGORITHMS[crl.signatureAlgorithm]) {
    return { signer: null, problem: `its signature algorithm (${crl.signatureAlgorithm}) is not supported` };
  }
  for (const ca of candidates) {
    if (verifySignedData(crl.tbs, crl.signatureAlgorithm, crl.signature, ca.x509.publicKey)) return { signer: ca, problem: null };
  }
  return {
    signer: null,
    problem: `its signature does not verify with the key of "${crl.issuer}": the file was altered or damaged, or it comes from another CA with the same name`,
  };
}

function loaded(source: string, bundled: boolean, crl: ParsedCrl, trusted: ParsedCertificate[]): LoadedCrl {
  const { signer, problem } = checkCrlSignature(crl, trusted);
  return { source, bundled, crl, signer, signatureValid: signer !== null, problem };
}

let bundledCache: { crl: ParsedCrl; signers: ParsedCertificate[] } | undefined;

function bundledParts(): { crl: ParsedCrl; signers: ParsedCertificate[] } {
  bundledCache ??= {
    crl: parseCrl(NEXTCLOUD_CRL_PEM, 'the bundled Nextcloud CRL'),
    signers: splitPemBlocks(NEXTCLOUD_ROOT_PEM).map((b) => parseCertificate(b)),
  };
  return bundledCache;
}

/**
 * The Nextcloud CRL embedded in this tool, checked against the Nextcloud preset (not the
 * user's trust store): used to report revocation as a warning when no --crl is given.
 */
let bundledLoaded: LoadedCrl | undefined;

export function bundledNextcloudCrl(): LoadedCrl {
  if (!bundledLoaded) {
    const { crl, signers } = bundledParts();
    bundledLoaded = loaded('nextcloud', true, crl, signers);
  }
  return bundledLoaded;
}

/**
 * Load `--crl` values (`nextcloud` or a file, PEM or DER) and check each one's signature
 * against `trusted`. A file that is not a CRL is a UsageError; a CRL whose signature does
 * not verify is returned with signatureValid false (what that means depends on the profile).
 */
export function loadCrls(specs: string[], trusted: ParsedCertificate[], cwd = process.cwd()): LoadedCrl[] {
  const out: LoadedCrl[] = [];
  for (const spec of specs) {
    if (spec === 'nextcloud') {
      out.push(loaded(spec, true, bundledParts().crl, trusted));
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(cwd, spec));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        `cannot read CRL file ${spec}: ${code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (code ?? (e as Error).message)}`,
        'Use --crl nextcloud (the bundled Nextcloud CRL) or the path of a CRL file (PEM "X509 CRL" or DER).',
      );
    }
    try {
      out.push(loaded(spec, false, parseCrl(bytes, spec), trusted));
    } catch (e) {
      if (e instanceof CrlParseError || e instanceof CertificateParseError) {
        throw new UsageError(
          e.message,
          'Pass a CRL file as the CA published it (PEM "-----BEGIN X509 CRL-----" or DER), or --crl nextcloud.',
        );
      }
      throw e;
    }
  }
  return out;
}

/** The UsageError for a CRL that cannot be trusted (Nextcloud profiles stop on it). */
export function invalidCrlError(crl: LoadedCrl): UsageError {
  const notTrusted = crl.signer === null && /not in the trust store/.test(crl.problem ?? '');
  return new UsageError(
    `the CRL ${crl.source} is not valid: ${crl.problem ?? 'its signature does not verify'}`,
    notTrusted
      ? 'Trust the CA that issued the CRL too (--trust, repeatable): its certificate is needed to check the CRL signature.'
      : 'Use the CRL exactly as the CA published it (for Nextcloud, resources/codesigning/root.crl), or --crl nextcloud for the bundled one.',
  );
}

/** Whether `crl` speaks about certificates issued by `cert`'s issuer. */
export function crlCovers(crl: ParsedCrl, cert: ParsedCertificate): boolean {
  if (!crl.issuerName.equals(cert.issuerName)) return false;
  return !(crl.authorityKeyId && cert.authorityKeyId && !crl.authorityKeyId.equals(cert.authorityKeyId));
}

export interface RevocationLookup {
  /** The valid CRL that covers the certificate's issuer (the newest, when several do). */
  crl: LoadedCrl;
  /** The entry listing the certificate, or null when it is not revoked. */
  entry: RevokedEntry | null;
}

/** Look `cert` up in the valid CRLs covering its issuer; null when none covers it. */
export function lookupRevocation(cert: ParsedCertificate, crls: LoadedCrl[]): RevocationLookup | null {
  const covering = crls.filter((c) => c.signatureValid && crlCovers(c.crl, cert));
  if (covering.length === 0) return null;
  const serial = certificateSerial(cert);
  for (const c of covering) {
    const entry = c.crl.revoked.find((r) => r.serial === serial);
    if (entry) return { crl: c, entry };
  }
  const newest = covering.reduce((a, b) => (b.crl.thisUpdate > a.crl.thisUpdate ? b : a));
  return { crl: newest, entry: null };
}

/** "the Nextcloud CRL (#4113 of 2019-11-20)" / "CRL ./x.crl (#2 of …)" */
export function describeCrl(c: LoadedCrl): string {
  const what = c.bundled ? 'the bundled Nextcloud CRL' : `the CRL ${c.source}`;
  const number = c.crl.crlNumber === null ? '' : `#${c.crl.crlNumber} `;
  return `${what} (${number}of ${c.crl.thisUpdate.slice(0, 10)})`;
}

/**
 * Stop early on a CRL that cannot be trusted when any scope is a Nextcloud one (its checker
 * has no CRL check, so a bad --crl is the user's to fix); ownCloud scopes report it as
 * upstream's "Certificate Revocation List is not valid." instead.
 */
export function assertUsableCrls(crls: LoadedCrl[], vendors: Iterable<'nextcloud' | 'owncloud'>): void {
  const bad = crls.find((c) => !c.signatureValid);
  if (bad && [...vendors].includes('nextcloud')) throw invalidCrlError(bad);
}
