/** An app for Nextcloud (the default for an app folder). */
import type { Profile, ProfileDefinition } from './profile.ts';
import { appShape, isOwncloudApp, NEXTCLOUD } from './vendors.ts';

const profile: Profile = {
  ...NEXTCLOUD,
  name: 'nextcloud-app',
  kind: 'app',
  signaturePath: 'appinfo/signature.json',
  // Upstream computes the folder exclusions from the server root, so nothing inside an app matches.
  excludedRootEntries: [],
  htaccessMarker: false,
  dropUpdaterOnVerify: false,
  mimetypelistRule: false,
};

export const nextcloudApp: ProfileDefinition = {
  name: 'nextcloud-app',
  create: () => profile,
  detect: (tree) => (!isOwncloudApp(tree) ? appShape(tree) : 0),
};
