/**
 * The bytes of a zip's entry area, pulled in order from one read stream: the local headers
 * and descriptors as small buffers, an entry's data in pieces as they arrive or into a buffer
 * given by the caller (so that entry data is copied once, into where it is used).
 */
import { corruptError } from './zip-checks.ts';

/** Bytes of a file region, pulled in order from one read stream. */
export class ByteSource {
  private readonly queue: Buffer[] = [];
  private queued = 0;
  /** File offset of the next byte. */
  pos = 0;

  constructor(private readonly it: AsyncIterator<Buffer>) {}

  private async fill(n: number): Promise<void> {
    while (this.queued < n) {
      const next = await this.it.next();
      if (next.done) corruptError('it ends early (truncated)');
      this.queue.push(next.value);
      this.queued += next.value.length;
    }
  }

  /** Exactly `n` bytes (as one buffer; `out` when given, e.g. one that owns its memory to transfer it). */
  async read(n: number, out: Buffer = Buffer.allocUnsafe(n)): Promise<Buffer> {
    await this.fill(n);
    let off = 0;
    while (off < n) {
      const head = this.queue[0] as Buffer;
      const take = Math.min(n - off, head.length);
      head.copy(out, off, 0, take);
      off += take;
      if (take === head.length) this.queue.shift();
      else this.queue[0] = head.subarray(take);
    }
    this.queued -= n;
    this.pos += n;
    return out;
  }

  /** The next `n` bytes in pieces as they arrive. */
  async *slices(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.queued === 0) await this.fill(1);
      const head = this.queue[0] as Buffer;
      const take = Math.min(left, head.length);
      if (take === head.length) this.queue.shift();
      else this.queue[0] = head.subarray(take);
      this.queued -= take;
      this.pos += take;
      left -= take;
      yield head.subarray(0, take);
    }
  }
}
