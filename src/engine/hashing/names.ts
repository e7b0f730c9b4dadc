/**
 * File names kept as UTF-8 bytes in large chunks instead of one JS string each: a server tree
 * has tens to hundreds of thousands of paths, and as strings they are the largest part of
 * the heap (and of the garbage collector's work). Names are compared here byte by byte (PHP's
 * ksort order for ordinary names, and the walk's order), and turned back into strings only
 * where one is printed or looked up.
 */
const CHUNK_BYTES = 1 << 20;

export class NameStore {
  private readonly chunks: Buffer[] = [];
  private used = CHUNK_BYTES;
  /** Per name: its chunk, its offset in the chunk, its length in bytes. */
  private chunkIndex = new Int32Array(1024);
  private offsets = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  count = 0;

  /** Room for `bytes` more in the current chunk; returns the chunk index. */
  private room(bytes: number): number {
    if (this.used + bytes > (this.chunks[this.chunks.length - 1]?.length ?? 0)) {
      this.chunks.push(Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes)));
      this.used = 0;
    }
    if (this.count === this.lengths.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.chunkIndex = grow(this.chunkIndex);
      this.offsets = grow(this.offsets);
      this.lengths = grow(this.lengths);
    }
    return this.chunks.length - 1;
  }

  private record(chunk: number, length: number): number {
    this.chunkIndex[this.count] = chunk;
    this.offsets[this.count] = this.used;
    this.lengths[this.count] = length;
    this.used += length;
    return this.count++;
  }

  pushBytes(src: Uint8Array, start: number, end: number): number {
    const chunk = this.room(end - start);
    (this.chunks[chunk] as Buffer).set(src.subarray(start, end), this.used);
    return this.record(chunk, end - start);
  }

  pushString(name: string): number {
    const max = name.length * 3;
    const chunk = this.room(max);
    const written = (this.chunks[chunk] as Buffer).write(name, this.used, max, 'utf8');
    return this.record(chunk, written);
  }

  private chunkOf(i: number): Buffer {
    return this.chunks[this.chunkIndex[i] as number] as Buffer;
  }

  private offsetOf(i: number): number {
    return this.offsets[i] as number;
  }

  string(i: number): string {
    const off = this.offsetOf(i);
    return this.chunkOf(i).toString('utf8', off, off + (this.lengths[i] as number));
  }

  /** Whether name `i` is exactly `name`. */
  equals(i: number, name: string): boolean {
    const length = this.lengths[i] as number;
    // UTF-8 never has fewer bytes than UTF-16 has code units.
    if (name.length > length) return false;
    const chunk = this.chunkOf(i);
    const off = this.offsetOf(i);
    for (let k = 0; k < name.length; k++) {
      const c = name.charCodeAt(k);
      if (c >= 0x80) return chunk.compare(Buffer.from(name, 'utf8'), 0, undefined, off, off + length) === 0;
      if (chunk[off + k] !== c) return false;
    }
    return name.length === length;
  }

  /** Compare names `i` and `j` by their bytes (PHP's ksort order for names that are not numeric). */
  compare(i: number, j: number): number {
    const a = this.chunkOf(i);
    const b = this.chunkOf(j);
    const ao = this.offsetOf(i);
    const bo = this.offsetOf(j);
    const al = this.lengths[i] as number;
    const bl = this.lengths[j] as number;
    const n = Math.min(al, bl);
    for (let k = 0; k < n; k++) {
      const x = a[ao + k] as number;
      const y = b[bo + k] as number;
      if (x === y) continue;
      return x < y ? -1 : 1;
    }
    return al - bl;
  }

  /** Names `from` to `to - 1`, each after `prefix`, separated by NUL bytes (a batch of paths for a worker). */
  joined(from: number, to: number, prefix: Uint8Array): Buffer {
    let size = Math.max(0, to - from - 1);
    for (let i = from; i < to; i++) size += prefix.length + (this.lengths[i] as number);
    const out = Buffer.allocUnsafe(size);
    let o = 0;
    for (let i = from; i < to; i++) {
      if (i > from) out[o++] = 0;
      out.set(prefix, o);
      o += prefix.length;
      const off = this.offsetOf(i);
      const length = this.lengths[i] as number;
      out.set(this.chunkOf(i).subarray(off, off + length), o);
      o += length;
    }
    return out;
  }

  /** Whether name `i` starts with the bytes `prefix`. */
  startsWith(i: number, prefix: Uint8Array): boolean {
    const length = this.lengths[i] as number;
    if (length < prefix.length) return false;
    const chunk = this.chunkOf(i);
    const off = this.offsetOf(i);
    for (let k = 0; k < prefix.length; k++) if (chunk[off + k] !== prefix[k]) return false;
    return true;
  }

  /** Compare name `i` with the bytes `src[start..end]` (byte order). */
  compareBytes(i: number, src: Uint8Array, start: number, end: number): number {
    const a = this.chunkOf(i);
    const ao = this.offsetOf(i);
    const al = this.lengths[i] as number;
    const bl = end - start;
    const n = Math.min(al, bl);
    for (let k = 0; k < n; k++) {
      const x = a[ao + k] as number;
      const y = src[start + k] as number;
      if (x !== y) return x < y ? -1 : 1;
    }
    return al - bl;
  }
}
