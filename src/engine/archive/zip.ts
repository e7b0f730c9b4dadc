/**
 * Reading a zip archive with yauzl: the central directory (the zip's authoritative list),
 * then each entry's data streamed once, in order. Names are decoded here, not by yauzl,
 * so an unsafe name becomes a finding instead of aborting the whole archive.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { Collector, RawEntry } from './collect.ts';
import { ArchiveError } from './errors.ts';
import type { Budget } from './limits.ts';

const S_IFMT = 0o170000;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function corrupt(path: string, e: unknown): ArchiveError {
  if (e instanceof ArchiveError) return e;
  const err = e as NodeJS.ErrnoException;
  const message = err?.message ?? String(e);
  if (err?.syscall) return new ArchiveError(`cannot read ${path}: ${err.code ?? message}`);
  const hint = 'Download the archive again; if it still fails, it is damaged at its source.';
  if (/end of central directory|unexpected EOF|end of file|truncated/i.test(message)) {
    return new ArchiveError(`${path} is truncated or not a complete zip archive (${message})`, hint);
  }
  return new ArchiveError(`${path} is a corrupt zip archive (${message})`, hint);
}

/**
 * The entry name as UTF-8 bytes, the way PHP's ZipArchive (libzip) sees it: the UTF-8 flag
 * or valid UTF-8 bytes are taken as they are; otherwise the Info-ZIP Unicode Path field,
 * or CP437 as the zip specification says.
 */
function entryName(entry: Entry): Buffer {
  const raw = entry.fileNameRaw;
  if (entry.generalPurposeBitFlag & 0x800) return raw;
  try {
    utf8.decode(raw);
    return raw;
  } catch {
    return Buffer.from(yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true), 'utf8');
  }
}

function classify(entry: Entry, name: Buffer): RawEntry {
  const host = entry.versionMadeBy >> 8;
  const unixMode = host === 3 ? (entry.externalFileAttributes >>> 16) & S_IFMT : 0;
  const dosFolder = host === 0 && (entry.externalFileAttributes & 0x10) !== 0 && entry.uncompressedSize === 0;
  if (name[name.length - 1] === 0x2f || unixMode === 0o040000 || dosFolder) return { name, type: 'directory' };
  if (unixMode === 0o120000) return { name, type: 'symlink' };
  if (unixMode === 0o010000) return { name, type: 'special', what: 'FIFO' };
  if (unixMode === 0o020000 || unixMode === 0o060000) return { name, type: 'special', what: 'device' };
  if (unixMode === 0o140000) return { name, type: 'special', what: 'socket' };
  if (entry.isEncrypted()) return { name, type: 'unsupported', what: 'encrypted zip entry; it is not read' };
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return { name, type: 'unsupported', what: `zip entry compressed with method ${entry.compressionMethod}, which this tool cannot read` };
  }
  return { name, type: 'file' };
}

/** Stream the zip archive at `path` into `collector`. */
export async function readZip(path: string, collector: Collector, budget: Budget): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      lazyEntries: true,
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true,
      autoClose: false,
    });
  } catch (e) {
    throw corrupt(path, e);
  }
  try {
    if (zip.entryCount > budget.limits.maxEntries) budget.addEntry(); // fails fast; the count is in the central directory
    if (zip.entryCount === 0) throw new ArchiveError(`${path} is an empty zip archive`);
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      const raw = classify(entry, entryName(entry));
      if (raw.type === 'file' || raw.type === 'symlink') {
        declared += entry.uncompressedSize;
        if (declared > budget.limits.maxBytes) {
          budget.addBytes(declared - budget.bytes); // declared sizes alone pass the limit: stop before inflating
        }
        const stream = await zip.openReadStreamPromise(entry);
        await collector.add(raw, stream);
      } else {
        await collector.add(raw);
      }
    }
  } catch (e) {
    throw corrupt(path, e);
  } finally {
    zip.close();
  }
}
