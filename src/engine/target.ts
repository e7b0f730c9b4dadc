/**
 * What to check or sign at a folder: its profile (asked for, or detected from its shape), the
 * scope its certificate must be for (core, or the app id), and where its signature lives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { displayText } from './display.ts';
import { UsageError } from './errors.ts';
import { isDirectory } from './fs-kind.ts';
import { chooseProfileName, detectProfileOf, getProfile, type Profile, type TreeProbe } from './profiles/index.ts';
import { appIdFromInfoXml, appIdProblem, invalidAppIdError } from './rules/app-id.ts';

export interface Target {
  /** Absolute path of the tree root. */
  root: string;
  profile: Profile;
  /** 'core' or the app id the certificate's CN must equal. */
  scope: string;
  /**
   * Why the tree's own app id (appinfo/info.xml) cannot be a scope; `scope` is then the
   * folder's name, and verification reports this as the scope's EXCEPTION.
   */
  scopeProblem?: string;
}

/** Read `<id>` from a folder's appinfo/info.xml. */
export function readAppId(root: string): string | null {
  try {
    return appIdFromInfoXml(readFileSync(join(root, 'appinfo', 'info.xml'), 'utf8'));
  } catch {
    return null;
  }
}

/** The folder on disk as a TreeProbe. */
function folderProbe(root: string): TreeProbe {
  return {
    exists: (rel) => existsSync(join(root, rel)),
    isFolder: (rel) => isDirectory(join(root, rel)),
    text: (rel) => {
      try {
        return readFileSync(join(root, rel), 'utf8');
      } catch {
        return null;
      }
    },
  };
}

export function detectProfile(root: string): string | null {
  return detectProfileOf(folderProbe(root));
}

/**
 * The scope a target's certificate must match: core, or the app id (`--app-id`, else the
 * tree's appinfo/info.xml, else `fallback`, the folder's name). An --app-id upstream would
 * never accept is a usage error; such an id in info.xml becomes `scopeProblem`.
 */
export function resolveScope(
  profile: Profile,
  appId: string | undefined,
  readId: () => string | null,
  fallback: string,
): Pick<Target, 'scope' | 'scopeProblem'> {
  if (profile.kind === 'core' && profile.name !== 'generic') return { scope: 'core' };
  if (appId !== undefined) {
    const problem = appIdProblem(appId);
    if (problem !== null) throw invalidAppIdError(appId, problem);
    return { scope: appId };
  }
  const id = readId();
  if (id === null) return { scope: fallback };
  const problem = appIdProblem(id);
  if (problem === null) return { scope: id };
  return { scope: fallback, scopeProblem: `appinfo/info.xml names the app id "${displayText(id)}", which is not valid: ${problem}` };
}

export interface TargetOptions {
  profile?: string | undefined;
  appId?: string | undefined;
  signaturePath?: string | undefined;
}

/** Resolve what to check or sign at `root`: profile, scope and signature location. */
export function resolveTarget(root: string, options: TargetOptions = {}): Target {
  if (!isDirectory(root)) {
    const why = existsSync(root) ? 'is not a directory' : 'does not exist';
    throw new UsageError(`${root} ${why}`, 'Pass the folder of an app (with appinfo/) or of a server (with core/ and version.php).');
  }
  const name = chooseProfileName(
    options.profile ?? 'auto',
    options.signaturePath,
    () => detectProfile(root),
    `cannot tell what ${root} is: it has no appinfo/ (an app) and no core/ with version.php (a server)`,
  );
  const profile = getProfile(name, options.signaturePath);
  return { root, profile, ...resolveScope(profile, options.appId, () => readAppId(root), basename(root)) };
}
