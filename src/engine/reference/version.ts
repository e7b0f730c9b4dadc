/**
 * Which release a tree is: a server's `$OC_VersionString` in version.php, an app's
 * `<version>` in appinfo/info.xml. Read as text, never executed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from '../profiles/profile.ts';

/** The file that names the version of a scope of this profile. */
export function versionFile(profile: Profile): string {
  return profile.kind === 'core' ? 'version.php' : 'appinfo/info.xml';
}

/** The version in the text of that file, or null. */
export function parseVersion(profile: Profile, text: string): string | null {
  const match =
    profile.kind === 'core'
      ? /\$OC_VersionString\s*=\s*(['"])([^'"]*)\1/.exec(text)
      : /<version>\s*()([^<\s]+)\s*<\/version>/.exec(text.replace(/<!--[\s\S]*?-->/g, ''));
  const version = match?.[2]?.trim();
  return version === undefined || version === '' ? null : version;
}

/** The version of the scope at `root` on disk, or null when it cannot be read. */
export function readTreeVersion(root: string, profile: Profile): string | null {
  try {
    return parseVersion(profile, readFileSync(join(root, versionFile(profile)), 'utf8'));
  } catch {
    return null;
  }
}
