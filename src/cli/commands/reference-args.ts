/** The options explain and repair share: where the reference release is, how to trust it and fetch it. */
import { readFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { describeFsError, UsageError } from '../../engine/errors.ts';
import type { DownloadOptions } from '../../engine/reference/download.ts';
import type { CliIO } from '../io.ts';
import { resolveFrom } from './args.ts';

export const REFERENCE_OPTIONS = {
  reference: { type: 'string' },
  trust: { type: 'string', multiple: true },
  crl: { type: 'string', multiple: true },
  'download-ca': { type: 'string' },
  'max-size': { type: 'string' },
  'max-entries': { type: 'string' },
  baseline: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const REFERENCE_HELP = `  --trust T          trusted roots for the tree and the reference: nextcloud (default), owncloud,
                     or a PEM file; repeatable
  --crl C            revocation list: nextcloud (bundled) or a CRL file; repeatable
  --download-ca FILE an https:// reference: also trust this PEM CA for the download (a mirror
                     with a private CA); NODE_EXTRA_CA_CERTS works too
  --max-size N       the reference archive (and its download): at most N bytes (default 8G)
  --max-entries N    the reference archive: at most N entries (default 1000000)
  --baseline FILE    findings of DIR a baseline accepts are left alone (default: .code-integrity.yml at
                     each scope's root, if present; none: no baseline; see docs/baseline.md)`;

/** The download settings from --download-ca. */
export function downloadOptions(values: { 'download-ca'?: string | undefined }, io: CliIO): DownloadOptions {
  const path = values['download-ca'];
  if (path === undefined) return {};
  try {
    return { ca: readFileSync(resolveFrom(io.cwd, path)) };
  } catch (e) {
    throw new UsageError(`cannot read --download-ca ${path}: ${describeFsError(e)}`);
  }
}
