/**
 * explain's terminal and log output: per scope, each finding with what it is compared with
 * the release, then its diff. Names, diff lines and directives come from the tree and the
 * release: each is printed through displayText (control characters as escapes, no line can
 * start a workflow command); tabs in diff lines stay tabs.
 */
import { displayText } from '../engine/display.ts';
import type {
  DirectiveChanges,
  Explanation,
  FileExplanation,
  FileSide,
  MimetypeExplanation,
  ScopeExplanation,
} from '../engine/explain/model.ts';
import { formatBytes, shortHash } from './hints.ts';

/** A line of file content, safe to print: like displayText, but a tab stays a tab. */
export function displayContent(line: string): string {
  return line.split('\t').map(displayText).join('\t');
}

export function sideText(side: FileSide): string {
  return `${formatBytes(side.size)}, sha512 ${shortHash(side.sha512)}…`;
}

/** "lib/a.php: content differs from the release", plus where the same content is. */
export function headline(file: FileExplanation): string {
  let line = `${file.category} ${displayText(file.path)}: ${displayText(file.summary)}`;
  if (file.sameContentAs) line += `; same content as ${file.sameContentAs.map(displayText).join(', ')} in the release (moved or copied)`;
  if (file.foundAt) line += `; its content is in the tree at ${file.foundAt.map(displayText).join(', ')} (moved)`;
  return line;
}

/** "release: 1.2 KiB, sha512 …; tree: …", for the sides present. */
export function sidesLine(file: FileExplanation): string | null {
  const parts = [file.release ? `release: ${sideText(file.release)}` : '', file.tree ? `tree: ${sideText(file.tree)}` : ''].filter(Boolean);
  return parts.length === 0 ? null : parts.join('; ');
}

/** The directive changes as lines ("+ Header set …", "- php_value …", "~ upload_max_filesize: 512M → 16G"). */
export function directiveLines(changes: DirectiveChanges): string[] {
  const lines = [
    `directives (${changes.part}): ${changes.added.length} added, ${changes.removed.length} removed, ${changes.changed.length} changed`,
  ];
  for (const line of changes.removed) lines.push(`- ${displayContent(line)}`);
  for (const line of changes.added) lines.push(`+ ${displayContent(line)}`);
  for (const c of changes.changed) lines.push(`~ ${displayContent(c.key)}: ${displayContent(c.release)} → ${displayContent(c.tree)}`);
  return lines;
}

/** The diff as unified-diff lines (release → tree). */
export function diffLines(file: FileExplanation): string[] {
  if (!file.diff) return [];
  const lines = [`--- release/${displayText(file.path)}`, `+++ tree/${displayText(file.path)}`];
  for (const h of file.diff) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    for (const l of h.lines) lines.push(`${l.charAt(0)}${displayContent(l.slice(1))}`);
  }
  return lines;
}

/** The aliases of core/js/mimetypelist.js that differ, as lines. */
export function mimetypeLines(m: MimetypeExplanation): string[] {
  const lines = [
    `core/js/mimetypelist.js: ${m.aliases.length} alias${m.aliases.length === 1 ? '' : 'es'} and ${m.names.length} name(s) differ from the shipped ones`,
  ];
  const entry = (kind: string, d: MimetypeExplanation['aliases'][number]): string =>
    d.shipped === null
      ? `+ ${kind} ${displayText(d.key)}: ${displayText(d.current ?? '')} (added by the admin)`
      : d.current === null
        ? `- ${kind} ${displayText(d.key)}: ${displayText(d.shipped)} (shipped, gone)`
        : `~ ${kind} ${displayText(d.key)}: ${displayText(d.shipped)} → ${displayText(d.current)}`;
  for (const d of m.aliases) lines.push(entry('alias', d));
  for (const d of m.names) lines.push(entry('name', d));
  for (const why of m.ignored) lines.push(`ignored by upstream: ${displayText(why)}`);
  lines.push(displayText(m.rule));
  return lines;
}

function scopeLines(scope: ScopeExplanation): string[] {
  const count = `${scope.files.length} finding${scope.files.length === 1 ? '' : 's'}`;
  const against =
    scope.reference === null ? `not compared: ${displayText(scope.unexplained ?? '')}` : `compared with ${displayText(scope.reference)}`;
  const out = [`${displayText(scope.scope)} (${displayText(scope.root)}): ${count}, ${against}`];
  if (scope.versions) {
    const { tree, release } = scope.versions;
    const differ = tree !== release ? ' — not the same version: some differences may come from the upgrade' : '';
    out.push(`  version: tree ${displayText(tree ?? 'unknown')}, release ${displayText(release ?? 'unknown')}${differ}`);
  }
  if (scope.exception)
    out.push(`  ${displayText(scope.exception.message)} (the files could not be compared: the signature itself did not check)`);
  for (const file of scope.files) {
    out.push('', `  ${headline(file)}`);
    const sides = sidesLine(file);
    if (sides) out.push(`    ${sides}`);
    if (file.noDiff) out.push(`    no diff: ${displayText(file.noDiff)}`);
    if (file.directives) out.push(...directiveLines(file.directives).map((l) => `    ${l}`));
    out.push(...diffLines(file).map((l) => `    ${l}`));
  }
  if (scope.mimetypes) out.push('', ...mimetypeLines(scope.mimetypes).map((l) => `  ${l}`));
  for (const note of scope.notes) out.push(`  note: ${displayText(note)}`);
  return out;
}

export function renderExplanationText(explanation: Explanation): string {
  if (explanation.clean) return 'CLEAN  every file matches its signature: nothing to explain\n';
  const total = explanation.scopes.reduce((n, s) => n + s.files.length + (s.exception ? 1 : 0), 0);
  const out = [`EXPLAINED  ${total} finding${total === 1 ? '' : 's'} against the release ${displayText(explanation.reference)}`, ''];
  for (const scope of explanation.scopes) out.push(...scopeLines(scope), '');
  return out.join('\n');
}
