/**
 * Hashing a tree for signing: what the walk and the workers saw, kept compactly by walk
 * position, and the check that nothing changed while it was hashed.
 */
import { statSync } from 'node:fs';
import { UsageError } from '../errors.ts';
import type { NameStore } from './names.ts';
import type { Target } from '../target.ts';
import { walkTree, type WalkOptions } from '../walk.ts';
import { MimetypeListError } from '../mimetypelist/index.ts';
import { mimetypelistSignError, withMimetypelistRule } from '../rules/mimetypelist.ts';
import type { HashesWriter } from './hashes-writer.ts';
import type { FileSink, HashOptions, HashPool, StatBatch } from './pool.ts';
import type { RecordStore } from './records.ts';

const SIZE = 0;
const MTIME = 1;

/** What the walk and the workers saw, kept compactly by walk position (see `hashTree`). */
export interface HashedTree {
  /** Every file's name, by walk position. */
  names: NameStore;
  /**
   * Per file: its size and modification time (doubles), after its digest (64 bytes) when the
   * digests are kept: only for trees written the long way (see HashesWriter).
   */
  records: RecordStore;
  keepsDigests: boolean;
  unreadable: { rel: string; problem: string }[];
  /** Each folder walked, with its modification time before it was listed. */
  folders: { paths: NameStore; mtimes: number[] };
  /** The root as the walk joins names to it. */
  base: string;
  bytes: number;
}

export async function hashTree(
  pool: HashPool,
  target: Target,
  tree: HashedTree,
  walkOptions: WalkOptions,
  writer: HashesWriter,
  options: HashOptions | undefined,
): Promise<void> {
  const withFolderTimes: WalkOptions = {
    ...walkOptions,
    // Byte order of whole paths (the default): the order of signature.json's keys, so lines
    // are written as their digests come; for numeric names see folderOrder.
    onFolder: (path) => {
      // Taken before the listing: a file added or removed afterwards changes it.
      let mtimeMs = Number.NaN; // cannot be looked at: counts as changed at the end
      try {
        mtimeMs = statSync(path).mtimeMs;
      } catch {
        // the listing right after reports the folder
      }
      tree.folders.paths.pushString(path);
      tree.folders.mtimes.push(mtimeMs);
    },
  };
  const sink: FileSink = (file) => {
    const { seq } = file;
    if (file.problem !== undefined) {
      tree.unreadable.push({ rel: tree.names.string(seq), problem: file.problem });
      writer.streaming = false;
      return;
    }
    if (tree.keepsDigests) tree.records.setDigest(seq, file.digest, file.offset);
    tree.records.setNumber(seq, SIZE, file.bytes);
    tree.records.setNumber(seq, MTIME, file.mtimeMs);
    tree.bytes += file.bytes;
    writer.hashed(seq, file.digest, file.offset);
  };
  const walked = (_seq: number, rel: string): void => {
    tree.names.pushString(rel);
    writer.walked(rel);
  };
  const walk = withMimetypelistRule(walkTree(target.root, target.profile, withFolderTimes), target);
  try {
    await pool.hash(walk, sink, options, walked);
  } catch (e) {
    throw e instanceof MimetypeListError ? mimetypelistSignError(e) : e;
  }
}

/**
 * Noticing a tree that changed while it was hashed: every folder must have kept its
 * modification time (nothing added, removed or renamed in it) and every file its size and
 * modification time. The workers look at them again, in parallel with the end of
 * signature.json, which is put in place only if nothing changed. (A file written during its
 * own read is caught while it is hashed.)
 */
export function startTreeCheck(pool: HashPool, tree: HashedTree): Promise<string[]> {
  const prefix = Buffer.from(`${tree.base}/`, 'utf8');
  const files = tree.names.count;
  const folders = tree.folders.paths.count;
  function* batches(): Generator<StatBatch> {
    for (let from = 0; from < files; from += STAT_BATCH) {
      const to = Math.min(files, from + STAT_BATCH);
      const sizes = new Float64Array(to - from);
      const mtimes = new Float64Array(to - from);
      for (let seq = from; seq < to; seq++) {
        sizes[seq - from] = tree.records.getNumber(seq, SIZE);
        mtimes[seq - from] = tree.records.getNumber(seq, MTIME);
      }
      yield { paths: tree.names.joined(from, to, prefix), sizes, mtimes };
    }
    // Folders: only their modification time counts (a size of -1 says so).
    for (let from = 0; from < folders; from += STAT_BATCH) {
      const to = Math.min(folders, from + STAT_BATCH);
      yield {
        paths: tree.folders.paths.joined(from, to, new Uint8Array(0)),
        sizes: new Float64Array(to - from).fill(-1),
        mtimes: Float64Array.from(tree.folders.mtimes.slice(from, to)),
      };
    }
  }
  const checking = pool.check(batches()).then((changed) => {
    const changes: string[] = [];
    const folderChanges: string[] = [];
    for (const [n, what] of [...changed].sort((x, y) => x[0] - y[0])) {
      if (n < files) changes.push(`${tree.names.string(n)} ${what}`);
      else {
        const path = tree.folders.paths.string(n - files);
        folderChanges.push(`files were added, removed or renamed in ${path === tree.base ? '.' : path.slice(tree.base.length + 1)}`);
      }
    }
    // Modified files first: they say the most.
    return [...changes, ...folderChanges];
  });
  checking.catch(() => undefined); // awaited by the caller; must not go unhandled meanwhile
  return checking;
}

const STAT_BATCH = 512;

export function assertUnchanged(changes: string[]): void {
  if (changes.length === 0) return;
  throw new UsageError(
    `the tree changed while it was being signed (${changes.slice(0, 5).join('; ')}${changes.length > 5 ? '; …' : ''}); nothing was written`,
    'Sign again once nothing writes to the folder (stop builds or syncs that touch it).',
  );
}
