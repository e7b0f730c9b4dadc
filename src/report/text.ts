/**
 * The terminal report: verdict first, counts per category and scope, then findings grouped
 * by category with a one-line fix hint each. Colour only when the caller says so (a TTY
 * without NO_COLOR); the function itself is pure.
 */
import { displayText } from '../engine/display.ts';
import { CLI_WORDING, wordOptions, type OptionWording } from '../engine/errors.ts';
import {
  acceptedNote,
  FILE_CATEGORIES,
  categoryCount,
  findingCount,
  outsideFailOnNote,
  scopeVerdict,
  type Category,
  type Result,
  type ScopeResult,
} from '../engine/result.ts';
import { acceptedBecause, CATEGORY_HINTS, formatBytes, formatMs, shortHash } from './hints.ts';
import type { ReportFormat } from './format.ts';

export interface TextOptions {
  color?: boolean;
  /** How options the report mentions are named (default: the command line's --name). */
  wording?: OptionWording;
  /** Findings listed per category before "… and N more". */
  limit?: number;
}

type Paint = (code: string, s: string) => string;

function painter(color: boolean): Paint {
  return color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
}

function scopeHeader(scope: ScopeResult, failOn: readonly Category[], paint: Paint): string {
  const n = findingCount(scope);
  const passed = scopeVerdict(scope, failOn) === 'passed';
  const verdict = passed ? paint('32;1', 'PASSED') : paint('31;1', 'FAILED');
  const what = `${displayText(scope.scope)} (${scope.profile}, ${displayText(scope.root)})`;
  const size = `${scope.stats.files} files, ${formatBytes(scope.stats.bytes)}, ${formatMs(scope.stats.ms)}`;
  const outside = outsideFailOnNote([scope], failOn);
  if (scope.EXCEPTION) return `${verdict}  ${what}: ${displayText(scope.EXCEPTION.message)}${passed ? ' (outside fail-on)' : ''}`;
  const accepted = acceptedNote([scope]);
  if (n === 0 && accepted) return `${verdict}  ${what}: ${accepted}, every other file matches the signature (${size})`;
  if (n === 0) return `${verdict}  ${what}: every file matches the signature (${size})`;
  if (passed) return `${verdict}  ${what}: ${outside} (${size})`;
  return `${verdict}  ${what}: ${n} finding${n === 1 ? '' : 's'}${outside ? `, ${outside}` : ''} (${size})`;
}

function countsLine(scope: ScopeResult): string {
  const parts = (['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE', 'EXCEPTION'] as const).map((c) => `${c} ${categoryCount(scope, c)}`);
  return `  ${parts.join('  ')}`;
}

function certificateLines(scope: ScopeResult, paint: Paint): string[] {
  const c = scope.certificate;
  if (!c) return [];
  const lines = [
    `  signer: ${displayText(c.subject)}; issuer: ${displayText(c.issuer)}; valid ${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)}; serial ${c.serial}`,
  ];
  for (const w of c.warnings) lines.push(`  ${paint('33', 'warning:')} ${displayText(w)}`);
  return lines;
}

/** The findings a baseline accepts: each with its category, reason and the entry's origin. */
function acceptedLines(scope: ScopeResult, limit: number, paint: Paint): string[] {
  const accepted = Object.entries(scope.accepted);
  if (accepted.length === 0) return [];
  const out = ['', `  ${paint('1', 'accepted')} (${accepted.length}): findings the baseline accepts; they do not fail the run`];
  for (const [name, f] of accepted.slice(0, limit)) {
    out.push(`    ${displayText(name)}  ${f.category}: ${displayText(acceptedBecause(f))}`);
  }
  if (accepted.length > limit) out.push(`    … and ${accepted.length - limit} more (use --format json for the full list)`);
  return out;
}

/** The run's one headline when it checked several scopes. */
function runHeadline(result: Result, paint: Paint): string {
  const n = result.scopes.length;
  const failed = result.scopes.filter((s) => scopeVerdict(s, result.failOn) === 'failed').length;
  if (result.verdict === 'failed') return paint('31;1', `FAILED: ${failed} of ${n} scopes have findings`);
  const outside = outsideFailOnNote(result.scopes, result.failOn);
  if (outside) return paint('32;1', `PASSED with ${outside}: ${n} scopes checked`);
  const accepted = acceptedNote(result.scopes);
  if (accepted) return paint('32;1', `PASSED with ${accepted}: ${n} scopes checked`);
  return paint('32;1', `PASSED: all ${n} scopes match their signatures`);
}

/** A scope's findings, by category, each with its hint. */
function findingLines(scope: ScopeResult, failOn: readonly Category[], limit: number, paint: Paint): string[] {
  const out: string[] = [];
  for (const category of FILE_CATEGORIES) {
    const entries = Object.entries(scope[category]);
    if (entries.length === 0) continue;
    const counts = failOn.includes(category) ? '' : ' (outside fail-on: reported, not failing)';
    out.push('');
    out.push(`  ${paint('1', category)} (${entries.length})${counts}: ${CATEGORY_HINTS[category]}`);
    for (const [name, f] of entries.slice(0, limit)) {
      let line = `    ${displayText(name)}`;
      if (f.problem) line += `  — ${displayText(f.problem)}`;
      else if (category === 'INVALID_HASH') line += `  expected ${shortHash(f.expected)}… current ${shortHash(f.current)}…`;
      if (f.upstreamWouldMiss) line += paint('2', '  (occ would not report this)');
      out.push(line);
      if (f.baselineNote) out.push(`      ${paint('33', 'baseline:')} ${displayText(f.baselineNote)}`);
    }
    if (entries.length > limit) out.push(`    … and ${entries.length - limit} more (use --format json for the full list)`);
  }
  return out;
}

/** The files upstream ships without a signature (the release scope), with their hashes. */
function unsignedLines(scope: ScopeResult, limit: number, paint: Paint): string[] {
  const unsigned = Object.entries(scope.notSignedByUpstream ?? {});
  if (unsigned.length === 0) return [];
  const out = [
    '',
    `  ${paint('1', 'not signed by upstream')} (${unsigned.length}): shipped without a signature; compare their hashes with a copy you trust`,
  ];
  for (const [name, f] of unsigned.slice(0, limit))
    out.push(`    ${displayText(name)}  sha512 ${shortHash(f.current)}…  (${displayText(f.reason)})`);
  if (unsigned.length > limit) out.push(`    … and ${unsigned.length - limit} more (use --format json for the full list)`);
  return out;
}

export function renderText(result: Result, options: TextOptions = {}): string {
  const paint = painter(options.color === true);
  const limit = options.limit ?? 200;
  const out: string[] = [];
  if (result.scopes.length > 1) out.push(runHeadline(result, paint), '');
  for (const scope of result.scopes) {
    out.push(scopeHeader(scope, result.failOn, paint));
    if (scope.EXCEPTION) {
      if (scope.EXCEPTION.hint) out.push(`  ${displayText(scope.EXCEPTION.hint)}`);
      out.push(`  (${displayText(scope.EXCEPTION.class)})`);
    } else if (findingCount(scope) > 0) {
      out.push(countsLine(scope));
    }
    out.push(...certificateLines(scope, paint));
    out.push(...findingLines(scope, result.failOn, limit, paint));
    out.push(...acceptedLines(scope, limit, paint));
    out.push(...unsignedLines(scope, limit, paint));
    for (const note of scope.notes) out.push(`  note: ${displayText(note)}`);
    out.push('');
  }
  for (const a of result.archives ?? []) {
    out.push(
      displayText(
        `Read ${a.path} (${a.format}, ${a.entries} entries, ${formatBytes(a.bytes)} unpacked) in ${formatMs(Math.round(a.ms))}, decompression included; scopes: ${a.scopes.join(', ')}`,
      ),
    );
  }
  if ((result.archives ?? []).length > 0) out.push('');
  if (result.notSigned.length > 0) {
    out.push(`Not signed (skipped, like upstream does for apps that are not shipped; --require-signed makes them fail):`);
    for (const app of result.notSigned) out.push(`  ${displayText(app.scope)} (${displayText(app.root)})`);
    out.push('');
  }
  return wordOptions(out.join('\n'), options.wording ?? CLI_WORDING);
}

export const textFormat: ReportFormat = {
  name: 'text',
  summary: 'the verdict, counts and findings, each with a hint',
  render: (result, options) =>
    renderText(result, { color: options.color === true, ...(options.wording ? { wording: options.wording } : {}) }),
};
