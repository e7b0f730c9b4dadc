/**
 * Reading a tar archive (plain, gzip or bzip2) as one stream: file → decompressor → byte
 * counter (the --max-size budget) → tar-stream's parser. Each entry's data is handed to the
 * collector as it passes; nothing is buffered beyond the streams' own windows.
 */
import { createReadStream } from 'node:fs';
import { Transform, type Duplex, type Readable, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { extract as tarExtract, type Header } from 'tar-stream';
import { createBzip2Decompressor } from './bzip2-parallel.ts';
import type { Collector, RawEntry } from './collect.ts';
import { ArchiveError } from './errors.ts';
import type { Budget } from './limits.ts';

type TarFormat = 'tar' | 'tar.gz' | 'tar.bz2';

/** Counts the uncompressed tar stream against the budget, and how long it was. */
class Counter extends Transform {
  total = 0;
  constructor(private readonly budget: Budget) {
    super({ highWaterMark: 1 << 20 });
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.total += chunk.length;
    try {
      this.budget.addBytes(chunk.length);
    } catch (e) {
      return callback(e as Error);
    }
    callback(null, chunk);
  }
}

function corrupt(path: string, format: TarFormat, e: unknown): ArchiveError {
  if (e instanceof ArchiveError) return e;
  const err = e as NodeJS.ErrnoException;
  const message = err?.message ?? String(e);
  const hint = 'Download the archive again; if it still fails, it is damaged at its source.';
  if (err?.syscall || (err?.code && /^E[A-Z]+$/.test(err.code))) {
    return new ArchiveError(`cannot read ${path}: ${err.code ?? message}`);
  }
  if (/unexpected end|premature|truncated/i.test(message)) {
    return new ArchiveError(`${path} is truncated: the ${format} data ends early (${message})`, hint);
  }
  if (/tar header|unknown format|Invalid header|Header exceeds/i.test(message)) {
    return new ArchiveError(
      `${path} is corrupt or not a tar archive inside its ${format === 'tar' ? 'file' : 'compression'} (${message})`,
      hint,
    );
  }
  return new ArchiveError(`${path} is corrupt (${format}: ${message})`, hint);
}

/** A header's name as bytes: pax names are UTF-8 text, others are raw bytes (read as latin1). */
function nameBytes(value: string | null | undefined, fromPax: boolean): Buffer {
  return Buffer.from(value ?? '', fromPax ? 'utf8' : 'latin1');
}

function rawEntry(header: Header): RawEntry {
  const pax = (header.pax ?? null) as Record<string, string> | null;
  const name = nameBytes(header.name, typeof pax?.path === 'string');
  const link = header.linkname ? nameBytes(header.linkname, typeof pax?.linkpath === 'string') : undefined;
  const withLink = <T extends RawEntry>(e: T): T => (link === undefined ? e : { ...e, link });
  switch (header.type as string | null) {
    case 'file':
    case 'contiguous-file':
      return { name, type: 'file' };
    case 'directory':
      return { name, type: 'directory' };
    case 'symlink':
      return withLink({ name, type: 'symlink' });
    case 'link':
      return withLink({ name, type: 'hardlink' });
    case 'fifo':
      return { name, type: 'special', what: 'FIFO' };
    case 'character-device':
    case 'block-device':
      return { name, type: 'special', what: 'device' };
    default:
      return {
        name,
        type: 'unsupported',
        what: 'a tar entry of a kind this tool does not read (sparse file, volume label or unknown type); it is not read',
      };
  }
}

/** Stream the tar archive at `path` into `collector`. */
export async function readTar(path: string, format: TarFormat, collector: Collector, budget: Budget): Promise<void> {
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  const decompressor: Duplex | null =
    format === 'tar.gz'
      ? createGunzip({ chunkSize: 1 << 18 })
      : format === 'tar.bz2'
        ? createBzip2Decompressor({ maxOutput: budget.limits.maxBytes, limitError: () => budget.sizeError() })
        : null;
  const counter = new Counter(budget);
  const extract = tarExtract({ filenameEncoding: 'latin1', allowUnknownFormat: true } as Parameters<typeof tarExtract>[0]);
  let failure: ArchiveError | null = null;
  const fail = (e: unknown): void => {
    failure ??= corrupt(path, format, e);
    extract.destroy(failure);
  };
  input.on('error', fail);
  decompressor?.on('error', fail);
  counter.on('error', fail);
  let upstream: Readable = input;
  if (decompressor) upstream = upstream.pipe(decompressor);
  upstream.pipe(counter).pipe(extract as unknown as NodeJS.WritableStream);

  let entries = 0;
  let dataEnd = 0;
  try {
    for await (const entry of extract) {
      const header = entry.header;
      entries += 1;
      const offset = (header as Header & { byteOffset?: number }).byteOffset ?? 0;
      dataEnd = offset + Math.ceil((header.size ?? 0) / 512) * 512;
      await collector.add(rawEntry(header), entry as unknown as AsyncIterable<Buffer>);
    }
  } catch (e) {
    throw failure ?? corrupt(path, format, e);
  } finally {
    input.destroy();
    decompressor?.destroy();
    counter.destroy();
  }
  if (failure) throw failure;
  // tar-stream accepts a stream cut exactly between two entries; a real archive ends with
  // at least one zero block (GNU tar writes two, padded to a 10 KiB record).
  if (entries === 0) throw new ArchiveError(`${path} is an empty tar archive`);
  if (counter.total - dataEnd < 512) {
    throw new ArchiveError(
      `${path} is truncated: the tar data stops after an entry, without the end-of-archive marker`,
      'Download the archive again; if it still fails, it is damaged at its source.',
    );
  }
}
