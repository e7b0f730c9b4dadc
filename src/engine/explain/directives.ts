/**
 * What changed in a web server or PHP configuration file the admin may have edited on
 * purpose: `.htaccess` (Apache directives, one per line) and `.user.ini` (PHP settings,
 * `key = value`). Comments and blank lines do not count; for the server's root `.htaccess`
 * only the part above the marker line is compared, as upstream hashes only that part.
 */
import { HTACCESS_MARKER } from '../rules/htaccess.ts';
import type { DirectiveChanges } from './model.ts';

/** Whether `path` is a configuration file whose directives explain lists. */
export function isDirectiveFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === '.htaccess' || name === '.user.ini';
}

/** The part upstream hashes: above the marker when it occurs exactly once (the root .htaccess rule). */
function aboveMarker(text: string): string | null {
  const parts = text.split(HTACCESS_MARKER);
  return parts.length === 2 ? (parts[0] as string) : null;
}

/** Meaningful lines: trimmed, inner whitespace collapsed, no blank or comment lines. */
function directiveLines(text: string, ini: boolean): string[] {
  const comment = ini ? /^[;#]/ : /^#/;
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '' && !comment.test(line));
}

/** Lines of `a` that `b` lacks, counting repeats (a multiset difference, in `a`'s order). */
function without(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const line of b) left.set(line, (left.get(line) ?? 0) + 1);
  return a.filter((line) => {
    const n = left.get(line) ?? 0;
    if (n === 0) return true;
    left.set(line, n - 1);
    return false;
  });
}

/** `key = value` settings of a .user.ini (the last one of a key wins, as PHP reads it). */
function iniSettings(lines: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    const at = line.indexOf('=');
    if (at > 0) out.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return out;
}

/**
 * The directives added in the tree and removed from the release's copy (either side may be
 * absent: an extra file adds all of its lines, a missing one removes them). `markerRule`: this
 * is the server's root .htaccess.
 */
export function directiveChanges(path: string, release: string | null, tree: string | null, markerRule: boolean): DirectiveChanges {
  const ini = path.endsWith('.user.ini');
  const marked = markerRule ? [release, tree].map((t) => (t === null ? null : aboveMarker(t))) : [null, null];
  const useMarker = markerRule && marked.every((t, i) => t !== null || [release, tree][i] === null);
  const [before, after] = useMarker ? marked : [release, tree];
  const old = directiveLines(before ?? '', ini);
  const now = directiveLines(after ?? '', ini);
  const changes: DirectiveChanges = {
    part: useMarker ? 'above the marker line' : 'whole file',
    added: without(now, old),
    removed: without(old, now),
    changed: [],
  };
  if (!ini) return changes;
  const was = iniSettings(changes.removed);
  const is = iniSettings(changes.added);
  for (const [key, value] of is) {
    const previous = was.get(key);
    if (previous === undefined) continue;
    changes.changed.push({ key, release: previous, tree: value });
    changes.added = changes.added.filter((line) => !line.startsWith(`${key} =`) && !line.startsWith(`${key}=`));
    changes.removed = changes.removed.filter((line) => !line.startsWith(`${key} =`) && !line.startsWith(`${key}=`));
  }
  return changes;
}
