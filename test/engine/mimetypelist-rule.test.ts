/**
 * core/js/mimetypelist.js in sign and verify, for each of the 23 shipped server versions of
 * test/fixtures/mimetypelist/: a server regenerated with an admin's aliases verifies clean
 * exactly where occ says so — the Checker has the rule (Nextcloud 17+) and the release shipped
 * the file its own alias list generates (many shipped a stale one; then occ reports the
 * regenerated file too) — a hand-edited file never does, and signing records the hash
 * upstream records.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { generateFromTree, readMimetypeTree } from '../../src/engine/mimetypelist/index.ts';
import { CA, cleanupTempDirs, runCli, tempDir } from '../helpers.ts';
import { FRESH, sample, SAMPLE_NAMES, writeServer, type Sample } from './mimetypelist-helpers.ts';

after(cleanupTempDirs);

const CUSTOM_ALIASES = '{"application/x-custom-thing": "x-office-document", "text/x-made-up": "text/code"}\n';
const LIST = 'core/js/mimetypelist.js';

interface Verified {
  code: number;
  scope: { verdict: string; notes: string[]; INVALID_HASH: Record<string, unknown>; EXCEPTION: { class: string; message: string } | null };
}

async function sign(root: string): Promise<void> {
  const run = await runCli(['sign', root, '--profile', 'nextcloud-core', '--key', join(CA, 'core.key'), '--cert', join(CA, 'core.crt')]);
  assert.equal(run.code, 0, run.stderr);
}

async function verify(root: string): Promise<Verified> {
  const run = await runCli(['verify', root, '--profile', 'nextcloud-core', '--format', 'json', '--trust', join(CA, 'root.crt')]);
  const report = JSON.parse(run.stdout) as { scopes: Verified['scope'][] };
  return { code: run.code, scope: report.scopes[0] as Verified['scope'] };
}

/** A signed pristine server of the sample, then the admin's aliases and `occ maintenance:mimetype:update-js`. */
async function regeneratedServer(s: Sample): Promise<string> {
  const root = writeServer(tempDir('ci-mimetypelist-'), s);
  await sign(root);
  writeFileSync(join(root, 'config', 'mimetypealiases.json'), CUSTOM_ALIASES);
  const regenerated = generateFromTree(readMimetypeTree(root), 'all');
  assert.ok(!regenerated.equals(s.shipped), 'the custom aliases change the generated file');
  writeFileSync(join(root, LIST), regenerated);
  return root;
}

const hasRule = (s: Sample): boolean => (s.server.version[0] ?? 0) >= 17;
/** What occ says of the regenerated server: clean only with the rule and a release that shipped its generator's output. */
const occAccepts = (s: Sample): boolean => hasRule(s) && FRESH.includes(s.name);

function expectation(s: Sample): string {
  if (occAccepts(s)) return 'accepted, as occ does';
  return hasRule(s) ? 'reported, as occ does (the release shipped a stale file)' : 'reported, as occ does (no rule before 17)';
}

describe('core/js/mimetypelist.js regenerated with custom aliases, per server version', () => {
  for (const name of SAMPLE_NAMES) {
    const s = sample(name);
    it(`${name}: ${expectation(s)}; a hand edit is reported`, async () => {
      const root = await regeneratedServer(s);
      const regenerated = await verify(root);
      if (occAccepts(s)) {
        assert.equal(regenerated.code, 0, JSON.stringify(regenerated.scope));
        assert.equal(regenerated.scope.verdict, 'passed');
        assert.ok(regenerated.scope.notes.some((n) => n.includes('regenerated with this server')));
      } else {
        assert.equal(regenerated.code, 1);
        assert.deepEqual(Object.keys(regenerated.scope.INVALID_HASH), [LIST]);
        const why = hasRule(s) ? 'not the signed file' : 'came with Nextcloud 17';
        assert.ok(
          regenerated.scope.notes.some((n) => n.includes(why)),
          regenerated.scope.notes.join('\n'),
        );
      }

      appendFileSync(join(root, LIST), '// edited\n');
      const edited = await verify(root);
      assert.equal(edited.code, 1);
      assert.deepEqual(Object.keys(edited.scope.INVALID_HASH), [LIST]);
      if (hasRule(s)) assert.ok(edited.scope.notes.some((n) => n.includes('edited by hand')));
    });
  }
});

describe('core/js/mimetypelist.js: the rule in the other cases', () => {
  const newest = sample(FRESH.at(-1) as string);

  it('custom aliases but the shipped file (not regenerated): clean, the file is hashed as it is', async () => {
    const root = writeServer(tempDir('ci-mimetypelist-'), newest);
    await sign(root);
    writeFileSync(join(root, 'config', 'mimetypealiases.json'), CUSTOM_ALIASES);
    const result = await verify(root);
    assert.equal(result.scope.verdict, 'passed');
    assert.deepEqual(result.scope.notes, []);
  });

  it('signing a regenerated server records the hash of the shipped file, as occ integrity:sign-core does', async () => {
    const root = await regeneratedServer(newest);
    await sign(root);
    const signed = JSON.parse(readFileSync(join(root, 'core', 'signature.json'), 'utf8')) as { hashes: Record<string, string> };
    assert.equal(signed.hashes[LIST], createHash('sha512').update(newest.shipped).digest('hex'));
    assert.equal((await verify(root)).scope.verdict, 'passed');
  });

  it('where upstream fails to generate the file (17: an admin file that is not JSON), core is an EXCEPTION', async () => {
    const root = writeServer(tempDir('ci-mimetypelist-'), sample('17.0.0'));
    await sign(root);
    writeFileSync(join(root, 'config', 'mimetypealiases.json'), '{not json');
    const result = await verify(root);
    assert.equal(result.code, 1);
    assert.equal(result.scope.EXCEPTION?.class, 'TypeError');
    const signing = await runCli([
      'sign',
      root,
      '--profile',
      'nextcloud-core',
      '--key',
      join(CA, 'core.key'),
      '--cert',
      join(CA, 'core.crt'),
    ]);
    assert.equal(signing.code, 2);
    assert.match(signing.stderr, /mimetypelist\.js cannot be hashed as upstream does/);
  });

  it('18 and later ignore an admin file that is not JSON: the shipped file stays clean', async () => {
    const root = writeServer(tempDir('ci-mimetypelist-'), sample('18.0.4'));
    await sign(root);
    writeFileSync(join(root, 'config', 'mimetypealiases.json'), '{not json');
    assert.equal((await verify(root)).scope.verdict, 'passed');
  });

  it('without a readable version.php the file is checked as it is, and the note says why', async () => {
    const root = await regeneratedServer(newest);
    writeFileSync(join(root, 'version.php'), '<?php // emptied\n');
    const result = await verify(root);
    assert.deepEqual(Object.keys(result.scope.INVALID_HASH).sort(), [LIST, 'version.php']);
    assert.ok(result.scope.notes.some((n) => n.includes('version.php cannot be read')));
  });
});
