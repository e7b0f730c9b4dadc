/**
 * The one pass over a zip's entry area, in the order of the data: for each entry its local
 * header, its data (inflated and hashed here, or handed to the workers of zip-parallel.ts),
 * its data descriptor. Data here is hashed as it streams: stored entries piece by piece,
 * small deflated ones in one zlib call, large ones through an inflate stream.
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import type { Collector } from './collect.ts';
import { crc32 } from './crc32.ts';
import { withStallGuard } from './decompress.ts';
import { ArchiveError, ArchiveFormatError } from './errors.ts';
import type { ByteSource } from './zip-byte-source.ts';
import { HINT, checkInflated, checkStored, corruptError, refuse } from './zip-checks.ts';
import { classifyEntry } from './zip-classify.ts';
import type { CentralEntry } from './zip-directory.ts';
import { readDescriptor, readLocal } from './zip-local.ts';
import type { ParallelEntries } from './zip-parallel.ts';

/** Entries up to this size are inflated in one call; larger ones are streamed. */
const SYNC_INFLATE = 8 << 20;

export interface Layout {
  entries: CentralEntry[];
  /** Entry indices by data offset. */
  order: number[];
  cdOffset: number;
}

/** Every entry in the order of its data: local header, data (here or on a worker), descriptor. */
export async function readEntries(
  src: ByteSource,
  { entries, order, cdOffset }: Layout,
  collector: Collector,
  parallel: ParallelEntries | null,
  stallMs: number | undefined,
): Promise<void> {
  try {
    for (const [k, i] of order.entries()) {
      const e = entries[i] as CentralEntry;
      const raw = classifyEntry(e);
      const nextOffset = k + 1 < order.length ? (entries[order[k + 1] as number] as CentralEntry).offset : cdOffset;
      await readLocal(src, e);
      if (parallel?.takes(e, raw)) {
        await parallel.add(e, raw, (into) => src.read(e.csize, into));
      } else {
        await parallel?.drain();
        collector.begin(raw);
        await readData(src, e, collector, stallMs);
        collector.end();
        await collector.settle();
      }
      await readDescriptor(src, e, nextOffset);
    }
    await parallel?.drain();
  } catch (e) {
    if (parallel) await parallel.failAfterEarlier(e);
    throw e;
  }
  if (src.pos !== cdOffset) refuse('there are bytes before its central directory that no entry covers (hidden data)');
}

/** Hash (through the collector) the data of one entry; checks size and CRC. */
function readData(src: ByteSource, e: CentralEntry, collector: Collector, stallMs: number | undefined): Promise<void> {
  if (e.method === 0) return hashStored(src, e, collector);
  if (e.csize <= SYNC_INFLATE && e.usize <= SYNC_INFLATE) return inflateWhole(src, e, collector);
  return inflateStreamed(src, e, collector, stallMs);
}

/** A stored entry: its pieces go to the collector as they arrive. */
async function hashStored(src: ByteSource, e: CentralEntry, collector: Collector): Promise<void> {
  checkStored(e);
  let crc = 0;
  for await (const piece of src.slices(e.csize)) {
    crc = crc32(piece, crc);
    collector.data(piece);
  }
  checkInflated(e, { error: null, consumed: e.csize, size: e.usize, crc });
}

/** A small deflated entry, inflated in one call. */
async function inflateWhole(src: ByteSource, e: CentralEntry, collector: Collector): Promise<void> {
  const compressed = await src.read(e.csize);
  let out: { buffer: Buffer; engine: { bytesWritten: number } };
  try {
    out = inflateRawSync(compressed, { info: true, maxOutputLength: Math.max(1, e.usize + 1) }) as unknown as typeof out;
  } catch (err) {
    return checkInflated(e, { error: (err as Error).message, consumed: 0, size: 0, crc: 0 });
  }
  checkInflated(e, { error: null, consumed: out.engine.bytesWritten, size: out.buffer.length, crc: crc32(out.buffer) });
  collector.data(out.buffer);
}

/** A large deflated entry, inflated as it streams, every chunk hashed and counted on its way. */
async function inflateStreamed(src: ByteSource, e: CentralEntry, collector: Collector, stallMs: number | undefined): Promise<void> {
  const where = `entry ${e.index + 1}`;
  const inflate = createInflateRaw({ chunkSize: 1 << 18 });
  let crc = 0;
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > e.usize) return callback(new ArchiveFormatError(`${where} inflates to more than its declared size`, HINT));
      crc = crc32(chunk, crc);
      try {
        collector.data(chunk);
      } catch (err) {
        return callback(err as Error);
      }
      callback();
    },
  });
  try {
    await pipeline(Readable.from(withStallGuard(Readable.from(src.slices(e.csize)), `entry ${e.index + 1}`, stallMs)), inflate, sink);
  } catch (err) {
    if (err instanceof ArchiveError) throw err;
    corruptError(`${where} cannot be inflated (${(err as Error).message})`);
  }
  if (inflate.bytesWritten !== e.csize) refuse(`${where} has data after the end of its compressed stream`);
  if (size !== e.usize) corruptError(`${where} inflates to another size than declared`);
  if (crc !== e.crc) corruptError(`${where} does not match its CRC (corrupt data)`);
}
