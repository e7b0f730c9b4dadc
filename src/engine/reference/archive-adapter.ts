/**
 * The one place where explain and repair use the archive readers of ../archive/. Everything
 * else of reference/ sees three operations: scan an archive once (hashes, sizes, the signature
 * files asked for), the Target and TreeSource of one scope inside it, and stream it again to
 * hand over the bytes of chosen files. When the readers change, only this file follows.
 */
import { resolve } from 'node:path';
import { Collector, type RawEntry } from '../archive/collect.ts';
import { detectArchiveFormat } from '../archive/detect.ts';
import { ArchiveError } from '../archive/errors.ts';
import { archiveSource, archiveTarget, type ArchiveScan } from '../archive/source.ts';
import { Budget, DEFAULT_LIMITS, type ArchiveLimits } from '../archive/limits.ts';
import { readTar } from '../archive/tar.ts';
import { readZip } from '../archive/zip.ts';
import { isRegularFile } from '../fs-kind.ts';
import type { Profile } from '../profiles/profile.ts';
import type { Target } from '../target.ts';
import type { TreeSource } from '../tree-source.ts';
import type { ReleaseFileUse } from './release.ts';

export type { ArchiveLimits } from '../archive/limits.ts';
export { DEFAULT_LIMITS };

/** What one pass over a release archive found (opaque outside this file). */
export interface ScannedRelease {
  path: string;
  /** The archive's one top folder. */
  top: string;
  limits: ArchiveLimits;
  scan: ArchiveScan;
}

/** Stream a tar or zip archive into `collector` (the format told by content). */
async function readInto(path: string, collector: Collector, budget: Budget): Promise<void> {
  const format = detectArchiveFormat(path);
  if (format === 'zip') await readZip(path, collector, budget);
  else await readTar(path, format, collector, budget);
}

/**
 * Scan `path` once: every entry hashed, the standard signature files and `signaturePaths`
 * (relative to the top folder, e.g. `apps/notes/appinfo/signature.json`) decoded.
 */
export async function scanRelease(path: string, limits: Partial<ArchiveLimits>, signaturePaths: string[]): Promise<ScannedRelease> {
  const abs = resolve(path);
  if (!isRegularFile(abs)) throw new ArchiveError(`${path} is not a file`);
  const full: ArchiveLimits = { ...DEFAULT_LIMITS, ...limits };
  const budget = new Budget(full, path);
  const collector = new Collector(budget, detectArchiveFormat(abs) === 'zip', signaturePaths);
  await readInto(abs, collector, budget);
  const top = collector.topFolder(path);
  const folders = new Set<string>();
  for (const [rel, record] of collector.records) {
    for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) folders.add(rel.slice(0, i));
    if (record.kind === 'dir') folders.add(rel);
  }
  const scan: ArchiveScan = {
    path: abs,
    format: detectArchiveFormat(abs),
    top,
    records: collector.records,
    folders,
    unsafe: collector.unsafe,
    entries: budget.entries,
    bytes: budget.bytes,
    duplicates: collector.duplicates,
  };
  return { path: abs, top, limits: full, scan };
}

/** What the archive holds at its top (server or app), as `verify` would check it. */
export function releaseTarget(release: ScannedRelease): Target {
  return archiveTarget(release.scan);
}

/** Whether the archive holds a folder at `rel` (relative to its top folder). */
export function hasFolder(release: ScannedRelease, rel: string): boolean {
  return release.scan.folders.has(rel);
}

/** A small file's text when the scan kept it (info.xml, version.php at the top), else null. */
export function keptText(release: ScannedRelease, rel: string): string | null {
  const record = release.scan.records.get(rel);
  return record?.kind === 'file' && record.content !== undefined ? Buffer.concat(record.content).toString('utf8') : null;
}

/** The scan seen from `sub` (a folder below the top, '' for the top itself): paths relative to it. */
function subScan(scan: ArchiveScan, sub: string): ArchiveScan {
  if (sub === '') return scan;
  const prefix = `${sub}/`;
  const records = new Map([...scan.records].filter(([rel]) => rel.startsWith(prefix)).map(([rel, r]) => [rel.slice(prefix.length), r]));
  const folders = new Set([...scan.folders].filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)));
  return { ...scan, top: `${scan.top}/${sub}`, records, folders, unsafe: [] };
}

/** One scope of the archive, at `sub` below its top folder: what verifyTarget needs, and file sizes. */
export function scopeInArchive(
  release: ScannedRelease,
  sub: string,
  scope: string,
  profile: Profile,
): { target: Target; source: TreeSource; sizeOf: (rel: string) => number | null } {
  const scan = subScan(release.scan, sub);
  const target: Target = { root: `${release.path}/${scan.top}`, profile, scope };
  const sizeOf = (rel: string): number | null => {
    const record = scan.records.get(rel);
    return record?.kind === 'file' ? record.size : null;
  };
  return { target, source: archiveSource(scan), sizeOf };
}

/** An entry name as path components: "" and "." dropped; null for an absolute or `..` name. */
function components(name: Buffer): string[] | null {
  const text = name.toString('utf8');
  if (text.startsWith('/')) return null;
  const parts = text.split('/').filter((p) => p !== '' && p !== '.');
  return parts.includes('..') ? null : parts;
}

async function* counted(content: AsyncIterable<Buffer>, budget: Budget | null): AsyncGenerator<Buffer> {
  for await (const chunk of content) {
    budget?.addBytes(chunk.length);
    yield chunk;
  }
}

async function drain(content: AsyncIterable<Buffer> | undefined): Promise<void> {
  if (content === undefined) return;
  for await (const _ of content) {
    // read and dropped: not wanted
  }
}

/** Hands the wanted regular files to `use` as the archive streams by; everything else is read and dropped. */
class WantedFiles extends Collector {
  readonly delivered = new Set<string>();

  constructor(
    private readonly tapBudget: Budget,
    private readonly zip: boolean,
    private readonly top: string,
    private readonly wanted: ReadonlySet<string>,
    private readonly use: ReleaseFileUse,
  ) {
    super(tapBudget, zip);
  }

  override async add(entry: RawEntry, content?: AsyncIterable<Buffer>): Promise<void> {
    this.tapBudget.addEntry();
    const stream = content === undefined ? undefined : counted(content, this.zip ? this.tapBudget : null);
    const parts = components(entry.name);
    const rel = parts !== null && parts[0] === this.top ? parts.slice(1).join('/') : null;
    if (entry.type === 'file' && stream !== undefined && rel !== null && this.wanted.has(rel) && !this.delivered.has(rel)) {
      this.delivered.add(rel);
      await this.use(rel, stream);
    }
    await drain(stream);
  }
}

/**
 * Stream the archive again and hand over the files at `rels` (relative to its top folder),
 * each once. Returns the wanted files it did not find as regular files, with the reason.
 */
export async function streamFiles(release: ScannedRelease, rels: ReadonlySet<string>, use: ReleaseFileUse): Promise<Map<string, string>> {
  const budget = new Budget(release.limits, release.path);
  const tap = new WantedFiles(budget, detectArchiveFormat(release.path) === 'zip', release.top, rels, use);
  await readInto(release.path, tap, budget);
  const missing = new Map<string, string>();
  for (const rel of rels) {
    if (!tap.delivered.has(rel))
      missing.set(rel, 'is not stored as a regular file in the archive (a link?): extract the archive and pass its folder');
  }
  return missing;
}
