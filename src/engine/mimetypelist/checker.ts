/**
 * Upstream's integrity-check rule for core/js/mimetypelist.js (Nextcloud 17+): a file equal
 * to what the generator writes from all aliases (shipped + the admin's) is hashed as the file
 * it would write from the shipped aliases alone, so a server regenerated after adding
 * aliases still matches the signature. Anything else is hashed as it is.
 */
import { allAliases, allNames, defaultAliases } from './aliases.ts';
import { generateMimetypeList, type GeneratorInput } from './generator.ts';
import { iconFilesOf, themesOf, type MimetypeTree } from './tree.ts';
import { mimetypeListRules, type NextcloudRules } from './version.ts';
import { sha512Hex } from '../sha512.ts';

export const MIMETYPELIST_PATH = 'core/js/mimetypelist.js';

export type MimetypeListHash =
  /** The file is what the generator writes from all aliases: its hash is that of the default-alias output. */
  | { rule: 'regenerated-default'; hash: string }
  /** Hashed as it is: the server has no such rule (Nextcloud 16 and older), or the file is not the generator's output. */
  | { rule: 'as-is'; hash: string; because: 'no-rule' | 'not-generated' }
  /** ownCloud neither signs nor checks the file. */
  | { rule: 'excluded' };

/** The Nextcloud rules of the tree's server version (the generator is not modelled for ownCloud). */
export function nextcloudRulesOf(tree: MimetypeTree): NextcloudRules {
  const rules = mimetypeListRules(tree.server);
  if (rules.vendor !== 'nextcloud') throw new Error('ownCloud leaves core/js/mimetypelist.js out: there is nothing to generate');
  return rules;
}

/**
 * What `occ maintenance:mimetype:update-js` writes for this tree (`aliases: 'all'`), or what
 * the Checker writes from the shipped aliases (`'default'`). The icon folders are read from
 * the tree as it is now, in both cases. Throws MimetypeListError where upstream fails.
 */
export function generateFromTree(tree: MimetypeTree, aliases: 'all' | 'default'): Buffer {
  const rules = nextcloudRulesOf(tree);
  // Upstream's order: the aliases, then the names (arguments), then the folders.
  const aliasList = aliases === 'all' ? allAliases(tree, rules.merge).values : defaultAliases(tree);
  const names = rules.layout === 'v3' ? allNames(tree, rules.merge).values : null;
  const input: GeneratorInput = {
    aliases: aliasList,
    names,
    iconFiles: iconFilesOf(tree.icons, 'core/img/filetypes'),
    themes: themesOf(tree),
  };
  return generateMimetypeList(input, rules);
}

/**
 * The hash upstream records for core/js/mimetypelist.js with content `fileBytes` in this
 * server tree (Checker::generateHashes). Throws MimetypeListError where upstream's check
 * fails with an exception (then core's result is an EXCEPTION).
 */
export function mimetypelistHash(tree: MimetypeTree, fileBytes: Uint8Array): MimetypeListHash {
  const rules = mimetypeListRules(tree.server);
  if (rules.checker === 'excluded') return { rule: 'excluded' };
  if (rules.checker === 'none') return { rule: 'as-is', hash: sha512Hex(fileBytes), because: 'no-rule' };
  if (!generateFromTree(tree, 'all').equals(fileBytes)) return { rule: 'as-is', hash: sha512Hex(fileBytes), because: 'not-generated' };
  return { rule: 'regenerated-default', hash: sha512Hex(generateFromTree(tree, 'default')) };
}
