// Bundles the CLI and the Action with @vercel/ncc into dist/ (committed; CI checks it is current).
// Each entry gets its own folder for the chunks its dynamic imports produce (ncc names them
// by number, so two entries' chunks would collide): the Action in dist/ (action.yml runs
// dist/index.js), the CLI in dist/cli/ behind the small dist/cli.js launcher (package.json bin).
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ncc = join(root, 'node_modules', '.bin', 'ncc');
const entries = [
  ['src/action/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
];
const bundleDirs = entries.map(([, outDir]) => outDir);
// The workers are files of their own, next to each bundle that starts them (the code looks
// for them, and for the bzip2 decoder's WebAssembly, beside itself).
const workers = [
  ['src/engine/hashing/worker.ts', 'hash-worker.js'],
  ['src/engine/archive/bzip2-worker.ts', 'bzip2-worker.js'],
];
function build(entry) {
  const out = join(root, '.ncc-out');
  rmSync(out, { recursive: true, force: true });
  execFileSync(ncc, ['build', entry, '-o', out, '--quiet', '--no-source-map-register', '--target', 'es2022', '--transpile-only'], {
    cwd: root,
    stdio: 'inherit',
  });
  return out;
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const [entry, outDir] of entries) {
  const out = build(entry);
  mkdirSync(join(root, outDir), { recursive: true });
  for (const file of readdirSync(out)) cpSync(join(out, file), join(root, outDir, file));
  rmSync(out, { recursive: true, force: true });
}
for (const [entry, name] of workers) {
  const out = build(entry);
  for (const outDir of bundleDirs) cpSync(join(out, 'index.js'), join(root, outDir, name));
  rmSync(out, { recursive: true, force: true });
}
const wasm = join(root, 'node_modules', 'bzip2-wasm', 'bzip2-1.0.8', 'bzip2.wasm');
for (const outDir of bundleDirs) cpSync(wasm, join(root, outDir, 'bzip2.wasm'));
// ESM output needs "type": "module" beside it.
writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
writeFileSync(join(root, 'dist', 'cli', 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
writeFileSync(
  join(root, 'dist', 'cli.js'),
  "#!/usr/bin/env node\n// The code-integrity command; the bundle is in dist/cli/.\nimport './cli/index.js';\n",
);
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
