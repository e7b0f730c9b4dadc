/**
 * Markdown report: the GitHub job summary body, also fine as a PR comment. Verdict line,
 * counts per category and scope, signer certificates, then the findings per scope, cut to
 * a byte budget (GitHub drops a step summary above 1 MiB) with a note of what was left out.
 */
import { FILE_CATEGORIES, categoryCount, findingCount, type FileCategory, type Result, type ScopeResult } from '../engine/result.ts';
import { CATEGORY_HINTS, formatBytes, formatMs, shortHash } from './hints.ts';

export interface MarkdownOptions {
  /** Maximum size in UTF-8 bytes (default 900 KiB, under GitHub's 1 MiB summary limit). */
  maxBytes?: number;
  /** Line appended when findings were cut (e.g. where the full report is). */
  fullReportHint?: string;
  /** Heading level of the title (default 2). */
  headingLevel?: number;
}

/** Escape text for a Markdown table cell; GitHub does not escape summary cells. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return `<code>${cell(text)}</code>`;
}

const ICON = { passed: '✅', failed: '❌' } as const;

function verdictOf(scope: ScopeResult): 'passed' | 'failed' {
  return findingCount(scope) === 0 ? 'passed' : 'failed';
}

function countTable(result: Result): string[] {
  const lines = [
    '| Scope | Profile | Result | Invalid hash | Missing | Extra | Allowed | Exception | Files |',
    '|---|---|---|--:|--:|--:|--:|---|--:|',
  ];
  for (const s of result.scopes) {
    const v = verdictOf(s);
    lines.push(
      `| ${code(s.scope)} | ${s.profile} | ${ICON[v]} ${v} | ${categoryCount(s, 'INVALID_HASH')} | ${categoryCount(s, 'MISSING_FILE')} | ${categoryCount(s, 'EXTRA_FILE')} | ${Object.keys(s.allowed).length} | ${s.EXCEPTION ? cell(s.EXCEPTION.message) : '–'} | ${s.stats.files} |`,
    );
  }
  return lines;
}

function certificateTable(result: Result): string[] {
  const rows = result.scopes.filter((s) => s.certificate);
  if (rows.length === 0) return [];
  const lines = ['', '**Signer certificates**', '', '| Scope | Subject | Issuer | Valid | Serial | Status |', '|---|---|---|---|---|---|'];
  for (const s of rows) {
    const c = s.certificate!;
    const status = [
      c.trusted ? 'trusted' : 'not trusted',
      c.revoked ? 'revoked' : 'not revoked',
      c.expired ? 'expired' : c.notYetValid ? 'not yet valid' : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `| ${code(s.scope)} | ${cell(c.subject)} | ${cell(c.issuer)} | ${c.notBefore.slice(0, 10)} → ${c.notAfter.slice(0, 10)} | ${code(c.serial)} | ${status} |`,
    );
  }
  const warnings = rows.flatMap((s) => s.certificate!.warnings.map((w) => `- ⚠️ ${code(s.scope)}: ${cell(w)}`));
  if (warnings.length > 0) lines.push('', ...warnings);
  return lines;
}

interface Row {
  category: FileCategory | 'ALLOWED';
  name: string;
  line: string;
}

function findingRows(scope: ScopeResult): Row[] {
  const rows: Row[] = [];
  for (const category of FILE_CATEGORIES) {
    for (const [name, f] of Object.entries(scope[category])) {
      const note = [f.problem, f.upstreamWouldMiss ? 'occ would not report this' : ''].filter(Boolean).join('; ');
      rows.push({
        category,
        name,
        line: `| ${category} | ${code(name)} | ${f.expected ? code(shortHash(f.expected)) : '–'} | ${f.current ? code(shortHash(f.current)) : '–'} | ${cell(note)} |`,
      });
    }
  }
  for (const [name, f] of Object.entries(scope.allowed)) {
    rows.push({
      category: 'ALLOWED',
      name,
      line: `| allowed | ${code(name)} | – | ${code(shortHash(f.current))} | extra file matched by allow |`,
    });
  }
  return rows;
}

const encoder = new TextEncoder();
const size = (s: string): number => encoder.encode(s).length;

export function renderMarkdown(result: Result, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? 900 * 1024;
  const h = '#'.repeat(options.headingLevel ?? 2);
  const failed = result.scopes.filter((s) => findingCount(s) > 0);
  const head: string[] = [];
  head.push(
    result.ok
      ? `${h} ${ICON.passed} Code integrity: passed`
      : `${h} ${ICON.failed} Code integrity: failed (${failed.length} of ${result.scopes.length} scope${result.scopes.length === 1 ? '' : 's'})`,
  );
  head.push('');
  head.push(
    `${result.scopes.length} scope${result.scopes.length === 1 ? '' : 's'}, ${result.stats.files} files, ${formatBytes(result.stats.bytes)} checked in ${formatMs(result.stats.ms)} by ${result.tool.name} ${result.tool.version}.`,
  );
  head.push('', ...countTable(result), ...certificateTable(result));
  if (result.notSigned.length > 0) {
    head.push(
      '',
      `**Not signed** (skipped, as upstream does for apps that are not shipped): ${result.notSigned.map((a) => code(a.root)).join(', ')}`,
    );
  }
  for (const a of result.archives ?? []) {
    head.push(
      '',
      `Read ${code(a.path)} (${a.format}, ${a.entries} entries, ${formatBytes(a.bytes)} unpacked) in ${formatMs(Math.round(a.ms))}, decompression included.`,
    );
  }
  for (const s of result.scopes) {
    if (s.EXCEPTION?.hint) head.push('', `> **${cell(s.scope)}**: ${cell(s.EXCEPTION.message)} ${cell(s.EXCEPTION.hint)}`);
    for (const note of s.notes) head.push('', `> **${cell(s.scope)}**: ${cell(note)}`);
  }

  const out = [...head];
  let used = size(out.join('\n'));
  const reserve = 400; // room for the closing note
  let omitted = 0;
  for (const scope of result.scopes) {
    const rows = findingRows(scope);
    if (rows.length === 0) continue;
    const section = [
      '',
      `<details${failed.length === 1 ? ' open' : ''}><summary>${cell(scope.scope)}: ${rows.length} file${rows.length === 1 ? '' : 's'}</summary>`,
      '',
      ...(FILE_CATEGORIES.filter((c) => categoryCount(scope, c) > 0).map((c) => `- **${c}**: ${cell(CATEGORY_HINTS[c])}`) as string[]),
      '',
      '| Category | File | Expected | Current | Note |',
      '|---|---|---|---|---|',
    ];
    const sectionSize = size(section.join('\n')) + 30;
    if (used + sectionSize + reserve > maxBytes) {
      omitted += rows.length;
      continue;
    }
    out.push(...section);
    used += sectionSize;
    for (const row of rows) {
      const n = size(row.line) + 1;
      if (used + n + reserve > maxBytes) {
        omitted += 1;
        continue;
      }
      out.push(row.line);
      used += n;
    }
    out.push('', '</details>');
    used += 14;
  }
  for (const scope of result.scopes) {
    const unsigned = Object.entries(scope.notSignedByUpstream ?? {});
    if (unsigned.length === 0) continue;
    const section = [
      '',
      `<details><summary>${cell(scope.scope)}: ${unsigned.length} file${unsigned.length === 1 ? '' : 's'} upstream ships without a signature</summary>`,
      '',
      'Compare their hashes with a copy you trust.',
      '',
      '| File | SHA-512 | Why it is unsigned |',
      '|---|---|---|',
      ...unsigned.map(([name, f]) => `| ${code(name)} | ${code(shortHash(f.current))} | ${cell(f.reason)} |`),
      '',
      '</details>',
    ];
    const n = size(section.join('\n'));
    if (used + n + reserve > maxBytes) {
      omitted += unsigned.length;
      continue;
    }
    out.push(...section);
    used += n;
  }
  if (omitted > 0) {
    out.push(
      '',
      `**${omitted} more finding${omitted === 1 ? '' : 's'} not shown** to stay within the size limit.${options.fullReportHint ? ' ' + options.fullReportHint : ''}`,
    );
  }
  return out.join('\n') + '\n';
}
