/**
 * Files a command must not leave behind when it is interrupted: signing's temporary
 * signature file until it is renamed into place, packaging's temporary archive and staged
 * copy. The entry points remove them on SIGINT and SIGTERM (see `exitOnSignals`), so an
 * interrupted sign or package leaves everything as it was.
 */
import { rmSync, unlinkSync } from 'node:fs';

const pending = new Set<string>();
const pendingTrees = new Set<string>();

/** `path` is removed if the process is interrupted before `release(path)`. */
export function removeOnInterrupt(path: string): void {
  pending.add(path);
}

/** `path` was renamed into place or removed: nothing to clean up for it any more. */
export function release(path: string): void {
  pending.delete(path);
}

/** The folder `path` and all it holds are removed if the process is interrupted before `releaseTree(path)`. */
export function removeTreeOnInterrupt(path: string): void {
  pendingTrees.add(path);
}

/** `path` was removed: nothing to clean up for it any more. */
export function releaseTree(path: string): void {
  pendingTrees.delete(path);
}

/** Remove every pending file and folder now (synchronously: the process is about to exit). */
export function removePending(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  pending.clear();
  for (const path of pendingTrees) rmSync(path, { recursive: true, force: true });
  pendingTrees.clear();
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * On SIGINT or SIGTERM: remove the pending files, then exit with 128 + the signal's number
 * (130, 143), as a shell reports a command a signal stopped.
 */
export function exitOnSignals(): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      removePending();
      process.exit(code);
    });
  }
}
