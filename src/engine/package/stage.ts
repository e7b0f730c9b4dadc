/**
 * The staged copy a package is made from: the selected files copied into a private temporary
 * folder named like the app id, so that signing writes appinfo/signature.json there (never in
 * the user's folder) and the archive holds exactly the bytes that were signed, whatever
 * happens to the app folder meanwhile. Removed when packaging ends, and on SIGINT/SIGTERM.
 */
import { chmodSync, constants, copyFileSync, lstatSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { releaseTree, removeTreeOnInterrupt } from '../cleanup.ts';
import { UsageError } from '../errors.ts';
import type { PackEntry } from './select.ts';
import { MAX_OCTAL_11, type TarEntry } from './tar-writer.ts';

export interface Staging {
  /** The staged app folder (`<temporary>/<app id>`). */
  app: string;
  /** The archive's entries: the top folder and every staged folder and file. */
  entries: TarEntry[];
  /** Add a file written into the staged app after staging (appinfo/signature.json). */
  addFile(rel: string): void;
  /** Remove the staged copy. */
  remove(): void;
}

const SIGNATURE = 'appinfo/signature.json';

function fileEntry(appId: string, rel: string, path: string, executable: boolean): TarEntry {
  const size = lstatSync(path).size;
  if (size > MAX_OCTAL_11) throw new UsageError(`${rel} is larger than a tar archive entry can hold (8 GiB)`);
  return { name: `${appId}/${rel}`, kind: 'file', executable, size, path };
}

/**
 * Copy `entries` of the app into a new folder below `tempBase`, as `<appId>/`. With
 * `withoutSignature`, the app's own appinfo/signature.json is left out (it is signed anew).
 */
export function stageApp(entries: readonly PackEntry[], appId: string, tempBase: string, withoutSignature: boolean): Staging {
  const root = mkdtempSync(join(tempBase, 'code-integrity-package-'));
  removeTreeOnInterrupt(root);
  const remove = (): void => {
    rmSync(root, { recursive: true, force: true });
    releaseTree(root);
  };
  const app = join(root, appId);
  const tar: TarEntry[] = [{ name: appId, kind: 'folder', executable: false, size: 0 }];
  try {
    mkdirSync(app, { mode: 0o755 });
    for (const e of entries) {
      if (withoutSignature && e.rel === SIGNATURE) continue;
      const target = join(app, e.rel);
      if (e.kind === 'folder') {
        mkdirSync(target, { mode: 0o755 });
        tar.push({ name: `${appId}/${e.rel}`, kind: 'folder', executable: false, size: 0 });
        continue;
      }
      copyFileSync(e.path, target, constants.COPYFILE_EXCL);
      chmodSync(target, e.executable ? 0o755 : 0o644);
      tar.push(fileEntry(appId, e.rel, target, e.executable));
    }
  } catch (e) {
    remove();
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot copy the app to ${root}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return { app, entries: tar, addFile: (rel) => void tar.push(fileEntry(appId, rel, join(app, rel), false)), remove };
}

/** The entries in the archive's order: the byte order of their paths, a folder's with its trailing "/". */
export function sortedEntries(entries: readonly TarEntry[]): TarEntry[] {
  const key = (e: TarEntry): Buffer => Buffer.from(e.kind === 'folder' ? `${e.name}/` : e.name, 'utf8');
  return [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
}
