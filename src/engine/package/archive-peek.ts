/**
 * What the store pre-flight needs to know of an app archive before anything is extracted: that
 * it is a gzip-compressed tar (the only kind the App Store takes), its top-level names, the
 * names PHP's Archive_Tar would refuse, and the text of `<top>/appinfo/info.xml` and
 * `<top>/appinfo/signature.json`. One streamed pass, nothing written; the archive's
 * integrity itself is checked by the verify use case.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { RawEntry } from '../archive/collect.ts';
import { readDecompressed } from '../archive/decompress.ts';
import { TarParser, type TarEntrySink } from '../archive/tar.ts';
import { UsageError, describeFsError } from '../errors.ts';
import { archiveTarRefuses } from './rules.ts';

export interface ArchivePeek {
  /** gzip-compressed (magic 1f 8b). */
  gzip: boolean;
  /** The distinct first path segments, in archive order ("" for a stray file at the top). */
  topNames: string[];
  /** Problems reading it (corrupt, too large): the other fields are then partial. */
  problems: string[];
  /** Paths Archive_Tar would refuse the archive for, with why. */
  refusedNames: string[];
  infoXml: string | null;
  signatureJson: string | null;
}

/** Text files larger than this are not read (a real signature.json of 100,000 files is ~20 MB). */
const MAX_TEXT = 64 << 20;
const MAX_ENTRIES = 1_000_000;
const MAX_BYTES = 8 * 2 ** 30;
const TOO_LARGE = 'it is larger than the pre-flight reads (1,000,000 entries, 8 GiB)';

function isGzip(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } catch (e) {
    throw new UsageError(`${path} ${describeFsError(e, 'is a folder, not an archive')}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The name as Archive_Tar and Nextcloud's installer see it: no leading "./". */
function cleanName(name: string): string {
  return name.replace(/^(\.\/)+/, '');
}

/** Collects what the pre-flight needs as the parser hands over the entries. */
class PeekSink implements TarEntrySink {
  private entries = 0;
  private bytes = 0;
  /** The text being collected for the current entry, if it is one the pre-flight reads. */
  private text: { field: 'infoXml' | 'signatureJson'; chunks: Buffer[]; size: number } | null = null;

  constructor(private readonly peek: ArchivePeek) {}

  begin(entry: RawEntry): void {
    const name = cleanName(entry.name.toString('utf8'));
    if (name === '') return;
    if (++this.entries > MAX_ENTRIES || this.bytes > MAX_BYTES) throw new Error(TOO_LARGE);
    const top = name.includes('/') ? name.slice(0, name.indexOf('/')) : entry.type === 'directory' ? name : '';
    if (!this.peek.topNames.includes(top)) this.peek.topNames.push(top);
    const refused = archiveTarRefuses(name);
    if (refused !== null) this.peek.refusedNames.push(`${name}: ${refused}`);
    const rel = name.slice(top.length + 1);
    const field = rel === 'appinfo/info.xml' ? 'infoXml' : rel === 'appinfo/signature.json' ? 'signatureJson' : null;
    if (top !== '' && entry.type === 'file' && field !== null) this.text = { field, chunks: [], size: 0 };
  }

  data(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.text === null) return;
    this.text.size += chunk.length;
    if (this.text.size <= MAX_TEXT) this.text.chunks.push(Buffer.from(chunk));
  }

  end(): void {
    if (this.text === null) return;
    const { field, chunks, size } = this.text;
    this.peek[field] = size <= MAX_TEXT ? Buffer.concat(chunks).toString('utf8') : null;
    this.text = null;
  }
}

/** Read the archive at `path` for the pre-flight (see ArchivePeek). Errors only when it cannot be opened. */
export async function peekAppArchive(path: string): Promise<ArchivePeek> {
  const peek: ArchivePeek = { gzip: isGzip(path), topNames: [], problems: [], refusedNames: [], infoXml: null, signatureJson: null };
  if (!peek.gzip) return peek;
  // The project's own strict tar parser: names as GNU tar writes them, and headers that
  // extractors read differently refused, as verify does.
  const parser = new TarParser(new PeekSink(peek));
  try {
    const chunks = readDecompressed(path, 'tar.gz', { maxOutput: MAX_BYTES, limitError: () => new Error(TOO_LARGE) });
    for await (const chunk of chunks) parser.push(chunk);
    parser.finish();
  } catch (e) {
    peek.problems.push(`the archive cannot be read to the end: ${(e as Error).message}`);
  }
  return peek;
}
