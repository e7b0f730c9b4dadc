/**
 * The Action's App Store commands driven in process with a stubbed core: package (outputs,
 * the .sig, a failed pre-flight as one error annotation per problem and nothing written),
 * appstore-sign (the signature as an output and a .sig file) and preflight.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { run } from '../../src/action/main.ts';
import { CA, cleanupTempDirs, tempDir } from '../helpers.ts';
import { APP_FILES, infoXml, writeApp } from '../package-helpers.ts';
import { stubCore } from './stub-core.ts';

after(cleanupTempDirs);

const key = readFileSync(join(CA, 'tricky.key'), 'utf8');
const certificate = readFileSync(join(CA, 'tricky.crt'), 'utf8');
const trust = join(CA, 'root.crt');
let workspace: string;
let saved: string | undefined;

beforeEach(() => {
  workspace = tempDir('action-pkg-');
  saved = process.env.GITHUB_WORKSPACE;
  process.env.GITHUB_WORKSPACE = workspace;
});

afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
  else process.env.GITHUB_WORKSPACE = saved;
});

function openssl(archive: string): string {
  return execFileSync('sh', ['-c', 'openssl dgst -sha512 -sign "$1" "$2" | base64 -w0', 'sh', join(CA, 'tricky.key'), archive], {
    encoding: 'utf8',
  });
}

describe('Action: package, appstore-sign, preflight', () => {
  it('package: package-path, appstore-signature, version and appinfo-id; the key is masked first', async () => {
    writeApp(join(workspace, 'app'));
    const { core, recorded } = stubCore({ command: 'package', path: 'app', 'output-dir': 'build', 'private-key': key, certificate, trust });
    await run(core);
    assert.deepEqual(recorded.failed, []);
    const archive = join(workspace, 'build', 'tricky-1.2.3.tar.gz');
    assert.deepEqual(recorded.outputs, {
      result: 'passed',
      'appinfo-id': 'tricky',
      version: '1.2.3',
      'package-path': archive,
      'appstore-signature': openssl(archive),
    });
    assert.equal(readFileSync(`${archive}.sig`, 'utf8'), `${openssl(archive)}\n`);
    assert.ok(recorded.secrets.includes(key));
    assert.match(recorded.summary, /### App Store package: ready\n\n- ✅ one top folder, "tricky"/);
  });

  it('package: each pre-flight problem is an error annotation; result failed; nothing written', async () => {
    writeApp(join(workspace, 'app'), {
      ...APP_FILES,
      'appinfo/info.xml': infoXml()
        .replace(/ *<licence>.*\n/, '')
        .replace(/ *<author.*\n/, ''),
    });
    const { core, recorded } = stubCore({ command: 'package', path: 'app', 'output-dir': 'build', 'private-key': key, certificate, trust });
    await run(core);
    assert.equal(recorded.outputs.result, 'failed');
    assert.deepEqual(
      recorded.annotations.map((a) => [a.level, a.properties?.title, a.message]),
      [
        ['error', 'App Store pre-flight', 'appinfo/info.xml: <licence> is missing (the App Store requires it)'],
        ['error', 'App Store pre-flight', 'appinfo/info.xml: <author> is missing (the App Store requires it)'],
      ],
    );
    assert.match(recorded.failed[0] ?? '', /^App Store pre-flight failed: 2 problem\(s\), see the annotations; nothing was written\.$/);
    assert.equal(existsSync(join(workspace, 'build')), false);
  });

  it('package: a key without a certificate is a usage error worded with the inputs', async () => {
    writeApp(join(workspace, 'app'));
    const { core, recorded } = stubCore({ command: 'package', path: 'app', 'private-key': key, trust });
    await run(core);
    assert.equal(recorded.outputs.result, 'error');
    assert.match(recorded.failed[0] ?? '', /^package needs both the input private-key and the input certificate, or neither\./);
  });

  it('appstore-sign writes the .sig and outputs the signature; preflight then passes', async () => {
    writeApp(join(workspace, 'app'));
    const packaged = stubCore({ command: 'package', path: 'app', 'output-dir': 'out', 'private-key': key, certificate, trust });
    await run(packaged.core);
    const archive = join(workspace, 'out', 'tricky-1.2.3.tar.gz');
    const signed = stubCore({ command: 'appstore-sign', path: 'out/tricky-1.2.3.tar.gz', 'private-key': key, certificate });
    await run(signed.core);
    assert.deepEqual(signed.recorded.outputs, { result: 'passed', 'appstore-signature': openssl(archive) });
    assert.deepEqual(readdirSync(join(workspace, 'out')).sort(), ['tricky-1.2.3.tar.gz', 'tricky-1.2.3.tar.gz.sig']);
    const checked = stubCore({ command: 'preflight', path: 'out/tricky-1.2.3.tar.gz', trust });
    await run(checked.core);
    assert.deepEqual(checked.recorded.failed, []);
    assert.deepEqual(checked.recorded.outputs, { result: 'passed', 'appinfo-id': 'tricky', version: '1.2.3' });
    assert.ok(checked.recorded.info.includes('ok: the App Store signature (tricky-1.2.3.tar.gz.sig) verifies against the certificate'));
  });

  it('an unknown command names the five there are', async () => {
    const { core, recorded } = stubCore({ command: 'publish' });
    await run(core);
    assert.match(
      recorded.failed[0] ?? '',
      /input command must be one of "verify", "sign", "package", "appstore-sign", "preflight", not "publish"/,
    );
  });
});
