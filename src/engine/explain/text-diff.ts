/**
 * Comparing the release's copy of a file with the tree's: a unified diff (jsdiff's Myers diff)
 * when both are text and small enough, otherwise the reason there is none. Bounded twice, so
 * a hostile file cannot make explain slow or its output huge: each side is read up to
 * `maxBytes`, and a diff needing more than `maxEdits` line edits is not computed.
 */
import { structuredPatch } from 'diff';
import type { DiffHunk } from './model.ts';

export interface DiffLimits {
  /** Largest file (each side) that is diffed, in bytes. */
  maxBytes: number;
  /** Most inserted plus deleted lines a diff may need. */
  maxEdits: number;
}

export const DEFAULT_DIFF_LIMITS: DiffLimits = { maxBytes: 1024 * 1024, maxEdits: 5000 };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes as text, or null for a binary file (a NUL byte, or not UTF-8, as git and most tools judge). */
export function asText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export type DiffOutcome = { hunks: DiffHunk[] } | { noDiff: string };

/** The diff from `release` to `tree` (null: that side is over the size limit). */
export function diffFiles(
  path: string,
  release: Buffer | null,
  tree: Buffer | null,
  limits: DiffLimits = DEFAULT_DIFF_LIMITS,
): DiffOutcome {
  if (release === null || tree === null) return { noDiff: `larger than ${limits.maxBytes} bytes: compare the sizes and hashes` };
  const before = asText(release);
  const after = asText(tree);
  if (before === null || after === null) return { noDiff: 'binary (or not UTF-8 text): compare the sizes and hashes' };
  const patch = structuredPatch(`release/${path}`, `tree/${path}`, before, after, '', '', { context: 3, maxEditLength: limits.maxEdits });
  if (patch === undefined) return { noDiff: `too many differences to show (more than ${limits.maxEdits} changed lines)` };
  if (patch.hunks.length === 0) return { noDiff: 'the contents are identical' };
  return {
    hunks: patch.hunks.map((h) => ({
      oldStart: h.oldStart,
      oldLines: h.oldLines,
      newStart: h.newStart,
      newLines: h.newLines,
      lines: h.lines,
    })),
  };
}
