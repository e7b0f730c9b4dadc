/**
 * The hashes a signature lists, in ksort order, kept compactly: a server's core signature
 * lists tens of thousands of files, and keeping each as a PHP array entry with a 128-character
 * hex string would cost several times the 64 bytes a SHA-512 digest needs.
 *
 * Values that are lowercase hex SHA-512 strings (every value, in any real signature) are
 * stored as 64-byte digests; anything else (a hand-edited file) keeps its decoded PHP value,
 * so upstream's comparisons can still be replayed exactly from `toPhpArray()`.
 */
import { PhpArray, phpKey, type PhpKey, type PhpValue } from './php/array.ts';

const HEX_SHA512 = /^[0-9a-f]{128}$/;

export class HashTable {
  private readonly index = new Map<PhpKey, number>();
  private dropped = 0;

  private constructor(
    private readonly keys: PhpKey[],
    /** 64 bytes per entry, when every value is a lowercase hex SHA-512. */
    private readonly digests: Buffer | null,
    /** The decoded values otherwise. */
    private readonly values: PhpValue[] | null,
    index?: Map<PhpKey, number>,
  ) {
    if (index) this.index = index;
    else keys.forEach((k, i) => this.index.set(k, i));
  }

  /** From names already in ksort order (each a non-numeric string) and their digests, with the index built while reading. */
  static fromDigests(keys: string[], digests: Buffer, index: Map<PhpKey, number>): HashTable {
    return new HashTable(keys, digests, null, index);
  }

  /** From the ksorted PHP array of a signature file decoded the long way. */
  static fromSorted(sorted: PhpArray): HashTable {
    const keys = [...sorted.keys()];
    const values = [...sorted.entries()].map(([, v]) => v);
    if (values.every((v) => typeof v === 'string' && HEX_SHA512.test(v))) {
      const digests = Buffer.alloc(values.length * 64);
      values.forEach((v, i) => digests.write(v as string, i * 64, 64, 'hex'));
      return new HashTable(keys, digests, null);
    }
    return new HashTable(keys, null, values);
  }

  /** Entries left (after `drop`). */
  get size(): number {
    return this.index.size;
  }

  /** Position of the entry for file `rel` (PHP key rules: "12" is the integer key 12), or -1. */
  indexOf(rel: string): number {
    return this.index.get(phpKey(rel)) ?? -1;
  }

  /** Whether entry `i` holds exactly the SHA-512 `digest[offset..offset+64]`. */
  matches(i: number, digest: Buffer, offset: number): boolean {
    if (this.digests) return this.digests.compare(digest, offset, offset + 64, i * 64, i * 64 + 64) === 0;
    return (this.values as PhpValue[])[i] === digest.toString('hex', offset, offset + 64);
  }

  keyAt(i: number): PhpKey {
    return this.keys[i] as PhpKey;
  }

  valueAt(i: number): PhpValue {
    if (this.digests) return this.digests.toString('hex', i * 64, i * 64 + 64);
    return (this.values as PhpValue[])[i] as PhpValue;
  }

  /** Remove the entries whose key `drop` selects (Nextcloud's `updater/` rule); returns how many. */
  drop(select: (key: PhpKey) => boolean): number {
    let n = 0;
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i] as PhpKey;
      if (this.index.get(key) === i && select(key)) {
        this.index.delete(key);
        n += 1;
      }
    }
    this.dropped += n;
    return n;
  }

  /** The entries as the PHP array upstream holds (built only when something differs). */
  toPhpArray(): PhpArray {
    const arr = new PhpArray();
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i] as PhpKey;
      if (this.dropped > 0 && this.index.get(key) !== i) continue;
      arr.set(key, this.valueAt(i));
    }
    return arr;
  }
}
