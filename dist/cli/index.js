#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(234);
/* harmony import */ var _engine_hash_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2384);
/** Entry point of the `code-integrity` command (bundled to dist/cli.js). */



// An interrupted command removes what it had not finished writing, then exits 130 / 143.
(0,_engine_cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .exitOnSignals */ .Lx)();
// The hashing workers start before the rest of the CLI is loaded (it is a separate chunk).
const command = process.argv[2];
if (command === 'verify' || command === 'sign')
    (0,_engine_hash_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .prestartHashPool */ .uU)();
const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(581), __nccwpck_require__.e(2)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5002));
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
await (0,_engine_hash_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .closePrestartedHashPool */ .$k)();
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 234:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ exitOnSignals),
/* harmony export */   _r: () => (/* binding */ release),
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* unused harmony export removePending */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Files a command must not leave behind when it is interrupted: signing's temporary
 * signature file until it is renamed into place. The entry points remove them on SIGINT and
 * SIGTERM (see `exitOnSignals`), so an interrupted sign leaves the tree as it was.
 */

const pending = new Set();
/** `path` is removed if the process is interrupted before `release(path)`. */
function removeOnInterrupt(path) {
    pending.add(path);
}
/** `path` was renamed into place or removed: nothing to clean up for it any more. */
function release(path) {
    pending.delete(path);
}
/** Remove every pending file now (synchronously: the process is about to exit). */
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

/***/ 6060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ displayText),
/* harmony export */   f: () => (/* binding */ displayJson)
/* harmony export */ });
/**
 * Showing text that comes from a checked tree: file names, app ids, certificate subjects and
 * the messages that quote them. They are hostile input. Printed raw, a newline followed by
 * `::warning::` forges a workflow command, `##[` anywhere on a line is one too (the runner's
 * legacy syntax), a bare CR ends a Markdown table row, ESC sequences repaint a terminal and
 * bidi controls make a name read as another.
 *
 * `displayText` is the one function every reporter and front end uses for such text: it keeps
 * ordinary text (including non-ASCII names) as it is and renders every control character
 * visibly, as a backslash escape, on one line. Machine formats that escape by construction
 * (JSON, the occ-compatible formats) keep the exact bytes instead.
 */
/** Characters shown as escapes: C0 and C1 controls, DEL, line/paragraph separators, bidi and invisible format controls, lone surrogates. */
const UNSAFE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeChar(c) {
    const named = NAMED[c];
    if (named !== undefined)
        return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * `text` safe to print on one line of a log, a terminal or a Markdown summary: control
 * characters as visible escapes (`\n`, `\r`, `\x1b`, `\u2028`, …), the runner's legacy command
 * marker `##[` broken as `##\[`, and a leading `::` (after spaces) broken as `:\:`, so the
 * text can never start or contain a workflow command wherever it is placed on a line.
 */
function displayText(text) {
    let out = text.replace(UNSAFE, escapeChar);
    if (out.includes('##['))
        out = out.replace(/##\[/g, '##\\[');
    return out.replace(/^(\s*):(?=:)/, '$1:\\');
}
/** Characters JSON may hold raw that displayJson writes as `\uXXXX` (C0 controls and lone surrogates are escaped by every encoder already). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
/**
 * JSON text safe to print in a CI log or a terminal, with the same value. JSON escaping keeps
 * C0 controls and line breaks out, but leaves DEL, C1 controls, U+2028/U+2029 and bidi
 * controls raw, and the runner's legacy command marker `##[` is plain text inside a string:
 * those are written as `\uXXXX` escapes (`##[` as `##\u005b`), which every JSON reader decodes
 * to the same characters. Outside strings JSON is ASCII without `#`, so only strings change.
 */
function displayJson(json) {
    let out = json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (out.includes('##['))
        out = out.replace(/##\[/g, '##\\u005b');
    return out;
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ describeFsError),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/**
 * Errors that are the user's to fix (bad path, unreadable key, wrong passphrase, bad PEM).
 * Front ends print `message` and `hint` on one or two lines and exit with code 2; they
 * never print a stack trace for these.
 */
class UsageError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = 'UsageError';
    }
}
/** Why a file could not be read, in words ("does not exist", "is a folder", …). */
function describeFsError(e, folderMeaning = 'is a folder') {
    const code = e.code;
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'is not readable (permission denied)';
    if (code === 'EISDIR')
        return folderMeaning;
    return `cannot be read (${code ?? e.message})`;
}


/***/ }),

/***/ 2384:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vO: () => (/* binding */ HashPool),
  $k: () => (/* binding */ closePrestartedHashPool),
  fG: () => (/* binding */ hashEntries),
  uU: () => (/* binding */ prestartHashPool),
  kv: () => (/* binding */ takeHashPool)
});

// UNUSED EXPORTS: defaultWorkerCount

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/engine/profiles.ts
var profiles = __nccwpck_require__(3774);
;// CONCATENATED MODULE: ./src/engine/hash/pool.ts
/**
 * SHA-512 of many files, spread over worker threads (one per core), overlapped with the walk.
 *
 * The walk is pulled only while a worker has room (at most two batches queued per worker),
 * so paths in flight stay bounded whatever the tree size. Files travel in batches as one
 * NUL-joined string; digests come back as one binary buffer per batch (transferred, not
 * copied) and are handed to a sink one file at a time, so no per-file object outlives its
 * batch: what is kept, and how compactly, is the caller's choice. Each worker reads through
 * one reused buffer, so memory does not grow with file size.
 */



/** Read size per `read(2)`; big enough that syscalls do not matter, small enough to stay in cache. */
const READ_BUFFER_BYTES = 256 * 1024;
/**
 * The worker's code, run with `eval: true` so the bundled CLI and Action need no second
 * entry file. Plain CommonJS; it opens without following links (the walk already resolved
 * and vetted link targets), refuses anything that is not a regular file at open time, and
 * reads through one buffer.
 *
 * hash: { id, op: 'hash', paths: 'p1\0p2\0…', htaccess: [indices] } →
 *       { id, digests: ArrayBuffer (64 bytes per file), sizes, mtimes: Float64Array, problems: null | { index: message } }
 * stat: { id, op: 'stat', paths: Uint8Array (UTF-8, NUL-separated), sizes (-1: a folder), mtimes } → { id, changed: null | { index: what happened } }
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const MARKER = Buffer.from(${JSON.stringify(profiles/* HTACCESS_MARKER */.Sp)});
const BUF_SIZE = ${READ_BUFFER_BYTES};
const buf = Buffer.allocUnsafe(BUF_SIZE);
const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0) | (fs.constants.O_NONBLOCK || 0);

function hashHtaccess(fd, out) {
  const chunks = [];
  let n;
  while ((n = fs.readSync(fd, buf, 0, BUF_SIZE, null)) > 0) chunks.push(Buffer.from(buf.subarray(0, n)));
  const all = Buffer.concat(chunks);
  const first = all.indexOf(MARKER);
  // explode() must yield exactly two parts: the marker occurs exactly once.
  const part = first >= 0 && all.indexOf(MARKER, first + MARKER.length) < 0 ? all.subarray(0, first) : all;
  out.set(crypto.createHash('sha512').update(part).digest());
  return [all.length, chunks.length];
}

function hashFile(fd, size, out) {
  // Most files fit one read: hash them in one call, skipping the read(2) that would only
  // confirm the end once fstat's size is reached.
  let n = fs.readSync(fd, buf, 0, BUF_SIZE, null);
  if (n < BUF_SIZE && n >= size) {
    out.set(crypto.hash ? crypto.hash('sha512', buf.subarray(0, n), 'buffer') : crypto.createHash('sha512').update(buf.subarray(0, n)).digest());
    return [n, 1];
  }
  const h = crypto.createHash('sha512');
  let bytes = 0;
  let reads = 1;
  for (;;) {
    if (n === 0) break;
    h.update(n === BUF_SIZE ? buf : buf.subarray(0, n));
    bytes += n;
    if (n < BUF_SIZE && bytes >= size) break;
    n = fs.readSync(fd, buf, 0, BUF_SIZE, null);
    reads += 1;
  }
  out.set(h.digest());
  return [bytes, reads];
}

function describe(e) {
  const code = e && e.code ? e.code : String(e && e.message);
  return code === 'ELOOP' ? 'became a symbolic link while being checked; it is not read'
    : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)'
    : 'cannot be read (' + code + ')';
}

function hashBatch(msg) {
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
      const out = digests.subarray(i * 64, i * 64 + 64);
      const [bytes, reads] = htaccess.has(i) ? hashHtaccess(fd, out) : hashFile(fd, st.size, out);
      // A file written while it was read has no single content to vouch for. One read(2)
      // that returns the whole size sees one state of the file; only longer reads need a
      // second look.
      let changed = bytes !== st.size;
      if (!changed && reads > 1) {
        const after = fs.fstatSync(fd);
        changed = after.size !== st.size || after.mtimeMs !== st.mtimeMs;
      }
      if (changed) {
        (problems || (problems = {}))[i] = 'changed while it was being read; its hash is not trusted';
        continue;
      }
      sizes[i] = bytes;
      mtimes[i] = st.mtimeMs;
    } catch (e) {
      (problems || (problems = {}))[i] = describe(e);
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }
  parentPort.postMessage({ id: msg.id, digests: digests.buffer, sizes, mtimes, problems }, [digests.buffer, sizes.buffer, mtimes.buffer]);
}

function statBatch(msg) {
  const paths = Buffer.from(msg.paths.buffer, msg.paths.byteOffset, msg.paths.byteLength).toString('utf8').split('\\0');
  let changed = null;
  for (let i = 0; i < paths.length; i++) {
    const st = fs.statSync(paths[i], { throwIfNoEntry: false });
    // A size of -1: a folder, where only the modification time counts.
    const what = st === undefined ? 'disappeared' : (msg.sizes[i] !== -1 && st.size !== msg.sizes[i]) || st.mtimeMs !== msg.mtimes[i] ? 'was modified' : null;
    if (what) (changed || (changed = {}))[i] = what;
  }
  parentPort.postMessage({ id: msg.id, changed });
}

parentPort.on('message', (msg) => (msg.op === 'stat' ? statBatch(msg) : hashBatch(msg)));
`;
/** Files per batch: small first so every worker starts at once, then larger (fewer messages). */
const FIRST_BATCH_FILES = 4;
const MAX_BATCH_FILES = 128;
/**
 * Batches queued per worker: enough that the workers keep hashing while the main thread is
 * busy for a few milliseconds (reading the signature, listing a large folder), few enough
 * that the last batches spread evenly. While a worker is still starting (tens of
 * milliseconds) the walk may run further ahead, so there is work waiting when it is ready.
 */
const IN_FLIGHT_PER_WORKER = 4;
const IN_FLIGHT_WHILE_STARTING = 24;
function defaultWorkerCount() {
    return Math.max(1, (0,external_node_os_namespaceObject.availableParallelism)());
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
    wake = null;
    constructor(workerCount = defaultWorkerCount()) {
        for (let w = 0; w < Math.max(1, workerCount); w++) {
            const worker = new external_node_worker_threads_namespaceObject.Worker(WORKER_SOURCE, { eval: true });
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
                this.notify();
            });
            worker.on('exit', (code) => {
                if (this.pending.size > 0 && !this.failure)
                    this.failure = new Error(`a hashing worker stopped unexpectedly (exit code ${code})`);
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
    async send(message, reply, signal) {
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
        this.workers[w].postMessage({ ...message, id });
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
     * Hash every entry of `entries` (a walk); `sink` receives each file's outcome as its
     * batch completes. Entries with a `problem` are passed on without being read.
     */
    /**
     * Hash every entry; each outcome goes to `sink`. `walked`, when given, hears of each entry
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
        const progress = { files: 0, bytes: 0 };
        const outcome = { seq: 0, digest: Buffer.alloc(0), offset: 0, problem: undefined, bytes: 0, mtimeMs: 0 };
        const noDigest = Buffer.alloc(64);
        let paths = [];
        let htaccess = [];
        let count = 0;
        let firstSeq = 0;
        let batchFiles = FIRST_BATCH_FILES;
        const flush = async () => {
            if (count === 0)
                return;
            const batchCount = count;
            const batchFirst = firstSeq;
            await this.send({ op: 'hash', paths: paths.join('\0'), htaccess }, (msg) => {
                const digest = Buffer.from(msg.digests);
                for (let i = 0; i < batchCount; i++) {
                    const problem = msg.problems?.[i];
                    outcome.seq = batchFirst + i;
                    outcome.digest = digest;
                    outcome.offset = i * 64;
                    outcome.problem = problem;
                    outcome.bytes = problem === undefined ? msg.sizes[i] : 0;
                    outcome.mtimeMs = problem === undefined ? msg.mtimes[i] : 0;
                    progress.bytes += outcome.bytes;
                    sink(outcome);
                }
                progress.files += batchCount;
                options.onProgress?.({ ...progress });
            }, signal);
            paths = [];
            htaccess = [];
            count = 0;
            batchFiles = Math.min(MAX_BATCH_FILES, batchFiles * 2);
        };
        let seq = 0;
        for (const entry of entries) {
            if (signal?.aborted)
                signal.throwIfAborted();
            walked?.(seq, entry.rel);
            if (entry.problem) {
                // Never read: reported straight away (they do not wait for a batch).
                outcome.seq = seq++;
                outcome.digest = noDigest;
                outcome.offset = 0;
                outcome.problem = entry.problem;
                outcome.bytes = 0;
                outcome.mtimeMs = 0;
                progress.files += 1;
                sink(outcome);
                continue;
            }
            if (count === 0)
                firstSeq = seq;
            else if (firstSeq + count !== seq) {
                // A problem entry interrupted the run of sequence numbers: start a new batch.
                await flush();
                firstSeq = seq;
            }
            if (entry.htaccess)
                htaccess.push(paths.length);
            paths.push(entry.path);
            count += 1;
            seq += 1;
            // Send a batch when it is full, or early when a worker would otherwise sit idle.
            if (count >= batchFiles || (count >= FIRST_BATCH_FILES && this.idleWorker()))
                await flush();
        }
        await flush();
        await this.drain(signal);
        return progress;
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
let prestarted = null;
/**
 * Start the workers now, before the rest of the program is even loaded (the entry points
 * call this first for commands that hash): their start-up then overlaps loading and
 * planning. `takeHashPool` hands the pool over.
 */
function prestartHashPool(workerCount) {
    prestarted ??= new HashPool(workerCount);
}
/** The prestarted pool, or a new one; the caller closes it. */
function takeHashPool() {
    const pool = prestarted ?? new HashPool();
    prestarted = null;
    return pool;
}
/** Close a prestarted pool nobody took (a command that failed before hashing). */
function closePrestartedHashPool() {
    const pool = prestarted;
    prestarted = null;
    return pool ? pool.close() : Promise.resolve();
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

/***/ 3774:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ chooseProfileName),
/* harmony export */   E$: () => (/* binding */ getProfile),
/* harmony export */   HV: () => (/* binding */ resolveScope),
/* harmony export */   Sp: () => (/* binding */ HTACCESS_MARKER),
/* harmony export */   cY: () => (/* binding */ appIdFromInfoXml),
/* harmony export */   eJ: () => (/* binding */ detectProfileOf),
/* harmony export */   u1: () => (/* binding */ resolveTarget),
/* harmony export */   wy: () => (/* binding */ isExcludedFileName)
/* harmony export */ });
/* unused harmony exports PROFILE_NAMES, pregPattern, isProfileName, appIdProblem, readAppId, detectProfile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6060);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7679);
/**
 * Profiles: which files a signature covers, where the signature lives, and which upstream
 * messages and comparison rules apply. Kept as data, like upstream keeps its exclusion
 * lists at the top of small classes.
 */




const PROFILE_NAMES = ['nextcloud-app', 'nextcloud-core', 'owncloud-app', 'owncloud-core', 'generic'];
const HTACCESS_MARKER = '#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####';
const INVALID_SIGNATURE_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\InvalidSignatureException';
const MISSING_SIGNATURE_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\MissingSignatureException';
const scopeInvalid = (requested, current) => `Certificate is not valid for required scope. (Requested: ${requested}, current: CN=${current})`;
const NEXTCLOUD_MESSAGES = {
    signatureMissing: 'Signature data not found.',
    signatureMissingClass: INVALID_SIGNATURE_EXCEPTION,
    certificateInvalid: 'Certificate is not valid.',
    scopeInvalid,
    signatureInvalid: 'Signature could not get verified.',
    exceptionClass: INVALID_SIGNATURE_EXCEPTION,
};
const OWNCLOUD_MESSAGES = {
    signatureMissing: 'Signature data not found.',
    signatureMissingClass: MISSING_SIGNATURE_EXCEPTION,
    certificateInvalid: 'App Certificate is not valid.',
    scopeInvalid,
    signatureInvalid: 'Signature could not get verified.',
    exceptionClass: INVALID_SIGNATURE_EXCEPTION,
};
const SKIPPED = ['appinfo/signature.json', 'core/signature.json'];
/**
 * A PHP `preg_match` pattern as a JavaScript RegExp. PCRE's `$` (without the D modifier)
 * matches at the end and also before a final "\n", so upstream excludes a name such as
 * ".webapp-nextcloud-1.2.3\n" too; `.` and `\d` mean the same in both.
 */
function pregPattern(source) {
    return new RegExp(source.replace(/\$$/, '(?=\n?$)'));
}
/** Nextcloud's ExcludeFileByNameFilterIterator (current master). */
const NEXTCLOUD_EXCLUDED_NAMES = ['.DS_Store', '.directory', '.rnd', '.webapp', 'Thumbs.db', 'nextcloud-init-sync.lock'];
const NEXTCLOUD_EXCLUDED_PATTERNS = [pregPattern('^\\.webapp-nextcloud-(\\d+\\.){2}(\\d+)(-r\\d+)?$')];
/** Nextcloud's ExcludeFoldersByPathFilterIterator, relative to the server root. */
const NEXTCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found', 'updater', '_oc_upgrade'];
/** ownCloud 10.x lists. */
const OWNCLOUD_EXCLUDED_NAMES = ['.DS_Store', 'Thumbs.db', '.directory', '.webapp'];
const OWNCLOUD_EXCLUDED_PATTERNS = [pregPattern('^\\.webapp-owncloud-.*')];
const OWNCLOUD_EXCLUDED_PATHS = [pregPattern('\\/core\\/js\\/mimetypelist\\.js$')];
const OWNCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found'];
function nextcloud(kind) {
    return {
        name: kind === 'app' ? 'nextcloud-app' : 'nextcloud-core',
        vendor: 'nextcloud',
        kind,
        signaturePath: kind === 'app' ? 'appinfo/signature.json' : 'core/signature.json',
        skippedRelativeNames: SKIPPED,
        excludedFileNames: NEXTCLOUD_EXCLUDED_NAMES,
        excludedFileNamePatterns: NEXTCLOUD_EXCLUDED_PATTERNS,
        excludedPathPatterns: [],
        // For an app, upstream computes these from the server root, so nothing inside the app matches.
        excludedRootEntries: kind === 'core' ? NEXTCLOUD_ROOT_EXCLUDES : [],
        htaccessMarker: kind === 'core',
        dropUpdaterOnVerify: kind === 'core',
        comparison: 'values',
        messages: NEXTCLOUD_MESSAGES,
    };
}
function owncloud(kind) {
    return {
        name: kind === 'app' ? 'owncloud-app' : 'owncloud-core',
        vendor: 'owncloud',
        kind,
        signaturePath: kind === 'app' ? 'appinfo/signature.json' : 'core/signature.json',
        skippedRelativeNames: SKIPPED,
        excludedFileNames: OWNCLOUD_EXCLUDED_NAMES,
        excludedFileNamePatterns: OWNCLOUD_EXCLUDED_PATTERNS,
        excludedPathPatterns: OWNCLOUD_EXCLUDED_PATHS,
        excludedRootEntries: kind === 'core' ? OWNCLOUD_ROOT_EXCLUDES : [],
        htaccessMarker: kind === 'core',
        dropUpdaterOnVerify: false,
        comparison: 'assoc',
        messages: OWNCLOUD_MESSAGES,
    };
}
function getProfile(name, signaturePath) {
    switch (name) {
        case 'nextcloud-app':
            return nextcloud('app');
        case 'nextcloud-core':
            return nextcloud('core');
        case 'owncloud-app':
            return owncloud('app');
        case 'owncloud-core':
            return owncloud('core');
        case 'generic': {
            if (!signaturePath) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e('the generic profile needs --signature-path', 'Name the signature file relative to the directory, e.g. --signature-path meta/signature.json.');
            }
            const base = nextcloud('app');
            return { ...base, name: 'generic', signaturePath, skippedRelativeNames: [...SKIPPED, signaturePath] };
        }
    }
}
function isProfileName(value) {
    return PROFILE_NAMES.includes(value);
}
/** Whether a file (not a folder) is left out by name, as upstream's name filter does. */
function isExcludedFileName(profile, name) {
    if (profile.excludedFileNames.includes(name))
        return true;
    return profile.excludedFileNamePatterns.some((re) => re.test(name));
}
/** What upstream's OC_App::cleanAppId removes: an id holding any of these is never loaded under that id. */
const CLEANED_FROM_APP_IDS = ['<', '>', '"', "'", '\0', '/', '\\', '..'];
/**
 * Why `id` can never be an app id upstream accepts, or null. Upstream loads apps by an id that
 * OC_App::cleanAppId leaves unchanged (no `<>"'`, NUL, `/`, `\`, `..`), and an app id is a
 * folder name and an XML element's text: no whitespace and no control characters either.
 */
function appIdProblem(id) {
    if (id === '')
        return 'it is empty';
    const cleaned = CLEANED_FROM_APP_IDS.find((s) => id.includes(s));
    if (cleaned !== undefined)
        return `it contains ${JSON.stringify(cleaned)}, which upstream removes from app ids`;
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(id))
        return 'it contains whitespace or a control character';
    return null;
}
/** The usage error for an --app-id (Action: app-id) upstream would never accept. */
function invalidAppIdError(id, problem) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`the app id "${(0,_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .W)(id)}" is not valid: ${problem}`, 'Pass the id in appinfo/info.xml\'s <id> (letters, digits and "_", like "files_excludedirs").');
}
function isDir(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** `<id>` of appinfo/info.xml text, without an XML dependency (the element is plain text; comments ignored). */
function appIdFromInfoXml(xml) {
    const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
    const info = withoutComments.indexOf('<info');
    const m = /<id>\s*([^<]*?)\s*<\/id>/.exec(info >= 0 ? withoutComments.slice(info) : withoutComments);
    return m?.[1] ? m[1] : null;
}
/** Read `<id>` from a folder's appinfo/info.xml. */
function readAppId(root) {
    try {
        return appIdFromInfoXml((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'appinfo', 'info.xml'), 'utf8'));
    }
    catch {
        return null;
    }
}
/** Which kind of tree it is, from its shape: an app has appinfo/, a server has core/ and version.php. */
function detectProfileOf(tree) {
    const infoXml = tree.text('appinfo/info.xml') ?? '';
    const app = /<owncloud[\s>/]/.test(infoXml) && !/<nextcloud[\s>/]/.test(infoXml) ? 'owncloud-app' : 'nextcloud-app';
    if (tree.exists('appinfo/info.xml') || tree.exists('appinfo/signature.json'))
        return app;
    if (tree.isFolder('core') && (tree.exists('version.php') || tree.exists('core/signature.json'))) {
        return /\$vendor\s*=\s*'owncloud'/.test(tree.text('version.php') ?? '') ? 'owncloud-core' : 'nextcloud-core';
    }
    if (tree.isFolder('appinfo'))
        return app;
    return null;
}
/** The folder on disk as a TreeProbe. */
function folderProbe(root) {
    return {
        exists: (rel) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)),
        isFolder: (rel) => isDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)),
        text: (rel) => {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel), 'utf8');
            }
            catch {
                return null;
            }
        },
    };
}
function detectProfile(root) {
    return detectProfileOf(folderProbe(root));
}
/**
 * The profile asked for (`auto` detects; `--signature-path` alone means generic).
 * `undetected` is the error message when detection finds nothing.
 */
function chooseProfileName(requested, signaturePath, detect, undetected) {
    if (requested === 'auto') {
        if (signaturePath)
            return 'generic';
        const detected = detect();
        if (detected)
            return detected;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(undetected, `Pass --profile (${PROFILE_NAMES.join(', ')}); generic also needs --signature-path.`);
    }
    if (isProfileName(requested))
        return requested;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`unknown profile "${requested}"`, `Use one of: auto, ${PROFILE_NAMES.join(', ')}.`);
}
/**
 * The scope a target's certificate must match: core, or the app id (`--app-id`, else the
 * tree's appinfo/info.xml, else `fallback`, the folder's name). An --app-id upstream would
 * never accept is a usage error; such an id in info.xml becomes `scopeProblem`.
 */
function resolveScope(profile, appId, readId, fallback) {
    if (profile.kind === 'core' && profile.name !== 'generic')
        return { scope: 'core' };
    if (appId !== undefined) {
        const problem = appIdProblem(appId);
        if (problem !== null)
            throw invalidAppIdError(appId, problem);
        return { scope: appId };
    }
    const id = readId();
    if (id === null)
        return { scope: fallback };
    const problem = appIdProblem(id);
    if (problem === null)
        return { scope: id };
    return { scope: fallback, scopeProblem: `appinfo/info.xml names the app id "${(0,_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .W)(id)}", which is not valid: ${problem}` };
}
/** Resolve what to check or sign at `root`: profile, scope and signature location. */
function resolveTarget(root, options = {}) {
    if (!isDir(root)) {
        const why = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root) ? 'is not a directory' : 'does not exist';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`${root} ${why}`, 'Pass the folder of an app (with appinfo/) or of a server (with core/ and version.php).');
    }
    const name = chooseProfileName(options.profile ?? 'auto', options.signaturePath, () => detectProfile(root), `cannot tell what ${root} is: it has no appinfo/ (an app) and no core/ with version.php (a server)`);
    const profile = getProfile(name, options.signaturePath);
    return { root, profile, ...resolveScope(profile, options.appId, () => readAppId(root), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(root)) };
}


/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

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

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
