/** Reading a file of the checked tree for explain and repair: capped, never through a link out of the tree. */
import { createReadStream, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { readWithCap, type CappedRead } from './release.ts';

/** The file at `rel` below `root` (a link inside the tree is followed, as the walk does), or why it cannot be read. */
export async function readTreeFile(root: string, rel: string, cap: number): Promise<CappedRead | { problem: string }> {
  try {
    const rootReal = realpathSync.native(root);
    const real = realpathSync.native(join(root, rel));
    if (!real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep)) return { problem: 'leads out of the checked folder' };
    return await readWithCap(createReadStream(real, { highWaterMark: 1 << 20 }), cap);
  } catch (e) {
    return { problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}
