/**
 * SHA-512 as hex, of bytes in memory or of one file read in chunks, for the few places that
 * hash outside the worker pool (release folders, repair, the mimetypelist rule, references).
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, openSync, readSync } from 'node:fs';

export function sha512Hex(bytes: Uint8Array): string {
  return createHash('sha512').update(bytes).digest('hex');
}

/** SHA-512 of the regular file at `path`, read in 1 MiB chunks; a symbolic link is refused (ELOOP), never followed. */
export function sha512OfFile(path: string): string {
  const hash = createHash('sha512');
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
