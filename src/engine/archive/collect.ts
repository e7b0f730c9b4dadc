/**
 * What an archive holds, collected in one pass: each entry's SHA-512 as its bytes stream by
 * (nothing is written to disk), its kind, link targets, the few small files the profile
 * detection and the signature checks need (kept in memory, capped), and every place where
 * the extractors the verdict speaks for would write something else (see extractors.ts).
 *
 * The readers call begin(entry), data(chunk)…, end() for each entry, synchronously; nothing
 * here waits on a stream, so a reader's loop over its input is the only loop.
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
 *   rules, like the walk), and their data is never interpreted;
 * - an entry that some extractor writes under another name, or not at all, is a finding
 *   under every name involved, whatever the profile excludes; one that an extractor writes
 *   with other content keeps that extractor's hash beside the canonical one, so it fails
 *   wherever the two differ from what was signed.
 */
import { createHash, type Hash } from 'node:crypto';
import { decodeSignature, MAX_SIGNATURE_BYTES } from '../signature.ts';
import { ArchiveError, ArchiveLimitError } from './errors.ts';
import {
  decodeName,
  hardLinkRecord,
  normalize,
  sameRecord,
  type DecodedName,
  type EntryRecord,
  type OtherView,
  type RawEntry,
  type UnsafeEntry,
} from './entries.ts';
import { ARCHIVE_TAR, describeDissent, type Dissent } from './extractors.ts';
import type { Budget } from './limits.ts';
import { MarkerHasher } from '../rules/htaccess.ts';
import { UNHASHED } from '../rules/unhashed.ts';

export type { EntryRecord, OtherView, RawEntry, UnsafeEntry } from './entries.ts';

/** SHA-512 of no bytes: what an extractor that writes an empty file gives. */
export const EMPTY_SHA512 = createHash('sha512').digest('hex');

/** Signature files, decoded as soon as they have been read (see end()). */
const SIGNATURE_PATHS = ['appinfo/signature.json', 'core/signature.json'];
/** Files buffered while streaming, by path relative to the top folder (or to an app folder: see capturedRel), with their caps. */
const SMALL_FILE_CAP = 1024 * 1024;
export const CAPTURED: Record<string, number> = {
  'appinfo/info.xml': SMALL_FILE_CAP,
  'version.php': SMALL_FILE_CAP,
  'core/shipped.json': SMALL_FILE_CAP,
  ...Object.fromEntries(SIGNATURE_PATHS.map((path) => [path, MAX_SIGNATURE_BYTES])),
};
/** A link target longer than this is no path at all. */
const MAX_LINK_BYTES = 4096;
/** Small files kept over the whole archive (signatures, info.xml; a real server keeps tens of MB). */
const MAX_KEPT_BYTES = 512 * 1024 * 1024;

const CONFLICT =
  'appears more than once in the archive with different contents or kinds; tools that extract it disagree on which copy wins, so neither is trusted';

/** An extractor's view that differs from the canonical one in content only. */
type ContentDissent = Dissent & { content: 'empty' | 'data' | 'other' };

/** Where the bytes of the entry being read go. */
type Sink =
  | { kind: 'drop' }
  | {
      kind: 'file';
      key: string;
      rel: string;
      hash: Hash | null;
      marker: MarkerHasher | null;
      kept: Buffer[] | null;
      cap: number;
      size: number;
      others: ContentDissent[];
      /** The digest, when it was computed elsewhere (hashed()) instead of from data(). */
      digest?: string;
    }
  | {
      kind: 'link';
      key: string;
      parts: Buffer[];
      size: number;
      hash: Hash;
      others: ContentDissent[];
    };

export interface CollectorOptions {
  /** Count entry bytes against the budget (zip); tar counts its whole stream instead. */
  countBytes: boolean;
  /** Signature files besides the standard ones to keep (generic profile). */
  extraCaptured?: string[];
  /** Hash every file (default); false keeps only the captured files (inspect). */
  hash?: boolean;
}

export class Collector {
  /**
   * Every entry below the first top folder, by its normalized path relative to it. Entries
   * below another top folder are not kept: such an archive is refused (see topFolder).
   */
  readonly records = new Map<string, EntryRecord>();
  readonly unsafe: UnsafeEntry[] = [];
  /** Entries extractors write under different names, or not at all: findings whatever the profile excludes. */
  readonly disputed: UnsafeEntry[] = [];
  /** Top-level names and whether each appeared as something other than a folder. */
  readonly tops = new Map<string, { nonDir: boolean }>();
  duplicates = 0;
  private firstTop: string | null = null;
  private readonly extraCaptured: Set<string>;
  private readonly hashing: boolean;
  private sink: Sink = { kind: 'drop' };
  private readonly decoding: Promise<void>[] = [];
  private keptBytes = 0;

  constructor(
    private readonly budget: Budget,
    private readonly options: CollectorOptions,
  ) {
    this.extraCaptured = new Set(options.extraCaptured ?? []);
    this.hashing = options.hash !== false;
  }

  /** Start an entry; its bytes follow through data(), then end(). */
  begin(entry: RawEntry): void {
    this.budget.addEntry();
    this.sink = { kind: 'drop' };
    const name = decodeName(entry.name);
    const { segments, badAt, unsafe } = normalize(name);
    const renamed = entry.dissent?.filter((d) => d.name !== undefined) ?? [];
    const content = (entry.dissent?.filter((d) => d.name === undefined && d.content !== undefined) ?? []) as ContentDissent[];
    if (unsafe) {
      this.unsafe.push({ name: name.text.replace(/^(\.\/)+/, ''), problem: unsafe });
      return;
    }
    if (segments.length === 0) return; // "./" itself
    const top = segments[0] as string;
    const seen = this.tops.get(top) ?? { nonDir: false };
    this.tops.set(top, seen);
    this.firstTop ??= top;
    if (renamed.some((d) => d.name)) {
      this.dispute(name, segments, renamed);
      return;
    }
    // An extractor that refuses the entry (and stops): reported whatever the profile excludes,
    // with the canonical view's own finding when it has one (see archiveFiles).
    if (renamed.length > 0)
      this.disputed.push({ name: segments.join('/'), problem: `extractors disagree on this entry: ${describeDissent(renamed)}` });
    if (segments.length === 1) {
      if (entry.type !== 'directory') seen.nonDir = true;
      return;
    }
    if (top !== this.firstTop) return;
    if (badAt > 0) {
      // Reported once, at the first component that is not UTF-8, like the walk (which does not descend it).
      const key = segments.slice(1, badAt + 1).join('/');
      this.set(key, { kind: 'problem', problem: UNHASHED.notUtf8 });
      return;
    }
    this.place(entry, segments.slice(1).join('/'), segments, content);
  }

  /** Records (or starts reading) an entry of the first top folder under `key`, by its kind. */
  private place(entry: RawEntry, key: string, segments: string[], content: ContentDissent[]): void {
    switch (entry.type) {
      case 'directory':
        this.set(key, { kind: 'dir' });
        return;
      case 'file':
        this.sink = this.fileSink(key, segments, content);
        return;
      case 'symlink':
        if (entry.link !== undefined)
          this.set(key, { kind: 'symlink', target: entry.link.toString('utf8'), ...this.othersOf(content, null) });
        else this.sink = { kind: 'link', key, parts: [], size: 0, hash: createHash('sha512'), others: content };
        return;
      case 'hardlink': {
        const record = hardLinkRecord(this.records, this.firstTop, entry.link ?? Buffer.alloc(0));
        if (record.kind === 'file') {
          // PHP's Archive_Tar writes an empty file for a hard link (tests/archive: differential).
          const others = [
            ...(record.others ?? []),
            { who: ARCHIVE_TAR, what: 'writes an empty file instead of the hard link', hash: EMPTY_SHA512 },
          ];
          this.set(key, { ...record, others });
        } else this.set(key, record);
        return;
      }
      case 'special':
        this.set(key, { kind: 'special', what: entry.what ?? 'special file' });
        return;
      case 'unsupported':
        this.set(key, { kind: 'problem', problem: entry.what ?? 'an entry of a kind this tool cannot read' });
        return;
    }
  }

  /**
   * Whether `entry`'s bytes must come through data(): a link's target, a file kept or read
   * by a rule (signatures, info.xml, the root .htaccess), anything when files are not hashed.
   * Any other file may be hashed elsewhere and handed over with hashed().
   */
  needsBytes(entry: RawEntry): boolean {
    if (entry.type !== 'file' || !this.hashing) return true;
    const { segments } = normalize(decodeName(entry.name));
    if (segments.length < 2) return true;
    const rel = segments.slice(1).join('/');
    return rel === '.htaccess' || this.extraCaptured.has(rel) || CAPTURED[capturedRel(rel)] !== undefined;
  }

  /** The current entry's SHA-512 (hex) and size, computed elsewhere, in place of its data() (see needsBytes). */
  hashed(digest: string, size: number): void {
    const sink = this.sink;
    if (sink.kind === 'drop') return;
    if (sink.kind !== 'file' || sink.kept !== null || sink.marker !== null) throw new Error('hashed() for an entry whose bytes are needed');
    if (this.options.countBytes) this.budget.addBytes(size);
    sink.size = size;
    sink.digest = digest;
  }

  /** Bytes of the current entry. */
  data(chunk: Buffer): void {
    const sink = this.sink;
    if (sink.kind === 'drop') return;
    if (this.options.countBytes) this.budget.addBytes(chunk.length);
    sink.size += chunk.length;
    if (sink.kind === 'link') {
      if (sink.size > MAX_LINK_BYTES) {
        throw new ArchiveError(
          `a symbolic link in the archive has a target of more than ${MAX_LINK_BYTES} bytes, longer than any path; the archive is corrupt`,
        );
      }
      sink.parts.push(Buffer.from(chunk));
      sink.hash.update(chunk);
      return;
    }
    sink.hash?.update(chunk);
    sink.marker?.update(chunk);
    if (sink.kept && sink.size <= sink.cap) {
      this.keptBytes += chunk.length;
      if (this.keptBytes > MAX_KEPT_BYTES) {
        throw new ArchiveLimitError(
          `the archive holds more than ${MAX_KEPT_BYTES / 1024 / 1024} MiB of signature and info files, far more than any release; reading stopped`,
        );
      }
      sink.kept.push(Buffer.from(chunk));
    }
  }

  /** The current entry is complete. */
  end(): void {
    const sink = this.sink;
    this.sink = { kind: 'drop' };
    if (sink.kind === 'drop') return;
    if (sink.kind === 'link') {
      const target = Buffer.concat(sink.parts);
      this.set(sink.key, { kind: 'symlink', target: target.toString('utf8'), ...this.othersOf(sink.others, sink.hash.digest('hex')) });
      return;
    }
    const hash = sink.digest ?? (sink.hash ? sink.hash.digest('hex') : '');
    const record: Extract<EntryRecord, { kind: 'file' }> = { kind: 'file', hash, size: sink.size, ...this.othersOf(sink.others, hash) };
    if (sink.marker) record.marker = sink.marker.digest();
    if (sink.kept) {
      if (sink.size > sink.cap) record.tooLarge = sink.size;
      else if (this.isSignature(sink.rel)) {
        // A server's signature file is tens of MB at the largest: decoded now, it is held only
        // as its compact table; other small files are kept as the chunks read.
        const kept = sink.kept;
        this.decoding.push(
          decodeSignature(kept).then((read) => {
            record.signature = read;
          }),
        );
      } else record.content = sink.kept;
    }
    this.set(sink.key, record);
  }

  /** Wait for the signature files read so far to be decoded. */
  async settle(): Promise<void> {
    const pending = this.decoding.splice(0);
    if (pending.length > 0) await Promise.all(pending);
  }

  private isSignature(rel: string): boolean {
    return this.extraCaptured.has(rel) || SIGNATURE_PATHS.includes(capturedRel(rel));
  }

  private othersOf(dissent: ContentDissent[], dataHash: string | null): { others?: OtherView[] } {
    if (dissent.length === 0) return {};
    return {
      others: dissent.map((d) => ({
        who: d.who,
        what: d.what,
        hash: d.content === 'empty' ? EMPTY_SHA512 : d.content === 'data' ? dataHash : null,
      })),
    };
  }

  private fileSink(key: string, segments: string[], others: ContentDissent[]): Sink {
    const rel = segments.slice(1).join('/');
    const cap = this.extraCaptured.has(rel) ? MAX_SIGNATURE_BYTES : CAPTURED[capturedRel(rel)];
    return {
      kind: 'file',
      key,
      rel,
      hash: this.hashing || others.some((o) => o.content === 'data') ? createHash('sha512') : null,
      marker: segments.length === 2 && segments[1] === '.htaccess' ? new MarkerHasher() : null,
      kept: cap === undefined ? null : [],
      cap: cap ?? 0,
      size: 0,
      others,
    };
  }

  /** An entry some extractor writes under another name, or not at all: a finding under each name. */
  private dispute(name: DecodedName, segments: string[], renamed: Dissent[]): void {
    const here = `extractors disagree on this entry's name: ${describeDissent(renamed)}`;
    this.flag(name, segments, here);
    for (const d of renamed) {
      if (!d.name) continue;
      const other = decodeName(d.name);
      const normalized = normalize(other);
      if (normalized.unsafe) {
        this.unsafe.push({ name: other.text.replace(/^(\.\/)+/, ''), problem: normalized.unsafe });
        continue;
      }
      this.flag(other, normalized.segments, `${d.who} writes an entry here that other extractors write under another name`);
    }
  }

  private flag(name: DecodedName, segments: string[], problem: string): void {
    this.disputed.push({ name: segments.join('/') || name.text, problem });
    if (segments.length >= 2 && segments[0] === this.firstTop) this.set(segments.slice(1).join('/'), { kind: 'problem', problem });
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
      problem: existing.kind === 'problem' ? existing.problem : record.kind === 'problem' ? record.problem : CONFLICT,
    });
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

/**
 * The path a captured file is known by: its path in the top folder, or, for a file of an
 * app inside a server release (`apps/<id>/appinfo/…`), its path in the app folder.
 */
export function capturedRel(rel: string): string {
  const m = /^[^/]+\/[^/]+\/(appinfo\/(?:signature\.json|info\.xml))$/.exec(rel);
  return m && CAPTURED[rel] === undefined ? (m[1] as string) : rel;
}
