/**
 * SHA-512 of many files, spread over worker threads (one per core), overlapped with the walk.
 *
 * Files go to workers in small batches (fewer messages than one per file, still fine-grained
 * enough to balance big and small files); each worker streams a file through one reused
 * buffer, so memory does not grow with file size. Results come back in walk order.
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
}

export interface HashProgress {
  files: number;
  bytes: number;
}

export interface HashOptions {
  workers?: number;
  onProgress?: (progress: HashProgress) => void;
}

/**
 * The worker's code, run with `eval: true` so the bundled CLI and Action need no second
 * entry file. Plain CommonJS; it opens without following links (the walk already resolved
 * and vetted link targets), refuses anything that is not a regular file at open time, and
 * reads through one 1 MiB buffer.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const MARKER = Buffer.from(${JSON.stringify(HTACCESS_MARKER)});
const buf = Buffer.allocUnsafe(1 << 20);
const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0) | (fs.constants.O_NONBLOCK || 0);

function hashHtaccess(fd, size) {
  const chunks = [];
  let n;
  while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) chunks.push(Buffer.from(buf.subarray(0, n)));
  const all = Buffer.concat(chunks);
  const first = all.indexOf(MARKER);
  // explode() must yield exactly two parts: the marker occurs exactly once.
  if (first >= 0 && all.indexOf(MARKER, first + MARKER.length) < 0) {
    return [crypto.createHash('sha512').update(all.subarray(0, first)).digest('hex'), all.length];
  }
  return [crypto.createHash('sha512').update(all).digest('hex'), all.length];
}

function hashOne(job) {
  let fd;
  try {
    fd = fs.openSync(job.path, FLAGS);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { problem: 'not a regular file when opened; it is not read', bytes: 0 };
    if (job.htaccess) {
      const [hash, bytes] = hashHtaccess(fd, st.size);
      return { hash, bytes };
    }
    const h = crypto.createHash('sha512');
    let bytes = 0;
    let n;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
      h.update(buf.subarray(0, n));
      bytes += n;
    }
    return { hash: h.digest('hex'), bytes };
  } catch (e) {
    const code = e && e.code ? e.code : String(e && e.message);
    const why = code === 'ELOOP' ? 'became a symbolic link while being checked; it is not read'
      : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)'
      : 'cannot be read (' + code + ')';
    return { problem: why, bytes: 0 };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

parentPort.on('message', (msg) => {
  const results = msg.jobs.map(hashOne);
  parentPort.postMessage({ id: msg.id, results });
});
`;

interface Job {
  path: string;
  htaccess?: boolean;
}
interface JobResult {
  hash?: string;
  problem?: string;
  bytes: number;
}

const BATCH_FILES = 24;
const IN_FLIGHT_PER_WORKER = 2;

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** Hash every entry of `entries` (an async walk). Resolves with results in walk order. */
export async function hashEntries(entries: AsyncIterable<WalkEntry>, options: HashOptions = {}): Promise<HashedFile[]> {
  const workerCount = Math.max(1, options.workers ?? defaultWorkerCount());
  const workers: Worker[] = [];
  const results: HashedFile[] = [];
  const progress: HashProgress = { files: 0, bytes: 0 };
  const inFlight = new Map<number, { worker: Worker; indices: number[] }>();
  const busy = new Map<Worker, number>();
  let nextId = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;

  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  const spawn = (): Worker => {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (msg: { id: number; results: JobResult[] }) => {
      const batch = inFlight.get(msg.id);
      if (!batch) return;
      inFlight.delete(msg.id);
      busy.set(worker, (busy.get(worker) ?? 1) - 1);
      msg.results.forEach((r, i) => {
        const index = batch.indices[i] as number;
        const slot = results[index] as HashedFile;
        slot.hash = r.hash ?? null;
        slot.bytes = r.bytes;
        if (r.problem) slot.problem = r.problem;
        progress.files += 1;
        progress.bytes += r.bytes;
      });
      options.onProgress?.({ ...progress });
      notify();
    });
    worker.on('error', (e) => {
      failure = e;
      notify();
    });
    workers.push(worker);
    busy.set(worker, 0);
    return worker;
  };

  const idleWorker = (): Worker | null => {
    let best: Worker | null = null;
    let bestLoad = IN_FLIGHT_PER_WORKER;
    for (const w of workers) {
      const load = busy.get(w) ?? 0;
      if (load < bestLoad) {
        best = w;
        bestLoad = load;
      }
    }
    if (!best && workers.length < workerCount) best = spawn();
    return best;
  };

  const waitForCapacity = async (): Promise<void> => {
    for (;;) {
      if (failure) throw failure;
      const w = idleWorker();
      if (w) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };

  let pendingJobs: Job[] = [];
  let pendingIndices: number[] = [];

  const flush = async (): Promise<void> => {
    if (pendingJobs.length === 0) return;
    await waitForCapacity();
    const worker = idleWorker() as Worker;
    const id = nextId++;
    inFlight.set(id, { worker, indices: pendingIndices });
    busy.set(worker, (busy.get(worker) ?? 0) + 1);
    worker.postMessage({ id, jobs: pendingJobs });
    pendingJobs = [];
    pendingIndices = [];
  };

  try {
    for await (const entry of entries) {
      const index = results.length;
      const slot: HashedFile = { rel: entry.rel, hash: null, bytes: 0 };
      results.push(slot);
      if (entry.problem) {
        slot.problem = entry.problem;
        continue;
      }
      pendingJobs.push(entry.htaccess ? { path: entry.path, htaccess: true } : { path: entry.path });
      pendingIndices.push(index);
      // Send small batches early so workers start while the walk goes on.
      if (pendingJobs.length >= BATCH_FILES || (inFlight.size < workerCount && pendingJobs.length >= 4)) await flush();
    }
    await flush();
    while (inFlight.size > 0) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
    return results;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
