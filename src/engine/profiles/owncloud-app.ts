/** An app for ownCloud: its info.xml depends on ownCloud only. */
import type { Profile, ProfileDefinition } from './profile.ts';
import { APP_RULES, appShape, isOwncloudApp, OWNCLOUD } from './vendors.ts';

const profile: Profile = { ...OWNCLOUD, ...APP_RULES, name: 'owncloud-app' };

export const owncloudApp: ProfileDefinition = {
  name: 'owncloud-app',
  create: () => profile,
  detect: (tree) => (isOwncloudApp(tree) ? appShape(tree) : 0),
};
