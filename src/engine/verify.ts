/**
 * Verification of one signed scope (an app or core), in upstream's order:
 * read signature → check chain → check scope → check signature → hash tree → compare.
 * Each step is a small function returning data or throwing an UpstreamException whose
 * message is upstream's, verbatim; the trust material is passed in.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { optionRef } from './errors.ts';
import { pathCompare, upstreamCompare, UpstreamComparisonError } from './rules/comparison.ts';
import { pssVerifyDigest } from './crypto/pss.ts';
import type { Collector } from './hashing/collector.ts';
import { ScopeHashing, type ScopeHashingRequest } from './scope-hashing.ts';
import { emptyScopeResult, finish, setException } from './scope-result.ts';
import type { HashedFile } from './hashing/pool.ts';
import { HashTable } from './hashing/hash-table.ts';
import { PhpArray, phpDebugType, type PhpValue } from './php/array.ts';
import type { Profile } from './profiles/index.ts';
import type { Target } from './target.ts';
import type { ScopeResult } from './result.ts';
import type { SignatureContent } from './signature.ts';
import { directorySource, type TreeSource } from './tree-source.ts';
import { CertificateParseError, parseCertificate, type ParsedCertificate } from './trust/certificate.ts';
import { assessChain, certificateSummary, describeRevocation, extraPemCertificates } from './trust/chain.ts';
import { untrustedCrl } from './rules/revocation.ts';
import { certificateCoversScope, singleCommonName, upstreamShownCommonName } from './rules/scope.ts';
import { invalidCrlError } from './trust/crl.ts';
import type { TrustStore } from './trust/store.ts';
import { compareFolderOrder, folderOrderKey, linkedFoldersNote, WalkError } from './walk.ts';
import { MimetypeListError } from './mimetypelist/index.ts';
import { MIMETYPELIST_EXCEPTION_HINT, MIMETYPELIST_PATH, mimetypelistAcceptedNote, mimetypelistDiffersNote } from './rules/mimetypelist.ts';

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

export type { VerifyProgress } from './scope-hashing.ts';

export interface VerifyRequest extends ScopeHashingRequest {
  trust: TrustStore;
  /** Clock for expiry warnings (tests pin it). */
  now?: Date;
  /** Reports show the root relative to this folder (default: the process's working folder). */
  displayFrom?: string;
  /** Told the signed hashes once the signature holds (explain and repair read a release by them). */
  onExpected?: (expected: HashTable) => void;
}

interface SignatureFields {
  expected: HashTable;
  signature: Buffer;
  certificate: PhpValue;
  messageDigest: () => Buffer;
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
      `ksort(): Argument #1 ($array) must be of type array, ${phpDebugType(hashes)} given`,
      'signature.json has no "hashes" object; upstream stops with a PHP error here. Restore the file from the release.',
    );
  }
  const sig = content.signature;
  if (typeof sig !== 'string') {
    throw new UpstreamException(
      'TypeError',
      `base64_decode(): Argument #1 ($string) must be of type string, ${phpDebugType(sig)} given`,
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

/** Steps 0 to 6, in upstream's order: app id, signature file, chain, scope, signature, updater rule. Returns the expected hashes. */
async function checkSignatureSteps(request: VerifyRequest, result: ScopeResult): Promise<HashTable> {
  const { target, trust } = request;
  const { profile } = target;
  checkAppId(target);
  const fields = signatureFields(await readSignature(target, request.source ?? directorySource));
  const cert = checkChain(fields, trust, profile, request.now ?? new Date(), result);
  checkScope(cert, target.scope, profile);
  checkSignature(fields, cert, profile);
  dropUpdater(fields.expected, profile);
  return fields.expected;
}

/**
 * Step 8, when some file differs: upstream's value comparison (the occ-compatible result,
 * from the files in upstream's visiting order) and ours by path.
 */
function compareFiles(request: VerifyRequest, result: ScopeResult, expected: HashTable, collector: Collector, hashing: ScopeHashing): void {
  const { profile } = request.target;
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
  if (own.INVALID_HASH[MIMETYPELIST_PATH] && profile.mimetypelistRule)
    result.notes.push(mimetypelistDiffersNote(hashing.mimetypelist?.outcome));
}

/** Say so when upstream's rule accepted a core/js/mimetypelist.js regenerated with an admin's aliases. */
function noteAcceptedMimetypelist(result: ScopeResult, hashing: ScopeHashing): void {
  const seen = hashing.mimetypelist;
  if (seen?.outcome.rule !== 'regenerated-default' || seen.outcome.hash === seen.fileHash) return;
  if (result.INVALID_HASH[MIMETYPELIST_PATH] === undefined) result.notes.push(mimetypelistAcceptedNote());
}

/** A step that stopped the scope becomes its EXCEPTION, with upstream's class and message. */
function recordFailure(result: ScopeResult, target: Target, e: unknown): void {
  if (e instanceof UpstreamException) setException(result, e.className, e.message, e.hint);
  else if (e instanceof UpstreamComparisonError) setException(result, 'Exception', e.message);
  else if (e instanceof MimetypeListError) setException(result, e.phpClass, e.message, MIMETYPELIST_EXCEPTION_HINT);
  else if (e instanceof WalkError) {
    const why = e.code === 'EACCES' ? 'Permission denied' : (e.code ?? 'error');
    setException(
      result,
      'UnexpectedValueException',
      `RecursiveDirectoryIterator::__construct(${join(target.root, e.path)}): Failed to open directory: ${why}`,
      `${e.message}. Make the folder readable, then check again.`,
    );
  } else throw e;
}

/** Verify one scope. Never throws for integrity problems; they are in the returned result. */
export async function verifyTarget(request: VerifyRequest): Promise<ScopeResult> {
  const started = performance.now();
  const result = emptyScopeResult(request.target, request.displayFrom);
  const hashing = new ScopeHashing(request);
  try {
    const expected = await checkSignatureSteps(request, result);
    request.onExpected?.(expected);
    const collector = await hashing.finish(expected);
    result.stats.files = collector.files;
    result.stats.bytes = collector.bytes;
    const linked = hashing.linkedFolders;
    if (linked.length > 0) result.notes.push(linkedFoldersNote(linked.sort(compareFolderOrder), 'checked'));
    // When every file matches and none is missing, both comparisons are provably empty.
    if (!collector.allMatch()) compareFiles(request, result, expected, collector, hashing);
    noteAcceptedMimetypelist(result, hashing);
  } catch (e) {
    await hashing.stop();
    recordFailure(result, request.target, e);
  }
  return finish(result, started);
}
