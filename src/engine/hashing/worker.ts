/**
 * A hashing worker (one per core, started by HashPool): it runs batches (batch.ts) and zip
 * entries (inflate.ts) and posts the results back, transferring the digest buffers. Bundled as its own entry
 * (hash-worker.js beside each bundle).
 */
import { parentPort } from 'node:worker_threads';
import { hashBatch, statBatch } from './batch.ts';
import { inflateAndHash } from './inflate.ts';
import type { WorkerRequest } from './protocol.ts';

parentPort?.on('message', (msg: WorkerRequest) => {
  if (msg.op === 'stat') {
    parentPort?.postMessage(statBatch(msg));
    return;
  }
  if (msg.op === 'inflate') {
    const reply = inflateAndHash(msg);
    parentPort?.postMessage(reply, [reply.digests]);
    return;
  }
  const reply = hashBatch(msg);
  parentPort?.postMessage(reply, [reply.digests, reply.sizes.buffer as ArrayBuffer, reply.mtimes.buffer as ArrayBuffer]);
});
