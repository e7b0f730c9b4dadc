/**
 * Signing stays inside the tree and leaves nothing half-done: app ids upstream would never
 * accept are refused, a signature folder that is a link is refused, linked folders the walk
 * skips are named, and an interrupted sign removes its temporary file and exits 130 / 143.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { appIdProblem } from '../../src/engine/rules/app-id.ts';
import { CA, REPO, cleanupTempDirs, runCli, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

const KEY = join(CA, 'tricky.key');
const CERT = join(CA, 'tricky.crt');
const ROOT = join(CA, 'root.crt');

function app(id = 'tricky', files: Record<string, string> = {}): string {
  return writeTree(tempDir('sign-safety-'), { 'appinfo/info.xml': `<info><id>${id}</id></info>`, 'lib/a.php': '<?php\n', ...files });
}

describe('app ids upstream would never accept', () => {
  it('the rule: what OC_App::cleanAppId removes, whitespace and control characters', () => {
    for (const ok of ['tricky', 'files_excludedirs', 'SomeApp', 'app-2', 'é']) assert.equal(appIdProblem(ok), null, ok);
    for (const bad of ['', 'a b', 'a\nb', 'a/b', '..', 'x..y', 'a\\b', "a'b", 'a"b', '<x>', 'a\0b', 'tab\t', '\u2028x']) {
      assert.notEqual(appIdProblem(bad), null, JSON.stringify(bad));
    }
  });

  it('--app-id: a usage error naming the id in escaped form, for verify and sign', async () => {
    const dir = app();
    const verify = await runCli(['verify', dir, '--trust', ROOT, '--app-id', 'evil\n::warning::x']);
    assert.equal(verify.code, 2);
    assert.match(verify.stderr, /the app id "evil\\n::warning::x" is not valid: it contains whitespace or a control character/);
    const sign = await runCli(['sign', dir, '--key', KEY, '--cert', CERT, '--app-id', '../tricky']);
    assert.equal(sign.code, 2);
    assert.match(sign.stderr, /the app id "\.\.\/tricky" is not valid: it contains "\/"/);
    assert.equal(existsSync(join(dir, 'appinfo', 'signature.json')), false);
  });

  it('<id> in info.xml: an EXCEPTION of the scope (named after its folder) in verify, a usage error in sign', async () => {
    const dir = app();
    assert.equal((await runCli(['sign', dir, '--key', KEY, '--cert', CERT])).code, 0);
    writeFileSync(join(dir, 'appinfo/info.xml'), '<info><id>tricky\n::error::forged</id></info>');
    const run = await runCli(['verify', dir, '--trust', ROOT, '--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    const scope = JSON.parse(run.stdout).scopes[0];
    assert.notEqual(scope.scope, 'tricky\n::error::forged');
    assert.equal(scope.EXCEPTION.class, 'InvalidArgumentException');
    assert.equal(
      scope.EXCEPTION.message,
      'appinfo/info.xml names the app id "tricky\\n::error::forged", which is not valid: it contains whitespace or a control character',
    );
    const sign = await runCli(['sign', dir, '--key', KEY, '--cert', CERT]);
    assert.equal(sign.code, 2);
    assert.match(sign.stderr, /names the app id "tricky\\n::error::forged"/);
    // An explicit, valid --app-id still checks the tree.
    assert.equal((await runCli(['verify', dir, '--trust', ROOT, '--app-id', 'tricky', '--allow', 'appinfo/info.xml'])).code, 1);
  });
});

describe('sign never writes outside the tree', () => {
  it('appinfo/ as a link to another folder is refused, and nothing is written there', async () => {
    const outside = tempDir('outside-appinfo-');
    writeFileSync(join(outside, 'info.xml'), '<info><id>tricky</id></info>');
    const dir = writeTree(tempDir('linked-appinfo-'), { 'lib/a.php': '<?php\n' });
    symlinkSync(outside, join(dir, 'appinfo'));
    const run = await runCli(['sign', dir, '--key', KEY, '--cert', CERT]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /appinfo\/ in .* is a symbolic link, so the signature would be written outside the tree; nothing was written/);
    assert.deepEqual(readdirSync(outside), ['info.xml']);
  });

  it('a linked folder on the way to a generic profile’s signature is refused', async () => {
    const outside = tempDir('outside-meta-');
    mkdirSync(join(outside, 'sub'));
    const dir = writeTree(tempDir('linked-meta-'), { 'lib/a.php': '<?php\n', 'appinfo/info.xml': '<info><id>tricky</id></info>' });
    symlinkSync(outside, join(dir, 'meta'));
    const run = await runCli(['sign', dir, '--key', KEY, '--cert', CERT, '--signature-path', 'meta/sub/sig.json']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /meta\/ in .* is a symbolic link/);
    assert.deepEqual(readdirSync(join(outside, 'sub')), []);
  });

  it('a linked folder the walk skips is named by sign and by verify, never left out silently', async () => {
    const target = writeTree(tempDir('vendor-'), { 'x.php': '<?php\n' });
    const dir = app();
    symlinkSync(target, join(dir, 'vendor'));
    const sign = await runCli(['sign', dir, '--key', KEY, '--cert', CERT]);
    assert.equal(sign.code, 0, sign.stderr);
    assert.match(
      sign.stdout,
      /^Note: not signed: 1 linked folder \(links to folders are neither followed nor signed, as upstream does\): vendor$/m,
    );
    const verify = await runCli(['verify', dir, '--trust', ROOT]);
    assert.equal(verify.code, 0);
    assert.match(verify.stdout, /note: not checked: 1 linked folder .*: vendor/);
  });
});

describe('an interrupted sign leaves nothing behind', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: the temporary file is removed and the exit code is ${code}`, async () => {
      // A 64 GiB sparse file: hashing it takes far longer than it takes to interrupt.
      const dir = app();
      writeFileSync(join(dir, 'big.bin'), '');
      truncateSync(join(dir, 'big.bin'), 64 * 1024 ** 3);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(REPO, 'src/cli/index.ts'), 'sign', dir, '--key', KEY, '--cert', CERT],
        {
          cwd: REPO,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      const temp = (): string[] => readdirSync(join(dir, 'appinfo')).filter((f) => f.endsWith('.tmp'));
      // Wait (without a time limit of our own) until the temporary file exists, then interrupt.
      while (temp().length === 0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      assert.equal(child.exitCode, null, `sign ended before it could be interrupted: ${stderr}`);
      child.kill(signal);
      assert.equal(await exited, code, stderr);
      assert.deepEqual(readdirSync(join(dir, 'appinfo')), ['info.xml'], 'no temporary file and no signature.json');
    });
  }
});
