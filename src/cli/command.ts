/** One CLI command: its help text and how it runs (one file per command; the registry is registry.ts). */
import type { CliIO } from './io.ts';

export interface Command {
  help: string;
  /** Returns the exit code: 0 clean, 1 findings, 2 usage or I/O error (thrown as UsageError). */
  run(args: string[], io: CliIO): Promise<number>;
}
