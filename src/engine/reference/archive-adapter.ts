/**
 * The one place where explain and repair use the archive readers of ../archive/. Everything
 * else of reference/ sees three operations: scan an archive once (hashes, sizes, signature
 * files), the verification step of one scope inside it (the same step `verify` plans for that
 * archive), and stream it again to hand over the bytes of chosen files, never extracting it.
 * When the readers change, only this file follows.
 */
import { Collector, type RawEntry } from '../archive/collect.ts';
import { detectArchiveReader } from '../archive/detect.ts';
import { scanArchive, archiveSource, archiveTarget, type ArchiveScan } from '../archive/index.ts';
import { Budget, DEFAULT_LIMITS, type ArchiveLimits } from '../archive/limits.ts';
import { planReleaseArchive } from '../archive/release.ts';
import type { PlannedRequest } from '../plan-steps.ts';
import type { Target } from '../target.ts';
import type { TrustStore } from '../trust/store.ts';
import type { ReleaseFileUse } from './release.ts';

export type { ArchiveLimits } from '../archive/limits.ts';

/** What one pass over a release archive found (opaque outside this file). */
export interface ScannedRelease {
  path: string;
  limits: ArchiveLimits;
  scan: ArchiveScan;
}

/** Scan `path` once: every entry hashed, the signature files decoded. */
export async function scanRelease(path: string, limits: Partial<ArchiveLimits>): Promise<ScannedRelease> {
  const full: ArchiveLimits = { ...DEFAULT_LIMITS, ...limits };
  const scan = await scanArchive(path, full);
  return { path: scan.path, limits: full, scan };
}

/** What the archive holds at its top (server or app), as `verify` would check it. */
export function releaseTarget(release: ScannedRelease): Target {
  return archiveTarget(release.scan);
}

/** Whether the archive holds a folder at `rel` (relative to its top folder). */
export function hasFolder(release: ScannedRelease, rel: string): boolean {
  return release.scan.folders.has(rel);
}

/**
 * The verification of scope `scope` of the archive, exactly as `verify ARCHIVE` plans it (a
 * server's core without its app folders, each verified app on its own), or null when the
 * archive has no such verified scope.
 */
export function scopeStep(release: ScannedRelease, scope: string, trust: TrustStore): PlannedRequest | null {
  const top = releaseTarget(release);
  if (top.profile.kind !== 'core' || top.profile.name === 'generic') {
    return top.scope === scope ? { target: top, source: archiveSource(release.scan), trust } : null;
  }
  const { steps } = planReleaseArchive(release.scan, top, trust);
  for (const step of steps) if ('target' in step && step.target.scope === scope) return step;
  return null;
}

/** The size of the file at `rel` (relative to the top folder), or null when it is not a regular file. */
export function fileSize(release: ScannedRelease, rel: string): number | null {
  const record = release.scan.records.get(rel);
  return record?.kind === 'file' ? record.size : null;
}

/** An entry name as path components: "" and "." dropped; null for an absolute or `..` name. */
function components(name: Buffer): string[] | null {
  const text = name.toString('utf8');
  if (text.startsWith('/')) return null;
  const parts = text.split('/').filter((p) => p !== '' && p !== '.');
  return parts.includes('..') ? null : parts;
}

/**
 * Hands the bytes of the wanted regular files to `use` as the archive streams by; everything
 * else is read and dropped. Only the reading interface of Collector is used: the readers push
 * begin → data … → end per entry and wait on settle() between input chunks.
 */
class WantedFiles extends Collector {
  readonly delivered = new Set<string>();
  private current: ReturnType<ReleaseFileUse> = null;

  constructor(
    private readonly tapBudget: Budget,
    private readonly zip: boolean,
    private readonly top: string,
    private readonly wanted: ReadonlySet<string>,
    private readonly use: ReleaseFileUse,
  ) {
    super(tapBudget, { countBytes: zip, hash: false });
  }

  override begin(entry: RawEntry): void {
    this.tapBudget.addEntry();
    this.current = null;
    const parts = components(entry.name);
    const rel = parts !== null && parts[0] === this.top ? parts.slice(1).join('/') : null;
    if (entry.type !== 'file' || rel === null || !this.wanted.has(rel) || this.delivered.has(rel)) return;
    this.delivered.add(rel);
    this.current = this.use(rel);
  }

  override data(chunk: Buffer): void {
    if (this.zip) this.tapBudget.addBytes(chunk.length);
    this.current?.write(chunk);
  }

  override end(): void {
    this.current?.end();
    this.current = null;
  }

  override async settle(): Promise<void> {}
}

/**
 * Stream the archive again and hand over the files at `rels` (relative to its top folder),
 * each once. Returns the wanted files it did not find as regular files, with the reason.
 */
export async function streamFiles(release: ScannedRelease, rels: ReadonlySet<string>, use: ReleaseFileUse): Promise<Map<string, string>> {
  const budget = new Budget(release.limits, release.path);
  const reader = detectArchiveReader(release.path);
  const tap = new WantedFiles(budget, reader.format === 'zip', release.scan.top, rels, use);
  await reader.read(release.path, tap, budget, {});
  const missing = new Map<string, string>();
  for (const rel of rels) {
    if (!tap.delivered.has(rel))
      missing.set(rel, 'is not stored as a regular file in the archive (a link?): extract the archive and pass its folder');
  }
  return missing;
}
