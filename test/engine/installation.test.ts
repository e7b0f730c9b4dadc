/**
 * Whole-installation runs: core plus every app in one report, apps without a signature
 * listed as not signed, app roots from config.php, the allow-list, several inputs.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { evalPathExpression, readServerConfig } from '../../src/engine/installation.ts';
import { compileGlobList } from '../../src/engine/baseline/glob.ts';
import { CA, cleanupTempDirs, runCli, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

const ROOT = join(CA, 'root.crt');
let server = '';

const info = (id: string): string => `<?xml version="1.0"?>\n<info><id>${id}</id><name>${id}</name></info>\n`;

async function sign(dir: string, key: string): Promise<void> {
  const run = await runCli(['sign', dir, '--key', join(CA, `${key}.key`), '--cert', join(CA, `${key}.crt`)]);
  assert.equal(run.code, 0, run.stderr);
}

before(async () => {
  server = writeTree(tempDir('server-'), {
    'version.php': "<?php\n$OC_Version = [31, 0, 0, 0];\n$vendor = 'nextcloud';\n",
    'index.php': '<?php\n',
    'core/js/core.js': 'core();\n',
    'core/shipped.json': '{"shippedApps": ["tricky", "shipped_unsigned"]}\n',
    'lib/base.php': '<?php\n',
    'config/config.php':
      "<?php\n$CONFIG = array (\n  'datadirectory' => '/var/www/nextcloud/data',\n  'apps_paths' => array (\n    0 => array ('path' => OC::$SERVERROOT . '/apps', 'url' => '/apps', 'writable' => false),\n    1 => array ('path' => '/var/www/nextcloud/custom_apps', 'url' => '/custom_apps', 'writable' => true),\n  ),\n  'instanceid' => 'abc',\n);\n",
    'data/admin/files/secret.txt': 'user data is never hashed\n',
    'apps/tricky/appinfo/info.xml': info('tricky'),
    'apps/tricky/lib/App.php': '<?php // clean\n',
    'custom_apps/other/appinfo/info.xml': info('other'),
    'custom_apps/other/lib/App.php': '<?php // will be tampered\n',
    'custom_apps/notes/appinfo/info.xml': info('notes'),
    'custom_apps/notes/lib/App.php': '<?php // never signed\n',
  });
  await sign(server, 'core');
  await sign(join(server, 'apps/tricky'), 'tricky');
  await sign(join(server, 'custom_apps/other'), 'other');
  writeFileSync(join(server, 'custom_apps/other/lib/App.php'), '<?php evil();\n');
});

describe('verify --all-apps', () => {
  it('reports core, a clean app, a tampered app and an unsigned app in one run', async () => {
    const run = await runCli(['verify', server, '--all-apps', '--format', 'json', '--trust', ROOT]);
    assert.equal(run.code, 1, run.stderr);
    const doc = JSON.parse(run.stdout);
    const byScope = Object.fromEntries(doc.scopes.map((s: { scope: string }) => [s.scope, s]));
    assert.deepEqual(Object.keys(byScope), ['core', 'tricky', 'other']);
    assert.equal(byScope.core.verdict, 'passed', JSON.stringify(byScope.core));
    assert.equal(byScope.tricky.verdict, 'passed');
    assert.deepEqual(Object.keys(byScope.other.INVALID_HASH), ['lib/App.php']);
    assert.deepEqual(doc.notSigned, [{ scope: 'notes', root: 'custom_apps/notes' }]);
  });

  it('the text report lists the unsigned app; --require-signed turns it into a failure', async () => {
    const text = await runCli(['verify', server, '--all-apps', '--trust', ROOT]);
    assert.match(text.stdout, /Not signed .*\n {2}notes \(custom_apps\/notes\)/);
    const strict = await runCli(['verify', server, '--all-apps', '--require-signed', '--format', 'json', '--trust', ROOT]);
    const notes = JSON.parse(strict.stdout).scopes.find((s: { scope: string }) => s.scope === 'notes');
    assert.equal(notes.EXCEPTION.message, 'Signature data not found.');
  });

  it('a shipped app without a signature is verified (and fails), like upstream', async () => {
    const dir = tempDir('server2-');
    writeTree(dir, {
      'version.php': "<?php $vendor = 'nextcloud';\n",
      'core/shipped.json': '{"shippedApps": ["files"]}',
      'apps/files/appinfo/info.xml': info('files'),
    });
    await sign(dir, 'core');
    const run = await runCli(['verify', dir, '--all-apps', '--format', 'nextcloud-json', '--trust', ROOT]);
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      '{"files":{"EXCEPTION":{"class":"OC\\\\IntegrityCheck\\\\Exceptions\\\\InvalidSignatureException","message":"Signature data not found."}}}\n',
    );
  });

  it('refuses an app folder with a clear error', async () => {
    const run = await runCli(['verify', join(server, 'apps/tricky'), '--all-apps']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /is not a server tree/);
  });
});

describe('several inputs', () => {
  it('verify A B reports each scope and exits with the worst code', async () => {
    const clean = await runCli(['verify', join(server, 'apps/tricky'), '--format', 'json', '--trust', ROOT]);
    assert.equal(clean.code, 0);
    const both = await runCli([
      'verify',
      join(server, 'apps/tricky'),
      join(server, 'custom_apps/other'),
      '--format',
      'json',
      '--trust',
      ROOT,
    ]);
    assert.equal(both.code, 1);
    assert.deepEqual(
      JSON.parse(both.stdout).scopes.map((s: { scope: string; verdict: string }) => [s.scope, s.verdict]),
      [
        ['tricky', 'passed'],
        ['other', 'failed'],
      ],
    );
  });
});

describe('allow-list', () => {
  it('allowed extra files are listed as accepted and do not fail; occ output unchanged', async () => {
    const dir = tempDir('allow-');
    writeTree(dir, { 'appinfo/info.xml': info('tricky'), 'a.php': '<?php\n' });
    await sign(dir, 'tricky');
    writeTree(dir, { '.user.ini': 'upload_max_filesize=1G\n', '.well-known/acme/token': 't\n', 'evil.php': '<?php\n' });
    const args = ['verify', dir, '--trust', ROOT, '--allow', '.user.ini', '--allow', '.well-known'];
    const json = await runCli([...args, '--format', 'json']);
    const scope = JSON.parse(json.stdout).scopes[0];
    assert.deepEqual(Object.keys(scope.accepted), ['.user.ini', '.well-known/acme/token']);
    assert.equal(scope.accepted['.user.ini'].reason, 'listed in --allow');
    assert.equal(scope.accepted['.user.ini'].category, 'EXTRA_FILE');
    assert.deepEqual(Object.keys(scope.EXTRA_FILE), ['evil.php']);
    assert.equal(json.code, 1);
    const occ = await runCli([...args, '--format', 'nextcloud-json']);
    assert.match(occ.stdout, /"\.user\.ini"/);
    const all = await runCli([...args, '--allow', 'evil.php']);
    assert.equal(all.code, 0);
    assert.match(all.stdout, /accepted \(3\)/);
  });

  it('follows @actions/glob semantics: dot files, ** and ! exclusions in order, no braces', () => {
    const allow = compileGlobList(['.well-known/**', '!.well-known/secret', 'logs/*.log', '# a comment', '{a,b}.txt']);
    assert.ok(allow.matches('.well-known/acme/x'));
    assert.ok(!allow.matches('.well-known/secret'));
    assert.ok(allow.matches('logs/a.log'));
    assert.ok(!allow.matches('logs/sub/a.log'));
    assert.ok(!allow.matches('a.txt'));
    assert.ok(allow.matches('{a,b}.txt'));
    assert.throws(() => compileGlobList(['../etc/passwd']), /not a path inside/);
  });
});

describe('config.php reading (no PHP executed)', () => {
  it('evaluates the path expressions config files use', () => {
    assert.equal(evalPathExpression("OC::$SERVERROOT . '/apps'", '/srv/nc', '/srv/nc/config'), '/srv/nc/apps');
    assert.equal(evalPathExpression("\\OC::$SERVERROOT.'/custom_apps'", '/srv/nc', '/srv/nc/config'), '/srv/nc/custom_apps');
    assert.equal(evalPathExpression("__DIR__ . '/../apps2'", '/srv/nc', '/srv/nc/config'), '/srv/nc/config/../apps2');
    assert.equal(evalPathExpression("'/var/www/apps'", '/srv/nc', '/srv/nc/config'), '/var/www/apps');
    assert.equal(evalPathExpression('getenv("APPS")', '/srv/nc', '/srv/nc/config'), null);
  });

  it('reads datadirectory and apps_paths', () => {
    const config = readServerConfig(server);
    assert.equal(config.datadirectory, '/var/www/nextcloud/data');
    assert.deepEqual(config.appsPaths, [join(server, 'apps'), '/var/www/nextcloud/custom_apps']);
  });
});
