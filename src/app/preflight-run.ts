/**
 * The store pre-flight use case, shared by the command line, the Action and `package`: read the
 * archive's shape and info.xml, find the certificate (given, or the one in
 * appinfo/signature.json), verify the archive with the verify use case, check the App Store
 * signature, then let the engine decide every check (engine/package/preflight.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeAppStoreSignature, verifyAppStoreSignature } from '../engine/appstore.ts';
import { displayText } from '../engine/display.ts';
import { UsageError } from '../engine/errors.ts';
import { peekAppArchive, type ArchivePeek } from '../engine/package/archive-peek.ts';
import { preflightReport, type PreflightEvidence, type PreflightReport } from '../engine/package/preflight.ts';
import type { Result } from '../engine/result.ts';
import { CertificateParseError, parseCertificate } from '../engine/trust/certificate.ts';
import { loadSigningCertificate } from '../engine/trust/signer.ts';
import { runVerification } from './verify-run.ts';

export interface PreflightRunRequest {
  /** The archive (absolute path). */
  archive: string;
  cwd: string;
  trust: string[];
  crl: string[];
  /** The app's certificate; default: the one in the archive's appinfo/signature.json. */
  certificatePem?: string | Buffer | undefined;
  /** The App Store signature (base64) and where it came from; default: `<archive>.sig` when it exists. */
  storeSignature?: { text: string; source: string } | undefined;
  /** What to call the archive in messages (package checks its temporary file under the final name). */
  displayName?: string | undefined;
}

type CertificateEvidence = PreflightEvidence['certificate'];

/** The certificate: the one given (a usage error when unreadable), else the one signature.json carries. */
function certificateOf(request: PreflightRunRequest, peek: ArchivePeek): CertificateEvidence {
  if (request.certificatePem !== undefined)
    return { cert: loadSigningCertificate(request.certificatePem), source: 'the certificate given' };
  if (peek.signatureJson === null) return null;
  let pem: unknown;
  try {
    pem = (JSON.parse(peek.signatureJson) as { certificate?: unknown }).certificate;
  } catch {
    return { problem: 'appinfo/signature.json is not valid JSON, so it names no certificate' };
  }
  if (typeof pem !== 'string') return { problem: 'appinfo/signature.json has no certificate' };
  try {
    return { cert: parseCertificate(pem), source: 'from appinfo/signature.json' };
  } catch (e) {
    if (e instanceof CertificateParseError) return { problem: `the certificate in appinfo/signature.json cannot be read: ${e.message}` };
    throw e;
  }
}

/** One line for what the verify use case found in the archive. */
function verificationText(result: Result): { passed: boolean; text: string } {
  const scope = result.scopes[0];
  if (scope === undefined) return { passed: false, text: 'the archive holds no app to verify' };
  if (scope.EXCEPTION) return { passed: false, text: `appinfo/signature.json does not verify: ${scope.EXCEPTION.message}` };
  const parts = (['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'] as const)
    .filter((c) => Object.keys(scope[c]).length > 0)
    .map((c) => `${c} ${Object.keys(scope[c]).slice(0, 3).map(displayText).join(', ')}${Object.keys(scope[c]).length > 3 ? ', …' : ''}`);
  if (!result.ok) return { passed: false, text: `appinfo/signature.json does not match the archive: ${parts.join('; ')}` };
  const signer = scope.certificate ? `, signed by ${displayText(scope.certificate.subject)}` : '';
  return { passed: true, text: `appinfo/signature.json verifies (${scope.stats.files} files${signer})` };
}

async function verification(request: PreflightRunRequest): Promise<{ passed: boolean; text: string }> {
  try {
    const result = await runVerification({
      paths: [request.archive],
      cwd: request.cwd,
      profile: 'nextcloud-app',
      trust: request.trust,
      crl: request.crl,
      allApps: false,
      requireSigned: false,
      allow: [],
    });
    return verificationText(result);
  } catch (e) {
    // A corrupt or truncated archive (ArchiveError and its kin) is a finding here, not a usage error.
    if (e instanceof UsageError && e.name.startsWith('Archive'))
      return { passed: false, text: `the archive cannot be verified: ${e.message}` };
    throw e;
  }
}

/** The App Store signature given, or found beside the archive as `<archive>.sig`. */
function storeSignatureText(request: PreflightRunRequest): { text: string; source: string } | null {
  if (request.storeSignature !== undefined) return request.storeSignature;
  const sig = `${request.archive}.sig`;
  if (!existsSync(sig)) return null;
  return { text: readFileSync(sig, 'latin1'), source: `${basename(request.displayName ?? request.archive)}.sig` };
}

async function storeSignatureCheck(request: PreflightRunRequest, cert: CertificateEvidence): Promise<PreflightEvidence['storeSignature']> {
  const given = storeSignatureText(request);
  if (given === null || cert === null || 'problem' in cert) return null;
  let signature: Buffer;
  try {
    signature = decodeAppStoreSignature(given.text);
  } catch {
    return { valid: false, source: `${given.source}, which is not base64` };
  }
  return { valid: await verifyAppStoreSignature(request.archive, signature, cert.cert.x509.publicKey), source: given.source };
}

/** Run every pre-flight check on the archive; failures are in the report, usage errors are thrown. */
export async function runPreflight(request: PreflightRunRequest): Promise<PreflightReport> {
  const peek = await peekAppArchive(request.archive);
  const certificate = peek.gzip || request.certificatePem !== undefined ? certificateOf(request, peek) : null;
  const evidence: PreflightEvidence = {
    peek,
    certificate,
    verification: peek.gzip ? await verification(request) : { passed: false, text: 'not verified (not a .tar.gz)' },
    storeSignature: await storeSignatureCheck(request, certificate),
  };
  return preflightReport(evidence);
}
