/**
 * `appstore-verify`: check an App Store release signature (base64 RSA-SHA512 over the archive
 * bytes) with the app's certificate, as the App Store and Nextcloud's installer do.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { decodeAppStoreSignature, verifyAppStoreSignature } from '../../engine/appstore.ts';
import { displayText } from '../../engine/display.ts';
import { UsageError } from '../../engine/errors.ts';
import { loadSigningCertificate } from '../../engine/trust/signer.ts';
import { TOOL_NAME } from '../../version.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { oneArchive, parseCommand, readInputFile } from './args.ts';

const HELP = `Usage: ${TOOL_NAME} appstore-verify ARCHIVE --signature B64 --cert FILE [--app-id ID]

Checks an App Store release signature (base64 RSA-SHA512 over the archive's bytes) with the
app's certificate, as the App Store and Nextcloud's installer do.
Exit codes: 0 valid, 1 invalid, 2 error.

Options:
  --signature B64       the base64 signature (line breaks allowed)
  --signature-file FILE read the base64 signature from FILE instead ("-" reads standard input)
  --cert FILE           PEM certificate of the app (a PEM public key is accepted too)
  --app-id ID           also require the certificate's CN to be ID, as the App Store does
  -h, --help
`;

function loadVerificationKey(pem: string): { key: KeyObject; commonName: string | null; subject: string } {
  if (/-----BEGIN (RSA )?PUBLIC KEY-----/.test(pem) && !/CERTIFICATE/.test(pem)) {
    try {
      return { key: createPublicKey(pem), commonName: null, subject: 'the given public key' };
    } catch {
      throw new UsageError('the public key cannot be read', 'Pass the PEM certificate (or public key) of the app.');
    }
  }
  const cert = loadSigningCertificate(pem);
  const cns = cert.commonNames;
  return { key: cert.x509.publicKey, commonName: cns.length === 1 ? (cns[0] as string) : null, subject: cert.info.subject };
}

/** `appstore-verify ARCHIVE --signature B64 --cert FILE`: exit 0 valid, 1 invalid, 2 error. */
async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      help: { type: 'boolean', short: 'h' },
      signature: { type: 'string' },
      'signature-file': { type: 'string' },
      cert: { type: 'string' },
      'app-id': { type: 'string' },
    },
    HELP,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if ((values.signature === undefined) === (values['signature-file'] === undefined) || !values.cert) {
    throw new UsageError('appstore-verify needs --cert and one of --signature or --signature-file', `See:\n${HELP}`);
  }
  const archive = oneArchive(positionals, HELP, io);
  const signature = decodeAppStoreSignature(
    values.signature ?? readInputFile(values['signature-file'] as string, 'signature file', io.cwd, io.readStdin),
  );
  const { key, commonName, subject } = loadVerificationKey(readInputFile(values.cert, 'certificate', io.cwd, io.readStdin));
  const appId = values['app-id'];
  if (appId !== undefined && commonName !== appId) {
    // The App Store's and the installer's wording.
    io.stdout(
      commonName === null
        ? `INVALID: App with id ${displayText(appId)} has a cert with no CN\n`
        : `INVALID: App with id ${displayText(appId)} has a cert issued to ${displayText(commonName)}\n`,
    );
    return 1;
  }
  if (await verifyAppStoreSignature(archive, signature, key)) {
    io.stdout(
      `OK: the App Store signature of ${displayText(positionals[0] ?? '')} is valid (RSA-SHA512, signed by ${displayText(subject)})\n`,
    );
    return 0;
  }
  io.stdout(
    `INVALID: the App Store signature does not match ${displayText(positionals[0] ?? '')}: the archive changed after signing, or it was signed with another key than ${displayText(subject)}'s\n`,
  );
  return 1;
}

export const command: Command = { help: HELP, run };
