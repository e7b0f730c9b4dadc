/**
 * `preflight`: check an app archive as the Nextcloud App Store and the installer will, before
 * uploading it; every failed check is listed.
 */
import { runPreflight } from '../../app/preflight-run.ts';
import { displayText } from '../../engine/display.ts';
import { UsageError } from '../../engine/errors.ts';
import { TOOL_NAME } from '../../version.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { preflightText } from '../preflight-text.ts';
import { oneArchive, parseCommand, readInputFile } from './args.ts';

const HELP = `Usage: ${TOOL_NAME} preflight ARCHIVE [--cert FILE] [--signature B64 | --signature-file FILE] [options]

Checks an app release archive as the Nextcloud App Store and the installer will:
- a .tar.gz with exactly one top folder, named like the <id> of appinfo/info.xml, and no
  name PHP's Archive_Tar (Nextcloud's installer) refuses;
- appinfo/info.xml well-formed, with every element the store requires (id, name, summary,
  description, version as a semantic version, licence, author, category, bugs,
  dependencies/nextcloud min-version), in the schema's order;
- the certificate's CN is the app id;
- appinfo/signature.json verifies against the trusted roots (--trust, --crl);
- the App Store signature (--signature, --signature-file, or ARCHIVE.sig when it exists)
  verifies against the certificate.
Every check is printed; all failures are listed. Exit codes: 0 passed, 1 failed, 2 error.

Options:
  --cert FILE            the app's PEM certificate (default: the one in appinfo/signature.json)
  --signature B64        the App Store signature (base64)
  --signature-file FILE  read it from FILE ("-" reads standard input)
  --trust T              trusted roots: nextcloud (default), owncloud or a PEM file; repeatable
  --crl C                revocation lists to enforce: nextcloud or a CRL file; repeatable
  -h, --help
`;

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      help: { type: 'boolean', short: 'h' },
      cert: { type: 'string' },
      signature: { type: 'string' },
      'signature-file': { type: 'string' },
      trust: { type: 'string', multiple: true },
      crl: { type: 'string', multiple: true },
    },
    HELP,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.signature !== undefined && values['signature-file'] !== undefined) {
    throw new UsageError('give --signature or --signature-file, not both', `See:\n${HELP}`);
  }
  const archive = oneArchive(positionals, HELP, io);
  const sigFile = values['signature-file'];
  const storeSignature =
    values.signature !== undefined
      ? { text: values.signature, source: 'given' }
      : sigFile !== undefined
        ? { text: readInputFile(sigFile, 'signature file', io.cwd, io.readStdin), source: sigFile === '-' ? 'standard input' : sigFile }
        : undefined;
  const report = await runPreflight({
    archive,
    cwd: io.cwd,
    trust: values.trust ?? [],
    crl: values.crl ?? [],
    certificatePem: values.cert === undefined ? undefined : readInputFile(values.cert, 'certificate', io.cwd, io.readStdin),
    storeSignature,
  });
  io.stdout(`Pre-flight of ${displayText(positionals[0] ?? '')}:\n${preflightText(report)}`);
  return report.passed ? 0 : 1;
}

export const command: Command = { help: HELP, run };
