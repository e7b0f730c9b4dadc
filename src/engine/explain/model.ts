/**
 * What `explain` says about each finding, as data for the reporters (text, JSON, Markdown).
 * Paths, diff lines and directive lines are the tree's and the release's own text, kept
 * exactly here: the reporters escape them for where they print.
 */
import type { ExceptionFinding, FileCategory } from '../result.ts';

/** One side of a comparison: a file in the tree or in the release. */
export interface FileSide {
  size: number;
  sha512: string;
}

/** A unified-diff hunk; each line starts with " ", "-" (release), "+" (tree) or "\" (no newline at end). */
export interface DiffHunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

/** What changed in a configuration file: lines (.htaccess) or settings (.user.ini). */
export interface DirectiveChanges {
  /** Which part was compared: the whole file, or the root .htaccess above its marker line. */
  part: 'whole file' | 'above the marker line';
  added: string[];
  removed: string[];
  /** .user.ini settings present on both sides with another value. */
  changed: Array<{ key: string; release: string; tree: string }>;
}

export interface FileExplanation {
  path: string;
  category: FileCategory;
  /** One sentence: what this file is, compared with the release. */
  summary: string;
  release?: FileSide;
  tree?: FileSide;
  /** Release → tree, for text files that both sides have. */
  diff?: DiffHunk[];
  /** Why there is no diff (binary, too large, too many differences, unreadable). */
  noDiff?: string;
  /** Release files with this file's content in the tree (a file moved or copied there). */
  sameContentAs?: string[];
  /** Extra files in the tree holding this missing file's content (it was moved there). */
  foundAt?: string[];
  directives?: DirectiveChanges;
}

/** core/js/mimetypelist.js: the aliases (and names, 32+) of the server that differ from the shipped ones. */
export interface MimetypeExplanation {
  /** Each difference with its values as the generator prints them (JSON); null where a side has none. */
  aliases: Array<{ key: string; shipped: string | null; current: string | null }>;
  names: Array<{ key: string; shipped: string | null; current: string | null }>;
  /** Admin files upstream ignores, with the reason. */
  ignored: string[];
  /** How upstream's check treats the file on this server, in words. */
  rule: string;
}

export interface ScopeExplanation {
  scope: string;
  /** The checked folder as reports show it. */
  root: string;
  /** Where the scope is in the release, or null when it is not there (`unexplained` says why). */
  reference: string | null;
  unexplained?: string;
  /** The tree's version and the release's (version.php, or info.xml's <version>). */
  versions?: { tree: string | null; release: string | null };
  /** The scope could not be checked: nothing to compare file by file. */
  exception?: ExceptionFinding;
  files: FileExplanation[];
  mimetypes?: MimetypeExplanation;
  notes: string[];
}

export interface Explanation {
  /** The tree is clean: nothing to explain. */
  clean: boolean;
  /** The reference as the user named it. */
  reference: string;
  scopes: ScopeExplanation[];
  tool: { name: string; version: string };
}
