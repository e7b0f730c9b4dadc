/** The Action's inputs for release archives and folders (core-only and release, read as booleans) and the baseline. */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import * as core from '@actions/core';
import { readInputs } from '../../src/action/inputs.ts';
import { CLI_WORDING, wordOptions } from '../../src/engine/errors.ts';
import { checkReleaseOptions } from '../../src/engine/plan.ts';

const saved = { ...process.env };

function withInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe('Action inputs core-only and release', () => {
  it('default to false; true and false are read like the other booleans', () => {
    withInputs({ path: 'nextcloud-31.0.0.tar.bz2' });
    assert.deepEqual([readInputs(core).coreOnly, readInputs(core).release], [false, false]);
    withInputs({ path: 'nextcloud-31.0.0.tar.bz2', 'core-only': 'true' });
    assert.equal(readInputs(core).coreOnly, true);
    withInputs({ path: 'nextcloud', release: 'True' });
    assert.equal(readInputs(core).release, true);
    withInputs({ 'core-only': 'yes' });
    assert.throws(() => readInputs(core), /input core-only must be true or false, not "yes"/);
  });

  it('baseline: a file, none, or empty for the default file', () => {
    withInputs({ baseline: ' deploy/baseline.yml ' });
    assert.equal(readInputs(core).baseline, 'deploy/baseline.yml');
    withInputs({ baseline: 'none' });
    assert.equal(readInputs(core).baseline, 'none');
    withInputs({});
    assert.equal(readInputs(core).baseline, undefined);
  });

  it('release with all-apps or core-only is refused with a reason', () => {
    const worded = (f: () => void): string => {
      try {
        f();
      } catch (e) {
        return wordOptions((e as Error).message, CLI_WORDING);
      }
      return '';
    };
    assert.match(
      worded(() => checkReleaseOptions({ release: true, allApps: true })),
      /--release and --all-apps exclude each other/,
    );
    assert.match(
      worded(() => checkReleaseOptions({ release: true, coreOnly: true })),
      /--release and --core-only exclude each other/,
    );
    assert.doesNotThrow(() => checkReleaseOptions({ coreOnly: true }));
  });
});

describe('run() with a server archive', () => {
  it('checks the release whole by default and core alone with core-only', async () => {
    const { run } = await import('../../src/action/main.ts');
    const { parseOutputFile } = await import('../e2e/action-helpers.ts');
    const { CA, cleanupTempDirs, tempDir, writeTree, runCli } = await import('../helpers.ts');
    const { join } = await import('node:path');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    try {
      const workspace = tempDir('action-release-');
      const server = join(workspace, 'nextcloud');
      writeTree(server, {
        'version.php': "<?php $OC_Version = [31, 0, 0, 0]; $vendor = 'nextcloud';\n",
        'lib/base.php': '<?php\n',
        'core/shipped.json': '{"shippedApps": []}\n',
      });
      assert.equal((await runCli(['sign', server, '--key', join(CA, 'core.key'), '--cert', join(CA, 'core.crt')])).code, 0);
      writeTree(server, { 'config/zz.config.php': '<?php\n' });
      execFileSync('tar', ['-czf', join(workspace, 'nextcloud.tar.gz'), '-C', workspace, 'nextcloud']);
      const outputs = async (extra: Record<string, string>): Promise<Record<string, string>> => {
        const outFile = join(workspace, 'out');
        writeFileSync(outFile, '');
        writeFileSync(join(workspace, 'summary'), '');
        withInputs({ path: 'nextcloud.tar.gz', trust: join(CA, 'root.crt'), annotations: 'false', summary: 'false', ...extra });
        Object.assign(process.env, {
          GITHUB_OUTPUT: outFile,
          GITHUB_STEP_SUMMARY: join(workspace, 'summary'),
          GITHUB_WORKSPACE: workspace,
        });
        const write = process.stdout.write;
        process.stdout.write = (() => true) as typeof process.stdout.write; // the workflow commands of @actions/core
        try {
          await run(core);
        } finally {
          process.stdout.write = write;
          process.exitCode = undefined;
        }
        return parseOutputFile(readFileSync(outFile, 'utf8'));
      };
      const whole = await outputs({});
      assert.deepEqual([whole.result, whole['extra-file-count']], ['failed', '1']);
      const coreOnly = await outputs({ 'core-only': 'true' });
      assert.deepEqual([coreOnly.result, coreOnly['extra-file-count']], ['passed', '0']);
    } finally {
      cleanupTempDirs();
    }
  });
});
