/**
 * signature.json: reading it the way upstream's json_decode sees it, and writing it
 * byte-identical to `occ integrity:sign-app` / `integrity:sign-core`.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';
import { PhpArray, type PhpValue } from './php/array.ts';
import { pssMessageHash } from './crypto/pss.ts';
import { phpJsonDecode, phpJsonEncodeStream, PhpJsonError } from './php/json.ts';
import { phpKsort } from './php/ksort.ts';
import { HashTable } from './hashing/hash-table.ts';
import { bufferReader, scanSignature, type ScannedSignature } from './hashing/signature-scan.ts';

/** Larger signature files are refused: a real server's core/signature.json is about 5 MB. */
export const MAX_SIGNATURE_BYTES = 64 * 1024 * 1024;

/**
 * What verification needs from a signature file. `hashes` is the ksorted table when the
 * file's "hashes" is an array, else the raw value (upstream fails on it with a TypeError).
 */
export interface SignatureContent {
  hashes: HashTable | Exclude<PhpValue, PhpArray> | undefined;
  signature: PhpValue | undefined;
  certificate: PhpValue | undefined;
  /** SHA-1 of the compact JSON of the ksorted hashes (call it before `hashes.drop`). */
  messageDigest(): Buffer;
}

export type SignatureRead = { kind: 'ok'; content: SignatureContent; bytes: number } | { kind: 'missing'; reason: string };

export interface ReadSignatureOptions {
  /** Awaited between windows of a large file, so other work on the main thread goes on. */
  pause?: () => Promise<void>;
}

/**
 * Read and decode a signature file. Refuses links leading out of `root`, non-regular files
 * and oversized files (all reported like a missing signature, with the reason kept).
 */
export async function readSignatureFile(path: string, root: string, options: ReadSignatureOptions = {}): Promise<SignatureRead> {
  let fd: number | undefined;
  try {
    const real = realpathSync(path);
    const rootReal = realpathSync(root);
    if (!real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep)) {
      return { kind: 'missing', reason: 'the signature file is a link leading outside the checked folder; it was not read' };
    }
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile()) return { kind: 'missing', reason: 'the signature file is not a regular file' };
    if (st.size > MAX_SIGNATURE_BYTES) {
      return { kind: 'missing', reason: `the signature file is ${st.size} bytes, over the ${MAX_SIGNATURE_BYTES}-byte limit` };
    }
    const file = fd;
    let at = 0;
    let total = 0;
    const reader = (buffer: Buffer, offset: number, length: number): number => {
      // Never past the limit, even if the file grows while it is read.
      const n = readSync(file, buffer, offset, Math.min(length, MAX_SIGNATURE_BYTES + 1 - total), at);
      at += n;
      total += n;
      return n;
    };
    const scanned = await scanSignature(reader, options.pause);
    if (scanned) return { kind: 'ok', content: scannedContent(scanned), bytes: total };
    // Not the usual shape: the whole file through PHP's json_decode rules.
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off);
      if (n === 0) break;
      off += n;
    }
    return decodeSignatureSlowly(buf.subarray(0, off));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      kind: 'missing',
      reason: code === 'ENOENT' ? 'there is no signature file' : `the signature file cannot be read (${code ?? (e as Error).message})`,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function scannedContent(scanned: ScannedSignature): SignatureContent {
  return {
    hashes: scanned.hashes,
    signature: scanned.signature,
    certificate: scanned.certificate,
    messageDigest: () => scanned.messageDigest,
  };
}

/** The fields of a signature file decoded as a PHP value. */
export function contentOf(data: PhpArray): SignatureContent {
  const raw = data.get('hashes');
  if (!(raw instanceof PhpArray)) {
    return {
      hashes: raw,
      signature: data.get('signature'),
      certificate: data.get('certificate'),
      messageDigest: () => signedMessageDigest(new PhpArray()),
    };
  }
  const sorted = phpKsort(raw);
  let digest: Buffer | null = null;
  return {
    hashes: HashTable.fromSorted(sorted),
    signature: data.get('signature'),
    certificate: data.get('certificate'),
    messageDigest: () => (digest ??= signedMessageDigest(sorted)),
  };
}

/**
 * SHA-1 of the exact bytes upstream signs, computed in pieces so a large signature never
 * needs its message as one string. json_encode failing means PHP signs/verifies "".
 */
export function signedMessageDigest(sortedHashes: PhpArray): Buffer {
  const hash = pssMessageHash();
  try {
    phpJsonEncodeStream(sortedHashes, (chunk) => hash.update(chunk, 'utf8'));
  } catch (e) {
    if (e instanceof PhpJsonError) return pssMessageHash().update('').digest();
    throw e;
  }
  return hash.digest();
}

/** A signature file's bytes (from an archive), as readSignatureFile reads a file. */
export async function decodeSignature(bytes: Buffer | readonly Buffer[], options: ReadSignatureOptions = {}): Promise<SignatureRead> {
  const chunks = Buffer.isBuffer(bytes) ? [bytes] : bytes;
  const scanned = await scanSignature(bufferReader(chunks), options.pause);
  if (scanned) return { kind: 'ok', content: scannedContent(scanned), bytes: chunks.reduce((n, c) => n + c.length, 0) };
  return decodeSignatureSlowly(Buffer.isBuffer(bytes) ? bytes : Buffer.concat(chunks));
}

/** json_decode of a signature file's bytes; anything but a JSON object is "no signature data" upstream. */
function decodeSignatureSlowly(bytes: Buffer): SignatureRead {
  const data = phpJsonDecode(bytes);
  if (!(data instanceof PhpArray)) {
    return {
      kind: 'missing',
      reason: data === undefined ? 'the signature file is not valid JSON' : 'the signature file does not hold a JSON object',
    };
  }
  return { kind: 'ok', content: contentOf(data), bytes: bytes.length };
}

/** Build the hashes array from walk-ordered pairs and ksort it as upstream does. */
export function sortedHashes(pairs: Iterable<readonly [string, PhpValue]>): PhpArray {
  return phpKsort(PhpArray.fromEntries(pairs));
}

/** signature.json text exactly as upstream writes it (JSON_PRETTY_PRINT, no trailing newline), in chunks:
 * a large core signature is never held as one string. */
export function writeSignatureFileText(
  sorted: PhpArray,
  signatureBase64: string,
  certificatePem: string,
  write: (chunk: string) => void,
): void {
  phpJsonEncodeStream(signatureDocument(sorted, signatureBase64, certificatePem), write, { pretty: true });
}

function signatureDocument(sorted: PhpArray, signatureBase64: string, certificatePem: string): PhpArray {
  const doc = new PhpArray();
  doc.set('hashes', sorted);
  doc.set('signature', signatureBase64);
  doc.set('certificate', certificatePem);
  return doc;
}
