/**
 * The `baseline` command and `verify --baseline` on the command line: the printed baseline
 * makes the tree pass when fed back, a later change to a pinned file fails again, an existing
 * baseline keeps its presets and used entries, an EXCEPTION cannot be accepted, and an
 * accepted-only run passes in every format while the occ formats print what occ prints.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseBaseline } from '../../src/engine/baseline/parse.ts';
import { CA, cleanupTempDirs, extractCase, runCli, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

const ROOT = join(CA, 'root.crt');
const TODAY = new Date().toISOString().slice(0, 10);
let app = '';

before(async () => {
  app = writeTree(join(tempDir('baseline-cli-'), 'tricky'), {
    'appinfo/info.xml': '<?xml version="1.0"?>\n<info><id>tricky</id><name>tricky</name></info>\n',
    'lib/App.php': '<?php\n',
    'lib/Gone.php': '<?php\n',
    '.user.ini': 'memory_limit=512M\n',
  });
  const signed = await runCli(['sign', app, '--key', join(CA, 'tricky.key'), '--cert', join(CA, 'tricky.crt')]);
  assert.equal(signed.code, 0, signed.stderr);
  writeTree(app, { '.user.ini': 'upload_max_filesize=1G\n', 'php.ini': 'x=1\n' });
  rmSync(join(app, 'lib/Gone.php'));
});

describe('code-integrity baseline', () => {
  it('prints a baseline accepting every finding of today, pinned (a missing file has no pin)', async () => {
    const run = await runCli(['baseline', app, '--trust', ROOT, '--baseline', 'none']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^0 entries kept, 3 added\.\n$/);
    const file = parseBaseline(run.stdout, { source: 'out', path: null });
    assert.deepEqual(
      file.entries.map((e) => [e.path, e.category, e.reason, e.sha512?.length, e.scope]),
      [
        ['.user.ini', 'INVALID_HASH', `found on ${TODAY}, not reviewed yet`, 128, 'tricky'],
        ['lib/Gone.php', 'MISSING_FILE', `found on ${TODAY}, not reviewed yet`, undefined, 'tricky'],
        ['php.ini', 'EXTRA_FILE', `found on ${TODAY}, not reviewed yet`, 128, 'tricky'],
      ],
    );
  });

  it('round trip: fed back with --baseline the tree passes; a later change to a pinned file fails again', async () => {
    const out = join(tempDir('baseline-out-'), 'deploy.yml');
    const made = await runCli(['baseline', app, '--trust', ROOT, '--output', out]);
    assert.equal(made.code, 0, made.stderr);
    const pass = await runCli(['verify', app, '--trust', ROOT, '--baseline', out]);
    assert.equal(pass.code, 0, pass.stdout);
    assert.match(pass.stdout, /PASSED {2}tricky .*: 3 findings accepted by the baseline/);
    writeFileSync(join(app, 'php.ini'), 'auto_prepend_file=/tmp/evil.php\n');
    try {
      const fail = await runCli(['verify', app, '--trust', ROOT, '--baseline', out, '--format', 'json']);
      assert.equal(fail.code, 1);
      const scope = JSON.parse(fail.stdout).scopes[0];
      assert.deepEqual(Object.keys(scope.EXTRA_FILE), ['php.ini']);
      assert.match(
        scope.EXTRA_FILE['php.ini'].baselineNote,
        /^changed since it was reviewed: .*deploy\.yml:\d+ accepts it only with SHA-512/,
      );
      assert.deepEqual(Object.keys(scope.accepted), ['.user.ini', 'lib/Gone.php']);
      // Updating the baseline asks for a new review of the changed file, saying what was accepted before.
      const again = await runCli(['baseline', app, '--trust', ROOT, '--baseline', out]);
      assert.match(again.stderr, /^2 entries kept, 1 added\.\n$/);
      const phpIni = parseBaseline(again.stdout, { source: 'out', path: null }).entries.filter((e) => e.path === 'php.ini');
      assert.equal(phpIni.length, 1);
      assert.match(
        phpIni[0]!.reason,
        new RegExp(`^found on ${TODAY}, not reviewed yet \\(changed since it was reviewed: .*deploy\\.yml:\\d+ accepts it only with`),
      );
    } finally {
      writeFileSync(join(app, 'php.ini'), 'x=1\n');
    }
  });

  it('an existing baseline keeps its presets and the entries still used, drops the rest, adds the new', async () => {
    const existing = join(tempDir('baseline-existing-'), 'b.yml');
    writeFileSync(
      existing,
      `presets: [shared-hosting]
accept:
  - path: .user.ini
    category: INVALID_HASH
    reason: upload limit, reviewed by the admin
  - path: old.php
    category: EXTRA_FILE
    reason: gone since
`,
    );
    const run = await runCli(['baseline', app, '--trust', ROOT, '--baseline', existing]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^1 entry kept, 1 added\.\n$/);
    const file = parseBaseline(run.stdout, { source: 'out', path: null });
    assert.deepEqual(file.presets, ['shared-hosting']);
    assert.deepEqual(
      file.entries.filter((e) => e.kind === 'file').map((e) => [e.path, e.reason]),
      [
        ['.user.ini', 'upload limit, reviewed by the admin'],
        ['lib/Gone.php', `found on ${TODAY}, not reviewed yet`],
      ],
    );
  });

  it('an EXCEPTION cannot be accepted: named on stderr, exit 1', async () => {
    const unsigned = extractCase('app-unsigned');
    const run = await runCli(['baseline', unsigned, '--trust', ROOT, '--app-id', 'unsigned_app']);
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /not accepted: unsigned_app: Signature data not found\. \(an EXCEPTION cannot be accepted: fix its cause first\)/,
    );
    assert.match(run.stdout, /^accept: \[\]$/m);
  });

  it('is listed in the main help, with its own help', async () => {
    assert.match((await runCli(['--help'])).stdout, /\n {2}code-integrity baseline \[DIR\|ARCHIVE \.\.\.\]/);
    const help = await runCli(['baseline', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /shared-hosting: /);
  });
});

describe('verify --baseline on the command line', () => {
  it('a mistake in the file exits 2 with file:line and what to do', async () => {
    const bad = join(tempDir('baseline-bad-'), 'b.yml');
    writeFileSync(bad, 'accept:\n  - path: a\n    category: EXTRA_FILE\n    reason: r\n    sha512: 1234\n');
    const run = await runCli(['verify', app, '--trust', ROOT, '--baseline', bad]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /b\.yml:5: "sha512" must be 128 hexadecimal digits/);
    assert.match(run.stderr, /Pin with `sha512sum FILE` or the `baseline` command/);
  });

  it('an accepted-only run passes in every format; the occ formats print what occ prints', async () => {
    const out = join(tempDir('baseline-formats-'), 'b.yml');
    await runCli(['baseline', app, '--trust', ROOT, '--output', out]);
    const run = (format: string) => runCli(['verify', app, '--trust', ROOT, '--baseline', out, '--format', format]);
    const json = await run('json');
    assert.equal(json.code, 0);
    assert.equal(JSON.parse(json.stdout).verdict, 'passed');
    assert.equal(JSON.parse(json.stdout).scopes[0].counts.accepted, 3);
    const md = await run('markdown');
    assert.match(md.stdout, /^## ✅ Code integrity: passed with 3 findings accepted by the baseline$/m);
    assert.match(md.stdout, /\| accepted EXTRA_FILE \| <code>php\.ini<\/code> \|/);
    const sarif = JSON.parse((await run('sarif')).stdout).runs[0].results;
    assert.deepEqual(
      sarif.map((r: { level: string; suppressions: Array<{ kind: string; justification: string }> }) => [r.level, r.suppressions[0]?.kind]),
      Array(3).fill(['note', 'external']),
    );
    assert.match(sarif[0].suppressions[0].justification, /^found on /);
    const occ = await run('nextcloud-json');
    assert.equal(occ.code, 0, 'the exit code is the run verdict, in every format');
    assert.match(occ.stdout, /"INVALID_HASH":\{"\.user\.ini"/);
    assert.match(occ.stdout, /"EXTRA_FILE":\{"php\.ini"/);
    assert.ok(!readFileSync(out, 'utf8').includes('{{option'), 'options are worded for the command line');
  });
});
