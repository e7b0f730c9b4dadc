/**
 * Small things users hit: the progress line on a terminal (verify and sign), a report written
 * into a folder that does not exist yet, `| head` closing the pipe, a mistyped option, and no
 * arguments at all. The bundled CLI runs in its own process where a terminal or a pipe matters.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CA, REPO, cleanupTempDirs, extractCase, runCli, tempDir } from '../helpers.ts';

after(cleanupTempDirs);

const CLI = join(REPO, 'dist', 'cli.js');
const ROOT = join(CA, 'root.crt');

/** Run the bundled CLI under a pseudo-terminal (util-linux `script`): stdout and stderr are a terminal. */
function onTerminal(args: string[]): { code: number | null; output: string } | null {
  const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
  if (probe.error) return null;
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, TERM: 'dumb' } });
  return { code: r.status, output: r.stdout };
}

describe('CLI usability', () => {
  it('shows a progress line on a terminal, for verify and for sign, and none with --quiet or in a pipe', (t) => {
    const app = extractCase('app-clean');
    const verify = onTerminal(['verify', app, '--trust', ROOT]);
    if (verify === null) return t.skip('util-linux script is not installed');
    assert.equal(verify.code, 0, verify.output);
    assert.match(verify.output, /\r\u001b\[2Ktricky: \d+\/39 files, /);
    const quiet = onTerminal(['verify', app, '--trust', ROOT, '--quiet']);
    assert.doesNotMatch(quiet?.output ?? '', /\u001b\[2K/);
    const unsigned = tempDir('progress-sign-');
    cpSync(app, unsigned, { recursive: true, verbatimSymlinks: true });
    const sign = onTerminal(['sign', unsigned, '--key', join(CA, 'tricky.key'), '--cert', join(CA, 'tricky.crt')]);
    assert.equal(sign?.code, 0, sign?.output);
    assert.match(sign?.output ?? '', /\r\u001b\[2Ktricky: \d+ files, /);
    const piped = spawnSync(process.execPath, [CLI, 'verify', app, '--trust', ROOT], { encoding: 'utf8' });
    assert.doesNotMatch(piped.stderr, /\u001b/);
  });

  it('--output into a folder that does not exist yet creates it', async () => {
    const out = join(tempDir('report-'), 'deep', 'er', 'report.json');
    const run = await runCli(['verify', extractCase('app-clean'), '--trust', ROOT, '--format', 'json', '--output', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).verdict, 'passed');
  });

  it('a reader that closes the pipe early (| head): no error, the verdict as exit code', () => {
    const app = extractCase('app-clean');
    for (let i = 0; i < 3000; i++) writeFileSync(join(app, `extra-${i}.txt`), `${i}\n`);
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${CLI}" verify "${app}" --trust "${ROOT}" --format json | head -c 64 >/dev/null`],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '', 'nothing on stderr: no EPIPE error, no stack trace');
    const direct = spawnSync(process.execPath, [CLI, 'verify', app, '--trust', ROOT, '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    assert.equal(direct.status, 1);
    assert.ok(direct.stdout.length > 1 << 16, 'the report is larger than a pipe buffer');
  });

  it('a mistyped option names the closest one', async () => {
    const run = await runCli(['verify', '--trsut', 'x']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^code-integrity: error: unknown option --trsut \(did you mean --trust\?\)/);
    const sign = await runCli(['sign', '--dryrun']);
    assert.match(sign.stderr, /unknown option --dryrun \(did you mean --dry-run\?\)/);
    const far = await runCli(['verify', '--zzzzzz']);
    assert.match(far.stderr, /unknown option --zzzzzz\n/);
  });

  it('no arguments: the help on stderr and exit 2; --help: stdout and exit 0', async () => {
    const none = await runCli([]);
    assert.equal(none.code, 2);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /^code-integrity .* sign and verify/);
    const help = await runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage:/);
    assert.equal(existsSync(CLI), true);
  });
});
