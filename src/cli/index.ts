#!/usr/bin/env node
/** Entry point of the `code-integrity` command (bundled to dist/cli.js). */
import { readFileSync } from 'node:fs';
import { main } from './main.ts';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  readStdin: () => readFileSync(0, 'utf8'),
});
process.exitCode = code;
