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
import { createReadStream } from 'node:fs';
import { pipeline, type Duplex, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { createBzip2Decompressor } from './bzip2-parallel.ts';
import { ArchiveError } from './errors.ts';

export type TarFormat = 'tar' | 'tar.gz' | 'tar.bz2';

export interface DecoderOptions {
  /** Stop with `limitError()` once the decoded output passes this many bytes. */
  maxOutput: number;
  limitError: () => Error;
}

/** A decompression step: compressed bytes in, the tar stream out, errors as stream errors. */
export type Decoder = (options: DecoderOptions) => Duplex;

/** The registered decoders, by archive format ('tar' needs none). */
export const DECODERS: Record<Exclude<TarFormat, 'tar'>, Decoder> = {
  'tar.gz': () => createGunzip({ chunkSize: 1 << 18 }),
  // Archive_Tar reads only the first bzip2 stream: a second one is refused. The decoder's own
  // worker pool ends with the stream (its end, an error, or the reader stopping early).
  'tar.bz2': (options) => createBzip2Decompressor({ ...options, singleStream: true }),
};

/** Default time allowed between two chunks before a read counts as stalled. */
export const DEFAULT_STALL_MS = 120_000;

export interface ReadOptions extends DecoderOptions {
  /** Time allowed between two chunks (default DEFAULT_STALL_MS). */
  stallMs?: number;
  /** Byte range of the file (zip: the entries before the central directory). */
  start?: number;
  end?: number;
}

/** A stream's chunks, each pull bounded by the stall watchdog; the stream is destroyed when the caller stops. */
export async function* withStallGuard(stream: Readable, what: string, stallMs = DEFAULT_STALL_MS): AsyncGenerator<Buffer> {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let timer: NodeJS.Timeout | undefined;
  try {
    for (;;) {
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new ArchiveError(
                `reading ${what} stopped: no data came for ${stallMs >= 1000 ? `${Math.round(stallMs / 1000)} s` : `${stallMs} ms`}`,
                'The file is on a stalled disk or network share, or is damaged. Copy it to a local disk and try again.',
              ),
            ),
          stallMs,
        );
      });
      let next: IteratorResult<Buffer>;
      try {
        next = await Promise.race([it.next(), stalled]);
      } finally {
        clearTimeout(timer);
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    stream.destroy();
  }
}

/** The decompressed bytes of the archive at `path` (a plain tar is passed through). */
export function readDecompressed(path: string, format: TarFormat, options: ReadOptions): AsyncGenerator<Buffer> {
  const input = createReadStream(path, { highWaterMark: 1 << 20, start: options.start, end: options.end });
  if (format === 'tar') return withStallGuard(input, path, options.stallMs);
  const decoder = DECODERS[format](options);
  // pipeline() destroys every stream on the first error and hands it to the last one, so the
  // consumer's loop ends with it; the callback only keeps the error from going unhandled.
  const out = pipeline(input, decoder, () => undefined);
  return withStallGuard(out, path, options.stallMs);
}
