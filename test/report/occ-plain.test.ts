/**
 * `--format nextcloud` is occ's default plain output. For every fixture scenario it must
 * equal what Symfony's writeArrayInOutputFormat prints for upstream's result array
 * (expected.json): "  - key:" for arrays, "  - key: value" for strings, two more spaces per level.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { progressLine } from '../../src/cli/progress.ts';
import { CASES, caseMeta, cleanupTempDirs, extractCase, runCli } from '../helpers.ts';

after(cleanupTempDirs);

/** Reference rendering, written from the PHP source's rules, independent of src/report. */
function occPlain(value: unknown, prefix = '  - '): string {
  if (Array.isArray(value) && value.length === 0) return '';
  let out = '';
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item !== null && typeof item === 'object') out += `${prefix}${key}:\n` + occPlain(item, '  ' + prefix);
    else out += `${prefix}${key}: ${String(item)}\n`;
  }
  return out;
}

describe('--format nextcloud equals occ plain output on every fixture scenario', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(name, async () => {
      const meta = caseMeta(name);
      const dir = extractCase(name);
      const args = ['verify', dir, '--format', 'nextcloud', '--trust', join(CASES, name, meta.trust)];
      if (meta.kind === 'app') args.push('--app-id', meta.scope);
      const run = await runCli(args);
      assert.equal(run.stdout, occPlain(JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8'))));
    });
  }
});

describe('progress line', () => {
  it('shows files, bytes, rate and ETA from the signature, throttled, and clears itself', () => {
    let out = '';
    let now = 0;
    const line = progressLine(
      (t) => (out += t),
      () => now,
    );
    now = 50;
    line.update({ scope: 'core', files: 10, bytes: 1024, expectedFiles: 100 });
    assert.equal(out, '', 'throttled to one update per 100 ms');
    now = 1000;
    line.update({ scope: 'core', files: 50, bytes: 50 * 1024 * 1024, expectedFiles: 100 });
    assert.ok(out.includes('\r\u001b[2Kcore: 50/100 files, 50 MiB, 50 MiB/s, ETA 1 s'), JSON.stringify(out));
    line.done();
    assert.ok(out.endsWith('\r\u001b[2K'));
  });

  it('is never written when stderr is not a terminal or with --quiet (stdout carries only the report)', async () => {
    const dir = extractCase('app-clean');
    const run = await runCli(['verify', dir, '--format', 'json', '--trust', join(CASES, 'app-clean', '../../ca/root.crt')]);
    assert.equal(run.stderr, '');
    assert.doesNotThrow(() => JSON.parse(run.stdout));
  });
});
