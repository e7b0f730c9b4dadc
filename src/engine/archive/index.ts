/**
 * Verifying a release archive without extracting it: one streamed pass hashes every entry
 * and keeps the signature files; the result is a Target plus a TreeSource, so verifyTarget
 * runs the same steps as for a folder.
 *
 *   const { target, source } = await openArchiveTarget('/tmp/tricky.tar.gz', { appId });
 *   const result = await verifyTarget({ target, source, trust });
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { TargetOptions, Target } from '../target.ts';
import type { TreeSource } from '../tree-source.ts';
import { isRegularFile } from '../fs-kind.ts';
import { Collector } from './collect.ts';
import { detectArchiveReader } from './detect.ts';
import { ArchiveError } from './errors.ts';
import { Budget, DEFAULT_LIMITS, type ArchiveLimits } from './limits.ts';
import { archiveSource, archiveTarget, type ArchiveScan } from './source.ts';

export { ArchiveError, ArchiveLimitError } from './errors.ts';
export { DEFAULT_LIMITS, parseCount, parseSize, type ArchiveLimits } from './limits.ts';
export { archiveFiles, archiveSignature, archiveSource, archiveTarget, type ArchiveScan } from './source.ts';
export type { ArchiveFormat } from './readers.ts';

export interface ArchiveOptions extends Partial<ArchiveLimits> {
  /** A signature path besides the standard ones to keep while streaming (generic profile). */
  signaturePath?: string | undefined;
  /** Hash every file (default); false only keeps the small files (inspect). */
  hash?: boolean;
  /** Time allowed between two chunks of input before the read counts as stalled (ms). */
  stallMs?: number;
  /** Entry data (bytes) above which a zip's entries are inflated on worker threads (default 16 MiB; tests vary it). */
  parallelZipFrom?: number;
}

/** Paths that differ only in case or Unicode normalization collide on macOS and Windows. */
function collisions(records: Iterable<string>): { pairs: Array<[string, string]>; count: number } {
  const seen = new Map<string, string>();
  const pairs: Array<[string, string]> = [];
  let count = 0;
  for (const rel of records) {
    const key = rel.normalize('NFC').toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, rel);
    else {
      count += 1;
      if (pairs.length < 5) pairs.push([first, rel]);
    }
  }
  return { pairs, count };
}

/** Read the archive at `path` once: hashes, links, the small files needed later. */
export async function scanArchive(path: string, options: ArchiveOptions = {}): Promise<ArchiveScan> {
  const started = performance.now();
  const abs = resolve(path);
  if (!isRegularFile(abs)) throw new ArchiveError(`${path} is not a file`);
  const limits: ArchiveLimits = {
    maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    maxEntries: options.maxEntries ?? DEFAULT_LIMITS.maxEntries,
  };
  const reader = detectArchiveReader(abs);
  const format = reader.format;
  const budget = new Budget(limits, path);
  const collector = new Collector(budget, {
    countBytes: format === 'zip',
    extraCaptured: options.signaturePath ? [options.signaturePath] : [],
    hash: options.hash !== false,
  });
  const read = {
    ...(options.stallMs === undefined ? {} : { stallMs: options.stallMs }),
    ...(options.parallelZipFrom === undefined ? {} : { parallelFrom: options.parallelZipFrom }),
  };
  await reader.read(abs, collector, budget, read);

  const top = collector.topFolder(path);
  const prefix = top + '/';
  const records = collector.records;
  const folders = new Set<string>();
  for (const [rel, record] of records) {
    for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) folders.add(rel.slice(0, i));
    if (record.kind === 'dir') folders.add(rel);
  }
  const relative = (list: typeof collector.unsafe): typeof collector.unsafe =>
    list.map((u) => (u.name.startsWith(prefix) ? { ...u, name: u.name.slice(prefix.length) } : u));
  const clashes = collisions([...records].filter(([, r]) => r.kind !== 'dir').map(([rel]) => rel));
  return {
    path: abs,
    format,
    top,
    records,
    folders,
    unsafe: relative(collector.unsafe),
    disputed: relative(collector.disputed),
    entries: budget.entries,
    bytes: budget.bytes,
    fileBytes: statSync(abs).size,
    ms: performance.now() - started,
    duplicates: collector.duplicates,
    collisions: clashes.pairs,
    collisionCount: clashes.count,
  };
}

/** Scan an archive and say what to verify in it: the Target and the TreeSource for verifyTarget. */
export async function openArchiveTarget(
  path: string,
  options: TargetOptions & ArchiveOptions = {},
): Promise<{ target: Target; source: TreeSource; scan: ArchiveScan }> {
  const scan = await scanArchive(path, options);
  const target = archiveTarget(scan, options);
  return { target, source: archiveSource(scan), scan };
}
