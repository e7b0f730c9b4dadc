/**
 * Speculative decoding for the parallel bzip2 decompressor: the magics the scanner found, in
 * order, and the jobs that decode the spans between them on the pool ahead of the in-order
 * reader, at most `window` at once (those decoding and those decoded and not yet read). It is
 * apart from the stream because it decides only what to decode next, never what is
 * accepted: the reader (bzip2-stream.ts) asks it for the job at its position, starts
 * longer or re-levelled spans through it, and moves past candidates, which drops the
 * speculative jobs that started behind it (at a magic found by chance inside a block).
 */
import type { HeldInput } from './bzip2-input.ts';
import type { Bzip2Pool } from './bzip2-pool.ts';
import { maxBlockBits, type Candidate } from './bzip2-scan.ts';
import type { BlockResult } from './bzip2-wasm.ts';

export interface Job {
  start: number;
  end: number;
  level: number;
  /** The output cap the job ran with. */
  cap: number;
  result: BlockResult | null;
}

/** What the jobs need from the stream that owns them. */
export interface SpanHost {
  readonly input: HeldInput;
  readonly stats: { maxBlocksQueued: number };
  /** The output cap for a block decoded now. */
  cap(): number;
  /** A job's result arrived: the reader may move. */
  decoded(): void;
  /** The pool failed a job: the stream fails. */
  fail(error: Error): void;
  failed(): boolean;
}

export class SpanJobs {
  // Magics found, in order; those before `head` are behind the current position.
  cands: Candidate[] = [];
  private head = 0;
  /** Index of the next candidate to start a speculative job for. */
  private nextSpec = 0;
  private readonly jobs = new Map<number, Job>();

  constructor(
    private readonly pool: Bzip2Pool,
    private readonly window: number,
    private readonly host: SpanHost,
  ) {}

  /** Whether another job may start (the window has room). */
  hasRoom(): boolean {
    return this.jobs.size < this.window;
  }

  /** The job for the span that starts at `bit`, if any. */
  at(bit: number): Job | undefined {
    return this.jobs.get(bit);
  }

  /** The block at `bit` was accepted: its job is done. */
  accepted(bit: number): void {
    this.jobs.delete(bit);
  }

  /** The stream is destroyed: nothing is waited for any more. */
  clear(): void {
    this.jobs.clear();
    this.cands = [];
  }

  start(start: number, end: number, level: number): Job {
    const cap = this.host.cap();
    const job: Job = { start, end, level, cap, result: null };
    this.jobs.set(start, job);
    this.host.stats.maxBlocksQueued = Math.max(this.host.stats.maxBlocksQueued, this.jobs.size);
    const first = Math.floor(start / 8);
    const last = Math.ceil(end / 8);
    const data = this.host.input.bytes(first, last, this.pool.buffer(last - first));
    this.pool.decode({ data, startBit: start - first * 8, endBit: end - first * 8, level, cap }).then(
      (result) => {
        if (this.host.failed() || this.jobs.get(start) !== job) return;
        job.result = result;
        this.host.decoded();
      },
      (error: Error) => this.host.fail(error),
    );
    return job;
  }

  /** Start speculative jobs (none behind the reader's position `pos`): each block magic up to the next magic, while the window has room. */
  dispatch(pos: number): void {
    if (this.host.failed()) return;
    if (this.nextSpec < this.head) this.nextSpec = this.head;
    while (this.jobs.size < this.window && this.nextSpec + 1 < this.cands.length) {
      const c = this.cands[this.nextSpec] as Candidate;
      const next = this.cands[this.nextSpec + 1] as Candidate;
      this.nextSpec += 1;
      if (c.eos || c.level === 0 || this.jobs.has(c.bit) || c.bit < pos) continue;
      if (next.bit - c.bit > maxBlockBits(c.level)) continue;
      this.start(c.bit, next.bit, c.level);
    }
  }

  /** The candidate at or after `bit`, dropping those before it (and their speculative jobs). */
  candidateFrom(bit: number): Candidate | undefined {
    while (this.head < this.cands.length && (this.cands[this.head] as Candidate).bit < bit) {
      this.jobs.delete((this.cands[this.head] as Candidate).bit);
      this.head += 1;
    }
    if (this.head > 4096 && this.head * 2 > this.cands.length) {
      this.cands = this.cands.slice(this.head);
      this.nextSpec -= this.head;
      this.head = 0;
    }
    return this.cands[this.head];
  }

  /** The magic after the current one (where the span that starts at the current one ends). */
  following(): Candidate | undefined {
    return this.cands[this.head + 1];
  }

  /** The first magic past the current one that lies beyond bit `end`. */
  after(end: number): Candidate | undefined {
    let i = this.head + 1;
    while (i < this.cands.length && (this.cands[i] as Candidate).bit <= end) i++;
    return this.cands[i];
  }
}
