/**
 * The Target of each scope of a verify Result, for the use cases that work on the verified
 * tree afterwards (explain, repair): its folder on disk, profile and scope. Reports show a
 * root relative to the folder the paths were given from, so it resolves against that.
 */
import { resolve } from 'node:path';
import { isDirectory } from '../engine/fs-kind.ts';
import { getProfile } from '../engine/profiles/index.ts';
import type { ScopeResult } from '../engine/result.ts';
import type { Target } from '../engine/target.ts';

/** The scope's target, or null when its root is not a folder on disk (an archive). */
export function scopeTarget(scope: ScopeResult, cwd: string): Target | null {
  const root = resolve(cwd, scope.root);
  if (!isDirectory(root)) return null;
  const profile = getProfile(scope.profile, scope.signaturePath ?? undefined);
  return { root, profile, scope: scope.scope };
}
