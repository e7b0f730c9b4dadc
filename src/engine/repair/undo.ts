/**
 * `repair --undo MANIFEST`: put quarantined files back where they were, byte-identical and
 * with their modes. All or nothing: every entry is checked first (the quarantined file is
 * still the one moved, its place in the tree is free, no link on the way), and if one fails
 * the check nothing is moved.
 */
import { chmodSync, lstatSync, readFileSync, renameSync, copyFileSync, constants, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describeFsError, UsageError } from '../errors.ts';
import type { ManifestEntry, QuarantineManifest } from './model.ts';
import { sha512OfFile } from '../sha512.ts';
import { makeParents, unsafeName, unsafeParents } from './safe-path.ts';

function parseManifest(path: string): QuarantineManifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the manifest ${path}: it ${describeFsError(e)}`);
  }
  let doc: QuarantineManifest;
  try {
    doc = JSON.parse(text) as QuarantineManifest;
  } catch {
    throw new UsageError(`${path} is not a quarantine manifest (not JSON)`);
  }
  const valid = (e: ManifestEntry): boolean =>
    typeof e?.root === 'string' &&
    typeof e.path === 'string' &&
    typeof e.quarantined === 'string' &&
    typeof e.sha512 === 'string' &&
    Number.isInteger(e.mode);
  if (!Array.isArray(doc?.files) || !doc.files.every(valid)) throw new UsageError(`${path} is not a quarantine manifest written by repair`);
  return doc;
}

/** Whether `entry` is back in the tree already (an undo that stopped part way). */
function isBack(entry: ManifestEntry): boolean {
  try {
    lstatSync(entry.quarantined);
    return false;
  } catch {
    try {
      return sha512OfFile(join(entry.root, entry.path)) === entry.sha512;
    } catch {
      return false;
    }
  }
}

/** Why `entry` cannot go back, or null. */
function blocker(entry: ManifestEntry): string | null {
  const name = unsafeName(entry.path);
  if (name) return name;
  try {
    if (!lstatSync(entry.quarantined).isFile() || sha512OfFile(entry.quarantined) !== entry.sha512)
      return 'the quarantined file changed since it was moved';
  } catch (e) {
    return `the quarantined file ${describeFsError(e)}`;
  }
  try {
    lstatSync(join(entry.root, entry.path));
    return 'something now occupies its place in the tree';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return `its place in the tree ${describeFsError(e)}`;
  }
  return unsafeParents(entry.root, entry.path);
}

function moveBack(entry: ManifestEntry): void {
  const to = join(entry.root, entry.path);
  makeParents(entry.root, entry.path);
  try {
    renameSync(entry.quarantined, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    copyFileSync(entry.quarantined, to, constants.COPYFILE_EXCL);
    unlinkSync(entry.quarantined);
  }
  chmodSync(to, entry.mode);
}

/** Put every file of the manifest back; returns the paths restored (absolute). */
export function undoQuarantine(manifestPath: string): string[] {
  const manifest = parseManifest(manifestPath);
  const pending = manifest.files.filter((e) => !isBack(e));
  const blocked = pending.map((e) => [e, blocker(e)] as const).filter(([, why]) => why !== null);
  if (blocked.length > 0) {
    const list = blocked.slice(0, 10).map(([e, why]) => `${join(e.root, e.path)}: ${why}`);
    throw new UsageError(
      `nothing was put back: ${blocked.length} of ${pending.length} file${pending.length === 1 ? '' : 's'} cannot go back: ${list.join('; ')}`,
      'Move what now occupies those places out of the way (or restore the quarantined files by hand), then run repair --undo again.',
    );
  }
  const done: string[] = [];
  for (const entry of pending) {
    moveBack(entry);
    done.push(join(entry.root, entry.path));
  }
  return done;
}
