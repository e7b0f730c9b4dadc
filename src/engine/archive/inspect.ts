/**
 * `inspect ARCHIVE`: who signed each scope inside a release archive (core and every app of a
 * server release, or the one app), with chain, revocation and counts, from one streamed
 * read: the signature files are kept as they pass, nothing is extracted, nothing is hashed.
 */
import { inspectContent, type InspectReport } from '../inspect.ts';
import { planRelease, releaseScope } from '../release.ts';
import { getProfile } from '../profiles/index.ts';
import type { TargetOptions } from '../target.ts';
import type { TrustStore } from '../trust/store.ts';
import { scanArchive, type ArchiveOptions } from './index.ts';
import { archiveReleaseEntries, archiveReleaseProbe } from './release.ts';
import { archiveFiles, archiveSignature, archiveTarget, splitScan, type ArchiveScan } from './source.ts';

export interface ArchiveScopeReport extends InspectReport {
  /** Files of the archive this scope's signature covers (what verify would hash for it). */
  files: number;
}

export interface ArchiveInspectReport {
  archive: { path: string; format: string; fileBytes: number; entries: number; bytes: number; ms: number };
  /** Every scope that carries a signature file that could be read. */
  scopes: ArchiveScopeReport[];
  /** Scopes without a usable signature file, and why. */
  unsigned: Array<{ scope: string; root: string; reason: string }>;
  /** A server release: what the whole-release check would count beyond the scopes. */
  release?: {
    shippedApps: number | null;
    missingShippedApps: string[];
    unlistedApps: string[];
    /** Files no signature covers, of which upstream ships `notSignedByUpstream` unsigned on purpose. */
    uncovered: number;
    notSignedByUpstream: number;
  };
}

export interface ArchiveInspectRequest extends TargetOptions, ArchiveOptions {
  path: string;
  trust: TrustStore;
  now?: Date;
}

async function scopeReport(
  scan: ArchiveScan,
  about: { scope: string; profileName: string; vendor: 'nextcloud' | 'owncloud'; signaturePath: string },
  files: number,
  trust: TrustStore,
  now: Date,
  out: ArchiveInspectReport,
): Promise<void> {
  const read = await archiveSignature(scan, about.signaturePath);
  const root = scan.top; // a sub-scan's top names the app folder within the release
  if (read.kind === 'missing') {
    out.unsigned.push({ scope: about.scope, root, reason: read.reason });
    return;
  }
  const report = inspectContent(
    read.content,
    {
      signaturePath: `${scan.path}/${root}/${about.signaturePath}`,
      scope: about.scope,
      profile: about.profileName,
      policy: getProfile(about.profileName).revocation,
    },
    trust,
    now,
  );
  out.scopes.push({ ...report, files });
}

/** Inspect every signature inside the archive at `request.path`. */
export async function inspectArchive(request: ArchiveInspectRequest): Promise<ArchiveInspectReport> {
  const now = request.now ?? new Date();
  const scan = await scanArchive(request.path, { ...request, hash: false });
  const target = archiveTarget(scan, request);
  const out: ArchiveInspectReport = {
    archive: { path: request.path, format: scan.format, fileBytes: scan.fileBytes, entries: scan.entries, bytes: scan.bytes, ms: scan.ms },
    scopes: [],
    unsigned: [],
  };
  const isServer = target.profile.kind === 'core' && target.profile.name !== 'generic';
  if (!isServer) {
    const files = archiveFiles(scan, target).length;
    const about = {
      scope: target.scope,
      profileName: target.profile.name,
      vendor: target.profile.vendor,
      signaturePath: target.profile.signaturePath,
    };
    await scopeReport(scan, about, files, request.trust, now, out);
    return out;
  }
  const layout = planRelease(archiveReleaseProbe(scan), target.profile);
  const coreFiles = archiveFiles(scan, target, layout.appRoots).length;
  const coreAbout = {
    scope: 'core',
    profileName: target.profile.name,
    vendor: target.profile.vendor,
    signaturePath: target.profile.signaturePath,
  };
  await scopeReport(scan, coreAbout, coreFiles, request.trust, now, out);
  const verified = layout.apps.filter((a) => a.verified); // the others: counted below, as verify reports them
  const parts = splitScan(
    scan,
    verified.map((a) => a.rel),
  );
  for (const app of verified) {
    const part = parts.get(app.rel) as ArchiveScan;
    const appTarget = { root: `${scan.path}/${scan.top}/${app.rel}`, profile: layout.appProfile, scope: app.id };
    const about = {
      scope: app.id,
      profileName: layout.appProfile.name,
      vendor: layout.vendor,
      signaturePath: layout.appProfile.signaturePath,
    };
    await scopeReport(part, about, archiveFiles(part, appTarget).length, request.trust, now, out);
  }
  // The release scope's own rules, counted (hashes are not computed by inspect).
  const release = releaseScope({ layout, entries: archiveReleaseEntries(scan), root: `${scan.path}/${scan.top}` });
  const unlisted = layout.shipped ? layout.apps.filter((a) => !a.shipped).map((a) => a.id) : [];
  out.release = {
    shippedApps: layout.shipped?.size ?? null,
    missingShippedApps: Object.keys(release.MISSING_FILE)
      .filter((k) => k.startsWith('apps/'))
      .map((k) => k.slice('apps/'.length)),
    unlistedApps: unlisted,
    uncovered: Object.keys(release.EXTRA_FILE).length - unlisted.length,
    notSignedByUpstream: Object.keys(release.notSignedByUpstream ?? {}).length,
  };
  return out;
}
