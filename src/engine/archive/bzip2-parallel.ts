/**
 * bzip2 decompression on several threads, as a Node stream: compressed bytes in, the
 * decoded bytes out, strictly in order.
 *
 * bzip2 blocks are independent: each starts with the 48-bit magic 0x314159265359 at any bit
 * offset, and a stream ends with 0x177245385090 and the stream CRC. As the input arrives it
 * is scanned for both magics; each span from one magic to the next is, presumably, a block,
 * and is decoded by a worker running libbzip2 (bzip2-wasm.ts). A span is only a guess: the
 * magic can also occur by chance inside compressed data. So a block is accepted only in
 * order, starting where the previous accepted block ended (the first one right after the
 * stream header), and only when libbzip2 decoded it with its CRC checked and ending exactly
 * at the next magic. If the span fails, the next magic is taken for a false one and the span
 * is extended to the magic after it, up to the largest size a block can have; only then is
 * the data called corrupt. Speculative spans that start at a false magic are never reached
 * and are dropped. The stream CRC is recomputed from the accepted blocks' CRCs and compared
 * with the one stored after the end-of-stream magic; streams may follow one another.
 *
 * Memory is bounded: at most `maxBlocksInFlight` blocks are decoding or waiting to be read
 * (a block decodes to about 1 MB, 46 MB at worst), and the input is not read further while
 * they are all taken, so a slow reader stops the reading. Every failure (a worker, the
 * decoder, an early end) ends the stream with an error.
 */
import { availableParallelism } from 'node:os';
import { Duplex } from 'node:stream';
import { Worker } from 'node:worker_threads';
import {
  BlockDecoder,
  bzip2WasmModule,
  BZ_OUTBUFF_FULL,
  INTERNAL_ERROR,
  MAX_BLOCK_OUTPUT,
  type BlockJob,
  type BlockResult,
} from './bzip2-wasm.ts';
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
  const here = import.meta.url;
  // Built at run time so that the bundler leaves it alone.
  const entry = (name: string): URL => new URL(['.', name].join('/'), here);
  if (!here.endsWith('.ts')) return new Worker(entry('bzip2-worker.js'), { workerData, resourceLimits: WORKER_LIMITS });
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry('bzip2-worker.ts').href)}); })`;
  return new Worker(source, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
}

/** The decoder itself failed (a worker or the WebAssembly file): not the archive's fault. */
function decoderFailure(why: string): ArchiveError {
  return new ArchiveError(
    `cannot decompress bzip2 data: ${why}`,
    'This is a fault of this code-integrity installation, not of the archive: its bzip2-worker.js and bzip2.wasm must sit beside the program (reinstall it).',
  );
}

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

export interface Bzip2DecompressorOptions {
  /** Stop with `limitError()` once the output would pass this many bytes (checked before a block is decoded in full). */
  maxOutput?: number;
  limitError?: () => Error;
  /** Workers to decode on, shared with others (not closed here). Without it, a pool of `workers` is started and closed. */
  pool?: Bzip2Pool;
  /** Size of the decompressor's own pool (default: `os.availableParallelism()`; 0 decodes on this thread). */
  workers?: number;
  /** Blocks decoding or decoded and not yet read, at most (default: twice the workers, at least 2). */
  maxBlocksInFlight?: number;
}

/** What the decompressor did, for tests and measurements. */
export interface Bzip2Stats {
  streams: number;
  blocks: number;
  /** Spans decoded again after a failure (a magic found by chance inside a block), or at another block size. */
  retries: number;
  /** Largest number of blocks decoding or waiting to be read at once. */
  maxBlocksQueued: number;
  /** Largest amount of compressed input held at once, in bytes. */
  maxInputHeld: number;
}

const MAGIC_BLOCK = [0x31, 0x41, 0x59, 0x26, 0x53, 0x59];
const MAGIC_EOS = [0x17, 0x72, 0x45, 0x38, 0x50, 0x90];

interface Probe {
  eos: boolean;
  shift: number;
  /** Where the pair of bytes that found it sits inside the 7-byte pattern. */
  offset: number;
  pattern: number[];
  mask: number[];
}

/**
 * The scanner's table. A magic at bit `shift` of byte i covers bytes i+1…i+5 entirely; of
 * the four byte pairs among them, two start at an even position. So looking at every even
 * position, one table look-up per two bytes finds every candidate, which is then checked.
 */
const PROBES: Probe[][] = [];
const PAIR_TO_PROBES = new Int16Array(65536).fill(-1);
for (const [eos, magic] of [
  [false, MAGIC_BLOCK],
  [true, MAGIC_EOS],
] as const) {
  const bits = magic.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1));
  for (let shift = 0; shift < 8; shift++) {
    const pattern = [0, 0, 0, 0, 0, 0, 0];
    const mask = [0, 0, 0, 0, 0, 0, 0];
    bits.forEach((bit, i) => {
      const at = shift + i;
      const byte = at >> 3;
      mask[byte] = (mask[byte] as number) | (0x80 >> (at & 7));
      if (bit) pattern[byte] = (pattern[byte] as number) | (0x80 >> (at & 7));
    });
    for (let offset = 1; offset <= 4; offset++) {
      const pair = ((pattern[offset] as number) << 8) | (pattern[offset + 1] as number);
      let list = PAIR_TO_PROBES[pair] as number;
      if (list < 0) {
        list = PROBES.length;
        PROBES.push([]);
        PAIR_TO_PROBES[pair] = list;
      }
      (PROBES[list] as Probe[]).push({ eos, shift, offset, pattern, mask });
    }
  }
}

/** The compressed size a block of `level` cannot exceed: 20-bit codes for every symbol, plus tables. */
function maxBlockBits(level: number): number {
  return (level * 100_000 * 2.5 + 65_536) * 8;
}

/** Block input buffers are allocated in multiples of this, so that they fit later blocks. */
const SPARE_ROUNDING = 256 * 1024;

/** Small input chunks are gathered into buffers of this size. */
const STAGE_SIZE = 64 * 1024;

/** Overlap kept between scans, so that a magic across two input chunks is found (with its header before it). */
const SCAN_OVERLAP = 16;

interface Candidate {
  bit: number;
  eos: boolean;
  /** The block size of the stream this magic seems to be in (from the last header seen before it); 0: unknown. */
  level: number;
}

interface Job {
  start: number;
  end: number;
  level: number;
  /** The output cap the job ran with. */
  cap: number;
  result: BlockResult | null;
}

const TRUNCATED = 'unexpected end of data (the bzip2 stream is truncated)';

/** A Duplex stream: write bzip2 data, read the decompressed bytes. */
export class Bzip2Decompressor extends Duplex {
  readonly stats: Bzip2Stats = { streams: 0, blocks: 0, retries: 0, maxBlocksQueued: 0, maxInputHeld: 0 };

  private readonly pool: Bzip2Pool;
  private readonly ownPool: boolean;
  private readonly window: number;
  private readonly maxOutput: number;
  private readonly limitError: () => Error;

  // Input held from `heldStart` (a byte offset) on.
  private held: Buffer[] = [];
  private heldStart = 0;
  /** Where small chunks are gathered (the last held buffer is a view of it). */
  private stage: Buffer | null = null;
  private stageUsed = 0;
  private received = 0;
  private tail: Buffer = Buffer.alloc(0);
  private ended = false;
  /** No block boundary within the largest block size: the input is not read further. */
  private stalled = false;

  // Magics found, in order; those before `head` are behind the current position.
  private cands: Candidate[] = [];
  private head = 0;
  private lastCand = -1;
  private specLevel = 0;
  /** Index of the next candidate to start a speculative job for. */
  private nextSpec = 0;
  private readonly jobs = new Map<number, Job>();

  // Position of the in-order reader.
  private phase: 'header' | 'blocks' = 'header';
  private hdrByte = 0;
  private pos = 0;
  private level = 0;
  private crc = 0;
  private blockInStream = 0;
  private firstError: string | null = null;
  private emitted = 0;

  private wantRead = false;
  /** The reader cannot move until more input arrives (read on even with the window full). */
  private waiting = false;
  private pendingWrite: ((error?: Error | null) => void) | null = null;
  private failed = false;
  private done = false;
  private pumping = false;
  private again = false;

  constructor(options: Bzip2DecompressorOptions = {}) {
    super({ readableHighWaterMark: 1 << 20 });
    this.ownPool = options.pool === undefined;
    this.pool = options.pool ?? new Bzip2Pool(options.workers ?? defaultBzip2Workers());
    this.window = Math.max(2, Math.floor(options.maxBlocksInFlight ?? 2 * this.pool.size));
    this.maxOutput = options.maxOutput ?? Infinity;
    this.limitError = options.limitError ?? (() => new Error('bzip2: output limit reached'));
  }

  // ---- stream plumbing

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.failed) return callback();
    this.addInput(chunk);
    this.pump();
    if (this.needInput() || this.failed) callback();
    else this.pendingWrite = callback;
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.ended = true;
    this.pump();
    callback();
  }

  override _read(): void {
    this.wantRead = true;
    this.pump();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.failed = true;
    this.jobs.clear();
    this.held = [];
    this.cands = [];
    const write = this.pendingWrite;
    this.pendingWrite = null;
    write?.();
    if (this.ownPool) void this.pool.close();
    callback(error);
  }

  private fail(error: Error): void {
    if (this.failed) return;
    this.failed = true;
    this.destroy(error);
  }

  private needInput(): boolean {
    return !this.ended && !this.failed && !this.stalled && (this.jobs.size < this.window || this.waiting);
  }

  /** Run the reader and the dispatcher until neither can move (re-entered through push → _read). */
  private pump(): void {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.again = false;
        this.dispatch();
        this.advance();
        this.dispatch();
      } while (this.again && !this.failed);
    } catch (e) {
      this.fail(e instanceof Error ? e : new Error(String(e)));
    } finally {
      this.pumping = false;
    }
    if (this.pendingWrite && (this.needInput() || this.failed)) {
      const write = this.pendingWrite;
      this.pendingWrite = null;
      write();
    }
  }

  // ---- input and scanning

  private addInput(chunk: Buffer): void {
    if (chunk.length === 0) return;
    const base = this.received - this.tail.length;
    this.hold(chunk);
    this.received += chunk.length;
    this.stats.maxInputHeld = Math.max(this.stats.maxInputHeld, this.received - this.heldStart);
    const buf = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    this.scan(buf, base);
    this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - SCAN_OVERLAP)));
    if (this.received * 8 - Math.max(0, this.lastCand) > maxBlockBits(9) + 64) this.stalled = true;
  }

  /** Find the magics in `buf` (which starts at byte `base` of the input). */
  private scan(buf: Buffer, base: number): void {
    const len = buf.length;
    let found: Array<{ bit: number; eos: boolean; at: number }> | null = null;
    for (let k = 0; k + 1 < len; k += 2) {
      const list = PAIR_TO_PROBES[((buf[k] as number) << 8) | (buf[k + 1] as number)] as number;
      if (list < 0) continue;
      for (const probe of PROBES[list] as Probe[]) {
        const i = k - probe.offset;
        if (i < 0 || i + 7 > len) continue;
        let match = true;
        for (let j = 0; j < 7 && match; j++) match = ((buf[i + j] as number) & (probe.mask[j] as number)) === probe.pattern[j];
        if (match) (found ??= []).push({ bit: (base + i) * 8 + probe.shift, eos: probe.eos, at: i });
      }
    }
    if (found === null) return;
    found.sort((a, b) => a.bit - b.bit);
    for (const f of found) {
      if (f.bit <= this.lastCand) continue;
      this.lastCand = f.bit;
      // A stream header "BZh1"…"BZh9" right before a byte-aligned block magic: a stream (probably) starts here.
      if (!f.eos && f.bit % 8 === 0 && f.at >= 4 && buf[f.at - 4] === 0x42 && buf[f.at - 3] === 0x5a && buf[f.at - 2] === 0x68) {
        const digit = (buf[f.at - 1] as number) - 0x30;
        if (digit >= 1 && digit <= 9) this.specLevel = digit;
      }
      this.cands.push({ bit: f.bit, eos: f.eos, level: this.specLevel });
    }
  }

  /**
   * Keep a chunk of input. Small chunks are copied together into 64 KiB buffers, so that
   * the list stays short however the input is cut (a writer may send single bytes).
   */
  private hold(chunk: Buffer): void {
    if (chunk.length >= STAGE_SIZE / 4) {
      this.held.push(chunk);
      this.stage = null;
      return;
    }
    if (this.stage === null || this.stageUsed + chunk.length > STAGE_SIZE) {
      this.stage = Buffer.allocUnsafeSlow(STAGE_SIZE);
      this.stageUsed = 0;
    }
    const stage = this.stage;
    const from = this.stageUsed;
    chunk.copy(stage, from);
    this.stageUsed += chunk.length;
    // When the last held buffer is a view of the stage ending here, it grows over the new
    // bytes (bytes already held never change); otherwise a new view starts.
    const at = this.held.length - 1;
    const last = this.held[at];
    if (last !== undefined && last.buffer === stage.buffer && last.byteOffset + last.length === from) {
      this.held[at] = stage.subarray(last.byteOffset, this.stageUsed);
    } else {
      this.held.push(stage.subarray(from, this.stageUsed));
    }
  }

  /** A copy of input bytes [from, to), into `out` when given. */
  private bytes(from: number, to: number, out: Uint8Array = new Uint8Array(to - from)): Uint8Array {
    let at = this.heldStart;
    for (const chunk of this.held) {
      const end = at + chunk.length;
      if (end > from && at < to) {
        const a = Math.max(from, at);
        const b = Math.min(to, end);
        out.set(chunk.subarray(a - at, b - at), a - from);
      }
      if (end >= to) break;
      at = end;
    }
    return out;
  }

  /** `count` (≤ 32) bits of the input at bit offset `bit`. */
  private bits(bit: number, count: number): number {
    const first = Math.floor(bit / 8);
    const data = this.bytes(first, Math.ceil((bit + count) / 8));
    let value = 0;
    for (let i = 0; i < count; i++) {
      const b = bit - first * 8 + i;
      value = value * 2 + (((data[b >>> 3] as number) >>> (7 - (b & 7))) & 1);
    }
    return value >>> 0;
  }

  /** Forget the input before byte `byte`. */
  private dropBefore(byte: number): void {
    while (this.held.length > 0) {
      const first = this.held[0] as Buffer;
      if (this.heldStart + first.length > byte) break;
      this.heldStart += first.length;
      this.held.shift();
    }
  }

  // ---- decoding

  private start(start: number, end: number, level: number): Job {
    const cap = Math.max(0, Math.min(MAX_BLOCK_OUTPUT, this.maxOutput - this.emitted + 1));
    const job: Job = { start, end, level, cap, result: null };
    this.jobs.set(start, job);
    this.stats.maxBlocksQueued = Math.max(this.stats.maxBlocksQueued, this.jobs.size);
    const first = Math.floor(start / 8);
    const last = Math.ceil(end / 8);
    const data = this.bytes(first, last, this.pool.buffer(last - first));
    this.pool.decode({ data, startBit: start - first * 8, endBit: end - first * 8, level, cap }).then(
      (result) => {
        if (this.failed || this.jobs.get(start) !== job) return;
        job.result = result;
        this.pump();
      },
      (error: Error) => this.fail(error),
    );
    return job;
  }

  /** Start speculative jobs: each block magic up to the next magic, while the window has room. */
  private dispatch(): void {
    if (this.failed) return;
    if (this.nextSpec < this.head) this.nextSpec = this.head;
    while (this.jobs.size < this.window && this.nextSpec + 1 < this.cands.length) {
      const c = this.cands[this.nextSpec] as Candidate;
      const next = this.cands[this.nextSpec + 1] as Candidate;
      this.nextSpec += 1;
      if (c.eos || c.level === 0 || this.jobs.has(c.bit) || c.bit < this.pos) continue;
      if (next.bit - c.bit > maxBlockBits(c.level)) continue;
      this.start(c.bit, next.bit, c.level);
    }
  }

  /** The candidate at or after `bit`, dropping those before it (and their speculative jobs). */
  private candidateFrom(bit: number): Candidate | undefined {
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

  /**
   * The reader needs more input: returns false (wait for it), or fails the stream when no more
   * will come.
   */
  private starve(): void {
    if (this.ended) return this.fail(new Error(TRUNCATED));
    if (this.stalled) {
      return this.fail(this.corrupt(`no block boundary within the largest block size after byte ${Math.floor(this.lastCand / 8)}`));
    }
    this.waiting = true;
  }

  private corrupt(what: string): Error {
    return new Error(`bzip2 data is corrupt: ${what}`);
  }

  /** The in-order reader: headers, accepted blocks (their bytes pushed out), end-of-stream CRCs. */
  private advance(): void {
    this.waiting = false;
    while (!this.failed && !this.done) {
      if (this.phase === 'header') {
        if (this.hdrByte >= this.received && this.ended) {
          if (this.stats.streams === 0) return this.fail(new Error('no bzip2 data (the input is empty)'));
          this.done = true;
          if (this.ownPool) void this.pool.close();
          this.push(null);
          return;
        }
        if (this.hdrByte + 4 > this.received) {
          if (this.ended && this.stats.streams > 0) return this.fail(this.trailing());
          return this.starve();
        }
        const header = this.bytes(this.hdrByte, this.hdrByte + 4);
        const level = (header[3] as number) - 0x30;
        if (header[0] !== 0x42 || header[1] !== 0x5a || header[2] !== 0x68 || level < 1 || level > 9) {
          return this.fail(this.stats.streams === 0 ? new Error('not bzip2 data (no BZh header)') : this.trailing());
        }
        this.stats.streams += 1;
        this.level = level;
        this.crc = 0;
        this.blockInStream = 0;
        this.pos = (this.hdrByte + 4) * 8;
        this.phase = 'blocks';
        this.dropBefore(this.hdrByte);
        continue;
      }

      const c = this.candidateFrom(this.pos);
      if (c === undefined) return this.starve();
      if (c.bit !== this.pos) return this.fail(this.corrupt(`no block starts where one must (byte ${Math.floor(this.pos / 8)})`));

      if (c.eos) {
        if (this.received * 8 < this.pos + 80) return this.starve();
        const stored = this.bits(this.pos + 48, 32);
        if (stored !== this.crc) {
          return this.fail(this.corrupt(`the stream CRC does not match its blocks (stored ${hex(stored)}, computed ${hex(this.crc)})`));
        }
        this.phase = 'header';
        this.hdrByte = Math.ceil((this.pos + 80) / 8);
        continue;
      }

      let job = this.jobs.get(this.pos);
      if (job === undefined || job.level !== this.level) {
        const next = this.cands[this.head + 1];
        if (next === undefined) return this.starve();
        if (next.bit - this.pos > maxBlockBits(this.level)) return this.fail(this.blockError('no block end within the largest block size'));
        if (job !== undefined) this.stats.retries += 1;
        job = this.start(this.pos, next.bit, this.level);
      }
      const result = job.result;
      if (result === null) return; // still decoding

      if (!result.ok) {
        if (result.code === BZ_OUTBUFF_FULL && job.cap < MAX_BLOCK_OUTPUT) return this.fail(this.limitError());
        if (result.code === INTERNAL_ERROR) return this.fail(new Error(`bzip2: ${result.reason}`));
        // Perhaps the magic at the span's end was found by chance inside this block: try up to the next one.
        this.firstError ??= result.reason;
        let i = this.head + 1;
        while (i < this.cands.length && (this.cands[i] as Candidate).bit <= job.end) i++;
        const further = this.cands[i];
        if (further === undefined) {
          if (this.ended || this.stalled) return this.fail(this.blockError(this.firstError));
          return this.starve();
        }
        if (further.bit - this.pos > maxBlockBits(this.level)) return this.fail(this.blockError(this.firstError));
        this.stats.retries += 1;
        this.start(this.pos, further.bit, this.level);
        continue;
      }

      if (!this.wantRead) return; // the reader is behind: keep the block until it asks
      if (this.emitted + result.out.length > this.maxOutput) return this.fail(this.limitError());
      this.jobs.delete(this.pos);
      this.firstError = null;
      this.crc = (((this.crc << 1) | (this.crc >>> 31)) ^ result.crc) >>> 0;
      this.emitted += result.out.length;
      this.stats.blocks += 1;
      this.blockInStream += 1;
      this.pos = job.end;
      this.dropBefore(Math.floor(this.pos / 8));
      if (result.out.length > 0) {
        this.wantRead = this.push(Buffer.from(result.out.buffer, result.out.byteOffset, result.out.length));
      }
    }
  }

  private blockError(reason: string): Error {
    return this.corrupt(`block ${this.blockInStream + 1} of stream ${this.stats.streams} (at byte ${Math.floor(this.pos / 8)}): ${reason}`);
  }

  private trailing(): Error {
    return this.corrupt(`unexpected data after the end of the bzip2 stream (at byte ${this.hdrByte})`);
  }
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** A stream that decompresses bzip2 (one or more concatenated streams), decoding blocks on worker threads. */
export function createBzip2Decompressor(options: Bzip2DecompressorOptions = {}): Bzip2Decompressor {
  return new Bzip2Decompressor(options);
}
