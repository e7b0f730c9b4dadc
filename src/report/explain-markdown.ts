/**
 * explain as Markdown (the Action's job summary, a PR comment): per scope a table-free list
 * of findings, each in a details block with its diff in a fenced block, cut to a byte budget
 * (GitHub drops a whole step summary above 1 MiB) with a count of what was left out.
 */
import type { Explanation, FileExplanation, ScopeExplanation } from '../engine/explain/model.ts';
import { directiveLines, diffLines, headline, mimetypeLines, sidesLine } from './explain-text.ts';
import { cell } from './markdown.ts';

export interface ExplainMarkdownOptions {
  /** Most UTF-8 bytes (default 900 KiB). */
  maxBytes?: number;
  /** Heading level of the title (default 2). */
  headingLevel?: number;
}

const encoder = new TextEncoder();
const size = (s: string): number => encoder.encode(s).length;

/** A code fence longer than any run of backticks in the block, so the content cannot close it. */
function fence(lines: string[]): string {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
  return '`'.repeat(longest + 1);
}

/** Lines already made safe by the text renderer; in a fenced block nothing else is interpreted. */
function codeBlock(lang: string, lines: string[]): string[] {
  if (lines.length === 0) return [];
  const f = fence(lines);
  return ['', `${f}${lang}`, ...lines, f];
}

function fileBlock(file: FileExplanation): string[] {
  const sides = sidesLine(file);
  const out = ['', `<details><summary>${cell(headline(file))}</summary>`, ''];
  if (sides) out.push(cell(sides));
  if (file.noDiff) out.push('', `No diff: ${cell(file.noDiff)}`);
  if (file.directives) out.push(...codeBlock('', directiveLines(file.directives)));
  out.push(...codeBlock('diff', diffLines(file)));
  out.push('', '</details>');
  return out;
}

function scopeHead(scope: ScopeExplanation, h: string): string[] {
  const against = scope.reference === null ? `not compared: ${cell(scope.unexplained ?? '')}` : `compared with ${cell(scope.reference)}`;
  const out = ['', `${h}# <code>${cell(scope.scope)}</code> (${cell(scope.root)}): ${against}`];
  if (scope.versions)
    out.push('', `Version: tree ${cell(scope.versions.tree ?? 'unknown')}, release ${cell(scope.versions.release ?? 'unknown')}`);
  if (scope.exception) out.push('', `${cell(scope.exception.message)} (the files could not be compared)`);
  if (scope.mimetypes) out.push(...codeBlock('', mimetypeLines(scope.mimetypes)));
  for (const note of scope.notes) out.push('', `> ${cell(note)}`);
  return out;
}

export function renderExplanationMarkdown(explanation: Explanation, options: ExplainMarkdownOptions = {}): string {
  const h = '#'.repeat(options.headingLevel ?? 2);
  const maxBytes = options.maxBytes ?? 900 * 1024;
  if (explanation.clean) return `${h} Code integrity: nothing to explain\n\nEvery file matches its signature.\n`;
  const lines = [`${h} Code integrity: findings explained against ${cell(explanation.reference)}`];
  let used = size(lines[0] as string);
  let omitted = 0;
  const reserve = 300; // room for the closing note
  for (const scope of explanation.scopes) {
    const head = scopeHead(scope, h);
    const headSize = size(head.join('\n')) + 1;
    if (used + headSize + reserve > maxBytes) {
      omitted += scope.files.length;
      continue;
    }
    lines.push(...head);
    used += headSize;
    for (const file of scope.files) {
      const block = fileBlock(file);
      const blockSize = size(block.join('\n')) + 1;
      if (used + blockSize + reserve > maxBytes) {
        omitted += 1;
        continue;
      }
      lines.push(...block);
      used += blockSize;
    }
  }
  if (omitted > 0)
    lines.push(
      '',
      `**${omitted} more finding${omitted === 1 ? '' : 's'} not shown** to stay within the size limit; run \`code-integrity explain\` for all of them.`,
    );
  return lines.join('\n') + '\n';
}
