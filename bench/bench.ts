/**
 * `npm run bench`: verify and sign a tree shaped like a Nextcloud server release, beside the
 * sha512sum floor over exactly the same files (design.md §7). Not a test: it prints a table.
 *
 * The tree is generated deterministically from a seeded PRNG and cached under
 * os.tmpdir()/code-integrity-bench/<hash of the parameters>/, so a second run starts at once.
 * Every contender runs once as a warm-up, then `--reps` times, interleaved (so noise from
 * other work on the machine hits all of them alike); the table shows median and min wall time,
 * throughput, peak RSS and the ratio to the parallel sha512sum floor measured in the same run.
 * The same tree as .tar.gz, .tar.bz2 and .zip, and a small app, are measured beside their
 * own references (extra.ts): the decompressor alone, and a bare `node -e 0`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statfsSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { appContenders, archiveContenders, ensureApp, ensureArchives } from './extra.ts';

const GENERATOR_VERSION = 1;
const MIB = 1024 * 1024;
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The test CA of test/fixtures (as in test/helpers.ts): the CN=core key and certificate, the root. */
const CA = join(REPO, 'test', 'fixtures', 'ca');
const HTACCESS_MARKER = '#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####';

const HELP = `Usage: npm run bench -- [options]

Generates (once, cached) a tree shaped like a Nextcloud server release and measures
\`code-integrity verify\` and \`sign\` beside sha512sum over the same files.

Options:
  --files N     number of files in the tree (default 30000)
  --mb N        total size in MiB (default 500)
  --reps N      measured repetitions per contender (default 5)
  --seed N      PRNG seed (default 1)
  --cache MODE  warm (default): one warm-up run, then measure with the tree in the page cache;
                cold: drop the page cache before every run (needs write access to
                /proc/sys/vm/drop_caches, i.e. root)
  --chunk N     files per sha512sum process in the parallel floor (default: files / (cores * 16))
  --cli FILE    the bundled CLI (default dist/cli.js; run \`npm run bundle\` first)
  --key FILE    signing key (default ${CA}/core.key)
  --cert FILE   signing certificate, CN=core (default ${CA}/core.crt)
  --trust FILE  root to trust when verifying (default ${CA}/root.crt)
  --keep-env    run the contenders with NODE_EXTRA_CA_CERTS if it is set (by default it is left
                out: it makes every Node process parse a CA bundle at start-up)
  --only LIST   contender groups, comma-separated (default tree,archives,app): tree = verify,
                sign, sha512sum, the floor, --help; archives = the tree as .tar.gz, .tar.bz2,
                .zip, each beside its decompressor alone; app = a small signed app beside
                node -e 0 (the floor always runs: the x floor column needs it)
  --app-files N files of the small app (default 150)
  --app-mb N    size of the small app in MiB (default 3)
  --clean       delete every cached bench tree and exit
  -h, --help
`;

class BenchUsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  files: number;
  mib: number;
  reps: number;
  seed: number;
  cache: 'warm' | 'cold';
  chunk: number | null;
  cli: string;
  key: string;
  cert: string;
  trust: string;
  clean: boolean;
  /** Run the contenders with this environment as is (by default NODE_EXTRA_CA_CERTS is left out). */
  keepEnv: boolean;
  groups: Set<string>;
  appFiles: number;
  appMib: number;
  help: boolean;
}

const GROUPS = ['tree', 'archives', 'app'];

function intOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw new BenchUsageError(`--${name} must be a whole number, got "${value}"`);
  const n = Number(value.trim());
  if (n < min || n > max) throw new BenchUsageError(`--${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        files: { type: 'string' },
        mb: { type: 'string' },
        reps: { type: 'string' },
        seed: { type: 'string' },
        cache: { type: 'string' },
        chunk: { type: 'string' },
        cli: { type: 'string' },
        key: { type: 'string' },
        cert: { type: 'string' },
        trust: { type: 'string' },
        clean: { type: 'boolean' },
        'keep-env': { type: 'boolean' },
        only: { type: 'string' },
        'app-files': { type: 'string' },
        'app-mb': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new BenchUsageError((e as Error).message);
  }
  const v = parsed.values;
  const cache = v.cache ?? 'warm';
  if (cache !== 'warm' && cache !== 'cold') throw new BenchUsageError(`--cache must be warm or cold, got "${cache}"`);
  const files = intOption('files', v.files, 30000, 100, 5_000_000);
  const mib = intOption('mb', v.mb, 500, 1, 1_000_000);
  if ((mib * MIB) / files < 256) {
    throw new BenchUsageError(`--mb ${mib} is too small for --files ${files}: keep at least 256 bytes per file on average`);
  }
  const groups = new Set((v.only ?? GROUPS.join(',')).split(',').map((g) => g.trim()));
  for (const g of groups) if (!GROUPS.includes(g)) throw new BenchUsageError(`--only takes ${GROUPS.join(', ')}; got "${g}"`);
  return {
    files,
    mib,
    groups,
    appFiles: intOption('app-files', v['app-files'], 150, 2, 100_000),
    appMib: intOption('app-mb', v['app-mb'], 3, 1, 10_000),
    reps: intOption('reps', v.reps, 5, 1, 1000),
    seed: intOption('seed', v.seed, 1, 0, 2 ** 32 - 1),
    cache,
    chunk: v.chunk === undefined ? null : intOption('chunk', v.chunk, 1, 1, 10_000_000),
    cli: v.cli ?? join(REPO, 'dist', 'cli.js'),
    key: v.key ?? join(CA, 'core.key'),
    cert: v.cert ?? join(CA, 'core.crt'),
    trust: v.trust ?? join(CA, 'root.crt'),
    clean: v.clean === true,
    keepEnv: v['keep-env'] === true,
    help: v.help === true,
  };
}

// ---------------------------------------------------------------------------------------------
// Deterministic tree

/** sfc32: small, fast, good enough for shaping a tree, and identical on every machine. */
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

interface FileSpec {
  rel: string;
  size: number;
}

const WORDS = (
  'account activity admin auth avatar background cache calendar capabilities collaboration command comments config connector ' +
  'contacts controller dashboard dav db encryption event federation files filter group hooks http l10n listener lock log mail ' +
  'migration model notification preview provider repair route search security service session settings share sharing storage ' +
  'stream systemtags template theming token trash updater upload user util versions webhook workflow'
).split(' ');

const AREAS: Array<{ root: string; share: number; depth: number; exts: Array<[string, number]> }> = [
  {
    root: 'core',
    share: 0.14,
    depth: 5,
    exts: [
      ['js', 35],
      ['svg', 20],
      ['php', 20],
      ['json', 10],
      ['css', 10],
      ['png', 5],
    ],
  },
  { root: 'lib', share: 0.22, depth: 6, exts: [['php', 100]] },
  {
    root: '3rdparty',
    share: 0.3,
    depth: 8,
    exts: [
      ['php', 85],
      ['json', 5],
      ['md', 5],
      ['txt', 5],
    ],
  },
  // An apps/-like hierarchy; not named apps/, which the nextcloud-core profile prunes at the root.
  {
    root: 'apps-bundled',
    share: 0.28,
    depth: 6,
    exts: [
      ['php', 45],
      ['js', 25],
      ['svg', 10],
      ['json', 10],
      ['css', 5],
      ['png', 5],
    ],
  },
  {
    root: 'dist',
    share: 0.04,
    depth: 1,
    exts: [
      ['js', 50],
      ['js.map', 40],
      ['LICENSE.txt', 10],
    ],
  },
  {
    root: 'resources',
    share: 0.02,
    depth: 3,
    exts: [
      ['xml', 30],
      ['json', 30],
      ['crt', 10],
      ['txt', 30],
    ],
  },
];

const TOP_FILES = ['version.php', 'index.php', 'remote.php', 'public.php', 'status.php', 'cron.php', 'console.php', 'occ'];
const TOP_FILES_2 = ['robots.txt', '.user.ini', 'AUTHORS', 'COPYING', 'ocs/v1.php', 'ocs/v2.php', 'ocs-provider/index.php'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function weighted(rand: () => number, items: Array<[string, number]>): string {
  const total = items.reduce((n, [, w]) => n + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return (items[items.length - 1] as [string, number])[0];
}

/** The list of files and sizes: many small text files, some medium, a few multi-MiB assets. */
function planTree(files: number, totalBytes: number, seed: number): FileSpec[] {
  const rand = prng(seed);
  const specs: Array<FileSpec & { kind: 'small' | 'medium' | 'big' }> = [];
  const used = new Set<string>();
  for (const rel of [...TOP_FILES, ...TOP_FILES_2]) {
    specs.push({ rel, size: 0, kind: 'small' });
    used.add(rel);
  }
  specs.push({ rel: '.htaccess', size: 0, kind: 'small' });
  let counter = 0;
  const remaining = files - specs.length;
  let assigned = 0;
  for (let a = 0; a < AREAS.length; a++) {
    const area = AREAS[a] as (typeof AREAS)[number];
    const count = a === AREAS.length - 1 ? remaining - assigned : Math.round(remaining * area.share);
    assigned += count;
    const dirs: Array<{ path: string; depth: number }> = [{ path: area.root, depth: 1 }];
    let current = dirs[0] as { path: string; depth: number };
    for (let i = 0; i < count; i++) {
      // About one new folder per 7 files, nested under a random folder (deep trees arise naturally).
      if (area.depth > 1 && rand() < 1 / 7) {
        let parent = pick(rand, dirs);
        while (parent.depth >= area.depth) parent = dirs[Math.floor(rand() * Math.min(dirs.length, 8))] as typeof parent;
        let name = pick(rand, WORDS);
        if (rand() < 0.5) name = name[0]?.toUpperCase() + name.slice(1);
        let path = `${parent.path}/${name}`;
        while (used.has(path)) path = `${parent.path}/${name}${(counter++).toString(36)}`;
        used.add(path);
        current = { path, depth: parent.depth + 1 };
        dirs.push(current);
      } else if (rand() < 0.3) {
        current = pick(rand, dirs);
      }
      const ext = weighted(rand, area.exts);
      const base = `${pick(rand, WORDS)}-${pick(rand, WORDS)}-${(counter++).toString(36)}`;
      const rel = ext === 'LICENSE.txt' ? `${current.path}/${base}.js.LICENSE.txt` : `${current.path}/${base}.${ext}`;
      used.add(rel);
      const r = rand();
      const bigShare = area.root === 'dist' ? 0.25 : ext === 'png' ? 0.01 : 0.002;
      const kind = r < bigShare ? 'big' : r < bigShare + 0.05 ? 'medium' : 'small';
      specs.push({ rel, size: 0, kind });
    }
  }
  // Sizes: small 0.5–20 KiB and medium 20–300 KiB, log-uniform; the big files share what is left.
  const logUniform = (lo: number, hi: number): number => Math.round(Math.exp(Math.log(lo) + rand() * (Math.log(hi) - Math.log(lo))));
  let fixed = 0;
  const bigWeights: number[] = [];
  for (const s of specs) {
    if (s.kind === 'small') s.size = logUniform(512, 20 * 1024);
    else if (s.kind === 'medium') s.size = logUniform(20 * 1024, 300 * 1024);
    else bigWeights.push(1 + rand() * 7);
    if (s.kind !== 'big') fixed += s.size;
  }
  const bigCount = bigWeights.length;
  // Keep at least 1 MiB per big file; shrink the small and medium ones if the budget is tight.
  const minBig = bigCount * MIB;
  if (fixed + minBig > totalBytes) {
    const scale = Math.max(0, totalBytes - Math.min(minBig, totalBytes / 2)) / fixed;
    fixed = 0;
    for (const s of specs) {
      if (s.kind === 'big') continue;
      s.size = Math.max(16, Math.floor(s.size * scale));
      fixed += s.size;
    }
  }
  const bigBudget = Math.max(0, totalBytes - fixed);
  const weightSum = bigWeights.reduce((n, w) => n + w, 0);
  let b = 0;
  for (const s of specs) if (s.kind === 'big') s.size = Math.max(16, Math.floor((bigBudget * (bigWeights[b++] as number)) / weightSum));
  return specs.map(({ rel, size }) => ({ rel, size }));
}

/** Printable pseudo-random text; files are slices of it behind a per-file header. */
function contentPool(seed: number): Buffer {
  const rand = prng(seed ^ 0x5bd1e995);
  const pool = Buffer.allocUnsafe(4 * MIB);
  const alphabet = Buffer.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ;(){}$=->_.,\n    ');
  for (let i = 0; i < pool.length; i += 4) {
    let x = Math.floor(rand() * 4294967296);
    for (let j = 0; j < 4 && i + j < pool.length; j++) {
      pool[i + j] = alphabet[(x & 0xff) % alphabet.length] as number;
      x >>>= 8;
    }
  }
  return pool;
}

function writeTree(dir: string, specs: FileSpec[], seed: number): void {
  const pool = contentPool(seed);
  const rand = prng(seed ^ 0x27d4eb2f);
  const made = new Set<string>();
  let done = 0;
  for (const spec of specs) {
    const abs = join(dir, spec.rel);
    const parent = dirname(abs);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    let header =
      spec.rel === '.htaccess'
        ? `<IfModule mod_headers.c>\n  Header always set X-Robots-Tag "noindex, nofollow"\n</IfModule>\n${HTACCESS_MARKER}\n`
        : spec.rel.endsWith('.php')
          ? `<?php\n// ${spec.rel}\n`
          : `/* ${spec.rel} */\n`;
    if (spec.rel === 'version.php')
      header = `<?php\n$OC_Version = array(31,0,0,0);\n$OC_VersionString = '31.0.0';\n$vendor = 'nextcloud';\n`;
    const fd = openSync(abs, 'w', 0o644);
    try {
      const head = Buffer.from(header).subarray(0, spec.size);
      writeSync(fd, head);
      let left = spec.size - head.length;
      let offset = Math.floor(rand() * pool.length);
      while (left > 0) {
        const n = Math.min(left, pool.length - offset, MIB);
        writeSync(fd, pool, offset, n);
        left -= n;
        offset = (offset + n) % pool.length;
      }
    } finally {
      closeSync(fd);
    }
    done += 1;
    if (done % 20000 === 0) process.stderr.write(`  ${done} / ${specs.length} files written\n`);
  }
}

interface TreeInfo {
  dir: string;
  root: string;
  files: number;
  bytes: number;
}

function ensureTree(opts: Options): TreeInfo {
  const params = { v: GENERATOR_VERSION, files: opts.files, mib: opts.mib, seed: opts.seed };
  const id = createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), 'code-integrity-bench', id);
  const root = join(dir, 'tree');
  const ready = join(dir, 'ready.json');
  if (existsSync(ready) && existsSync(root)) {
    const info = JSON.parse(readFileSync(ready, 'utf8')) as { files: number; bytes: number };
    process.stderr.write(`Using the cached tree ${root}\n`);
    return { dir, root, files: info.files, bytes: info.bytes };
  }
  const specs = planTree(opts.files, opts.mib * MIB, opts.seed);
  const bytes = specs.reduce((n, s) => n + s.size, 0);
  mkdirSync(dirname(dir), { recursive: true });
  const fs = statfsSync(dirname(dir));
  const free = fs.bavail * fs.bsize;
  // File system blocks round small files up; ask for generous headroom.
  const need = bytes + specs.length * 4096 * 2 + 64 * MIB;
  if (free < need) {
    throw new BenchUsageError(
      `not enough free space under ${dir}: the tree needs about ${Math.ceil(need / MIB)} MiB, ${Math.floor(free / MIB)} MiB are free (lower --files / --mb)`,
    );
  }
  const partial = join(dir, `tree.partial-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  process.stderr.write(`Generating ${specs.length} files, ${(bytes / MIB).toFixed(0)} MiB, in ${root} (cached for later runs)…\n`);
  mkdirSync(dir, { recursive: true });
  try {
    writeTree(partial, specs, opts.seed);
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`cannot write the bench tree: ${(e as Error).message}`);
  }
  renameSync(partial, root);
  writeFileSync(ready, JSON.stringify({ ...params, files: specs.length, bytes }) + '\n');
  return { dir, root, files: specs.length, bytes };
}

/**
 * The files the tool hashes, in its (byte-ordered) walk order: every regular file except
 * core/signature.json. The generator creates nothing the nextcloud-core profile excludes.
 */
function listFiles(root: string): string[] {
  const list: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    for (const e of entries) {
      const rel = prefix + e.name;
      if (e.isDirectory()) walk(join(dir, e.name), rel + '/');
      else if (e.isFile() && rel !== 'core/signature.json') list.push(rel);
    }
  };
  walk(root, '');
  return list;
}

/** The baselines must hash exactly the files the signature covers, or the ratios mean nothing. */
function checkSameFiles(signaturePath: string, list: string[]): void {
  const doc = JSON.parse(readFileSync(signaturePath, 'utf8')) as { hashes?: Record<string, string> };
  const signed = new Set(Object.keys(doc.hashes ?? {}));
  const missing = list.filter((rel) => !signed.has(rel));
  if (signed.size !== list.length || missing.length > 0) {
    throw new Error(
      `the tool signed ${signed.size} files, the baseline list has ${list.length} (${missing.slice(0, 3).join(', ')}…): ` +
        'the lists differ, so the ratios would be unfair',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Running and measuring

const TIME_BIN = '/usr/bin/time';
/** Command-line size for xargs: a little under Linux's usual 2 MiB ARG_MAX. */
const XARGS_MAX = 2_000_000;
const HAS_TIME = spawnSync(TIME_BIN, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;

interface RunResult {
  ms: number;
  /** Peak resident set of the process and its children, bytes (null when unknown). */
  rss: number | null;
  /** User + system CPU time, ms (null when unknown). */
  cpuMs: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Peak VmHWM over a process and its descendants, polled (used when /usr/bin/time is absent). */
function pollTreeHwm(pid: number, peaks: Map<number, number>): void {
  const visit = (p: number): void => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const m = /VmHWM:\s+(\d+) kB/.exec(status);
      if (m) peaks.set(p, Math.max(peaks.get(p) ?? 0, Number(m[1]) * 1024));
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const c of children.split(/\s+/).filter(Boolean)) visit(Number(c));
      }
    } catch {
      // the process ended meanwhile
    }
  };
  visit(pid);
}

/**
 * The contenders' environment. NODE_EXTRA_CA_CERTS (set in some sandboxes and proxies, not on
 * GitHub's runners) makes every Node process read and parse a CA bundle at start-up, about
 * 30 ms here, for TLS the tool never uses while hashing; it is left out unless --keep-env.
 */
let contenderEnv: NodeJS.ProcessEnv = process.env;

async function run(cmd: string, args: string[], opts: { stdin?: string; captureStdout?: boolean } = {}): Promise<RunResult> {
  const rssFile = join(tmpdir(), `code-integrity-bench-rss-${process.pid}`);
  const [bin, argv] = HAS_TIME ? [TIME_BIN, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const stdinFd = opts.stdin === undefined ? 'ignore' : openSync(opts.stdin, 'r');
  const started = process.hrtime.bigint();
  const child = spawn(bin, argv, { stdio: [stdinFd, opts.captureStdout ? 'pipe' : 'ignore', 'pipe'], env: contenderEnv });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => out.push(b));
  child.stderr?.on('data', (b: Buffer) => err.push(b));
  const peaks = new Map<number, number>();
  const timer = HAS_TIME ? null : setInterval(() => child.pid !== undefined && pollTreeHwm(child.pid, peaks), 20);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (timer) clearInterval(timer);
  if (typeof stdinFd === 'number') closeSync(stdinFd);
  let rss: number | null = null;
  let cpuMs: number | null = null;
  if (HAS_TIME) {
    try {
      // "Command exited with non-zero status" may come first; the numbers are on the last line.
      const [kib, user, sys] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
      rss = kib !== undefined && Number.isFinite(kib) ? kib * 1024 : null;
      cpuMs = user !== undefined && sys !== undefined && Number.isFinite(user + sys) ? (user + sys) * 1000 : null;
      rmSync(rssFile, { force: true });
    } catch {
      rss = null;
    }
  } else if (peaks.size > 0) {
    rss = Math.max(...peaks.values());
  }
  return { ms, rss, cpuMs, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

function dropCaches(): boolean {
  try {
    spawnSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

interface Contender {
  name: string;
  cmd: string;
  args: string[];
  stdin?: string;
  captureStdout?: boolean;
  check: (r: RunResult) => string | null;
  /** The contender the "x ref" column divides by (an archive's decompressor, a bare node). */
  ref?: string;
  /** Size for the MiB/s and files/s columns, when not the tree's. */
  size?: { bytes: number; files: number };
  /** Always run (the floor); otherwise only when its group is asked for. */
  group: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function fmt(n: number, digits: number): string {
  return n.toFixed(digits);
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (opts.clean) {
    rmSync(join(tmpdir(), 'code-integrity-bench'), { recursive: true, force: true });
    process.stdout.write(`Removed ${join(tmpdir(), 'code-integrity-bench')}\n`);
    return 0;
  }
  for (const [what, path] of [
    ['the bundled CLI', opts.cli],
    ['the signing key (--key)', opts.key],
    ['the certificate (--cert)', opts.cert],
    ['the trusted root (--trust)', opts.trust],
  ] as const) {
    if (!existsSync(path)) {
      throw new BenchUsageError(`${what} ${path} does not exist${what === 'the bundled CLI' ? '; run `npm run bundle` first' : ''}`);
    }
  }
  for (const tool of ['sha512sum', 'xargs']) {
    if (spawnSync(tool, ['--version'], { stdio: 'ignore' }).status !== 0) throw new BenchUsageError(`${tool} is not installed`);
  }

  const tree = ensureTree(opts);
  const cores = availableParallelism();

  // Sign once so the tree verifies; the signature's keys are exactly the files the tool hashes.
  const signArgs = [opts.cli, 'sign', tree.root, '--key', opts.key, '--cert', opts.cert];
  const first = await run(process.execPath, signArgs, { captureStdout: true });
  if (first.code !== 0) throw new Error(`signing the bench tree failed (exit ${first.code}):\n${first.stdout}${first.stderr}`);
  const list = listFiles(tree.root);
  checkSameFiles(join(tree.root, 'core', 'signature.json'), list);
  const listFile = join(tree.dir, 'files0');
  writeFileSync(listFile, list.map((rel) => join(tree.root, rel) + '\0').join(''));
  const chunk = opts.chunk ?? Math.max(1, Math.ceil(list.length / (cores * 16)));
  const noStderr = (r: RunResult): string | null =>
    r.code !== 0 ? `exit ${r.code}: ${r.stderr.slice(0, 500)}` : r.stderr.trim() ? `stderr: ${r.stderr.slice(0, 500)}` : null;
  const all: Contender[] = [
    {
      group: 'tree',
      name: 'verify (code-integrity)',
      cmd: process.execPath,
      args: [opts.cli, 'verify', tree.root, '--trust', opts.trust, '--format', 'json'],
      captureStdout: true,
      check: (r) => {
        if (r.code !== 0) return `exit ${r.code} (0 expected): ${r.stderr.slice(0, 500)}${r.stdout.slice(0, 500)}`;
        let doc: { ok?: boolean; scopes?: Array<{ stats?: { files?: number } }> };
        try {
          doc = JSON.parse(r.stdout) as typeof doc;
        } catch {
          return `the --format json report is not JSON: ${r.stdout.slice(0, 200)}`;
        }
        const files = doc.scopes?.[0]?.stats?.files;
        if (doc.ok === false) return 'the report says the tree does not verify';
        return files !== undefined && files !== list.length ? `verified ${files} files, expected ${list.length}` : null;
      },
    },
    { group: 'tree', name: 'sign (code-integrity)', cmd: process.execPath, args: signArgs, check: noStderr },
    // sha512sum has no --files0-from: xargs with the largest command line runs one process per ~2 MB of names.
    {
      group: 'tree',
      name: 'sha512sum (1 process)',
      cmd: 'xargs',
      args: ['-0', '-s', String(XARGS_MAX), '-n', '10000000', 'sha512sum'],
      stdin: listFile,
      check: noStderr,
    },
    {
      group: 'floor',
      name: `sha512sum xargs -P${cores} (floor)`,
      cmd: 'xargs',
      args: ['-0', `-P${cores}`, '-s', String(XARGS_MAX), '-n', String(chunk), 'sha512sum'],
      stdin: listFile,
      check: noStderr,
    },
    { group: 'tree', name: 'cold start: cli --help', cmd: process.execPath, args: [opts.cli, '--help'], check: noStderr },
  ];
  const extra = {
    cli: opts.cli,
    trust: opts.trust,
    node: process.execPath,
    appKey: join(CA, 'other.key'),
    appCert: join(CA, 'other.crt'),
    appFiles: opts.appFiles,
    appMib: opts.appMib,
  };
  const exitZero = (r: RunResult): string | null =>
    r.code !== 0 ? `exit ${r.code} (0 expected): ${r.stderr.slice(0, 500)}${r.stdout.slice(0, 300)}` : null;
  if (opts.groups.has('archives')) {
    for (const c of archiveContenders(ensureArchives(tree.dir, tree.root), extra)) all.push({ ...c, group: 'archives', check: exitZero });
  }
  if (opts.groups.has('app')) {
    for (const c of appContenders(ensureApp(tree.dir, extra), extra)) all.push({ ...c, group: 'app', check: exitZero });
  }
  const contenders = all.filter((c) => c.group === 'floor' || opts.groups.has(c.group));

  let cold = opts.cache === 'cold';
  let cacheNote = 'warm page cache (one warm-up run each, not counted)';
  if (cold && !dropCaches()) {
    cold = false;
    cacheNote =
      'warm page cache: dropping the page cache failed (no write access to /proc/sys/vm/drop_caches), so measured warm after a warm-up run';
  } else if (cold) cacheNote = 'cold page cache (sync; echo 3 > /proc/sys/vm/drop_caches before every run)';

  let envNote = 'as given (--keep-env)';
  if (!opts.keepEnv && process.env.NODE_EXTRA_CA_CERTS !== undefined) {
    contenderEnv = { ...process.env };
    delete contenderEnv.NODE_EXTRA_CA_CERTS;
    envNote =
      'NODE_EXTRA_CA_CERTS is set here and left out for the contenders (it costs every Node process ~30 ms of start-up; --keep-env keeps it)';
  } else if (!opts.keepEnv) envNote = 'as given';

  process.stderr.write(`Tree: ${tree.root}\n  ${list.length} files, ${(tree.bytes / MIB).toFixed(0)} MiB; ${cores} cores; ${cacheNote}\n`);
  if (!cold) {
    for (const c of contenders) {
      const r = await run(c.cmd, c.args, { stdin: c.stdin, captureStdout: c.captureStdout });
      const problem = c.check(r);
      if (problem) throw new Error(`${c.name} failed in the warm-up run: ${problem}`);
    }
  }
  const loadBefore = loadavg()[0] as number;
  const samples = new Map<string, RunResult[]>(contenders.map((c) => [c.name, []]));
  for (let rep = 0; rep < opts.reps; rep++) {
    // Rotate the order so that background load and cache effects hit every contender alike.
    for (let i = 0; i < contenders.length; i++) {
      const c = contenders[(i + rep) % contenders.length] as Contender;
      if (cold) dropCaches();
      const r = await run(c.cmd, c.args, { stdin: c.stdin, captureStdout: c.captureStdout });
      const problem = c.check(r);
      if (problem) throw new Error(`${c.name} failed: ${problem}`);
      samples.get(c.name)?.push(r);
    }
    process.stderr.write(`  repetition ${rep + 1}/${opts.reps} done\n`);
  }

  const floorName = contenders.find((c) => c.group === 'floor')?.name as string;
  const floor = median((samples.get(floorName) ?? []).map((r) => r.ms));
  const floorMin = Math.min(...(samples.get(floorName) ?? []).map((r) => r.ms));
  const header = ['', 'median s', 'min s', 'MiB/s', 'files/s', 'CPU s', 'peak RSS MiB', 'x floor', 'x floor (min)', 'x ref', 'x ref (min)'];
  const rows = contenders.map((c) => {
    const rs = samples.get(c.name) ?? [];
    const med = median(rs.map((r) => r.ms));
    const min = Math.min(...rs.map((r) => r.ms));
    const rss = rs.some((r) => r.rss === null) ? null : Math.max(...rs.map((r) => r.rss as number));
    const cpu = rs.some((r) => r.cpuMs === null) ? null : median(rs.map((r) => r.cpuMs as number));
    const hashes = !c.name.startsWith('cold start');
    const size = c.size ?? { bytes: tree.bytes, files: list.length };
    const vsFloor = hashes && c.size === undefined;
    const ref = c.ref === undefined ? [] : (samples.get(c.ref) ?? []).map((r) => r.ms);
    return [
      c.name,
      fmt(med / 1000, 3),
      fmt(min / 1000, 3),
      hashes ? fmt(size.bytes / MIB / (med / 1000), 0) : '-',
      hashes ? fmt(size.files / (med / 1000), 0) : '-',
      cpu === null ? '?' : fmt(cpu / 1000, 2),
      rss === null ? '?' : fmt(rss / MIB, 1),
      vsFloor ? fmt(med / floor, 2) : '-',
      vsFloor ? fmt(min / floorMin, 2) : '-',
      ref.length > 0 ? fmt(med / median(ref), 2) : '-',
      ref.length > 0 ? fmt(min / Math.min(...ref), 2) : '-',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const lines = [
    `code-integrity bench: ${list.length} files, ${(tree.bytes / MIB).toFixed(0)} MiB (--files ${opts.files} --mb ${opts.mib} --seed ${opts.seed}), ` +
      `${cores} cores, node ${process.version}, ${opts.reps} reps`,
    `Tree: ${tree.root}`,
    `Cache: ${cacheNote}`,
    `Environment: ${envNote}`,
    `Load average (1 min) before / after: ${loadBefore.toFixed(2)} / ${(loadavg()[0] as number).toFixed(2)} ` +
      '(other work on the machine inflates the wall times; the parallel floor suffers most)',
    `Peak RSS: ${HAS_TIME ? '/usr/bin/time %M (largest process of the command)' : 'VmHWM polled every 20 ms (process and children)'}; ` +
      `parallel floor: xargs -0 -P${cores} -n ${chunk} sha512sum; "1 process": xargs -0 -s ${XARGS_MAX} sha512sum ` +
      `(${Math.ceil(list.reduce((n, rel) => n + join(tree.root, rel).length + 1, 0) / XARGS_MAX)}+ processes, one after the other)`,
    '',
    pad(header, widths),
    ...rows.map((r) => pad(r, widths)),
    '',
    'x floor = median wall time / median wall time of the parallel sha512sum floor, measured in this run;',
    'x floor (min) = the same with the fastest run of each (less sensitive to other load). CPU s = median user + system time.',
    'x ref = median / median of the row it is measured against (an archive: its decompressor alone over the same archive,',
    'output discarded; the small app: node -e 0); x ref (min) the same with the fastest runs.',
    'sha512sum hashes .htaccess whole; the tool hashes it up to the marker line (a few bytes less).',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof BenchUsageError) {
      process.stderr.write(`bench: error: ${e.message}\nSee: npm run bench -- --help\n`);
    } else {
      process.stderr.write(`bench: ${(e as Error).message}\n`);
    }
    process.exitCode = 2;
  },
);
