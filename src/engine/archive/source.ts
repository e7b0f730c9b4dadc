/**
 * An archive as a TreeSource for verifyTarget: the signature file's bytes kept while
 * streaming, and the files the profile covers — chosen with the same rules as the folder
 * walk (select.ts) and returned in the walk's order — so the signature, chain, scope and
 * comparison steps run unchanged.
 *
 * Links are resolved inside the archive only: a link to a file gets that file's hash (as
 * the walk hashes through a link), a link to a folder is skipped, and a link that leaves the
 * top folder, dangles or loops is a finding and is never followed.
 *
 * Where another extractor writes an entry differently (collect.ts), the entry passes only if
 * what every extractor writes is what was signed: a signed entry whose canonical hash
 * matches becomes a finding naming the extractor that writes something else.
 */
import type { FileOutcome, HashedFile } from '../hashing/pool.ts';
import { HashTable } from '../hashing/hash-table.ts';
import { chooseProfileName, detectProfileOf, getProfile, type TreeProbe } from '../profiles/index.ts';
import { appIdFromInfoXml } from '../rules/app-id.ts';
import { resolveScope, type Target, type TargetOptions } from '../target.ts';
import { binaryCompare } from '../php/ksort.ts';
import { createSelector, type EntrySelector } from '../rules/selection.ts';
import { MAX_SIGNATURE_BYTES, type SignatureRead } from '../signature.ts';
import type { TreeSource } from '../tree-source.ts';
import type { EntryRecord, OtherView, UnsafeEntry } from './collect.ts';
import type { ArchiveFormat } from './readers.ts';
import { describeDissent } from './extractors.ts';
import { UNHASHED } from '../rules/unhashed.ts';

/** What one pass over an archive found. */
export interface ArchiveScan {
  /** The archive file (absolute). */
  path: string;
  format: ArchiveFormat;
  /** The single top-level folder: the app id, or nextcloud/ (owncloud/) for a server. */
  top: string;
  /** Every entry below the top folder, by path relative to it. */
  records: Map<string, EntryRecord>;
  /** Folders, explicit or implied by the entries below them (relative to the top folder). */
  folders: Set<string>;
  /** Entries with absolute or `..` names. */
  unsafe: UnsafeEntry[];
  /** Entries extractors write under different names, or not at all (reported whatever the profile excludes). */
  disputed: UnsafeEntry[];
  entries: number;
  /** Uncompressed bytes read. */
  bytes: number;
  /** Size of the archive file. */
  fileBytes: number;
  /** Wall time of the whole read, decompression included (ms). */
  ms: number;
  /** Identical duplicate entries that were collapsed. */
  duplicates: number;
  /** Pairs of paths that differ only in case or Unicode normalization (a sample). */
  collisions: Array<[string, string]>;
  collisionCount: number;
}

const MAX_LINK_HOPS = 40; // Linux's limit before ELOOP

type Resolved =
  | { kind: 'file'; hash: string; size: number }
  | { kind: 'dir' }
  | { kind: 'special' }
  | { kind: 'problem' }
  | { kind: 'outside' }
  | { kind: 'dangling'; code: 'ENOENT' | 'ENOTDIR' | 'ELOOP' };

function isFolder(scan: ArchiveScan, rel: string): boolean {
  return rel === '' || scan.records.get(rel)?.kind === 'dir' || (!scan.records.has(rel) && scan.folders.has(rel));
}

/** Resolve the link at `rel` inside the archive, the way the kernel would after extraction. */
function resolveLink(scan: ArchiveScan, rel: string, target: string): Resolved {
  if (target.startsWith('/')) return { kind: 'outside' };
  const stack = rel.split('/').slice(0, -1);
  const queue = target.split('/');
  let hops = 0;
  while (queue.length > 0) {
    const part = queue.shift() as string;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (stack.length === 0) return { kind: 'outside' };
      stack.pop();
      continue;
    }
    const parent = stack.join('/');
    if (!isFolder(scan, parent)) return { kind: 'dangling', code: scan.records.has(parent) ? 'ENOTDIR' : 'ENOENT' };
    stack.push(part);
    const record = scan.records.get(stack.join('/'));
    if (record?.kind === 'symlink') {
      if (++hops > MAX_LINK_HOPS) return { kind: 'dangling', code: 'ELOOP' };
      stack.pop();
      if (record.target.startsWith('/')) return { kind: 'outside' };
      queue.unshift(...record.target.split('/'));
    }
  }
  const path = stack.join('/');
  if (isFolder(scan, path)) return { kind: 'dir' };
  const record = scan.records.get(path);
  if (record === undefined) return { kind: 'dangling', code: 'ENOENT' };
  if (record.kind === 'file') return { kind: 'file', hash: record.hash, size: record.size };
  if (record.kind === 'special') return { kind: 'special' };
  return { kind: 'problem' };
}

/** The nearest folder above `rel` that the archive holds as something else (a link or a file). */
function nonFolderAncestor(scan: ArchiveScan, rel: string): { path: string; record: EntryRecord } | null {
  for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
    const path = rel.slice(0, i);
    const record = scan.records.get(path);
    if (record !== undefined && record.kind !== 'dir') return { path, record };
  }
  return null;
}

function problem(rel: string, text: string): HashedFile {
  return { rel, hash: null, problem: text, bytes: 0 };
}

/** The SHA-512 the signature in the archive lists for `rel` (only to word a finding; the signature is checked elsewhere). */
function listedHash(scan: ArchiveScan, target: Target, rel: string): string | undefined {
  const record = scan.records.get(target.profile.signaturePath);
  if (record?.kind !== 'file' || record.signature?.kind !== 'ok') return undefined;
  const hashes = record.signature.content.hashes;
  if (!(hashes instanceof HashTable)) return undefined;
  const i = hashes.indexOf(rel);
  if (i < 0) return undefined;
  const value = hashes.valueAt(i);
  return typeof value === 'string' ? value : undefined;
}

/**
 * One path as every extractor sees it. `hash` is the canonical view (null: a folder link,
 * which upstream skips). The path passes only where every view gives what was signed.
 */
function withOthers(
  scan: ArchiveScan,
  target: Target,
  rel: string,
  hash: string | null,
  bytes: number,
  others: OtherView[],
  out: HashedFile[],
): void {
  const differing = others.filter((o) => o.hash === null || o.hash !== hash);
  if (differing.length === 0) {
    if (hash !== null) out.push({ rel, hash, bytes });
    return;
  }
  const listed = listedHash(scan, target, rel);
  if (hash !== null && listed !== hash) {
    out.push({ rel, hash, bytes }); // already a finding (changed or extra) in the canonical view
    return;
  }
  out.push(problem(rel, `extractors write this entry differently: ${describeDissent(differing)}`));
}

/** Why a path below a link or a file is not read. */
function belowNonFolder(rel: string, above: { path: string; record: EntryRecord }): HashedFile {
  return problem(
    rel,
    above.record.kind === 'symlink'
      ? `lies below the symbolic link "${above.path}" in the archive: extracting it would write through the link; it is not read`
      : `lies below "${above.path}", which the archive holds as a file, not a folder; it is not read`,
  );
}

/** A regular file as hashed (the root .htaccess by its marker rule), with the other extractors' views. */
function addFile(
  scan: ArchiveScan,
  target: Target,
  select: EntrySelector,
  rel: string,
  record: Extract<EntryRecord, { kind: 'file' }>,
  out: HashedFile[],
): void {
  let hash = record.hash;
  if (select.htaccess(rel)) {
    if (record.marker === undefined) {
      out.push(problem(rel, 'the root .htaccess is a hard link in the archive, so its marker rule cannot be applied; it is not read'));
      return;
    }
    hash = record.marker ?? record.hash;
  }
  if (record.others) withOthers(scan, target, rel, hash, record.size, record.others, out);
  else out.push({ rel, hash, bytes: record.size });
}

/** A symbolic link as upstream's walk reads it: the file it leads to, nothing for a folder, else a finding. */
function addLink(
  scan: ArchiveScan,
  target: Target,
  rel: string,
  record: Extract<EntryRecord, { kind: 'symlink' }>,
  out: HashedFile[],
  onLinkedFolder?: (rel: string) => void,
): void {
  const to = resolveLink(scan, rel, record.target);
  if (to.kind === 'dir' || to.kind === 'file') {
    const hash = to.kind === 'file' ? to.hash : null;
    const bytes = to.kind === 'file' ? to.size : 0;
    if (record.others) withOthers(scan, target, rel, hash, bytes, record.others, out);
    else if (hash !== null) out.push({ rel, hash, bytes });
    if (to.kind === 'dir') onLinkedFolder?.(rel); // upstream neither hashes nor descends a linked folder
  } else if (to.kind === 'outside') out.push(problem(rel, UNHASHED.linkOutside));
  else if (to.kind === 'dangling') out.push(problem(rel, UNHASHED.danglingLink(to.code)));
  else if (to.kind === 'special') out.push(problem(rel, UNHASHED.linkToNonFile));
  else out.push(problem(rel, 'symbolic link to an archive entry that is not trusted; it is not read'));
}

/**
 * Unsafe and disputed entries, reported whatever the profile excludes: no name rule may hide
 * what an extractor writes. A path already reported as a problem keeps its own reason.
 */
function addExtractorFindings(scan: ArchiveScan, out: HashedFile[]): void {
  const at = new Map(out.map((f, i) => [f.rel, i]));
  for (const u of [...scan.unsafe, ...scan.disputed]) {
    const i = at.get(u.name);
    if (i === undefined) {
      at.set(u.name, out.length);
      out.push(problem(u.name, u.problem));
    } else if ((out[i] as HashedFile).hash !== null) out[i] = problem(u.name, u.problem);
  }
}

/** The files `target.profile` covers, hashed, in walk order. */
export function archiveFiles(
  scan: ArchiveScan,
  target: Target,
  extraExcluded: string[] = [],
  onLinkedFolder?: (rel: string) => void,
): HashedFile[] {
  const select = createSelector(target.profile, extraExcluded);
  const out: HashedFile[] = [];
  for (const [rel, record] of scan.records) {
    if (record.kind === 'dir' || select.pruned(rel) || select.fileExcluded(rel)) continue;
    const above = nonFolderAncestor(scan, rel);
    if (above) out.push(belowNonFolder(rel, above));
    else if (record.kind === 'file') addFile(scan, target, select, rel, record, out);
    else if (record.kind === 'symlink') addLink(scan, target, rel, record, out, onLinkedFolder);
    else if (record.kind === 'special') out.push(problem(rel, UNHASHED.notRegular(record.what)));
    else out.push(problem(rel, record.problem));
  }
  addExtractorFindings(scan, out);
  // The walk's order: byte order of the paths (see walkTree).
  return out.sort((a, b) => binaryCompare(a.rel, b.rel));
}

/** signature.json from the bytes kept while streaming, with readSignatureFile's reasons. */
export async function archiveSignature(scan: ArchiveScan, signaturePath: string): Promise<SignatureRead> {
  const record = scan.records.get(signaturePath);
  if (record === undefined) return { kind: 'missing', reason: 'there is no signature file' };
  if (nonFolderAncestor(scan, signaturePath)) {
    return { kind: 'missing', reason: 'the signature file lies below a link in the archive; it was not read' };
  }
  if (record.kind === 'symlink')
    return { kind: 'missing', reason: 'the signature file is a symbolic link inside the archive; it was not followed' };
  if (record.kind === 'problem') return { kind: 'missing', reason: `the signature file cannot be used: ${record.problem}` };
  if (record.kind !== 'file') return { kind: 'missing', reason: 'the signature file is not a regular file' };
  if (record.others && record.others.length > 0) {
    return { kind: 'missing', reason: `extractors do not all write the signature file as it is: ${describeDissent(record.others)}` };
  }
  if (record.tooLarge !== undefined || record.size > MAX_SIGNATURE_BYTES) {
    return { kind: 'missing', reason: `the signature file is ${record.size} bytes, over the ${MAX_SIGNATURE_BYTES}-byte limit` };
  }
  if (record.signature === undefined) return { kind: 'missing', reason: 'the signature file was not kept while reading the archive' };
  return record.signature;
}

/** The archive as a TreeSource. */
export function archiveSource(scan: ArchiveScan): TreeSource {
  return {
    hashedAlready: true,
    readSignature: (target) => archiveSignature(scan, target.profile.signaturePath),
    hashFiles: async (target, options) => {
      // Hashed while the archive was streamed; only handed over here, in walk order.
      const files = archiveFiles(scan, target, options.extraExcluded, options.onLinkedFolder);
      const outcome: FileOutcome = { seq: 0, digest: Buffer.alloc(64), offset: 0, problem: undefined, bytes: 0, mtimeMs: 0 };
      let bytes = 0;
      files.forEach((f, seq) => {
        options.walked(seq, f.rel);
        outcome.seq = seq;
        outcome.problem = f.hash === null ? (f.problem ?? 'cannot be read') : undefined;
        outcome.digest = f.hash === null ? Buffer.alloc(64) : Buffer.from(f.hash, 'hex');
        outcome.bytes = f.bytes;
        bytes += f.bytes;
        options.sink(outcome);
      });
      options.hash?.onProgress?.({ files: files.length, bytes });
    },
  };
}

/** A small file kept while streaming, as text (null when not kept). */
export function smallText(scan: ArchiveScan, rel: string): string | null {
  const record = scan.records.get(rel);
  return record?.kind === 'file' && record.content !== undefined ? Buffer.concat(record.content).toString('utf8') : null;
}

/** The archive's tree as profile detection sees it. */
function archiveProbe(scan: ArchiveScan): TreeProbe {
  return { exists: (rel) => scan.records.has(rel), isFolder: (rel) => isFolder(scan, rel), text: (rel) => smallText(scan, rel) };
}

/** What to check in the archive: profile, scope and signature location (like resolveTarget for a folder). */
export function archiveTarget(scan: ArchiveScan, options: TargetOptions = {}): Target {
  const name = chooseProfileName(
    options.profile ?? 'auto',
    options.signaturePath,
    () => detectProfileOf(archiveProbe(scan)),
    `cannot tell what ${scan.path} holds: its folder ${scan.top}/ has no appinfo/ (an app) and no core/ with version.php (a server)`,
  );
  const profile = getProfile(name, options.signaturePath);
  const scope = resolveScope(
    profile,
    options.appId,
    () => {
      const infoXml = smallText(scan, 'appinfo/info.xml');
      return infoXml === null ? null : appIdFromInfoXml(infoXml);
    },
    scan.top,
  );
  return { root: `${scan.path}/${scan.top}`, profile, ...scope };
}

/** The first two components of `rel` (`apps/files` of `apps/files/lib/x.php`), or null. */
function folderOf(rel: string): string | null {
  const first = rel.indexOf('/');
  const second = first < 0 ? -1 : rel.indexOf('/', first + 1);
  return second < 0 ? null : rel.slice(0, second);
}

/**
 * The parts of a scan below each of `prefixes` (app folders `apps/<id>` of a server release,
 * two components each), as scans of their own, in one pass over the scan: the app folders
 * of a release are checked like app archives.
 */
export function splitScan(scan: ArchiveScan, prefixes: string[]): Map<string, ArchiveScan> {
  const parts = new Map<string, ArchiveScan>();
  for (const prefix of prefixes) {
    parts.set(prefix, { ...scan, top: `${scan.top}/${prefix}`, records: new Map(), folders: new Set(), unsafe: [], disputed: [] });
  }
  const partOf = (rel: string): { part: ArchiveScan; sub: string } | null => {
    const folder = folderOf(rel);
    const part = folder === null ? undefined : parts.get(folder);
    return part && folder ? { part, sub: rel.slice(folder.length + 1) } : null;
  };
  for (const [rel, record] of scan.records) {
    const at = partOf(rel);
    if (at) at.part.records.set(at.sub, record);
  }
  for (const f of scan.folders) {
    const at = partOf(f);
    if (at) at.part.folders.add(at.sub);
  }
  for (const u of scan.unsafe) {
    const at = partOf(u.name);
    if (at) at.part.unsafe.push({ ...u, name: at.sub });
  }
  for (const u of scan.disputed) {
    const at = partOf(u.name);
    if (at) at.part.disputed.push({ ...u, name: at.sub });
  }
  return parts;
}

/** The scan without the always-reported entries below `prefixes` (they belong to the scopes of splitScan). */
export function withoutParts(scan: ArchiveScan, prefixes: string[]): ArchiveScan {
  const taken = new Set(prefixes);
  const outside = (list: UnsafeEntry[]): UnsafeEntry[] =>
    list.filter((u) => {
      const folder = folderOf(u.name);
      return folder === null || !taken.has(folder);
    });
  return { ...scan, unsafe: outside(scan.unsafe), disputed: outside(scan.disputed) };
}

/** Whether `rel` is a folder of the scan (explicit, or implied by entries below it). */
export function isScanFolder(scan: ArchiveScan, rel: string): boolean {
  return isFolder(scan, rel);
}

/** Whether the symbolic link at `rel` leads to a folder inside the archive (upstream skips such links). */
export function linkLeadsToFolder(scan: ArchiveScan, rel: string, target: string): boolean {
  return resolveLink(scan, rel, target).kind === 'dir';
}
