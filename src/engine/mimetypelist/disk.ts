/**
 * Reads what the mimetypelist.js generator needs from a server folder on disk. Folders are
 * listed in directory-read order (fs.opendir; fs.readdir would sort), as PHP's
 * DirectoryIterator lists them.
 */
import { opendirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { describeFsError, UsageError } from '../errors.ts';
import { isDirectory } from '../fs-kind.ts';
import { CUSTOM_ALIASES, CUSTOM_NAMES, SHIPPED_ALIASES, SHIPPED_NAMES } from './aliases.ts';
import type { FolderListing, MimetypeTree, ThemeFolder } from './tree.ts';
import { parseVersionPhp, type ServerVersion } from './version.ts';

export interface ReadOptions {
  /** The server's config folder (upstream's NEXTCLOUD_CONFIG_DIR); default: `<root>/config`. */
  configDir?: string;
  /** The server's version when already known; default: read from `<root>/version.php`. */
  server?: ServerVersion;
}

export function readMimetypeTree(root: string, options: ReadOptions = {}): MimetypeTree {
  const configDir = options.configDir ?? join(root, 'config');
  return {
    server: options.server ?? readServerVersion(root),
    shippedAliases: readShipped(join(root, SHIPPED_ALIASES)),
    customAliases: readCustom(join(configDir, CUSTOM_ALIASES)),
    shippedNames: readShipped(join(root, SHIPPED_NAMES)),
    customNames: readCustom(join(configDir, CUSTOM_NAMES)),
    icons: listIconFolder(Buffer.from(join(root, 'core', 'img', 'filetypes'))),
    themes: listThemes(Buffer.from(join(root, 'themes'))),
  };
}

export function readServerVersion(root: string): ServerVersion {
  let text: string;
  try {
    text = readFileSync(join(root, 'version.php'), 'utf8');
  } catch (e) {
    throw new UsageError(`${join(root, 'version.php')} ${describeFsError(e)}`, 'Pass the root folder of a Nextcloud server.');
  }
  return parseVersionPhp(text);
}

/** A shipped list, or null when it cannot be read (upstream then fails; the generator says so). */
function readShipped(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** An admin's file: null when there is none (file_exists() is false, also for a broken symlink). */
function readCustom(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // file_get_contents() of a folder reads "" on Linux.
    if (code === 'EISDIR') return Buffer.alloc(0);
    throw new UsageError(
      `${path} ${describeFsError(e)}`,
      "It changes how the server checks core/js/mimetypelist.js: run as the web server's user, or make the file readable.",
    );
  }
}

/**
 * A name as PHP holds it (bytes). Valid UTF-8 becomes its text; otherwise every byte from
 * 0x80 becomes a lone surrogate (U+DC80–U+DCFF): distinct names stay distinct, ASCII "."
 * and "\n" stay where they are, and json_encode fails on it as PHP's does on invalid UTF-8.
 */
export function phpFileName(raw: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    return String.fromCharCode(...Array.from(raw, (byte) => (byte < 0x80 ? byte : 0xdc00 + byte)));
  }
}

function childPath(folder: Buffer, name: Buffer): Buffer {
  return Buffer.concat([folder, Buffer.from('/'), name]);
}

/** SplFileInfo::isFile(): a file, or a symlink to one. */
function isFile(path: Buffer, entry: Dirent<Buffer>): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink() && entry.isDirectory()) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const OPEN_ERRORS: Record<string, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EACCES: 'Permission denied',
};

/** The entries of a folder in read order, each with its full path, or why it cannot be opened. */
function listFolder(folder: Buffer): Array<{ entry: Dirent<Buffer>; path: Buffer }> | { cannotOpen: string } {
  let dir;
  try {
    // Names as bytes (the types of @types/node 20 do not list 'buffer' here, Node accepts it).
    dir = opendirSync(folder, { encoding: 'buffer' as BufferEncoding });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { cannotOpen: OPEN_ERRORS[code] ?? code };
  }
  const entries: Array<{ entry: Dirent<Buffer>; path: Buffer }> = [];
  try {
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
      const dirent = entry as unknown as Dirent<Buffer>;
      entries.push({ entry: dirent, path: childPath(folder, dirent.name) });
    }
  } finally {
    dir.closeSync();
  }
  return entries;
}

function listIconFolder(folder: Buffer): FolderListing {
  const entries = listFolder(folder);
  if ('cannotOpen' in entries) return entries;
  return { iconFiles: entries.filter(({ entry, path }) => isFile(path, entry)).map(({ entry }) => phpFileName(entry.name)) };
}

function listThemes(themesFolder: Buffer): MimetypeTree['themes'] {
  const entries = listFolder(themesFolder);
  if ('cannotOpen' in entries) return entries;
  const folders: ThemeFolder[] = [];
  for (const { entry, path } of entries) {
    if (isFile(path, entry)) continue;
    const icons = Buffer.concat([path, Buffer.from('/core/img/filetypes')]);
    folders.push({ name: phpFileName(entry.name), icons: isDirectory(icons) ? listIconFolder(icons) : null });
  }
  return { folders };
}
