import { createHash, type Hash } from 'node:crypto';

/**
 * The root `.htaccess` rule (nextcloud-spec.md §A.3 step 3): the installer writes its own
 * lines below a marker, so upstream splits the file on the marker and, when it occurs exactly
 * once (explode() gives two parts), hashes only what comes before it (the marker excluded, the
 * newline before it included). Otherwise the whole file is hashed.
 */
export const HTACCESS_MARKER = '#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####';

const MARKER = Buffer.from(HTACCESS_MARKER, 'utf8');

/**
 * The rule, streamed: the hash of the part before the marker is computed while the bytes pass
 * (a file of any size costs at most the marker's length in memory), alongside the caller's
 * whole-file hash. `digest()` says which of the two upstream stores.
 */
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

  /** The hash upstream stores when the marker occurs exactly once, else null (the whole file's hash counts). */
  digest(): string | null {
    return this.found === 1 ? this.prefix.digest('hex') : null;
  }
}

/** The hash upstream stores for the root .htaccess with content `bytes` (the rule above, on a whole buffer). */
export function rootHtaccessHash(bytes: Buffer): string {
  const marker = new MarkerHasher();
  marker.update(bytes);
  return marker.digest() ?? createHash('sha512').update(bytes).digest('hex');
}
