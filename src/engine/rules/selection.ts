/**
 * Which entries of a tree a signature covers, as pure functions of a relative path: the
 * same rules the folder walk (walk.ts) applies while it visits a folder, usable by sources
 * that see every path at once (archives). Upstream's two filter iterators, in our words:
 *
 * - folder filter: an entry (file, folder or link) at one of the profile's root-level
 *   paths, or at an extra excluded path, is pruned with everything below it;
 * - name filter: a file (never a folder) whose base name is excluded is not hashed; ownCloud
 *   also matches "/" + relative path against its path patterns;
 * - the signature files themselves (`appinfo/signature.json`, `core/signature.json`, the
 *   generic profile's own path) are never hashed;
 * - core's root `.htaccess` is hashed only up to the marker line.
 */
import type { Profile } from '../profiles/profile.ts';

/**
 * A PHP `preg_match` pattern as a JavaScript RegExp. PCRE's `$` (without the D modifier)
 * matches at the end and also before a final "\n", so upstream excludes a name such as
 * ".webapp-nextcloud-1.2.3\n" too; `.` and `\d` mean the same in both.
 */
export function pregPattern(source: string): RegExp {
  return new RegExp(source.replace(/\$$/, '(?=\n?$)'));
}

/** Whether a file (not a folder) is left out by name, as upstream's name filter does. */
export function isExcludedFileName(profile: Profile, name: string): boolean {
  if (profile.excludedFileNames.includes(name)) return true;
  return profile.excludedFileNamePatterns.some((re) => re.test(name));
}

export interface EntrySelector {
  /** True when `rel` itself, or a folder above it, is pruned by the folder filter. */
  pruned(rel: string): boolean;
  /** True when `rel` itself is pruned (for a walk, which never enters a pruned folder). */
  prunedHere(rel: string): boolean;
  /** True when a file (or a link to one, or a special file) at `rel` is left out by name or path. */
  fileExcluded(rel: string, name?: string): boolean;
  /** True when the file at `rel` is hashed with the .htaccess marker rule. */
  htaccess(rel: string): boolean;
}

/** Whether ownCloud's full-path patterns leave `rel` out (matched against "/" + rel). */
export function isPathExcluded(profile: Profile, rel: string): boolean {
  if (profile.excludedPathPatterns.length === 0) return false;
  const full = '/' + rel;
  return profile.excludedPathPatterns.some((re) => re.test(full));
}

/** The selection rules of `profile`, plus extra pruned paths (data directory, app roots). */
export function createSelector(profile: Profile, extraExcluded: Iterable<string> = []): EntrySelector {
  const excluded = new Set<string>([...profile.excludedRootEntries, ...extraExcluded]);
  const skipped = new Set(profile.skippedRelativeNames);
  return {
    prunedHere(rel) {
      return excluded.has(rel);
    },
    pruned(rel) {
      if (excluded.size === 0) return false;
      if (excluded.has(rel)) return true;
      for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
        if (excluded.has(rel.slice(0, i))) return true;
      }
      return false;
    },
    fileExcluded(rel, name = rel.slice(rel.lastIndexOf('/') + 1)) {
      return isExcludedFileName(profile, name) || isPathExcluded(profile, rel) || skipped.has(rel);
    },
    htaccess(rel) {
      return profile.htaccessMarker && rel === '.htaccess';
    },
  };
}
