/**
 * The command line: argv → engine → report → exit code (0 clean, 1 findings, 2 error).
 * Thin on purpose; every decision about integrity lives in src/engine/.
 */
import type { ParseArgsConfig } from 'node:util';
import { compileAllowList } from '../engine/allow.ts';
import { archiveLimits, isRegularFile, planVerificationWithArchives } from '../engine/archive/plan.ts';
import { UsageError } from '../engine/errors.ts';
import { failingCategories, parseFailOn, verifyPlan } from '../engine/plan.ts';
import { resolveTarget } from '../engine/profiles.ts';
import { takeHashPool } from '../engine/hash/pool.ts';
import { signTree, writeFileAtomic } from '../engine/sign.ts';
import { loadTrustStore } from '../engine/trust/store.ts';
import { isReportFormat, renderReport, REPORT_FORMATS } from '../report/index.ts';
import { parseCommand, readInputFile, resolveFrom } from './commands/args.ts';
import { progressLine } from './progress.ts';
import { TOOL_NAME, VERSION } from '../version.ts';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress line). */
  stderrIsTTY?: boolean;
  readStdin: () => string;
}

const MAIN_HELP = `${TOOL_NAME} ${VERSION} — sign and verify Nextcloud/ownCloud code signatures (signature.json)

Usage:
  ${TOOL_NAME} verify [DIR|ARCHIVE ...] [options]
                                         check a tree or a release archive against its signature.json
  ${TOOL_NAME} sign [DIR] --key FILE --cert FILE [options]
                                         write appinfo/signature.json or core/signature.json
  ${TOOL_NAME} inspect SIGNATURE.json|DIR|ARCHIVE
                                         who signed it, validity, revocation, chain (no hashing)
  ${TOOL_NAME} keygen --cn ID [--out DIR]  RSA-4096 key + CSR for an app id (like the upstream docs)
  ${TOOL_NAME} ca init|issue|revoke|crl     a private code-signing CA (forks, enterprises, tests)
  ${TOOL_NAME} appstore-sign ARCHIVE --key FILE
                                         the App Store's release signature (base64 RSA-SHA512)
  ${TOOL_NAME} appstore-verify ARCHIVE --signature B64 --cert FILE
                                         check an App Store release signature
  ${TOOL_NAME} help COMMAND                options of one command
  ${TOOL_NAME} --version

Exit codes: 0 clean, 1 integrity findings, 2 usage or I/O error.
`;

const VERIFY_HELP = `Usage: ${TOOL_NAME} verify [DIR|ARCHIVE ...] [options]

Checks each DIR (default: .) against its signature file, like occ integrity:check-app /
check-core, without PHP or a server. An ARCHIVE (.tar.gz, .tgz, .tar.bz2, .tar, .zip; told
apart by content) is read as a stream without extracting it: its one top folder is the app
(named like the app id) or the server (nextcloud/). What the archive holds is checked as
GNU tar, 7-Zip, Info-ZIP unzip and PHP's Archive_Tar / ZipArchive would extract it; where
they would write different things, that is a finding, or the archive is refused (exit 2).

A server ARCHIVE is checked whole: core, every app folder against its own signature (the
folder name is the app id), every app of core/shipped.json present, and every other file
covered by a signature or on the list of files upstream ships unsigned (listed with their
hashes); what is neither is an EXTRA_FILE of the "release" scope. See docs/archives.md.

Options:
  --profile P        auto (default), nextcloud-app, nextcloud-core, owncloud-app, owncloud-core, generic
  --app-id ID        the app id the certificate must be issued for (default: <id> in appinfo/info.xml)
  --signature-path P signature file relative to DIR (generic profile)
  --trust T          trusted roots: nextcloud (default), owncloud, or a PEM file; repeatable
  --crl C            revocation list: nextcloud (bundled) or a CRL file (PEM/DER); repeatable.
                     A revoked signer certificate fails the scope. Without --crl, the
                     bundled Nextcloud CRL is still consulted, as a warning only
  --all-apps         DIR is an installed server: check core and every app (apps/ and config.php's apps_paths),
                     with upstream's rules (config/, data/ and the like are not checked)
  --require-signed   with --all-apps: an app without a signature fails instead of being listed as not signed
  --release          DIR is an extracted server release, not installed yet: check it whole, as a server
                     archive is checked (core, every app, shipped apps present, every other file accounted for)
  --core-only        a server ARCHIVE: check core alone against core/signature.json, not the whole release
  --allow GLOB       an extra file the host adds on purpose (e.g. .user.ini, '.well-known/**'); repeatable;
                     reported as allowed, never failing (@actions/glob syntax, relative to each scope's root)
  --format F         text (default), json, sarif, markdown, nextcloud (occ's plain output),
                     nextcloud-json (occ --output=json, byte for byte), nextcloud-json-pretty,
                     nextcloud-admin (the admin page's "Technical information" report)
  --output FILE      write the report to FILE instead of stdout
  --fail-on LIST     categories that make the exit code 1
                     (default INVALID_HASH,MISSING_FILE,EXTRA_FILE,EXCEPTION)
  -q, --quiet        no progress line on stderr
  --max-size N       archives: stop above N uncompressed bytes (default 8G; units K, M, G, T = powers of 1024)
  --max-entries N    archives: stop above N entries (default 1000000)
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

async function runVerify(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      ...COMMON_OPTIONS,
      trust: { type: 'string', multiple: true },
      crl: { type: 'string', multiple: true },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      'all-apps': { type: 'boolean' },
      'require-signed': { type: 'boolean' },
      allow: { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
      'max-size': { type: 'string' },
      'max-entries': { type: 'string' },
      release: { type: 'boolean' },
      'core-only': { type: 'boolean' },
    },
    VERIFY_HELP,
  );
  if (values.help) {
    io.stdout(VERIFY_HELP);
    return 0;
  }
  // Started first: the workers' start-up overlaps reading the trust store and the signature.
  // Archives are hashed while they are read, so a run of archives only needs no workers.
  const pool = positionals.length > 0 && positionals.every((p) => isRegularFile(resolveFrom(io.cwd, p))) ? null : takeHashPool();
  try {
    const format = values.format ?? 'text';
    if (!isReportFormat(format)) {
      throw new UsageError(`unknown format "${values.format}"`, `Use one of: ${REPORT_FORMATS.join(', ')}.`);
    }
    const failOn = parseFailOn(values['fail-on']);
    const trust = await loadTrustStore(values.trust ?? [], io.cwd, values.crl ?? []);
    const allow = values.allow && values.allow.length > 0 ? compileAllowList(values.allow) : undefined;
    const plan = await planVerificationWithArchives({
      ...archiveLimits(values['max-size'], values['max-entries']),
      paths: positionals,
      cwd: io.cwd,
      trust,
      profile: values.profile,
      appId: values['app-id'],
      signaturePath: values['signature-path'],
      allApps: values['all-apps'] === true,
      requireSigned: values['require-signed'] === true,
      release: values.release === true,
      coreOnly: values['core-only'] === true,
    });
    const progress = io.stderrIsTTY && !values.quiet ? progressLine(io.stderr) : undefined;
    let result;
    try {
      result = await verifyPlan(plan, {
        allow,
        onProgress: progress ? (p) => progress.update(p) : undefined,
        hash: pool ? { pool } : undefined,
      });
    } finally {
      progress?.done();
    }
    const report = renderReport(result, format, { color: io.isTTY && values.output === undefined && io.env.NO_COLOR === undefined });
    if (values.output !== undefined) writeFileAtomic(resolveFrom(io.cwd, values.output), report);
    else io.stdout(report);
    return failingCategories(result, failOn).length > 0 ? 1 : 0;
  } finally {
    await pool?.close();
  }
}

async function runSign(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
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
  const pool = takeHashPool();
  try {
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
    const target = resolveTarget(resolveFrom(io.cwd, positionals[0] ?? '.'), {
      profile: values.profile,
      appId: values['app-id'],
      signaturePath: values['signature-path'],
    });
    const outcome = await signTree({
      target,
      privateKeyPem: readInputFile(values.key, 'private key', io.cwd, io.readStdin),
      passphrase,
      certificatePem: readInputFile(values.cert, 'certificate', io.cwd, io.readStdin),
      output: values.output === undefined ? undefined : resolveFrom(io.cwd, values.output),
      dryRun: values['dry-run'] === true,
      hash: { pool },
    });
    io.stdout(
      outcome.written
        ? `Signed ${target.scope} (${target.profile.name}): ${outcome.filesSigned} files, wrote ${outcome.signaturePath}\n`
        : `Dry run: would sign ${target.scope} (${target.profile.name}): ${outcome.filesSigned} files into ${outcome.signaturePath}; nothing written\n`,
    );
    return 0;
  } finally {
    await pool.close();
  }
}

/** Help of one command; the rarely used commands are loaded only when asked for (fast start). */
async function helpFor(topic: string | undefined): Promise<string | undefined> {
  switch (topic) {
    case 'verify':
      return VERIFY_HELP;
    case 'sign':
      return SIGN_HELP;
    case 'inspect':
      return (await import('./commands/inspect.ts')).INSPECT_HELP;
    case 'keygen':
      return (await import('./commands/keygen.ts')).KEYGEN_HELP;
    case 'ca':
      return (await import('./commands/ca.ts')).CA_HELP;
    case 'appstore-sign':
      return (await import('./commands/appstore.ts')).APPSTORE_SIGN_HELP;
    case 'appstore-verify':
      return (await import('./commands/appstore.ts')).APPSTORE_VERIFY_HELP;
    default:
      return undefined;
  }
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
      case 'inspect':
        return await (await import('./commands/inspect.ts')).runInspect(rest, io);
      case 'keygen':
        return await (await import('./commands/keygen.ts')).runKeygen(rest, io);
      case 'ca':
        return await (await import('./commands/ca.ts')).runCa(rest, io);
      case 'appstore-sign':
        return await (await import('./commands/appstore.ts')).runAppstoreSign(rest, io);
      case 'appstore-verify':
        return await (await import('./commands/appstore.ts')).runAppstoreVerify(rest, io);
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
        io.stdout((await helpFor(rest[0])) ?? MAIN_HELP);
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
