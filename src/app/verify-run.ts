/**
 * The verify use case, shared by the command line and the Action: load the trust store,
 * compile the allow-list, plan what to check (folders, archives, a whole installation), verify
 * every scope and decide the verdict with fail-on. The front ends only translate their I/O.
 */
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
  /** Allow-list patterns (lines). */
  allow: string[];
  /** The categories that fail the run, as the user wrote them (default: all four). */
  failOn?: string | undefined;
  /** Archive limits as the user wrote them (`8G`, `1000000`). */
  maxSize?: string | undefined;
  maxEntries?: string | undefined;
  onProgress?: ((progress: VerifyProgress) => void) | undefined;
}

/** Verify everything the request names and return the one Result every report is made from. */
export async function runVerification(request: VerifyRunRequest): Promise<Result> {
  // Started first: the workers' start-up overlaps reading the trust store and the signatures.
  // Archives are hashed while they are read, so a run of archives only needs no workers.
  const pool = onlyArchives(request) ? null : takeHashPool();
  if (pool === null) await closePrestartedHashPool();
  try {
    const failOn = parseFailOn(request.failOn);
    const trust = await loadTrustStore(request.trust, request.cwd, request.crl);
    // The glob matcher loads only when there are patterns (it is most of a small run's start-up code).
    const allow = request.allow.length > 0 ? (await import('../engine/allow.ts')).compileAllowList(request.allow) : undefined;
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
    return await verifyPlan(plan, { allow, failOn, onProgress: request.onProgress, hash: pool ? { pool } : undefined });
  } finally {
    await pool?.close();
  }
}

function onlyArchives(request: VerifyRunRequest): boolean {
  return request.paths.length > 0 && request.paths.every((p) => isRegularFile(resolve(request.cwd, p)));
}
