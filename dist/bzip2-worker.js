import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
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
        return new Worker(besideModule(moduleUrl, files.bundled), options);
    const tsx = import.meta.resolve('tsx/esm/api');
    const source = besideModule(moduleUrl, files.source).href;
    const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); });`;
    return new Worker(code, { ...options, eval: true });
}

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-wasm.ts
/**
 * One bzip2 block at a time through libbzip2 1.0.8 compiled to WebAssembly (the `.wasm` of the
 * bzip2-wasm package, instantiated here directly: its JavaScript glue is not used, so nothing
 * but the one binary file has to survive bundling).
 *
 * A block is cut out of its stream by bit offsets. It is decoded as a stream of its own,
 * built in the WebAssembly memory: the `BZh` header with the original block size, the block's
 * bits (from its 48-bit block magic to where the next magic starts), then the end-of-stream
 * magic and, as the stream CRC, the block's own CRC (for a stream of one block, the combined
 * CRC is the block CRC). libbzip2 checks the block CRC against the decoded bytes and the
 * stream CRC against the block CRC, and it fails unless the block ends exactly where the
 * end-of-stream marker was put: a wrong cut never decodes.
 *
 * Runs in the decoding workers (bzip2-worker.ts), and on the calling thread for tests.
 */



/** The largest output of one block: 900,000 bytes of run-length pairs, each 4 bytes + a count up to 251 → 255 bytes. */
const MAX_BLOCK_OUTPUT = (/* unused pure expression or super */ null && ((900_000 / 5) * 255));
const BZ_OUTBUFF_FULL = -8;
const INTERNAL_ERROR = -100;
const REASONS = {
    [-3]: 'out of memory while decoding a block',
    [-4]: 'data integrity error (a block is corrupt: bad CRC or invalid data)',
    [-5]: 'bad block header',
    [-7]: 'a block ends early',
    [BZ_OUTBUFF_FULL]: 'a block decodes to more than allowed',
};
const BLOCK_MAGIC_HI = 0x3141;
const BLOCK_MAGIC_LO = 0x59265359;
const EOS_MAGIC_HI = 0x1772;
const EOS_MAGIC_LO = 0x45385090;
/** The path of the `.wasm` file: beside the bundle in dist/, or in node_modules when run from source. */
function wasmPath() {
    if (!runsFromSource(import.meta.url))
        return besideModule(import.meta.url, 'bzip2.wasm').pathname;
    return (0,external_node_module_namespaceObject.createRequire)(import.meta.url).resolve('bzip2-wasm/bzip2-1.0.8/bzip2.wasm');
}
const Wasm = globalThis.WebAssembly;
let compiled = null;
/** The compiled decoder (once per process; workers receive it and do not compile again). */
function bzip2WasmModule() {
    compiled ??= new Wasm.Module((0,external_node_fs_namespaceObject.readFileSync)(wasmPath()));
    return compiled;
}
class LibbzipError extends Error {
}
function instantiate(module) {
    let memory = null;
    const mem = () => memory;
    const env = {
        // libbzip2 calls exit() only from bz_internal_error (an assertion inside the library).
        exit: (code) => {
            throw new LibbzipError(`libbzip2 stopped (internal error ${code})`);
        },
        emscripten_memcpy_big: (dest, src, num) => {
            new Uint8Array(mem().buffer).copyWithin(dest, src, src + num);
        },
        emscripten_resize_heap: (requested) => {
            const current = mem().buffer.byteLength;
            const wanted = Math.max(requested >>> 0, Math.min(current * 2, current + 64 * 1024 * 1024));
            try {
                mem().grow(Math.ceil((wanted - current) / 65536));
                return 1;
            }
            catch {
                return 0;
            }
        },
    };
    const wasi = {
        fd_close: () => 0,
        fd_seek: () => 70, // ESPIPE: there are no files here
        // Messages libbzip2 prints before an internal error are dropped; report them as written.
        fd_write: (_fd, iov, iovcnt, pnum) => {
            const view = new DataView(mem().buffer);
            let total = 0;
            for (let i = 0; i < iovcnt; i++)
                total += view.getUint32(iov + i * 8 + 4, true);
            view.setUint32(pnum, total, true);
            return 0;
        },
    };
    const instance = new Wasm.Instance(module, { env, wasi_snapshot_preview1: wasi });
    const exports = instance.exports;
    memory = exports.memory;
    exports.emscripten_stack_init?.();
    exports.__wasm_call_ctors?.();
    return exports;
}
/** Read `count` (≤ 32) bits at bit offset `bit` of `data`, most significant first. */
function readBits(data, bit, count) {
    let value = 0;
    for (let i = 0; i < count; i++) {
        const b = bit + i;
        value = value * 2 + ((data[b >>> 3] >>> (7 - (b & 7))) & 1);
    }
    return value >>> 0;
}
/** Write the low `count` (≤ 32) bits of `value` at bit offset `bit` of `out` (the bits there must be 0). */
function writeBits(out, bit, value, count) {
    for (let i = 0; i < count; i++) {
        if (Math.floor(value / 2 ** (count - 1 - i)) & 1) {
            const b = bit + i;
            out[b >>> 3] = out[b >>> 3] | (0x80 >>> (b & 7));
        }
    }
}
/** Outputs above this leave a lot of touched WebAssembly memory behind: start a fresh instance after them. */
const RESET_AFTER_BYTES = 16 * 1024 * 1024;
class BlockDecoder {
    module;
    wasm;
    src = 0;
    srcSize = 0;
    dst = 0;
    dstSize = 0;
    lenPtr = 0;
    constructor(module = bzip2WasmModule()) {
        this.module = module;
        this.wasm = this.fresh();
    }
    fresh() {
        const wasm = instantiate(this.module);
        this.src = this.dst = 0;
        this.srcSize = this.dstSize = 0;
        this.lenPtr = wasm.malloc(4);
        return wasm;
    }
    reserve(which, size) {
        const w = this.wasm;
        if (which === 'src') {
            if (this.srcSize < size) {
                if (this.src)
                    w.free(this.src);
                this.src = w.malloc(size);
                this.srcSize = this.src ? size : 0;
            }
            return this.src;
        }
        if (this.dstSize < size) {
            if (this.dst)
                w.free(this.dst);
            this.dst = w.malloc(size);
            this.dstSize = this.dst ? size : 0;
        }
        return this.dst;
    }
    decode(job) {
        try {
            return this.run(job);
        }
        catch (e) {
            // A trap or an internal error leaves the instance in an unknown state.
            this.wasm = this.fresh();
            return { ok: false, code: INTERNAL_ERROR, reason: e instanceof Error ? e.message : String(e) };
        }
    }
    run(job) {
        const { data, startBit, endBit, level, cap } = job;
        const bits = endBit - startBit;
        if (bits < 80 || level < 1 || level > 9 || cap < 0)
            return { ok: false, code: -4, reason: REASONS[-4] };
        if (readBits(data, startBit, 16) !== BLOCK_MAGIC_HI || readBits(data, startBit + 16, 32) !== BLOCK_MAGIC_LO) {
            return { ok: false, code: -5, reason: REASONS[-5] };
        }
        const crc = readBits(data, startBit + 48, 32);
        // Header (4 bytes) + the block + end-of-stream magic and CRC (80 bits), rounded up.
        const srcLen = 4 + Math.ceil((bits + 80) / 8);
        const src = this.reserve('src', srcLen);
        const dst = this.reserve('dst', Math.max(1, cap));
        if (!src || !dst)
            return { ok: false, code: -3, reason: REASONS[-3] };
        let heap = new Uint8Array(this.wasm.memory.buffer);
        heap[src] = 0x42; // B
        heap[src + 1] = 0x5a; // Z
        heap[src + 2] = 0x68; // h
        heap[src + 3] = 0x30 + level;
        const out = heap.subarray(src + 4, src + srcLen);
        const first = startBit >>> 3;
        const shift = startBit & 7;
        const whole = Math.ceil(bits / 8);
        if (shift === 0) {
            out.set(data.subarray(first, first + whole));
        }
        else {
            const back = 8 - shift;
            const last = Math.min(whole, data.length - first - 1);
            for (let i = 0; i < last; i++)
                out[i] = (data[first + i] << shift) | (data[first + i + 1] >>> back);
            for (let i = last; i < whole; i++)
                out[i] = data[first + i] << shift;
        }
        // Clear what follows the block's last bit, then append the end-of-stream marker and CRC.
        out.fill(0, whole);
        if (bits & 7)
            out[whole - 1] = out[whole - 1] & (0xff << (8 - (bits & 7)));
        writeBits(out, bits, EOS_MAGIC_HI, 16);
        writeBits(out, bits + 16, EOS_MAGIC_LO, 32);
        writeBits(out, bits + 48, crc, 32);
        new DataView(this.wasm.memory.buffer).setUint32(this.lenPtr, cap, true);
        const code = this.wasm.BZ2_bzBuffToBuffDecompress(dst, this.lenPtr, src, srcLen, 0, 0);
        heap = new Uint8Array(this.wasm.memory.buffer);
        let result;
        let touched = 0;
        if (code === 0) {
            const n = new DataView(this.wasm.memory.buffer).getUint32(this.lenPtr, true);
            result = { ok: true, out: heap.slice(dst, dst + n), crc };
            touched = n;
        }
        else {
            result = { ok: false, code, reason: REASONS[code] ?? `libbzip2 error ${code}` };
            if (code === BZ_OUTBUFF_FULL)
                touched = cap;
        }
        if (touched > RESET_AFTER_BYTES)
            this.wasm = this.fresh();
        return result;
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-worker.ts
/**
 * A bzip2 decoding worker: decodes one block per message (see bzip2-wasm.ts) and answers
 * with the decoded bytes, transferred rather than copied. Bundled as its own entry
 * (scripts/bundle.mjs): dist/bzip2-worker.js and dist/cli/bzip2-worker.js.
 *
 * workerData: { module: WebAssembly.Module }
 * in:  { id, job: BlockJob }
 * out: { id, result: BlockResult, input: the job's input buffer, handed back for reuse }
 */


const decoder = new BlockDecoder(external_node_worker_threads_namespaceObject.workerData.module);
const port = external_node_worker_threads_namespaceObject.parentPort;
port.on('message', (msg) => {
    const result = decoder.decode(msg.job);
    // The input buffer goes back too, for the next block: a worker that dropped it would pile
    // up garbage outside its heap until a collection, tens of megabytes.
    const input = msg.job.data.buffer;
    port.postMessage({ id: msg.id, result, input }, result.ok ? [result.out.buffer, input] : [input]);
});

