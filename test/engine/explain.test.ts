/**
 * explain against a signed release (test/engine/reference-helpers.ts): a diff for a changed
 * PHP file, "moved" for a relocated one, "present in the release" / "not in this release",
 * binary files by size and hash, the directives of .htaccess and .user.ini, the same answer
 * from a folder, a .tar.gz and a .zip, and a reference that does not verify refused.
 */
import assert from 'node:assert/strict';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Explanation, FileExplanation } from '../../src/engine/explain/model.ts';
import { CA, cleanupTempDirs, runCli } from '../helpers.ts';
import { archiveOf, BASE_PHP, copyTree, ROOT_CRT, signedRelease } from './reference-helpers.ts';

after(cleanupTempDirs);

let release: string;
let tree: string;

/** The tree: every kind of finding once. */
function tamper(root: string): void {
  writeFileSync(join(root, 'lib/base.php'), BASE_PHP.replace('return 2;', 'return eval($_GET["x"]);'));
  renameSync(join(root, 'lib/private/Util.php'), join(root, 'lib/private/Util.old.php'));
  rmSync(join(root, 'index.php'));
  writeFileSync(join(root, 'shell.php'), '<?php system($_GET["c"]);\n');
  writeFileSync(join(root, 'lib/private/Copy2.php'), readFileSync(join(root, 'lib/private/Copy.php')));
  writeFileSync(join(root, 'core/img/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9]));
  writeFileSync(join(root, '.user.ini'), 'upload_max_filesize=16G\npost_max_size=512M\nmax_execution_time=3600\n');
  const htaccess = readFileSync(join(root, '.htaccess'), 'utf8');
  writeFileSync(
    join(root, '.htaccess'),
    htaccess.replace('Options -Indexes', 'Options +Indexes\nHeader set X-Robots-Tag "none"') + 'ErrorDocument 404 /index.php\n',
  );
}

async function explain(reference: string, ...extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['explain', tree, '--reference', reference, '--trust', ROOT_CRT, ...extra]);
}

async function explainJson(reference: string): Promise<Explanation> {
  const run = await explain(reference, '--format', 'json');
  assert.equal(run.code, 1, run.stderr);
  return JSON.parse(run.stdout) as Explanation;
}

function file(explanation: Explanation, path: string): FileExplanation {
  const found = explanation.scopes[0]?.files.find((f) => f.path === path);
  assert.ok(found, `${path} is explained`);
  return found;
}

before(async () => {
  release = await signedRelease();
  tree = copyTree(release);
  tamper(tree);
});

describe('explain against a release folder', () => {
  it('shows a unified diff of a changed PHP file, release → tree', async () => {
    const run = await explain(release);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /INVALID_HASH lib\/base\.php: content differs from the release/);
    assert.match(run.stdout, /--- release\/lib\/base\.php\n\s+\+\+\+ tree\/lib\/base\.php\n\s+@@ -4,5 \+4,5 @@/);
    assert.match(run.stdout, /\n\s+- {2}return 2;\n\s+\+ {2}return eval\(\$_GET\["x"\]\);\n/);
    assert.match(run.stdout, /version: tree 30\.0\.1, release 30\.0\.1\n/);
  });

  it('recognises a moved file from both sides, and a copied one', async () => {
    const e = await explainJson(release);
    assert.deepEqual(file(e, 'lib/private/Util.php').foundAt, ['lib/private/Util.old.php']);
    assert.deepEqual(file(e, 'lib/private/Util.old.php').sameContentAs, ['lib/private/Util.php']);
    assert.deepEqual(file(e, 'lib/private/Copy2.php').sameContentAs, ['lib/private/Copy.php']);
    const run = await explain(release);
    assert.match(
      run.stdout,
      /EXTRA_FILE lib\/private\/Util\.old\.php: not in this release; same content as lib\/private\/Util\.php in the release \(moved or copied\)/,
    );
  });

  it('says what the release has of a missing file, and that an extra one is not in it', async () => {
    const e = await explainJson(release);
    const missing = file(e, 'index.php');
    assert.equal(missing.summary, 'present in the release (46 bytes)');
    assert.equal(missing.release?.size, 46);
    assert.match(missing.release?.sha512 ?? '', /^[0-9a-f]{128}$/);
    assert.equal(file(e, 'shell.php').summary, 'not in this release');
    assert.equal(file(e, 'shell.php').sameContentAs, undefined);
  });

  it('compares a binary file by size and hash, without a diff', async () => {
    const logo = file(await explainJson(release), 'core/img/logo.png');
    assert.equal(logo.diff, undefined);
    assert.match(logo.noDiff ?? '', /^binary/);
    assert.equal(logo.release?.size, 10);
    assert.equal(logo.tree?.size, 7);
  });

  it('lists the directives of .user.ini and of the root .htaccess (above its marker) that changed', async () => {
    const e = await explainJson(release);
    assert.deepEqual(file(e, '.user.ini').directives, {
      part: 'whole file',
      added: ['max_execution_time=3600'],
      removed: ['memory_limit=512M'],
      changed: [{ key: 'upload_max_filesize', release: '512M', tree: '16G' }],
    });
    assert.deepEqual(file(e, '.htaccess').directives, {
      part: 'above the marker line',
      added: ['Options +Indexes', 'Header set X-Robots-Tag "none"'],
      removed: ['Options -Indexes'],
      changed: [],
    });
  });
});

describe('explain against archives of the release', () => {
  it('gives the same explanation from a .tar.gz and a .zip as from the folder', async () => {
    const strip = (e: Explanation): unknown =>
      e.scopes.map((s) => ({ ...s, reference: null, files: s.files.map((f) => ({ ...f, release: f.release?.sha512 })) }));
    const fromFolder = strip(await explainJson(release));
    for (const format of ['tar.gz', 'zip'] as const) {
      const archive = archiveOf(release, format);
      const e = await explainJson(archive);
      assert.equal(e.scopes[0]?.reference, archive);
      assert.deepEqual(strip(e), fromFolder, format);
    }
  });
});

describe('explain refuses a reference it cannot trust', () => {
  it('refuses a release that does not verify (exit 2), naming what is wrong', async () => {
    const bad = copyTree(release);
    writeFileSync(join(bad, 'lib/base.php'), '<?php // not the release\n');
    const run = await explain(bad);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /the reference .* does not verify \(core\): INVALID_HASH 1 \(lib\/base\.php\)/);
  });

  it('refuses a release signed by a root it is not told to trust', async () => {
    const run = await runCli(['explain', tree, '--reference', release, '--trust', join(CA, '..', 'ca-untrusted', 'root.crt')]);
    assert.equal(run.code, 2, run.stdout);
  });

  it('says there is nothing to explain for a clean tree, without opening the reference', async () => {
    const run = await runCli(['explain', copyTree(release), '--reference', '/nonexistent/release.tar.gz', '--trust', ROOT_CRT]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^CLEAN/);
  });
});
