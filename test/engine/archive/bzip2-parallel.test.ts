/**
 * The parallel bzip2 decompressor against the system's bzip2: every block size, random and
 * compressible data, concatenated streams, magics that occur inside a block, every kind of
 * damage (a flipped bit, a cut), bombs, backpressure, and failing workers. Each test has a
 * generous hang guard; nothing here measures time.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import {
  Bzip2Pool,
  createBzip2Decompressor,
  type Bzip2Decompressor,
  type Bzip2DecompressorOptions,
} from '../../../src/engine/archive/bzip2-parallel.ts';

const HANG_GUARD = { timeout: 300_000 };

/** Shared by most tests (sharing a pool is part of the API); closed at the end. */
const pool = new Bzip2Pool(2);
after(() => pool.close());

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function bzip2(data: Buffer, level = 9): Buffer {
  return execFileSync('bzip2', ['-c', `-${level}`], { input: data, maxBuffer: 256 << 20 });
}

function bunzip2Reference(data: Buffer): Buffer {
  return execFileSync('bzip2', ['-dc'], { input: data, maxBuffer: 256 << 20 });
}

/** A seeded PRNG (xorshift32), so every run tests the same data. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

function randomBytes(size: number, seed: number): Buffer {
  const next = prng(seed);
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i++) out[i] = next() & 0xff;
  return out;
}

/** Text-like data with repeated words, indentation and the odd long run (bzip2's run-length paths). */
function compressibleBytes(size: number, seed: number): Buffer {
  const next = prng(seed);
  const words = ['function', 'return', 'const', 'this', '$value', 'array', 'null', '=>', '{', '}', ';', 'if', 'else', '0', '1'];
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const r = next() % 100;
    const part =
      r < 2
        ? 'x'.repeat(next() % 3000)
        : r < 10
          ? '\n' + ' '.repeat(4 * (next() % 6))
          : (words[next() % words.length] as string) + (next() % 4 === 0 ? '\n' : ' ');
    parts.push(part);
    length += part.length;
  }
  return Buffer.from(parts.join('').slice(0, size), 'latin1');
}

/** Data made only of the byte values given: bzip2 writes which values occur as bitmaps in each block header. */
function fromAlphabet(values: number[], size: number, seed: number): Buffer {
  const next = prng(seed);
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i++) out[i] = values[next() % values.length] as number;
  return out;
}

type Chunking = number | 'random';

function chunksOf(input: Buffer, chunking: Chunking, seed = 7): Buffer[] {
  const next = prng(seed);
  const out: Buffer[] = [];
  for (let i = 0; i < input.length;) {
    const n = chunking === 'random' ? 1 + (next() % 70_000) : chunking;
    out.push(input.subarray(i, i + n));
    i += n;
  }
  return out;
}

async function decompress(
  input: Buffer,
  options: Bzip2DecompressorOptions = { pool },
  chunking: Chunking = 'random',
): Promise<{ out: Buffer; stream: Bzip2Decompressor }> {
  const stream = createBzip2Decompressor(options);
  const parts: Buffer[] = [];
  for await (const part of Readable.from(chunksOf(input, chunking)).pipe(stream)) parts.push(part as Buffer);
  return { out: Buffer.concat(parts), stream };
}

/** Decompress, expecting either an error or exactly `expected` (never other output). */
async function errorOrExact(input: Buffer, expected: Buffer, options: Bzip2DecompressorOptions = { pool }): Promise<'error' | 'same'> {
  try {
    const { out } = await decompress(input, options, 'random');
    assert.ok(out.equals(expected), 'damaged input decoded to different bytes without an error');
    return 'same';
  } catch (e) {
    assert.ok(e instanceof Error && e.message.length > 0);
    if ((e as Error).message.startsWith('damaged input decoded')) throw e;
    return 'error';
  }
}

describe('bzip2 in parallel: the same bytes as bzip2 -dc', () => {
  it('random and compressible data, many sizes, every block size', HANG_GUARD, async () => {
    const sizes = [1, 777, 99_999, 100_001, 250_000, 1_300_000];
    for (let level = 1; level <= 9; level++) {
      for (const size of sizes) {
        for (const [kind, data] of [
          ['random', randomBytes(size, size + level)],
          ['compressible', compressibleBytes(size, size * 3 + level)],
        ] as const) {
          const compressed = bzip2(data, level);
          const { out } = await decompress(compressed);
          assert.equal(sha(out), sha(bunzip2Reference(compressed)), `-${level}, ${size} bytes of ${kind} data`);
          assert.equal(out.length, data.length);
        }
      }
    }
  });

  it('many blocks, fed in one-byte, odd and whole chunks, on own, shared and no workers', HANG_GUARD, async () => {
    const data = Buffer.concat([compressibleBytes(1_500_000, 1), randomBytes(600_000, 2), Buffer.alloc(3_000_000, 0x61)]);
    const compressed = bzip2(data, 1);
    const expected = sha(data);
    for (const [options, chunking] of [
      [{ pool }, 'random'],
      [{ pool }, compressed.length],
      [{ pool, maxBlocksInFlight: 2 }, 1],
      [{ workers: 1 }, 4093],
      [{ workers: 0 }, 65536],
      [{}, 'random'],
    ] as Array<[Bzip2DecompressorOptions, Chunking]>) {
      const { out, stream } = await decompress(compressed, options, chunking);
      assert.equal(sha(out), expected, `options ${JSON.stringify({ ...options, pool: undefined })}, chunks ${chunking}`);
      assert.ok(stream.stats.blocks >= 8, JSON.stringify(stream.stats));
    }
  });

  it('concatenated streams (cat a.bz2 b.bz2), of different block sizes, with an empty stream between', HANG_GUARD, async () => {
    const a = compressibleBytes(400_000, 11);
    const b = randomBytes(300_000, 12);
    const c = compressibleBytes(1_000, 13);
    const input = Buffer.concat([bzip2(a, 1), bzip2(Buffer.alloc(0)), bzip2(b, 9), bzip2(c, 3), bzip2(c, 2)]);
    const { out, stream } = await decompress(input);
    assert.equal(sha(out), sha(bunzip2Reference(input)));
    assert.equal(sha(out), sha(Buffer.concat([a, b, c, c])));
    assert.equal(stream.stats.streams, 5);
  });

  it('one stream per block, as pbzip2 writes them', HANG_GUARD, async () => {
    const parts = Array.from({ length: 12 }, (_, i) => compressibleBytes(90_000 + i * 1000, 100 + i));
    const input = Buffer.concat(parts.map((p) => bzip2(p, 1)));
    const { out, stream } = await decompress(input);
    assert.equal(sha(out), sha(Buffer.concat(parts)));
    assert.equal(stream.stats.streams, 12);
  });

  it('empty data: an empty stream decodes to nothing, no bytes at all is an error', HANG_GUARD, async () => {
    const { out } = await decompress(bzip2(Buffer.alloc(0)));
    assert.equal(out.length, 0);
    await assert.rejects(decompress(Buffer.alloc(0)), /no bzip2 data/);
    await assert.rejects(decompress(Buffer.from('BZh')), /unexpected end|truncated/);
    await assert.rejects(decompress(Buffer.from('not bzip2 at all')), /not bzip2 data/);
  });
});

describe('block magics inside compressed data are not taken for block boundaries', () => {
  // Each block header lists which byte values occur as 16-bit bitmaps, one per range of 16
  // values. Data made of exactly the values whose bitmaps read 0x3141 0x5926 0x5359 (ranges
  // 0x10, 0x20, 0x30) puts the block magic inside every block header, 121 bits after the
  // real one; 0x1772 0x4538 0x5090 (ranges 0x40, 0x50, 0x60) does the same with the
  // end-of-stream magic.
  const alphabet = (base: number, bitmaps: number[]): number[] =>
    bitmaps.flatMap((bitmap, r) =>
      Array.from({ length: 16 }, (_, j) => j)
        .filter((j) => (bitmap >> (15 - j)) & 1)
        .map((j) => base + 16 * r + j),
    );
  const blockMagicData = alphabet(0x10, [0x3141, 0x5926, 0x5359]);
  const eosMagicData = alphabet(0x40, [0x1772, 0x4538, 0x5090]);

  it('a false block magic and a false end-of-stream magic in every block', HANG_GUARD, async () => {
    for (const [values, level] of [
      [blockMagicData, 1],
      [eosMagicData, 1],
      [blockMagicData, 9],
      [[...blockMagicData, ...eosMagicData.filter((v) => v >= 0x60)], 2],
    ] as Array<[number[], number]>) {
      const data = fromAlphabet(values, 1_000_000, values.length + level);
      const compressed = bzip2(data, level);
      const { out, stream } = await decompress(compressed);
      assert.equal(sha(out), sha(bunzip2Reference(compressed)));
      assert.ok(stream.stats.retries >= stream.stats.blocks, `every block needed a second look (${JSON.stringify(stream.stats)})`);
    }
  });

  it('and still: a damaged block among them is an error', HANG_GUARD, async () => {
    const data = fromAlphabet(blockMagicData, 400_000, 5);
    const compressed = bzip2(data, 1);
    const damaged = Buffer.from(compressed);
    damaged[damaged.length >> 1] = (damaged[damaged.length >> 1] as number) ^ 0x04;
    await assert.rejects(decompress(damaged), /corrupt/);
  });
});

describe('damaged input is an error, never other bytes', () => {
  const data = Buffer.concat([compressibleBytes(150_000, 21), randomBytes(60_000, 22)]);
  const good = bzip2(data, 1);
  const second = bzip2(randomBytes(20_000, 23), 2);
  const twoStreams = Buffer.concat([good, second]);

  it('a flipped bit: in the headers, the magics, the CRCs, and at many places inside blocks', HANG_GUARD, async () => {
    for (const input of [good, twoStreams]) {
      const expected = bunzip2Reference(input);
      const bits = input.length * 8;
      const next = prng(input.length);
      const places = new Set<number>();
      for (let b = 0; b < 140; b++) places.add(b); // stream header, block magic and CRC, start of the block
      for (let b = bits - 90; b < bits; b++) places.add(b); // end-of-stream magic, stream CRC, padding
      while (places.size < 300) places.add(next() % bits);
      let errors = 0;
      for (const bit of places) {
        const damaged = Buffer.from(input);
        damaged[bit >> 3] = (damaged[bit >> 3] as number) ^ (0x80 >> (bit & 7));
        if ((await errorOrExact(damaged, expected, { workers: 0 })) === 'error') errors += 1;
      }
      // The few flips that decode unchanged are in bits libbzip2 ignores (the padding after
      // the stream CRC, unused selectors); everything else must fail.
      assert.ok(errors >= places.size - 20, `${errors} errors of ${places.size}`);
    }
  });

  it('cut at every byte of a small stream and at many places in a larger one', HANG_GUARD, async () => {
    const small = bzip2(Buffer.from('hello, world\n'.repeat(50)), 9);
    for (let n = 0; n < small.length; n++)
      await assert.rejects(decompress(small.subarray(0, n), { workers: 0 }), /truncated|unexpected end|corrupt|no bzip2/);
    const next = prng(99);
    const cuts = new Set<number>([4, 5, 10, 14, good.length - 1, good.length - 4, good.length - 10, good.length - 11]);
    while (cuts.size < 120) cuts.add(next() % good.length);
    for (const n of cuts) {
      await assert.rejects(decompress(good.subarray(0, n)), /truncated|unexpected end|corrupt/, `cut at ${n}`);
      const m = good.length + 1 + (n % (second.length - 1));
      await assert.rejects(decompress(twoStreams.subarray(0, m)), /truncated|unexpected end|corrupt/, `cut at ${m}`);
    }
  });

  it('cut exactly at a block boundary, and trailing bytes after the stream', HANG_GUARD, async () => {
    const two = bzip2(randomBytes(250_000, 5), 1);
    // Where each block and the end-of-stream marker start (a plain bit-by-bit search).
    const starts: number[] = [];
    let hi = 0;
    let lo = 0;
    for (let bit = 0; bit < two.length * 8; bit++) {
      hi = ((hi << 1) | (lo >>> 31)) & 0xffff;
      lo = ((lo << 1) | (((two[bit >> 3] as number) >> (7 - (bit & 7))) & 1)) >>> 0;
      if ((hi === 0x3141 && lo === 0x59265359) || (hi === 0x1772 && lo === 0x45385090)) starts.push(bit - 47);
    }
    assert.ok(starts.length >= 3);
    for (const start of starts.slice(1)) {
      for (const n of [Math.floor(start / 8), Math.ceil(start / 8), Math.ceil((start + 48) / 8)]) {
        await assert.rejects(
          decompress(two.subarray(0, n)),
          /truncated|unexpected end/,
          `cut at byte ${n}, a block starts at bit ${start}`,
        );
      }
    }
    await assert.rejects(decompress(Buffer.concat([two, Buffer.from([0, 0, 0, 0])])), /after the end of the bzip2 stream/);
    await assert.rejects(decompress(Buffer.concat([two, Buffer.from('BZ')])), /after the end of the bzip2 stream/);
    await assert.rejects(decompress(Buffer.concat([two, Buffer.from('garbage after the stream')])), /after the end of the bzip2 stream/);
  });
});

describe('limits, memory and failures', () => {
  it('a decompression bomb stops at maxOutput, inside a block', HANG_GUARD, async () => {
    const bomb = bzip2(Buffer.alloc(60 << 20), 9); // ~45 MB per block, a few hundred bytes of input
    const stream = createBzip2Decompressor({ pool, maxOutput: 1 << 20, limitError: () => new Error('too big') });
    let seen = 0;
    await assert.rejects(
      (async () => {
        for await (const part of Readable.from([bomb]).pipe(stream)) seen += (part as Buffer).length;
      })(),
      /too big/,
    );
    assert.ok(seen <= 1 << 20);
    // Exactly at the limit is fine.
    const exact = bzip2(Buffer.alloc(1 << 20, 1));
    const { out } = await decompress(exact, { pool, maxOutput: 1 << 20 });
    assert.equal(out.length, 1 << 20);
    await assert.rejects(decompress(exact, { pool, maxOutput: (1 << 20) - 1 }), /output limit/);
  });

  it('a slow reader stops the reading: blocks queued and input held stay bounded', HANG_GUARD, async () => {
    const data = randomBytes(6_000_000, 77);
    const compressed = bzip2(data, 1); // ~60 blocks of ~100 kB
    let handedOver = 0;
    const chunks = chunksOf(compressed, 64 * 1024);
    const source = new Readable({
      highWaterMark: 0,
      read() {
        const chunk = chunks.shift();
        if (chunk) handedOver += chunk.length;
        this.push(chunk ?? null);
      },
    });
    const stream = createBzip2Decompressor({ pool, maxBlocksInFlight: 3 });
    source.pipe(stream);
    const reader = stream[Symbol.asyncIterator]();
    const first = await reader.next();
    assert.equal(first.done, false);
    // Read nothing more and wait until the decompressor stops taking input.
    let last = -1;
    for (let stable = 0; stable < 10;) {
      await new Promise((r) => setTimeout(r, 20));
      stable = handedOver === last ? stable + 1 : 0;
      last = handedOver;
    }
    assert.ok(handedOver < compressed.length / 3, `stopped reading after ${handedOver} of ${compressed.length} bytes`);
    assert.ok(stream.stats.maxBlocksQueued <= 3);
    const parts: Buffer[] = [first.value as Buffer];
    for (let r = await reader.next(); !r.done; r = await reader.next()) {
      parts.push(r.value as Buffer);
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(sha(Buffer.concat(parts)), sha(data));
    assert.ok(stream.stats.maxBlocksQueued <= 3);
    assert.ok(stream.stats.maxInputHeld < compressed.length / 3, `held up to ${stream.stats.maxInputHeld} bytes of input`);
  });

  it('a pool closed while decoding fails the stream (no hang)', HANG_GUARD, async () => {
    const own = new Bzip2Pool(2);
    const compressed = bzip2(randomBytes(2_000_000, 3), 1);
    const stream = createBzip2Decompressor({ pool: own });
    const reading = (async () => {
      for await (const _ of Readable.from(chunksOf(compressed, 32 * 1024)).pipe(stream)) void own.close();
    })();
    await assert.rejects(reading, /closed/);
  });

  it('destroying the stream early stops everything (no hang, no late output)', HANG_GUARD, async () => {
    const compressed = bzip2(randomBytes(2_000_000, 4), 1);
    const stream = createBzip2Decompressor({ workers: 2 });
    Readable.from(chunksOf(compressed, 32 * 1024)).pipe(stream);
    for await (const _ of stream) break; // for-await's break destroys the stream
    assert.equal(stream.destroyed, true);
  });
});
