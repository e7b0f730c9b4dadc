/**
 * The zip reader's two kinds of failure (damaged data, or a layout the extractors read
 * differently) and the checks on an entry's data once it is inflated: the same messages
 * whether the entry was inflated on the main thread (zip-sequential.ts) or on a worker
 * (zip-parallel.ts).
 */
import { ArchiveFormatError } from './errors.ts';

export const HINT = 'Download the archive again; if it still fails, it is damaged at its source.';
export const REFUSED_HINT =
  'The archive is built in a way that extractors read differently, so no verdict can speak for all of them. Rebuild it with Info-ZIP zip (zip -r) from the signed folder.';

export function refuse(message: string): never {
  throw new ArchiveFormatError(message, REFUSED_HINT);
}

export function corruptError(message: string): never {
  throw new ArchiveFormatError(message, HINT);
}

/** What the central directory declares of an entry's data. */
export interface DeclaredData {
  index: number;
  method: number;
  crc: number;
  csize: number;
  usize: number;
}

/** What inflating an entry's data in one call gave: zlib's error, or the bytes it used and the result's size and CRC. */
export interface InflatedData {
  error: string | null;
  consumed: number;
  size: number;
  crc: number;
}

/** A stored entry must declare one size for both. */
export function checkStored(e: DeclaredData): void {
  if (e.csize !== e.usize) corruptError(`entry ${e.index + 1} is stored with two different sizes`);
}

/** The data inflated to exactly what the directory declares, with nothing after the deflate stream. */
export function checkInflated(e: DeclaredData, got: InflatedData): void {
  const where = `entry ${e.index + 1}`;
  if (got.error !== null) corruptError(`${where} cannot be inflated (${got.error})`);
  if (e.method !== 0 && got.consumed !== e.csize) refuse(`${where} has data after the end of its compressed stream`);
  if (e.method !== 0 && got.size !== e.usize) corruptError(`${where} inflates to another size than declared`);
  if (got.crc !== e.crc) corruptError(`${where} does not match its CRC (corrupt data)`);
}
