/**
 * The verify use case, shared by the command line and the Action: load the trust store, plan
 * what to check (folders, archives, a whole installation), read the baseline files, verify
 * every scope, accept what the baseline accepts and decide the verdict with fail-on. The front
 * ends only translate their I/O.
 */
import type { BaselineFile, BaselineFor } from '../engine/baseline/entry.ts';
import type { GivenBaselines } from './baseline-files.ts';
import { findDefaultBaselines, namesBaseline } from './baseline-lookup.ts';
import { archiveLimits, planVerificationWithArchives } from '../engine/archive/plan.ts';
import { resolve } from 'node:path';
import { isRegularFile } from '../engine/fs-kind.ts';
import { closePrestartedHashPool, takeHashPool } from '../engine/hashing/prestart.ts';
import { parseFailOn, verifyPlan } from '../engine/plan.ts';
import type { Result } from '../engine/result.ts';
import { loadTrustStore } from '../engine/trust/store.ts';
import type { VerifyProgress } from '../engine/verify.ts';

export interface VerifyRunRequest {
  /** Folders and archives (default: the working folder). */
  paths: string[];
  cwd: string;
  profile?: string | undefined;
  appId?: string | undefined;
  signaturePath?: string | undefined;
  /** Trust presets or PEM files; CRLs (see loadTrustStore). */
  trust: string[];
  crl: string[];
  allApps: boolean;
  requireSigned: boolean;
  /** The folder is an extracted server release: check it whole. */
  release?: boolean;
  /** A server archive: check core alone. */
  coreOnly?: boolean;
  /** Allow-list patterns (lines): EXTRA_FILE baseline entries. */
  allow: string[];
  /** A baseline file, `none`, or undefined for `.code-integrity.yml` at each scope's root on disk. */
  baseline?: string | undefined;
  /** The categories that fail the run, as the user wrote them (default: all four). */
  failOn?: string | undefined;
  /** Archive limits as the user wrote them (`8G`, `1000000`). */
  maxSize?: string | undefined;
  maxEntries?: string | undefined;
  onProgress?: ((progress: VerifyProgress) => void) | undefined;
}

/** Verify everything the request names and return the one Result every report is made from. */
export async function runVerification(request: VerifyRunRequest): Promise<Result> {
  return (await verifyWithBaselines(request)).result;
}

/** runVerification, with the baseline files the run read (the `baseline` command keeps the ones used). */
export async function verifyWithBaselines(request: VerifyRunRequest): Promise<{ result: Result; baselines: BaselineFile[] }> {
  // Started first: the workers' start-up overlaps reading the trust store and the signatures.
  // Archives are hashed while they are read, so a run of archives only needs no workers.
  const pool = onlyArchives(request) ? null : takeHashPool();
  if (pool === null) await closePrestartedHashPool();
  try {
    const failOn = parseFailOn(request.failOn);
    const trust = await loadTrustStore(request.trust, request.cwd, request.crl);
    // A bad file or pattern is refused before anything is read; the YAML and glob code loads only for a baseline.
    const given = namesBaseline(request) ? (await import('./baseline-files.ts')).givenBaselines(request) : NO_GIVEN;
    const plan = await planVerificationWithArchives({
      ...archiveLimits(request.maxSize, request.maxEntries),
      paths: request.paths,
      cwd: request.cwd,
      trust,
      profile: request.profile,
      appId: request.appId,
      signaturePath: request.signaturePath,
      allApps: request.allApps,
      requireSigned: request.requireSigned,
      release: request.release === true,
      coreOnly: request.coreOnly === true,
    });
    const { baselines, rules } = await readBaselines(given, findDefaultBaselines(plan, request), request.cwd);
    const result = await verifyPlan(plan, {
      baseline: rules,
      failOn,
      onProgress: request.onProgress,
      hash: pool ? { pool } : undefined,
    });
    return { result, baselines };
  } finally {
    await pool?.close();
  }
}

const NO_GIVEN: GivenBaselines = { file: null, allow: null };

/** The baseline files of a run and the rules they give each scope (none read, nothing loaded, when there are none). */
async function readBaselines(
  given: GivenBaselines,
  defaults: ReturnType<typeof findDefaultBaselines>,
  cwd: string,
): Promise<{ baselines: BaselineFile[]; rules: BaselineFor | undefined }> {
  if (given.file === null && given.allow === null && defaults.length === 0) return { baselines: [], rules: undefined };
  const files = await import('./baseline-files.ts');
  const baselines = files.readBaselines(given, defaults, cwd);
  return { baselines, rules: files.baselineFor(baselines) };
}

function onlyArchives(request: VerifyRunRequest): boolean {
  return request.paths.length > 0 && request.paths.every((p) => isRegularFile(resolve(request.cwd, p)));
}
