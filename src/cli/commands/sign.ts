/**
 * `sign`: write appinfo/signature.json or core/signature.json, byte-identical to occ
 * integrity:sign-app / integrity:sign-core, after checking the key, the certificate and the tree.
 */
import { displayText } from '../../engine/display.ts';
import { UsageError } from '../../engine/errors.ts';
import { runSigning } from '../../app/sign-run.ts';
import { linkedFoldersNote } from '../../engine/walk.ts';
import { TOOL_NAME } from '../../version.ts';
import { PROFILE_NAMES } from '../../engine/profiles/index.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { progressLine } from '../progress.ts';
import { parseCommand, passphraseFrom, readInputFile, resolveFrom, TARGET_OPTIONS } from './args.ts';

const HELP = `Usage: ${TOOL_NAME} sign [DIR] --key FILE|- --cert FILE [options]

Writes DIR/appinfo/signature.json (app) or DIR/core/signature.json (server), byte-identical
to occ integrity:sign-app / integrity:sign-core. The key must belong to the certificate and
the certificate's CN must be the app id (or core).

Options:
  --key FILE|-          PEM private key (PKCS#1 or PKCS#8; "-" reads it from standard input)
  --cert FILE           PEM certificate issued for the app id (or core)
  --passphrase-env VAR  name of the environment variable holding the key's passphrase
  --profile P           auto (default), ${PROFILE_NAMES.join(', ')}
  --app-id ID           app id (default: <id> in appinfo/info.xml)
  --signature-path P    signature file relative to DIR (generic profile)
  --output FILE         write the signature somewhere else
  --dry-run             compute and print the summary, write nothing
  -q, --quiet           no progress line on stderr (shown only when stderr is a terminal)
  -h, --help
`;

async function runSign(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      ...TARGET_OPTIONS,
      key: { type: 'string' },
      cert: { type: 'string' },
      'passphrase-env': { type: 'string' },
      'dry-run': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    },
    HELP,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values.key || !values.cert) throw new UsageError('sign needs --key and --cert', `See:\n${HELP}`);
  if (positionals.length > 1) throw new UsageError('sign takes one folder', 'Run sign once per app or server tree.');
  const progress = io.stderrIsTTY && !values.quiet ? progressLine(io.stderr) : undefined;
  const { target, outcome } = await runSigning({
    path: resolveFrom(io.cwd, positionals[0] ?? '.'),
    profile: values.profile,
    appId: values['app-id'],
    signaturePath: values['signature-path'],
    privateKeyPem: readInputFile(values.key, 'private key', io.cwd, io.readStdin),
    passphrase: passphraseFrom(values['passphrase-env'], io),
    certificatePem: readInputFile(values.cert, 'certificate', io.cwd, io.readStdin),
    output: values.output === undefined ? undefined : resolveFrom(io.cwd, values.output),
    dryRun: values['dry-run'] === true,
    onProgress: progress ? (scope, p) => progress.update({ scope, expectedFiles: 0, ...p }) : undefined,
  }).finally(() => progress?.done());
  const what = `${displayText(target.scope)} (${target.profile.name}): ${outcome.filesSigned} files`;
  const where = displayText(outcome.signaturePath);
  io.stdout(outcome.written ? `Signed ${what}, wrote ${where}\n` : `Dry run: would sign ${what} into ${where}; nothing written\n`);
  if (outcome.linkedFolders.length > 0) io.stdout(`Note: ${displayText(linkedFoldersNote(outcome.linkedFolders, 'signed'))}\n`);
  return 0;
}

export const command: Command = { help: HELP, run: runSign };
