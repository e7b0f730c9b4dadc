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

/**
 * Inflate (method 8) or take as stored (method 0) a batch of zip entries' data, then hash
 * each: their compressed bytes back to back in `data`, `lengths[i]` bytes each.
 */
export interface InflateRequest {
  id: number;
  op: 'inflate';
  /** The compressed bytes (a whole ArrayBuffer of their own: it is transferred). */
  data: Uint8Array;
  lengths: number[];
  methods: number[];
  /** The declared uncompressed sizes: inflating stops one byte past each. */
  usizes: number[];
}

/** One entry of an inflate batch. */
export interface InflatedEntry {
  size: number;
  crc: number;
  /** Compressed bytes the deflate stream used (less than given: data after its end). */
  consumed: number;
  /** zlib's message when the data cannot be inflated. */
  error: string | null;
}

export interface InflateReply {
  id: number;
  /** SHA-512 of each entry's data, 64 bytes each (zeros where it could not be inflated). */
  digests: ArrayBuffer;
  entries: InflatedEntry[];
}

export type WorkerRequest = HashRequest | StatRequest | InflateRequest;
export type WorkerReply = HashReply & StatReply;
