/**
 * Which mimetypelist.js rules apply to a server, from its version.php. Every version
 * boundary of the generator and of the integrity-check rule lives in SINCE below.
 */
import { UsageError } from '../errors.ts';

const NOT_A_SERVER = 'Pass the root folder of a Nextcloud server (its version.php sets $OC_Version = array(…)).';

export type Vendor = 'nextcloud' | 'owncloud';

/** A server's `$vendor` and `$OC_Version` (e.g. [32, 0, 1, 2]). */
export interface ServerVersion {
  vendor: Vendor;
  version: readonly number[];
}

/** v1: the header names `occ maintenance:mimetypesjs`; v2: `…:mimetype:update-js`; v3: v2 plus a `names` block. */
export type Layout = 'v1' | 'v2' | 'v3';

/**
 * Which alias keys the generator drops as comments:
 * - `underscore`: string keys starting with "_" (the empty key stays);
 * - `underscore-or-empty`: also the empty key;
 * - `underscore-or-empty-stringified`: the same, testing the key cast to a string (integer
 *   keys still stay; upstream only stopped warning about them).
 */
export type CommentKeyRule = 'underscore' | 'underscore-or-empty' | 'underscore-or-empty-stringified';

/**
 * How an admin's config/mimetypealiases.json (and, on 32+, mimetypenames.json) joins the
 * shipped list:
 * - `array_merge-unchecked`: array_merge with whatever json_decode returned (invalid JSON fails);
 * - `array_merge`: the same, but a file that is not valid JSON is ignored;
 * - `array_replace`: like `array_merge`, but integer-like keys are not renumbered.
 */
export type MergeRule = 'array_merge-unchecked' | 'array_merge' | 'array_replace';

/**
 * What the integrity check does with core/js/mimetypelist.js:
 * - `none`: hashes it like any file;
 * - `regenerate`: accepts the file the generator writes from all aliases, by hashing what it
 *   writes from the shipped aliases;
 * - `excluded`: leaves the file out of signing and checking (ownCloud).
 */
export type CheckerRule = 'none' | 'regenerate' | 'excluded';

export interface GeneratorRules {
  layout: Layout;
  commentKeys: CommentKeyRule;
}

export interface NextcloudRules extends GeneratorRules {
  vendor: 'nextcloud';
  merge: MergeRule;
  checker: 'none' | 'regenerate';
}

export type MimetypeListRules = NextcloudRules | { vendor: 'owncloud'; checker: 'excluded' };

/** The first Nextcloud major version with each change (see docs/mimetypelist.md for the sources). */
const SINCE = {
  /** The header's last line names `occ maintenance:mimetype:update-js` (nextcloud/server PR #6297). */
  layoutV2: 13,
  /** The `names` block (mimetypenames.dist.json). */
  layoutV3: 32,
  /** The Checker accepts a regenerated file (PR #15810). */
  checkerRule: 17,
  /** A custom file that is not valid JSON is ignored with a warning (PR #18288). */
  checkedMerge: 18,
  /** The empty key is a comment too (PR #32859). */
  emptyKeyIsComment: 24,
  /** Keys are cast to strings before the comment test (issue #42902). */
  stringifiedKeys: 31,
  /** array_replace instead of array_merge. Seen in 33.0.1, not in 32.0.2. */
  arrayReplace: 33,
} as const;

export function mimetypeListRules(server: ServerVersion): MimetypeListRules {
  if (server.vendor === 'owncloud') return { vendor: 'owncloud', checker: 'excluded' };
  const major = server.version[0] ?? 0;
  const layout: Layout = major >= SINCE.layoutV3 ? 'v3' : major >= SINCE.layoutV2 ? 'v2' : 'v1';
  const commentKeys: CommentKeyRule =
    major >= SINCE.stringifiedKeys
      ? 'underscore-or-empty-stringified'
      : major >= SINCE.emptyKeyIsComment
        ? 'underscore-or-empty'
        : 'underscore';
  const merge: MergeRule =
    major >= SINCE.arrayReplace ? 'array_replace' : major >= SINCE.checkedMerge ? 'array_merge' : 'array_merge-unchecked';
  return { vendor: 'nextcloud', layout, commentKeys, merge, checker: major >= SINCE.checkerRule ? 'regenerate' : 'none' };
}

/** `$OC_Version` and `$vendor` from the text of a server's version.php (a vendor-less file is Nextcloud's). */
export function parseVersionPhp(text: string): ServerVersion {
  const match = /\$OC_Version\s*=\s*(?:array\s*\(([^)]*)\)|\[([^\]]*)\])/.exec(text);
  const list = match?.[1] ?? match?.[2];
  if (list === undefined) throw new UsageError('version.php has no $OC_Version', NOT_A_SERVER);
  const parts = list.split(',').map((part) => part.trim());
  if (parts.at(-1) === '') parts.pop();
  if (parts.length === 0 || !parts.every((part) => /^\d+$/.test(part))) {
    throw new UsageError(`version.php's $OC_Version is not a list of numbers: ${list.trim()}`, NOT_A_SERVER);
  }
  const vendor = /\$vendor\s*=\s*['"]([^'"]*)['"]/.exec(text)?.[1];
  return { vendor: vendor === 'owncloud' ? 'owncloud' : 'nextcloud', version: parts.map(Number) };
}
