/**
 * When the hashing workers start. A large tree wants them started before the rest of the
 * program is even loaded (their start-up then overlaps loading and planning); a small app,
 * or an archive (hashed on the main thread as it streams), is done before they would be
 * ready, and starting them costs more CPU than its hashing. The entry points ask here with
 * the paths they were given; the size of the signature file that lists the tree is a cheap
 * measure of its file count (about 150 bytes a file).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { HashPool } from './pool.ts';

/** A signature listing more files than this (about 1,000) marks a tree worth starting the workers for at once. */
const LARGE_SIGNATURE_BYTES = 150 * 1024;

let prestarted: HashPool | null = null;

function signatureBytes(dir: string): number {
  let largest = -1;
  for (const rel of ['core/signature.json', 'appinfo/signature.json']) {
    const st = statSync(join(dir, rel), { throwIfNoEntry: false });
    if (st?.isFile()) largest = Math.max(largest, st.size);
  }
  return largest;
}

/**
 * Whether any of `paths` is a folder whose signature lists a large tree, or a folder
 * without any signature file (signing: nothing tells its size, so the workers start).
 */
export function looksLarge(paths: string[]): boolean {
  return paths.some((path) => {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st?.isDirectory()) return false;
    const bytes = signatureBytes(path);
    return bytes < 0 || bytes > LARGE_SIGNATURE_BYTES;
  });
}

/**
 * Start the workers now (the entry points call this first for commands that hash, with the
 * paths to hash when they know them). Small trees and archives start none here: the pool
 * `takeHashPool` hands over then hashes on the calling thread until the tree proves large.
 */
export function prestartHashPool(paths?: string[]): void {
  if (paths !== undefined && !looksLarge(paths)) return;
  prestarted ??= new HashPool();
}

/** The prestarted pool, or one that starts its workers only if the tree is not small; the caller closes it. */
export function takeHashPool(): HashPool {
  const pool = prestarted ?? new HashPool(undefined, { startNow: false });
  prestarted = null;
  return pool;
}

/** Close a prestarted pool nobody took (a command that failed before hashing). */
export function closePrestartedHashPool(): Promise<unknown> {
  const pool = prestarted;
  prestarted = null;
  return pool ? pool.close() : Promise.resolve();
}
