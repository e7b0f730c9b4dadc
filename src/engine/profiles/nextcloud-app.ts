/** An app for Nextcloud (the default for an app folder). */
import type { Profile, ProfileDefinition } from './profile.ts';
import { APP_RULES, appShape, isOwncloudApp, NEXTCLOUD } from './vendors.ts';

const profile: Profile = { ...NEXTCLOUD, ...APP_RULES, name: 'nextcloud-app' };

export const nextcloudApp: ProfileDefinition = {
  name: 'nextcloud-app',
  create: () => profile,
  detect: (tree) => (!isOwncloudApp(tree) ? appShape(tree) : 0),
};
