/**
 * Upstream's own CheckerTest.php vectors (test/fixtures/nextcloud/kat-*.json): signing
 * gives the exact signature.json, verifying gives the exact result array.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { pssVerify } from '../../src/engine/crypto/pss.ts';
import { phpJsonDecode, phpJsonEncode } from '../../src/engine/php/json.ts';
import { PhpArray } from '../../src/engine/php/array.ts';
import { phpKsort } from '../../src/engine/php/ksort.ts';
import { NC, cleanupTempDirs, runCli, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

interface Kat {
  name: string;
  operation: string;
  appId?: string;
  files: Record<string, { text?: string; base64: string }> | null;
  key?: string;
  cert?: string;
  signedMessage?: string;
  expectedSignature?: string;
  expectedSignatureJson?: string;
  expectedSignatureJsonIsByteExactUpstreamLiteral?: boolean;
  signatureJson?: string | null;
  rootCert?: string;
  expectedResult?: unknown;
  expectedResultNextcloud?: unknown;
}

const kats: Kat[] = readdirSync(NC)
  .filter((f) => f.startsWith('kat-'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(NC, f), 'utf8')) as Kat);

function buildTree(kat: Kat, extraDir: string): string {
  const dir = tempDir(`kat-${kat.name}-`);
  const files: Record<string, Buffer> = {};
  for (const [rel, f] of Object.entries(kat.files ?? {})) files[rel] = Buffer.from(f.base64, 'base64');
  writeTree(dir, files);
  mkdirSync(join(dir, extraDir), { recursive: true });
  return dir;
}

describe('upstream sign vectors', () => {
  for (const kat of kats.filter((k) => k.operation === 'sign-app' || k.operation === 'sign-core')) {
    it(kat.name, async () => {
      const isCore = kat.operation === 'sign-core';
      const dir = buildTree(kat, isCore ? 'core' : 'appinfo');
      const args = ['sign', dir, '--key', join(NC, kat.key as string), '--cert', join(NC, kat.cert as string)];
      args.push('--profile', isCore ? 'nextcloud-core' : 'nextcloud-app');
      if (!isCore) args.push('--app-id', 'SomeApp');
      const run = await runCli(args);
      assert.equal(run.code, 0, run.stderr);
      const written = readFileSync(join(dir, isCore ? 'core/signature.json' : 'appinfo/signature.json'), 'utf8');
      if (kat.expectedSignatureJsonIsByteExactUpstreamLiteral) assert.equal(written, kat.expectedSignatureJson);
      const doc = phpJsonDecode(written) as PhpArray;
      assert.equal(phpJsonEncode(doc.get('hashes') as PhpArray), kat.signedMessage);
      assert.equal(doc.get('signature'), kat.expectedSignature);
    });
  }
});

describe('upstream verify vectors', () => {
  for (const kat of kats.filter((k) => k.operation === 'check-app' || k.operation === 'check-core')) {
    if (kat.files === null) continue;
    const profiles: Array<[string, unknown]> =
      kat.expectedResultNextcloud !== undefined
        ? [
            ['owncloud-app', kat.expectedResult],
            ['nextcloud-app', kat.expectedResultNextcloud],
          ]
        : [[kat.operation === 'check-core' ? 'nextcloud-core' : 'nextcloud-app', kat.expectedResult]];
    for (const [profile, expected] of profiles) {
      it(`${kat.name} (${profile})`, async () => {
        const isCore = profile.endsWith('core');
        const dir = buildTree(kat, isCore ? 'core' : 'appinfo');
        if (kat.signatureJson) writeFileSync(join(dir, isCore ? 'core/signature.json' : 'appinfo/signature.json'), kat.signatureJson);
        const args = ['verify', dir, '--format', 'nextcloud-json', '--trust', join(NC, kat.rootCert as string), '--profile', profile];
        if (!isCore) args.push('--app-id', kat.appId as string);
        const run = await runCli(args);
        assert.equal(run.stderr, '');
        assert.deepEqual(JSON.parse(run.stdout), expected);
        // A rename goes unnoticed by Nextcloud's value comparison, but not by our by-path view.
        const renamed = kat.name === 'oc-verify-app-renamed-files';
        assert.equal(run.code, Array.isArray(expected) && !renamed ? 0 : 1);
      });
    }
  }

  for (const kat of kats.filter((k) => k.files === null && k.signatureJson)) {
    it(`${kat.name}: the signature verifies over the ksorted, PHP-encoded hashes`, () => {
      const doc = phpJsonDecode(kat.signatureJson as string) as PhpArray;
      const message = phpJsonEncode(phpKsort(doc.get('hashes') as PhpArray));
      if (kat.signedMessage) assert.equal(message, kat.signedMessage);
      const cert = new X509Certificate(doc.get('certificate') as string);
      assert.ok(pssVerify(message, Buffer.from(doc.get('signature') as string, 'base64'), cert.publicKey));
    });
  }
});
