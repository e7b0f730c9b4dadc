/**
 * The real extractors a verdict speaks for, run in batches on the archives a test built:
 * GNU tar and 7-Zip (tar), Info-ZIP unzip and 7-Zip (zip), PHP's Archive_Tar (Nextcloud's
 * app installer) and ZipArchive (Nextcloud's updater). Plus the oracle: the tree an
 * extractor wrote, compared with the signed tree the way the integrity check sees trees
 * (files by content, links to files through the link, links to folders skipped, names the
 * profile excludes left out).
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { getProfile } from '../../../src/engine/profiles/index.ts';
import { isExcludedFileName } from '../../../src/engine/rules/selection.ts';
import { tempDir } from '../../helpers.ts';

const run = promisify(execFile);

export type Kind = 'tar' | 'tar.gz' | 'tar.bz2' | 'zip';
export type ExtractorName = 'gnu-tar' | '7-zip' | 'archive-tar' | 'unzip' | 'zip-archive';

interface ExtractorInfo {
  name: ExtractorName;
  kinds: Kind[];
  /** How to get it on Debian. */
  install: string;
  available: () => boolean;
}

function works(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

const memo = new Map<string, boolean>();
const once = (key: string, check: () => boolean) => (): boolean => {
  if (!memo.has(key)) memo.set(key, check());
  return memo.get(key) as boolean;
};

const PHP_PROBE = (what: string): string[] => ['-r', what];

export const EXTRACTORS: ExtractorInfo[] = [
  {
    name: 'gnu-tar',
    kinds: ['tar', 'tar.gz', 'tar.bz2'],
    install: 'apt-get install tar bzip2 gzip',
    available: once('tar', () => works('tar', ['--version']) && works('bzip2', ['--help'])),
  },
  {
    name: '7-zip',
    kinds: ['tar', 'tar.gz', 'tar.bz2', 'zip'],
    install: 'apt-get install p7zip-full',
    available: once('7z', () => works('7z', ['i'])),
  },
  {
    name: 'archive-tar',
    kinds: ['tar', 'tar.gz', 'tar.bz2'],
    install: 'apt-get install php-cli php-pear php-bz2',
    available: once('archive-tar', () =>
      works('php', PHP_PROBE('require "Archive/Tar.php"; if (!function_exists("bzopen") || !function_exists("gzopen")) exit(1);')),
    ),
  },
  { name: 'unzip', kinds: ['zip'], install: 'apt-get install unzip', available: once('unzip', () => works('unzip', ['-v'])) },
  {
    name: 'zip-archive',
    kinds: ['zip'],
    install: 'apt-get install php-cli php-zip',
    available: once('zip-archive', () => works('php', PHP_PROBE('if (!class_exists("ZipArchive")) exit(1);'))),
  },
];

/** The extractors for archives of `kind`, and what is missing (with how to install it). */
export function extractorsFor(kind: Kind): { names: ExtractorName[]; missing: string | null } {
  const wanted = EXTRACTORS.filter((e) => e.kinds.includes(kind));
  const absent = wanted.filter((e) => !e.available());
  return {
    names: wanted.filter((e) => e.available()).map((e) => e.name),
    missing:
      absent.length === 0
        ? null
        : `${absent.map((e) => e.name).join(', ')} missing (${[...new Set(absent.map((e) => e.install))].join('; ')})`,
  };
}

export interface Job {
  archive: string;
  kind: Kind;
}

/** Where each extractor wrote each job's tree: out[job index][extractor] = folder. */
export type Extracted = Array<Partial<Record<ExtractorName, string>>>;

const PHP_EXTRACT = `<?php
error_reporting(0);
require 'Archive/Tar.php';
// Archive_Tar with one shortcut: past the end of the file every read is empty, and a size
// field mutated to gigabytes keeps it reading empty blocks (writing nothing) for minutes.
// Stopping after many empty reads in a row leaves every file exactly as it would be.
class ShortcutTar extends Archive_Tar {
  private $empty = 0;
  public function _readBlock() {
    $block = parent::_readBlock();
    if ($block === '' || $block === false || $block === null) { if (++$this->empty > 4096) throw new RuntimeException('end of file'); }
    else $this->empty = 0;
    return $block;
  }
}
$jobs = json_decode(file_get_contents($argv[1]), true);
foreach ($jobs as $job) {
  @mkdir($job['dir'], 0777, true);
  // One child per archive, killed after a while: a mutated size can keep Archive_Tar
  // looping over empty reads for minutes; what it wrote by then is its outcome.
  $pid = function_exists('pcntl_fork') ? pcntl_fork() : -1;
  if ($pid > 0) { pcntl_waitpid($pid, $status); continue; }
  if ($pid === 0) pcntl_alarm(20);
  try {
    if ($job['zip']) {
      $z = new ZipArchive();
      if ($z->open($job['archive']) === true) { @$z->extractTo($job['dir']); @$z->close(); }
    } else {
      $t = new ShortcutTar($job['archive']);
      @$t->extract($job['dir']);
    }
  } catch (\\Throwable $e) {
    // a failed extraction leaves what it wrote so far; the tree is the outcome
  }
  if ($pid === 0) exit(0);
}
`;

const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Where extracted trees go: a RAM disk when the machine has one with room to spare (a few
 * thousand small trees are slow to write and remove on a busy disk), else the temp folder.
 */
export function scratchDir(prefix: string): string {
  try {
    const shm = '/dev/shm';
    const fs = statfsSync(shm);
    if (fs.bavail * fs.bsize > 2 * 1024 ** 3) {
      const dir = mkdtempSync(join(shm, prefix));
      return dir;
    }
  } catch {
    // no RAM disk: the temp folder
  }
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Remove what scratchDir made. */
export function removeScratch(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Extract every job with every available extractor for its kind, in a few processes, into
 * `root`. A batch that does not end in `timeoutMs` fails the test (an extractor hang).
 */
export async function extractAll(jobs: Job[], timeoutMs = 600_000, root = tempDir('extracted-')): Promise<Extracted> {
  const out: Extracted = jobs.map(() => ({}));
  const commands: string[] = [];
  const php: Array<{ archive: string; dir: string; zip: boolean }> = [];
  const sevenBatch = join(root, '7z-in');
  mkdirSync(sevenBatch);
  let batched = 0;
  jobs.forEach((job, i) => {
    const dir = (name: ExtractorName): string => {
      const d = join(root, `${i}-${name}`);
      out[i]![name] = d;
      return d;
    };
    for (const name of extractorsFor(job.kind).names) {
      switch (name) {
        case 'gnu-tar':
          commands.push(`mkdir -p ${sh(dir(name))} && tar -xf ${sh(job.archive)} -C ${sh(dir(name))} >/dev/null 2>&1`);
          break;
        case 'unzip':
          commands.push(`mkdir -p ${sh(dir(name))} && unzip -qq -o ${sh(job.archive)} -d ${sh(dir(name))} >/dev/null 2>&1`);
          break;
        case '7-zip':
          if (job.kind === 'tar' || job.kind === 'zip') {
            // One 7z run for all of them: -o<dir>/* puts each archive in a folder named after it.
            writeFileSync(join(sevenBatch, `${i}.${job.kind}`), readFileSync(job.archive));
            out[i]![name] = join(root, '7z-out', String(i));
            batched += 1;
          } else {
            const d = dir(name);
            commands.push(
              `mkdir -p ${sh(d)} && 7z x -so ${sh(job.archive)} 2>/dev/null | timeout 60 7z x -si -ttar -y -pnone -o${sh(d)} >/dev/null 2>&1`,
            );
          }
          break;
        case 'archive-tar':
          php.push({ archive: job.archive, dir: dir(name), zip: false });
          break;
        case 'zip-archive':
          php.push({ archive: job.archive, dir: dir(name), zip: true });
          break;
      }
    }
  });
  // Two of each kind of process at a time (the CI machine has two cores).
  const work: Array<Promise<unknown>> = [];
  const halves = <T>(list: T[]): T[][] =>
    [list.filter((_, i) => i % 2 === 0), list.filter((_, i) => i % 2 === 1)].filter((l) => l.length > 0);
  for (const [n, part] of halves(commands).entries()) {
    const file = join(root, `extract-${n}.sh`);
    writeFileSync(file, ['exec </dev/null', ...part, 'exit 0'].join('\n') + '\n');
    work.push(run('sh', [file], { timeout: timeoutMs, maxBuffer: 1 << 24 }));
  }
  if (batched > 0) {
    work.push(
      run('sh', ['-c', `exec </dev/null; 7z x -y -pnone -o${sh(join(root, '7z-out'))}/'*' ${sh(sevenBatch)}/'*' >/dev/null 2>&1; exit 0`], {
        timeout: timeoutMs,
        maxBuffer: 1 << 24,
      }),
    );
  }
  if (php.length > 0) {
    const phpFile = join(root, 'extract.php');
    writeFileSync(phpFile, PHP_EXTRACT);
    for (const [n, part] of halves(php).entries()) {
      const jobFile = join(root, `php-jobs-${n}.json`);
      writeFileSync(jobFile, JSON.stringify(part));
      work.push(run('php', [phpFile, jobFile], { timeout: timeoutMs, maxBuffer: 1 << 24 }));
    }
  }
  await Promise.all(work);
  return out;
}

/** A tree as the integrity check sees it: file path → SHA-512, or a word for what cannot be hashed. */
export type Tree = Map<string, string>;

const appProfile = getProfile('nextcloud-app');

/**
 * Read the one top folder `top` of an extraction: every file below it (through links that
 * stay inside, as upstream hashes through a link; links to folders skipped, as upstream
 * skips them) minus the names the app profile excludes. Anything else at the top level
 * makes the tree differ.
 */
export function readTree(dir: string, top: string): Tree {
  const tree: Tree = new Map();
  if (!existsSync(dir)) return tree;
  for (const name of readdirSync(dir, { encoding: 'buffer' })) {
    if (name.toString('utf8') !== top) tree.set(`../${name.toString('utf8')}`, 'outside the top folder');
  }
  const rootDir = Buffer.from(join(dir, top));
  let rootReal: string;
  try {
    rootReal = realpathSync(rootDir);
  } catch {
    return tree;
  }
  const slash = Buffer.from('/');
  // Names are read as bytes: an extractor may write names that are not UTF-8.
  const visit = (abs: Buffer, rel: string): void => {
    let names: Buffer[];
    try {
      names = readdirSync(abs, { encoding: 'buffer' });
    } catch {
      tree.set(rel, 'unreadable folder');
      return;
    }
    for (const name of names) {
      const p = Buffer.concat([abs, slash, name]);
      const r = rel === '' ? name.toString('utf8') : `${rel}/${name.toString('utf8')}`;
      const st = lstatSync(p);
      if (st.isDirectory()) {
        visit(p, r);
        continue;
      }
      if (isExcludedFileName(appProfile, name.toString('utf8'))) continue;
      if (st.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(p);
        } catch {
          tree.set(r, 'dangling link');
          continue;
        }
        if (!real.startsWith(rootReal + sep)) tree.set(r, 'link outside');
        else if (statSync(real).isDirectory()) continue;
        else if (statSync(real).isFile()) tree.set(r, createHash('sha512').update(readFileSync(real)).digest('hex'));
        else tree.set(r, 'special');
        continue;
      }
      if (!st.isFile()) tree.set(r, 'special');
      else tree.set(r, createHash('sha512').update(readFileSync(p)).digest('hex'));
    }
  };
  visit(rootDir, '');
  return tree;
}

/** The first difference between two trees, in words, or null. */
export function treeDifference(expected: Tree, actual: Tree): string | null {
  for (const [rel, hash] of expected) {
    const got = actual.get(rel);
    if (got === undefined) return `${JSON.stringify(rel)} is missing`;
    if (got !== hash) return `${JSON.stringify(rel)} differs (${got.length === 128 ? 'other content' : got})`;
  }
  for (const rel of actual.keys()) if (!expected.has(rel)) return `${JSON.stringify(rel)} is extra`;
  return null;
}
