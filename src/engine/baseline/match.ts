/**
 * Applying a baseline to a scope's result: a finding matching an entry — same scope, same
 * category, path matched by the entry's glob, and, with a pin, the file's current SHA-512
 * equal to the pin — moves to `accepted` with the entry's reason and origin, and no longer
 * fails. A pinned entry whose file changed leaves the finding failing, with a note saying so,
 * even when an unpinned entry or a preset also names the file: a pin wins.
 * An EXCEPTION is never accepted, nor a file that could not be hashed (see acceptable). The first matching entry names the finding.
 */
import { FILE_CATEGORIES, type AcceptedFinding, type FileCategory, type FileFinding, type ScopeResult } from '../result.ts';
import type { BaselineEntry, BaselineRule } from './entry.ts';
import { binaryCompare } from '../php/ksort.ts';

type Decision = { kind: 'accepted'; entry: BaselineEntry } | { kind: 'pin-changed'; entry: BaselineEntry } | { kind: 'none' };

/**
 * Whether a finding can be accepted at all: a changed or extra entry that could not be hashed
 * (a link, a FIFO, an unreadable file, an app folder the release scope reports whole) has no
 * content anyone reviewed.
 */
export function acceptable(category: FileCategory, finding: FileFinding): boolean {
  return category === 'MISSING_FILE' || finding.current !== '';
}

function decide(rules: readonly BaselineRule[], scope: string, category: FileCategory, name: string, finding: FileFinding): Decision {
  if (!acceptable(category, finding)) return { kind: 'none' };
  const matching = rules.filter((r) => r.category === category && (r.scope === undefined || r.scope === scope) && r.matches(name));
  // A pin wins: once a pinned entry names the file, only pinned content is accepted, whatever
  // an unpinned entry or a preset says (php.ini pinned beside the shared-hosting preset).
  const pinned = matching.filter((e) => e.sha512 !== undefined);
  if (pinned.length === 0) return matching[0] ? { kind: 'accepted', entry: matching[0] } : { kind: 'none' };
  const same = pinned.find((e) => e.sha512 === finding.current);
  return same ? { kind: 'accepted', entry: same } : { kind: 'pin-changed', entry: pinned[0]! };
}

/** The note on a finding whose pinned file changed since it was reviewed. */
export function pinChangedNote(entry: BaselineEntry, current: string): string {
  return `changed since it was reviewed: ${entry.origin} accepts it only with SHA-512 ${entry.sha512!.slice(0, 16)}… (${entry.reason}); it is now ${current.slice(0, 16)}…`;
}

const byPath = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => binaryCompare(a, b)));

/** Move the findings `entries` accept to `scope.accepted`; note pinned files that changed. */
export function applyBaseline(scope: ScopeResult, rules: readonly BaselineRule[]): void {
  if (rules.length === 0) return;
  for (const category of FILE_CATEGORIES) {
    for (const [name, finding] of Object.entries(scope[category])) {
      const decision = decide(rules, scope.scope, category, name, finding);
      if (decision.kind === 'pin-changed') finding.baselineNote = pinChangedNote(decision.entry, finding.current);
      if (decision.kind !== 'accepted') continue;
      const accepted: AcceptedFinding = { ...finding, category, reason: decision.entry.reason, by: decision.entry.origin };
      scope.accepted[name] = accepted;
      delete scope[category][name];
    }
  }
  scope.accepted = byPath(scope.accepted);
}
