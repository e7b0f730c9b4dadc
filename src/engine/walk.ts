/**
 * The file walk: which files of a tree a signature covers, in a deterministic order.
 *
 * Mirrors upstream's RecursiveDirectoryIterator(SKIP_DOTS) + name filter + folder filter.
 * Upstream visits each folder in raw filesystem order, which differs between machines. Two
 * deterministic orders are offered instead:
 * - 'bytes' (default): whole paths in byte order (a folder counting as its name plus "/"),
 *   the order of the keys in signature.json, so signing writes and verifying matches them
 *   without sorting;
 * - 'folders': upstream's own shape made reproducible: each folder's entries in byte (strcmp)
 *   order, depth first, a folder's contents at the folder's own place among its siblings
 *   (`a/b` before `a-b` and `a.txt`). This is what upstream does on a filesystem that lists
 *   sorted; the occ-compatible result order and PHP's ksort ties follow it (see
 *   `compareFolderOrder`).
 * Streams entries: only the folders on the current path are held in memory.
 *
 * Links: a link to a folder is skipped (upstream does not follow it); a link to a file
 * inside the root is hashed through the link, like upstream; a link leading outside the
 * root, a dangling link, a FIFO or device, an unreadable folder and a name that is not
 * UTF-8 become entries with a `problem` and are never read.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';
import type { Profile } from './profiles/index.ts';
import { createSelector, type EntrySelector } from './rules/selection.ts';
import { UNHASHED } from './rules/unhashed.ts';

export interface WalkEntry {
  /** Relative, '/'-separated path: the key in signature.json. */
  rel: string;
  /** What to open (the link target's real path for a link to a file). */
  path: string;
  /** Hash only the part of the file before the .htaccess marker. */
  htaccess?: boolean;
  /** Why the file cannot be hashed; such entries are reported, never read. */
  problem?: string;
  /** Hashed already, by an upstream rule that reads the file whole (rules/mimetypelist.ts): no worker reads it. */
  precomputed?: { digest: Buffer; bytes: number; mtimeMs: number };
}

export interface WalkOptions {
  /** Extra relative paths to prune (e.g. data directory or app roots from config.php). */
  extraExcluded?: Iterable<string>;
  /**
   * 'bytes' (default): whole paths in byte order. 'folders': each folder's entries in byte
   * order, depth first (upstream's visiting order on a filesystem that lists sorted). Only
   * signing walks that way: ksort keeps the visiting order of keys PHP compares as equal ("9"
   * and "09"), so signature.json depends on it for such names.
   */
  order?: WalkOrder;
  /** Called with each folder's path just before it is listed (signing notes its modification time). */
  onFolder?: (path: string) => void;
  /** A file (relative path) not to yield: signing's own temporary signature.json, written during the walk. */
  skipFile?: string;
  /** Told of each link to a folder: skipped like upstream skips it (neither hashed nor descended), but never silently. */
  onLinkedFolder?: (rel: string) => void;
}

export type WalkOrder = 'bytes' | 'folders';

/**
 * Upstream's visiting order, made deterministic: compares two relative paths as the 'folders'
 * walk visits them (each folder's entries by their bytes, depth first). Equal to comparing the
 * UTF-8 bytes with "/" counted below every other byte: a folder's contents then come right
 * where the folder is, before a sibling "a-b" or "a.txt" of folder "a".
 */
export function compareFolderOrder(a: string, b: string): number {
  return Buffer.compare(folderOrderKey(a), folderOrderKey(b));
}

/** The key `compareFolderOrder` compares: the path's UTF-8 bytes with "/" as 0 (no name holds a NUL byte). */
export function folderOrderKey(rel: string): Buffer {
  const key = Buffer.from(rel, 'utf8');
  for (let i = key.indexOf(SLASH); i >= 0; i = key.indexOf(SLASH, i + 1)) key[i] = 0;
  return key;
}

/** Links to folders are skipped as upstream skips them; this names them, so nobody is surprised. */
export function linkedFoldersNote(folders: readonly string[], verb: 'signed' | 'checked'): string {
  const shown = folders.slice(0, 10).join(', ') + (folders.length > 10 ? `, … (${folders.length - 10} more)` : '');
  return `not ${verb}: ${folders.length} linked folder${folders.length === 1 ? '' : 's'} (links to folders are neither followed nor ${verb}, as upstream does): ${shown}`;
}

export class WalkError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeName(name: Buffer): string | null {
  try {
    return utf8.decode(name);
  } catch {
    return null;
  }
}

/** A listed entry: its name as a string, or as bytes when it is not valid UTF-8. */
type Listed = Dirent<string> | Dirent<Buffer>;

interface Frame {
  dir: string;
  prefix: string;
  entries: Listed[];
  index: number;
}

const SLASH = 0x2f;

/**
 * Is a listing already in the walk's order? The walk yields whole paths in byte order, so a
 * folder counts as its name plus "/": a folder "a" goes after siblings such as "a-b" or
 * "a.txt" ("-" and "." are below "/"). 'yes'; 'folders' when names are in byte order but such
 * a folder must move; 'no' otherwise (names out of order, or with surrogates, where UTF-16
 * order is not byte order).
 */
function inPathOrder(entries: Dirent<string>[]): 'yes' | 'folders' | 'no' {
  let folders = false;
  for (let i = 0; i < entries.length; i++) {
    const d = entries[i] as Dirent<string>;
    const name = d.name;
    if (/[\ud800-\udfff]/.test(name)) return 'no';
    if (i > 0 && !((entries[i - 1] as Dirent<string>).name < name)) return 'no';
    // Sorted by name, any sibling between "a" and "a/" directly follows "a".
    if (!folders && i + 1 < entries.length && d.isDirectory()) {
      const next = (entries[i + 1] as Dirent<string>).name;
      folders = next.length > name.length && next.charCodeAt(name.length) < SLASH && next.startsWith(name);
    }
  }
  return folders ? 'folders' : 'yes';
}

/** Entries whose names are in byte order (no surrogates), with each folder counted as its name plus "/". */
function moveFolders(entries: Dirent<string>[]): Dirent<string>[] {
  const keys = entries.map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
  const order = keys.map((_, i) => i).sort((i, j) => ((keys[i] as string) < (keys[j] as string) ? -1 : 1));
  return order.map((i) => entries[i] as Dirent<string>);
}

function nameBytes(d: Listed): Buffer {
  return typeof d.name === 'string' ? Buffer.from(d.name, 'utf8') : d.name;
}

/** Entries in the walk's order by their bytes: by name, a folder counting as its name plus "/". */
function sortInPathOrder(entries: Listed[]): Listed[] {
  const keyed = entries.map((d) => ({ d, key: d.isDirectory() ? Buffer.concat([nameBytes(d), Buffer.of(SLASH)]) : nameBytes(d) }));
  return keyed.sort((x, y) => Buffer.compare(x.key, y.key)).map((k) => k.d);
}

/**
 * One folder's entries. Synchronous on purpose: a folder listing is one or two getdents
 * calls, far cheaper than a round trip through libuv's thread pool per folder, and the
 * hashing workers keep running on their own threads while the walk blocks for it.
 */
function listDir(dir: string, order: WalkOrder): Listed[] {
  // Names as strings (cheaper than a Buffer each); a name that is not valid UTF-8 comes
  // back with U+FFFD in it, and only then is the folder listed again as bytes to tell.
  const dirents = readdirSync(dir, { withFileTypes: true });
  if (dirents.some((d) => d.name.includes('\ufffd'))) {
    const raw = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    const listed = raw.map((d) => (decodeName(d.name) === null ? d : direntNamed(d)));
    return order === 'bytes' ? sortInPathOrder(listed) : sortByName(listed);
  }
  if (order === 'folders') return sortByName(dirents);
  // readdir (libuv scandir) already sorts by strcmp, i.e. byte order; this is a cheap check.
  const inOrder = inPathOrder(dirents);
  return inOrder === 'yes' ? dirents : inOrder === 'folders' ? moveFolders(dirents) : sortInPathOrder(dirents);
}

/** Entries by the bytes of their names alone (the 'folders' order). */
function sortByName(entries: Listed[]): Listed[] {
  const keyed = entries.map((d) => ({ d, key: nameBytes(d) }));
  return keyed.sort((x, y) => Buffer.compare(x.key, y.key)).map((k) => k.d);
}

/** The same entry with its (valid UTF-8) name as a string. */
function direntNamed(d: Dirent<Buffer>): Dirent<string> {
  const copy = Object.create(Object.getPrototypeOf(d) as object) as Dirent<string>;
  Object.assign(copy, d, { name: d.name.toString('utf8') });
  return copy;
}

/** `root` as the walk joins names to it: without a trailing separator ("/" stays "/"). */
export function walkBase(root: string): string {
  return root.endsWith(sep) && root.length > 1 ? root.slice(0, -1) : root;
}

/** The folder at `dir`, listed (and told to onFolder first); a folder that cannot be read stops the walk. */
function openFolder(dir: string, prefix: string, shown: string, options: WalkOptions, order: WalkOrder): Frame {
  try {
    options.onFolder?.(dir);
    return { dir, prefix, entries: listDir(dir, order), index: 0 };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new WalkError(`cannot read folder ${shown}: ${code ?? (e as Error).message}`, shown, code);
  }
}

/** What the walk needs to judge an entry: the selection rules, the root's real path, and the options. */
interface WalkContext {
  select: EntrySelector;
  rootPrefix: string;
  options: WalkOptions;
}

/**
 * A link, as upstream treats it and safer: a link to a folder is skipped (and told to
 * onLinkedFolder); a link to a file inside the root is hashed through the link; a link leading
 * outside the root, a dangling one or one to something else becomes a problem entry.
 */
function linkEntry(rel: string, name: string, abs: string, ctx: WalkContext): WalkEntry | null {
  let target;
  try {
    target = statSync(abs);
  } catch (e) {
    if (ctx.select.fileExcluded(rel, name)) return null;
    return { rel, path: abs, problem: UNHASHED.danglingLink((e as NodeJS.ErrnoException).code ?? 'unreadable') };
  }
  if (target.isDirectory()) {
    ctx.options.onLinkedFolder?.(rel); // upstream neither hashes nor descends a linked folder
    return null;
  }
  if (ctx.select.fileExcluded(rel, name)) return null;
  let real: string;
  try {
    real = realpathSync.native(abs);
  } catch {
    return { rel, path: abs, problem: UNHASHED.linkUnresolved };
  }
  if (!real.startsWith(ctx.rootPrefix)) return { rel, path: abs, problem: UNHASHED.linkOutside };
  if (!target.isFile()) return { rel, path: abs, problem: UNHASHED.linkToNonFile };
  return { rel, path: real };
}

/** A FIFO, socket or device: never opened, reported with what it is. */
function specialEntry(rel: string, abs: string): WalkEntry {
  let kind = 'special file';
  try {
    const st = lstatSync(abs);
    kind = st.isFIFO() ? 'FIFO' : st.isSocket() ? 'socket' : st.isBlockDevice() || st.isCharacterDevice() ? 'device' : kind;
  } catch {
    // keep the generic description
  }
  return { rel, path: abs, problem: UNHASHED.notRegular(kind) };
}

/**
 * Walk `root` with `profile`'s rules; yields files in byte order of their paths (or, with
 * `order: 'folders'`, folder by folder in byte order, depth first).
 * Synchronous: every listing is, and a plain generator costs no promise per file.
 */
export function* walkTree(root: string, profile: Profile, options: WalkOptions = {}): Generator<WalkEntry> {
  const order = options.order ?? 'bytes';
  const rootReal = realpathSync.native(root);
  const ctx: WalkContext = {
    select: createSelector(profile, options.extraExcluded),
    rootPrefix: rootReal.endsWith(sep) ? rootReal : rootReal + sep,
    options,
  };
  const base = walkBase(root);
  const stack: Frame[] = [openFolder(base, '', base, options, order)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.index >= frame.entries.length) {
      stack.pop();
      continue;
    }
    const dirent = frame.entries[frame.index++] as Listed;
    if (typeof dirent.name !== 'string') {
      const raw = dirent.name;
      const path = `${frame.dir}/${raw.toString('latin1')}`;
      yield {
        rel: `${frame.prefix}${raw.toString('utf8')}`,
        path,
        problem: UNHASHED.notUtf8,
      };
      continue;
    }
    const name = dirent.name;
    const abs = `${frame.dir}/${name}`;
    const rel = frame.prefix + name;
    if (ctx.select.prunedHere(rel) || rel === options.skipFile) continue;
    if (dirent.isDirectory()) {
      stack.push(openFolder(abs, `${rel}/`, rel, options, order));
    } else if (dirent.isSymbolicLink()) {
      const entry = linkEntry(rel, name, abs, ctx);
      if (entry !== null) yield entry;
    } else if (ctx.select.fileExcluded(rel, name)) {
      continue;
    } else if (!dirent.isFile()) {
      yield specialEntry(rel, abs);
    } else if (ctx.select.htaccess(rel)) {
      yield { rel, path: abs, htaccess: true };
    } else {
      yield { rel, path: abs };
    }
  }
}
