/**
 * Profiles: which files a signature covers, where the signature lives, and which upstream
 * messages and comparison rules apply. Kept as data, like upstream keeps its exclusion
 * lists at the top of small classes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from './errors.ts';

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
}

export const HTACCESS_MARKER = '#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####';

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

/** Nextcloud's ExcludeFileByNameFilterIterator (current master). */
const NEXTCLOUD_EXCLUDED_NAMES = ['.DS_Store', '.directory', '.rnd', '.webapp', 'Thumbs.db', 'nextcloud-init-sync.lock'];
const NEXTCLOUD_EXCLUDED_PATTERNS = [/^\.webapp-nextcloud-(\d+\.){2}(\d+)(-r\d+)?$/];
/** Nextcloud's ExcludeFoldersByPathFilterIterator, relative to the server root. */
const NEXTCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found', 'updater', '_oc_upgrade'];

/** ownCloud 10.x lists. */
const OWNCLOUD_EXCLUDED_NAMES = ['.DS_Store', 'Thumbs.db', '.directory', '.webapp'];
const OWNCLOUD_EXCLUDED_PATTERNS = [/^\.webapp-owncloud-.*/];
const OWNCLOUD_EXCLUDED_PATHS = [/\/core\/js\/mimetypelist\.js$/];
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
          'the generic profile needs --signature-path',
          'Name the signature file relative to the directory, e.g. --signature-path meta/signature.json.',
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
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Read `<id>` from appinfo/info.xml without an XML dependency (the element is plain text). */
export function readAppId(root: string): string | null {
  const file = join(root, 'appinfo', 'info.xml');
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
  const info = withoutComments.indexOf('<info');
  const m = /<id>\s*([^<]*?)\s*<\/id>/.exec(info >= 0 ? withoutComments.slice(info) : withoutComments);
  return m?.[1] ? m[1] : null;
}

function appVendor(root: string): 'nextcloud' | 'owncloud' {
  try {
    const xml = readFileSync(join(root, 'appinfo', 'info.xml'), 'utf8');
    if (/<owncloud[\s>/]/.test(xml) && !/<nextcloud[\s>/]/.test(xml)) return 'owncloud';
  } catch {
    // no info.xml: default
  }
  return 'nextcloud';
}

function serverVendor(root: string): 'nextcloud' | 'owncloud' {
  try {
    const php = readFileSync(join(root, 'version.php'), 'utf8');
    if (/\$vendor\s*=\s*'owncloud'/.test(php)) return 'owncloud';
  } catch {
    // no version.php: default
  }
  return 'nextcloud';
}

/** Which kind of tree `root` is, from its shape: an app has appinfo/, a server has core/ and version.php. */
export function detectProfile(root: string): ProfileName | null {
  if (existsSync(join(root, 'appinfo', 'info.xml')) || existsSync(join(root, 'appinfo', 'signature.json'))) {
    return appVendor(root) === 'owncloud' ? 'owncloud-app' : 'nextcloud-app';
  }
  if (isDir(join(root, 'core')) && (existsSync(join(root, 'version.php')) || existsSync(join(root, 'core', 'signature.json')))) {
    return serverVendor(root) === 'owncloud' ? 'owncloud-core' : 'nextcloud-core';
  }
  if (isDir(join(root, 'appinfo'))) return appVendor(root) === 'owncloud' ? 'owncloud-app' : 'nextcloud-app';
  return null;
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
  const requested = options.profile ?? 'auto';
  let name: ProfileName;
  if (requested === 'auto') {
    if (options.signaturePath) name = 'generic';
    else {
      const detected = detectProfile(root);
      if (!detected) {
        throw new UsageError(
          `cannot tell what ${root} is: it has no appinfo/ (an app) and no core/ with version.php (a server)`,
          `Pass --profile (${PROFILE_NAMES.join(', ')}); generic also needs --signature-path.`,
        );
      }
      name = detected;
    }
  } else if (isProfileName(requested)) {
    name = requested;
  } else {
    throw new UsageError(`unknown profile "${requested}"`, `Use one of: auto, ${PROFILE_NAMES.join(', ')}.`);
  }
  const profile = getProfile(name, options.signaturePath);
  let scope: string;
  if (profile.kind === 'core' && name !== 'generic') scope = 'core';
  else scope = options.appId ?? readAppId(root) ?? basename(root);
  return { root, profile, scope };
}
