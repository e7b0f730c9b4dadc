/**
 * The parallel bzip2 decompressor's stream and its in-order reader: a Duplex that takes bzip2
 * data in and hands the decoded bytes out strictly in order. The input is held
 * (bzip2-input.ts) and scanned for magics (bzip2-scan.ts), and the spans between them are
 * decoded ahead on the pool (bzip2-spans.ts, bzip2-pool.ts); only here is anything accepted.
 * The reader walks the input from the first stream header and accepts a block only where the
 * previous accepted block ended (the first one 32 bits after the header), and only when
 * libbzip2 decoded it with its CRC checked and ending exactly at the next magic. If the span
 * fails, the next magic is taken for one found by chance inside the block and the span is
 * extended to the magic after it, up to the largest size a block can have; only then is the
 * data called corrupt. The stream CRC is recomputed from the accepted blocks' CRCs and
 * compared with the one stored after the end-of-stream magic; streams may follow one another.
 * Memory is bounded: at most `maxBlocksInFlight` blocks are decoding or waiting to be read (a
 * block decodes to about 1 MB, 46 MB at worst), and the input is not read further while they
 * are all taken, so a slow reader stops the reading. Every failure (a worker, the decoder, an
 * early end) ends the stream with an error.
 */
import { Duplex } from 'node:stream';
import { ArchiveFormatError } from './errors.ts';
import { HeldInput } from './bzip2-input.ts';
import { Bzip2Pool, defaultBzip2Workers } from './bzip2-pool.ts';
import { MagicScanner, maxBlockBits } from './bzip2-scan.ts';
import { SpanJobs, type Job } from './bzip2-spans.ts';
import { BZ_OUTBUFF_FULL, INTERNAL_ERROR, MAX_BLOCK_OUTPUT, type BlockResult } from './bzip2-wasm.ts';

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
  /**
   * Refuse a second bzip2 stream after the first (pbzip2 and lbzip2 write several): PHP's
   * bzip2 reader, under Archive_Tar, stops after the first, while bzip2 -d and GNU tar read on.
   */
  singleStream?: boolean;
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

type Failed = Extract<BlockResult, { ok: false }>;
type Decoded = Extract<BlockResult, { ok: true }>;

const TRUNCATED = 'unexpected end of data (the bzip2 stream is truncated)';

/** What PHP's reader would not see: a second stream is refused outright, not read differently. */
function secondStreamError(): ArchiveFormatError {
  return new ArchiveFormatError(
    "the bzip2 data holds more than one stream (as pbzip2 or lbzip2 write it): PHP's bzip2 reader, under Archive_Tar, reads only the first, bzip2 and GNU tar read them all; the archive is refused",
    'Compress the tar with bzip2 itself (tar -cjf), or verify the .tar after bzip2 -d.',
  );
}

/** A Duplex stream: write bzip2 data, read the decompressed bytes. */
export class Bzip2Decompressor extends Duplex {
  readonly stats: Bzip2Stats = { streams: 0, blocks: 0, retries: 0, maxBlocksQueued: 0, maxInputHeld: 0 };

  private readonly pool: Bzip2Pool;
  private readonly ownPool: boolean;
  private readonly maxOutput: number;
  private readonly limitError: () => Error;
  private readonly singleStream: boolean;

  private readonly input = new HeldInput();
  private readonly scanner = new MagicScanner();
  private received = 0;
  private ended = false;
  /** No block boundary within the largest block size: the input is not read further. */
  private stalled = false;

  private readonly spans: SpanJobs;

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
    const window = Math.max(2, Math.floor(options.maxBlocksInFlight ?? 2 * this.pool.size));
    this.maxOutput = options.maxOutput ?? Infinity;
    this.limitError = options.limitError ?? (() => new Error('bzip2: output limit reached'));
    this.singleStream = options.singleStream === true;
    this.spans = new SpanJobs(this.pool, window, {
      input: this.input,
      stats: this.stats,
      cap: () => Math.max(0, Math.min(MAX_BLOCK_OUTPUT, this.maxOutput - this.emitted + 1)),
      decoded: () => this.pump(),
      fail: (error) => this.fail(error),
      failed: () => this.failed,
    });
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
    this.spans.clear();
    this.input.clear();
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

  /** Fail the stream; false, for the reader's steps (it cannot go on). */
  private halt(error: Error): false {
    this.fail(error);
    return false;
  }

  private needInput(): boolean {
    return !this.ended && !this.failed && !this.stalled && (this.spans.hasRoom() || this.waiting);
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
        this.spans.dispatch(this.pos);
        this.advance();
        this.spans.dispatch(this.pos);
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

  // ---- input

  private addInput(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.input.hold(chunk);
    this.scanner.scan(chunk, this.received, this.spans.cands);
    this.received += chunk.length;
    this.stats.maxInputHeld = Math.max(this.stats.maxInputHeld, this.received - this.input.start);
    if (this.received * 8 - Math.max(0, this.scanner.lastBit) > maxBlockBits(9) + 64) this.stalled = true;
  }

  // ---- the in-order reader

  /**
   * The reader needs more input: returns false (wait for it), or fails the stream when no more
   * will come.
   */
  private starve(): false {
    if (this.ended) return this.halt(new Error(TRUNCATED));
    if (this.stalled) {
      return this.halt(this.corrupt(`no block boundary within the largest block size after byte ${Math.floor(this.scanner.lastBit / 8)}`));
    }
    this.waiting = true;
    return false;
  }

  /** The in-order reader: headers, accepted blocks (their bytes pushed out), end-of-stream CRCs. */
  private advance(): void {
    this.waiting = false;
    while (!this.failed && !this.done) {
      const goOn = this.phase === 'header' ? this.readHeader() : this.readBlock();
      if (!goOn) return;
    }
  }

  /** A stream header where the reader stands, or the end of the input; returns whether the reader can go on. */
  private readHeader(): boolean {
    if (this.hdrByte >= this.received && this.ended) {
      if (this.stats.streams === 0) return this.halt(new Error('no bzip2 data (the input is empty)'));
      this.done = true;
      if (this.ownPool) void this.pool.close();
      this.push(null);
      return false;
    }
    if (this.hdrByte + 4 > this.received) {
      if (this.ended && this.stats.streams > 0) return this.halt(this.trailing());
      return this.starve();
    }
    const header = this.input.bytes(this.hdrByte, this.hdrByte + 4);
    const level = (header[3] as number) - 0x30;
    if (header[0] !== 0x42 || header[1] !== 0x5a || header[2] !== 0x68 || level < 1 || level > 9) {
      return this.halt(this.stats.streams === 0 ? new Error('not bzip2 data (no BZh header)') : this.trailing());
    }
    if (this.singleStream && this.stats.streams > 0) return this.halt(secondStreamError());
    this.stats.streams += 1;
    this.level = level;
    this.crc = 0;
    this.blockInStream = 0;
    this.pos = (this.hdrByte + 4) * 8;
    this.phase = 'blocks';
    this.input.dropBefore(this.hdrByte);
    return true;
  }

  /** The block (or end of stream) where the reader stands; returns whether the reader can go on. */
  private readBlock(): boolean {
    const c = this.spans.candidateFrom(this.pos);
    if (c === undefined) return this.starve();
    if (c.bit !== this.pos) return this.halt(this.corrupt(`no block starts where one must (byte ${Math.floor(this.pos / 8)})`));
    if (c.eos) return this.readEndOfStream();
    const job = this.jobHere();
    if (job === null) return false;
    const result = job.result;
    if (result === null) return false; // still decoding
    if (!result.ok) return this.extend(job, result);
    return this.accept(job, result);
  }

  /** The end-of-stream magic: the stored stream CRC must match the blocks'; another stream may follow. */
  private readEndOfStream(): boolean {
    if (this.received * 8 < this.pos + 80) return this.starve();
    const stored = this.input.bits(this.pos + 48, 32);
    if (stored !== this.crc) {
      return this.halt(this.corrupt(`the stream CRC does not match its blocks (stored ${hex(stored)}, computed ${hex(this.crc)})`));
    }
    this.phase = 'header';
    this.hdrByte = Math.ceil((this.pos + 80) / 8);
    return true;
  }

  /**
   * The job for the block at the reader's position, started (again) unless it ran at this
   * stream's block size; null: the reader must stop (it waits for input, or the stream failed).
   */
  private jobHere(): Job | null {
    const job = this.spans.at(this.pos);
    if (job !== undefined && job.level === this.level) return job;
    const next = this.spans.following();
    if (next === undefined) {
      this.starve();
      return null;
    }
    if (next.bit - this.pos > maxBlockBits(this.level)) {
      this.fail(this.blockError('no block end within the largest block size'));
      return null;
    }
    if (job !== undefined) this.stats.retries += 1;
    return this.spans.start(this.pos, next.bit, this.level);
  }

  /** The span failed: an error of the decoder or a limit stops here, else it is decoded again up to the next magic. */
  private extend(job: Job, result: Failed): boolean {
    if (result.code === BZ_OUTBUFF_FULL && job.cap < MAX_BLOCK_OUTPUT) return this.halt(this.limitError());
    if (result.code === INTERNAL_ERROR) return this.halt(new Error(`bzip2: ${result.reason}`));
    // Perhaps the magic at the span's end was found by chance inside this block: try up to the next one.
    this.firstError ??= result.reason;
    const further = this.spans.after(job.end);
    if (further === undefined) {
      if (this.ended || this.stalled) return this.halt(this.blockError(this.firstError));
      return this.starve();
    }
    if (further.bit - this.pos > maxBlockBits(this.level)) return this.halt(this.blockError(this.firstError));
    this.stats.retries += 1;
    this.spans.start(this.pos, further.bit, this.level);
    return true;
  }

  /** A decoded block at the reader's position: its bytes go out when the reader asks for more. */
  private accept(job: Job, result: Decoded): boolean {
    if (!this.wantRead) return false; // the reader is behind: keep the block until it asks
    if (this.emitted + result.out.length > this.maxOutput) return this.halt(this.limitError());
    this.spans.accepted(this.pos);
    this.firstError = null;
    this.crc = (((this.crc << 1) | (this.crc >>> 31)) ^ result.crc) >>> 0;
    this.emitted += result.out.length;
    this.stats.blocks += 1;
    this.blockInStream += 1;
    this.pos = job.end;
    this.input.dropBefore(Math.floor(this.pos / 8));
    if (result.out.length > 0) {
      this.wantRead = this.push(Buffer.from(result.out.buffer, result.out.byteOffset, result.out.length));
    }
    return true;
  }

  private corrupt(what: string): Error {
    return new Error(`bzip2 data is corrupt: ${what}`);
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
