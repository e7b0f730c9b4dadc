/**
 * Messages between the hashing pool (pool.ts) and its workers (worker.ts). Paths travel as one
 * NUL-joined string (hash) or as UTF-8 bytes (stat); digests come back as one transferred
 * buffer of 64 bytes per file.
 */

/** Hash the files `paths` (NUL-separated); `htaccess` lists the indices hashed with the .htaccess marker rule. */
export interface HashRequest {
  id: number;
  op: 'hash';
  paths: string;
  htaccess: number[];
}

export interface HashReply {
  id: number;
  /** 64 bytes per file (zeros where `problems` has an entry). */
  digests: ArrayBuffer;
  sizes: Float64Array;
  mtimes: Float64Array;
  /** Index → why that file was not hashed. */
  problems: Record<number, string> | null;
}

/** Look again at files (sizes ≥ 0) and folders (size -1: only the modification time counts). */
export interface StatRequest {
  id: number;
  op: 'stat';
  paths: Uint8Array;
  sizes: Float64Array;
  mtimes: Float64Array;
}

export interface StatReply {
  id: number;
  /** Index → "was modified" / "disappeared". */
  changed: Record<number, string> | null;
}

export type WorkerRequest = HashRequest | StatRequest;
export type WorkerReply = HashReply & StatReply;
