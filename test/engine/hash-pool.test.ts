/**
 * The hashing pool gives the same outcomes whether its workers start at once or only once
 * the tree proves large (a small tree is hashed on the calling thread, then the workers take
 * over). Nothing here measures time.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { HashPool, type FileOutcome } from '../../src/engine/hashing/pool.ts';
import { getProfile } from '../../src/engine/profiles/index.ts';
import { walkTree } from '../../src/engine/walk.ts';
import { cleanupTempDirs, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

type Seen = Map<number, { rel: string; digest: string | null; problem: string | undefined; bytes: number }>;

async function hashWith(pool: HashPool, dir: string, statPaths: string[] = []): Promise<{ seen: Seen; changed: Map<number, string> }> {
  const names = new Map<number, string>();
  const seen: Seen = new Map();
  const sink = (o: FileOutcome): void => {
    const digest = o.problem === undefined ? o.digest.subarray(o.offset, o.offset + 64).toString('hex') : null;
    seen.set(o.seq, { rel: names.get(o.seq) as string, digest, problem: o.problem, bytes: o.bytes });
  };
  try {
    await pool.hash(walkTree(dir, getProfile('nextcloud-app')), sink, {}, (seq, rel) => names.set(seq, rel));
    const paths = new TextEncoder().encode(statPaths.join('\0'));
    const changed = await pool.check([
      { paths, sizes: new Float64Array(statPaths.map(() => 1)), mtimes: new Float64Array(statPaths.length) },
    ]);
    return { seen, changed };
  } finally {
    await pool.close();
  }
}

describe('hashing pool', () => {
  it('a pool that starts its workers late gives the outcomes of one that starts them at once', async () => {
    // More files than the calling thread hashes before the workers start, so both paths run.
    const files: Record<string, string> = { 'appinfo/info.xml': '<info><id>x</id></info>' };
    for (let i = 0; i < 1300; i++) files[`lib/d${i % 7}/f${i}.php`] = `<?php // ${i}\n`.repeat(1 + (i % 50));
    const dir = writeTree(tempDir('hash-pool-'), files);
    symlinkSync('/nonexistent/target', join(dir, 'lib', 'dangling.php'));
    const late = await hashWith(new HashPool(2, { startNow: false }), dir, [join(dir, 'appinfo/info.xml')]);
    const early = await hashWith(new HashPool(2), dir, [join(dir, 'appinfo/info.xml')]);
    assert.equal(late.seen.size, 1302);
    assert.deepEqual(
      [...late.seen].sort((a, b) => a[0] - b[0]),
      [...early.seen].sort((a, b) => a[0] - b[0]),
    );
    assert.deepEqual(late.changed, early.changed);
    assert.equal(late.changed.get(0), 'was modified');
    const one = [...late.seen.values()].find((s) => s.rel === 'lib/d0/f0.php');
    assert.equal(
      one?.digest,
      createHash('sha512')
        .update(readFileSync(join(dir, 'lib/d0/f0.php')))
        .digest('hex'),
    );
    assert.ok([...late.seen.values()].some((s) => s.rel === 'lib/dangling.php' && s.problem !== undefined));
  });

  it('a small tree is hashed without starting a worker, and the pool closes at once', async () => {
    const dir = writeTree(tempDir('hash-pool-small-'), { 'appinfo/info.xml': 'x', 'lib/a.php': 'a', 'lib/b.php': 'b' });
    const pool = new HashPool(2, { startNow: false });
    const { seen } = await hashWith(pool, dir);
    assert.equal(seen.size, 3);
    assert.equal((pool as unknown as { workers: unknown[] }).workers.length, 0);
  });
});
