/**
 * The package use case, shared by the command line and the Action: the whole App Store release
 * of a built app folder in one step. It reads as its steps: what the app is (info.xml), who
 * signs, what to pack, a staged copy, signature.json signed inside the copy, the reproducible
 * `<id>-<version>.tar.gz` written to a temporary file, its App Store signature, the store
 * pre-flight of that very file, and only then the archive (and `.sig`) renamed into place.
 * The app folder itself is only read.
 */
import { createHash, type KeyObject } from 'node:crypto';
import { createReadStream, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { cannotWrite, commitTempFile, openTempFile, writeFileAtomic, type TempFile } from '../engine/atomic-file.ts';
import { displayText } from '../engine/display.ts';
import { optionRef, UsageError } from '../engine/errors.ts';
import { isDirectory } from '../engine/fs-kind.ts';
import { checkInfoXml } from '../engine/package/info-xml.ts';
import type { PreflightReport } from '../engine/package/preflight.ts';
import type { PackRules } from '../engine/package/rules.ts';
import { appPackRules, selectForPackage } from '../engine/package/select.ts';
import { sortedEntries, stageApp, type Staging } from '../engine/package/stage.ts';
import { MAX_OCTAL_11, writeTarGz } from '../engine/package/tar-writer.ts';
import { assertKeyMatchesCertificate, loadPrivateKey, loadSigningCertificate } from '../engine/trust/signer.ts';
import { signForAppStore } from './appstore-sign-run.ts';
import { runPreflight } from './preflight-run.ts';
import { runSigning } from './sign-run.ts';

export interface PackageRunRequest {
  /** The built app folder (absolute). */
  path: string;
  /** Where `<id>-<version>.tar.gz` goes (absolute; created when missing). */
  outDir: string;
  cwd: string;
  /** Key and certificate: both (sign appinfo/signature.json and the archive) or neither (pack the app's own signature). */
  privateKeyPem?: string | Buffer | undefined;
  passphrase?: string | undefined;
  certificatePem?: string | Buffer | undefined;
  /** Trust and CRLs for the pre-flight's verification. */
  trust: string[];
  crl: string[];
  /** The SOURCE_DATE_EPOCH text, when set: every entry's modification time (default 0). */
  sourceDateEpoch?: string | undefined;
  /** Where the staged copy is made (RUNNER_TEMP or the system's temporary folder). */
  tempBase: string;
  /** List what would be packed; build and write nothing. */
  dryRun?: boolean;
}

export interface PackageRun {
  appId: string | null;
  version: string | null;
  /** The archive's final path (written only when `written`). */
  archive: string | null;
  written: boolean;
  /** Paths packed (relative to the app folder; folders end with "/"). */
  packed: string[];
  files: number;
  /** Whether appinfo/signature.json was signed anew inside the package. */
  signed: boolean;
  sha256?: string;
  appStoreSignature?: string;
  sigFile?: string;
  /** The pre-flight of the archive (or of the app's info.xml when nothing could be built). */
  preflight: PreflightReport;
}

interface Signer {
  key: KeyObject;
  privateKeyPem: string | Buffer;
  certificatePem: string | Buffer;
}

/** Step 1: the app folder and its info.xml, which names the package (`<id>-<version>`). */
function readApp(path: string): ReturnType<typeof checkInfoXml> {
  if (!isDirectory(path)) throw new UsageError(`${path} is not a folder`, 'Pass the folder of the built app (the one with appinfo/).');
  let xml: string;
  try {
    xml = readFileSync(join(path, 'appinfo', 'info.xml'), 'utf8');
  } catch {
    throw new UsageError(`${path} has no appinfo/info.xml`, 'Pass the folder of the built app (the one with appinfo/).');
  }
  return checkInfoXml(xml);
}

/** Step 2: the signer, when a key and a certificate are given (the key must belong to the certificate). */
function loadSigner(request: PackageRunRequest): Signer | null {
  const { privateKeyPem, certificatePem } = request;
  if (privateKeyPem === undefined && certificatePem === undefined) return null;
  if (privateKeyPem === undefined || certificatePem === undefined) {
    throw new UsageError(
      `package needs both ${optionRef('key')} and ${optionRef('cert')}, or neither`,
      'Give both to sign appinfo/signature.json and the archive; give neither to pack the app with the signature it has.',
    );
  }
  const key = loadPrivateKey(privateKeyPem, request.passphrase);
  assertKeyMatchesCertificate(key, loadSigningCertificate(certificatePem));
  return { key, privateKeyPem, certificatePem };
}

/** The modification time of every entry: SOURCE_DATE_EPOCH when set, else 0. */
export function packageMtime(text: string | undefined): number {
  if (text === undefined || text === '') return 0;
  if (!/^\d+$/.test(text) || Number(text) > MAX_OCTAL_11) {
    throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (got "${displayText(text)}")`);
  }
  return Number(text);
}

/**
 * Step 4: the package must not land inside the app it packs, unless the packing rules exclude
 * that place (a later run would pack the earlier package).
 */
function assertOutsideApp(app: string, archive: string, rules: PackRules): void {
  const rel = relative(realpathSync(app), join(realpathSync(join(archive, '..')), basename(archive)));
  if (rel.startsWith('..') || isAbsolute(rel)) return;
  const relPath = rel.split(sep).join('/');
  if (rules.excludes(relPath, false) && rules.excludes(`${relPath}.sig`, false)) return;
  throw new UsageError(
    `the package would be written inside the app it packs (${displayText(relPath)}), and the next package would hold it`,
    `Write it elsewhere with ${optionRef('out')}, or exclude that folder in the app's .nextcloudignore (e.g. /build/).`,
  );
}

/** A pre-flight report for problems found before anything is built. */
function notBuilt(problems: string[], appId: string | null, version: string | null): PreflightReport {
  return { passed: problems.length === 0, checks: problems.map((text) => ({ status: 'failed', text })), problems, appId, version };
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Package the app (see the module comment). Pre-flight failures are in the result; usage errors are thrown. */
export async function runPackaging(request: PackageRunRequest): Promise<PackageRun> {
  const info = readApp(request.path);
  const signer = loadSigner(request);
  const mtime = packageMtime(request.sourceDateEpoch);
  const { rules } = appPackRules(request.path);
  const selection = selectForPackage(request.path, rules);
  const packed = selection.map((e) => (e.kind === 'folder' ? `${e.rel}/` : e.rel));
  const files = selection.filter((e) => e.kind === 'file').length;
  const base = { appId: info.id, version: info.version, written: false, packed, files, signed: false };
  if (info.problems.length > 0 || info.id === null || info.version === null) {
    return { ...base, archive: null, preflight: notBuilt(info.problems, info.id, info.version) };
  }
  const archive = join(request.outDir, `${info.id}-${info.version}.tar.gz`);
  if (request.dryRun) return { ...base, archive, preflight: notBuilt([], info.id, info.version) };
  try {
    mkdirSync(request.outDir, { recursive: true });
  } catch (e) {
    throw cannotWrite(archive, e);
  }
  assertOutsideApp(request.path, archive, rules);
  const staging = stageApp(selection, info.id, request.tempBase, signer !== null);
  try {
    return await buildFromStaging(request, { ...base, archive }, staging, signer, mtime);
  } finally {
    staging.remove();
  }
}

type Built = Omit<PackageRun, 'preflight'> & { archive: string };

/** Steps 5 to 9: sign the staged copy, write the archive, sign it for the store, pre-flight it, put it in place. */
async function buildFromStaging(request: PackageRunRequest, run: Built, staging: Staging, signer: Signer | null, mtime: number) {
  if (signer !== null) {
    await runSigning({
      path: staging.app,
      profile: 'nextcloud-app',
      privateKeyPem: signer.privateKeyPem,
      certificatePem: signer.certificatePem,
      passphrase: request.passphrase,
    });
    staging.addFile('appinfo/signature.json');
  }
  const temp = openTempFile(run.archive);
  try {
    await writeArchive(temp, run.archive, staging, mtime);
    const store = signer === null ? undefined : await signForAppStore(temp.path, signer.key, false);
    const preflight = await runPreflight({
      archive: temp.path,
      cwd: request.cwd,
      trust: request.trust,
      crl: request.crl,
      certificatePem: signer?.certificatePem,
      storeSignature: store && { text: store.signature, source: 'made by package' },
      displayName: run.archive,
    });
    const result: PackageRun = { ...run, signed: signer !== null, preflight };
    if (!preflight.passed) {
      temp.abort();
      return result;
    }
    const digest = await sha256(temp.path);
    commitTempFile(temp.path, run.archive);
    if (store === undefined) return { ...result, written: true, sha256: digest };
    const sigFile = `${run.archive}.sig`;
    writeFileAtomic(sigFile, `${store.signature}\n`);
    return { ...result, written: true, sha256: digest, appStoreSignature: store.signature, sigFile };
  } catch (e) {
    temp.abort();
    throw e;
  }
}

/** Step 6: the reproducible .tar.gz of the staged copy, into the temporary file (complete and fsynced). */
async function writeArchive(temp: TempFile, archive: string, staging: Staging, mtime: number): Promise<void> {
  try {
    await writeTarGz(sortedEntries(staging.entries), mtime, (chunk) => temp.write(chunk));
    temp.finish();
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw cannotWrite(archive, e);
  }
}
