/** The store pre-flight as the command line prints it: one line per check, then the verdict. */
import type { PreflightReport } from '../engine/package/preflight.ts';

const MARK = { passed: 'ok     ', failed: 'FAILED ', skipped: 'skipped' } as const;

/** "  ok      one top folder …" lines (texts are already shown safely by the engine). */
export function preflightText(report: PreflightReport): string {
  const lines = report.checks.map((c) => `  ${MARK[c.status]} ${c.text}`);
  const verdict = report.passed
    ? 'Pre-flight passed: ready for the App Store.'
    : `Pre-flight failed: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}.`;
  return `${lines.join('\n')}\n${verdict}\n`;
}
