/** What hashing hands back: each file's outcome as it comes, and what a caller may keep of it. */

/** A hashed file as a caller may keep it (archives build these directly). */
export interface HashedFile {
  rel: string;
  /** Lowercase hex SHA-512, or null when the file could not be read (see `problem`). */
  hash: string | null;
  problem?: string;
  bytes: number;
}

/**
 * One file's outcome, valid only during the sink call (the object is reused): `digest` is a
 * view of the batch's buffer at `offset` (64 bytes) unless `problem` is set.
 */
export interface FileOutcome {
  /**
   * Position in the walk (0, 1, 2, …, one per entry, the order `entries` yields them);
   * outcomes arrive in batches, not in this order. The name is not repeated here: a caller
   * that needs it notes it while the walk is pulled, so batches in flight hold no names.
   */
  seq: number;
  digest: Buffer;
  offset: number;
  problem: string | undefined;
  bytes: number;
  /** Modification time when it was hashed (to notice a tree that changes while being signed). */
  mtimeMs: number;
}

export type FileSink = (file: FileOutcome) => void;

/** Told of each entry as the walk yields it: its position (as in `FileOutcome.seq`) and name. */
export type EntrySink = (seq: number, rel: string) => void;

export interface HashProgress {
  files: number;
  bytes: number;
}
