/**
 * The bit-level scanner of the parallel bzip2 decompressor: finds the 48-bit block magic
 * 0x314159265359 and the end-of-stream magic 0x177245385090 at any bit offset of the input as
 * it arrives, with the block size of the stream each one seems to be in (from the last
 * `BZh1`…`BZh9` header seen before it). It lives apart from the stream because it is pure
 * bit arithmetic over bytes, with no threads or stream state: what it finds is only a hint
 * (a magic can occur by chance inside compressed data), which decoding confirms or refutes.
 */

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
export function maxBlockBits(level: number): number {
  return (level * 100_000 * 2.5 + 65_536) * 8;
}

/** Overlap kept between scans, so that a magic across two input chunks is found (with its header before it). */
const SCAN_OVERLAP = 16;

/** A magic found in the input. */
export interface Candidate {
  bit: number;
  eos: boolean;
  /** The block size of the stream this magic seems to be in (from the last header seen before it); 0: unknown. */
  level: number;
}

interface Found {
  bit: number;
  eos: boolean;
  /** The byte of `buf` the magic's 7-byte pattern starts at. */
  at: number;
}

/** Every magic in `buf` (which starts at byte `base` of the input), in bit order; null when there is none. */
function findMagics(buf: Buffer, base: number): Found[] | null {
  const len = buf.length;
  let found: Found[] | null = null;
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
  found?.sort((a, b) => a.bit - b.bit);
  return found;
}

/** Scans the input chunk by chunk, each chunk together with the end of the one before it. */
export class MagicScanner {
  /** Bit offset of the last magic found; -1: none yet. */
  lastBit = -1;
  /** The block size of the last stream header seen; 0: none yet. */
  private level = 0;
  private tail: Buffer = Buffer.alloc(0);

  /** Scan the next chunk, which starts at byte `received` of the input, appending the magics found to `out` in order. */
  scan(chunk: Buffer, received: number, out: Candidate[]): void {
    const base = received - this.tail.length;
    const buf = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    this.collect(buf, base, out);
    this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - SCAN_OVERLAP)));
  }

  private collect(buf: Buffer, base: number, out: Candidate[]): void {
    const found = findMagics(buf, base);
    if (found === null) return;
    for (const f of found) {
      if (f.bit <= this.lastBit) continue;
      this.lastBit = f.bit;
      // A stream header "BZh1"…"BZh9" right before a byte-aligned block magic: a stream (probably) starts here.
      if (!f.eos && f.bit % 8 === 0 && f.at >= 4 && buf[f.at - 4] === 0x42 && buf[f.at - 3] === 0x5a && buf[f.at - 2] === 0x68) {
        const digit = (buf[f.at - 1] as number) - 0x30;
        if (digit >= 1 && digit <= 9) this.level = digit;
      }
      out.push({ bit: f.bit, eos: f.eos, level: this.level });
    }
  }
}
