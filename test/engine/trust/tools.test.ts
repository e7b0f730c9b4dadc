/**
 * Key and CA tooling (keygen, ca init/issue/revoke/crl) end to end with sign and verify,
 * and inspect on real and fixture signatures.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseCsr } from '../../../src/engine/trust/keys.ts';
import { parseCertificate } from '../../../src/engine/trust/certificate.ts';
import { CA, cleanupTempDirs, extractCase, FIXTURES, runCli, tempDir, writeTree } from '../../helpers.ts';
import { BITS, verifyJson } from './pki.ts';

after(cleanupTempDirs);

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('keygen', () => {
  it('writes an RSA-4096 key (mode 0600) and a CSR for /CN=ID; never overwrites', async () => {
    const out = tempDir('keygen-');
    const run = await runCli(['keygen', '--cn', 'my_app', '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    const keyPath = join(out, 'my_app.key');
    assert.equal(statSync(keyPath).mode & 0o777, 0o600);
    const keyPem = readFileSync(keyPath, 'utf8');
    assert.match(keyPem, /^-----BEGIN PRIVATE KEY-----/);
    const key = createPrivateKey(keyPem);
    assert.equal(key.asymmetricKeyType, 'rsa');
    assert.equal(key.asymmetricKeyDetails?.modulusLength, 4096);
    const csr = parseCsr(readFileSync(join(out, 'my_app.csr'), 'utf8'));
    assert.equal(csr.commonName, 'my_app');
    assert.equal(csr.publicKey.asymmetricKeyDetails?.modulusLength, 4096);

    const again = await runCli(['keygen', '--cn', 'my_app', '--out', out, '--bits', String(BITS)]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /refusing to overwrite .*my_app\.key/);
    assert.equal(readFileSync(keyPath, 'utf8'), keyPem, 'the existing key was changed');
  });

  it('needs --cn; rejects a bad --bits', async () => {
    assert.equal((await runCli(['keygen'])).code, 2);
    const bits = await runCli(['keygen', '--cn', 'x', '--bits', '1024', '--out', tempDir()]);
    assert.equal(bits.code, 2);
    assert.match(bits.stderr, /--bits must be 2048, 3072 or 4096/);
  });
});

describe('ca: a private root, certificates, revocation, CRL — with sign and verify', () => {
  it('init → keygen → issue from the CSR → sign → verify --trust root.crt --crl → revoke → verify fails', async () => {
    const work = tempDir('ca-flow-');
    const caDir = join(work, 'ca');
    const init = await runCli(['ca', 'init', '--out', caDir, '--name', 'ACME Code Signing Root', '--bits', String(BITS)]);
    assert.equal(init.code, 0, init.stderr);
    assert.equal(statSync(join(caDir, 'ca.key')).mode & 0o777, 0o600);
    assert.equal((await runCli(['ca', 'init', '--out', caDir, '--bits', String(BITS)])).code, 2, 'init over an existing CA');

    assert.equal((await runCli(['keygen', '--cn', 'acmeapp', '--out', work, '--bits', String(BITS)])).code, 0);
    const issue = await runCli(['ca', 'issue', '--ca', caDir, '--csr', join(work, 'acmeapp.csr'), '--out', work]);
    assert.equal(issue.code, 0, issue.stderr);
    const cert = parseCertificate(readFileSync(join(work, 'acmeapp.crt'), 'utf8'));
    assert.equal(cert.info.subject, 'CN=acmeapp');
    assert.equal(cert.info.issuer, 'CN=ACME Code Signing Root');

    const app = join(work, 'acmeapp');
    writeTree(app, { 'appinfo/info.xml': '<?xml version="1.0"?>\n<info><id>acmeapp</id></info>\n', 'lib/a.php': '<?php\n' });
    const sign = await runCli(['sign', app, '--key', join(work, 'acmeapp.key'), '--cert', join(work, 'acmeapp.crt')]);
    assert.equal(sign.code, 0, sign.stderr);

    const crl = await runCli(['ca', 'crl', '--ca', caDir]);
    assert.equal(crl.code, 0, crl.stderr);
    const args = ['--trust', join(caDir, 'root.crt'), '--crl', join(caDir, 'crl.pem')];
    assert.equal((await verifyJson(app, args)).code, 0);

    const revoke = await runCli(['ca', 'revoke', '--ca', caDir, '--cert', join(work, 'acmeapp.crt'), '--reason', 'superseded']);
    assert.equal(revoke.code, 0, revoke.stderr);
    const after = await verifyJson(app, args);
    assert.equal(after.code, 1);
    assert.equal(after.scope.EXCEPTION?.message, 'Certificate is not valid.');
    assert.match(after.scope.EXCEPTION?.hint ?? '', /superseded/);

    if (hasOpenssl) {
      // Interoperability: openssl accepts the chain and sees the revocation in our CRL.
      const ok = execFileSync('openssl', ['crl', '-in', join(caDir, 'crl.pem'), '-CAfile', join(caDir, 'root.crt'), '-noout'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      assert.equal(ok, '');
      assert.throws(() =>
        execFileSync(
          'openssl',
          ['verify', '-crl_check', '-CRLfile', join(caDir, 'crl.pem'), '-CAfile', join(caDir, 'root.crt'), join(work, 'acmeapp.crt')],
          {
            stdio: 'ignore',
          },
        ),
      );
    }
  });

  it("issue without a CSR makes the key too; an intermediate CA chains like Nextcloud's", async () => {
    const work = tempDir('ca-inter-');
    assert.equal((await runCli(['ca', 'init', '--out', join(work, 'root'), '--bits', String(BITS)])).code, 0);
    const inter = await runCli(['ca', 'init', '--out', join(work, 'inter'), '--parent', join(work, 'root'), '--bits', String(BITS)]);
    assert.equal(inter.code, 0, inter.stderr);
    const issue = await runCli(['ca', 'issue', '--ca', join(work, 'inter'), '--cn', 'core', '--out', work, '--bits', String(BITS)]);
    assert.equal(issue.code, 0, issue.stderr);
    assert.equal(statSync(join(work, 'core.key')).mode & 0o777, 0o600);
    const bundle = readFileSync(join(work, 'inter', 'root.crt'), 'utf8');
    assert.equal(bundle.match(/BEGIN CERTIFICATE/g)?.length, 2);
    const cert = parseCertificate(readFileSync(join(work, 'core.crt'), 'utf8'));
    assert.equal(cert.info.issuer, 'CN=Private Code Signing Intermediate Authority');
    const again = await runCli(['ca', 'issue', '--ca', join(work, 'inter'), '--cn', 'core', '--out', work, '--bits', String(BITS)]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /refusing to overwrite/);
  });

  it('clear errors: CSR for another CN, a folder that is not a CA, unknown sub-command', async () => {
    const work = tempDir('ca-err-');
    assert.equal((await runCli(['keygen', '--cn', 'one', '--out', work, '--bits', String(BITS)])).code, 0);
    assert.equal((await runCli(['ca', 'init', '--out', join(work, 'ca'), '--bits', String(BITS)])).code, 0);
    const mismatch = await runCli(['ca', 'issue', '--ca', join(work, 'ca'), '--csr', join(work, 'one.csr'), '--cn', 'two', '--out', work]);
    assert.equal(mismatch.code, 2);
    assert.match(mismatch.stderr, /the CSR is for CN=one, not two/);
    const notCa = await runCli(['ca', 'issue', '--ca', work, '--cn', 'x', '--out', work]);
    assert.equal(notCa.code, 2);
    assert.match(notCa.stderr, /is not a CA folder: ca\.key is missing/);
    assert.equal((await runCli(['ca', 'frobnicate'])).code, 2);
    assert.ok(!existsSync(join(work, 'x.crt')));
  });
});

describe('inspect', () => {
  const real = join(FIXTURES, 'real', 'files_excludedirs.signature.json');

  it('the real files_excludedirs signature: signer, Nextcloud intermediate, chain OK against the nextcloud preset', async () => {
    const run = await runCli(['inspect', real, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const r = JSON.parse(run.stdout);
    assert.equal(r.certificate.subject, 'CN=files_excludedirs');
    assert.equal(r.certificate.issuer, 'C=DE, ST=Baden-Wuerttemberg, O=Nextcloud GmbH, CN=Nextcloud Code Signing Intermediate Authority');
    assert.equal(r.certificate.serialDecimal, '4994');
    assert.equal(r.chain.trusted, true);
    assert.equal(r.signatureVerifies, true);
    assert.equal(r.hashes, 41);
    assert.equal(r.revocation.status, 'good');
    assert.equal(r.revocation.enforced, false);

    const text = await runCli(['inspect', real]);
    assert.match(text.stdout, /^signer {10}CN=files_excludedirs$/m);
    assert.match(text.stdout, /^chain {11}trusted: issued by ".*Nextcloud Code Signing Intermediate Authority" \(nextcloud\)$/m);
    assert.match(text.stdout, /^revocation {6}not revoked according to the bundled Nextcloud CRL \(#4113 of 2019-11-20\)$/m);
  });

  it('a fixture case folder: finds appinfo/signature.json, checks the CN against the app id', async () => {
    const dir = extractCase('app-clean');
    const run = await runCli(['inspect', dir, '--trust', join(CA, 'root.crt'), '--app-id', 'tricky', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const r = JSON.parse(run.stdout);
    assert.equal(r.scope, 'tricky');
    assert.equal(r.scopeMatches, true);
    assert.equal(r.chain.trusted, true);
    assert.ok(r.signaturePath.endsWith(join('appinfo', 'signature.json')));
    assert.ok(r.hashes > 10);

    const wrong = await runCli(['inspect', dir, '--trust', join(CA, 'root.crt'), '--app-id', 'other']);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stdout, /certificate CN does NOT match/);
  });

  it('nothing to inspect: exit 2', async () => {
    const run = await runCli(['inspect', join(tempDir(), 'missing.json')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot inspect .*there is no signature file/);
  });
});
