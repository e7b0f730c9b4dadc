/**
 * A verified scope of a release folder on disk as a ReleaseScope: files are read in place,
 * never through a link that leads out of the scope's folder.
 */
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Target } from '../target.ts';
import type { ReleaseFileInfo, ReleaseScope } from './release.ts';

/** The real path of `rel` below `root`, or why it cannot be used. */
function insideRoot(root: string, rel: string): { path: string } | { problem: string } {
  try {
    const rootReal = realpathSync.native(root);
    const real = realpathSync.native(join(root, rel));
    if (!real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep)) return { problem: 'leads out of the release folder' };
    return { path: real };
  } catch (e) {
    return { problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

export function folderReleaseScope(target: Target, where: string, hashes: ReadonlyMap<string, string>): ReleaseScope {
  const root = target.root;
  return {
    scope: target.scope,
    where,
    target,
    hashes,
    info(rel): ReleaseFileInfo | null {
      const found = insideRoot(root, rel);
      if ('problem' in found) return null;
      try {
        const st = statSync(found.path);
        return st.isFile() ? { size: st.size, mode: st.mode & 0o7777 } : null;
      } catch {
        return null;
      }
    },
    async read(rels, use) {
      const unread = new Map<string, string>();
      for (const rel of [...rels].sort()) {
        const found = insideRoot(root, rel);
        if ('problem' in found) {
          unread.set(rel, found.problem);
          continue;
        }
        const sink = use(rel);
        if (sink === null) continue;
        try {
          for await (const chunk of createReadStream(found.path, { highWaterMark: 1 << 20 })) sink.write(chunk as Buffer);
          sink.end();
        } catch (e) {
          // A read error of this file; anything else is the consumer's and goes on up.
          sink.abort?.();
          const err = e as NodeJS.ErrnoException;
          if (err.syscall === undefined) throw e;
          unread.set(rel, `cannot be read (${err.code ?? err.message})`);
        }
      }
      return unread;
    },
  };
}
