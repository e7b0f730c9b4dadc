/** Writing keys and certificates: never over an existing file, all or nothing. */
import { closeSync, existsSync, fsyncSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { UsageError } from '../errors.ts';

export interface NewFile {
  path: string;
  content: string;
  /** Default 0644; private keys 0600. */
  mode?: number;
}

/** UsageError when any of `paths` exists: keys and certificates are never overwritten. */
export function assertAbsent(paths: string[]): void {
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length > 0) {
    throw new UsageError(
      `refusing to overwrite ${existing.join(', ')}`,
      'Move the existing file away or choose another --out folder; keys and certificates are never overwritten.',
    );
  }
}

/**
 * Write new files, all or nothing: refuses when any of them exists (never overwrites),
 * creates each with O_EXCL and its mode, and removes the ones it made if a later one fails.
 */
export function writeNewFiles(files: NewFile[]): void {
  assertAbsent(files.map((f) => f.path));
  const made: string[] = [];
  try {
    for (const f of files) {
      const fd = openSync(f.path, 'wx', f.mode ?? 0o644);
      made.push(f.path);
      try {
        const buf = Buffer.from(f.content, 'utf8');
        let off = 0;
        while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (e) {
    for (const p of made) {
      try {
        unlinkSync(p);
      } catch {
        // already gone
      }
    }
    if (e instanceof UsageError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(
      err.code === 'EEXIST'
        ? `refusing to overwrite ${err.path ?? 'an existing file'}`
        : `cannot write ${err.path ?? 'a file'}: ${err.code ?? err.message}`,
      err.code === 'ENOENT' ? 'Create the --out folder first.' : 'Check the --out folder.',
    );
  }
}
