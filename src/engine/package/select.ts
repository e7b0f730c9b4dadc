/**
 * Choosing what an app package holds: walk the built app folder (each folder's entries in byte
 * order), keep what the packing rules (rules.ts) do not exclude, and refuse what a package
 * cannot hold faithfully: links (an extractor would recreate them, pointing anywhere, or skip
 * them), special files, names that are not UTF-8, and names Nextcloud's installer would refuse.
 * Excluded entries are never looked at, so a link inside node_modules/ is no problem.
 */
import { lstatSync, readdirSync, readFileSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import { displayText } from '../display.ts';
import { UsageError } from '../errors.ts';
import { archiveTarRefuses, packRules, type PackRules } from './rules.ts';

export interface PackEntry {
  /** '/'-separated path relative to the app folder. */
  rel: string;
  kind: 'file' | 'folder';
  /** Any execute bit set on the file (packed as 0755, others as 0644). */
  executable: boolean;
  /** Where it is on disk. */
  path: string;
}

export interface AppRules {
  rules: PackRules;
  /** Whether the app has a `.nextcloudignore`. */
  hasIgnoreFile: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The app's `.nextcloudignore`, or null. */
function readIgnoreFile(root: string): string | null {
  try {
    return readFileSync(join(root, '.nextcloudignore'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(`${join(root, '.nextcloudignore')} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function listFolder(dir: string, problems: string[], rel: string): Dirent<Buffer>[] {
  try {
    return readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).sort((a, b) => Buffer.compare(a.name, b.name));
  } catch (e) {
    problems.push(`${rel || '.'}: the folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return [];
  }
}

function kindProblem(stats: Stats): string | null {
  if (stats.isSymbolicLink()) return 'is a symbolic link';
  if (stats.isFIFO()) return 'is a FIFO';
  if (stats.isSocket()) return 'is a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'is a device';
  return null;
}

/** One folder's entries into `out` (recursing into kept folders). */
function walk(root: string, rel: string, rules: PackRules, out: PackEntry[], problems: string[]): void {
  for (const d of listFolder(rel === '' ? root : join(root, rel), problems, rel)) {
    let name: string;
    try {
      name = utf8.decode(d.name);
    } catch {
      problems.push(`${rel ? `${rel}/` : ''}${d.name.toString('latin1')}: the name is not UTF-8`);
      continue;
    }
    const child = rel === '' ? name : `${rel}/${name}`;
    const path = join(root, child);
    const stats = lstatSync(path);
    if (rules.excludes(child, stats.isDirectory())) continue;
    const problem = kindProblem(stats) ?? archiveTarRefuses(`${child}${stats.isDirectory() ? '/' : ''}`);
    if (problem !== null) {
      problems.push(`${child}: ${problem}`);
      continue;
    }
    if (stats.isDirectory()) {
      out.push({ rel: child, kind: 'folder', executable: false, path });
      walk(root, child, rules, out, problems);
    } else {
      out.push({ rel: child, kind: 'file', executable: (stats.mode & 0o111) !== 0, path });
    }
  }
}

/** The packing rules of the app folder `root`: the defaults and its `.nextcloudignore`. */
export function appPackRules(root: string): AppRules {
  const ignoreFile = readIgnoreFile(root);
  return { rules: packRules(ignoreFile), hasIgnoreFile: ignoreFile !== null };
}

/**
 * What to pack from the app folder `root` (folders and files, each folder's entries in byte
 * order, depth first); a usage error listing every entry it cannot pack.
 */
export function selectForPackage(root: string, rules: PackRules): PackEntry[] {
  const entries: PackEntry[] = [];
  const problems: string[] = [];
  walk(root, '', rules, entries, problems);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map(displayText);
    throw new UsageError(
      `cannot package ${root}: ${problems.length} entr${problems.length === 1 ? 'y' : 'ies'} cannot be packed (${shown.join('; ')}${problems.length > 10 ? '; …' : ''})`,
      'Replace links with what they point to, remove special files, rename the entries, or exclude them in .nextcloudignore.',
      'unpackable-entry',
    );
  }
  return entries;
}
