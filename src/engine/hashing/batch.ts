/**
 * Hashing a batch of files, and looking at them again after signing: the work of a hashing
 * worker (worker.ts), kept apart so that a small tree can run it on the calling thread
 * instead of starting workers (pool.ts). It opens each file without following links (the
 * walk already resolved and vetted link targets), refuses anything that is not a regular
 * file when opened, and reads through one reused buffer, so memory does not grow with file
 * size.
 */
import * as crypto from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { MarkerHasher } from '../rules/htaccess.ts';
import type { HashReply, HashRequest, StatReply, StatRequest } from './protocol.ts';

/** Read size per read(2): big enough that syscalls do not matter, small enough to stay in cache. */
const READ_BUFFER_BYTES = 256 * 1024;
let reused: Buffer | null = null;
const readBuffer = (): Buffer => (reused ??= Buffer.allocUnsafe(READ_BUFFER_BYTES));
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** [bytes read, read calls]. */
type ReadCount = [number, number];

/** The root .htaccess: hashed whole and up to the marker at once, in one pass (rules/htaccess.ts). */
function hashHtaccess(fd: number, out: Uint8Array): ReadCount {
  const buf = readBuffer();
  const whole = crypto.createHash('sha512');
  const marker = new MarkerHasher();
  let bytes = 0;
  let reads = 0;
  for (let n = readSync(fd, buf, 0, READ_BUFFER_BYTES, null); n > 0; n = readSync(fd, buf, 0, READ_BUFFER_BYTES, null)) {
    const chunk = buf.subarray(0, n);
    whole.update(chunk);
    marker.update(chunk);
    bytes += n;
    reads += 1;
  }
  const beforeMarker = marker.digest();
  out.set(beforeMarker === null ? whole.digest() : Buffer.from(beforeMarker, 'hex'));
  return [bytes, Math.max(reads, 1)];
}

function hashFile(fd: number, size: number, out: Uint8Array): ReadCount {
  const buf = readBuffer();
  // Most files fit one read: hash them in one call, skipping the read(2) that would only
  // confirm the end once fstat's size is reached.
  let n = readSync(fd, buf, 0, READ_BUFFER_BYTES, null);
  if (n < READ_BUFFER_BYTES && n >= size) {
    // crypto.hash (one call, no Hash object) exists from Node 20.12 on.
    const one = buf.subarray(0, n);
    out.set(typeof crypto.hash === 'function' ? crypto.hash('sha512', one, 'buffer') : crypto.createHash('sha512').update(one).digest());
    return [n, 1];
  }
  const h = crypto.createHash('sha512');
  let bytes = 0;
  let reads = 1;
  while (n > 0) {
    h.update(n === READ_BUFFER_BYTES ? buf : buf.subarray(0, n));
    bytes += n;
    if (n < READ_BUFFER_BYTES && bytes >= size) break;
    n = readSync(fd, buf, 0, READ_BUFFER_BYTES, null);
    reads += 1;
  }
  out.set(h.digest());
  return [bytes, reads];
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const code = err?.code ?? String(err?.message);
  if (code === 'ELOOP') return 'became a symbolic link while being checked; it is not read';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code})`;
}

/** Hash one file into `out`; returns its size and modification time, or why it was not hashed. */
function hashOne(path: string, htaccess: boolean, out: Uint8Array): { size: number; mtime: number } | string {
  let fd: number | undefined;
  try {
    fd = openSync(path, FLAGS);
    const st = fstatSync(fd);
    if (!st.isFile()) return 'not a regular file when opened; it is not read';
    const [bytes, reads] = htaccess ? hashHtaccess(fd, out) : hashFile(fd, st.size, out);
    // A file written while it was read has no single content to vouch for. One read(2) that
    // returns the whole size sees one state of the file; only longer reads need a second look.
    let changed = bytes !== st.size;
    if (!changed && reads > 1) {
      const after = fstatSync(fd);
      changed = after.size !== st.size || after.mtimeMs !== st.mtimeMs;
    }
    return changed ? 'changed while it was being read; its hash is not trusted' : { size: bytes, mtime: st.mtimeMs };
  } catch (e) {
    return describe(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Hash a batch of files: what a worker replies (also run on the calling thread for small trees). */
export function hashBatch(msg: HashRequest): HashReply {
  const paths = msg.paths.split('\0');
  const htaccess = new Set(msg.htaccess);
  const digests = new Uint8Array(paths.length * 64);
  const sizes = new Float64Array(paths.length);
  const mtimes = new Float64Array(paths.length);
  let problems: Record<number, string> | null = null;
  paths.forEach((path, i) => {
    const outcome = hashOne(path, htaccess.has(i), digests.subarray(i * 64, i * 64 + 64));
    if (typeof outcome === 'string') (problems ??= {})[i] = outcome;
    else [sizes[i], mtimes[i]] = [outcome.size, outcome.mtime];
  });
  return { id: msg.id, digests: digests.buffer, sizes, mtimes, problems };
}

/** Look at a batch of files again: which changed since they were hashed. */
export function statBatch(msg: StatRequest): StatReply {
  const paths = Buffer.from(msg.paths.buffer, msg.paths.byteOffset, msg.paths.byteLength).toString('utf8').split('\0');
  let changed: Record<number, string> | null = null;
  paths.forEach((path, i) => {
    const st = statSync(path, { throwIfNoEntry: false });
    // A size of -1: a folder, where only the modification time counts.
    const modified = st !== undefined && ((msg.sizes[i] !== -1 && st.size !== msg.sizes[i]) || st.mtimeMs !== msg.mtimes[i]);
    if (st === undefined) (changed ??= {})[i] = 'disappeared';
    else if (modified) (changed ??= {})[i] = 'was modified';
  });
  return { id: msg.id, changed };
}
