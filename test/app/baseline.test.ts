/**
 * Which baseline a verification reads: the default .code-integrity.yml at each scope's root on
 * disk (never inside an archive), --baseline FILE instead of it, --baseline none, --allow on
 * top; core's default file naming an app; the verdict follows what stays unaccepted.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runVerification, type VerifyRunRequest } from '../../src/app/verify-run.ts';
import { SELF_REASON } from '../../src/engine/baseline/select.ts';
import { UsageError } from '../../src/engine/errors.ts';
import type { Result, ScopeResult } from '../../src/engine/result.ts';
import { CA, cleanupTempDirs, runCli, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

const ROOT = join(CA, 'root.crt');
const info = (id: string): string => `<?xml version="1.0"?>\n<info><id>${id}</id><name>${id}</name></info>\n`;
const sha512 = (s: string): string => createHash('sha512').update(s).digest('hex');

async function sign(dir: string, key: string): Promise<void> {
  const run = await runCli(['sign', dir, '--key', join(CA, `${key}.key`), '--cert', join(CA, `${key}.crt`)]);
  assert.equal(run.code, 0, run.stderr);
}

function verify(paths: string[], options: Partial<VerifyRunRequest> = {}): Promise<Result> {
  return runVerification({
    paths,
    cwd: process.cwd(),
    trust: [ROOT],
    crl: [],
    allApps: false,
    requireSigned: false,
    allow: [],
    ...options,
  });
}

const only = (result: Result): ScopeResult => result.scopes[0]!;

const USER_INI = 'upload_max_filesize=1G\n';
const DEFAULT_FILE = `presets: [well-known]
accept:
  - path: .user.ini
    category: EXTRA_FILE
    reason: upload limit raised by the admin
    sha512: ${sha512(USER_INI)}
`;

let parent = '';
let app = '';

before(async () => {
  parent = tempDir('baseline-app-');
  app = writeTree(join(parent, 'tricky'), { 'appinfo/info.xml': info('tricky'), 'lib/App.php': '<?php\n' });
  await sign(app, 'tricky');
  writeTree(app, { '.user.ini': USER_INI, '.well-known/acme-challenge/t': 't\n', '.code-integrity.yml': DEFAULT_FILE });
});

describe('the default baseline file', () => {
  it('is read at the root of a folder on disk: its entries and presets apply, and it accepts itself, visibly', async () => {
    const result = await verify([app]);
    assert.equal(result.verdict, 'passed', JSON.stringify(only(result).EXTRA_FILE));
    const accepted = only(result).accepted;
    assert.deepEqual(Object.keys(accepted), ['.code-integrity.yml', '.user.ini', '.well-known/acme-challenge/t']);
    assert.equal(accepted['.code-integrity.yml']?.reason, SELF_REASON);
    assert.match(accepted['.user.ini']?.by ?? '', /tricky\/\.code-integrity\.yml:3$/);
    assert.equal(accepted['.well-known/acme-challenge/t']?.by, 'preset well-known');
  });

  it('is never honoured inside an archive: its uploader could have written it', async () => {
    const archive = join(tempDir('baseline-archive-'), 'tricky.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', parent, 'tricky']);
    const result = await verify([archive]);
    assert.equal(result.verdict, 'failed');
    assert.deepEqual(only(result).accepted, {});
    assert.deepEqual(Object.keys(only(result).EXTRA_FILE).sort(), ['.code-integrity.yml', '.user.ini', '.well-known/acme-challenge/t']);
  });

  it('--baseline none reads no baseline at all', async () => {
    const result = await verify([app], { baseline: 'none' });
    assert.equal(result.verdict, 'failed');
    assert.deepEqual(only(result).accepted, {});
    assert.equal(Object.keys(only(result).EXTRA_FILE).length, 3);
  });

  it('a pinned entry fails again once the file changes', async () => {
    const dir = writeTree(join(tempDir('baseline-pin-'), 'tricky'), { 'appinfo/info.xml': info('tricky'), 'lib/App.php': '<?php\n' });
    await sign(dir, 'tricky');
    writeTree(dir, { '.user.ini': USER_INI, '.code-integrity.yml': DEFAULT_FILE });
    assert.equal((await verify([dir])).verdict, 'passed');
    writeFileSync(join(dir, '.user.ini'), 'auto_prepend_file=/tmp/x.php\n');
    const result = await verify([dir]);
    assert.equal(result.verdict, 'failed');
    assert.match(
      only(result).EXTRA_FILE['.user.ini']?.baselineNote ?? '',
      /^changed since it was reviewed: .*\.code-integrity\.yml:3 accepts it only with SHA-512/,
    );
  });
});

describe('--baseline FILE and --allow', () => {
  it('a given file replaces the default one and applies to every scope', async () => {
    const given = join(tempDir('baseline-given-'), 'deploy.yml');
    writeFileSync(given, 'accept:\n  - {path: .user.ini, category: EXTRA_FILE, reason: ours}\n');
    const result = await verify([app], { baseline: given });
    assert.equal(result.verdict, 'failed');
    assert.deepEqual(Object.keys(only(result).accepted), ['.user.ini']);
    assert.equal(only(result).accepted['.user.ini']?.by, `${given}:2`);
    assert.deepEqual(Object.keys(only(result).EXTRA_FILE).sort(), ['.code-integrity.yml', '.well-known/acme-challenge/t']);
  });

  it('--allow still works, alone or beside a baseline: EXTRA_FILE entries with their own reason', async () => {
    const alone = await verify([app], { baseline: 'none', allow: ['.user.ini', '.well-known', '.code-integrity.yml'] });
    assert.equal(alone.verdict, 'passed');
    assert.deepEqual(
      Object.values(only(alone).accepted).map((f) => [f.category, f.reason, f.by]),
      Array(3).fill(['EXTRA_FILE', 'listed in {{option:allow}}', '{{option:allow}}']),
    );
    const both = await verify([app], { allow: ['.user.ini'] });
    assert.equal(both.verdict, 'passed');
    assert.match(only(both).accepted['.user.ini']?.by ?? '', /\.code-integrity\.yml:3$/, 'the file comes first');
  });

  it('a broken baseline is a usage error naming file:line, before anything is checked', async () => {
    const bad = join(tempDir('baseline-bad-'), 'bad.yml');
    writeFileSync(bad, 'accept:\n  - path: a\n    category: EXTRA\n    reason: r\n');
    await assert.rejects(
      verify(['/nonexistent'], { baseline: bad }),
      (e: unknown) => e instanceof UsageError && e.message === `${bad}:3: unknown category "EXTRA"`,
    );
    await assert.rejects(verify([app], { baseline: join(tempDir(), 'missing.yml') }), /missing\.yml does not exist/);
  });
});

describe('a whole installation', () => {
  it("core's default file accepts an app's findings with scope:, and the verdict follows", async () => {
    const server = writeTree(tempDir('baseline-server-'), {
      'version.php': "<?php\n$OC_Version = [31, 0, 0, 0];\n$vendor = 'nextcloud';\n",
      'index.php': '<?php\n',
      'core/shipped.json': '{"shippedApps": ["tricky"]}\n',
      'apps/tricky/appinfo/info.xml': info('tricky'),
      'apps/tricky/lib/App.php': '<?php\n',
    });
    await sign(server, 'core');
    await sign(join(server, 'apps/tricky'), 'tricky');
    writeTree(server, {
      'php.ini': 'memory_limit=1G\n',
      'apps/tricky/lib/Extra.php': '<?php\n',
      '.code-integrity.yml':
        'presets: [shared-hosting]\naccept:\n  - {path: lib/Extra.php, category: EXTRA_FILE, reason: patched by us, scope: tricky}\n',
    });
    const result = await verify([server], { allApps: true });
    assert.equal(result.verdict, 'passed', JSON.stringify(result.scopes.map((s) => [s.scope, s.EXTRA_FILE])));
    const [core, tricky] = result.scopes;
    assert.deepEqual(Object.keys(core!.accepted), ['.code-integrity.yml', 'php.ini']);
    assert.equal(core!.accepted['php.ini']?.by, 'preset shared-hosting');
    assert.deepEqual(Object.keys(tricky!.accepted), ['lib/Extra.php']);
    assert.equal(tricky!.accepted['lib/Extra.php']?.reason, 'patched by us');
  });
});
