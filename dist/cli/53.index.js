export const id = 53;
export const ids = [53];
export const modules = {

/***/ 2743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vg: () => (/* binding */ readDecompressed),
  IO: () => (/* binding */ withStallGuard)
});

// UNUSED EXPORTS: DECODERS, DEFAULT_STALL_MS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/engine/archive/errors.ts
var errors = __webpack_require__(1736);
;// CONCATENATED MODULE: ./src/engine/archive/bzip2-input.ts
/**
 * The compressed input the parallel bzip2 decompressor still needs, addressed by absolute
 * byte (and bit) offset: kept from the in-order reader's position on, copied out for a
 * block's span or a header, and forgotten once the reader has passed it. It is a module of
 * its own because it is plain bookkeeping over buffers that the stream logic should not have
 * to read through: small chunks are gathered into 64 KiB buffers, so the list stays short
 * however the writer cuts its input (single bytes included), and only a few blocks' worth of
 * input is held at a time.
 */
/** Small input chunks are gathered into buffers of this size. */
const STAGE_SIZE = 64 * 1024;
class HeldInput {
    /** The byte offset of the first held byte. */
    start = 0;
    // Input held from `start` on.
    held = [];
    /** Where small chunks are gathered (the last held buffer is a view of it). */
    stage = null;
    stageUsed = 0;
    /**
     * Keep a chunk of input. Small chunks are copied together into 64 KiB buffers, so that
     * the list stays short however the input is cut (a writer may send single bytes).
     */
    hold(chunk) {
        if (chunk.length >= STAGE_SIZE / 4) {
            this.held.push(chunk);
            this.stage = null;
            return;
        }
        if (this.stage === null || this.stageUsed + chunk.length > STAGE_SIZE) {
            this.stage = Buffer.allocUnsafeSlow(STAGE_SIZE);
            this.stageUsed = 0;
        }
        const stage = this.stage;
        const from = this.stageUsed;
        chunk.copy(stage, from);
        this.stageUsed += chunk.length;
        // When the last held buffer is a view of the stage ending here, it grows over the new
        // bytes (bytes already held never change); otherwise a new view starts.
        const at = this.held.length - 1;
        const last = this.held[at];
        if (last !== undefined && last.buffer === stage.buffer && last.byteOffset + last.length === from) {
            this.held[at] = stage.subarray(last.byteOffset, this.stageUsed);
        }
        else {
            this.held.push(stage.subarray(from, this.stageUsed));
        }
    }
    /** A copy of input bytes [from, to), into `out` when given. */
    bytes(from, to, out = new Uint8Array(to - from)) {
        let at = this.start;
        for (const chunk of this.held) {
            const end = at + chunk.length;
            if (end > from && at < to) {
                const a = Math.max(from, at);
                const b = Math.min(to, end);
                out.set(chunk.subarray(a - at, b - at), a - from);
            }
            if (end >= to)
                break;
            at = end;
        }
        return out;
    }
    /** `count` (≤ 32) bits of the input at bit offset `bit`. */
    bits(bit, count) {
        const first = Math.floor(bit / 8);
        const data = this.bytes(first, Math.ceil((bit + count) / 8));
        let value = 0;
        for (let i = 0; i < count; i++) {
            const b = bit - first * 8 + i;
            value = value * 2 + ((data[b >>> 3] >>> (7 - (b & 7))) & 1);
        }
        return value >>> 0;
    }
    /** Forget the input before byte `byte`. */
    dropBefore(byte) {
        while (this.held.length > 0) {
            const first = this.held[0];
            if (this.start + first.length > byte)
                break;
            this.start += first.length;
            this.held.shift();
        }
    }
    /** Let go of everything held (the stream is destroyed). */
    clear() {
        this.held = [];
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/engine/worker-entry.ts + 1 modules
var worker_entry = __webpack_require__(8271);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
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
const MAX_BLOCK_OUTPUT = (900_000 / 5) * 255;
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
    if (!(0,worker_entry/* runsFromSource */.w)(import.meta.url))
        return (0,worker_entry/* besideModule */.vG)(import.meta.url, 'bzip2.wasm').pathname;
    return (0,external_node_module_.createRequire)(import.meta.url).resolve('bzip2-wasm/bzip2-1.0.8/bzip2.wasm');
}
const Wasm = globalThis.WebAssembly;
let compiled = null;
/** The compiled decoder (once per process; workers receive it and do not compile again). */
function bzip2WasmModule() {
    compiled ??= new Wasm.Module((0,external_node_fs_.readFileSync)(wasmPath()));
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

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-pool.ts
/**
 * The worker pool of the parallel bzip2 decompressor: worker threads that each decode one
 * bzip2 block at a time with libbzip2 compiled to WebAssembly (bzip2-worker.ts, bzip2-wasm.ts),
 * started on first use, not keeping the process alive while idle, and shareable by several
 * decompressors (its owner closes it). It is separate from the stream because it knows
 * nothing of bzip2's framing, only of jobs and results: where the worker entry lives (beside
 * this module in the bundle, the TypeScript entry through tsx from source), how a failing
 * worker rejects its pending blocks, and how input buffers come back from the workers to be
 * reused. With 0 workers it decodes on the calling thread.
 */




function defaultBzip2Workers() {
    return Math.max(1, (0,external_node_os_.availableParallelism)());
}
/**
 * A decoding worker's JavaScript heap holds little (its buffers live outside it): a small
 * young generation keeps each worker's memory about 5 MB smaller, and the cap on the old one
 * is far above what it uses.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 32 };
/**
 * Start a decoding worker. Its entry file sits beside this module: the bundle copies
 * bzip2-worker.js into each dist folder. Run from source (tests, benchmarks under tsx), the
 * TypeScript entry is loaded through tsx, which a worker does not inherit by itself.
 */
function startWorker(workerData) {
    return (0,worker_entry/* startModuleWorker */.pw)(import.meta.url, { bundled: 'bzip2-worker.js', source: 'bzip2-worker.ts' }, { workerData, resourceLimits: WORKER_LIMITS });
}
/** The decoder itself failed (a worker or the WebAssembly file): not the archive's fault. */
function decoderFailure(why) {
    return new errors/* ArchiveError */.di(`cannot decompress bzip2 data: ${why}`, 'This is a fault of this code-integrity installation, not of the archive: its bzip2-worker.js and bzip2.wasm must sit beside the program (reinstall it).');
}
/** Block input buffers are allocated in multiples of this, so that they fit later blocks. */
const SPARE_ROUNDING = 256 * 1024;
/**
 * Worker threads that decode bzip2 blocks. Started on first use; idle workers do not keep the
 * process alive. Several decompressors may share one pool (the owner closes it). With 0
 * workers, blocks are decoded on the calling thread.
 */
class Bzip2Pool {
    size;
    slots = [];
    nextId = 0;
    inline = null;
    closed = false;
    /** Input buffers back from the workers, for the next blocks (so that no thread piles up garbage). */
    spare = [];
    constructor(workers = defaultBzip2Workers()) {
        this.size = Math.max(0, Math.floor(workers));
    }
    /** A buffer for a block's input: pass it in a job, it comes back for reuse. */
    buffer(size) {
        for (let i = this.spare.length - 1; i >= 0; i--) {
            const spare = this.spare[i];
            if (spare.byteLength >= size) {
                this.spare.splice(i, 1);
                return new Uint8Array(spare, 0, size);
            }
        }
        return new Uint8Array(new ArrayBuffer(Math.ceil(size / SPARE_ROUNDING) * SPARE_ROUNDING), 0, size);
    }
    recycle(buffer) {
        if (buffer === undefined || buffer.byteLength === 0 || this.spare.length >= 2 * this.size + 4)
            return;
        this.spare.push(buffer);
    }
    /** Decode one block; `job.data`'s buffer is transferred to the worker (and later reused: it must be the whole buffer from `buffer()`, or a copy). */
    decode(job) {
        if (this.closed)
            return Promise.reject(new Error('the bzip2 decoding pool is closed'));
        if (this.size === 0) {
            try {
                this.inline ??= new BlockDecoder();
            }
            catch (e) {
                return Promise.reject(decoderFailure(e instanceof Error ? e.message : String(e)));
            }
            const result = this.inline.decode(job);
            this.recycle(job.data.buffer);
            return Promise.resolve(result);
        }
        let slot;
        try {
            slot = this.pick();
        }
        catch (e) {
            return Promise.reject(decoderFailure(`a decoding worker cannot start (${e instanceof Error ? e.message : String(e)})`));
        }
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            slot.pending.set(id, { resolve, reject });
            if (slot.pending.size === 1)
                slot.worker.ref();
            slot.worker.postMessage({ id, job }, [job.data.buffer]);
        });
    }
    pick() {
        let best = null;
        for (const slot of this.slots)
            if (best === null || slot.pending.size < best.pending.size)
                best = slot;
        if (best !== null && (best.pending.size === 0 || this.slots.length >= this.size))
            return best;
        return this.spawn();
    }
    spawn() {
        const worker = startWorker({ module: bzip2WasmModule() });
        const slot = { worker, pending: new Map() };
        worker.unref();
        const fail = (why) => {
            const i = this.slots.indexOf(slot);
            if (i < 0)
                return;
            this.slots.splice(i, 1);
            const error = decoderFailure(`a decoding worker failed (${why})`);
            for (const p of slot.pending.values())
                p.reject(error);
            slot.pending.clear();
            void worker.terminate();
        };
        worker.on('message', (msg) => {
            this.recycle(msg.input);
            const p = slot.pending.get(msg.id);
            if (!p)
                return;
            slot.pending.delete(msg.id);
            if (slot.pending.size === 0)
                worker.unref();
            p.resolve(msg.result);
        });
        worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
        worker.on('exit', (code) => fail(`exit code ${code}`));
        this.slots.push(slot);
        return slot;
    }
    close() {
        this.closed = true;
        const slots = this.slots.splice(0);
        const error = new Error('the bzip2 decoding pool was closed');
        for (const slot of slots) {
            for (const p of slot.pending.values())
                p.reject(error);
            slot.pending.clear();
        }
        return Promise.all(slots.map((s) => s.worker.terminate())).then(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-scan.ts
/**
 * The bit-level scanner of the parallel bzip2 decompressor: finds the 48-bit block magic
 * 0x314159265359 and the end-of-stream magic 0x177245385090 at any bit offset of the input as
 * it arrives, with the block size of the stream each one seems to be in (from the last
 * `BZh1`…`BZh9` header seen before it). It lives apart from the stream because it is pure
 * bit arithmetic over bytes, with no threads or stream state: what it finds is only a hint
 * (a magic can occur by chance inside compressed data), which decoding confirms or refutes.
 */
const MAGIC_BLOCK = [0x31, 0x41, 0x59, 0x26, 0x53, 0x59];
const MAGIC_EOS = [0x17, 0x72, 0x45, 0x38, 0x50, 0x90];
/**
 * The scanner's table. A magic at bit `shift` of byte i covers bytes i+1…i+5 entirely; of
 * the four byte pairs among them, two start at an even position. So looking at every even
 * position, one table look-up per two bytes finds every candidate, which is then checked.
 */
const PROBES = [];
const PAIR_TO_PROBES = new Int16Array(65536).fill(-1);
for (const [eos, magic] of [
    [false, MAGIC_BLOCK],
    [true, MAGIC_EOS],
]) {
    const bits = magic.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1));
    for (let shift = 0; shift < 8; shift++) {
        const pattern = [0, 0, 0, 0, 0, 0, 0];
        const mask = [0, 0, 0, 0, 0, 0, 0];
        bits.forEach((bit, i) => {
            const at = shift + i;
            const byte = at >> 3;
            mask[byte] = mask[byte] | (0x80 >> (at & 7));
            if (bit)
                pattern[byte] = pattern[byte] | (0x80 >> (at & 7));
        });
        for (let offset = 1; offset <= 4; offset++) {
            const pair = (pattern[offset] << 8) | pattern[offset + 1];
            let list = PAIR_TO_PROBES[pair];
            if (list < 0) {
                list = PROBES.length;
                PROBES.push([]);
                PAIR_TO_PROBES[pair] = list;
            }
            PROBES[list].push({ eos, shift, offset, pattern, mask });
        }
    }
}
/** The compressed size a block of `level` cannot exceed: 20-bit codes for every symbol, plus tables. */
function maxBlockBits(level) {
    return (level * 100_000 * 2.5 + 65_536) * 8;
}
/** Overlap kept between scans, so that a magic across two input chunks is found (with its header before it). */
const SCAN_OVERLAP = 16;
/** Every magic in `buf` (which starts at byte `base` of the input), in bit order; null when there is none. */
function findMagics(buf, base) {
    const len = buf.length;
    let found = null;
    for (let k = 0; k + 1 < len; k += 2) {
        const list = PAIR_TO_PROBES[(buf[k] << 8) | buf[k + 1]];
        if (list < 0)
            continue;
        for (const probe of PROBES[list]) {
            const i = k - probe.offset;
            if (i < 0 || i + 7 > len)
                continue;
            let match = true;
            for (let j = 0; j < 7 && match; j++)
                match = (buf[i + j] & probe.mask[j]) === probe.pattern[j];
            if (match)
                (found ??= []).push({ bit: (base + i) * 8 + probe.shift, eos: probe.eos, at: i });
        }
    }
    found?.sort((a, b) => a.bit - b.bit);
    return found;
}
/** Scans the input chunk by chunk, each chunk together with the end of the one before it. */
class MagicScanner {
    /** Bit offset of the last magic found; -1: none yet. */
    lastBit = -1;
    /** The block size of the last stream header seen; 0: none yet. */
    level = 0;
    tail = Buffer.alloc(0);
    /** Scan the next chunk, which starts at byte `received` of the input, appending the magics found to `out` in order. */
    scan(chunk, received, out) {
        const base = received - this.tail.length;
        const buf = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
        this.collect(buf, base, out);
        this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - SCAN_OVERLAP)));
    }
    collect(buf, base, out) {
        const found = findMagics(buf, base);
        if (found === null)
            return;
        for (const f of found) {
            if (f.bit <= this.lastBit)
                continue;
            this.lastBit = f.bit;
            // A stream header "BZh1"…"BZh9" right before a byte-aligned block magic: a stream (probably) starts here.
            if (!f.eos && f.bit % 8 === 0 && f.at >= 4 && buf[f.at - 4] === 0x42 && buf[f.at - 3] === 0x5a && buf[f.at - 2] === 0x68) {
                const digit = buf[f.at - 1] - 0x30;
                if (digit >= 1 && digit <= 9)
                    this.level = digit;
            }
            out.push({ bit: f.bit, eos: f.eos, level: this.level });
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-spans.ts

class SpanJobs {
    pool;
    window;
    host;
    // Magics found, in order; those before `head` are behind the current position.
    cands = [];
    head = 0;
    /** Index of the next candidate to start a speculative job for. */
    nextSpec = 0;
    jobs = new Map();
    constructor(pool, window, host) {
        this.pool = pool;
        this.window = window;
        this.host = host;
    }
    /** Whether another job may start (the window has room). */
    hasRoom() {
        return this.jobs.size < this.window;
    }
    /** The job for the span that starts at `bit`, if any. */
    at(bit) {
        return this.jobs.get(bit);
    }
    /** The block at `bit` was accepted: its job is done. */
    accepted(bit) {
        this.jobs.delete(bit);
    }
    /** The stream is destroyed: nothing is waited for any more. */
    clear() {
        this.jobs.clear();
        this.cands = [];
    }
    start(start, end, level) {
        const cap = this.host.cap();
        const job = { start, end, level, cap, result: null };
        this.jobs.set(start, job);
        this.host.stats.maxBlocksQueued = Math.max(this.host.stats.maxBlocksQueued, this.jobs.size);
        const first = Math.floor(start / 8);
        const last = Math.ceil(end / 8);
        const data = this.host.input.bytes(first, last, this.pool.buffer(last - first));
        this.pool.decode({ data, startBit: start - first * 8, endBit: end - first * 8, level, cap }).then((result) => {
            if (this.host.failed() || this.jobs.get(start) !== job)
                return;
            job.result = result;
            this.host.decoded();
        }, (error) => this.host.fail(error));
        return job;
    }
    /** Start speculative jobs (none behind the reader's position `pos`): each block magic up to the next magic, while the window has room. */
    dispatch(pos) {
        if (this.host.failed())
            return;
        if (this.nextSpec < this.head)
            this.nextSpec = this.head;
        while (this.jobs.size < this.window && this.nextSpec + 1 < this.cands.length) {
            const c = this.cands[this.nextSpec];
            const next = this.cands[this.nextSpec + 1];
            this.nextSpec += 1;
            if (c.eos || c.level === 0 || this.jobs.has(c.bit) || c.bit < pos)
                continue;
            if (next.bit - c.bit > maxBlockBits(c.level))
                continue;
            this.start(c.bit, next.bit, c.level);
        }
    }
    /** The candidate at or after `bit`, dropping those before it (and their speculative jobs). */
    candidateFrom(bit) {
        while (this.head < this.cands.length && this.cands[this.head].bit < bit) {
            this.jobs.delete(this.cands[this.head].bit);
            this.head += 1;
        }
        if (this.head > 4096 && this.head * 2 > this.cands.length) {
            this.cands = this.cands.slice(this.head);
            this.nextSpec -= this.head;
            this.head = 0;
        }
        return this.cands[this.head];
    }
    /** The magic after the current one (where the span that starts at the current one ends). */
    following() {
        return this.cands[this.head + 1];
    }
    /** The first magic past the current one that lies beyond bit `end`. */
    after(end) {
        let i = this.head + 1;
        while (i < this.cands.length && this.cands[i].bit <= end)
            i++;
        return this.cands[i];
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-stream.ts
/**
 * The parallel bzip2 decompressor's stream and its in-order reader: a Duplex that takes bzip2
 * data in and hands the decoded bytes out strictly in order. The input is held
 * (bzip2-input.ts) and scanned for magics (bzip2-scan.ts), and the spans between them are
 * decoded ahead on the pool (bzip2-spans.ts, bzip2-pool.ts); only here is anything accepted.
 * The reader walks the input from the first stream header and accepts a block only where the
 * previous accepted block ended (the first one 32 bits after the header), and only when
 * libbzip2 decoded it with its CRC checked and ending exactly at the next magic. If the span
 * fails, the next magic is taken for one found by chance inside the block and the span is
 * extended to the magic after it, up to the largest size a block can have; only then is the
 * data called corrupt. The stream CRC is recomputed from the accepted blocks' CRCs and
 * compared with the one stored after the end-of-stream magic; streams may follow one another.
 * Memory is bounded: at most `maxBlocksInFlight` blocks are decoding or waiting to be read (a
 * block decodes to about 1 MB, 46 MB at worst), and the input is not read further while they
 * are all taken, so a slow reader stops the reading. Every failure (a worker, the decoder, an
 * early end) ends the stream with an error.
 */







const TRUNCATED = 'unexpected end of data (the bzip2 stream is truncated)';
/** What PHP's reader would not see: a second stream is refused outright, not read differently. */
function secondStreamError() {
    return new errors/* ArchiveFormatError */.Y3("the bzip2 data holds more than one stream (as pbzip2 or lbzip2 write it): PHP's bzip2 reader, under Archive_Tar, reads only the first, bzip2 and GNU tar read them all; the archive is refused", 'Compress the tar with bzip2 itself (tar -cjf), or verify the .tar after bzip2 -d.');
}
/** A Duplex stream: write bzip2 data, read the decompressed bytes. */
class Bzip2Decompressor extends external_node_stream_.Duplex {
    stats = { streams: 0, blocks: 0, retries: 0, maxBlocksQueued: 0, maxInputHeld: 0 };
    pool;
    ownPool;
    maxOutput;
    limitError;
    singleStream;
    input = new HeldInput();
    scanner = new MagicScanner();
    received = 0;
    ended = false;
    /** No block boundary within the largest block size: the input is not read further. */
    stalled = false;
    spans;
    // Position of the in-order reader.
    phase = 'header';
    hdrByte = 0;
    pos = 0;
    level = 0;
    crc = 0;
    blockInStream = 0;
    firstError = null;
    emitted = 0;
    wantRead = false;
    /** The reader cannot move until more input arrives (read on even with the window full). */
    waiting = false;
    pendingWrite = null;
    failed = false;
    done = false;
    pumping = false;
    again = false;
    constructor(options = {}) {
        super({ readableHighWaterMark: 1 << 20 });
        this.ownPool = options.pool === undefined;
        this.pool = options.pool ?? new Bzip2Pool(options.workers ?? defaultBzip2Workers());
        const window = Math.max(2, Math.floor(options.maxBlocksInFlight ?? 2 * this.pool.size));
        this.maxOutput = options.maxOutput ?? Infinity;
        this.limitError = options.limitError ?? (() => new Error('bzip2: output limit reached'));
        this.singleStream = options.singleStream === true;
        this.spans = new SpanJobs(this.pool, window, {
            input: this.input,
            stats: this.stats,
            cap: () => Math.max(0, Math.min(MAX_BLOCK_OUTPUT, this.maxOutput - this.emitted + 1)),
            decoded: () => this.pump(),
            fail: (error) => this.fail(error),
            failed: () => this.failed,
        });
    }
    // ---- stream plumbing
    _write(chunk, _encoding, callback) {
        if (this.failed)
            return callback();
        this.addInput(chunk);
        this.pump();
        if (this.needInput() || this.failed)
            callback();
        else
            this.pendingWrite = callback;
    }
    _final(callback) {
        this.ended = true;
        this.pump();
        callback();
    }
    _read() {
        this.wantRead = true;
        this.pump();
    }
    _destroy(error, callback) {
        this.failed = true;
        this.spans.clear();
        this.input.clear();
        const write = this.pendingWrite;
        this.pendingWrite = null;
        write?.();
        if (this.ownPool)
            void this.pool.close();
        callback(error);
    }
    fail(error) {
        if (this.failed)
            return;
        this.failed = true;
        this.destroy(error);
    }
    /** Fail the stream; false, for the reader's steps (it cannot go on). */
    halt(error) {
        this.fail(error);
        return false;
    }
    needInput() {
        return !this.ended && !this.failed && !this.stalled && (this.spans.hasRoom() || this.waiting);
    }
    /** Run the reader and the dispatcher until neither can move (re-entered through push → _read). */
    pump() {
        if (this.pumping) {
            this.again = true;
            return;
        }
        this.pumping = true;
        try {
            do {
                this.again = false;
                this.spans.dispatch(this.pos);
                this.advance();
                this.spans.dispatch(this.pos);
            } while (this.again && !this.failed);
        }
        catch (e) {
            this.fail(e instanceof Error ? e : new Error(String(e)));
        }
        finally {
            this.pumping = false;
        }
        if (this.pendingWrite && (this.needInput() || this.failed)) {
            const write = this.pendingWrite;
            this.pendingWrite = null;
            write();
        }
    }
    // ---- input
    addInput(chunk) {
        if (chunk.length === 0)
            return;
        this.input.hold(chunk);
        this.scanner.scan(chunk, this.received, this.spans.cands);
        this.received += chunk.length;
        this.stats.maxInputHeld = Math.max(this.stats.maxInputHeld, this.received - this.input.start);
        if (this.received * 8 - Math.max(0, this.scanner.lastBit) > maxBlockBits(9) + 64)
            this.stalled = true;
    }
    // ---- the in-order reader
    /**
     * The reader needs more input: returns false (wait for it), or fails the stream when no more
     * will come.
     */
    starve() {
        if (this.ended)
            return this.halt(new Error(TRUNCATED));
        if (this.stalled) {
            return this.halt(this.corrupt(`no block boundary within the largest block size after byte ${Math.floor(this.scanner.lastBit / 8)}`));
        }
        this.waiting = true;
        return false;
    }
    /** The in-order reader: headers, accepted blocks (their bytes pushed out), end-of-stream CRCs. */
    advance() {
        this.waiting = false;
        while (!this.failed && !this.done) {
            const goOn = this.phase === 'header' ? this.readHeader() : this.readBlock();
            if (!goOn)
                return;
        }
    }
    /** A stream header where the reader stands, or the end of the input; returns whether the reader can go on. */
    readHeader() {
        if (this.hdrByte >= this.received && this.ended) {
            if (this.stats.streams === 0)
                return this.halt(new Error('no bzip2 data (the input is empty)'));
            this.done = true;
            if (this.ownPool)
                void this.pool.close();
            this.push(null);
            return false;
        }
        if (this.hdrByte + 4 > this.received) {
            if (this.ended && this.stats.streams > 0)
                return this.halt(this.trailing());
            return this.starve();
        }
        const header = this.input.bytes(this.hdrByte, this.hdrByte + 4);
        const level = header[3] - 0x30;
        if (header[0] !== 0x42 || header[1] !== 0x5a || header[2] !== 0x68 || level < 1 || level > 9) {
            return this.halt(this.stats.streams === 0 ? new Error('not bzip2 data (no BZh header)') : this.trailing());
        }
        if (this.singleStream && this.stats.streams > 0)
            return this.halt(secondStreamError());
        this.stats.streams += 1;
        this.level = level;
        this.crc = 0;
        this.blockInStream = 0;
        this.pos = (this.hdrByte + 4) * 8;
        this.phase = 'blocks';
        this.input.dropBefore(this.hdrByte);
        return true;
    }
    /** The block (or end of stream) where the reader stands; returns whether the reader can go on. */
    readBlock() {
        const c = this.spans.candidateFrom(this.pos);
        if (c === undefined)
            return this.starve();
        if (c.bit !== this.pos)
            return this.halt(this.corrupt(`no block starts where one must (byte ${Math.floor(this.pos / 8)})`));
        if (c.eos)
            return this.readEndOfStream();
        const job = this.jobHere();
        if (job === null)
            return false;
        const result = job.result;
        if (result === null)
            return false; // still decoding
        if (!result.ok)
            return this.extend(job, result);
        return this.accept(job, result);
    }
    /** The end-of-stream magic: the stored stream CRC must match the blocks'; another stream may follow. */
    readEndOfStream() {
        if (this.received * 8 < this.pos + 80)
            return this.starve();
        const stored = this.input.bits(this.pos + 48, 32);
        if (stored !== this.crc) {
            return this.halt(this.corrupt(`the stream CRC does not match its blocks (stored ${hex(stored)}, computed ${hex(this.crc)})`));
        }
        this.phase = 'header';
        this.hdrByte = Math.ceil((this.pos + 80) / 8);
        return true;
    }
    /**
     * The job for the block at the reader's position, started (again) unless it ran at this
     * stream's block size; null: the reader must stop (it waits for input, or the stream failed).
     */
    jobHere() {
        const job = this.spans.at(this.pos);
        if (job !== undefined && job.level === this.level)
            return job;
        const next = this.spans.following();
        if (next === undefined) {
            this.starve();
            return null;
        }
        if (next.bit - this.pos > maxBlockBits(this.level)) {
            this.fail(this.blockError('no block end within the largest block size'));
            return null;
        }
        if (job !== undefined)
            this.stats.retries += 1;
        return this.spans.start(this.pos, next.bit, this.level);
    }
    /** The span failed: an error of the decoder or a limit stops here, else it is decoded again up to the next magic. */
    extend(job, result) {
        if (result.code === BZ_OUTBUFF_FULL && job.cap < MAX_BLOCK_OUTPUT)
            return this.halt(this.limitError());
        if (result.code === INTERNAL_ERROR)
            return this.halt(new Error(`bzip2: ${result.reason}`));
        // Perhaps the magic at the span's end was found by chance inside this block: try up to the next one.
        this.firstError ??= result.reason;
        const further = this.spans.after(job.end);
        if (further === undefined) {
            if (this.ended || this.stalled)
                return this.halt(this.blockError(this.firstError));
            return this.starve();
        }
        if (further.bit - this.pos > maxBlockBits(this.level))
            return this.halt(this.blockError(this.firstError));
        this.stats.retries += 1;
        this.spans.start(this.pos, further.bit, this.level);
        return true;
    }
    /** A decoded block at the reader's position: its bytes go out when the reader asks for more. */
    accept(job, result) {
        if (!this.wantRead)
            return false; // the reader is behind: keep the block until it asks
        if (this.emitted + result.out.length > this.maxOutput)
            return this.halt(this.limitError());
        this.spans.accepted(this.pos);
        this.firstError = null;
        this.crc = (((this.crc << 1) | (this.crc >>> 31)) ^ result.crc) >>> 0;
        this.emitted += result.out.length;
        this.stats.blocks += 1;
        this.blockInStream += 1;
        this.pos = job.end;
        this.input.dropBefore(Math.floor(this.pos / 8));
        if (result.out.length > 0) {
            this.wantRead = this.push(Buffer.from(result.out.buffer, result.out.byteOffset, result.out.length));
        }
        return true;
    }
    corrupt(what) {
        return new Error(`bzip2 data is corrupt: ${what}`);
    }
    blockError(reason) {
        return this.corrupt(`block ${this.blockInStream + 1} of stream ${this.stats.streams} (at byte ${Math.floor(this.pos / 8)}): ${reason}`);
    }
    trailing() {
        return this.corrupt(`unexpected data after the end of the bzip2 stream (at byte ${this.hdrByte})`);
    }
}
function hex(n) {
    return n.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-parallel.ts
/**
 * bzip2 decompression on several threads, as a Node stream: compressed bytes in, the decoded
 * bytes out, strictly in order (docs/bzip2.md). This is the entry point the rest of the
 * project imports (tar.ts, the tests, bench/bzip2.ts), kept as one stable path while the
 * machinery lives in modules of its own: the bit-level magic scanner (bzip2-scan.ts), the
 * held input (bzip2-input.ts), the worker pool (bzip2-pool.ts), the in-order stream with its
 * acceptance, retries and backpressure (bzip2-stream.ts), and one block through libbzip2 in
 * WebAssembly (bzip2-wasm.ts, run by bzip2-worker.ts).
 */



/** A stream that decompresses bzip2 (one or more concatenated streams), decoding blocks on worker threads. */
function createBzip2Decompressor(options = {}) {
    return new Bzip2Decompressor(options);
}

;// CONCATENATED MODULE: ./src/engine/archive/decompress.ts
/**
 * The bytes of a tar archive as they come out of its compression, as one async sequence of
 * chunks: file → decoder (gzip, bzip2 or none). Decoders sit behind one small interface, so
 * the readers do not know that bzip2 is decoded on worker threads (bzip2-parallel.ts).
 *
 * Reading never waits forever: every pull of the next chunk races a watchdog, so a source
 * or decoder that stops producing data (a stalled mount, a decoder bug) ends the read with
 * an ArchiveError instead of a hang. The time allowed between two chunks is generous; it is
 * not a limit on the archive's size.
 */





/** The registered decoders, by archive format ('tar' needs none). */
const DECODERS = {
    'tar.gz': () => (0,external_node_zlib_.createGunzip)({ chunkSize: 1 << 18 }),
    // Archive_Tar reads only the first bzip2 stream: a second one is refused. The decoder's own
    // worker pool ends with the stream (its end, an error, or the reader stopping early).
    'tar.bz2': (options) => createBzip2Decompressor({ ...options, singleStream: true }),
};
/** Default time allowed between two chunks before a read counts as stalled. */
const DEFAULT_STALL_MS = 120_000;
/** A stream's chunks, each pull bounded by the stall watchdog; the stream is destroyed when the caller stops. */
async function* withStallGuard(stream, what, stallMs = DEFAULT_STALL_MS) {
    const it = stream[Symbol.asyncIterator]();
    let timer;
    try {
        for (;;) {
            const stalled = new Promise((_, reject) => {
                timer = setTimeout(() => reject(new errors/* ArchiveError */.di(`reading ${what} stopped: no data came for ${stallMs >= 1000 ? `${Math.round(stallMs / 1000)} s` : `${stallMs} ms`}`, 'The file is on a stalled disk or network share, or is damaged. Copy it to a local disk and try again.')), stallMs);
            });
            let next;
            try {
                next = await Promise.race([it.next(), stalled]);
            }
            finally {
                clearTimeout(timer);
            }
            if (next.done)
                return;
            yield next.value;
        }
    }
    finally {
        stream.destroy();
    }
}
/** The decompressed bytes of the archive at `path` (a plain tar is passed through). */
function readDecompressed(path, format, options) {
    const input = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20, start: options.start, end: options.end });
    if (format === 'tar')
        return withStallGuard(input, path, options.stallMs);
    const decoder = DECODERS[format](options);
    // pipeline() destroys every stream on the first error and hands it to the last one, so the
    // consumer's loop ends with it; the callback only keeps the error from going unhandled.
    const out = (0,external_node_stream_.pipeline)(input, decoder, () => undefined);
    return withStallGuard(out, path, options.stallMs);
}


/***/ }),

/***/ 1306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ ARCHIVE_TAR),
/* harmony export */   Mi: () => (/* binding */ describeDissent),
/* harmony export */   Re: () => (/* binding */ UNZIP),
/* harmony export */   Wj: () => (/* binding */ SEVEN_ZIP),
/* harmony export */   jJ: () => (/* binding */ ZIP_ARCHIVE)
/* harmony export */ });
/* unused harmony export GNU_TAR */
/**
 * The extractors an archive verdict speaks for, by the names findings use, and how an
 * extractor's different view of one entry is recorded. GNU tar (tar archives) and Info-ZIP
 * unzip (zip archives) give the canonical view the engine hashes; the others are compared
 * against it, and any difference that can change what lands on disk is a finding.
 */
const GNU_TAR = 'GNU tar';
const SEVEN_ZIP = '7-Zip';
const ARCHIVE_TAR = "PHP's Archive_Tar (Nextcloud's app installer)";
const UNZIP = 'Info-ZIP unzip';
const ZIP_ARCHIVE = "PHP's ZipArchive (Nextcloud's updater)";
/** Join several extractors' descriptions into one sentence part. */
function describeDissent(dissent) {
    return dissent.map((d) => `${d.who} ${d.what}`).join('; ');
}


/***/ }),

/***/ 5053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jf: () => (/* binding */ TarParser),
  sB: () => (/* binding */ readTar)
});

// UNUSED EXPORTS: parseTarChunks

// EXTERNAL MODULE: ./src/engine/archive/errors.ts
var errors = __webpack_require__(1736);
// EXTERNAL MODULE: ./src/engine/archive/decompress.ts + 7 modules
var decompress = __webpack_require__(2743);
;// CONCATENATED MODULE: ./src/engine/archive/tar-header.ts
/**
 * Tar header blocks and pax records, decoded strictly: every field that extractors read
 * differently is either decoded the way each of them reads it (names, link targets) or
 * refused (numbers, checksums, unknown formats). Pure functions over buffers; the stream
 * logic is in tar.ts.
 */

const BLOCK = 512;
/** Numeric fields besides the size: offset, length, name. */
const OTHER_NUMBERS = [
    [100, 8, 'mode', false],
    [108, 8, 'uid', true],
    [116, 8, 'gid', true],
    [136, 12, 'mtime', true],
    [329, 8, 'devmajor', false],
    [337, 8, 'devminor', false],
];
const POSIX_MAGIC = Buffer.from('ustar\x0000', 'latin1');
const GNU_MAGIC = Buffer.from('ustar  \x00', 'latin1');
/** Whether the block is all zero bytes (an end-of-archive marker). */
function isZeroBlock(block) {
    for (let i = 0; i < block.length; i++)
        if (block[i] !== 0)
            return false;
    return true;
}
/** The bytes of a field up to its first NUL. */
function cString(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    const nul = field.indexOf(0);
    return nul < 0 ? field : field.subarray(0, nul);
}
const PHP_TRIM = new Set([0x20, 0x09, 0x0a, 0x0d, 0x00, 0x0b]);
/** PHP's trim() with its default characters. */
function phpTrim(bytes) {
    let start = 0;
    let end = bytes.length;
    while (start < end && PHP_TRIM.has(bytes[start]))
        start++;
    while (end > start && PHP_TRIM.has(bytes[end - 1]))
        end--;
    return bytes.subarray(start, end);
}
function joinPrefix(prefix, name) {
    return prefix.length > 0 ? Buffer.concat([prefix, Buffer.from('/'), name]) : name;
}
/**
 * An octal number field as GNU tar accepts it and PHP's octdec() reads it the same: leading
 * spaces, octal digits, then only spaces or NULs. Base-256 (which Archive_Tar misreads) and
 * anything else are refused.
 */
function octalField(block, offset, length, what, at) {
    const field = block.subarray(offset, offset + length);
    if (field[0] & 0x80) {
        throw new errors/* ArchiveFormatError */.Y3(`the tar header at byte ${at} stores its ${what} in base-256, which PHP's Archive_Tar (Nextcloud's app installer) reads differently from GNU tar; the archive is refused`);
    }
    const m = /^ *([0-7]+)[ \0]*$/.exec(field.toString('latin1'));
    if (!m)
        throw new errors/* ArchiveFormatError */.Y3(`the tar header at byte ${at} has a ${what} field that is not an octal number; the archive is refused`);
    return parseInt(m[1], 8);
}
/** Decode one (non-zero) header block found at byte `at` of the tar stream; refuses what extractors read differently. */
function decodeHeader(block, at) {
    const magic = block.subarray(257, 265);
    const format = magic.equals(POSIX_MAGIC) ? 'posix' : magic.equals(GNU_MAGIC) ? 'gnu' : isZeroBlock(magic) ? 'v7' : null;
    checksum(block, at, format !== null);
    if (format === null) {
        throw new errors/* ArchiveFormatError */.Y3(`the tar header at byte ${at} is of an unknown format (its magic is neither ustar nor GNU nor empty); the archive is refused`);
    }
    const size = octalField(block, 124, 12, 'size', at);
    // 7-Zip stops extracting at a header whose other numbers are not numbers; GNU tar warns and
    // extracts on, PHP's octdec() reads what it can.
    for (const [offset, length, what, base256] of OTHER_NUMBERS) {
        const field = block.subarray(offset, offset + length);
        // GNU tar's base-256 marks, all NULs, or octal digits (after spaces, before spaces or NULs):
        // the forms every extractor reads alike (7-Zip refuses e.g. spaces without digits).
        const binary = base256 && (field[0] === 0x80 || field[0] === 0xff);
        if (!binary && !isZeroBlock(field) && !/^ *[0-7]+[ \0]*$/.test(field.toString('latin1'))) {
            throw new errors/* ArchiveFormatError */.Y3(`the tar header at byte ${at} has a ${what} field that is not a number: 7-Zip stops extracting there, GNU tar and PHP's Archive_Tar go on; the archive is refused`);
        }
    }
    const name = cString(block, 0, 100);
    const prefix = cString(block, 345, 155);
    const prefix131 = cString(block, 345, 131);
    const linkname = cString(block, 157, 100);
    return {
        typeflag: String.fromCharCode(block[156]),
        size,
        gnuName: format === 'posix' ? joinPrefix(prefix, name) : name,
        sevenZipName: format === 'v7' ? name : joinPrefix(prefix, name),
        archiveTarName: joinPrefix(prefix131, name),
        linkname,
        archiveTarLinkname: phpTrim(linkname),
        format,
    };
}
function checksum(block, at, looksLikeTar) {
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : block[i];
        unsigned += b;
        signed += (b << 24) >> 24;
    }
    const m = /^ *([0-7]+)[ \0]*$/.exec(block.subarray(148, 156).toString('latin1'));
    const stored = m ? parseInt(m[1], 8) : NaN;
    if (stored === unsigned)
        return;
    if (stored === signed) {
        throw new errors/* ArchiveFormatError */.Y3(`the tar header at byte ${at} has a checksum computed over signed bytes: GNU tar and 7-Zip accept it, PHP's Archive_Tar (Nextcloud's app installer) refuses it; the archive is refused`);
    }
    throw new errors/* ArchiveFormatError */.Y3(at === 0 && !looksLikeTar
        ? 'the data is not a tar archive (its first header block is not a valid tar header)'
        : `the tar header at byte ${at} is corrupt (its checksum does not match)`);
}
/** pax keywords this tool can vouch for: none of them changes a name, a type or the data read. */
const PAX_HARMLESS = new Set(['atime', 'ctime', 'mtime', 'uid', 'gid', 'uname', 'gname', 'comment', 'charset']);
const PAX_HARMLESS_PREFIXES = [
    'SCHILY.xattr.',
    'LIBARCHIVE.xattr.',
    'SCHILY.acl.',
    'SCHILY.fflags',
    'SCHILY.dev',
    'SCHILY.ino',
    'SCHILY.nlink',
    'LIBARCHIVE.creationtime',
];
const UTF8_CHARSET = 'ISO-IEC 10646 2000 UTF-8';
/** A keyword from the archive, for a message: shown only when it is plain ASCII. */
function shownKeyword(key) {
    return /^[A-Za-z0-9._-]{1,64}$/.test(key) ? `"${key}"` : '(an unprintable keyword)';
}
/**
 * The records of a pax header ('x' per entry, or 'g' global). Every record must be well
 * formed and fill the data exactly; keywords that change what an extractor writes are
 * returned ('x') or refused ('g': GNU tar applies them to every later entry, the others
 * ignore them); unknown keywords are refused, since this tool cannot know which extractor
 * honours them.
 */
function parsePax(data, global, at) {
    const out = {};
    const seen = new Set();
    const where = `the pax ${global ? 'global ' : ''}header at byte ${at}`;
    let i = 0;
    while (i < data.length) {
        const space = data.indexOf(0x20, i);
        const lenText = space < 0 ? '' : data.subarray(i, space).toString('latin1');
        const len = /^[1-9][0-9]{0,8}$/.test(lenText) ? Number(lenText) : NaN;
        if (!(len > 0) || i + len > data.length || data[i + len - 1] !== 0x0a) {
            throw new errors/* ArchiveFormatError */.Y3(`${where} has a malformed record; extractors read it differently, so the archive is refused`);
        }
        const record = data.subarray(space + 1, i + len - 1);
        const eq = record.indexOf(0x3d);
        if (eq <= 0)
            throw new errors/* ArchiveFormatError */.Y3(`${where} has a record without a keyword; the archive is refused`);
        const key = record.subarray(0, eq).toString('utf8');
        const value = record.subarray(eq + 1);
        i += len;
        if (seen.has(key)) {
            throw new errors/* ArchiveFormatError */.Y3(`${where} sets the keyword ${shownKeyword(key)} twice; extractors differ on which one counts, so the archive is refused`);
        }
        seen.add(key);
        if (key === 'path' || key === 'linkpath' || key === 'size') {
            if (global) {
                throw new errors/* ArchiveFormatError */.Y3(`${where} sets "${key}", which GNU tar applies to every later entry while 7-Zip and PHP's Archive_Tar ignore it; the archive is refused`);
            }
            if (key === 'size') {
                const text = value.toString('latin1');
                if (!/^[0-9]{1,15}$/.test(text))
                    throw new errors/* ArchiveFormatError */.Y3(`${where} has a size that is not a number; the archive is refused`);
                out.size = Number(text);
            }
            else {
                if (value.length === 0 || value.includes(0)) {
                    throw new errors/* ArchiveFormatError */.Y3(`${where} has an empty ${key} or one with a NUL byte, which extractors read differently; the archive is refused`);
                }
                out[key] = Buffer.from(value);
            }
            continue;
        }
        if (key === 'hdrcharset') {
            const v = value.toString('latin1');
            if (!global && (v === 'BINARY' || v === UTF8_CHARSET))
                continue;
            throw new errors/* ArchiveFormatError */.Y3(`${where} sets hdrcharset, which changes how GNU tar decodes names; the archive is refused`);
        }
        if (PAX_HARMLESS.has(key) || PAX_HARMLESS_PREFIXES.some((p) => key.startsWith(p)))
            continue;
        throw new errors/* ArchiveFormatError */.Y3(`${where} sets the keyword ${shownKeyword(key)}, which this tool does not know; an extractor may honour it (e.g. GNU tar's sparse files), so the archive is refused`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/archive/extractors.ts
var extractors = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/engine/archive/tar-entry.ts
/**
 * One tar header turned into an entry: the name and link target GNU tar reads (the canonical
 * view), how 7-Zip and PHP's Archive_Tar would read the same header (their dissent), and the
 * headers refused because the extractors would consume the stream differently. Kept apart
 * from the parser's state machine (tar.ts), which only moves bytes: this is the decision.
 */


const REFUSED_HINT = 'The archive is built in a way that extractors read differently, so no verdict can speak for all of them. Rebuild it with GNU tar (tar -czf) from the signed folder.';
const TYPE_NAMES = {
    '1': 'hard link',
    '2': 'symbolic link',
    '3': 'character device',
    '4': 'block device',
    '5': 'folder',
    '6': 'FIFO',
};
/** Archive_Tar's malicious-name test (`_isMaliciousFilename`): it stops extracting there. */
function archiveTarRefusesName(name) {
    const s = name.toString('latin1');
    return s.includes('://') || s.includes('../') || s.includes('..\\');
}
/** Archive_Tar's out-of-path test for a symbolic link (CVE-2020-36193 fix): it stops extracting there. */
function archiveTarRefusesLink(name, link) {
    const target = link.toString('latin1');
    if (target.startsWith('/') || target.includes(':'))
        return true;
    let depth = 0;
    for (const dir of name.toString('latin1').split('/')) {
        if (dir === '..')
            depth--;
        else if (dir !== '' && dir !== '.')
            depth++;
    }
    for (const dir of target.replace(/\\/g, '/').split('/')) {
        if (depth <= 0)
            break;
        if (dir === '..')
            depth--;
        else if (dir !== '' && dir !== '.')
            depth++;
    }
    return depth <= 0;
}
/** Whether the header's type is a regular file (the only kind whose data is content). */
function isFileType(typeflag) {
    return typeflag === '0' || typeflag === '\0' || typeflag === '7';
}
/** Refuses a size extractors read differently: a pax size other than the header's, or data on a non-file. */
function refuseDisputedSize(h, pax, at) {
    if (isFileType(h.typeflag)) {
        if (pax.size !== undefined && pax.size !== h.size) {
            throw new errors/* ArchiveFormatError */.Y3(`the entry at byte ${at} has a pax size other than its header's: GNU tar and 7-Zip read the pax size, PHP's Archive_Tar the header's; the archive is refused`, REFUSED_HINT);
        }
    }
    else if (h.size !== 0 || (pax.size !== undefined && pax.size !== 0)) {
        throw new errors/* ArchiveFormatError */.Y3(`the ${TYPE_NAMES[h.typeflag]} at byte ${at} carries data: extractors differ on whether it is the entry's content or the next headers; the archive is refused`, REFUSED_HINT);
    }
}
/** The entry's name as each extractor reads it; refuses names some of them cannot write. */
function entryNames(h, pax, long, at) {
    const names = {
        gnuTar: pax.path ?? long ?? h.gnuName,
        sevenZip: pax.path ?? long ?? h.sevenZipName,
        archiveTar: long ?? h.archiveTarName,
    };
    if (names.gnuTar.length === 0 || names.archiveTar.length === 0) {
        throw new errors/* ArchiveFormatError */.Y3(`the entry at byte ${at} has an empty name, which extractors read differently; the archive is refused`, REFUSED_HINT);
    }
    if (h.typeflag !== '5' && names.gnuTar[names.gnuTar.length - 1] === 0x2f) {
        throw new errors/* ArchiveFormatError */.Y3(`the ${TYPE_NAMES[h.typeflag] ?? 'file'} at byte ${at} has a name ending in "/": GNU tar and 7-Zip create a folder, PHP's Archive_Tar fails; the archive is refused`, REFUSED_HINT);
    }
    return names;
}
/** Where 7-Zip and Archive_Tar write the entry under another name, or refuse it. */
function nameDissent(h, names) {
    const dissent = [];
    const another = 'writes it under another name (also reported)';
    if (!names.sevenZip.equals(names.gnuTar))
        dissent.push({ who: extractors/* SEVEN_ZIP */.Wj, what: another, name: names.sevenZip });
    if (archiveTarRefusesName(h.archiveTarName) || archiveTarRefusesName(names.archiveTar)) {
        dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: 'refuses the name as malicious and stops extracting', name: null });
    }
    else if (!names.archiveTar.equals(names.gnuTar))
        dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: another, name: names.archiveTar });
    return dissent;
}
/** A symbolic link's target, with Archive_Tar's dissent on it added to `dissent`. */
function symlinkTarget(h, pax, archiveTarName, at, dissent) {
    const link = pax.linkpath ?? h.linkname;
    if (link.length === 0) {
        throw new errors/* ArchiveFormatError */.Y3(`the symbolic link at byte ${at} has no target, which extractors handle differently; the archive is refused`, REFUSED_HINT);
    }
    if (archiveTarRefusesLink(archiveTarName, h.archiveTarLinkname)) {
        dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: 'refuses the link as leading out of the folder and stops extracting', name: null });
    }
    else if (!h.archiveTarLinkname.equals(link)) {
        dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: 'writes the link with another target', content: 'other' });
    }
    return link;
}
/** Sets the entry's kind (and link target) from the header's type. */
function setKind(entry, h, pax, archiveTarName, at, dissent) {
    switch (h.typeflag) {
        case '1':
            entry.type = 'hardlink';
            entry.link = pax.linkpath ?? h.linkname;
            break;
        case '2':
            entry.type = 'symlink';
            entry.link = symlinkTarget(h, pax, archiveTarName, at, dissent);
            break;
        case '3':
        case '4':
            entry.type = 'special';
            entry.what = 'device';
            break;
        case '5':
            entry.type = 'directory';
            break;
        case '6':
            entry.type = 'special';
            entry.what = 'FIFO';
            break;
    }
}
/**
 * The entry a file, link, folder or device header stands for, read the way GNU tar reads
 * it, after the pax records and GNU long name that precede it; `at` is the header's offset.
 */
function tarEntry(h, pax, long, at) {
    refuseDisputedSize(h, pax, at);
    const names = entryNames(h, pax, long, at);
    const dissent = nameDissent(h, names);
    const entry = { name: names.gnuTar, type: 'file' };
    setKind(entry, h, pax, names.archiveTar, at, dissent);
    if (dissent.length > 0)
        entry.dissent = dissent;
    return entry;
}

;// CONCATENATED MODULE: ./src/engine/archive/tar.ts
/**
 * Reading a tar archive (plain, gzip or bzip2) as one stream, with our own strict parser:
 * tar-stream (and most libraries) pick one reading of every header, while GNU tar, 7-Zip
 * and PHP's Archive_Tar (which Nextcloud's app installer uses) each read some headers their
 * own way. Here every entry is read the way GNU tar reads it, and compared with how the
 * other two would (tar-entry.ts; tests/archive: differential suite):
 *
 * - names: pax `path` (7-Zip: same, Archive_Tar: ignores pax), GNU long names, the ustar
 *   prefix (GNU tar: POSIX headers only; 7-Zip: GNU headers too; Archive_Tar: any header,
 *   131 bytes at most), and names Archive_Tar refuses as malicious — any difference is a
 *   finding under every name involved;
 * - link targets: pax `linkpath` and Archive_Tar's trim() — a finding on the link; a link
 *   Archive_Tar refuses (absolute, with ':' or climbing out) stops its extraction: a finding
 *   whatever the profile excludes;
 * - refused outright, because the extractors would consume the stream differently: pax
 *   global headers that set path, linkpath or size; unknown pax keywords; a pax size other
 *   than the header's; links, folders and devices that carry data; GNU long link names
 *   (Archive_Tar mis-reads them); extended headers in another order than [x][L] entry;
 *   base-256 or malformed numbers; signed checksums; unknown entry types; any data after
 *   the end-of-archive marker (Archive_Tar reads on, GNU tar and 7-Zip stop).
 *
 * Nothing waits on an entry: the parser is pushed the decompressed chunks and calls the
 * collector synchronously, so a read ends when its input ends.
 */




/** Extended headers (pax, GNU long names) larger than this are refused: no path is that long. */
const MAX_META_BYTES = 1 << 20;
const HINT = 'Download the archive again; if it still fails, it is damaged at its source.';
/**
 * The tar stream's structure, pushed chunk by chunk: a state machine whose states each read
 * from `chunk` at `off` and return the offset they stopped at. What an entry header means
 * is decided in tar-entry.ts.
 */
class TarParser {
    collector;
    /** Bytes consumed so far: the offset in the tar stream. */
    pos = 0;
    state = 'header';
    remaining = 0;
    header = Buffer.alloc(BLOCK);
    headerFill = 0;
    meta = null;
    /** Size of the entry whose data is being read (for its padding). */
    dataSize = 0;
    pax = null;
    long = null;
    entries = 0;
    constructor(collector) {
        this.collector = collector;
    }
    push(chunk) {
        let off = 0;
        while (off < chunk.length) {
            switch (this.state) {
                case 'header':
                    off = this.readHeader(chunk, off);
                    break;
                case 'data':
                    off = this.readData(chunk, off);
                    break;
                case 'meta':
                    off = this.readMeta(chunk, off);
                    break;
                case 'pad':
                    off = this.skipPadding(chunk, off);
                    break;
                case 'end':
                    off = this.readAfterEnd(chunk, off);
                    break;
            }
        }
    }
    /** The input ended: say what is missing, if anything. */
    finish() {
        if (this.state === 'end')
            return;
        if (this.state === 'header' && this.headerFill === 0) {
            if (this.entries === 0 && this.pos === 0)
                throw new errors/* ArchiveError */.di('it is an empty tar archive');
            if (this.pax || this.long || this.meta)
                throw new errors/* ArchiveError */.di('it is truncated: the tar data ends after an extended header', HINT);
            throw new errors/* ArchiveError */.di('it is truncated: the tar data stops after an entry, without the end-of-archive marker', HINT);
        }
        throw new errors/* ArchiveError */.di(`it is truncated: the tar data ends early (inside ${this.state === 'header' ? 'a header' : 'an entry'})`, HINT);
    }
    /** A header block: read in place when the chunk holds it whole, else gathered across chunks. */
    readHeader(chunk, off) {
        if (this.headerFill === 0 && chunk.length - off >= BLOCK) {
            off += BLOCK;
            this.pos += BLOCK;
            this.onHeader(chunk.subarray(off - BLOCK, off));
            return off;
        }
        const take = Math.min(BLOCK - this.headerFill, chunk.length - off);
        chunk.copy(this.header, this.headerFill, off, off + take);
        this.headerFill += take;
        this.pos += take;
        if (this.headerFill === BLOCK) {
            this.headerFill = 0;
            this.onHeader(this.header);
        }
        return off + take;
    }
    /** An entry's data, handed to the collector as it comes. */
    readData(chunk, off) {
        const take = Math.min(this.remaining, chunk.length - off);
        this.collector.data(chunk.subarray(off, off + take));
        this.pos += take;
        this.remaining -= take;
        if (this.remaining === 0) {
            this.collector.end();
            this.toPadding(this.dataSize);
        }
        return off + take;
    }
    /** An extended header's data, kept until it is whole. */
    readMeta(chunk, off) {
        const meta = this.meta;
        const take = Math.min(this.remaining, chunk.length - off);
        meta.parts.push(Buffer.from(chunk.subarray(off, off + take)));
        this.pos += take;
        this.remaining -= take;
        if (this.remaining === 0) {
            this.onMeta(meta);
            this.toPadding(meta.size);
        }
        return off + take;
    }
    skipPadding(chunk, off) {
        const take = Math.min(this.remaining, chunk.length - off);
        this.pos += take;
        this.remaining -= take;
        if (this.remaining === 0)
            this.state = 'header';
        return off + take;
    }
    /** After the end-of-archive marker only zeros may follow. */
    readAfterEnd(chunk, off) {
        for (; off < chunk.length; off++, this.pos++) {
            if (chunk[off] !== 0) {
                throw new errors/* ArchiveFormatError */.Y3(`there is data after the end-of-archive marker (at byte ${this.pos}): GNU tar and 7-Zip stop at the marker, PHP's Archive_Tar (Nextcloud's app installer) reads on; the archive is refused`, REFUSED_HINT);
            }
        }
        return off;
    }
    /** Skip to the next header after `size` bytes of data or extended header. */
    toPadding(size) {
        const pad = (BLOCK - (size % BLOCK)) % BLOCK;
        this.remaining = pad;
        this.state = pad === 0 ? 'header' : 'pad';
    }
    onHeader(block) {
        const at = this.pos - BLOCK;
        if (isZeroBlock(block)) {
            this.onEndMarker(at);
            return;
        }
        const h = decodeHeader(block, at);
        switch (h.typeflag) {
            case 'x':
            case 'g':
            case 'L':
                this.onExtendedHeader(h.typeflag, h.size, at);
                return;
            case 'K':
                throw new errors/* ArchiveFormatError */.Y3(`the GNU long link name at byte ${at} is mis-read by PHP's Archive_Tar (Nextcloud's app installer), which writes a stray file instead; the archive is refused`, REFUSED_HINT);
            case '0':
            case '\0':
            case '7':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
                this.onEntry(h, at);
                return;
            default:
                throw unknownType(h.typeflag, at);
        }
    }
    onEndMarker(at) {
        if (this.pax || this.long) {
            throw new errors/* ArchiveFormatError */.Y3(`an extended header is not followed by an entry (at byte ${at}); extractors differ on what it applies to; the archive is refused`, REFUSED_HINT);
        }
        this.state = 'end';
    }
    onExtendedHeader(type, size, at) {
        if ((type !== 'L' && (this.pax || this.long)) || (type === 'L' && this.long)) {
            throw new errors/* ArchiveFormatError */.Y3(`extended headers at byte ${at} come in an order extractors read differently (only a pax header, then a GNU long name, then the entry are read alike); the archive is refused`, REFUSED_HINT);
        }
        if (size > MAX_META_BYTES)
            throw new errors/* ArchiveFormatError */.Y3(`the extended header at byte ${at} is ${size} bytes, more than any path needs; the archive is refused`);
        this.meta = { type, at, parts: [], size };
        this.remaining = size;
        if (size === 0) {
            this.onMeta(this.meta);
            this.toPadding(0);
        }
        else
            this.state = 'meta';
    }
    onMeta(meta) {
        this.meta = null;
        const data = Buffer.concat(meta.parts);
        if (meta.type === 'g') {
            parsePax(data, true, meta.at); // refuses keywords that would change later entries
            return;
        }
        if (meta.type === 'x') {
            this.pax = parsePax(data, false, meta.at);
            return;
        }
        this.long = gnuLongName(data, meta.at);
    }
    onEntry(h, at) {
        const pax = this.pax ?? {};
        const long = this.long;
        this.pax = null;
        this.long = null;
        const entry = tarEntry(h, pax, long, at);
        this.entries += 1;
        this.collector.begin(entry);
        const isFile = isFileType(h.typeflag);
        this.dataSize = isFile ? h.size : 0;
        if (isFile && h.size > 0) {
            this.remaining = h.size;
            this.state = 'data';
            return;
        }
        this.collector.end();
        this.state = 'header';
    }
}
/** A GNU long name: GNU tar and 7-Zip read up to the first NUL, Archive_Tar the whole data less trailing NULs. */
function gnuLongName(data, at) {
    let end = data.length;
    while (end > 0 && data[end - 1] === 0)
        end--;
    const value = data.subarray(0, end);
    if (value.length === 0 || value.includes(0)) {
        throw new errors/* ArchiveFormatError */.Y3(`the GNU long name at byte ${at} is empty or holds a NUL byte, which extractors read differently; the archive is refused`, REFUSED_HINT);
    }
    return value;
}
function unknownType(typeflag, at) {
    return new errors/* ArchiveFormatError */.Y3(`the tar entry at byte ${at} has the type ${/^[\x21-\x7e]$/.test(typeflag) ? `'${typeflag}'` : `0x${typeflag.charCodeAt(0).toString(16)}`}, which extractors treat differently (GNU tar's sparse files, volume labels, unknown types); the archive is refused`, REFUSED_HINT);
}
function corrupt(path, format, e) {
    if (e instanceof errors/* ArchiveFormatError */.Y3)
        return new errors/* ArchiveError */.di(`${path} is refused: ${e.message}`, e.hint);
    if (e instanceof errors/* ArchiveError */.di)
        return e.message.startsWith('it is ') ? new errors/* ArchiveError */.di(`${path} ${e.message.slice(3)}`, e.hint) : e;
    const err = e;
    const message = err?.message ?? String(e);
    if (err?.syscall || (err?.code && /^E[A-Z]+$/.test(err.code))) {
        return new errors/* ArchiveError */.di(`cannot read ${path}: ${err.code ?? message}`);
    }
    if (/unexpected end|premature|truncated/i.test(message)) {
        return new errors/* ArchiveError */.di(`${path} is truncated: the ${format} data ends early (${message})`, HINT);
    }
    return new errors/* ArchiveError */.di(`${path} is corrupt (${format}: ${message})`, HINT);
}
/** Stream the tar archive at `path` into `collector`. */
async function readTar(path, format, collector, budget, options = {}) {
    const parser = new TarParser(collector);
    try {
        const chunks = (0,decompress/* readDecompressed */.vg)(path, format, {
            maxOutput: budget.limits.maxBytes,
            limitError: () => budget.sizeError(),
            ...(options.stallMs === undefined ? {} : { stallMs: options.stallMs }),
        });
        for await (const chunk of chunks) {
            budget.addBytes(chunk.length);
            parser.push(chunk);
            await collector.settle();
        }
        parser.finish();
        await collector.settle();
    }
    catch (e) {
        if (e instanceof errors/* ArchiveFormatError */.Y3 && /^the data is not a tar archive/.test(e.message)) {
            throw new errors/* ArchiveError */.di(`${path} is corrupt or not a tar archive inside its ${format === 'tar' ? 'file' : 'compression'}`, HINT);
        }
        throw corrupt(path, format, e);
    }
}
/** Parse a whole tar stream from memory (tests, fuzzing): same rules as readTar. */
async function parseTarChunks(chunks, collector) {
    const parser = new TarParser(collector);
    for await (const chunk of chunks) {
        parser.push(chunk);
        await collector.settle();
    }
    parser.finish();
    await collector.settle();
}


/***/ })

};
