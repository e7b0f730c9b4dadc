/**
 * What `occ integrity:check-app` / `check-core` print for the same results, byte for byte:
 * `--output=json` (compact PHP json_encode + "\n"), `json_pretty`, and the default `plain`
 * listing. Several scopes (whole installation) are printed the way upstream stores them:
 * an object of the scopes with findings (`oc.integritycheck.checker`).
 */
import { PhpArray, phpToString, type PhpValue } from '../engine/php/array.ts';
import { phpJsonEncode } from '../engine/php/json.ts';
import type { Result } from '../engine/result.ts';

export type OccOutput = 'plain' | 'json' | 'json_pretty';

/** The array occ would print: one scope's result, or upstream's per-scope store for several. */
export function occArray(result: Result): PhpArray {
  if (result.scopes.length === 1) return (result.scopes[0] as Result['scopes'][number]).upstream;
  const all = new PhpArray();
  for (const scope of result.scopes) if (scope.upstream.size > 0) all.set(scope.scope, scope.upstream);
  return all;
}

/** occ's plain listing (Base::writeArrayInOutputFormat): "  - key: value", nested by two spaces. */
function plainLines(arr: PhpArray, prefix: string, out: string[]): void {
  for (const [key, value] of arr) {
    if (value instanceof PhpArray) {
      out.push(`${prefix}${String(key)}:`);
      plainLines(value, '  ' + prefix, out);
      continue;
    }
    const shown = valueToString(value);
    if (typeof key === 'number') out.push(`${prefix}${shown ?? ''}`);
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
  if (output === 'json') return phpJsonEncode(arr) + '\n';
  if (output === 'json_pretty') return phpJsonEncode(arr, { pretty: true }) + '\n';
  const lines: string[] = [];
  plainLines(arr, '  - ', lines);
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
