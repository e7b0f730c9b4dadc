/** Argument helpers shared by the sub-commands (same rules as main.ts: strict, usage errors exit 2). */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { describeFsError, UsageError } from '../../engine/errors.ts';
import type { CliIO } from '../io.ts';

/** parseArgs, strict, with a usage error (and the command's help) for anything unknown. */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, help: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const unknown = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']+)'/.exec(err.message)?.[1] : undefined;
    if (unknown !== undefined) {
      const guess = closestOption(unknown, Object.keys(options));
      throw new UsageError(`unknown option ${unknown}${guess ? ` (did you mean --${guess}?)` : ''}`, `See:\n${help}`);
    }
    throw new UsageError(err.message.replace(/\.?$/, ''), `See:\n${help}`);
  }
}

/** The known option closest to a mistyped one (at most two edits, or a unique prefix), if any. */
export function closestOption(typed: string, known: string[]): string | undefined {
  const word = typed.replace(/^-+/, '').replace(/=.*$/, '');
  const prefixed = known.filter((k) => word.length >= 2 && k.startsWith(word));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(word, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.min(2, Math.floor(word.length / 2)) ? best : undefined;
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
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

/** The options of commands that take a tree (verify, sign, inspect). */
export const TARGET_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  profile: { type: 'string' },
  'app-id': { type: 'string' },
  'signature-path': { type: 'string' },
  output: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** The options of commands that verify trees and archives as verify does (verify, baseline). */
export const VERIFY_OPTIONS = {
  ...TARGET_OPTIONS,
  trust: { type: 'string', multiple: true },
  crl: { type: 'string', multiple: true },
  'all-apps': { type: 'boolean' },
  'require-signed': { type: 'boolean' },
  release: { type: 'boolean' },
  'core-only': { type: 'boolean' },
  allow: { type: 'string', multiple: true },
  baseline: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-size': { type: 'string' },
  'max-entries': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** The options of a tree check as parseCommand returns them (each command takes a subset). */
export interface CheckOptionValues {
  profile?: string | undefined;
  'app-id'?: string | undefined;
  'signature-path'?: string | undefined;
  trust?: string[] | undefined;
  crl?: string[] | undefined;
  allow?: string[] | undefined;
  baseline?: string | undefined;
  'max-size'?: string | undefined;
  'max-entries'?: string | undefined;
  'all-apps'?: boolean | undefined;
  'require-signed'?: boolean | undefined;
  release?: boolean | undefined;
  'core-only'?: boolean | undefined;
}

/** What verify, baseline, explain and repair hand their use case from the shared options (absent ones off), named as the use cases name them. */
export function checkRequest(values: CheckOptionValues, cwd: string) {
  return {
    cwd,
    profile: values.profile,
    appId: values['app-id'],
    signaturePath: values['signature-path'],
    trust: values.trust ?? [],
    crl: values.crl ?? [],
    allow: values.allow ?? [],
    baseline: values.baseline,
    maxSize: values['max-size'],
    maxEntries: values['max-entries'],
    allApps: values['all-apps'] === true,
    requireSigned: values['require-signed'] === true,
    release: values.release === true,
    coreOnly: values['core-only'] === true,
  };
}

/** The key's passphrase from the environment variable named by --passphrase-env (never from the command line). */
export function passphraseFrom(variable: string | undefined, io: CliIO): string | undefined {
  if (variable === undefined) return undefined;
  const passphrase = io.env[variable];
  if (passphrase === undefined) throw new UsageError(`the environment variable ${variable} (--passphrase-env) is not set`);
  return passphrase;
}

/** The one archive a command takes, resolved against the working folder. */
export function oneArchive(positionals: string[], help: string, io: CliIO): string {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no archive given' : 'give one archive', `See:\n${help}`);
  return resolveFrom(io.cwd, positionals[0] as string);
}
