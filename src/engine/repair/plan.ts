/**
 * Planning a repair of one scope from its verified counterpart in a release: per finding,
 * restore the release's copy (INVALID_HASH, MISSING_FILE), quarantine the file (EXTRA_FILE),
 * or leave it alone with the reason. Nothing is written here; a dry run prints this plan.
 *
 * What is never touched: paths upstream excludes from the scope (config/, data/, apps/ for
 * core, … — the profile's selection rules, plus the folders the verification excluded),
 * anything below a symbolic link, a link itself, and files that could not be hashed.
 */
import type { Profile } from '../profiles/profile.ts';
import type { ReleaseScope } from '../reference/release.ts';
import type { FileCategory, FileFinding, ScopeResult } from '../result.ts';
import { MIMETYPELIST_PATH } from '../rules/mimetypelist.ts';
import { createSelector, type EntrySelector } from '../rules/selection.ts';
import type { QuarantineAction, RepairAction, RestoreAction, ScopeRepairPlan, SkipAction } from './model.ts';
import { currentEntry, unsafeName, unsafeParents } from './safe-path.ts';

export interface ScopeRepairInput {
  result: ScopeResult;
  /** The scope's folder on disk (absolute) and profile. */
  root: string;
  profile: Profile;
  /** Folders the verification excluded besides the profile's (an installation's data directory, app folders). */
  extraExcluded?: string[];
  release: ReleaseScope;
}

const DEFAULT_MODE = 0o644;
/** Files hosts and admins add on purpose (PHP and web server settings, ACME challenges). */
const HOST_FILE = /(^|\/)(\.user\.ini|php\.ini|\.htaccess)$|^\.well-known\//;

/** Why a finding's path may not be touched at all, or null. */
function untouchable(input: ScopeRepairInput, select: EntrySelector, path: string, finding: FileFinding): string | null {
  if (finding.problem) return `not repaired: ${finding.problem}`;
  const name = unsafeName(path);
  if (name) return `not repaired: ${name}`;
  if (select.pruned(path)) return 'in a folder upstream excludes from the check (config/, data/, …): never touched';
  return unsafeParents(input.root, path);
}

/** Why restoring this file deserves a second look, if it does. */
function restoreNote(input: ScopeRepairInput, path: string): string | undefined {
  if (input.profile.mimetypelistRule && path === MIMETYPELIST_PATH) {
    return "the shipped file replaces the server's regenerated one: run occ maintenance:mimetype:update-js afterwards to bring back the admin's aliases";
  }
  if (path.endsWith('.user.ini') || path === '.user.ini')
    return "the admin's PHP settings in it are replaced by the release's (explain shows which)";
  if (path.endsWith('.htaccess') && !(input.profile.htaccessMarker && path === '.htaccess'))
    return "the admin's directives in it are replaced by the release's";
  return undefined;
}

function planRestore(
  input: ScopeRepairInput,
  select: EntrySelector,
  path: string,
  category: 'INVALID_HASH' | 'MISSING_FILE',
  finding: FileFinding,
): RepairAction {
  const skip = (why: string): SkipAction => ({ kind: 'skip', path, category, why });
  const blocked = untouchable(input, select, path, finding);
  if (blocked) return skip(blocked);
  const sha512 = input.release.hashes.get(path);
  if (sha512 === undefined) return skip('not in the release: nothing to restore it from');
  const now = currentEntry(input.root, path);
  if (now.kind === 'other') return skip(`is ${now.what}: repair never replaces it (remove it by hand, then run repair again)`);
  if (category === 'MISSING_FILE' && now.kind === 'file') return skip('a file is there now: verify again');
  const info = input.release.info(path);
  const action: RestoreAction = {
    kind: 'restore',
    path,
    category,
    sha512,
    size: info?.size ?? 0,
    mode: now.kind === 'file' ? now.mode : (info?.mode ?? DEFAULT_MODE),
  };
  if (select.htaccess(path) && now.kind === 'file') action.keepBelowMarker = true;
  const note = restoreNote(input, path);
  if (note) action.note = note;
  return action;
}

function planQuarantine(input: ScopeRepairInput, select: EntrySelector, path: string, finding: FileFinding): RepairAction {
  const blocked = untouchable(input, select, path, finding);
  if (blocked) return { kind: 'skip', path, category: 'EXTRA_FILE', why: blocked };
  const now = currentEntry(input.root, path);
  if (now.kind !== 'file') {
    const why = now.kind === 'none' ? 'is gone already' : `is ${now.what}: left in place (remove it by hand if it is not yours)`;
    return { kind: 'skip', path, category: 'EXTRA_FILE', why };
  }
  const action: QuarantineAction = { kind: 'quarantine', path, sha512: finding.current, mode: now.mode };
  if (HOST_FILE.test(path)) action.note = 'hosts often add this file on purpose: if yours did, keep it with --allow';
  return action;
}

const findings = (result: ScopeResult, category: FileCategory): Array<[string, FileFinding]> => Object.entries(result[category]);

/** The repair of one scope, as a plan. */
export function planScopeRepair(input: ScopeRepairInput, shownRoot: string): ScopeRepairPlan {
  const select = createSelector(input.profile, input.extraExcluded ?? []);
  const actions: RepairAction[] = [
    ...findings(input.result, 'INVALID_HASH').map(([path, f]) => planRestore(input, select, path, 'INVALID_HASH', f)),
    ...findings(input.result, 'MISSING_FILE').map(([path, f]) => planRestore(input, select, path, 'MISSING_FILE', f)),
    ...findings(input.result, 'EXTRA_FILE').map(([path, f]) => planQuarantine(input, select, path, f)),
  ];
  return { scope: input.result.scope, root: input.root, shownRoot, from: input.release.where, actions };
}
