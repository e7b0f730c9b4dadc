/**
 * The signer certificate in two views. The verdict is upstream's (one level: issuer Name
 * plus signature, any loaded certificate may issue, no dates, no CA flag: see
 * upstreamChainValid). Beside it, our own X.509 view walks the chain further and reports
 * what a strict validator would object to (expiry, missing CA flag, a chain that stops at a
 * non-root, revocation) as warnings, and explains an untrusted chain precisely.
 */
import { optionRef } from '../errors.ts';
import type { CertificateSummary } from '../result.ts';
import {
  CertificateParseError,
  findUpstreamIssuer,
  parseCertificate,
  splitPemBlocks,
  upstreamChainValid,
  verifiedBy,
  type ParsedCertificate,
} from './certificate.ts';
import { describeCrl, lookupRevocation, type LoadedCrl, type RevokedEntry } from './crl.ts';
import { NEXTCLOUD_ROOT_PEM, OWNCLOUD_ROOT_PEM } from './presets.ts';
import type { TrustStore } from './store.ts';

export interface RevocationStatus {
  /** 'unknown' when no valid CRL speaks about the signer's issuer. */
  status: 'revoked' | 'good' | 'unknown';
  /** true when the CRL was asked for with --crl (revocation then fails the scope). */
  enforced: boolean;
  crl: LoadedCrl | null;
  entry: RevokedEntry | null;
}

export interface ChainAssessment {
  /** Upstream's verdict: issued (one level) by a trusted certificate. */
  trusted: boolean;
  /** The trusted certificate that issued the signer certificate. */
  issuer: ParsedCertificate | null;
  /** Subjects from the signer up to the last certificate found in the trust store (our view). */
  path: string[];
  warnings: string[];
  /** What exactly is wrong with an untrusted chain, and what to do. */
  untrustedHint: string | null;
  revocation: RevocationStatus;
}

export interface AssessOptions {
  now: Date;
  /** Certificates that came along with the signer's (e.g. further PEM blocks in signature.json): used for hints only. */
  extraCertificates?: ParsedCertificate[];
}

interface KnownCertificate {
  cert: ParsedCertificate;
  /** The preset it belongs to, if any. */
  preset: string | null;
}

let presetCache: KnownCertificate[] | undefined;

function presetCertificates(): KnownCertificate[] {
  presetCache ??= (
    [
      ['nextcloud', NEXTCLOUD_ROOT_PEM],
      ['owncloud', OWNCLOUD_ROOT_PEM],
    ] as const
  ).flatMap(([preset, pem]) => splitPemBlocks(pem).map((b) => ({ cert: parseCertificate(b), preset })));
  return presetCache;
}

/** Further certificates in a PEM text after the first one (upstream uses only the first). */
export function extraPemCertificates(text: unknown): ParsedCertificate[] {
  if (typeof text !== 'string') return [];
  const out: ParsedCertificate[] = [];
  for (const block of splitPemBlocks(text).slice(1)) {
    try {
      out.push(parseCertificate(block));
    } catch (e) {
      if (!(e instanceof CertificateParseError)) throw e;
    }
  }
  return out;
}

function isSelfSigned(cert: ParsedCertificate): boolean {
  return cert.subjectName.equals(cert.issuerName) && verifiedBy(cert, cert.x509.publicKey);
}

/** Name, key identifiers and signature: `ca` issued `cert`. */
function issued(ca: ParsedCertificate, cert: ParsedCertificate): boolean {
  if (!ca.subjectName.equals(cert.issuerName)) return false;
  if (cert.authorityKeyId && ca.subjectKeyId && !cert.authorityKeyId.equals(ca.subjectKeyId)) return false;
  return verifiedBy(cert, ca.x509.publicKey);
}

function dateWarnings(cert: ParsedCertificate, now: Date, what: string): string[] {
  const out: string[] = [];
  if (now > new Date(cert.info.notAfter))
    out.push(`${what} expired on ${cert.info.notAfter} (upstream does not check dates, so its verdict is unchanged)`);
  if (now < new Date(cert.info.notBefore)) out.push(`${what} is not valid before ${cert.info.notBefore} (upstream does not check dates)`);
  return out;
}

function caWarnings(ca: ParsedCertificate, now: Date): string[] {
  const out = dateWarnings(ca, now, `the CA certificate "${ca.info.subject}"`);
  if (!ca.x509.ca) {
    out.push(
      `the CA certificate "${ca.info.subject}" is not marked as a CA (no basicConstraints CA:TRUE): strict X.509 validators such as openssl verify reject this chain; upstream does not check it`,
    );
  }
  return out;
}

/** Our own view above the issuer: follow the trust store up to a self-signed root. */
function walkUp(issuer: ParsedCertificate, trusted: ParsedCertificate[], now: Date, path: string[], warnings: string[]): void {
  let current = issuer;
  const seen = new Set<ParsedCertificate>([issuer]);
  for (let depth = 0; depth < 8 && !isSelfSigned(current); depth++) {
    const parent = trusted.find((c) => !seen.has(c) && issued(c, current));
    if (!parent) {
      const sameName = trusted.find((c) => !seen.has(c) && c.subjectName.equals(current.issuerName));
      warnings.push(
        sameName
          ? `the CA certificate "${current.info.subject}" is not signed by the trusted "${sameName.info.subject}" of the same name (upstream checks one level only, so its verdict is unchanged)`
          : `the chain ends at "${current.info.subject}", which is not a root: its issuer "${current.info.issuer}" is not in the trust store (upstream checks one level only, so its verdict is unchanged)`,
      );
      return;
    }
    path.push(parent.info.subject);
    warnings.push(...caWarnings(parent, now));
    seen.add(parent);
    current = parent;
  }
}

function explainUntrusted(cert: ParsedCertificate, trust: TrustStore, extra: ParsedCertificate[]): string {
  const subject = cert.info.subject;
  const issuer = cert.info.issuer;
  const sources = trust.sources.join(', ');
  const sameName = trust.certificates.filter((c) => c.subjectName.equals(cert.issuerName));
  if (sameName.length > 0) {
    const keyIdDiffers =
      cert.hasAuthorityKeyIdExtension &&
      sameName.every((c) => !(cert.authorityKeyId && c.subjectKeyId && cert.authorityKeyId.equals(c.subjectKeyId)));
    return (
      `The signer certificate (${subject}) names "${issuer}" as its issuer, and a certificate with that name is trusted, but ` +
      (keyIdDiffers
        ? 'not the key the signer certificate names (authority key identifier differs)'
        : 'its key did not sign this certificate') +
      ': the certificate was forged, or issued by another CA that uses the same name. Do not trust this release.'
    );
  }
  if (isSelfSigned(cert)) {
    return `The signer certificate (${subject}) is self-signed, not issued by a CA trusted here (${sources}). Upstream accepts only certificates issued by a certificate in its root.crt; to accept this one on purpose, pass the certificate itself with ${optionRef('trust')}.`;
  }
  const known: KnownCertificate[] = [...presetCertificates(), ...extra.map((cert) => ({ cert, preset: null }))];
  const found = known.find((k) => issued(k.cert, cert));
  if (found) {
    const how = found.preset
      ? `it is in the ${found.preset} preset: ${optionRef('trust', found.preset)}`
      : `pass its certificate with ${optionRef('trust')}`;
    const parent = trust.certificates.find((c) => issued(c, found.cert));
    if (parent) {
      return `The signer certificate (${subject}) was issued by the intermediate "${issuer}", which is not in the trust store. Its issuer "${parent.info.subject}" is, but upstream checks one level only, so the intermediate itself must be trusted: ${how}.`;
    }
    return `The signer certificate (${subject}) was issued by "${issuer}", which is not in the trust store (${sources}); ${how} (${optionRef('trust')} is repeatable).`;
  }
  return `The signer certificate (${subject}) was issued by "${issuer}", which is not in the trust store (${sources}). If "${issuer}" is an intermediate CA, pass its certificate with ${optionRef('trust')} too (upstream checks one level, so the direct issuer must be trusted; its root alone is not enough); otherwise its root is not trusted here: pass the right ${optionRef('trust')}, or do not trust this release.`;
}

function revocationStatus(cert: ParsedCertificate, trust: TrustStore): RevocationStatus {
  const enforcedLookup = lookupRevocation(cert, trust.crls ?? []);
  if (enforcedLookup) return { status: enforcedLookup.entry ? 'revoked' : 'good', enforced: true, ...enforcedLookup };
  const advisoryLookup = lookupRevocation(cert, trust.advisoryCrls ?? []);
  if (advisoryLookup) return { status: advisoryLookup.entry ? 'revoked' : 'good', enforced: false, ...advisoryLookup };
  return { status: 'unknown', enforced: false, crl: null, entry: null };
}

/** "serial 1382 (4994), revoked on 2019-11-20 (keyCompromise) in the bundled Nextcloud CRL (#4113 of 2019-11-20)" */
export function describeRevocation(cert: ParsedCertificate, status: RevocationStatus): string {
  const serial = `serial ${cert.info.serial} (${cert.info.serialDecimal})`;
  if (status.status === 'unknown' || !status.crl) return `${serial}: no CRL for its issuer`;
  if (!status.entry) return `${serial}: not revoked according to ${describeCrl(status.crl)}`;
  const reason = status.entry.reason ? ` (${status.entry.reason})` : '';
  return `${serial} was revoked on ${status.entry.date}${reason} according to ${describeCrl(status.crl)}`;
}

/** Assess a signer certificate against the trust store: upstream's verdict plus our own findings. */
export function assessChain(cert: ParsedCertificate, trust: TrustStore, options: AssessOptions): ChainAssessment {
  const { now } = options;
  const warnings = dateWarnings(cert, now, 'the certificate');
  const path = [cert.info.subject];
  const trusted = upstreamChainValid(cert, trust.certificates);
  const issuer = trusted ? findUpstreamIssuer(cert, trust.certificates) : null;
  let untrustedHint: string | null = null;
  if (issuer) {
    path.push(issuer.info.subject);
    warnings.push(...caWarnings(issuer, now));
    walkUp(issuer, trust.certificates, now, path, warnings);
  } else {
    untrustedHint = explainUntrusted(cert, trust, options.extraCertificates ?? []);
  }
  const revocation = revocationStatus(cert, trust);
  if (revocation.status === 'revoked' && !revocation.enforced) {
    warnings.push(
      `${describeRevocation(cert, revocation)}. occ integrity:check-* does not consult the CRL (so its verdict is unchanged), but Nextcloud's app store and app installer do; pass ${optionRef('crl', revocation.crl?.source ?? 'FILE')} to fail on it`,
    );
  }
  const nextUpdate = revocation.crl?.crl.nextUpdate;
  if (revocation.crl && nextUpdate && now > new Date(nextUpdate)) {
    warnings.push(
      `${describeCrl(revocation.crl)} is outdated (its next update was due ${nextUpdate}): a newer one may list more revoked certificates`,
    );
  }
  return { trusted, issuer, path, warnings, untrustedHint, revocation };
}

/** The certificate part of a ScopeResult. */
export function certificateSummary(cert: ParsedCertificate, assessment: ChainAssessment, now: Date): CertificateSummary {
  const { revocation } = assessment;
  const summary: CertificateSummary = {
    subject: cert.info.subject,
    issuer: cert.info.issuer,
    commonName: cert.commonNames[0] ?? null,
    notBefore: cert.info.notBefore,
    notAfter: cert.info.notAfter,
    serial: cert.info.serial,
    serialDecimal: cert.info.serialDecimal,
    fingerprint256: cert.info.fingerprint256,
    revoked: revocation.status === 'revoked',
    expired: now > new Date(cert.info.notAfter),
    notYetValid: now < new Date(cert.info.notBefore),
    trusted: assessment.trusted,
    chain: assessment.path,
    warnings: assessment.warnings,
  };
  if (revocation.crl) {
    summary.revocation = {
      status: revocation.status === 'revoked' ? 'revoked' : 'good',
      enforced: revocation.enforced,
      crl: revocation.crl.source,
      crlIssuer: revocation.crl.crl.issuer,
      crlNumber: revocation.crl.crl.crlNumber,
      crlDate: revocation.crl.crl.thisUpdate,
      ...(revocation.entry ? { date: revocation.entry.date } : {}),
      ...(revocation.entry?.reason ? { reason: revocation.entry.reason } : {}),
    };
  }
  return summary;
}
