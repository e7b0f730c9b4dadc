/**
 * End-to-end: the bundled dist/index.js run as a separate process with the runner's
 * environment (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_WORKSPACE).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CA, cleanupTempDirs, extractCase, tempDir, writeTree } from '../helpers.ts';
import { runAction } from './action-helpers.ts';

after(cleanupTempDirs);

const trust = readFileSync(join(CA, 'root.crt'), 'utf8');

/** A workspace holding one fixture case as `app/`. */
function workspaceWith(caseName: string): string {
  const ws = tempDir('ws-');
  cpSync(extractCase(caseName), join(ws, 'app'), { recursive: true, verbatimSymlinks: true });
  return ws;
}

describe('Action: verify', () => {
  it('clean app: passes, outputs zero counts, writes a summary and no annotations', () => {
    const ws = workspaceWith('app-clean');
    const run = runAction({ path: 'app', trust }, { workspace: ws });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.result, 'passed');
    assert.equal(run.outputs['invalid-hash-count'], '0');
    assert.equal(run.outputs['files-checked'], '39');
    assert.match(run.summary, /Code integrity: passed/);
    assert.doesNotMatch(run.stdout, /::error/);
  });

  for (const [caseName, category, title, level] of [
    ['app-modified', 'invalid-hash-count', 'INVALID_HASH', 'error'],
    ['app-deleted', 'missing-file-count', 'MISSING_FILE', 'error'],
    ['app-extra', 'extra-file-count', 'EXTRA_FILE', 'error'],
    ['app-bad-signature', 'exception-count', 'EXCEPTION', 'error'],
  ] as const) {
    it(`${caseName}: fails with ${title} annotated on the file`, () => {
      const ws = workspaceWith(caseName);
      const run = runAction({ path: 'app', trust, 'report-file': 'integrity.json' }, { workspace: ws });
      assert.equal(run.code, 1);
      assert.equal(run.outputs.result, 'failed');
      assert.ok(Number(run.outputs[category]) >= 1, JSON.stringify(run.outputs));
      assert.match(run.stdout, new RegExp(`::${level} title=${title},file=app/[^:]+::`));
      assert.match(run.stdout, /::error::Code integrity check failed: /);
      assert.equal(run.outputs['report-path'], join(ws, 'integrity.json'));
      const report = JSON.parse(readFileSync(join(ws, 'integrity.json'), 'utf8'));
      assert.equal(report.ok, false);
      assert.match(run.summary, /Code integrity: failed/);
    });
  }

  it('fail-on narrows what fails the step, and every output agrees; allow lists extra files as allowed', () => {
    const ws = workspaceWith('app-extra');
    const narrowed = runAction({ path: 'app', trust, 'fail-on': 'INVALID_HASH,MISSING_FILE', 'report-file': 'r.json' }, { workspace: ws });
    assert.equal(narrowed.code, 0);
    assert.equal(narrowed.outputs.result, 'passed');
    assert.equal(narrowed.outputs['extra-file-count'], '1');
    // One verdict: a warning (not an error) annotation, no failure, a passing summary and report.
    assert.match(narrowed.stdout, /::warning title=EXTRA_FILE,file=app\/lib\/new\.php::/);
    assert.doesNotMatch(narrowed.stdout, /::error/);
    assert.match(narrowed.stdout, /Code integrity check passed with 1 finding outside fail-on \(EXTRA_FILE\)/);
    assert.match(narrowed.summary, /Code integrity: passed with 1 finding outside fail-on \(EXTRA_FILE\)/);
    const report = JSON.parse(readFileSync(join(ws, 'r.json'), 'utf8'));
    assert.equal(report.verdict, 'passed');
    assert.equal(report.ok, true);
    assert.deepEqual(report.failOn, ['INVALID_HASH', 'MISSING_FILE']);
    assert.equal(report.scopes[0].verdict, 'passed');
    assert.equal(report.scopes[0].EXTRA_FILE['lib/new.php'].failing, false);
    const allowed = runAction({ path: 'app', trust, allow: 'lib/new.php\n# comment' }, { workspace: ws });
    assert.equal(allowed.code, 0, allowed.stdout);
    assert.equal(allowed.outputs['extra-file-count'], '0');
    assert.match(allowed.summary, /listed in the input allow/);
  });

  it('report-file in a folder that does not exist is created; a report that cannot be written keeps the verdict, annotations and summary', () => {
    const ws = workspaceWith('app-extra');
    const deep = runAction({ path: 'app', trust, 'report-file': 'reports/integrity/r.json' }, { workspace: ws });
    assert.equal(deep.code, 1);
    assert.equal(JSON.parse(readFileSync(join(ws, 'reports/integrity/r.json'), 'utf8')).verdict, 'failed');
    writeFileSync(join(ws, 'not-a-folder'), 'a file');
    const broken = runAction({ path: 'app', trust, 'report-file': 'not-a-folder/r.json' }, { workspace: ws });
    assert.equal(broken.code, 1);
    assert.equal(broken.outputs.result, 'failed', 'the verdict, not "error"');
    assert.equal(broken.outputs['extra-file-count'], '1');
    assert.equal(broken.outputs['report-path'], undefined);
    assert.match(broken.stdout, /::error title=EXTRA_FILE,file=app\/lib\/new\.php::/);
    assert.match(broken.stdout, /::error::The report file was not written: cannot write .*not-a-folder\/r\.json/);
    assert.match(broken.summary, /Code integrity: failed/);
    const clean = runAction({ path: 'app', trust, 'report-file': 'not-a-folder/r.json', 'fail-on': 'INVALID_HASH' }, { workspace: ws });
    assert.equal(clean.code, 1, 'the step fails: the report asked for is missing');
    assert.equal(clean.outputs.result, 'passed');
    assert.match(clean.stdout, /the verdict above stands: passed/);
  });

  it('caps annotations at 10 per level and says how many more there are', () => {
    const ws = workspaceWith('app-clean');
    for (let i = 0; i < 25; i++) writeFileSync(join(ws, 'app', `extra-${i}.php`), `<?php // ${i}\n`);
    const run = runAction({ path: 'app', trust }, { workspace: ws });
    assert.equal((run.stdout.match(/::error title=EXTRA_FILE/g) ?? []).length, 10);
    assert.match(run.stdout, /::notice title=More findings::15 more findings are not annotated/);
    assert.equal(run.outputs['extra-file-count'], '25');
  });

  it('path may be a release archive, verified without extracting it', () => {
    const ws = tempDir('ws-archive-');
    cpSync(extractCase('app-modified'), join(ws, 'tricky'), { recursive: true, verbatimSymlinks: true });
    execFileSync('tar', ['-czf', 'tricky-1.0.0.tar.gz', 'tricky'], { cwd: ws });
    rmSync(join(ws, 'tricky'), { recursive: true });
    const run = runAction({ path: 'tricky-1.0.0.tar.gz', trust }, { workspace: ws });
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.outputs['invalid-hash-count'], '2');
    assert.deepEqual(readdirSync(ws), ['tricky-1.0.0.tar.gz'], 'nothing extracted');
  });

  it('missing path: error result and a one-line reason, no stack trace', () => {
    const run = runAction({ path: 'does-not-exist', trust }, { workspace: tempDir('ws-') });
    assert.equal(run.code, 1);
    assert.equal(run.outputs.result, 'error');
    assert.match(run.stdout, /::error::.*does-not-exist does not exist/);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
  });

  it('bad inputs: unknown command, bad boolean, bad report-format', () => {
    const ws = workspaceWith('app-clean');
    assert.match(
      runAction({ command: 'publish' }, { workspace: ws }).stdout,
      /::error::input command must be one of "verify", "sign", "package", "appstore-sign", "preflight", not "publish"/,
    );
    assert.match(
      runAction({ path: 'app', trust, annotations: 'yes' }, { workspace: ws }).stdout,
      /::error::input annotations must be true or false/,
    );
    assert.match(runAction({ path: 'app', trust, 'report-format': 'xml' }, { workspace: ws }).stdout, /::error::input report-format "xml"/);
  });
});

describe('Action: sign', () => {
  const key = readFileSync(join(CA, 'tricky.key'), 'utf8');
  const cert = readFileSync(join(CA, 'tricky.crt'), 'utf8');

  function unsignedApp(): string {
    const ws = tempDir('ws-sign-');
    writeTree(join(ws, 'app'), { 'appinfo/info.xml': '<info><id>tricky</id></info>', 'lib/a.php': '<?php\n' });
    return ws;
  }

  it('signs, masks every key line first, removes nothing it should keep, then verifies', () => {
    const ws = unsignedApp();
    writeFileSync(join(ws, 'tricky.crt'), cert);
    const run = runAction({ command: 'sign', path: 'app', 'private-key': key, certificate: 'tricky.crt' }, { workspace: ws });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['signature-file'], join(ws, 'app', 'appinfo', 'signature.json'));
    assert.equal(run.outputs['files-signed'], '2');
    // every non-armour line of the key is masked, before any other output
    const bodyLines = key.split('\n').filter((l) => l && !l.startsWith('-----'));
    const firstOther = run.stdout.split('\n').findIndex((l) => !l.startsWith('::add-mask::'));
    const masks = run.stdout.split('\n').slice(0, firstOther);
    for (const line of bodyLines) assert.ok(masks.includes(`::add-mask::${line}`), `line not masked: ${line.slice(0, 10)}…`);
    assert.deepEqual(readdirSync(run.runnerTemp), [], 'nothing left in RUNNER_TEMP');
    const verify = runAction({ path: 'app', trust }, { workspace: ws });
    assert.equal(verify.code, 0, verify.stdout);
  });

  it('certificate as PEM text works too', () => {
    const ws = unsignedApp();
    const run = runAction({ command: 'sign', path: 'app', 'private-key': key, certificate: cert }, { workspace: ws });
    assert.equal(run.code, 0, run.stdout);
    assert.ok(existsSync(join(ws, 'app/appinfo/signature.json')));
  });

  it('refuses a key that does not match the certificate, a wrong CN, an empty key, a tree that is no app', () => {
    const ws = unsignedApp();
    const other = readFileSync(join(CA, 'other.key'), 'utf8');
    const mismatch = runAction({ command: 'sign', path: 'app', 'private-key': other, certificate: cert }, { workspace: ws });
    assert.equal(mismatch.code, 1);
    assert.match(mismatch.stdout, /::error::the private key does not belong to the certificate/);
    const wrongCn = runAction(
      { command: 'sign', path: 'app', 'private-key': other, certificate: readFileSync(join(CA, 'other.crt'), 'utf8') },
      { workspace: ws },
    );
    assert.match(wrongCn.stdout, /::error::the certificate is for "other", but the tree is "tricky"/);
    const empty = runAction({ command: 'sign', path: 'app', certificate: cert }, { workspace: ws });
    assert.match(empty.stdout, /::error::input private-key is empty.*forks/);
    rmSync(join(ws, 'app', 'appinfo'), { recursive: true });
    const notApp = runAction(
      { command: 'sign', path: 'app', 'private-key': key, certificate: cert, profile: 'nextcloud-app', 'app-id': 'tricky' },
      { workspace: ws },
    );
    assert.match(notApp.stdout, /::error::.*does not look like an app/);
    assert.equal(existsSync(join(ws, 'app/appinfo/signature.json')), false);
  });

  it('bad key text gives a clear error and never echoes the key', () => {
    const ws = unsignedApp();
    const garbage = '-----BEGIN PRIVATE KEY-----\nTHISISNOTAKEYBUTITISSECRET1234567890\n-----END PRIVATE KEY-----\n';
    const run = runAction({ command: 'sign', path: 'app', 'private-key': garbage, certificate: cert }, { workspace: ws });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /::error::the private key cannot be read/);
    const unmasked = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    assert.ok(!unmasked.join('\n').includes('THISISNOTAKEYBUTITISSECRET'));
  });
});

describe('Action: secrets never leak', () => {
  it('no line of the key or passphrase appears in output, summary, outputs or report (success and error paths)', () => {
    const passphrase = 'pass-phrase-that-must-not-leak';
    const encrypted = createPrivateKey(readFileSync(join(CA, 'tricky.key'))).export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase,
    }) as string;
    const cert = readFileSync(join(CA, 'tricky.crt'), 'utf8');
    const secretLines = [...encrypted.split('\n').filter((l) => l && !l.startsWith('-----')), passphrase];
    const ws = tempDir('ws-leak-');
    writeTree(join(ws, 'app'), { 'appinfo/info.xml': '<info><id>tricky</id></info>', 'a.php': '<?php\n' });
    const runs = [
      runAction(
        { command: 'sign', path: 'app', 'private-key': encrypted, 'private-key-passphrase': passphrase, certificate: cert },
        { workspace: ws },
      ),
      runAction(
        { command: 'sign', path: 'app', 'private-key': encrypted, 'private-key-passphrase': 'wrong', certificate: cert },
        { workspace: ws },
      ),
      runAction({ command: 'sign', path: 'app', 'private-key': encrypted, certificate: cert }, { workspace: ws }),
      runAction(
        {
          command: 'sign',
          path: 'app',
          'private-key': encrypted,
          'private-key-passphrase': passphrase,
          certificate: readFileSync(join(CA, 'other.crt'), 'utf8'),
        },
        { workspace: ws },
      ),
      runAction(
        { path: 'app', trust, 'report-file': 'r.json', 'private-key': encrypted, 'private-key-passphrase': passphrase },
        { workspace: ws },
      ),
    ];
    assert.equal(runs[0]!.code, 0, runs[0]!.stdout);
    assert.match(runs[1]!.stdout, /passphrase is wrong/);
    assert.match(runs[2]!.stdout, /encrypted and no passphrase/);
    for (const run of runs) {
      const visible = [
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
        existsSync(join(ws, 'r.json')) ? readFileSync(join(ws, 'r.json'), 'utf8') : '',
        readFileSync(join(ws, 'app/appinfo/signature.json'), 'utf8'),
      ].join('\n');
      for (const line of secretLines) assert.ok(!visible.includes(line), `secret line leaked: ${line.slice(0, 8)}…`);
      assert.deepEqual(readdirSync(run.runnerTemp), []);
    }
  });
});

describe('Action: appstore-sign', () => {
  it('outputs what openssl dgst -sha512 -sign key | base64 -w0 prints, and writes it beside the archive', () => {
    const ws = tempDir('ws-');
    const archive = join(ws, 'app.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', extractCase('app-clean'), '.']);
    const key = join(CA, 'tricky.key');
    const run = runAction({ command: 'appstore-sign', path: 'app.tar.gz', 'private-key': readFileSync(key, 'utf8') }, { workspace: ws });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const openssl = execFileSync('sh', ['-c', 'openssl dgst -sha512 -sign "$1" "$2" | base64 -w0', 'sh', key, archive], {
      encoding: 'utf8',
    });
    assert.equal(run.outputs['appstore-signature'], openssl);
    assert.equal(run.outputs.result, 'passed');
    assert.equal(readFileSync(`${archive}.sig`, 'utf8'), `${openssl}\n`);
  });
});
