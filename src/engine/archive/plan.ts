/**
 * planVerification (plan.ts) with archives: a path that is a regular file is read as a
 * release archive (streamed, never extracted), folders go through planVerification as
 * before; the requests keep the order of the paths. Shared by the CLI and the Action.
 */
import { resolve } from 'node:path';
import { optionRef, UsageError } from '../errors.ts';
import { isRegularFile } from '../fs-kind.ts';
import { checkReleaseOptions, planVerification, type VerifyPlan, type VerifyPlanOptions } from '../plan.ts';
import { parseCount, parseSize, type ArchiveLimits } from './limits.ts';

export interface ArchivePlanOptions extends VerifyPlanOptions, Partial<ArchiveLimits> {}

/** Limits from option text (`--max-size 8G`, `--max-entries 1000000`); unset ones keep the defaults. */
export function archiveLimits(maxSize: string | undefined, maxEntries: string | undefined): Partial<ArchiveLimits> {
  const limits: Partial<ArchiveLimits> = {};
  if (maxSize !== undefined) limits.maxBytes = parseSize(maxSize);
  if (maxEntries !== undefined) limits.maxEntries = parseCount(maxEntries);
  return limits;
}

export async function planVerificationWithArchives(options: ArchivePlanOptions): Promise<VerifyPlan> {
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  const archives = paths.map((p) => isRegularFile(resolve(options.cwd, p)));
  checkReleaseOptions(options);
  if (!archives.includes(true)) return planVerification(options);
  if (options.allApps) {
    throw new UsageError(
      `${optionRef('all-apps')} checks an installed server folder; it does not read archives`,
      `Verify the server archive without ${optionRef('all-apps')}: it is checked whole (core, every app, every file), or with ${optionRef('core-only')} core alone.`,
    );
  }
  const plan: VerifyPlan = { requests: [], notSigned: [], cwd: options.cwd, archives: [] };
  for (const [i, p] of paths.entries()) {
    if (!archives[i]) {
      plan.requests.push(...planVerification({ ...options, paths: [p] }).requests);
      continue;
    }
    // The archive readers (tar, zip, bzip2) load only when an archive is checked.
    const { openArchiveTarget } = await import('./index.ts');
    const { collisionNotes, planReleaseArchive } = await import('./release.ts');
    const { target, source, scan } = await openArchiveTarget(resolve(options.cwd, p), {
      profile: options.profile,
      appId: options.appId,
      signaturePath: options.signaturePath,
      maxBytes: options.maxBytes,
      maxEntries: options.maxEntries,
    });
    const stats = { path: p, format: scan.format, fileBytes: scan.fileBytes, entries: scan.entries, bytes: scan.bytes, ms: scan.ms };
    if (target.profile.kind === 'core' && target.profile.name !== 'generic' && !options.coreOnly) {
      // A server release: core, every app and every other file, from this one scan.
      const release = planReleaseArchive(scan, target, options.trust);
      plan.requests.push(...release.steps);
      plan.archives?.push({ ...stats, scopes: release.scopes });
      continue;
    }
    const notes = collisionNotes(scan);
    plan.requests.push({ target, source, trust: options.trust, ...(notes.length > 0 ? { notes } : {}) });
    plan.archives?.push({ ...stats, scopes: [target.scope] });
  }
  return plan;
}
