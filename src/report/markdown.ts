/**
 * Markdown report: the GitHub job summary body, also fine as a PR comment. Verdict line,
 * counts per category and scope, signer certificates, then the findings per scope, cut to
 * a byte budget (GitHub drops a step summary above 1 MiB) with a note of what was left out.
 */
import { displayText } from '../engine/display.ts';
import { CLI_WORDING, wordOptions } from '../engine/errors.ts';
import {
  acceptedNote,
  FILE_CATEGORIES,
  categoryCount,
  outsideFailOnNote,
  scopeVerdict,
  type FileCategory,
  type Result,
  type ScopeResult,
} from '../engine/result.ts';
import { acceptedBecause, CATEGORY_HINTS, formatBytes, formatMs, shortHash } from './hints.ts';
import type { MarkdownOptions, ReportFormat } from './format.ts';

export type { MarkdownOptions } from './format.ts';

/**
 * Text for a Markdown table cell or a line of the summary: control characters shown as
 * escapes (displayText: no line break, bare CR or command marker survives), then HTML and
 * the table's own syntax escaped, since GitHub does not escape summary cells.
 */
export function cell(text: string): string {
  return displayText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;');
}

function code(text: string): string {
  return `<code>${cell(text)}</code>`;
}

const ICON = { passed: '✅', failed: '❌' } as const;

function countTable(result: Result): string[] {
  const lines = [
    '| Scope | Profile | Result | Invalid hash | Missing | Extra | Accepted | Exception | Files |',
    '|---|---|---|--:|--:|--:|--:|---|--:|',
  ];
  for (const s of result.scopes) {
    const v = scopeVerdict(s, result.failOn);
    const outside = outsideFailOnNote([s], result.failOn);
    lines.push(
      `| ${code(s.scope)} | ${s.profile} | ${ICON[v]} ${v}${outside ? ` (${outside})` : ''} | ${categoryCount(s, 'INVALID_HASH')} | ${categoryCount(s, 'MISSING_FILE')} | ${categoryCount(s, 'EXTRA_FILE')} | ${Object.keys(s.accepted).length} | ${s.EXCEPTION ? cell(s.EXCEPTION.message) : '–'} | ${s.stats.files} |`,
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
  category: FileCategory | 'ACCEPTED';
  name: string;
  line: string;
}

function findingRows(scope: ScopeResult, failOn: Result['failOn']): Row[] {
  const rows: Row[] = [];
  for (const category of FILE_CATEGORIES) {
    for (const [name, f] of Object.entries(scope[category])) {
      const note = [f.problem, f.upstreamWouldMiss ? 'occ would not report this' : '', f.baselineNote].filter(Boolean).join('; ');
      rows.push({
        category,
        name,
        line: `| ${category}${failOn.includes(category) ? '' : ' (outside fail-on)'} | ${code(name)} | ${f.expected ? code(shortHash(f.expected)) : '–'} | ${f.current ? code(shortHash(f.current)) : '–'} | ${cell(note)} |`,
      });
    }
  }
  for (const [name, f] of Object.entries(scope.accepted)) {
    rows.push({
      category: 'ACCEPTED',
      name,
      line: `| accepted ${f.category} | ${code(name)} | ${f.expected ? code(shortHash(f.expected)) : '–'} | ${f.current ? code(shortHash(f.current)) : '–'} | ${cell(acceptedBecause(f))} |`,
    });
  }
  return rows;
}

const encoder = new TextEncoder();
const size = (s: string): number => encoder.encode(s).length;

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Title, one-line stats, the count and certificate tables, unsigned apps, exception hints and notes. */
function header(result: Result, options: MarkdownOptions): string[] {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const failed = result.scopes.filter((s) => scopeVerdict(s, result.failOn) === 'failed');
  const outside = outsideFailOnNote(result.scopes, result.failOn);
  const accepted = acceptedNote(result.scopes);
  const passedWith = [outside, accepted].filter(Boolean).join(' and ');
  const out = [
    result.verdict === 'passed'
      ? `${h} ${ICON.passed} Code integrity: passed${passedWith ? ` with ${passedWith}` : ''}`
      : `${h} ${ICON.failed} Code integrity: failed (${failed.length} of ${plural(result.scopes.length, 'scope')})`,
    '',
    `${plural(result.scopes.length, 'scope')}, ${result.stats.files} files, ${formatBytes(result.stats.bytes)} checked in ${formatMs(result.stats.ms)} by ${result.tool.name} ${result.tool.version}.`,
    '',
    ...countTable(result),
    ...certificateTable(result),
  ];
  if (result.notSigned.length > 0) {
    const roots = result.notSigned.map((a) => code(a.root)).join(', ');
    out.push('', `**Not signed** (skipped, as upstream does for apps that are not shipped): ${roots}`);
  }
  for (const a of result.archives ?? []) {
    out.push(
      '',
      `Read ${code(a.path)} (${a.format}, ${a.entries} entries, ${formatBytes(a.bytes)} unpacked) in ${formatMs(Math.round(a.ms))}, decompression included.`,
    );
  }
  for (const s of result.scopes) {
    if (s.EXCEPTION?.hint) out.push('', `> **${cell(s.scope)}**: ${cell(s.EXCEPTION.message)} ${cell(s.EXCEPTION.hint)}`);
    for (const note of s.notes) out.push('', `> **${cell(s.scope)}**: ${cell(note)}`);
  }
  return out;
}

/** The opening of a scope's findings: a details block, the hint of each category present, the table head. */
function sectionHead(scope: ScopeResult, rows: number, open: boolean): string[] {
  return [
    '',
    `<details${open ? ' open' : ''}><summary>${cell(scope.scope)}: ${plural(rows, 'file')}</summary>`,
    '',
    ...FILE_CATEGORIES.filter((c) => categoryCount(scope, c) > 0).map((c) => `- **${c}**: ${cell(CATEGORY_HINTS[c])}`),
    '',
    '| Category | File | Expected | Current | Note |',
    '|---|---|---|---|---|',
  ];
}

/** Lines added while a byte budget lasts; what does not fit is counted. */
class Budget {
  readonly lines: string[] = [];
  omitted = 0;
  private used: number;

  constructor(
    head: string[],
    private readonly maxBytes: number,
    private readonly reserve: number,
  ) {
    this.lines.push(...head);
    this.used = size(head.join('\n'));
  }

  fits(bytes: number): boolean {
    return this.used + bytes + this.reserve <= this.maxBytes;
  }

  add(lines: string[], bytes = size(lines.join('\n')) + 1): void {
    this.lines.push(...lines);
    this.used += bytes;
  }
}

/** Per scope, the files upstream ships without a signature, with their hashes, while the budget lasts. */
function addUnsignedSections(result: Result, budget: Budget): void {
  for (const scope of result.scopes) {
    const unsigned = Object.entries(scope.notSignedByUpstream ?? {});
    if (unsigned.length === 0) continue;
    const section = [
      '',
      `<details><summary>${cell(scope.scope)}: ${plural(unsigned.length, 'file')} upstream ships without a signature</summary>`,
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
    if (budget.fits(n)) budget.add(section, n);
    else budget.omitted += unsigned.length;
  }
}

export function renderMarkdown(result: Result, options: MarkdownOptions = {}): string {
  const budget = new Budget(header(result, options), options.maxBytes ?? 900 * 1024, 400); // 400: room for the closing note
  const open = result.scopes.filter((s) => scopeVerdict(s, result.failOn) === 'failed').length === 1;
  for (const scope of result.scopes) {
    const rows = findingRows(scope, result.failOn);
    if (rows.length === 0) continue;
    const section = sectionHead(scope, rows.length, open);
    const sectionSize = size(section.join('\n')) + 30;
    if (!budget.fits(sectionSize)) {
      budget.omitted += rows.length;
      continue;
    }
    budget.add(section, sectionSize);
    for (const row of rows) {
      const n = size(row.line) + 1;
      if (budget.fits(n)) budget.add([row.line], n);
      else budget.omitted += 1;
    }
    budget.add(['', '</details>'], 14);
  }
  addUnsignedSections(result, budget);
  const { omitted, lines } = budget;
  if (omitted > 0) {
    const hint = options.fullReportHint ? ` ${options.fullReportHint}` : '';
    lines.push('', `**${plural(omitted, 'more finding')} not shown** to stay within the size limit.${hint}`);
  }
  return wordOptions(lines.join('\n'), options.wording ?? CLI_WORDING) + '\n';
}

export const markdownFormat: ReportFormat = {
  name: 'markdown',
  summary: 'the job summary: verdict, counts, certificates, findings (size-capped)',
  render: (result, options) => renderMarkdown(result, { ...options.markdown, ...(options.wording ? { wording: options.wording } : {}) }),
};
