/** `code-integrity inspect FILE|DIR|ARCHIVE`: who signed it, validity, revocation, chain, counts; no hashing. */
import { displayJson, displayText } from '../../engine/display.ts';
import { inspectSignature, type InspectReport } from '../../engine/inspect.ts';
import { loadTrustStore } from '../../engine/trust/store.ts';
import { CLI_WORDING, UsageError, wordOptions } from '../../engine/errors.ts';
import { TOOL_NAME } from '../../version.ts';
import { PROFILE_NAMES } from '../../engine/profiles/index.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { parseCommand, resolveFrom } from './args.ts';
import { archiveLimits } from '../../engine/archive/plan.ts';
import { isRegularFile } from '../../engine/fs-kind.ts';
import { archiveFormatOf } from '../../engine/archive/detect.ts';
import type { ArchiveInspectReport } from '../../engine/archive/inspect.ts';

const INSPECT_HELP = `Usage: ${TOOL_NAME} inspect SIGNATURE.json|DIR|ARCHIVE [options]

Shows who signed a signature.json (or the one of an app / server folder): signer, issuer,
serial, validity, revocation, the chain against the trust store, the number of files it
lists, and whether its signature verifies over them. Does not hash the tree (use verify).

An ARCHIVE (.tar.gz, .tar.bz2, .tar, .zip) is read once, without extracting it: every
signature inside is shown (core and every app of a server release, or the app), with the
files of the archive each one covers, and for a server release what the whole-release
check would count (shipped apps missing, apps not shipped, files no signature covers).

Options:
  --trust T          trusted roots: nextcloud (default), owncloud, or a PEM file; repeatable
  --crl C            revocation list: nextcloud (bundled) or a CRL file; repeatable
                     (default: the bundled Nextcloud CRL when it covers the issuer)
  --profile P        for a folder: auto (default), ${PROFILE_NAMES.join(', ')}
  --app-id ID        for a folder: the app id the certificate must be for
  --signature-path P for a folder: the signature file (generic profile)
  --format F         text (default) or json
  --max-size N       archives: stop above N uncompressed bytes (default 8G)
  --max-entries N    archives: stop above N entries (default 1000000)
  -h, --help

Exit codes: 0 the signature would be accepted (tree contents aside), 1 it would not
(untrusted, revoked, wrong CN, or a signature that does not verify), 2 usage or I/O error.
`;

function renderText(r: InspectReport): string {
  const c = r.certificate;
  const validity = c.expired ? 'EXPIRED' : c.notYetValid ? 'NOT YET VALID' : 'valid now';
  const lines = [
    `signature file  ${r.signaturePath}`,
    ...(r.scope !== null
      ? [`scope           ${r.scope} (${r.profile}): ${r.scopeMatches ? 'certificate CN matches' : 'certificate CN does NOT match'}`]
      : []),
    `signer          ${c.subject}`,
    `issuer          ${c.issuer}`,
    `serial          ${c.serial} (${c.serialDecimal ?? '?'})`,
    `validity        ${c.notBefore} to ${c.notAfter} (${validity})`,
    `fingerprint     SHA-256 ${c.fingerprint256 ?? '?'}`,
    `chain           ${r.chain.trusted ? `trusted: issued by "${r.chain.issuer}" (${r.chain.sources.join(', ')})` : `NOT trusted (${r.chain.sources.join(', ')})`}`,
    ...(r.chain.trusted && c.chain && c.chain.length > 2 ? [`                ${c.chain.join(' <- ')}`] : []),
    ...(r.chain.hint ? [`                ${r.chain.hint}`] : []),
    `revocation      ${r.revocation.status === 'revoked' ? 'REVOKED: ' : ''}${r.revocation.description}`,
    `hashes          ${r.hashes} file${r.hashes === 1 ? '' : 's'} listed`,
    `signature       ${r.signatureVerifies ? 'verifies over the listed hashes' : 'does NOT verify over the listed hashes'}`,
  ];
  for (const w of c.warnings) lines.push(`warning: ${w}`);
  lines.push(
    r.problems.length === 0
      ? 'result: the signature would be accepted (tree contents not checked: use verify)'
      : `result: verify would fail: ${r.problems.join('; ')}`,
  );
  // Every line quotes the certificate or the tree (hostile input): shown through displayText.
  return `${lines.map(displayText).join('\n')}\n`;
}

/** The archive view: every line quotes names from the archive (hostile input), shown through displayText. */
function renderArchive(r: ArchiveInspectReport): string {
  const a = r.archive;
  const out = [
    displayText(`archive         ${a.path} (${a.format}, ${a.entries} entries, ${a.bytes} bytes unpacked, read in ${Math.round(a.ms)} ms)`),
    '',
  ];
  for (const scope of r.scopes) {
    out.push(renderText(scope).replace(/\n$/, ''));
    out.push(`files           ${scope.files} in the archive covered by this signature`, '');
  }
  for (const u of r.unsigned) out.push(displayText(`NOT SIGNED      ${u.scope} (${u.root}): ${u.reason}`));
  if (r.release) out.push(...releaseLines(r.release).map(displayText));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function releaseLines(rel: NonNullable<ArchiveInspectReport['release']>): string[] {
  const listed = (names: string[]): string => (names.length ? ` (${names.join(', ')})` : '');
  const shipped = rel.shippedApps === null ? 'no readable core/shipped.json' : `${rel.shippedApps} shipped apps`;
  return [
    `release         ${shipped}; ${rel.missingShippedApps.length} missing${listed(rel.missingShippedApps)}; ${rel.unlistedApps.length} not shipped${listed(rel.unlistedApps)}`,
    `                ${rel.uncovered} file${rel.uncovered === 1 ? '' : 's'} no signature covers; ${rel.notSignedByUpstream} that upstream ships unsigned (verify lists them with their hashes)`,
  ];
}

/** Run `inspect`; returns the exit code. */
async function runInspect(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      help: { type: 'boolean', short: 'h' },
      trust: { type: 'string', multiple: true },
      crl: { type: 'string', multiple: true },
      profile: { type: 'string' },
      'app-id': { type: 'string' },
      'signature-path': { type: 'string' },
      format: { type: 'string' },
      'max-size': { type: 'string' },
      'max-entries': { type: 'string' },
    },
    INSPECT_HELP,
  );
  if (values.help) {
    io.stdout(INSPECT_HELP);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}"`, 'Use text or json.');
  if (positionals.length !== 1) throw new UsageError('inspect takes one signature file or folder', `See:\n${INSPECT_HELP}`);
  const trust = await loadTrustStore(values.trust ?? [], io.cwd, values.crl ?? []);
  const path = resolveFrom(io.cwd, positionals[0] as string);
  if (isRegularFile(path) && archiveFormatOf(path) !== null) {
    const { inspectArchive } = await import('../../engine/archive/inspect.ts');
    const archive = await inspectArchive({
      ...archiveLimits(values['max-size'], values['max-entries']),
      path,
      trust,
      profile: values.profile,
      appId: values['app-id'],
      signaturePath: values['signature-path'],
    });
    const text = format === 'json' ? `${displayJson(JSON.stringify(archive, null, 2))}\n` : renderArchive(archive);
    io.stdout(wordOptions(text, CLI_WORDING));
    return archive.unsigned.length === 0 && archive.scopes.every((s) => s.problems.length === 0) ? 0 : 1;
  }
  const report = await inspectSignature({
    path: resolveFrom(io.cwd, positionals[0] as string),
    trust,
    profile: values.profile,
    appId: values['app-id'],
    signaturePath: values['signature-path'],
  });
  const text = format === 'json' ? `${displayJson(JSON.stringify(report, null, 2))}\n` : renderText(report);
  io.stdout(wordOptions(text, CLI_WORDING));
  return report.problems.length === 0 ? 0 : 1;
}

export const command: Command = { help: INSPECT_HELP, run: runInspect };
