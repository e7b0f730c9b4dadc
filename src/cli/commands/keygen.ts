/** `code-integrity keygen --cn ID [--out DIR]`: an RSA key and a CSR, like the upstream docs' openssl steps. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../engine/errors.ts';
import { assertAbsent, writeNewFiles } from '../../engine/trust/ca-files.ts';
import { createCsr, generateRsaKeyPair, privateKeyPem } from '../../engine/trust/keys.ts';
import { TOOL_NAME } from '../../version.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { keyBits, parseCommand, resolveFrom } from './args.ts';

const KEYGEN_HELP = `Usage: ${TOOL_NAME} keygen --cn ID [--out DIR]

Creates ID.key (RSA private key, PKCS#8 PEM, mode 0600) and ID.csr (certificate request
for /CN=ID), like the upstream developer docs'
  openssl req -nodes -newkey rsa:4096 -keyout ID.key -out ID.csr -subj "/CN=ID"
ID is the app id (or core). Existing files are never overwritten.

Options:
  --cn ID       the app id the certificate will be for
  --out DIR     where to write (default: the current folder; created if missing)
  --bits N      RSA key size: 4096 (default), 3072 or 2048
  -h, --help

Then: submit ID.csr (for Nextcloud: a pull request to nextcloud/app-certificate-requests),
or issue it from a private CA: ${TOOL_NAME} ca issue --ca CA_DIR --csr ID.csr --out DIR
`;

/** Run `keygen`; returns the exit code. */
async function runKeygen(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { help: { type: 'boolean', short: 'h' }, cn: { type: 'string' }, out: { type: 'string' }, bits: { type: 'string' } },
    KEYGEN_HELP,
  );
  if (values.help) {
    io.stdout(KEYGEN_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, `See:\n${KEYGEN_HELP}`);
  const cn = values.cn;
  if (cn === undefined || cn === '') throw new UsageError('keygen needs --cn ID (the app id, or core)', `See:\n${KEYGEN_HELP}`);
  if (/[/\\]/.test(cn) || cn === '.' || cn === '..') throw new UsageError(`"${cn}" is not an app id`, 'App ids have no slashes.');
  const bits = keyBits(values.bits);
  const out = resolveFrom(io.cwd, values.out ?? '.');
  const keyPath = join(out, `${cn}.key`);
  const csrPath = join(out, `${cn}.csr`);
  mkdirSync(out, { recursive: true });
  assertAbsent([keyPath, csrPath]); // before the (slow) key generation; writeNewFiles checks again

  const keys = generateRsaKeyPair(bits);
  writeNewFiles([
    { path: keyPath, content: privateKeyPem(keys.privateKey), mode: 0o600 },
    { path: csrPath, content: createCsr(cn, keys) },
  ]);
  io.stdout(
    `Wrote ${keyPath} (RSA-${bits} private key, mode 0600: keep it secret, never commit it)\n` +
      `Wrote ${csrPath} (certificate request for CN=${cn})\n` +
      `Next: submit ${cn}.csr to your certificate authority (Nextcloud: a pull request to nextcloud/app-certificate-requests),\n` +
      `or issue it yourself: ${TOOL_NAME} ca issue --ca CA_DIR --csr ${csrPath} --out ${out}\n`,
  );
  return 0;
}

export const command: Command = { help: KEYGEN_HELP, run: runKeygen };
