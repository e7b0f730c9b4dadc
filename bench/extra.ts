/**
 * The bench's archive and small-app contenders (issue 19): the bench tree packed as
 * .tar.bz2, .tar.gz and .zip, each verified beside the plain decompressor over the same
 * archive (`bzip2 -dc`, `gzip -dc`, `unzip -p`, output discarded); and a small signed app
 * (150 files, 3 MiB by default) verified beside a bare `node -e 0`. Archives and the app are
 * made once and cached beside the tree.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What bench.ts needs of a contender; `ref` names the contender its "x ref" column divides by. */
export interface ExtraContender {
  name: string;
  cmd: string;
  args: string[];
  captureStdout?: boolean;
  ref?: string;
  /** Size the MiB/s and files/s columns use, when not the tree's. */
  size?: { bytes: number; files: number };
}

export interface ExtraOptions {
  cli: string;
  trust: string;
  node: string;
  /** The CN=other key and certificate of the test CA (the app is called "other"). */
  appKey: string;
  appCert: string;
  appFiles: number;
  appMib: number;
}

function make(what: string, cmd: string, args: string[], cwd?: string): void {
  const made = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  if (made.error || made.status !== 0)
    throw new Error(`creating ${what} failed: ${made.error?.message ?? made.stderr.toString().slice(0, 500)}`);
}

/** The tree as nextcloud.tar.bz2, nextcloud.tar.gz and nextcloud.zip (top folder nextcloud/), made once. */
export function ensureArchives(treeDir: string, root: string): Record<'tar.gz' | 'tar.bz2' | 'zip', string> {
  const transform = ['--transform', `s,^${basename(root)},nextcloud,`, '-C', dirname(root), basename(root)];
  const out = {
    'tar.gz': join(treeDir, 'nextcloud.tar.gz'),
    'tar.bz2': join(treeDir, 'nextcloud.tar.bz2'),
    zip: join(treeDir, 'nextcloud.zip'),
  };
  if (!existsSync(out['tar.gz'])) make(out['tar.gz'], 'tar', ['-czf', out['tar.gz'], ...transform]);
  if (!existsSync(out['tar.bz2'])) make(out['tar.bz2'], 'tar', ['-cjf', out['tar.bz2'], ...transform]);
  if (!existsSync(out.zip)) {
    // zip has no --transform: zip a folder called nextcloud that links to the tree's files.
    const stage = join(treeDir, 'zip-stage');
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage);
    make('the zip staging folder', 'cp', ['-al', root, join(stage, 'nextcloud')]);
    make(out.zip, 'zip', ['-qrX', `${out.zip}.partial`, 'nextcloud'], stage);
    renameSync(`${out.zip}.partial`, out.zip);
    rmSync(stage, { recursive: true, force: true });
  }
  return out;
}

/** A seeded app: appinfo/info.xml and PHP, JS, CSS files of 2–38 KiB, signed as "other". */
export function ensureApp(treeDir: string, opts: ExtraOptions): { root: string; bytes: number; files: number } {
  const base = join(treeDir, `app-${opts.appFiles}-${opts.appMib}`);
  const root = join(base, 'other');
  const ready = join(base, 'ready.json');
  if (existsSync(ready)) return { root, ...(JSON.parse(spawnSync('cat', [ready]).stdout.toString()) as { bytes: number; files: number }) };
  rmSync(base, { recursive: true, force: true });
  let x = 12345;
  const rand = (): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 4294967296;
  };
  const folders = ['lib', 'lib/Controller', 'lib/Service', 'lib/Db', 'js', 'css', 'templates', 'l10n', 'img'];
  const files: Array<[string, string]> = [
    ['appinfo/info.xml', '<?xml version="1.0"?>\n<info><id>other</id><version>1.0.0</version></info>\n'],
  ];
  const target = opts.appMib * 1024 * 1024;
  const perFile = Math.floor(target / opts.appFiles);
  for (let i = 1; i < opts.appFiles; i++) {
    const size = Math.max(64, Math.floor(perFile * (0.2 + 1.6 * rand())));
    const line = `// ${i} ${rand().toString(36)} the quick brown fox jumps over the lazy dog\n`;
    files.push([`${folders[i % folders.length]}/file${i}.php`, `<?php\n${line.repeat(Math.ceil(size / line.length))}`.slice(0, size)]);
  }
  let bytes = 0;
  for (const [rel, content] of files) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
    bytes += Buffer.byteLength(content);
  }
  make('the signed app', opts.node, [opts.cli, 'sign', root, '--key', opts.appKey, '--cert', opts.appCert]);
  writeFileSync(ready, JSON.stringify({ bytes, files: files.length }) + '\n');
  return { root, bytes, files: files.length };
}

/** The archive contenders: each verify beside its decompressor alone over the same archive. */
export function archiveContenders(archives: Record<'tar.gz' | 'tar.bz2' | 'zip', string>, opts: ExtraOptions): ExtraContender[] {
  // --core-only: the same check as for the folder (the bench tree is no complete release: it has no core/shipped.json).
  const verify = (path: string): string[] => [opts.cli, 'verify', path, '--core-only', '--trust', opts.trust, '--format', 'json'];
  return [
    { name: 'gzip -dc .tar.gz', cmd: 'gzip', args: ['-dc', archives['tar.gz']] },
    {
      name: 'verify .tar.gz (code-integrity)',
      cmd: opts.node,
      args: verify(archives['tar.gz']),
      captureStdout: true,
      ref: 'gzip -dc .tar.gz',
    },
    { name: 'bzip2 -dc .tar.bz2', cmd: 'bzip2', args: ['-dc', archives['tar.bz2']] },
    {
      name: 'verify .tar.bz2 (code-integrity)',
      cmd: opts.node,
      args: verify(archives['tar.bz2']),
      captureStdout: true,
      ref: 'bzip2 -dc .tar.bz2',
    },
    { name: 'unzip -p .zip', cmd: 'unzip', args: ['-p', archives.zip] },
    { name: 'verify .zip (code-integrity)', cmd: opts.node, args: verify(archives.zip), captureStdout: true, ref: 'unzip -p .zip' },
  ];
}

/** The small-app contenders: verify of the app beside a bare Node start. */
export function appContenders(app: { root: string; bytes: number; files: number }, opts: ExtraOptions): ExtraContender[] {
  const size = { bytes: app.bytes, files: app.files };
  return [
    { name: 'node -e 0', cmd: opts.node, args: ['-e', '0'], size },
    {
      name: `verify small app (${app.files} files)`,
      cmd: opts.node,
      args: [opts.cli, 'verify', app.root, '--trust', opts.trust, '--format', 'json'],
      captureStdout: true,
      ref: 'node -e 0',
      size,
    },
  ];
}
