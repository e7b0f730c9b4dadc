/**
 * The worker pool of the parallel bzip2 decompressor: worker threads that each decode one
 * bzip2 block at a time with libbzip2 compiled to WebAssembly (bzip2-worker.ts, bzip2-wasm.ts),
 * started on first use, not keeping the process alive while idle, and shareable by several
 * decompressors (its owner closes it). It is separate from the stream because it knows
 * nothing of bzip2's framing, only of jobs and results: where the worker entry lives (beside
 * this module in the bundle, the TypeScript entry through tsx from source), how a failing
 * worker rejects its pending blocks, and how input buffers come back from the workers to be
 * reused. With 0 workers it decodes on the calling thread.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../worker-entry.ts';
import { BlockDecoder, bzip2WasmModule, type BlockJob, type BlockResult } from './bzip2-wasm.ts';
import { ArchiveError } from './errors.ts';

export function defaultBzip2Workers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A decoding worker's JavaScript heap holds little (its buffers live outside it): a small
 * young generation keeps each worker's memory about 5 MB smaller, and the cap on the old one
 * is far above what it uses.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 32 };

/**
 * Start a decoding worker. Its entry file sits beside this module: the bundle copies
 * bzip2-worker.js into each dist folder. Run from source (tests, benchmarks under tsx), the
 * TypeScript entry is loaded through tsx, which a worker does not inherit by itself.
 */
function startWorker(workerData: unknown): Worker {
  return startModuleWorker(
    import.meta.url,
    { bundled: 'bzip2-worker.js', source: 'bzip2-worker.ts' },
    { workerData, resourceLimits: WORKER_LIMITS },
  );
}

/** The decoder itself failed (a worker or the WebAssembly file): not the archive's fault. */
function decoderFailure(why: string): ArchiveError {
  return new ArchiveError(
    `cannot decompress bzip2 data: ${why}`,
    'This is a fault of this code-integrity installation, not of the archive: its bzip2-worker.js and bzip2.wasm must sit beside the program (reinstall it).',
  );
}

/** Block input buffers are allocated in multiples of this, so that they fit later blocks. */
const SPARE_ROUNDING = 256 * 1024;

interface Pending {
  resolve: (result: BlockResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Worker threads that decode bzip2 blocks. Started on first use; idle workers do not keep the
 * process alive. Several decompressors may share one pool (the owner closes it). With 0
 * workers, blocks are decoded on the calling thread.
 */
export class Bzip2Pool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private inline: BlockDecoder | null = null;
  private closed = false;
  /** Input buffers back from the workers, for the next blocks (so that no thread piles up garbage). */
  private spare: ArrayBuffer[] = [];

  constructor(workers: number = defaultBzip2Workers()) {
    this.size = Math.max(0, Math.floor(workers));
  }

  /** A buffer for a block's input: pass it in a job, it comes back for reuse. */
  buffer(size: number): Uint8Array {
    for (let i = this.spare.length - 1; i >= 0; i--) {
      const spare = this.spare[i] as ArrayBuffer;
      if (spare.byteLength >= size) {
        this.spare.splice(i, 1);
        return new Uint8Array(spare, 0, size);
      }
    }
    return new Uint8Array(new ArrayBuffer(Math.ceil(size / SPARE_ROUNDING) * SPARE_ROUNDING), 0, size);
  }

  private recycle(buffer: ArrayBuffer | undefined): void {
    if (buffer === undefined || buffer.byteLength === 0 || this.spare.length >= 2 * this.size + 4) return;
    this.spare.push(buffer);
  }

  /** Decode one block; `job.data`'s buffer is transferred to the worker (and later reused: it must be the whole buffer from `buffer()`, or a copy). */
  decode(job: BlockJob): Promise<BlockResult> {
    if (this.closed) return Promise.reject(new Error('the bzip2 decoding pool is closed'));
    if (this.size === 0) {
      try {
        this.inline ??= new BlockDecoder();
      } catch (e) {
        return Promise.reject(decoderFailure(e instanceof Error ? e.message : String(e)));
      }
      const result = this.inline.decode(job);
      this.recycle(job.data.buffer as ArrayBuffer);
      return Promise.resolve(result);
    }
    let slot: Slot;
    try {
      slot = this.pick();
    } catch (e) {
      return Promise.reject(decoderFailure(`a decoding worker cannot start (${e instanceof Error ? e.message : String(e)})`));
    }
    const id = this.nextId++;
    return new Promise<BlockResult>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      if (slot.pending.size === 1) slot.worker.ref();
      slot.worker.postMessage({ id, job }, [job.data.buffer as ArrayBuffer]);
    });
  }

  private pick(): Slot {
    let best: Slot | null = null;
    for (const slot of this.slots) if (best === null || slot.pending.size < best.pending.size) best = slot;
    if (best !== null && (best.pending.size === 0 || this.slots.length >= this.size)) return best;
    return this.spawn();
  }

  private spawn(): Slot {
    const worker = startWorker({ module: bzip2WasmModule() });
    const slot: Slot = { worker, pending: new Map() };
    worker.unref();
    const fail = (why: string): void => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      const error = decoderFailure(`a decoding worker failed (${why})`);
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      void worker.terminate();
    };
    worker.on('message', (msg: { id: number; result: BlockResult; input?: ArrayBuffer }) => {
      this.recycle(msg.input);
      const p = slot.pending.get(msg.id);
      if (!p) return;
      slot.pending.delete(msg.id);
      if (slot.pending.size === 0) worker.unref();
      p.resolve(msg.result);
    });
    worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    const error = new Error('the bzip2 decoding pool was closed');
    for (const slot of slots) {
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    }
    return Promise.all(slots.map((s) => s.worker.terminate())).then(() => undefined);
  }
}
