/**
 * What goes into an app package: everything in the built app folder except what
 * `.nextcloudignore` (gitignore syntax, the convention of Nextcloud's packaging tools) and the
 * defaults below exclude. The defaults come first, so a `!` line in `.nextcloudignore` can
 * bring one back (`!/tests/`); version-control folders are never packed, whatever it says.
 *
 * The matching is the `ignore` package's, which implements git's rules (anchoring by a slash,
 * trailing-slash folders, `*`, `**`, `?`, classes, `!`, escapes, trailing spaces, no
 * re-including below an excluded folder) and is tested against `git check-ignore`; we use it
 * case-sensitively, as git does on Linux. Only the app's top `.nextcloudignore` is read.
 */
import ignore, { type Ignore } from 'ignore';

/** Never packed: version-control data (a `!` line cannot bring it back). */
export const VCS_NAMES: readonly string[] = ['.git', '.hg', '.svn'];

/** The default exclusions, in gitignore syntax, with why each is there (docs/packaging.md lists them). */
export const DEFAULT_EXCLUDES: ReadonlyArray<{ pattern: string; why: string }> = [
  { pattern: 'node_modules/', why: 'JavaScript dependencies (the build output ships, not its tools)' },
  { pattern: '/tests/', why: 'tests (bring them back with !/tests/)' },
  { pattern: '/test/', why: 'tests' },
  { pattern: '/.github/', why: 'CI configuration' },
  { pattern: '/.gitlab/', why: 'CI configuration' },
  { pattern: '/.gitlab-ci.yml', why: 'CI configuration' },
  { pattern: '/.circleci/', why: 'CI configuration' },
  { pattern: '/.travis.yml', why: 'CI configuration' },
  { pattern: '/.drone.yml', why: 'CI configuration' },
  { pattern: '/.tx/', why: 'translation tooling configuration' },
  { pattern: '/.nextcloudignore', why: 'this file' },
  { pattern: '/.l10nignore', why: 'translation tooling configuration' },
  { pattern: '.gitignore', why: 'version-control configuration' },
  { pattern: '.gitattributes', why: 'version-control configuration' },
  { pattern: '.gitmodules', why: 'version-control configuration' },
  { pattern: '.idea/', why: 'editor files' },
  { pattern: '.vscode/', why: 'editor files' },
  { pattern: '*.swp', why: 'editor files' },
  { pattern: '*.swo', why: 'editor files' },
  { pattern: '*~', why: 'editor backups' },
  { pattern: '.DS_Store', why: 'macOS folder metadata' },
  { pattern: '._*', why: 'macOS AppleDouble files' },
  { pattern: 'Thumbs.db', why: 'Windows thumbnails' },
];

export interface PackRules {
  /** Whether the entry at `rel` ('/'-separated, relative to the app folder) stays out of the package. */
  excludes(rel: string, isFolder: boolean): boolean;
}

/** The rules for an app: the defaults, then the lines of its `.nextcloudignore` (null when it has none). */
export function packRules(nextcloudignore: string | null): PackRules {
  const matcher: Ignore = ignore({ ignorecase: false }).add(DEFAULT_EXCLUDES.map((d) => d.pattern));
  if (nextcloudignore !== null) matcher.add(nextcloudignore);
  return {
    excludes(rel, isFolder) {
      const name = rel.slice(rel.lastIndexOf('/') + 1);
      if (VCS_NAMES.includes(name)) return true;
      return matcher.ignores(isFolder ? `${rel}/` : rel);
    },
  };
}

/**
 * Why PHP's Archive_Tar, which Nextcloud's installer extracts app archives with, would refuse
 * the whole archive because of this path, or null. It rejects any path holding `../`, `..\`
 * or `://` as "Malicious .tar detected" (a folder named `v1..` is enough).
 */
export function archiveTarRefuses(path: string): string | null {
  for (const bad of ['../', '..\\', '://']) {
    if (path.includes(bad)) return `it contains "${bad}", which makes PHP's Archive_Tar (Nextcloud's installer) refuse the whole archive`;
  }
  return null;
}
