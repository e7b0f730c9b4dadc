/**
 * The hashes a signature lists, in ksort order, kept compactly: a server's core signature
 * lists tens of thousands of files (hundreds of thousands in a large tree), and keeping each
 * as a PHP array entry with a 128-character hex string, plus a hash map to find it, would
 * cost several times the name and the 64 bytes of its SHA-512 digest.
 *
 * Values that are lowercase hex SHA-512 strings (every value, in any real signature) are
 * stored as 64-byte digests; anything else (a hand-edited file) keeps its decoded PHP value,
 * so upstream's comparisons can still be replayed exactly from `toPhpArray()`.
 *
 * Finding a file's entry: the walk visits files in an order the table can predict (see
 * `WalkCursor`), so a verification where everything matches never builds a map of names.
 */
import { RecordStore } from './records.ts';
import type { NameStore } from './names.ts';
import { isPhpIntegerKey, PhpArray, phpKey, type PhpKey, type PhpValue } from '../php/array.ts';
import { binaryCompare } from '../php/ksort.ts';

const HEX_SHA512 = /^[0-9a-f]{128}$/;

export class HashTable {
  /** Built on first use only: name → position (a map of every name costs as much as the names). */
  private index: Map<PhpKey, number> | null = null;
  private dropped: Uint8Array | null = null;
  private droppedCount = 0;

  private constructor(
    /** The names as bytes (the usual signature: names that are never numeric PHP keys)… */
    private readonly names: NameStore | null,
    /** …or as the PHP keys of a signature decoded the long way. */
    private readonly keys: PhpKey[] | null,
    /** 64 bytes per entry, when every value is a lowercase hex SHA-512. */
    private readonly digests: RecordStore | null,
    /** The decoded values otherwise. */
    private readonly values: PhpValue[] | null,
  ) {}

  /** From names already in ksort order (none of them numeric) and their digests. */
  static fromDigests(names: NameStore, digests: RecordStore): HashTable {
    return new HashTable(names, null, digests, null);
  }

  /** From the ksorted PHP array of a signature file decoded the long way. */
  static fromSorted(sorted: PhpArray): HashTable {
    const keys = [...sorted.keys()];
    const values = [...sorted.entries()].map(([, v]) => v);
    if (values.every((v) => typeof v === 'string' && HEX_SHA512.test(v))) {
      const digests = new RecordStore(64);
      values.forEach((v, i) => digests.chunkFor(i).write(v as string, digests.offsetOf(i), 64, 'hex'));
      return new HashTable(null, keys, digests, null);
    }
    return new HashTable(null, keys, null, values);
  }

  /** Positions run from 0 to keyCount - 1 (dropped entries included). */
  get keyCount(): number {
    return this.names ? this.names.count : (this.keys as PhpKey[]).length;
  }

  /** Entries left (after `drop`). */
  get size(): number {
    return this.keyCount - this.droppedCount;
  }

  private isDropped(i: number): boolean {
    return this.dropped !== null && this.dropped[i] === 1;
  }

  /** Position of the entry for file `rel` (PHP key rules: "12" is the integer key 12), or -1. */
  indexOf(rel: string): number {
    if (this.index === null) {
      this.index = new Map();
      for (let i = 0; i < this.keyCount; i++) if (!this.isDropped(i)) this.index.set(this.keyAt(i), i);
    }
    return this.index.get(phpKey(rel)) ?? -1;
  }

  /** Whether entry `i` is the one for file `rel` (same PHP key). */
  keyIs(i: number, rel: string): boolean {
    if (this.names) return this.names.equals(i, rel);
    const key = (this.keys as PhpKey[])[i];
    return typeof key === 'string' ? key === rel : String(key) === rel;
  }

  /** Whether entry `i` holds exactly the SHA-512 `digest[offset..offset+64]`. */
  matches(i: number, digest: Buffer, offset: number): boolean {
    if (this.digests) return this.digests.digestEquals(i, digest, offset);
    return (this.values as PhpValue[])[i] === digest.toString('hex', offset, offset + 64);
  }

  keyAt(i: number): PhpKey {
    return this.names ? this.names.string(i) : ((this.keys as PhpKey[])[i] as PhpKey);
  }

  valueAt(i: number): PhpValue {
    if (this.digests) return this.digests.digestHex(i);
    return (this.values as PhpValue[])[i] as PhpValue;
  }

  /** Whether an entry left has a name PHP holds as an integer key ("10", "-3"). */
  hasIntegerKey(): boolean {
    if (this.names) return false; // the scanner takes no numeric name
    return (this.keys as PhpKey[]).some((key, i) => isPhpIntegerKey(key) && !this.isDropped(i));
  }

  /** Remove the entries whose name starts with `prefix` (Nextcloud's `updater/` rule); returns how many. */
  dropPrefix(prefix: string): number {
    const bytes = Buffer.from(prefix, 'utf8');
    let n = 0;
    for (let i = 0; i < this.keyCount; i++) {
      if (this.isDropped(i)) continue;
      const hit = this.names ? this.names.startsWith(i, bytes) : String((this.keys as PhpKey[])[i]).startsWith(prefix);
      if (!hit) continue;
      this.dropped ??= new Uint8Array(this.keyCount);
      this.dropped[i] = 1;
      this.index?.delete(this.keyAt(i));
      n += 1;
    }
    this.droppedCount += n;
    return n;
  }

  /**
   * The entries left, in the order the walk visits their files: byte order of the paths.
   * A table read by the scanner is in that order already; one decoded the long way (numeric
   * names, which ksort orders as numbers) is sorted here.
   */
  walkOrder(): Int32Array {
    const positions = new Int32Array(this.keyCount - this.droppedCount);
    let n = 0;
    for (let i = 0; i < this.keyCount; i++) if (!this.isDropped(i)) positions[n++] = i;
    if (this.names) return positions;
    const keys = (this.keys as PhpKey[]).map(String);
    return positions.sort((p, q) => binaryCompare(keys[p] as string, keys[q] as string));
  }

  /** The entries as the PHP array upstream holds (built only when something differs). */
  toPhpArray(): PhpArray {
    const arr = new PhpArray();
    for (let i = 0; i < this.keyCount; i++) if (!this.isDropped(i)) arr.set(this.keyAt(i), this.valueAt(i));
    return arr;
  }
}

/**
 * Finds the entry of each file as the walk yields them, in walk order: usually the next
 * entry in `walkOrder()`, checked by one string comparison. A file that is not (extra, or
 * the order differs for unusual names) is looked up by name, and the cursor moves on from
 * there, so a few extra or missing files cost a few lookups.
 */
export class WalkCursor {
  private readonly order: Int32Array;
  private next = 0;
  private positionOf: Int32Array | null = null;

  constructor(private readonly table: HashTable) {
    this.order = table.walkOrder();
  }

  /** The entry for `rel`, the next file of the walk, or -1. */
  find(rel: string): number {
    if (this.next < this.order.length) {
      const i = this.order[this.next] as number;
      if (this.table.keyIs(i, rel)) {
        this.next += 1;
        return i;
      }
    }
    const i = this.table.indexOf(rel);
    if (i < 0) return -1;
    if (this.positionOf === null) {
      this.positionOf = new Int32Array(this.table.keyCount).fill(-1);
      this.order.forEach((entry, position) => ((this.positionOf as Int32Array)[entry] = position));
    }
    const position = this.positionOf[i] as number;
    if (position >= this.next) this.next = position + 1;
    return i;
  }
}
