/**
 * Verifying a release archive without extracting it: one streamed pass hashes every entry
 * and keeps the signature file; the result is a Target plus a TreeSource, so verifyTarget
 * runs the same steps as for a folder.
 *
 *   const { target, source } = await openArchiveTarget('/tmp/tricky.tar.gz', { appId });
 *   const result = await verifyTarget({ target, source, trust });
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TargetOptions, Target } from '../target.ts';
import type { TreeSource } from '../tree-source.ts';
import { Collector } from './collect.ts';
import { detectArchiveFormat } from './detect.ts';
import { ArchiveError } from './errors.ts';
import { Budget, DEFAULT_LIMITS, type ArchiveLimits } from './limits.ts';
import { archiveSource, archiveTarget, type ArchiveScan } from './source.ts';
import { readTar } from './tar.ts';
import { readZip } from './zip.ts';

export { ArchiveError, ArchiveLimitError } from './errors.ts';
export { DEFAULT_LIMITS, parseCount, parseSize, type ArchiveLimits } from './limits.ts';
export { archiveFiles, archiveSignature, archiveSource, archiveTarget, type ArchiveScan } from './source.ts';
export type { ArchiveFormat } from './detect.ts';

export interface ArchiveOptions extends Partial<ArchiveLimits> {
  /** A signature path besides the standard ones to keep while streaming (generic profile). */
  signaturePath?: string | undefined;
}

/** Whether `path` is a regular file (so `verify` treats it as an archive, not a folder). */
export function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Read the archive at `path` once: hashes, links, the small files needed later. */
export async function scanArchive(path: string, options: ArchiveOptions = {}): Promise<ArchiveScan> {
  const abs = resolve(path);
  if (!isRegularFile(abs)) throw new ArchiveError(`${path} is not a file`);
  const limits: ArchiveLimits = {
    maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    maxEntries: options.maxEntries ?? DEFAULT_LIMITS.maxEntries,
  };
  const format = detectArchiveFormat(abs);
  const budget = new Budget(limits, path);
  const collector = new Collector(budget, format === 'zip', options.signaturePath ? [options.signaturePath] : []);
  if (format === 'zip') await readZip(abs, collector, budget);
  else await readTar(abs, format, collector, budget);

  const top = collector.topFolder(path);
  const prefix = top + '/';
  const records = collector.records;
  const folders = new Set<string>();
  for (const [rel, record] of records) {
    for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) folders.add(rel.slice(0, i));
    if (record.kind === 'dir') folders.add(rel);
  }
  const unsafe = collector.unsafe.map((u) => (u.name.startsWith(prefix) ? { ...u, name: u.name.slice(prefix.length) } : u));
  return {
    path: abs,
    format,
    top,
    records,
    folders,
    unsafe,
    entries: budget.entries,
    bytes: budget.bytes,
    duplicates: collector.duplicates,
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
