/** The steps of a verification plan (plan.ts): a scope to verify, or the `release` scope built after them. */
import type { AllowList } from './allow.ts';
import type { ScopeResult } from './result.ts';
import type { VerifyRequest } from './verify.ts';

/** A verification, with notes for its scope (e.g. from reading its archive). */
export type PlannedRequest = VerifyRequest & { notes?: string[] };

/** The `release` scope of a whole-release check, built once the scopes before it ran. */
export interface ReleaseStep {
  release: (options: { allow?: AllowList | undefined }) => ScopeResult;
}

export type PlanStep = PlannedRequest | ReleaseStep;
