/** What an interrupted command leaves behind: pending files and staged folders are removed, released ones are kept. */
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { release, releaseTree, removeOnInterrupt, removePending, removeTreeOnInterrupt } from '../../src/engine/cleanup.ts';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

describe('cleanup on interrupt', () => {
  it('removes pending files and whole staged folders, not released ones', () => {
    const dir = tempDir('cleanup-');
    const file = join(dir, 'temp.tmp');
    const kept = join(dir, 'kept.tmp');
    writeFileSync(file, 'x');
    writeFileSync(kept, 'x');
    const staged = writeTree(join(dir, 'staging'), { 'app/appinfo/info.xml': '<info/>', 'app/lib/a.php': 'a' });
    const done = writeTree(join(dir, 'done'), { 'a.txt': 'a' });
    removeOnInterrupt(file);
    removeOnInterrupt(kept);
    release(kept);
    removeTreeOnInterrupt(staged);
    removeTreeOnInterrupt(done);
    releaseTree(done);
    removePending();
    assert.deepEqual([existsSync(file), existsSync(kept), existsSync(staged), existsSync(done)], [false, true, false, true]);
  });
});
