/**
 * What an archive holds, collected in one pass: each entry's SHA-512 as it streams by
 * (nothing is written to disk), its kind, link targets, and the few small files the
 * profile detection and the signature check need (kept in memory, capped).
 *
 * Deliberate rules for what a folder on disk could never show:
 * - unsafe names (absolute, or with a `..` component) are kept apart as findings and never
 *   resolved into the tree;
 * - a name that is not UTF-8 is a finding, as in the folder walk;
 * - duplicates: the same path twice with the same content (or the same link target) is
 *   harmless and collapses into one entry; with different contents or kinds it becomes a
 *   finding, because extracting tools disagree on which copy wins (tar: the last; some
 *   zip readers: the first), so neither copy can be trusted;
 * - hard links (tar) take the content of the entry they name, which must come earlier in
 *   the archive, inside the same top folder, as tar itself requires when extracting;
 * - devices, FIFOs and entry types this tool cannot read become findings (after the name
 *   rules, like the walk), and their data is never interpreted.
 */
import { createHash } from 'node:crypto';
import { decodeSignature, MAX_SIGNATURE_BYTES, type SignatureRead } from '../signature.ts';
import { ArchiveError } from './errors.ts';
import type { Budget } from './limits.ts';
import { MarkerHasher } from './marker.ts';

/** One entry as a format reader hands it over. */
export interface RawEntry {
  /** The name's bytes, '/'-separated (decoded from the archive's name encoding to UTF-8 where known). */
  name: Buffer;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'special' | 'unsupported';
  /** For 'special': what it is (FIFO, device); for 'unsupported': why it is not read. */
  what?: string;
  /** Symbolic link target, or the hard link's target entry name (same encoding as `name`). */
  link?: Buffer;
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
    }
  | { kind: 'dir' }
  | { kind: 'symlink'; target: string }
  | { kind: 'special'; what: string }
  | { kind: 'problem'; problem: string };

export interface UnsafeEntry {
  /** The name as written in the archive (less a leading "./" and the top folder when it starts with it). */
  name: string;
  problem: string;
}

/** Signature files, decoded as soon as they have been read (see hashFile). */
const SIGNATURE_PATHS = ['appinfo/signature.json', 'core/signature.json'];
/** Files buffered while streaming, by path relative to the top folder, with their caps. */
const SMALL_FILE_CAP = 1024 * 1024;
export const CAPTURED: Record<string, number> = {
  'appinfo/info.xml': SMALL_FILE_CAP,
  'version.php': SMALL_FILE_CAP,
  ...Object.fromEntries(SIGNATURE_PATHS.map((path) => [path, MAX_SIGNATURE_BYTES])),
};

const NOT_UTF8 = 'the file name is not valid UTF-8; upstream cannot sign or check it';
const CONFLICT =
  'appears more than once in the archive with different contents or kinds; tools that extract it disagree on which copy wins, so neither is trusted';

const utf8 = new TextDecoder('utf-8', { fatal: true });

interface DecodedName {
  /** The raw name, decoded leniently (for messages). */
  text: string;
  segments: string[];
  /** Per component: not valid UTF-8. */
  bad: boolean[];
}

function decodeName(bytes: Buffer): DecodedName {
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
function normalize(name: DecodedName): { segments: string[]; badAt: number; unsafe?: string } {
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

function sameRecord(a: EntryRecord, b: EntryRecord): boolean {
  if (a.kind === 'dir' && b.kind === 'dir') return true;
  if (a.kind === 'file' && b.kind === 'file') return a.hash === b.hash;
  if (a.kind === 'symlink' && b.kind === 'symlink') return a.target === b.target;
  if (a.kind === 'special' && b.kind === 'special') return a.what === b.what;
  return false;
}

async function drain(content: AsyncIterable<Buffer> | undefined): Promise<void> {
  if (!content) return;
  for await (const _ of content) {
    // read and drop: the entry is not hashed
  }
}

export class Collector {
  /**
   * Every entry below the first top folder, by its normalized path relative to it. Entries
   * below another top folder are not kept: such an archive is refused (see topFolder).
   */
  readonly records = new Map<string, EntryRecord>();
  readonly unsafe: UnsafeEntry[] = [];
  /** Top-level names and whether each appeared as something other than a folder. */
  readonly tops = new Map<string, { nonDir: boolean }>();
  duplicates = 0;
  private firstTop: string | null = null;
  private readonly captured: Record<string, number>;
  private readonly signatures: Set<string>;

  constructor(
    private readonly budget: Budget,
    /** Count entry bytes against the budget (zip); tar counts its whole stream instead. */
    private readonly countBytes: boolean,
    extraCaptured: string[] = [],
  ) {
    this.captured = { ...CAPTURED };
    for (const p of extraCaptured) this.captured[p] = MAX_SIGNATURE_BYTES;
    this.signatures = new Set([...SIGNATURE_PATHS, ...extraCaptured]);
  }

  /** Take one entry; `content` is its data stream (files, and zip symbolic links). */
  async add(entry: RawEntry, content?: AsyncIterable<Buffer>): Promise<void> {
    this.budget.addEntry();
    const name = decodeName(entry.name);
    const { segments, badAt, unsafe } = normalize(name);
    if (unsafe) {
      this.unsafe.push({ name: name.text.replace(/^(\.\/)+/, ''), problem: unsafe });
      return drain(content);
    }
    if (segments.length === 0) return drain(content); // "./" itself
    const top = segments[0] as string;
    const seen = this.tops.get(top) ?? { nonDir: false };
    this.tops.set(top, seen);
    this.firstTop ??= top;
    if (segments.length === 1) {
      if (entry.type !== 'directory') seen.nonDir = true;
      return drain(content);
    }
    if (top !== this.firstTop) return drain(content);
    if (badAt > 0) {
      // Reported once, at the first component that is not UTF-8, like the walk (which does not descend it).
      const key = segments.slice(1, badAt + 1).join('/');
      this.set(key, { kind: 'problem', problem: NOT_UTF8 });
      return drain(content);
    }
    const key = segments.slice(1).join('/');
    switch (entry.type) {
      case 'directory':
        this.set(key, { kind: 'dir' });
        return drain(content);
      case 'file':
        this.set(key, await this.hashFile(top, segments, content));
        return;
      case 'symlink': {
        const target = entry.link ?? (content ? await this.readLink(content) : Buffer.alloc(0));
        this.set(key, { kind: 'symlink', target: target.toString('utf8') });
        if (entry.link) await drain(content);
        return;
      }
      case 'hardlink':
        this.set(key, this.hardLink(entry.link ?? Buffer.alloc(0)));
        return drain(content);
      case 'special':
        this.set(key, { kind: 'special', what: entry.what ?? 'special file' });
        return drain(content);
      case 'unsupported':
        this.set(key, { kind: 'problem', problem: entry.what ?? 'an entry of a kind this tool cannot read' });
        return drain(content);
    }
  }

  private set(key: string, record: EntryRecord): void {
    const existing = this.records.get(key);
    if (existing === undefined) {
      this.records.set(key, record);
      return;
    }
    if (sameRecord(existing, record)) {
      if (record.kind !== 'dir') this.duplicates += 1;
      return;
    }
    if (existing.kind === 'problem' && existing.problem === CONFLICT) return;
    this.records.set(key, {
      kind: 'problem',
      problem: existing.kind === 'problem' && record.kind === 'problem' ? record.problem : CONFLICT,
    });
  }

  private async hashFile(top: string, segments: string[], content: AsyncIterable<Buffer> | undefined): Promise<EntryRecord> {
    const rel = segments.slice(1).join('/');
    const hash = createHash('sha512');
    const marker = segments.length === 2 && segments[1] === '.htaccess' ? new MarkerHasher() : null;
    const cap = this.captured[rel];
    const kept: Buffer[] | null = cap === undefined ? null : [];
    let size = 0;
    if (content) {
      for await (const chunk of content) {
        if (this.countBytes) this.budget.addBytes(chunk.length);
        hash.update(chunk);
        marker?.update(chunk);
        size += chunk.length;
        if (kept && cap !== undefined && size <= cap) kept.push(chunk);
      }
    }
    const record: EntryRecord = { kind: 'file', hash: hash.digest('hex'), size };
    if (marker) record.marker = marker.digest();
    if (kept && cap !== undefined) {
      // A server's signature file is tens of MB at the largest: decoded now, it is held only
      // as its compact table; other small files are kept as the chunks read.
      if (size > cap) record.tooLarge = size;
      else if (this.signatures.has(rel)) record.signature = await decodeSignature(kept);
      else record.content = kept;
    }
    return record;
  }

  /** A zip symbolic link's target is its content; refuse anything longer than a path can be. */
  private async readLink(content: AsyncIterable<Buffer>): Promise<Buffer> {
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of content) {
      if (this.countBytes) this.budget.addBytes(chunk.length);
      size += chunk.length;
      if (size <= 4096) parts.push(chunk);
    }
    if (size > 4096)
      throw new ArchiveError(`a symbolic link in the archive has a ${size}-byte target, longer than any path; the archive is corrupt`);
    return Buffer.concat(parts);
  }

  /** A tar hard link: the entry it names, as extracted so far. */
  private hardLink(link: Buffer): EntryRecord {
    const name = decodeName(link);
    const { segments, badAt, unsafe } = normalize(name);
    if (unsafe || badAt > 0 || segments.length < 2 || segments[0] !== this.firstTop) {
      return { kind: 'problem', problem: `hard link to "${name.text}", outside the archive's folder; it is not read` };
    }
    const target = this.records.get(segments.slice(1).join('/'));
    if (target === undefined) {
      return { kind: 'problem', problem: `hard link to "${name.text}", which is not in the archive before it; it is not read` };
    }
    if (target.kind === 'dir') return { kind: 'problem', problem: `hard link to the folder "${name.text}"; it is not read` };
    return { ...target }; // same content (and kept bytes, and .htaccess marker hash) as the entry it names
  }

  /** The single top folder, or an ArchiveError saying why the archive is not shaped like a release. */
  topFolder(path: string): string {
    const hint = 'A release archive holds one folder: the app id for an app (as the App Store requires), nextcloud/ for a server.';
    if (this.tops.size === 0) {
      const unsafe =
        this.unsafe.length > 0 ? ` (it has ${this.unsafe.length} entries with unsafe paths, such as "${this.unsafe[0]?.name}")` : '';
      throw new ArchiveError(`${path} holds no folder${unsafe}`, hint);
    }
    if (this.tops.size > 1) {
      const names = [...this.tops.keys()];
      const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
      throw new ArchiveError(`${path} has ${names.length} entries at its top level (${shown}), not one folder`, hint);
    }
    const [top, info] = [...this.tops][0] as [string, { nonDir: boolean }];
    if (info.nonDir) throw new ArchiveError(`${path}: its top-level entry "${top}" is not a folder`, hint);
    return top;
  }
}
