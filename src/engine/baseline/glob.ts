/**
 * The path globs of a baseline entry and of `--allow` (files a host adds on purpose:
 * `.user.ini`, `.well-known/…`, a Docker image's lock file). Patterns use @actions/glob's
 * syntax and semantics, matched against paths relative to the scope's root: `*`, `?`, `[…]`,
 * `**`; dot-files match; no braces or extglobs; a pattern also matches everything below it
 * (`dir` = `dir/**`). In a list (`--allow`, the Action's multi-line `allow`), `!pattern`
 * excludes again, applied in order, and `#` starts a comment line.
 *
 * The engine cannot import @actions/glob (it is ESM-for-Actions and walks the disk); it
 * uses the same matcher @actions/glob uses, minimatch, with the same options.
 */
import { escape, Minimatch } from 'minimatch';
import { UsageError } from '../errors.ts';
import type { BaselineEntry, BaselineRule } from './entry.ts';

const OPTIONS = { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true } as const;

interface Rule {
  negate: boolean;
  matchers: Minimatch[];
}

export interface GlobList {
  patterns: string[];
  matches(rel: string): boolean;
}

/** A pattern without its `./` and trailing slashes; null when it names nothing inside the scope. */
export function globBody(pattern: string): string | null {
  const body = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  if (body === '' || body.startsWith('/') || body.split('/').includes('..')) return null;
  return body;
}

/** A glob matching exactly `rel` (and what is below it): the file a baseline entry names. */
export function literalGlob(rel: string): string {
  return escape(rel);
}

/** Compile glob patterns (one per entry; entries may hold several lines, as the Action input does). */
export function compileGlobList(patterns: string[]): GlobList {
  const lines = patterns
    .flatMap((p) => p.split(/\r?\n/))
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const rules: Rule[] = lines.map((line) => {
    let negate = false;
    let body = line;
    while (body.startsWith('!')) {
      negate = !negate;
      body = body.slice(1).trim();
    }
    const clean = globBody(body);
    if (clean === null) {
      throw new UsageError(
        `allow pattern "${line}" is not a path inside the checked folder`,
        'Write patterns relative to the app or server root, e.g. .user.ini or .well-known/**.',
      );
    }
    return { negate, matchers: [new Minimatch(clean, OPTIONS), new Minimatch(`${clean}/**`, OPTIONS)] };
  });
  return {
    patterns: lines,
    matches(rel: string): boolean {
      let allowed = false;
      for (const rule of rules) {
        if (rule.matchers.some((m) => m.match(rel))) allowed = !rule.negate;
      }
      return allowed;
    },
  };
}

/** Entries ready to match: each compiled once, whatever the number of scopes asking for it. */
export function compileRules(): (entry: BaselineEntry) => BaselineRule {
  const compiled = new Map<BaselineEntry, BaselineRule>();
  return (entry) => {
    let rule = compiled.get(entry);
    if (rule === undefined) {
      const glob = compileGlobList([entry.path]);
      compiled.set(entry, (rule = { ...entry, matches: (rel: string) => glob.matches(rel) }));
    }
    return rule;
  };
}
