#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(234);
/* harmony import */ var _engine_hashing_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3886);
/** Entry point of the `code-integrity` command (bundled to dist/cli.js). */



// An interrupted command removes what it had not finished writing, then exits 130 / 143.
(0,_engine_cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .exitOnSignals */ .Lx)();
// The hashing workers start before the rest of the CLI is loaded (it is a separate chunk).
const command = process.argv[2];
if (command === 'verify' || command === 'sign')
    (0,_engine_hashing_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .prestartHashPool */ .uU)();
const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(581), __nccwpck_require__.e(814)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5814));
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
await (0,_engine_hashing_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .closePrestartedHashPool */ .$k)();
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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

/***/ 3886:
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
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
 */



/**
 * A hashing worker: the bundled hash-worker.js beside the bundle in dist/; when the sources run
 * (tests, tsx) the TypeScript worker.ts beside this module, after registering the TypeScript
 * loader in the worker thread too (Node 20 does not pass loader hooks on to workers). The file
 * name is computed at run time, so the bundler leaves it alone.
 */
function startWorker() {
    const here = import.meta.url;
    if (!here.endsWith('.ts'))
        return new external_node_worker_threads_namespaceObject.Worker(new URL(`./${['hash-worker', 'js'].join('.')}`, here));
    const source = new URL('./worker.ts', here).href;
    const loader = import.meta.resolve('tsx/esm/api');
    return new external_node_worker_threads_namespaceObject.Worker(`import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, {
        eval: true,
    });
}
/**
 * Batches queued per worker: enough that the workers keep hashing while the main thread is
 * busy for a few milliseconds (reading the signature, listing a large folder), few enough
 * that the last batches spread evenly. While a worker is still starting (tens of
 * milliseconds) the walk may run further ahead, so there is work waiting when it is ready.
 */
const IN_FLIGHT_PER_WORKER = 4;
const IN_FLIGHT_WHILE_STARTING = 24;
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
    wake = null;
    constructor(workerCount = defaultWorkerCount()) {
        for (let w = 0; w < Math.max(1, workerCount); w++) {
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

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

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
