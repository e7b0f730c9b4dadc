/**
 * Reading a zip archive with our own reader: the central directory (which Info-ZIP unzip,
 * 7-Zip and PHP's ZipArchive all extract from), then every entry's local header and data in
 * one sequential pass over the file, inflated with node:zlib and hashed as they stream.
 *
 * yauzl reads the central directory only, so it could not see what the extractors do
 * differently (tests/archive: differential suite). Here:
 * - the layout must be exactly what a zip writer produces: entries back to back from the
 *   first byte, then the central directory, the end records and the comment up to the last
 *   byte; bytes before, between or after (hidden entries, self-extractor stubs), overlapping
 *   entries, a second end record in the comment, or several disks are refused, because
 *   extractors search for and trust different structures (unzip refuses overlaps, 7-Zip
 *   and libzip extract them; unzip takes an end record in the comment, the others do not);
 * - each local header must agree with its central directory entry on name, method, flags,
 *   sizes and CRC, the data must inflate to exactly the declared size and CRC, with nothing
 *   after the end of the compressed stream; otherwise the archive is refused;
 * - names: the UTF-8 flag, or the Info-ZIP Unicode Path field when its CRC matches the raw
 *   name (unzip, 7-Zip and libzip all use it then; libzip even with the UTF-8 flag set);
 *   non-ASCII names without either, on a system other than Unix, are decoded differently
 *   by each extractor; backslashes are folder separators to unzip for MS-DOS entries only;
 * - types: unzip makes symbolic links for Unix, VMS, Atari, BeOS and AtheOS entries (and for
 *   MS-DOS ones whose Unix bits are consistent), 7-Zip for Unix, MS-DOS and NTFS ones,
 *   ZipArchive never (it writes the link target as the file's content); 7-Zip also makes
 *   folders from MS-DOS and Unix folder attributes without a trailing "/", the others write
 *   files. Each such difference is a finding on the entry.
 *
 * The reader's parts: zip-directory.ts (end records and central directory), zip-classify.ts
 * (what each extractor writes for an entry), zip-local.ts (local headers and data
 * descriptors), zip-sequential.ts (the pass over the entry area, with zip-byte-source.ts),
 * zip-parallel.ts (entries inflated on workers) and zip-checks.ts (the checks both share).
 * This module opens the file, runs them in order and words their errors for the archive.
 */
import { availableParallelism } from 'node:os';
import { createReadStream, promises as fsp } from 'node:fs';
import type { Collector } from './collect.ts';
import { withStallGuard } from './decompress.ts';
import { ArchiveError, ArchiveFormatError } from './errors.ts';
import type { Budget } from './limits.ts';
import { ByteSource } from './zip-byte-source.ts';
import { HINT, refuse } from './zip-checks.ts';
import { readDirectory, type CentralEntry } from './zip-directory.ts';
import { ParallelEntries } from './zip-parallel.ts';
import { readEntries } from './zip-sequential.ts';

export { classifyEntry } from './zip-classify.ts';
export { unicodePath } from './zip-directory.ts';

export interface ZipReadOptions {
  stallMs?: number;
  /** Entry data (bytes) above which entries are inflated on worker threads (default: defaultParallelFrom()). */
  parallelFrom?: number | undefined;
}

function wrap(path: string, e: unknown): ArchiveError {
  if (e instanceof ArchiveFormatError) {
    const m = e.message;
    if (/^it (ends early|is truncated|is too short)/.test(m))
      return new ArchiveError(`${path} is truncated or not a complete zip archive (${m.slice(3)})`, HINT);
    if (e.hint === HINT) return new ArchiveError(`${path} is a corrupt zip archive: ${m}`, HINT);
    return new ArchiveError(`${path} is refused: ${m}`, e.hint);
  }
  if (e instanceof ArchiveError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err?.syscall || (err?.code && /^E[A-Z]+$/.test(err.code))) return new ArchiveError(`cannot read ${path}: ${err.code ?? err.message}`);
  return new ArchiveError(`${path} is a corrupt zip archive (${err?.message ?? String(e)})`, HINT);
}

/**
 * Entry data above which a zip's entries go to the hashing workers. Below 16 MiB starting
 * workers costs more than it saves. On two cores never: the sequential read already keeps
 * both busy (zlib inflates on its own thread while the main thread hashes), and measured on
 * a quiet 2-core machine it was faster than the workers (500 MiB: 3.35 s against 3.9 s;
 * 71 MiB: 0.87 s against 0.97 s) with a third less memory (163 against 253 MiB).
 */
function defaultParallelFrom(): number {
  return availableParallelism() > 2 ? 16 << 20 : Number.POSITIVE_INFINITY;
}

/** Stream the zip archive at `path` into `collector`. */
export async function readZip(path: string, collector: Collector, budget: Budget, options: ZipReadOptions = {}): Promise<void> {
  let fd: fsp.FileHandle | undefined;
  try {
    fd = await fsp.open(path, 'r');
    const size = (await fd.stat()).size;
    const { entries, cdOffset } = await readDirectory(fd, size, budget);
    await fd.close();
    fd = undefined;
    if (entries.length === 0) throw new ArchiveError(`${path} is an empty zip archive`);
    let declared = 0;
    for (const e of entries) declared += e.usize;
    if (declared > budget.limits.maxBytes) budget.addBytes(declared); // declared sizes alone pass the limit: stop before inflating
    const order = entries.map((_, i) => i).sort((a, b) => (entries[a] as CentralEntry).offset - (entries[b] as CentralEntry).offset);
    if (cdOffset === 0) refuse('its entries have no data area');
    const stream = createReadStream(path, { start: 0, end: cdOffset - 1, highWaterMark: 1 << 20 });
    const src = new ByteSource(withStallGuard(stream, path, options.stallMs)[Symbol.asyncIterator]());
    // A large zip's entries are inflated and hashed on worker threads (zip-parallel.ts); a small one's here.
    const parallel = cdOffset > (options.parallelFrom ?? defaultParallelFrom()) ? new ParallelEntries(collector) : null;
    try {
      await readEntries(src, { entries, order, cdOffset }, collector, parallel, options.stallMs);
    } finally {
      stream.destroy();
      await parallel?.close();
    }
  } catch (e) {
    throw wrap(path, e);
  } finally {
    await fd?.close();
  }
}
