/** The early-hash matcher of verification (see Collector). */
import { HashTable, WalkCursor } from './hash-table.ts';
import { NameStore } from './names.ts';
import type { FileSink, HashedFile } from './pool.ts';
import { holding, RecordStore } from './records.ts';

/**
 * Matching hashed files to the expected hashes as they come. Files are hashed from the start,
 * while the signature is still being read and checked.
 * Each file is matched to its expected entry as the walk reaches it (in walk order, by a
 * cursor; see WalkCursor), and its digest compared when its batch comes back. Until the
 * expected table is known, names and outcomes wait in two short lists. A file with the hash
 * listed under its own path costs four bytes (its walk position → table entry); only the
 * others are kept in full. When every file matches and none is missing, both upstream's
 * comparison and ours are provably empty, so neither is built.
 */
const UNSEEN = -2;

export class Collector {
  files = 0;
  bytes = 0;
  private expected: HashTable | null = null;
  private cursor: WalkCursor | null = null;
  /** Names walked before the expected table was known (walk positions 0, 1, 2, …), as bytes. */
  private waitingNames = new NameStore();
  /** Outcomes that came back before their file was matched to an entry: digests by walk position, */
  private waitingDigests = new RecordStore(64);
  /** …which positions they are for (1 = waiting), and the problems of the unreadable ones. */
  private waiting = new Uint8Array(4096);
  private readonly waitingProblems = new Map<number, string>();
  /** Walk position → index in `expected` of the file's entry, -1 for none, UNSEEN before the match. */
  private entryOf = new Int32Array(4096).fill(UNSEEN);
  /** Names of walked files that have no entry (extra files), by walk position. */
  private readonly unlisted = new Map<number, string>();
  private matched = 0;
  private readonly others = new Map<number, HashedFile>();

  readonly walked = (seq: number, rel: string): void => {
    if (this.cursor === null)
      this.waitingNames.pushString(rel); // walk positions come in order: index = seq
    else this.place(seq, rel);
  };

  readonly sink: FileSink = (file) => {
    this.files += 1;
    this.bytes += file.bytes;
    const { seq } = file;
    if (seq < this.entryOf.length && this.entryOf[seq] !== UNSEEN) {
      this.compare(seq, file.problem, file.digest, file.offset);
      return;
    }
    this.waiting = holding(this.waiting, seq);
    this.waiting[seq] = 1;
    if (file.problem === undefined) this.waitingDigests.setDigest(seq, file.digest, file.offset);
    else this.waitingProblems.set(seq, file.problem);
  };

  /** The expected hashes are known: place and compare what waited, and from now on each file as it comes. */
  start(expected: HashTable): void {
    this.expected = expected;
    this.cursor = new WalkCursor(expected);
    for (let seq = 0; seq < this.waitingNames.count; seq++) this.place(seq, this.waitingNames.string(seq));
    // From now on every file is placed as it is walked, before its outcome can come back.
    this.waitingNames = new NameStore();
    this.waitingDigests = new RecordStore(64);
  }

  /** Match the file at walk position `seq` to its entry (walk order), then compare it if its outcome is here. */
  private place(seq: number, rel: string): void {
    const i = (this.cursor as WalkCursor).find(rel);
    this.entryOf = holding(this.entryOf, seq, UNSEEN);
    this.entryOf[seq] = i;
    if (i < 0) this.unlisted.set(seq, rel);
    if (seq >= this.waiting.length || this.waiting[seq] !== 1) return;
    this.waiting[seq] = 0;
    const problem = this.waitingProblems.get(seq);
    this.waitingProblems.delete(seq);
    const store = this.waitingDigests;
    this.compare(seq, problem, store.chunkFor(seq), store.offsetOf(seq));
  }

  private nameOf(seq: number): string {
    const i = this.entryOf[seq] as number;
    return i >= 0 ? String((this.expected as HashTable).keyAt(i)) : (this.unlisted.get(seq) as string);
  }

  private compare(seq: number, problem: string | undefined, digest: Buffer, offset: number): void {
    const i = this.entryOf[seq] as number;
    if (problem === undefined && i >= 0 && (this.expected as HashTable).matches(i, digest, offset)) {
      this.matched += 1;
      return;
    }
    const rel = this.nameOf(seq);
    this.others.set(
      seq,
      problem === undefined ? { rel, hash: digest.toString('hex', offset, offset + 64), bytes: 0 } : { rel, hash: null, problem, bytes: 0 },
    );
  }

  allMatch(): boolean {
    return this.others.size === 0 && this.matched === (this.expected as HashTable).size;
  }

  /** Every file in walk order, with its hash (for the full comparisons). */
  *inWalkOrder(): Generator<HashedFile> {
    const expected = this.expected as HashTable;
    for (let seq = 0; seq < this.files; seq++) {
      const other = this.others.get(seq);
      if (other) yield other;
      else {
        const i = this.entryOf[seq] as number;
        yield { rel: String(expected.keyAt(i)), hash: expected.valueAt(i) as string, bytes: 0 };
      }
    }
  }
}
