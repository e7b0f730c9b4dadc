/**
 * Signing a tree, as upstream's sign commands do but checked first: load the signer (the key
 * must belong to the certificate, whose CN must be the scope), check the tree's shape, hash
 * it while writing signature.json to a temporary file, make sure nothing changed meanwhile,
 * then rename it into place. The file is byte-identical to upstream's (ksort, PHP JSON, PSS).
 */
import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { cannotWrite, clearStaleTempFiles, commitTempFile, openTempFile, writeOrFail, type TempFile } from './atomic-file.ts';
import { pssSignDigest } from './crypto/pss.ts';
import { certificateCoversScope, singleCommonName } from './rules/scope.ts';
import { optionRef, UsageError } from './errors.ts';
import { HashesWriter, numericTopName } from './hashing/hashes-writer.ts';
import { HashPool, type HashOptions } from './hashing/pool.ts';
import { RecordStore } from './hashing/records.ts';
import { assertUnchanged, hashTree, startTreeCheck, type HashedTree } from './hashing/signed-tree.ts';
import { coreConfigExclusions } from './installation.ts';
import { NameStore } from './hashing/names.ts';
import type { Target } from './target.ts';
import { signedMessageDigest, sortedHashes, writeSignatureFileText } from './signature.ts';
import { upstreamPem, type ParsedCertificate } from './trust/certificate.ts';
import { assertKeyMatchesCertificate, loadPrivateKey, loadSigningCertificate } from './trust/signer.ts';
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

function assertScope(cert: ParsedCertificate, target: Target): void {
  if (target.scopeProblem !== undefined) {
    throw new UsageError(
      target.scopeProblem,
      `Fix <id> in appinfo/info.xml, or pass the real id with ${optionRef('app-id')}.`,
      'invalid-app-id',
    );
  }
  if (certificateCoversScope(cert.commonNames, target.scope)) return;
  const cn = singleCommonName(cert.commonNames);
  throw new UsageError(
    `the certificate is for ${cn === null ? 'no single CN' : `"${cn}"`}, but the tree is "${target.scope}"`,
    target.profile.kind === 'app'
      ? `Sign with the certificate issued for "${target.scope}", or pass ${optionRef('app-id')} if appinfo/info.xml names another id.`
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
      `Pass the folder of the app or server to sign, or ${optionRef('profile')} to say what it is.`,
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

function signWalkOptions(target: Target): WalkOptions {
  // Like sign-core on the server itself: its app roots and data directory are not core.
  return { extraExcluded: target.profile.kind === 'core' ? coreConfigExclusions(target.root) : [] };
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

/** What signs: the signature over a digest, and the certificate block upstream writes. */
interface Signer {
  sign: (digest: Buffer) => string;
  certificatePem: string;
}

/** Step 1: the key, the certificate, that they belong together and that the CN is the scope. */
function loadSigner(request: SignRequest): Signer {
  const key = loadPrivateKey(request.privateKeyPem, request.passphrase);
  const cert = loadSigningCertificate(request.certificatePem);
  assertKeyMatchesCertificate(key, cert);
  assertScope(cert, request.target);
  return { sign: (digest) => pssSignDigest(digest, key).toString('base64'), certificatePem: upstreamPem(cert.der) };
}

/** Step 2: where signature.json goes (inside the tree unless --output), with stale temporary files cleared. */
function signaturePathOf(request: SignRequest): string {
  assertTreeShape(request.target);
  if (request.output === undefined) assertSignatureFolderInside(request.target);
  const path = request.output ?? join(request.target.root, request.target.profile.signaturePath);
  if (!request.dryRun) clearStaleTempFiles(path);
  return path;
}

/** A tree hashed for signing, with the writer that wrote its lines as they came. */
interface HashedForSigning {
  tree: HashedTree;
  writer: HashesWriter;
  walkOptions: WalkOptions;
  linkedFolders: string[];
}

/**
 * Step 3: hash every file, writing signature.json's lines into `file` as the digests come.
 * The usual tree keeps no digest; one with a numeric name at the top keeps them all and is
 * written the long way at the end (see HashesWriter).
 */
async function hashForSigning(pool: HashPool, request: SignRequest, file: TempFile | null, path: string): Promise<HashedForSigning> {
  const { target } = request;
  const linkedFolders: string[] = [];
  const walkOptions: WalkOptions = { ...signWalkOptions(target), onLinkedFolder: (rel) => linkedFolders.push(rel) };
  const skipFile = file === null ? undefined : insideRoot(target.root, file.path);
  if (skipFile !== undefined) walkOptions.skipFile = skipFile;
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
  const writer = new HashesWriter(tree.names, file === null ? null : (chunk) => writeOrFail(file, path, chunk), streaming);
  await hashTree(pool, target, tree, walkOptions, writer, request.hash);
  if (writer.failure !== null) throw writer.failure;
  if (writer.outOfOrder) throw new Error('internal error: the walk did not yield the paths in byte order');
  return { tree, writer, walkOptions, linkedFolders };
}

/** Step 4: every file could be read: a tree with a link out of it or a FIFO is not signed. */
function assertHashable(tree: HashedTree): void {
  const { unreadable } = tree;
  if (unreadable.length === 0) return;
  const list = unreadable.slice(0, 5).map((f) => `${f.rel}: ${f.problem}`);
  throw new UsageError(
    `cannot sign: ${unreadable.length} file(s) cannot be hashed safely (${list.join('; ')}${unreadable.length > 5 ? '; …' : ''})`,
    'Remove or fix these files (links out of the tree, special files, unreadable files), then sign again.',
  );
}

/** Step 5: the end of signature.json (its signature and certificate), or the whole file the long way. */
async function writeSignature(
  hashed: HashedForSigning,
  signer: Signer,
  target: Target,
  file: TempFile | null,
  treeCheck: Promise<string[]>,
): Promise<void> {
  const { tree, writer } = hashed;
  if (writer.complete()) return writer.finish(signer.sign, signer.certificatePem);
  if (!tree.keepsDigests && tree.names.count > 0) {
    // Streaming stopped because a numeric name appeared after the top folder was listed: refused.
    assertUnchanged([...(await treeCheck), `${writer.appeared ?? 'a file'} appeared at the top of the tree`]);
  }
  // Numeric names (or no file): PHP's ksort replayed on the PHP array, in upstream's visiting order.
  file?.restart();
  const seqOf = new Map(Array.from({ length: tree.names.count }, (_, seq) => [tree.names.string(seq), seq] as const));
  const visited = folderOrder(target, hashed.walkOptions);
  if (visited.length !== seqOf.size || visited.some((rel) => !seqOf.has(rel))) {
    assertUnchanged([...(await treeCheck), 'the list of files changed']);
  }
  const sorted = sortedHashes(visited.map((rel) => [rel, tree.records.digestHex(seqOf.get(rel) as number)] as const));
  writeSignatureFileText(sorted, signer.sign(signedMessageDigest(sorted)), signer.certificatePem, file ? file.write : () => undefined);
}

/** Sign `request.target`: signature.json is renamed into place only when everything above held. */
export async function signTree(request: SignRequest): Promise<SignOutcome> {
  const signer = loadSigner(request);
  const signaturePath = signaturePathOf(request);
  const ownPool = request.hash?.pool === undefined;
  const pool = request.hash?.pool ?? new HashPool(request.hash?.workers);
  // Opened before the walk, which therefore lists it (and skips it) and sees its folder as it
  // will stay until the rename.
  const file = request.dryRun ? null : openTempFile(signaturePath);
  try {
    const hashed = await hashForSigning(pool, request, file, signaturePath);
    assertHashable(hashed.tree);
    const treeCheck = startTreeCheck(pool, hashed.tree);
    await writeSignature(hashed, signer, request.target, file, treeCheck);
    finishFile(file, signaturePath);
    assertUnchanged(await treeCheck);
    if (file !== null) commitTempFile(file.path, signaturePath);
    const { tree, linkedFolders } = hashed;
    return { signaturePath, filesSigned: tree.names.count, bytes: tree.bytes, written: !request.dryRun, linkedFolders };
  } catch (e) {
    file?.abort();
    throw e;
  } finally {
    if (ownPool) await pool.close();
  }
}

/** fsync and close the temporary file (a full disk shows here too). */
function finishFile(file: TempFile | null, signaturePath: string): void {
  if (file === null) return;
  try {
    file.finish();
  } catch (e) {
    throw cannotWrite(signaturePath, e);
  }
}
