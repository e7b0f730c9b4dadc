/**
 * Which baseline files a run reads, found without reading them: the file given with
 * --baseline, --allow, and `.code-integrity.yml` at the root of each scope checked on disk.
 * Kept apart from baseline-files.ts, which parses them (YAML, globs), so that a run without
 * any baseline never loads that code.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BASELINE_NAME } from '../engine/baseline/entry.ts';
import { diskRootOf, type VerifyPlan } from '../engine/plan.ts';

/** `--baseline none`: no file at all, not even the default one. */
export const NO_BASELINE = 'none';

export interface BaselineRequest {
  /** The file given with --baseline, `none`, or undefined (the default file at each scope's root). */
  baseline?: string | undefined;
  /** --allow patterns (lines). */
  allow: string[];
  cwd: string;
}

/** A default baseline file found at a scope's root. */
export interface DefaultBaseline {
  path: string;
  /** The scope whose root holds it: its entries without `scope:` are for that scope. */
  owner: string;
}

/** Whether the options name a baseline (a file or --allow patterns). */
export function namesBaseline(request: BaselineRequest): boolean {
  return (request.baseline !== undefined && request.baseline !== NO_BASELINE) || request.allow.some((l) => l.trim() !== '');
}

/** `.code-integrity.yml` at each planned scope's root on disk, when it is a regular file (a link is not followed). */
export function findDefaultBaselines(plan: VerifyPlan, request: BaselineRequest): DefaultBaseline[] {
  if (request.baseline !== undefined) return []; // a given file, or none, replaces the defaults
  const seen = new Set<string>();
  const found: DefaultBaseline[] = [];
  for (const step of plan.requests) {
    const root = diskRootOf(step);
    if (root === null || 'release' in step || seen.has(root)) continue;
    seen.add(root);
    const path = join(root, DEFAULT_BASELINE_NAME);
    try {
      if (lstatSync(path).isFile()) found.push({ path, owner: step.target.scope });
    } catch {
      // no default file here
    }
  }
  return found;
}
