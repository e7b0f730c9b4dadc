/**
 * Writing files so that nothing half-written is ever seen: a temporary file in the same folder
 * (so the rename is atomic), fsync, rename. The temporary file is removed when anything fails,
 * when the process is interrupted (cleanup.ts), and by the next run if the process was killed.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { release, removeOnInterrupt } from './cleanup.ts';
import { UsageError } from './errors.ts';

/** The temporary file writeFileAtomic uses beside `path`: `.<name>.<pid>.<8 hex>.tmp`. */
function tempNamePattern(path: string): RegExp {
  const name = basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${name}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A signing run that was killed between writing and renaming leaves its temporary file
 * beside signature.json; it must not be signed as part of the tree. Remove those of dead
 * processes; refuse while another signing process is still writing.
 */
export function clearStaleTempFiles(path: string): string[] {
  const dir = dirname(path);
  const re = tempNamePattern(path);
  const removed: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = re.exec(name);
    if (!m) continue;
    if (processAlive(Number(m[1])) && Number(m[1]) !== process.pid) {
      throw new UsageError(`another signing process (pid ${m[1]}) is writing ${path}`, 'Wait for it to finish, then sign again.');
    }
    unlinkSync(join(dir, name));
    removed.push(name);
  }
  return removed;
}

/** Text given at once, or produced in chunks through `write`. */
export type Content = string | ((write: (chunk: string) => void) => void);

export interface TempFile {
  path: string;
  /** Text is written as UTF-8; bytes as they are. */
  write: (chunk: string | Uint8Array) => void;
  /** Empty it, to write it again from the start. */
  restart: () => void;
  /** fsync and close; the file is complete. */
  finish: () => void;
  /** Close and remove it (after a failure). */
  abort: () => void;
}

/** A new temporary file beside `path` (same folder, so a rename puts it in place atomically). */
export function openTempFile(path: string): TempFile {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
  } catch (e) {
    throw cannotWrite(path, e);
  }
  removeOnInterrupt(tmp);
  let position = 0;
  return {
    path: tmp,
    write: (chunk) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let off = 0;
      while (off < buf.length) off += writeSync(fd as number, buf, off, buf.length - off, position + off);
      position += buf.length;
    },
    restart: () => {
      ftruncateSync(fd as number, 0);
      position = 0;
    },
    finish: () => {
      fsyncSync(fd as number);
      closeSync(fd as number);
      fd = undefined;
    },
    abort: () => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      discardTempFile(tmp);
    },
  };
}

function discardTempFile(tmp: string): void {
  try {
    unlinkSync(tmp);
  } catch {
    // already gone
  }
  release(tmp);
}

export function cannotWrite(path: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  return new UsageError(`cannot write ${path}: ${code ?? (e as Error).message}`, `Make ${dirname(path)} writable.`);
}

/** Put a finished temporary file in place of `path` (rename: readers see the old file or the new one). */
export function commitTempFile(tmp: string, path: string): void {
  try {
    renameSync(tmp, path);
    release(tmp);
  } catch (e) {
    discardTempFile(tmp);
    throw cannotWrite(path, e);
  }
}

/** A report file: its folder is created when missing, then it is written atomically (writeFileAtomic). */
export function writeReportFile(path: string, content: Content): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (e) {
    throw cannotWrite(path, e);
  }
  writeFileAtomic(path, content);
}

/** Write to `path` atomically: temporary file in the same folder, fsync, rename. Nothing is left behind when it fails. */
export function writeFileAtomic(path: string, content: Content): void {
  const file = openTempFile(path);
  try {
    if (typeof content === 'string') file.write(content);
    else content(file.write);
    file.finish();
  } catch (e) {
    file.abort();
    throw cannotWrite(path, e);
  }
  commitTempFile(file.path, path);
}

/** Write a chunk, turning a failure (a full disk) into the usage error for `path`. */
export function writeOrFail(file: TempFile, path: string, chunk: string): void {
  try {
    file.write(chunk);
  } catch (e) {
    throw cannotWrite(path, e);
  }
}
