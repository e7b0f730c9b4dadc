/**
 * Trust material: the roots a signer certificate must chain to. Loaded once by the caller
 * (CLI or Action) and passed into verification, never looked up inside a check.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CertificateParseError, parseCertificate, splitPemBlocks, type ParsedCertificate } from './certificate.ts';
import { bundledNextcloudCrl, loadCrls, type LoadedCrl } from './crl.ts';
import { NEXTCLOUD_ROOT_PEM, OWNCLOUD_ROOT_PEM } from './presets.ts';
import { optionRef, UsageError } from '../errors.ts';

export interface TrustStore {
  /** What the user asked for, e.g. ["nextcloud"] or ["./root.crt"]. */
  sources: string[];
  certificates: ParsedCertificate[];
  /** CRLs asked for with --crl, each checked against `certificates` (a revoked signer then fails). */
  crls?: LoadedCrl[];
  /**
   * CRLs consulted for a warning only (never a verdict): loadTrustStore puts the bundled
   * Nextcloud CRL here, checked against the Nextcloud preset.
   */
  advisoryCrls?: LoadedCrl[];
}

export const TRUST_PRESETS: Record<string, string> = {
  nextcloud: NEXTCLOUD_ROOT_PEM,
  owncloud: OWNCLOUD_ROOT_PEM,
};

/** Parse every certificate of a PEM bundle, upstream style (each block loaded on its own). */
export function certificatesFromPem(text: string, origin: string): ParsedCertificate[] {
  const blocks = splitPemBlocks(text);
  const out: ParsedCertificate[] = [];
  for (const block of blocks) {
    if (!/CERTIFICATE/.test(block.split('\n')[0] ?? '')) continue;
    try {
      out.push(parseCertificate(block));
    } catch (e) {
      if (e instanceof CertificateParseError) {
        throw new UsageError(
          `${origin}: a certificate in it cannot be read: ${e.message}`,
          'Pass a PEM file of CA certificates (-----BEGIN CERTIFICATE-----).',
        );
      }
      throw e;
    }
  }
  if (out.length === 0) {
    throw new UsageError(
      `${origin} holds no PEM certificate`,
      'Pass a PEM file of CA certificates (-----BEGIN CERTIFICATE-----), or one of the presets: nextcloud, owncloud.',
    );
  }
  return out;
}

/**
 * Resolve `--trust` values (preset names, PEM text, or file paths) into one store, with the
 * `--crl` values (`nextcloud` or files) checked against it.
 */
export async function loadTrustStore(specs: string[], cwd = process.cwd(), crlSpecs: string[] = []): Promise<TrustStore> {
  const list = specs.length > 0 ? specs : ['nextcloud'];
  const certificates: ParsedCertificate[] = [];
  for (const spec of list) {
    const preset = TRUST_PRESETS[spec];
    if (preset !== undefined) {
      certificates.push(...certificatesFromPem(preset, `the ${spec} trust preset`));
      continue;
    }
    if (spec.includes('-----BEGIN')) {
      certificates.push(...certificatesFromPem(spec, 'the trust PEM text'));
      continue;
    }
    let text: string;
    try {
      text = readFileSync(resolve(cwd, spec), 'utf8');
    } catch (e) {
      throw new UsageError(
        `cannot read trust file ${spec}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        `Use ${optionRef('trust', 'nextcloud')}, ${optionRef('trust', 'owncloud')}, or the path of a PEM file of root certificates.`,
      );
    }
    certificates.push(...certificatesFromPem(text, spec));
  }
  return { sources: list, certificates, crls: await loadCrls(crlSpecs, certificates, cwd), advisoryCrls: [bundledNextcloudCrl()] };
}
