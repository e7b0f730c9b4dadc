/**
 * repair's output: the plan (what a dry run would do, or what --apply is about to do), then
 * what was done and the tree's verdict afterwards. Every path is the tree's own text and is
 * printed through displayText. Also as JSON, the same data, for scripts.
 */
import { displayJson, displayText } from '../engine/display.ts';
import type { RepairAction, RepairOutcome, RepairPlan, ScopeRepairPlan } from '../engine/repair/model.ts';
import type { Result } from '../engine/result.ts';
import { formatBytes } from './hints.ts';
import { renderReport } from './index.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const octal = (mode: number): string => mode.toString(8).padStart(4, '0');

function actionLine(scope: ScopeRepairPlan, action: RepairAction, quarantine: string | null): string[] {
  const path = displayText(action.path);
  if (action.kind === 'restore') {
    const what = action.category === 'MISSING_FILE' ? 'create ' : 'replace';
    const below = action.keepBelowMarker ? ', the part below the marker kept' : '';
    const lines = [
      `  restore    ${path}  (${what} ${action.category}: the release's ${formatBytes(action.size)}, mode ${octal(action.mode)}${below})`,
    ];
    if (action.note) lines.push(`             note: ${displayText(action.note)}`);
    return lines;
  }
  if (action.kind === 'quarantine') {
    const lines = [`  quarantine ${path}  → ${displayText(`${quarantine ?? '?'}/files/${scope.scope}/${action.path}`)}`];
    if (action.note) lines.push(`             note: ${displayText(action.note)}`);
    return lines;
  }
  return [`  leave      ${path}  (${action.category}: ${displayText(action.why)})`];
}

function scopeLines(scope: ScopeRepairPlan, quarantine: string | null): string[] {
  const count = (kind: RepairAction['kind']): number => scope.actions.filter((a) => a.kind === kind).length;
  const head = `${displayText(scope.scope)} (${displayText(scope.shownRoot)}) from ${displayText(scope.from)}: ${plural(count('restore'), 'file')} to restore, ${count('quarantine')} to quarantine, ${count('skip')} left alone`;
  return [head, ...scope.actions.flatMap((a) => actionLine(scope, a, quarantine))];
}

/** The plan as text; `dryRun` says that nothing was changed. */
export function renderRepairPlan(plan: RepairPlan, dryRun: boolean): string {
  const title = dryRun
    ? `REPAIR PLAN  dry run: nothing was changed; run again with --apply to carry it out`
    : `REPAIR  carrying out the plan with the release ${displayText(plan.reference)}`;
  const out = [title, ''];
  for (const scope of plan.scopes) out.push(...scopeLines(scope, plan.quarantine), '');
  if (plan.quarantine) out.push(`Extra files are moved to ${displayText(plan.quarantine)} (with a manifest), never deleted.`, '');
  return out.join('\n');
}

/** What --apply did, then the tree's verification afterwards. */
export function renderRepairOutcome(outcome: RepairOutcome, after: Result): string {
  const out = [`restored ${outcome.restored.length}, quarantined ${outcome.quarantined.length}, failed ${outcome.failed.length}`];
  for (const f of outcome.failed) out.push(`  failed  ${displayText(f.path)}: ${displayText(f.why)}`);
  if (outcome.manifest) {
    out.push(`manifest: ${displayText(outcome.manifest)}`, `undo:     code-integrity repair --undo ${displayText(outcome.manifest)}`);
  }
  out.push('', 'The tree verified again:', renderReport(after, 'text'));
  return out.join('\n');
}

/** plan, outcome and the verdict afterwards as JSON (names exact, safe to print in a log). */
export function renderRepairJson(plan: RepairPlan | null, outcome?: RepairOutcome, after?: Result): string {
  const doc = {
    plan,
    applied: outcome !== undefined,
    outcome: outcome ?? null,
    after: after ? { verdict: after.verdict, ok: after.ok } : null,
  };
  return displayJson(JSON.stringify(doc, null, 2)) + '\n';
}
