/**
 * App Store release signatures: what `appstore-sign` prints verifies with openssl exactly
 * as the App Store checks it, and `appstore-verify` agrees with openssl both ways.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CA, cleanupTempDirs, runCli, tempDir } from '../../helpers.ts';
import { stageCase, systemArchive } from './helpers.ts';

after(cleanupTempDirs);

const KEY = join(CA, 'tricky.key');
const CERT = join(CA, 'tricky.crt');
let dir: string;
let archive: string;

before(() => {
  const { parent } = stageCase('app-clean', 'tricky');
  dir = tempDir('appstore-');
  archive = systemArchive(parent, 'tricky', 'tar.gz', dir);
});

function openssl(args: string[], input?: Buffer): string {
  return execFileSync('openssl', args, { cwd: dir, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

describe('appstore-sign', () => {
  it('prints one base64 line that openssl verifies as RSA-SHA512 over the archive bytes', async () => {
    const run = await runCli(['appstore-sign', archive, '--key', KEY]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^[A-Za-z0-9+/]+={0,2}\n$/);
    writeFileSync(join(dir, 'sig.bin'), Buffer.from(run.stdout.trim(), 'base64'));
    writeFileSync(join(dir, 'pubkey.pem'), openssl(['x509', '-in', CERT, '-pubkey', '-noout']));
    assert.match(openssl(['dgst', '-sha512', '-verify', 'pubkey.pem', '-signature', 'sig.bin', archive]), /Verified OK/);
    // PKCS#1 v1.5 is deterministic: byte-identical to what the App Store docs' openssl command prints.
    openssl(['dgst', '-sha512', '-sign', KEY, '-out', 'openssl.sig', archive]);
    const viaOpenssl = openssl(['base64', '-A', '-in', 'openssl.sig']);
    assert.equal(run.stdout.trim(), viaOpenssl.trim());
  });

  it('reads an encrypted key with --passphrase-env, or the key from standard input', async () => {
    openssl(['pkey', '-in', KEY, '-aes256', '-passout', 'pass:s3cret', '-out', 'enc.key']);
    const plain = await runCli(['appstore-sign', archive, '--key', KEY]);
    const enc = await runCli(['appstore-sign', archive, '--key', join(dir, 'enc.key'), '--passphrase-env', 'PW'], {
      env: { PW: 's3cret' },
    });
    assert.equal(enc.code, 0, enc.stderr);
    assert.equal(enc.stdout, plain.stdout);
    const noPass = await runCli(['appstore-sign', archive, '--key', join(dir, 'enc.key')]);
    assert.equal(noPass.code, 2);
    assert.match(noPass.stderr, /encrypted and no passphrase/);
    const stdin = await runCli(['appstore-sign', archive, '--key', '-'], { stdin: openssl(['pkey', '-in', KEY]) });
    assert.equal(stdin.stdout, plain.stdout);
  });

  it('errors: no key, missing archive, a folder', async () => {
    for (const [args, pattern] of [
      [['appstore-sign', archive], /needs --key/],
      [['appstore-sign', join(dir, 'nope.tar.gz'), '--key', KEY], /does not exist/],
      [['appstore-sign', dir, '--key', KEY], /is a folder/],
      [['appstore-sign', '--key', KEY], /no archive given/],
    ] as const) {
      const run = await runCli([...args]);
      assert.equal(run.code, 2, run.stdout);
      assert.match(run.stderr, pattern);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    }
  });
});

describe('appstore-verify', () => {
  it('exit 0 for a valid signature (ours or openssl base64 with line breaks), 1 when invalid', async () => {
    const sig = (await runCli(['appstore-sign', archive, '--key', KEY])).stdout.trim();
    const ok = await runCli(['appstore-verify', archive, '--signature', sig, '--cert', CERT]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^OK: .*valid.*CN=tricky/);

    openssl(['dgst', '-sha512', '-sign', KEY, '-out', 'o.sig', archive]);
    const wrapped = openssl(['base64', '-in', 'o.sig']); // 64-column lines, as the upload docs show
    assert.ok(wrapped.trim().includes('\n'));
    writeFileSync(join(dir, 'o.b64'), wrapped);
    const fromFile = await runCli([
      'appstore-verify',
      archive,
      '--signature-file',
      join(dir, 'o.b64'),
      '--cert',
      CERT,
      '--app-id',
      'tricky',
    ]);
    assert.equal(fromFile.code, 0, fromFile.stdout + fromFile.stderr);

    const changed = join(dir, 'changed.tar.gz');
    copyFileSync(archive, changed);
    appendFileSync(changed, Buffer.from([0]));
    const bad = await runCli(['appstore-verify', changed, '--signature', sig, '--cert', CERT]);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /^INVALID: /);

    const other = await runCli(['appstore-verify', archive, '--signature', sig, '--cert', join(CA, 'other.crt')]);
    assert.equal(other.code, 1);

    const wrongId = await runCli(['appstore-verify', archive, '--signature', sig, '--cert', CERT, '--app-id', 'notes']);
    assert.equal(wrongId.code, 1);
    assert.match(wrongId.stdout, /App with id notes has a cert issued to tricky/);
  });

  it('exit 2 for what is not a signature, certificate or archive', async () => {
    for (const [args, pattern] of [
      [['appstore-verify', archive, '--signature', 'not base64!', '--cert', CERT], /not base64/],
      [['appstore-verify', archive, '--signature', 'AAAA', '--cert', join(dir, 'none.crt')], /does not exist/],
      [['appstore-verify', archive, '--signature', 'AAAA', '--cert', KEY], /certificate cannot be read/],
      [['appstore-verify', join(dir, 'none.tar.gz'), '--signature', 'AAAA', '--cert', CERT], /does not exist/],
      [['appstore-verify', archive, '--cert', CERT], /--signature/],
    ] as const) {
      const run = await runCli([...args]);
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stdout}`);
      assert.match(run.stderr, pattern);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    }
    const short = await runCli(['appstore-verify', archive, '--signature', 'AAAA', '--cert', CERT]);
    assert.equal(short.code, 1, 'a well-formed but wrong signature is invalid, not an error');
  });

  it('help', async () => {
    const run = await runCli(['help', 'appstore-sign']);
    assert.match(run.stdout, /openssl dgst -sha512 -sign/);
    assert.match((await runCli(['appstore-verify', '--help'])).stdout, /Exit codes: 0 valid, 1 invalid, 2 error/);
  });
});
