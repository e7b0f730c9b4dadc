/**
 * An extracted, not yet installed release folder (`--release`) as the release rules see it:
 * its layout probe and its entries, walked in byte order, links reported and never followed.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDirectory } from './fs-kind.ts';
import { binaryCompare } from './php/ksort.ts';
import type { ReleaseEntry, ReleaseProbe } from './release.ts';
import { sha512OfFile } from './sha512.ts';

/** A release folder as the planner sees it. */
export function folderReleaseProbe(root: string): ReleaseProbe {
  const dirsIn = (rel: string): string[] => {
    try {
      return readdirSync(join(root, rel), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
    } catch {
      return [];
    }
  };
  return {
    topFolders: () => dirsIn(''),
    folders: (rel) => dirsIn(rel),
    isFolder: (rel) => {
      try {
        return lstatSync(join(root, rel)).isDirectory();
      } catch {
        return false;
      }
    },
    isFile: (rel) => {
      try {
        return lstatSync(join(root, rel)).isFile();
      } catch {
        return false;
      }
    },
    text: (rel) => {
      try {
        const p = join(root, rel);
        if (!lstatSync(p).isFile() || lstatSync(p).size > 1024 * 1024) return null;
        return readFileSync(p, 'utf8');
      } catch {
        return null;
      }
    },
    coreSignedTops: () => {
      // Only to tell app roots from core's own folders; the signature itself is checked in the core scope.
      try {
        const data = JSON.parse(readFileSync(join(root, 'core', 'signature.json'), 'utf8')) as { hashes?: unknown };
        const hashes = data.hashes !== null && typeof data.hashes === 'object' ? Object.keys(data.hashes as object) : [];
        return new Set(hashes.map((k) => k.split('/')[0] as string));
      } catch {
        return new Set();
      }
    },
  };
}

/** The file's SHA-512, or null when it cannot be read (reported as such). */
function hashOrNull(path: string): string | null {
  try {
    return sha512OfFile(path);
  } catch {
    return null;
  }
}

/** Every non-folder entry below `root` (links are reported, never followed out of the tree). */
export function* folderReleaseEntries(root: string): Generator<ReleaseEntry> {
  const stack: string[] = [''];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).sort(binaryCompare);
    } catch (e) {
      yield { rel: dir, kind: 'problem', problem: `the folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
      continue;
    }
    for (const name of names.reverse()) {
      const rel = dir === '' ? name : `${dir}/${name}`;
      const path = join(root, rel);
      let st;
      try {
        st = lstatSync(path);
      } catch {
        continue;
      }
      if (st.isDirectory()) stack.push(rel);
      else if (st.isSymbolicLink()) yield { rel, kind: 'symlink', toFolder: isDirectory(path) };
      else if (st.isFile()) yield { rel, kind: 'file', hash: () => hashOrNull(path) };
      else yield { rel, kind: 'special' };
    }
  }
}
