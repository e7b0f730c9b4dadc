/**
 * Masking secrets before anything else runs. The runner masks each line of a multi-line
 * value too, but only when the value reaches it escaped as one command; masking every line
 * ourselves is robust whatever the runner version. PEM armour lines are not secret and are
 * left readable.
 */
import type { Toolkit } from './toolkit.ts';

/** The lines of a secret worth masking (non-empty, not PEM armour). */
export function secretLines(value: string): string[] {
  const lines = value
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(l));
  return [...new Set(lines)];
}

export function maskSecret(core: Toolkit, value: string): void {
  if (value === '') return;
  core.setSecret(value);
  for (const line of secretLines(value)) core.setSecret(line);
}
