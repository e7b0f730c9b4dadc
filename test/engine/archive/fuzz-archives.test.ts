/**
 * Fuzzing the archive readers: the tar and zip of a signed app with mutated headers (random
 * bytes, bit flips and meaningful values in names, types, sizes, links, prefixes, flags,
 * methods, host systems, attributes and extra fields; checksums usually made valid again so
 * the mutation gets past the first check; inserted extended headers; cut archives), each
 * extracted by every extractor in batches. Same assertions as the differential suite:
 * whenever an extractor writes a tree other than the signed one, verify exits 1 or 2; it
 * always ends; it never prints a stack trace.
 *
 * 2,000 runs by default (half tar, half zip); CODE_INTEGRITY_FUZZ_RUNS sets another number,
 * CODE_INTEGRITY_FUZZ_SEED another seed (a failure names the seed and run to replay), and
 * CODE_INTEGRITY_FUZZ_KEEP=DIR keeps the archives in DIR.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cleanupTempDirs, runCli, type CliRun } from '../../helpers.ts';
import { paxRecord, tar, tarHeader, zip, type ZipSpec } from './craft.ts';
import {
  extractAll,
  extractorsFor,
  readTree,
  removeScratch,
  scratchDir,
  treeDifference,
  type Extracted,
  type Kind,
  type Tree,
} from './extractors.ts';
import { tarRecords } from './helpers.ts';
import { ROOT_CRT, signedApp, TOP } from './signed-app.ts';

let archives: string | null = null;
after(() => {
  if (archives) removeScratch(archives);
  cleanupTempDirs();
});

const RUNS = Math.max(2, Number(process.env.CODE_INTEGRITY_FUZZ_RUNS ?? 2000) || 2000);
/** Runs extracted at a time (their trees are removed before the next chunk). */
const CHUNK = 250;
const SEED = Number(process.env.CODE_INTEGRITY_FUZZ_SEED ?? 20261130) >>> 0;

/** A small deterministic PRNG (mulberry32), so a failing run can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const int = (rand: Rand, n: number): number => Math.floor(rand() * n);

/** Values that mean something in tar headers and zip fields. */
const INTERESTING = [
  0x00, 0x20, 0x2e, 0x2f, 0x30, 0x31, 0x32, 0x35, 0x37, 0x3a, 0x5c, 0x7f, 0x80, 0xff, 0x4c, 0x4b, 0x67, 0x78, 0x53, 0x56,
];
const TAR_FIELDS: Array<[number, number]> = [
  [0, 100], // name
  [100, 8], // mode
  [124, 12], // size
  [156, 1], // typeflag
  [157, 100], // linkname
  [257, 8], // magic + version
  [345, 155], // prefix
  [148, 8], // checksum
];
const PAX_KEYS = ['path', 'linkpath', 'size', 'comment', 'mtime', 'hdrcharset', 'GNU.sparse.size', 'SCHILY.xattr.user.x', 'VENDOR.x'];

/** Offsets of the header blocks of a well-formed tar (data skipped by each header's size). */
function headerOffsets(bytes: Buffer): number[] {
  const out: number[] = [];
  for (let at = 0; at + 512 <= bytes.length;) {
    const block = bytes.subarray(at, at + 512);
    if (block.every((b) => b === 0)) break;
    out.push(at);
    const size = parseInt(block.subarray(124, 136).toString('latin1').replace(/\0.*$/, '').trim() || '0', 8);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

function refreshChecksum(block: Buffer): void {
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of block) sum += b;
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
}

function mutateBytes(rand: Rand, target: Buffer, start: number, length: number): void {
  const n = 1 + int(rand, 3);
  for (let i = 0; i < n; i++) {
    const at = start + int(rand, length);
    const r = rand();
    if (r < 0.4) target[at] = pick(rand, INTERESTING);
    else if (r < 0.7) target[at] = (target[at] as number) ^ (1 << int(rand, 8));
    else target[at] = int(rand, 256);
  }
}

function mutateTar(rand: Rand, seed: Buffer): Buffer {
  const bytes = Buffer.from(seed);
  const headers = headerOffsets(bytes);
  const r = rand();
  if (r < 0.1) {
    // Insert an extended header before a random entry.
    const at = pick(rand, headers);
    const key = pick(rand, PAX_KEYS);
    const value =
      key === 'size'
        ? String(int(rand, 40))
        : key === 'path' || key === 'linkpath'
          ? `${TOP}/${pick(rand, ['x.php', 'README.md', 'lib/App.php', '.DS_Store'])}`
          : 'v';
    const body = paxRecord(key, value);
    const global = rand() < 0.3;
    const head = tarHeader({ name: 'PaxHeaders/x', typeflag: global ? 'g' : 'x' }, body.length);
    const pad = Buffer.alloc((512 - (body.length % 512)) % 512);
    return Buffer.concat([bytes.subarray(0, at), head, body, pad, bytes.subarray(at)]);
  }
  if (r < 0.15) return bytes.subarray(0, int(rand, bytes.length)); // cut anywhere
  if (r < 0.2) {
    // Data after the end-of-archive marker, or a block moved.
    const at = pick(rand, headers);
    return Buffer.concat([bytes, bytes.subarray(at, at + 1024)]);
  }
  const n = 1 + int(rand, 2);
  for (let i = 0; i < n; i++) {
    const at = pick(rand, headers);
    const block = bytes.subarray(at, at + 512);
    const [start, length] = rand() < 0.8 ? pick(rand, TAR_FIELDS) : [0, 512];
    mutateBytes(rand, block, start, length);
    if (rand() < 0.85) refreshChecksum(block);
  }
  return bytes;
}

function mutateZip(rand: Rand, specs: ZipSpec[]): Buffer {
  const list = specs.map((s) => ({ ...s }));
  const e = pick(rand, list);
  const r = rand();
  if (r < 0.12) e.host = pick(rand, [0, 1, 2, 3, 5, 6, 7, 11, 14, 16, 30]);
  else if (r < 0.24) e.mode = pick(rand, [0o120777, 0o120644, 0o040755, 0o010644, 0o100644, 0o020644]);
  else if (r < 0.3) e.externalAttributes = (int(rand, 0x10000) * 0x10000 + pick(rand, [0x10, 0x20, 0x01, 0x00])) >>> 0;
  else if (r < 0.38) e.flags = pick(rand, [0, 0x800, 0x8, 0x1, 0x808]);
  else if (r < 0.44) e.method = pick(rand, [0, 8, 12, 99]);
  else if (r < 0.5) e.localName = Buffer.from(`${TOP}/${pick(rand, ['x.php', 'README.md', 'lib/App.php'])}`);
  else if (r < 0.56) e.extra = Buffer.from([0x75, 0x70, 9 + 2, 0, 1, 0, 0, 0, 0, 0x61, 0x62]);
  else if (r < 0.62) e.descriptor = { signature: rand() < 0.5 };
  else if (r < 0.66) e.zip64 = true;
  else if (r < 0.7) e.size = int(rand, 64);
  else if (r < 0.74) e.crc = int(rand, 0xffffffff);
  else if (r < 0.77) e.needed = pick(rand, [10, 20, 45, 46, 51, 63, 85]);
  else {
    const name = Buffer.from(typeof e.name === 'string' ? e.name : e.name);
    mutateBytes(rand, name, 0, name.length);
    e.name = name;
  }
  const bytes = zip(list);
  if (rand() < 0.1) return bytes.subarray(0, int(rand, bytes.length));
  if (rand() < 0.1) {
    const copy = Buffer.from(bytes);
    mutateBytes(rand, copy, 0, copy.length);
    return copy;
  }
  return bytes;
}

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

describe(`fuzz: mutated tar and zip headers of a signed app (${RUNS} runs, seed ${SEED})`, () => {
  let signed: Tree = new Map();
  const runs: Array<{ kind: Kind; archive: string }> = [];
  let buildMs = 0;

  before(async () => {
    const buildStarted = Date.now();
    const app = await signedApp();
    signed = app.tree;
    const tarSeed = tar(tarRecords(app.entries));
    const zipSeed = app.entries.map((e): ZipSpec => ({ name: e.name, ...(e.data === undefined ? {} : { data: e.data }) }));
    const rand = prng(SEED);
    const keep = process.env.CODE_INTEGRITY_FUZZ_KEEP;
    const dir = keep ? (mkdirSync(keep, { recursive: true }), keep) : (archives = scratchDir('fuzz-archives-'));
    for (let i = 0; i < RUNS; i++) {
      const kind: Kind = i % 2 === 0 ? 'tar' : 'zip';
      const archive = join(dir, `run-${i}.${kind}`);
      writeFileSync(archive, kind === 'tar' ? mutateTar(rand, tarSeed) : mutateZip(rand, zipSeed));
      runs.push({ kind, archive });
    }
    buildMs = Date.now() - buildStarted;
  });

  it('every mutated archive: an extractor writing another tree means exit 1 or 2; no hang, no stack trace', async (t) => {
    const missing = extractorsFor('tar').missing ?? extractorsFor('zip').missing;
    if (missing) {
      t.skip(`extractors ${missing}`);
      return;
    }
    const verdicts = [0, 0, 0];
    let differing = 0;
    let treeMs = 0;
    let verifyMs = 0;
    let extractMs = 0;
    // In chunks: the extracted trees of a chunk are removed before the next one is made.
    for (let from = 0; from < runs.length; from += CHUNK) {
      const chunk = runs.slice(from, from + CHUNK);
      const scratch = scratchDir('fuzz-extracted-');
      try {
        const started = Date.now();
        const extracted: Extracted = await extractAll(chunk, 600_000, scratch);
        extractMs += Date.now() - started;
        for (const [k, run] of chunk.entries()) {
          const i = from + k;
          const what = `run ${i} (seed ${SEED}, ${run.kind})`;
          const differs: string[] = [];
          const t0 = Date.now();
          for (const [name, dir] of Object.entries(extracted[k] ?? {})) {
            const diff = treeDifference(signed, readTree(dir, TOP));
            if (diff) differs.push(`${name}: ${diff}`);
          }
          if (differs.length > 0) differing += 1;
          const t1 = Date.now();
          const result = await guarded(runCli(['verify', run.archive, '--trust', ROOT_CRT, '--format', 'json']), what);
          treeMs += t1 - t0;
          verifyMs += Date.now() - t1;
          assert.doesNotMatch(result.stderr, /\n\s+at |internal error/, `${what}: no stack trace`);
          assert.ok([0, 1, 2].includes(result.code), `${what}: exit ${result.code}`);
          verdicts[result.code] = (verdicts[result.code] as number) + 1;
          if (differs.length > 0) {
            assert.notEqual(result.code, 0, `${what}: ${differs.join('; ')}, yet verify passed:\n${result.stdout.slice(0, 2000)}`);
          }
        }
      } finally {
        removeScratch(scratch);
      }
    }
    t.diagnostic(
      `building took ${buildMs} ms; ${RUNS} runs: ${differing} where an extractor wrote another tree; verdicts: ${verdicts[0]} passed, ${verdicts[1]} findings, ${verdicts[2]} refused; extracting took ${extractMs} ms, reading the trees ${treeMs} ms, verifying ${verifyMs} ms`,
    );
    // The fuzzer must reach all three outcomes, or it is not exercising the readers.
    if (RUNS >= 200)
      assert.ok(
        verdicts.every((n) => n > 0),
        `verdicts ${verdicts.join('/')}`,
      );
  });
});
