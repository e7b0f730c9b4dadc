/**
 * What the generator and the integrity-check rule read from a server tree, as plain data:
 * disk.ts fills it from a folder, and anything else that knows a tree's files can too.
 */
import { MimetypeListError } from './errors.ts';
import type { ThemeIcons } from './generator.ts';
import type { ServerVersion } from './version.ts';

/** A folder as PHP's DirectoryIterator sees it: the names of its files (symlinks followed), or why it cannot be opened. */
export type FolderListing = { iconFiles: readonly string[] } | { cannotOpen: string };

/** An entry of `themes/` that is not a file, with its `core/img/filetypes/` folder if it has one. */
export interface ThemeFolder {
  name: string;
  icons: FolderListing | null;
}

export interface MimetypeTree {
  server: ServerVersion;
  /** resources/config/mimetypealiases.dist.json, null if missing. */
  shippedAliases: Buffer | null;
  /** mimetypealiases.json in the config folder, null if there is none. */
  customAliases: Buffer | null;
  /** resources/config/mimetypenames.dist.json (32+), null if missing. */
  shippedNames: Buffer | null;
  /** mimetypenames.json in the config folder (32+), null if there is none. */
  customNames: Buffer | null;
  /** core/img/filetypes/ */
  icons: FolderListing;
  /** The entries of themes/ that are not files, in directory-read order, or why themes/ cannot be opened. */
  themes: { folders: readonly ThemeFolder[] } | { cannotOpen: string };
}

function cannotOpen(path: string, why: string): MimetypeListError {
  return new MimetypeListError('UnexpectedValueException', `DirectoryIterator::__construct(${path}): Failed to open directory: ${why}`);
}

export function iconFilesOf(listing: FolderListing, path: string): readonly string[] {
  if ('cannotOpen' in listing) throw cannotOpen(path, listing.cannotOpen);
  return listing.iconFiles;
}

/** The themes the generator lists: those with their own icon folder (upstream tests it with file_exists). */
export function themesOf(tree: MimetypeTree): ThemeIcons[] {
  if ('cannotOpen' in tree.themes) throw cannotOpen('themes/', tree.themes.cannotOpen);
  const themes: ThemeIcons[] = [];
  for (const folder of tree.themes.folders) {
    if (folder.icons === null) continue;
    themes.push({ name: folder.name, iconFiles: iconFilesOf(folder.icons, `themes/${folder.name}/core/img/filetypes/`) });
  }
  return themes;
}
