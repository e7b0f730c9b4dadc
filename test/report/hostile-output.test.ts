/**
 * Names from a tree never become commands or structure: a tampered app whose file names
 * carry newlines followed by workflow commands, bare CRs followed by Markdown headings and
 * table rows, ESC sequences, U+2028 and the runner's legacy `##[` marker, verified in every
 * output format through the CLI and through the bundled Action. No line of any output may
 * start a workflow command the tool did not mean, and no summary gains a line or a cell.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPORT_FORMATS } from '../../src/report/index.ts';
import { displayText } from '../../src/engine/display.ts';
import { CA, cleanupTempDirs, runCli, tempDir, writeTree } from '../helpers.ts';
import { runAction } from '../e2e/action-helpers.ts';

after(cleanupTempDirs);

const KEY = join(CA, 'tricky.key');
const CERT = join(CA, 'tricky.crt');
const ROOT = join(CA, 'root.crt');

/** What an attacker puts in names: each would start a command, a line or a cell if printed raw. */
const CHANGED = 'lib/changed\n::warning::forged-by-changed.php';
const DELETED = 'lib/deleted\r# Forged heading\r| forged | row |.php';
const EXTRA = [
  'extra\n::error title=forged::forged-by-extra',
  'extra\u2028::notice::forged-by-separator',
  'esc\u001b[2J\u001b[31mred\u001b[0m.txt',
  'legacy##[error]forged-by-legacy.txt',
  '::warning::forged-by-leading-name',
  'stop##[stop-commands]forgedtoken',
  'cr\r| x | y |\r## Forged',
  'nel\u0085::error::forged-by-nel',
  'bidi\u202egnp.exe',
];

/** A command the runner would run from this line: `::` first after spaces, or `##[` anywhere. */
function forgedCommand(line: string): boolean {
  return line.includes('##[') || /^\s*::/.test(line);
}

let app: string;

before(async () => {
  app = writeTree(tempDir('hostile-names-'), {
    'appinfo/info.xml': '<info><id>tricky</id></info>',
    'lib/a.php': '<?php\n',
    [CHANGED]: 'signed content\n',
    [DELETED]: 'deleted later\n',
  });
  const sign = await runCli(['sign', app, '--key', KEY, '--cert', CERT]);
  assert.equal(sign.code, 0, sign.stderr);
  writeFileSync(join(app, CHANGED), 'tampered\n');
  rmSync(join(app, DELETED));
  for (const name of EXTRA) writeFileSync(join(app, name), name);
});

describe('hostile names in every output', () => {
  for (const format of REPORT_FORMATS) {
    it(`--format ${format}: no forged command, no raw control character`, async () => {
      const run = await runCli(['verify', app, '--trust', ROOT, '--format', format]);
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stderr, '');
      for (const line of run.stdout.split('\n')) {
        assert.ok(!forgedCommand(line), `${format}: a line starts a command: ${JSON.stringify(line)}`);
        assert.doesNotMatch(line, /[\r\u001b\u0085\u2028\u2029\u202e]/, `${format}: raw control character in ${JSON.stringify(line)}`);
      }
      if (format === 'json' || format === 'sarif' || format.startsWith('nextcloud-json')) JSON.parse(run.stdout);
    });
  }

  it('json keeps every name exactly (only its escaping changes)', async () => {
    const run = await runCli(['verify', app, '--trust', ROOT, '--format', 'json']);
    const scope = JSON.parse(run.stdout).scopes[0];
    assert.deepEqual(Object.keys(scope.INVALID_HASH), [CHANGED]);
    assert.deepEqual(Object.keys(scope.MISSING_FILE), [DELETED]);
    assert.deepEqual(Object.keys(scope.EXTRA_FILE).sort(), [...EXTRA].sort());
  });

  it('the text report shows each name escaped, on its own line', async () => {
    const run = await runCli(['verify', app, '--trust', ROOT]);
    assert.ok(run.stdout.includes(`    lib/changed\\n::warning::forged-by-changed.php  expected`), run.stdout);
    assert.ok(run.stdout.includes('    esc\\x1b[2J\\x1b[31mred\\x1b[0m.txt\n'));
    assert.ok(run.stdout.includes('    legacy##\\[error]forged-by-legacy.txt\n'));
    assert.ok(run.stdout.includes('    :\\:warning::forged-by-leading-name\n'));
    assert.ok(run.stdout.includes('    bidi\\u202egnp.exe\n'));
  });

  it('the Markdown summary gains no line, heading or table cell', async () => {
    const run = await runCli(['verify', app, '--trust', ROOT, '--format', 'markdown']);
    const lines = run.stdout.split('\n');
    assert.deepEqual(
      lines.filter((l) => l.startsWith('#')),
      ['## ❌ Code integrity: failed (1 of 1 scope)'],
    );
    const rows = lines.filter((l) => l.startsWith('| INVALID_HASH') || l.startsWith('| MISSING_FILE') || l.startsWith('| EXTRA_FILE'));
    assert.equal(rows.length, 2 + EXTRA.length);
    for (const row of rows) assert.equal(row.split('|').length, 7, `a row gained or lost a cell: ${row}`);
  });

  it('error messages quoting a name are escaped too', async () => {
    const dir = tempDir('hostile-path-');
    const run = await runCli(['sign', join(dir, 'missing\n::error::forged-by-path'), '--key', KEY, '--cert', CERT]);
    assert.equal(run.code, 2);
    for (const line of run.stderr.split('\n')) assert.ok(!forgedCommand(line), JSON.stringify(line));
    assert.match(run.stderr, /missing\\n::error::forged-by-path does not exist/);
  });
});

describe('hostile names, reasons and baseline file names in accepted findings', () => {
  for (const format of REPORT_FORMATS) {
    it(`--format ${format}: no forged command, no raw control character`, async () => {
      const baseline = join(tempDir('hostile-baseline-'), 'b\n::error::forged-by-origin\r| x |.yml');
      writeFileSync(
        baseline,
        'accept:\n  - {path: "**", category: EXTRA_FILE, reason: "ok\\n::error::forged-by-reason\\r| x | y |\\e[2J"}\n' +
          '  - {path: lib, category: INVALID_HASH, reason: "##[error]forged-legacy"}\n' +
          '  - {path: lib, category: MISSING_FILE, reason: "\\u2028::notice::forged"}\n',
      );
      const run = await runCli(['verify', app, '--trust', ROOT, '--format', format, '--baseline', baseline]);
      assert.equal(run.code, 0, run.stderr);
      for (const line of run.stdout.split('\n')) {
        assert.ok(!forgedCommand(line), `${format}: a line starts a command: ${JSON.stringify(line)}`);
        assert.doesNotMatch(line, /[\r\u001b\u0085\u2028\u2029\u202e]/, `${format}: raw control character in ${JSON.stringify(line)}`);
      }
      if (format === 'markdown') {
        const rows = run.stdout.split('\n').filter((l) => l.startsWith('| accepted'));
        assert.equal(rows.length, 2 + EXTRA.length);
        for (const row of rows) assert.equal(row.split('|').length, 7, `a row gained or lost a cell: ${row}`);
      }
    });
  }
});

describe('hostile names in the Action', () => {
  it('the log, the annotations and the job summary carry no forged command or structure', () => {
    const ws = tempDir('hostile-ws-');
    const run = runAction({ path: app, trust: ROOT, 'report-file': 'r.sarif', 'report-format': 'sarif' }, { workspace: ws });
    assert.equal(run.code, 1, run.stderr);
    const ours = /^::(error|warning|notice|debug|add-mask|group|endgroup)( [^:]*)?::/;
    for (const line of run.stdout.split('\n')) {
      assert.ok(!line.includes('##['), `legacy command in the log: ${JSON.stringify(line)}`);
      if (/^\s*::/.test(line)) {
        assert.match(line, ours, `unexpected command line: ${JSON.stringify(line)}`);
        assert.doesNotMatch(line, /^::[a-z-]+( [^:]*)?::forged/, `a forged command: ${JSON.stringify(line)}`);
      }
    }
    // The annotations name the files (escaped, inside our own commands).
    assert.match(run.stdout, /::error title=EXTRA_FILE::extra\\n::error title=forged::forged-by-extra: not part/);
    const headings = run.summary.split('\n').filter((l) => l.startsWith('#'));
    assert.equal(headings.length, 1, headings.join('\n'));
    assert.doesNotMatch(run.summary, /[\r\u001b\u2028]/);
  });
});

describe('displayText', () => {
  it('escapes controls, line separators, bidi controls and command markers; keeps ordinary names', () => {
    assert.equal(displayText('a\n::warning::x'), 'a\\n::warning::x');
    assert.equal(displayText('::error::y'), ':\\:error::y');
    assert.equal(displayText('  ::x'), '  :\\:x');
    assert.equal(displayText('x##[error]y'), 'x##\\[error]y');
    assert.equal(displayText('e\u001b[31m'), 'e\\x1b[31m');
    assert.equal(displayText('u\u2028v\u2029'), 'u\\u2028v\\u2029');
    assert.equal(displayText('c\rd\te\u007f\u0085'), 'c\\rd\\te\\x7f\\x85');
    assert.equal(displayText('\u202eexe.txt'), '\\u202eexe.txt');
    assert.equal(displayText('lone\ud800'), 'lone\\ud800');
    for (const ok of ['lib/ü/ñ.php', 'emoji 😀/ok', 'a:b::c', '# not at the start', 'C:\\path\\x', '日本語']) {
      assert.equal(displayText(ok), ok);
    }
  });
});
