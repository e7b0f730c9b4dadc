/**
 * Which archive format a file is, from its first bytes (the extension is only a hint in
 * messages): one of the registered readers (readers.ts), or an error naming what it is.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { ArchiveError } from './errors.ts';
import { readerFor, type ArchiveFormat, type ArchiveReader } from './readers.ts';

function readHead(path: string, length: number): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(length);
    let off = 0;
    while (off < length) {
      const n = readSync(fd, buf, off, length - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ArchiveError(`cannot read ${path}: ${code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The reader of the archive at `path`, or an ArchiveError saying what the file is instead. */
export function detectArchiveReader(path: string): ArchiveReader {
  const head = readHead(path, 512);
  if (head.length === 0) throw new ArchiveError(`${path} is empty, not an archive`);
  const reader = readerFor(head);
  if (reader !== null) return reader;
  const hint = 'Pass a release archive (.tar.gz, .tgz, .tar.bz2, .tar or .zip) or the folder of an app or server.';
  if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) {
    throw new ArchiveError(`${path} is xz-compressed, which this tool does not read`, hint);
  }
  if (head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) {
    throw new ArchiveError(`${path} is zstd-compressed, which this tool does not read`, hint);
  }
  throw new ArchiveError(`${path} is not an archive this tool reads (no tar, gzip, bzip2 or zip signature in its first bytes)`, hint);
}

/** The archive format of `path` when its first bytes say it is one, else null (never throws for content). */
export function archiveFormatOf(path: string): ArchiveFormat | null {
  try {
    return detectArchiveReader(path).format;
  } catch {
    return null;
  }
}
