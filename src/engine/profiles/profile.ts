/**
 * What a profile is: which files a signature covers, where it lives, and which of upstream's
 * messages and rules apply. Profiles are data, like upstream keeps its exclusion lists at the
 * top of small classes; each is a file of this folder, listed in index.ts.
 */
import type { RevocationPolicy } from '../rules/revocation.ts';

/** Upstream's exception messages and classes, verbatim. */
export interface UpstreamMessages {
  signatureMissing: string;
  signatureMissingClass: string;
  certificateInvalid: string;
  scopeInvalid: (requested: string, current: string) => string;
  signatureInvalid: string;
  exceptionClass: string;
}

export interface Profile {
  name: string;
  vendor: 'nextcloud' | 'owncloud';
  kind: 'app' | 'core';
  /** Relative path of the signature file. */
  signaturePath: string;
  /** Relative names never hashed, whatever the profile (upstream skips both in every scope). */
  skippedRelativeNames: string[];
  /** File base names never hashed (case-sensitive). */
  excludedFileNames: string[];
  excludedFileNamePatterns: RegExp[];
  /** Matched against "/" + relative path (ownCloud matches its full path). */
  excludedPathPatterns: RegExp[];
  /** Files or folders at these relative paths are pruned (core only: relative to the server root). */
  excludedRootEntries: string[];
  /** Hash the root .htaccess only up to the marker line. */
  htaccessMarker: boolean;
  /** Drop expected `updater/` entries after the signature check (Nextcloud core). */
  dropUpdaterOnVerify: boolean;
  /** Hash core/js/mimetypelist.js by upstream's regeneration rule (Nextcloud core; rules/mimetypelist.ts). */
  mimetypelistRule: boolean;
  /** 'values': array_diff + array_unique (Nextcloud); 'assoc': array_diff_assoc (ownCloud). */
  comparison: 'values' | 'assoc';
  messages: UpstreamMessages;
  /** How the vendor's checker treats revocation and CRLs. */
  revocation: RevocationPolicy;
  /** For a server profile: the profile of the apps installed in it. */
  appProfile?: string;
}

/** What profile detection needs to see of a tree (a folder on disk, or an archive's entries). */
export interface TreeProbe {
  exists(rel: string): boolean;
  isFolder(rel: string): boolean;
  /** A small text file's content, or null. */
  text(rel: string): string | null;
}

/** A profile as the registry holds it. */
export interface ProfileDefinition {
  name: string;
  /** The profile; `signaturePath` is for the generic profile, which has none of its own. */
  create(signaturePath?: string): Profile;
  /**
   * How surely a tree is of this profile, from its shape: 0 not at all, higher is surer (the
   * surest wins; on a tie the registry's order). Profiles that are never guessed leave it out.
   */
  detect?(tree: TreeProbe): number;
}

/** The detection levels: a file only an app or a server has, a folder only, nothing. */
export const SURE = 3;
export const LIKELY = 2;
export const WEAK = 1;
