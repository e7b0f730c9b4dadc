/** Argument helpers shared by the sub-commands (same rules as main.ts: strict, usage errors exit 2). */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeFsError, UsageError } from '../../engine/errors.ts';

/** parseArgs, strict, with a usage error (and the command's help) for anything unknown. */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, help: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\.?$/, ''), `See:\n${help}`);
  }
}

/** A path from the command line, relative to the CLI's working directory. */
export function resolveFrom(cwd: string, p: string): string {
  return isAbsolute(p) ? p : resolve(cwd, p);
}

/** A positive integer option (days, bits). */
export function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new UsageError(`--${name} must be a positive whole number (got "${value}")`);
  return Number(value);
}

/** An RSA key size option: 2048, 3072 or 4096. */
export function keyBits(value: string | undefined): number {
  const bits = positiveInt(value, 'bits', 4096);
  if (![2048, 3072, 4096].includes(bits))
    throw new UsageError(`--bits must be 2048, 3072 or 4096 (got ${bits})`, 'Use 4096, as the upstream docs do.');
  return bits;
}

/** Read a file named on the command line ("-" = standard input) with a one-line error. */
export function readInputFile(path: string, what: string, cwd: string, readStdin: () => string): string {
  if (path === '-') return readStdin();
  try {
    return readFileSync(resolveFrom(cwd, path), 'utf8');
  } catch (e) {
    throw new UsageError(`${what} ${path} ${describeFsError(e)}`);
  }
}
