/**
 * What `repair` does, as data: the plan (shown by a dry run, carried out by --apply), what was
 * done, and the quarantine manifest that `repair --undo` reads. Paths are the tree's own
 * text, kept exactly; reporters escape them.
 */
import type { FileCategory } from '../result.ts';

/** Put the release's copy of `path` in place (INVALID_HASH: replace; MISSING_FILE: create). */
export interface RestoreAction {
  kind: 'restore';
  path: string;
  category: Exclude<FileCategory, 'EXTRA_FILE'>;
  /** The release's signed SHA-512 of the file (for the root .htaccess: of its part above the marker). */
  sha512: string;
  size: number;
  /** Permission bits the file gets: the replaced file's, else the release's, else 0644. */
  mode: number;
  /** The root .htaccess: the release's part above the marker, the tree's own part below it kept. */
  keepBelowMarker?: boolean;
  note?: string;
}

/** Move an extra file to the quarantine folder (undoable). */
export interface QuarantineAction {
  kind: 'quarantine';
  path: string;
  sha512: string;
  mode: number;
  note?: string;
}

/** A finding repair leaves alone, and why. */
export interface SkipAction {
  kind: 'skip';
  path: string;
  category: FileCategory;
  why: string;
}

export type RepairAction = RestoreAction | QuarantineAction | SkipAction;

export interface ScopeRepairPlan {
  scope: string;
  /** The scope's folder (absolute). */
  root: string;
  /** The scope's folder as reports show it. */
  shownRoot: string;
  /** Where its files come from: `nextcloud-31.0.0.tar.bz2: apps/notes`. */
  from: string;
  actions: RepairAction[];
}

export interface RepairPlan {
  /** The reference as the user named it. */
  reference: string;
  scopes: ScopeRepairPlan[];
  /** The quarantine folder extras go to (absolute), when there are any. */
  quarantine: string | null;
}

/** One quarantined file, as the manifest records it. */
export interface ManifestEntry {
  scope: string;
  /** The scope's folder (absolute); the file was at `root`/`path`, `original`. */
  root: string;
  original: string;
  path: string;
  /** Where it is now (absolute). */
  quarantined: string;
  sha512: string;
  mode: number;
}

export interface QuarantineManifest {
  tool: { name: string; version: string };
  /** ISO time of the repair. */
  created: string;
  reference: string;
  files: ManifestEntry[];
}

/** What --apply did: per action, done or the reason it failed. */
export interface RepairOutcome {
  restored: string[];
  quarantined: string[];
  failed: Array<{ path: string; why: string }>;
  /** The manifest written (absolute path), when extras were quarantined. */
  manifest: string | null;
}
