/**
 * The extractors an archive verdict speaks for, by the names findings use, and how an
 * extractor's different view of one entry is recorded. GNU tar (tar archives) and Info-ZIP
 * unzip (zip archives) give the canonical view the engine hashes; the others are compared
 * against it, and any difference that can change what lands on disk is a finding.
 */

export const GNU_TAR = 'GNU tar';
export const SEVEN_ZIP = '7-Zip';
export const ARCHIVE_TAR = "PHP's Archive_Tar (Nextcloud's app installer)";
export const UNZIP = 'Info-ZIP unzip';
export const ZIP_ARCHIVE = "PHP's ZipArchive (Nextcloud's updater)";

/** What one extractor writes for an entry, where it differs from the canonical view. */
export interface Dissent {
  who: string;
  /** What it does instead, in words (never containing a name from the archive). */
  what: string;
  /**
   * Set when it writes the entry under another name (the name's bytes), or does not write it
   * at all (null; e.g. it refuses the name and stops). Such an entry is reported whatever the
   * profile excludes, under every name involved.
   */
  name?: Buffer | null;
  /**
   * For the same name, different content: 'empty' (an empty file), 'data' (a regular file
   * holding the entry's stored bytes, e.g. a link's target text), or 'other' (not a regular
   * file, or content that cannot be known).
   */
  content?: 'empty' | 'data' | 'other';
}

/** Join several extractors' descriptions into one sentence part. */
export function describeDissent(dissent: readonly Pick<Dissent, 'who' | 'what'>[]): string {
  return dissent.map((d) => `${d.who} ${d.what}`).join('; ');
}
