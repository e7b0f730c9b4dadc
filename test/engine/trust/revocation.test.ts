/**
 * Revocation: parsing CRLs (PEM, DER), their own signature, --crl on verify (Nextcloud and
 * ownCloud messages), tampered and garbage CRLs, and the bundled Nextcloud CRL as a warning.
 */
import assert from 'node:assert/strict';
import { CLI_WORDING, wordOptions } from '../../../src/engine/errors.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createCrl, revokeSerial, type CaDir } from '../../../src/engine/trust/ca.ts';
import { checkCrlSignature, loadCrls } from '../../../src/engine/trust/crl.ts';
import { parseCrl } from '../../../src/engine/trust/crl-parse.ts';
import { NEXTCLOUD_CRL_PARSED, NEXTCLOUD_CRL_PEM } from '../../../src/engine/trust/presets.ts';
import { parsedCrlFromJson, parsedCrlToJson } from '../../../src/engine/trust/crl-model.ts';
import { certificatesFromPem, loadTrustStore } from '../../../src/engine/trust/store.ts';
import { resolveTarget } from '../../../src/engine/target.ts';
import { verifyTarget } from '../../../src/engine/verify.ts';
import { cleanupTempDirs, FIXTURES, NC, tempDir, writeTree } from '../../helpers.ts';
import { makeCa, makeSigner, NC_EXCEPTION, signedApp, verifyJson, type Signer } from './pki.ts';

after(cleanupTempDirs);

const NC_CRL = join(NC, 'nextcloud-codesigning-root.crl');

let ca: CaDir;
let good: Signer;
let bad: Signer;
let goodApp: string;
let badApp: string;
let badOcApp: string;
let crlFile: string;
let trustArgs: string[];

before(async () => {
  ca = makeCa('Revocation Test Root');
  good = makeSigner(ca, 'goodapp');
  bad = makeSigner(ca, 'badapp');
  goodApp = await signedApp('goodapp', good);
  badApp = await signedApp('badapp', bad);
  badOcApp = await signedApp('badapp', bad, { owncloud: true });
  revokeSerial(ca, bad.serial, { reason: 'keyCompromise', date: new Date('2026-01-02T03:04:05Z') });
  crlFile = join(tempDir(), 'ca.crl');
  writeFileSync(crlFile, createCrl(ca));
  trustArgs = ['--trust', join(ca.dir, 'root.crt')];
});

describe('CRL parsing and signature', () => {
  it("reads Nextcloud's CRL: issuer, number, dates, entries; signed by the intermediate", () => {
    const crl = parseCrl(readFileSync(NC_CRL), 'fixture');
    assert.match(crl.issuer, /CN=Nextcloud Code Signing Intermediate Authority$/);
    assert.equal(crl.crlNumber, '4113');
    assert.equal(crl.thisUpdate, '2019-11-20T19:52:51.000Z');
    assert.equal(crl.nextUpdate, '2029-09-28T19:52:51.000Z');
    assert.equal(crl.revoked[0]?.serialHex, '1010');
    assert.equal(crl.revoked[0]?.date, '2016-10-17T12:09:19.000Z');
    const roots = certificatesFromPem(readFileSync(join(FIXTURES, 'roots', 'nextcloud-root.crt'), 'utf8'), 'roots');
    const { signer } = checkCrlSignature(crl, roots);
    assert.match(signer?.info.subject ?? '', /Intermediate Authority/);
    // Not signed by anything in the ownCloud roots.
    assert.equal(
      checkCrlSignature(crl, certificatesFromPem(readFileSync(join(FIXTURES, 'roots', 'owncloud-root.crt'), 'utf8'), 'oc')).signer,
      null,
    );
  });

  it('the bundled CRL is the fixture, and DER works like PEM', async () => {
    assert.ok(parseCrl(NEXTCLOUD_CRL_PEM).der.equals(parseCrl(readFileSync(NC_CRL)).der));
    const der = parseCrl(readFileSync(crlFile)).der;
    const derFile = join(tempDir(), 'ca.crl.der');
    writeFileSync(derFile, der);
    const [loaded] = await loadCrls([derFile], certificatesFromPem(readFileSync(join(ca.dir, 'root.crt'), 'utf8'), 'ca'));
    assert.equal(loaded?.signatureValid, true);
    assert.equal(loaded?.crl.revoked[0]?.reason, 'keyCompromise');
  });
});

describe('verify --crl', () => {
  it('a certificate that is not listed passes, with the CRL in the summary', async () => {
    const { code, scope } = await verifyJson(goodApp, [...trustArgs, '--crl', crlFile]);
    assert.equal(code, 0);
    assert.equal(scope.certificate?.revoked, false);
    assert.deepEqual([scope.certificate?.revocation?.status, scope.certificate?.revocation?.enforced], ['good', true]);
  });

  it('revoked (Nextcloud): "Certificate is not valid." with the serial and date in the hint', async () => {
    const { code, scope } = await verifyJson(badApp, [...trustArgs, '--crl', crlFile]);
    assert.equal(code, 1);
    assert.deepEqual(
      { class: scope.EXCEPTION?.class, message: scope.EXCEPTION?.message },
      { class: NC_EXCEPTION, message: 'Certificate is not valid.' },
    );
    assert.match(
      scope.EXCEPTION?.hint ?? '',
      new RegExp(`serial ${bad.serial} \\(\\d+\\) was revoked on 2026-01-02T03:04:05.000Z \\(keyCompromise\\)`),
    );
    assert.equal(scope.certificate?.revoked, true);
    assert.equal(scope.certificate?.revocation?.date, '2026-01-02T03:04:05.000Z');
  });

  it("revoked (ownCloud): ownCloud's own message", async () => {
    const { code, scope } = await verifyJson(badOcApp, [...trustArgs, '--crl', crlFile, '--profile', 'owncloud-app']);
    assert.equal(code, 1);
    assert.equal(scope.EXCEPTION?.message, 'Certificate has been revoked.');
    assert.equal(scope.EXCEPTION?.class, NC_EXCEPTION);
  });

  it('without --crl the same certificate passes (upstream checkers do not read this CRL)', async () => {
    const { code, scope } = await verifyJson(badApp, trustArgs);
    assert.equal(code, 0);
    assert.equal(scope.certificate?.revoked, false);
  });

  it('a CRL listed only as advisory (like the bundled Nextcloud one): revoked + warning, verdict unchanged', async () => {
    const trust = await loadTrustStore([join(ca.dir, 'root.crt')]);
    trust.advisoryCrls = await loadCrls([crlFile], trust.certificates);
    const result = await verifyTarget({ target: resolveTarget(badApp), trust });
    assert.equal(result.EXCEPTION, null);
    assert.equal(result.certificate?.revoked, true);
    assert.equal(result.certificate?.revocation?.enforced, false);
    // The engine names options neutrally; each front end words them (here as the command line does).
    const warnings = result.certificate?.warnings.map((w) => wordOptions(w, CLI_WORDING)) ?? [];
    assert.ok(warnings.some((w) => /was revoked on 2026-01-02.*does not consult the CRL.*pass --crl /.test(w)));
  });

  describe('a tampered CRL', () => {
    let tampered: string;
    before(() => {
      // "Un-revoke" badapp: change one byte of its serial in the list; the signature no longer holds.
      const der = Buffer.from(parseCrl(readFileSync(crlFile)).der);
      const at = der.indexOf(Buffer.from(bad.serial, 'hex'));
      assert.ok(at > 0);
      der[at + 3] = (der[at + 3] as number) ^ 0x01;
      tampered = join(tempDir(), 'tampered.crl');
      writeFileSync(tampered, der);
    });

    it('Nextcloud profile: rejected with a clear error, exit 2', async () => {
      const { code, stderr } = await verifyJson(goodApp, [...trustArgs, '--crl', tampered]);
      assert.equal(code, 2);
      assert.match(stderr, /the CRL .*tampered\.crl is not valid: its signature does not verify/);
      assert.doesNotMatch(stderr, /\n\s+at /);
    });

    it('Nextcloud profile: rejected before any scope is checked (even an unsigned one)', async () => {
      const unsigned = writeTree(join(tempDir(), 'unsigned'), { 'appinfo/info.xml': '<info><id>unsigned</id></info>\n' });
      const { code } = await verifyJson(unsigned, [...trustArgs, '--crl', tampered]);
      assert.equal(code, 2);
    });

    it('ownCloud profile: "Certificate Revocation List is not valid."', async () => {
      const { code, scope } = await verifyJson(badOcApp, [...trustArgs, '--crl', tampered, '--profile', 'owncloud-app']);
      assert.equal(code, 1);
      assert.equal(scope.EXCEPTION?.message, 'Certificate Revocation List is not valid.');
    });
  });

  it('a CRL whose issuer is not trusted: exit 2, says which CA to trust', async () => {
    const { code, stderr } = await verifyJson(goodApp, [...trustArgs, '--crl', 'nextcloud']);
    assert.equal(code, 2);
    assert.match(stderr, /Nextcloud Code Signing Intermediate Authority", which is not in the trust store/);
  });

  for (const [what, content, pattern] of [
    ['garbage bytes', Buffer.from('definitely not a CRL'), /is not a certificate revocation list/],
    ['a certificate instead of a CRL', readFileSync(join(FIXTURES, 'ca', 'root.crt')), /holds a CERTIFICATE block, not a CRL/],
  ] as const) {
    it(`a CRL file with ${what}: exit 2, one clear line`, async () => {
      const file = join(tempDir(), 'bad.crl');
      writeFileSync(file, content);
      const { code, stderr } = await verifyJson(goodApp, [...trustArgs, '--crl', file]);
      assert.equal(code, 2);
      assert.match(stderr.split('\n')[0] ?? '', pattern);
    });
  }

  it('the bundled CRL stored parsed (no pkijs at run time) equals parsing its PEM now', () => {
    assert.deepEqual(parsedCrlFromJson(NEXTCLOUD_CRL_PARSED), parseCrl(NEXTCLOUD_CRL_PEM, 'the bundled Nextcloud CRL'));
    assert.deepEqual(parsedCrlToJson(parseCrl(NEXTCLOUD_CRL_PEM)), NEXTCLOUD_CRL_PARSED, 'run node --import tsx scripts/gen-presets.mjs');
  });

  it('--crl nextcloud with the nextcloud preset loads and checks the bundled CRL', async () => {
    const trust = await loadTrustStore(['nextcloud'], process.cwd(), ['nextcloud']);
    assert.equal(trust.crls?.[0]?.signatureValid, true);
    assert.equal(trust.crls?.[0]?.crl.revoked.length, 20);
  });
});
