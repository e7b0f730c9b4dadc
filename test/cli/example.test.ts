/** The committed example is what the README's first command verifies; keep it true. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO, runCli } from '../helpers.ts';

describe('examples/tricky', () => {
  it('verifies clean against the committed test root (the README quick start)', async () => {
    const run = await runCli(['verify', 'examples/tricky', '--trust', 'examples/test-root.crt'], { cwd: REPO });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^PASSED {2}tricky \(nextcloud-app, examples\/tricky\): every file matches the signature/);
  });

  it('inspect prints its signer, issuer and validity', async () => {
    const run = await runCli(['inspect', join(REPO, 'examples/tricky'), '--trust', join(REPO, 'examples/test-root.crt')], { cwd: REPO });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /signer +CN=tricky/);
    assert.match(run.stdout, /issuer +CN=Test Code Signing Root/);
    assert.match(run.stdout, /validity +2026-11-24T13:04:35\.000Z to 2036-11-21T13:04:35\.000Z/);
    assert.match(run.stdout, /hashes +7 files listed/);
  });
});
