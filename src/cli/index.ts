#!/usr/bin/env node
/** Entry point of the `code-integrity` command (bundled to dist/cli.js). */
import { readFileSync } from 'node:fs';
import { exitOnSignals } from '../engine/cleanup.ts';
import { closePrestartedHashPool, prestartHashPool } from '../engine/hashing/prestart.ts';

// An interrupted command removes what it had not finished writing, then exits 130 / 143.
exitOnSignals();

// The hashing workers start before the rest of the CLI is loaded (it is a separate chunk),
// when a tree to hash looks large; the arguments that are not options are the candidates.
const command = process.argv[2];
if (command === 'verify' || command === 'sign') {
  const operands = process.argv.slice(3).filter((arg) => !arg.startsWith('-'));
  prestartHashPool(operands.length > 0 ? operands : ['.']);
}
const { main } = await import('./main.ts');

// A reader that stops early (`| head`) closes the pipe: stop writing and finish quietly, with
// the command's own exit code, instead of dying on EPIPE with a stack trace.
let stdoutClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  stdoutClosed = true;
});

const code = await main(process.argv.slice(2), {
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  readStdin: () => readFileSync(0, 'utf8'),
});
await closePrestartedHashPool();
process.exitCode = code;
