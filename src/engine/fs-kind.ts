/** What a path is, without throwing: the questions the planning code asks of the disk. */
import { statSync } from 'node:fs';

/** Whether `path` is a folder (following links); false when it cannot be looked at. */
export function isDirectory(path: string | Buffer): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `path` is a regular file (following links); false when it cannot be looked at. */
export function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
