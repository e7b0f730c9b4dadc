/**
 * Chains: upstream's one-level verdict, our own warnings beside it, and precise hints for
 * untrusted chains; trust presets, bundles and repeated --trust; bad trust files.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CaDir } from '../../../src/engine/trust/ca.ts';
import { CA, CASES, cleanupTempDirs, extractCase, FIXTURES, NC, runCli, tempDir, writeTree } from '../../helpers.ts';
import { makeCa, makeSigner, NC_EXCEPTION, signedApp, verifyJson, type Signer } from './pki.ts';

after(cleanupTempDirs);

let root: CaDir;
let other: CaDir;
let intermediate: CaDir;
let signer: Signer;
let app: string;

before(async () => {
  root = makeCa('Trust Test Root');
  other = makeCa('Another Root');
  intermediate = makeCa('Trust Test Intermediate', root);
  signer = makeSigner(root, 'chainapp');
  app = await signedApp('chainapp', signer);
});

describe('chain verdict (upstream rules) and our own view', () => {
  it('a certificate issued by a trusted root verifies, with the path and no warnings', async () => {
    const { code, scope } = await verifyJson(app, ['--trust', join(root.dir, 'root.crt')]);
    assert.equal(code, 0);
    assert.equal(scope.EXCEPTION, null);
    assert.equal(scope.certificate?.trusted, true);
    assert.deepEqual(scope.certificate?.chain, ['CN=chainapp', 'CN=Trust Test Root']);
    assert.deepEqual(scope.certificate?.warnings, []);
  });

  it('an untrusted root: "Certificate is not valid." with a hint naming the issuer and the trust store', async () => {
    const { code, scope } = await verifyJson(app, ['--trust', join(other.dir, 'root.crt')]);
    assert.equal(code, 1);
    assert.deepEqual(
      { class: scope.EXCEPTION?.class, message: scope.EXCEPTION?.message },
      { class: NC_EXCEPTION, message: 'Certificate is not valid.' },
    );
    assert.match(scope.EXCEPTION?.hint ?? '', /issued by "CN=Trust Test Root", which is not in the trust store/);
    assert.equal(scope.certificate?.trusted, false);
  });

  it('same issuer name, other key (fixture app-untrusted): the hint says it was not signed by the trusted CA', async () => {
    const dir = extractCase('app-untrusted');
    const { scope } = await verifyJson(dir, ['--trust', join(CA, 'root.crt'), '--app-id', 'tricky']);
    assert.equal(scope.EXCEPTION?.message, 'Certificate is not valid.');
    assert.match(scope.EXCEPTION?.hint ?? '', /a certificate with that name is trusted, but its key did not sign this certificate/);
  });

  it('issued by an intermediate: trusted with the bundle (intermediate + root), path of three', async () => {
    const leaf = makeSigner(intermediate, 'interapp');
    const dir = await signedApp('interapp', leaf);
    const { code, scope } = await verifyJson(dir, ['--trust', join(intermediate.dir, 'root.crt')]);
    assert.equal(code, 0);
    assert.deepEqual(scope.certificate?.chain, ['CN=interapp', 'CN=Trust Test Intermediate', 'CN=Trust Test Root']);
    assert.deepEqual(scope.certificate?.warnings, []);

    // The root alone is not enough upstream (one level): the hint says to add the intermediate.
    const rootOnly = await verifyJson(dir, ['--trust', join(root.dir, 'root.crt')]);
    assert.equal(rootOnly.scope.EXCEPTION?.message, 'Certificate is not valid.');
    assert.match(
      rootOnly.scope.EXCEPTION?.hint ?? '',
      /If "CN=Trust Test Intermediate" is an intermediate CA, pass its certificate with --trust/,
    );

    // The intermediate alone is enough upstream; our view notes that the chain stops at a non-root.
    const interOnly = await verifyJson(dir, ['--trust', join(intermediate.dir, 'ca.crt')]);
    assert.equal(interOnly.code, 0);
    assert.ok(interOnly.scope.certificate?.warnings.some((w) => /chain ends at "CN=Trust Test Intermediate", which is not a root/.test(w)));
  });

  it('a missing intermediate we know (Nextcloud root without its intermediate) gets the precise hint', async () => {
    const pem = readFileSync(join(FIXTURES, 'roots', 'nextcloud-root.crt'), 'utf8');
    const rootBlock = pem.slice(pem.lastIndexOf('-----BEGIN CERTIFICATE-----'));
    const file = join(tempDir(), 'nc-root-only.crt');
    writeFileSync(file, rootBlock);
    const run = await runCli(['inspect', join(FIXTURES, 'real', 'files_excludedirs.signature.json'), '--trust', file, '--format', 'json']);
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout);
    assert.equal(report.chain.trusted, false);
    assert.match(
      report.chain.hint,
      /issued by the intermediate ".*Nextcloud Code Signing Intermediate Authority", which is not in the trust store/,
    );
    assert.match(report.chain.hint, /Nextcloud Root Authority" is, but upstream checks one level only/);
    assert.match(report.chain.hint, /--trust nextcloud/);
  });

  it('wrong CN: upstream message exactly, and a hint about --app-id', async () => {
    const { code, scope } = await verifyJson(app, ['--trust', join(root.dir, 'root.crt'), '--app-id', 'otherapp']);
    assert.equal(code, 1);
    assert.equal(scope.EXCEPTION?.message, 'Certificate is not valid for required scope. (Requested: otherapp, current: CN=chainapp)');
    assert.match(scope.EXCEPTION?.hint ?? '', /wrong --app-id/);
  });

  it('an expired certificate: verdict unchanged (upstream does not check dates), a warning in our view', async () => {
    const old = makeSigner(root, 'oldapp', { notBefore: new Date('2020-01-01T00:00:00Z'), days: 30 });
    const dir = await signedApp('oldapp', old);
    const { code, scope } = await verifyJson(dir, ['--trust', join(root.dir, 'root.crt')]);
    assert.equal(code, 0);
    assert.equal(scope.EXCEPTION, null);
    assert.equal(scope.certificate?.expired, true);
    assert.ok(scope.certificate?.warnings.some((w) => /certificate expired on 2020-01-31/.test(w)));
  });

  it("upstream's test CA (no basicConstraints, expired leaf): verifies, with warnings for both", async () => {
    const kat = JSON.parse(readFileSync(join(NC, 'kat-verify-app-valid.json'), 'utf8'));
    const dir = join(tempDir(), 'SomeApp');
    const files: Record<string, Buffer> = {};
    for (const [name, f] of Object.entries(kat.files as Record<string, { base64: string }>)) files[name] = Buffer.from(f.base64, 'base64');
    writeTree(dir, { ...files, 'appinfo/signature.json': kat.signatureJson });
    const { code, scope } = await verifyJson(dir, ['--trust', join(NC, 'root.crt'), '--app-id', 'SomeApp']);
    assert.equal(code, 0, JSON.stringify(scope));
    const warnings = scope.certificate?.warnings ?? [];
    assert.ok(warnings.some((w) => /expired on 2016/.test(w)));
    assert.ok(warnings.some((w) => /is not marked as a CA/.test(w)));
  });
});

describe('trust stores: presets, bundles, repeated --trust, bad files', () => {
  it('several roots in one PEM file', async () => {
    const bundle = join(tempDir(), 'bundle.pem');
    writeFileSync(bundle, readFileSync(join(other.dir, 'root.crt'), 'utf8') + readFileSync(join(root.dir, 'root.crt'), 'utf8'));
    assert.equal((await verifyJson(app, ['--trust', bundle])).code, 0);
  });

  it('repeated --trust (files and presets)', async () => {
    assert.equal((await verifyJson(app, ['--trust', join(other.dir, 'root.crt'), '--trust', join(root.dir, 'root.crt')])).code, 0);
    assert.equal((await verifyJson(app, ['--trust', 'nextcloud', '--trust', 'owncloud', '--trust', join(root.dir, 'root.crt')])).code, 0);
  });

  it('the nextcloud preset (default) trusts the real files_excludedirs signature; owncloud does not', async () => {
    const file = join(FIXTURES, 'real', 'files_excludedirs.signature.json');
    assert.equal((await runCli(['inspect', file])).code, 0);
    const oc = await runCli(['inspect', file, '--trust', 'owncloud', '--format', 'json']);
    assert.equal(oc.code, 1);
    assert.match(JSON.parse(oc.stdout).chain.hint, /in the nextcloud preset: --trust nextcloud/);
  });

  for (const [what, content, pattern] of [
    ['a file without PEM certificates', 'hello, not a certificate\n', /holds no PEM certificate/],
    [
      'a PEM block with a garbage body',
      '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n',
      /a certificate in it cannot be read/,
    ],
  ] as const) {
    it(`garbage trust file (${what}): one clear error line, exit 2, no stack trace`, async () => {
      const file = join(tempDir(), 'garbage.pem');
      writeFileSync(file, content);
      const run = await runCli(['verify', app, '--trust', file]);
      assert.equal(run.code, 2);
      assert.match(run.stderr.split('\n')[0] ?? '', pattern);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    });
  }

  it('a trust file that does not exist: exit 2', async () => {
    const run = await runCli(['verify', app, '--trust', join(CASES, 'no-such-root.crt')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read trust file .*ENOENT/);
  });
});
