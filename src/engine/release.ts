/**
 * A server release checked whole: core against core/signature.json, every app folder of
 * every app root against its own appinfo/signature.json (the folder name is the app id, as
 * upstream's integrity:check-app takes it), every app of core/shipped.json present, and
 * every other file either covered by one of those signatures or on the list of files
 * upstream ships unsigned. What is neither is reported in a `release` scope, beside the
 * core and app scopes. Used for release archives (by default) and for an extracted, not yet
 * installed release folder (`--release`); an installed server keeps upstream's rules
 * (`--all-apps`). The folder front end is release-folder.ts.
 *
 * The rules here are pure functions of paths relative to the server root; the archive and
 * folder front ends give the entries.
 */
import { performance } from 'node:perf_hooks';
import { PhpArray } from './php/array.ts';
import { binaryCompare } from './php/ksort.ts';
import { getProfile, type Profile } from './profiles/index.ts';
import type { Target } from './target.ts';
import type { FileFinding, ScopeResult } from './result.ts';
import { createSelector, type EntrySelector } from './rules/selection.ts';
import { displayRoot } from './scope-result.ts';

/** A file upstream ships in its release without any signature covering it, and why. */
export interface UnsignedFile {
  path: string;
  reason: string;
}

const CONFIG = 'config/ is left out of the core signature because the installed config.php lives there';
const UPDATER = 'updater/ is left out of the core signature so the built-in updater can replace itself';
const THEMES = 'themes/ is left out of the core signature because admins put their own themes there';

/**
 * Files upstream's release packaging adds outside every signature (derived from the server
 * repositories and their release builds; see docs/archives.md). Any other unsigned file in a
 * release is an EXTRA_FILE of the `release` scope.
 */
export const UNSIGNED_BY_UPSTREAM: Record<'nextcloud' | 'owncloud', UnsignedFile[]> = {
  nextcloud: [
    { path: 'config/.htaccess', reason: `denies web access to config/; ${CONFIG}` },
    {
      path: 'config/CAN_INSTALL',
      reason: `empty marker the release adds so that the web installer may run (the installer removes it); ${CONFIG}`,
    },
    { path: 'config/config.sample.php', reason: `documents every setting, never loaded; ${CONFIG}` },
    { path: 'updater/.htaccess', reason: `limits web access to the updater; ${UPDATER}` },
    { path: 'updater/index.php', reason: `the web updater; ${UPDATER}` },
    { path: 'updater/updater.phar', reason: `the command-line updater; ${UPDATER}` },
    { path: 'themes/README', reason: `explains how to add a theme; ${THEMES}` },
    { path: 'themes/example/defaults.php', reason: `the example theme (used only when config.php names it); ${THEMES}` },
    { path: 'themes/example/core/css/server.css', reason: `the example theme; ${THEMES}` },
    { path: 'themes/example/core/img/favicon.svg', reason: `the example theme; ${THEMES}` },
    { path: 'themes/example/core/img/favicon-touch.svg', reason: `the example theme; ${THEMES}` },
    { path: 'themes/example/core/img/logo.svg', reason: `the example theme; ${THEMES}` },
    { path: 'themes/example/core/img/logo-icon.svg', reason: `the example theme; ${THEMES}` },
  ],
  owncloud: [
    { path: 'config/.htaccess', reason: `denies web access to config/; ${CONFIG}` },
    { path: 'config/config.sample.php', reason: `documents every setting, never loaded; ${CONFIG}` },
    { path: 'config/config.apps.sample.php', reason: `documents the app settings, never loaded; ${CONFIG}` },
    { path: 'themes/example/defaults.php', reason: `the example theme (used only when config.php names it); ${THEMES}` },
    { path: 'themes/example/core/css/styles.css', reason: `the example theme; ${THEMES}` },
    { path: 'themes/example/core/img/logo-wide.png', reason: `the example theme; ${THEMES}` },
    { path: 'themes/example/core/img/logo-wide.svg', reason: `the example theme; ${THEMES}` },
  ],
};

/** What a release's tree looks like to the planner (an archive's entries, or a folder). */
export interface ReleaseProbe {
  /** Names directly in the server root that are folders. */
  topFolders(): string[];
  /** Names directly in folder `rel` that are folders. */
  folders(rel: string): string[];
  isFolder(rel: string): boolean;
  isFile(rel: string): boolean;
  /** A small file's text, or null when absent or unreadable. */
  text(rel: string): string | null;
  /** The first path components of the files core/signature.json lists (empty when it cannot be read). */
  coreSignedTops(): Set<string>;
}

export interface ReleaseApp {
  /** App id = folder name. */
  id: string;
  /** The app root it is in (`apps`, …). */
  appRoot: string;
  /** Path relative to the server root (`apps/files`). */
  rel: string;
  signed: boolean;
  shipped: boolean;
  /** Verified in a scope of its own: shipped (signed or not, as upstream) or signed. */
  verified: boolean;
}

export interface ReleaseLayout {
  vendor: 'nextcloud' | 'owncloud';
  coreProfile: Profile;
  appProfile: Profile;
  appRoots: string[];
  apps: ReleaseApp[];
  /** App ids of core/shipped.json, or null with the reason when it cannot be read. */
  shipped: Set<string> | null;
  shippedProblem: string | null;
}

/** Read core/shipped.json's shippedApps. */
function readShipped(probe: ReleaseProbe): { shipped: Set<string> | null; problem: string | null } {
  const text = probe.text('core/shipped.json');
  if (text === null) {
    return {
      shipped: null,
      problem: probe.isFile('core/shipped.json')
        ? 'core/shipped.json cannot be read, so shipped apps that are missing cannot be found'
        : 'a server release lists its shipped apps in core/shipped.json; without it, shipped apps that are missing cannot be found',
    };
  }
  try {
    const data = JSON.parse(text) as { shippedApps?: unknown };
    if (!Array.isArray(data.shippedApps) || !data.shippedApps.every((x) => typeof x === 'string')) throw new Error('no shippedApps list');
    return { shipped: new Set(data.shippedApps as string[]), problem: null };
  } catch {
    return {
      shipped: null,
      problem: 'core/shipped.json has no list of shipped apps (shippedApps), so shipped apps that are missing cannot be found',
    };
  }
}

/**
 * The app roots of a release: `apps`, and every other top-level folder that holds app
 * folders (with appinfo/) and none of whose files core/signature.json lists (`custom_apps`,
 * `apps-extra`, …). A folder core's signature covers stays core's, like upstream's walk.
 */
function appRootsOf(probe: ReleaseProbe): string[] {
  const coreTops = probe.coreSignedTops();
  const holdsApps = (folder: string): boolean => probe.folders(folder).some((app) => probe.isFolder(`${folder}/${app}/appinfo`));
  return probe
    .topFolders()
    .filter((f) => f === 'apps' || (!coreTops.has(f) && holdsApps(f)))
    .sort((a, b) => (a === 'apps' ? -1 : b === 'apps' ? 1 : binaryCompare(a, b)));
}

/** Which app roots and apps a release holds, and which of them are verified. */
export function planRelease(probe: ReleaseProbe, coreProfile: Profile): ReleaseLayout {
  const vendor = coreProfile.vendor;
  const appProfile = getProfile(vendor === 'owncloud' ? 'owncloud-app' : 'nextcloud-app');
  const appRoots = appRootsOf(probe);
  const { shipped, problem } = readShipped(probe);
  const apps: ReleaseApp[] = [];
  for (const appRoot of appRoots) {
    for (const id of probe.folders(appRoot).sort(binaryCompare)) {
      const rel = `${appRoot}/${id}`;
      if (!probe.isFolder(`${rel}/appinfo`)) continue; // not an app: its files are not covered
      const signed = probe.isFile(`${rel}/${appProfile.signaturePath}`);
      const isShipped = shipped?.has(id) ?? false;
      apps.push({ id, appRoot, rel, signed, shipped: isShipped, verified: signed || isShipped });
    }
  }
  return { vendor, coreProfile, appProfile, appRoots, apps, shipped, shippedProblem: problem };
}

/** Paths (relative to the server root) the core walk must skip in a release: every app root. */
export function releaseCoreExcluded(layout: ReleaseLayout): string[] {
  return layout.appRoots;
}

/** One entry of the release's tree, as the front end sees it. */
export interface ReleaseEntry {
  rel: string;
  kind: 'file' | 'symlink' | 'special' | 'problem';
  /** SHA-512 of a regular file (computed only when needed). */
  hash?: () => string | null;
  /** A symbolic link that leads to a folder (upstream neither hashes nor descends it). */
  toFolder?: boolean;
  problem?: string;
}

type Owner = { kind: 'core' } | { kind: 'app'; app: ReleaseApp; sub: string } | { kind: 'none' };

/** The release's coverage rules: which scope (if any) checks a path. */
export class ReleaseCoverage {
  private readonly core: EntrySelector;
  private readonly app: EntrySelector;
  private readonly unsigned: Map<string, string>;
  private readonly byFolder: Map<string, ReleaseApp>;

  constructor(readonly layout: ReleaseLayout) {
    this.core = createSelector(layout.coreProfile, releaseCoreExcluded(layout));
    this.app = createSelector(layout.appProfile);
    this.unsigned = new Map(UNSIGNED_BY_UPSTREAM[layout.vendor].map((u) => [u.path, u.reason]));
    this.byFolder = new Map(layout.apps.map((a) => [a.rel, a]));
  }

  /** The app folder `rel` lies in (the first two components), if it is an app. */
  appOf(rel: string): ReleaseApp | null {
    const first = rel.indexOf('/');
    const second = first < 0 ? -1 : rel.indexOf('/', first + 1);
    return second < 0 ? null : (this.byFolder.get(rel.slice(0, second)) ?? null);
  }

  /** Which scope checks the file at `rel`: a signature's own file counts as covered by it. */
  owner(rel: string): Owner {
    const app = this.appOf(rel);
    if (app) {
      const sub = rel.slice(app.rel.length + 1);
      if (sub === this.layout.appProfile.signaturePath) return { kind: 'app', app, sub };
      return this.app.fileExcluded(sub) ? { kind: 'none' } : { kind: 'app', app, sub };
    }
    if (rel === this.layout.coreProfile.signaturePath) return { kind: 'core' };
    if (this.core.pruned(rel) || this.core.fileExcluded(rel)) return { kind: 'none' };
    return { kind: 'core' };
  }

  /** Why upstream ships `rel` unsigned, when it is on the list. */
  unsignedReason(rel: string): string | undefined {
    return this.unsigned.get(rel);
  }
}

export interface ReleaseScopeInput {
  layout: ReleaseLayout;
  /** Every non-folder entry of the release (paths relative to the server root). */
  entries: Iterable<ReleaseEntry>;
  /** The release's root as reported (the folder, or archive/top). */
  root: string;
  /** Notes to add (e.g. names that collide on case-insensitive file systems). */
  notes?: string[];
  started?: number;
}

const sortByPath = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => binaryCompare(a, b)));

type Findings = Record<string, FileFinding>;

/** A finding that is only a problem description (no hashes to compare). */
const problemFinding = (problem: string): FileFinding => ({ expected: '', current: '', problem });

/** What the entries give: files no signature covers, and files upstream ships unsigned. */
function classifyEntries(
  coverage: ReleaseCoverage,
  entries: Iterable<ReleaseEntry>,
): { extra: Findings; notSigned: Record<string, { current: string; reason: string }>; files: number } {
  const extra: Findings = {};
  const notSigned: Record<string, { current: string; reason: string }> = {};
  let files = 0;
  for (const entry of entries) {
    files += 1;
    const owner = coverage.owner(entry.rel);
    if (owner.kind === 'app' && !owner.app.verified) continue; // reported once for the whole app
    if (owner.kind === 'none' && coverage.appOf(entry.rel)?.verified === false) continue;
    if (owner.kind !== 'none') {
      // Checked by a scope; only a link to a folder slips through (upstream skips it).
      if (entry.kind === 'symlink' && entry.toFolder) {
        extra[entry.rel] = problemFinding('a symbolic link to a folder: upstream skips it and no signature covers it');
      }
      continue;
    }
    const finding = uncoveredEntry(entry, coverage.unsignedReason(entry.rel));
    if ('reason' in finding) notSigned[entry.rel] = finding;
    else extra[entry.rel] = finding;
  }
  return { extra, notSigned, files };
}

/** An entry no scope checks: on upstream's unsigned list (with its hash), or an EXTRA_FILE finding. */
function uncoveredEntry(entry: ReleaseEntry, reason: string | undefined): FileFinding | { current: string; reason: string } {
  if (entry.kind !== 'file') {
    const what = entry.kind === 'symlink' ? 'a symbolic link that no signature covers' : 'not a regular file, and no signature covers it';
    return problemFinding(entry.problem ?? what);
  }
  const hash = entry.hash?.() ?? null;
  if (hash === null) return problemFinding(entry.problem ?? 'cannot be read, and no signature covers it');
  if (reason !== undefined) return { current: hash, reason };
  return { expected: '', current: hash, problem: 'no signature covers this file, and upstream does not ship it unsigned' };
}

/** Apps core/shipped.json lists but the release lacks (MISSING_FILE), and apps it does not list (EXTRA_FILE). */
function shippedAppFindings(layout: ReleaseLayout, extra: Findings): Findings {
  const missing: Findings = {};
  if (layout.shipped === null) {
    missing['core/shipped.json'] = problemFinding(layout.shippedProblem ?? 'core/shipped.json is missing');
    return missing;
  }
  const present = new Set(layout.apps.map((a) => a.id));
  for (const id of [...layout.shipped].sort(binaryCompare)) {
    if (!present.has(id)) missing[`apps/${id}`] = problemFinding('an app core/shipped.json lists is not in the release');
  }
  for (const app of layout.apps) {
    if (app.shipped) continue;
    extra[app.rel] = problemFinding(
      app.signed
        ? 'an app core/shipped.json does not list (its own signature is checked in its scope)'
        : 'an app core/shipped.json does not list, without a signature: none of its files is covered',
    );
  }
  return missing;
}

/** The `release` scope: what no signature covers, missing and unlisted apps, and what upstream ships unsigned. */
export function releaseScope(input: ReleaseScopeInput): ScopeResult {
  const started = input.started ?? performance.now();
  const { layout } = input;
  const { extra, notSigned, files } = classifyEntries(new ReleaseCoverage(layout), input.entries);
  const missing = shippedAppFindings(layout, extra);
  return {
    scope: 'release',
    profile: `${layout.vendor}-release`,
    root: displayRoot(input.root, process.cwd()),
    signaturePath: null,
    INVALID_HASH: {},
    MISSING_FILE: sortByPath(missing),
    EXTRA_FILE: sortByPath(extra),
    EXCEPTION: null,
    accepted: {},
    upstream: new PhpArray(),
    notes: [...(input.notes ?? [])],
    notSignedByUpstream: sortByPath(notSigned),
    stats: { files, bytes: 0, ms: Math.round(performance.now() - started) },
  };
}

/** The core target and the app targets of a release, for verifyTarget. */
export function releaseTargets(layout: ReleaseLayout, root: string, core: Target): { core: Target; apps: Target[] } {
  return {
    core,
    apps: layout.apps.filter((a) => a.verified).map((a) => ({ root: `${root}/${a.rel}`, profile: layout.appProfile, scope: a.id })),
  };
}
