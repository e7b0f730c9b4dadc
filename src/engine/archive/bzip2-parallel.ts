/**
 * bzip2 decompression on several threads, as a Node stream: compressed bytes in, the decoded
 * bytes out, strictly in order (docs/bzip2.md). This is the entry point the rest of the
 * project imports (tar.ts, the tests, bench/bzip2.ts), kept as one stable path while the
 * machinery lives in modules of its own: the bit-level magic scanner (bzip2-scan.ts), the
 * held input (bzip2-input.ts), the worker pool (bzip2-pool.ts), the in-order stream with its
 * acceptance, retries and backpressure (bzip2-stream.ts), and one block through libbzip2 in
 * WebAssembly (bzip2-wasm.ts, run by bzip2-worker.ts).
 */
import { Bzip2Decompressor, type Bzip2DecompressorOptions } from './bzip2-stream.ts';

export { Bzip2Pool, defaultBzip2Workers } from './bzip2-pool.ts';
export { Bzip2Decompressor, type Bzip2DecompressorOptions, type Bzip2Stats } from './bzip2-stream.ts';

/** A stream that decompresses bzip2 (one or more concatenated streams), decoding blocks on worker threads. */
export function createBzip2Decompressor(options: Bzip2DecompressorOptions = {}): Bzip2Decompressor {
  return new Bzip2Decompressor(options);
}
