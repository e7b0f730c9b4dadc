/**
 * A server release checked whole: a release tree built here (core with shipped.json, two
 * shipped apps, the files upstream ships unsigned), signed in the test with the fixtures'
 * test CA through the engine, then archived with the system's tar and zip.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UNSIGNED_BY_UPSTREAM } from '../../../src/engine/release.ts';
import { CA, cleanupTempDirs, REPO, runCli, tempDir, writeTree, type CliRun } from '../../helpers.ts';
import { RELEASE_UNSIGNED as UNSIGNED, info, sign, writeSignedRelease } from '../../release-fixture.ts';
import { systemArchive, type SystemFormat } from './helpers.ts';

after(cleanupTempDirs);

const ROOT_CRT = join(CA, 'root.crt');
let release = '';

before(async () => {
  release = join(tempDir('release-'), 'nextcloud');
  await writeSignedRelease(release);
});

/** A copy of the signed release with `change` applied, as an archive of `format`. */
function variant(format: SystemFormat, change: (dir: string) => void = () => undefined): string {
  const parent = tempDir('release-variant-');
  const dir = join(parent, 'nextcloud');
  cpSync(release, dir, { recursive: true });
  change(dir);
  return systemArchive(parent, 'nextcloud', format, tempDir('release-archive-'));
}

interface Scope {
  scope: string;
  verdict: string;
  INVALID_HASH: Record<string, { problem?: string }>;
  MISSING_FILE: Record<string, { problem?: string }>;
  EXTRA_FILE: Record<string, { current: string; problem?: string }>;
  EXCEPTION: { message: string } | null;
  notSignedByUpstream?: Record<string, { current: string; reason: string }>;
}

function scopes(run: CliRun): Record<string, Scope> {
  assert.doesNotMatch(run.stderr, /\n\s+at |internal error/);
  return Object.fromEntries((JSON.parse(run.stdout).scopes as Scope[]).map((s) => [s.scope, s]));
}

const verify = (path: string, ...args: string[]): Promise<CliRun> =>
  runCli(['verify', path, '--trust', ROOT_CRT, '--format', 'json', ...args]);
const sha512 = (text: string): string => createHash('sha512').update(text).digest('hex');

describe('a server release archive is checked whole', () => {
  it('clean (.tar.bz2): exit 0; core, every app and the release scope; what upstream ships unsigned is listed with its hash', async () => {
    const run = await verify(variant('tar.bz2'));
    assert.equal(run.code, 0, run.stdout);
    const doc = JSON.parse(run.stdout);
    assert.deepEqual(
      doc.scopes.map((s: Scope) => s.scope),
      ['core', 'other', 'tricky', 'release'],
    );
    const rel = scopes(run).release as Scope;
    assert.deepEqual(
      Object.keys(rel.notSignedByUpstream ?? {}),
      Object.keys(UNSIGNED).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
    );
    for (const [path, content] of Object.entries(UNSIGNED)) {
      assert.equal(rel.notSignedByUpstream?.[path]?.current, sha512(content), path);
      assert.ok(rel.notSignedByUpstream?.[path]?.reason, path);
    }
    assert.equal(doc.archives.length, 1);
    assert.deepEqual(doc.archives[0].scopes, ['core', 'other', 'tricky', 'release']);
    assert.ok(doc.archives[0].ms >= 0 && doc.archives[0].entries > 20);
    // Every report format shows the release scope and the unsigned files.
    const text = await runCli(['verify', variant('tar.bz2'), '--trust', ROOT_CRT]);
    assert.match(text.stdout, /PASSED {2}release \(nextcloud-release,/);
    assert.match(text.stdout, /not signed by upstream \(7\)[^\n]*\n {4}config\/\.htaccess {2}sha512 [0-9a-f]{12}…/);
    assert.match(
      text.stdout,
      /Read .*nextcloud\.tar\.bz2 \(tar\.bz2, \d+ entries, .* unpacked\) in .*, decompression included; scopes: core, other, tricky, release/,
    );
    const md = await runCli(['verify', variant('tar.bz2'), '--trust', ROOT_CRT, '--format', 'markdown']);
    assert.match(md.stdout, /release: 7 files upstream ships without a signature/);
    assert.match(md.stdout, /\| <code>updater\/updater\.phar<\/code> \| <code>[0-9a-f]{12}<\/code> \|/);
    const sarif = JSON.parse((await runCli(['verify', variant('tar.bz2'), '--trust', ROOT_CRT, '--format', 'sarif'])).stdout);
    const notes = sarif.runs[0].results.filter((r: { level: string }) => r.level === 'note');
    assert.equal(notes.length, 7);
    assert.equal(sarif.runs[0].properties.archives.length, 1);
  });

  it("a tampered app file is INVALID_HASH in that app's scope (.tar.gz)", async () => {
    const run = await verify(variant('tar.gz', (dir) => writeFileSync(join(dir, 'apps/tricky/lib/App.php'), '<?php evil();\n')));
    assert.equal(run.code, 1);
    const s = scopes(run);
    assert.deepEqual(Object.keys(s.tricky?.INVALID_HASH ?? {}), ['lib/App.php']);
    assert.equal(s.core?.verdict, 'passed');
    assert.equal(s.release?.verdict, 'passed');
  });

  it("a new config/x.config.php (and a theme) is an EXTRA_FILE of the release scope (.zip); occ's formats stay silent", async () => {
    const archive = variant('zip', (dir) =>
      writeTree(dir, { 'config/x.config.php': "<?php $CONFIG = ['debug' => true];\n", 'themes/x/defaults.php': '<?php evil();\n' }),
    );
    const run = await verify(archive);
    assert.equal(run.code, 1);
    const rel = scopes(run).release as Scope;
    assert.deepEqual(Object.keys(rel.EXTRA_FILE), ['config/x.config.php', 'themes/x/defaults.php']);
    assert.equal(rel.EXTRA_FILE['config/x.config.php']?.current, sha512("<?php $CONFIG = ['debug' => true];\n"));
    assert.equal(scopes(run).core?.verdict, 'passed');
    // A file a distribution adds on purpose can be allowed: listed, not failing.
    const allowed = await verify(archive, '--allow', 'config/x.config.php', '--allow', 'themes/x');
    assert.equal(allowed.code, 0, allowed.stdout);
    assert.deepEqual(Object.keys(JSON.parse(allowed.stdout).scopes.at(-1).accepted), ['config/x.config.php', 'themes/x/defaults.php']);
    // The same with a baseline kept outside the archive, for the release scope only, the config file pinned.
    const baseline = join(tempDir('release-baseline-'), 'b.yml');
    writeFileSync(
      baseline,
      `accept:\n  - {path: config/x.config.php, category: EXTRA_FILE, reason: our config, scope: release, sha512: ${sha512("<?php $CONFIG = ['debug' => true];\n")}}\n` +
        '  - {path: themes/x, category: EXTRA_FILE, reason: our theme, scope: release}\n',
    );
    const accepted = await verify(archive, '--baseline', baseline);
    assert.equal(accepted.code, 0, accepted.stdout);
    const release = JSON.parse(accepted.stdout).scopes.at(-1);
    assert.deepEqual(
      Object.entries(release.accepted).map(([name, f]) => [name, (f as { reason: string }).reason]),
      [
        ['config/x.config.php', 'our config'],
        ['themes/x/defaults.php', 'our theme'],
      ],
    );
    // Upstream's check never looks at config/: the occ-compatible view has nothing to say.
    const occ = await runCli(['verify', archive, '--trust', ROOT_CRT, '--format', 'nextcloud-json']);
    assert.equal(occ.code, 1);
    assert.equal(occ.stdout, '[]\n');
  });

  it('a missing shipped app is a finding of the release scope (upstream never notices)', async () => {
    const run = await verify(variant('tar.gz', (dir) => rmSync(join(dir, 'apps/other'), { recursive: true })));
    assert.equal(run.code, 1);
    const rel = scopes(run).release as Scope;
    assert.deepEqual(Object.keys(rel.MISSING_FILE), ['apps/other']);
    assert.match(rel.MISSING_FILE['apps/other']?.problem ?? '', /core\/shipped\.json lists/);
  });

  it('an app shipped.json does not list is checked in its own scope and reported by the release scope', async () => {
    const run = await verify(
      variant('tar.gz', (dir) => {
        writeTree(dir, {
          'apps/notes/appinfo/info.xml': info('notes'),
          'apps/notes/lib/Notes.php': '<?php\n',
          'apps/stray.php': '<?php\n',
        });
      }),
    );
    assert.equal(run.code, 1);
    const rel = scopes(run).release as Scope;
    assert.deepEqual(Object.keys(rel.EXTRA_FILE), ['apps/notes', 'apps/stray.php']);
    assert.match(rel.EXTRA_FILE['apps/notes']?.problem ?? '', /does not list, without a signature/);
  });

  it("another app root (custom_apps) holds apps checked on their own; a top-level folder core signed stays core's", async () => {
    const parent = tempDir('release-roots-');
    const dir = join(parent, 'nextcloud');
    cpSync(release, dir, { recursive: true });
    // bundled/ holds an app folder but core's signature covers it: it is core's, as for upstream's walk.
    writeTree(dir, { 'bundled/plugin/appinfo/info.xml': info('plugin'), 'bundled/plugin/lib/P.php': '<?php\n' });
    await sign(dir, 'nextcloud-core', 'core', 'core');
    // custom_apps/ comes after core was signed, as on a server with a second app root.
    writeTree(dir, { 'custom_apps/notes/appinfo/info.xml': info('notes'), 'custom_apps/notes/lib/Notes.php': '<?php\n' });
    await sign(join(dir, 'custom_apps/notes'), 'nextcloud-app', 'notes', 'core'); // a CN=core certificate is valid for any app
    const run = await verify(systemArchive(parent, 'nextcloud', 'tar.gz', tempDir()));
    const s = scopes(run);
    assert.deepEqual(Object.keys(s), ['core', 'other', 'tricky', 'notes', 'release']);
    assert.equal(s.notes?.verdict, 'passed');
    assert.equal(s.core?.verdict, 'passed', JSON.stringify(s.core));
    assert.deepEqual(Object.keys(s.release?.EXTRA_FILE ?? {}), ['custom_apps/notes']);
    assert.match(s.release?.EXTRA_FILE['custom_apps/notes']?.problem ?? '', /does not list \(its own signature is checked in its scope\)/);
  });

  it('--core-only restores the narrow check: core against core/signature.json', async () => {
    const archive = variant('tar.gz', (dir) => writeTree(dir, { 'config/x.config.php': '<?php\n' }));
    const run = await verify(archive, '--core-only');
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(Object.keys(scopes(run)), ['core']);
  });

  it("an extracted release folder with --release is checked the same way; --all-apps keeps upstream's rules", async () => {
    const parent = tempDir('release-folder-');
    const dir = join(parent, 'nextcloud');
    cpSync(release, dir, { recursive: true });
    writeTree(dir, { 'config/x.config.php': '<?php\n' });
    const archive = systemArchive(parent, 'nextcloud', 'tar.gz', tempDir());
    const fromFolder = await verify(dir, '--release');
    const fromArchive = await verify(archive);
    assert.equal(fromFolder.code, 1);
    const strip = (run: CliRun): unknown =>
      (JSON.parse(run.stdout).scopes as Array<Scope & { root?: string; stats?: unknown }>).map(({ root: _r, stats: _s, ...rest }) => rest);
    assert.deepEqual(strip(fromFolder), strip(fromArchive));
    // Installed server: config/ is the admin's (upstream's exclusions), so the same tree passes.
    const installed = await verify(dir, '--all-apps');
    assert.equal(installed.code, 0, installed.stdout);
  });

  it('option mistakes are one-line usage errors', async () => {
    const archive = variant('tar.gz');
    for (const [args, message] of [
      [['--release', '--all-apps'], /--release and --all-apps exclude each other/],
      [['--release', '--core-only'], /--release and --core-only exclude each other/],
    ] as const) {
      const run = await verify(archive, ...args);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
    }
    const app = join(release, 'apps/tricky');
    const notServer = await verify(app, '--release');
    assert.equal(notServer.code, 2);
    assert.match(notServer.stderr, /is not a server release/);
  });
});

describe('inspect ARCHIVE', () => {
  it('a server release: every signature inside, with the files each covers and the release counts, nothing extracted', async () => {
    const archive = variant('tar.bz2', (dir) => writeTree(dir, { 'config/x.config.php': '<?php\n' }));
    const before = readdirSync(dirname(archive)).sort();
    const run = await runCli(['inspect', archive, '--trust', ROOT_CRT, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(dirname(archive)).sort(), before, 'nothing was written next to the archive');
    const report = JSON.parse(run.stdout);
    assert.deepEqual(
      report.scopes.map((s: { scope: string }) => s.scope),
      ['core', 'other', 'tricky'],
    );
    for (const s of report.scopes) {
      assert.equal(s.chain.trusted, true, s.scope);
      assert.equal(s.signatureVerifies, true, s.scope);
      assert.equal(s.files, s.hashes, `${s.scope}: the archive holds what the signature lists`);
    }
    assert.deepEqual(report.release, { shippedApps: 2, missingShippedApps: [], unlistedApps: [], uncovered: 1, notSignedByUpstream: 7 });
    assert.equal(report.archive.format, 'tar.bz2');
    const text = await runCli(['inspect', archive, '--trust', ROOT_CRT]);
    assert.match(text.stdout, /^archive {9}.*nextcloud\.tar\.bz2 \(tar\.bz2, \d+ entries/);
    assert.match(
      text.stdout,
      /release {9}2 shipped apps; 0 missing; 0 not shipped\n {16}1 file no signature covers; 7 that upstream ships unsigned/,
    );
  });

  it('an app archive; an untrusted signer or a missing signature exits 1', async () => {
    const parent = tempDir('inspect-app-');
    cpSync(join(release, 'apps/tricky'), join(parent, 'tricky'), { recursive: true });
    const archive = systemArchive(parent, 'tricky', 'zip', tempDir());
    const ok = JSON.parse((await runCli(['inspect', archive, '--trust', ROOT_CRT, '--format', 'json'])).stdout);
    assert.deepEqual(
      ok.scopes.map((s: { scope: string; files: number }) => [s.scope, s.files]),
      [['tricky', 2]],
    );
    const untrusted = await runCli(['inspect', archive, '--trust', join(CA, '..', 'ca-untrusted', 'root.crt')]);
    assert.equal(untrusted.code, 1);
    assert.match(untrusted.stdout, /NOT trusted/);
    const unsigned = await runCli([
      'inspect',
      variant('tar.gz', (dir) => rmSync(join(dir, 'apps/other/appinfo/signature.json'))),
      '--trust',
      ROOT_CRT,
    ]);
    assert.equal(unsigned.code, 1);
    assert.match(unsigned.stdout, /NOT SIGNED {6}other \(nextcloud\/apps\/other\): there is no signature file/);
  });
});

describe('docs/archives.md', () => {
  it('names every file of the unsigned-by-upstream lists, with its reason', () => {
    const docs = readFileSync(join(REPO, 'docs', 'archives.md'), 'utf8');
    for (const [vendor, list] of Object.entries(UNSIGNED_BY_UPSTREAM)) {
      for (const file of list)
        assert.match(docs, new RegExp(`\\| \`${file.path.replace(/[.]/g, '\\.')}\` \\| `), `${vendor}: ${file.path}`);
    }
  });
});
