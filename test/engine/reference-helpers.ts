/**
 * A small signed server release for the explain and repair tests: a Nextcloud 30 server
 * (the mimetypelist sample's files, a few PHP files, the root .htaccess with its marker, a
 * .user.ini) with one app, apps/tricky; core signed with the test CA's `core` key, the app
 * with its `tricky` key. Copies of it stand for an installed tree; archives of it for a
 * downloaded release.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CA, runCli, tempDir, writeTree } from '../helpers.ts';
import { sample, writeServer } from './mimetypelist-helpers.ts';

export const ROOT_CRT = join(CA, 'root.crt');
export const SERVER_SAMPLE = '30.0.1';
export const HTACCESS =
  '<IfModule mod_headers.c>\n  Header always set X-Frame-Options "SAMEORIGIN"\n</IfModule>\nOptions -Indexes\n#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####\n';
export const USER_INI = 'upload_max_filesize=512M\npost_max_size=512M\nmemory_limit=512M\n';
export const BASE_PHP = [
  '<?php',
  '// the base of the server',
  'function one() {',
  '  return 1;',
  '}',
  'function two() {',
  '  return 2;',
  '}',
  '',
].join('\n');

async function signWith(dir: string, key: string, profile: string): Promise<void> {
  const run = await runCli(['sign', dir, '--profile', profile, '--key', join(CA, `${key}.key`), '--cert', join(CA, `${key}.crt`)]);
  assert.equal(run.code, 0, run.stderr);
}

/** A signed release folder `<parent>/nextcloud`; returns its path. */
export async function signedRelease(parent = tempDir('release-')): Promise<string> {
  const root = writeServer(join(parent, 'nextcloud'), sample(SERVER_SAMPLE));
  writeTree(root, {
    '.htaccess': HTACCESS,
    '.user.ini': USER_INI,
    'index.php': '<?php\nrequire_once __DIR__ . "/lib/base.php";\n',
    'lib/base.php': BASE_PHP,
    'lib/private/Util.php': '<?php\nclass Util {}\n',
    'lib/private/Copy.php': '<?php\n// shipped twice\n',
    'core/img/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5]),
    'apps/tricky/appinfo/info.xml': '<?xml version="1.0"?>\n<info><id>tricky</id><name>Tricky</name><version>1.2.3</version></info>\n',
    'apps/tricky/lib/App.php': '<?php\nclass App {}\n',
    'apps/tricky/js/main.js': 'console.log("main");\n',
  });
  mkdirSync(join(root, 'data'), { recursive: true });
  await signWith(join(root, 'apps', 'tricky'), 'tricky', 'nextcloud-app');
  await signWith(root, 'core', 'nextcloud-core');
  return root;
}

/** A copy of a release folder (an installed tree to tamper with). */
export function copyTree(from: string, to = join(tempDir('tree-'), 'nextcloud')): string {
  cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  return to;
}

/** The release folder as an archive beside it: `nextcloud.tar.gz` or `nextcloud.zip`. */
export function archiveOf(root: string, format: 'tar.gz' | 'zip'): string {
  const parent = join(root, '..');
  const out = join(parent, `nextcloud.${format}`);
  if (format === 'zip') execFileSync('zip', ['-qr', '-X', out, 'nextcloud'], { cwd: parent });
  else execFileSync('tar', ['-czf', out, 'nextcloud'], { cwd: parent });
  return out;
}
