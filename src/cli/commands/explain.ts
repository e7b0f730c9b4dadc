/**
 * `explain`: verify a tree, then say for each finding what it is compared with a verified
 * reference release (a diff, "present in the release", "not in this release", "moved").
 */
import { runExplain } from '../../app/explain-run.ts';
import { writeReportFile } from '../../engine/atomic-file.ts';
import { UsageError } from '../../engine/errors.ts';
import { PROFILE_NAMES } from '../../engine/profiles/index.ts';
import { EXPLAIN_FORMATS, isExplainFormat, renderExplanation } from '../../report/explain-formats.ts';
import { TOOL_NAME } from '../../version.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { checkRequest, parseCommand, resolveFrom, TARGET_OPTIONS } from './args.ts';
import { downloadOptions, REFERENCE_OPTIONS, REFERENCE_HELP } from './reference-args.ts';

const HELP = `Usage: ${TOOL_NAME} explain DIR --reference RELEASE [options]

Verifies DIR (an app or server folder), then explains each finding against RELEASE, the
release DIR should be: a release folder, a release archive (.tar.gz, .tar.bz2, .zip; read as
a stream, never extracted) or an https:// URL of one. The reference is verified first with
the same trust options and refused (exit 2) unless it verifies clean.

  INVALID_HASH  a unified diff (release → tree) for text files; sizes and hashes otherwise
  MISSING_FILE  present in the release (size, hash); where its content went, if it moved
  EXTRA_FILE    not in this release; "same content as X" when a release file holds it
  .htaccess / .user.ini: the directives added, removed or changed
  core/js/mimetypelist.js: the mimetype aliases that differ from the shipped ones
The versions of DIR and of the release are shown; differences may come from an upgrade.

Options:
${REFERENCE_HELP}
  --profile P        auto (default), ${PROFILE_NAMES.join(', ')}
  --app-id ID        the app id the certificate must be issued for
  --all-apps         DIR is an installed server: explain core and every app
  --format F         ${EXPLAIN_FORMATS.join(', ')} (default text)
  --output FILE      write the explanation to FILE instead of stdout
  -h, --help

Exit codes: 0 nothing to explain (DIR is clean), 1 findings explained, 2 usage, I/O or
reference error.
`;

async function runExplainCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { ...TARGET_OPTIONS, ...REFERENCE_OPTIONS, format: { type: 'string' }, 'all-apps': { type: 'boolean' } },
    HELP,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!isExplainFormat(format)) throw new UsageError(`unknown format "${format}"`, `Use one of: ${EXPLAIN_FORMATS.join(', ')}.`);
  if (values.reference === undefined) throw new UsageError('explain needs --reference RELEASE', `See:\n${HELP}`);
  if (positionals.length > 1) throw new UsageError('explain takes one folder', `See:\n${HELP}`);
  const { result, explanation } = await runExplain({
    ...checkRequest(values, io.cwd),
    path: positionals[0] ?? '.',
    reference: values.reference,
    download: downloadOptions(values, io),
  });
  const out = renderExplanation(explanation, format);
  if (values.output !== undefined) writeReportFile(resolveFrom(io.cwd, values.output), out);
  else io.stdout(out);
  return explanation.clean && result.verdict !== 'failed' ? 0 : 1;
}

export const command: Command = { help: HELP, run: runExplainCommand };
