/**
 * The job summary's explanations (input `reference`): each finding explained against the
 * verified reference release, in what is left of the summary's size budget. A reference that
 * cannot be used is a warning, never a change of the verdict.
 */
import { explainResult } from '../app/explain-run.ts';
import { displayText } from '../engine/display.ts';
import { UsageError, wordOptions } from '../engine/errors.ts';
import type { Result } from '../engine/result.ts';
import { renderExplanationMarkdown } from '../report/explain-markdown.ts';
import { checkRequest, type ActionInputs } from './inputs.ts';
import type { Toolkit } from './toolkit.ts';
import { ACTION_WORDING } from './wording.ts';

/** GitHub drops a step summary above 1 MiB whole; what is not the verify report is the explanations' share. */
const SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;

/** Markdown explaining the findings, or '' (no reference, nothing to explain, or it could not be used: then a warning). */
export async function explanationMarkdown(core: Toolkit, inputs: ActionInputs, result: Result, cwd: string, used: number): Promise<string> {
  if (inputs.reference === undefined) return '';
  const room = SUMMARY_LIMIT - used;
  if (room < 4096) return '';
  try {
    const explanation = await explainResult(result, { ...checkRequest(inputs, cwd), reference: inputs.reference });
    return explanation.clean ? '' : '\n' + renderExplanationMarkdown(explanation, { maxBytes: room, headingLevel: 2 });
  } catch (e) {
    const text = e instanceof UsageError ? wordOptions(`${e.message}${e.hint ? `. ${e.hint}` : ''}`, ACTION_WORDING) : (e as Error).message;
    core.warning(`The findings are not explained: ${displayText(text)}`, { title: 'reference' });
    return '';
  }
}
