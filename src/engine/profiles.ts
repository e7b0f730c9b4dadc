/**
 * Profiles: which files a signature covers, where the signature lives, and which upstream
 * messages and comparison rules apply. Kept as data, like upstream keeps its exclusion
 * lists at the top of small classes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { displayText } from './display.ts';
import { optionRef, UsageError } from './errors.ts';
import { NEXTCLOUD_REVOCATION, OWNCLOUD_REVOCATION, type RevocationPolicy } from './rules/revocation.ts';

export const PROFILE_NAMES = ['nextcloud-app', 'nextcloud-core', 'owncloud-app', 'owncloud-core', 'generic'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface UpstreamMessages {
  signatureMissing: string;
  signatureMissingClass: string;
  certificateInvalid: string;
  scopeInvalid: (requested: string, current: string) => string;
  signatureInvalid: string;
  exceptionClass: string;
}

export interface Profile {
  name: ProfileName;
  vendor: 'nextcloud' | 'owncloud';
  kind: 'app' | 'core';
  /** Relative path of the signature file. */
  signaturePath: string;
  /** Relative names never hashed, whatever the profile (upstream skips both in every scope). */
  skippedRelativeNames: string[];
  /** File base names never hashed (case-sensitive). */
  excludedFileNames: string[];
  excludedFileNamePatterns: RegExp[];
  /** Matched against "/" + relative path (ownCloud matches its full path). */
  excludedPathPatterns: RegExp[];
  /** Files or folders at these relative paths are pruned (core only: relative to the server root). */
  excludedRootEntries: string[];
  /** Hash the root .htaccess only up to the marker line. */
  htaccessMarker: boolean;
  /** Drop expected `updater/` entries after the signature check (Nextcloud core). */
  dropUpdaterOnVerify: boolean;
  /** 'values': array_diff + array_unique (Nextcloud); 'assoc': array_diff_assoc (ownCloud). */
  comparison: 'values' | 'assoc';
  messages: UpstreamMessages;
  /** How the vendor's checker treats revocation and CRLs. */
  revocation: RevocationPolicy;
}

const INVALID_SIGNATURE_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\InvalidSignatureException';
const MISSING_SIGNATURE_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\MissingSignatureException';

const scopeInvalid = (requested: string, current: string): string =>
  `Certificate is not valid for required scope. (Requested: ${requested}, current: CN=${current})`;

const NEXTCLOUD_MESSAGES: UpstreamMessages = {
  signatureMissing: 'Signature data not found.',
  signatureMissingClass: INVALID_SIGNATURE_EXCEPTION,
  certificateInvalid: 'Certificate is not valid.',
  scopeInvalid,
  signatureInvalid: 'Signature could not get verified.',
  exceptionClass: INVALID_SIGNATURE_EXCEPTION,
};

const OWNCLOUD_MESSAGES: UpstreamMessages = {
  signatureMissing: 'Signature data not found.',
  signatureMissingClass: MISSING_SIGNATURE_EXCEPTION,
  certificateInvalid: 'App Certificate is not valid.',
  scopeInvalid,
  signatureInvalid: 'Signature could not get verified.',
  exceptionClass: INVALID_SIGNATURE_EXCEPTION,
};

const SKIPPED = ['appinfo/signature.json', 'core/signature.json'];

/**
 * A PHP `preg_match` pattern as a JavaScript RegExp. PCRE's `$` (without the D modifier)
 * matches at the end and also before a final "\n", so upstream excludes a name such as
 * ".webapp-nextcloud-1.2.3\n" too; `.` and `\d` mean the same in both.
 */
export function pregPattern(source: string): RegExp {
  return new RegExp(source.replace(/\$$/, '(?=\n?$)'));
}

/** Nextcloud's ExcludeFileByNameFilterIterator (current master). */
const NEXTCLOUD_EXCLUDED_NAMES = ['.DS_Store', '.directory', '.rnd', '.webapp', 'Thumbs.db', 'nextcloud-init-sync.lock'];
const NEXTCLOUD_EXCLUDED_PATTERNS = [pregPattern('^\\.webapp-nextcloud-(\\d+\\.){2}(\\d+)(-r\\d+)?$')];
/** Nextcloud's ExcludeFoldersByPathFilterIterator, relative to the server root. */
const NEXTCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found', 'updater', '_oc_upgrade'];

/** ownCloud 10.x lists. */
const OWNCLOUD_EXCLUDED_NAMES = ['.DS_Store', 'Thumbs.db', '.directory', '.webapp'];
const OWNCLOUD_EXCLUDED_PATTERNS = [pregPattern('^\\.webapp-owncloud-.*')];
const OWNCLOUD_EXCLUDED_PATHS = [pregPattern('\\/core\\/js\\/mimetypelist\\.js$')];
const OWNCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found'];

function nextcloud(kind: 'app' | 'core'): Profile {
  return {
    name: kind === 'app' ? 'nextcloud-app' : 'nextcloud-core',
    vendor: 'nextcloud',
    kind,
    signaturePath: kind === 'app' ? 'appinfo/signature.json' : 'core/signature.json',
    skippedRelativeNames: SKIPPED,
    excludedFileNames: NEXTCLOUD_EXCLUDED_NAMES,
    excludedFileNamePatterns: NEXTCLOUD_EXCLUDED_PATTERNS,
    excludedPathPatterns: [],
    // For an app, upstream computes these from the server root, so nothing inside the app matches.
    excludedRootEntries: kind === 'core' ? NEXTCLOUD_ROOT_EXCLUDES : [],
    htaccessMarker: kind === 'core',
    dropUpdaterOnVerify: kind === 'core',
    comparison: 'values',
    messages: NEXTCLOUD_MESSAGES,
    revocation: NEXTCLOUD_REVOCATION,
  };
}

function owncloud(kind: 'app' | 'core'): Profile {
  return {
    name: kind === 'app' ? 'owncloud-app' : 'owncloud-core',
    vendor: 'owncloud',
    kind,
    signaturePath: kind === 'app' ? 'appinfo/signature.json' : 'core/signature.json',
    skippedRelativeNames: SKIPPED,
    excludedFileNames: OWNCLOUD_EXCLUDED_NAMES,
    excludedFileNamePatterns: OWNCLOUD_EXCLUDED_PATTERNS,
    excludedPathPatterns: OWNCLOUD_EXCLUDED_PATHS,
    excludedRootEntries: kind === 'core' ? OWNCLOUD_ROOT_EXCLUDES : [],
    htaccessMarker: kind === 'core',
    dropUpdaterOnVerify: false,
    comparison: 'assoc',
    messages: OWNCLOUD_MESSAGES,
    revocation: OWNCLOUD_REVOCATION,
  };
}

export function getProfile(name: ProfileName, signaturePath?: string): Profile {
  switch (name) {
    case 'nextcloud-app':
      return nextcloud('app');
    case 'nextcloud-core':
      return nextcloud('core');
    case 'owncloud-app':
      return owncloud('app');
    case 'owncloud-core':
      return owncloud('core');
    case 'generic': {
      if (!signaturePath) {
        throw new UsageError(
          `the generic profile needs ${optionRef('signature-path')}`,
          `Name the signature file relative to the directory, e.g. ${optionRef('signature-path', 'meta/signature.json')}.`,
        );
      }
      const base = nextcloud('app');
      return { ...base, name: 'generic', signaturePath, skippedRelativeNames: [...SKIPPED, signaturePath] };
    }
  }
}

export function isProfileName(value: string): value is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(value);
}

/** Whether a file (not a folder) is left out by name, as upstream's name filter does. */
export function isExcludedFileName(profile: Profile, name: string): boolean {
  if (profile.excludedFileNames.includes(name)) return true;
  return profile.excludedFileNamePatterns.some((re) => re.test(name));
}

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

/** What upstream's OC_App::cleanAppId removes: an id holding any of these is never loaded under that id. */
const CLEANED_FROM_APP_IDS = ['<', '>', '"', "'", '\0', '/', '\\', '..'];

/**
 * Why `id` can never be an app id upstream accepts, or null. Upstream loads apps by an id that
 * OC_App::cleanAppId leaves unchanged (no `<>"'`, NUL, `/`, `\`, `..`), and an app id is a
 * folder name and an XML element's text: no whitespace and no control characters either.
 */
export function appIdProblem(id: string): string | null {
  if (id === '') return 'it is empty';
  const cleaned = CLEANED_FROM_APP_IDS.find((s) => id.includes(s));
  if (cleaned !== undefined) return `it contains ${JSON.stringify(cleaned)}, which upstream removes from app ids`;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(id)) return 'it contains whitespace or a control character';
  return null;
}

/** The usage error for an --app-id (Action: app-id) upstream would never accept. */
function invalidAppIdError(id: string, problem: string): UsageError {
  return new UsageError(
    `the app id "${displayText(id)}" is not valid: ${problem}`,
    'Pass the id in appinfo/info.xml\'s <id> (letters, digits and "_", like "files_excludedirs").',
    'invalid-app-id',
  );
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** `<id>` of appinfo/info.xml text, without an XML dependency (the element is plain text; comments ignored). */
export function appIdFromInfoXml(xml: string): string | null {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
  const info = withoutComments.indexOf('<info');
  const m = /<id>\s*([^<]*?)\s*<\/id>/.exec(info >= 0 ? withoutComments.slice(info) : withoutComments);
  return m?.[1] ? m[1] : null;
}

/** Read `<id>` from a folder's appinfo/info.xml. */
export function readAppId(root: string): string | null {
  try {
    return appIdFromInfoXml(readFileSync(join(root, 'appinfo', 'info.xml'), 'utf8'));
  } catch {
    return null;
  }
}

/** What profile detection needs to see of a tree (a folder on disk, or an archive's entries). */
export interface TreeProbe {
  exists(rel: string): boolean;
  isFolder(rel: string): boolean;
  /** A small text file's content, or null. */
  text(rel: string): string | null;
}

/** Which kind of tree it is, from its shape: an app has appinfo/, a server has core/ and version.php. */
export function detectProfileOf(tree: TreeProbe): ProfileName | null {
  const infoXml = tree.text('appinfo/info.xml') ?? '';
  const app: ProfileName = /<owncloud[\s>/]/.test(infoXml) && !/<nextcloud[\s>/]/.test(infoXml) ? 'owncloud-app' : 'nextcloud-app';
  if (tree.exists('appinfo/info.xml') || tree.exists('appinfo/signature.json')) return app;
  if (tree.isFolder('core') && (tree.exists('version.php') || tree.exists('core/signature.json'))) {
    return /\$vendor\s*=\s*'owncloud'/.test(tree.text('version.php') ?? '') ? 'owncloud-core' : 'nextcloud-core';
  }
  if (tree.isFolder('appinfo')) return app;
  return null;
}

/** The folder on disk as a TreeProbe. */
function folderProbe(root: string): TreeProbe {
  return {
    exists: (rel) => existsSync(join(root, rel)),
    isFolder: (rel) => isDir(join(root, rel)),
    text: (rel) => {
      try {
        return readFileSync(join(root, rel), 'utf8');
      } catch {
        return null;
      }
    },
  };
}

export function detectProfile(root: string): ProfileName | null {
  return detectProfileOf(folderProbe(root));
}

/**
 * The profile asked for (`auto` detects; `--signature-path` alone means generic).
 * `undetected` is the error message when detection finds nothing.
 */
export function chooseProfileName(
  requested: string,
  signaturePath: string | undefined,
  detect: () => ProfileName | null,
  undetected: string,
): ProfileName {
  if (requested === 'auto') {
    if (signaturePath) return 'generic';
    const detected = detect();
    if (detected) return detected;
    throw new UsageError(
      undetected,
      `Pass ${optionRef('profile')} (${PROFILE_NAMES.join(', ')}); generic also needs ${optionRef('signature-path')}.`,
    );
  }
  if (isProfileName(requested)) return requested;
  throw new UsageError(`unknown profile "${requested}"`, `Use one of: auto, ${PROFILE_NAMES.join(', ')}.`);
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
  if (!isDir(root)) {
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
