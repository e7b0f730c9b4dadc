/**
 * Signing a tree: the same walk and hashes as verification, ksort, PSS over the compact
 * JSON, and signature.json written atomically, byte-identical to upstream's sign commands.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pssSignDigest } from './crypto/pss.ts';
import { UsageError } from './errors.ts';
import { hashEntries, type HashedFile, type HashOptions } from './hash/pool.ts';
import { coreConfigExclusions } from './installation.ts';
import type { Target } from './profiles.ts';
import { signedMessageDigest, sortedHashes, writeSignatureFileText } from './signature.ts';
import { CertificateParseError, parseCertificate, splitPemBlocks, upstreamPem, type ParsedCertificate } from './trust/certificate.ts';
import { walkTree, type WalkOptions } from './walk.ts';

export interface SignRequest {
  target: Target;
  privateKeyPem: string | Buffer;
  passphrase?: string | undefined;
  certificatePem: string | Buffer;
  /** Where to write; default: the profile's signature path inside the tree. */
  output?: string | undefined;
  dryRun?: boolean;
  hash?: HashOptions;
}

export interface SignOutcome {
  signaturePath: string;
  filesSigned: number;
  bytes: number;
  written: boolean;
}

/** Load an RSA private key (PKCS#1 or PKCS#8, plain or encrypted) with errors a user can act on. */
export function loadPrivateKey(pem: string | Buffer, passphrase?: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(passphrase === undefined ? { key: pem } : { key: pem, passphrase });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const text = `${err.code ?? ''} ${err.message}`;
    const looksEncrypted = /ENCRYPTED/.test(typeof pem === 'string' ? pem : pem.toString('latin1'));
    if (
      passphrase === undefined &&
      (looksEncrypted ||
        err.code === 'ERR_MISSING_PASSPHRASE' ||
        err.code === 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED' ||
        /passphrase required/i.test(text))
    ) {
      throw new UsageError(
        'the private key is encrypted and no passphrase was given',
        'Pass the passphrase with --passphrase-env VAR (the name of an environment variable holding it).',
      );
    }
    if (passphrase !== undefined && /bad decrypt|bad password|wrong tag|decrypt/i.test(text)) {
      throw new UsageError('cannot decrypt the private key: the passphrase is wrong', 'Check the passphrase variable.');
    }
    throw new UsageError(
      'the private key cannot be read: it is not a PEM private key',
      'Pass the PEM private key (PKCS#1 or PKCS#8) that belongs to the certificate.',
    );
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new UsageError(
      `the private key is ${key.asymmetricKeyType ?? 'of an unknown type'}, not RSA`,
      'Nextcloud and ownCloud signatures need an RSA key (openssl genrsa 4096).',
    );
  }
  return key;
}

/** The first certificate of a PEM file, as upstream's loadX509 takes it. */
export function loadSigningCertificate(pem: string | Buffer): ParsedCertificate {
  const text = typeof pem === 'string' ? pem : pem.toString('latin1');
  const first = splitPemBlocks(text).find((b) => /CERTIFICATE/.test(b.split('\n')[0] ?? ''));
  try {
    return parseCertificate(first ?? pem);
  } catch (e) {
    if (e instanceof CertificateParseError) {
      throw new UsageError(`the certificate cannot be read: ${e.message}`, 'Pass the PEM certificate issued for this app (or core).');
    }
    throw e;
  }
}

function assertKeyMatchesCertificate(key: KeyObject, cert: ParsedCertificate): void {
  const fromKey = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const fromCert = cert.x509.publicKey.export({ type: 'spki', format: 'der' });
  if (!fromKey.equals(fromCert)) {
    throw new UsageError(
      `the private key does not belong to the certificate (${cert.info.subject})`,
      'Use the key the certificate was issued for; a signature made with another key can never verify.',
    );
  }
}

function assertScope(cert: ParsedCertificate, target: Target): void {
  const cn = cert.commonNames.length === 1 ? cert.commonNames[0] : undefined;
  if (cn === target.scope || cn === 'core') return;
  throw new UsageError(
    `the certificate is for ${cn === undefined ? 'no single CN' : `"${cn}"`}, but the tree is "${target.scope}"`,
    target.profile.kind === 'app'
      ? `Sign with the certificate issued for "${target.scope}", or pass --app-id if appinfo/info.xml names another id.`
      : 'Sign a server tree with the CN=core certificate.',
  );
}

function assertTreeShape(target: Target): void {
  const dir = dirname(join(target.root, target.profile.signaturePath));
  let ok = false;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new UsageError(
      `${dir} does not exist, so ${target.root} does not look like ${target.profile.kind === 'app' ? 'an app (no appinfo/)' : 'a server (no core/)'}`,
      'Pass the folder of the app or server to sign, or --profile to say what it is.',
    );
  }
}

/** The temporary file writeFileAtomic uses beside `path`: `.<name>.<pid>.<8 hex>.tmp`. */
function tempNamePattern(path: string): RegExp {
  const name = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${name}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A signing run that was killed between writing and renaming leaves its temporary file
 * beside signature.json; it must not be signed as part of the tree. Remove those of dead
 * processes; refuse while another signing process is still writing.
 */
export function clearStaleTempFiles(path: string): string[] {
  const dir = dirname(path);
  const re = tempNamePattern(path);
  const removed: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = re.exec(name);
    if (!m) continue;
    if (processAlive(Number(m[1])) && Number(m[1]) !== process.pid) {
      throw new UsageError(`another signing process (pid ${m[1]}) is writing ${path}`, 'Wait for it to finish, then sign again.');
    }
    unlinkSync(join(dir, name));
    removed.push(name);
  }
  return removed;
}

/**
 * Write to `path` atomically: temp file in the same folder, fsync, rename. `content` is the
 * text, or a function that produces it in chunks through `write`.
 */
export function writeFileAtomic(path: string, content: string | ((write: (chunk: string) => void) => void)): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    const out = openSync(tmp, 'wx', 0o644);
    fd = out;
    const write = (chunk: string): void => {
      const buf = Buffer.from(chunk, 'utf8');
      let off = 0;
      while (off < buf.length) off += writeSync(out, buf, off, buf.length - off);
    };
    if (typeof content === 'string') write(content);
    else content(write);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${path}: ${code ?? (e as Error).message}`, `Make ${dirname(path)} writable.`);
  }
}

/**
 * Refuse to sign a tree that changed while it was hashed: walk it again and compare the
 * file list, and each file's size and modification time, with what was hashed. (A file
 * written during its own read is caught in the hashing worker.)
 */
async function assertTreeUnchanged(target: Target, walkOptions: WalkOptions, hashed: HashedFile[]): Promise<void> {
  const before = new Map(hashed.map((f) => [f.rel, f] as const));
  const changes: string[] = [];
  let seen = 0;
  for await (const entry of walkTree(target.root, target.profile, walkOptions)) {
    const was = before.get(entry.rel);
    if (!was) {
      changes.push(`${entry.rel} appeared`);
      continue;
    }
    seen += 1;
    if (entry.problem || was.hash === null) continue; // reported as unreadable already
    try {
      const st = statSync(entry.path);
      if (st.size !== was.bytes || (was.mtimeMs !== undefined && st.mtimeMs !== was.mtimeMs)) changes.push(`${entry.rel} was modified`);
    } catch {
      changes.push(`${entry.rel} disappeared`);
    }
  }
  if (seen < before.size) changes.push(`${before.size - seen} file(s) disappeared`);
  if (changes.length > 0) {
    throw new UsageError(
      `the tree changed while it was being signed (${changes.slice(0, 5).join('; ')}${changes.length > 5 ? '; …' : ''}); nothing was written`,
      'Sign again once nothing writes to the folder (stop builds or syncs that touch it).',
    );
  }
}

export async function signTree(request: SignRequest): Promise<SignOutcome> {
  const { target } = request;
  const key = loadPrivateKey(request.privateKeyPem, request.passphrase);
  const cert = loadSigningCertificate(request.certificatePem);
  assertKeyMatchesCertificate(key, cert);
  assertScope(cert, target);
  assertTreeShape(target);
  const signaturePath = request.output ?? join(target.root, target.profile.signaturePath);
  if (!request.dryRun) clearStaleTempFiles(signaturePath);

  const walkOptions: WalkOptions = {
    order: 'filesystem',
    // Like sign-core on the server itself: its app roots and data directory are not core.
    extraExcluded: target.profile.kind === 'core' ? coreConfigExclusions(target.root) : [],
  };
  const hashed = await hashEntries(walkTree(target.root, target.profile, walkOptions), request.hash);
  const unreadable = hashed.filter((f) => f.hash === null);
  if (unreadable.length > 0) {
    const list = unreadable.slice(0, 5).map((f) => `${f.rel}: ${f.problem ?? 'cannot be read'}`);
    throw new UsageError(
      `cannot sign: ${unreadable.length} file(s) cannot be hashed safely (${list.join('; ')}${unreadable.length > 5 ? '; …' : ''})`,
      'Remove or fix these files (links out of the tree, special files, unreadable files), then sign again.',
    );
  }
  await assertTreeUnchanged(target, walkOptions, hashed);
  const filesSigned = hashed.length;
  const bytes = hashed.reduce((n, f) => n + f.bytes, 0);
  const sorted = sortedHashes(hashed.map((f) => [f.rel, f.hash as string] as const));
  hashed.length = 0; // the per-file results are no longer needed; let them go before writing
  const signature = pssSignDigest(signedMessageDigest(sorted), key).toString('base64');
  const pem = upstreamPem(cert.der);
  if (!request.dryRun) writeFileAtomic(signaturePath, (write) => writeSignatureFileText(sorted, signature, pem, write));
  return { signaturePath, filesSigned, bytes, written: !request.dryRun };
}
