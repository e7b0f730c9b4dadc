/**
 * Restoring files from the verified release, each written atomically: the release's bytes go
 * to a temporary file beside the target (same folder, so the rename is atomic), are hashed
 * as they pass, and only a file whose hash is the signed one is renamed into place, with its
 * mode. An interruption leaves the old file or the new one, never a half-written one (the
 * temporary file is removed on SIGINT/SIGTERM, cleanup.ts).
 *
 * The root .htaccess keeps the installer's own lines below its marker: only the part above
 * it is signed, so the release's part above the marker is put back and the tree's part below
 * it kept, as upstream's own update does.
 */
import { createHash, type Hash } from 'node:crypto';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitTempFile, openTempFile, type TempFile } from '../atomic-file.ts';
import type { FileSink, ReleaseScope } from '../reference/release.ts';
import { HTACCESS_MARKER, MarkerHasher, rootHtaccessHash } from '../rules/htaccess.ts';
import type { RestoreAction } from './model.ts';
import { makeParents } from './safe-path.ts';

export interface RestoreOutcome {
  restored: string[];
  failed: Array<{ path: string; why: string }>;
}

/** Largest root .htaccess read whole (it is a few KiB). */
const MAX_HTACCESS = 1024 * 1024;

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Streams one release file into a temporary file beside its target; commits it on end() when it is the signed file. */
class RestoreSink implements FileSink {
  private readonly hash: Hash = createHash('sha512');
  private readonly marker: MarkerHasher | null;
  private readonly kept: Buffer[] = [];
  private keptBytes = 0;
  private file: TempFile | null = null;

  constructor(
    private readonly root: string,
    private readonly action: RestoreAction,
    private readonly markerRule: boolean,
    private readonly outcome: RestoreOutcome,
  ) {
    this.marker = markerRule ? new MarkerHasher() : null;
  }

  private target(): string {
    return join(this.root, this.action.path);
  }

  /** A write failed (full disk, unwritable folder): told at end(), the rest of the file is skipped. */
  private error: unknown = null;

  write(chunk: Buffer): void {
    if (this.error !== null) return;
    try {
      this.take(chunk);
    } catch (e) {
      this.error = e;
      this.abort();
    }
  }

  private take(chunk: Buffer): void {
    this.hash.update(chunk);
    this.marker?.update(chunk);
    if (this.action.keepBelowMarker) {
      this.keptBytes += chunk.length;
      if (this.keptBytes <= MAX_HTACCESS) this.kept.push(Buffer.from(chunk));
      return;
    }
    if (this.file === null) {
      makeParents(this.root, this.action.path);
      this.file = openTempFile(this.target());
    }
    this.file.write(chunk);
  }

  /** Whether the bytes read are the file the release's signature lists. */
  private signed(): boolean {
    const whole = this.hash.digest('hex');
    const listed = this.marker ? (this.marker.digest() ?? whole) : whole;
    return listed === this.action.sha512;
  }

  end(): void {
    try {
      if (this.error !== null) throw this.error;
      const ok = this.signed();
      if (!ok) throw new Error("the release's copy does not match its signature (the release changed after it was verified?)");
      if (this.action.keepBelowMarker) this.writeHtaccess();
      else this.commit();
      this.outcome.restored.push(this.action.path);
    } catch (e) {
      this.file?.abort();
      this.outcome.failed.push({ path: this.action.path, why: reason(e) });
    }
  }

  abort(): void {
    this.file?.abort();
    this.file = null;
  }

  private commit(): void {
    if (this.file === null) {
      makeParents(this.root, this.action.path);
      this.file = openTempFile(this.target()); // an empty file
    }
    this.file.finish();
    chmodSync(this.file.path, this.action.mode);
    commitTempFile(this.file.path, this.target());
  }

  /** The release's part above the marker, then the tree's marker line and what follows it. */
  private writeHtaccess(): void {
    if (this.keptBytes > MAX_HTACCESS) throw new Error(`the release's .htaccess is larger than ${MAX_HTACCESS} bytes`);
    const release = Buffer.concat(this.kept);
    const content = composeHtaccess(release, readFileSync(this.target()));
    if (rootHtaccessHash(content) !== this.action.sha512) throw new Error('the composed .htaccess would not match the signature');
    this.file = openTempFile(this.target());
    this.file.write(content);
    this.commit();
  }
}

/** The release's .htaccess up to its marker, followed by the tree's marker and lines below it (when both have exactly one). */
export function composeHtaccess(release: Buffer, tree: Buffer): Buffer {
  const marker = Buffer.from(HTACCESS_MARKER, 'utf8');
  const parts = (b: Buffer): number => {
    const first = b.indexOf(marker);
    return first >= 0 && b.indexOf(marker, first + marker.length) < 0 ? first : -1;
  };
  const r = parts(release);
  const t = parts(tree);
  if (r < 0 || t < 0) return release;
  return Buffer.concat([release.subarray(0, r), tree.subarray(t)]);
}

/** Restore the planned files of one scope from `release`, each atomically. */
export async function restoreFiles(
  root: string,
  actions: RestoreAction[],
  release: ReleaseScope,
  htaccessMarker: boolean,
): Promise<RestoreOutcome> {
  const outcome: RestoreOutcome = { restored: [], failed: [] };
  if (actions.length === 0) return outcome;
  const byPath = new Map(actions.map((a) => [a.path, a]));
  const started = new Set<string>();
  let current: RestoreSink | null = null;
  let unread: Map<string, string>;
  try {
    unread = await release.read(new Set(byPath.keys()), (rel) => {
      const action = byPath.get(rel);
      if (action === undefined) return null;
      started.add(rel);
      current = new RestoreSink(root, action, htaccessMarker && rel === '.htaccess', outcome);
      return current;
    });
  } catch (e) {
    (current as RestoreSink | null)?.abort();
    unread = new Map([...byPath.keys()].filter((p) => !started.has(p)).map((p) => [p, `was not read: ${reason(e)}`]));
  }
  for (const [path, why] of unread) outcome.failed.push({ path, why: `the release's copy ${why}` });
  return outcome;
}
