/** Where the Action's relative paths point (the workspace), and the certificate input, which may be PEM text or a path there. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../engine/errors.ts';

export function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** The certificate input is PEM text or a path to a PEM file in the workspace. */
export function certificateText(input: string): string {
  if (input.includes('-----BEGIN')) return input;
  const path = resolve(workspace(), input);
  if (!existsSync(path)) {
    throw new UsageError(
      `input certificate is neither PEM text nor an existing file (${input})`,
      'Pass the certificate PEM (e.g. from a secret or variable) or its path relative to the workspace.',
    );
  }
  return readFileSync(path, 'utf8');
}
