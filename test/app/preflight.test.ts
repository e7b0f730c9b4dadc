/**
 * `preflight` and `appstore-sign --write-sig` through the command line: a package passes;
 * each kind of archive the App Store or the installer would refuse fails with its own line,
 * every failure listed; the App Store signature is openssl's.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CA, cleanupTempDirs, runCli, tempDir } from '../helpers.ts';
import { writeApp } from '../package-helpers.ts';

after(cleanupTempDirs);

const KEY = join(CA, 'tricky.key');
const ROOT = join(CA, 'root.crt');
let archive: string;

before(async () => {
  const out = tempDir('pf-out-');
  const app = writeApp(join(tempDir('pf-'), 'tricky'));
  const run = await runCli(['package', app, '--key', KEY, '--cert', join(CA, 'tricky.crt'), '--trust', ROOT, '--out', out]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  archive = join(out, 'tricky-1.2.3.tar.gz');
});

/** The package extracted, changed by `change`, packed again with GNU tar (its .sig copied beside it). */
function repacked(change: (dir: string) => void, top = 'tricky'): string {
  const dir = tempDir('pf-x-');
  execFileSync('tar', ['-xzf', archive, '-C', dir]);
  change(dir);
  const out = join(tempDir('pf-re-'), 'tricky-1.2.3.tar.gz');
  execFileSync('tar', ['-czf', out, '-C', dir, ...top.split(' ')]);
  copyFileSync(`${archive}.sig`, `${out}.sig`);
  return out;
}

describe('preflight', () => {
  it('passes a package, checking its .sig', async () => {
    const run = await runCli(['preflight', archive, '--trust', ROOT]);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /ok +the App Store signature \(tricky-1\.2\.3\.tar\.gz\.sig\) verifies against the certificate/);
    assert.match(run.stdout, /ok +appinfo\/signature\.json verifies \(9 files, signed by CN=tricky\)/);
  });

  it('a changed file: signature.json and the App Store signature both fail, both listed', async () => {
    const tampered = repacked((dir) => appendFileSync(join(dir, 'tricky', 'lib', 'Controller', 'PageController.php'), '// evil\n'));
    const run = await runCli(['preflight', tampered, '--trust', ROOT]);
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      /FAILED +appinfo\/signature\.json does not match the archive: INVALID_HASH lib\/Controller\/PageController\.php/,
    );
    assert.match(run.stdout, /FAILED +the App Store signature \(tricky-1\.2\.3\.tar\.gz\.sig\) does not verify against the certificate/);
    assert.match(run.stdout, /Pre-flight failed: 2 problems\./);
  });

  it('the wrong top folder, a second one, a name Archive_Tar refuses', async () => {
    const renamed = repacked((dir) => renameSync(join(dir, 'tricky'), join(dir, 'tricky-main')), 'tricky-main');
    const run = await runCli(['preflight', renamed, '--trust', ROOT]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /FAILED +the top folder "tricky-main" is not the app id "tricky" of appinfo\/info\.xml/);
    const two = repacked((dir) => {
      mkdirSync(join(dir, 'tricky', 'v1..'));
      writeFileSync(join(dir, 'tricky', 'v1..', 'x'), 'x');
      writeFileSync(join(dir, 'README'), 'stray');
    }, 'tricky README');
    const both = await runCli(['preflight', two, '--trust', ROOT]);
    assert.match(both.stdout, /FAILED +the archive must hold exactly one top folder \(the app id\), not "tricky", \(files at the top\)/);
    assert.match(both.stdout, /FAILED +tricky\/v1\.\.\/: it contains "\.\.\/", which makes PHP's Archive_Tar/);
  });

  it('a certificate for another app id, in the words of the store; a plain tar', async () => {
    const run = await runCli(['preflight', archive, '--trust', ROOT, '--cert', join(CA, 'other.crt')]);
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      /FAILED +the certificate \(the certificate given\) is issued to "other", not the app id: App with id tricky has a cert issued to other/,
    );
    const plain = join(tempDir('pf-tar-'), 'tricky.tar');
    writeFileSync(plain, execFileSync('gzip', ['-dc', archive]));
    const tar = await runCli(['preflight', plain]);
    assert.equal(tar.code, 1);
    assert.match(tar.stdout, /FAILED +the archive is not gzip-compressed: the App Store takes a \.tar\.gz/);
  });
});

describe('appstore-sign --write-sig', () => {
  it('prints and writes what openssl dgst -sha512 -sign key | base64 -w0 gives', async () => {
    const copy = join(tempDir('as-'), 'app.tar.gz');
    copyFileSync(archive, copy);
    const run = await runCli(['appstore-sign', copy, '--key', KEY, '--cert', join(CA, 'tricky.crt'), '--write-sig']);
    assert.equal(run.code, 0, run.stderr);
    const openssl = execFileSync('sh', ['-c', 'openssl dgst -sha512 -sign "$1" "$2" | base64 -w0', 'sh', KEY, copy], { encoding: 'utf8' });
    assert.equal(run.stdout, `${openssl}\n`);
    assert.equal(readFileSync(`${copy}.sig`, 'utf8'), `${openssl}\n`);
    const mismatch = await runCli(['appstore-sign', copy, '--key', KEY, '--cert', join(CA, 'other.crt')]);
    assert.equal(mismatch.code, 2);
    assert.match(mismatch.stderr, /the private key does not belong to the certificate/);
  });
});
