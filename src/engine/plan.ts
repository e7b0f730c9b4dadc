/**
 * Turning "what the user asked to check" into verification requests, shared by the CLI and
 * the Action: several folders, or a whole installation, plus the fail-on policy.
 */
import { resolve } from 'node:path';
import { optionRef, UsageError } from './errors.ts';
import { planInstallation } from './installation.ts';
import { resolveTarget } from './target.ts';
import { planReleaseFolder } from './release-plan.ts';
import { buildResult, CATEGORIES, type ArchiveStats, type Category, type Result, type ScopeResult, type UnsignedApp } from './result.ts';
import type { TrustStore } from './trust/store.ts';
import type { BaselineFor } from './baseline/entry.ts';
import { applyBaseline } from './baseline/match.ts';
import { directorySource } from './tree-source.ts';
import { assertUsableCrls } from './trust/crl.ts';
import type { HashOptions } from './hashing/pool.ts';
import { verifyTarget, type VerifyProgress } from './verify.ts';
import type { PlannedRequest, PlanStep, ReleaseStep } from './plan-steps.ts';

export type { PlannedRequest, PlanStep, ReleaseStep } from './plan-steps.ts';
import { TOOL_NAME, VERSION } from '../version.ts';

export interface VerifyPlanOptions {
  paths: string[];
  cwd: string;
  trust: TrustStore;
  profile?: string | undefined;
  appId?: string | undefined;
  signaturePath?: string | undefined;
  allApps?: boolean;
  requireSigned?: boolean;
  /** A server folder is an extracted release: check it whole (see release.ts). */
  release?: boolean;
  /** A server archive: check core only, not the whole release. */
  coreOnly?: boolean;
}

export interface VerifyPlan {
  requests: PlanStep[];
  notSigned: UnsignedApp[];
  /** The folder the paths were given from: reports show roots relative to it. */
  cwd?: string;
  /** The archives read while planning. */
  archives?: ArchiveStats[];
}

function isRelease(step: PlanStep): step is ReleaseStep {
  return 'release' in step;
}

/** Refuse option combinations that cannot mean anything. */
export function checkReleaseOptions(options: Pick<VerifyPlanOptions, 'allApps' | 'release' | 'coreOnly'>): void {
  if (options.release && options.allApps) {
    throw new UsageError(
      `${optionRef('release')} and ${optionRef('all-apps')} exclude each other`,
      `Use ${optionRef('release')} for an extracted release that is not installed yet, ${optionRef('all-apps')} for an installed server.`,
    );
  }
  if (options.release && options.coreOnly) {
    throw new UsageError(
      `${optionRef('release')} and ${optionRef('core-only')} exclude each other`,
      `Use ${optionRef('release')} to check a release whole, ${optionRef('core-only')} to check core alone.`,
    );
  }
}

export function planVerification(options: VerifyPlanOptions): VerifyPlan {
  const { trust } = options;
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  checkReleaseOptions(options);
  if (options.release) {
    const plan: VerifyPlan = { requests: [], notSigned: [], cwd: options.cwd };
    for (const p of paths) plan.requests.push(...planReleaseFolder(resolve(options.cwd, p), options));
    return plan;
  }
  if (options.allApps) {
    if (paths.length !== 1) throw new UsageError('all-apps takes one server root', 'Check one installation per run.');
    const plan = planInstallation(resolve(options.cwd, paths[0] as string), {
      requireSigned: options.requireSigned === true,
      profile: options.profile,
    });
    return {
      requests: [{ target: plan.core, trust, extraExcluded: plan.coreExcluded }, ...plan.apps.map((target) => ({ target, trust }))],
      notSigned: plan.notSigned,
      cwd: options.cwd,
    };
  }
  const requests = paths.map((p) => ({
    target: resolveTarget(resolve(options.cwd, p), {
      profile: options.profile,
      appId: options.appId,
      signaturePath: options.signaturePath,
    }),
    trust,
  }));
  return { requests, notSigned: [], cwd: options.cwd };
}

/** A scope's folder on disk, or null when it is read from an archive (no baseline is read from one). */
export function diskRootOf(step: PlanStep): string | null {
  if (isRelease(step)) return step.diskRoot ?? null;
  return step.source === undefined || step.source === directorySource ? step.target.root : null;
}

/** Parse a fail-on list ("INVALID_HASH,EXTRA_FILE"); empty means every category. */
export function parseFailOn(value: string | undefined): Set<Category> {
  if (value === undefined || value.trim() === '') return new Set(CATEGORIES);
  const out = new Set<Category>();
  for (const raw of value.split(/[,\s]+/).filter(Boolean)) {
    const name = raw.toUpperCase() === 'FILE_MISSING' ? 'MISSING_FILE' : raw.toUpperCase();
    if (!(CATEGORIES as readonly string[]).includes(name)) {
      throw new UsageError(
        `unknown category "${raw}" in ${optionRef('fail-on')}`,
        `Use a comma-separated list of ${CATEGORIES.join(', ')}.`,
      );
    }
    out.add(name as Category);
  }
  return out;
}

/**
 * Verify every planned scope in order and gather one Result (shared by the CLI and the
 * Action). A CRL that cannot be trusted stops the run first when a Nextcloud scope would
 * consult it (Nextcloud's checker has no CRL step, so a bad --crl is the user's to fix).
 */
export async function verifyPlan(
  plan: VerifyPlan,
  options: {
    /** The baseline entries for each scope (docs/baseline.md); absent: none. */
    baseline?: BaselineFor | undefined;
    onProgress?: ((p: VerifyProgress) => void) | undefined;
    hash?: HashOptions | undefined;
    /** The categories that fail the run (default: all four). */
    failOn?: ReadonlySet<Category> | undefined;
  },
): Promise<Result> {
  const verifications = plan.requests.filter((r): r is PlannedRequest => !isRelease(r));
  const trust = verifications[0]?.trust;
  if (trust)
    assertUsableCrls(
      trust.crls ?? [],
      verifications.map((r) => r.target.profile.revocation),
    );
  const scopes: ScopeResult[] = [];
  for (const step of plan.requests) {
    if (isRelease(step)) {
      const scope = step.release();
      applyBaseline(scope, options.baseline?.({ scope: scope.scope, diskRoot: diskRootOf(step) }) ?? []);
      scopes.push(scope);
      continue;
    }
    const { notes, ...request } = step;
    const scope = await verifyTarget({
      ...request,
      ...(plan.cwd === undefined ? {} : { displayFrom: plan.cwd }),
      onProgress: options.onProgress,
      ...(options.hash ? { hash: options.hash } : {}),
    });
    if (notes) scope.notes.push(...notes);
    applyBaseline(scope, options.baseline?.({ scope: scope.scope, diskRoot: diskRootOf(step) }) ?? []);
    scopes.push(scope);
  }
  const failOn = options.failOn ? [...options.failOn] : CATEGORIES;
  return buildResult(scopes, { name: TOOL_NAME, version: VERSION }, plan.notSigned, failOn, plan.archives);
}
