/**
 * Which baseline entries apply to a scope (docs/baseline.md, "Which file"):
 * - a file given with --baseline applies to every scope; its entries with `scope:` only to that scope;
 * - a default file (found at a scope's root on disk) applies to its owner; core's may name an app
 *   (or `release`) below the server root with `scope:`;
 * - a baseline file that lies inside a scope's folder is itself accepted there, visibly;
 * - nothing is read from inside an archive (`diskRoot` null): its uploader could write it.
 * Entries keep the order of the files; the first entry that matches a finding names it.
 */
import { dirname, isAbsolute, relative, sep } from 'node:path';
import type { BaselineEntry, BaselineFile, ScopeWhere } from './entry.ts';
import { literalGlob } from './glob.ts';

export const SELF_REASON = 'the baseline file itself';

function inside(folder: string, path: string): string | null {
  const rel = relative(folder, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** Whether a default file's entries can apply to a scope at `root`: at or below the folder holding the file. */
function reaches(file: BaselineFile, root: string | null): boolean {
  if (file.owner === undefined) return true;
  if (file.path === null || root === null) return false;
  const folder = dirname(file.path);
  return root === folder || inside(folder, root) !== null;
}

/** The file itself, when it lies in the scope's folder (and, for a default file, the scope owns it). */
function selfEntry(file: BaselineFile, where: ScopeWhere): BaselineEntry | null {
  if (file.path === null || where.diskRoot === null) return null;
  if (file.owner !== undefined && file.owner !== where.scope) return null;
  const rel = inside(where.diskRoot, file.path);
  if (rel === null) return null;
  return { path: literalGlob(rel), category: 'EXTRA_FILE', reason: SELF_REASON, origin: file.source, scope: where.scope, kind: 'self' };
}

/** The entries of `files` that apply to the scope `where`, in order. */
export function entriesForScope(files: readonly BaselineFile[], where: ScopeWhere): BaselineEntry[] {
  const out: BaselineEntry[] = [];
  for (const file of files) {
    if (!reaches(file, where.diskRoot)) continue;
    const self = selfEntry(file, where);
    if (self) out.push(self);
    for (const entry of file.entries) {
      const scope = entry.scope ?? file.owner;
      if (scope === undefined || scope === where.scope) out.push(scope === undefined ? entry : { ...entry, scope });
    }
  }
  return out;
}
