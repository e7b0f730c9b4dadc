/**
 * Where repair may write: only below a scope's folder, only through real folders. A path
 * whose folder, or any folder above it up to the scope's root, is a symbolic link is refused,
 * so a write can never land outside the tree through a link; neither is the file itself
 * replaced when it is a link.
 */
import { lstatSync, mkdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** Why `rel` is no path repair may use, or null (relative, '/'-separated, no `.` or `..`). */
export function unsafeName(rel: string): string | null {
  if (rel === '' || rel.startsWith('/') || rel.includes('\\') || rel.includes('\0')) return 'not a plain relative path';
  if (rel.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'not a plain relative path';
  return null;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Why the folders above `rel` (below `root`) cannot be written through, or null. Folders that
 * do not exist yet are fine: `makeParents` creates them.
 */
export function unsafeParents(root: string, rel: string): string | null {
  const parts = rel.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const folder = parts.slice(0, i).join('/');
    const st = lstatOrNull(join(root, folder));
    if (st === null) return null;
    if (st.isSymbolicLink()) return `lies below the symbolic link ${folder}: repair never writes through a link`;
    if (!st.isDirectory()) return `lies below ${folder}, which is not a folder`;
  }
  return null;
}

/** What is at `rel` now: nothing, a regular file (with its mode), or something repair does not replace. */
export function currentEntry(
  root: string,
  rel: string,
): { kind: 'none' } | { kind: 'file'; mode: number } | { kind: 'other'; what: string } {
  const st = lstatOrNull(join(root, rel));
  if (st === null) return { kind: 'none' };
  if (st.isFile()) return { kind: 'file', mode: Number(st.mode) & 0o7777 };
  return { kind: 'other', what: st.isSymbolicLink() ? 'a symbolic link' : st.isDirectory() ? 'a folder' : 'not a regular file' };
}

/** Create the missing folders above `rel`, one level at a time, each checked to be a real folder. */
export function makeParents(root: string, rel: string): void {
  const parts = rel.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const folder = join(root, parts.slice(0, i).join('/'));
    const st = lstatOrNull(folder);
    if (st === null) mkdirSync(folder, { mode: 0o755 });
    else if (st.isSymbolicLink() || !st.isDirectory()) throw new Error(`${folder} is not a real folder`);
  }
}
