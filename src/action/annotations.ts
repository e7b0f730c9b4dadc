/**
 * File annotations for findings. GitHub keeps at most 10 error and 10 warning annotations
 * per step and drops the rest silently, so the most important findings go first
 * (EXCEPTION, INVALID_HASH, MISSING_FILE, EXTRA_FILE) and one notice says how many were left
 * out and where the full list is. A finding that fails the run (its category is in fail-on)
 * is an error; one outside fail-on is a warning, so the annotations agree with the verdict.
 * Names from the tree are shown through displayText (the toolkit escapes the command syntax,
 * but a newline would still split the message).
 */
import { posix } from 'node:path';
import { displayText } from '../engine/display.ts';
import { wordOptions } from '../engine/errors.ts';
import type { Category, FileCategory, Result, ScopeResult } from '../engine/result.ts';
import { CATEGORY_HINTS, shortHash } from '../report/hints.ts';
import type { Toolkit } from './toolkit.ts';
import { ACTION_WORDING } from './wording.ts';

export const ANNOTATIONS_PER_LEVEL = 10;

export interface PlannedAnnotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
}

export function filePath(scope: ScopeResult, name: string): string {
  return scope.root === '.' ? name : posix.join(scope.root.split('\\').join('/'), name);
}

const ORDER: FileCategory[] = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'];

/** Error when the category fails the run, warning when it is outside fail-on. */
function levelOf(result: Result, category: Category): 'error' | 'warning' {
  return result.failOn.includes(category) ? 'error' : 'warning';
}

function findingMessage(
  category: FileCategory,
  name: string,
  f: { expected: string; current: string; problem?: string; upstreamWouldMiss?: true; baselineNote?: string },
): string {
  let msg = `${displayText(name)}: ${CATEGORY_HINTS[category]}.`;
  if (category === 'INVALID_HASH')
    msg += ` Expected sha512 ${shortHash(f.expected)}…, found ${f.current ? shortHash(f.current) + '…' : 'nothing readable'}.`;
  if (f.problem) msg += ` ${displayText(f.problem)}.`;
  if (f.upstreamWouldMiss) msg += ' (occ integrity:check would not report this.)';
  if (f.baselineNote) msg += ` Baseline: ${displayText(f.baselineNote)}.`;
  return msg;
}

/** Decide which annotations to emit, most important first, within GitHub's per-step caps. */
export function planAnnotations(
  result: Result,
  maxPerLevel = ANNOTATIONS_PER_LEVEL,
): { annotations: PlannedAnnotation[]; omitted: number } {
  const candidates: PlannedAnnotation[] = [];
  for (const scope of result.scopes) {
    if (scope.EXCEPTION) {
      candidates.push({
        level: levelOf(result, 'EXCEPTION'),
        title: 'EXCEPTION',
        file: filePath(scope, scope.signaturePath ?? '.'),
        message: displayText(`${scope.scope}: ${scope.EXCEPTION.message}${scope.EXCEPTION.hint ? ` ${scope.EXCEPTION.hint}` : ''}`),
      });
    }
  }
  for (const category of ORDER) {
    const level = levelOf(result, category);
    for (const scope of result.scopes) {
      for (const [name, f] of Object.entries(scope[category])) {
        // A name that has to be shown escaped cannot be linked as it is (nor put in a command line raw).
        const file = displayText(name) === name ? filePath(scope, name) : undefined;
        candidates.push({ level, title: category, ...(file ? { file } : {}), message: findingMessage(category, name, f) });
      }
    }
  }
  const used = { error: 0, warning: 0, notice: 0 };
  const annotations: PlannedAnnotation[] = [];
  let omitted = 0;
  for (const a of candidates) {
    if (used[a.level] >= maxPerLevel) {
      omitted += 1;
      continue;
    }
    used[a.level] += 1;
    annotations.push(a);
  }
  return { annotations, omitted };
}

/** Emit the planned annotations as workflow commands, plus a notice about the rest. */
export function annotate(core: Toolkit, result: Result, where: string): { emitted: number; omitted: number } {
  const { annotations, omitted } = planAnnotations(result);
  for (const a of annotations) {
    const props = { ...(a.file ? { file: a.file } : {}), title: a.title };
    const message = wordOptions(a.message, ACTION_WORDING);
    if (a.level === 'error') core.error(message, props);
    else if (a.level === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
  if (omitted > 0) {
    core.notice(
      `${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated (GitHub shows at most 10 errors and 10 warnings per step); ${where}.`,
      {
        title: 'More findings',
      },
    );
  }
  return { emitted: annotations.length, omitted };
}
