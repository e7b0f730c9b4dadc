/**
 * Inspect a signature.json without hashing the tree: who signed it, validity, revocation,
 * the chain against the trust store, how many files it lists, and whether its signature
 * verifies over the listed hashes.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pssVerifyDigest } from './crypto/pss.ts';
import { UsageError } from './errors.ts';
import { HashTable } from './hashes.ts';
import { resolveTarget, type TargetOptions } from './profiles.ts';
import type { CertificateSummary } from './result.ts';
import { readSignatureFile, type SignatureContent } from './signature.ts';
import { CertificateParseError, parseCertificate } from './trust/certificate.ts';
import { assessChain, certificateSummary, describeRevocation, extraPemCertificates, REVOCATION_MESSAGES } from './trust/chain.ts';
import { describeCrl, invalidCrlError } from './trust/crl.ts';
import type { TrustStore } from './trust/store.ts';

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

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Inspect the signature of a file or folder; UsageError when there is nothing to inspect. */
export async function inspectSignature(request: InspectRequest): Promise<InspectReport> {
  const now = request.now ?? new Date();
  const input = resolve(request.path);
  let signaturePath: string;
  let scope: string | null = null;
  let profileName: string | null = null;
  let vendor: 'nextcloud' | 'owncloud' = 'nextcloud';
  let root: string;
  if (isDirectory(input)) {
    const target = resolveTarget(input, request);
    signaturePath = join(target.root, target.profile.signaturePath);
    scope = target.scope;
    profileName = target.profile.name;
    vendor = target.profile.vendor;
    root = target.root;
  } else {
    signaturePath = input;
    root = dirname(input);
  }
  const read = await readSignatureFile(signaturePath, root);
  if (read.kind === 'missing') {
    throw new UsageError(
      `cannot inspect ${signaturePath}: ${read.reason}`,
      'Pass a signature.json, or the folder of a signed app or server.',
    );
  }
  return inspectContent(read.content, { signaturePath, scope, profile: profileName, vendor }, request.trust, now);
}

/** What inspect says about one signature file's content. */
export function inspectContent(
  content: SignatureContent,
  about: { signaturePath: string; scope: string | null; profile: string | null; vendor: 'nextcloud' | 'owncloud' },
  trust: TrustStore,
  now: Date,
): InspectReport {
  const { signaturePath, scope, profile: profileName, vendor } = about;
  const request = { trust };
  const read = { content };
  const { hashes, signature: signatureText, certificate: certificateText } = read.content;
  if (!(hashes instanceof HashTable) || typeof signatureText !== 'string' || typeof certificateText !== 'string') {
    throw new UsageError(
      `${signaturePath} is not a signature file: it needs "hashes", "signature" and "certificate"`,
      'Pass the appinfo/signature.json or core/signature.json written by occ integrity:sign-* or code-integrity sign.',
    );
  }
  let cert;
  try {
    cert = parseCertificate(certificateText);
  } catch (e) {
    if (e instanceof CertificateParseError) throw new UsageError(`the certificate in ${signaturePath} cannot be read: ${e.message}`);
    throw e;
  }

  const problems: string[] = [];
  const messages = REVOCATION_MESSAGES[vendor];
  const badCrl = (request.trust.crls ?? []).find((c) => !c.signatureValid);
  if (badCrl) {
    if (!messages.crlInvalid) throw invalidCrlError(badCrl);
    problems.push(`${messages.crlInvalid} (${badCrl.source}: ${badCrl.problem ?? 'its signature does not verify'})`);
  }
  const chain = assessChain(cert, request.trust, { now, extraCertificates: extraPemCertificates(certificateText) });
  if (!chain.trusted) problems.push('the certificate is not issued by a trusted certificate');
  if (chain.revocation.status === 'revoked' && chain.revocation.enforced)
    problems.push(`the certificate has been revoked (${messages.revoked})`);

  let scopeMatches: boolean | null = null;
  if (scope !== null) {
    const cn = cert.commonNames.length === 1 ? cert.commonNames[0] : null;
    scopeMatches = cn === scope || cn === 'core';
    if (!scopeMatches) problems.push(`the certificate is for CN=${cert.commonNames.join(',') || '(none)'}, not for ${scope}`);
  }

  const signature = Buffer.from(signatureText.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
  const signatureVerifies = pssVerifyDigest(read.content.messageDigest(), signature, cert.x509.publicKey);
  if (!signatureVerifies) problems.push('the signature does not verify over the listed hashes');

  const { revocation } = chain;
  return {
    signaturePath,
    scope,
    profile: profileName,
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
    revocation: {
      status: revocation.status,
      enforced: revocation.enforced,
      description:
        revocation.crl === null
          ? 'unknown: no CRL covers its issuer (pass --crl FILE)'
          : revocation.entry
            ? describeRevocation(cert, revocation)
            : `not revoked according to ${describeCrl(revocation.crl)}`,
    },
    problems,
  };
}
