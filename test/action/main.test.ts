/**
 * The Action's run() driven in process with a stubbed @actions/core (toolkit.ts), without a
 * bundle: inputs in, outputs, failure, log lines, annotations and the job summary out. The
 * end-to-end tests in test/e2e/ run the bundled dist/index.js as the runner does.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { run } from '../../src/action/main.ts';
import { stubCore } from './stub-core.ts';
import { CA, cleanupTempDirs, extractCase, tempDir } from '../helpers.ts';

after(cleanupTempDirs);

const trust = readFileSync(join(CA, 'root.crt'), 'utf8');
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

function withCase(name: string): void {
  cpSync(extractCase(name), join(workspace, 'app'), { recursive: true, verbatimSymlinks: true });
}

describe('Action run() with a stubbed core', () => {
  it('verify, clean: passed, counts as outputs, a summary, no annotation', async () => {
    withCase('app-clean');
    const { core, recorded } = stubCore({ path: 'app', trust, annotations: 'true', summary: 'true' });
    await run(core);
    assert.deepEqual(recorded.failed, []);
    assert.equal(recorded.outputs.result, 'passed');
    assert.equal(recorded.outputs['files-checked'], '39');
    assert.match(recorded.summary, /Code integrity: passed/);
    assert.deepEqual(recorded.annotations, []);
    assert.match(recorded.info.at(-1) ?? '', /^Code integrity check passed\.$/);
  });

  it('verify, tampered: failed, an error annotation on the file, the option named as an input', async () => {
    withCase('app-extra');
    const { core, recorded } = stubCore({ path: 'app', trust, annotations: 'true', summary: 'true', 'report-file': 'r.json' });
    await run(core);
    assert.equal(recorded.outputs.result, 'failed');
    assert.equal(recorded.outputs['report-path'], join(workspace, 'r.json'));
    assert.match(recorded.failed[0] ?? '', /^Code integrity check failed: EXTRA_FILE 1\./);
    const [annotation] = recorded.annotations;
    assert.equal(annotation?.level, 'error');
    assert.deepEqual(annotation?.properties, { file: 'app/lib/new.php', title: 'EXTRA_FILE' });
    assert.match(annotation?.message ?? '', /otherwise accept it in a baseline \(the input baseline\) or list it in the input allow\./);
    assert.match(recorded.summary, /or list it in the input allow/);
    assert.equal(JSON.parse(readFileSync(join(workspace, 'r.json'), 'utf8')).verdict, 'failed');
  });

  it('baseline: accepted findings pass the step, with the reason in the summary and the log, none as annotations', async () => {
    withCase('app-extra');
    writeFileSync(join(workspace, 'reviewed.yml'), 'accept:\n  - {path: lib/new.php, category: EXTRA_FILE, reason: our patch}\n');
    const { core, recorded } = stubCore({ path: 'app', trust, baseline: 'reviewed.yml', annotations: 'true', summary: 'true' });
    await run(core);
    assert.deepEqual(recorded.failed, []);
    assert.equal(recorded.outputs.result, 'passed');
    assert.equal(recorded.outputs['extra-file-count'], '0');
    assert.equal(recorded.outputs['accepted-count'], '1');
    assert.deepEqual(recorded.annotations, []);
    assert.match(recorded.summary, /passed with 1 finding accepted by the baseline/);
    assert.match(
      recorded.summary,
      /\| accepted EXTRA_FILE \| <code>lib\/new\.php<\/code> \| – \| <code>[0-9a-f]{12}<\/code> \| our patch \(reviewed\.yml:2\) \|/,
    );
    assert.ok(
      recorded.info.some((l) => /^tricky: 0 changed, 0 missing, 0 extra, 1 accepted/.test(l)),
      recorded.info.join('\n'),
    );
    const broken = stubCore({ path: 'app', trust, baseline: 'missing.yml' });
    await run(broken.core);
    assert.equal(broken.recorded.outputs.result, 'error');
    assert.match(
      broken.recorded.failed[0] ?? '',
      /the baseline missing\.yml does not exist\. Give an existing file with the input baseline, or baseline: none\./,
    );
  });

  it('sign: the signature file and the number of files as outputs; secrets masked first', async () => {
    withCase('app-clean');
    const sig = join(workspace, 'app', 'appinfo', 'signature.json');
    writeFileSync(sig, ''); // replaced by the new signature
    const key = readFileSync(join(CA, 'tricky.key'), 'utf8');
    const { core, recorded } = stubCore({
      command: 'sign',
      path: 'app',
      'private-key': key,
      certificate: readFileSync(join(CA, 'tricky.crt'), 'utf8'),
    });
    await run(core);
    assert.deepEqual(recorded.failed, []);
    assert.equal(recorded.outputs['signature-file'], sig);
    assert.equal(recorded.outputs['files-signed'], '39');
    assert.ok(recorded.secrets.includes(key) && recorded.secrets.length > 10, 'the key and each of its lines');
    assert.ok(existsSync(sig) && readFileSync(sig, 'utf8').startsWith('{\n    "hashes": {'));
  });

  it('a usage error: result error, an error code, the hint worded with the Action’s inputs', async () => {
    withCase('app-clean');
    const { core, recorded } = stubCore({ path: 'app', trust, profile: 'generic' });
    await run(core);
    assert.equal(recorded.outputs.result, 'error');
    assert.equal(recorded.outputs['error-code'], 'usage');
    assert.match(
      recorded.failed[0] ?? '',
      /^the generic profile needs the input signature-path\. Name the signature file relative to the directory, e\.g\. signature-path: meta\/signature\.json\./,
    );
    const bad = stubCore({ path: 'app', trust, 'app-id': 'a b' });
    await run(bad.core);
    assert.equal(bad.recorded.outputs['error-code'], 'invalid-app-id');
    assert.match(bad.recorded.failed[0] ?? '', /the app id "a b" is not valid/);
  });
});
