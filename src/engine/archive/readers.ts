/**
 * The archive readers, in one registry: which formats `verify` and `inspect` read, how each
 * is recognised from its first bytes, and which reader streams its entries into the
 * collector. A new format is a reader module plus one entry in READERS (first match wins).
 */
import type { Collector } from './collect.ts';
import type { Budget } from './limits.ts';
import { readTar } from './tar.ts';
import { readZip } from './zip.ts';

export type ArchiveFormat = 'tar' | 'tar.gz' | 'tar.bz2' | 'zip';

export interface ArchiveReadOptions {
  /** Time allowed between two chunks of input before the read counts as stalled (ms). */
  stallMs?: number;
  /** Entry data (bytes) above which a reader may inflate and hash entries on worker threads (zip). */
  parallelFrom?: number;
}

export interface ArchiveReader {
  format: ArchiveFormat;
  /** Whether the file's first bytes (up to 512) are this format. */
  recognises(head: Buffer): boolean;
  /** Streams every entry of the archive at `path` into `collector`, within `budget`. */
  read(path: string, collector: Collector, budget: Budget, options: ArchiveReadOptions): Promise<void>;
}

/** An old-style (v7) tar header: the checksum field matches the header's bytes. */
function validTarChecksum(head: Buffer): boolean {
  if (head.length < 512) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : (head[i] as number);
  const field = head
    .subarray(148, 156)
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .trim();
  return /^[0-7]+$/.test(field) && parseInt(field, 8) === sum && sum !== 8 * 32;
}

const READERS: readonly ArchiveReader[] = [
  {
    format: 'tar.gz',
    recognises: (head) => head[0] === 0x1f && head[1] === 0x8b,
    read: (path, collector, budget, options) => readTar(path, 'tar.gz', collector, budget, options),
  },
  {
    format: 'tar.bz2',
    recognises: (head) => head.subarray(0, 3).toString('latin1') === 'BZh' && head[3] !== undefined && head[3] >= 0x31 && head[3] <= 0x39,
    read: (path, collector, budget, options) => readTar(path, 'tar.bz2', collector, budget, options),
  },
  {
    format: 'zip',
    recognises: (head) => head[0] === 0x50 && head[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(((head[2] ?? 0) << 8) | (head[3] ?? 0)),
    read: (path, collector, budget, options) => readZip(path, collector, budget, options),
  },
  {
    format: 'tar',
    recognises: (head) => head.subarray(257, 262).toString('latin1') === 'ustar' || validTarChecksum(head),
    read: (path, collector, budget, options) => readTar(path, 'tar', collector, budget, options),
  },
];

/** The reader for a file starting with `head`, or null when no registered format matches. */
export function readerFor(head: Buffer): ArchiveReader | null {
  return READERS.find((r) => r.recognises(head)) ?? null;
}
