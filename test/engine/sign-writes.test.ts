/**
 * Signing never leaves a half-written signature.json (even when killed), and the CLI never
 * shows a key or passphrase — in output, errors, reports or temporary files.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UsageError } from '../../src/engine/errors.ts';
import { resolveTarget } from '../../src/engine/target.ts';
import { signTree } from '../../src/engine/sign.ts';
import { CA, REPO, cleanupTempDirs, runCli, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

const KEY = join(CA, 'tricky.key');
const CERT = join(CA, 'tricky.crt');
const CLI = join(REPO, 'dist', 'cli.js');

function bigApp(files: number): string {
  const dir = writeTree(tempDir('big-'), { 'appinfo/info.xml': '<info><id>tricky</id></info>' });
  for (let d = 0; d < files / 500; d++) {
    const sub = join(dir, 'lib', `d${d}`);
    mkdirSync(sub, { recursive: true });
    for (let f = 0; f < 500; f++) writeFileSync(join(sub, `file-with-a-long-name-${f}.php`), `<?php // ${d}/${f}\n`);
  }
  return dir;
}

describe('atomic writes', () => {
  let dir = '';
  let fullRunMs = 0;

  before(() => {
    dir = bigApp(20000);
    const started = Date.now();
    const r = spawnSync(process.execPath, [CLI, 'sign', dir, '--key', KEY, '--cert', CERT], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    fullRunMs = Date.now() - started;
  });

  it('a sign killed at any moment leaves either the old or the new complete signature.json', async () => {
    const path = join(dir, 'appinfo/signature.json');
    const original = readFileSync(path, 'utf8');
    // Change the tree so a completed run writes a different file.
    writeFileSync(join(dir, 'lib/d0/file-with-a-long-name-0.php'), '<?php // changed\n');
    const outcomes = new Set<string>();
    const kills = 12;
    for (let i = 0; i < kills; i++) {
      const delay = Math.round(((i + 0.5) / kills) * fullRunMs * 1.2);
      const child = spawn(process.execPath, [CLI, 'sign', dir, '--key', KEY, '--cert', CERT], { stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      await new Promise((resolve) => child.on('exit', resolve));
      clearTimeout(timer);
      const now = readFileSync(path, 'utf8');
      const doc = JSON.parse(now) as { hashes: Record<string, string>; signature: string; certificate: string };
      assert.ok(doc.signature && doc.certificate && Object.keys(doc.hashes).length === 20001, `run ${i}: incomplete signature.json`);
      outcomes.add(now === original ? 'old' : 'new');
      if (now !== original) writeFileSync(path, original); // start each run from the old file
    }
    // Temp files of killed runs may remain beside it (nothing can clean up after SIGKILL), but never as signature.json.
    for (const f of readdirSync(join(dir, 'appinfo')))
      assert.ok(f === 'info.xml' || f === 'signature.json' || /^\.signature\.json\.\d+\.[0-9a-f]+\.tmp$/.test(f), f);
    assert.ok(outcomes.has('old'), 'some runs were killed before writing');
    // The next complete run removes what killed runs left behind and does not sign it.
    const r = spawnSync(process.execPath, [CLI, 'sign', dir, '--key', KEY, '--cert', CERT], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(join(dir, 'appinfo')).sort(), ['info.xml', 'signature.json']);
    assert.equal(Object.keys(JSON.parse(readFileSync(path, 'utf8')).hashes).length, 20001);
  });
});

describe('secrets on the command line', () => {
  it('no key line or passphrase appears in stdout, stderr, reports or temp files, on success and on every error path', async () => {
    const passphrase = 'cli-passphrase-that-must-not-leak';
    const encrypted = createPrivateKey(readFileSync(KEY)).export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase,
    }) as string;
    const plainKey = readFileSync(KEY, 'utf8');
    const secretLines = [...encrypted.split('\n'), ...plainKey.split('\n')].filter((l) => l && !l.startsWith('-----'));
    secretLines.push(passphrase);
    const keyFile = join(tempDir('keys-'), 'enc.key');
    writeFileSync(keyFile, encrypted);
    const tmp = tempDir('tmpdir-');
    const app = writeTree(tempDir('app-'), { 'appinfo/info.xml': '<info><id>tricky</id></info>', 'a.php': '<?php\n' });
    const env = { PASS: passphrase, WRONG: 'nope', TMPDIR: tmp };
    const runs = [
      await runCli(['sign', app, '--key', keyFile, '--cert', CERT, '--passphrase-env', 'PASS'], { env }),
      await runCli(['sign', app, '--key', keyFile, '--cert', CERT, '--passphrase-env', 'WRONG'], { env }),
      await runCli(['sign', app, '--key', keyFile, '--cert', CERT], { env }),
      await runCli(['sign', app, '--key', keyFile, '--cert', join(CA, 'other.crt'), '--passphrase-env', 'PASS'], { env }),
      await runCli(['sign', '/nonexistent', '--key', keyFile, '--cert', CERT, '--passphrase-env', 'PASS'], { env }),
      await runCli(['sign', app, '--key', '-', '--cert', join(CA, 'other.crt')], { env, stdin: plainKey }),
      await runCli(['verify', app, '--format', 'json', '--trust', join(CA, 'root.crt')], { env }),
    ];
    assert.deepEqual(
      runs.map((r) => r.code),
      [0, 2, 2, 2, 2, 2, 0],
    );
    const visible = runs.map((r) => r.stdout + r.stderr).join('\n') + readFileSync(join(app, 'appinfo/signature.json'), 'utf8');
    for (const line of secretLines) assert.ok(!visible.includes(line), `secret leaked: ${line.slice(0, 8)}…`);
    assert.deepEqual(readdirSync(tmp), [], 'no temporary files');
  });
});

describe('a tree that changes while it is hashed', () => {
  it('sign refuses when files are modified or added after they were hashed, and writes nothing', async () => {
    const dir = bigApp(2000);
    let touched = false;
    const target = resolveTarget(dir, {});
    await assert.rejects(
      signTree({
        target,
        privateKeyPem: readFileSync(KEY),
        certificatePem: readFileSync(CERT),
        hash: {
          onProgress: () => {
            if (touched) return;
            touched = true;
            // Runs after the first batch came back: change every file (some already hashed) and add one.
            for (let f = 0; f < 500; f++) writeFileSync(join(dir, 'lib/d0', `file-with-a-long-name-${f}.php`), `<?php // changed ${f}\n`);
            writeFileSync(join(dir, 'lib/added.php'), '<?php\n');
          },
        },
      }),
      // A file rewritten while a worker reads it is refused before the re-check: both refusals are right.
      (e: Error) =>
        e instanceof UsageError &&
        ((/the tree changed while it was being signed \(.*(was modified|files were added, removed or renamed in lib)/.test(e.message) &&
          /nothing was written/.test(e.message)) ||
          /cannot sign: \d+ file\(s\) cannot be hashed safely \(.*changed while it was being read/.test(e.message)),
    );
    assert.deepEqual(readdirSync(join(dir, 'appinfo')), ['info.xml']);
  });

  it('a file written while it is being read is a finding, never a trusted hash', async () => {
    const dir = writeTree(tempDir('growing-'), { 'appinfo/info.xml': '<info><id>tricky</id></info>' });
    const big = join(dir, 'big.bin');
    writeFileSync(big, Buffer.alloc(64 * 1024 * 1024, 1));
    const sign = await runCli(['sign', dir, '--key', KEY, '--cert', CERT]);
    assert.equal(sign.code, 0, sign.stderr);
    // A writer keeps appending while verify reads the 64 MiB file.
    const writer = spawn(process.execPath, [
      '-e',
      `const fs=require('fs');const t=Date.now();while(Date.now()-t<4000){fs.appendFileSync(${JSON.stringify(big)},'x');}`,
    ]);
    await new Promise((r) => setTimeout(r, 150));
    const run = await runCli(['verify', dir, '--format', 'json', '--trust', join(CA, 'root.crt')]);
    writer.kill();
    const scope = JSON.parse(run.stdout).scopes[0];
    assert.equal(run.code, 1);
    assert.match(scope.INVALID_HASH['big.bin'].problem, /changed while it was being read/);
  });
});
