/** An app for ownCloud: its info.xml depends on ownCloud only. */
import type { Profile, ProfileDefinition } from './profile.ts';
import { appShape, isOwncloudApp, OWNCLOUD } from './vendors.ts';

const profile: Profile = {
  ...OWNCLOUD,
  name: 'owncloud-app',
  kind: 'app',
  signaturePath: 'appinfo/signature.json',
  // Upstream computes the folder exclusions from the server root, so nothing inside an app matches.
  excludedRootEntries: [],
  htaccessMarker: false,
  dropUpdaterOnVerify: false,
  mimetypelistRule: false,
};

export const owncloudApp: ProfileDefinition = {
  name: 'owncloud-app',
  create: () => profile,
  detect: (tree) => (isOwncloudApp(tree) ? appShape(tree) : 0),
};
