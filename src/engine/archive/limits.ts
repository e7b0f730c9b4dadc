/**
 * Safety limits for reading an archive: total uncompressed bytes and number of entries.
 * Reading stops with an ArchiveLimitError as soon as one is passed, so a decompression
 * bomb costs at most `maxBytes` of decompression work and no memory beyond the streams.
 */
import { optionRef } from '../errors.ts';
import { ArchiveError, ArchiveLimitError } from './errors.ts';

export interface ArchiveLimits {
  /** Uncompressed bytes read in total (the tar stream after decompression, or all zip entries). */
  maxBytes: number;
  /** Entries of any kind (files, folders, links). */
  maxEntries: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = { maxBytes: 8 * 1024 ** 3, maxEntries: 1_000_000 };

/** "8GiB" style, for messages. */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1 && value % 1024 === 0) {
    value /= 1024;
    unit += 1;
  }
  return `${value} ${units[unit]}`;
}

/**
 * Parse a size such as `8GiB`, `8G`, `500MB`, `100k` or `1048576`. Every unit is binary
 * (K = 1024), so a limit of `8G` means 8 GiB.
 */
export function parseSize(text: string, what = optionRef('max-size')): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmgt])(?:i?b)?|b)?\s*$/i.exec(text);
  if (!m) {
    throw new ArchiveError(
      `${what} "${text}" is not a size`,
      `Use a number of bytes or a size like 500M, 8G or 8GiB (units are powers of 1024).`,
    );
  }
  const power = m[2] ? 'kmgt'.indexOf(m[2].toLowerCase()) + 1 : 0;
  const bytes = Math.floor(Number(m[1]) * 1024 ** power);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new ArchiveError(`${what} "${text}" is out of range`);
  return bytes;
}

/** Parse a positive entry count (`1000000`, `1e6` is refused: digits only, `_` allowed). */
export function parseCount(text: string, what = optionRef('max-entries')): number {
  const clean = text.replace(/_/g, '');
  if (!/^\d+$/.test(clean) || Number(clean) <= 0 || !Number.isSafeInteger(Number(clean))) {
    throw new ArchiveError(`${what} "${text}" is not a positive whole number`);
  }
  return Number(clean);
}

/** Counts what has been read and throws once a limit is passed. */
export class Budget {
  bytes = 0;
  entries = 0;

  constructor(
    readonly limits: ArchiveLimits,
    private readonly archive: string,
  ) {}

  addBytes(n: number): void {
    this.bytes += n;
    if (this.bytes > this.limits.maxBytes) throw this.sizeError();
  }

  /** The error for passing the size limit. */
  sizeError(): ArchiveLimitError {
    return new ArchiveLimitError(
      `${this.archive} unpacks to more than ${formatSize(this.limits.maxBytes)} (${optionRef('max-size')}); reading stopped, it may be a decompression bomb`,
      `If this is a genuine release that large, raise the limit with ${optionRef('max-size', '16G')}.`,
    );
  }

  addEntry(): void {
    this.entries += 1;
    if (this.entries > this.limits.maxEntries) {
      throw new ArchiveLimitError(
        `${this.archive} holds more than ${this.limits.maxEntries} entries (${optionRef('max-entries')}); reading stopped`,
        `If this is a genuine release with that many files, raise the limit with ${optionRef('max-entries')}.`,
      );
    }
  }
}
