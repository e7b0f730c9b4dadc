/**
 * `verify`: check folders and release archives against their signatures, like occ
 * integrity:check-app / check-core, and print a report; the exit code is the verdict.
 */
import { runVerification } from '../../app/verify-run.ts';
import { writeReportFile } from '../../engine/atomic-file.ts';
import { UsageError } from '../../engine/errors.ts';
import { isReportFormat, renderReport, REPORT_FORMATS, reportFormatHelp } from '../../report/index.ts';
import { TOOL_NAME } from '../../version.ts';
import { PROFILE_NAMES } from '../../engine/profiles/index.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { progressLine } from '../progress.ts';
import { checkRequest, parseCommand, resolveFrom, VERIFY_OPTIONS } from './args.ts';

const HELP = `Usage: ${TOOL_NAME} verify [DIR|ARCHIVE ...] [options]

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
  --profile P        auto (default), ${PROFILE_NAMES.join(', ')}
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
  --baseline FILE    reviewed findings that do not fail the run, each with its reason, optionally pinned to
                     the file's SHA-512 (YAML; see docs/baseline.md); applies to every scope. Without it,
                     .code-integrity.yml at the root of each folder checked on disk is read (never from an
                     archive); --baseline none reads no baseline at all
  --allow GLOB       an extra file the host adds on purpose (e.g. .user.ini, '.well-known/**'); repeatable;
                     a shorthand for a baseline entry accepting it as EXTRA_FILE (@actions/glob syntax,
                     relative to each scope's root)
  --format F         the report's format (default text):
${reportFormatHelp('                       ')}
  --output FILE      write the report to FILE instead of stdout
  --fail-on LIST     categories that make the exit code 1
                     (default INVALID_HASH,MISSING_FILE,EXTRA_FILE,EXCEPTION)
  -q, --quiet        no progress line on stderr (shown only when stderr is a terminal)
  --max-size N       archives: stop above N uncompressed bytes (default 8G; units K, M, G, T = powers of 1024)
  --max-entries N    archives: stop above N entries (default 1000000)
  -h, --help
`;

async function runVerify(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      ...VERIFY_OPTIONS,
      format: { type: 'string' },
      'fail-on': { type: 'string' },
    },
    HELP,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!isReportFormat(format)) throw new UsageError(`unknown format "${format}"`, `Use one of: ${REPORT_FORMATS.join(', ')}.`);
  const progress = io.stderrIsTTY && !values.quiet ? progressLine(io.stderr) : undefined;
  const result = await runVerification({
    ...checkRequest(values, io.cwd),
    paths: positionals,
    failOn: values['fail-on'],
    onProgress: progress ? (p) => progress.update(p) : undefined,
  }).finally(() => progress?.done());
  const report = renderReport(result, format, { color: io.isTTY && values.output === undefined && io.env.NO_COLOR === undefined });
  if (values.output !== undefined) writeReportFile(resolveFrom(io.cwd, values.output), report);
  else io.stdout(report);
  return result.verdict === 'failed' ? 1 : 0;
}

export const command: Command = { help: HELP, run: runVerify };
