/**
 * The differential known-answer cases from upstream's PHP: verifying prints expected.json
 * byte for byte, and re-signing a clean tree gives back the very same signature.json.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CA, CASES, caseMeta, cleanupTempDirs, extractCase, FIXTURES, runCli } from '../helpers.ts';

after(cleanupTempDirs);

const cases = readdirSync(CASES).sort();

describe('fixture cases: verify --format nextcloud-json equals expected.json', () => {
  for (const name of cases) {
    it(name, async () => {
      const meta = caseMeta(name);
      const dir = extractCase(name);
      const args = ['verify', dir, '--format', 'nextcloud-json', '--trust', join(CASES, name, meta.trust)];
      if (meta.kind === 'app') args.push('--app-id', meta.scope);
      const run = await runCli(args);
      const expected = readFileSync(join(CASES, name, 'expected.json'), 'utf8');
      assert.equal(run.stdout, expected);
      assert.equal(run.code, expected.trim() === '[]' && !['app-swapped', 'app-dup-deleted'].includes(name) ? 0 : 1, run.stderr);
    });
  }
});

describe('fixture cases: our own view goes beyond upstream, flagged', () => {
  it('app-swapped: both swapped files (and the link to one) are INVALID_HASH, marked upstreamWouldMiss', async () => {
    const dir = extractCase('app-swapped');
    const run = await runCli(['verify', dir, '--format', 'json', '--trust', join(CA, 'root.crt')]);
    assert.equal(run.code, 1);
    const scope = JSON.parse(run.stdout).scopes[0];
    const invalid = Object.entries(scope.INVALID_HASH) as Array<[string, { upstreamWouldMiss?: boolean }]>;
    assert.deepEqual(
      invalid.map(([n]) => n),
      ['css/style.css', 'js/main.js', 'link-to-file.js'],
    );
    assert.ok(invalid.every(([, f]) => f.upstreamWouldMiss === true));
    assert.deepEqual(scope.upstream, []);
  });

  it('app-dup-deleted: the deleted duplicate is MISSING_FILE, marked upstreamWouldMiss', async () => {
    const dir = extractCase('app-dup-deleted');
    const run = await runCli(['verify', dir, '--format', 'json', '--trust', join(CA, 'root.crt')]);
    const scope = JSON.parse(run.stdout).scopes[0];
    const missing = Object.values(scope.MISSING_FILE) as Array<{ upstreamWouldMiss?: boolean }>;
    assert.equal(missing.length, 1);
    assert.equal(missing[0]?.upstreamWouldMiss, true);
  });

  it('app-mixed: the renamed numeric file is INVALID_HASH "10" in our view, EXTRA_FILE 0/1 upstream', async () => {
    const dir = extractCase('app-mixed');
    const run = await runCli(['verify', dir, '--format', 'json', '--trust', join(CA, 'root.crt')]);
    const scope = JSON.parse(run.stdout).scopes[0];
    assert.ok(scope.INVALID_HASH['10']);
    assert.equal(scope.INVALID_HASH['10'].upstreamWouldMiss, true);
    assert.deepEqual(Object.keys(scope.upstream.EXTRA_FILE).sort(), ['0', '1', 'extra1.txt']);
  });
});

describe('fixture cases: signing a clean tree again is byte-identical', () => {
  // app-clean's own signature.json was written by upstream walking a folder that did not list
  // sorted: its names PHP's ksort leaves to the walk ("9"/"09", "10"/"1e1" at the top) follow
  // that listing. Signing is reproducible instead, and equals upstream on a folder that lists
  // sorted (test/fixtures/expected/, made by test/php-upstream.ts); the hashes are the same.
  for (const [name, key, sigPath, expected] of [
    ['app-clean', 'tricky', 'appinfo/signature.json', join(FIXTURES, 'expected', 'app-clean.signature.json')],
    ['core-clean', 'core', 'core/signature.json', null],
  ] as const) {
    it(name, async () => {
      const dir = extractCase(name);
      const original = readFileSync(join(dir, sigPath));
      rmSync(join(dir, sigPath));
      const run = await runCli(['sign', dir, '--key', join(CA, `${key}.key`), '--cert', join(CA, `${key}.crt`)]);
      assert.equal(run.code, 0, run.stderr);
      const signed = readFileSync(join(dir, sigPath));
      assert.ok(signed.equals(expected === null ? original : readFileSync(expected)), 'signature.json differs from the expected bytes');
      const hashes = (b: Buffer): [string, string][] =>
        Object.entries((JSON.parse(b.toString('utf8')) as { hashes: Record<string, string> }).hashes).sort();
      assert.deepEqual(hashes(signed), hashes(original), 'the same files and hashes as the upstream-written file');
    });
  }
});
