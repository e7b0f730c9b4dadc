/**
 * Building archives for the archive tests: real ones with the system's tar/zip/bzip2 from
 * the fixture trees, and hand-made hostile ones (tar-stream's packer, a tiny zip writer).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, lstatSync, renameSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, deflateRawSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { extractCase, tempDir } from '../helpers.ts';

/** A fixture case's tree, extracted into `<parent>/<top>/` (the folder an archive will hold). */
export function stageCase(name: string, top: string): { parent: string; dir: string } {
  const parent = tempDir(`stage-${name}-`);
  const dir = join(parent, top);
  renameSync(extractCase(name), dir);
  return { parent, dir };
}

export type SystemFormat = 'tar' | 'tar.gz' | 'tar.bz2' | 'zip';

/** Archive `<parent>/<top>` with the system tools into `outDir`; returns the archive path. */
export function systemArchive(parent: string, top: string, format: SystemFormat, outDir: string, name = top): string {
  const out = join(outDir, `${name}.${format}`);
  if (format === 'zip') execFileSync('zip', ['-qry', out, top], { cwd: parent });
  else execFileSync('tar', [format === 'tar' ? '-cf' : format === 'tar.gz' ? '-czf' : '-cjf', out, '-C', parent, top]);
  return out;
}

export interface TarEntry {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'fifo' | 'character-device';
  data?: Buffer | string;
  linkname?: string;
}

/** A tar archive (bytes) holding `entries` in this order, as tar-stream writes it (ustar/pax). */
export async function tarBuffer(entries: TarEntry[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  p.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    p.on('end', () => resolve());
    p.on('error', reject);
  });
  for (const e of entries) {
    const data = e.data === undefined ? undefined : Buffer.from(e.data);
    await new Promise<void>((resolve, reject) => {
      const header = {
        name: e.name,
        type: e.type ?? 'file',
        mode: e.type === 'directory' ? 0o755 : 0o644,
        ...(e.linkname ? { linkname: e.linkname } : {}),
      };
      const cb = (err?: Error | null): void => (err ? reject(err) : resolve());
      if (data) p.entry({ ...header, size: data.length }, data, cb);
      else p.entry(header, cb);
    });
  }
  p.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** The entries of a folder on disk, as tar entries below `top/` (byte order, like tar -c would). */
export function treeEntries(dir: string, top: string): TarEntry[] {
  const out: TarEntry[] = [{ name: `${top}/`, type: 'directory' }];
  const visit = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      const r = `${rel}/${name}`;
      const st = lstatSync(p);
      if (st.isSymbolicLink()) out.push({ name: r, type: 'symlink', linkname: readlinkSync(p) });
      else if (st.isDirectory()) {
        out.push({ name: `${r}/`, type: 'directory' });
        visit(p, r);
      } else out.push({ name: r, data: readFileSync(p) });
    }
  };
  visit(dir, top);
  return out;
}

export const gzip = (b: Buffer): Buffer => gzipSync(b);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  /** Raw name bytes (a string is written as UTF-8 with the UTF-8 flag). */
  name: string | Buffer;
  data?: Buffer | string;
  /** Unix mode including the file type bits (default: regular file 0644, or folder for a trailing "/"). */
  mode?: number;
  /** Set the UTF-8 flag for a Buffer name too. */
  utf8?: boolean;
}

/** A minimal zip writer (deflate, Unix attributes): enough to make names and kinds zip tools refuse to write. */
export function zipBuffer(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const flags = typeof e.name === 'string' || e.utf8 ? 0x800 : 0;
    const data = Buffer.from(e.data ?? '');
    const isDir = name[name.length - 1] === 0x2f;
    const mode = e.mode ?? (isDir ? 0o040755 : 0o100644);
    const compressed = data.length > 0 ? deflateRawSync(data) : data;
    const method = data.length > 0 ? 8 : 0;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((mode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Every path below `dir` with its size and mtime: to prove a run wrote nothing. */
export function snapshot(dir: string): string[] {
  const out: string[] = [];
  const visit = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      const st = lstatSync(p);
      out.push(`${rel}${name} ${st.isDirectory() ? 'd' : st.size} ${st.mtimeMs}`);
      if (st.isDirectory()) visit(p, `${rel}${name}/`);
    }
  };
  visit(dir, '');
  return out;
}

/** The names directly in `dir` (for large folders such as the working directory). */
export function listing(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((n) => `${n} ${statSync(join(dir, n)).mtimeMs}`);
}

export function mkdirp(p: string): string {
  mkdirSync(p, { recursive: true });
  return p;
}
