/**
 * explain's output formats: text (people), json (scripts: the explanation as data, names kept
 * exactly), markdown (a job summary or PR comment, size-capped).
 */
import { displayJson } from '../engine/display.ts';
import type { Explanation } from '../engine/explain/model.ts';
import { renderExplanationMarkdown } from './explain-markdown.ts';
import { renderExplanationText } from './explain-text.ts';

export const EXPLAIN_FORMATS = ['text', 'json', 'markdown'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

export function isExplainFormat(value: string): value is ExplainFormat {
  return (EXPLAIN_FORMATS as readonly string[]).includes(value);
}

/** The explanation as JSON (the model of engine/explain/model.ts), safe to print in a log. */
export function renderExplanationJson(explanation: Explanation): string {
  return displayJson(JSON.stringify(explanation, null, 2)) + '\n';
}

export function renderExplanation(explanation: Explanation, format: ExplainFormat): string {
  if (format === 'json') return renderExplanationJson(explanation);
  if (format === 'markdown') return renderExplanationMarkdown(explanation);
  return renderExplanationText(explanation);
}
