/**
 * The example workflows (examples/workflows/) run as the runner runs them (workflow-runner.ts):
 * their Action steps through the bundled dist/index.js, their scripts in bash, network and
 * build tools faked. (a) an app release: package → App Store signature → the tarball verifies,
 * and the release and the App Store get the right files; (b) a pull-request check: a clean
 * package passes, a tampered one fails; (c) a distribution: the downloaded server tarball is
 * verified with the Nextcloud trust preset. Needs `npm run bundle` first, like every e2e test.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CA, REPO, cleanupTempDirs, tempDir } from '../helpers.ts';
import { APP_FILES, writeApp } from '../package-helpers.ts';
import { RELEASE_SIGNED_FILE_COUNT, writeSignedRelease } from '../release-fixture.ts';
import { runJob, type JobRun } from './workflow-runner.ts';

after(cleanupTempDirs);

const WORKFLOWS = join(REPO, 'examples', 'workflows');
const KEY = join(CA, 'tricky.key');
const ROOT = join(CA, 'root.crt');

/** The app's repository: its sources, a package.json for the build step and a .nextcloudignore. */
function appRepository(): string {
  return writeApp(join(tempDir('repo-'), 'tricky'), {
    ...APP_FILES,
    'package.json': '{"name": "tricky", "scripts": {"build": "vite build"}}\n',
    'src/main.ts': 'console.log("source");\n',
    '.nextcloudignore': '/package.json\n/src/\n',
  });
}

function openssl(archive: string): string {
  return execFileSync('sh', ['-c', 'openssl dgst -sha512 -sign "$1" "$2" | base64 -w0', 'sh', KEY, archive], { encoding: 'utf8' });
}

function outcomes(run: JobRun): string {
  return run.steps.map((s) => `${s.id}: ${s.outcome}${s.outcome === 'failure' ? `\n${s.stdout}${s.stderr}` : ''}`).join('\n');
}

describe('example workflows', () => {
  it('dist/index.js is built', () => assert.ok(existsSync(join(REPO, 'dist', 'index.js')), 'run npm run bundle first'));

  it('(a) app release: package, App Store signature, the tarball verifies; the release and the App Store get them', () => {
    const run = runJob({
      workflow: join(WORKFLOWS, 'app-release.yml'),
      repository: appRepository(),
      event: { release: { tag_name: 'v1.2.3', prerelease: false } },
      github: { event_name: 'release', ref: 'refs/tags/v1.2.3', ref_name: 'v1.2.3' },
      secrets: { APP_PRIVATE_KEY: readFileSync(KEY, 'utf8'), APPSTORE_TOKEN: 'appstore-token' },
      serve: { 'https://raw.githubusercontent.com/nextcloud/app-certificate-requests/master/tricky/tricky.crt': join(CA, 'tricky.crt') },
      extraTrust: ROOT,
      commitTime: 1_700_000_000,
    });
    assert.ok(run.succeeded, outcomes(run));
    const pkg = run.step('package');
    const archive = join(run.workspace, 'build', 'tricky-1.2.3.tar.gz');
    assert.deepEqual(
      { path: pkg.outputs['package-path'], version: pkg.outputs.version, id: pkg.outputs['appinfo-id'], result: pkg.outputs.result },
      { path: archive, version: '1.2.3', id: 'tricky', result: 'passed' },
    );
    assert.equal(pkg.outputs['appstore-signature'], openssl(archive));
    assert.equal(readFileSync(`${archive}.sig`, 'utf8'), `${openssl(archive)}\n`);
    const verify = run.steps[run.steps.indexOf(pkg) + 1];
    assert.equal(verify?.outcome, 'success');
    assert.equal(verify?.outputs.result, 'passed');
    const listing = execFileSync('tar', ['--full-time', '-tvzf', archive], { encoding: 'utf8' });
    assert.match(listing, / 2023-11-14 22:13:20 tricky\/appinfo\/signature\.json\n/, 'SOURCE_DATE_EPOCH from the commit');
    assert.doesNotMatch(listing, /package\.json|src\/main\.ts|node_modules/);
    assert.deepEqual(
      run.calls.filter((c) => c.tool === 'npm').map((c) => c.args.join(' ')),
      ['ci', 'run build --if-present'],
    );
    const upload = run.calls.find((c) => c.tool === 'gh');
    assert.deepEqual(upload?.args, ['release', 'upload', 'v1.2.3', archive, `${archive}.sig`, '--clobber', '--repo', 'OWNER/tricky']);
    const post = run.calls.find((c) => c.tool === 'curl' && c.args.includes('POST'));
    assert.deepEqual(JSON.parse(post?.data ?? '{}'), {
      download: 'https://github.com/OWNER/tricky/releases/download/v1.2.3/tricky-1.2.3.tar.gz',
      signature: openssl(archive),
      nightly: false,
    });
    assert.ok(post?.args.includes('Authorization: Token appstore-token'));
    assert.deepEqual(run.steps.find((s) => s.uses === 'actions/setup-node@v5')?.with, { 'node-version': 'lts/*' });
    const keyLines = readFileSync(KEY, 'utf8')
      .split('\n')
      .filter((l) => l.length > 20 && !l.startsWith('-----'));
    const logged = pkg.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    assert.ok(
      keyLines.every((k) => !logged.some((l) => l.includes(k))),
      'the key is only ever handed to the runner to mask',
    );
  });

  it('(b) pull-request check: a clean package passes', () => {
    const run = runJob({
      workflow: join(WORKFLOWS, 'pr-package-check.yml'),
      repository: appRepository(),
      github: { event_name: 'pull_request' },
    });
    assert.ok(run.succeeded, outcomes(run));
    assert.equal(run.step('package').outputs.result, 'passed');
    assert.match(run.step('package').stdout, /ok: appinfo\/signature\.json verifies \(9 files, signed by CN=tricky\)/);
    const verify = run.steps[run.steps.indexOf(run.step('package')) + 1];
    assert.equal(verify?.outputs.result, 'passed');
    assert.ok(existsSync(join(run.workspace, 'build', 'integrity.sarif')));
    assert.deepEqual(run.steps.at(-1)?.with, { name: 'package', path: 'build/' });
  });

  it('(b) pull-request check: a package changed after packaging fails the check', () => {
    const run = runJob({
      workflow: join(WORKFLOWS, 'pr-package-check.yml'),
      repository: appRepository(),
      github: { event_name: 'pull_request' },
      afterStep: (id, workspace) => {
        if (id !== 'package') return;
        // Swap one file inside the package, as a compromised step or cache might.
        const dir = tempDir('tamper-');
        const archive = join(workspace, 'build', 'tricky-1.2.3.tar.gz');
        execFileSync('tar', ['-xzf', archive, '-C', dir]);
        appendFileSync(join(dir, 'tricky', 'lib', 'Controller', 'PageController.php'), 'system($_GET["c"]);\n');
        execFileSync('tar', ['-czf', archive, '-C', dir, 'tricky']);
      },
    });
    assert.equal(run.succeeded, false);
    const verify = run.steps[run.steps.indexOf(run.step('package')) + 1];
    assert.equal(verify?.outcome, 'failure');
    assert.equal(verify?.outputs.result, 'failed');
    assert.equal(verify?.outputs['invalid-hash-count'], '1');
    assert.match(verify?.stdout ?? '', /::error title=INVALID_HASH,file=.*lib\/Controller\/PageController\.php::/);
    assert.equal(run.steps.at(-1)?.outcome, 'success', 'the artifact is still kept (if: always())');
  });

  it('(c) distribution: the downloaded server tarball is verified with the Nextcloud trust preset', async () => {
    const server = tempDir('server-');
    await writeSignedRelease(join(server, 'src', 'nextcloud'));
    execFileSync('tar', ['-cjf', join(server, 'nextcloud-31.0.0.tar.bz2'), '-C', join(server, 'src'), 'nextcloud']);
    const tarball = join(server, 'nextcloud-31.0.0.tar.bz2');
    const sha = createHash('sha512').update(readFileSync(tarball)).digest('hex');
    writeFileSync(`${tarball}.sha512`, `${sha}  nextcloud-31.0.0.tar.bz2\n`);
    const base = 'https://download.nextcloud.com/server/releases/nextcloud-31.0.0.tar.bz2';
    const options = {
      workflow: join(WORKFLOWS, 'verify-server-release.yml'),
      repository: tempDir('empty-'),
      inputs: { version: '31.0.0' },
      github: { event_name: 'workflow_dispatch' },
      serve: { [base]: tarball, [`${base}.sha512`]: `${tarball}.sha512` },
    };
    // Nextcloud's own roots: the fixture's test CA is not one of them, and the step says so.
    const preset = runJob(options);
    assert.equal(preset.step('download').outcome, 'success', outcomes(preset));
    assert.equal(preset.step('verify').outputs.result, 'failed');
    // core and its two apps: each is signed by the test CA.
    assert.equal(preset.step('verify').outputs['exception-count'], '3');
    const report = JSON.parse(readFileSync(join(preset.workspace, 'integrity.json'), 'utf8'));
    assert.equal(report.scopes[0].scope, 'core');
    assert.equal(report.scopes[0].EXCEPTION.message, 'Certificate is not valid.');
    assert.equal(preset.steps.at(-1)?.outcome, 'success', 'the report is kept');
    // The same with the test root trusted beside Nextcloud's roots: every file verifies.
    const trusted = runJob({ ...options, extraTrust: ROOT });
    assert.ok(trusted.succeeded, outcomes(trusted));
    assert.equal(trusted.step('verify').outputs.result, 'passed');
    assert.equal(trusted.step('verify').outputs['files-checked'], String(RELEASE_SIGNED_FILE_COUNT));
  });
});
