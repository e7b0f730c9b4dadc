/**
 * `appstore-sign`: the Nextcloud App Store's release signature (base64 RSA-SHA512 over the
 * archive bytes), made without openssl.
 */
import { runAppStoreSign } from '../../app/appstore-sign-run.ts';
import { displayText } from '../../engine/display.ts';
import { UsageError } from '../../engine/errors.ts';
import { TOOL_NAME } from '../../version.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { oneArchive, parseCommand, passphraseFrom, readInputFile } from './args.ts';

const HELP = `Usage: ${TOOL_NAME} appstore-sign ARCHIVE --key FILE|- [--passphrase-env VAR] [--cert FILE] [--write-sig]

Prints the signature the Nextcloud App Store asks for when you upload a release: base64
RSA-SHA512 (PKCS#1 v1.5) over the archive's bytes, the same as
  openssl dgst -sha512 -sign KEY ARCHIVE | openssl base64 -A
Sign the very file users will download (the App Store downloads it and checks).

Options:
  --key FILE|-          PEM private key of the app's certificate ("-" reads standard input)
  --passphrase-env VAR  name of the environment variable holding the key's passphrase
  --cert FILE           the app's PEM certificate: the key must belong to it, and the
                        signature is checked with it before it is printed
  --write-sig           also write the signature to ARCHIVE.sig (one line), as package does
  -h, --help
`;

/** `appstore-sign ARCHIVE --key FILE`: print the base64 signature; exit 0, or 2 on error. */
async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      help: { type: 'boolean', short: 'h' },
      key: { type: 'string' },
      'passphrase-env': { type: 'string' },
      cert: { type: 'string' },
      'write-sig': { type: 'boolean' },
    },
    HELP,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values.key) throw new UsageError('appstore-sign needs --key', `See:\n${HELP}`);
  const archive = oneArchive(positionals, HELP, io);
  const signed = await runAppStoreSign({
    archive,
    privateKeyPem: readInputFile(values.key, 'private key', io.cwd, io.readStdin),
    passphrase: passphraseFrom(values['passphrase-env'], io),
    certificatePem: values.cert === undefined ? undefined : readInputFile(values.cert, 'certificate', io.cwd, io.readStdin),
    writeSigFile: values['write-sig'] === true,
  });
  io.stdout(`${signed.signature}\n`);
  if (signed.sigFile !== undefined) io.stderr(`wrote ${displayText(signed.sigFile)}\n`);
  return 0;
}

export const command: Command = { help: HELP, run };
