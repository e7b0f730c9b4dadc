/**
 * Verifying a release archive gives the same verdict as verifying the extracted folder:
 * every fixture case as .tar.gz, and the clean and tampered ones as .tar, .tar.bz2 and .zip,
 * made with the system's tar, bzip2 and zip.
 */
import assert from 'node:assert/strict';
import { readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CA, CASES, caseMeta, cleanupTempDirs, runCli, tempDir } from '../../helpers.ts';
import { stageCase, systemArchive, type SystemFormat } from './helpers.ts';

after(cleanupTempDirs);

const ROOT_CRT = join(CA, 'root.crt');

/** The JSON report without what legitimately differs: where the tree is, and timings. */
function comparable(json: string): unknown {
  const report = JSON.parse(json) as {
    stats: { ms?: number };
    archives?: unknown;
    scopes: Array<{ root?: string; stats: { ms?: number }; notes?: string[] }>;
  };
  delete report.stats.ms;
  delete report.archives; // what was read, and how long it took
  for (const scope of report.scopes) {
    delete scope.root;
    delete scope.stats.ms;
    // Read from an archive only: names that collide on case-insensitive file systems.
    if (scope.notes) scope.notes = scope.notes.filter((n) => !/differs? from another only in case/.test(n));
  }
  return report;
}

/**
 * Remove what no zip made by Info-ZIP zip holds in a way every extractor reads alike: links to
 * folders (zip -r stores them as folders, zip -y as links that ZipArchive writes as files) and
 * names with control characters (unzip drops them: tab\there.txt becomes tabhere.txt; and zip
 * 3.0 encodes DEL as the invalid UTF-8 C1 BF in its Unicode Path field, which unzip and
 * ZipArchive then use and 7-Zip does not). See the differential suite.
 */
function zipSafe(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const p = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    if ((entry.isSymbolicLink() && statSync(p, { throwIfNoEntry: false })?.isDirectory()) || /[\x00-\x1f\x7f]/.test(entry.name))
      unlinkSync(p);
  }
}

async function assertSameVerdict(name: string, formats: SystemFormat[]): Promise<void> {
  const meta = caseMeta(name);
  const top = meta.kind === 'app' ? meta.scope : 'nextcloud';
  const extra = meta.kind === 'app' ? ['--app-id', meta.scope] : [];
  const trust = ['--trust', ROOT_CRT];
  // A server archive is checked whole by default, like a release folder with --release;
  // with --core-only it is checked like the folder without.
  const modes: Array<[string[], string[]]> =
    meta.kind === 'app'
      ? [[[], []]]
      : [
          [['--core-only'], []],
          [[], ['--release']],
        ];
  for (const format of formats) {
    const { parent, dir } = stageCase(name, top);
    // For a zip, links are stored as what they point at (zip -r): the folder is compared
    // without what a zip cannot hold alike for every extractor (see zipSafe).
    if (format === 'zip') zipSafe(dir);
    const archive = systemArchive(parent, top, format, tempDir(`archives-${name}-`));
    for (const [archiveFlags, dirFlags] of modes) {
      const what = `${format} ${[...archiveFlags, ...dirFlags].join(' ')}`;
      const dirJson = await runCli(['verify', dir, '--format', 'json', ...trust, ...extra, ...dirFlags]);
      const dirOcc = await runCli(['verify', dir, '--format', 'nextcloud-json', ...trust, ...extra, ...dirFlags]);
      assert.ok(dirJson.code === 0 || dirJson.code === 1, dirJson.stderr);
      const json = await runCli(['verify', archive, '--format', 'json', ...trust, ...extra, ...archiveFlags]);
      assert.equal(json.stderr, '', `${what}: ${json.stderr}`);
      assert.equal(json.code, dirJson.code, `${what}: exit code`);
      assert.deepEqual(comparable(json.stdout), comparable(dirJson.stdout), `${what}: JSON report`);
      const occ = await runCli(['verify', archive, '--format', 'nextcloud-json', ...trust, ...extra, ...archiveFlags]);
      assert.equal(occ.stdout, dirOcc.stdout, `${what}: occ-compatible output`);
    }
  }
}

describe('verify ARCHIVE equals verify of the extracted folder', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(`${name} (.tar.gz)`, async () => {
      await assertSameVerdict(name, ['tar.gz']);
    });
  }

  for (const name of ['app-clean', 'app-modified', 'app-extra', 'app-deleted', 'app-swapped', 'core-clean', 'core-htaccess-changed']) {
    it(`${name} (.tar, .tar.bz2, .zip)`, async () => {
      await assertSameVerdict(name, ['tar', 'tar.bz2', 'zip']);
    });
  }

  it("a zip that stores symbolic links (zip -y) fails: PHP's ZipArchive writes them as files", async () => {
    const { parent } = stageCase('app-clean', 'tricky');
    const archive = systemArchive(parent, 'tricky', 'zip', tempDir(), 'tricky', 'store');
    const run = await runCli(['verify', archive, '--trust', ROOT_CRT, '--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    const scope = JSON.parse(run.stdout).scopes[0];
    const zipArchive = /ZipArchive \(Nextcloud's updater\) writes a regular file holding the link target/;
    // A signed link to a file: unzip and 7-Zip write the link (right content), ZipArchive a file with the link's text.
    assert.match(scope.INVALID_HASH['link-to-file.js']?.problem ?? '', zipArchive);
    // A link to a folder, which upstream skips on disk: ZipArchive writes a file that upstream would hash.
    assert.match(scope.EXTRA_FILE['link-to-dir']?.problem ?? '', zipArchive);
  });

  it('Info-ZIP zip 3.0 encodes DEL in a name as invalid UTF-8 in its Unicode Path field; the zip fails', async () => {
    const { parent } = stageCase('app-clean', 'tricky');
    const archive = systemArchive(parent, 'tricky', 'zip', tempDir());
    const run = await runCli(['verify', archive, '--trust', ROOT_CRT, '--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    const findings = JSON.parse(run.stdout).scopes[0];
    // unzip and ZipArchive write the name of the Unicode Path field (DEL as C1 BF), 7-Zip the raw name.
    assert.match(
      findings.INVALID_HASH['ctl/del\x7fchar.txt']?.problem ?? '',
      /7-Zip writes an entry here that other extractors write under another name/,
    );
    const extra = Object.keys(findings.EXTRA_FILE).filter((n) => n.startsWith('ctl/del'));
    assert.equal(extra.length, 1, extra.join(', '));
    assert.match(
      findings.EXTRA_FILE[extra[0] as string].problem,
      /extractors disagree on this entry's name: 7-Zip ignores its Unicode Path/,
    );
  });

  it('the result names the archive and its folder; a clean app passes with exit 0', async () => {
    const { parent } = stageCase('app-clean', 'tricky');
    const archive = systemArchive(parent, 'tricky', 'tar.gz', tempDir());
    const run = await runCli(['verify', archive, '--trust', ROOT_CRT, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const scope = JSON.parse(run.stdout).scopes[0];
    assert.equal(scope.scope, 'tricky');
    assert.equal(scope.profile, 'nextcloud-app');
    assert.match(scope.root, /tricky\.tar\.gz\/tricky$/);
  });

  it('detects the format by content, not by extension', async () => {
    const { parent } = stageCase('app-modified', 'tricky');
    const out = tempDir();
    const zip = join(out, 'misnamed.tar.gz');
    renameSync(systemArchive(parent, 'tricky', 'zip', out), zip);
    const run = await runCli(['verify', zip, '--trust', ROOT_CRT, '--format', 'nextcloud-json']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /INVALID_HASH/);
  });

  it('a folder and an archive in one run keep their order', async () => {
    const app = stageCase('app-clean', 'tricky');
    const core = stageCase('core-clean', 'nextcloud');
    const archive = systemArchive(core.parent, 'nextcloud', 'tar.gz', tempDir());
    const run = await runCli(['verify', archive, app.dir, '--core-only', '--trust', ROOT_CRT, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout).scopes.map((s: { scope: string }) => s.scope),
      ['core', 'tricky'],
    );
  });

  it('--all-apps is for installed server folders, not archives', async () => {
    const { parent } = stageCase('core-clean', 'nextcloud');
    const archive = systemArchive(parent, 'nextcloud', 'tar.gz', tempDir());
    const run = await runCli(['verify', archive, '--all-apps', '--trust', ROOT_CRT]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--all-apps checks an installed server folder; it does not read archives/);
  });

  it('--profile and --app-id apply to archives too', async () => {
    const { parent } = stageCase('app-clean', 'tricky');
    const archive = systemArchive(parent, 'tricky', 'zip', tempDir());
    const run = await runCli(['verify', archive, '--trust', ROOT_CRT, '--app-id', 'other', '--format', 'nextcloud-json']);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Certificate is not valid for required scope. \(Requested: other, current: CN=tricky\)/);
    const oc = await runCli(['verify', archive, '--trust', ROOT_CRT, '--profile', 'owncloud-app', '--format', 'json']);
    assert.equal(JSON.parse(oc.stdout).scopes[0].profile, 'owncloud-app');
  });
});
