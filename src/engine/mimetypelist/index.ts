/**
 * core/js/mimetypelist.js as upstream writes and checks it: the generator for each server
 * version, the alias and name merge, and the integrity-check rule (docs/mimetypelist.md).
 */
export { aliasDifferences, type ListDifference, type MimetypeListDifferences } from './differences.ts';
export { generateFromTree, mimetypelistHash, MIMETYPELIST_PATH, type MimetypeListHash } from './checker.ts';
export { readMimetypeTree, type ReadOptions } from './disk.ts';
export { MimetypeListError } from './errors.ts';
export { generateMimetypeList, type GeneratorInput, type ThemeIcons } from './generator.ts';
export type { FolderListing, MimetypeTree, ThemeFolder } from './tree.ts';
export { mimetypeListRules, parseVersionPhp, type MimetypeListRules, type NextcloudRules, type ServerVersion } from './version.ts';
