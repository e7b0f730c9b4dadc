/**
 * Each vendor's rules as upstream keeps them, shared by its app and server profiles:
 * Nextcloud's current master (nextcloud-spec.md §A) and ownCloud 10's classic checker (§B.1).
 */
import { NEXTCLOUD_REVOCATION, OWNCLOUD_REVOCATION } from '../rules/revocation.ts';
import { pregPattern } from '../rules/selection.ts';
import type { Profile, TreeProbe, UpstreamMessages } from './profile.ts';

const INVALID_SIGNATURE_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\InvalidSignatureException';
const MISSING_SIGNATURE_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\MissingSignatureException';

const scopeInvalid = (requested: string, current: string): string =>
  `Certificate is not valid for required scope. (Requested: ${requested}, current: CN=${current})`;

/** Both signature files are never hashed, in every scope. */
export const SIGNATURE_FILES = ['appinfo/signature.json', 'core/signature.json'];

/** The rules that tell an app from a server, beside the vendor's. */
type AppRule = 'kind' | 'signaturePath' | 'excludedRootEntries' | 'htaccessMarker' | 'dropUpdaterOnVerify' | 'mimetypelistRule';

type VendorRules = Omit<Profile, 'name' | AppRule>;

/** ExcludeFoldersByPathFilterIterator, relative to the server root. */
export const NEXTCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found', 'updater', '_oc_upgrade'];

export const NEXTCLOUD: VendorRules = {
  vendor: 'nextcloud',
  skippedRelativeNames: SIGNATURE_FILES,
  // ExcludeFileByNameFilterIterator (current master)
  excludedFileNames: ['.DS_Store', '.directory', '.rnd', '.webapp', 'Thumbs.db', 'nextcloud-init-sync.lock'],
  excludedFileNamePatterns: [pregPattern('^\\.webapp-nextcloud-(\\d+\\.){2}(\\d+)(-r\\d+)?$')],
  excludedPathPatterns: [],
  comparison: 'values',
  messages: {
    signatureMissing: 'Signature data not found.',
    signatureMissingClass: INVALID_SIGNATURE_EXCEPTION,
    certificateInvalid: 'Certificate is not valid.',
    scopeInvalid,
    signatureInvalid: 'Signature could not get verified.',
    exceptionClass: INVALID_SIGNATURE_EXCEPTION,
  } satisfies UpstreamMessages,
  revocation: NEXTCLOUD_REVOCATION,
};

/** ownCloud 10's folder exclusions (no updater rules). */
export const OWNCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found'];

export const OWNCLOUD: VendorRules = {
  vendor: 'owncloud',
  skippedRelativeNames: SIGNATURE_FILES,
  excludedFileNames: ['.DS_Store', 'Thumbs.db', '.directory', '.webapp'],
  excludedFileNamePatterns: [pregPattern('^\\.webapp-owncloud-.*')],
  excludedPathPatterns: [pregPattern('\\/core\\/js\\/mimetypelist\\.js$')],
  comparison: 'assoc',
  messages: {
    signatureMissing: 'Signature data not found.',
    signatureMissingClass: MISSING_SIGNATURE_EXCEPTION,
    certificateInvalid: 'App Certificate is not valid.',
    scopeInvalid,
    signatureInvalid: 'Signature could not get verified.',
    exceptionClass: INVALID_SIGNATURE_EXCEPTION,
  } satisfies UpstreamMessages,
  revocation: OWNCLOUD_REVOCATION,
};

/**
 * What every app profile shares: its signature in appinfo/, and none of the server's rules.
 * Upstream computes the folder exclusions from the server root, so nothing inside an app matches.
 */
export const APP_RULES: Pick<Profile, AppRule> = {
  kind: 'app',
  signaturePath: 'appinfo/signature.json',
  excludedRootEntries: [],
  htaccessMarker: false,
  dropUpdaterOnVerify: false,
  mimetypelistRule: false,
};

/** An app folder: appinfo/info.xml or a signature (sure), or an appinfo/ folder alone (weak). */
export function appShape(tree: TreeProbe): number {
  if (tree.exists('appinfo/info.xml') || tree.exists('appinfo/signature.json')) return 3;
  return tree.isFolder('appinfo') ? 1 : 0;
}

/** An ownCloud app: its info.xml names an ownCloud dependency and no Nextcloud one. */
export function isOwncloudApp(tree: TreeProbe): boolean {
  const infoXml = tree.text('appinfo/info.xml') ?? '';
  return /<owncloud[\s>/]/.test(infoXml) && !/<nextcloud[\s>/]/.test(infoXml);
}

/** A server folder: core/ with version.php or core/signature.json. */
export function isServerShape(tree: TreeProbe): boolean {
  return tree.isFolder('core') && (tree.exists('version.php') || tree.exists('core/signature.json'));
}

/** An ownCloud server: version.php says `$vendor = 'owncloud'`. */
export function isOwncloudServer(tree: TreeProbe): boolean {
  return /\$vendor\s*=\s*'owncloud'/.test(tree.text('version.php') ?? '');
}
