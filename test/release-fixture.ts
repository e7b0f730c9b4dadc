/**
 * A small Nextcloud server release built and signed in the test (core with shipped.json, two
 * shipped apps, the files upstream ships unsigned), with the fixtures' test CA: what a
 * release tarball holds, without its size. Shared by the release and example-workflow tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getProfile } from '../src/engine/profiles/index.ts';
import { signTree } from '../src/engine/sign.ts';
import { CA, writeTree } from './helpers.ts';

/** An app's appinfo/info.xml. */
export const info = (id: string): string => `<?xml version="1.0"?>\n<info><id>${id}</id><name>${id}</name></info>\n`;

/** The files upstream ships unsigned that this release holds, with their content. */
export const RELEASE_UNSIGNED: Record<string, string> = {
  'config/.htaccess': 'deny from all\n',
  'config/CAN_INSTALL': '',
  'config/config.sample.php': '<?php\n$CONFIG = [];\n',
  'updater/.htaccess': 'deny from all\n',
  'updater/index.php': '<?php // the web updater\n',
  'updater/updater.phar': 'phar bytes\n',
  'themes/README': 'Put your themes here.\n',
};

/** Files the release's signatures cover (core 6, each app 2): what verify hashes. */
export const RELEASE_SIGNED_FILE_COUNT = 10;

/** Signs the folder `root` as `scope` with the test CA's key and certificate named `key`. */
export async function sign(root: string, profile: 'nextcloud-core' | 'nextcloud-app', scope: string, key: string): Promise<void> {
  await signTree({
    target: { root, profile: getProfile(profile), scope },
    privateKeyPem: readFileSync(join(CA, `${key}.key`), 'utf8'),
    certificatePem: readFileSync(join(CA, `${key}.crt`), 'utf8'),
  });
}

/** Writes the signed release into the folder `release` (its top folder, e.g. `…/nextcloud`). */
export async function writeSignedRelease(release: string): Promise<void> {
  writeTree(release, {
    'version.php': "<?php\n$OC_Version = [31, 0, 0, 0];\n$OC_Channel = 'stable';\n$vendor = 'nextcloud';\n",
    'index.php': '<?php require "lib/base.php";\n',
    '.htaccess': '# rules\n#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####\n',
    'lib/base.php': '<?php // base\n',
    'core/js/core.js': 'core();\n',
    'core/shipped.json': '{"shippedApps": ["other", "tricky"], "alwaysEnabled": ["tricky"]}\n',
    'apps/tricky/appinfo/info.xml': info('tricky'),
    'apps/tricky/lib/App.php': '<?php // tricky\n',
    'apps/other/appinfo/info.xml': info('other'),
    'apps/other/js/other.js': 'other();\n',
    ...RELEASE_UNSIGNED,
  });
  await sign(join(release, 'apps/tricky'), 'nextcloud-app', 'tricky', 'tricky');
  await sign(join(release, 'apps/other'), 'nextcloud-app', 'other', 'other');
  await sign(release, 'nextcloud-core', 'core', 'core');
}
