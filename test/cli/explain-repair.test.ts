/**
 * explain and repair on the command line: listed in the main help with their own help,
 * usage errors (exit 2), and an app tree matched with its folder in a server release.
 */
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cleanupTempDirs, runCli, tempDir } from '../helpers.ts';
import { ROOT_CRT, signedRelease } from '../engine/reference-helpers.ts';

after(cleanupTempDirs);

describe('explain and repair on the command line', () => {
  it('are listed in the main help, each with its own help', async () => {
    const help = await runCli(['--help']);
    assert.match(help.stdout, /explain DIR --reference RELEASE/);
    assert.match(help.stdout, /repair DIR --from RELEASE \[--apply\] \| --undo MANIFEST/);
    for (const name of ['explain', 'repair']) {
      const run = await runCli([name, '--help']);
      assert.equal(run.code, 0);
      assert.match(run.stdout, new RegExp(`^Usage: code-integrity ${name} DIR`));
    }
  });

  it('refuse a missing reference, an unknown format and more than one folder (exit 2)', async () => {
    assert.match((await runCli(['explain', '.'])).stderr, /explain needs --reference RELEASE/);
    assert.match((await runCli(['repair', '.'])).stderr, /repair needs --from RELEASE/);
    assert.equal((await runCli(['explain', '.', '--reference', 'x', '--format', 'sarif'])).code, 2);
    assert.equal((await runCli(['repair', 'a', 'b', '--from', 'x'])).code, 2);
    const notJson = join(tempDir('manifest-'), 'manifest.json');
    writeFileSync(notJson, 'not json');
    const undo = await runCli(['repair', '--undo', notJson]);
    assert.equal(undo.code, 2);
    assert.match(undo.stderr, /is not a quarantine manifest/);
  });

  it('explains an app tree against its folder in a server release', async () => {
    const release = await signedRelease();
    const app = join(tempDir('app-'), 'tricky');
    cpSync(join(release, 'apps', 'tricky'), app, { recursive: true });
    writeFileSync(join(app, 'js/main.js'), 'console.log("changed");\n');
    const run = await runCli(['explain', app, '--reference', release, '--trust', ROOT_CRT]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /tricky \(.*\): 1 finding, compared with .*nextcloud: apps\/tricky/);
    assert.match(run.stdout, /version: tree 1\.2\.3, release 1\.2\.3/);
    assert.match(run.stdout, /-console\.log\("main"\);\n\s+\+console\.log\("changed"\);/);
  });
});
