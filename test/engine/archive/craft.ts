/**
 * The one crafting helper of the archive tests: tar and zip archives written byte by byte,
 * so every header field, every extension and every inconsistency a hostile uploader could
 * produce can be made in a test (no binary archive is committed). Defaults give the
 * archives GNU tar and Info-ZIP zip write; each field can be overridden.
 */
import { deflateRawSync } from 'node:zlib';

type Bytes = Buffer | string;
const bytes = (b: Bytes): Buffer => (typeof b === 'string' ? Buffer.from(b, 'utf8') : b);

// ---------------------------------------------------------------------------------------
// tar

export interface TarHeader {
  name: Bytes;
  /** One character; default '0' (file), or '5' when the name ends with '/'. */
  typeflag?: string;
  mode?: number;
  uid?: number;
  gid?: number;
  /** The size field; default the data's length. */
  size?: number;
  mtime?: number;
  linkname?: Bytes;
  /** 'posix' ("ustar\0" "00", the default), 'gnu' ("ustar  \0"), 'v7' (none), or 8 raw bytes. */
  magic?: 'posix' | 'gnu' | 'v7' | Buffer;
  /** The ustar prefix field (155 bytes at offset 345). */
  prefix?: Bytes;
  uname?: string;
  gname?: string;
  /** 'unsigned' (default), 'signed' (the historic signed-char sum), or an explicit value. */
  checksum?: 'unsigned' | 'signed' | number;
  /** Raw bytes for the size field (12 bytes, e.g. base-256); wins over `size`. */
  sizeField?: Buffer;
  /** Change the finished header block (before the checksum unless `afterChecksum`). */
  patch?: (block: Buffer) => void;
  afterChecksum?: boolean;
}

export type TarRecord =
  /** A header and its data (padded to 512 bytes); `data` may disagree with the size field. */
  | { header: TarHeader; data?: Bytes }
  /** A pax extended header ('x'), or a global one ('g'), with its records. */
  | { pax: Array<[string, Bytes]> | Record<string, Bytes>; global?: boolean; name?: string; patch?: (record: Buffer) => Buffer }
  /** A GNU long name ('L') or long link ('K') header carrying `value` (NUL-terminated unless `raw`). */
  | { gnuLong: Bytes; link?: boolean; raw?: boolean }
  /** `count` zero blocks (the end-of-archive marker is two). */
  | { zeros: number }
  /** Bytes as they are (not padded). */
  | { raw: Bytes };

function field(block: Buffer, offset: number, length: number, value: Bytes): void {
  const b = bytes(value);
  b.copy(block, offset, 0, Math.min(b.length, length));
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0';
}

/** One 512-byte tar header block. */
export function tarHeader(h: TarHeader, dataLength = 0): Buffer {
  const block = Buffer.alloc(512);
  const name = bytes(h.name);
  const typeflag = h.typeflag ?? (name[name.length - 1] === 0x2f ? '5' : '0');
  field(block, 0, 100, name);
  field(block, 100, 8, octal(h.mode ?? (typeflag === '5' ? 0o755 : 0o644), 8));
  field(block, 108, 8, octal(h.uid ?? 0, 8));
  field(block, 116, 8, octal(h.gid ?? 0, 8));
  if (h.sizeField) h.sizeField.copy(block, 124, 0, 12);
  else field(block, 124, 12, octal(h.size ?? dataLength, 12));
  field(block, 136, 12, octal(h.mtime ?? 1700000000, 12));
  block.write(typeflag, 156, 1, 'latin1');
  if (h.linkname !== undefined) field(block, 157, 100, h.linkname);
  const magic = h.magic ?? 'posix';
  if (magic === 'posix') block.write('ustar\x0000', 257, 'latin1');
  else if (magic === 'gnu') block.write('ustar  \x00', 257, 'latin1');
  else if (magic !== 'v7') magic.copy(block, 257, 0, 8);
  if (magic !== 'v7') {
    field(block, 265, 32, h.uname ?? 'root');
    field(block, 297, 32, h.gname ?? 'root');
  }
  if (h.prefix !== undefined) field(block, 345, 155, h.prefix);
  if (h.patch && !h.afterChecksum) h.patch(block);
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += h.checksum === 'signed' ? ((block[i] as number) << 24) >> 24 : (block[i] as number);
  const value = typeof h.checksum === 'number' ? h.checksum : sum;
  block.write(value.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  if (h.patch && h.afterChecksum) h.patch(block);
  return block;
}

function padded(data: Buffer): Buffer[] {
  const pad = (512 - (data.length % 512)) % 512;
  return pad === 0 ? [data] : [data, Buffer.alloc(pad)];
}

/** A pax record "len key=value\n" (the length counts itself). */
export function paxRecord(key: string, value: Bytes): Buffer {
  const body = Buffer.concat([Buffer.from(` ${key}=`), bytes(value), Buffer.from('\n')]);
  let len = body.length + 1;
  while (String(len).length + body.length !== len) len = String(len).length + body.length;
  return Buffer.concat([Buffer.from(String(len)), body]);
}

/** A tar archive of `records`, ending with two zero blocks unless `end: false` (then write `{ zeros }` yourself). */
export function tar(records: TarRecord[], options: { end?: boolean } = {}): Buffer {
  const out: Buffer[] = [];
  for (const r of records) {
    if ('header' in r) {
      const data = r.data === undefined ? Buffer.alloc(0) : bytes(r.data);
      out.push(tarHeader(r.header, data.length), ...padded(data));
    } else if ('pax' in r) {
      const entries = Array.isArray(r.pax) ? r.pax : Object.entries(r.pax);
      let body: Buffer = Buffer.concat(entries.map(([k, v]) => paxRecord(k, v)));
      if (r.patch) body = r.patch(body);
      const name = r.name ?? (r.global ? 'pax_global_header' : 'PaxHeaders/entry');
      out.push(tarHeader({ name, typeflag: r.global ? 'g' : 'x' }, body.length), ...padded(body));
    } else if ('gnuLong' in r) {
      const value = r.raw ? bytes(r.gnuLong) : Buffer.concat([bytes(r.gnuLong), Buffer.alloc(1)]);
      out.push(tarHeader({ name: '././@LongLink', typeflag: r.link ? 'K' : 'L', magic: 'gnu' }, value.length), ...padded(value));
    } else if ('zeros' in r) {
      out.push(Buffer.alloc(512 * r.zeros));
    } else {
      out.push(bytes(r.raw));
    }
  }
  if (options.end !== false) out.push(Buffer.alloc(1024));
  return Buffer.concat(out);
}

/** Simple entries (name ending in "/" = folder), as `tar -c` would write them, for tar(). */
export function tarFiles(files: Array<{ name: string; data?: Bytes; type?: 'symlink' | 'link' | 'fifo'; link?: string }>): TarRecord[] {
  return files.map((f) => {
    if (f.type === 'symlink') return { header: { name: f.name, typeflag: '2', linkname: f.link ?? '', mode: 0o777 } };
    if (f.type === 'link') return { header: { name: f.name, typeflag: '1', linkname: f.link ?? '' } };
    if (f.type === 'fifo') return { header: { name: f.name, typeflag: '6' } };
    return f.name.endsWith('/') ? { header: { name: f.name } } : { header: { name: f.name }, data: f.data ?? '' };
  });
}

// ---------------------------------------------------------------------------------------
// zip

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Host systems of the "version made by" field. */
export const HOST = { fat: 0, amiga: 1, vms: 2, unix: 3, atari: 5, hpfs: 6, mac: 7, ntfs: 10, vfat: 14, beos: 16, atheos: 30 } as const;

export interface ZipSpec {
  /** The central directory's name; the local header's unless `localName`. */
  name: Bytes;
  localName?: Bytes;
  data?: Bytes;
  /** 0 stored, 8 deflate (default for non-empty data) or any other number (data stored as is). */
  method?: number;
  localMethod?: number;
  /** General purpose flags (default: 0x800 for a string name with non-ASCII characters). */
  flags?: number;
  localFlags?: number;
  /** "Version needed to extract" (default 20, or 45 for zip64). */
  needed?: number;
  /** Host of "version made by" (default unix). */
  host?: number;
  /** Unix mode with type bits (default file 0644, folder 0755 for a name ending in "/"). */
  mode?: number;
  /** External attributes as a whole (wins over `mode`). */
  externalAttributes?: number;
  extra?: Buffer;
  localExtra?: Buffer;
  /** Overrides of what the headers declare (default: the true values). */
  crc?: number;
  compressedSize?: number;
  size?: number;
  localCrc?: number;
  localCompressedSize?: number;
  localSize?: number;
  /** The stored bytes (default: deflated or stored data). */
  compressed?: Buffer;
  /** Sizes and CRC after the data (flag bit 3); the local header then carries zeros. */
  descriptor?: { signature?: boolean };
  /** Write sizes and offset as zip64 extra fields (0xffffffff in the headers). */
  zip64?: boolean;
  /** Bytes between this entry and the next (hidden from the central directory). */
  after?: Buffer;
  /** Leave this entry out of the central directory (its local header and data stay). */
  hidden?: boolean;
  /** Point the central directory entry at another entry's local header (index). */
  offsetOf?: number;
  comment?: Bytes;
}

export interface ZipOptions {
  /** Bytes before the first entry (e.g. a self-extractor stub). */
  prefix?: Buffer;
  comment?: Bytes;
  /** Bytes after the end record. */
  suffix?: Buffer;
  /** Change the end-of-central-directory record's entry count. */
  entryCount?: number;
  /** Write a zip64 end record and locator. */
  zip64End?: boolean;
}

/** Info-ZIP Unicode Path (0x7075) or Unicode Comment (0x6375) extra field for `raw` (CRC of `raw`). */
export function unicodeExtra(value: Bytes, raw: Bytes, kind: 'path' | 'comment' = 'path', crc = crc32(bytes(raw))): Buffer {
  const v = bytes(value);
  const b = Buffer.alloc(9 + v.length);
  b.writeUInt16LE(kind === 'path' ? 0x7075 : 0x6375, 0);
  b.writeUInt16LE(5 + v.length, 2);
  b.writeUInt8(1, 4);
  b.writeUInt32LE(crc, 5);
  v.copy(b, 9);
  return b;
}

function zip64Extra(values: bigint[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length);
  b.writeUInt16LE(0x0001, 0);
  b.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => b.writeBigUInt64LE(v, 4 + 8 * i));
  return b;
}

const nonAscii = (b: Bytes): boolean => typeof b === 'string' && [...b].some((c) => c.charCodeAt(0) > 0x7f);

/** A zip archive of `entries`, laid out as Info-ZIP's zip writes it unless told otherwise. */
export function zip(entries: ZipSpec[], options: ZipOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const push = (b: Buffer): void => {
    parts.push(b);
    offset += b.length;
  };
  if (options.prefix) push(options.prefix);
  for (const e of entries) {
    const name = bytes(e.name);
    const localName = e.localName === undefined ? name : bytes(e.localName);
    const data = bytes(e.data ?? '');
    const method = e.method ?? (data.length > 0 ? 8 : 0);
    const stored = e.compressed ?? (method === 8 ? deflateRawSync(data) : data);
    const crc = e.crc ?? crc32(data);
    const csize = e.compressedSize ?? stored.length;
    const usize = e.size ?? data.length;
    let flags = e.flags ?? (nonAscii(e.name) ? 0x800 : 0);
    if (e.descriptor) flags |= 0x8;
    const isDir = name[name.length - 1] === 0x2f;
    const host = e.host ?? HOST.unix;
    const attributes = e.externalAttributes ?? ((e.mode ?? (isDir ? 0o040755 : 0o100644)) * 0x10000 + (isDir ? 0x10 : 0)) >>> 0;
    offsets.push(offset);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.needed ?? (e.zip64 ? 45 : 20), 4);
    local.writeUInt16LE(e.localFlags ?? flags, 6);
    local.writeUInt16LE(e.localMethod ?? method, 8);
    local.writeUInt32LE(0x5b7e0000, 10); // a fixed DOS time
    const inDescriptor = e.descriptor !== undefined;
    local.writeUInt32LE(inDescriptor ? 0 : (e.localCrc ?? crc) >>> 0, 14);
    local.writeUInt32LE(inDescriptor ? 0 : e.zip64 ? 0xffffffff : (e.localCompressedSize ?? csize) >>> 0, 18);
    local.writeUInt32LE(inDescriptor ? 0 : e.zip64 ? 0xffffffff : (e.localSize ?? usize) >>> 0, 22);
    const localExtra = Buffer.concat([
      ...(e.zip64 ? [zip64Extra([BigInt(e.localSize ?? usize), BigInt(e.localCompressedSize ?? csize)])] : []),
      e.localExtra ?? e.extra ?? Buffer.alloc(0),
    ]);
    local.writeUInt16LE(localName.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    push(Buffer.concat([local, localName, localExtra, stored]));
    if (e.descriptor) {
      const d = Buffer.alloc(e.zip64 ? 20 : 12);
      d.writeUInt32LE(crc >>> 0, 0);
      if (e.zip64) {
        d.writeBigUInt64LE(BigInt(csize), 4);
        d.writeBigUInt64LE(BigInt(usize), 12);
      } else {
        d.writeUInt32LE(csize >>> 0, 4);
        d.writeUInt32LE(usize >>> 0, 8);
      }
      push(e.descriptor.signature === false ? d : Buffer.concat([Buffer.from([0x50, 0x4b, 0x07, 0x08]), d]));
    }
    if (e.after) push(e.after);
    if (e.hidden) continue;
    const at = e.offsetOf === undefined ? (offsets[offsets.length - 1] as number) : (offsets[e.offsetOf] as number);
    const comment = bytes(e.comment ?? '');
    const extra = Buffer.concat([...(e.zip64 ? [zip64Extra([BigInt(usize), BigInt(csize), BigInt(at)])] : []), e.extra ?? Buffer.alloc(0)]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(((host << 8) | (e.zip64 ? 45 : 30)) & 0xffff, 4);
    central.writeUInt16LE(e.needed ?? (e.zip64 ? 45 : 20), 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(0x5b7e0000, 12);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : csize >>> 0, 20);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : usize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt16LE(comment.length, 32);
    central.writeUInt32LE(attributes, 38);
    central.writeUInt32LE(e.zip64 ? 0xffffffff : at, 42);
    centrals.push(Buffer.concat([central, name, extra, comment]));
  }
  const cd = Buffer.concat(centrals);
  const cdOffset = offset;
  push(cd);
  const count = options.entryCount ?? centrals.length;
  if (options.zip64End) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(45, 12);
    end64.writeUInt16LE(45, 14);
    end64.writeBigUInt64LE(BigInt(count), 24);
    end64.writeBigUInt64LE(BigInt(count), 32);
    end64.writeBigUInt64LE(BigInt(cd.length), 40);
    end64.writeBigUInt64LE(BigInt(cdOffset), 48);
    const at = offset;
    push(end64);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(at), 8);
    locator.writeUInt32LE(1, 16);
    push(locator);
  }
  const comment = bytes(options.comment ?? '');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64End ? 0xffff : count & 0xffff, 8);
  end.writeUInt16LE(options.zip64End ? 0xffff : count & 0xffff, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(options.zip64End ? 0xffffffff : cdOffset, 16);
  end.writeUInt16LE(comment.length, 20);
  push(Buffer.concat([end, comment]));
  if (options.suffix) push(options.suffix);
  return Buffer.concat(parts);
}
