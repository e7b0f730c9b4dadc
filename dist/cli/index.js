#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(234);
/* harmony import */ var _engine_hashing_prestart_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1794);
/** Entry point of the `code-integrity` command (bundled to dist/cli.js). */



// An interrupted command removes what it had not finished writing, then exits 130 / 143.
(0,_engine_cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .exitOnSignals */ .Lx)();
// The hashing workers start before the rest of the CLI is loaded (it is a separate chunk),
// when a tree to hash looks large; the arguments that are not options are the candidates.
const command = process.argv[2];
if (command === 'verify' || command === 'sign') {
    const operands = process.argv.slice(3).filter((arg) => !arg.startsWith('-'));
    (0,_engine_hashing_prestart_js__WEBPACK_IMPORTED_MODULE_2__/* .prestartHashPool */ .uU)(operands.length > 0 ? operands : ['.']);
}
const { main } = await __nccwpck_require__.e(/* import() */ 3).then(__nccwpck_require__.bind(__nccwpck_require__, 6003));
// A reader that stops early (`| head`) closes the pipe: stop writing and finish quietly, with
// the command's own exit code, instead of dying on EPIPE with a stack trace.
let stdoutClosed = false;
process.stdout.on('error', (e) => {
    if (e.code !== 'EPIPE')
        throw e;
    stdoutClosed = true;
});
const code = await main(process.argv.slice(2), {
    stdout: (text) => {
        if (!stdoutClosed)
            process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    readStdin: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8'),
});
await (0,_engine_hashing_prestart_js__WEBPACK_IMPORTED_MODULE_2__/* .closePrestartedHashPool */ .$k)();
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5724:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ crc32)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/**
 * CRC-32 (the zip checksum): node:zlib's native crc32 where Node has it (20.15+, 22.2+),
 * otherwise a table-driven fallback.
 */

const TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++)
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    TABLE[n] = c;
}
function crc32Js(data, value = 0) {
    let c = ~value;
    for (let i = 0; i < data.length; i++)
        c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
    return ~c >>> 0;
}
const native = node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32;
/** The CRC-32 of `data`, continuing from `value` (the CRC of the bytes before it). */
const crc32 = typeof native === 'function' ? (d, v = 0) => native(d, v) >>> 0 : crc32Js;


/***/ }),

/***/ 234:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ exitOnSignals),
/* harmony export */   _r: () => (/* binding */ release),
/* harmony export */   mF: () => (/* binding */ releaseTree),
/* harmony export */   pt: () => (/* binding */ removeTreeOnInterrupt),
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* unused harmony export removePending */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Files a command must not leave behind when it is interrupted: signing's temporary
 * signature file until it is renamed into place, packaging's temporary archive and staged
 * copy. The entry points remove them on SIGINT and SIGTERM (see `exitOnSignals`), so an
 * interrupted sign or package leaves everything as it was.
 */

const pending = new Set();
const pendingTrees = new Set();
/** `path` is removed if the process is interrupted before `release(path)`. */
function removeOnInterrupt(path) {
    pending.add(path);
}
/** `path` was renamed into place or removed: nothing to clean up for it any more. */
function release(path) {
    pending.delete(path);
}
/** The folder `path` and all it holds are removed if the process is interrupted before `releaseTree(path)`. */
function removeTreeOnInterrupt(path) {
    pendingTrees.add(path);
}
/** `path` was removed: nothing to clean up for it any more. */
function releaseTree(path) {
    pendingTrees.delete(path);
}
/** Remove every pending file and folder now (synchronously: the process is about to exit). */
function removePending() {
    for (const path of pending) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
        }
        catch {
            // already gone
        }
    }
    pending.clear();
    for (const path of pendingTrees)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { recursive: true, force: true });
    pendingTrees.clear();
}
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/**
 * On SIGINT or SIGTERM: remove the pending files, then exit with 128 + the signal's number
 * (130, 143), as a shell reports a command a signal stopped.
 */
function exitOnSignals() {
    for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
        process.once(signal, () => {
            removePending();
            process.exit(code);
        });
    }
}


/***/ }),

/***/ 7326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vO: () => (/* binding */ HashPool),
  fG: () => (/* binding */ hashEntries)
});

// UNUSED EXPORTS: defaultWorkerCount

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/engine/worker-entry.ts + 1 modules
var worker_entry = __nccwpck_require__(8271);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/engine/rules/htaccess.ts
var htaccess = __nccwpck_require__(4726);
;// CONCATENATED MODULE: ./src/engine/hashing/batch.ts
/**
 * Hashing a batch of files, and looking at them again after signing: the work of a hashing
 * worker (worker.ts), kept apart so that a small tree can run it on the calling thread
 * instead of starting workers (pool.ts). It opens each file without following links (the
 * walk already resolved and vetted link targets), refuses anything that is not a regular
 * file when opened, and reads through one reused buffer, so memory does not grow with file
 * size.
 */



/** Read size per read(2): big enough that syscalls do not matter, small enough to stay in cache. */
const READ_BUFFER_BYTES = 256 * 1024;
let reused = null;
const readBuffer = () => (reused ??= Buffer.allocUnsafe(READ_BUFFER_BYTES));
const FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** The root .htaccess: hashed whole and up to the marker at once, in one pass (rules/htaccess.ts). */
function hashHtaccess(fd, out) {
    const buf = readBuffer();
    const whole = external_node_crypto_.createHash('sha512');
    const marker = new htaccess/* MarkerHasher */.qE();
    let bytes = 0;
    let reads = 0;
    for (let n = (0,external_node_fs_.readSync)(fd, buf, 0, READ_BUFFER_BYTES, null); n > 0; n = (0,external_node_fs_.readSync)(fd, buf, 0, READ_BUFFER_BYTES, null)) {
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
function hashFile(fd, size, out) {
    const buf = readBuffer();
    // Most files fit one read: hash them in one call, skipping the read(2) that would only
    // confirm the end once fstat's size is reached.
    let n = (0,external_node_fs_.readSync)(fd, buf, 0, READ_BUFFER_BYTES, null);
    if (n < READ_BUFFER_BYTES && n >= size) {
        // crypto.hash (one call, no Hash object) exists from Node 20.12 on.
        const one = buf.subarray(0, n);
        out.set(typeof external_node_crypto_.hash === 'function' ? external_node_crypto_.hash('sha512', one, 'buffer') : external_node_crypto_.createHash('sha512').update(one).digest());
        return [n, 1];
    }
    const h = external_node_crypto_.createHash('sha512');
    let bytes = 0;
    let reads = 1;
    while (n > 0) {
        h.update(n === READ_BUFFER_BYTES ? buf : buf.subarray(0, n));
        bytes += n;
        if (n < READ_BUFFER_BYTES && bytes >= size)
            break;
        n = (0,external_node_fs_.readSync)(fd, buf, 0, READ_BUFFER_BYTES, null);
        reads += 1;
    }
    out.set(h.digest());
    return [bytes, reads];
}
function describe(e) {
    const err = e;
    const code = err?.code ?? String(err?.message);
    if (code === 'ELOOP')
        return 'became a symbolic link while being checked; it is not read';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    return `cannot be read (${code})`;
}
/** Hash one file into `out`; returns its size and modification time, or why it was not hashed. */
function hashOne(path, htaccess, out) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, FLAGS);
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return 'not a regular file when opened; it is not read';
        const [bytes, reads] = htaccess ? hashHtaccess(fd, out) : hashFile(fd, st.size, out);
        // A file written while it was read has no single content to vouch for. One read(2) that
        // returns the whole size sees one state of the file; only longer reads need a second look.
        let changed = bytes !== st.size;
        if (!changed && reads > 1) {
            const after = (0,external_node_fs_.fstatSync)(fd);
            changed = after.size !== st.size || after.mtimeMs !== st.mtimeMs;
        }
        return changed ? 'changed while it was being read; its hash is not trusted' : { size: bytes, mtime: st.mtimeMs };
    }
    catch (e) {
        return describe(e);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Hash a batch of files: what a worker replies (also run on the calling thread for small trees). */
function hashBatch(msg) {
    const paths = msg.paths.split('\0');
    const htaccess = new Set(msg.htaccess);
    const digests = new Uint8Array(paths.length * 64);
    const sizes = new Float64Array(paths.length);
    const mtimes = new Float64Array(paths.length);
    let problems = null;
    paths.forEach((path, i) => {
        const outcome = hashOne(path, htaccess.has(i), digests.subarray(i * 64, i * 64 + 64));
        if (typeof outcome === 'string')
            (problems ??= {})[i] = outcome;
        else
            [sizes[i], mtimes[i]] = [outcome.size, outcome.mtime];
    });
    return { id: msg.id, digests: digests.buffer, sizes, mtimes, problems };
}
/** Look at a batch of files again: which changed since they were hashed. */
function statBatch(msg) {
    const paths = Buffer.from(msg.paths.buffer, msg.paths.byteOffset, msg.paths.byteLength).toString('utf8').split('\0');
    let changed = null;
    paths.forEach((path, i) => {
        const st = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
        // A size of -1: a folder, where only the modification time counts.
        const modified = st !== undefined && ((msg.sizes[i] !== -1 && st.size !== msg.sizes[i]) || st.mtimeMs !== msg.mtimes[i]);
        if (st === undefined)
            (changed ??= {})[i] = 'disappeared';
        else if (modified)
            (changed ??= {})[i] = 'was modified';
    });
    return { id: msg.id, changed };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./src/engine/archive/crc32.ts
var crc32 = __nccwpck_require__(5724);
;// CONCATENATED MODULE: ./src/engine/hashing/inflate.ts
/**
 * Zip entries' data, inflated and hashed off the main thread (a hashing worker runs it;
 * archive/zip-parallel.ts sends the entries in batches). Only the facts come back (digest,
 * size, CRC, how much of the compressed data the stream used, zlib's error): the checks and
 * their messages stay with the zip reader, the same for entries read on the main thread.
 */



function inflateOne(compressed, method, usize, digest) {
    let out = compressed;
    let consumed = compressed.length;
    if (method !== 0) {
        try {
            const inflated = (0,external_node_zlib_.inflateRawSync)(compressed, { info: true, maxOutputLength: Math.max(1, usize + 1) });
            out = inflated.buffer;
            consumed = inflated.engine.bytesWritten;
        }
        catch (e) {
            return { size: 0, crc: 0, consumed: 0, error: e.message };
        }
    }
    digest.set((0,external_node_crypto_.createHash)('sha512').update(out).digest());
    return { size: out.length, crc: (0,crc32/* crc32 */.Q)(out), consumed, error: null };
}
function inflateAndHash(msg) {
    const digests = new Uint8Array(64 * msg.lengths.length);
    const entries = [];
    let at = 0;
    msg.lengths.forEach((length, i) => {
        const compressed = Buffer.from(msg.data.buffer, msg.data.byteOffset + at, length);
        at += length;
        entries.push(inflateOne(compressed, msg.methods[i], msg.usizes[i], digests.subarray(64 * i, 64 * i + 64)));
    });
    return { id: msg.id, digests: digests.buffer, entries };
}

;// CONCATENATED MODULE: ./src/engine/hashing/hash-run.ts
/** Files per batch: small first so every worker starts at once, then larger (fewer messages). */
const FIRST_BATCH_FILES = 4;
const MAX_BATCH_FILES = 128;
/**
 * One `hash()` call's state: the batch being gathered (consecutive walk positions, growing from
 * a few files to MAX_BATCH_FILES), the progress, and one reused outcome object for the sink.
 */
class HashRun {
    sink;
    onProgress;
    progress = { files: 0, bytes: 0 };
    outcome = { seq: 0, digest: Buffer.alloc(0), offset: 0, problem: undefined, bytes: 0, mtimeMs: 0 };
    noDigest = Buffer.alloc(64);
    batch = { paths: [], htaccess: [], first: 0 };
    batchFiles = FIRST_BATCH_FILES;
    constructor(sink, onProgress) {
        this.sink = sink;
        this.onProgress = onProgress;
    }
    get count() {
        return this.batch.paths.length;
    }
    /** Whether the file at `seq` can join the batch (its positions must be consecutive). */
    continues(seq) {
        return this.count === 0 || this.batch.first + this.count === seq;
    }
    add(entry, seq) {
        if (this.count === 0)
            this.batch.first = seq;
        if (entry.htaccess)
            this.batch.htaccess.push(this.count);
        this.batch.paths.push(entry.path);
    }
    full() {
        return this.count >= this.batchFiles;
    }
    /** The batch gathered so far (null when empty); the next one may be twice as large. */
    take() {
        if (this.count === 0)
            return null;
        const batch = this.batch;
        this.batch = { paths: [], htaccess: [], first: 0 };
        this.batchFiles = Math.min(MAX_BATCH_FILES, this.batchFiles * 2);
        return batch;
    }
    /** A file that is never read (a link out of the tree, a FIFO): its problem goes to the sink at once. */
    unreadable(seq, problem) {
        this.emit(seq, this.noDigest, 0, problem, 0, 0);
        this.progress.files += 1;
    }
    /** A file an upstream rule hashed already: its outcome goes to the sink at once. */
    precomputed(seq, file) {
        this.emit(seq, file.digest, 0, undefined, file.bytes, file.mtimeMs);
        this.progress.files += 1;
        this.progress.bytes += file.bytes;
    }
    /** A worker's reply for `batch`: each file's outcome to the sink, in the batch's order. */
    deliver(msg, batch) {
        const digest = Buffer.from(msg.digests);
        for (let i = 0; i < batch.paths.length; i++) {
            const problem = msg.problems?.[i];
            const ok = problem === undefined;
            this.emit(batch.first + i, digest, i * 64, problem, ok ? msg.sizes[i] : 0, ok ? msg.mtimes[i] : 0);
            this.progress.bytes += this.outcome.bytes;
        }
        this.progress.files += batch.paths.length;
        this.onProgress?.({ ...this.progress });
    }
    emit(seq, digest, offset, problem, bytes, mtimeMs) {
        const o = this.outcome;
        o.seq = seq;
        o.digest = digest;
        o.offset = offset;
        o.problem = problem;
        o.bytes = bytes;
        o.mtimeMs = mtimeMs;
        this.sink(o);
    }
}

;// CONCATENATED MODULE: ./src/engine/hashing/pool.ts
/**
 * SHA-512 of many files, spread over worker threads (one per core), overlapped with the walk.
 *
 * The walk is pulled only while a worker has room (at most two batches queued per worker),
 * so paths in flight stay bounded whatever the tree size. Files travel in batches as one
 * NUL-joined string; digests come back as one binary buffer per batch (transferred, not
 * copied) and are handed to a sink one file at a time, so no per-file object outlives its
 * batch: what is kept, and how compactly, is the caller's choice. Each worker reads through
 * one reused buffer, so memory does not grow with file size.
 *
 * A small tree is hashed on the calling thread: a pool that is not started up front runs
 * its first batches itself (the same batch code the workers run, batch.ts) and starts the
 * workers only once those pass a few thousand files or tens of MiB. Starting a worker costs
 * tens of milliseconds of CPU, more than hashing a typical app takes.
 */





/** A hashing worker: the bundled hash-worker.js in dist/, or worker.ts from the sources. */
function startWorker() {
    return (0,worker_entry/* startModuleWorker */.pw)(import.meta.url, { bundled: 'hash-worker.js', source: 'worker.ts' });
}
/**
 * Batches queued per worker: enough that the workers keep hashing while the main thread is
 * busy for a few milliseconds (reading the signature, listing a large folder), few enough
 * that the last batches spread evenly. While a worker is still starting (tens of
 * milliseconds) the walk may run further ahead, so there is work waiting when it is ready.
 */
const IN_FLIGHT_PER_WORKER = 4;
const IN_FLIGHT_WHILE_STARTING = 24;
/** What a pool not started up front hashes on the calling thread before it starts its workers. */
const INLINE_FILES = 1000;
const INLINE_BYTES = 32 << 20;
function defaultWorkerCount() {
    return Math.max(1, (0,external_node_os_.availableParallelism)());
}
/**
 * Worker threads that hash batches of files (and, for signing, check them again). Start it
 * early: the threads' start-up overlaps whatever the caller does next. Always `close()` it.
 */
class HashPool {
    workers = [];
    load = [];
    /** Whether each worker has answered once (it is running, not starting). */
    started = [];
    pending = new Map();
    nextId = 0;
    failure = null;
    /** Rejected with the failure: what a caller waiting on a single result races against. */
    failed;
    failWith = () => undefined;
    wake = null;
    workerCount;
    /** Files and bytes the calling thread may still hash before the workers start (none once they run). */
    inline = { files: 0, bytes: 0 };
    /** `startNow: false`: hash on the calling thread first, start the workers only when the tree is not small. */
    constructor(workerCount = defaultWorkerCount(), { startNow = true } = {}) {
        this.workerCount = Math.max(1, workerCount);
        this.failed = new Promise((_, reject) => (this.failWith = reject));
        this.failed.catch(() => undefined);
        if (startNow)
            this.startWorkers();
        else
            this.inline = { files: INLINE_FILES, bytes: INLINE_BYTES };
    }
    /**
     * No worker runs yet: the next batches are hashed on the calling thread, so starting them
     * early overlaps nothing (a caller may as well hash once it knows what to expect).
     */
    get hashesOnCallingThread() {
        return this.workers.length === 0;
    }
    startWorkers() {
        this.inline = { files: 0, bytes: 0 };
        for (let w = 0; w < this.workerCount; w++) {
            const worker = startWorker();
            worker.on('message', (msg) => {
                const job = this.pending.get(msg.id);
                if (!job)
                    return;
                this.pending.delete(msg.id);
                this.load[job.worker] = (this.load[job.worker] ?? 1) - 1;
                this.started[job.worker] = true;
                job.reply(msg);
                this.notify();
            });
            worker.on('error', (e) => {
                this.failure = e;
                this.failWith(e);
                this.notify();
            });
            worker.on('exit', (code) => {
                if (this.pending.size > 0 && !this.failure)
                    this.failure = new Error(`a hashing worker stopped unexpectedly (exit code ${code})`);
                if (this.failure)
                    this.failWith(this.failure);
                this.notify();
            });
            this.workers.push(worker);
            this.load.push(0);
            this.started.push(false);
        }
    }
    close() {
        return Promise.all(this.workers.map((w) => w.terminate()));
    }
    notify() {
        const w = this.wake;
        this.wake = null;
        w?.();
    }
    async sleep(signal) {
        if (this.failure)
            throw this.failure;
        signal?.throwIfAborted();
        await new Promise((resolve) => (this.wake = resolve));
        if (this.failure)
            throw this.failure;
        signal?.throwIfAborted();
    }
    leastLoaded() {
        let best = -1;
        let bestLoad = Infinity;
        for (let w = 0; w < this.load.length; w++) {
            const l = this.load[w];
            if (l < (this.started[w] ? IN_FLIGHT_PER_WORKER : IN_FLIGHT_WHILE_STARTING) && l < bestLoad) {
                best = w;
                bestLoad = l;
            }
        }
        return best;
    }
    /** Run a batch on this thread while the tree is small; false once the workers must take over. */
    runInline(message, reply) {
        if (this.workers.length > 0)
            return false;
        if (message.op === 'inflate') {
            reply(inflateAndHash({ ...message, id: 0 })); // one reply shape per op
            return true;
        }
        if (this.inline.files <= 0 || this.inline.bytes <= 0) {
            this.startWorkers();
            return false;
        }
        if (message.op === 'stat') {
            reply({
                ...statBatch({ ...message, id: 0 }),
                digests: new ArrayBuffer(0),
                sizes: message.sizes,
                mtimes: message.mtimes,
                problems: null,
            });
            return true;
        }
        const result = hashBatch({ ...message, id: 0 });
        this.inline.files -= result.sizes.length;
        for (const size of result.sizes)
            this.inline.bytes -= size;
        reply({ ...result, changed: null });
        return true;
    }
    async send(message, reply, signal, transfer = []) {
        if (this.runInline(message, reply))
            return;
        let w = this.leastLoaded();
        while (w < 0) {
            await this.sleep(signal);
            w = this.leastLoaded();
        }
        if (this.failure)
            throw this.failure;
        const id = this.nextId++;
        this.pending.set(id, { worker: w, reply });
        this.load[w] = (this.load[w] ?? 0) + 1;
        this.workers[w].postMessage({ ...message, id }, transfer);
    }
    async drain(signal) {
        while (this.pending.size > 0)
            await this.sleep(signal);
        if (this.failure)
            throw this.failure;
    }
    idleWorker() {
        return this.load.includes(0);
    }
    /**
     * Hash every entry of `entries` (a walk); `sink` receives each file's outcome as its batch
     * completes, and entries with a `problem` without being read. `walked`, when given, hears of each entry
     * (its walk position and name) as it is taken from the walk, before its outcome.
     */
    async hash(entries, sink, options = {}, walked) {
        const { signal } = options;
        // An abort wakes a waiting loop, which then throws the reason.
        const onAbort = () => this.notify();
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
            return await this.hashAll(entries, sink, options, walked);
        }
        finally {
            signal?.removeEventListener('abort', onAbort);
        }
    }
    async hashAll(entries, sink, options, walked) {
        const { signal } = options;
        const run = new HashRun(sink, options.onProgress);
        let seq = 0;
        for (const entry of entries) {
            if (signal?.aborted)
                signal.throwIfAborted();
            walked?.(seq, entry.rel);
            if (entry.problem) {
                run.unreadable(seq++, entry.problem); // never read: reported straight away
                continue;
            }
            if (entry.precomputed) {
                run.precomputed(seq++, entry.precomputed);
                continue;
            }
            // A problem or precomputed entry interrupted the run of positions: the batch so far goes first.
            if (!run.continues(seq))
                await this.flush(run, signal);
            run.add(entry, seq++);
            // Send a batch when it is full, or early when a worker would otherwise sit idle.
            if (run.full() || (run.count >= FIRST_BATCH_FILES && this.idleWorker()))
                await this.flush(run, signal);
        }
        await this.flush(run, signal);
        await this.drain(signal);
        return run.progress;
    }
    /** Send the batch `run` has gathered to the least loaded worker. */
    async flush(run, signal) {
        const batch = run.take();
        if (batch === null)
            return;
        await this.send({ op: 'hash', paths: batch.paths.join('\0'), htaccess: batch.htaccess }, (msg) => run.deliver(msg, batch), signal);
    }
    /**
     * Inflate (or take as stored) a batch of zip entries' data on a worker, and hash each (see
     * InflateRequest); `request.data`'s buffer is transferred. Resolves once a worker took the
     * batch, with the promise of its result: the caller may send more meanwhile.
     */
    async inflate(request) {
        let done = () => undefined;
        const result = new Promise((resolve) => (done = resolve));
        const transfer = [request.data.buffer];
        await this.send({ op: 'inflate', ...request }, (msg) => done(msg), undefined, transfer);
        return { result: Promise.race([result, this.failed]) };
    }
    /** Which files of `batches` changed since they were hashed: index (over all batches) → "was modified" / "disappeared". */
    async check(batches) {
        const changed = new Map();
        let first = 0;
        for (const batch of batches) {
            const base = first;
            first += batch.sizes.length;
            const message = { op: 'stat', paths: batch.paths, sizes: batch.sizes, mtimes: batch.mtimes };
            await this.send(message, (msg) => {
                for (const [i, what] of Object.entries(msg.changed ?? {}))
                    changed.set(base + Number(i), what);
            });
        }
        await this.drain();
        return changed;
    }
}
/** Hash with `options.pool`, or with a pool of its own started and stopped here. */
async function hashEntries(entries, sink, options = {}, walked) {
    if (options.pool)
        return options.pool.hash(entries, sink, options, walked);
    const pool = new HashPool(options.workers);
    try {
        return await pool.hash(entries, sink, options, walked);
    }
    finally {
        await pool.close();
    }
}


/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ closePrestartedHashPool),
/* harmony export */   kv: () => (/* binding */ takeHashPool),
/* harmony export */   uU: () => (/* binding */ prestartHashPool)
/* harmony export */ });
/* unused harmony export looksLarge */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _pool_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7326);
/**
 * When the hashing workers start. A large tree wants them started before the rest of the
 * program is even loaded (their start-up then overlaps loading and planning); a small app,
 * or an archive (hashed on the main thread as it streams), is done before they would be
 * ready, and starting them costs more CPU than its hashing. The entry points ask here with
 * the paths they were given; the size of the signature file that lists the tree is a cheap
 * measure of its file count (about 150 bytes a file).
 */



/** A signature listing more files than this (about 1,000) marks a tree worth starting the workers for at once. */
const LARGE_SIGNATURE_BYTES = 150 * 1024;
let prestarted = null;
function signatureBytes(dir) {
    let largest = -1;
    for (const rel of ['core/signature.json', 'appinfo/signature.json']) {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, rel), { throwIfNoEntry: false });
        if (st?.isFile())
            largest = Math.max(largest, st.size);
    }
    return largest;
}
/**
 * Whether any of `paths` is a folder whose signature lists a large tree, or a folder
 * without any signature file (signing: nothing tells its size, so the workers start).
 */
function looksLarge(paths) {
    return paths.some((path) => {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
        if (!st?.isDirectory())
            return false;
        const bytes = signatureBytes(path);
        return bytes < 0 || bytes > LARGE_SIGNATURE_BYTES;
    });
}
/**
 * Start the workers now (the entry points call this first for commands that hash, with the
 * paths to hash when they know them). Small trees and archives start none here: the pool
 * `takeHashPool` hands over then hashes on the calling thread until the tree proves large.
 */
function prestartHashPool(paths) {
    if (paths !== undefined && !looksLarge(paths))
        return;
    prestarted ??= new _pool_js__WEBPACK_IMPORTED_MODULE_2__/* .HashPool */ .vO();
}
/** The prestarted pool, or one that starts its workers only if the tree is not small; the caller closes it. */
function takeHashPool() {
    const pool = prestarted ?? new _pool_js__WEBPACK_IMPORTED_MODULE_2__/* .HashPool */ .vO(undefined, { startNow: false });
    prestarted = null;
    return pool;
}
/** Close a prestarted pool nobody took (a command that failed before hashing). */
function closePrestartedHashPool() {
    const pool = prestarted;
    prestarted = null;
    return pool ? pool.close() : Promise.resolve();
}


/***/ }),

/***/ 4726:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ rootHtaccessHash),
/* harmony export */   Sp: () => (/* binding */ HTACCESS_MARKER),
/* harmony export */   qE: () => (/* binding */ MarkerHasher)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The root `.htaccess` rule (nextcloud-spec.md §A.3 step 3): the installer writes its own
 * lines below a marker, so upstream splits the file on the marker and, when it occurs exactly
 * once (explode() gives two parts), hashes only what comes before it (the marker excluded, the
 * newline before it included). Otherwise the whole file is hashed.
 */
const HTACCESS_MARKER = '#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####';
const MARKER = Buffer.from(HTACCESS_MARKER, 'utf8');
/**
 * The rule, streamed: the hash of the part before the marker is computed while the bytes pass
 * (a file of any size costs at most the marker's length in memory), alongside the caller's
 * whole-file hash. `digest()` says which of the two upstream stores.
 */
class MarkerHasher {
    prefix = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
    /** Bytes not yet known to be outside a marker (at most MARKER.length - 1). */
    carry = Buffer.alloc(0);
    /** Markers seen so far (we only care about 0, 1 or "2 or more"). */
    found = 0;
    update(chunk) {
        if (this.found >= 2)
            return;
        const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
        const at = data.indexOf(MARKER);
        if (at >= 0) {
            if (this.found === 0) {
                this.prefix.update(data.subarray(0, at));
                this.found = 1;
                // Non-overlapping, like explode(): the next search starts after this marker.
                this.carry = Buffer.alloc(0);
                this.update(data.subarray(at + MARKER.length));
                return;
            }
            this.found = 2;
            this.carry = Buffer.alloc(0);
            return;
        }
        const keep = Math.min(data.length, MARKER.length - 1);
        if (this.found === 0)
            this.prefix.update(data.subarray(0, data.length - keep));
        this.carry = Buffer.from(data.subarray(data.length - keep));
    }
    /** The hash upstream stores when the marker occurs exactly once, else null (the whole file's hash counts). */
    digest() {
        return this.found === 1 ? this.prefix.digest('hex') : null;
    }
}
/** The hash upstream stores for the root .htaccess with content `bytes` (the rule above, on a whole buffer). */
function rootHtaccessHash(bytes) {
    const marker = new MarkerHasher();
    marker.update(bytes);
    return marker.digest() ?? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(bytes).digest('hex');
}


/***/ }),

/***/ 8271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vG: () => (/* binding */ besideModule),
  w: () => (/* binding */ runsFromSource),
  pw: () => (/* binding */ startModuleWorker)
});

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/engine/worker-entry.ts
/**
 * Where a worker thread's code and other files beside the code are: in dist/ the bundled
 * files beside the bundle; from the sources (tests, tsx, @github/local-action) the TypeScript
 * file, after registering the TypeScript loader in the worker too (Node 20 does not pass
 * loader hooks on to workers). File names are built at run time so that the bundler leaves
 * them alone.
 */

/** Whether the module at `moduleUrl` runs from its TypeScript source rather than from dist/ (a loader may add a query). */
function runsFromSource(moduleUrl) {
    return new URL(moduleUrl).pathname.endsWith('.ts');
}
/** The file `name` in the folder of the module at `moduleUrl`. */
function besideModule(moduleUrl, name) {
    return new URL(['.', name].join('/'), moduleUrl);
}
/** A worker running `files.bundled` (from dist/) or `files.source` (from the sources), both beside `moduleUrl`. */
function startModuleWorker(moduleUrl, files, options = {}) {
    if (!runsFromSource(moduleUrl))
        return new external_node_worker_threads_namespaceObject.Worker(besideModule(moduleUrl, files.bundled), options);
    const tsx = import.meta.resolve('tsx/esm/api');
    const source = besideModule(moduleUrl, files.source).href;
    const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); });`;
    return new external_node_worker_threads_namespaceObject.Worker(code, { ...options, eval: true });
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
