/**
 * repair from a signed release (test/engine/reference-helpers.ts): the dry run changes
 * nothing and lists every action; --apply makes the tree verify clean with modes kept and
 * extras quarantined with a manifest; --undo puts them back byte-identically, and refuses when
 * a place is taken; config/ and data/ are never touched; a release that does not verify or is
 * another version is refused before anything is written.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { QuarantineManifest } from '../../src/engine/repair/model.ts';
import { cleanupTempDirs, runCli, tempDir } from '../helpers.ts';
import { archiveOf, copyTree, HTACCESS, ROOT_CRT, signedRelease } from './reference-helpers.ts';

after(cleanupTempDirs);

let release: string;
let archive: string;
before(async () => {
  release = await signedRelease();
  archive = archiveOf(release, 'tar.gz');
});

/** Every entry below `root`: path → kind, mode and content hash. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const st = lstatSync(path);
      const rel = relative(root, path);
      if (st.isDirectory()) {
        out[rel] = `dir ${(st.mode & 0o777).toString(8)}`;
        walk(path);
      } else out[rel] = `${(st.mode & 0o777).toString(8)} ${createHash('sha512').update(readFileSync(path)).digest('hex')}`;
    }
  };
  walk(root);
  return out;
}

/** A tree with one finding of each kind, plus files in config/ and data/ that must stay. */
function tamperedTree(): string {
  const tree = copyTree(release);
  writeFileSync(join(tree, 'lib/base.php'), '<?php // changed\n');
  chmodSync(join(tree, 'lib/base.php'), 0o640);
  renameSync(join(tree, 'lib/private/Util.php'), join(tree, 'lib/private/Util.old.php'));
  rmSync(join(tree, 'index.php'));
  writeFileSync(join(tree, 'shell.php'), '<?php system($_GET["c"]);\n');
  chmodSync(join(tree, 'shell.php'), 0o600);
  writeFileSync(join(tree, 'config/config.php'), "<?php $CONFIG = ['instanceid' => 'x'];\n");
  writeFileSync(join(tree, 'data/owncloud.log'), 'log\n');
  writeFileSync(join(tree, '.htaccess'), HTACCESS.replace('Options -Indexes', 'Options +Indexes') + 'ErrorDocument 404 /index.php\n');
  return tree;
}

const repair = (tree: string, ...extra: string[]) => runCli(['repair', tree, '--from', archive, '--trust', ROOT_CRT, ...extra]);

describe('repair: dry run', () => {
  it('changes nothing and lists every action', async () => {
    const tree = tamperedTree();
    const before = snapshot(join(tree, '..'));
    const run = await repair(tree);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(snapshot(join(tree, '..')), before);
    assert.match(run.stdout, /^REPAIR PLAN {2}dry run: nothing was changed/);
    for (const line of [
      /restore {4}lib\/base\.php {2}\(replace INVALID_HASH: the release's 94 B, mode 0640\)/,
      /restore {4}\.htaccess {2}\(replace INVALID_HASH: .*, the part below the marker kept\)/,
      /restore {4}index\.php {2}\(create {2}MISSING_FILE: the release's 46 B, mode 0644\)/,
      /restore {4}lib\/private\/Util\.php {2}\(create {2}MISSING_FILE/,
      /quarantine lib\/private\/Util\.old\.php {2}→ .*nextcloud\.quarantine-\d{8}T\d{6}Z\/files\/core\/lib\/private\/Util\.old\.php/,
      /quarantine shell\.php {2}→ /,
    ])
      assert.match(run.stdout, line);
    assert.doesNotMatch(run.stdout, /config\.php|owncloud\.log/);
  });

  it('notes that a host may have added php.ini or .user.ini on purpose; --allow or a baseline keeps it in place', async () => {
    const tree = copyTree(release);
    writeFileSync(join(tree, 'php.ini'), 'memory_limit=1G\n');
    const run = await repair(tree);
    assert.match(
      run.stdout,
      /quarantine php\.ini {2}→ .*\n {13}note: hosts often add this file on purpose: if yours did, keep it with --allow/,
    );
    const allowed = await repair(tree, '--allow', 'php.ini');
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stdout, /^CLEAN/);
    const baseline = join(tempDir('baseline-'), 'baseline.yml');
    writeFileSync(baseline, 'accept:\n  - path: php.ini\n    category: EXTRA_FILE\n    reason: the host sets the memory limit\n');
    const accepted = await repair(tree, '--baseline', baseline, '--apply');
    assert.equal(accepted.code, 0, accepted.stderr);
    assert.ok(existsSync(join(tree, 'php.ini')), 'a file the baseline accepts stays');
  });
});

describe('repair --apply, then --undo', () => {
  it('restores and quarantines, verifies clean, keeps modes and the .htaccess lines below the marker; undo puts extras back', async () => {
    const tree = tamperedTree();
    const quarantine = join(tempDir('quarantine-'), 'q');
    const shell = readFileSync(join(tree, 'shell.php'));
    const kept = { config: readFileSync(join(tree, 'config/config.php')), data: readFileSync(join(tree, 'data/owncloud.log')) };
    const run = await repair(tree, '--apply', '--quarantine', quarantine);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /restored 4, quarantined 2, failed 0/);
    assert.match(run.stdout, /The tree verified again:\nPASSED {2}core/);
    assert.equal((await runCli(['verify', tree, '--trust', ROOT_CRT])).code, 0);
    assert.equal(lstatSync(join(tree, 'lib/base.php')).mode & 0o777, 0o640, 'the replaced file keeps its mode');
    assert.equal(readFileSync(join(tree, '.htaccess'), 'utf8'), HTACCESS + 'ErrorDocument 404 /index.php\n');
    assert.deepEqual({ config: readFileSync(join(tree, 'config/config.php')), data: readFileSync(join(tree, 'data/owncloud.log')) }, kept);
    assert.ok(!existsSync(join(tree, 'shell.php')));
    assert.deepEqual(
      readdirSync(join(tree, 'lib')).filter((n) => n.endsWith('.tmp')),
      [],
      'no temporary file left',
    );

    const manifestPath = join(quarantine, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as QuarantineManifest;
    const entry = manifest.files.find((f) => f.path === 'shell.php');
    assert.deepEqual(entry && { ...entry, quarantined: relative(quarantine, entry.quarantined) }, {
      scope: 'core',
      root: tree,
      original: join(tree, 'shell.php'),
      path: 'shell.php',
      quarantined: 'files/core/shell.php',
      sha512: createHash('sha512').update(shell).digest('hex'),
      mode: 0o600,
    });

    const undo = await runCli(['repair', '--undo', manifestPath]);
    assert.equal(undo.code, 0, undo.stderr);
    assert.match(undo.stdout, /^UNDONE {2}2 files put back/);
    assert.deepEqual(readFileSync(join(tree, 'shell.php')), shell);
    assert.equal(lstatSync(join(tree, 'shell.php')).mode & 0o777, 0o600);
    assert.ok(existsSync(join(tree, 'lib/private/Util.old.php')));
  });

  it('--undo refuses, moving nothing, when something now occupies a place', async () => {
    const tree = tamperedTree();
    const quarantine = join(tempDir('quarantine-'), 'q');
    assert.equal((await repair(tree, '--apply', '--quarantine', quarantine)).code, 0);
    writeFileSync(join(tree, 'shell.php'), 'someone else\n');
    const undo = await runCli(['repair', '--undo', join(quarantine, 'manifest.json')]);
    assert.equal(undo.code, 2);
    assert.match(
      undo.stderr,
      /nothing was put back: 1 of 2 files cannot go back: .*shell\.php: something now occupies its place in the tree/,
    );
    assert.ok(!existsSync(join(tree, 'lib/private/Util.old.php')), 'the other file stayed in quarantine');
    assert.equal(readFileSync(join(tree, 'shell.php'), 'utf8'), 'someone else\n');
  });
});
