/**
 * The alias and name lists as upstream's OC\Files\Type\Detection builds them: the shipped
 * `resources/config/*.dist.json`, with the admin's file from the config folder merged in.
 */
import { PhpArray, phpArrayMerge, phpArrayReplace, phpDebugType } from '../php/array.ts';
import { phpJsonDecode } from '../php/json.ts';
import { MimetypeListError } from './errors.ts';
import type { MimetypeTree } from './tree.ts';
import type { MergeRule } from './version.ts';

export const SHIPPED_ALIASES = 'resources/config/mimetypealiases.dist.json';
export const CUSTOM_ALIASES = 'mimetypealiases.json';
export const SHIPPED_NAMES = 'resources/config/mimetypenames.dist.json';
export const CUSTOM_NAMES = 'mimetypenames.json';

export interface MergedList {
  values: PhpArray;
  /** Why the admin's file was left out (not valid JSON), or null. */
  customIgnored: string | null;
}

/** json_decode of a shipped list; upstream fails with a TypeError on anything but a JSON object or array. */
function shippedList(bytes: Buffer | null, path: string): PhpArray {
  const decoded = bytes === null ? undefined : phpJsonDecode(bytes);
  if (decoded instanceof PhpArray) return decoded;
  const why = bytes === null ? 'is missing or cannot be read' : decoded === undefined ? 'is not valid JSON' : 'is not a JSON object';
  throw new MimetypeListError('TypeError', `${path} ${why}, so upstream cannot build the list`);
}

/** The admin's file merged into the shipped list, as the server version does it. */
function withCustom(shipped: PhpArray, custom: Buffer | null, rule: MergeRule, file: string): MergedList {
  if (custom === null) return { values: shipped, customIgnored: null };
  const merge = rule === 'array_replace' ? 'array_replace' : 'array_merge';
  const decoded = phpJsonDecode(custom);
  if (decoded === undefined) {
    if (rule !== 'array_merge-unchecked') return { values: shipped, customIgnored: `config/${file} is not valid JSON` };
    throw new MimetypeListError(
      'TypeError',
      `config/${file} is not valid JSON, which this server version does not check: ${merge}(): Argument #2 must be of type array, null given`,
    );
  }
  if (!(decoded instanceof PhpArray)) {
    throw new MimetypeListError(
      'TypeError',
      `config/${file} holds a JSON ${phpDebugType(decoded)}, not an object: ${merge}(): Argument #2 must be of type array, ${phpDebugType(decoded)} given`,
    );
  }
  return { values: merge === 'array_replace' ? phpArrayReplace(shipped, decoded) : phpArrayMerge(shipped, decoded), customIgnored: null };
}

/** getOnlyDefaultAliases(): the shipped aliases alone. */
export function defaultAliases(tree: MimetypeTree): PhpArray {
  return shippedList(tree.shippedAliases, SHIPPED_ALIASES);
}

/** getAllAliases(): the shipped aliases with the admin's merged in. */
export function allAliases(tree: MimetypeTree, rule: MergeRule): MergedList {
  return withCustom(defaultAliases(tree), tree.customAliases, rule, CUSTOM_ALIASES);
}

/** The shipped names alone (upstream has no getter for them; used to show what an admin changed). */
export function defaultNames(tree: MimetypeTree): PhpArray {
  return shippedList(tree.shippedNames, SHIPPED_NAMES);
}

/** getAllNamings() (32+): the shipped names with the admin's merged in, exactly like the aliases. */
export function allNames(tree: MimetypeTree, rule: MergeRule): MergedList {
  return withCustom(defaultNames(tree), tree.customNames, rule, CUSTOM_NAMES);
}
