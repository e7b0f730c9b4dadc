/**
 * What a package holds: the .nextcloudignore rules follow git's gitignore semantics exactly
 * (checked against git itself on the same tree and patterns), the defaults apply first and can
 * be undone with "!", version-control folders never go in, and links, special files and names
 * PHP's Archive_Tar refuses stop packaging with a list.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_EXCLUDES, VCS_NAMES, packRules } from '../../../src/engine/package/rules.ts';
import { appPackRules, selectForPackage } from '../../../src/engine/package/select.ts';
import { UsageError } from '../../../src/engine/errors.ts';
import { REPO, cleanupTempDirs, tempDir, writeTree } from '../../helpers.ts';

after(cleanupTempDirs);

/** Files whose names exercise every part of the gitignore syntax. */
const TREE = [
  'a.log',
  'keep/important.log',
  'logs/x.txt',
  'logs/keep.txt',
  'doc/build/out.txt',
  'build/out.txt',
  'sub/build/deep.txt',
  'src/a/b/c/target.txt',
  'src/target.txt',
  'lib/x.php',
  'lib/X.PHP',
  'README',
  'readme',
  '#hash',
  '!bang',
  'space ',
  'file1',
  'fileA',
  'filex',
  'deep/a/b/z.md',
  'z.md',
  'vendor/pkg/keep.php',
  'vendor/pkg/drop.php',
  'tests/T.php',
  'node_modules/m/i.js',
  'sub/node_modules/i.js',
  'x/tests/keep.php',
];

const PATTERNS = [
  '# a comment',
  '',
  '*.log',
  '!important.log',
  'logs/*',
  '!logs/keep.txt',
  '/build/',
  'src/**/target.txt',
  '*.PHP',
  'README',
  '\\#hash',
  '\\!bang',
  'space\\ ',
  'file[0-9]',
  'file?',
  '!fileA',
  'deep/**',
  'vendor/',
  '!vendor/pkg/keep.php',
  '!/tests/',
].join('\n');

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd } });
}

describe('packing rules', () => {
  it('select exactly the files git keeps for the same patterns (defaults, then .nextcloudignore)', (t) => {
    if (spawnSync('git', ['--version']).error) return t.skip('git is not installed');
    const root = tempDir('rules-');
    writeTree(root, Object.fromEntries(TREE.map((f) => [f, `${f}\n`])));
    writeFileSync(join(root, '.nextcloudignore'), PATTERNS);
    const ours = selectForPackage(root, appPackRules(root).rules)
      .filter((e) => e.kind === 'file')
      .map((e) => e.rel)
      .sort();
    // git, with the defaults and the same lines as its .gitignore (case-sensitive, as on Linux).
    git(root, ['init', '-q']);
    git(root, ['config', 'core.ignorecase', 'false']);
    writeFileSync(join(root, '.gitignore'), `${DEFAULT_EXCLUDES.map((d) => d.pattern).join('\n')}\n${PATTERNS}\n`);
    const theirs = git(root, ['ls-files', '--others', '--exclude-standard', '-z'])
      .split('\0')
      .filter((f) => f !== '' && f !== '.gitignore' && f !== '.nextcloudignore')
      .sort();
    assert.deepEqual(ours, theirs);
    assert.ok(ours.includes('tests/T.php') && ours.includes('keep/important.log') && !ours.includes('a.log'));
  });

  it('never pack version-control folders, whatever .nextcloudignore says; match case-sensitively', () => {
    const rules = packRules('!.git\n!.git/\n!/.svn/\n');
    assert.equal(rules.excludes('.git', true), true);
    assert.equal(rules.excludes('sub/.git', false), true);
    assert.equal(rules.excludes('.svn', true), true);
    assert.equal(packRules('readme\n').excludes('README', false), false);
    assert.equal(packRules(null).excludes('tests', true), true);
    assert.equal(packRules(null).excludes('lib/tests', true), false, 'only the top tests/ folder');
    assert.equal(packRules(null).excludes('css/._style.css', false), true);
  });
});

describe('selection', () => {
  it('refuses links, FIFOs and names Archive_Tar rejects, listing every one; excluded ones do not matter', () => {
    const root = tempDir('select-');
    writeTree(root, { 'appinfo/info.xml': '<info/>', 'lib/a.php': 'a', 'v1../x.php': 'x', 'node_modules/.bin/keep': 'k' });
    symlinkSync('../lib/a.php', join(root, 'appinfo', 'link.php'));
    symlinkSync('/etc', join(root, 'node_modules', 'ignored-link'));
    mkdirSync(join(root, 'tmp'));
    execFileSync('mkfifo', [join(root, 'tmp', 'fifo')]);
    assert.throws(
      () => selectForPackage(root, appPackRules(root).rules),
      (e: unknown) =>
        e instanceof UsageError &&
        e.code === 'unpackable-entry' &&
        /3 entries cannot be packed/.test(e.message) &&
        /appinfo\/link\.php: is a symbolic link/.test(e.message) &&
        /tmp\/fifo: is a FIFO/.test(e.message) &&
        /v1\.\.: it contains "\.\.\/"/.test(e.message) &&
        !/ignored-link/.test(e.message),
    );
  });

  it('lists folders and files in byte order, depth first, with the execute bit', () => {
    const root = tempDir('order-');
    writeTree(root, { 'b.txt': 'b', 'a/b.txt': 'ab', 'a-b.txt': 'x', 'A.txt': 'A', 'é.txt': 'e' });
    chmodSync(join(root, 'b.txt'), 0o700);
    const entries = selectForPackage(root, packRules(null));
    assert.deepEqual(
      entries.map((e) => `${e.rel}${e.kind === 'folder' ? '/' : ''}`),
      ['A.txt', 'a/', 'a/b.txt', 'a-b.txt', 'b.txt', 'é.txt'],
    );
    assert.deepEqual(
      entries.filter((e) => e.executable).map((e) => e.rel),
      ['b.txt'],
    );
  });
});

describe('docs/packaging.md', () => {
  it('lists every default exclusion', () => {
    const doc = readFileSync(join(REPO, 'docs', 'packaging.md'), 'utf8');
    for (const { pattern } of DEFAULT_EXCLUDES) assert.ok(doc.includes(`\`${pattern}\``), `docs/packaging.md does not list ${pattern}`);
    for (const name of VCS_NAMES) assert.ok(doc.includes(`\`${name}\``), `docs/packaging.md does not list ${name}`);
  });
});
