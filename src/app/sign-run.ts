/**
 * The sign use case, shared by the command line and the Action: resolve what the folder is
 * (profile, scope, signature location), then sign it (engine/sign.ts checks the key, the
 * certificate and the tree first). The front ends only translate their I/O.
 */
import type { HashProgress } from '../engine/hashing/pool.ts';
import { takeHashPool } from '../engine/hashing/prestart.ts';
import { resolveTarget, type Target } from '../engine/target.ts';
import { signTree, type SignOutcome } from '../engine/sign.ts';

export interface SignRunRequest {
  /** The app or server folder (absolute). */
  path: string;
  profile?: string | undefined;
  appId?: string | undefined;
  signaturePath?: string | undefined;
  privateKeyPem: string | Buffer;
  passphrase?: string | undefined;
  certificatePem: string | Buffer;
  /** Write the signature here instead of inside the tree. */
  output?: string | undefined;
  dryRun?: boolean;
  /** Told how hashing goes (the scope is known once the target is resolved). */
  onProgress?: ((scope: string, progress: HashProgress) => void) | undefined;
}

export interface SignRun {
  target: Target;
  outcome: SignOutcome;
}

export async function runSigning(request: SignRunRequest): Promise<SignRun> {
  // Started first: the workers' start-up overlaps reading the key and the certificate.
  const pool = takeHashPool();
  try {
    const target = resolveTarget(request.path, { profile: request.profile, appId: request.appId, signaturePath: request.signaturePath });
    const { onProgress } = request;
    const outcome = await signTree({
      target,
      privateKeyPem: request.privateKeyPem,
      passphrase: request.passphrase,
      certificatePem: request.certificatePem,
      output: request.output,
      dryRun: request.dryRun === true,
      hash: { pool, ...(onProgress ? { onProgress: (p: HashProgress) => onProgress(target.scope, p) } : {}) },
    });
    return { target, outcome };
  } finally {
    await pool.close();
  }
}
