/**
 * Which aliases and names of a server differ from the shipped ones: what an admin's
 * config/mimetypealiases.json (and, on 32+, mimetypenames.json) changes in the generated
 * core/js/mimetypelist.js. Entries the generator drops as comments are left out.
 */
import type { PhpArray, PhpKey, PhpValue } from '../php/array.ts';
import { phpJsonEncode } from '../php/json.ts';
import { allAliases, allNames, defaultAliases, defaultNames } from './aliases.ts';
import { nextcloudRulesOf } from './checker.ts';
import { isCommentKey, isNameCommentKey } from './generator.ts';
import type { MimetypeTree } from './tree.ts';

export interface ListDifference {
  /** The key as PHP holds it: array_merge renumbers integer-like keys ("7" may become 0). */
  key: PhpKey;
  /** The shipped value, or undefined for a key the admin added. */
  shipped: PhpValue | undefined;
  /** The value the server uses, or undefined for a shipped key that is gone. */
  current: PhpValue | undefined;
}

export interface MimetypeListDifferences {
  aliases: ListDifference[];
  /** Always empty before Nextcloud 32, which has no names. */
  names: ListDifference[];
  /** Admin files upstream ignores, with the reason (Nextcloud 18+ skips a file that is not valid JSON). */
  ignored: string[];
}

/** Values compare as the generator prints them (1 and 1.0 print alike). */
function printed(value: PhpValue): string {
  return phpJsonEncode(value, { escapeSlashes: false });
}

function differences(shipped: PhpArray, current: PhpArray, isComment: (key: PhpKey) => boolean): ListDifference[] {
  const out: ListDifference[] = [];
  for (const [key, value] of current) {
    if (isComment(key)) continue;
    const before = shipped.get(key);
    if (before === undefined || printed(before) !== printed(value)) out.push({ key, shipped: before, current: value });
  }
  for (const [key, value] of shipped) {
    if (!isComment(key) && !current.has(key)) out.push({ key, shipped: value, current: undefined });
  }
  return out;
}

/** The aliases and names of this server that differ from the shipped ones. Throws MimetypeListError where upstream fails. */
export function aliasDifferences(tree: MimetypeTree): MimetypeListDifferences {
  const rules = nextcloudRulesOf(tree);
  const aliases = allAliases(tree, rules.merge);
  const result: MimetypeListDifferences = {
    aliases: differences(defaultAliases(tree), aliases.values, (key) => isCommentKey(key, rules.commentKeys)),
    names: [],
    ignored: aliases.customIgnored === null ? [] : [aliases.customIgnored],
  };
  if (rules.layout === 'v3') {
    const names = allNames(tree, rules.merge);
    result.names = differences(defaultNames(tree), names.values, (key) => typeof key === 'string' && isNameCommentKey(key));
    if (names.customIgnored !== null) result.ignored.push(names.customIgnored);
  }
  return result;
}
