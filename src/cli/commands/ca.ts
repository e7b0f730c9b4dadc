/** `code-integrity ca init|issue|revoke|crl`: a private code-signing CA for forks, enterprises and tests. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../engine/errors.ts';
import { writeFileAtomic } from '../../engine/atomic-file.ts';
import {
  CA_DAYS,
  CERT_DAYS,
  createCrl,
  CRL_DAYS,
  initCa,
  issueCertificate,
  openCa,
  revokeSerial,
  serialOfIssued,
  type CaDir,
} from '../../engine/trust/ca.ts';
import { assertAbsent, writeNewFiles } from '../../engine/trust/ca-files.ts';
import { generateRsaKeyPair, parseCsr, privateKeyPem } from '../../engine/trust/keys.ts';
import { CRL_REASONS } from '../../engine/trust/crl.ts';
import { TOOL_NAME } from '../../version.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { keyBits, parseCommand, positiveInt, resolveFrom } from './args.ts';

const CA_HELP = `Usage: ${TOOL_NAME} ca COMMAND [options]

A private code-signing CA (for forks, enterprises and tests): its root.crt is what
verify --trust takes (and what a fork ships as resources/codesigning/root.crt).

  ca init   --out DIR [--name CN] [--days N] [--bits N] [--parent CA_DIR]
            create a CA folder: ca.key (0600), ca.crt, root.crt (trust file), ca.json.
            With --parent, an intermediate signed by that CA (root.crt then holds both,
            like Nextcloud's), default name "Private Code Signing Root Authority"
            (or "... Intermediate Authority"), ${CA_DAYS} days.
  ca issue  --ca DIR (--cn ID | --csr FILE) [--out DIR] [--days N] [--valid-from DATE] [--bits N]
            a code-signing certificate for an app id (or core): OUT/ID.crt, from the CSR,
            or with a new key OUT/ID.key (0600) when no --csr is given. Default ${CERT_DAYS} days.
  ca revoke --ca DIR (--cert FILE | --serial HEX) [--reason R] [--days N]
            record a revocation and write a new DIR/crl.pem (valid --days, default ${CRL_DAYS}).
            Reasons: ${Object.values(CRL_REASONS).join(', ')}
  ca crl    --ca DIR [--out FILE] [--days N]
            write a fresh signed CRL (default DIR/crl.pem) with every revocation so far.

Keys and certificates are never overwritten. Then:
  ${TOOL_NAME} sign APP_DIR --key ID.key --cert ID.crt
  ${TOOL_NAME} verify APP_DIR --trust DIR/root.crt --crl DIR/crl.pem
`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  out: { type: 'string' },
  name: { type: 'string' },
  days: { type: 'string' },
  bits: { type: 'string' },
  parent: { type: 'string' },
  ca: { type: 'string' },
  cn: { type: 'string' },
  csr: { type: 'string' },
  'valid-from': { type: 'string' },
  cert: { type: 'string' },
  serial: { type: 'string' },
  reason: { type: 'string' },
} as const;

function needCa(value: string | undefined, cwd: string): CaDir {
  if (value === undefined) throw new UsageError('this command needs --ca DIR (a folder made by `ca init`)', `See:\n${CA_HELP}`);
  return openCa(resolveFrom(cwd, value));
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'it does not exist' : (code ?? (e as Error).message)}`);
  }
}

function writeCrl(ca: CaDir, path: string, days: number): string {
  const pem = createCrl(ca, { days });
  writeFileAtomic(path, pem);
  return `Wrote ${path} (CRL #${ca.state.crlNumber}, ${ca.state.revoked.length} revoked, valid ${days} days): pass it with --crl\n`;
}

type CaValues = ReturnType<typeof parseCommand<typeof OPTIONS>>['values'];

function caInit(values: CaValues, io: CliIO): number {
  if (values.out === undefined) throw new UsageError('ca init needs --out DIR', `See:\n${CA_HELP}`);
  const out = resolveFrom(io.cwd, values.out);
  const parent = values.parent === undefined ? undefined : openCa(resolveFrom(io.cwd, values.parent));
  const name = values.name ?? `Private Code Signing ${parent ? 'Intermediate' : 'Root'} Authority`;
  mkdirSync(out, { recursive: true });
  const ca = initCa({
    out,
    name,
    days: positiveInt(values.days, 'days', CA_DAYS),
    bits: keyBits(values.bits),
    ...(parent ? { parent } : {}),
  });
  io.stdout(
    `Created ${parent ? 'intermediate' : 'root'} CA "${ca.cert.info.subject}" in ${out}\n` +
      `  ca.key   private key (mode 0600): keep it offline\n` +
      `  root.crt the trust file: verify --trust ${join(out, 'root.crt')}${parent ? ' (this CA, then its parent)' : ''}\n` +
      `Next: ${TOOL_NAME} ca issue --ca ${out} --cn APP_ID --out DIR\n`,
  );
  return 0;
}

function validFrom(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--valid-from "${value}" is not a date`, 'Use an ISO date such as 2025-01-31.');
  return date;
}

function caIssue(values: CaValues, io: CliIO): number {
  const ca = needCa(values.ca, io.cwd);
  const csr = values.csr === undefined ? undefined : parseCsr(readText(resolveFrom(io.cwd, values.csr), 'CSR'));
  const cn = values.cn ?? csr?.commonName ?? undefined;
  if (cn === undefined) throw new UsageError('ca issue needs --cn ID (the app id, or core) or --csr FILE', `See:\n${CA_HELP}`);
  if (/[/\\]/.test(cn) || cn === '' || cn === '.' || cn === '..') throw new UsageError(`"${cn}" is not an app id`);
  const out = resolveFrom(io.cwd, values.out ?? '.');
  const certPath = join(out, `${cn}.crt`);
  const keyPath = join(out, `${cn}.key`);
  const notBefore = validFrom(values['valid-from']);
  const days = positiveInt(values.days, 'days', CERT_DAYS);
  mkdirSync(out, { recursive: true });
  assertAbsent(csr ? [certPath] : [certPath, keyPath]);
  const keys = csr ? undefined : generateRsaKeyPair(keyBits(values.bits));
  const issued = issueCertificate(ca, { cn, csr, publicKey: keys?.publicKey, days, notBefore });
  writeNewFiles([
    ...(keys ? [{ path: keyPath, content: privateKeyPem(keys.privateKey), mode: 0o600 }] : []),
    { path: certPath, content: issued.pem },
  ]);
  io.stdout(
    `Issued ${issued.cert.info.subject} (serial ${issued.cert.info.serial}, valid to ${issued.cert.info.notAfter}) by ${ca.cert.info.subject}\n` +
      (keys ? `Wrote ${keyPath} (private key, mode 0600)\n` : '') +
      `Wrote ${certPath}\n` +
      `Next: ${TOOL_NAME} sign APP_DIR --key ${keys ? keyPath : `${cn}.key`} --cert ${certPath}\n`,
  );
  return 0;
}

function caRevoke(values: CaValues, io: CliIO): number {
  const ca = needCa(values.ca, io.cwd);
  if ((values.cert === undefined) === (values.serial === undefined)) {
    throw new UsageError('ca revoke needs either --cert FILE or --serial HEX', `See:\n${CA_HELP}`);
  }
  const serial =
    values.cert !== undefined ? serialOfIssued(ca, readText(resolveFrom(io.cwd, values.cert), 'certificate')) : (values.serial as string);
  const record = revokeSerial(ca, serial, { reason: values.reason });
  io.stdout(`Revoked serial ${record.serial} (${record.date}${record.reason ? `, ${record.reason}` : ''})\n`);
  io.stdout(writeCrl(ca, join(ca.dir, 'crl.pem'), positiveInt(values.days, 'days', CRL_DAYS)));
  return 0;
}

function caCrl(values: CaValues, io: CliIO): number {
  const ca = needCa(values.ca, io.cwd);
  const out = values.out === undefined ? join(ca.dir, 'crl.pem') : resolveFrom(io.cwd, values.out);
  io.stdout(writeCrl(ca, out, positiveInt(values.days, 'days', CRL_DAYS)));
  return 0;
}

const SUBCOMMANDS: Record<string, (values: CaValues, io: CliIO) => number> = { init: caInit, issue: caIssue, revoke: caRevoke, crl: caCrl };

/** Run `ca …`; returns the exit code. */
async function runCa(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
    io.stdout(CA_HELP);
    return 0;
  }
  const run = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (run === undefined) throw new UsageError(`unknown ca command "${sub}"`, `See:\n${CA_HELP}`);
  const { values, positionals } = parseCommand(rest, OPTIONS, CA_HELP);
  if (values.help) {
    io.stdout(CA_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, `See:\n${CA_HELP}`);
  return run(values, io);
}

export const command: Command = { help: CA_HELP, run: runCa };
