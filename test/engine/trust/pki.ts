/**
 * A small PKI for the trust tests, made with our own CA tooling (2048-bit keys: the size
 * does not matter here and 4096-bit generation would slow the suite down).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initCa, issueCertificate, type CaDir } from '../../../src/engine/trust/ca.ts';
import { generateRsaKeyPair, privateKeyPem } from '../../../src/engine/trust/keys.ts';
import { runCli, tempDir, writeTree } from '../../helpers.ts';

export const BITS = 2048;

export function makeCa(name: string, parent?: CaDir): CaDir {
  const dir = tempDir('ca-');
  return initCa({ out: dir, name, bits: BITS, ...(parent ? { parent } : {}) });
}

export interface Signer {
  key: string;
  cert: string;
  serial: string;
}

/** Issue a code-signing certificate (with a fresh key) and write both to a temp folder. */
export function makeSigner(ca: CaDir, cn: string, options: { notBefore?: Date; days?: number } = {}): Signer {
  const dir = tempDir('signer-');
  const keys = generateRsaKeyPair(BITS);
  const issued = issueCertificate(ca, { cn, publicKey: keys.publicKey, ...options });
  const key = join(dir, `${cn}.key`);
  const cert = join(dir, `${cn}.crt`);
  writeFileSync(key, privateKeyPem(keys.privateKey), { mode: 0o600 });
  writeFileSync(cert, issued.pem);
  return { key, cert, serial: issued.cert.info.serial };
}

/** A small app tree signed by `signer` (with `code-integrity sign`). */
export async function signedApp(appId: string, signer: Signer, options: { owncloud?: boolean } = {}): Promise<string> {
  const dir = join(tempDir('app-'), appId);
  mkdirSync(dir);
  const platform = options.owncloud ? '<owncloud min-version="10" max-version="10"/>' : '<nextcloud min-version="28" max-version="31"/>';
  writeTree(dir, {
    'appinfo/info.xml': `<?xml version="1.0"?>\n<info><id>${appId}</id><dependencies>${platform}</dependencies></info>\n`,
    'lib/App.php': '<?php\n',
    'js/app.js': 'console.log(1);\n',
  });
  const run = await runCli(['sign', dir, '--key', signer.key, '--cert', signer.cert]);
  if (run.code !== 0) throw new Error(`sign failed: ${run.stderr}`);
  return dir;
}

export interface ScopeJson {
  EXCEPTION: { class: string; message: string; hint?: string } | null;
  certificate?: {
    subject: string;
    issuer: string;
    serial: string;
    trusted: boolean;
    expired: boolean;
    revoked: boolean;
    chain?: string[];
    warnings: string[];
    revocation?: { status: string; enforced: boolean; crl: string; date?: string; reason?: string };
  };
}

/** verify --format json; returns the exit code, the first scope, and stderr. */
export async function verifyJson(dir: string, args: string[]): Promise<{ code: number; scope: ScopeJson; stderr: string }> {
  const run = await runCli(['verify', dir, '--format', 'json', ...args]);
  if (run.code === 2) return { code: 2, scope: { EXCEPTION: null }, stderr: run.stderr };
  return { code: run.code, scope: JSON.parse(run.stdout).scopes[0] as ScopeJson, stderr: run.stderr };
}

export const NC_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\InvalidSignatureException';
