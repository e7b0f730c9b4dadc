/**
 * Signing a tree: the same walk and hashes as verification, ksort, PSS over the compact
 * JSON, and signature.json written atomically, byte-identical to upstream's sign commands.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  ftruncateSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Dirent,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pssMessageHash, pssSignDigest } from './crypto/pss.ts';
import { phpJsonString } from './php/json.ts';
import { phpNumeric } from './php/ksort.ts';
import { release, removeOnInterrupt } from './cleanup.ts';
import { UsageError } from './errors.ts';
import { RecordStore } from './hash/records.ts';
import { NameStore } from './names.ts';
import { HashPool, type FileSink, type HashOptions, type StatBatch } from './hash/pool.ts';
import { coreConfigExclusions } from './installation.ts';
import type { Target } from './profiles.ts';
import { signedMessageDigest, sortedHashes, writeSignatureFileText } from './signature.ts';
import { CertificateParseError, parseCertificate, splitPemBlocks, upstreamPem, type ParsedCertificate } from './trust/certificate.ts';
import { walkBase, walkTree, type WalkOptions } from './walk.ts';

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
  /** Links to folders the walk skipped (as upstream does): not signed, and named so nobody is surprised. */
  linkedFolders: string[];
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
  if (target.scopeProblem !== undefined) {
    throw new UsageError(target.scopeProblem, 'Fix <id> in appinfo/info.xml, or pass the real id with --app-id (Action: app-id).');
  }
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

/**
 * The signature goes inside the tree: every folder on the way from the root to it (appinfo/,
 * core/, a generic profile's folders) must be a real folder, not a symbolic link, which would
 * make signing write wherever the link points. (An explicit --output is the user's choice.)
 */
function assertSignatureFolderInside(target: Target): void {
  const folders = target.profile.signaturePath.split('/').slice(0, -1);
  let path = target.root;
  for (const [i, name] of folders.entries()) {
    path = join(path, name);
    if (!lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) continue;
    const shown = folders.slice(0, i + 1).join('/');
    throw new UsageError(
      `${shown}/ in ${target.root} is a symbolic link, so the signature would be written outside the tree; nothing was written`,
      `Replace the link ${shown} with a real folder (copy what it points to), then sign again.`,
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

/** Text given at once, or produced in chunks through `write`. */
type Content = string | ((write: (chunk: string) => void) => void);

interface TempFile {
  path: string;
  write: (chunk: string) => void;
  /** Empty it, to write it again from the start. */
  restart: () => void;
  /** fsync and close; the file is complete. */
  finish: () => void;
  /** Close and remove it (after a failure). */
  abort: () => void;
}

/** A new temporary file beside `path` (same folder, so a rename puts it in place atomically). */
function openTempFile(path: string): TempFile {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
  } catch (e) {
    throw cannotWrite(path, e);
  }
  removeOnInterrupt(tmp);
  let position = 0;
  return {
    path: tmp,
    write: (chunk) => {
      const buf = Buffer.from(chunk, 'utf8');
      let off = 0;
      while (off < buf.length) off += writeSync(fd as number, buf, off, buf.length - off, position + off);
      position += buf.length;
    },
    restart: () => {
      ftruncateSync(fd as number, 0);
      position = 0;
    },
    finish: () => {
      fsyncSync(fd as number);
      closeSync(fd as number);
      fd = undefined;
    },
    abort: () => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      discardTempFile(tmp);
    },
  };
}

function discardTempFile(tmp: string): void {
  try {
    unlinkSync(tmp);
  } catch {
    // already gone
  }
  release(tmp);
}

function cannotWrite(path: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  return new UsageError(`cannot write ${path}: ${code ?? (e as Error).message}`, `Make ${dirname(path)} writable.`);
}

/** Put a finished temporary file in place of `path` (rename: readers see the old file or the new one). */
function commitTempFile(tmp: string, path: string): void {
  try {
    renameSync(tmp, path);
    release(tmp);
  } catch (e) {
    discardTempFile(tmp);
    throw cannotWrite(path, e);
  }
}

/** A report file: its folder is created when missing, then it is written atomically (writeFileAtomic). */
export function writeReportFile(path: string, content: Content): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw cannotWrite(path, e);
  }
  writeFileAtomic(path, content);
}

/** Write to `path` atomically: temporary file in the same folder, fsync, rename. Nothing is left behind when it fails. */
export function writeFileAtomic(path: string, content: Content): void {
  const file = openTempFile(path);
  try {
    if (typeof content === 'string') file.write(content);
    else content(file.write);
    file.finish();
  } catch (e) {
    file.abort();
    throw cannotWrite(path, e);
  }
  commitTempFile(file.path, path);
}

const SIZE = 0;
const MTIME = 1;

/** What the walk and the workers saw, kept compactly by walk position (see `hashTree`). */
interface HashedTree {
  /** Every file's name, by walk position. */
  names: NameStore;
  /**
   * Per file: its size and modification time (doubles), after its digest (64 bytes) when the
   * digests are kept: only for trees written the long way (see HashesWriter).
   */
  records: RecordStore;
  keepsDigests: boolean;
  unreadable: { rel: string; problem: string }[];
  /** Each folder walked, with its modification time before it was listed. */
  folders: { paths: NameStore; mtimes: number[] };
  /** The root as the walk joins names to it. */
  base: string;
  bytes: number;
}

function signWalkOptions(target: Target): WalkOptions {
  // Like sign-core on the server itself: its app roots and data directory are not core.
  return { extraExcluded: target.profile.kind === 'core' ? coreConfigExclusions(target.root) : [] };
}

/** A name PHP would treat as a number, at the top of the tree (below it, every name has a "/"). */
function numericTopName(rel: string): boolean {
  // Only a name without "/" that starts below "A" can be numeric.
  return rel.charCodeAt(0) < 0x41 && !rel.includes('/') && phpNumeric(rel) !== null;
}

/** Does the top folder hold something other than a folder with a numeric name ("1", " 2", "1e3")? */
function numericNameAtTop(root: string): boolean {
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return false; // the walk reports it
  }
  return entries.some((d) => !d.isDirectory() && numericTopName(d.name));
}

/** Digests held in place for lines not yet written (a few batches of up to 128 files per worker are in flight). */
const PENDING = 8192;

/**
 * The "hashes" of signature.json, written while the files are hashed. The walk yields paths
 * in byte order, which is PHP's ksort order unless a name is numeric, so each file's line can
 * be written as soon as its digest and those of the files before it are known: what is left
 * once hashing ends is a few lines, the signature and the certificate. The compact JSON that
 * is signed is hashed alongside. Both are built as text (the escaping is PHP's, see
 * phpJsonString) and the same bytes `phpJsonEncode` gives for the sorted PHP array (a test
 * holds the two side by side).
 *
 * Digests are not kept: a line is written when its digest comes back, and only digests that
 * come back before an earlier file's wait (a few batches' worth). A numeric name at the top
 * ("1", " 2", "1e3": ksort orders these as numbers, and the visiting order decides ties among them)
 * is seen in the top folder's listing before hashing: then the writer stands aside
 * (`streaming` false), the digests are kept, and the end writes the file the long way. So
 * does a tree without files (PHP prints `[]`).
 */
class HashesWriter {
  /** Why writing failed (a full disk): reported once hashing is over. */
  failure: unknown = null;
  /** A numeric name at the top that was not there when the writer was chosen. */
  appeared: string | null = null;
  /** The walk broke byte order (a bug; reported once hashing is over). */
  outOfOrder = false;
  private next = 0;
  /**
   * Digests that came back before those of earlier files, by position modulo PENDING (the
   * batches in flight hold far fewer); `pendingAt` marks which slots hold one.
   */
  private readonly pending = Buffer.allocUnsafe(PENDING * 64);
  private readonly pendingAt = new Uint8Array(PENDING);
  private readonly overflow = new Map<number, Buffer>();
  private readonly message = pssMessageHash();
  private compact = '{';
  private pretty = '{\n    "hashes": {';

  constructor(
    private readonly tree: HashedTree,
    private readonly write: ((chunk: string) => void) | null,
    /** False when a name at the top is numeric: the end writes the file the long way. */
    public streaming: boolean,
  ) {}

  /** A file the walk yielded (its name is stored at position `seq` already). */
  walked(rel: string): void {
    if (this.streaming && numericTopName(rel)) {
      this.appeared = rel;
      this.streaming = false;
    }
  }

  /** The digest of the file at position `seq` (64 bytes of `digest` at `offset`): write every line that is ready. */
  hashed(seq: number, digest: Buffer, offset: number): void {
    if (!this.streaming) return;
    if (seq !== this.next) {
      if (seq - this.next >= PENDING) {
        // Many workers with full queues can be further ahead.
        this.overflow.set(seq, Buffer.from(digest.subarray(offset, offset + 64)));
        return;
      }
      const slot = seq % PENDING;
      digest.copy(this.pending, slot * 64, offset, offset + 64);
      this.pendingAt[slot] = 1;
      return;
    }
    this.line(digest.toString('hex', offset, offset + 64));
    while (this.streaming) {
      const slot = this.next % PENDING;
      if (this.pendingAt[slot] === 1) {
        this.pendingAt[slot] = 0;
        this.line(this.pending.toString('hex', slot * 64, slot * 64 + 64));
        continue;
      }
      const far = this.overflow.size > 0 ? this.overflow.get(this.next) : undefined;
      if (far === undefined) break;
      this.overflow.delete(this.next);
      this.line(far.toString('hex'));
    }
  }

  /** The line of the next file. */
  private line(hex: string): void {
    const { names } = this.tree;
    const i = this.next++;
    if (i > 0 && names.compare(i - 1, i) >= 0) {
      this.outOfOrder = true;
      this.streaming = false;
      return;
    }
    const key = phpJsonString(names.string(i));
    const sep = i === 0 ? '' : ',';
    this.compact += `${sep}${key}:"${hex}"`;
    if (this.write) this.pretty += `${sep}\n        ${key}: "${hex}"`;
    if (this.compact.length >= 1 << 16) {
      this.message.update(this.compact, 'utf8');
      this.compact = '';
    }
    if (this.write && this.pretty.length >= 1 << 16) {
      try {
        this.write(this.pretty);
      } catch (e) {
        this.failure = e;
        this.streaming = false;
      }
      this.pretty = '';
    }
  }

  /** Every file has been hashed: true when the file could be written this way (then finish it). */
  complete(): boolean {
    return this.streaming && this.next > 0 && this.next === this.tree.names.count;
  }

  /** The signature, and the end of the file (after `complete()`). */
  finish(sign: (digest: Buffer) => string, certificatePem: string): void {
    this.message.update(`${this.compact}}`, 'utf8');
    const signature = sign(this.message.digest());
    this.write?.(
      `${this.pretty}\n    },\n    "signature": ${phpJsonString(signature)},\n    "certificate": ${phpJsonString(certificatePem)}\n}`,
    );
  }
}

async function hashTree(
  pool: HashPool,
  target: Target,
  tree: HashedTree,
  walkOptions: WalkOptions,
  writer: HashesWriter,
  options: HashOptions | undefined,
): Promise<void> {
  const withFolderTimes: WalkOptions = {
    ...walkOptions,
    // Byte order of whole paths (the default): the order of signature.json's keys, so lines
    // are written as their digests come; for numeric names see folderOrder.
    onFolder: (path) => {
      // Taken before the listing: a file added or removed afterwards changes it.
      let mtimeMs = Number.NaN; // cannot be looked at: counts as changed at the end
      try {
        mtimeMs = statSync(path).mtimeMs;
      } catch {
        // the listing right after reports the folder
      }
      tree.folders.paths.pushString(path);
      tree.folders.mtimes.push(mtimeMs);
    },
  };
  const sink: FileSink = (file) => {
    const { seq } = file;
    if (file.problem !== undefined) {
      tree.unreadable.push({ rel: tree.names.string(seq), problem: file.problem });
      writer.streaming = false;
      return;
    }
    if (tree.keepsDigests) tree.records.setDigest(seq, file.digest, file.offset);
    tree.records.setNumber(seq, SIZE, file.bytes);
    tree.records.setNumber(seq, MTIME, file.mtimeMs);
    tree.bytes += file.bytes;
    writer.hashed(seq, file.digest, file.offset);
  };
  const walked = (_seq: number, rel: string): void => {
    tree.names.pushString(rel);
    writer.walked(rel);
  };
  await pool.hash(walkTree(target.root, target.profile, withFolderTimes), sink, options, walked);
}

/**
 * Noticing a tree that changed while it was hashed: every folder must have kept its
 * modification time (nothing added, removed or renamed in it) and every file its size and
 * modification time. The workers look at them again, in parallel with the end of
 * signature.json, which is put in place only if nothing changed. (A file written during its
 * own read is caught while it is hashed.)
 */
function startTreeCheck(pool: HashPool, tree: HashedTree): Promise<string[]> {
  const prefix = Buffer.from(`${tree.base}/`, 'utf8');
  const files = tree.names.count;
  const folders = tree.folders.paths.count;
  function* batches(): Generator<StatBatch> {
    for (let from = 0; from < files; from += STAT_BATCH) {
      const to = Math.min(files, from + STAT_BATCH);
      const sizes = new Float64Array(to - from);
      const mtimes = new Float64Array(to - from);
      for (let seq = from; seq < to; seq++) {
        sizes[seq - from] = tree.records.getNumber(seq, SIZE);
        mtimes[seq - from] = tree.records.getNumber(seq, MTIME);
      }
      yield { paths: tree.names.joined(from, to, prefix), sizes, mtimes };
    }
    // Folders: only their modification time counts (a size of -1 says so).
    for (let from = 0; from < folders; from += STAT_BATCH) {
      const to = Math.min(folders, from + STAT_BATCH);
      yield {
        paths: tree.folders.paths.joined(from, to, new Uint8Array(0)),
        sizes: new Float64Array(to - from).fill(-1),
        mtimes: Float64Array.from(tree.folders.mtimes.slice(from, to)),
      };
    }
  }
  const checking = pool.check(batches()).then((changed) => {
    const changes: string[] = [];
    const folderChanges: string[] = [];
    for (const [n, what] of [...changed].sort((x, y) => x[0] - y[0])) {
      if (n < files) changes.push(`${tree.names.string(n)} ${what}`);
      else {
        const path = tree.folders.paths.string(n - files);
        folderChanges.push(`files were added, removed or renamed in ${path === tree.base ? '.' : path.slice(tree.base.length + 1)}`);
      }
    }
    // Modified files first: they say the most.
    return [...changes, ...folderChanges];
  });
  checking.catch(() => undefined); // awaited by the caller; must not go unhandled meanwhile
  return checking;
}

const STAT_BATCH = 512;

function assertUnchanged(changes: string[]): void {
  if (changes.length === 0) return;
  throw new UsageError(
    `the tree changed while it was being signed (${changes.slice(0, 5).join('; ')}${changes.length > 5 ? '; …' : ''}); nothing was written`,
    'Sign again once nothing writes to the folder (stop builds or syncs that touch it).',
  );
}

/**
 * The names in upstream's visiting order, made reproducible: each folder's entries in byte
 * order, depth first (what PHP visits on a filesystem that lists sorted). Only needed when
 * some name is numeric: ksort keeps the visiting order of keys it compares as equal ("9",
 * "09"), and its comparison of numeric names is not transitive, so the raw listing order of
 * the machine would otherwise decide the bytes of signature.json.
 */
function folderOrder(target: Target, walkOptions: WalkOptions): string[] {
  const rels: string[] = [];
  for (const entry of walkTree(target.root, target.profile, { ...walkOptions, order: 'folders', onLinkedFolder: undefined })) {
    rels.push(entry.rel);
  }
  return rels;
}

/** The path of `file` relative to `root` with "/" separators, or undefined when it is outside. */
function insideRoot(root: string, file: string): string | undefined {
  const rel = relative(root, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

export async function signTree(request: SignRequest): Promise<SignOutcome> {
  const { target } = request;
  const key = loadPrivateKey(request.privateKeyPem, request.passphrase);
  const cert = loadSigningCertificate(request.certificatePem);
  assertKeyMatchesCertificate(key, cert);
  assertScope(cert, target);
  assertTreeShape(target);
  if (request.output === undefined) assertSignatureFolderInside(target);
  const signaturePath = request.output ?? join(target.root, target.profile.signaturePath);
  if (!request.dryRun) clearStaleTempFiles(signaturePath);
  const pem = upstreamPem(cert.der);
  const sign = (digest: Buffer): string => pssSignDigest(digest, key).toString('base64');

  const ownPool = request.hash?.pool === undefined;
  const pool = request.hash?.pool ?? new HashPool(request.hash?.workers);
  // Opened before the walk, which therefore lists it (and must skip it) and sees its folder
  // as it will stay until the rename.
  const file = request.dryRun ? null : openTempFile(signaturePath);
  try {
    const linkedFolders: string[] = [];
    const walkOptions: WalkOptions = { ...signWalkOptions(target), onLinkedFolder: (rel) => linkedFolders.push(rel) };
    const skipFile = file && insideRoot(target.root, file.path);
    if (skipFile !== undefined && skipFile !== null) walkOptions.skipFile = skipFile;
    // The usual tree is written while it is hashed and keeps no digest; one with a numeric
    // name at the top is written the long way at the end, from the digests.
    const streaming = !numericNameAtTop(target.root);
    const tree: HashedTree = {
      names: new NameStore(),
      records: streaming ? new RecordStore(16, 0) : new RecordStore(80),
      keepsDigests: !streaming,
      unreadable: [],
      folders: { paths: new NameStore(), mtimes: [] },
      base: walkBase(target.root),
      bytes: 0,
    };
    const write = file ? (chunk: string): void => writeOrFail(file, signaturePath, chunk) : null;
    const writer = new HashesWriter(tree, write, streaming);
    await hashTree(pool, target, tree, walkOptions, writer, request.hash);
    if (writer.failure !== null) throw writer.failure;
    if (writer.outOfOrder) throw new Error('internal error: the walk did not yield the paths in byte order');
    const { unreadable } = tree;
    if (unreadable.length > 0) {
      const list = unreadable.slice(0, 5).map((f) => `${f.rel}: ${f.problem}`);
      throw new UsageError(
        `cannot sign: ${unreadable.length} file(s) cannot be hashed safely (${list.join('; ')}${unreadable.length > 5 ? '; …' : ''})`,
        'Remove or fix these files (links out of the tree, special files, unreadable files), then sign again.',
      );
    }
    const treeCheck = startTreeCheck(pool, tree);

    if (writer.complete()) writer.finish(sign, pem);
    else if (!tree.keepsDigests && tree.names.count > 0) {
      assertUnchanged([...(await treeCheck), `${writer.appeared ?? 'a file'} appeared at the top of the tree`]);
    } else {
      // Numeric names (or no file): PHP's ksort replayed on the PHP array, in upstream's visiting order.
      file?.restart();
      const seqOf = new Map(Array.from({ length: tree.names.count }, (_, seq) => [tree.names.string(seq), seq] as const));
      const visited = folderOrder(target, walkOptions);
      if (visited.length !== seqOf.size || visited.some((rel) => !seqOf.has(rel))) {
        assertUnchanged([...(await treeCheck), 'the list of files changed']);
      }
      const sorted = sortedHashes(
        visited.map((rel) => {
          const seq = seqOf.get(rel) as number;
          return [rel, tree.records.digestHex(seq)] as const;
        }),
      );
      writeSignatureFileText(sorted, sign(signedMessageDigest(sorted)), pem, write ?? (() => undefined));
    }
    if (file) {
      try {
        file.finish();
      } catch (e) {
        throw cannotWrite(signaturePath, e);
      }
    }
    assertUnchanged(await treeCheck);
    if (file !== null) commitTempFile(file.path, signaturePath);
    return { signaturePath, filesSigned: tree.names.count, bytes: tree.bytes, written: !request.dryRun, linkedFolders };
  } catch (e) {
    file?.abort();
    throw e;
  } finally {
    if (ownPool) await pool.close();
  }
}

function writeOrFail(file: TempFile, signaturePath: string, chunk: string): void {
  try {
    file.write(chunk);
  } catch (e) {
    throw cannotWrite(signaturePath, e);
  }
}
