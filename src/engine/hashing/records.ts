/**
 * Fixed-size binary records (a SHA-512 digest, optionally with a size and a time) stored in
 * chunks: growing never copies what is already stored and never reserves more than one
 * chunk ahead, so a table of 300,000 files costs its 64 bytes per file and little more.
 */
const CHUNK_RECORDS = 4096;

export class RecordStore {
  private readonly chunks: Buffer[] = [];

  /** `numbersAt`: where a record's numbers start (after its digest, or at 0 for records without one). */
  constructor(
    readonly recordBytes: number,
    private readonly numbersAt = 64,
  ) {}

  /** The chunk holding record `i`, allocated on first use; the record starts at `offsetOf(i)`. */
  chunkFor(i: number): Buffer {
    const c = Math.floor(i / CHUNK_RECORDS);
    while (this.chunks.length <= c) this.chunks.push(Buffer.alloc(CHUNK_RECORDS * this.recordBytes));
    return this.chunks[c] as Buffer;
  }

  offsetOf(i: number): number {
    return (i % CHUNK_RECORDS) * this.recordBytes;
  }

  /** Copy 64 digest bytes from `src` at `srcOffset` into record `i`. */
  setDigest(i: number, src: Uint8Array, srcOffset: number): void {
    const off = this.offsetOf(i);
    this.chunkFor(i).set(src.subarray(srcOffset, srcOffset + 64), off);
  }

  /** Whether record `i`'s digest equals the 64 bytes of `src` at `srcOffset`. */
  digestEquals(i: number, src: Buffer, srcOffset: number): boolean {
    const off = this.offsetOf(i);
    return this.chunkFor(i).compare(src, srcOffset, srcOffset + 64, off, off + 64) === 0;
  }

  digestHex(i: number): string {
    const off = this.offsetOf(i);
    return this.chunkFor(i).toString('hex', off, off + 64);
  }

  setNumber(i: number, field: number, value: number): void {
    this.chunkFor(i).writeDoubleLE(value, this.offsetOf(i) + this.numbersAt + field * 8);
  }

  getNumber(i: number, field: number): number {
    return this.chunkFor(i).readDoubleLE(this.offsetOf(i) + this.numbersAt + field * 8);
  }
}

/**
 * A per-position array (by walk position) that holds position `i`: `array` itself, or a copy
 * at least twice as long whose new slots hold `fill`.
 */
export function holding<T extends Uint8Array | Int32Array>(array: T, i: number, fill = 0): T {
  if (i < array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(i + 1, array.length * 2));
  if (fill !== 0) grown.fill(fill);
  grown.set(array);
  return grown;
}
