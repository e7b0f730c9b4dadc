/**
 * The command line: argv → engine → report → exit code (0 clean, 1 findings, 2 error).
 * Thin on purpose; every decision about integrity lives in src/engine/.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../engine/errors.ts';
import { resolveTarget } from '../engine/profiles.ts';
import { buildResult, CATEGORIES, categoryCount, type Category, type Result } from '../engine/result.ts';
import { signTree, writeFileAtomic } from '../engine/sign.ts';
import { loadTrustStore } from '../engine/trust/store.ts';
import { verifyTarget } from '../engine/verify.ts';
import { renderJson } from '../report/json.ts';
import { renderNextcloud } from '../report/nextcloud.ts';
import { renderText } from '../report/text.ts';
import { TOOL_NAME, VERSION } from '../version.ts';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stdout is a terminal (colours, progress). */
  isTTY: boolean;
  readStdin: () => string;
}

const FORMATS = ['text', 'json', 'nextcloud', 'nextcloud-json', 'nextcloud-json-pretty'] as const;
type Format = (typeof FORMATS)[number];

const MAIN_HELP = `${TOOL_NAME} ${VERSION} — sign and verify Nextcloud/ownCloud code signatures (signature.json)

Usage:
  ${TOOL_NAME} verify [DIR ...] [options]   check a tree against its signature.json
  ${TOOL_NAME} sign [DIR] --key FILE --cert FILE [options]
                                         write appinfo/signature.json or core/signature.json
  ${TOOL_NAME} help COMMAND                options of one command
  ${TOOL_NAME} --version

Exit codes: 0 clean, 1 integrity findings, 2 usage or I/O error.
`;

const VERIFY_HELP = `Usage: ${TOOL_NAME} verify [DIR ...] [options]

Checks each DIR (default: .) against its signature file, like occ integrity:check-app /
check-core, without PHP or a server.

Options:
  --profile P        auto (default), nextcloud-app, nextcloud-core, owncloud-app, owncloud-core, generic
  --app-id ID        the app id the certificate must be issued for (default: <id> in appinfo/info.xml)
  --signature-path P signature file relative to DIR (generic profile)
  --trust T          trusted roots: nextcloud (default), owncloud, or a PEM file; repeatable
  --format F         text (default), json, nextcloud (occ's plain output),
                     nextcloud-json (occ --output=json, byte for byte), nextcloud-json-pretty
  --output FILE      write the report to FILE instead of stdout
  --fail-on LIST     categories that make the exit code 1
                     (default INVALID_HASH,MISSING_FILE,EXTRA_FILE,EXCEPTION)
  -h, --help
`;

const SIGN_HELP = `Usage: ${TOOL_NAME} sign [DIR] --key FILE|- --cert FILE [options]

Writes DIR/appinfo/signature.json (app) or DIR/core/signature.json (server), byte-identical
to occ integrity:sign-app / integrity:sign-core. The key must belong to the certificate and
the certificate's CN must be the app id (or core).

Options:
  --key FILE|-          PEM private key (PKCS#1 or PKCS#8; "-" reads it from standard input)
  --cert FILE           PEM certificate issued for the app id (or core)
  --passphrase-env VAR  name of the environment variable holding the key's passphrase
  --profile P           auto (default), nextcloud-app, nextcloud-core, owncloud-app, owncloud-core, generic
  --app-id ID           app id (default: <id> in appinfo/info.xml)
  --signature-path P    signature file relative to DIR (generic profile)
  --output FILE         write the signature somewhere else
  --dry-run             compute and print the summary, write nothing
  -h, --help
`;

const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  profile: { type: 'string' },
  'app-id': { type: 'string' },
  'signature-path': { type: 'string' },
  output: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, help: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\.?$/, ''), `See:\n${help}`);
  }
}

function readInputFile(path: string, what: string, io: CliIO): string {
  if (path === '-') return io.readStdin();
  try {
    return readFileSync(resolvePath(io.cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EACCES'
          ? 'is not readable (permission denied)'
          : code === 'EISDIR'
            ? 'is a folder'
            : `cannot be read (${code ?? (e as Error).message})`;
    throw new UsageError(`${what} ${path} ${why}`);
  }
}

function resolvePath(cwd: string, p: string): string {
  return p.startsWith('/') ? p : `${cwd}/${p}`;
}

function parseFailOn(value: string | undefined): Set<Category> {
  if (value === undefined || value.trim() === '') return new Set(CATEGORIES);
  const out = new Set<Category>();
  for (const raw of value.split(/[,\s]+/).filter(Boolean)) {
    const name = raw.toUpperCase() === 'FILE_MISSING' ? 'MISSING_FILE' : raw.toUpperCase();
    if (!(CATEGORIES as readonly string[]).includes(name)) {
      throw new UsageError(`unknown category "${raw}" in --fail-on`, `Use a comma-separated list of ${CATEGORIES.join(', ')}.`);
    }
    out.add(name as Category);
  }
  return out;
}

/** Exit code of a verification: 1 when any scope has a finding in a failing category. */
export function exitCodeFor(result: Result, failOn: Set<Category>): number {
  for (const scope of result.scopes) for (const c of failOn) if (categoryCount(scope, c) > 0) return 1;
  return 0;
}

async function runVerify(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      ...COMMON_OPTIONS,
      trust: { type: 'string', multiple: true },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
    },
    VERIFY_HELP,
  );
  if (values.help) {
    io.stdout(VERIFY_HELP);
    return 0;
  }
  const format = (values.format ?? 'text') as Format;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${values.format}"`, `Use one of: ${FORMATS.join(', ')}.`);
  }
  const failOn = parseFailOn(values['fail-on']);
  const trust = loadTrustStore(values.trust ?? [], io.cwd);
  const dirs = positionals.length > 0 ? positionals : ['.'];
  const targets = dirs.map((d) =>
    resolveTarget(resolvePath(io.cwd, d), { profile: values.profile, appId: values['app-id'], signaturePath: values['signature-path'] }),
  );
  const scopes = [];
  for (const target of targets) scopes.push(await verifyTarget({ target, trust }));
  const result = buildResult(scopes, { name: TOOL_NAME, version: VERSION });
  const report = render(result, format, io.isTTY && values.output === undefined && io.env.NO_COLOR === undefined);
  if (values.output !== undefined) writeFileAtomic(resolvePath(io.cwd, values.output), report);
  else io.stdout(report);
  return exitCodeFor(result, failOn);
}

function render(result: Result, format: Format, color: boolean): string {
  switch (format) {
    case 'json':
      return renderJson(result);
    case 'nextcloud':
      return renderNextcloud(result, 'plain');
    case 'nextcloud-json':
      return renderNextcloud(result, 'json');
    case 'nextcloud-json-pretty':
      return renderNextcloud(result, 'json_pretty');
    default:
      return renderText(result, { color });
  }
}

async function runSign(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      ...COMMON_OPTIONS,
      key: { type: 'string' },
      cert: { type: 'string' },
      'passphrase-env': { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
    SIGN_HELP,
  );
  if (values.help) {
    io.stdout(SIGN_HELP);
    return 0;
  }
  if (!values.key || !values.cert) {
    throw new UsageError('sign needs --key and --cert', `See:\n${SIGN_HELP}`);
  }
  if (positionals.length > 1) throw new UsageError('sign takes one folder', 'Run sign once per app or server tree.');
  let passphrase: string | undefined;
  const passVar = values['passphrase-env'];
  if (passVar !== undefined) {
    passphrase = io.env[passVar];
    if (passphrase === undefined) throw new UsageError(`the environment variable ${passVar} (--passphrase-env) is not set`);
  }
  const target = resolveTarget(resolvePath(io.cwd, positionals[0] ?? '.'), {
    profile: values.profile,
    appId: values['app-id'],
    signaturePath: values['signature-path'],
  });
  const outcome = await signTree({
    target,
    privateKeyPem: readInputFile(values.key, 'private key', io),
    passphrase,
    certificatePem: readInputFile(values.cert, 'certificate', io),
    output: values.output === undefined ? undefined : resolvePath(io.cwd, values.output),
    dryRun: values['dry-run'] === true,
  });
  io.stdout(
    outcome.written
      ? `Signed ${target.scope} (${target.profile.name}): ${outcome.filesSigned} files, wrote ${outcome.signaturePath}\n`
      : `Dry run: would sign ${target.scope} (${target.profile.name}): ${outcome.filesSigned} files into ${outcome.signaturePath}; nothing written\n`,
  );
  return 0;
}

/** Run the CLI; returns the exit code. Never throws for a user mistake. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'verify':
        return await runVerify(rest, io);
      case 'sign':
        return await runSign(rest, io);
      case '--version':
      case '-V':
        io.stdout(`${VERSION}\n`);
        return 0;
      case undefined:
      case '-h':
      case '--help':
        io.stdout(MAIN_HELP);
        return 0;
      case 'help': {
        const topic = rest[0];
        io.stdout(topic === 'verify' ? VERIFY_HELP : topic === 'sign' ? SIGN_HELP : MAIN_HELP);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`, `See:\n${MAIN_HELP}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${TOOL_NAME}: error: ${e.message}\n${e.hint ? `${e.hint.endsWith('\n') ? e.hint : e.hint + '\n'}` : ''}`);
      return 2;
    }
    io.stderr(
      `${TOOL_NAME}: internal error: ${(e as Error).stack ?? String(e)}\nThis is a bug; please report it with the command you ran.\n`,
    );
    return 2;
  }
}
