/**
 * `baseline`: print a baseline (YAML) accepting today's findings, each pinned to the file's
 * current SHA-512, for review and commit; an existing baseline keeps its presets and the
 * entries still used. See docs/baseline.md.
 */
import { runBaseline } from '../../app/baseline-run.ts';
import { writeReportFile } from '../../engine/atomic-file.ts';
import { CLI_WORDING, wordOptions } from '../../engine/errors.ts';
import { presetHelp } from '../../engine/baseline/presets.ts';
import { PROFILE_NAMES } from '../../engine/profiles/index.ts';
import { TOOL_NAME } from '../../version.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { progressLine } from '../progress.ts';
import { checkRequest, parseCommand, resolveFrom, VERIFY_OPTIONS } from './args.ts';

const HELP = `Usage: ${TOOL_NAME} baseline [DIR|ARCHIVE ...] [options]

Checks each DIR as verify does, then prints (on stdout) a baseline accepting every finding of
today: one entry per file, pinned to its current SHA-512 (a missing file has no pin), with the
reason "found on DATE, not reviewed yet". Review it: write the real reason of each entry, or
remove the entry and restore the file. Then keep it outside the checked tree (in the repository
of your deployment) and pass it with verify --baseline FILE, or commit it as .code-integrity.yml
at the root of the folder (trusted as much as whoever can write that folder).

With an existing baseline (--baseline FILE, or the .code-integrity.yml files verify would read),
its presets and the entries that still accept something are kept, and the new findings added.
A scope whose signature cannot be checked (EXCEPTION), or a file that could not be hashed,
cannot be accepted: it is named on stderr and the exit code is 1. See docs/baseline.md.

Presets (presets: [...] in a baseline):
${presetHelp('  ')}

Options:
  --profile P        auto (default), ${PROFILE_NAMES.join(', ')}
  --app-id ID        the app id the certificate must be issued for (default: <id> in appinfo/info.xml)
  --signature-path P signature file relative to DIR (generic profile)
  --trust T          trusted roots: nextcloud (default), owncloud, or a PEM file; repeatable
  --crl C            revocation list: nextcloud (bundled) or a CRL file (PEM/DER); repeatable
  --all-apps         DIR is an installed server: core and every app
  --require-signed   with --all-apps: an app without a signature is a finding
  --release          DIR is an extracted server release: check it whole
  --core-only        a server ARCHIVE: check core alone
  --baseline FILE    the existing baseline to update (default: .code-integrity.yml at each folder's root;
                     none: start from nothing)
  --allow GLOB       extra files accepted as with verify; written as pinned entries
  --output FILE      write the baseline to FILE instead of stdout
  -q, --quiet        no progress line on stderr
  --max-size N       archives: stop above N uncompressed bytes (default 8G)
  --max-entries N    archives: stop above N entries (default 1000000)
  -h, --help

Exit codes: 0 the baseline accepts every finding, 1 some finding cannot be accepted, 2 usage error.
`;

async function runBaselineCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      ...VERIFY_OPTIONS,
    },
    HELP,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const progress = io.stderrIsTTY && !values.quiet ? progressLine(io.stderr) : undefined;
  const outcome = await runBaseline({
    ...checkRequest(values, io.cwd),
    paths: positionals,
    onProgress: progress ? (p) => progress.update(p) : undefined,
  }).finally(() => progress?.done());
  const yaml = wordOptions(outcome.yaml, CLI_WORDING);
  if (values.output !== undefined) writeReportFile(resolveFrom(io.cwd, values.output), yaml);
  else io.stdout(yaml);
  io.stderr(`${outcome.kept} entr${outcome.kept === 1 ? 'y' : 'ies'} kept, ${outcome.added} added.\n`);
  for (const line of outcome.refused) io.stderr(`not accepted: ${wordOptions(line, CLI_WORDING)}\n`);
  return outcome.refused.length > 0 ? 1 : 0;
}

export const command: Command = { help: HELP, run: runBaselineCommand };
