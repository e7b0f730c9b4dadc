/**
 * Building archives for the archive tests: real ones with the system's tar/zip/bzip2 from
 * the fixture trees, and hand-made ones through the one crafting helper (craft.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, lstatSync, renameSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tar, zip, type TarRecord } from './craft.ts';
import { extractCase, tempDir } from '../../helpers.ts';

/** A fixture case's tree, extracted into `<parent>/<top>/` (the folder an archive will hold). */
export function stageCase(name: string, top: string): { parent: string; dir: string } {
  const parent = tempDir(`stage-${name}-`);
  const dir = join(parent, top);
  renameSync(extractCase(name), dir);
  return { parent, dir };
}

export type SystemFormat = 'tar' | 'tar.gz' | 'tar.bz2' | 'zip';

/**
 * Archive `<parent>/<top>` with the system tools into `outDir`; returns the archive path. A zip
 * stores symbolic links as links only with `zipLinks: 'store'` (zip -y); by default it stores
 * what they point at, as most zip tools do.
 */
export function systemArchive(
  parent: string,
  top: string,
  format: SystemFormat,
  outDir: string,
  name = top,
  zipLinks: 'store' | 'follow' = 'follow',
): string {
  const out = join(outDir, `${name}.${format}`);
  if (format === 'zip') execFileSync('zip', [zipLinks === 'store' ? '-qry' : '-qr', out, top], { cwd: parent });
  else execFileSync('tar', [format === 'tar' ? '-cf' : format === 'tar.gz' ? '-czf' : '-cjf', out, '-C', parent, top]);
  return out;
}

export interface TarEntry {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link' | 'fifo' | 'character-device';
  data?: Buffer | string;
  linkname?: string;
}

const TYPEFLAGS = { file: '0', link: '1', symlink: '2', 'character-device': '3', directory: '5', fifo: '6' } as const;

/** A tar archive (bytes) holding `entries` in this order, as GNU tar writes it (its default GNU format: long names in 'L' headers). */
export async function tarBuffer(entries: TarEntry[]): Promise<Buffer> {
  return tar(tarRecords(entries));
}

/** The craft.ts records GNU tar would write for `entries` (to change some before writing). */
export function tarRecords(entries: TarEntry[]): TarRecord[] {
  const records: TarRecord[] = [];
  for (const e of entries) {
    const type = e.type ?? 'file';
    const name = Buffer.from(e.name, 'utf8');
    if (name.length > 100) records.push({ gnuLong: name });
    records.push({
      header: {
        name: name.subarray(0, 100),
        typeflag: TYPEFLAGS[type],
        magic: 'gnu',
        mode: type === 'directory' ? 0o755 : type === 'symlink' ? 0o777 : 0o644,
        ...(e.linkname === undefined ? {} : { linkname: e.linkname }),
      },
      ...(e.data === undefined ? {} : { data: e.data }),
    });
  }
  return records;
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

export interface ZipEntry {
  /** Raw name bytes (a string is written as UTF-8 with the UTF-8 flag). */
  name: string | Buffer;
  data?: Buffer | string;
  /** Unix mode including the file type bits (default: regular file 0644, or folder for a trailing "/"). */
  mode?: number;
  /** Set the UTF-8 flag for a Buffer name too. */
  utf8?: boolean;
}

/** A zip as Info-ZIP's zip writes it (deflate, Unix attributes), from simple entries. */
export function zipBuffer(entries: ZipEntry[]): Buffer {
  return zip(
    entries.map((e) => ({
      name: e.name,
      ...(e.data === undefined ? {} : { data: e.data }),
      ...(e.mode === undefined ? {} : { mode: e.mode }),
      flags: typeof e.name === 'string' || e.utf8 ? 0x800 : 0,
    })),
  );
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
