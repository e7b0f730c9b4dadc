/**
 * Inspect a signature.json without hashing the tree: who signed it, validity, revocation,
 * the chain against the trust store, how many files it lists, and whether its signature
 * verifies over the listed hashes.
 */
import { dirname, join, resolve } from 'node:path';
import { pssVerifyDigest } from './crypto/pss.ts';
import { optionRef, UsageError } from './errors.ts';
import { isDirectory } from './fs-kind.ts';
import { HashTable } from './hashing/hash-table.ts';
import { resolveTarget, type TargetOptions } from './target.ts';
import type { CertificateSummary } from './result.ts';
import { readSignatureFile, type SignatureContent } from './signature.ts';
import { CertificateParseError, parseCertificate, type ParsedCertificate } from './trust/certificate.ts';
import { assessChain, certificateSummary, describeRevocation, extraPemCertificates, type RevocationStatus } from './trust/chain.ts';
import { describeCrl, invalidCrlError } from './trust/crl.ts';
import type { TrustStore } from './trust/store.ts';
import { NEXTCLOUD_REVOCATION, untrustedCrl, type RevocationPolicy } from './rules/revocation.ts';
import { certificateCoversScope } from './rules/scope.ts';

export interface InspectRequest extends TargetOptions {
  /** A signature.json file, or an app / server folder. */
  path: string;
  trust: TrustStore;
  now?: Date;
}

export interface InspectReport {
  /** The signature file that was read. */
  signaturePath: string;
  /** For a folder: the scope its certificate must be for, and the profile. */
  scope: string | null;
  profile: string | null;
  /** Number of files listed in "hashes". */
  hashes: number;
  /** RSA-PSS (SHA-1, MGF1-SHA-512, salt 0) over the listed hashes, with the certificate's key. */
  signatureVerifies: boolean;
  /** For a folder: whether the CN is the scope (or core). */
  scopeMatches: boolean | null;
  certificate: CertificateSummary;
  chain: { trusted: boolean; issuer: string | null; sources: string[]; hint: string | null };
  revocation: { status: 'revoked' | 'good' | 'unknown'; enforced: boolean; description: string };
  /** What upstream's check would fail on (empty when it would pass, tree contents aside). */
  problems: string[];
}

/** What is inspected: the signature file, and for a folder its scope, profile and vendor rules. */
export interface Subject {
  signaturePath: string;
  root: string;
  scope: string | null;
  profile: string | null;
  /** A signature file alone is judged by Nextcloud's rules (the default trust store's). */
  policy: RevocationPolicy;
}

function subjectOf(request: InspectRequest): Subject {
  const input = resolve(request.path);
  if (!isDirectory(input)) return { signaturePath: input, root: dirname(input), scope: null, profile: null, policy: NEXTCLOUD_REVOCATION };
  const target = resolveTarget(input, request);
  return {
    signaturePath: join(target.root, target.profile.signaturePath),
    root: target.root,
    scope: target.scope,
    profile: target.profile.name,
    policy: target.profile.revocation,
  };
}

/** The signature file's content; a usage error when there is none. */
async function readSignatureOf(subject: Subject): Promise<SignatureContent> {
  const read = await readSignatureFile(subject.signaturePath, subject.root);
  if (read.kind === 'missing') {
    throw new UsageError(
      `cannot inspect ${subject.signaturePath}: ${read.reason}`,
      'Pass a signature.json, or the folder of a signed app or server.',
    );
  }
  return read.content;
}

/** The fields and the certificate of a signature file's content; a usage error when it is not a signature file. */
function signedFields(content: SignatureContent, signaturePath: string) {
  const { hashes, signature, certificate } = content;
  if (!(hashes instanceof HashTable) || typeof signature !== 'string' || typeof certificate !== 'string') {
    throw new UsageError(
      `${signaturePath} is not a signature file: it needs "hashes", "signature" and "certificate"`,
      'Pass the appinfo/signature.json or core/signature.json written by occ integrity:sign-* or code-integrity sign.',
    );
  }
  try {
    return { hashes, signature, certificateText: certificate, cert: parseCertificate(certificate), messageDigest: content.messageDigest };
  } catch (e) {
    if (e instanceof CertificateParseError) throw new UsageError(`the certificate in ${signaturePath} cannot be read: ${e.message}`);
    throw e;
  }
}

function revocationDescription(cert: ParsedCertificate, revocation: RevocationStatus): string {
  if (revocation.crl === null) return `unknown: no CRL covers its issuer (pass ${optionRef('crl', 'FILE')})`;
  return revocation.entry ? describeRevocation(cert, revocation) : `not revoked according to ${describeCrl(revocation.crl)}`;
}

/** Inspect the signature of a file or folder; UsageError when there is nothing to inspect. */
export async function inspectSignature(request: InspectRequest): Promise<InspectReport> {
  const subject = subjectOf(request);
  return inspectContent(await readSignatureOf(subject), subject, request.trust, request.now ?? new Date());
}

/** What inspect says about one signature file's content (a file on disk, or one read from an archive). */
export function inspectContent(
  content: SignatureContent,
  subject: Pick<Subject, 'signaturePath' | 'scope' | 'profile' | 'policy'>,
  trust: TrustStore,
  now: Date,
): InspectReport {
  const { hashes, signature: signatureText, certificateText, cert, messageDigest } = signedFields(content, subject.signaturePath);
  const { policy, scope } = subject;
  const request = { trust };
  const problems: string[] = [];
  const badCrl = untrustedCrl(request.trust.crls);
  if (badCrl) {
    if (policy.crlInvalid === null) throw invalidCrlError(badCrl);
    problems.push(`${policy.crlInvalid} (${badCrl.source}: ${badCrl.problem ?? 'its signature does not verify'})`);
  }
  const chain = assessChain(cert, request.trust, { now, extraCertificates: extraPemCertificates(certificateText) });
  if (!chain.trusted) problems.push('the certificate is not issued by a trusted certificate');
  if (chain.revocation.status === 'revoked' && chain.revocation.enforced)
    problems.push(`the certificate has been revoked (${policy.revoked})`);
  const scopeMatches = scope === null ? null : certificateCoversScope(cert.commonNames, scope);
  if (scopeMatches === false) problems.push(`the certificate is for CN=${cert.commonNames.join(',') || '(none)'}, not for ${scope}`);
  const signature = Buffer.from(signatureText.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
  const signatureVerifies = pssVerifyDigest(messageDigest(), signature, cert.x509.publicKey);
  if (!signatureVerifies) problems.push('the signature does not verify over the listed hashes');
  const { revocation } = chain;
  return {
    signaturePath: subject.signaturePath,
    scope,
    profile: subject.profile,
    hashes: hashes.size,
    signatureVerifies,
    scopeMatches,
    certificate: certificateSummary(cert, chain, now),
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
