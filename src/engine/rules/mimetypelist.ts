/**
 * Upstream's hashing rule for core/js/mimetypelist.js (Nextcloud core, 17 and later): the
 * Checker hashes a file equal to what `occ maintenance:mimetype:update-js` writes from all
 * aliases (shipped + config/mimetypealiases.json) as the file the generator writes from the
 * shipped aliases alone, so a server regenerated after an admin added aliases still matches
 * its signature. Sign and verify both hash through here (upstream's generateHashes does both).
 * The generator itself, per server version, is ../mimetypelist/.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.ts';
import { MIMETYPELIST_PATH, MimetypeListError, mimetypelistHash, readMimetypeTree, type MimetypeListHash } from '../mimetypelist/index.ts';
import { SHIPPED_ALIASES } from '../mimetypelist/aliases.ts';
import { readServerVersion } from '../mimetypelist/disk.ts';
import { isRegularFile } from '../fs-kind.ts';
import type { ServerVersion } from '../mimetypelist/version.ts';
import type { Target } from '../target.ts';
import type { WalkEntry } from '../walk.ts';
import { sha512Hex } from '../sha512.ts';

export { MIMETYPELIST_PATH };

/**
 * How the file was hashed: upstream's outcome, or 'not-a-server' when the tree lacks what
 * upstream's generator reads from the running server (a readable version.php, the shipped
 * alias list): the file is then hashed as it is, which can report more than upstream, never less.
 */
export type MimetypeListOutcome = MimetypeListHash | { rule: 'not-a-server'; missing: string };

export interface MimetypeListRuleOptions {
  /** The server's config folder (default `<root>/config`), where an admin's aliases live. */
  configDir?: string;
  /** Told how the file was hashed, once, if the walk reaches it. */
  onOutcome?: (outcome: MimetypeListOutcome, fileHash: string) => void;
}

/** Whether the rule applies to the target at all: only the profile decides (Nextcloud core). */
export function hasMimetypelistRule(target: Target): boolean {
  return target.profile.mimetypelistRule;
}

/**
 * The walk, with core/js/mimetypelist.js hashed by upstream's rule (its entry carries the
 * digest, so no worker reads it). Other entries pass through untouched. Throws
 * MimetypeListError, as the walk is pulled, where upstream's generator fails.
 */
export function* withMimetypelistRule(
  walk: Iterable<WalkEntry>,
  target: Target,
  options: MimetypeListRuleOptions = {},
): Generator<WalkEntry> {
  if (!hasMimetypelistRule(target)) {
    yield* walk;
    return;
  }
  for (const entry of walk) {
    yield entry.rel === MIMETYPELIST_PATH && entry.problem === undefined ? hashByRule(entry, target.root, options) : entry;
  }
}

function hashByRule(entry: WalkEntry, root: string, options: MimetypeListRuleOptions): WalkEntry {
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(entry.path).mtimeMs;
    bytes = readFileSync(entry.path);
  } catch {
    return entry; // the worker reports why it cannot be read
  }
  const fileHash = sha512Hex(bytes);
  const server = serverVersionOf(root);
  const outcome: MimetypeListOutcome =
    server === null
      ? { rule: 'not-a-server', missing: 'version.php' }
      : !isRegularFile(join(root, SHIPPED_ALIASES))
        ? { rule: 'not-a-server', missing: SHIPPED_ALIASES }
        : mimetypelistHash(readMimetypeTree(root, { server, ...configDirOf(options) }), bytes);
  options.onOutcome?.(outcome, fileHash);
  const hash = outcome.rule === 'regenerated-default' ? outcome.hash : fileHash;
  return { ...entry, precomputed: { digest: Buffer.from(hash, 'hex'), bytes: bytes.length, mtimeMs } };
}

function configDirOf(options: MimetypeListRuleOptions): { configDir?: string } {
  return options.configDir === undefined ? {} : { configDir: options.configDir };
}

/** The server's version, or null when version.php cannot be read (the rule then cannot tell). */
function serverVersionOf(root: string): ServerVersion | null {
  try {
    return readServerVersion(root);
  } catch (e) {
    if (e instanceof UsageError) return null;
    throw e;
  }
}

/** What verify says about core/js/mimetypelist.js when it differs from the signature, by how it was hashed. */
export function mimetypelistDiffersNote(outcome: MimetypeListOutcome | undefined): string {
  switch (outcome?.rule) {
    case 'regenerated-default':
      return `${MIMETYPELIST_PATH} differs, and occ reports it too: it is what \`occ maintenance:mimetype:update-js\` writes for this server, but what that writes from the shipped aliases alone is not the signed file. Several releases shipped a file their own alias list does not generate (19, 22–24, 26–28, 31, 33+); otherwise resources/config/mimetypealiases.dist.json or core/img/filetypes/ changed. To keep the custom aliases, accept the file in a baseline; otherwise restore it from the release.`;
    case 'as-is':
      return outcome.because === 'no-rule'
        ? `${MIMETYPELIST_PATH} differs. This server version checks the file as it is (the regeneration rule came with Nextcloud 17), so after \`occ maintenance:mimetype:update-js\` with custom aliases occ reports it too; restore the file from the release.`
        : `${MIMETYPELIST_PATH} differs and is not what \`occ maintenance:mimetype:update-js\` writes for this server (shipped aliases plus config/mimetypealiases.json): it was edited by hand or is from another version. Run \`occ maintenance:mimetype:update-js\`, or restore it from the release.`;
    case 'not-a-server':
      return `${MIMETYPELIST_PATH} differs. ${outcome.missing} cannot be read, so whether upstream would accept a file regenerated with custom aliases cannot be told; it was checked as it is.`;
    default:
      return `${MIMETYPELIST_PATH} differs.`;
  }
}

/** What verify says when the rule accepted a file regenerated with an admin's aliases (it differs from the shipped one). */
export function mimetypelistAcceptedNote(): string {
  return `${MIMETYPELIST_PATH} was regenerated with this server's custom aliases (\`occ maintenance:mimetype:update-js\`); it is checked as the file generated from the shipped aliases, as upstream does.`;
}

/** Signing stops where upstream's generator fails (occ integrity:sign-core fails there too). */
export function mimetypelistSignError(e: MimetypeListError): UsageError {
  return new UsageError(
    `${MIMETYPELIST_PATH} cannot be hashed as upstream does: generating it fails with ${e.phpClass}: ${e.message}`,
    'occ integrity:sign-core fails here too. Fix or remove config/mimetypealiases.json (or mimetypenames.json), or restore resources/config/ from the release.',
  );
}

/** The hint of the EXCEPTION verify reports where upstream's generator fails. */
export const MIMETYPELIST_EXCEPTION_HINT = `Upstream builds ${MIMETYPELIST_PATH} while hashing the server's files and fails here, so occ integrity:check-core reports this exception too. Fix or remove config/mimetypealiases.json (or mimetypenames.json), or restore resources/config/ from the release.`;
