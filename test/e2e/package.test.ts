/**
 * The npm package: `npm pack` holds the CLI bundle and nothing of the sources or tests, needs
 * no dependency (the bundle has them), and runs as `code-integrity` through `npm exec`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO, cleanupTempDirs, tempDir } from '../helpers.ts';

after(cleanupTempDirs);

function npm(args: string[], cwd: string, cache: string) {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_cache: cache, npm_config_update_notifier: 'false' },
  });
  assert.equal(r.status, 0, `npm ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

describe('npm package', () => {
  it('packs the CLI bundle only, and `npm exec` runs it as code-integrity', () => {
    const work = tempDir('pack-');
    const cache = join(work, 'cache');
    const [packed] = JSON.parse(npm(['pack', REPO, '--pack-destination', work, '--json'], work, cache)) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    const files = packed!.files.map((f) => f.path);
    assert.ok(files.includes('dist/cli.js') && files.includes('dist/cli/index.js') && files.includes('README.md'), files.join(' '));
    assert.deepEqual(
      files.filter((f) => /^(src|test|bench|scripts)\//.test(f) || f === 'dist/index.js'),
      [],
      'no sources, tests or the Action bundle',
    );
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      version: string;
      private?: boolean;
      dependencies?: object;
    };
    assert.equal(manifest.private, undefined);
    assert.equal(manifest.dependencies, undefined, 'the bundle needs no installed dependency');

    const tgz = join(work, packed!.filename);
    const help = npm(['exec', '--yes', `--package=${tgz}`, '--', 'code-integrity', '--help'], work, cache);
    assert.match(help, /Usage:\n {2}code-integrity verify/);
    assert.equal(npm(['exec', '--yes', `--package=${tgz}`, '--', 'code-integrity', '--version'], work, cache), `${manifest.version}\n`);
  });
});
