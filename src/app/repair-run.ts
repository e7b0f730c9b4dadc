/**
 * The repair use case, in order: verify the tree; open and verify the reference release for
 * the scopes with findings; refuse unless each is the tree's own version; plan; and with
 * `apply`, restore and quarantine, then verify the tree again. A dry run stops after the plan.
 */
import { resolve } from 'node:path';
import { archiveLimits } from '../engine/archive/plan.ts';
import { UsageError } from '../engine/errors.ts';
import { openReference, type Reference } from '../engine/reference/open.ts';
import { readFilesCapped, type ReleaseScope } from '../engine/reference/release.ts';
import { parseVersion, readTreeVersion, versionFile } from '../engine/reference/version.ts';
import type { QuarantineManifest, RepairOutcome, RepairPlan, ScopeRepairPlan } from '../engine/repair/model.ts';
import { planScopeRepair } from '../engine/repair/plan.ts';
import { checkQuarantineDir, defaultQuarantineDir, quarantineFiles, startManifest } from '../engine/repair/quarantine.ts';
import { restoreFiles } from '../engine/repair/restore.ts';
import { undoQuarantine } from '../engine/repair/undo.ts';
import { findingCount, type Result, type ScopeResult } from '../engine/result.ts';
import type { Target } from '../engine/target.ts';
import { loadTrustStore } from '../engine/trust/store.ts';
import { TOOL_NAME, VERSION } from '../version.ts';
import { assertTreeFolder, type ExplainRunRequest } from './explain-run.ts';
import { scopeTarget } from './scope-targets.ts';
import { runVerification } from './verify-run.ts';

export interface RepairRunRequest extends Omit<ExplainRunRequest, 'diff'> {
  /** Carry the plan out (default: a dry run). */
  apply: boolean;
  /** Where extras go (default: a folder beside the tree named with the time). */
  quarantine?: string | undefined;
  /** Clock for the default quarantine folder's name and the manifest. */
  now?: Date;
}

export interface RepairRun {
  /** The tree before. */
  result: Result;
  /** null when the tree was clean. */
  plan: RepairPlan | null;
  /** What --apply did, and the tree verified again afterwards. */
  outcome?: RepairOutcome;
  after?: Result;
}

/** The release's version of its scope, from its own version file. */
async function releaseVersion(release: ReleaseScope): Promise<string | null> {
  const file = versionFile(release.target.profile);
  const { files } = await readFilesCapped(release, [file], 1024 * 1024);
  const bytes = files.get(file)?.bytes;
  return bytes ? parseVersion(release.target.profile, bytes.toString('utf8')) : null;
}

/** The scope's verified counterpart, refused unless it is the tree's version. */
async function matchedRelease(reference: Reference, scope: ScopeResult, target: Target): Promise<ReleaseScope> {
  const match = reference.matches.get(target.scope);
  if (match === undefined || 'missing' in match) {
    throw new UsageError(
      `cannot repair ${scope.scope} from ${reference.name}: ${match?.missing ?? 'not opened'}`,
      'Pass the release this tree was installed from.',
      'reference',
    );
  }
  const tree = readTreeVersion(target.root, target.profile);
  const release = await releaseVersion(match.release);
  if (tree === null || release === null || tree !== release) {
    throw new UsageError(
      `cannot repair ${scope.scope} from ${reference.name}: the tree is version ${tree ?? 'unknown'}, the release ${release ?? 'unknown'}`,
      'Repair restores files of the same release only: pass the release of exactly this version (explain shows the differences of an upgrade).',
      'reference',
    );
  }
  return match.release;
}

/** Open the reference and plan every scope with findings (nothing is written). */
async function planRun(
  request: RepairRunRequest,
  result: Result,
): Promise<{ plan: RepairPlan; reference: Reference; releases: ReleaseScope[] }> {
  const scopes = result.scopes.filter((s) => findingCount(s) > 0);
  const targets = scopes.map((s) => {
    const target = scopeTarget(s, request.cwd);
    if (target === null) throw new UsageError(`${s.root} is not a folder: repair works on folders`);
    if (s.EXCEPTION)
      throw new UsageError(
        `cannot repair ${s.scope}: ${s.EXCEPTION.message}`,
        'Repair needs a tree whose signature itself checks; explain shows why it does not.',
      );
    return target;
  });
  const trust = await loadTrustStore(request.trust, request.cwd, request.crl);
  const limits = archiveLimits(request.maxSize, request.maxEntries);
  const reference = await openReference(
    { release: request.reference, cwd: request.cwd, trust, limits, download: request.download },
    targets,
  );
  try {
    const releases: ReleaseScope[] = [];
    const planned: ScopeRepairPlan[] = [];
    for (const [i, scope] of scopes.entries()) {
      const target = targets[i] as Target;
      const release = await matchedRelease(reference, scope, target);
      releases.push(release);
      planned.push(planScopeRepair({ result: scope, root: target.root, profile: target.profile, release }, scope.root));
    }
    const extras = planned.some((p) => p.actions.some((a) => a.kind === 'quarantine'));
    const treeRoot = resolve(request.cwd, request.path);
    const quarantine = extras
      ? resolve(request.cwd, request.quarantine ?? defaultQuarantineDir(treeRoot, request.now ?? new Date()))
      : null;
    if (quarantine) checkQuarantineDir(quarantine, [treeRoot, ...targets.map((t) => t.root)]);
    return { plan: { reference: request.reference, scopes: planned, quarantine }, reference, releases };
  } catch (e) {
    reference.close();
    throw e;
  }
}

/** Carry out the plan: restores first, then the quarantine (its manifest written before the first move). */
async function applyPlan(plan: RepairPlan, releases: ReleaseScope[], now: Date): Promise<RepairOutcome> {
  const outcome: RepairOutcome = { restored: [], quarantined: [], failed: [], manifest: null };
  const manifest: QuarantineManifest = {
    tool: { name: TOOL_NAME, version: VERSION },
    created: now.toISOString(),
    reference: plan.reference,
    files: [],
  };
  if (plan.quarantine) outcome.manifest = startManifest(plan.quarantine, manifest);
  for (const [i, scope] of plan.scopes.entries()) {
    const release = releases[i] as ReleaseScope;
    const restores = scope.actions.filter((a) => a.kind === 'restore');
    const restored = await restoreFiles(scope.root, restores, release, release.target.profile.htaccessMarker);
    const extras = scope.actions.filter((a) => a.kind === 'quarantine');
    const moved = plan.quarantine
      ? quarantineFiles({ dir: plan.quarantine, scope: scope.scope, root: scope.root, actions: extras, manifest })
      : { moved: [], failed: [] };
    outcome.restored.push(...restored.restored.map((p) => `${scope.scope}: ${p}`));
    outcome.quarantined.push(...moved.moved.map((p) => `${scope.scope}: ${p}`));
    outcome.failed.push(...[...restored.failed, ...moved.failed].map((f) => ({ path: `${scope.scope}: ${f.path}`, why: f.why })));
  }
  return outcome;
}

/** Verify the tree, plan its repair and, with `apply`, carry it out and verify again. */
export async function runRepair(request: RepairRunRequest): Promise<RepairRun> {
  assertTreeFolder(request.path, request.cwd, 'repair');
  const verifyRequest = { ...request, paths: [request.path] };
  const result = await runVerification(verifyRequest);
  if (result.scopes.every((s) => findingCount(s) === 0)) return { result, plan: null };
  const { plan, reference, releases } = await planRun(request, result);
  try {
    if (!request.apply) return { result, plan };
    const outcome = await applyPlan(plan, releases, request.now ?? new Date());
    return { result, plan, outcome, after: await runVerification(verifyRequest) };
  } finally {
    reference.close();
  }
}

/** `repair --undo MANIFEST`: put the quarantined files back. */
export function runUndo(manifest: string, cwd: string): string[] {
  return undoQuarantine(resolve(cwd, manifest));
}
