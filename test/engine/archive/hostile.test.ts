/**
 * Hostile and broken archives: unsafe names and links become findings and are never
 * followed, bombs stop at the limits, truncated or garbage input is a clear error (exit 2,
 * no stack trace), and nothing is ever written — not next to the archive, not in the
 * working directory, not where an unsafe name points.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CA, cleanupTempDirs, runCli, tempDir, type CliRun } from '../../helpers.ts';
import { gzip, snapshot, stageCase, systemArchive, tarBuffer, treeEntries, zipBuffer, type TarEntry, type ZipEntry } from './helpers.ts';

after(cleanupTempDirs);

const TRUST = ['--trust', join(CA, 'root.crt')];

let base: TarEntry[] = [];
let staged: { parent: string; dir: string };
let work: string;
let cwd: string;
let before_: Record<string, string[]>;

before(() => {
  staged = stageCase('app-clean', 'tricky');
  base = treeEntries(staged.dir, 'tricky');
  work = tempDir('hostile-');
  cwd = tempDir('hostile-cwd-');
});

/** Write an archive into the work folder; remember what every folder looked like before. */
function write(name: string, bytes: Buffer): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  before_ = { work: snapshot(work), cwd: snapshot(cwd), staged: snapshot(staged.parent) };
  return path;
}

async function verify(archive: string, ...args: string[]): Promise<CliRun> {
  const run = await runCli(['verify', archive, ...TRUST, ...args], { cwd });
  assert.doesNotMatch(run.stderr, /\n\s+at |internal error/, 'no stack trace');
  assert.deepEqual({ work: snapshot(work), cwd: snapshot(cwd), staged: snapshot(staged.parent) }, before_, 'nothing was written');
  return run;
}

function assertError(run: CliRun, pattern: RegExp): void {
  assert.equal(run.code, 2, run.stdout + run.stderr);
  assert.match(run.stderr, /^code-integrity: error: /);
  assert.match(run.stderr, pattern);
  assert.equal(run.stdout, '');
}

interface Finding {
  expected: string;
  current: string;
  problem?: string;
}
function scope(run: CliRun): { EXTRA_FILE: Record<string, Finding>; INVALID_HASH: Record<string, Finding>; upstream: unknown } {
  return JSON.parse(run.stdout).scopes[0];
}

function toZip(entries: TarEntry[]): ZipEntry[] {
  return entries.map((e) =>
    e.type === 'symlink'
      ? { name: e.name, data: e.linkname ?? '', mode: 0o120777 }
      : e.type === 'directory'
        ? { name: e.name }
        : { name: e.name, data: e.data ?? '' },
  );
}

describe('unsafe names and links are findings, never followed', () => {
  const hostile: TarEntry[] = [
    { name: 'tricky/../evil-traversal.txt', data: 'pwned' },
    { name: '/tmp/code-integrity-evil-absolute.txt', data: 'pwned' },
    { name: 'tricky/escape.txt', type: 'symlink', linkname: '../../../../etc/passwd' },
    { name: 'tricky/abs-link.txt', type: 'symlink', linkname: '/etc/passwd' },
    { name: 'tricky/outdir', type: 'symlink', linkname: '/tmp' },
    { name: 'tricky/outdir/code-integrity-evil-through-link.txt', data: 'pwned' },
    { name: 'tricky/loop1', type: 'symlink', linkname: 'loop2' },
    { name: 'tricky/loop2', type: 'symlink', linkname: 'loop1' },
    { name: 'tricky/dangling.txt', type: 'symlink', linkname: 'no/such/file' },
    { name: 'tricky/inside-dir-link', type: 'symlink', linkname: 'js' },
  ];
  const expectations: Record<string, RegExp> = {
    '../evil-traversal.txt': /path traversal/,
    '/tmp/code-integrity-evil-absolute.txt': /absolute path/,
    'escape.txt': /points outside the checked folder/,
    'abs-link.txt': /points outside the checked folder/,
    outdir: /points outside the checked folder/,
    'outdir/code-integrity-evil-through-link.txt': /below the symbolic link "outdir"/,
    loop1: /looping symbolic link \(ELOOP\)/,
    loop2: /looping symbolic link \(ELOOP\)/,
    'dangling.txt': /dangling or looping symbolic link \(ENOENT\)/,
  };

  function check(run: CliRun, more: Record<string, RegExp> = {}): void {
    assert.equal(run.code, 1, run.stderr);
    const extra = scope(run).EXTRA_FILE;
    const expected = { ...expectations, ...more };
    assert.deepEqual(Object.keys(extra).sort(), Object.keys(expected).sort(), 'inside-dir-link (a link to a folder) is skipped');
    for (const [name, pattern] of Object.entries(expected)) {
      assert.equal(extra[name]?.current, '', name);
      assert.match(extra[name]?.problem ?? '', pattern, name);
    }
    for (const p of [
      join(dirname(work), 'evil-traversal.txt'),
      join(dirname(cwd), 'evil-traversal.txt'),
      '/tmp/code-integrity-evil-absolute.txt',
      '/tmp/code-integrity-evil-through-link.txt',
    ]) {
      assert.equal(existsSync(p), false, `${p} was not written`);
    }
  }

  it('in a .tar.gz', async () => {
    const archive = write('hostile.tar.gz', gzip(await tarBuffer([...base, ...hostile])));
    check(await verify(archive, '--format', 'json'));
    const occ = await verify(archive, '--format', 'nextcloud-json');
    assert.match(occ.stdout, /"EXTRA_FILE":\{/);
  });

  it('in a .zip', async () => {
    const archive = write('hostile.zip', zipBuffer(toZip([...base, ...hostile])));
    // PHP's ZipArchive (Nextcloud's updater) writes every zip symbolic link as a file holding
    // its target: a link to a folder, skipped by upstream on disk, becomes a file it would hash.
    const zipArchiveFile = /ZipArchive \(Nextcloud's updater\) writes a regular file holding the link target/;
    check(await verify(archive, '--format', 'json'), { 'inside-dir-link': zipArchiveFile, 'link-to-dir': zipArchiveFile });
  });

  it('a link to a file inside the archive is hashed as that file, a link to a folder is skipped', async () => {
    const extra: TarEntry[] = [
      { name: 'tricky/again.js', type: 'symlink', linkname: 'link-to-file.js' }, // link → link → js/main.js
      { name: 'tricky/via-dir.js', type: 'symlink', linkname: 'link-to-dir/../js/main.js' },
    ];
    const run = await verify(write('links.tar.gz', gzip(await tarBuffer([...base, ...extra]))), '--format', 'json');
    const mainJs = createHash('sha512')
      .update(readFileSync(join(staged.dir, 'js/main.js')))
      .digest('hex');
    const found = scope(run).EXTRA_FILE;
    assert.equal(found['again.js']?.current, mainJs);
    // link-to-dir → deep; deep/.. is the app folder again, so this resolves inside the archive.
    assert.equal(found['via-dir.js']?.current, mainJs);
  });
});

describe('duplicates, hard links, special files, names', () => {
  it('an identical duplicate collapses; a different one is a finding', async () => {
    const readme = base.find((e) => e.name === 'tricky/README.md') as TarEntry;
    const same = await verify(write('dup-same.tar.gz', gzip(await tarBuffer([...base, readme]))), '--format', 'json');
    assert.equal(same.code, 0, same.stdout);
    const differs = await verify(
      write('dup-differs.tar.gz', gzip(await tarBuffer([...base, { name: 'tricky/README.md', data: 'replaced' }]))),
      '--format',
      'json',
    );
    assert.equal(differs.code, 1);
    assert.match(scope(differs).INVALID_HASH['README.md']?.problem ?? '', /more than once in the archive/);
  });

  it('a hard link takes the content of an earlier entry; other hard links are findings', async () => {
    const links: TarEntry[] = [
      { name: 'tricky/hard.js', type: 'link', linkname: 'tricky/js/main.js' },
      { name: 'tricky/hard-missing.js', type: 'link', linkname: 'tricky/not/there.js' },
      { name: 'tricky/hard-out.js', type: 'link', linkname: '../etc/passwd' },
      { name: 'tricky/hard-dir', type: 'link', linkname: 'tricky/js' },
    ];
    const run = await verify(write('hard.tar.gz', gzip(await tarBuffer([...base, ...links]))), '--format', 'json');
    const extra = scope(run).EXTRA_FILE;
    const mainJs = createHash('sha512')
      .update(readFileSync(join(staged.dir, 'js/main.js')))
      .digest('hex');
    assert.equal(extra['hard.js']?.current, mainJs);
    assert.match(extra['hard-missing.js']?.problem ?? '', /not in the archive before it/);
    assert.match(extra['hard-out.js']?.problem ?? '', /outside the archive's folder/);
    assert.match(extra['hard-dir']?.problem ?? '', /hard link to the folder/);
  });

  it('FIFOs and devices are findings; excluded names are still excluded', async () => {
    const special: TarEntry[] = [
      { name: 'tricky/pipe', type: 'fifo' },
      { name: 'tricky/tty', type: 'character-device' },
      { name: 'tricky/.DS_Store', type: 'fifo' },
    ];
    const run = await verify(write('special.tar', await tarBuffer([...base, ...special])), '--format', 'json');
    const extra = scope(run).EXTRA_FILE;
    assert.deepEqual(Object.keys(extra).sort(), ['pipe', 'tty']);
    assert.match(extra.pipe?.problem ?? '', /FIFO, not a regular file/);
    assert.match(extra.tty?.problem ?? '', /device, not a regular file/);
  });

  it('a name that is not UTF-8 is reported like the folder walk reports it', async () => {
    const { parent, dir } = stageCase('app-clean', 'tricky');
    writeFileSync(Buffer.from(join(dir, 'caf\xe9.txt'), 'latin1'), 'latin-1 name');
    const archive = systemArchive(parent, 'tricky', 'tar.gz', tempDir());
    const fromDir = await runCli(['verify', dir, ...TRUST, '--format', 'nextcloud-json']);
    const fromArchive = await runCli(['verify', archive, ...TRUST, '--format', 'nextcloud-json']);
    assert.equal(fromArchive.code, 1);
    assert.equal(fromArchive.stdout, fromDir.stdout);
    const zipped = zipBuffer([...toZip(base), { name: Buffer.from('tricky/caf\xe9.txt', 'latin1'), data: 'x', utf8: true }]);
    const run = await verify(write('bad-name.zip', zipped), '--format', 'json');
    const [name, finding] = Object.entries(scope(run).EXTRA_FILE)[0] as [string, Finding];
    assert.match(name, /^caf/);
    assert.match(finding.problem ?? '', /not valid UTF-8/);
  });
});

describe('limits stop decompression bombs', () => {
  const zeros = Buffer.alloc(24 * 1024 * 1024);

  it('.tar.gz beyond --max-size', async () => {
    const archive = write('bomb.tar.gz', gzip(await tarBuffer([...base, { name: 'tricky/zeros.bin', data: zeros }])));
    assertError(await verify(archive, '--max-size', '4M'), /unpacks to more than 4 MiB \(--max-size\).*decompression bomb/);
  });

  it('.tar.bz2 beyond --max-size (stopped inside one bzip2 block)', async () => {
    const tar = await tarBuffer([
      { name: 'tricky/', type: 'directory' },
      { name: 'tricky/zeros.bin', data: zeros },
    ]);
    const archive = write('bomb.tar.bz2', execFileSync('bzip2', ['-c'], { input: tar, maxBuffer: 64 << 20 }));
    assertError(await verify(archive, '--max-size', '2M'), /more than 2 MiB \(--max-size\)/);
  });

  it('.zip beyond --max-size (declared sizes refused before inflating)', async () => {
    const archive = write('bomb.zip', zipBuffer([...toZip(base), { name: 'tricky/zeros.bin', data: zeros }]));
    assertError(await verify(archive, '--max-size', '4M'), /more than 4 MiB \(--max-size\)/);
  });

  it('--max-entries', async () => {
    const archive = write('many.tar.gz', gzip(await tarBuffer(base)));
    assertError(await verify(archive, '--max-entries', '10'), /more than 10 entries \(--max-entries\)/);
    const zip = write('many.zip', zipBuffer(toZip(base)));
    assertError(await verify(zip, '--max-entries', '10'), /more than 10 entries/);
  });

  it('bad limit values are usage errors', async () => {
    const archive = write('ok.tar.gz', gzip(await tarBuffer(base)));
    assertError(await verify(archive, '--max-size', 'lots'), /--max-size "lots" is not a size/);
    assertError(await verify(archive, '--max-entries=0'), /--max-entries "0" is not a positive whole number/);
  });
});

describe('truncated, corrupt and garbage input is a clear error', () => {
  it('truncated .tar.gz', async () => {
    const full = gzip(await tarBuffer(base));
    assertError(await verify(write('cut.tar.gz', full.subarray(0, full.length >> 1))), /is truncated/);
  });

  it('truncated .tar.bz2', async () => {
    const full = execFileSync('bzip2', ['-c'], { input: await tarBuffer(base) });
    assertError(await verify(write('cut.tar.bz2', full.subarray(0, full.length - 200))), /truncated|corrupt/);
  });

  it('truncated .tar: inside an entry, and cut exactly between entries', async () => {
    const full = await tarBuffer(base);
    assertError(await verify(write('cut-mid.tar', full.subarray(0, 5000 + 100))), /is truncated/);
    assertError(await verify(write('cut-boundary.tar', full.subarray(0, full.length - 1024))), /without the end-of-archive marker/);
  });

  it('truncated .zip (end or middle)', async () => {
    const full = zipBuffer(toZip(base));
    assertError(await verify(write('cut-end.zip', full.subarray(0, full.length - 100))), /truncated or not a complete zip|corrupt zip/);
    assertError(await verify(write('cut-mid.zip', full.subarray(0, full.length >> 1))), /truncated or not a complete zip|corrupt zip/);
  });

  it('garbage, empty files and unsupported compressions', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) & 0xff));
    assertError(await verify(write('garbage.tar.gz', noise)), /is not an archive this tool reads/);
    assertError(await verify(write('empty.zip', Buffer.alloc(0))), /is empty/);
    assertError(await verify(write('gz-garbage.tar.gz', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), noise]))), /corrupt|truncated/);
    assertError(await verify(write('bz-garbage.tar.bz2', Buffer.concat([Buffer.from('BZh9'), noise]))), /corrupt|truncated/);
    assertError(await verify(write('zip-garbage.zip', Buffer.concat([Buffer.from('PK\x03\x04'), noise]))), /zip/);
    assertError(await verify(write('not-tar.tar.gz', gzip(noise))), /corrupt or not a tar archive/);
    assertError(await verify(write('x.tar.xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2]))), /xz-compressed/);
  });

  it(
    'a tar folder entry with a size is refused at once (tar-stream never ended such an entry: verify hung)',
    { timeout: 60_000 },
    async () => {
      const entries = [...base.slice(0, 3), { name: 'tricky/d/', type: 'directory' as const, data: 'x' }];
      const bytes = await tarBuffer(entries);
      for (const [name, archive] of [
        ['dir-size.tar', bytes],
        ['dir-size.tar.gz', gzip(bytes)],
      ] as const) {
        assertError(await verify(write(name, archive)), /is refused: the folder at byte \d+ carries data/);
      }
    },
  );

  it('a FIFO given as the archive is an error at once, never a wait for data', { timeout: 60_000 }, async () => {
    const fifo = join(work, 'release.tar.gz');
    execFileSync('mkfifo', [fifo]);
    before_ = { work: snapshot(work), cwd: snapshot(cwd), staged: snapshot(staged.parent) };
    const run = await verify(fifo);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /is not a directory/);
  });

  it('an archive that is not one folder', async () => {
    assertError(
      await verify(write('two.tar.gz', gzip(await tarBuffer([...base, { name: 'other/a.txt', data: 'a' }])))),
      /has 2 entries at its top level \(tricky, other\), not one folder/,
    );
    assertError(
      await verify(write('flat.tar.gz', gzip(await tarBuffer([{ name: 'a.txt', data: 'a' }])))),
      /top-level entry "a.txt" is not a folder/,
    );
    assertError(await verify(write('only-unsafe.tar', await tarBuffer([{ name: '../x', data: 'a' }]))), /holds no folder.*unsafe paths/);
    assertError(
      await verify(write('no-app.tar.gz', gzip(await tarBuffer([{ name: 'thing/readme.txt', data: 'a' }])))),
      /cannot tell what .* holds/,
    );
  });
});
