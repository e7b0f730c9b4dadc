/**
 * The profiles, one file each, in one registry: `--profile` / the Action's `profile` values,
 * detection from a tree's shape, and the help texts come from here. A new profile is a file
 * exporting a ProfileDefinition plus one line in PROFILES.
 */
import { optionRef, UsageError } from '../errors.ts';
import { generic } from './generic.ts';
import { nextcloudApp } from './nextcloud-app.ts';
import { nextcloudCore } from './nextcloud-core.ts';
import { owncloudApp } from './owncloud-app.ts';
import { owncloudCore } from './owncloud-core.ts';
import type { Profile, ProfileDefinition, TreeProbe } from './profile.ts';

export type { Profile, TreeProbe, UpstreamMessages } from './profile.ts';

const PROFILES: readonly ProfileDefinition[] = [nextcloudApp, nextcloudCore, owncloudApp, owncloudCore, generic];

/** The profile names, in the registry's order. */
export const PROFILE_NAMES: readonly string[] = PROFILES.map((p) => p.name);

export function isProfileName(value: string): boolean {
  return PROFILE_NAMES.includes(value);
}

/** The profile `name` (generic needs its signature path). */
export function getProfile(name: string, signaturePath?: string): Profile {
  const definition = PROFILES.find((p) => p.name === name);
  if (definition === undefined) throw new UsageError(`unknown profile "${name}"`, `Use one of: auto, ${PROFILE_NAMES.join(', ')}.`);
  return definition.create(signaturePath);
}

/** Which profile a tree has, from its shape (an app has appinfo/, a server has core/ and version.php); null when none. */
export function detectProfileOf(tree: TreeProbe): string | null {
  let best: { name: string; score: number } | null = null;
  for (const p of PROFILES) {
    const score = p.detect?.(tree) ?? 0;
    if (score > 0 && (best === null || score > best.score)) best = { name: p.name, score };
  }
  return best?.name ?? null;
}

/**
 * The profile asked for (`auto` detects; a signature path alone means generic).
 * `undetected` is the error message when detection finds nothing.
 */
export function chooseProfileName(
  requested: string,
  signaturePath: string | undefined,
  detect: () => string | null,
  undetected: string,
): string {
  if (requested !== 'auto') {
    if (isProfileName(requested)) return requested;
    throw new UsageError(`unknown profile "${requested}"`, `Use one of: auto, ${PROFILE_NAMES.join(', ')}.`);
  }
  if (signaturePath) return 'generic';
  const detected = detect();
  if (detected) return detected;
  throw new UsageError(
    undetected,
    `Pass ${optionRef('profile')} (${PROFILE_NAMES.join(', ')}); generic also needs ${optionRef('signature-path')}.`,
  );
}
