/**
 * The App Store signature use case, shared by the command line, the Action and `package`: the
 * base64 RSA-SHA512 signature of the archive's bytes (engine/appstore.ts), checked against the
 * certificate when one is given (so a key that does not belong to it is caught before the
 * store rejects the upload), and written as `<archive>.sig` (one line) when asked.
 */
import type { KeyObject } from 'node:crypto';
import { signArchiveForAppStore, verifyAppStoreSignature } from '../engine/appstore.ts';
import { writeFileAtomic } from '../engine/atomic-file.ts';
import { assertKeyMatchesCertificate, loadPrivateKey, loadSigningCertificate } from '../engine/trust/signer.ts';

export interface AppStoreSignRequest {
  /** The archive (absolute path). */
  archive: string;
  privateKeyPem: string | Buffer;
  passphrase?: string | undefined;
  /** When given, the key must belong to it and the signature must verify with it. */
  certificatePem?: string | Buffer | undefined;
  /** Write `<archive>.sig` (base64, one line). */
  writeSigFile: boolean;
}

export interface AppStoreSignature {
  /** base64, one line, as `openssl dgst -sha512 -sign KEY ARCHIVE | openssl base64 -A` prints it. */
  signature: string;
  /** The `.sig` file written, if any. */
  sigFile?: string;
}

/** Sign the archive with an already loaded key (package signs with the key it loaded once). */
export async function signForAppStore(archive: string, key: KeyObject, writeSigFile: boolean): Promise<AppStoreSignature> {
  const signature = await signArchiveForAppStore(archive, key);
  if (!writeSigFile) return { signature };
  const sigFile = `${archive}.sig`;
  writeFileAtomic(sigFile, `${signature}\n`);
  return { signature, sigFile };
}

export async function runAppStoreSign(request: AppStoreSignRequest): Promise<AppStoreSignature> {
  const key = loadPrivateKey(request.privateKeyPem, request.passphrase);
  const cert = request.certificatePem === undefined ? undefined : loadSigningCertificate(request.certificatePem);
  if (cert !== undefined) assertKeyMatchesCertificate(key, cert);
  const signed = await signForAppStore(request.archive, key, false);
  if (
    cert !== undefined &&
    !(await verifyAppStoreSignature(request.archive, Buffer.from(signed.signature, 'base64'), cert.x509.publicKey))
  ) {
    throw new Error('internal error: the App Store signature just made does not verify with the certificate');
  }
  if (!request.writeSigFile) return signed;
  const sigFile = `${request.archive}.sig`;
  writeFileAtomic(sigFile, `${signed.signature}\n`);
  return { ...signed, sigFile };
}
