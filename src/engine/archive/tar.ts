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
import { ArchiveError, ArchiveFormatError } from './errors.ts';
import type { Collector, RawEntry } from './collect.ts';
import { readDecompressed, type TarFormat } from './decompress.ts';
import type { Budget } from './limits.ts';
import { BLOCK, decodeHeader, isZeroBlock, parsePax, type HeaderBlock, type PaxRecords } from './tar-header.ts';
import { isFileType, REFUSED_HINT, tarEntry } from './tar-entry.ts';

export type { TarFormat } from './decompress.ts';

/** Extended headers (pax, GNU long names) larger than this are refused: no path is that long. */
const MAX_META_BYTES = 1 << 20;

const HINT = 'Download the archive again; if it still fails, it is damaged at its source.';

type State = 'header' | 'meta' | 'data' | 'pad' | 'end';

/** An extended header (pax, pax global, GNU long name) whose data is being read. */
interface MetaHeader {
  type: 'x' | 'g' | 'L';
  at: number;
  parts: Buffer[];
  size: number;
}

/** Where the parser hands each entry: its header, then its data in chunks, then its end. */
export interface TarEntrySink {
  begin(entry: RawEntry): void;
  data(chunk: Buffer): void;
  end(): void;
}

/**
 * The tar stream's structure, pushed chunk by chunk: a state machine whose states each read
 * from `chunk` at `off` and return the offset they stopped at. What an entry header means
 * is decided in tar-entry.ts.
 */
export class TarParser {
  /** Bytes consumed so far: the offset in the tar stream. */
  private pos = 0;
  private state: State = 'header';
  private remaining = 0;
  private readonly header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  private meta: MetaHeader | null = null;
  /** Size of the entry whose data is being read (for its padding). */
  private dataSize = 0;
  private pax: PaxRecords | null = null;
  private long: Buffer | null = null;
  entries = 0;

  constructor(private readonly collector: TarEntrySink) {}

  push(chunk: Buffer): void {
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
  finish(): void {
    if (this.state === 'end') return;
    if (this.state === 'header' && this.headerFill === 0) {
      if (this.entries === 0 && this.pos === 0) throw new ArchiveError('it is an empty tar archive');
      if (this.pax || this.long || this.meta) throw new ArchiveError('it is truncated: the tar data ends after an extended header', HINT);
      throw new ArchiveError('it is truncated: the tar data stops after an entry, without the end-of-archive marker', HINT);
    }
    throw new ArchiveError(`it is truncated: the tar data ends early (inside ${this.state === 'header' ? 'a header' : 'an entry'})`, HINT);
  }

  /** A header block: read in place when the chunk holds it whole, else gathered across chunks. */
  private readHeader(chunk: Buffer, off: number): number {
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
  private readData(chunk: Buffer, off: number): number {
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
  private readMeta(chunk: Buffer, off: number): number {
    const meta = this.meta as MetaHeader;
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

  private skipPadding(chunk: Buffer, off: number): number {
    const take = Math.min(this.remaining, chunk.length - off);
    this.pos += take;
    this.remaining -= take;
    if (this.remaining === 0) this.state = 'header';
    return off + take;
  }

  /** After the end-of-archive marker only zeros may follow. */
  private readAfterEnd(chunk: Buffer, off: number): number {
    for (; off < chunk.length; off++, this.pos++) {
      if (chunk[off] !== 0) {
        throw new ArchiveFormatError(
          `there is data after the end-of-archive marker (at byte ${this.pos}): GNU tar and 7-Zip stop at the marker, PHP's Archive_Tar (Nextcloud's app installer) reads on; the archive is refused`,
          REFUSED_HINT,
        );
      }
    }
    return off;
  }

  /** Skip to the next header after `size` bytes of data or extended header. */
  private toPadding(size: number): void {
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    this.remaining = pad;
    this.state = pad === 0 ? 'header' : 'pad';
  }

  private onHeader(block: Buffer): void {
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
        throw new ArchiveFormatError(
          `the GNU long link name at byte ${at} is mis-read by PHP's Archive_Tar (Nextcloud's app installer), which writes a stray file instead; the archive is refused`,
          REFUSED_HINT,
        );
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

  private onEndMarker(at: number): void {
    if (this.pax || this.long) {
      throw new ArchiveFormatError(
        `an extended header is not followed by an entry (at byte ${at}); extractors differ on what it applies to; the archive is refused`,
        REFUSED_HINT,
      );
    }
    this.state = 'end';
  }

  private onExtendedHeader(type: MetaHeader['type'], size: number, at: number): void {
    if ((type !== 'L' && (this.pax || this.long)) || (type === 'L' && this.long)) {
      throw new ArchiveFormatError(
        `extended headers at byte ${at} come in an order extractors read differently (only a pax header, then a GNU long name, then the entry are read alike); the archive is refused`,
        REFUSED_HINT,
      );
    }
    if (size > MAX_META_BYTES)
      throw new ArchiveFormatError(`the extended header at byte ${at} is ${size} bytes, more than any path needs; the archive is refused`);
    this.meta = { type, at, parts: [], size };
    this.remaining = size;
    if (size === 0) {
      this.onMeta(this.meta);
      this.toPadding(0);
    } else this.state = 'meta';
  }

  private onMeta(meta: MetaHeader): void {
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

  private onEntry(h: HeaderBlock, at: number): void {
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
function gnuLongName(data: Buffer, at: number): Buffer {
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end--;
  const value = data.subarray(0, end);
  if (value.length === 0 || value.includes(0)) {
    throw new ArchiveFormatError(
      `the GNU long name at byte ${at} is empty or holds a NUL byte, which extractors read differently; the archive is refused`,
      REFUSED_HINT,
    );
  }
  return value;
}

function unknownType(typeflag: string, at: number): ArchiveFormatError {
  return new ArchiveFormatError(
    `the tar entry at byte ${at} has the type ${/^[\x21-\x7e]$/.test(typeflag) ? `'${typeflag}'` : `0x${typeflag.charCodeAt(0).toString(16)}`}, which extractors treat differently (GNU tar's sparse files, volume labels, unknown types); the archive is refused`,
    REFUSED_HINT,
  );
}

function corrupt(path: string, format: TarFormat, e: unknown): ArchiveError {
  if (e instanceof ArchiveFormatError) return new ArchiveError(`${path} is refused: ${e.message}`, e.hint);
  if (e instanceof ArchiveError) return e.message.startsWith('it is ') ? new ArchiveError(`${path} ${e.message.slice(3)}`, e.hint) : e;
  const err = e as NodeJS.ErrnoException;
  const message = err?.message ?? String(e);
  if (err?.syscall || (err?.code && /^E[A-Z]+$/.test(err.code))) {
    return new ArchiveError(`cannot read ${path}: ${err.code ?? message}`);
  }
  if (/unexpected end|premature|truncated/i.test(message)) {
    return new ArchiveError(`${path} is truncated: the ${format} data ends early (${message})`, HINT);
  }
  return new ArchiveError(`${path} is corrupt (${format}: ${message})`, HINT);
}

export interface TarReadOptions {
  stallMs?: number;
}

/** Stream the tar archive at `path` into `collector`. */
export async function readTar(
  path: string,
  format: TarFormat,
  collector: Collector,
  budget: Budget,
  options: TarReadOptions = {},
): Promise<void> {
  const parser = new TarParser(collector);
  try {
    const chunks = readDecompressed(path, format, {
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
  } catch (e) {
    if (e instanceof ArchiveFormatError && /^the data is not a tar archive/.test(e.message)) {
      throw new ArchiveError(`${path} is corrupt or not a tar archive inside its ${format === 'tar' ? 'file' : 'compression'}`, HINT);
    }
    throw corrupt(path, format, e);
  }
}

/** Parse a whole tar stream from memory (tests, fuzzing): same rules as readTar. */
export async function parseTarChunks(chunks: AsyncIterable<Buffer> | Iterable<Buffer>, collector: Collector): Promise<void> {
  const parser = new TarParser(collector);
  for await (const chunk of chunks) {
    parser.push(chunk);
    await collector.settle();
  }
  parser.finish();
  await collector.settle();
}
