/** Shared test helpers: fixture locations, temp trees, running the CLI in-process. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
/** All test data lives in the repository (see test/fixtures/README.md for where each file comes from). */
export const FIXTURES = join(REPO, 'test', 'fixtures');
export const CASES = join(FIXTURES, 'cases');
export const NC = join(FIXTURES, 'nextcloud');
export const CA = join(FIXTURES, 'ca');

const created: string[] = [];

export function tempDir(prefix = 'ci-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Extract a fixture case's tree.tar (pax: odd names and symlinks kept) into a temp dir. */
export function extractCase(name: string): string {
  const dir = tempDir(`case-${name}-`);
  execFileSync('tar', ['-xf', join(CASES, name, 'tree.tar'), '-C', dir]);
  return dir;
}

export interface CaseMeta {
  kind: 'app' | 'core';
  scope: string;
  trust: string;
  description: string;
}

export function caseMeta(name: string): CaseMeta {
  return JSON.parse(readFileSync(join(CASES, name, 'meta.json'), 'utf8')) as CaseMeta;
}

/** Write a tree from a map of relative path → content (string or Buffer). */
export function writeTree(root: string, files: Record<string, string | Buffer>): string {
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output. */
export async function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    isTTY: false,
    readStdin: () => options.stdin ?? '',
  });
  return { code, stdout, stderr };
}
