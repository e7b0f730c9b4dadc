/**
 * A baseline: reviewed findings that do not fail the check (an admin's php.ini, a changed
 * .user.ini pinned to its reviewed content), each with its reason. See docs/baseline.md.
 */
import type { FileCategory } from '../result.ts';

/** The file name looked for at each scope's root when no baseline is given. */
export const DEFAULT_BASELINE_NAME = '.code-integrity.yml';

export interface BaselineEntry {
  /** A glob relative to the scope's root (@actions/glob syntax; a folder also covers what is below it). */
  path: string;
  category: FileCategory;
  reason: string;
  /** A pin: the finding is accepted only while the file's current SHA-512 is this one. */
  sha512?: string;
  /** The scope the entry is for (`core` or an app id); see `BaselineFile.owner`. */
  scope?: string;
  /** Where the entry comes from, as reports name it: `.code-integrity.yml:7`, `preset shared-hosting`. */
  origin: string;
  /** Where it comes from, as a kind: `--baseline`/default file entries are kept by the `baseline` command. */
  kind?: 'file' | 'preset' | 'allow' | 'self';
}

export interface BaselineFile {
  /** The file as the user named it (or as found at a scope's root). */
  source: string;
  /** The absolute path of the file, or null for entries that come from no file (presets given by name). */
  path: string | null;
  /**
   * The scope entries without `scope:` are for: the scope whose root holds a default file, or
   * undefined (every scope) for a file given with --baseline.
   */
  owner?: string;
  presets: string[];
  /** The file's own entries, then its presets' entries. */
  entries: BaselineEntry[];
}

/** Where a scope was read from: its root folder on disk, or null (an archive: no baseline inside it is read). */
export interface ScopeWhere {
  scope: string;
  diskRoot: string | null;
}

/** An entry ready to match paths (its glob compiled by whoever read the file). */
export interface BaselineRule extends BaselineEntry {
  matches(rel: string): boolean;
}

/** The rules that apply to one scope of a run (see select.ts). */
export type BaselineFor = (where: ScopeWhere) => BaselineRule[];
