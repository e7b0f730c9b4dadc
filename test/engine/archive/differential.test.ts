/**
 * Differential suite: hostile archives of a signed app, each extracted by GNU tar, 7-Zip and
 * PHP's Archive_Tar (tar), or Info-ZIP unzip, 7-Zip and PHP's ZipArchive (zip). Whenever an
 * extractor writes a tree other than the signed one, `verify` on the archive must exit 1 or
 * 2; it must always end (a generous timeout guards against hangs; nothing is timed) and
 * never print a stack trace. Each case also states the verdict this tool gives, so a case
 * that stops testing what it says fails too.
 *
 * A missing extractor skips the cases that need it, saying how to install it.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { cleanupTempDirs, runCli, tempDir, type CliRun } from '../../helpers.ts';
import { crc32, HOST, tar, unicodeExtra, zip, type TarRecord, type ZipSpec } from './craft.ts';
import { extractAll, extractorsFor, readTree, treeDifference, type Extracted, type Kind, type Tree } from './extractors.ts';
import { gzip, tarRecords, type TarEntry } from './helpers.ts';
import { LONG, LONG_FOLDER, LONG_NAME, ROOT_CRT, signedApp, TOP } from './signed-app.ts';

after(cleanupTempDirs);

let signed: Tree = new Map();
let entries: TarEntry[] = [];

interface Case {
  name: string;
  kind: Kind;
  build: () => Buffer;
  /** This tool's verdict: 0 passed, 1 findings, 2 refused (or any non-zero). */
  verdict: 0 | 1 | 2 | 'nonzero';
}

const bz2 = (b: Buffer): Buffer => execFileSync('bzip2', ['-c'], { input: b, maxBuffer: 1 << 26 });

/** The signed app's tar records with `change` applied to the entry named `rel` (or added records). */
function tarWith(change: { rel?: string; replace?: (r: TarRecord) => TarRecord[]; add?: TarRecord[]; before?: TarRecord[] }): TarRecord[] {
  const records = tarRecords(entries);
  const out: TarRecord[] = [...(change.before ?? [])];
  let long: string | null = null;
  for (const r of records) {
    if ('gnuLong' in r) {
      long = r.gnuLong.toString();
      out.push(r);
      continue;
    }
    const name = 'header' in r ? (long ?? r.header.name.toString()) : null;
    long = null;
    if (change.rel && name === `${TOP}/${change.rel}` && change.replace) out.push(...change.replace(r));
    else out.push(r);
  }
  return [...out, ...(change.add ?? [])];
}

const file = (rel: string, data: string, more: Partial<Extract<TarRecord, { header: unknown }>['header']> = {}): TarRecord => ({
  header: { name: `${TOP}/${rel}`, magic: 'gnu', ...more },
  data,
});

/** The signed app as zip entries (Info-ZIP style: UTF-8 flag for non-ASCII names). */
function zipEntries(): ZipSpec[] {
  return entries.map((e) => ({ name: e.name, ...(e.data === undefined ? {} : { data: e.data }) }));
}

function zipWith(change: (e: ZipSpec) => ZipSpec | ZipSpec[] = (e) => e, add: ZipSpec[] = []): ZipSpec[] {
  return [...zipEntries().flatMap((e) => change(e)), ...add];
}

const at =
  (rel: string) =>
  (e: ZipSpec): boolean =>
    e.name === `${TOP}/${rel}`;

function cases(): Case[] {
  const t = (name: string, verdict: Case['verdict'], records: () => TarRecord[], opts: { end?: boolean } = {}): Case => ({
    name,
    kind: 'tar',
    verdict,
    build: () => tar(records(), opts),
  });
  const z = (name: string, verdict: Case['verdict'], specs: () => ZipSpec[], opts: Parameters<typeof zip>[1] = {}): Case => ({
    name,
    kind: 'zip',
    verdict,
    build: () => zip(specs(), opts),
  });
  return [
    // ---- tar: baselines
    t('baseline (GNU format, long name in an L header)', 0, () => tarWith({})),
    { name: 'baseline .tar.gz', kind: 'tar.gz', verdict: 0, build: () => gzip(tar(tarWith({}))) },
    { name: 'baseline .tar.bz2', kind: 'tar.bz2', verdict: 0, build: () => bz2(tar(tarWith({}))) },
    t('POSIX ustar prefix for a long name', 0, () =>
      tarWith({
        rel: LONG,
        replace: (r) =>
          'header' in r ? [{ ...r, header: { ...r.header, magic: 'posix', name: LONG_NAME, prefix: `${TOP}/${LONG_FOLDER}` } }] : [r],
      }).filter((r) => !('gnuLong' in r)),
    ),
    // ---- pax global headers
    t('pax global header with comment and mtime (git archive)', 0, () =>
      tarWith({ before: [{ pax: { comment: 'abc123', mtime: '1700000000' }, global: true }] }),
    ),
    t('pax global header setting path (GNU tar renames every later entry)', 2, () =>
      tarWith({ add: [{ pax: { path: `${TOP}/lib/App.php` }, global: true }, file('evil.php', '<?php evil();')] }),
    ),
    t('pax global header setting linkpath', 2, () => tarWith({ add: [{ pax: { linkpath: 'js/main.js' }, global: true }] })),
    t('pax global header setting size', 2, () => tarWith({ add: [{ pax: { size: '3' }, global: true }, file('x.txt', 'hello')] })),
    t('pax global header with an unknown keyword', 2, () => tarWith({ before: [{ pax: { 'VENDOR.flag': '1' }, global: true }] })),
    // ---- per-entry pax headers
    t('pax path that renames a signed file (Archive_Tar ignores pax)', 1, () =>
      tarWith({ rel: 'lib/App.php', replace: (r) => [{ pax: { path: `${TOP}/lib/Evil.php` } }, r] }),
    ),
    t('pax path equal to the header name', 0, () =>
      tarWith({ rel: 'lib/App.php', replace: (r) => [{ pax: { path: `${TOP}/lib/App.php` } }, r] }),
    ),
    t('pax path hiding an excluded name (.DS_Store for GNU tar, lib/evil.php for Archive_Tar)', 1, () =>
      tarWith({ add: [{ pax: { path: `${TOP}/.DS_Store` } }, file('lib/evil.php', '<?php evil();')] }),
    ),
    t('pax size other than the header size', 2, () => tarWith({ add: [{ pax: { size: '2' } }, file('x.txt', 'hello')] })),
    t('pax linkpath that differs from the header link', 1, () =>
      tarWith({
        add: [
          { pax: { linkpath: 'main.js' } },
          { header: { name: `${TOP}/js/link.js`, typeflag: '2', linkname: 'style.css', magic: 'gnu' } },
        ],
      }),
    ),
    t('pax header with a GNU sparse keyword', 2, () => tarWith({ add: [{ pax: { 'GNU.sparse.size': '10' } }, file('s.txt', 'sparse')] })),
    t('two pax headers before one entry', 2, () =>
      tarWith({ add: [{ pax: { path: `${TOP}/a.txt` } }, { pax: { path: `${TOP}/b.txt` } }, file('c.txt', 'c')] }),
    ),
    t('pax header, then a global header, then the entry', 2, () =>
      tarWith({ add: [{ pax: { path: `${TOP}/a.txt` } }, { pax: { comment: 'c' }, global: true }, file('c.txt', 'c')] }),
    ),
    t('pax header at the end, with no entry', 2, () => tarWith({ add: [{ pax: { path: `${TOP}/a.txt` } }] })),
    t('pax path with a NUL byte', 2, () => tarWith({ add: [{ pax: [['path', Buffer.from(`${TOP}/a\0b.txt`)]] }, file('c.txt', 'c')] })),
    // ---- GNU long names and links
    t('GNU long name that differs from the header name (all read the long name)', 0, () =>
      tarWith({
        rel: 'README.md',
        replace: (r) => [
          { gnuLong: `${TOP}/README.md` },
          { ...r, header: { ...(r as { header: object }).header, name: `${TOP}/other.md` } } as TarRecord,
        ],
      }),
    ),
    t('GNU long name with a NUL inside (Archive_Tar throws)', 2, () =>
      tarWith({ add: [{ gnuLong: `${TOP}/a.txt\0b.txt` }, file('z.txt', 'z')] }),
    ),
    t('GNU long name followed by a pax header (Archive_Tar names the pax header)', 2, () =>
      tarWith({ add: [{ gnuLong: `${TOP}/ll.txt` }, { pax: { path: `${TOP}/pp.txt` } }, file('uu.txt', 'u')] }),
    ),
    t('GNU long link name (Archive_Tar writes a stray @LongLink file)', 2, () =>
      tarWith({
        add: [{ gnuLong: 'js/main.js', link: true }, { header: { name: `${TOP}/kl.js`, typeflag: '2', linkname: 'x', magic: 'gnu' } }],
      }),
    ),
    // ---- ustar prefix
    t('prefix in a GNU-format header (GNU tar ignores it, 7-Zip and Archive_Tar use it)', 1, () =>
      tarWith({ add: [file('p.txt', 'pre', { prefix: 'zz', magic: 'gnu' })] }),
    ),
    t('prefix in an old-style (v7) header (only Archive_Tar uses it)', 1, () =>
      tarWith({ add: [file('p.txt', 'pre', { prefix: 'zz', magic: 'v7' })] }),
    ),
    t('POSIX prefix longer than 131 bytes (Archive_Tar cuts it)', 1, () =>
      tarWith({ add: [{ header: { name: 'x.txt', prefix: `${TOP}/${'p'.repeat(140)}`, magic: 'posix' }, data: 'long prefix' }] }),
    ),
    // ---- entries that carry data they should not
    t('folder entry with a size (the archive that hung verify)', 2, () =>
      tarWith({ add: [{ header: { name: `${TOP}/d/`, magic: 'gnu' }, data: 'x' }] }),
    ),
    t('folder entry whose data is a hidden tar entry (all three extract it)', 2, () =>
      tarWith({
        add: [
          { header: { name: `${TOP}/d`, typeflag: '5', magic: 'gnu' }, data: tar([file('hidden.php', '<?php evil();')], { end: false }) },
        ],
      }),
    ),
    t('symbolic link with data (7-Zip reads it as the target)', 2, () =>
      tarWith({
        add: [
          {
            header: { name: `${TOP}/s`, typeflag: '2', linkname: 'README.md', magic: 'gnu' },
            data: tar([file('hidden.php', '<?php evil();')], { end: false }),
          },
        ],
      }),
    ),
    t('hard link with data (Archive_Tar writes the data)', 2, () =>
      tarWith({
        add: [{ header: { name: `${TOP}/h.php`, typeflag: '1', linkname: `${TOP}/lib/App.php`, magic: 'gnu' }, data: '<?php evil();' }],
      }),
    ),
    t('signed file stored as a hard link (Archive_Tar writes it empty)', 1, () =>
      tarWith({
        rel: 'lib/Copy.php',
        replace: () => [{ header: { name: `${TOP}/lib/Copy.php`, typeflag: '1', linkname: `${TOP}/lib/App.php`, magic: 'gnu' } }],
      }),
    ),
    // ---- after the end
    t('a second archive after the end-of-archive marker (Archive_Tar reads on)', 2, () => [
      ...tarWith({}),
      { zeros: 2 },
      ...[file('after.php', '<?php evil();')],
    ]),
    t('a lone zero block, then more entries', 2, () => [...tarWith({}), { zeros: 1 }, file('after.php', '<?php evil();')]),
    // ---- headers
    t('checksum over signed bytes (Archive_Tar refuses)', 2, () => tarWith({ add: [file('caf\u00e9.txt', 'x', { checksum: 'signed' })] })),
    t('base-256 size (Archive_Tar misreads it)', 2, () =>
      tarWith({ add: [file('b.txt', 'b2\n', { sizeField: Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]) })] }),
    ),
    t('size field with garbage (PHP octdec skips it)', 2, () =>
      tarWith({ add: [file('g.txt', 'g3\n', { sizeField: Buffer.from('0000000003x\0') })] }),
    ),
    t('unknown entry type', 2, () => tarWith({ add: [file('u.php', '<?php evil();', { typeflag: 'Z' })] })),
    t('GNU volume label (GNU tar skips, others write a file)', 2, () =>
      tarWith({ add: [file('v.php', '<?php evil();', { typeflag: 'V' })] }),
    ),
    t('old GNU sparse entry', 2, () => tarWith({ add: [file('s.php', 'sparse', { typeflag: 'S' })] })),
    t('file entry whose name ends in "/"', 2, () => tarWith({ add: [file('f/', 'data', { typeflag: '0' })] })),
    t('FIFO (GNU tar makes a FIFO, the others an empty file)', 1, () =>
      tarWith({ add: [{ header: { name: `${TOP}/pipe`, typeflag: '6', magic: 'gnu' } }] }),
    ),
    t('FIFO with an excluded name (same name for all)', 0, () =>
      tarWith({ add: [{ header: { name: `${TOP}/lib/.DS_Store`, typeflag: '6', magic: 'gnu' } }] }),
    ),
    // ---- names and links Archive_Tar refuses (it stops extracting there)
    t('name with "../" inside a component', 1, () => tarWith({ add: [file('lib/a../b.php', 'x')] })),
    t('name with "://"', 1, () => tarWith({ add: [file('lib/x://y.php', 'x')] })),
    // First in the archive: Archive_Tar stops there and writes none of the signed files,
    // while GNU tar and 7-Zip write the signed tree plus a name the profile excludes.
    t('excluded name below a folder with "..\\", first in the archive (Archive_Tar stops at once)', 1, () =>
      tarWith({ before: [file('x..\\y/.DS_Store', 'x')] }),
    ),
    t('symbolic link with a ":" in its target, under an excluded name, first (Archive_Tar stops at once)', 1, () =>
      tarWith({ before: [{ header: { name: `${TOP}/.DS_Store`, typeflag: '2', linkname: 'a:b', magic: 'gnu' } }] }),
    ),
    t('symbolic link target with a trailing space (Archive_Tar trims it)', 1, () =>
      tarWith({
        rel: 'README.md',
        replace: (r) => [r, { header: { name: `${TOP}/readme.txt`, typeflag: '2', linkname: 'README.md ', magic: 'gnu' } }],
      }),
    ),
    // ---- duplicates
    t('the same signed path twice with other content', 1, () => tarWith({ add: [file('lib/App.php', '<?php evil();')] })),
    t('names that differ only in case', 1, () => tarWith({ add: [file('lib/APP.php', '<?php evil();')] })),
    t('names that differ only in Unicode normalization (both signed)', 0, () => tarWith({})),
    t('an unsigned NFD twin of a signed NFC name', 1, () =>
      tarWith({ add: [file('lib/caf\u00e9.php', '1'), file('lib/cafe\u0301.php', '2')] }),
    ),
    // ---- compression
    { name: 'truncated .tar.gz', kind: 'tar.gz', verdict: 2, build: () => gzip(tar(tarWith({}))).subarray(0, 300) },
    {
      name: 'two bzip2 streams (PHP reads only the first)',
      kind: 'tar.bz2',
      verdict: 2,
      build: () => Buffer.concat([bz2(tar(tarWith({}).slice(0, 4), { end: false })), bz2(tar(tarWith({}).slice(4)))]),
    },
    {
      name: 'two gzip members (all read both)',
      kind: 'tar.gz',
      verdict: 0,
      build: () => Buffer.concat([gzip(tar(tarWith({}).slice(0, 4), { end: false })), gzip(tar(tarWith({}).slice(4)))]),
    },

    // ---- zip: baselines
    z('baseline zip', 0, () => zipWith()),
    z('baseline zip with data descriptors', 0, () => zipWith((e) => ({ ...e, descriptor: {} }))),
    z('baseline zip64', 0, () => zipWith((e) => ({ ...e, zip64: true })), { zip64End: true }),
    // ---- Unicode Path / Comment
    z('Unicode Path that renames a signed file (unzip, 7-Zip and libzip use it)', 1, () =>
      zipWith((e) => (at('README.md')(e) ? { ...e, flags: 0, extra: unicodeExtra(`${TOP}/EVIL.md`, e.name) } : e)),
    ),
    z('Unicode Path whose CRC does not match (ignored by all)', 0, () =>
      zipWith((e) =>
        at('README.md')(e) ? { ...e, flags: 0, extra: unicodeExtra(`${TOP}/EVIL.md`, e.name, 'path', crc32(Buffer.from('x'))) } : e,
      ),
    ),
    z('Unicode Path with the UTF-8 flag set (only libzip uses it)', 1, () =>
      zipWith((e) => (at('README.md')(e) ? { ...e, flags: 0x800, extra: unicodeExtra(`${TOP}/EVIL.md`, e.name) } : e)),
    ),
    z('Unicode Comment field (no name changes)', 0, () =>
      zipWith((e) => (at('README.md')(e) ? { ...e, flags: 0, extra: unicodeExtra(`${TOP}/EVIL.md`, e.name, 'comment') } : e)),
    ),
    // ---- local header vs central directory
    z('local header names the entry differently', 2, () =>
      zipWith((e) => (at('README.md')(e) ? { ...e, localName: `${TOP}/EVIL.md` } : e)),
    ),
    z('local header declares other sizes', 2, () =>
      zipWith((e) => (at('README.md')(e) ? { ...e, method: 0, localSize: 3, localCompressedSize: 3 } : e)),
    ),
    z('central directory declares other sizes', 2, () =>
      zipWith((e) => (at('README.md')(e) ? { ...e, method: 0, size: 3, compressedSize: 3 } : e)),
    ),
    z('local header declares another method', 2, () => zipWith((e) => (at('README.md')(e) ? { ...e, method: 0, localMethod: 8 } : e))),
    z('wrong CRC', 2, () => zipWith((e) => (at('README.md')(e) ? { ...e, crc: 1 } : e))),
    z('deflate stream followed by junk inside the entry', 2, () =>
      zipWith((e) => (at('README.md')(e) ? { ...e, compressed: Buffer.concat([execDeflate(String(e.data)), Buffer.from('junk')]) } : e)),
    ),
    // ---- layout
    z('two directory entries sharing one local entry (unzip refuses, others extract)', 2, () =>
      zipWith(undefined, [{ name: `${TOP}/b.php`, data: '# tricky\n', offsetOf: 1 }]),
    ),
    z('a local entry the directory does not list', 2, () =>
      zipWith(undefined, [
        { name: `${TOP}/hidden.php`, data: '<?php evil();', hidden: true },
        { name: `${TOP}/z.txt`, data: 'z' },
      ]),
    ),
    z('bytes before the first entry (self-extractor stub)', 2, () => zipWith(), { prefix: Buffer.from('PK\x03\x04stub') }),
    z('bytes after the end record', 2, () => zipWith(), { suffix: Buffer.from('trailing') }),
    z('a second end record in the comment (unzip reads it)', 2, () => zipWith(), {
      comment: Buffer.concat([Buffer.from('PK\x05\x06'), Buffer.alloc(18)]),
    }),
    // ---- types by host system
    z('Unix symbolic link (ZipArchive writes a file)', 1, () =>
      zipWith(undefined, [{ name: `${TOP}/link.js`, data: 'js/main.js', mode: 0o120777 }]),
    ),
    z('Atari symbolic link (only unzip makes a link)', 1, () =>
      zipWith(undefined, [{ name: `${TOP}/link.js`, data: 'js/main.js', mode: 0o120777, host: HOST.atari }]),
    ),
    z('MS-DOS entry with consistent Unix link bits (unzip and 7-Zip make a link)', 1, () =>
      zipWith(undefined, [
        { name: `${TOP}/link.js`, data: 'js/main.js', host: HOST.fat, externalAttributes: ((0o120644 << 16) | 0x20) >>> 0 },
      ]),
    ),
    z('MS-DOS entry with inconsistent Unix link bits (only 7-Zip makes a link)', 1, () =>
      zipWith(undefined, [
        { name: `${TOP}/link.js`, data: 'js/main.js', host: HOST.fat, externalAttributes: ((0o120777 << 16) | 0x20) >>> 0 },
      ]),
    ),
    z('MS-DOS folder attribute without a trailing "/" (7-Zip makes a folder)', 1, () =>
      zipWith(undefined, [{ name: `${TOP}/d`, data: '', host: HOST.fat, externalAttributes: 0x10 }]),
    ),
    z('folder entry carrying data (all make the folder)', 0, () => zipWith(undefined, [{ name: `${TOP}/newdir/`, data: 'ignored' }])),
    z('FIFO mode bits (all write a regular file)', 1, () => zipWith(undefined, [{ name: `${TOP}/pipe`, data: 'pp', mode: 0o010644 }])),
    // ---- names
    z('the same path twice with other content (unzip: last wins, libzip: first)', 1, () =>
      zipWith(undefined, [{ name: `${TOP}/README.md`, data: 'evil' }]),
    ),
    z('names that differ only in case', 1, () => zipWith(undefined, [{ name: `${TOP}/readme.md`, data: 'evil' }])),
    z('non-UTF-8 name without the UTF-8 flag, from MS-DOS', 1, () =>
      zipWith(undefined, [{ name: Buffer.from(`${TOP}/caf\x82.txt`, 'latin1'), data: 'c', host: HOST.fat, externalAttributes: 0x20 }]),
    ),
    z('backslashes in an MS-DOS name (unzip reads them as folders)', 1, () =>
      zipWith(undefined, [{ name: `${TOP}\\lib\\x.php`, flags: 0, data: 'x', host: HOST.fat, externalAttributes: 0x20 }]),
    ),
    z('a folder name ending in "." (ZipArchive writes the entry at the top, or stops)', 1, () =>
      zipWith(undefined, [{ name: `${TOP}/lib./x.php`, data: 'x' }]),
    ),
    z('a folder entry ending in "./", first (ZipArchive stops there)', 1, () => [{ name: `${TOP}/d./` }, ...zipEntries()]),
    z('an entry that needs zip version 8.5 (unzip skips it)', 2, () => zipWith((e) => (at('lib/Copy.php')(e) ? { ...e, needed: 85 } : e))),
    z('control characters in a name (unzip drops them, libzip maps them to CP437 glyphs)', 1, () =>
      zipWith(undefined, [
        { name: `${TOP}/a\u001bb.php`, flags: 0, data: 'x' },
        { name: `${TOP}/c\nd.php`, flags: 0, data: 'y' },
      ]),
    ),
    z('a tab as a whole folder name (unzip drops it and writes the file one level up)', 1, () =>
      zipWith(undefined, [{ name: `${TOP}/lib/\t/App.php`, flags: 0, data: 'x' }]),
    ),
    z('an empty name (7-Zip writes a file named after the archive)', 2, () => zipWith(undefined, [{ name: '', data: 'x' }])),
    z('NUL in a name', 2, () => zipWith(undefined, [{ name: Buffer.from(`${TOP}/a\0b.php`), data: 'x' }])),
    z('absolute name (all strip the "/")', 1, () => zipWith(undefined, [{ name: `/${TOP}/abs.php`, data: 'x' }])),
    z('".." in a name (unzip and 7-Zip drop it, ZipArchive climbs)', 1, () =>
      zipWith(undefined, [{ name: `${TOP}/lib/../evil.php`, data: 'x' }]),
    ),
    z('encrypted entry (unzip stops there)', 2, () => zipWith(undefined, [{ name: `${TOP}/e.php`, data: 'x', method: 0, flags: 1 }])),
    z('encrypted folder entry with an excluded name, first (unzip stops there)', 2, () => [
      { name: `${TOP}/.DS_Store/`, flags: 1 },
      ...zipEntries(),
    ]),
    z('bzip2-compressed entry (method 12)', 2, () => zipWith(undefined, [{ name: `${TOP}/bz.php`, data: 'x', method: 12 }])),
  ];
}

function execDeflate(text: string): Buffer {
  return deflateRawSync(Buffer.from(text));
}

/** Fail instead of waiting forever: a hang is a bug, not a slow machine (the bound is generous). */
async function guarded(p: Promise<CliRun>, what: string, ms = 120_000): Promise<CliRun> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: verify did not end within ${ms / 1000} s`)), ms)),
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const EXT: Record<Kind, string> = { tar: 'tar', 'tar.gz': 'tar.gz', 'tar.bz2': 'tar.bz2', zip: 'zip' };

describe('differential: what each extractor writes vs the verdict', () => {
  const all: Array<Case & { archive: string }> = [];
  let extracted: Extracted = [];

  before(async () => {
    const app = await signedApp();
    signed = app.tree;
    entries = app.entries;
    const work = tempDir('differential-');
    for (const [i, c] of cases().entries()) {
      const archive = join(work, `case-${i}.${EXT[c.kind]}`);
      writeFileSync(archive, c.build());
      all.push({ ...c, archive });
    }
    const runnable = all.filter((c) => extractorsFor(c.kind).missing === null);
    const out = await extractAll(runnable.map((c) => ({ archive: c.archive, kind: c.kind })));
    extracted = all.map((c) => out[runnable.indexOf(c)] ?? {});
  });

  it('the cases are distinct archives', () => {
    assert.equal(new Set(all.map((c) => `${c.kind}: ${c.name}`)).size, all.length);
  });

  for (const [i, c] of cases().entries()) {
    it(`${c.kind}: ${c.name}`, async (t) => {
      const { missing } = extractorsFor(c.kind);
      if (missing) {
        t.skip(`extractors ${missing}`);
        return;
      }
      const archive = all[i] as Case & { archive: string };
      const differs: string[] = [];
      for (const [name, dir] of Object.entries(extracted[i] ?? {})) {
        const diff = treeDifference(signed, readTree(dir, TOP));
        if (diff) differs.push(`${name}: ${diff}`);
      }
      t.diagnostic(
        differs.length > 0 ? `extractors writing another tree: ${differs.join('; ')}` : 'every extractor writes the signed tree',
      );
      const run = await guarded(runCli(['verify', archive.archive, '--trust', ROOT_CRT, '--format', 'json']), c.name);
      const output = `${run.stderr}${run.stdout.slice(0, 3000)}`;
      assert.doesNotMatch(run.stderr, /\n\s+at |internal error/, 'no stack trace');
      assert.ok([0, 1, 2].includes(run.code), output);
      if (differs.length > 0)
        assert.notEqual(run.code, 0, `an extractor writes another tree (${differs.join('; ')}) but verify passed:\n${output}`);
      if (c.verdict === 'nonzero') assert.notEqual(run.code, 0, output);
      else
        assert.equal(
          run.code,
          c.verdict,
          `expected exit ${c.verdict}; extractors: ${differs.join('; ') || 'all write the signed tree'}\n${output}`,
        );
    });
  }
});
