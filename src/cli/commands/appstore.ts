/**
 * `appstore-sign` / `appstore-verify`: the Nextcloud App Store's release signature
 * (base64 RSA-SHA512 over the archive bytes), made and checked without openssl.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { decodeAppStoreSignature, signArchiveForAppStore, verifyAppStoreSignature } from '../../engine/appstore.ts';
import { displayText } from '../../engine/display.ts';
import { UsageError } from '../../engine/errors.ts';
import { loadPrivateKey, loadSigningCertificate } from '../../engine/trust/signer.ts';
import { TOOL_NAME } from '../../version.ts';
import type { CliIO } from '../main.ts';
import { parseCommand, readInputFile, resolveFrom } from './args.ts';

export const APPSTORE_SIGN_HELP = `Usage: ${TOOL_NAME} appstore-sign ARCHIVE --key FILE|- [--passphrase-env VAR]

Prints the signature the Nextcloud App Store asks for when you upload a release: base64
RSA-SHA512 (PKCS#1 v1.5) over the archive's bytes, the same as
  openssl dgst -sha512 -sign KEY ARCHIVE | openssl base64 -A
Sign the very file users will download (the App Store downloads it and checks).

Options:
  --key FILE|-          PEM private key of the app's certificate ("-" reads standard input)
  --passphrase-env VAR  name of the environment variable holding the key's passphrase
  -h, --help
`;

export const APPSTORE_VERIFY_HELP = `Usage: ${TOOL_NAME} appstore-verify ARCHIVE --signature B64 --cert FILE [--app-id ID]

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

function oneArchive(positionals: string[], help: string, io: CliIO): string {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no archive given' : 'give one archive', `See:\n${help}`);
  return resolveFrom(io.cwd, positionals[0] as string);
}

/** `appstore-sign ARCHIVE --key FILE`: print the base64 signature; exit 0, or 2 on error. */
export async function runAppstoreSign(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { help: { type: 'boolean', short: 'h' }, key: { type: 'string' }, 'passphrase-env': { type: 'string' } },
    APPSTORE_SIGN_HELP,
  );
  if (values.help) {
    io.stdout(APPSTORE_SIGN_HELP);
    return 0;
  }
  if (!values.key) throw new UsageError('appstore-sign needs --key', `See:\n${APPSTORE_SIGN_HELP}`);
  const archive = oneArchive(positionals, APPSTORE_SIGN_HELP, io);
  let passphrase: string | undefined;
  const passVar = values['passphrase-env'];
  if (passVar !== undefined) {
    passphrase = io.env[passVar];
    if (passphrase === undefined) throw new UsageError(`the environment variable ${passVar} (--passphrase-env) is not set`);
  }
  const key = loadPrivateKey(readInputFile(values.key, 'private key', io.cwd, io.readStdin), passphrase);
  io.stdout(`${await signArchiveForAppStore(archive, key)}\n`);
  return 0;
}

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
export async function runAppstoreVerify(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      help: { type: 'boolean', short: 'h' },
      signature: { type: 'string' },
      'signature-file': { type: 'string' },
      cert: { type: 'string' },
      'app-id': { type: 'string' },
    },
    APPSTORE_VERIFY_HELP,
  );
  if (values.help) {
    io.stdout(APPSTORE_VERIFY_HELP);
    return 0;
  }
  if ((values.signature === undefined) === (values['signature-file'] === undefined) || !values.cert) {
    throw new UsageError('appstore-verify needs --cert and one of --signature or --signature-file', `See:\n${APPSTORE_VERIFY_HELP}`);
  }
  const archive = oneArchive(positionals, APPSTORE_VERIFY_HELP, io);
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
