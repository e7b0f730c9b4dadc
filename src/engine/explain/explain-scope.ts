/**
 * Explaining one scope's findings against its verified counterpart in a release, in order:
 * read what is needed (the release's copies once, in one pass; the tree's files capped),
 * index the release's contents (to recognise moved and copied files), then say per finding
 * what it is: a diff, "present in the release", "not in this release", "same content as".
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from '../profiles/profile.ts';
import type { FileCategory, FileFinding, ScopeResult } from '../result.ts';
import { MIMETYPELIST_PATH } from '../rules/mimetypelist.ts';
import type { ScopeMatch } from '../reference/open.ts';
import { readFilesCapped, signedHashOf, type CappedRead, type ReleaseScope } from '../reference/release.ts';
import { readTreeFile } from '../reference/tree-file.ts';
import { parseVersion, readTreeVersion, versionFile } from '../reference/version.ts';
import { directiveChanges, isDirectiveFile } from './directives.ts';
import { explainMimetypes } from './mimetypes.ts';
import type { FileExplanation, FileSide, ScopeExplanation } from './model.ts';
import { asText, DEFAULT_DIFF_LIMITS, diffFiles, type DiffLimits } from './text-diff.ts';

export interface ExplainScopeInput {
  /** The tree's result for this scope (from verify). */
  result: ScopeResult;
  /** The scope's folder on disk and its profile. */
  root: string;
  profile: Profile;
  match: ScopeMatch | undefined;
  limits?: DiffLimits;
}

/** What was read for the explanation: the release's copies and the tree's files, by path. */
interface Material {
  release: ReleaseScope;
  releaseFiles: Map<string, CappedRead>;
  releaseUnread: Map<string, string>;
  treeFiles: Map<string, CappedRead | { problem: string }>;
  /** Release paths by content hash (to recognise moved and copied files). */
  byHash: Map<string, string[]>;
  /** Extra files of the tree by content hash (where a missing file went). */
  extrasByHash: Map<string, string[]>;
}

const entries = (result: ScopeResult, category: FileCategory): Array<[string, FileFinding]> => Object.entries(result[category]);

function indexBy(pairs: Iterable<readonly [string, string]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, hash] of pairs) out.set(hash, [...(out.get(hash) ?? []), path]);
  return out;
}

/** Step 1: read the release's copies (one pass) and the tree's files that are compared. */
async function readMaterial(input: ExplainScopeInput, release: ReleaseScope, cap: number): Promise<Material> {
  const { result, root } = input;
  const wanted = new Set<string>([versionFile(input.profile)]);
  for (const [path] of entries(result, 'INVALID_HASH')) if (release.hashes.has(path)) wanted.add(path);
  for (const [path] of entries(result, 'MISSING_FILE')) if (isDirectiveFile(path) && release.hashes.has(path)) wanted.add(path);
  for (const [path] of entries(result, 'EXTRA_FILE')) if (isDirectiveFile(path) && release.hashes.has(path)) wanted.add(path);
  const { files, unread } = await readFilesCapped(release, wanted, cap);
  const treeFiles = new Map<string, CappedRead | { problem: string }>();
  for (const [path, finding] of [...entries(result, 'INVALID_HASH'), ...entries(result, 'EXTRA_FILE')]) {
    if (finding.problem) continue;
    if (result.INVALID_HASH[path] || isDirectiveFile(path)) treeFiles.set(path, await readTreeFile(root, path, cap));
  }
  const extras = entries(result, 'EXTRA_FILE').filter(([, f]) => f.current !== '');
  return {
    release,
    releaseFiles: files,
    releaseUnread: unread,
    treeFiles,
    byHash: indexBy(release.hashes),
    extrasByHash: indexBy(extras.map(([path, f]) => [path, f.current] as const)),
  };
}

/** The release's side of `path`: its size and signed hash, from the listing. */
function releaseSide(material: Material, path: string): FileSide | undefined {
  const hash = material.release.hashes.get(path);
  if (hash === undefined) return undefined;
  const info = material.release.info(path);
  // The whole file's hash when it was read (for the root .htaccess the signed one covers only its part above the marker).
  return { size: info?.size ?? material.releaseFiles.get(path)?.size ?? 0, sha512: material.releaseFiles.get(path)?.sha512 ?? hash };
}

/** The tree's side of `path`: read, or its size on disk with the hash verify found. */
function treeSide(root: string, material: Material, path: string, finding: FileFinding): FileSide | undefined {
  const read = material.treeFiles.get(path);
  if (read !== undefined && !('problem' in read)) return { size: read.size, sha512: read.sha512 };
  if (finding.current === '') return undefined;
  try {
    return { size: lstatSync(join(root, path)).size, sha512: finding.current };
  } catch {
    return undefined;
  }
}

/** The release's bytes of `path` when they were read and still are what was verified. */
function releaseBytes(input: ExplainScopeInput, material: Material, path: string): { bytes: Buffer | null } | { problem: string } {
  const read = material.releaseFiles.get(path);
  if (read === undefined) return { problem: `the release's copy ${material.releaseUnread.get(path) ?? 'could not be read'}` };
  const signed = material.release.hashes.get(path);
  const same = read.bytes !== null ? signedHashOf(input.profile, path, read.bytes) === signed : read.sha512 === signed;
  if (!same) return { problem: "the release's copy changed after it was verified; run again" };
  return { bytes: read.bytes };
}

const others = (paths: string[] | undefined, path: string): string[] => (paths ?? []).filter((p) => p !== path).slice(0, 5);

/** An INVALID_HASH: the diff from the release's copy to the tree's, or why there is none. */
function explainChanged(input: ExplainScopeInput, material: Material, path: string, finding: FileFinding): FileExplanation {
  const out: FileExplanation = { path, category: 'INVALID_HASH', summary: 'content differs from the release' };
  const release = releaseSide(material, path);
  const tree = treeSide(input.root, material, path, finding);
  if (release) out.release = release;
  if (tree) out.tree = tree;
  const same = others(material.byHash.get(finding.current), path);
  if (same.length > 0) out.sameContentAs = same;
  if (finding.problem) return { ...out, noDiff: finding.problem };
  if (!release) return { ...out, summary: 'not in this release (the tree is signed for another release?)' };
  const fromRelease = releaseBytes(input, material, path);
  const fromTree = material.treeFiles.get(path);
  if ('problem' in fromRelease) return { ...out, noDiff: fromRelease.problem };
  if (fromTree === undefined || 'problem' in fromTree)
    return { ...out, noDiff: `the tree's file ${fromTree?.problem ?? 'could not be read'}` };
  const diff = diffFiles(path, fromRelease.bytes, fromTree.bytes, input.limits ?? DEFAULT_DIFF_LIMITS);
  if ('hunks' in diff) out.diff = diff.hunks;
  else out.noDiff = diff.noDiff;
  if (isDirectiveFile(path)) out.directives = directives(input, path, fromRelease.bytes, fromTree.bytes);
  return out;
}

function directives(input: ExplainScopeInput, path: string, release: Buffer | null, tree: Buffer | null): FileExplanation['directives'] {
  const text = (b: Buffer | null): string | null => (b === null ? null : asText(b));
  return directiveChanges(path, text(release), text(tree), input.profile.htaccessMarker && path === '.htaccess');
}

/** A MISSING_FILE: what the release has, and where its content is in the tree (moved). */
function explainMissing(input: ExplainScopeInput, material: Material, path: string, finding: FileFinding): FileExplanation {
  const release = releaseSide(material, path);
  const out: FileExplanation = {
    path,
    category: 'MISSING_FILE',
    summary: release
      ? `present in the release (${release.size} bytes)`
      : 'not in the release either (the tree is signed for another release?)',
  };
  if (release) out.release = release;
  const foundAt = (material.extrasByHash.get(finding.expected) ?? []).slice(0, 5);
  if (foundAt.length > 0) out.foundAt = foundAt;
  const read = material.releaseFiles.get(path);
  if (isDirectiveFile(path) && read?.bytes) out.directives = directives(input, path, read.bytes, null);
  return out;
}

/** An EXTRA_FILE: not in this release, or the same content as a release file elsewhere (moved or copied). */
function explainExtra(input: ExplainScopeInput, material: Material, path: string, finding: FileFinding): FileExplanation {
  const inRelease = material.release.hashes.has(path);
  const out: FileExplanation = {
    path,
    category: 'EXTRA_FILE',
    summary: inRelease ? 'in the release too, but not in the signature of this tree' : 'not in this release',
  };
  const tree = treeSide(input.root, material, path, finding);
  if (tree) out.tree = tree;
  if (inRelease) out.release = releaseSide(material, path) as FileSide;
  const same = others(material.byHash.get(finding.current), path);
  if (same.length > 0) out.sameContentAs = same;
  if (finding.problem) out.noDiff = finding.problem;
  const read = material.treeFiles.get(path);
  if (isDirectiveFile(path) && read && !('problem' in read) && read.bytes) {
    const releaseCopy = material.releaseFiles.get(path)?.bytes ?? null;
    out.directives = directives(input, path, releaseCopy, read.bytes);
  }
  return out;
}

/** Findings listed without a comparison (the release has no such scope). */
function unexplainedFiles(result: ScopeResult): FileExplanation[] {
  const categories: FileCategory[] = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'];
  return categories.flatMap((category) => entries(result, category).map(([path]) => ({ path, category, summary: 'not compared' })));
}

/** Explain the findings of one scope. */
export async function explainScope(input: ExplainScopeInput): Promise<ScopeExplanation> {
  const { result } = input;
  const out: ScopeExplanation = { scope: result.scope, root: result.root, reference: null, files: [], notes: [...result.notes] };
  if (result.EXCEPTION) out.exception = result.EXCEPTION;
  if (input.match === undefined || 'missing' in input.match) {
    out.unexplained = input.match?.missing ?? 'the release was not opened for this scope';
    out.files = unexplainedFiles(result);
    return out;
  }
  const release = input.match.release;
  out.reference = release.where;
  const material = await readMaterial(input, release, (input.limits ?? DEFAULT_DIFF_LIMITS).maxBytes);
  const versionCopy = material.releaseFiles.get(versionFile(input.profile))?.bytes;
  out.versions = {
    tree: readTreeVersion(input.root, input.profile),
    release: versionCopy ? parseVersion(input.profile, versionCopy.toString('utf8')) : null,
  };
  if (result.EXCEPTION) return out;
  for (const [path, f] of entries(result, 'INVALID_HASH')) out.files.push(explainChanged(input, material, path, f));
  for (const [path, f] of entries(result, 'MISSING_FILE')) out.files.push(explainMissing(input, material, path, f));
  for (const [path, f] of entries(result, 'EXTRA_FILE')) out.files.push(explainExtra(input, material, path, f));
  if (
    input.profile.mimetypelistRule &&
    (result.INVALID_HASH[MIMETYPELIST_PATH] || result.notes.some((n) => n.startsWith(MIMETYPELIST_PATH)))
  ) {
    const mimetypes = explainMimetypes(input.root);
    if (typeof mimetypes === 'string') out.notes.push(`${MIMETYPELIST_PATH}: ${mimetypes}`);
    else {
      out.mimetypes = mimetypes;
      out.notes = out.notes.filter((note) => note !== mimetypes.rule); // said once, with the aliases
    }
  }
  return out;
}
