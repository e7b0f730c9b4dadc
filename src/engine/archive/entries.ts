/**
 * An archive's entries as the readers hand them over and as the collector keeps them, and
 * the rules on their names that hold whatever the format: decoding (UTF-8 per component),
 * normalizing as extracting does, when two records of one path are the same, and what a
 * tar hard link resolves to. Apart from collect.ts so that the types and these pure rules
 * read on their own.
 */
import type { SignatureRead } from '../signature.ts';
import type { Dissent } from './extractors.ts';

/** One entry as a format reader hands it over. */
export interface RawEntry {
  /** The name's bytes in the canonical view (GNU tar, Info-ZIP unzip), '/'-separated. */
  name: Buffer;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'special' | 'unsupported';
  /** For 'special': what it is (FIFO, device); for 'unsupported': why it is not read. */
  what?: string;
  /** Symbolic link target, or the hard link's target entry name (same encoding as `name`). */
  link?: Buffer;
  /** Extractors that write this entry differently from the canonical view. */
  dissent?: Dissent[];
}

/** Another extractor's view of a path: what it writes there, as a hash when it is a regular file. */
export interface OtherView {
  who: string;
  what: string;
  /** SHA-512 of the regular file it writes, or null (not a regular file, or unknown content). */
  hash: string | null;
}

export type EntryRecord =
  | {
      kind: 'file';
      hash: string;
      size: number;
      marker?: string | null;
      /** A small file kept for profile detection (as the chunks read). */
      content?: Buffer[];
      /** A signature file, decoded as soon as it was read (its bytes are not kept). */
      signature?: SignatureRead;
      tooLarge?: number;
      others?: OtherView[];
    }
  | { kind: 'dir' }
  | { kind: 'symlink'; target: string; others?: OtherView[] }
  | { kind: 'special'; what: string }
  | { kind: 'problem'; problem: string };

export interface UnsafeEntry {
  /** The name as written in the archive (less a leading "./" and the top folder when it starts with it). */
  name: string;
  problem: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface DecodedName {
  /** The raw name, decoded leniently (for messages). */
  text: string;
  segments: string[];
  /** Per component: not valid UTF-8. */
  bad: boolean[];
}

export function decodeName(bytes: Buffer): DecodedName {
  const segments: string[] = [];
  const bad: boolean[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x2f) continue;
    const part = bytes.subarray(start, i);
    start = i + 1;
    let text: string;
    try {
      text = utf8.decode(part);
      bad.push(false);
    } catch {
      text = part.toString('utf8');
      bad.push(true);
    }
    segments.push(text);
  }
  return { text: bytes.toString('utf8'), segments, bad };
}

/**
 * Drop "" and "." components, like extracting does; say why a name is unsafe. `badAt` is
 * the first non-UTF-8 component after the top folder (the top folder's own name is never
 * part of a hashed path), in the normalized components, or -1.
 */
export function normalize(name: DecodedName): { segments: string[]; badAt: number; unsafe?: string } {
  if (name.text.startsWith('/')) return { segments: [], badAt: -1, unsafe: 'absolute path in the archive; it is never extracted or read' };
  const segments: string[] = [];
  let badAt = -1;
  name.segments.forEach((s, i) => {
    if (s === '' || s === '.') return;
    if (s === '..') badAt = -2;
    if (name.bad[i] && segments.length > 0 && badAt === -1) badAt = segments.length;
    segments.push(s);
  });
  if (badAt === -2)
    return { segments: [], badAt: -1, unsafe: 'path with ".." in the archive (path traversal); it is never extracted or read' };
  return { segments, badAt };
}

function sameOthers(a: OtherView[] | undefined, b: OtherView[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

export function sameRecord(a: EntryRecord, b: EntryRecord): boolean {
  if (a.kind === 'dir' && b.kind === 'dir') return true;
  if (a.kind === 'file' && b.kind === 'file') return a.hash === b.hash && sameOthers(a.others, b.others);
  if (a.kind === 'symlink' && b.kind === 'symlink') return a.target === b.target && sameOthers(a.others, b.others);
  if (a.kind === 'special' && b.kind === 'special') return a.what === b.what;
  return false;
}

/** A tar hard link: the entry it names among `records` (the entries of `firstTop` extracted so far). */
export function hardLinkRecord(records: ReadonlyMap<string, EntryRecord>, firstTop: string | null, link: Buffer): EntryRecord {
  const name = decodeName(link);
  const { segments, badAt, unsafe } = normalize(name);
  if (unsafe || badAt > 0 || segments.length < 2 || segments[0] !== firstTop) {
    return { kind: 'problem', problem: `hard link to "${name.text}", outside the archive's folder; it is not read` };
  }
  const target = records.get(segments.slice(1).join('/'));
  if (target === undefined) {
    return { kind: 'problem', problem: `hard link to "${name.text}", which is not in the archive before it; it is not read` };
  }
  if (target.kind === 'dir') return { kind: 'problem', problem: `hard link to the folder "${name.text}"; it is not read` };
  return { ...target }; // same content (and kept bytes, and .htaccess marker hash) as the entry it names
}
