/**
 * Zip entries' data, inflated and hashed off the main thread (a hashing worker runs it;
 * archive/zip-parallel.ts sends the entries in batches). Only the facts come back (digest,
 * size, CRC, how much of the compressed data the stream used, zlib's error): the checks and
 * their messages stay with the zip reader, the same for entries read on the main thread.
 */
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { crc32 } from '../archive/crc32.ts';
import type { InflatedEntry, InflateReply, InflateRequest } from './protocol.ts';

function inflateOne(compressed: Buffer, method: number, usize: number, digest: Uint8Array): InflatedEntry {
  let out = compressed;
  let consumed = compressed.length;
  if (method !== 0) {
    try {
      const inflated = inflateRawSync(compressed, { info: true, maxOutputLength: Math.max(1, usize + 1) }) as unknown as {
        buffer: Buffer;
        engine: { bytesWritten: number };
      };
      out = inflated.buffer;
      consumed = inflated.engine.bytesWritten;
    } catch (e) {
      return { size: 0, crc: 0, consumed: 0, error: (e as Error).message };
    }
  }
  digest.set(createHash('sha512').update(out).digest());
  return { size: out.length, crc: crc32(out), consumed, error: null };
}

export function inflateAndHash(msg: InflateRequest): InflateReply {
  const digests = new Uint8Array(64 * msg.lengths.length);
  const entries: InflatedEntry[] = [];
  let at = 0;
  msg.lengths.forEach((length, i) => {
    const compressed = Buffer.from(msg.data.buffer, msg.data.byteOffset + at, length);
    at += length;
    entries.push(inflateOne(compressed, msg.methods[i] as number, msg.usizes[i] as number, digests.subarray(64 * i, 64 * i + 64)));
  });
  return { id: msg.id, digests: digests.buffer, entries };
}
