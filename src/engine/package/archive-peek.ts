/**
 * What the store pre-flight needs to know of an app archive before anything is extracted: that
 * it is a gzip-compressed tar (the only kind the App Store takes), its top-level names, the
 * names PHP's Archive_Tar would refuse, and the text of `<top>/appinfo/info.xml` and
 * `<top>/appinfo/signature.json`. One streamed pass, nothing written; the archive's
 * integrity itself is checked by the verify use case.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { extract as tarExtract } from 'tar-stream';
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

async function readText(entry: AsyncIterable<Buffer>, size: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry) if (size <= MAX_TEXT) chunks.push(chunk);
  return size <= MAX_TEXT ? Buffer.concat(chunks).toString('utf8') : null;
}

/** Drain an entry's data; returns how many bytes it had. */
async function drain(entry: AsyncIterable<Buffer>): Promise<number> {
  let n = 0;
  for await (const chunk of entry) n += chunk.length;
  return n;
}

/** The name as Archive_Tar and Nextcloud's installer see it: no leading "./". */
function cleanName(name: string): string {
  return name.replace(/^(\.\/)+/, '');
}

/** Read the archive at `path` for the pre-flight (see ArchivePeek). Errors only when it cannot be opened. */
export async function peekAppArchive(path: string): Promise<ArchivePeek> {
  const peek: ArchivePeek = { gzip: isGzip(path), topNames: [], problems: [], refusedNames: [], infoXml: null, signatureJson: null };
  if (!peek.gzip) return peek;
  const extract = tarExtract();
  const input = createReadStream(path);
  const gunzip = createGunzip();
  const fail = (e: Error): void => void extract.destroy(e);
  input.on('error', fail);
  gunzip.on('error', fail);
  input.pipe(gunzip).pipe(extract as unknown as NodeJS.WritableStream);
  let entries = 0;
  let bytes = 0;
  try {
    for await (const entry of extract) {
      const data = entry as unknown as AsyncIterable<Buffer>;
      const name = cleanName(entry.header.name);
      if (name === '') {
        await drain(data);
        continue;
      }
      if (++entries > MAX_ENTRIES || bytes > MAX_BYTES)
        throw new Error('it is larger than the pre-flight reads (1,000,000 entries, 8 GiB)');
      const top = name.includes('/') ? name.slice(0, name.indexOf('/')) : entry.header.type === 'directory' ? name : '';
      if (!peek.topNames.includes(top)) peek.topNames.push(top);
      const refused = archiveTarRefuses(name);
      if (refused !== null) peek.refusedNames.push(`${name}: ${refused}`);
      const rel = name.slice(top.length + 1);
      const size = entry.header.size ?? 0;
      if (top !== '' && entry.header.type === 'file' && rel === 'appinfo/info.xml') peek.infoXml = await readText(data, size);
      else if (top !== '' && entry.header.type === 'file' && rel === 'appinfo/signature.json')
        peek.signatureJson = await readText(data, size);
      else bytes += await drain(data);
    }
  } catch (e) {
    peek.problems.push(`the archive cannot be read to the end: ${(e as Error).message}`);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  return peek;
}
