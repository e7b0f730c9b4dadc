/**
 * The terminal report: verdict first, counts per category and scope, then findings grouped
 * by category with a one-line fix hint each. Colour only when the caller says so (a TTY
 * without NO_COLOR); the function itself is pure.
 */
import { FILE_CATEGORIES, categoryCount, findingCount, type Result, type ScopeResult } from '../engine/result.ts';
import { CATEGORY_HINTS, formatBytes, formatMs, shortHash } from './hints.ts';

export interface TextOptions {
  color?: boolean;
  /** Findings listed per category before "… and N more". */
  limit?: number;
}

type Paint = (code: string, s: string) => string;

function painter(color: boolean): Paint {
  return color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
}

function scopeHeader(scope: ScopeResult, paint: Paint): string {
  const n = findingCount(scope);
  const verdict = n === 0 ? paint('32;1', 'PASSED') : paint('31;1', 'FAILED');
  const what = `${scope.scope} (${scope.profile}, ${scope.root})`;
  const size = `${scope.stats.files} files, ${formatBytes(scope.stats.bytes)}, ${formatMs(scope.stats.ms)}`;
  if (scope.EXCEPTION) return `${verdict}  ${what}: ${scope.EXCEPTION.message}`;
  return `${verdict}  ${what}: ${n === 0 ? 'every file matches the signature' : `${n} finding${n === 1 ? '' : 's'}`} (${size})`;
}

function countsLine(scope: ScopeResult): string {
  const parts = (['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE', 'EXCEPTION'] as const).map((c) => `${c} ${categoryCount(scope, c)}`);
  return `  ${parts.join('  ')}`;
}

function certificateLines(scope: ScopeResult, paint: Paint): string[] {
  const c = scope.certificate;
  if (!c) return [];
  const lines = [
    `  signer: ${c.subject}; issuer: ${c.issuer}; valid ${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)}; serial ${c.serial}`,
  ];
  for (const w of c.warnings) lines.push(`  ${paint('33', 'warning:')} ${w}`);
  return lines;
}

export function renderText(result: Result, options: TextOptions = {}): string {
  const paint = painter(options.color === true);
  const limit = options.limit ?? 200;
  const out: string[] = [];
  const failed = result.scopes.filter((s) => findingCount(s) > 0).length;
  if (result.scopes.length > 1) {
    out.push(
      result.ok
        ? paint('32;1', `PASSED: all ${result.scopes.length} scopes match their signatures`)
        : paint('31;1', `FAILED: ${failed} of ${result.scopes.length} scopes have findings`),
    );
    out.push('');
  }
  for (const scope of result.scopes) {
    out.push(scopeHeader(scope, paint));
    if (scope.EXCEPTION) {
      if (scope.EXCEPTION.hint) out.push(`  ${scope.EXCEPTION.hint}`);
      out.push(`  (${scope.EXCEPTION.class})`);
    } else if (findingCount(scope) > 0) {
      out.push(countsLine(scope));
    }
    out.push(...certificateLines(scope, paint));
    for (const category of FILE_CATEGORIES) {
      const entries = Object.entries(scope[category]);
      if (entries.length === 0) continue;
      out.push('');
      out.push(`  ${paint('1', category)} (${entries.length}): ${CATEGORY_HINTS[category]}`);
      for (const [name, f] of entries.slice(0, limit)) {
        let line = `    ${name}`;
        if (f.problem) line += `  — ${f.problem}`;
        else if (category === 'INVALID_HASH') line += `  expected ${shortHash(f.expected)}… current ${shortHash(f.current)}…`;
        if (f.upstreamWouldMiss) line += paint('2', '  (occ would not report this)');
        out.push(line);
      }
      if (entries.length > limit) out.push(`    … and ${entries.length - limit} more (use --format json for the full list)`);
    }
    const allowed = Object.keys(scope.allowed);
    if (allowed.length > 0) {
      out.push('');
      out.push(`  ${paint('1', 'allowed')} (${allowed.length}): extra files matched by --allow; they do not fail the run`);
      for (const name of allowed.slice(0, limit)) out.push(`    ${name}`);
      if (allowed.length > limit) out.push(`    … and ${allowed.length - limit} more`);
    }
    const unsigned = Object.entries(scope.notSignedByUpstream ?? {});
    if (unsigned.length > 0) {
      out.push('');
      out.push(
        `  ${paint('1', 'not signed by upstream')} (${unsigned.length}): shipped without a signature; compare their hashes with a copy you trust`,
      );
      for (const [name, f] of unsigned.slice(0, limit)) out.push(`    ${name}  sha512 ${shortHash(f.current)}…  (${f.reason})`);
      if (unsigned.length > limit) out.push(`    … and ${unsigned.length - limit} more (use --format json for the full list)`);
    }
    for (const note of scope.notes) out.push(`  note: ${note}`);
    out.push('');
  }
  for (const a of result.archives ?? []) {
    out.push(
      `Read ${a.path} (${a.format}, ${a.entries} entries, ${formatBytes(a.bytes)} unpacked) in ${formatMs(Math.round(a.ms))}, decompression included; scopes: ${a.scopes.join(', ')}`,
    );
  }
  if ((result.archives ?? []).length > 0) out.push('');
  if (result.notSigned.length > 0) {
    out.push(`Not signed (skipped, like upstream does for apps that are not shipped; --require-signed makes them fail):`);
    for (const app of result.notSigned) out.push(`  ${app.scope} (${app.root})`);
    out.push('');
  }
  return out.join('\n');
}
