/**
 * A bzip2 decoding worker: decodes one block per message (see bzip2-wasm.ts) and answers
 * with the decoded bytes, transferred rather than copied. Bundled as its own entry
 * (scripts/bundle.mjs): dist/bzip2-worker.js and dist/cli/bzip2-worker.js.
 *
 * workerData: { module: WebAssembly.Module }
 * in:  { id, job: BlockJob }
 * out: { id, result: BlockResult, input: the job's input buffer, handed back for reuse }
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BlockDecoder, type BlockJob, type WasmModule } from './bzip2-wasm.ts';

const decoder = new BlockDecoder((workerData as { module: WasmModule }).module);
const port = parentPort as NonNullable<typeof parentPort>;

port.on('message', (msg: { id: number; job: BlockJob }) => {
  const result = decoder.decode(msg.job);
  // The input buffer goes back too, for the next block: a worker that dropped it would pile
  // up garbage outside its heap until a collection, tens of megabytes.
  const input = msg.job.data.buffer as ArrayBuffer;
  port.postMessage({ id: msg.id, result, input }, result.ok ? [result.out.buffer as ArrayBuffer, input] : [input]);
});
