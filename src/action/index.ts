/** Entry point of the Action (bundled to dist/index.js); all logic is in main.ts. */
import * as core from '@actions/core';
import { exitOnSignals } from '../engine/cleanup.ts';
import { closePrestartedHashPool, prestartHashPool } from '../engine/hashing/prestart.ts';

// A cancelled job (the runner sends SIGINT, then SIGTERM) leaves no half-written signature behind.
exitOnSignals();

// Both modes hash: the workers start before the rest of the Action is loaded (a separate
// chunk) when the tree looks large; a small app is hashed on the main thread.
prestartHashPool([core.getInput('path') || '.']);
const [{ publishCheckRun }, { run }] = await Promise.all([import('./checks.ts'), import('./main.ts')]);
try {
  await run(core, { checkRun: publishCheckRun });
} finally {
  await closePrestartedHashPool();
}
