/**
 * bzip2 decompression as a Node Transform, built on unbzip2-stream's pure-JavaScript block
 * decoder (Node has no bzip2 in zlib). Its own stream wrapper collects each decoded block
 * into a JavaScript array before copying it out: up to ~46 MB of output per 900 kB block,
 * stored as ~370 MB of array slots for a block of zeros. This wrapper writes the decoded
 * bytes into 64 KiB buffers instead, reuses one block table per stream, waits until a whole
 * compressed block is buffered before decoding it (the decoder reads synchronously), and
 * turns every decoder failure into a stream error.
 */
import { Transform, type TransformCallback } from 'node:stream';
import bitIterator from 'unbzip2-stream/lib/bit_iterator.js';
import bzip2 from 'unbzip2-stream/lib/bzip2.js';
import { UsageError } from '../errors.ts';
import { ArchiveFormatError } from './errors.ts';

const OUT_CHUNK = 64 * 1024;

export interface Bunzip2Options {
  /** Stop with `limitError()` once more than this many bytes were decoded (checked per 64 KiB, inside a block). */
  maxOutput?: number;
  limitError?: () => Error;
  /**
   * Refuse a second bzip2 stream after the first (pbzip2 and lbzip2 write several): PHP's
   * bzip2 reader, under Archive_Tar, stops after the first, while bzip2 -d and GNU tar read on.
   */
  singleStream?: boolean;
}

type BitReader = ReturnType<typeof bitIterator>;

export class Bunzip2 extends Transform {
  private readonly queue: Buffer[] = [];
  private received = 0;
  private reader: BitReader | null = null;
  /** Block size in 100 kB units; 0 = a stream header comes next. */
  private blockSize = 0;
  private table: Int32Array | null = null;
  private streamCRC: number | null = null;
  private failed = false;
  private streams = 0;
  private readonly singleStream: boolean;
  /** Receives each decoded byte (a closure over locals: this is the decoder's hot path). */
  private readonly emitByte: (byte: number) => void;
  /** Pushes the bytes decoded so far. */
  private readonly flushOut: () => void;

  constructor(options: Bunzip2Options = {}) {
    super();
    const maxOutput = options.maxOutput ?? Infinity;
    this.singleStream = options.singleStream === true;
    let decoded = 0;
    let out = Buffer.allocUnsafe(OUT_CHUNK);
    let length = 0;
    this.emitByte = (byte) => {
      out[length++] = byte;
      if (length === OUT_CHUNK) {
        // One block can decode to ~46 MB: check the limit as the bytes come, not per block.
        decoded += OUT_CHUNK;
        if (decoded > maxOutput) throw options.limitError?.() ?? new Error('bzip2: output limit reached');
        this.push(out);
        out = Buffer.allocUnsafe(OUT_CHUNK);
        length = 0;
      }
    };
    this.flushOut = () => {
      if (length === 0) return;
      this.push(Buffer.from(out.subarray(0, length)));
      length = 0;
    };
  }

  private get available(): number {
    return this.received - (this.reader?.bytesRead ?? 0);
  }

  /** Compressed bytes that surely hold the next block (Huffman codes are at most 20 bits per symbol). */
  private get needed(): number {
    return this.blockSize === 0 ? 4 : Math.ceil(100000 * this.blockSize * 2.5) + 65536;
  }

  /** Decode one step: a stream header, a block, or the end-of-stream marker. */
  private step(): void {
    const reader = this.reader as BitReader;
    if (this.blockSize === 0) {
      if (this.singleStream && this.streams > 0) {
        throw new ArchiveFormatError(
          "the bzip2 data holds more than one stream (as pbzip2 or lbzip2 write it): PHP's bzip2 reader, under Archive_Tar, reads only the first, bzip2 and GNU tar read them all; the archive is refused",
          'Compress the tar with bzip2 itself (tar -cjf), or verify the .tar after bzip2 -d.',
        );
      }
      this.streams += 1;
      this.blockSize = bzip2.header(reader);
      this.streamCRC = 0;
      const size = 100000 * this.blockSize;
      if (this.table === null || this.table.length !== size) this.table = new Int32Array(size);
      return;
    }
    const table = this.table as Int32Array;
    this.streamCRC = bzip2.decompress(reader, this.emitByte, table, table.length, this.streamCRC);
    if (this.streamCRC === null) this.blockSize = 0; // end of this stream; another may follow
    this.flushOut();
  }

  private run(atEnd: boolean): Error | null {
    try {
      while (!this.failed && (atEnd ? this.available > 0 : this.available >= this.needed)) this.step();
      return null;
    } catch (e) {
      this.failed = true;
      if (e instanceof UsageError) return e;
      const message = e instanceof Error ? e.message : String(e);
      return new Error(/bytes|undefined|null/.test(message) ? 'unexpected end of data' : `bzip2: ${message}`);
    }
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.failed) return callback();
    this.queue.push(chunk);
    this.received += chunk.length;
    if (this.reader === null) this.reader = bitIterator(() => this.queue.shift());
    callback(this.run(false));
  }

  override _flush(callback: TransformCallback): void {
    if (this.reader === null) return callback(new Error('no bzip2 data'));
    const err = this.run(true);
    if (err) return callback(err);
    if (this.blockSize !== 0) return callback(new Error('unexpected end of data (the bzip2 stream is truncated)'));
    this.flushOut();
    callback();
  }
}
