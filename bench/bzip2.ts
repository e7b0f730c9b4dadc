/**
 * `node --import tsx bench/bzip2.ts`: the parallel bzip2 decompressor beside `bzip2 -dc`, on a
 * server-shaped tree packed with `tar cjf`. Not a test: it prints a table (docs/bzip2.md).
 *
 * Contenders, run in turns (so background load hits them alike), once as a warm-up and then
 * `--reps` times; the table shows the median and min wall time, CPU time and peak RSS:
 * - `bzip2 -dc FILE > /dev/null` (the system's single-threaded libbzip2);
 * - the decompressor alone (this file with `--decompress FILE`: file → decompressor → discard),
 *   bundled with ncc like the CLI (so that neither tsx nor TypeScript compilation is timed),
 *   beside dist/cli's bzip2-worker.js and bzip2.wasm;
 * - `node dist/cli.js verify FILE --trust …` (run `npm run bundle` first).
 *
 * The tree is generated from a seeded PRNG (like bench/bench.ts: many small files, some
 * medium, a few multi-MiB ones), signed with the test CA, packed and cached under
 * $TMPDIR/code-integrity-bench-bzip2/<parameters>/. `--content bench` fills files as
 * bench/bench.ts does (random printable text, which bzip2 barely compresses); `--content
 * code` (the default) with source-like text that compresses about as well as a real release.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const CA = join(REPO, 'test', 'fixtures', 'ca');
const MIB = 1024 * 1024;
const TIME = '/usr/bin/time';
const HTACCESS_MARKER = '#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####';

function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i++) next();
  return next;
}

const WORDS = (
  'account activity admin auth avatar background cache calendar capabilities collaboration command comments config connector ' +
  'contacts controller dashboard dav db encryption event federation files filter group hooks http l10n listener lock log mail ' +
  'migration model notification preview provider repair route search security service session settings share sharing storage ' +
  'stream systemtags template theming token trash updater upload user util versions webhook workflow'
).split(' ');

/** 4 MiB of content that files are slices of. */
function contentPool(kind: 'bench' | 'code', seed: number): Buffer {
  const rand = prng(seed ^ 0x5bd1e995);
  const pool = Buffer.alloc(4 * MIB);
  if (kind === 'bench') {
    // As bench/bench.ts: printable characters at random.
    const alphabet = Buffer.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ;(){}$=->_.,\n    ');
    for (let i = 0; i < pool.length; i++) pool[i] = alphabet[Math.floor(rand() * alphabet.length)] as number;
    return pool;
  }
  // Source-like lines: indentation, keywords, identifiers made of words, numbers and strings.
  const keywords = [
    'public function',
    'return',
    'if (',
    'foreach (',
    '$this->',
    'private',
    'const',
    'use',
    'new',
    'throw new',
    '} else {',
    'null',
    'true',
    'array(',
  ];
  const ident = (): string => {
    const n = 1 + Math.floor(rand() * 3);
    let s = WORDS[Math.floor(rand() * WORDS.length)] as string;
    for (let i = 1; i < n; i++) {
      const w = WORDS[Math.floor(rand() * WORDS.length)] as string;
      s += w[0]?.toUpperCase() + w.slice(1);
    }
    return s;
  };
  let text = '';
  const parts: string[] = [];
  let length = 0;
  while (length < pool.length) {
    const indent = '\t'.repeat(Math.floor(rand() * 4));
    const words = 2 + Math.floor(rand() * 6);
    text = indent;
    for (let i = 0; i < words; i++) {
      const r = rand();
      text +=
        r < 0.3
          ? keywords[Math.floor(rand() * keywords.length)]
          : r < 0.8
            ? '$' + ident()
            : r < 0.9
              ? String(Math.floor(rand() * 100000))
              : `'${ident()}'`;
      text += rand() < 0.2 ? ', ' : ' ';
    }
    text += rand() < 0.5 ? ';\n' : '{\n';
    parts.push(text);
    length += text.length;
  }
  Buffer.from(parts.join(''), 'latin1').copy(pool);
  return pool;
}

/** A server-shaped tree: core/, lib/, 3rdparty/, apps-bundled/, dist/; sizes as in bench/bench.ts. */
function writeTree(root: string, files: number, totalBytes: number, content: 'bench' | 'code', seed: number): void {
  const rand = prng(seed);
  const pool = contentPool(content, seed);
  const areas = ['core', 'lib', '3rdparty', 'apps-bundled', 'dist'];
  const specs: Array<{ rel: string; size: number; big: boolean }> = [];
  for (const rel of [
    'index.php',
    'remote.php',
    'public.php',
    'status.php',
    'cron.php',
    'console.php',
    'occ',
    'robots.txt',
    'AUTHORS',
    'COPYING',
  ]) {
    specs.push({ rel, size: 200 + Math.floor(rand() * 4000), big: false });
  }
  const dirs = areas.map((a) => [a]);
  for (let i = specs.length; i < files; i++) {
    const area = Math.floor(rand() * areas.length);
    const list = dirs[area] as string[];
    if (rand() < 1 / 7 && list.length < 2000)
      list.push(`${list[Math.floor(rand() * list.length)]}/${WORDS[Math.floor(rand() * WORDS.length)]}${i.toString(36)}`);
    const dir = list[Math.floor(rand() * list.length)] as string;
    const ext = area === 4 ? 'js' : rand() < 0.7 ? 'php' : rand() < 0.5 ? 'js' : 'json';
    const r = rand();
    const big = r < (area === 4 ? 0.25 : 0.002);
    const size = big ? 0 : Math.round(Math.exp(Math.log(512) + rand() * Math.log(r < 0.05 ? 600 : 40)));
    specs.push({ rel: `${dir}/${WORDS[Math.floor(rand() * WORDS.length)]}-${i.toString(36)}.${ext}`, size, big });
  }
  const fixed = specs.reduce((n, s) => n + s.size, 0);
  const bigs = specs.filter((s) => s.big);
  for (const s of bigs) s.size = Math.max(16, Math.floor(Math.max(0, totalBytes - fixed) / bigs.length));
  const made = new Set<string>();
  const write = (rel: string, data: Buffer): void => {
    const abs = join(root, rel);
    if (!made.has(dirname(abs))) {
      mkdirSync(dirname(abs), { recursive: true });
      made.add(dirname(abs));
    }
    writeFileSync(abs, data);
  };
  for (const s of specs) {
    const header = Buffer.from(s.rel.endsWith('.php') ? `<?php\n// ${s.rel}\n` : `/* ${s.rel} */\n`);
    const body = Buffer.alloc(Math.max(0, s.size - header.length));
    for (let at = 0, from = Math.floor(rand() * pool.length); at < body.length;) {
      const n = pool.copy(body, at, from);
      at += n;
      from = 0;
    }
    write(s.rel, Buffer.concat([header, body]).subarray(0, s.size));
  }
  write('version.php', Buffer.from(`<?php\n$OC_Version = array(31,0,0,0);\n$OC_VersionString = '31.0.0';\n$vendor = 'nextcloud';\n`));
  write(
    '.htaccess',
    Buffer.from(`<IfModule mod_headers.c>\n  Header always set X-Robots-Tag "noindex, nofollow"\n</IfModule>\n${HTACCESS_MARKER}\n`),
  );
}

interface Run {
  ms: number;
  rssMiB: number;
  cpuS: number;
}

async function timed(cmd: string, args: string[], stdoutFile?: string): Promise<Run> {
  const rssFile = join(tmpdir(), `bench-bzip2-time-${process.pid}`);
  const started = process.hrtime.bigint();
  const child = spawn(TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${code}): ${stderr.slice(0, 2000)}`);
  void stdoutFile;
  const [rss, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(rssFile, { force: true });
  return { ms, rssMiB: (rss as number) / 1024, cpuS: (user as number) + (sys as number) };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** `--decompress FILE`: the decompressor alone, its output discarded. */
async function decompressOnly(file: string, workers: number | undefined): Promise<void> {
  const { createBzip2Decompressor } = await import('../src/engine/archive/bzip2-parallel.ts');
  let bytes = 0;
  const stream = createBzip2Decompressor(workers === undefined ? {} : { workers });
  await pipeline(
    createReadStream(file, { highWaterMark: MIB }),
    stream,
    new Writable({
      highWaterMark: MIB,
      write(chunk: Buffer, _e, cb) {
        bytes += chunk.length;
        cb();
      },
    }),
  );
  process.stderr.write(`${bytes} bytes, ${JSON.stringify(stream.stats)}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '30000' },
      mb: { type: 'string', default: '500' },
      content: { type: 'string', default: 'code' },
      reps: { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      cli: { type: 'string', default: join(REPO, 'dist', 'cli.js') },
      workers: { type: 'string' },
      decompress: { type: 'string' },
      'prepare-only': { type: 'boolean' },
    },
  });
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (values.decompress) return decompressOnly(values.decompress, workers);
  const content = values.content === 'bench' ? 'bench' : 'code';
  const files = Number(values.files);
  const mib = Number(values.mb);
  const reps = Number(values.reps);
  const seed = Number(values.seed);
  const dir = join(tmpdir(), 'code-integrity-bench-bzip2', `${content}-${files}-${mib}-${seed}`);
  const archive = join(dir, 'nextcloud.tar.bz2');
  if (!existsSync(archive)) {
    const stage = join(dir, 'stage');
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`Generating ${files} files, ${mib} MiB (${content}) in ${stage}…\n`);
    writeTree(join(stage, 'nextcloud'), files, mib * MIB, content, seed);
    execFileSync(
      process.execPath,
      [values.cli, 'sign', join(stage, 'nextcloud'), '--key', join(CA, 'core.key'), '--cert', join(CA, 'core.crt')],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    process.stderr.write('Packing with tar cjf…\n');
    execFileSync('tar', ['-cjf', `${archive}.partial`, '-C', stage, 'nextcloud']);
    renameSync(`${archive}.partial`, archive);
    rmSync(stage, { recursive: true, force: true });
  }
  if (values['prepare-only']) return;
  const unpacked = Number(
    execFileSync('sh', ['-c', `bzip2 -dc '${archive}' | wc -c`])
      .toString()
      .trim(),
  );
  process.stderr.write(`${archive}: ${(statSync(archive).size / MIB).toFixed(1)} MiB → ${(unpacked / MIB).toFixed(1)} MiB of tar\n`);

  // The decompressor alone, bundled as the CLI is (tsx would add its start-up and compiling).
  const bundle = join(dir, 'bundle');
  rmSync(bundle, { recursive: true, force: true });
  const ncc = join(REPO, 'node_modules', '.bin', 'ncc');
  execFileSync(ncc, ['build', fileURLToPath(import.meta.url), '-o', bundle, '--quiet', '--target', 'es2022', '--transpile-only'], {
    cwd: REPO,
  });
  writeFileSync(join(bundle, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
  for (const file of ['bzip2-worker.js', 'bzip2.wasm']) copyFileSync(join(dirname(values.cli), 'cli', file), join(bundle, file));

  const contenders: Array<{ name: string; cmd: string; args: string[] }> = [
    { name: 'bzip2 -dc > /dev/null', cmd: 'sh', args: ['-c', `bzip2 -dc '${archive}' > /dev/null`] },
    {
      name: 'decompressor alone',
      cmd: process.execPath,
      args: [join(bundle, 'index.js'), '--decompress', archive, ...(workers === undefined ? [] : ['--workers', String(workers)])],
    },
    {
      name: 'verify (dist/cli.js)',
      cmd: process.execPath,
      args: [values.cli, 'verify', archive, '--trust', join(CA, 'root.crt'), '--format', 'json'],
    },
  ];
  const results = new Map<string, Run[]>(contenders.map((c) => [c.name, []]));
  /** Per round, each contender's time over bzip2's in the same round: slow swings of background load cancel out. */
  const paired = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let rep = 0; rep <= reps; rep++) {
    // Rotate the order each round; round 0 is the warm-up.
    for (let i = 0; i < contenders.length; i++) {
      const c = contenders[(i + rep) % contenders.length] as (typeof contenders)[number];
      const r = await timed(c.cmd, c.args);
      if (rep > 0) results.get(c.name)?.push(r);
      process.stderr.write(
        `  ${rep === 0 ? 'warm-up' : `rep ${rep}`}: ${c.name} ${(r.ms / 1000).toFixed(2)} s, ${r.rssMiB.toFixed(0)} MiB\n`,
      );
    }
    if (rep > 0) {
      const round = (name: string): number => (results.get(name) as Run[])[rep - 1]?.ms as number;
      for (const c of contenders) paired.get(c.name)?.push(round(c.name) / round('bzip2 -dc > /dev/null'));
    }
  }
  const base = median((results.get('bzip2 -dc > /dev/null') as Run[]).map((r) => r.ms));
  const rows = [...results].map(([name, runs]) => {
    const ms = median(runs.map((r) => r.ms));
    return `| ${name} | ${(ms / 1000).toFixed(2)} | ${(Math.min(...runs.map((r) => r.ms)) / 1000).toFixed(2)} | ${median(runs.map((r) => r.cpuS)).toFixed(1)} | ${Math.max(...runs.map((r) => r.rssMiB)).toFixed(0)} | ${(ms / base).toFixed(2)}× | ${median(paired.get(name) as number[]).toFixed(2)}× |`;
  });
  process.stdout.write(
    [
      `${archive}: ${(statSync(archive).size / MIB).toFixed(1)} MiB compressed, ${(unpacked / MIB).toFixed(1)} MiB of tar; ${availableParallelism()} cores, load ${loadavg()[0]?.toFixed(1)}, ${reps} reps`,
      '',
      '| contender | median s | min s | CPU s | peak RSS MiB | × bzip2 -dc (medians) | × bzip2 -dc (median per round) |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench/bzip2: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
