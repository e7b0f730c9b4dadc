// Bundles the CLI and the Action with @vercel/ncc into dist/ (committed; CI checks it is current).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const entries = [
  ['src/cli/index.ts', 'cli.js'],
  ['src/action/index.ts', 'index.js'],
];
rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });
for (const [entry, name] of entries) {
  try {
    readFileSync(join(root, entry));
  } catch {
    continue; // entry not written yet
  }
  const out = join(root, '.ncc-out', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(ncc, ['build', entry, '-o', out, '--quiet', '--no-source-map-register', '--target', 'es2022', '--transpile-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const file of readdirSync(out)) {
    const target = file === 'index.js' ? name : file;
    cpSync(join(out, file), join(root, 'dist', target));
  }
}
rmSync(join(root, '.ncc-out'), { recursive: true, force: true });
// ESM output needs "type": "module" beside it (ncc writes this file; keep it even if an entry is skipped).
writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
try {
  chmodSync(join(root, 'dist', 'cli.js'), 0o755);
} catch {
  // no cli yet
}
