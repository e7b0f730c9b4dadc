/**
 * An https:// reference: downloaded (streamed to a private temporary file, removed after),
 * capped by --max-size, only over https, then read like any archive. A local https server
 * with a self-signed certificate made by openssl stands for the mirror; --download-ca trusts it.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cleanupTempDirs, runCli, tempDir } from '../helpers.ts';
import { archiveOf, copyTree, ROOT_CRT, signedRelease } from './reference-helpers.ts';

const hasOpenssl = !spawnSync('openssl', ['version'], { stdio: 'ignore' }).error;

let server: Server;
let base: string;
let tree: string;
let ca: string;

/** A certificate for 127.0.0.1 and its key, made now (nothing secret is committed). */
function selfSigned(dir: string): { key: Buffer; cert: Buffer; certPath: string } {
  const keyPath = join(dir, 'server.key');
  const certPath = join(dir, 'server.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyPath), cert: readFileSync(certPath), certPath };
}

const tempReferences = (): string[] => readdirSync(tmpdir()).filter((n) => n.startsWith('code-integrity-reference-'));

before(async () => {
  if (!hasOpenssl) return;
  const release = await signedRelease();
  tree = copyTree(release);
  writeFileSync(join(tree, 'lib/base.php'), '<?php // changed\n');
  const archive = readFileSync(archiveOf(release, 'tar.gz'));
  const tls = selfSigned(tempDir('tls-'));
  ca = tls.certPath;
  server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    if (req.url === '/nextcloud.tar.gz') res.writeHead(200, { 'content-length': archive.length }).end(archive);
    else if (req.url === '/moved') res.writeHead(302, { location: '/nextcloud.tar.gz' }).end();
    else if (req.url === '/to-http') res.writeHead(302, { location: 'http://127.0.0.1:1/nextcloud.tar.gz' }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  cleanupTempDirs();
});

const explain = (url: string, ...extra: string[]) =>
  runCli(['explain', tree, '--reference', url, '--trust', ROOT_CRT, '--download-ca', ca, ...extra]);

describe('explain with an https:// reference', { skip: hasOpenssl ? false : 'openssl is not installed' }, () => {
  it('downloads the release, verifies it, explains against it and removes the download', async () => {
    const before = tempReferences();
    const run = await explain(`${base}/moved`);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /compared with https:\/\/127\.0\.0\.1:\d+\/moved/);
    assert.match(run.stdout, /\+<\?php \/\/ changed/);
    assert.deepEqual(tempReferences(), before);
  });

  it('refuses a server it cannot authenticate (no --download-ca)', async () => {
    const run = await runCli(['explain', tree, '--reference', `${base}/nextcloud.tar.gz`, '--trust', ROOT_CRT]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot download the reference .*SELF_SIGNED|cannot download the reference .*certificate/i);
  });

  it('stops a download larger than --max-size', async () => {
    const run = await explain(`${base}/nextcloud.tar.gz`, '--max-size', '1K');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /over the 1024-byte limit/);
  });

  it('refuses plain http, also behind a redirect, and says what a 404 is', async () => {
    const redirected = await explain(`${base}/to-http`);
    assert.equal(redirected.code, 2);
    assert.match(redirected.stderr, /only https:\/\/ URLs are fetched/);
    const plain = await explain('http://127.0.0.1:1/nextcloud.tar.gz');
    assert.equal(plain.code, 2);
    assert.match(plain.stderr, /only https:\/\/ URLs are fetched/);
    const missing = await explain(`${base}/nope.tar.gz`);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /the server answered 404/);
  });
});
