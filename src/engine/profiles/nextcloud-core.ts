/** A Nextcloud server: core/ and version.php. */
import { LIKELY, type Profile, type ProfileDefinition } from './profile.ts';
import { isOwncloudServer, isServerShape, NEXTCLOUD, NEXTCLOUD_ROOT_EXCLUDES } from './vendors.ts';

const profile: Profile = {
  ...NEXTCLOUD,
  name: 'nextcloud-core',
  kind: 'core',
  signaturePath: 'core/signature.json',
  excludedRootEntries: NEXTCLOUD_ROOT_EXCLUDES,
  htaccessMarker: true,
  // Expected updater/ entries are ignored once the signature holds (the ownCloud 9.0 updater fix).
  dropUpdaterOnVerify: true,
  mimetypelistRule: true,
  appProfile: 'nextcloud-app',
};

export const nextcloudCore: ProfileDefinition = {
  name: 'nextcloud-core',
  create: () => profile,
  detect: (tree) => (isServerShape(tree) && !isOwncloudServer(tree) ? LIKELY : 0),
};
