/**
 * The compressed input the parallel bzip2 decompressor still needs, addressed by absolute
 * byte (and bit) offset: kept from the in-order reader's position on, copied out for a
 * block's span or a header, and forgotten once the reader has passed it. It is a module of
 * its own because it is plain bookkeeping over buffers that the stream logic should not have
 * to read through: small chunks are gathered into 64 KiB buffers, so the list stays short
 * however the writer cuts its input (single bytes included), and only a few blocks' worth of
 * input is held at a time.
 */

/** Small input chunks are gathered into buffers of this size. */
const STAGE_SIZE = 64 * 1024;

export class HeldInput {
  /** The byte offset of the first held byte. */
  start = 0;
  // Input held from `start` on.
  private held: Buffer[] = [];
  /** Where small chunks are gathered (the last held buffer is a view of it). */
  private stage: Buffer | null = null;
  private stageUsed = 0;

  /**
   * Keep a chunk of input. Small chunks are copied together into 64 KiB buffers, so that
   * the list stays short however the input is cut (a writer may send single bytes).
   */
  hold(chunk: Buffer): void {
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
  bytes(from: number, to: number, out: Uint8Array = new Uint8Array(to - from)): Uint8Array {
    let at = this.start;
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
  bits(bit: number, count: number): number {
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
  dropBefore(byte: number): void {
    while (this.held.length > 0) {
      const first = this.held[0] as Buffer;
      if (this.start + first.length > byte) break;
      this.start += first.length;
      this.held.shift();
    }
  }

  /** Let go of everything held (the stream is destroyed). */
  clear(): void {
    this.held = [];
  }
}
