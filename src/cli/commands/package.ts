/**
 * `package`: the App Store release of a built app folder in one step: a reproducible
 * `<id>-<version>.tar.gz` (signed inside, App Store signature beside it), checked by the store
 * pre-flight before it is put in place.
 */
import { tmpdir } from 'node:os';
import { runPackaging, type PackageRun } from '../../app/package-run.ts';
import { displayText } from '../../engine/display.ts';
import { UsageError } from '../../engine/errors.ts';
import { TOOL_NAME } from '../../version.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { preflightText } from '../preflight-text.ts';
import { parseCommand, passphraseFrom, readInputFile, resolveFrom } from './args.ts';

const HELP = `Usage: ${TOOL_NAME} package [DIR] [--key FILE|- --cert FILE] [options]

Packs the built app in DIR (default: .) as <id>-<version>.tar.gz (id and version from
appinfo/info.xml) with one top folder named like the app id, for the Nextcloud App Store:
- leaves out what DIR/.nextcloudignore (gitignore syntax) and the defaults exclude
  (.git, node_modules/, /tests/, CI and editor files, .DS_Store, ._*: see docs/packaging.md);
- with --key and --cert: signs appinfo/signature.json inside the package (in a staged copy:
  DIR is never changed), and writes the App Store signature as <archive>.sig (one line);
  without them, packs the app's own appinfo/signature.json;
- reproducible: entries in byte order, owner root, modes 0644/0755, every time
  SOURCE_DATE_EPOCH (or 0), gzip without name or time: the same app gives the same bytes;
- runs the store pre-flight on the archive (see: ${TOOL_NAME} help preflight) and puts it in
  place only when every check passes. Links and special files in DIR are refused.
Exit codes: 0 packed, 1 pre-flight failed (nothing written), 2 error.

Options:
  --key FILE|-          PEM private key of the app's certificate ("-" reads standard input)
  --cert FILE           PEM certificate issued for the app id
  --passphrase-env VAR  name of the environment variable holding the key's passphrase
  --out DIR             where to write the archive (default: the current folder; not inside
                        DIR unless .nextcloudignore excludes that place)
  --trust T             trusted roots for the pre-flight: nextcloud (default), owncloud or a
                        PEM file; repeatable
  --crl C               revocation lists to enforce: nextcloud or a CRL file; repeatable
  --dry-run             list what would be packed; write nothing
  -h, --help
`;

function summary(run: PackageRun): string {
  const lines = [
    `Packed ${displayText(run.appId ?? '')} ${displayText(run.version ?? '')} (${run.files} files): ${displayText(run.archive ?? '')}`,
  ];
  lines.push(`  sha256 ${run.sha256 ?? ''}`);
  lines.push(run.signed ? '  appinfo/signature.json signed inside the package' : "  packed with the app's own appinfo/signature.json");
  if (run.appStoreSignature !== undefined) {
    lines.push(`  App Store signature (also in ${displayText(run.sigFile ?? '')}):`, run.appStoreSignature);
  }
  return `${lines.join('\n')}\n`;
}

async function runPackage(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      help: { type: 'boolean', short: 'h' },
      key: { type: 'string' },
      cert: { type: 'string' },
      'passphrase-env': { type: 'string' },
      out: { type: 'string' },
      trust: { type: 'string', multiple: true },
      crl: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
    },
    HELP,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('package takes one app folder', `See:\n${HELP}`);
  const run = await runPackaging({
    path: resolveFrom(io.cwd, positionals[0] ?? '.'),
    outDir: resolveFrom(io.cwd, values.out ?? '.'),
    cwd: io.cwd,
    privateKeyPem: values.key === undefined ? undefined : readInputFile(values.key, 'private key', io.cwd, io.readStdin),
    passphrase: passphraseFrom(values['passphrase-env'], io),
    certificatePem: values.cert === undefined ? undefined : readInputFile(values.cert, 'certificate', io.cwd, io.readStdin),
    trust: values.trust ?? [],
    crl: values.crl ?? [],
    sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
    tempBase: io.env.RUNNER_TEMP || tmpdir(),
    dryRun: values['dry-run'] === true,
  });
  if (values['dry-run'] && run.preflight.passed) {
    io.stdout(`Dry run: would pack ${run.files} files into ${displayText(run.archive ?? '')}; nothing written\n`);
    io.stdout(run.packed.map((p) => `  ${displayText(p)}\n`).join(''));
    return 0;
  }
  if (run.written) io.stdout(summary(run));
  io.stdout(`Pre-flight of ${displayText(run.archive ?? 'the app')}:\n${preflightText(run.preflight)}`);
  if (!run.written && !values['dry-run']) {
    const own = run.signed
      ? ''
      : " The app's own signature must cover exactly what is packed, or sign the package itself: pass --key and --cert.";
    io.stderr(`${TOOL_NAME}: nothing was written: fix the problems above, then package again.${own}\n`);
  }
  return run.written ? 0 : 1;
}

export const command: Command = { help: HELP, run: runPackage };
