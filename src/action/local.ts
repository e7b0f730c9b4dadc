/**
 * The Action's logic for @github/local-action, which imports a module and calls its `run()`
 * with no arguments, standing in for the runner's @actions/core (see README: Run it locally).
 * The runner itself starts at index.ts.
 */
import * as core from '@actions/core';
import { publishCheckRun } from './checks.ts';
import { run as runAction } from './main.ts';

export async function run(): Promise<void> {
  await runAction(core, { checkRun: publishCheckRun });
}
