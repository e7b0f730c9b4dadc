/**
 * Verification of one signed scope (an app or core), in upstream's order:
 * read signature → check chain → check scope → check signature → hash tree → compare.
 * Each step is a small function returning data or throwing an UpstreamException whose
 * message is upstream's, verbatim; the trust material is passed in.
 */
import { join, relative, isAbsolute } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AllowList } from './allow.ts';
import { optionRef } from './errors.ts';
import { pathCompare, upstreamCompare, UpstreamComparisonError } from './compare.ts';
import { coreConfigExclusions } from './installation.ts';
import { pssVerifyDigest } from './crypto/pss.ts';
import { hashEntries, type FileSink, type HashedFile, type HashOptions } from './hash/pool.ts';
import { holding, RecordStore } from './hash/records.ts';
import { HashTable, WalkCursor } from './hashes.ts';
import { NameStore } from './names.ts';
import { PhpArray, PhpFloat, type PhpValue } from './php/array.ts';
import type { Profile } from './profiles/index.ts';
import type { Target } from './target.ts';
import type { ScopeResult } from './result.ts';
import { readSignatureFile, type ReadSignatureOptions, type SignatureContent, type SignatureRead } from './signature.ts';
import { CertificateParseError, parseCertificate, type ParsedCertificate } from './trust/certificate.ts';
import { assessChain, certificateSummary, describeRevocation, extraPemCertificates } from './trust/chain.ts';
import { untrustedCrl } from './rules/revocation.ts';
import { certificateCoversScope, singleCommonName, upstreamShownCommonName } from './rules/scope.ts';
import { invalidCrlError } from './trust/crl.ts';
import type { TrustStore } from './trust/store.ts';
import { compareFolderOrder, folderOrderKey, linkedFoldersNote, walkTree, WalkError } from './walk.ts';

/** An exception upstream's checker would throw; becomes the scope's EXCEPTION finding. */
export class UpstreamException extends Error {
  constructor(
    readonly className: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/**
 * Where a scope's files come from: a folder on disk (default), or an archive read as a
 * stream. A source gives the signature file's decoded content and the hashes of the files
 * the profile covers, in the walk order the occ-compatible comparison needs.
 */
export interface TreeSource {
  readSignature(target: Target, options?: ReadSignatureOptions): Promise<SignatureRead>;
  /** Hash the files the profile covers; every file's outcome goes to `sink` (with its walk position). */
  hashFiles(target: Target, options: HashFilesOptions): Promise<void>;
  /**
   * The files were hashed before (an archive, while it was read): they are handed over once
   * the expected hashes are known, so none has to wait for them.
   */
  hashedAlready?: boolean;
}

export interface HashFilesOptions {
  extraExcluded: string[];
  hash?: HashOptions | undefined;
  /** Each file's walk position and name, in walk order, before its outcome goes to `sink`. */
  walked: (seq: number, rel: string) => void;
  sink: FileSink;
  /** Each link to a folder the walk skipped (as upstream does). */
  onLinkedFolder?: (rel: string) => void;
}

/** The default source: the folder `target.root` on disk. */
export const directorySource: TreeSource = {
  readSignature: (target, options) => readSignatureFile(join(target.root, target.profile.signaturePath), target.root, options),
  hashFiles: async (target, options) => {
    const walk = walkTree(target.root, target.profile, { extraExcluded: options.extraExcluded, onLinkedFolder: options.onLinkedFolder });
    await hashEntries(walk, options.sink, options.hash, options.walked);
  },
};

export interface VerifyRequest {
  target: Target;
  /** Default: the folder on disk. */
  source?: TreeSource;
  trust: TrustStore;
  hash?: HashOptions;
  /** Clock for expiry warnings (tests pin it). */
  now?: Date;
  /** Extra relative paths to prune from the walk (data dir, app roots). */
  extraExcluded?: string[];
  /** Reports show the root relative to this folder (default: the process's working folder). */
  displayFrom?: string;
  /** Extra files the host added on purpose: reported as allowed, not as EXTRA_FILE. */
  allow?: AllowList;
  /** Progress while hashing; `expectedFiles` is the number of hashes in signature.json. */
  onProgress?: (progress: VerifyProgress) => void;
}

export interface VerifyProgress {
  scope: string;
  files: number;
  bytes: number;
  expectedFiles: number;
}

interface SignatureFields {
  expected: HashTable;
  signature: Buffer;
  certificate: PhpValue;
  messageDigest: () => Buffer;
}

function phpTypeName(value: PhpValue | undefined): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return 'int';
  if (value instanceof PhpFloat) return 'float';
  if (typeof value === 'string') return 'string';
  return 'array';
}

/** Step 0: the app id the tree names must be one upstream could ever load (see appIdProblem). */
function checkAppId(target: Target): void {
  if (target.scopeProblem === undefined) return;
  throw new UpstreamException(
    'InvalidArgumentException',
    target.scopeProblem,
    `Upstream never loads an app under such an id, so this tree is not a release of an app; it was checked under its folder's name "${target.scope}" instead. Fix <id> in appinfo/info.xml, or pass the real id with ${optionRef('app-id')}.`,
  );
}

/** Step 1: read signature.json ("Signature data not found." when absent or not JSON). */
async function readSignature(target: Target, source: TreeSource): Promise<SignatureContent> {
  const { profile } = target;
  const read = await source.readSignature(target, { pause: yieldToEventLoop });
  if (read.kind === 'missing') {
    throw new UpstreamException(
      profile.messages.signatureMissingClass,
      profile.messages.signatureMissing,
      `${read.reason} (${profile.signaturePath}). The ${target.scope === 'core' ? 'server' : 'app'} is not signed, or the file is damaged: restore it from the release, or sign with \`code-integrity sign\`.`,
    );
  }
  return read.content;
}

/** Lets worker replies (and the walk feeding the workers) run between pieces of main-thread work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Step 2: the fields, with PHP's type errors where upstream would hit them (strict_types). */
function signatureFields(content: SignatureContent): SignatureFields {
  const { hashes } = content;
  if (!(hashes instanceof HashTable)) {
    throw new UpstreamException(
      'TypeError',
      `ksort(): Argument #1 ($array) must be of type array, ${phpTypeName(hashes)} given`,
      'signature.json has no "hashes" object; upstream stops with a PHP error here. Restore the file from the release.',
    );
  }
  const sig = content.signature;
  if (typeof sig !== 'string') {
    throw new UpstreamException(
      'TypeError',
      `base64_decode(): Argument #1 ($string) must be of type string, ${phpTypeName(sig)} given`,
      'signature.json has no "signature" string; upstream stops with a PHP error here. Restore the file from the release.',
    );
  }
  // base64_decode in non-strict mode skips every character outside the alphabet.
  const signature = Buffer.from(sig.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
  return { expected: hashes, signature, certificate: content.certificate ?? null, messageDigest: content.messageDigest };
}

/**
 * Step 3: the certificate must have been issued by a trusted certificate (upstream rules),
 * and, when CRLs were given (--crl), must not be revoked. Our own findings (dates, CA flag,
 * revocation in the bundled Nextcloud CRL) go into result.certificate.warnings only.
 */
function checkChain(fields: SignatureFields, trust: TrustStore, profile: Profile, now: Date, result: ScopeResult): ParsedCertificate {
  const cert = readCertificate(fields, profile);
  const { revocation, messages } = profile;
  // A CRL that cannot be trusted: a checker without a CRL step leaves it to the user (a usage
  // error); one with it reports it after the chain check.
  const badCrl = untrustedCrl(trust.crls);
  if (badCrl && revocation.crlInvalid === null) throw invalidCrlError(badCrl);
  const chain = assessChain(cert, trust, { now, extraCertificates: extraPemCertificates(fields.certificate as string) });
  result.certificate = certificateSummary(cert, chain, now);
  if (!chain.trusted) throw new UpstreamException(messages.exceptionClass, messages.certificateInvalid, chain.untrustedHint ?? undefined);
  if (badCrl && revocation.crlInvalid !== null) {
    throw new UpstreamException(
      messages.exceptionClass,
      revocation.crlInvalid,
      `The CRL ${badCrl.source} cannot be trusted: ${badCrl.problem ?? 'its signature does not verify'}. Use the CRL as the CA published it.`,
    );
  }
  if (chain.revocation.status === 'revoked' && chain.revocation.enforced) {
    throw new UpstreamException(
      messages.exceptionClass,
      revocation.revoked,
      `The signer certificate (${cert.info.subject}) is on the revocation list: ${describeRevocation(cert, chain.revocation)}. Do not trust this release; the developer must sign it again with a new certificate.`,
    );
  }
  return cert;
}

/** The certificate in signature.json; one that cannot be read is upstream's "not valid". */
function readCertificate(fields: SignatureFields, profile: Profile): ParsedCertificate {
  try {
    if (typeof fields.certificate !== 'string') throw new CertificateParseError('the "certificate" field is not a string');
    return parseCertificate(fields.certificate);
  } catch (e) {
    throw new UpstreamException(
      profile.messages.exceptionClass,
      profile.messages.certificateInvalid,
      `The certificate in signature.json cannot be read: ${(e as Error).message}.`,
    );
  }
}

/** Step 4: CN must be the scope, or "core" (trusted for every scope upstream; see rules/scope.ts). */
function checkScope(cert: ParsedCertificate, scope: string, profile: Profile): void {
  if (certificateCoversScope(cert.commonNames, scope)) return;
  const shown = upstreamShownCommonName(cert.commonNames);
  throw new UpstreamException(
    profile.messages.exceptionClass,
    profile.messages.scopeInvalid(scope, shown),
    singleCommonName(cert.commonNames) !== null
      ? `The certificate is for ${shown === 'core' ? 'core' : `app "${shown}"`}, not for "${scope}". Did you pass the wrong ${optionRef('app-id')}, or sign with another app's key?`
      : 'The certificate has no single CN, so it cannot be bound to a scope.',
  );
}

/** Step 5: RSA-PSS over the compact JSON of the ksorted hashes. */
function checkSignature(fields: SignatureFields, cert: ParsedCertificate, profile: Profile): void {
  const ok = pssVerifyDigest(fields.messageDigest(), fields.signature, cert.x509.publicKey);
  if (!ok) {
    throw new UpstreamException(
      profile.messages.exceptionClass,
      profile.messages.signatureInvalid,
      'The hashes in signature.json do not match its signature: the file was edited after signing, or signed with another key than its certificate. Restore it from the release.',
    );
  }
}

/**
 * Step 6 (Nextcloud core): expected `updater/` entries are ignored once the signature holds.
 * Upstream tests each name with `str_starts_with` under strict_types, so a name PHP holds as an
 * integer key (a top-level "10") stops it with a TypeError, which becomes the EXCEPTION here.
 */
function dropUpdater(expected: HashTable, profile: Profile): void {
  if (!profile.dropUpdaterOnVerify) return;
  if (expected.hasIntegerKey()) {
    throw new UpstreamException(
      'TypeError',
      'str_starts_with(): Argument #1 ($haystack) must be of type string, int given',
      'signature.json lists a file whose name is a whole number at the top of the server (such as "10"); upstream stops with a PHP error on it, so this server cannot be checked by occ either. Remove the file and sign again.',
    );
  }
  expected.dropPrefix('updater/');
}

/**
 * Step 7 happens while the signature is read and checked: files are hashed from the start.
 * Each file is matched to its expected entry as the walk reaches it (in walk order, by a
 * cursor; see WalkCursor), and its digest compared when its batch comes back. Until the
 * expected table is known, names and outcomes wait in two short lists. A file with the hash
 * listed under its own path costs four bytes (its walk position → table entry); only the
 * others are kept in full. When every file matches and none is missing, both upstream's
 * comparison and ours are provably empty, so neither is built.
 */
const UNSEEN = -2;

class Collector {
  files = 0;
  bytes = 0;
  private expected: HashTable | null = null;
  private cursor: WalkCursor | null = null;
  /** Names walked before the expected table was known (walk positions 0, 1, 2, …), as bytes. */
  private waitingNames = new NameStore();
  /** Outcomes that came back before their file was matched to an entry: digests by walk position, */
  private waitingDigests = new RecordStore(64);
  /** …which positions they are for (1 = waiting), and the problems of the unreadable ones. */
  private waiting = new Uint8Array(4096);
  private readonly waitingProblems = new Map<number, string>();
  /** Walk position → index in `expected` of the file's entry, -1 for none, UNSEEN before the match. */
  private entryOf = new Int32Array(4096).fill(UNSEEN);
  /** Names of walked files that have no entry (extra files), by walk position. */
  private readonly unlisted = new Map<number, string>();
  private matched = 0;
  private readonly others = new Map<number, HashedFile>();

  readonly walked = (seq: number, rel: string): void => {
    if (this.cursor === null)
      this.waitingNames.pushString(rel); // walk positions come in order: index = seq
    else this.place(seq, rel);
  };

  readonly sink: FileSink = (file) => {
    this.files += 1;
    this.bytes += file.bytes;
    const { seq } = file;
    if (seq < this.entryOf.length && this.entryOf[seq] !== UNSEEN) {
      this.compare(seq, file.problem, file.digest, file.offset);
      return;
    }
    this.waiting = holding(this.waiting, seq);
    this.waiting[seq] = 1;
    if (file.problem === undefined) this.waitingDigests.setDigest(seq, file.digest, file.offset);
    else this.waitingProblems.set(seq, file.problem);
  };

  /** The expected hashes are known: place and compare what waited, and from now on each file as it comes. */
  start(expected: HashTable): void {
    this.expected = expected;
    this.cursor = new WalkCursor(expected);
    for (let seq = 0; seq < this.waitingNames.count; seq++) this.place(seq, this.waitingNames.string(seq));
    // From now on every file is placed as it is walked, before its outcome can come back.
    this.waitingNames = new NameStore();
    this.waitingDigests = new RecordStore(64);
  }

  /** Match the file at walk position `seq` to its entry (walk order), then compare it if its outcome is here. */
  private place(seq: number, rel: string): void {
    const i = (this.cursor as WalkCursor).find(rel);
    this.entryOf = holding(this.entryOf, seq, UNSEEN);
    this.entryOf[seq] = i;
    if (i < 0) this.unlisted.set(seq, rel);
    if (seq >= this.waiting.length || this.waiting[seq] !== 1) return;
    this.waiting[seq] = 0;
    const problem = this.waitingProblems.get(seq);
    this.waitingProblems.delete(seq);
    const store = this.waitingDigests;
    this.compare(seq, problem, store.chunkFor(seq), store.offsetOf(seq));
  }

  private nameOf(seq: number): string {
    const i = this.entryOf[seq] as number;
    return i >= 0 ? String((this.expected as HashTable).keyAt(i)) : (this.unlisted.get(seq) as string);
  }

  private compare(seq: number, problem: string | undefined, digest: Buffer, offset: number): void {
    const i = this.entryOf[seq] as number;
    if (problem === undefined && i >= 0 && (this.expected as HashTable).matches(i, digest, offset)) {
      this.matched += 1;
      return;
    }
    const rel = this.nameOf(seq);
    this.others.set(
      seq,
      problem === undefined ? { rel, hash: digest.toString('hex', offset, offset + 64), bytes: 0 } : { rel, hash: null, problem, bytes: 0 },
    );
  }

  allMatch(): boolean {
    return this.others.size === 0 && this.matched === (this.expected as HashTable).size;
  }

  /** Every file in walk order, with its hash (for the full comparisons). */
  *inWalkOrder(): Generator<HashedFile> {
    const expected = this.expected as HashTable;
    for (let seq = 0; seq < this.files; seq++) {
      const other = this.others.get(seq);
      if (other) yield other;
      else {
        const i = this.entryOf[seq] as number;
        yield { rel: String(expected.keyAt(i)), hash: expected.valueAt(i) as string, bytes: 0 };
      }
    }
  }
}

/**
 * The files in upstream's visiting order (each folder's entries in byte order, depth first):
 * the order of `current` decides the order of current-side findings and which of several
 * equal-content extra files upstream names. The walk itself runs in whole-path byte order,
 * the order of signature.json's keys, so matching needs no lookups; only this slow path,
 * taken when something differs, reorders.
 */
function inVisitingOrder(files: Iterable<HashedFile>): HashedFile[] {
  const keyed = [...files].map((file) => ({ file, key: folderOrderKey(file.rel) }));
  return keyed.sort((x, y) => Buffer.compare(x.key, y.key)).map((k) => k.file);
}

function finish(result: ScopeResult, started: number): ScopeResult {
  result.stats.ms = Math.round(performance.now() - started);
  return result;
}

/** Extra files matching the allow-list move to `allowed`: listed, never failing the run. */
function moveAllowed(result: ScopeResult, allow: AllowList): void {
  for (const [name, finding] of Object.entries(result.EXTRA_FILE)) {
    if (finding.problem || !allow.matches(name)) continue;
    result.allowed[name] = finding;
    delete result.EXTRA_FILE[name];
  }
}

/** The checked folder as reports show it: relative to `from` (the folder paths were given from) when below it. */
function displayRoot(root: string, from: string): string {
  const rel = relative(from, root);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? root : rel;
}

export function emptyScopeResult(target: Target, displayFrom = process.cwd()): ScopeResult {
  return {
    scope: target.scope,
    profile: target.profile.name,
    root: displayRoot(target.root, displayFrom),
    signaturePath: target.profile.signaturePath,
    INVALID_HASH: {},
    MISSING_FILE: {},
    EXTRA_FILE: {},
    EXCEPTION: null,
    allowed: {},
    upstream: new PhpArray(),
    notes: [],
    stats: { files: 0, bytes: 0, ms: 0 },
  };
}

function setException(result: ScopeResult, className: string, message: string, hint?: string): void {
  result.EXCEPTION = hint === undefined ? { class: className, message } : { class: className, message, hint };
  const detail = new PhpArray();
  detail.set('class', className);
  detail.set('message', message);
  result.upstream = PhpArray.fromEntries([['EXCEPTION', detail]]);
}

/** Verify one scope. Never throws for integrity problems; they are in the returned result. */
export async function verifyTarget(request: VerifyRequest): Promise<ScopeResult> {
  const { target, trust } = request;
  const { profile } = target;
  const now = request.now ?? new Date();
  const started = performance.now();
  const result = emptyScopeResult(target, request.displayFrom);
  const source = request.source ?? directorySource;
  const collector = new Collector();
  const abort = new AbortController();
  let hashing: Promise<void> | null = null;
  try {
    const extraExcluded =
      request.extraExcluded ?? (profile.kind === 'core' && source === directorySource ? coreConfigExclusions(target.root) : []);
    // Hashing starts first and runs beside the signature steps; its outcome matters only
    // once they have passed (upstream's order of exceptions is kept below).
    let expectedFiles = 0;
    const onProgress = request.onProgress;
    const hashOptions: HashOptions = {
      ...request.hash,
      signal: abort.signal,
      ...(onProgress ? { onProgress: (p) => onProgress({ scope: target.scope, files: p.files, bytes: p.bytes, expectedFiles }) } : {}),
    };
    const linkedFolders: string[] = [];
    const startHashing = (): Promise<void> => {
      const run = source.hashFiles(target, {
        extraExcluded,
        hash: hashOptions,
        walked: collector.walked,
        sink: collector.sink,
        onLinkedFolder: (rel) => linkedFolders.push(rel),
      });
      run.catch(() => undefined); // awaited below; an early failure must not go unhandled meanwhile
      return run;
    };
    if (!source.hashedAlready) hashing = startHashing();

    checkAppId(target);
    const fields = signatureFields(await readSignature(target, source));
    const cert = checkChain(fields, trust, profile, now, result);
    checkScope(cert, target.scope, profile);
    checkSignature(fields, cert, profile);
    const expected = fields.expected;
    dropUpdater(expected, profile);
    expectedFiles = expected.size;
    collector.start(expected);
    hashing ??= startHashing();
    await hashing;
    hashing = null;
    result.stats.files = collector.files;
    result.stats.bytes = collector.bytes;
    if (linkedFolders.length > 0) result.notes.push(linkedFoldersNote(linkedFolders.sort(compareFolderOrder), 'checked'));
    if (collector.allMatch()) return finish(result, started);

    const current = new PhpArray();
    const currentByPath = new Map<string, string>();
    const problems = new Map<string, string>();
    for (const file of inVisitingOrder(collector.inWalkOrder())) {
      if (file.hash === null) {
        problems.set(file.rel, file.problem ?? 'cannot be read');
        current.set(file.rel, false); // hash_file() returns false for what it cannot read
      } else {
        currentByPath.set(file.rel, file.hash);
        current.set(file.rel, file.hash);
      }
    }
    const expectedArray = expected.toPhpArray();
    result.upstream = upstreamCompare(expectedArray, current, profile.comparison);
    const own = pathCompare(expectedArray, currentByPath, problems, result.upstream);
    result.INVALID_HASH = own.INVALID_HASH;
    result.MISSING_FILE = own.MISSING_FILE;
    result.EXTRA_FILE = own.EXTRA_FILE;
    if (request.allow) moveAllowed(result, request.allow);
    if (profile.vendor === 'nextcloud' && profile.kind === 'core' && own.INVALID_HASH['core/js/mimetypelist.js']) {
      result.notes.push(
        'core/js/mimetypelist.js differs. If an admin ran `occ maintenance:mimetype:update-js` with custom aliases, upstream accepts the regenerated file; this tool does not regenerate it and reports the difference.',
      );
    }
  } catch (e) {
    if (hashing) {
      // The signature steps failed first: upstream would not have hashed anything.
      abort.abort();
      await hashing.catch(() => undefined);
    }
    if (e instanceof UpstreamException) setException(result, e.className, e.message, e.hint);
    else if (e instanceof UpstreamComparisonError) setException(result, 'Exception', e.message);
    else if (e instanceof WalkError) {
      setException(
        result,
        'UnexpectedValueException',
        `RecursiveDirectoryIterator::__construct(${join(target.root, e.path)}): Failed to open directory: ${e.code === 'EACCES' ? 'Permission denied' : (e.code ?? 'error')}`,
        `${e.message}. Make the folder readable, then check again.`,
      );
    } else throw e;
  }
  return finish(result, started);
}
