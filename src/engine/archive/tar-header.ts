/**
 * Tar header blocks and pax records, decoded strictly: every field that extractors read
 * differently is either decoded the way each of them reads it (names, link targets) or
 * refused (numbers, checksums, unknown formats). Pure functions over buffers; the stream
 * logic is in tar.ts.
 */
import { ArchiveFormatError } from './errors.ts';

export const BLOCK = 512;

/** A header block's fields, as GNU tar, 7-Zip and PHP's Archive_Tar read them. */
export interface HeaderBlock {
  /** The type flag as a one-character string ('\0' for an old-style file). */
  typeflag: string;
  /** The size field. */
  size: number;
  /** `name` as GNU tar reads it (the ustar prefix joined when the header is POSIX ustar). */
  gnuName: Buffer;
  /** As 7-Zip reads it (the prefix also for GNU-format headers). */
  sevenZipName: Buffer;
  /** As Archive_Tar reads it (a prefix of at most 131 bytes, whatever the format). */
  archiveTarName: Buffer;
  /** The link field up to its first NUL. */
  linkname: Buffer;
  /** The link field as Archive_Tar reads it (PHP trim(): spaces, tabs, CR, LF, NUL, VT at both ends). */
  archiveTarLinkname: Buffer;
  format: 'posix' | 'gnu' | 'v7';
}

/** Numeric fields besides the size: offset, length, name. */
const OTHER_NUMBERS: Array<[number, number, string, boolean]> = [
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
export function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < block.length; i++) if (block[i] !== 0) return false;
  return true;
}

/** The bytes of a field up to its first NUL. */
export function cString(block: Buffer, offset: number, length: number): Buffer {
  const field = block.subarray(offset, offset + length);
  const nul = field.indexOf(0);
  return nul < 0 ? field : field.subarray(0, nul);
}

const PHP_TRIM = new Set([0x20, 0x09, 0x0a, 0x0d, 0x00, 0x0b]);

/** PHP's trim() with its default characters. */
export function phpTrim(bytes: Buffer): Buffer {
  let start = 0;
  let end = bytes.length;
  while (start < end && PHP_TRIM.has(bytes[start] as number)) start++;
  while (end > start && PHP_TRIM.has(bytes[end - 1] as number)) end--;
  return bytes.subarray(start, end);
}

function joinPrefix(prefix: Buffer, name: Buffer): Buffer {
  return prefix.length > 0 ? Buffer.concat([prefix, Buffer.from('/'), name]) : name;
}

/**
 * An octal number field as GNU tar accepts it and PHP's octdec() reads it the same: leading
 * spaces, octal digits, then only spaces or NULs. Base-256 (which Archive_Tar misreads) and
 * anything else are refused.
 */
function octalField(block: Buffer, offset: number, length: number, what: string, at: number): number {
  const field = block.subarray(offset, offset + length);
  if ((field[0] as number) & 0x80) {
    throw new ArchiveFormatError(
      `the tar header at byte ${at} stores its ${what} in base-256, which PHP's Archive_Tar (Nextcloud's app installer) reads differently from GNU tar; the archive is refused`,
    );
  }
  const m = /^ *([0-7]+)[ \0]*$/.exec(field.toString('latin1'));
  if (!m)
    throw new ArchiveFormatError(`the tar header at byte ${at} has a ${what} field that is not an octal number; the archive is refused`);
  return parseInt(m[1] as string, 8);
}

/** Decode one (non-zero) header block found at byte `at` of the tar stream; refuses what extractors read differently. */
export function decodeHeader(block: Buffer, at: number): HeaderBlock {
  const magic = block.subarray(257, 265);
  const format = magic.equals(POSIX_MAGIC) ? 'posix' : magic.equals(GNU_MAGIC) ? 'gnu' : isZeroBlock(magic) ? 'v7' : null;
  checksum(block, at, format !== null);
  if (format === null) {
    throw new ArchiveFormatError(
      `the tar header at byte ${at} is of an unknown format (its magic is neither ustar nor GNU nor empty); the archive is refused`,
    );
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
      throw new ArchiveFormatError(
        `the tar header at byte ${at} has a ${what} field that is not a number: 7-Zip stops extracting there, GNU tar and PHP's Archive_Tar go on; the archive is refused`,
      );
    }
  }
  const name = cString(block, 0, 100);
  const prefix = cString(block, 345, 155);
  const prefix131 = cString(block, 345, 131);
  const linkname = cString(block, 157, 100);
  return {
    typeflag: String.fromCharCode(block[156] as number),
    size,
    gnuName: format === 'posix' ? joinPrefix(prefix, name) : name,
    sevenZipName: format === 'v7' ? name : joinPrefix(prefix, name),
    archiveTarName: joinPrefix(prefix131, name),
    linkname,
    archiveTarLinkname: phpTrim(linkname),
    format,
  };
}

function checksum(block: Buffer, at: number, looksLikeTar: boolean): void {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : (block[i] as number);
    unsigned += b;
    signed += (b << 24) >> 24;
  }
  const m = /^ *([0-7]+)[ \0]*$/.exec(block.subarray(148, 156).toString('latin1'));
  const stored = m ? parseInt(m[1] as string, 8) : NaN;
  if (stored === unsigned) return;
  if (stored === signed) {
    throw new ArchiveFormatError(
      `the tar header at byte ${at} has a checksum computed over signed bytes: GNU tar and 7-Zip accept it, PHP's Archive_Tar (Nextcloud's app installer) refuses it; the archive is refused`,
    );
  }
  throw new ArchiveFormatError(
    at === 0 && !looksLikeTar
      ? 'the data is not a tar archive (its first header block is not a valid tar header)'
      : `the tar header at byte ${at} is corrupt (its checksum does not match)`,
  );
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
function shownKeyword(key: string): string {
  return /^[A-Za-z0-9._-]{1,64}$/.test(key) ? `"${key}"` : '(an unprintable keyword)';
}

export interface PaxRecords {
  path?: Buffer;
  linkpath?: Buffer;
  size?: number;
}

/**
 * The records of a pax header ('x' per entry, or 'g' global). Every record must be well
 * formed and fill the data exactly; keywords that change what an extractor writes are
 * returned ('x') or refused ('g': GNU tar applies them to every later entry, the others
 * ignore them); unknown keywords are refused, since this tool cannot know which extractor
 * honours them.
 */
export function parsePax(data: Buffer, global: boolean, at: number): PaxRecords {
  const out: PaxRecords = {};
  const seen = new Set<string>();
  const where = `the pax ${global ? 'global ' : ''}header at byte ${at}`;
  let i = 0;
  while (i < data.length) {
    const space = data.indexOf(0x20, i);
    const lenText = space < 0 ? '' : data.subarray(i, space).toString('latin1');
    const len = /^[1-9][0-9]{0,8}$/.test(lenText) ? Number(lenText) : NaN;
    if (!(len > 0) || i + len > data.length || data[i + len - 1] !== 0x0a) {
      throw new ArchiveFormatError(`${where} has a malformed record; extractors read it differently, so the archive is refused`);
    }
    const record = data.subarray(space + 1, i + len - 1);
    const eq = record.indexOf(0x3d);
    if (eq <= 0) throw new ArchiveFormatError(`${where} has a record without a keyword; the archive is refused`);
    const key = record.subarray(0, eq).toString('utf8');
    const value = record.subarray(eq + 1);
    i += len;
    if (seen.has(key)) {
      throw new ArchiveFormatError(
        `${where} sets the keyword ${shownKeyword(key)} twice; extractors differ on which one counts, so the archive is refused`,
      );
    }
    seen.add(key);
    if (key === 'path' || key === 'linkpath' || key === 'size') {
      if (global) {
        throw new ArchiveFormatError(
          `${where} sets "${key}", which GNU tar applies to every later entry while 7-Zip and PHP's Archive_Tar ignore it; the archive is refused`,
        );
      }
      if (key === 'size') {
        const text = value.toString('latin1');
        if (!/^[0-9]{1,15}$/.test(text)) throw new ArchiveFormatError(`${where} has a size that is not a number; the archive is refused`);
        out.size = Number(text);
      } else {
        if (value.length === 0 || value.includes(0)) {
          throw new ArchiveFormatError(
            `${where} has an empty ${key} or one with a NUL byte, which extractors read differently; the archive is refused`,
          );
        }
        out[key] = Buffer.from(value);
      }
      continue;
    }
    if (key === 'hdrcharset') {
      const v = value.toString('latin1');
      if (!global && (v === 'BINARY' || v === UTF8_CHARSET)) continue;
      throw new ArchiveFormatError(`${where} sets hdrcharset, which changes how GNU tar decodes names; the archive is refused`);
    }
    if (PAX_HARMLESS.has(key) || PAX_HARMLESS_PREFIXES.some((p) => key.startsWith(p))) continue;
    throw new ArchiveFormatError(
      `${where} sets the keyword ${shownKeyword(key)}, which this tool does not know; an extractor may honour it (e.g. GNU tar's sparse files), so the archive is refused`,
    );
  }
  return out;
}
