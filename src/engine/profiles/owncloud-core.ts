/** An ownCloud server: version.php says $vendor = 'owncloud'. */
import { LIKELY, type Profile, type ProfileDefinition } from './profile.ts';
import { isOwncloudServer, isServerShape, OWNCLOUD, OWNCLOUD_ROOT_EXCLUDES } from './vendors.ts';

const profile: Profile = {
  ...OWNCLOUD,
  name: 'owncloud-core',
  kind: 'core',
  signaturePath: 'core/signature.json',
  excludedRootEntries: OWNCLOUD_ROOT_EXCLUDES,
  htaccessMarker: true,
  dropUpdaterOnVerify: false,
  mimetypelistRule: false,
  appProfile: 'owncloud-app',
};

export const owncloudCore: ProfileDefinition = {
  name: 'owncloud-core',
  create: () => profile,
  detect: (tree) => (isServerShape(tree) && isOwncloudServer(tree) ? LIKELY : 0),
};
