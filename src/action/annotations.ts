/**
 * File annotations for findings. GitHub keeps at most 10 error and 10 warning annotations
 * per step and drops the rest silently, so the most important findings go first
 * (EXCEPTION, INVALID_HASH, MISSING_FILE as errors; EXTRA_FILE as warnings) and one notice
 * says how many were left out and where the full list is.
 */
import * as core from '@actions/core';
import { posix } from 'node:path';
import type { FileCategory, Result, ScopeResult } from '../engine/result.ts';
import { CATEGORY_HINTS, shortHash } from '../report/hints.ts';

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

const ORDER: Array<[FileCategory, 'error' | 'warning']> = [
  ['INVALID_HASH', 'error'],
  ['MISSING_FILE', 'error'],
  ['EXTRA_FILE', 'warning'],
];

function findingMessage(
  category: FileCategory,
  name: string,
  f: { expected: string; current: string; problem?: string; upstreamWouldMiss?: true },
): string {
  let msg = `${name}: ${CATEGORY_HINTS[category]}.`;
  if (category === 'INVALID_HASH')
    msg += ` Expected sha512 ${shortHash(f.expected)}…, found ${f.current ? shortHash(f.current) + '…' : 'nothing readable'}.`;
  if (f.problem) msg += ` ${f.problem}.`;
  if (f.upstreamWouldMiss) msg += ' (occ integrity:check would not report this.)';
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
        level: 'error',
        title: 'EXCEPTION',
        file: filePath(scope, scope.signaturePath ?? '.'),
        message: `${scope.scope}: ${scope.EXCEPTION.message}${scope.EXCEPTION.hint ? ` ${scope.EXCEPTION.hint}` : ''}`,
      });
    }
  }
  for (const [category, level] of ORDER) {
    for (const scope of result.scopes) {
      for (const [name, f] of Object.entries(scope[category])) {
        candidates.push({ level, title: category, file: filePath(scope, name), message: findingMessage(category, name, f) });
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
export function annotate(result: Result, where: string): { emitted: number; omitted: number } {
  const { annotations, omitted } = planAnnotations(result);
  for (const a of annotations) {
    const props = { ...(a.file ? { file: a.file } : {}), title: a.title };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
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
