/** Building a scope's result: empty at first, an EXCEPTION, the time it took. */
import { isAbsolute, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PhpArray } from './php/array.ts';
import type { ScopeResult } from './result.ts';
import type { Target } from './target.ts';

export function finish(result: ScopeResult, started: number): ScopeResult {
  result.stats.ms = Math.round(performance.now() - started);
  return result;
}

/** A folder or file as reports show it: relative to `from` (the folder paths were given from) when below it. */
export function displayRoot(root: string, from: string): string {
  const rel = relative(from, root);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? root : rel;
}

export function emptyScopeResult(target: Target, displayFrom = process.cwd()): ScopeResult {
  return {
    scope: target.scope,
    profile: target.profile.name,
    root: displayRoot(target.root, displayFrom),
    signaturePath: target.profile.signaturePath,
    INVALID_HASH: {},
    MISSING_FILE: {},
    EXTRA_FILE: {},
    EXCEPTION: null,
    accepted: {},
    upstream: new PhpArray(),
    notes: [],
    stats: { files: 0, bytes: 0, ms: 0 },
  };
}

export function setException(result: ScopeResult, className: string, message: string, hint?: string): void {
  result.EXCEPTION = hint === undefined ? { class: className, message } : { class: className, message, hint };
  const detail = new PhpArray();
  detail.set('class', className);
  detail.set('message', message);
  result.upstream = PhpArray.fromEntries([['EXCEPTION', detail]]);
}
