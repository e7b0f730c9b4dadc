/**
 * Writing a baseline file: what the `baseline` command prints, in the format parse.ts reads
 * (presets, then accept entries with path, category, reason, sha512, scope in that order).
 */
import { stringify } from 'yaml';
import type { BaselineEntry } from './entry.ts';

/** An entry as written: no origin (a file's entries get theirs from their lines when read). */
export type WrittenEntry = Pick<BaselineEntry, 'path' | 'category' | 'reason' | 'sha512' | 'scope'>;

export interface BaselineDocument {
  /** Comment lines put first (without the `# `). */
  comments: string[];
  presets: string[];
  entries: WrittenEntry[];
}

function ordered(entry: WrittenEntry): Record<string, string> {
  const out: Record<string, string> = { path: entry.path, category: entry.category, reason: entry.reason };
  if (entry.sha512 !== undefined) out.sha512 = entry.sha512;
  if (entry.scope !== undefined) out.scope = entry.scope;
  return out;
}

/** The document as YAML text (no line folding: a pin or a reason stays on its line). */
export function renderBaseline(doc: BaselineDocument): string {
  const body: Record<string, unknown> = {};
  if (doc.presets.length > 0) body.presets = doc.presets;
  body.accept = doc.entries.map(ordered);
  const comments = doc.comments.map((c) => (c === '' ? '#' : `# ${c}`)).join('\n');
  return `${comments}${comments ? '\n' : ''}${stringify(body, { lineWidth: 0, indentSeq: true })}`;
}
