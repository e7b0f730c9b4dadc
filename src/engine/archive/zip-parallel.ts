/**
 * Zip entries inflated and hashed on worker threads: a zip's entries are compressed each on
 * its own, so while the main thread reads the file and checks every local header, the
 * entries' data goes to the hashing pool's workers (hashing/inflate.ts), in batches of a few
 * hundred KiB (one message each, not one per entry). Nothing changes in what is checked or
 * reported: each entry's result is checked with the same code as on the main thread
 * (zip-checks.ts) and handed to the collector strictly in the archive's order; an entry whose
 * bytes the collector needs (a signature, info.xml, the root .htaccess, a link) waits until
 * every entry before it is done and is read on the main thread. When anything fails, the
 * earlier entries' results are checked first, so the error is the one a sequential read
 * would have met first.
 */
import { HashPool } from '../hashing/pool.ts';
import type { InflateReply } from '../hashing/protocol.ts';
import type { Collector, RawEntry } from './collect.ts';
import { checkInflated, checkStored, type DeclaredData } from './zip-checks.ts';

/** Compressed bytes on their way or waiting to be handed over, at most (a few batches per worker). */
const MAX_PENDING_BYTES = 16 << 20;
/** Entries larger than this are read on the main thread as a stream (zip-sequential.ts): a worker takes them whole. */
const MAX_WORKER_ENTRY = 8 << 20;
/** A batch is sent once it holds this much compressed data, or this many entries. */
const BATCH_BYTES = 256 << 10;
const BATCH_ENTRIES = 64;

interface PendingEntry {
  entry: DeclaredData;
  raw: RawEntry;
  bytes: number;
  /** Its batch's result, and its place in it. */
  batch: Promise<InflateReply>;
  index: number;
}

/** Entries gathered for the next message: their compressed bytes back to back in one buffer of its own. */
interface Batch {
  buffer: Buffer;
  used: number;
  entries: Array<{ entry: DeclaredData; raw: RawEntry; length: number }>;
}

export class ParallelEntries {
  private readonly pending: PendingEntry[] = [];
  private pendingBytes = 0;
  private batch: Batch | null = null;
  /** Started with the first batch (never, when every entry is needed here). */
  private pool: HashPool | null = null;

  constructor(private readonly collector: Collector) {}

  /** Whether this entry can go to a worker: deflated or stored, whole in memory, its bytes not needed here. */
  takes(e: DeclaredData, raw: RawEntry): boolean {
    return (
      (e.method === 0 || e.method === 8) &&
      e.csize > 0 &&
      e.csize <= MAX_WORKER_ENTRY &&
      e.usize <= MAX_WORKER_ENTRY &&
      !this.collector.needsBytes(raw)
    );
  }

  /** Take one entry: `read` fills the given buffer with its compressed bytes. */
  async add(e: DeclaredData, raw: RawEntry, read: (into: Buffer) => Promise<unknown>): Promise<void> {
    if (e.method === 0) checkStored(e);
    if (this.batch !== null && this.batch.used + e.csize > this.batch.buffer.length) await this.send();
    this.batch ??= { buffer: Buffer.from(new ArrayBuffer(Math.max(BATCH_BYTES, e.csize))), used: 0, entries: [] };
    const batch = this.batch;
    await read(batch.buffer.subarray(batch.used, batch.used + e.csize));
    batch.used += e.csize;
    batch.entries.push({ entry: e, raw, length: e.csize });
    if (batch.used >= BATCH_BYTES || batch.entries.length >= BATCH_ENTRIES) await this.send();
  }

  /** Hand every entry taken so far to the collector, in order; the first failure is thrown. */
  async drain(): Promise<void> {
    await this.send();
    while (this.pending.length > 0) await this.completeOldest();
  }

  /** Something failed at a later entry: an earlier entry's failure comes first, as in a sequential read. */
  async failAfterEarlier(error: unknown): Promise<never> {
    await this.drain();
    throw error;
  }

  /** Stop the workers (the read is over, or failed). */
  async close(): Promise<void> {
    this.pending.length = 0;
    this.batch = null;
    await this.pool?.close();
  }

  private async send(): Promise<void> {
    const batch = this.batch;
    if (batch === null) return;
    this.batch = null;
    while (this.pendingBytes + batch.used > MAX_PENDING_BYTES && this.pending.length > 0) await this.completeOldest();
    this.pool ??= new HashPool();
    const { result } = await this.pool.inflate({
      data: new Uint8Array(batch.buffer.buffer, 0, batch.used),
      lengths: batch.entries.map((b) => b.length),
      methods: batch.entries.map((b) => b.entry.method),
      usizes: batch.entries.map((b) => b.entry.usize),
    });
    result.catch(() => undefined); // awaited in order later; a read that failed first never awaits it
    batch.entries.forEach((b, index) => this.pending.push({ entry: b.entry, raw: b.raw, bytes: b.length, batch: result, index }));
    this.pendingBytes += batch.used;
  }

  /** The oldest entry to the collector; when it fails, the later ones are dropped (their errors come after). */
  private async completeOldest(): Promise<void> {
    const next = this.pending.shift() as PendingEntry;
    this.pendingBytes -= next.bytes;
    try {
      const reply = await next.batch;
      const got = reply.entries[next.index] as InflateReply['entries'][number];
      checkInflated(next.entry, got);
      this.collector.begin(next.raw);
      this.collector.hashed(Buffer.from(reply.digests, 64 * next.index, 64).toString('hex'), got.size);
      this.collector.end();
    } catch (e) {
      this.pending.length = 0;
      this.pendingBytes = 0;
      this.batch = null;
      throw e;
    }
  }
}
