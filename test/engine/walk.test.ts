/**
 * Hostile trees: every odd thing a checked folder can hold is handled deliberately — a
 * finding with a reason, or a clear error — never a hang, a crash, or a read outside the
 * root. Each case below says what the tool does.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CA, REPO, cleanupTempDirs, runCli, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

const KEY = join(CA, 'tricky.key');
const CERT = join(CA, 'tricky.crt');
const ROOT = join(CA, 'root.crt');

async function signedApp(extra: Record<string, string> = {}): Promise<string> {
  const dir = writeTree(tempDir('hostile-'), { 'appinfo/info.xml': '<info><id>tricky</id></info>', 'lib/a.php': '<?php\n', ...extra });
  const run = await runCli(['sign', dir, '--key', KEY, '--cert', CERT]);
  assert.equal(run.code, 0, run.stderr);
  return dir;
}

async function verify(dir: string) {
  const run = await runCli(['verify', dir, '--format', 'json', '--trust', ROOT]);
  assert.equal(run.stderr, '', 'no error output');
  return { code: run.code, scope: JSON.parse(run.stdout).scopes[0] };
}

describe('hostile trees', () => {
  it('a symbolic link loop is a finding ("dangling or looping"), not a hang', async () => {
    const dir = await signedApp();
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    const { code, scope } = await verify(dir);
    assert.equal(code, 1);
    assert.match(scope.EXTRA_FILE['loop-a'].problem, /dangling or looping symbolic link/);
    // signing refuses such a tree instead of writing a signature that cannot verify
    const sign = await runCli(['sign', dir, '--key', KEY, '--cert', CERT]);
    assert.equal(sign.code, 2);
    assert.match(sign.stderr, /cannot be hashed safely \(.*loop-a: dangling or looping/);
  });

  it('links out of the root (to a secret file, to /dev/zero) are findings and are never read', async () => {
    const outside = join(tempDir('outside-'), 'secret.txt');
    writeFileSync(outside, 'not part of the app\n');
    const dir = await signedApp();
    symlinkSync(outside, join(dir, 'lib/secret.txt'));
    symlinkSync('/dev/zero', join(dir, 'zero'));
    const { code, scope } = await verify(dir);
    assert.equal(code, 1);
    assert.match(scope.EXTRA_FILE['lib/secret.txt'].problem, /outside the checked folder/);
    assert.match(scope.EXTRA_FILE['zero'].problem, /outside the checked folder/);
    assert.equal(scope.EXTRA_FILE['zero'].current, '');
  });

  it('a link replacing a signed file with a link out of the root is INVALID_HASH with the reason', async () => {
    const dir = await signedApp();
    const outside = join(tempDir('outside-'), 'a.php');
    writeFileSync(outside, readFileSync(join(dir, 'lib/a.php')));
    execFileSync('rm', [join(dir, 'lib/a.php')]);
    symlinkSync(outside, join(dir, 'lib/a.php'));
    const { scope } = await verify(dir);
    assert.match(scope.INVALID_HASH['lib/a.php'].problem, /outside the checked folder/);
  });

  it('a FIFO is a finding, never opened for reading (no hang)', async () => {
    const dir = await signedApp();
    execFileSync('mkfifo', [join(dir, 'lib/pipe')]);
    const { code, scope } = await verify(dir);
    assert.equal(code, 1);
    assert.match(scope.EXTRA_FILE['lib/pipe'].problem, /FIFO, not a regular file/);
  });

  it('names with newlines and other control characters are hashed and reported exactly', async () => {
    const dir = await signedApp({ 'lib/new\nline.php': 'x\n', 'lib/tab\there.php': 'y\n' });
    const { code } = await verify(dir);
    assert.equal(code, 0);
    writeFileSync(join(dir, 'lib/new\nline.php'), 'changed\n');
    const { scope } = await verify(dir);
    assert.deepEqual(Object.keys(scope.INVALID_HASH), ['lib/new\nline.php']);
  });

  it('a name that is not valid UTF-8 is a finding (upstream cannot encode it), and signing refuses it', async () => {
    const dir = await signedApp();
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'lib') + '/'), Buffer.from([0x66, 0xff, 0x2e, 0x70, 0x68, 0x70])]), 'x');
    const { code, scope } = await verify(dir);
    assert.equal(code, 1);
    const [name, finding] = Object.entries(scope.EXTRA_FILE)[0] as [string, { problem: string }];
    assert.ok(name.startsWith('lib/f'));
    assert.match(finding.problem, /not valid UTF-8/);
    const sign = await runCli(['sign', dir, '--key', KEY, '--cert', CERT]);
    assert.equal(sign.code, 2);
    assert.match(sign.stderr, /not valid UTF-8/);
  });

  it('very deep nesting (400 levels) works without recursion limits', async () => {
    const deep = Array.from({ length: 400 }, () => 'd').join('/');
    const dir = await signedApp({ [`${deep}/leaf.txt`]: 'deep\n' });
    assert.equal((await verify(dir)).code, 0);
    writeFileSync(join(dir, deep, 'leaf.txt'), 'changed\n');
    const { scope } = await verify(dir);
    assert.deepEqual(Object.keys(scope.INVALID_HASH), [`${deep}/leaf.txt`]);
  });

  it('100,000 empty files sign and verify', { timeout: 600_000 }, async () => {
    const dir = writeTree(tempDir('many-'), { 'appinfo/info.xml': '<info><id>tricky</id></info>' });
    for (let d = 0; d < 100; d++) {
      const sub = join(dir, 'many', String(d).padStart(3, '0'));
      mkdirSync(sub, { recursive: true });
      for (let f = 0; f < 1000; f++) writeFileSync(join(sub, `${f}.txt`), '');
    }
    const sign = await runCli(['sign', dir, '--key', KEY, '--cert', CERT]);
    assert.equal(sign.code, 0, sign.stderr);
    assert.match(sign.stdout, /100001 files/);
    const { code, scope } = await verify(dir);
    assert.equal(code, 0);
    assert.equal(scope.stats.files, 100001);
  });
});

describe('unreadable files and folders (run as an unprivileged user; root reads everything)', () => {
  const setpriv = spawnSync('setpriv', ['--version']).status === 0;
  const isRoot = process.getuid?.() === 0;

  function asNobody(args: string[]): { code: number; stdout: string; stderr: string } {
    const r = spawnSync(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(REPO, 'dist', 'cli.js'), ...args],
      {
        encoding: 'utf8',
        timeout: 600_000,
      },
    );
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  it('an unreadable file is a finding; an unreadable folder is an EXCEPTION like upstream', async (t) => {
    if (!isRoot || !setpriv) return t.skip('needs root and setpriv to drop privileges; as a normal user, chmod would be enough');
    const dir = await signedApp({ 'lib/b.php': 'b\n', 'secret/x.php': 'x\n' });
    const trust = join(tempDir('trust-'), 'root.crt');
    writeFileSync(trust, readFileSync(ROOT));
    // mkdtemp makes 0700 folders directly in the (world-writable) temp dir: open them up.
    for (const p of [dir, join(trust, '..')]) chmodSync(p, 0o755);
    chmodSync(join(dir, 'lib/b.php'), 0o000);
    let run = asNobody(['verify', dir, '--format', 'json', '--trust', trust]);
    assert.equal(run.code, 1, run.stderr);
    const scope = JSON.parse(run.stdout).scopes[0];
    assert.match(scope.INVALID_HASH['lib/b.php'].problem, /permission denied/);
    chmodSync(join(dir, 'lib/b.php'), 0o644);
    chmodSync(join(dir, 'secret'), 0o000);
    run = asNobody(['verify', dir, '--format', 'json', '--trust', trust]);
    assert.equal(run.code, 1, run.stderr);
    const e = JSON.parse(run.stdout).scopes[0].EXCEPTION;
    assert.equal(e.class, 'UnexpectedValueException');
    assert.match(e.message, /Failed to open directory: Permission denied/);
    chmodSync(join(dir, 'secret'), 0o755);
  });
});
