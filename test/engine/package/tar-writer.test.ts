/**
 * The reproducible .tar.gz writer: GNU tar, 7-Zip and PHP's Archive_Tar (what Nextcloud's
 * installer extracts with) all read back the same names and bytes, long names included;
 * headers carry owner 0/root, fixed modes and one time; the gzip header has no name, no time
 * and OS 3.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { entryHeaders, splitUstarPath, writeTarGz, type TarEntry } from '../../../src/engine/package/tar-writer.ts';
import { cleanupTempDirs, tempDir, writeTree } from '../../helpers.ts';

after(cleanupTempDirs);

const LONG_SEGMENT = 'x'.repeat(120);
/** Names that fit ustar's name field, need its prefix, or need a GNU long name. */
const FILES: Record<string, string> = {
  'app/short.txt': 'short\n',
  [`app/${'d'.repeat(90)}/${'n'.repeat(95)}.txt`]: 'prefix split\n',
  [`app/${LONG_SEGMENT}.txt`]: 'long name\n',
  [`app/${'p'.repeat(140)}/f.txt`]: 'prefix too long for Archive_Tar\n',
  'app/ünïcödé/名前.txt': 'utf-8\n',
  'app/empty.txt': '',
};

function entriesOf(root: string): TarEntry[] {
  const out: TarEntry[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(root, path);
      if (statSync(path).isDirectory()) {
        out.push({ name: rel, kind: 'folder', executable: false, size: 0 });
        walk(path);
      } else out.push({ name: rel, kind: 'file', executable: false, size: statSync(path).size, path });
    }
  };
  walk(root);
  return out;
}

function build(): { archive: string; root: string } {
  const root = tempDir('tarsrc-');
  writeTree(root, FILES);
  return { root, archive: join(tempDir('tarout-'), 'app.tar.gz') };
}

async function writeArchive(root: string, archive: string, mtime = 1_700_000_000): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await writeTarGz(entriesOf(root), mtime, (c) => void chunks.push(Buffer.from(c)));
  const bytes = Buffer.concat(chunks);
  writeFileSync(archive, bytes);
  return bytes;
}

/** Every file under `dir` with its content. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('tar writer', () => {
  it('splits long paths as ustar allows (prefix at most 131 bytes for Archive_Tar) or gives up', () => {
    assert.equal(splitUstarPath(Buffer.from('a'.repeat(100)))?.prefix.length, 0);
    const split = splitUstarPath(Buffer.from(`${'a'.repeat(131)}/${'b'.repeat(100)}`));
    assert.equal(split?.prefix.length, 131);
    assert.equal(splitUstarPath(Buffer.from(`${'a'.repeat(132)}/${'b'.repeat(100)}`)), null);
    assert.equal(splitUstarPath(Buffer.from(`a/${'b'.repeat(101)}`)), null);
    const headers = entryHeaders({ name: `app/${LONG_SEGMENT}`, kind: 'file', executable: false, size: 1 }, 0);
    assert.equal(headers[0]?.subarray(0, 13).toString(), '././@LongLink');
    assert.equal(headers[0]?.[156], 'L'.charCodeAt(0));
  });

  it('GNU tar, 7-Zip and PHP Archive_Tar read back the same names and bytes', async (t) => {
    const { root, archive } = build();
    await writeArchive(root, archive);
    const readers: Array<[string, (out: string) => void]> = [['GNU tar', (out) => execFileSync('tar', ['-xzf', archive, '-C', out])]];
    if (!spawnSync('7z', ['i']).error) {
      readers.push([
        '7-Zip',
        (out) =>
          execFileSync('sh', [
            '-c',
            `gzip -dc "$1" > "$2/a.tar" && 7z x -y -o"$2" "$2/a.tar" >/dev/null && rm "$2/a.tar"`,
            'sh',
            archive,
            out,
          ]),
      ]);
    } else t.diagnostic('7z is not installed: 7-Zip not checked');
    const archiveTar = spawnSync('php', ['-r', 'exit((@include "Archive/Tar.php") ? 0 : 1);']);
    if (archiveTar.status === 0) {
      const php = 'require "Archive/Tar.php"; $t = new Archive_Tar($argv[1]); exit($t->extract($argv[2]) ? 0 : 1);';
      readers.push(['Archive_Tar', (out) => execFileSync('php', ['-r', php, archive, out])]);
    } else t.diagnostic("PHP with PEAR's Archive_Tar is not installed: Archive_Tar not checked (apt-get install php-cli php-pear)");
    for (const [name, extract] of readers) {
      const out = tempDir('tarx-');
      extract(out);
      assert.deepEqual(tree(out), tree(root), name);
    }
  });

  it('writes owner 0/root, fixed modes and one time; gzip has no name, no time, OS 3', async () => {
    const { root, archive } = build();
    const bytes = await writeArchive(root, archive, 1234567890);
    assert.deepEqual([...bytes.subarray(0, 10)], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3]);
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', archive], { encoding: 'utf8' }).trim().split('\n');
    for (const line of listing) assert.match(line, /^(-rw-r--r--|drwxr-xr-x) 0\/0 .* 2009-02-13 23:31:30 /, line);
    const names = execFileSync('tar', ['-tvzf', archive], { encoding: 'utf8' });
    assert.match(names, / root\/root /);
    assert.equal(bytes.length > 0 && execFileSync('gzip', ['-dc', archive]).length % 10240, 0, 'padded to a 10 KiB record');
  });

  it('the same entries give the same bytes; another time gives other bytes', async () => {
    const { root, archive } = build();
    const a = await writeArchive(root, archive, 0);
    const b = await writeArchive(root, archive, 0);
    const c = await writeArchive(root, archive, 1);
    assert.ok(a.equals(b));
    assert.ok(!a.equals(c));
  });
});
