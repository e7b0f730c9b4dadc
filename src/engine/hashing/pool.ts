/**
 * SHA-512 of many files, spread over worker threads (one per core), overlapped with the walk.
 *
 * The walk is pulled only while a worker has room (at most two batches queued per worker),
 * so paths in flight stay bounded whatever the tree size. Files travel in batches as one
 * NUL-joined string; digests come back as one binary buffer per batch (transferred, not
 * copied) and are handed to a sink one file at a time, so no per-file object outlives its
 * batch: what is kept, and how compactly, is the caller's choice. Each worker reads through
 * one reused buffer, so memory does not grow with file size.
 *
 * A small tree is hashed on the calling thread: a pool that is not started up front runs
 * its first batches itself (the same batch code the workers run, batch.ts) and starts the
 * workers only once those pass a few thousand files or tens of MiB. Starting a worker costs
 * tens of milliseconds of CPU, more than hashing a typical app takes.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../worker-entry.ts';
import type { WalkEntry } from '../walk.ts';
import { hashBatch, statBatch } from './batch.ts';
import { inflateAndHash } from './inflate.ts';
import type { HashReply, HashRequest, InflateReply, InflateRequest, StatReply, StatRequest } from './protocol.ts';
import { FIRST_BATCH_FILES, HashRun } from './hash-run.ts';
import type { EntrySink, FileSink, HashProgress } from './outcome.ts';

export type { EntrySink, FileOutcome, FileSink, HashedFile, HashProgress } from './outcome.ts';

export interface HashOptions {
  workers?: number;
  onProgress?: (progress: HashProgress) => void;
  /** Stop early (the walk is no longer pulled, the workers are stopped); rejects with the reason. */
  signal?: AbortSignal;
  /**
   * Workers started by the caller (and closed by it): started early, their start-up overlaps
   * the caller's own (reading keys, the trust store, the signature), and several scopes
   * (`--all-apps`) share them. Without it, each call starts and stops its own.
   */
  pool?: HashPool;
}

/** A hashing worker: the bundled hash-worker.js in dist/, or worker.ts from the sources. */
function startWorker(): Worker {
  return startModuleWorker(import.meta.url, { bundled: 'hash-worker.js', source: 'worker.ts' });
}

/**
 * Batches queued per worker: enough that the workers keep hashing while the main thread is
 * busy for a few milliseconds (reading the signature, listing a large folder), few enough
 * that the last batches spread evenly. While a worker is still starting (tens of
 * milliseconds) the walk may run further ahead, so there is work waiting when it is ready.
 */
const IN_FLIGHT_PER_WORKER = 4;
const IN_FLIGHT_WHILE_STARTING = 24;

type Request = Omit<HashRequest, 'id'> | Omit<StatRequest, 'id'> | Omit<InflateRequest, 'id'>;

/** What a pool not started up front hashes on the calling thread before it starts its workers. */
const INLINE_FILES = 1000;
const INLINE_BYTES = 32 << 20;

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Files to look at again after hashing, a batch at a time: their paths (UTF-8, separated
 * by NUL bytes) and what each was when it was hashed. Bytes, not strings: a large tree's
 * paths then cost the main thread's heap nothing.
 */
export interface StatBatch {
  paths: Uint8Array;
  sizes: Float64Array;
  mtimes: Float64Array;
}

/**
 * Worker threads that hash batches of files (and, for signing, check them again). Start it
 * early: the threads' start-up overlaps whatever the caller does next. Always `close()` it.
 */
export class HashPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  /** Whether each worker has answered once (it is running, not starting). */
  private readonly started: boolean[] = [];
  private readonly pending = new Map<number, { worker: number; reply: (msg: HashReply & StatReply) => void }>();
  private nextId = 0;
  private failure: Error | null = null;
  /** Rejected with the failure: what a caller waiting on a single result races against. */
  private readonly failed: Promise<never>;
  private failWith: (error: Error) => void = () => undefined;
  private wake: (() => void) | null = null;
  private readonly workerCount: number;
  /** Files and bytes the calling thread may still hash before the workers start (none once they run). */
  private inline = { files: 0, bytes: 0 };

  /** `startNow: false`: hash on the calling thread first, start the workers only when the tree is not small. */
  constructor(workerCount = defaultWorkerCount(), { startNow = true }: { startNow?: boolean } = {}) {
    this.workerCount = Math.max(1, workerCount);
    this.failed = new Promise<never>((_, reject) => (this.failWith = reject));
    this.failed.catch(() => undefined);
    if (startNow) this.startWorkers();
    else this.inline = { files: INLINE_FILES, bytes: INLINE_BYTES };
  }

  /**
   * No worker runs yet: the next batches are hashed on the calling thread, so starting them
   * early overlaps nothing (a caller may as well hash once it knows what to expect).
   */
  get hashesOnCallingThread(): boolean {
    return this.workers.length === 0;
  }

  private startWorkers(): void {
    this.inline = { files: 0, bytes: 0 };
    for (let w = 0; w < this.workerCount; w++) {
      const worker = startWorker();
      worker.on('message', (msg: HashReply & StatReply) => {
        const job = this.pending.get(msg.id);
        if (!job) return;
        this.pending.delete(msg.id);
        this.load[job.worker] = (this.load[job.worker] ?? 1) - 1;
        this.started[job.worker] = true;
        job.reply(msg);
        this.notify();
      });
      worker.on('error', (e) => {
        this.failure = e;
        this.failWith(e);
        this.notify();
      });
      worker.on('exit', (code) => {
        if (this.pending.size > 0 && !this.failure) this.failure = new Error(`a hashing worker stopped unexpectedly (exit code ${code})`);
        if (this.failure) this.failWith(this.failure);
        this.notify();
      });
      this.workers.push(worker);
      this.load.push(0);
      this.started.push(false);
    }
  }

  close(): Promise<unknown> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  private async sleep(signal?: AbortSignal): Promise<void> {
    if (this.failure) throw this.failure;
    signal?.throwIfAborted();
    await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
    signal?.throwIfAborted();
  }

  private leastLoaded(): number {
    let best = -1;
    let bestLoad = Infinity;
    for (let w = 0; w < this.load.length; w++) {
      const l = this.load[w] as number;
      if (l < (this.started[w] ? IN_FLIGHT_PER_WORKER : IN_FLIGHT_WHILE_STARTING) && l < bestLoad) {
        best = w;
        bestLoad = l;
      }
    }
    return best;
  }

  /** Run a batch on this thread while the tree is small; false once the workers must take over. */
  private runInline(message: Request, reply: (msg: HashReply & StatReply) => void): boolean {
    if (this.workers.length > 0) return false;
    if (message.op === 'inflate') {
      reply(inflateAndHash({ ...message, id: 0 }) as unknown as HashReply & StatReply); // one reply shape per op
      return true;
    }
    if (this.inline.files <= 0 || this.inline.bytes <= 0) {
      this.startWorkers();
      return false;
    }
    if (message.op === 'stat') {
      reply({
        ...statBatch({ ...message, id: 0 }),
        digests: new ArrayBuffer(0),
        sizes: message.sizes,
        mtimes: message.mtimes,
        problems: null,
      });
      return true;
    }
    const result = hashBatch({ ...message, id: 0 });
    this.inline.files -= result.sizes.length;
    for (const size of result.sizes) this.inline.bytes -= size;
    reply({ ...result, changed: null });
    return true;
  }

  private async send(
    message: Request,
    reply: (msg: HashReply & StatReply) => void,
    signal?: AbortSignal,
    transfer: ArrayBuffer[] = [],
  ): Promise<void> {
    if (this.runInline(message, reply)) return;
    let w = this.leastLoaded();
    while (w < 0) {
      await this.sleep(signal);
      w = this.leastLoaded();
    }
    if (this.failure) throw this.failure;
    const id = this.nextId++;
    this.pending.set(id, { worker: w, reply });
    this.load[w] = (this.load[w] ?? 0) + 1;
    (this.workers[w] as Worker).postMessage({ ...message, id }, transfer);
  }

  private async drain(signal?: AbortSignal): Promise<void> {
    while (this.pending.size > 0) await this.sleep(signal);
    if (this.failure) throw this.failure;
  }

  private idleWorker(): boolean {
    return this.load.includes(0);
  }

  /**
   * Hash every entry of `entries` (a walk); `sink` receives each file's outcome as its batch
   * completes, and entries with a `problem` without being read. `walked`, when given, hears of each entry
   * (its walk position and name) as it is taken from the walk, before its outcome.
   */
  async hash(entries: Iterable<WalkEntry>, sink: FileSink, options: HashOptions = {}, walked?: EntrySink): Promise<HashProgress> {
    const { signal } = options;
    // An abort wakes a waiting loop, which then throws the reason.
    const onAbort = (): void => this.notify();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await this.hashAll(entries, sink, options, walked);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  private async hashAll(
    entries: Iterable<WalkEntry>,
    sink: FileSink,
    options: HashOptions,
    walked: EntrySink | undefined,
  ): Promise<HashProgress> {
    const { signal } = options;
    const run = new HashRun(sink, options.onProgress);
    let seq = 0;
    for (const entry of entries) {
      if (signal?.aborted) signal.throwIfAborted();
      walked?.(seq, entry.rel);
      if (entry.problem) {
        run.unreadable(seq++, entry.problem); // never read: reported straight away
        continue;
      }
      if (entry.precomputed) {
        run.precomputed(seq++, entry.precomputed);
        continue;
      }
      // A problem or precomputed entry interrupted the run of positions: the batch so far goes first.
      if (!run.continues(seq)) await this.flush(run, signal);
      run.add(entry, seq++);
      // Send a batch when it is full, or early when a worker would otherwise sit idle.
      if (run.full() || (run.count >= FIRST_BATCH_FILES && this.idleWorker())) await this.flush(run, signal);
    }
    await this.flush(run, signal);
    await this.drain(signal);
    return run.progress;
  }

  /** Send the batch `run` has gathered to the least loaded worker. */
  private async flush(run: HashRun, signal: AbortSignal | undefined): Promise<void> {
    const batch = run.take();
    if (batch === null) return;
    await this.send({ op: 'hash', paths: batch.paths.join('\0'), htaccess: batch.htaccess }, (msg) => run.deliver(msg, batch), signal);
  }

  /**
   * Inflate (or take as stored) a batch of zip entries' data on a worker, and hash each (see
   * InflateRequest); `request.data`'s buffer is transferred. Resolves once a worker took the
   * batch, with the promise of its result: the caller may send more meanwhile.
   */
  async inflate(request: Omit<InflateRequest, 'id' | 'op'>): Promise<{ result: Promise<InflateReply> }> {
    let done: (reply: InflateReply) => void = () => undefined;
    const result = new Promise<InflateReply>((resolve) => (done = resolve));
    const transfer = [request.data.buffer as ArrayBuffer];
    await this.send({ op: 'inflate', ...request }, (msg) => done(msg as unknown as InflateReply), undefined, transfer);
    return { result: Promise.race([result, this.failed]) };
  }

  /** Which files of `batches` changed since they were hashed: index (over all batches) → "was modified" / "disappeared". */
  async check(batches: Iterable<StatBatch>): Promise<Map<number, string>> {
    const changed = new Map<number, string>();
    let first = 0;
    for (const batch of batches) {
      const base = first;
      first += batch.sizes.length;
      const message = { op: 'stat' as const, paths: batch.paths, sizes: batch.sizes, mtimes: batch.mtimes };
      await this.send(message, (msg) => {
        for (const [i, what] of Object.entries(msg.changed ?? {})) changed.set(base + Number(i), what);
      });
    }
    await this.drain();
    return changed;
  }
}

/** Hash with `options.pool`, or with a pool of its own started and stopped here. */
export async function hashEntries(
  entries: Iterable<WalkEntry>,
  sink: FileSink,
  options: HashOptions = {},
  walked?: EntrySink,
): Promise<HashProgress> {
  if (options.pool) return options.pool.hash(entries, sink, options, walked);
  const pool = new HashPool(options.workers);
  try {
    return await pool.hash(entries, sink, options, walked);
  } finally {
    await pool.close();
  }
}
