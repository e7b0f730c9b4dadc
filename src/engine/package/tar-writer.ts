/**
 * A reproducible .tar.gz: the same entries give the same bytes on every machine and run.
 *
 * - POSIX ustar headers: owner and group 0/root, mode 0755 (folders and executable files) or
 *   0644, one fixed modification time, no device numbers. A path longer than 100 bytes is split
 *   into the prefix field (at most 131 bytes: PHP's Archive_Tar, which Nextcloud's installer
 *   uses, reads only that much of it); a path that does not fit even so gets a GNU long-name
 *   entry (`././@LongLink`, type L), which GNU tar, 7-Zip, Archive_Tar and tar-stream read.
 *   No pax headers: Archive_Tar skips them and would extract under the truncated name.
 * - The archive ends with two zero blocks, padded to a 10 KiB record as GNU tar does.
 * - gzip with no file name, modification time 0 and the OS byte 3 (Unix), like `gzip -n`.
 */
import { createReadStream } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';
import { UsageError } from '../errors.ts';

export interface TarEntry {
  /** The path in the archive ('/'-separated, a folder without its trailing '/'). */
  name: string;
  kind: 'file' | 'folder';
  executable: boolean;
  /** The file's size (checked while it is read) and where to read it. */
  size: number;
  path?: string;
}

const BLOCK = 512;
const RECORD = 20 * BLOCK;
/** The largest size and time an 11-digit octal field holds. */
export const MAX_OCTAL_11 = 8 ** 11 - 1;
const NAME_MAX = 100;
const PREFIX_MAX = 131;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/** Split a path into ustar's prefix and name fields, or null when it does not fit. */
export function splitUstarPath(path: Buffer): { prefix: Buffer; name: Buffer } | null {
  if (path.length <= NAME_MAX) return { prefix: Buffer.alloc(0), name: path };
  for (let i = path.length - 1; i > 0; i--) {
    if (path[i] !== 0x2f) continue;
    if (path.length - i - 1 > NAME_MAX) return null;
    if (i <= PREFIX_MAX && path.length - i - 1 > 0) return { prefix: path.subarray(0, i), name: path.subarray(i + 1) };
  }
  return null;
}

interface HeaderFields {
  name: Buffer;
  prefix: Buffer;
  mode: number;
  size: number;
  mtime: number;
  type: '0' | '5' | 'L';
}

/** One 512-byte ustar header. */
function header(f: HeaderFields): Buffer {
  const h = Buffer.alloc(BLOCK);
  f.name.copy(h, 0, 0, Math.min(f.name.length, NAME_MAX));
  h.write(octal(f.mode, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(f.size, 12), 124, 'latin1');
  h.write(octal(f.mtime, 12), 136, 'latin1');
  h.write(' '.repeat(8), 148, 'latin1');
  h.write(f.type, 156, 'latin1');
  h.write('ustar\0' + '00', 257, 'latin1');
  h.write('root', 265, 'latin1');
  h.write('root', 297, 'latin1');
  h.write(octal(0, 8), 329, 'latin1');
  h.write(octal(0, 8), 337, 'latin1');
  f.prefix.copy(h, 345);
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  return h;
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** The header block(s) of an entry: a GNU long-name entry first when the path does not fit ustar. */
export function entryHeaders(entry: TarEntry, mtime: number): Buffer[] {
  const path = Buffer.from(entry.kind === 'folder' ? `${entry.name}/` : entry.name, 'utf8');
  const mode = entry.kind === 'folder' || entry.executable ? 0o755 : 0o644;
  const size = entry.kind === 'folder' ? 0 : entry.size;
  const type = entry.kind === 'folder' ? '5' : '0';
  const split = splitUstarPath(path);
  if (split !== null) return [header({ ...split, mode, size, mtime, type })];
  const longName = Buffer.concat([path, Buffer.alloc(1)]);
  return [
    header({ name: Buffer.from('././@LongLink'), prefix: Buffer.alloc(0), mode: 0o644, size: longName.length, mtime: 0, type: 'L' }),
    longName,
    padding(longName.length),
    header({ name: path.subarray(0, NAME_MAX), prefix: Buffer.alloc(0), mode, size, mtime, type }),
  ];
}

/** A file's bytes, checked against the size its header announced. */
async function* fileData(entry: TarEntry): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const chunk of createReadStream(entry.path as string, { highWaterMark: 1 << 20 })) {
    read += (chunk as Buffer).length;
    if (read > entry.size) break;
    yield chunk as Buffer;
  }
  if (read !== entry.size) {
    throw new UsageError(`${entry.name} changed while it was packed (${read} bytes instead of ${entry.size})`, 'Package again.');
  }
  yield padding(entry.size);
}

/** The tar stream of `entries` (in the order given), ended and padded to a whole record. */
export async function* tarStream(entries: readonly TarEntry[], mtime: number): AsyncGenerator<Buffer> {
  let length = 0;
  for (const entry of entries) {
    for (const block of entryHeaders(entry, mtime)) {
      length += block.length;
      yield block;
    }
    if (entry.kind === 'file') {
      for await (const chunk of fileData(entry)) {
        length += chunk.length;
        yield chunk;
      }
    }
  }
  const end = 2 * BLOCK + ((RECORD - ((length + 2 * BLOCK) % RECORD)) % RECORD);
  yield Buffer.alloc(end);
}

/** Gzip `entries` as a tar into `write` (sync writes, e.g. to a temporary file); returns the compressed length. */
export async function writeTarGz(entries: readonly TarEntry[], mtime: number, write: (chunk: Buffer) => void): Promise<number> {
  let offset = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      try {
        // The gzip header's OS byte (offset 9): 3 (Unix) whatever zlib was built for.
        if (offset <= 9 && offset + chunk.length > 9) chunk[9 - offset] = 3;
        offset += chunk.length;
        write(chunk);
        callback();
      } catch (e) {
        callback(e as Error);
      }
    },
  });
  await pipeline(Readable.from(tarStream(entries, mtime)), createGzip({ level: constants.Z_BEST_COMPRESSION }), sink);
  return offset;
}
