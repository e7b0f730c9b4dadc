/**
 * Opening a reference release for explain and repair, in order: fetch it (an https URL),
 * see what it is (a server or an app, a folder or an archive), find the scope matching each
 * scope of the checked tree (core, or app <id> at the top or in apps/<id>), and verify each
 * with the caller's trust store. A reference that does not verify clean is refused.
 */
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { isDirectory, isRegularFile } from '../fs-kind.ts';
import { findingCount, FILE_CATEGORIES, type ScopeResult } from '../result.ts';
import { resolveTarget, type Target } from '../target.ts';
import type { TreeSource } from '../tree-source.ts';
import type { TrustStore } from '../trust/store.ts';
import { verifyTarget } from '../verify.ts';
import type { HashTable } from '../hashing/hash-table.ts';
import { releaseTarget, scanRelease, scopeInArchive, streamFiles, type ArchiveLimits, type ScannedRelease } from './archive-adapter.ts';
import { downloadRelease, isUrl, type DownloadOptions, type Downloaded } from './download.ts';
import { folderReleaseScope } from './folder.ts';
import type { ReleaseScope } from './release.ts';

export interface ReferenceRequest {
  /** A release folder, a release archive, or an https:// URL of one, as the user wrote it. */
  release: string;
  cwd: string;
  trust: TrustStore;
  limits: Partial<ArchiveLimits>;
  download?: DownloadOptions | undefined;
}

/** Each scope of the checked tree: its verified counterpart in the release, or why there is none. */
export type ScopeMatch = { release: ReleaseScope } | { missing: string };

export interface Reference {
  /** The release as the user named it. */
  name: string;
  /** 'core' when the release is a server, else the app id. */
  kind: 'server' | 'app';
  matches: Map<string, ScopeMatch>;
  /** Remove what was downloaded. */
  close(): void;
}

/** Where a tree's scope lives in the release: a folder below its root ('' = the root), or why nowhere. */
function locate(release: Target, scope: Target, hasAppFolder: (id: string) => boolean): { sub: string } | { missing: string } {
  const server = release.profile.kind === 'core';
  if (scope.scope === 'core' || scope.profile.kind === 'core') {
    return server ? { sub: '' } : { missing: `the release is the app "${release.scope}", not a server` };
  }
  if (!server) return release.scope === scope.scope ? { sub: '' } : { missing: `the release is the app "${release.scope}"` };
  return hasAppFolder(scope.scope) ? { sub: `apps/${scope.scope}` } : { missing: `the release has no apps/${scope.scope}` };
}

/** Verify one scope of the release; anything but a clean result refuses the release. */
async function verifyReleaseScope(name: string, target: Target, source: TreeSource | undefined, trust: TrustStore, cwd: string) {
  let expected: HashTable | null = null;
  const result = await verifyTarget({
    target,
    trust,
    displayFrom: cwd,
    ...(source ? { source } : {}),
    onExpected: (table) => (expected = table),
  });
  if (findingCount(result) > 0 || expected === null) throw notVerifiedError(name, result);
  const hashes = new Map<string, string>();
  const table = expected as HashTable;
  for (const i of table.walkOrder()) {
    const value = table.valueAt(i);
    if (typeof value === 'string') hashes.set(String(table.keyAt(i)), value);
  }
  return hashes;
}

function notVerifiedError(name: string, result: ScopeResult): UsageError {
  const what = result.EXCEPTION
    ? `${result.EXCEPTION.message}${result.EXCEPTION.hint ? ` ${result.EXCEPTION.hint}` : ''}`
    : FILE_CATEGORIES.map((c) => [c, Object.keys(result[c])] as const)
        .filter(([, files]) => files.length > 0)
        .map(([c, files]) => `${c} ${files.length} (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`)
        .join(', ');
  return new UsageError(
    `the reference ${name} does not verify (${result.scope}): ${what}`,
    'A reference must be a release exactly as published: download it again from its source, or check the trust options (--trust, --crl) if it is signed by another CA.',
    'reference',
  );
}

async function folderMatches(name: string, root: string, scopes: Target[], request: ReferenceRequest): Promise<Reference> {
  const release = resolveTarget(root);
  const matches = new Map<string, ScopeMatch>();
  for (const scope of scopes) {
    const where = locate(release, scope, (id) => isDirectory(join(root, 'apps', id)));
    if ('missing' in where) {
      matches.set(scope.scope, where);
      continue;
    }
    const target: Target = { root: where.sub === '' ? root : join(root, where.sub), profile: scope.profile, scope: scope.scope };
    const hashes = await verifyReleaseScope(name, target, undefined, request.trust, request.cwd);
    matches.set(scope.scope, { release: folderReleaseScope(target, where.sub === '' ? name : `${name}: ${where.sub}`, hashes) });
  }
  return { name, kind: release.profile.kind === 'core' ? 'server' : 'app', matches, close: () => undefined };
}

function archiveScope(scanned: ScannedRelease, name: string, sub: string, target: Target, sizeOf: (rel: string) => number | null) {
  return (hashes: Map<string, string>): ReleaseScope => ({
    scope: target.scope,
    where: sub === '' ? name : `${name}: ${sub}`,
    target,
    hashes,
    info: (rel) => {
      const size = sizeOf(rel);
      return size === null ? null : { size, mode: null };
    },
    read: async (rels, use) => {
      const prefix = sub === '' ? '' : `${sub}/`;
      const unread = await streamFiles(scanned, new Set([...rels].map((r) => prefix + r)), (rel, content) =>
        use(rel.slice(prefix.length), content),
      );
      return new Map([...unread].map(([rel, why]) => [rel.slice(prefix.length), why]));
    },
  });
}

async function archiveMatches(name: string, path: string, scopes: Target[], request: ReferenceRequest): Promise<Omit<Reference, 'close'>> {
  const appSignatures = scopes.filter((s) => s.profile.kind === 'app').map((s) => `apps/${s.scope}/${s.profile.signaturePath}`);
  const scanned = await scanRelease(path, request.limits, appSignatures);
  const release = releaseTarget(scanned);
  const matches = new Map<string, ScopeMatch>();
  for (const scope of scopes) {
    const where = locate(release, scope, (id) => scanned.scan.folders.has(`apps/${id}`));
    if ('missing' in where) {
      matches.set(scope.scope, where);
      continue;
    }
    const { target, source, sizeOf } = scopeInArchive(scanned, where.sub, scope.scope, scope.profile);
    const hashes = await verifyReleaseScope(name, target, source, request.trust, request.cwd);
    matches.set(scope.scope, { release: archiveScope(scanned, name, where.sub, target, sizeOf)(hashes) });
  }
  return { name, kind: release.profile.kind === 'core' ? 'server' : 'app', matches };
}

/**
 * Open and verify the reference for the tree's scopes. Throws a UsageError (exit 2) when it
 * cannot be read or does not verify; the caller must `close()` what it returns.
 */
export async function openReference(request: ReferenceRequest, scopes: Target[]): Promise<Reference> {
  const name = request.release;
  if (isUrl(name)) {
    const maxBytes = request.limits.maxBytes ?? 8 * 1024 ** 3;
    const downloaded: Downloaded = await downloadRelease(name, maxBytes, request.download);
    try {
      return { ...(await archiveMatches(name, downloaded.path, scopes, request)), close: downloaded.remove };
    } catch (e) {
      downloaded.remove();
      throw e;
    }
  }
  const path = resolve(request.cwd, name);
  if (isDirectory(path)) return folderMatches(name, path, scopes, request);
  if (isRegularFile(path)) return { ...(await archiveMatches(name, path, scopes, request)), close: () => undefined };
  throw new UsageError(
    `the reference ${name} does not exist`,
    'Pass the release as a folder, an archive (.tar.gz, .tar.bz2, .zip) or an https:// URL of one.',
    'reference',
  );
}
