/**
 * The Action's `reference` input: with `command: verify`, the job summary explains each
 * finding against the verified release, within the summary's size limit; a reference that
 * does not verify is a warning and leaves the verdict alone.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { run } from '../../src/action/main.ts';
import type { Toolkit } from '../../src/action/toolkit.ts';
import { cleanupTempDirs, tempDir } from '../helpers.ts';
import { copyTree, ROOT_CRT, signedRelease } from '../engine/reference-helpers.ts';

after(cleanupTempDirs);

interface Recorded {
  failed: string[];
  warnings: string[];
  summary: string;
}

function stubCore(inputs: Record<string, string>): { core: Toolkit; recorded: Recorded } {
  const recorded: Recorded = { failed: [], warnings: [], summary: '' };
  const input = (name: string): string => (inputs[name] ?? '').trim();
  const core: Toolkit = {
    getInput: input,
    getMultilineInput: (name) =>
      input(name)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    setOutput: () => undefined,
    setFailed: (message) => void recorded.failed.push(message),
    setSecret: () => undefined,
    debug: () => undefined,
    info: () => undefined,
    notice: () => undefined,
    warning: (message) => void recorded.warnings.push(message),
    error: () => undefined,
    summary: {
      addRaw(text) {
        recorded.summary += text;
        return { write: async () => undefined };
      },
    },
  };
  return { core, recorded };
}

let workspace: string;
let saved: string | undefined;
beforeEach(() => {
  workspace = tempDir('action-ws-');
  saved = process.env.GITHUB_WORKSPACE;
  process.env.GITHUB_WORKSPACE = workspace;
});
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
  else process.env.GITHUB_WORKSPACE = saved;
});

describe('Action input reference', () => {
  it('explains the findings in the job summary, under 1 MiB', async () => {
    const release = await signedRelease(join(workspace, 'release'));
    const tree = copyTree(release, join(workspace, 'tree', 'nextcloud'));
    writeFileSync(join(tree, 'lib/base.php'), '<?php // changed in the tree\n');
    const { core, recorded } = stubCore({ path: 'tree/nextcloud', trust: ROOT_CRT, reference: 'release/nextcloud' });
    await run(core);
    assert.equal(recorded.failed.length, 1, 'the verdict is still failed');
    assert.deepEqual(
      recorded.warnings.filter((w) => w.includes('not explained')),
      [],
    );
    assert.match(recorded.summary, /## Code integrity: findings explained against release\/nextcloud/);
    assert.match(recorded.summary, /\+<\?php \/\/ changed in the tree/);
    assert.ok(Buffer.byteLength(recorded.summary) < 1024 * 1024);
  });

  it('warns when the reference does not verify, and keeps the verdict', async () => {
    const release = await signedRelease(join(workspace, 'release'));
    const tree = copyTree(release, join(workspace, 'tree', 'nextcloud'));
    writeFileSync(join(tree, 'lib/base.php'), '<?php // changed\n');
    writeFileSync(join(release, 'index.php'), '<?php // the reference is tampered\n');
    const { core, recorded } = stubCore({ path: 'tree/nextcloud', trust: ROOT_CRT, reference: 'release/nextcloud' });
    await run(core);
    assert.equal(recorded.failed.length, 1);
    assert.match(recorded.failed[0] ?? '', /Code integrity check failed: INVALID_HASH 1/);
    assert.match(recorded.warnings.join('\n'), /The findings are not explained: the reference release\/nextcloud does not verify/);
    assert.doesNotMatch(recorded.summary, /findings explained/);
  });
});
