/**
 * A server release archive checked whole (release.ts) from one scan: the core scope and each
 * app scope read their part of the scan, the `release` scope every entry.
 */
import { HashTable } from '../hashing/hash-table.ts';
import type { PlanStep } from '../plan-steps.ts';
import type { Target } from '../target.ts';
import { planRelease, releaseScope, type ReleaseEntry, type ReleaseProbe } from '../release.ts';
import type { TrustStore } from '../trust/store.ts';
import { archiveSource, isScanFolder, linkLeadsToFolder, smallText, splitScan, withoutParts, type ArchiveScan } from './source.ts';

/** The archive's tree as the release planner sees it. */
export function archiveReleaseProbe(scan: ArchiveScan): ReleaseProbe {
  const childFolders = (rel: string): string[] => {
    const prefix = rel === '' ? '' : rel + '/';
    const out: string[] = [];
    for (const f of scan.folders) {
      if (!f.startsWith(prefix)) continue;
      const rest = f.slice(prefix.length);
      if (rest !== '' && !rest.includes('/') && isScanFolder(scan, f)) out.push(rest);
    }
    return out;
  };
  return {
    topFolders: () => childFolders(''),
    folders: (rel) => childFolders(rel),
    isFolder: (rel) => isScanFolder(scan, rel),
    isFile: (rel) => scan.records.get(rel)?.kind === 'file',
    text: (rel) => smallText(scan, rel),
    coreSignedTops: () => {
      const record = scan.records.get('core/signature.json');
      const tops = new Set<string>();
      if (record?.kind !== 'file' || record.signature?.kind !== 'ok') return tops;
      const hashes = record.signature.content.hashes;
      if (!(hashes instanceof HashTable)) return tops;
      for (let i = 0; i < hashes.keyCount; i++) tops.add(String(hashes.keyAt(i)).split('/')[0] as string);
      return tops;
    },
  };
}

/** Every non-folder entry of the scan, for the release scope. */
export function* archiveReleaseEntries(scan: ArchiveScan): Generator<ReleaseEntry> {
  for (const [rel, record] of scan.records) {
    switch (record.kind) {
      case 'dir':
        continue;
      case 'file':
        yield { rel, kind: 'file', hash: () => record.hash };
        continue;
      case 'symlink':
        yield { rel, kind: 'symlink', toFolder: linkLeadsToFolder(scan, rel, record.target) };
        continue;
      case 'special':
        yield { rel, kind: 'special', problem: `${record.what}, not a regular file, and no signature covers it` };
        continue;
      case 'problem':
        yield { rel, kind: 'problem', problem: record.problem };
        continue;
    }
  }
}

/** Names that collide on macOS and Windows, as a note (extractors on Linux write both). */
export function collisionNotes(scan: ArchiveScan): string[] {
  if (scan.collisionCount === 0) return [];
  return [
    `${scan.collisionCount} name${scan.collisionCount === 1 ? '' : 's'} in the archive differ${scan.collisionCount === 1 ? 's' : ''} from another only in case or Unicode normalization: extracted on a case-insensitive or normalizing file system (macOS, Windows), one overwrites the other`,
  ];
}

/** The steps of a whole-release check of a scanned server archive whose core target is `core`. */
export function planReleaseArchive(scan: ArchiveScan, core: Target, trust: TrustStore): { steps: PlanStep[]; scopes: string[] } {
  const layout = planRelease(archiveReleaseProbe(scan), core.profile);
  const verified = layout.apps.filter((a) => a.verified);
  const root = `${scan.path}/${scan.top}`;
  const steps: PlanStep[] = [
    {
      target: core,
      source: archiveSource(
        withoutParts(
          scan,
          verified.map((a) => a.rel),
        ),
      ),
      trust,
      extraExcluded: layout.appRoots,
    },
  ];
  const parts = splitScan(
    scan,
    verified.map((a) => a.rel),
  );
  for (const app of verified) {
    steps.push({
      target: { root: `${root}/${app.rel}`, profile: layout.appProfile, scope: app.id },
      source: archiveSource(parts.get(app.rel) as ArchiveScan),
      trust,
    });
  }
  steps.push({
    release: () => releaseScope({ layout, entries: archiveReleaseEntries(scan), root, notes: collisionNotes(scan) }),
  });
  return { steps, scopes: ['core', ...verified.map((a) => a.id), 'release'] };
}
