/**
 * Quarantine: extra files are moved out of the tree, never deleted — an extra file may be
 * something the host put there on purpose, and deleting such a file has broken instances. They
 * go to a folder outside every checked scope, below `files/<scope>/<path>`, with a manifest
 * (manifest.json) rewritten atomically after each move, so even an interrupted run leaves a
 * manifest naming every file it moved. `undoQuarantine` puts them back from it.
 */
import { copyFileSync, constants, chmodSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../atomic-file.ts';
import { UsageError } from '../errors.ts';
import type { QuarantineAction, QuarantineManifest } from './model.ts';
import { makeParents } from './safe-path.ts';
import { sha512OfFile } from '../sha512.ts';

export const MANIFEST_NAME = 'manifest.json';

/** `<tree>.quarantine-<UTC time>` beside the tree: outside it, and one per run. */
export function defaultQuarantineDir(treeRoot: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return join(dirname(treeRoot), `${basename(treeRoot)}.quarantine-${stamp}`);
}

/** The real path of `path`, or of its nearest existing folder plus the rest. */
function realish(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync.native(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realish(parent), basename(abs));
  }
}

const inside = (path: string, folder: string): boolean => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** Refuse a quarantine folder inside a checked scope (its files would be extras themselves), or one in use. */
export function checkQuarantineDir(dir: string, scopeRoots: string[]): void {
  const real = realish(dir);
  for (const root of scopeRoots) {
    const r = realish(root);
    if (inside(real, r) || inside(r, real)) {
      throw new UsageError(
        `the quarantine folder ${dir} is inside the checked tree ${root}`,
        'Pass --quarantine with a folder outside the tree.',
      );
    }
  }
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return; // created when needed
  }
  if (names.length > 0) throw new UsageError(`the quarantine folder ${dir} is not empty`, 'Pass --quarantine with a new or empty folder.');
}

/** Move a regular file; across file systems by copy, check, then unlink. The mode is kept either way. */
function moveFile(from: string, to: string, mode: number): void {
  try {
    renameSync(from, to);
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
  }
  copyFileSync(from, to, constants.COPYFILE_EXCL);
  chmodSync(to, mode);
  if (sha512OfFile(to) !== sha512OfFile(from)) {
    unlinkSync(to);
    throw new Error('the copy differs from the file');
  }
  unlinkSync(from);
}

export interface QuarantineRequest {
  dir: string;
  scope: string;
  root: string;
  actions: QuarantineAction[];
  manifest: QuarantineManifest;
}

/** Move one scope's extras into the quarantine; the manifest (shared across scopes) is rewritten after each. */
export function quarantineFiles(request: QuarantineRequest): { moved: string[]; failed: Array<{ path: string; why: string }> } {
  const { dir, scope, root, actions, manifest } = request;
  const out = { moved: [] as string[], failed: [] as Array<{ path: string; why: string }> };
  const base = join(dir, 'files', scope);
  const manifestPath = join(dir, MANIFEST_NAME);
  for (const action of actions) {
    const original = join(root, action.path);
    const quarantined = join(base, action.path);
    try {
      if (!lstatSync(original).isFile()) throw new Error('it is no longer a regular file');
      const sha512 = sha512OfFile(original);
      mkdirSync(base, { recursive: true });
      makeParents(base, action.path);
      // Recorded before the move: an interruption can leave an entry whose file did not move
      // (undo sees it is still in place), never a moved file the manifest does not name.
      manifest.files.push({ scope, root, original, path: action.path, quarantined, sha512, mode: action.mode });
      writeFileAtomic(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
      try {
        moveFile(original, quarantined, action.mode);
      } catch (e) {
        manifest.files.pop();
        writeFileAtomic(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
        throw e;
      }
      out.moved.push(action.path);
    } catch (e) {
      out.failed.push({ path: action.path, why: (e as Error).message });
    }
  }
  return out;
}

/** Start a manifest in `dir` (written before anything moves). */
export function startManifest(dir: string, manifest: QuarantineManifest): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, MANIFEST_NAME);
  writeFileAtomic(path, JSON.stringify(manifest, null, 2) + '\n');
  return path;
}
