/**
 * What `occ integrity:check-app` / `check-core` print for the same results, byte for byte:
 * `--output=json` (compact PHP json_encode + "\n"), `json_pretty`, and the default `plain`
 * listing. Several scopes (whole installation) are printed the way upstream stores them:
 * an object of the scopes with findings (`oc.integritycheck.checker`).
 *
 * One deliberate difference, only for names no real release has: occ prints names raw, so
 * a name with a newline, or with the runner's `##[` marker, would print a workflow command
 * into a CI log. The plain and admin listings show names through displayText, and the JSON
 * ones write `##[` as `##\u005b` (the same JSON value); every other byte is occ's.
 */
import { displayJson, displayText } from '../engine/display.ts';
import { PhpArray, phpToString, type PhpValue } from '../engine/php/array.ts';
import { phpJsonEncode } from '../engine/php/json.ts';
import type { Result } from '../engine/result.ts';
import type { ReportFormat } from './format.ts';

export type OccOutput = 'plain' | 'json' | 'json_pretty' | 'admin';

/** Upstream's stored results: scope → its result, only scopes with findings (oc.integritycheck.checker). */
export function storedResults(result: Result): PhpArray {
  const all = new PhpArray();
  for (const scope of result.scopes) if (scope.upstream.size > 0) all.set(scope.scope, scope.upstream);
  return all;
}

/** The array occ would print: one scope's result, or upstream's per-scope store for several. */
export function occArray(result: Result): PhpArray {
  if (result.scopes.length === 1) return (result.scopes[0] as Result['scopes'][number]).upstream;
  return storedResults(result);
}

/** PHP print_r, as the admin page's "Raw output" shows it (keys and values through displayText). */
export function printR(value: PhpValue, indent = 0): string {
  if (!(value instanceof PhpArray)) return displayText(phpToString(value));
  let out = 'Array\n' + ' '.repeat(indent) + '(\n';
  for (const [k, v] of value) out += `${' '.repeat(indent + 4)}[${displayText(String(k))}] => ${printR(v, indent + 8)}\n`;
  return out + ' '.repeat(indent) + ')\n';
}

/**
 * The text of Nextcloud's admin page "failed integrity check" view
 * (CheckSetupController::getFailedIntegrityCheckFiles): Technical information, Results, Raw output.
 */
export function renderAdminReport(result: Result): string {
  const stored = storedResults(result);
  if (stored.size === 0) return 'No errors have been found.';
  let out =
    'Technical information\n=====================\nThe following list covers which files have failed the integrity check. Please read\n' +
    'the previous linked documentation to learn more about the errors and how to fix\nthem.\n\nResults\n=======\n';
  for (const [context, contextResult] of stored) {
    out += `- ${displayText(String(context))}\n`;
    if (!(contextResult instanceof PhpArray)) continue;
    for (const [category, files] of contextResult) {
      out += `\t- ${displayText(String(category))}\n`;
      if (!(files instanceof PhpArray)) continue;
      for (const [key, value] of files)
        out += `\t\t- ${displayText(category === 'EXCEPTION' ? phpToString(value instanceof PhpArray ? 'Array' : value) : String(key))}\n`;
    }
  }
  return out + '\nRaw output\n==========\n' + printR(stored);
}

/** occ's plain listing (Base::writeArrayInOutputFormat): "  - key: value", nested by two spaces. */
function plainLines(arr: PhpArray, prefix: string, out: string[]): void {
  for (const [rawKey, value] of arr) {
    const key = displayText(String(rawKey));
    if (value instanceof PhpArray) {
      out.push(`${prefix}${key}:`);
      plainLines(value, '  ' + prefix, out);
      continue;
    }
    const raw = valueToString(value);
    const shown = raw === null ? null : displayText(raw);
    if (typeof rawKey === 'number') out.push(`${prefix}${shown ?? ''}`);
    else if (shown === null) out.push(`${prefix}${key}`);
    else out.push(`${prefix}${key}: ${shown}`);
  }
}

/** Base::valueToString: booleans as words, null as nothing. */
function valueToString(value: PhpValue): string | null {
  if (value === false) return 'false';
  if (value === true) return 'true';
  if (value === null) return null;
  return phpToString(value);
}

export function renderNextcloud(result: Result, output: OccOutput = 'plain'): string {
  const arr = occArray(result);
  if (output === 'json') return displayJson(phpJsonEncode(arr)) + '\n';
  if (output === 'json_pretty') return displayJson(phpJsonEncode(arr, { pretty: true })) + '\n';
  if (output === 'admin') return renderAdminReport(result);
  const lines: string[] = [];
  plainLines(arr, '  - ', lines);
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

export const nextcloudFormat: ReportFormat = {
  name: 'nextcloud',
  summary: "occ integrity:check-*'s plain output",
  render: (result) => renderNextcloud(result, 'plain'),
};

export const nextcloudJsonFormat: ReportFormat = {
  name: 'nextcloud-json',
  summary: 'occ --output=json, byte for byte',
  render: (result) => renderNextcloud(result, 'json'),
};

export const nextcloudJsonPrettyFormat: ReportFormat = {
  name: 'nextcloud-json-pretty',
  summary: 'occ --output=json_pretty',
  render: (result) => renderNextcloud(result, 'json_pretty'),
};

export const nextcloudAdminFormat: ReportFormat = {
  name: 'nextcloud-admin',
  summary: 'the admin page\'s "Technical information" report',
  render: (result) => renderNextcloud(result, 'admin'),
};
