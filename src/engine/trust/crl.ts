/**
 * Certificate revocation lists: parse a CRL (PEM or DER), check its own signature against
 * the trusted certificates, and look a signer certificate's serial up in it.
 *
 * node-forge (already used for CSRs and certificates) cannot read CRLs, so parsing uses
 * pkijs (PeculiarVentures, maintained, no global polyfills), loaded only when a CRL file is
 * given (crl-parse.ts): the bundled Nextcloud CRL, consulted on every verification, is
 * parsed by pkijs when the presets are generated. Signatures are checked with node:crypto
 * over the CRL's original to-be-signed bytes, so nothing is re-encoded.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { optionRef, UsageError } from '../errors.ts';
import { untrustedCrl, untrustedCrlIsUsageError, type RevocationPolicy } from '../rules/revocation.ts';
import { CrlParseError, parsedCrlFromJson, type ParsedCrl, type RevokedEntry } from './crl-model.ts';

export { CRL_REASONS, CrlParseError, type ParsedCrl, type RevokedEntry } from './crl-model.ts';
import { CertificateParseError, parseCertificate, splitPemBlocks, type ParsedCertificate } from './certificate.ts';
import { NEXTCLOUD_CRL_PARSED, NEXTCLOUD_ROOT_PEM } from './presets.ts';

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

/** Serial number of a certificate as a number (Node prints it as hex, possibly zero-padded). */
export function certificateSerial(cert: ParsedCertificate): bigint {
  return cert.info.serial === '' ? 0n : BigInt(`0x${cert.info.serial}`);
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
    crl: parsedCrlFromJson(NEXTCLOUD_CRL_PARSED),
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
export async function loadCrls(specs: string[], trusted: ParsedCertificate[], cwd = process.cwd()): Promise<LoadedCrl[]> {
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
        `Use ${optionRef('crl', 'nextcloud')} (the bundled Nextcloud CRL) or the path of a CRL file (PEM "X509 CRL" or DER).`,
      );
    }
    try {
      const { parseCrl } = await import('./crl-parse.ts');
      out.push(loaded(spec, false, parseCrl(bytes, spec), trusted));
    } catch (e) {
      if (e instanceof CrlParseError || e instanceof CertificateParseError) {
        throw new UsageError(
          e.message,
          `Pass a CRL file as the CA published it (PEM "-----BEGIN X509 CRL-----" or DER), or ${optionRef('crl', 'nextcloud')}.`,
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
      ? `Trust the CA that issued the CRL too (${optionRef('trust')}, repeatable): its certificate is needed to check the CRL signature.`
      : `Use the CRL exactly as the CA published it (for Nextcloud, resources/codesigning/root.crl), or ${optionRef('crl', 'nextcloud')} for the bundled one.`,
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
 * Stop early on a CRL that cannot be trusted when a scope's checker has no CRL step (Nextcloud:
 * a bad --crl is the user's to fix); ownCloud scopes report it as upstream's "Certificate
 * Revocation List is not valid." instead.
 */
export function assertUsableCrls(crls: LoadedCrl[], policies: Iterable<RevocationPolicy>): void {
  const bad = untrustedCrl(crls);
  if (bad && untrustedCrlIsUsageError(policies)) throw invalidCrlError(bad);
}
