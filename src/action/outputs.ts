/** Step outputs (design.md §5). */
import type { Toolkit } from './toolkit.ts';
import { categoryCount, type Result } from '../engine/result.ts';

export function verifyOutputs(result: Result): Record<string, string> {
  const sum = (c: Parameters<typeof categoryCount>[1]): number => result.scopes.reduce((n, s) => n + categoryCount(s, c), 0);
  return {
    result: result.verdict,
    'invalid-hash-count': String(sum('INVALID_HASH')),
    'missing-file-count': String(sum('MISSING_FILE')),
    'extra-file-count': String(sum('EXTRA_FILE')),
    'exception-count': String(sum('EXCEPTION')),
    'accepted-count': String(result.scopes.reduce((n, s) => n + Object.keys(s.accepted).length, 0)),
    'files-checked': String(result.stats.files),
  };
}

export function setOutputs(core: Toolkit, outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
