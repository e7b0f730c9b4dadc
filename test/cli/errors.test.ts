/**
 * User mistakes get one clear line (plus a hint) on stderr and exit code 2 — never a stack
 * trace, never a half-written file.
 */
import assert from 'node:assert/strict';
import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CA, cleanupTempDirs, extractCase, runCli, tempDir, writeTree } from '../helpers.ts';
import { VERSION } from '../../src/version.ts';

after(cleanupTempDirs);

function assertCleanError(run: { code: number; stderr: string; stdout: string }, pattern: RegExp): void {
  assert.equal(run.code, 2, run.stdout + run.stderr);
  assert.match(run.stderr, /^code-integrity: error: /);
  assert.match(run.stderr, pattern);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  assert.doesNotMatch(run.stderr, /internal error/);
}

function app(): string {
  return writeTree(tempDir('app-'), { 'appinfo/info.xml': '<info><id>tricky</id></info>', 'a.txt': 'a' });
}

describe('CLI errors', () => {
  it('missing folder', async () => {
    assertCleanError(await runCli(['verify', '/no/such/dir']), /\/no\/such\/dir does not exist/);
  });

  it('folder that is neither an app nor a server', async () => {
    assertCleanError(await runCli(['verify', tempDir()]), /cannot tell what .* is/);
  });

  it('unknown command, option, format, profile and fail-on category', async () => {
    assertCleanError(await runCli(['frobnicate']), /unknown command "frobnicate"/);
    assertCleanError(await runCli(['verify', '--bogus']), /unknown option --bogus/);
    assertCleanError(await runCli(['verify', app(), '--format', 'xml']), /unknown format "xml"/);
    assertCleanError(await runCli(['verify', app(), '--profile', 'wordpress']), /unknown profile "wordpress"/);
    assertCleanError(await runCli(['verify', app(), '--fail-on', 'TYPO']), /unknown category "TYPO"/);
  });

  it('unreadable key and certificate files', async () => {
    assertCleanError(
      await runCli(['sign', app(), '--key', '/nope.key', '--cert', join(CA, 'tricky.crt')]),
      /private key \/nope.key does not exist/,
    );
    assertCleanError(
      await runCli(['sign', app(), '--key', join(CA, 'tricky.key'), '--cert', '/nope.crt']),
      /certificate \/nope.crt does not exist/,
    );
  });

  it('bad PEM for key, certificate and trust', async () => {
    const bad = join(tempDir(), 'bad.pem');
    writeFileSync(bad, '-----BEGIN CERTIFICATE-----\nnot base64 at all!!\n-----END CERTIFICATE-----\n');
    assertCleanError(await runCli(['sign', app(), '--key', bad, '--cert', join(CA, 'tricky.crt')]), /not a PEM private key/);
    assertCleanError(await runCli(['sign', app(), '--key', join(CA, 'tricky.key'), '--cert', bad]), /certificate cannot be read/);
    assertCleanError(await runCli(['verify', app(), '--trust', bad]), /bad.pem: a certificate in it cannot be read/);
    const empty = join(tempDir(), 'empty.pem');
    writeFileSync(empty, 'hello');
    assertCleanError(await runCli(['verify', app(), '--trust', empty]), /holds no PEM certificate/);
  });

  it('encrypted key: missing passphrase, wrong passphrase, right passphrase', async () => {
    const encrypted = createPrivateKey(readFileSync(join(CA, 'tricky.key'))).export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'correct horse',
    });
    const keyFile = join(tempDir(), 'enc.key');
    writeFileSync(keyFile, encrypted);
    const base = ['sign', app(), '--key', keyFile, '--cert', join(CA, 'tricky.crt')];
    assertCleanError(await runCli(base), /encrypted and no passphrase/);
    assertCleanError(await runCli([...base, '--passphrase-env', 'PASS'], { env: { PASS: 'wrong' } }), /passphrase is wrong/);
    assertCleanError(await runCli([...base, '--passphrase-env', 'UNSET']), /UNSET .* is not set/);
    const ok = await runCli([...base, '--passphrase-env', 'PASS'], { env: { PASS: 'correct horse' } });
    assert.equal(ok.code, 0, ok.stderr);
  });

  it('key from standard input', async () => {
    const ok = await runCli(['sign', app(), '--key', '-', '--cert', join(CA, 'tricky.crt')], {
      stdin: readFileSync(join(CA, 'tricky.key'), 'utf8'),
    });
    assert.equal(ok.code, 0, ok.stderr);
  });

  it('key/certificate mismatch and wrong CN refuse to sign and write nothing', async () => {
    const dir = app();
    assertCleanError(
      await runCli(['sign', dir, '--key', join(CA, 'other.key'), '--cert', join(CA, 'tricky.crt')]),
      /does not belong to the certificate/,
    );
    assertCleanError(
      await runCli(['sign', dir, '--key', join(CA, 'other.key'), '--cert', join(CA, 'other.crt')]),
      /certificate is for "other", but the tree is "tricky"/,
    );
    assert.equal(existsSync(join(dir, 'appinfo/signature.json')), false);
  });

  it('a tree that is not an app refuses to sign as one', async () => {
    const dir = writeTree(tempDir(), { 'x.txt': 'x' });
    assertCleanError(
      await runCli([
        'sign',
        dir,
        '--profile',
        'nextcloud-app',
        '--key',
        join(CA, 'tricky.key'),
        '--cert',
        join(CA, 'tricky.crt'),
        '--app-id',
        'tricky',
      ]),
      /does not look like an app/,
    );
  });

  it('help and version', async () => {
    const help = await runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage:/);
    assert.match((await runCli(['verify', '--help'])).stdout, /--trust/);
    assert.match((await runCli(['sign', '--help'])).stdout, /--passphrase-env/);
    assert.equal((await runCli(['--version'])).stdout, `${VERSION}\n`);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(VERSION, pkg.version);
  });

  it('--fail-on narrows what fails: EXTRA_FILE alone does not fail with --fail-on INVALID_HASH', async () => {
    const dir = extractCase('app-extra');
    const trust = join(CA, 'root.crt');
    assert.equal((await runCli(['verify', dir, '--trust', trust])).code, 1);
    const narrowed = await runCli(['verify', dir, '--trust', trust, '--fail-on', 'INVALID_HASH']);
    assert.equal(narrowed.code, 0);
    // The headline agrees with the exit code.
    assert.match(narrowed.stdout, /^PASSED {2}tricky .*: 1 finding outside fail-on \(EXTRA_FILE\)/);
    const json = await runCli(['verify', dir, '--trust', trust, '--fail-on', 'INVALID_HASH', '--format', 'json']);
    assert.equal(json.code, 0);
    assert.equal(JSON.parse(json.stdout).verdict, 'passed');
  });
});
