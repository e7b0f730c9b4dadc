/**
 * Opening a reference release for explain and repair, in order: fetch it (an https URL),
 * see what it is (a server or an app, a folder or an archive), find the scope matching each
 * scope of the checked tree (core, or app <id> at the top or in one of the release's app
 * folders), and verify each the way `verify` checks that release, with the caller's trust
 * store. A reference scope that does not verify clean is refused.
 */
import { resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { isDirectory, isRegularFile } from '../fs-kind.ts';
import type { HashTable } from '../hashing/hash-table.ts';
import type { PlannedRequest } from '../plan-steps.ts';
import { planReleaseFolder } from '../release-plan.ts';
import { findingCount, FILE_CATEGORIES, type ScopeResult } from '../result.ts';
import { resolveTarget, type Target } from '../target.ts';
import type { TrustStore } from '../trust/store.ts';
import { verifyTarget } from '../verify.ts';
import {
  fileSize,
  releaseTarget,
  scanRelease,
  scopeStep,
  streamFiles,
  type ArchiveLimits,
  type ScannedRelease,
} from './archive-adapter.ts';
import { downloadRelease, isUrl, type DownloadOptions } from './download.ts';
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
  kind: 'server' | 'app';
  matches: Map<string, ScopeMatch>;
  /** Remove what was downloaded. */
  close(): void;
}

/** A release, folder or archive, as the matching below sees it. */
interface OpenedRelease {
  top: Target;
  /** How `verify` checks scope `scope` of the release, or null when it has no such verified scope. */
  step(scope: string): PlannedRequest | null;
  /** The verified scope as a ReleaseScope. */
  scope(step: PlannedRequest, hashes: ReadonlyMap<string, string>): ReleaseScope;
}

/** Why a tree's scope has no counterpart in the release. */
function missingReason(top: Target, scope: Target): string {
  const server = top.profile.kind === 'core';
  if (scope.profile.kind === 'core') return server ? 'the release has no core' : `the release is the app "${top.scope}", not a server`;
  return server ? `the release has no verified app "${scope.scope}"` : `the release is the app "${top.scope}"`;
}

/** Verify one scope of the release; anything but a clean result refuses the release. */
async function verifyReleaseScope(name: string, step: PlannedRequest, cwd: string): Promise<Map<string, string>> {
  let expected: HashTable | null = null;
  const result = await verifyTarget({ ...step, displayFrom: cwd, onExpected: (table) => (expected = table) });
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

/** Where a verified scope lies below the release's top, for messages ('' = the top itself). */
function subOf(topRoot: string, target: Target): string {
  return target.root === topRoot ? '' : target.root.slice(topRoot.length + 1);
}

function openFolder(name: string, root: string, trust: TrustStore): OpenedRelease {
  const top = resolveTarget(root);
  const server = top.profile.kind === 'core' && top.profile.name !== 'generic';
  const steps: PlannedRequest[] = server
    ? planReleaseFolder(root, { trust }).filter((s): s is PlannedRequest => 'target' in s)
    : [{ target: top, trust }];
  return {
    top,
    step: (scope) => steps.find((s) => s.target.scope === scope) ?? null,
    scope: (step, hashes) => {
      const sub = subOf(top.root, step.target);
      return folderReleaseScope(step.target, sub === '' ? name : `${name}: ${sub}`, hashes);
    },
  };
}

function openArchive(name: string, scanned: ScannedRelease, trust: TrustStore): OpenedRelease {
  const top = releaseTarget(scanned);
  return {
    top,
    step: (scope) => scopeStep(scanned, scope, trust),
    scope: (step, hashes) => {
      const sub = subOf(top.root, step.target);
      const prefix = sub === '' ? '' : `${sub}/`;
      return {
        scope: step.target.scope,
        where: sub === '' ? name : `${name}: ${sub}`,
        target: step.target,
        hashes,
        info: (rel) => {
          const size = fileSize(scanned, prefix + rel);
          return size === null ? null : { size, mode: null };
        },
        read: async (rels, use) => {
          const unread = await streamFiles(scanned, new Set([...rels].map((r) => prefix + r)), (rel) => use(rel.slice(prefix.length)));
          return new Map([...unread].map(([rel, why]) => [rel.slice(prefix.length), why]));
        },
      };
    },
  };
}

/** Match and verify the release's scopes for the tree's scopes. */
async function matchScopes(name: string, release: OpenedRelease, scopes: Target[], cwd: string): Promise<Omit<Reference, 'close'>> {
  const matches = new Map<string, ScopeMatch>();
  for (const scope of scopes) {
    const step = release.step(scope.profile.kind === 'core' ? 'core' : scope.scope);
    if (step === null) {
      matches.set(scope.scope, { missing: missingReason(release.top, scope) });
      continue;
    }
    const hashes = await verifyReleaseScope(name, step, cwd);
    matches.set(scope.scope, { release: release.scope(step, hashes) });
  }
  return { name, kind: release.top.profile.kind === 'core' ? 'server' : 'app', matches };
}

/**
 * Open and verify the reference for the tree's scopes. Throws a UsageError (exit 2) when it
 * cannot be read or does not verify; the caller must `close()` what it returns.
 */
export async function openReference(request: ReferenceRequest, scopes: Target[]): Promise<Reference> {
  const name = request.release;
  if (isUrl(name)) {
    const maxBytes = request.limits.maxBytes ?? 8 * 1024 ** 3;
    const downloaded = await downloadRelease(name, maxBytes, request.download);
    try {
      const scanned = await scanRelease(downloaded.path, request.limits);
      return { ...(await matchScopes(name, openArchive(name, scanned, request.trust), scopes, request.cwd)), close: downloaded.remove };
    } catch (e) {
      downloaded.remove();
      throw e;
    }
  }
  const path = resolve(request.cwd, name);
  if (isDirectory(path)) {
    return { ...(await matchScopes(name, openFolder(name, path, request.trust), scopes, request.cwd)), close: () => undefined };
  }
  if (isRegularFile(path)) {
    const scanned = await scanRelease(path, request.limits);
    return { ...(await matchScopes(name, openArchive(name, scanned, request.trust), scopes, request.cwd)), close: () => undefined };
  }
  throw new UsageError(
    `the reference ${name} does not exist`,
    'Pass the release as a folder, an archive (.tar.gz, .tar.bz2, .zip) or an https:// URL of one.',
    'reference',
  );
}
