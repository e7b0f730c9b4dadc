/**
 * core/js/mimetypelist.js on a server: which aliases (and, 32+, names) differ from the
 * shipped ones, from the admin's config/mimetypealiases.json (mimetypenames.json), and how
 * upstream's integrity-check rule treats the file on disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.ts';
import { aliasDifferences, mimetypelistHash, MimetypeListError, readMimetypeTree, type ListDifference } from '../mimetypelist/index.ts';
import { phpJsonEncode } from '../php/json.ts';
import { MIMETYPELIST_PATH, mimetypelistDiffersNote, mimetypelistAcceptedNote } from '../rules/mimetypelist.ts';
import type { MimetypeExplanation } from './model.ts';

function shown(list: ListDifference[]): MimetypeExplanation['aliases'] {
  const value = (v: ListDifference['shipped']): string | null => (v === undefined ? null : phpJsonEncode(v, { escapeSlashes: false }));
  return list.map((d) => ({ key: String(d.key), shipped: value(d.shipped), current: value(d.current) }));
}

/** How the rule treats the file, in the words verify uses for its notes. */
function ruleText(root: string): string {
  const tree = readMimetypeTree(root);
  const outcome = mimetypelistHash(tree, readFileSync(join(root, MIMETYPELIST_PATH)));
  if (outcome.rule === 'excluded') return `${MIMETYPELIST_PATH} is neither signed nor checked on this server.`;
  return outcome.rule === 'regenerated-default' ? mimetypelistAcceptedNote() : mimetypelistDiffersNote(outcome);
}

/**
 * The server's alias differences, or a sentence saying why they cannot be told (no readable
 * version.php, an alias file upstream's generator fails on).
 */
export function explainMimetypes(root: string): MimetypeExplanation | string {
  try {
    const differences = aliasDifferences(readMimetypeTree(root));
    return { aliases: shown(differences.aliases), names: shown(differences.names), ignored: differences.ignored, rule: ruleText(root) };
  } catch (e) {
    if (e instanceof MimetypeListError)
      return `the aliases cannot be compared: upstream's generator fails with ${e.phpClass}: ${e.message}`;
    if (e instanceof UsageError) return `the aliases cannot be compared: ${e.message}`;
    if ((e as NodeJS.ErrnoException).syscall !== undefined) return `the aliases cannot be compared: ${(e as Error).message}`;
    throw e;
  }
}
