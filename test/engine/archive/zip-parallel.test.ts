/**
 * A zip read with its entries inflated and hashed on worker threads gives exactly what the
 * main-thread read gives: the same records, findings, counts, and for a damaged or refused
 * archive the same first error. The signed app as a zip (deflated, stored, with data
 * descriptors, zip64) and many seeded single-byte changes of it are read both ways.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { scanArchive } from '../../../src/engine/archive/index.ts';
import { cleanupTempDirs, tempDir } from '../../helpers.ts';
import { zip, type ZipSpec } from './craft.ts';
import { signedApp, TOP } from './signed-app.ts';

after(cleanupTempDirs);

const HANG_GUARD = { timeout: 300_000 };
let specs: ZipSpec[] = [];

before(async () => {
  const app = await signedApp();
  specs = app.entries.map((e) => ({ name: e.name, ...(e.data === undefined ? {} : { data: e.data }) }));
});

/** What a read gives, as comparable data: the scan without its timing, or the error's message. */
async function outcome(path: string, parallelZipFrom: number): Promise<unknown> {
  try {
    const { ms: _ms, ...scan } = await scanArchive(path, { parallelZipFrom, stallMs: 60_000 });
    // As data: functions (a decoded signature's) are left out, buffers and maps spelled out.
    const plain = JSON.stringify({ ...scan, records: [...scan.records], folders: [...scan.folders].sort() }, (_key, value: unknown) =>
      value instanceof Map ? [...value] : typeof value === 'function' ? '[function]' : value,
    );
    return JSON.parse(plain) as unknown;
  } catch (e) {
    return { error: (e as Error).message };
  }
}

async function assertSameBothWays(name: string, bytes: Buffer): Promise<unknown> {
  const path = join(tempDir('zip-parallel-'), name);
  writeFileSync(path, bytes);
  const here = await outcome(path, Infinity);
  const workers = await outcome(path, 0);
  assert.deepEqual(workers, here, name);
  return here;
}

/** A seeded PRNG (xorshift32). */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

describe('zip entries inflated on workers: the same read as on the main thread', () => {
  it('clean archives: deflated, stored, with data descriptors, zip64, a large entry', HANG_GUARD, async () => {
    const big = { name: `${TOP}/lib/big.txt`, data: Buffer.alloc(9 << 20, 'a') }; // above what a worker takes whole
    const variants: Array<[string, Buffer]> = [
      ['deflated.zip', zip(specs)],
      ['stored.zip', zip(specs.map((e) => ({ ...e, method: 0 })))],
      ['descriptors.zip', zip(specs.map((e) => ({ ...e, descriptor: {} })))],
      [
        'zip64.zip',
        zip(
          specs.map((e) => ({ ...e, zip64: true })),
          { zip64End: true },
        ),
      ],
      ['big.zip', zip([...specs, big])],
    ];
    for (const [name, bytes] of variants) {
      const got = (await assertSameBothWays(name, bytes)) as { error?: string; records?: unknown[] };
      assert.equal(got.error, undefined, `${name}: ${got.error}`);
      assert.ok((got.records?.length ?? 0) > 5);
    }
  });

  it('damaged and refused archives fail with the same first error', HANG_GUARD, async () => {
    const variants: Array<[string, Buffer]> = [
      ['crc.zip', zip(specs.map((e, i) => (i === 3 ? { ...e, crc: 1 } : e)))],
      ['size.zip', zip(specs.map((e, i) => (i === 4 ? { ...e, size: 3 } : e)))],
      ['two-bad.zip', zip(specs.map((e, i) => (i === 3 || i === 6 ? { ...e, crc: 7 } : e)))],
      ['local-name.zip', zip(specs.map((e, i) => (i === 5 ? { ...e, localName: `${TOP}/other.php` } : e)))],
      [
        'after-stream.zip',
        zip(specs.map((e, i) => (i === 4 && e.data ? { ...e, compressed: Buffer.concat([deflated(e), Buffer.from('xx')]) } : e))),
      ],
    ];
    for (const [name, bytes] of variants) {
      const got = (await assertSameBothWays(name, bytes)) as { error?: string };
      assert.ok(got.error, `${name} is refused`);
    }
  });

  it('a byte changed anywhere (seeded): the same outcome both ways', HANG_GUARD, async () => {
    const base = zip(specs);
    const next = prng(19);
    for (let run = 0; run < 150; run++) {
      const bytes = Buffer.from(base);
      const at = next() % bytes.length;
      bytes[at] = (bytes[at] as number) ^ (1 << (next() % 8));
      await assertSameBothWays(`flip-${run}.zip`, bytes);
    }
  });
});

function deflated(e: ZipSpec): Buffer {
  const built = zip([{ ...e, name: 'x' }]);
  // One entry: local header (30 + name) then the deflated data, up to the central directory.
  const nameLength = built.readUInt16LE(26);
  const extraLength = built.readUInt16LE(28);
  const csize = built.readUInt32LE(18);
  return built.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + csize);
}
