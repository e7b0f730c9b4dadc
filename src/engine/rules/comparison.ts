/**
 * Comparing expected hashes (from signature.json) with the current tree, two ways:
 *
 * - `upstreamCompare` replays upstream's PHP exactly, quirks included: Nextcloud compares
 *   hash VALUES (`array_diff`, then `array_merge` + `array_unique`), so swapped or
 *   duplicate-content files go unreported and integer-like names are renumbered; ownCloud
 *   uses `array_diff_assoc` and no `array_unique`. This is what `--format nextcloud*` prints.
 * - `pathCompare` compares by path, which is what a user means by "this file changed";
 *   findings upstream would not report are flagged `upstreamWouldMiss`.
 */
import { PhpArray, phpArrayMerge, phpToString, type PhpKey, type PhpValue } from '../php/array.ts';
import type { FileCategory, FileFinding } from '../result.ts';

export class UpstreamComparisonError extends Error {}

/** array_diff($a, $b): entries of $a whose value (as string) occurs nowhere among $b's values. */
function arrayDiff(a: PhpArray, b: PhpArray): PhpArray {
  const values = new Set<string>();
  for (const [, v] of b) values.add(phpToString(v));
  return PhpArray.fromEntries([...a].filter(([, v]) => !values.has(phpToString(v))));
}

/** array_diff_assoc($a, $b): entries of $a whose key is missing from $b or maps to another value. */
function arrayDiffAssoc(a: PhpArray, b: PhpArray): PhpArray {
  return PhpArray.fromEntries(
    [...a].filter(([k, v]) => {
      const other = b.get(k);
      return other === undefined || phpToString(other) !== phpToString(v);
    }),
  );
}

/** array_unique (SORT_STRING): keep the first entry of each value. */
function arrayUnique(arr: PhpArray): PhpArray {
  const seen = new Set<string>();
  const out = new PhpArray();
  for (const [k, v] of arr) {
    const s = phpToString(v);
    if (seen.has(s)) continue;
    seen.add(s);
    out.set(k, v);
  }
  return out;
}

function setFinding(result: PhpArray, category: string, name: PhpKey, expected: PhpValue, current: PhpValue): void {
  let bucket = result.get(category);
  if (!(bucket instanceof PhpArray)) {
    bucket = new PhpArray();
    result.set(category, bucket);
  }
  let entry = bucket.get(name);
  if (!(entry instanceof PhpArray)) {
    entry = new PhpArray();
    bucket.set(name, entry);
  }
  entry.set('expected', expected);
  entry.set('current', current);
}

/**
 * Checker::verify()'s difference array. `expected` is the ksorted hashes from the signature
 * (after the updater/ rule), `current` the tree's hashes in walk order.
 */
export function upstreamCompare(expected: PhpArray, current: PhpArray, mode: 'values' | 'assoc'): PhpArray {
  const differences =
    mode === 'values'
      ? arrayUnique(phpArrayMerge(arrayDiff(expected, current), arrayDiff(current, expected)))
      : phpArrayMerge(arrayDiffAssoc(expected, current), arrayDiffAssoc(current, expected));
  const result = new PhpArray();
  for (const [name, hash] of differences) {
    if (!expected.has(name)) {
      setFinding(result, 'EXTRA_FILE', name, '', hash);
      continue;
    }
    if (!current.has(name)) {
      setFinding(result, 'FILE_MISSING', name, expected.get(name) ?? null, '');
      continue;
    }
    const e = expected.get(name) ?? null;
    const c = current.get(name) ?? null;
    if (e !== c) {
      setFinding(result, 'INVALID_HASH', name, e, c);
      continue;
    }
    throw new UpstreamComparisonError('Invalid behaviour in file hash comparison experienced. Please report this error to the developers.');
  }
  return result;
}

export type PathFindings = Record<FileCategory, Record<string, FileFinding>>;

/** Our own view: compare by path. `problems` holds current files that could not be read. */
export function pathCompare(
  expected: PhpArray,
  current: Map<string, string>,
  problems: Map<string, string>,
  upstream: PhpArray,
): PathFindings {
  const out: PathFindings = { INVALID_HASH: {}, MISSING_FILE: {}, EXTRA_FILE: {} };
  const reported = upstreamNames(upstream);
  const flag = (category: FileCategory, name: string, finding: FileFinding): FileFinding => {
    if (!reported.has(`${category}\0${name}`)) finding.upstreamWouldMiss = true;
    return finding;
  };
  const expectedByPath = new Map<string, string>();
  for (const [k, v] of expected) expectedByPath.set(String(k), phpToString(v));

  const names = new Set<string>([...expectedByPath.keys(), ...current.keys(), ...problems.keys()]);
  const sorted = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  for (const name of sorted) {
    const e = expectedByPath.get(name);
    const c = current.get(name);
    const problem = problems.get(name);
    if (problem !== undefined) {
      const finding: FileFinding = { expected: e ?? '', current: '', problem };
      if (e === undefined) out.EXTRA_FILE[name] = flag('EXTRA_FILE', name, finding);
      else out.INVALID_HASH[name] = flag('INVALID_HASH', name, finding);
      continue;
    }
    if (e === undefined && c !== undefined) out.EXTRA_FILE[name] = flag('EXTRA_FILE', name, { expected: '', current: c });
    else if (e !== undefined && c === undefined) out.MISSING_FILE[name] = flag('MISSING_FILE', name, { expected: e, current: '' });
    else if (e !== undefined && c !== undefined && e !== c) {
      out.INVALID_HASH[name] = flag('INVALID_HASH', name, { expected: e, current: c });
    }
  }
  return out;
}

function upstreamNames(upstream: PhpArray): Set<string> {
  const names = new Set<string>();
  for (const [category, files] of upstream) {
    if (!(files instanceof PhpArray)) continue;
    const ours = category === 'FILE_MISSING' ? 'MISSING_FILE' : String(category);
    for (const name of files.keys()) names.add(`${ours}\0${String(name)}`);
  }
  return names;
}
