/**
 * The `baseline` use case: verify as `verify` does (with the baseline files it would read),
 * then write a baseline accepting what is found today: the presets and file entries that are
 * still used, plus one entry per new finding, pinned to the file's current SHA-512 (a missing
 * file has none), reason "found on DATE, not reviewed yet". What cannot be accepted (an
 * EXCEPTION, a file that could not be hashed) is listed as refused.
 */
import { FILE_CATEGORIES, type AcceptedFinding, type FileCategory, type FileFinding, type Result } from '../engine/result.ts';
import type { BaselineFile } from '../engine/baseline/entry.ts';
import { literalGlob } from '../engine/baseline/glob.ts';
import { acceptable } from '../engine/baseline/match.ts';
import { renderBaseline, type WrittenEntry } from '../engine/baseline/write.ts';
import { optionRef } from '../engine/errors.ts';
import { verifyWithBaselines, type VerifyRunRequest } from './verify-run.ts';

export interface BaselineRunRequest extends Omit<VerifyRunRequest, 'failOn'> {
  /** The date new entries say they were found on (tests pin it). */
  today?: Date;
}

export interface BaselineRunOutcome {
  /** The baseline, as YAML. */
  yaml: string;
  /** Entries kept from the baseline files read, and entries added for today's findings. */
  kept: number;
  added: number;
  /** What cannot be accepted, one line each (`scope: what`). */
  refused: string[];
}

/** Verify, then write the baseline that accepts what was found. */
export async function runBaseline(request: BaselineRunRequest): Promise<BaselineRunOutcome> {
  const { result, baselines } = await verifyWithBaselines({ ...request, failOn: undefined });
  const day = (request.today ?? new Date()).toISOString().slice(0, 10);
  const kept = keptEntries(baselines, result);
  const { entries: added, refused } = newEntries(result, day);
  const yaml = renderBaseline({
    comments: [
      'code-integrity baseline (docs/baseline.md): reviewed findings that do not fail the check.',
      `Written by \`code-integrity baseline\` on ${day}. Review each entry "not reviewed yet": write why`,
      'the finding is expected as its reason, or remove the entry and restore the file.',
    ],
    presets: [...new Set(baselines.flatMap((b) => b.presets))],
    entries: [...kept, ...added],
  });
  return { yaml, kept: kept.length, added: added.length, refused };
}

/** Entries of the files read that accepted something today (their presets are kept whole). */
function keptEntries(baselines: readonly BaselineFile[], result: Result): WrittenEntry[] {
  const used = new Set(result.scopes.flatMap((s) => Object.values(s.accepted).map((f) => f.by)));
  const out: WrittenEntry[] = [];
  for (const file of baselines) {
    for (const entry of file.entries) {
      if (entry.kind !== 'file' || !used.has(entry.origin)) continue;
      const scope = entry.scope ?? file.owner;
      out.push(written(entry.path, entry.category, entry.reason, entry.sha512, scope));
    }
  }
  return out;
}

function written(
  path: string,
  category: FileCategory,
  reason: string,
  sha512: string | undefined,
  scope: string | undefined,
): WrittenEntry {
  const entry: WrittenEntry = { path, category, reason };
  if (sha512 !== undefined) entry.sha512 = sha512;
  if (scope !== undefined) entry.scope = scope;
  return entry;
}

/** One pinned entry per finding of today (and per file accepted only through --allow); what cannot be accepted. */
function newEntries(result: Result, day: string): { entries: WrittenEntry[]; refused: string[] } {
  const entries: WrittenEntry[] = [];
  const refused: string[] = [];
  const allow = optionRef('allow');
  for (const scope of result.scopes) {
    if (scope.EXCEPTION) refused.push(`${scope.scope}: ${scope.EXCEPTION.message} (an EXCEPTION cannot be accepted: fix its cause first)`);
    const add = (name: string, category: FileCategory, f: FileFinding, reason: string): void => {
      const pin = category === 'MISSING_FILE' || f.current === '' ? undefined : f.current;
      entries.push(written(literalGlob(name), category, reason, pin, scope.scope));
    };
    for (const category of FILE_CATEGORIES) {
      for (const [name, f] of Object.entries(scope[category])) {
        const before = f.baselineNote ? ` (${f.baselineNote})` : '';
        if (acceptable(category, f)) add(name, category, f, `found on ${day}, not reviewed yet${before}`);
        else refused.push(`${scope.scope}: ${name} (${category}) cannot be accepted: ${f.problem ?? 'it could not be hashed'}`);
      }
    }
    for (const [name, f] of Object.entries(scope.accepted) as [string, AcceptedFinding][]) {
      if (f.by === allow) add(name, f.category, f, `listed in ${allow} on ${day}`);
    }
  }
  return { entries, refused };
}
