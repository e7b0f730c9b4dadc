/** The steps of a verification plan (plan.ts): a scope to verify, or the `release` scope built after them. */
import type { ScopeResult } from './result.ts';
import type { VerifyRequest } from './verify.ts';

/** A verification, with notes for its scope (e.g. from reading its archive). */
export type PlannedRequest = VerifyRequest & { notes?: string[] };

/** The `release` scope of a whole-release check, built once the scopes before it ran. */
export interface ReleaseStep {
  release: () => ScopeResult;
  /** The server folder, for an extracted release on disk (absent for an archive). */
  diskRoot?: string;
}

export type PlanStep = PlannedRequest | ReleaseStep;
