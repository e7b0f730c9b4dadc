/**
 * Sign → verify round trips on generated trees full of awkward names, and each kind of
 * tamper giving the right category and upstream message.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PhpArray } from '../../src/engine/php/array.ts';
import { phpJsonDecode, phpJsonEncode } from '../../src/engine/php/json.ts';
import { CA, FIXTURES, cleanupTempDirs, runCli, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

const KEY = join(CA, 'tricky.key');
const CERT = join(CA, 'tricky.crt');
const ROOT = join(CA, 'root.crt');

const AWKWARD: Record<string, string> = {
  'appinfo/info.xml': '<?xml version="1.0"?>\n<info><id>tricky</id><name>Tricky</name></info>\n',
  'café/menü.txt': 'NFC name\n',
  'cafe\u0301/menu\u0308.txt': 'NFD name, a different path from the NFC one\n',
  'space dir/a b.txt': 'spaces\n',
  'quotes/"q".txt': 'double quote\n',
  "quotes/'s'.txt": 'single quote\n',
  'back\\slash/x.txt': 'backslash\n',
  'empty.txt': '',
  '日本語/ファイル.js': 'cjk\n',
  'emoji/😀🚀.txt': 'astral\n',
  '9': 'numeric 9\n',
  '10': 'numeric 10\n',
  '09': 'not an integer key\n',
  '1e1': 'numeric string 1e1\n',
  '.htaccess': 'Deny from all\n#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####\nbelow\n',
  'sub/.htaccess': 'nested\n#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####\nbelow\n',
  '.DS_Store': 'excluded',
  'nested/Thumbs.db': 'excluded',
  '.webapp-nextcloud-30.0.1': 'excluded',
  'Thumbs.db.bak': 'look-alike, hashed',
  'js/main.js': 'console.log(1);\n',
  'css/style.css': 'body{}\n',
  'l10n/de.json': '{"a":"b"}\n',
  'dup/one.txt': 'same\n',
  'dup/two.txt': 'same\n',
};

let signed = '';

async function verifyJson(dir: string, extra: string[] = []) {
  const run = await runCli(['verify', dir, '--format', 'json', '--trust', ROOT, ...extra]);
  assert.equal(run.stderr, '');
  return { code: run.code, scope: JSON.parse(run.stdout).scopes[0] };
}

function copyOfSigned(): string {
  const dir = tempDir('tamper-');
  cpSync(signed, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

before(async () => {
  signed = writeTree(tempDir('awkward-'), AWKWARD);
  symlinkSync('js/main.js', join(signed, 'link-to-file.js'));
  symlinkSync('js', join(signed, 'link-to-dir'));
  const run = await runCli(['sign', signed, '--key', KEY, '--cert', CERT]);
  assert.equal(run.code, 0, run.stderr);
});

describe('sign → verify round trip', () => {
  it('a freshly signed awkward tree verifies clean, in every output format', async () => {
    const { code, scope } = await verifyJson(signed);
    assert.equal(code, 0);
    assert.equal(scope.verdict, 'passed');
    const occ = await runCli(['verify', signed, '--format', 'nextcloud-json', '--trust', ROOT]);
    assert.equal(occ.stdout, '[]\n');
    const text = await runCli(['verify', signed, '--trust', ROOT]);
    assert.match(text.stdout, /^PASSED {2}tricky/);
  });

  it('hashes exactly the expected names (exclusions, links, NFC and NFD kept apart)', () => {
    const doc = phpJsonDecode(readFileSync(join(signed, 'appinfo/signature.json'))) as PhpArray;
    const names = [...(doc.get('hashes') as PhpArray).keys()].map(String);
    for (const excluded of ['.DS_Store', 'nested/Thumbs.db', '.webapp-nextcloud-30.0.1', 'appinfo/signature.json', 'link-to-dir']) {
      assert.ok(!names.includes(excluded), `${excluded} must not be hashed`);
    }
    for (const kept of [
      'Thumbs.db.bak',
      'link-to-file.js',
      'café/menü.txt',
      'cafe\u0301/menu\u0308.txt',
      '.htaccess',
      'sub/.htaccess',
      '9',
      '09',
    ]) {
      assert.ok(names.includes(kept), `${kept} must be hashed`);
    }
    // ksort: numeric names compare as numbers, the rest as bytes; "/" is escaped in the file.
    assert.deepEqual(names.slice(0, 1), ['.htaccess']);
    assert.ok(names.indexOf('9') < names.indexOf('10'));
    assert.match(readFileSync(join(signed, 'appinfo/signature.json'), 'utf8'), /"caf\\u00e9\\\/men\\u00fc\.txt"/);
  });

  it('signing twice gives the same bytes (deterministic PSS, salt 0)', async () => {
    const dir = copyOfSigned();
    const before = readFileSync(join(dir, 'appinfo/signature.json'));
    const run = await runCli(['sign', dir, '--key', KEY, '--cert', CERT]);
    assert.equal(run.code, 0);
    assert.ok(readFileSync(join(dir, 'appinfo/signature.json')).equals(before));
  });

  it('--dry-run writes nothing', async () => {
    const dir = copyOfSigned();
    rmSync(join(dir, 'appinfo/signature.json'));
    const run = await runCli(['sign', dir, '--key', KEY, '--cert', CERT, '--dry-run']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /nothing written/);
    assert.throws(() => readFileSync(join(dir, 'appinfo/signature.json')));
  });
});

describe('tampering gives the right category', () => {
  it('modified file → INVALID_HASH', async () => {
    const dir = copyOfSigned();
    writeFileSync(join(dir, 'css/style.css'), 'body{color:red}\n');
    const { code, scope } = await verifyJson(dir);
    assert.equal(code, 1);
    assert.deepEqual(Object.keys(scope.INVALID_HASH), ['css/style.css']);
    assert.deepEqual(Object.keys(scope.upstream.INVALID_HASH), ['css/style.css']);
  });

  it('deleted file → MISSING_FILE (upstream: FILE_MISSING)', async () => {
    const dir = copyOfSigned();
    rmSync(join(dir, 'l10n/de.json'));
    const { scope } = await verifyJson(dir);
    assert.deepEqual(Object.keys(scope.MISSING_FILE), ['l10n/de.json']);
    assert.deepEqual(Object.keys(scope.upstream.FILE_MISSING), ['l10n/de.json']);
  });

  it('added file → EXTRA_FILE; excluded names added stay unreported', async () => {
    const dir = copyOfSigned();
    writeFileSync(join(dir, 'lib.php'), '<?php evil();');
    writeFileSync(join(dir, '.DS_Store'), 'changed but excluded');
    const { scope } = await verifyJson(dir);
    assert.deepEqual(Object.keys(scope.EXTRA_FILE), ['lib.php']);
    assert.equal(Object.keys(scope.INVALID_HASH).length, 0);
  });

  it('two files swapped → INVALID_HASH for both, flagged as missed by upstream', async () => {
    const dir = copyOfSigned();
    renameSync(join(dir, 'css/style.css'), join(dir, 'tmp'));
    renameSync(join(dir, 'l10n/de.json'), join(dir, 'css/style.css'));
    renameSync(join(dir, 'tmp'), join(dir, 'l10n/de.json'));
    const { code, scope } = await verifyJson(dir);
    assert.equal(code, 1);
    assert.deepEqual(Object.keys(scope.INVALID_HASH).sort(), ['css/style.css', 'l10n/de.json']);
    assert.ok(Object.values(scope.INVALID_HASH).every((f) => (f as { upstreamWouldMiss?: boolean }).upstreamWouldMiss));
    assert.deepEqual(scope.upstream, []);
  });

  it('edited signature.json hashes → EXCEPTION "Signature could not get verified."', async () => {
    const dir = copyOfSigned();
    const p = join(dir, 'appinfo/signature.json');
    const doc = phpJsonDecode(readFileSync(p)) as PhpArray;
    (doc.get('hashes') as PhpArray).set('empty.txt', '0'.repeat(128));
    writeFileSync(p, phpJsonEncode(doc, { pretty: true }));
    const { code, scope } = await verifyJson(dir);
    assert.equal(code, 1);
    assert.equal(scope.EXCEPTION.message, 'Signature could not get verified.');
    assert.equal(scope.EXCEPTION.class, 'OC\\IntegrityCheck\\Exceptions\\InvalidSignatureException');
    assert.match(scope.EXCEPTION.hint, /edited after signing/);
  });

  it('wrong CN (verified as another app id) → scope EXCEPTION with upstream message and a hint', async () => {
    const { code, scope } = await verifyJson(signed, ['--app-id', 'otherapp']);
    assert.equal(code, 1);
    assert.equal(scope.EXCEPTION.message, 'Certificate is not valid for required scope. (Requested: otherapp, current: CN=tricky)');
    assert.match(scope.EXCEPTION.hint, /wrong --app-id/);
  });

  it('untrusted root → EXCEPTION "Certificate is not valid."', async () => {
    const run = await runCli(['verify', signed, '--format', 'json', '--trust', join(FIXTURES, 'ca-untrusted', 'root.crt')]);
    assert.equal(run.code, 1);
    assert.equal(JSON.parse(run.stdout).scopes[0].EXCEPTION.message, 'Certificate is not valid.');
  });

  it('missing signature.json → EXCEPTION "Signature data not found."', async () => {
    const dir = copyOfSigned();
    rmSync(join(dir, 'appinfo/signature.json'));
    const { code, scope } = await verifyJson(dir);
    assert.equal(code, 1);
    assert.equal(scope.EXCEPTION.message, 'Signature data not found.');
  });

  it('root .htaccess: below the marker is free, above it is checked; a nested .htaccess is hashed whole', async () => {
    // The app profile never applies the marker rule (upstream compares with the server root).
    const dir = copyOfSigned();
    writeFileSync(join(dir, '.htaccess'), 'Deny from all\n#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####\nchanged below\n');
    const { scope } = await verifyJson(dir);
    assert.deepEqual(Object.keys(scope.INVALID_HASH), ['.htaccess']);
  });
});

describe('core trees', () => {
  it('server root .htaccess is hashed up to the marker, updater/ and data/ are ignored', async () => {
    const root = writeTree(tempDir('core-'), {
      'version.php': "<?php $OC_Version = [30,0,0,0]; $vendor = 'nextcloud';\n",
      'core/js/app.js': 'x\n',
      'lib/base.php': '<?php\n',
      '.htaccess': 'Options -Indexes\n#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####\n# added by setup\n',
      'updater/index.php': 'u\n',
      'data/user/file.txt': 'd\n',
    });
    const sign = await runCli(['sign', root, '--key', join(CA, 'core.key'), '--cert', join(CA, 'core.crt')]);
    assert.equal(sign.code, 0, sign.stderr);
    const hashes = (phpJsonDecode(readFileSync(join(root, 'core/signature.json'))) as PhpArray).get('hashes') as PhpArray;
    assert.deepEqual([...hashes.keys()], ['.htaccess', 'core/js/app.js', 'lib/base.php', 'version.php']);

    writeFileSync(join(root, '.htaccess'), 'Options -Indexes\n#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####\n# other things below\n');
    writeFileSync(join(root, 'updater/index.php'), 'changed\n');
    mkdirSync(join(root, 'apps/someapp'), { recursive: true });
    writeTree(root, { 'config/config.php': '<?php $CONFIG = [];\n' });
    let run = await runCli(['verify', root, '--format', 'json', '--trust', ROOT]);
    assert.equal(run.code, 0, run.stdout);

    writeFileSync(join(root, '.htaccess'), 'Options +Indexes\n#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####\n');
    run = await runCli(['verify', root, '--format', 'json', '--trust', ROOT]);
    assert.equal(run.code, 1);
    assert.deepEqual(Object.keys(JSON.parse(run.stdout).scopes[0].INVALID_HASH), ['.htaccess']);
  });
});
