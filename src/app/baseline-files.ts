/**
 * The baseline files a run reads (docs/baseline.md): the file given with --baseline (`none`:
 * no file), else `.code-integrity.yml` at the root of each scope read from a folder on disk
 * (never from inside an archive); plus --allow, a shorthand for EXTRA_FILE entries. Reading
 * and parsing happen here; which entries apply to which scope is the engine's (baseline/select.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BaselineFile, BaselineFor } from '../engine/baseline/entry.ts';
import { compileGlobList, compileRules } from '../engine/baseline/glob.ts';
import { parseBaseline } from '../engine/baseline/parse.ts';
import { entriesForScope } from '../engine/baseline/select.ts';
import { describeFsError, optionRef, UsageError } from '../engine/errors.ts';
import { NO_BASELINE, type BaselineRequest, type DefaultBaseline } from './baseline-lookup.ts';
import { displayRoot } from '../engine/scope-result.ts';

/** A baseline larger than this is refused (a reviewed list, not a dump). */
const MAX_BYTES = 8 * 1024 * 1024;

function readBaselineText(path: string, source: string): string {
  try {
    const text = readFileSync(path);
    if (text.length > MAX_BYTES)
      throw new UsageError(
        `the baseline ${source} is larger than ${MAX_BYTES} bytes`,
        'Accept folders with globs instead of listing every file.',
      );
    return text.toString('utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `the baseline ${source} ${describeFsError(e)}`,
      `Give an existing file with ${optionRef('baseline')}, or ${optionRef('baseline', NO_BASELINE)}.`,
    );
  }
}

/** The file given with --baseline (relative to the working folder), or none. */
export function givenBaseline(request: BaselineRequest): BaselineFile | null {
  if (request.baseline === undefined || request.baseline === NO_BASELINE) return null;
  const path = resolve(request.cwd, request.baseline);
  return parseBaseline(readBaselineText(path, request.baseline), { source: request.baseline, path });
}

/** --allow as one EXTRA_FILE entry (its lines keep @actions/glob's order and `!` exclusions), or none. */
export function allowBaseline(allow: string[]): BaselineFile | null {
  const list = compileGlobList(allow); // refuses a bad pattern before anything is checked
  if (list.patterns.length === 0) return null;
  const origin = optionRef('allow');
  return {
    source: origin,
    path: null,
    presets: [],
    entries: [{ path: list.patterns.join('\n'), category: 'EXTRA_FILE', reason: `listed in ${origin}`, origin, kind: 'allow' }],
  };
}

/** A default file found at a scope's root, read. */
function readDefaultBaseline(found: DefaultBaseline, cwd: string): BaselineFile {
  const source = displayRoot(found.path, cwd);
  return parseBaseline(readBaselineText(found.path, source), { source, path: found.path, owner: found.owner });
}

/** What the options name: the --baseline file and --allow, read before anything is checked. */
export interface GivenBaselines {
  file: BaselineFile | null;
  allow: BaselineFile | null;
}

export function givenBaselines(request: BaselineRequest): GivenBaselines {
  return { file: givenBaseline(request), allow: allowBaseline(request.allow) };
}

/** Every baseline file of a run, in the order their entries are tried. */
export function readBaselines(given: GivenBaselines, defaults: readonly DefaultBaseline[], cwd: string): BaselineFile[] {
  const files: BaselineFile[] = [];
  if (given.file) files.push(given.file);
  // Own files first, so a scope's own entries name its findings before core's entries for it.
  const read = defaults.map((found) => readDefaultBaseline(found, cwd));
  files.push(...read.filter((f) => f.owner !== 'core'), ...read.filter((f) => f.owner === 'core'));
  if (given.allow) files.push(given.allow);
  return files;
}

/** The entries for each scope of a run, from its files. */
export function baselineFor(files: readonly BaselineFile[]): BaselineFor {
  const rule = compileRules();
  return (where) => entriesForScope(files, where).map(rule);
}
