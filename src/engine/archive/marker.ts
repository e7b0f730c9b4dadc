/**
 * The root .htaccess rule (nextcloud-spec.md §A.3 step 3), streamed: upstream splits the
 * file on the marker line and, when the marker occurs exactly once, hashes only what comes
 * before it. This computes that hash while the bytes pass, keeping at most the marker's
 * length minus one byte back, so a large file costs no memory.
 */
import { createHash, type Hash } from 'node:crypto';
import { HTACCESS_MARKER } from '../rules/htaccess.ts';

const MARKER = Buffer.from(HTACCESS_MARKER, 'utf8');

export class MarkerHasher {
  private readonly prefix: Hash = createHash('sha512');
  /** Bytes not yet known to be outside a marker (at most MARKER.length - 1). */
  private carry: Buffer = Buffer.alloc(0);
  /** Markers seen so far (we only care about 0, 1 or "2 or more"). */
  private found = 0;

  update(chunk: Buffer): void {
    if (this.found >= 2) return;
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const at = data.indexOf(MARKER);
    if (at >= 0) {
      if (this.found === 0) {
        this.prefix.update(data.subarray(0, at));
        this.found = 1;
        // Non-overlapping, like explode(): the next search starts after this marker.
        this.carry = Buffer.alloc(0);
        this.update(data.subarray(at + MARKER.length));
        return;
      }
      this.found = 2;
      this.carry = Buffer.alloc(0);
      return;
    }
    const keep = Math.min(data.length, MARKER.length - 1);
    if (this.found === 0) this.prefix.update(data.subarray(0, data.length - keep));
    this.carry = Buffer.from(data.subarray(data.length - keep));
  }

  /** The hash upstream stores when the marker occurs exactly once, else null (hash the whole file). */
  digest(): string | null {
    return this.found === 1 ? this.prefix.digest('hex') : null;
  }
}
