/**
 * Nextcloud App Store release signatures (nextcloud-spec.md §C): RSA PKCS#1 v1.5 with
 * SHA-512 over the archive's raw bytes, base64 — what
 * `openssl dgst -sha512 -sign <appid>.key app.tar.gz | openssl base64` prints, and what the
 * App Store and the server's installer check with `openssl_verify(..., SHA512)`. Not the
 * same thing as signature.json: this signs the download, signature.json signs the files.
 */
import { constants, createSign, createVerify, type KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { describeFsError, UsageError } from './errors.ts';

async function feed(path: string, sink: { update(chunk: Buffer): unknown }): Promise<number> {
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      sink.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
  } catch (e) {
    const why = describeFsError(e, 'is a folder, not an archive');
    throw new UsageError(`${path} ${why}`);
  }
  return bytes;
}

/** The base64 signature (one line, no line breaks) of the archive at `path`, streamed. */
export async function signArchiveForAppStore(path: string, key: KeyObject): Promise<string> {
  const signer = createSign('sha512');
  await feed(path, signer);
  return signer.sign({ key, padding: constants.RSA_PKCS1_PADDING }).toString('base64');
}

/**
 * Decode a signature given as base64, tolerating the line breaks and spaces `openssl base64`
 * adds; anything else outside the base64 alphabet is an error, not silently skipped.
 */
export function decodeAppStoreSignature(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) {
    throw new UsageError(
      'the signature is not base64',
      'Pass the text printed by `code-integrity appstore-sign` or `openssl dgst -sha512 -sign KEY ARCHIVE | openssl base64`.',
    );
  }
  return Buffer.from(compact, 'base64');
}

/** Whether `signature` is a valid App Store signature of the archive at `path` for `publicKey`. */
export async function verifyAppStoreSignature(path: string, signature: Buffer, publicKey: KeyObject): Promise<boolean> {
  const verifier = createVerify('sha512');
  await feed(path, verifier);
  try {
    return verifier.verify({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, signature);
  } catch {
    return false; // e.g. a signature longer than the key's modulus
  }
}
