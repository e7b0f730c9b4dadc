/**
 * The explain use case, shared by the command line and the Action: verify the tree (or take
 * the Result verify already made), open and verify the reference release for the scopes with
 * findings, then explain each finding against it.
 */
import { archiveLimits } from '../engine/archive/plan.ts';
import { UsageError } from '../engine/errors.ts';
import { explainScope } from '../engine/explain/explain-scope.ts';
import type { Explanation, ScopeExplanation } from '../engine/explain/model.ts';
import type { DiffLimits } from '../engine/explain/text-diff.ts';
import { isDirectory } from '../engine/fs-kind.ts';
import type { DownloadOptions } from '../engine/reference/download.ts';
import { openReference } from '../engine/reference/open.ts';
import { findingCount, type Result } from '../engine/result.ts';
import type { Target } from '../engine/target.ts';
import { loadTrustStore } from '../engine/trust/store.ts';
import { TOOL_NAME, VERSION } from '../version.ts';
import { scopeTarget } from './scope-targets.ts';
import { runVerification, type VerifyRunRequest } from './verify-run.ts';
import { resolve } from 'node:path';

export interface ExplainRunRequest extends Omit<VerifyRunRequest, 'paths' | 'failOn'> {
  /** The checked tree: an app or server folder. */
  path: string;
  /** The reference release: a folder, an archive or an https:// URL of one. */
  reference: string;
  download?: DownloadOptions | undefined;
  diff?: DiffLimits | undefined;
}

/** The tree must be a folder: explain and repair compare files on disk. */
export function assertTreeFolder(path: string, cwd: string, command: string): void {
  if (isDirectory(resolve(cwd, path))) return;
  throw new UsageError(
    `${path} is not a folder: ${command} works on an app or server folder`,
    'To look into a release archive, extract it and pass its folder.',
  );
}

/** Verify the tree at `request.path`, then explain its findings against the reference. */
export async function runExplain(request: ExplainRunRequest): Promise<{ result: Result; explanation: Explanation }> {
  assertTreeFolder(request.path, request.cwd, 'explain');
  const result = await runVerification({ ...request, paths: [request.path] });
  return { result, explanation: await explainResult(result, request) };
}

/** Explain the findings of a Result verify made (the Action's `reference` input uses this directly). */
export async function explainResult(result: Result, request: Omit<ExplainRunRequest, 'path'>): Promise<Explanation> {
  const explanation: Explanation = { clean: true, reference: request.reference, scopes: [], tool: { name: TOOL_NAME, version: VERSION } };
  const withFindings = result.scopes.filter((s) => findingCount(s) > 0);
  if (withFindings.length === 0) return explanation;
  explanation.clean = false;
  const targets = withFindings.map((s) => scopeTarget(s, request.cwd));
  const trust = await loadTrustStore(request.trust, request.cwd, request.crl);
  const reference = await openReference(
    {
      release: request.reference,
      cwd: request.cwd,
      trust,
      limits: archiveLimits(request.maxSize, request.maxEntries),
      download: request.download,
    },
    targets.filter((t): t is Target => t !== null),
  );
  try {
    for (const [i, scope] of withFindings.entries()) {
      const target = targets[i];
      if (target === null || target === undefined) {
        explanation.scopes.push(notAFolder(scope.scope, scope.root));
        continue;
      }
      const match = reference.matches.get(target.scope);
      explanation.scopes.push(
        await explainScope({
          result: scope,
          root: target.root,
          profile: target.profile,
          match,
          ...(request.diff ? { limits: request.diff } : {}),
        }),
      );
    }
  } finally {
    reference.close();
  }
  return explanation;
}

function notAFolder(scope: string, root: string): ScopeExplanation {
  return { scope, root, reference: null, unexplained: 'the checked tree is not a folder on disk', files: [], notes: [] };
}
