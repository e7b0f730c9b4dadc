/**
 * explain's finer points: the mimetype aliases behind a changed core/js/mimetypelist.js,
 * hostile file names in every format, and the Markdown size cap of the job summary.
 */
import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Explanation } from '../../src/engine/explain/model.ts';
import { renderExplanationMarkdown } from '../../src/report/explain-markdown.ts';
import { cleanupTempDirs, runCli } from '../helpers.ts';
import { copyTree, ROOT_CRT, signedRelease } from './reference-helpers.ts';

after(cleanupTempDirs);

let release: string;
before(async () => {
  release = await signedRelease();
});

describe('explain: core/js/mimetypelist.js', () => {
  it('names the aliases the admin added when the file differs', async () => {
    const tree = copyTree(release);
    writeFileSync(join(tree, 'config/mimetypealiases.json'), '{"application/x-custom-thing": "x-office-document"}\n');
    appendFileSync(join(tree, 'core/js/mimetypelist.js'), '// edited by hand\n');
    const run = await runCli(['explain', tree, '--reference', release, '--trust', ROOT_CRT, '--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    const scope = (JSON.parse(run.stdout) as Explanation).scopes[0];
    assert.deepEqual(scope?.mimetypes?.aliases, [{ key: 'application/x-custom-thing', shipped: null, current: '"x-office-document"' }]);
    const text = await runCli(['explain', tree, '--reference', release, '--trust', ROOT_CRT]);
    assert.match(text.stdout, /core\/js\/mimetypelist\.js: 1 alias and 0 name\(s\) differ from the shipped ones/);
    assert.match(text.stdout, /\+ alias application\/x-custom-thing: "x-office-document" \(added by the admin\)/);
  });
});

describe('explain: hostile names', () => {
  it('never lets a file name start a workflow command or a line of its own', async () => {
    const tree = copyTree(release);
    const name = 'evil\n::error::pwned\u202e.php';
    writeFileSync(join(tree, name), '<?php\n');
    for (const format of ['text', 'markdown', 'json']) {
      const run = await runCli(['explain', tree, '--reference', release, '--trust', ROOT_CRT, '--format', format]);
      assert.equal(run.code, 1, run.stderr);
      assert.doesNotMatch(run.stdout, /^\s*::error::/m, format);
      assert.ok(!run.stdout.includes('\u202e'), format);
      if (format === 'json') {
        const files = (JSON.parse(run.stdout) as Explanation).scopes[0]?.files.map((f) => f.path);
        assert.ok(files?.includes(name), 'JSON keeps the name exactly');
      } else assert.ok(run.stdout.includes('evil\\n::error::pwned\\u202e.php'), format);
    }
  });
});

describe('explain: Markdown size cap', () => {
  it('stays within its byte budget and says how many findings it left out', () => {
    const line = `+${'x'.repeat(200)}`;
    const explanation: Explanation = {
      clean: false,
      reference: 'nextcloud.tar.bz2',
      tool: { name: 'code-integrity', version: 'test' },
      scopes: [
        {
          scope: 'core',
          root: '.',
          reference: 'nextcloud.tar.bz2',
          notes: [],
          files: Array.from({ length: 500 }, (_, i) => ({
            path: `lib/file${i}.php`,
            category: 'INVALID_HASH' as const,
            summary: 'content differs from the release',
            diff: [{ oldStart: 1, oldLines: 0, newStart: 1, newLines: 50, lines: Array.from({ length: 50 }, () => line) }],
          })),
        },
      ],
    };
    const markdown = renderExplanationMarkdown(explanation, { maxBytes: 64 * 1024 });
    assert.ok(Buffer.byteLength(markdown) <= 64 * 1024, `${Buffer.byteLength(markdown)} bytes`);
    const shown = (markdown.match(/<details>/g) ?? []).length;
    assert.ok(shown > 0 && shown < 500);
    assert.match(markdown, new RegExp(`\\*\\*${500 - shown} more findings not shown\\*\\*`));
  });
});
