/**
 * What repair refuses, writing nothing: a release that does not verify, a release of another
 * version, a quarantine folder inside the tree; and what it leaves alone: anything below a
 * symbolic link (the link's target is never written), links themselves.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CA, cleanupTempDirs, runCli, tempDir } from '../helpers.ts';
import { versionPhp } from './mimetypelist-helpers.ts';
import { copyTree, ROOT_CRT, signedRelease } from './reference-helpers.ts';

after(cleanupTempDirs);

let release: string;
before(async () => {
  release = await signedRelease();
});

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const st = lstatSync(path);
      if (st.isDirectory()) walk(path);
      else out[relative(root, path)] = st.isSymbolicLink() ? 'link' : createHash('sha512').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return out;
}

function treeWithFindings(): string {
  const tree = copyTree(release);
  writeFileSync(join(tree, 'lib/base.php'), '<?php // changed\n');
  writeFileSync(join(tree, 'shell.php'), '<?php\n');
  return tree;
}

const repair = (tree: string, from: string, ...extra: string[]) =>
  runCli(['repair', tree, '--from', from, '--trust', ROOT_CRT, '--apply', ...extra]);

describe('repair refuses before writing anything', () => {
  it('a release that does not verify', async () => {
    const tree = treeWithFindings();
    const bad = copyTree(release);
    writeFileSync(join(bad, 'index.php'), '<?php // not the release\n');
    const before = snapshot(join(tree, '..'));
    const run = await repair(tree, bad);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /the reference .* does not verify \(core\): INVALID_HASH 1 \(index\.php\)/);
    assert.deepEqual(snapshot(join(tree, '..')), before);
  });

  it('a release of another version', async () => {
    const tree = treeWithFindings();
    const other = copyTree(release);
    writeFileSync(join(other, 'version.php'), versionPhp([31, 0, 0, 1]));
    const signed = await runCli([
      'sign',
      other,
      '--profile',
      'nextcloud-core',
      '--key',
      join(CA, 'core.key'),
      '--cert',
      join(CA, 'core.crt'),
    ]);
    assert.equal(signed.code, 0, signed.stderr);
    const before = snapshot(join(tree, '..'));
    const run = await repair(tree, other);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot repair core from .*: the tree is version 30\.0\.1, the release 31\.0\.0/);
    assert.deepEqual(snapshot(join(tree, '..')), before);
  });

  it('a quarantine folder inside the tree', async () => {
    const tree = treeWithFindings();
    const run = await repair(tree, release, '--quarantine', join(tree, 'lib', 'q'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /the quarantine folder .* is inside the checked tree/);
    assert.equal(readFileSync(join(tree, 'lib/base.php'), 'utf8'), '<?php // changed\n');
  });
});

describe('repair never writes through a symbolic link', () => {
  it('leaves a file below a linked folder alone, and the folder the link points to untouched', async () => {
    const tree = copyTree(release);
    const outside = tempDir('outside-');
    writeFileSync(join(outside, 'Util.php'), 'outside\n');
    writeFileSync(join(outside, 'Copy.php'), 'outside\n');
    rmSync(join(tree, 'lib/private'), { recursive: true });
    symlinkSync(outside, join(tree, 'lib/private'));
    const before = snapshot(outside);
    const dry = await runCli(['repair', tree, '--from', release, '--trust', ROOT_CRT]);
    assert.match(
      dry.stdout,
      /leave {6}lib\/private\/Util\.php {2}\(MISSING_FILE: lies below the symbolic link lib\/private: repair never writes through a link\)/,
    );
    const run = await repair(tree, release, '--quarantine', join(tempDir('q-'), 'q'));
    assert.equal(run.code, 1, 'findings remain');
    assert.deepEqual(snapshot(outside), before);
    assert.ok(lstatSync(join(tree, 'lib/private')).isSymbolicLink());
  });

  it('leaves a link at a changed file in place', async () => {
    const tree = copyTree(release);
    const copy = readFileSync(join(tree, 'lib/private/Copy.php'));
    rmSync(join(tree, 'lib/base.php'));
    symlinkSync('private/Copy.php', join(tree, 'lib/base.php'));
    const run = await repair(tree, release, '--quarantine', join(tempDir('q-'), 'q'));
    assert.equal(run.code, 1);
    assert.match(run.stdout, /leave {6}lib\/base\.php {2}\(INVALID_HASH: is a symbolic link: repair never replaces it/);
    assert.ok(lstatSync(join(tree, 'lib/base.php')).isSymbolicLink());
    assert.deepEqual(readFileSync(join(tree, 'lib/private/Copy.php')), copy, 'the file the link points to is untouched');
  });
});

describe('repair of a clean tree', () => {
  it('has nothing to do and does not open the release', async () => {
    const run = await runCli(['repair', copyTree(release), '--from', '/nonexistent.tar.gz', '--trust', ROOT_CRT, '--apply']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^CLEAN/);
  });
});
