/**
 * SHA-512 of many files, spread over worker threads (one per core), overlapped with the walk.
 *
 * The walk is pulled only while a worker has room (at most two batches queued per worker),
 * so paths in flight stay bounded whatever the tree size. Files travel in batches as one
 * NUL-joined string; digests come back as one binary buffer per batch (transferred, not
 * copied), which keeps the main thread nearly idle while the workers hash. Each worker reads
 * through one reused buffer, so memory does not grow with file size. Results are in walk order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { HTACCESS_MARKER } from '../profiles.ts';
import type { WalkEntry } from '../walk.ts';

export interface HashedFile {
  rel: string;
  /** Lowercase hex SHA-512, or null when the file could not be read (see `problem`). */
  hash: string | null;
  problem?: string;
  bytes: number;
  /** Modification time when it was hashed (to notice a tree that changes while being signed). */
  mtimeMs?: number;
}

export interface HashProgress {
  files: number;
  bytes: number;
}

export interface HashOptions {
  workers?: number;
  onProgress?: (progress: HashProgress) => void;
}

/** Read size per `read(2)`; big enough that syscalls do not matter, small enough to stay in cache. */
const READ_BUFFER_BYTES = 256 * 1024;

/**
 * The worker's code, run with `eval: true` so the bundled CLI and Action need no second
 * entry file. Plain CommonJS; it opens without following links (the walk already resolved
 * and vetted link targets), refuses anything that is not a regular file at open time, and
 * reads through one buffer.
 *
 * Message in: { id, paths: 'p1\0p2\0…', htaccess: [indices] }.
 * Message out: { id, digests: ArrayBuffer (64 bytes per file), sizes: Float64Array,
 * problems: null | { index: message } } with digests and sizes transferred.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const MARKER = Buffer.from(${JSON.stringify(HTACCESS_MARKER)});
const BUF_SIZE = ${READ_BUFFER_BYTES};
const buf = Buffer.allocUnsafe(BUF_SIZE);
const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0) | (fs.constants.O_NONBLOCK || 0);

function hashHtaccess(fd) {
  const chunks = [];
  let n;
  while ((n = fs.readSync(fd, buf, 0, BUF_SIZE, null)) > 0) chunks.push(Buffer.from(buf.subarray(0, n)));
  const all = Buffer.concat(chunks);
  const first = all.indexOf(MARKER);
  // explode() must yield exactly two parts: the marker occurs exactly once.
  if (first >= 0 && all.indexOf(MARKER, first + MARKER.length) < 0) {
    return [crypto.createHash('sha512').update(all.subarray(0, first)).digest(), all.length];
  }
  return [crypto.createHash('sha512').update(all).digest(), all.length];
}

function hashFile(fd, size) {
  const h = crypto.createHash('sha512');
  let bytes = 0;
  for (;;) {
    const n = fs.readSync(fd, buf, 0, BUF_SIZE, null);
    if (n === 0) break;
    h.update(n === BUF_SIZE ? buf : buf.subarray(0, n));
    bytes += n;
    // A short read of a regular file is its end; once fstat's size is reached, skip the
    // extra read(2) that would only confirm it.
    if (n < BUF_SIZE && bytes >= size) break;
  }
  return [h.digest(), bytes];
}

function describe(e) {
  const code = e && e.code ? e.code : String(e && e.message);
  return code === 'ELOOP' ? 'became a symbolic link while being checked; it is not read'
    : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)'
    : 'cannot be read (' + code + ')';
}

parentPort.on('message', (msg) => {
  const paths = msg.paths.split('\\0');
  const htaccess = new Set(msg.htaccess);
  const digests = new Uint8Array(paths.length * 64);
  const sizes = new Float64Array(paths.length);
  const mtimes = new Float64Array(paths.length);
  let problems = null;
  for (let i = 0; i < paths.length; i++) {
    let fd;
    try {
      fd = fs.openSync(paths[i], FLAGS);
      const st = fs.fstatSync(fd);
      if (!st.isFile()) {
        (problems || (problems = {}))[i] = 'not a regular file when opened; it is not read';
        continue;
      }
      const [digest, bytes] = htaccess.has(i) ? hashHtaccess(fd) : hashFile(fd, st.size);
      // A file written while it was read has no single content to vouch for.
      const after = fs.fstatSync(fd);
      if (after.size !== st.size || after.mtimeMs !== st.mtimeMs || bytes !== st.size) {
        (problems || (problems = {}))[i] = 'changed while it was being read; its hash is not trusted';
        continue;
      }
      digests.set(digest, i * 64);
      sizes[i] = bytes;
      mtimes[i] = st.mtimeMs;
    } catch (e) {
      (problems || (problems = {}))[i] = describe(e);
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }
  parentPort.postMessage({ id: msg.id, digests: digests.buffer, sizes, mtimes, problems }, [digests.buffer, sizes.buffer, mtimes.buffer]);
});
`;

interface BatchReply {
  id: number;
  digests: ArrayBuffer;
  sizes: Float64Array;
  mtimes: Float64Array;
  problems: Record<number, string> | null;
}

/** Files per batch: small first so every worker starts at once, then larger (fewer messages). */
const FIRST_BATCH_FILES = 4;
const MAX_BATCH_FILES = 64;
const IN_FLIGHT_PER_WORKER = 2;

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** Hash every entry of `entries` (an async walk). Resolves with results in walk order. */
export async function hashEntries(entries: AsyncIterable<WalkEntry>, options: HashOptions = {}): Promise<HashedFile[]> {
  const workerCount = Math.max(1, options.workers ?? defaultWorkerCount());
  const results: HashedFile[] = [];
  const progress: HashProgress = { files: 0, bytes: 0 };
  /** Batch id → the result slots it fills. */
  const inFlight = new Map<number, { worker: number; slots: HashedFile[] }>();
  const load: number[] = [];
  const workers: Worker[] = [];
  let nextId = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;

  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  const onReply = (msg: BatchReply): void => {
    const batch = inFlight.get(msg.id);
    if (!batch) return;
    inFlight.delete(msg.id);
    load[batch.worker] = (load[batch.worker] ?? 1) - 1;
    const digests = Buffer.from(msg.digests);
    const { slots } = batch;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as HashedFile;
      const problem = msg.problems?.[i];
      if (problem !== undefined) slot.problem = problem;
      else {
        slot.hash = digests.toString('hex', i * 64, i * 64 + 64);
        slot.bytes = msg.sizes[i] as number;
        slot.mtimeMs = msg.mtimes[i] as number;
        progress.bytes += slot.bytes;
      }
    }
    progress.files += slots.length;
    options.onProgress?.({ ...progress });
    notify();
  };

  // Start every worker now: their start-up overlaps the beginning of the walk.
  for (let w = 0; w < workerCount; w++) {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', onReply);
    worker.on('error', (e) => {
      failure = e;
      notify();
    });
    worker.on('exit', (code) => {
      if (inFlight.size > 0 && !failure) failure = new Error(`a hashing worker stopped unexpectedly (exit code ${code})`);
      notify();
    });
    workers.push(worker);
    load.push(0);
  }

  const leastLoaded = (): number => {
    let best = -1;
    let bestLoad = IN_FLIGHT_PER_WORKER;
    for (let w = 0; w < load.length; w++) {
      const l = load[w] as number;
      if (l < bestLoad) {
        best = w;
        bestLoad = l;
      }
    }
    return best;
  };

  const sleep = (): Promise<void> => new Promise<void>((resolve) => (wake = resolve));

  let paths: string[] = [];
  let htaccess: number[] = [];
  let slots: HashedFile[] = [];
  let batchFiles = FIRST_BATCH_FILES;

  const flush = async (): Promise<void> => {
    if (slots.length === 0) return;
    let w = leastLoaded();
    while (w < 0) {
      if (failure) throw failure;
      await sleep();
      w = leastLoaded();
    }
    if (failure) throw failure;
    const id = nextId++;
    inFlight.set(id, { worker: w, slots });
    load[w] = (load[w] ?? 0) + 1;
    (workers[w] as Worker).postMessage({ id, paths: paths.join('\0'), htaccess });
    paths = [];
    htaccess = [];
    slots = [];
    batchFiles = Math.min(MAX_BATCH_FILES, batchFiles * 2);
  };

  try {
    for await (const entry of entries) {
      const slot: HashedFile = { rel: entry.rel, hash: null, bytes: 0 };
      results.push(slot);
      if (entry.problem) {
        slot.problem = entry.problem;
        continue;
      }
      if (entry.htaccess) htaccess.push(paths.length);
      paths.push(entry.path);
      slots.push(slot);
      // Send a batch when it is full, or early when a worker would otherwise sit idle.
      if (slots.length >= batchFiles || (slots.length >= FIRST_BATCH_FILES && load.includes(0))) await flush();
    }
    await flush();
    while (inFlight.size > 0) {
      if (failure) throw failure;
      await sleep();
    }
    if (failure) throw failure;
    return results;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
