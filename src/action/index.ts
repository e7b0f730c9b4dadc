/** Entry point of the Action (bundled to dist/index.js); all logic is in main.ts. */
import { publishCheckRun } from './checks.ts';
import { run } from './main.ts';

await run({ checkRun: publishCheckRun });
