/**
 * One tar header turned into an entry: the name and link target GNU tar reads (the canonical
 * view), how 7-Zip and PHP's Archive_Tar would read the same header (their dissent), and the
 * headers refused because the extractors would consume the stream differently. Kept apart
 * from the parser's state machine (tar.ts), which only moves bytes: this is the decision.
 */
import { ArchiveFormatError } from './errors.ts';
import { ARCHIVE_TAR, SEVEN_ZIP, type Dissent } from './extractors.ts';
import type { RawEntry } from './entries.ts';
import type { HeaderBlock, PaxRecords } from './tar-header.ts';

export const REFUSED_HINT =
  'The archive is built in a way that extractors read differently, so no verdict can speak for all of them. Rebuild it with GNU tar (tar -czf) from the signed folder.';

const TYPE_NAMES: Record<string, string> = {
  '1': 'hard link',
  '2': 'symbolic link',
  '3': 'character device',
  '4': 'block device',
  '5': 'folder',
  '6': 'FIFO',
};

/** The names each extractor gives one entry. */
interface EntryNames {
  gnuTar: Buffer;
  sevenZip: Buffer;
  archiveTar: Buffer;
}

/** Archive_Tar's malicious-name test (`_isMaliciousFilename`): it stops extracting there. */
function archiveTarRefusesName(name: Buffer): boolean {
  const s = name.toString('latin1');
  return s.includes('://') || s.includes('../') || s.includes('..\\');
}

/** Archive_Tar's out-of-path test for a symbolic link (CVE-2020-36193 fix): it stops extracting there. */
function archiveTarRefusesLink(name: Buffer, link: Buffer): boolean {
  const target = link.toString('latin1');
  if (target.startsWith('/') || target.includes(':')) return true;
  let depth = 0;
  for (const dir of name.toString('latin1').split('/')) {
    if (dir === '..') depth--;
    else if (dir !== '' && dir !== '.') depth++;
  }
  for (const dir of target.replace(/\\/g, '/').split('/')) {
    if (depth <= 0) break;
    if (dir === '..') depth--;
    else if (dir !== '' && dir !== '.') depth++;
  }
  return depth <= 0;
}

/** Whether the header's type is a regular file (the only kind whose data is content). */
export function isFileType(typeflag: string): boolean {
  return typeflag === '0' || typeflag === '\0' || typeflag === '7';
}

/** Refuses a size extractors read differently: a pax size other than the header's, or data on a non-file. */
function refuseDisputedSize(h: HeaderBlock, pax: PaxRecords, at: number): void {
  if (isFileType(h.typeflag)) {
    if (pax.size !== undefined && pax.size !== h.size) {
      throw new ArchiveFormatError(
        `the entry at byte ${at} has a pax size other than its header's: GNU tar and 7-Zip read the pax size, PHP's Archive_Tar the header's; the archive is refused`,
        REFUSED_HINT,
      );
    }
  } else if (h.size !== 0 || (pax.size !== undefined && pax.size !== 0)) {
    throw new ArchiveFormatError(
      `the ${TYPE_NAMES[h.typeflag]} at byte ${at} carries data: extractors differ on whether it is the entry's content or the next headers; the archive is refused`,
      REFUSED_HINT,
    );
  }
}

/** The entry's name as each extractor reads it; refuses names some of them cannot write. */
function entryNames(h: HeaderBlock, pax: PaxRecords, long: Buffer | null, at: number): EntryNames {
  const names = {
    gnuTar: pax.path ?? long ?? h.gnuName,
    sevenZip: pax.path ?? long ?? h.sevenZipName,
    archiveTar: long ?? h.archiveTarName,
  };
  if (names.gnuTar.length === 0 || names.archiveTar.length === 0) {
    throw new ArchiveFormatError(
      `the entry at byte ${at} has an empty name, which extractors read differently; the archive is refused`,
      REFUSED_HINT,
    );
  }
  if (h.typeflag !== '5' && names.gnuTar[names.gnuTar.length - 1] === 0x2f) {
    throw new ArchiveFormatError(
      `the ${TYPE_NAMES[h.typeflag] ?? 'file'} at byte ${at} has a name ending in "/": GNU tar and 7-Zip create a folder, PHP's Archive_Tar fails; the archive is refused`,
      REFUSED_HINT,
    );
  }
  return names;
}

/** Where 7-Zip and Archive_Tar write the entry under another name, or refuse it. */
function nameDissent(h: HeaderBlock, names: EntryNames): Dissent[] {
  const dissent: Dissent[] = [];
  const another = 'writes it under another name (also reported)';
  if (!names.sevenZip.equals(names.gnuTar)) dissent.push({ who: SEVEN_ZIP, what: another, name: names.sevenZip });
  if (archiveTarRefusesName(h.archiveTarName) || archiveTarRefusesName(names.archiveTar)) {
    dissent.push({ who: ARCHIVE_TAR, what: 'refuses the name as malicious and stops extracting', name: null });
  } else if (!names.archiveTar.equals(names.gnuTar)) dissent.push({ who: ARCHIVE_TAR, what: another, name: names.archiveTar });
  return dissent;
}

/** A symbolic link's target, with Archive_Tar's dissent on it added to `dissent`. */
function symlinkTarget(h: HeaderBlock, pax: PaxRecords, archiveTarName: Buffer, at: number, dissent: Dissent[]): Buffer {
  const link = pax.linkpath ?? h.linkname;
  if (link.length === 0) {
    throw new ArchiveFormatError(
      `the symbolic link at byte ${at} has no target, which extractors handle differently; the archive is refused`,
      REFUSED_HINT,
    );
  }
  if (archiveTarRefusesLink(archiveTarName, h.archiveTarLinkname)) {
    dissent.push({ who: ARCHIVE_TAR, what: 'refuses the link as leading out of the folder and stops extracting', name: null });
  } else if (!h.archiveTarLinkname.equals(link)) {
    dissent.push({ who: ARCHIVE_TAR, what: 'writes the link with another target', content: 'other' });
  }
  return link;
}

/** Sets the entry's kind (and link target) from the header's type. */
function setKind(entry: RawEntry, h: HeaderBlock, pax: PaxRecords, archiveTarName: Buffer, at: number, dissent: Dissent[]): void {
  switch (h.typeflag) {
    case '1':
      entry.type = 'hardlink';
      entry.link = pax.linkpath ?? h.linkname;
      break;
    case '2':
      entry.type = 'symlink';
      entry.link = symlinkTarget(h, pax, archiveTarName, at, dissent);
      break;
    case '3':
    case '4':
      entry.type = 'special';
      entry.what = 'device';
      break;
    case '5':
      entry.type = 'directory';
      break;
    case '6':
      entry.type = 'special';
      entry.what = 'FIFO';
      break;
  }
}

/**
 * The entry a file, link, folder or device header stands for, read the way GNU tar reads
 * it, after the pax records and GNU long name that precede it; `at` is the header's offset.
 */
export function tarEntry(h: HeaderBlock, pax: PaxRecords, long: Buffer | null, at: number): RawEntry {
  refuseDisputedSize(h, pax, at);
  const names = entryNames(h, pax, long, at);
  const dissent = nameDissent(h, names);
  const entry: RawEntry = { name: names.gnuTar, type: 'file' };
  setKind(entry, h, pax, names.archiveTar, at, dissent);
  if (dissent.length > 0) entry.dissent = dissent;
  return entry;
}
