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
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { besideModule, runsFromSource } from '../worker-entry.ts';

/** The largest output of one block: 900,000 bytes of run-length pairs, each 4 bytes + a count up to 251 → 255 bytes. */
export const MAX_BLOCK_OUTPUT = (900_000 / 5) * 255;

/** What a worker is asked to decode: `data` holds the block's bits from `startBit` to `endBit`. */
export interface BlockJob {
  data: Uint8Array;
  startBit: number;
  endBit: number;
  /** The stream's block size digit, 1–9 (the header says `BZh1`…`BZh9`). */
  level: number;
  /** Output larger than this many bytes is not produced: the answer is `code: BZ_OUTBUFF_FULL`. */
  cap: number;
}

export type BlockResult =
  | { ok: true; out: Uint8Array; crc: number }
  | {
      ok: false;
      /** libbzip2's return code (negative), or INTERNAL_ERROR. */
      code: number;
      reason: string;
    };

export const BZ_OUTBUFF_FULL = -8;
export const INTERNAL_ERROR = -100;

const REASONS: Record<number, string> = {
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
function wasmPath(): string {
  if (!runsFromSource(import.meta.url)) return besideModule(import.meta.url, 'bzip2.wasm').pathname;
  return createRequire(import.meta.url).resolve('bzip2-wasm/bzip2-1.0.8/bzip2.wasm');
}

// The few WebAssembly declarations needed here (the project's TypeScript libraries have none).
/** A compiled WebAssembly module (can be posted to a worker). */
export type WasmModule = object;
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
const Wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => WasmModule;
      Instance: new (module: WasmModule, imports: object) => { exports: object };
    };
  }
).WebAssembly;

let compiled: WasmModule | null = null;

/** The compiled decoder (once per process; workers receive it and do not compile again). */
export function bzip2WasmModule(): WasmModule {
  compiled ??= new Wasm.Module(readFileSync(wasmPath()));
  return compiled;
}

interface Exports {
  memory: WasmMemory;
  malloc(size: number): number;
  free(ptr: number): void;
  BZ2_bzBuffToBuffDecompress(dest: number, destLenPtr: number, source: number, sourceLen: number, small: number, verbosity: number): number;
  __wasm_call_ctors?: () => void;
  emscripten_stack_init?: () => void;
}

class LibbzipError extends Error {}

function instantiate(module: WasmModule): Exports {
  let memory: WasmMemory | null = null;
  const mem = (): WasmMemory => memory as WasmMemory;
  const env = {
    // libbzip2 calls exit() only from bz_internal_error (an assertion inside the library).
    exit: (code: number): never => {
      throw new LibbzipError(`libbzip2 stopped (internal error ${code})`);
    },
    emscripten_memcpy_big: (dest: number, src: number, num: number): void => {
      new Uint8Array(mem().buffer).copyWithin(dest, src, src + num);
    },
    emscripten_resize_heap: (requested: number): number => {
      const current = mem().buffer.byteLength;
      const wanted = Math.max(requested >>> 0, Math.min(current * 2, current + 64 * 1024 * 1024));
      try {
        mem().grow(Math.ceil((wanted - current) / 65536));
        return 1;
      } catch {
        return 0;
      }
    },
  };
  const wasi = {
    fd_close: (): number => 0,
    fd_seek: (): number => 70, // ESPIPE: there are no files here
    // Messages libbzip2 prints before an internal error are dropped; report them as written.
    fd_write: (_fd: number, iov: number, iovcnt: number, pnum: number): number => {
      const view = new DataView(mem().buffer);
      let total = 0;
      for (let i = 0; i < iovcnt; i++) total += view.getUint32(iov + i * 8 + 4, true);
      view.setUint32(pnum, total, true);
      return 0;
    },
  };
  const instance = new Wasm.Instance(module, { env, wasi_snapshot_preview1: wasi });
  const exports = instance.exports as unknown as Exports;
  memory = exports.memory;
  exports.emscripten_stack_init?.();
  exports.__wasm_call_ctors?.();
  return exports;
}

/** Read `count` (≤ 32) bits at bit offset `bit` of `data`, most significant first. */
function readBits(data: Uint8Array, bit: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) {
    const b = bit + i;
    value = value * 2 + (((data[b >>> 3] as number) >>> (7 - (b & 7))) & 1);
  }
  return value >>> 0;
}

/** Write the low `count` (≤ 32) bits of `value` at bit offset `bit` of `out` (the bits there must be 0). */
function writeBits(out: Uint8Array, bit: number, value: number, count: number): void {
  for (let i = 0; i < count; i++) {
    if (Math.floor(value / 2 ** (count - 1 - i)) & 1) {
      const b = bit + i;
      out[b >>> 3] = (out[b >>> 3] as number) | (0x80 >>> (b & 7));
    }
  }
}

/** Outputs above this leave a lot of touched WebAssembly memory behind: start a fresh instance after them. */
const RESET_AFTER_BYTES = 16 * 1024 * 1024;

export class BlockDecoder {
  private wasm: Exports;
  private src = 0;
  private srcSize = 0;
  private dst = 0;
  private dstSize = 0;
  private lenPtr = 0;

  constructor(private readonly module: WasmModule = bzip2WasmModule()) {
    this.wasm = this.fresh();
  }

  private fresh(): Exports {
    const wasm = instantiate(this.module);
    this.src = this.dst = 0;
    this.srcSize = this.dstSize = 0;
    this.lenPtr = wasm.malloc(4);
    return wasm;
  }

  private reserve(which: 'src' | 'dst', size: number): number {
    const w = this.wasm;
    if (which === 'src') {
      if (this.srcSize < size) {
        if (this.src) w.free(this.src);
        this.src = w.malloc(size);
        this.srcSize = this.src ? size : 0;
      }
      return this.src;
    }
    if (this.dstSize < size) {
      if (this.dst) w.free(this.dst);
      this.dst = w.malloc(size);
      this.dstSize = this.dst ? size : 0;
    }
    return this.dst;
  }

  decode(job: BlockJob): BlockResult {
    try {
      return this.run(job);
    } catch (e) {
      // A trap or an internal error leaves the instance in an unknown state.
      this.wasm = this.fresh();
      return { ok: false, code: INTERNAL_ERROR, reason: e instanceof Error ? e.message : String(e) };
    }
  }

  private run(job: BlockJob): BlockResult {
    const { data, startBit, endBit, level, cap } = job;
    const bits = endBit - startBit;
    if (bits < 80 || level < 1 || level > 9 || cap < 0) return { ok: false, code: -4, reason: REASONS[-4] as string };
    if (readBits(data, startBit, 16) !== BLOCK_MAGIC_HI || readBits(data, startBit + 16, 32) !== BLOCK_MAGIC_LO) {
      return { ok: false, code: -5, reason: REASONS[-5] as string };
    }
    const crc = readBits(data, startBit + 48, 32);
    // Header (4 bytes) + the block + end-of-stream magic and CRC (80 bits), rounded up.
    const srcLen = 4 + Math.ceil((bits + 80) / 8);
    const src = this.reserve('src', srcLen);
    const dst = this.reserve('dst', Math.max(1, cap));
    if (!src || !dst) return { ok: false, code: -3, reason: REASONS[-3] as string };

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
    } else {
      const back = 8 - shift;
      const last = Math.min(whole, data.length - first - 1);
      for (let i = 0; i < last; i++) out[i] = ((data[first + i] as number) << shift) | ((data[first + i + 1] as number) >>> back);
      for (let i = last; i < whole; i++) out[i] = (data[first + i] as number) << shift;
    }
    // Clear what follows the block's last bit, then append the end-of-stream marker and CRC.
    out.fill(0, whole);
    if (bits & 7) out[whole - 1] = (out[whole - 1] as number) & (0xff << (8 - (bits & 7)));
    writeBits(out, bits, EOS_MAGIC_HI, 16);
    writeBits(out, bits + 16, EOS_MAGIC_LO, 32);
    writeBits(out, bits + 48, crc, 32);

    new DataView(this.wasm.memory.buffer).setUint32(this.lenPtr, cap, true);
    const code = this.wasm.BZ2_bzBuffToBuffDecompress(dst, this.lenPtr, src, srcLen, 0, 0);
    heap = new Uint8Array(this.wasm.memory.buffer);
    let result: BlockResult;
    let touched = 0;
    if (code === 0) {
      const n = new DataView(this.wasm.memory.buffer).getUint32(this.lenPtr, true);
      result = { ok: true, out: heap.slice(dst, dst + n), crc };
      touched = n;
    } else {
      result = { ok: false, code, reason: REASONS[code] ?? `libbzip2 error ${code}` };
      if (code === BZ_OUTBUFF_FULL) touched = cap;
    }
    if (touched > RESET_AFTER_BYTES) this.wasm = this.fresh();
    return result;
  }
}
