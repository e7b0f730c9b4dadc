/**
 * A reference release as explain and repair read it: one verified scope (core, or an app) of
 * a release folder or archive. What it offers is small on purpose: the signed hash of every
 * file, a file's size and mode, and the bytes of the files asked for, read in one pass (an
 * archive is streamed again, never extracted).
 */
import { createHash } from 'node:crypto';
import type { Profile } from '../profiles/profile.ts';
import { rootHtaccessHash } from '../rules/htaccess.ts';
import type { Target } from '../target.ts';
import { sha512Hex } from '../sha512.ts';

export interface ReleaseFileInfo {
  size: number;
  /** Permission bits, when the source records them (a folder does; the archive readers do not yet). */
  mode: number | null;
}

/** Where the bytes of one file go as they are read (in order, then end()). */
export interface FileSink {
  write(chunk: Buffer): void;
  end(): void;
  /** The read failed part way: drop what was written. */
  abort?(): void;
}

/** For each wanted file as its reading starts: where its bytes go (null: skip it). */
export type ReleaseFileUse = (rel: string) => FileSink | null;

export interface ReleaseScope {
  /** 'core' or the app id. */
  scope: string;
  /** The scope in the release, for messages: `nextcloud-31.0.0.tar.bz2: apps/notes`. */
  where: string;
  /** What was verified (the release's folder, or the archive path plus its top folder). */
  target: Target;
  /** Every file the signature lists, by path relative to the scope, with its signed SHA-512 (hex). */
  hashes: ReadonlyMap<string, string>;
  info(rel: string): ReleaseFileInfo | null;
  /** Read the wanted files (paths relative to the scope); returns those that could not be read, with the reason. */
  read(rels: ReadonlySet<string>, use: ReleaseFileUse): Promise<Map<string, string>>;
}

/** A file read with a cap: its bytes (null above the cap), whole-file SHA-512 and size. */
export interface CappedRead {
  bytes: Buffer | null;
  sha512: string;
  size: number;
}

/** Keeps at most `cap` bytes of a file and hashes all of it. */
export class CappedSink implements FileSink {
  private readonly hash = createHash('sha512');
  private readonly kept: Buffer[] = [];
  private size = 0;
  result: CappedRead | null = null;

  constructor(private readonly cap: number) {}

  write(chunk: Buffer): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    if (this.size <= this.cap) this.kept.push(Buffer.from(chunk));
  }

  end(): void {
    this.result = { bytes: this.size <= this.cap ? Buffer.concat(this.kept) : null, sha512: this.hash.digest('hex'), size: this.size };
  }
}

/** Read a stream to its end: keep at most `cap` bytes, hash everything. */
export async function readWithCap(content: AsyncIterable<Buffer>, cap: number): Promise<CappedRead> {
  const sink = new CappedSink(cap);
  for await (const chunk of content) sink.write(chunk);
  sink.end();
  return sink.result as CappedRead;
}

/** Several files of a scope with a cap each; files that could not be read are left out (`unread` says why). */
export async function readFilesCapped(
  release: ReleaseScope,
  rels: Iterable<string>,
  cap: number,
): Promise<{ files: Map<string, CappedRead>; unread: Map<string, string> }> {
  const sinks = new Map<string, CappedSink>();
  const unread = await release.read(new Set(rels), (rel) => {
    const sink = new CappedSink(cap);
    sinks.set(rel, sink);
    return sink;
  });
  const files = new Map<string, CappedRead>();
  for (const [rel, sink] of sinks) if (sink.result) files.set(rel, sink.result);
  return { files, unread };
}

/** The hash a signature records for `bytes` at `rel`: the whole file's, or for the root .htaccess its part above the marker. */
export function signedHashOf(profile: Profile, rel: string, bytes: Buffer): string {
  if (profile.htaccessMarker && rel === '.htaccess') return rootHtaccessHash(bytes);
  return sha512Hex(bytes);
}
