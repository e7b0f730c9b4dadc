/**
 * The "hashes" of signature.json written while the files are hashed (see HashesWriter).
 */
import { pssMessageHash } from '../crypto/pss.ts';
import { phpJsonString } from '../php/json.ts';
import { phpNumeric } from '../php/ksort.ts';
import type { NameStore } from './names.ts';

/** A name PHP would treat as a number, at the top of the tree (below it, every name has a "/"). */
export function numericTopName(rel: string): boolean {
  // Only a name without "/" that starts below "A" can be numeric.
  return rel.charCodeAt(0) < 0x41 && !rel.includes('/') && phpNumeric(rel) !== null;
}

/** Digests held in place for lines not yet written (a few batches of up to 128 files per worker are in flight). */
const PENDING = 8192;

/**
 * The "hashes" of signature.json, written while the files are hashed. The walk yields paths
 * in byte order, which is PHP's ksort order unless a name is numeric, so each file's line can
 * be written as soon as its digest and those of the files before it are known: what is left
 * once hashing ends is a few lines, the signature and the certificate. The compact JSON that
 * is signed is hashed alongside. Both are built as text (the escaping is PHP's, see
 * phpJsonString) and the same bytes `phpJsonEncode` gives for the sorted PHP array (a test
 * holds the two side by side).
 *
 * Digests are not kept: a line is written when its digest comes back, and only digests that
 * come back before an earlier file's wait (a few batches' worth). A numeric name at the top
 * ("1", " 2", "1e3": ksort orders these as numbers, and the visiting order decides ties among them)
 * is seen in the top folder's listing before hashing: then the writer stands aside
 * (`streaming` false), the digests are kept, and the end writes the file the long way. So
 * does a tree without files (PHP prints `[]`).
 */
export class HashesWriter {
  /** Why writing failed (a full disk): reported once hashing is over. */
  failure: unknown = null;
  /** A numeric name at the top that was not there when the writer was chosen. */
  appeared: string | null = null;
  /** The walk broke byte order (a bug; reported once hashing is over). */
  outOfOrder = false;
  private next = 0;
  /**
   * Digests that came back before those of earlier files, by position modulo PENDING (the
   * batches in flight hold far fewer); `pendingAt` marks which slots hold one.
   */
  private readonly pending = Buffer.allocUnsafe(PENDING * 64);
  private readonly pendingAt = new Uint8Array(PENDING);
  private readonly overflow = new Map<number, Buffer>();
  private readonly message = pssMessageHash();
  private compact = '{';
  private pretty = '{\n    "hashes": {';

  constructor(
    /** Every file's name by walk position (filled by the walk, ahead of the digests). */
    private readonly names: NameStore,
    private readonly write: ((chunk: string) => void) | null,
    /** False when a name at the top is numeric: the end writes the file the long way. */
    public streaming: boolean,
  ) {}

  /** A file the walk yielded (its name is stored at position `seq` already). */
  walked(rel: string): void {
    if (this.streaming && numericTopName(rel)) {
      this.appeared = rel;
      this.streaming = false;
    }
  }

  /** The digest of the file at position `seq` (64 bytes of `digest` at `offset`): write every line that is ready. */
  hashed(seq: number, digest: Buffer, offset: number): void {
    if (!this.streaming) return;
    if (seq !== this.next) {
      if (seq - this.next >= PENDING) {
        // Many workers with full queues can be further ahead.
        this.overflow.set(seq, Buffer.from(digest.subarray(offset, offset + 64)));
        return;
      }
      const slot = seq % PENDING;
      digest.copy(this.pending, slot * 64, offset, offset + 64);
      this.pendingAt[slot] = 1;
      return;
    }
    this.line(digest.toString('hex', offset, offset + 64));
    while (this.streaming) {
      const slot = this.next % PENDING;
      if (this.pendingAt[slot] === 1) {
        this.pendingAt[slot] = 0;
        this.line(this.pending.toString('hex', slot * 64, slot * 64 + 64));
        continue;
      }
      const far = this.overflow.size > 0 ? this.overflow.get(this.next) : undefined;
      if (far === undefined) break;
      this.overflow.delete(this.next);
      this.line(far.toString('hex'));
    }
  }

  /** The line of the next file. */
  private line(hex: string): void {
    const { names } = this;
    const i = this.next++;
    if (i > 0 && names.compare(i - 1, i) >= 0) {
      this.outOfOrder = true;
      this.streaming = false;
      return;
    }
    const key = phpJsonString(names.string(i));
    const sep = i === 0 ? '' : ',';
    this.compact += `${sep}${key}:"${hex}"`;
    if (this.write) this.pretty += `${sep}\n        ${key}: "${hex}"`;
    if (this.compact.length >= 1 << 16) {
      this.message.update(this.compact, 'utf8');
      this.compact = '';
    }
    if (this.write && this.pretty.length >= 1 << 16) {
      try {
        this.write(this.pretty);
      } catch (e) {
        this.failure = e;
        this.streaming = false;
      }
      this.pretty = '';
    }
  }

  /** Every file has been hashed: true when the file could be written this way (then finish it). */
  complete(): boolean {
    return this.streaming && this.next > 0 && this.next === this.names.count;
  }

  /** The signature, and the end of the file (after `complete()`). */
  finish(sign: (digest: Buffer) => string, certificatePem: string): void {
    this.message.update(`${this.compact}}`, 'utf8');
    const signature = sign(this.message.digest());
    this.write?.(
      `${this.pretty}\n    },\n    "signature": ${phpJsonString(signature)},\n    "certificate": ${phpJsonString(certificatePem)}\n}`,
    );
  }
}
