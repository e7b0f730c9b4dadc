/**
 * Planning a whole-release check of an extracted release folder (`verify DIR --release`):
 * the core scope, one scope per verified app, then the `release` scope (release.ts).
 * Archives are planned the same way in archive/plan.ts.
 */
import { join } from 'node:path';
import { optionRef, UsageError } from './errors.ts';
import type { PlanStep } from './plan-steps.ts';
import { resolveTarget } from './target.ts';
import { folderReleaseEntries, folderReleaseProbe } from './release-folder.ts';
import { planRelease, releaseScope } from './release.ts';
import type { TrustStore } from './trust/store.ts';

export function planReleaseFolder(root: string, options: { trust: TrustStore; profile?: string | undefined }): PlanStep[] {
  const core = resolveTarget(root, { profile: options.profile });
  if (core.profile.kind !== 'core' || core.profile.name === 'generic') {
    throw new UsageError(
      `${root} is not a server release (it looks like an app)`,
      `${optionRef('release')} checks an extracted server release (with core/ and version.php) whole; verify an app without it.`,
    );
  }
  const layout = planRelease(folderReleaseProbe(root), core.profile);
  const steps: PlanStep[] = [{ target: core, trust: options.trust, extraExcluded: layout.appRoots }];
  for (const app of layout.apps) {
    if (app.verified)
      steps.push({ target: { root: join(root, app.rel), profile: layout.appProfile, scope: app.id }, trust: options.trust });
  }
  steps.push({ release: () => releaseScope({ layout, entries: folderReleaseEntries(root), root }), diskRoot: root });
  return steps;
}
