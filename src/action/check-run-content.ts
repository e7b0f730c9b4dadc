/**
 * What a check run says: its name, conclusion and title, its summary (the Markdown report, fit
 * into GitHub's limits) and one annotation per finding.
 */
import { displayText } from '../engine/display.ts';
import { clipBytes, clipChars, utf8Length } from './clip.ts';
import { categoryCount, type Category, type Result } from '../engine/result.ts';
import { wordOptions } from '../engine/errors.ts';
import { renderReport } from '../report/index.ts';
import { cell } from '../report/markdown.ts';
import { acceptedBecause } from '../report/hints.ts';
import { TOOL_NAME, VERSION } from '../version.ts';
import { filePath, planAnnotations } from './annotations.ts';
import type { Env } from './github-requests.ts';
import { ACTION_WORDING } from './wording.ts';

/** GitHub's limits for check runs (REST "Create a check run" schema). */
export const ANNOTATIONS_PER_REQUEST = 50;
export const MAX_SUMMARY_CHARS = 65_535;
export const MAX_ANNOTATION_TITLE_CHARS = 255;
export const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024 - 1;
/**
 * Annotations per check run (20 requests). A broken server tree can have thousands of
 * findings; each update resends the summary and counts against the secondary rate limit
 * for content-creating requests, so the rest is left to the summary and the report file.
 */
export const MAX_CHECK_ANNOTATIONS = 1000;

export type Conclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

/** `failure` when the step fails, `neutral` when it passes but a scope could not be checked. */
export function checkConclusion(result: Result, failing: readonly Category[]): Conclusion {
  if (failing.length > 0) return 'failure';
  if (result.scopes.some((s) => s.EXCEPTION)) return 'neutral';
  return 'success';
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "code-integrity: tricky", "code-integrity: core + 12 apps", "code-integrity: 4 apps". */
export function checkRunName(result: Result): string {
  const names = result.scopes.map((s) => displayText(s.scope));
  if (names.length === 0) return TOOL_NAME;
  const apps = names.filter((n) => n !== 'core');
  const hasCore = apps.length < names.length;
  const listed = apps.length <= 3 && apps.join(', ').length <= 60;
  let what: string;
  if (apps.length === 0) what = 'core';
  else if (listed) what = `${hasCore ? 'core + ' : ''}${apps.join(', ')}`;
  else what = `${hasCore ? 'core + ' : ''}${plural(apps.length, 'app')}`;
  return `${TOOL_NAME}: ${what}`;
}

/** One line: the verdict and the counts (e.g. "Failed: 120 extra (39 files, 1 scope)"). */
export function checkTitle(result: Result, conclusion: Conclusion): string {
  const sum = (c: Category): number => result.scopes.reduce((n, s) => n + categoryCount(s, c), 0);
  const accepted = result.scopes.reduce((n, s) => n + Object.keys(s.accepted).length, 0);
  const parts = [
    [sum('INVALID_HASH'), 'changed'],
    [sum('MISSING_FILE'), 'missing'],
    [sum('EXTRA_FILE'), 'extra'],
    [accepted, 'accepted'],
    [sum('EXCEPTION'), 'signature problem'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}`);
  const verdict = { success: 'Passed', failure: 'Failed', neutral: 'Not checked' }[conclusion];
  const scope = `${plural(result.stats.files, 'file')}, ${plural(result.scopes.length, 'scope')}`;
  const title = parts.length > 0 ? `${verdict}: ${parts.join(', ')} (${scope})` : `${verdict}: ${scope}, no findings`;
  return clipChars(title, MAX_ANNOTATION_TITLE_CHARS);
}

/** Every finding, most important first: failures, then extra files (warning), then accepted findings (notice). */
export function checkAnnotations(result: Result): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  const add = (level: CheckAnnotation['annotation_level'], path: string, title: string, message: string): void => {
    out.push({
      path,
      start_line: 1,
      end_line: 1,
      annotation_level: level,
      title: clipChars(title, MAX_ANNOTATION_TITLE_CHARS),
      message: clipBytes(wordOptions(message, ACTION_WORDING), MAX_ANNOTATION_MESSAGE_BYTES),
    });
  };
  for (const a of planAnnotations(result, Number.POSITIVE_INFINITY).annotations) {
    add(a.level === 'error' ? 'failure' : a.level, a.file ?? '.', a.title, a.message);
  }
  for (const scope of result.scopes) {
    for (const [name, f] of Object.entries(scope.accepted)) {
      add('notice', filePath(scope, name), 'accepted', displayText(`${name}: ${f.category} accepted: ${acceptedBecause(f)}.`));
    }
  }
  return out;
}

/** Which workflow run published this check run (GitHub may file it under another workflow's suite). */
export function provenance(env: Env): string {
  const bits: string[] = [];
  if (env.GITHUB_WORKFLOW) bits.push(`workflow **${cell(env.GITHUB_WORKFLOW)}**`);
  if (env.GITHUB_JOB) bits.push(`job **${cell(env.GITHUB_JOB)}**`);
  const url = runUrl(env);
  if (url) bits.push(`[run ${cell(env.GITHUB_RUN_ID ?? '')}](${url})`);
  return bits.length > 0 ? `\n---\n_Published by ${TOOL_NAME} ${VERSION} from ${bits.join(', ')}._\n` : '';
}

export function runUrl(env: Env): string | undefined {
  if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY || !/^\d+$/.test(env.GITHUB_RUN_ID)) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

/**
 * The check run summary: the job summary's Markdown when it fits in 65,535 characters,
 * otherwise re-rendered to fit (whole rows, with a note), cut hard as a last resort.
 */
export function checkSummary(result: Result, markdown: string, capNote = '', footer = ''): string {
  const limit = MAX_SUMMARY_CHARS;
  const full = markdown + (capNote ? `\n${capNote}\n` : '') + footer;
  // UTF-8 bytes are never fewer than characters, so fitting in bytes fits whatever GitHub counts.
  if (utf8Length(full) <= limit) return full;
  const hint = capNote
    ? `${capNote} The full list is in the report file (report-file).`
    : 'Every finding is an annotation of this check run.';
  const markdownOptions = { maxBytes: limit - utf8Length(footer) - 1024, fullReportHint: hint };
  const rendered = renderReport(result, 'markdown', { markdown: markdownOptions, wording: ACTION_WORDING }) + footer;
  if (utf8Length(rendered) <= limit) return rendered;
  const cutNote = `\n\n**Cut to GitHub's limit of ${limit} characters for a check run summary.** ${hint}\n`;
  return clipBytes(rendered, limit - utf8Length(cutNote), '') + cutNote;
}
