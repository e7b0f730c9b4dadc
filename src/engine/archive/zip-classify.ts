/**
 * What each extractor (Info-ZIP unzip, 7-Zip, PHP's ZipArchive) would write for one zip entry,
 * decided from its central directory record alone: the name (UTF-8 flag, Unicode Path field,
 * code pages, backslashes, control characters, PHP's path cutting) and the type (file, folder
 * or symbolic link, by host and attributes). The canonical view is unzip's; every other
 * extractor's difference becomes a dissent on the entry, and what no verdict could speak for
 * (empty or NUL names, encryption, unknown methods or flags) is refused.
 */
import type { RawEntry } from './collect.ts';
import { SEVEN_ZIP, UNZIP, ZIP_ARCHIVE, type Dissent } from './extractors.ts';
import { refuse } from './zip-checks.ts';
import type { CentralEntry } from './zip-directory.ts';

/** Hosts of "version made by" (Info-ZIP numbering). */
const HOST = { fat: 0, vms: 2, unix: 3, atari: 5, hpfs: 6, ntfs: 11, vfat: 14, beos: 16, atheos: 30 };
/** unzip's SYMLINK_HOST(), plus MS-DOS with consistent Unix bits (unix.c mapattr). */
const UNZIP_LINK_HOSTS = new Set([HOST.unix, HOST.vms, HOST.atari, HOST.beos, HOST.atheos]);
const SEVEN_ZIP_LINK_HOSTS = new Set([HOST.fat, HOST.unix, HOST.ntfs]);
const DOS_ATTRIBUTE_HOSTS = new Set([HOST.fat, HOST.hpfs, HOST.ntfs, HOST.vfat]);

/** The highest "version needed to extract" Info-ZIP unzip 6.0 extracts (it skips the others). */
export const UNZIP_VERSION = 46;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The directory fields the extractors' decisions depend on. */
export type ClassifiedFields = Pick<CentralEntry, 'host' | 'needed' | 'flags' | 'attributes' | 'rawName' | 'upath' | 'method'>;

function isAscii(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) if ((b[i] as number) >= 0x80) return false;
  return true;
}

function isUtf8(b: Buffer): boolean {
  try {
    utf8.decode(b);
    return true;
  } catch {
    return false;
  }
}

/** How the three extractors name and type an entry; the canonical view is unzip's. */
export function classifyEntry(e: ClassifiedFields): RawEntry {
  refuseUnnamed(e);
  refuseUnreadable(e);
  const { name, dissent } = unzipName(e);
  dissent.push(...unicodePathDissent(e), ...codePageDissent(e), ...controlCharacterDissent(e), ...phpPathDissent(e));
  const entry: RawEntry = { name, type: 'file' };
  if (name[name.length - 1] === 0x2f) entry.type = 'directory';
  else {
    const { link, dissent: typeDissent } = linkOrFolderViews(e);
    if (link) entry.type = 'symlink';
    dissent.push(...typeDissent);
  }
  if (dissent.length > 0) entry.dissent = dissent;
  return entry;
}

/** Names that extractors write under different names, or not at all. */
function refuseUnnamed(e: ClassifiedFields): void {
  if (e.rawName.length === 0) refuse('an entry has an empty name: 7-Zip writes it as a file named after the archive, the others skip it');
  if (e.rawName.includes(0)) refuse('an entry name holds a NUL byte, which extractors cut at different places');
  if (e.upath?.includes(0)) refuse('a Unicode Path field holds a NUL byte');
}

/** Entries that some extractor skips, stops at, or reads differently. */
function refuseUnreadable(e: ClassifiedFields): void {
  if (e.needed > UNZIP_VERSION) {
    refuse(`an entry needs zip version ${e.needed / 10}, so Info-ZIP unzip 6.0 skips it while 7-Zip and ZipArchive extract it`);
  }
  // Flags beyond the deflate options, the data descriptor and UTF-8 change how extractors read
  // the entry (7-Zip reads bit 13, masked headers, and writes an empty file; unzip ignores it).
  if ((e.flags & ~(0x0001 | 0x0002 | 0x0004 | 0x0008 | 0x0800)) !== 0) {
    refuse(`an entry has general purpose flags (0x${e.flags.toString(16)}) that extractors read differently`);
  }
  // unzip stops extracting at an encrypted entry it has no password for (a folder too), and
  // extractors support different methods: no verdict could speak for what follows.
  if ((e.flags & 1) !== 0)
    refuse(`an entry is encrypted: Info-ZIP unzip stops extracting there without a password, 7-Zip and ZipArchive go on`);
  if (e.method !== 0 && e.method !== 8) {
    refuse(
      `an entry is compressed with method ${e.method}, which this tool cannot read and the extractors support differently (only stored and deflate are read alike)`,
    );
  }
}

function isUtf8Flagged(e: ClassifiedFields): boolean {
  return (e.flags & 0x800) !== 0;
}

/** unzip's name: the raw one when flagged UTF-8, else the Unicode Path's; an MS-DOS name's backslashes made folder separators. */
function unzipName(e: ClassifiedFields): { name: Buffer; dissent: Dissent[] } {
  const name = isUtf8Flagged(e) || e.upath === null ? e.rawName : e.upath;
  if (e.host !== HOST.fat || !name.includes(0x5c) || name.includes(0x2f)) return { name, dissent: [] };
  // unzip (extract.c): an MS-DOS name without any "/" uses backslashes as folder separators.
  return {
    name: Buffer.from(name.toString('latin1').replace(/\\/g, '/'), 'latin1'),
    dissent: [
      {
        who: `7-Zip and ${ZIP_ARCHIVE}`,
        what: 'keep the backslashes of this MS-DOS name, which Info-ZIP unzip reads as folder separators (also reported)',
        name,
      },
    ],
  };
}

/** Extractors that take the Unicode Path field where unzip does not, or ignore it where unzip takes it. */
function unicodePathDissent(e: ClassifiedFields): Dissent[] {
  const { rawName: raw, upath } = e;
  if (upath === null || upath.equals(raw)) return [];
  if (isUtf8Flagged(e)) {
    return [{ who: ZIP_ARCHIVE, what: 'writes it under the name of its Unicode Path field (also reported)', name: upath }];
  }
  if (isUtf8(upath)) return [];
  // Info-ZIP zip 3.0 writes DEL as C1 BF there: unzip and libzip take it, 7-Zip keeps the raw name.
  return [
    {
      who: SEVEN_ZIP,
      what: 'ignores its Unicode Path field, which is not valid UTF-8, and writes the raw name (also reported)',
      name: raw,
    },
  ];
}

/** Extractors that decode a non-ASCII raw name (not taken from a Unicode Path) from a code page into other bytes. */
function codePageDissent(e: ClassifiedFields): Dissent[] {
  const flagged = isUtf8Flagged(e);
  const usesUpath = !flagged && e.upath !== null;
  if (usesUpath || isAscii(e.rawName)) return [];
  const dissent: Dissent[] = [];
  if (!flagged && !isUtf8(e.rawName)) {
    // libzip reads a name that is not UTF-8 as CP437 and writes it in UTF-8; unzip and 7-Zip keep the bytes.
    dissent.push({
      who: ZIP_ARCHIVE,
      what: 'decodes this name from CP437 (the zip does not mark it UTF-8) and writes other bytes',
      name: null,
    });
  }
  if (e.host === HOST.fat || e.host === HOST.hpfs) {
    // unzip converts the names of MS-DOS and OS/2 entries from the OEM code page, even those flagged UTF-8.
    dissent.push({ who: UNZIP, what: 'converts this MS-DOS name from the OEM code page and writes other bytes', name: null });
  }
  return dissent;
}

/**
 * unzip drops control characters from names; libzip maps them to CP437 glyphs unless the
 * name is flagged UTF-8; 7-Zip keeps them.
 */
function controlCharacterDissent(e: ClassifiedFields): Dissent[] {
  if (![e.rawName, e.upath ?? e.rawName].some((n) => n.some((b) => b < 0x20 || b === 0x7f))) return [];
  return [{ who: UNZIP, what: 'drops the control characters of this name (ZipArchive may turn them into other characters)', name: null }];
}

/**
 * PHP's extractTo (php_zip_make_relative_path) restarts the path after any folder whose name
 * ends in "." (meant for "../"): it writes the entry elsewhere, or stops extracting.
 */
function phpPathDissent(e: ClassifiedFields): Dissent[] {
  const folders = (e.upath ?? e.rawName).toString('latin1').split('/').slice(0, -1);
  if (!folders.some((c) => c.endsWith('.') && c !== '.' && c !== '..')) return [];
  return [
    {
      who: ZIP_ARCHIVE,
      what: 'cuts the path at a folder whose name ends in "." and writes the entry elsewhere, or stops extracting',
      name: null,
    },
  ];
}

/**
 * Whether unzip makes a symbolic link of an entry not named as a folder, and where the others
 * differ: ZipArchive never makes links, 7-Zip makes them for other hosts, and makes folders
 * from folder attributes.
 */
function linkOrFolderViews(e: ClassifiedFields): { link: boolean; dissent: Dissent[] } {
  const mode = e.attributes >>> 16;
  const type = mode & S_IFMT;
  // unix.c mapattr(): MS-DOS entries count as links only when their Unix owner bits match the DOS attributes.
  const dosOwner = 0o400 | (((((e.attributes & 1) === 0 ? 1 : 0) << 1) | ((e.attributes & 0x10) >> 4)) << 6);
  const unzipLink = type === S_IFLNK && (UNZIP_LINK_HOSTS.has(e.host) || (e.host === HOST.fat && (mode & 0o700) === dosOwner));
  const sevenZipLink = type === S_IFLNK && SEVEN_ZIP_LINK_HOSTS.has(e.host);
  const sevenZipDir = (DOS_ATTRIBUTE_HOSTS.has(e.host) && (e.attributes & 0x10) !== 0) || (e.host === HOST.unix && type === S_IFDIR);
  const dissent: Dissent[] = [];
  if (unzipLink) {
    dissent.push({ who: ZIP_ARCHIVE, what: 'writes a regular file holding the link target instead of the link', content: 'data' });
    if (!sevenZipLink)
      dissent.push({ who: SEVEN_ZIP, what: 'writes a regular file holding the link target instead of the link', content: 'data' });
  } else if (sevenZipLink) {
    dissent.push({ who: SEVEN_ZIP, what: 'creates a symbolic link here instead of a file', content: 'other' });
  }
  if (sevenZipDir && !unzipLink) dissent.push({ who: SEVEN_ZIP, what: 'creates a folder here instead of a file', content: 'other' });
  return { link: unzipLink, dissent };
}
