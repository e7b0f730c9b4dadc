/** One `HashPool.hash()` call's bookkeeping: the batch being gathered, progress, and handing outcomes to the sink. */
import type { WalkEntry } from '../walk.ts';
import type { HashReply } from './protocol.ts';
import type { FileOutcome, FileSink, HashProgress } from './outcome.ts';

/** Files per batch: small first so every worker starts at once, then larger (fewer messages). */
export const FIRST_BATCH_FILES = 4;
const MAX_BATCH_FILES = 128;

/** A batch of files for one worker: their paths, which are .htaccess files, and the first one's walk position. */
export interface Batch {
  paths: string[];
  htaccess: number[];
  first: number;
}

/**
 * One `hash()` call's state: the batch being gathered (consecutive walk positions, growing from
 * a few files to MAX_BATCH_FILES), the progress, and one reused outcome object for the sink.
 */
export class HashRun {
  readonly progress: HashProgress = { files: 0, bytes: 0 };
  private readonly outcome: FileOutcome = { seq: 0, digest: Buffer.alloc(0), offset: 0, problem: undefined, bytes: 0, mtimeMs: 0 };
  private readonly noDigest = Buffer.alloc(64);
  private batch: Batch = { paths: [], htaccess: [], first: 0 };
  private batchFiles = FIRST_BATCH_FILES;

  constructor(
    private readonly sink: FileSink,
    private readonly onProgress: ((progress: HashProgress) => void) | undefined,
  ) {}

  get count(): number {
    return this.batch.paths.length;
  }

  /** Whether the file at `seq` can join the batch (its positions must be consecutive). */
  continues(seq: number): boolean {
    return this.count === 0 || this.batch.first + this.count === seq;
  }

  add(entry: WalkEntry, seq: number): void {
    if (this.count === 0) this.batch.first = seq;
    if (entry.htaccess) this.batch.htaccess.push(this.count);
    this.batch.paths.push(entry.path);
  }

  full(): boolean {
    return this.count >= this.batchFiles;
  }

  /** The batch gathered so far (null when empty); the next one may be twice as large. */
  take(): Batch | null {
    if (this.count === 0) return null;
    const batch = this.batch;
    this.batch = { paths: [], htaccess: [], first: 0 };
    this.batchFiles = Math.min(MAX_BATCH_FILES, this.batchFiles * 2);
    return batch;
  }

  /** A file that is never read (a link out of the tree, a FIFO): its problem goes to the sink at once. */
  unreadable(seq: number, problem: string): void {
    this.emit(seq, this.noDigest, 0, problem, 0, 0);
    this.progress.files += 1;
  }

  /** A file an upstream rule hashed already: its outcome goes to the sink at once. */
  precomputed(seq: number, file: { digest: Buffer; bytes: number; mtimeMs: number }): void {
    this.emit(seq, file.digest, 0, undefined, file.bytes, file.mtimeMs);
    this.progress.files += 1;
    this.progress.bytes += file.bytes;
  }

  /** A worker's reply for `batch`: each file's outcome to the sink, in the batch's order. */
  deliver(msg: HashReply, batch: Batch): void {
    const digest = Buffer.from(msg.digests);
    for (let i = 0; i < batch.paths.length; i++) {
      const problem = msg.problems?.[i];
      const ok = problem === undefined;
      this.emit(batch.first + i, digest, i * 64, problem, ok ? (msg.sizes[i] as number) : 0, ok ? (msg.mtimes[i] as number) : 0);
      this.progress.bytes += this.outcome.bytes;
    }
    this.progress.files += batch.paths.length;
    this.onProgress?.({ ...this.progress });
  }

  private emit(seq: number, digest: Buffer, offset: number, problem: string | undefined, bytes: number, mtimeMs: number): void {
    const o = this.outcome;
    o.seq = seq;
    o.digest = digest;
    o.offset = offset;
    o.problem = problem;
    o.bytes = bytes;
    o.mtimeMs = mtimeMs;
    this.sink(o);
  }
}
