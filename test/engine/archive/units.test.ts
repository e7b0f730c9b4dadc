/**
 * The archive reader's building blocks: the streamed .htaccess marker rule, walk order,
 * the bzip2 stream, limit parsing and the shared selection rules.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { DECODERS, withStallGuard } from '../../../src/engine/archive/decompress.ts';
import { ArchiveFormatError } from '../../../src/engine/archive/errors.ts';
import { parseCount, parseSize } from '../../../src/engine/archive/limits.ts';
import { MarkerHasher } from '../../../src/engine/rules/htaccess.ts';
import { getProfile } from '../../../src/engine/profiles/index.ts';
import { HTACCESS_MARKER } from '../../../src/engine/rules/htaccess.ts';
import { binaryCompare } from '../../../src/engine/php/ksort.ts';
import { createSelector } from '../../../src/engine/rules/selection.ts';
import { walkTree } from '../../../src/engine/walk.ts';
import { cleanupTempDirs, extractCase, REPO, tempDir, writeTree } from '../../helpers.ts';

after(cleanupTempDirs);

const sha512 = (b: Buffer): string => createHash('sha512').update(b).digest('hex');

/** Upstream's rule on the whole file: explode on the marker; exactly two parts → hash the first. */
function expectedMarkerHash(all: Buffer): string | null {
  const parts = all.toString('latin1').split(HTACCESS_MARKER);
  return parts.length === 2 ? sha512(Buffer.from(parts[0] as string, 'latin1')) : null;
}

describe('MarkerHasher (the root .htaccess rule, streamed)', () => {
  it('matches the whole-file rule for any content and any chunking', () => {
    const marker = Buffer.from(HTACCESS_MARKER);
    const piece = fc.oneof(
      fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)),
      fc.constant(marker),
      fc.constant(marker.subarray(0, 20)),
      fc.constant(marker.subarray(20)),
      fc.constant(Buffer.from('####')),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 70 }), { minLength: 1, maxLength: 10 }),
        (pieces, cuts) => {
          const all = Buffer.concat(pieces);
          const h = new MarkerHasher();
          let at = 0;
          for (let i = 0; at < all.length; i++) {
            const n = cuts[i % cuts.length] as number;
            h.update(all.subarray(at, at + n));
            at += n;
          }
          assert.equal(h.digest(), expectedMarkerHash(all));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('overlapping markers count as upstream counts them (non-overlapping, left to right)', () => {
    const twice = Buffer.from(`a\n${HTACCESS_MARKER.slice(0, -4)}${HTACCESS_MARKER}\nb`);
    const h = new MarkerHasher();
    h.update(twice);
    assert.equal(h.digest(), expectedMarkerHash(twice));
  });
});

describe('walk order', () => {
  it('sorting paths by their bytes (as archives do) gives the folder walk order', async () => {
    for (const name of ['app-clean', 'core-clean']) {
      const dir = extractCase(name);
      const profile = getProfile(name.startsWith('app') ? 'nextcloud-app' : 'nextcloud-core');
      const walked: string[] = [];
      for await (const e of walkTree(dir, profile)) walked.push(e.rel);
      assert.deepEqual([...walked].sort(binaryCompare), walked);
    }
    // Names where a folder-by-folder order and the byte order of whole paths differ.
    const names = ['a/z', 'a.txt', 'a-b/c', 'a b', 'a0', 'b/a.txt', 'b/a/x', 'b/a-', '\u{ff5e}/x', '\u{1f600}'];
    const dir = writeTree(tempDir('walk-order-'), Object.fromEntries(names.map((n) => [`appinfo/${n}`, n])));
    const walked: string[] = [];
    for await (const e of walkTree(dir, getProfile('nextcloud-app'))) walked.push(e.rel);
    assert.equal(walked.length, names.length);
    assert.deepEqual([...walked].sort(binaryCompare), walked);
  });

  it('paths compare as UTF-8 bytes: a folder "a" counts as "a/", after "a.txt" and before "a0"', () => {
    assert.ok(binaryCompare('a/z', 'a.txt') > 0);
    assert.ok(binaryCompare('a.txt', 'a/z') < 0);
    assert.ok(binaryCompare('a/z', 'a0') < 0);
    assert.ok(binaryCompare('\u{ff5e}', '\u{1f600}') < 0, 'BMP U+FF5E (EF BD 9E) before astral U+1F600 (F0 ...)');
    assert.ok(binaryCompare('a', 'a/b') < 0);
  });
});

describe('createSelector: the walk rules as pure functions', () => {
  it('core: root folders are pruned with their contents, names excluded only for files', () => {
    const s = createSelector(getProfile('nextcloud-core'), ['custom_apps']);
    assert.equal(s.pruned('data'), true);
    assert.equal(s.pruned('data/user/files/x.txt'), true);
    assert.equal(s.pruned('lib/data/x.txt'), false);
    assert.equal(s.pruned('custom_apps/x/y'), true);
    assert.equal(s.fileExcluded('lib/.DS_Store'), true);
    assert.equal(s.fileExcluded('.webapp-nextcloud-25.0.1-r3'), true);
    assert.equal(s.fileExcluded('core/signature.json'), true);
    assert.equal(s.fileExcluded('lib/.DS_Store.d/x.txt'), false);
    assert.equal(s.htaccess('.htaccess'), true);
    assert.equal(s.htaccess('sub/.htaccess'), false);
  });

  it('apps: nothing pruned, no marker rule; ownCloud path patterns apply', () => {
    const nc = createSelector(getProfile('nextcloud-app'));
    assert.equal(nc.pruned('data/x'), false);
    assert.equal(nc.htaccess('.htaccess'), false);
    const oc = createSelector(getProfile('owncloud-app'));
    assert.equal(oc.fileExcluded('x/core/js/mimetypelist.js'), true);
    assert.equal(oc.fileExcluded('.webapp-owncloud-10'), true);
  });
});

/** The tar reader's bzip2 decoder (the one registered for .tar.bz2), fed in chunks of `chunk` bytes. */
async function bunzip(
  input: Buffer,
  chunk = 7919,
  limit = { maxOutput: Infinity, limitError: () => new Error('too big') },
): Promise<Buffer> {
  const parts: Buffer[] = [];
  const chunks = [];
  for (let i = 0; i < input.length; i += chunk) chunks.push(input.subarray(i, i + chunk));
  for await (const c of Readable.from(chunks).pipe(DECODERS['tar.bz2'](limit))) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

describe('the .tar.bz2 decoder', () => {
  const text = Buffer.from(Array.from({ length: 40000 }, (_, i) => `line ${i} ${(i * 2654435761) % 1000003}\n`).join(''));

  it('decodes multi-block streams and long runs, whatever the chunking', async () => {
    const zeros = Buffer.alloc(3 * 1024 * 1024);
    const a = execFileSync('bzip2', ['-1', '-c'], { input: text, maxBuffer: 64 << 20 });
    const b = execFileSync('bzip2', ['-c'], { input: zeros, maxBuffer: 64 << 20 });
    assert.equal(sha512(await bunzip(a)), sha512(text));
    assert.equal(sha512(await bunzip(a, 1)), sha512(text));
    assert.equal(sha512(await bunzip(b)), sha512(zeros));
  });

  it("refuses a second concatenated stream, as PHP's reader under Archive_Tar stops after the first", async () => {
    const a = execFileSync('bzip2', ['-1', '-c'], { input: text, maxBuffer: 64 << 20 });
    const b = execFileSync('bzip2', ['-c'], { input: Buffer.from('more'), maxBuffer: 64 << 20 });
    await assert.rejects(
      bunzip(Buffer.concat([a, b])),
      (e: unknown) =>
        e instanceof ArchiveFormatError &&
        e.message ===
          "the bzip2 data holds more than one stream (as pbzip2 or lbzip2 write it): PHP's bzip2 reader, under Archive_Tar, reads only the first, bzip2 and GNU tar read them all; the archive is refused" &&
        e.hint === 'Compress the tar with bzip2 itself (tar -cjf), or verify the .tar after bzip2 -d.',
    );
  });

  it('stops with the limit error once the output passes maxOutput', async () => {
    const zeros = execFileSync('bzip2', ['-c'], { input: Buffer.alloc(8 << 20), maxBuffer: 64 << 20 });
    await assert.rejects(
      bunzip(zeros, 7919, { maxOutput: 1 << 20, limitError: () => new Error('over the size limit') }),
      /over the size limit/,
    );
    assert.equal((await bunzip(zeros, 7919, { maxOutput: 8 << 20, limitError: () => new Error('over') })).length, 8 << 20);
  });

  it('its worker threads end with the read: a process that read, or failed to read, .tar.bz2 files exits by itself', () => {
    const dir = tempDir('bz2-exit-');
    writeTree(join(dir, 'app'), { 'appinfo/info.xml': '<info/>', 'lib/a.php': text.toString() });
    const good = join(dir, 'good.tar.bz2');
    execFileSync('tar', ['-cjf', good, '-C', dir, 'app']);
    const cut = join(dir, 'cut.tar.bz2');
    writeFileSync(cut, readFileSync(good).subarray(0, 2000));
    const script = `
      const { scanArchive } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'src/engine/archive/index.ts')).href)});
      const good = await scanArchive(${JSON.stringify(good)});
      const cut = await scanArchive(${JSON.stringify(cut)}).then(() => 'read', (e) => e.message);
      console.log(JSON.stringify({ files: good.records.size, cut }));`;
    // No process.exit: the process ends only when nothing (no worker) keeps it alive.
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(run.signal, null, 'the process had to be killed: something kept it alive');
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { files: number; cut: string };
    assert.ok(out.files >= 2);
    assert.match(out.cut, /truncated|corrupt/);
  });

  it('fails cleanly on a bad CRC and on truncation', async () => {
    const good = execFileSync('bzip2', ['-c'], { input: Buffer.from('hello world '.repeat(1000)) });
    const flipped = Buffer.from(good);
    flipped[flipped.length >> 1] = (flipped[flipped.length >> 1] as number) ^ 0x10;
    await assert.rejects(bunzip(flipped), /bzip2 data is corrupt/);
    const crc = Buffer.from(good);
    crc[crc.length - 2] = (crc[crc.length - 2] as number) ^ 0x01; // the stream CRC after the end-of-stream magic
    await assert.rejects(bunzip(crc), /bzip2 data is corrupt/);
    await assert.rejects(bunzip(good.subarray(0, good.length - 6)), /unexpected end|truncated/);
  });
});

describe('limit parsing', () => {
  it('sizes are binary, counts are whole numbers', () => {
    assert.equal(parseSize('8G'), 8 * 1024 ** 3);
    assert.equal(parseSize('8GiB'), 8 * 1024 ** 3);
    assert.equal(parseSize('500mb'), 500 * 1024 ** 2);
    assert.equal(parseSize('1.5k'), 1536);
    assert.equal(parseSize('1048576'), 1048576);
    assert.throws(() => parseSize('0'), /out of range/);
    assert.throws(() => parseSize('8 apples'), /not a size/);
    assert.equal(parseCount('1_000_000'), 1000000);
    assert.throws(() => parseCount('1e6'), /positive whole number/);
  });
});

describe('reading never waits forever', () => {
  it('a source that stops producing data is an error, not a wait', async () => {
    const stuck = new Readable({ read() {} }); // gives one chunk, then nothing, and never ends
    stuck.push(Buffer.from('one chunk'));
    const seen: Buffer[] = [];
    await assert.rejects(
      (async () => {
        for await (const chunk of withStallGuard(stuck, 'the stuck source', 50)) seen.push(chunk);
      })(),
      /reading the stuck source stopped: no data came for 50 ms/,
    );
    assert.equal(Buffer.concat(seen).toString(), 'one chunk');
    assert.equal(stuck.destroyed, true, 'the stream is closed');
  });
});
