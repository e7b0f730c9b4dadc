/**
 * The Result model (design.md §3): the one structure every reporter consumes.
 */
import type { PhpArray } from './php/array.ts';

export const CATEGORIES = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE', 'EXCEPTION'] as const;
export type Category = (typeof CATEGORIES)[number];
export type FileCategory = Exclude<Category, 'EXCEPTION'>;
export const FILE_CATEGORIES: readonly FileCategory[] = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'];

export interface FileFinding {
  expected: string;
  current: string;
  /** Upstream's value-based comparison does not report this (swapped or duplicate contents, renumbered names). */
  upstreamWouldMiss?: true;
  /** Why the current file could not be hashed (link out of the root, FIFO, unreadable). */
  problem?: string;
  /** A baseline entry pinned this file to another content: it changed since it was reviewed (still failing). */
  baselineNote?: string;
}

/** A finding a baseline entry accepts: reported with the entry's reason and origin, never failing. */
export type AcceptedFinding = FileFinding & {
  category: FileCategory;
  reason: string;
  /** Where the accepting entry comes from: `.code-integrity.yml:7`, `preset shared-hosting`, the allow option. */
  by: string;
};

export interface ExceptionFinding {
  class: string;
  /** Upstream's message, exactly. */
  message: string;
  /** Our own explanation of what to do; never part of the occ-compatible output. */
  hint?: string;
}

export interface CertificateSummary {
  subject: string;
  issuer: string;
  commonName: string | null;
  notBefore: string;
  notAfter: string;
  serial: string;
  /** The serial in decimal, as phpseclib and upstream's installer messages print it. */
  serialDecimal?: string;
  fingerprint256?: string;
  revoked: boolean;
  expired: boolean;
  notYetValid: boolean;
  /** Whether the chain check (upstream rules) passed. */
  trusted: boolean;
  /** Our own view: subjects from the signer up to the last trusted certificate found. */
  chain?: string[];
  /** Present when a valid CRL covers the signer's issuer (--crl, or the bundled Nextcloud CRL). */
  revocation?: {
    status: 'revoked' | 'good';
    /** true when asked for with --crl: a revocation then fails the scope. */
    enforced: boolean;
    /** `nextcloud` or the CRL file as given. */
    crl: string;
    crlIssuer: string;
    crlNumber: string | null;
    crlDate: string;
    /** Revocation date, when revoked. */
    date?: string;
    reason?: string;
  };
  warnings: string[];
}

export interface ScopeResult {
  /** 'core' or an app id. */
  scope: string;
  profile: string;
  /** The checked folder, relative to the working directory when below it. */
  root: string;
  signaturePath: string | null;
  INVALID_HASH: Record<string, FileFinding>;
  MISSING_FILE: Record<string, FileFinding>;
  EXTRA_FILE: Record<string, FileFinding>;
  EXCEPTION: ExceptionFinding | null;
  /**
   * Findings a baseline accepts (docs/baseline.md; `--allow` is a shorthand for EXTRA_FILE
   * entries): listed in every report with their reason, never failing the run, still in
   * `upstream` as occ reports them.
   */
  accepted: Record<string, AcceptedFinding>;
  certificate?: CertificateSummary;
  /**
   * Exactly what upstream's Checker::verify() returns for this tree (an empty array when
   * clean), as a PHP array so the nextcloud reporters print it byte for byte.
   */
  upstream: PhpArray;
  /** Notes that are not findings (e.g. a regenerated mimetypelist.js that upstream may accept). */
  notes: string[];
  /**
   * The `release` scope of a whole-release check only: files upstream ships without any
   * signature (config/config.sample.php, the updater, …), with their SHA-512 and the reason
   * they are unsigned. Listed, never failing the run.
   */
  notSignedByUpstream?: Record<string, { current: string; reason: string }>;
  stats: { files: number; bytes: number; ms: number };
}

/** One archive read for the run: what it held and how long the whole read took (decompression included). */
export interface ArchiveStats {
  /** The archive file as given. */
  path: string;
  format: string;
  /** Size of the archive file. */
  fileBytes: number;
  /** Entries of any kind, and uncompressed bytes read. */
  entries: number;
  bytes: number;
  /** Wall time of the whole read (file, decompression, parsing, hashing), in ms. */
  ms: number;
  /** Scopes checked in it. */
  scopes: string[];
}

/** An app folder without a signature file, found while checking a whole installation. */
export interface UnsignedApp {
  scope: string;
  root: string;
}

export type Verdict = 'passed' | 'failed';

export interface Result {
  /** The run's one verdict (`verdict === 'passed'`): every reporter, exit code and output agrees with it. */
  ok: boolean;
  verdict: Verdict;
  /** The categories that fail the run (--fail-on / fail-on); findings outside it are reported but never fail. */
  failOn: Category[];
  scopes: ScopeResult[];
  /** Apps without a signature (not an error unless required); only for whole-installation runs. */
  notSigned: UnsignedApp[];
  /** The archives read (absent when none was). */
  archives?: ArchiveStats[];
  stats: { files: number; bytes: number; ms: number };
  tool: { name: string; version: string };
}

export function findingCount(scope: ScopeResult): number {
  return (
    Object.keys(scope.INVALID_HASH).length +
    Object.keys(scope.MISSING_FILE).length +
    Object.keys(scope.EXTRA_FILE).length +
    (scope.EXCEPTION ? 1 : 0)
  );
}

export function categoryCount(scope: ScopeResult, category: Category): number {
  if (category === 'EXCEPTION') return scope.EXCEPTION ? 1 : 0;
  return Object.keys(scope[category]).length;
}

/** Findings a baseline accepts, over `scopes`. */
export function acceptedCount(scopes: readonly ScopeResult[]): number {
  return scopes.reduce((n, s) => n + Object.keys(s.accepted).length, 0);
}

/** "2 findings accepted by the baseline" for `scopes`, or "" when none is. */
export function acceptedNote(scopes: readonly ScopeResult[]): string {
  const n = acceptedCount(scopes);
  return n === 0 ? '' : `${n} finding${n === 1 ? '' : 's'} accepted by the baseline`;
}

/** Findings of `scope` in the fail-on categories: the ones that fail the run. */
export function countingFindings(scope: ScopeResult, failOn: readonly Category[]): number {
  return failOn.reduce((n, c) => n + categoryCount(scope, c), 0);
}

/** Findings of `scope` outside the fail-on categories: reported, never failing. */
export function findingsOutsideFailOn(scope: ScopeResult, failOn: readonly Category[]): number {
  return findingCount(scope) - countingFindings(scope, failOn);
}

export function scopeVerdict(scope: ScopeResult, failOn: readonly Category[]): Verdict {
  return countingFindings(scope, failOn) > 0 ? 'failed' : 'passed';
}

/** The categories of the run's fail-on that have findings (empty: the run passes). */
export function failingCategories(result: Pick<Result, 'scopes' | 'failOn'>): Category[] {
  return CATEGORIES.filter((c) => result.failOn.includes(c) && result.scopes.some((s) => categoryCount(s, c) > 0));
}

/** "1 finding outside fail-on (EXTRA_FILE)" for a run or scope that passes with findings, else "". */
export function outsideFailOnNote(scopes: readonly ScopeResult[], failOn: readonly Category[]): string {
  const outside = CATEGORIES.filter((c) => !failOn.includes(c));
  const counts = outside.map((c) => [c, scopes.reduce((n, s) => n + categoryCount(s, c), 0)] as const).filter(([, n]) => n > 0);
  const total = counts.reduce((n, [, k]) => n + k, 0);
  if (total === 0) return '';
  return `${total} finding${total === 1 ? '' : 's'} outside fail-on (${counts.map(([c]) => c).join(', ')})`;
}

export function buildResult(
  scopes: ScopeResult[],
  tool: { name: string; version: string },
  notSigned: UnsignedApp[] = [],
  failOn: readonly Category[] = CATEGORIES,
  archives: ArchiveStats[] = [],
): Result {
  // A release scope lists what no signature covers: its count of entries is not files checked.
  const stats = scopes.reduce(
    (acc, s) => ({
      files: acc.files + (s.notSignedByUpstream ? 0 : s.stats.files),
      bytes: acc.bytes + s.stats.bytes,
      ms: Math.max(acc.ms, s.stats.ms),
    }),
    { files: 0, bytes: 0, ms: 0 },
  );
  // The time of a run includes reading its archives (decompression included).
  stats.ms += Math.round(archives.reduce((n, a) => n + a.ms, 0));
  const order = CATEGORIES.filter((c) => failOn.includes(c));
  const verdict: Verdict = scopes.some((s) => scopeVerdict(s, order) === 'failed') ? 'failed' : 'passed';
  const result: Result = { ok: verdict === 'passed', verdict, failOn: order, scopes, notSigned, stats, tool };
  if (archives.length > 0) result.archives = archives;
  return result;
}
