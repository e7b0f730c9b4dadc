/** The shipped samples of test/fixtures/mimetypelist/ as generator inputs, trees in memory and servers on disk. */
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MimetypeTree, ServerVersion } from '../../src/engine/mimetypelist/index.ts';
import { FIXTURES } from '../helpers.ts';

export const SAMPLES_DIR = join(FIXTURES, 'mimetypelist');

export interface Sample {
  /** The folder name, e.g. "16.0.0alpha1". */
  name: string;
  server: ServerVersion;
  shipped: Buffer;
  shippedAliases: Buffer;
  shippedNames: Buffer | null;
  iconFiles: string[];
  themes: string[];
}

/** The releases whose shipped file is exactly what their own dist files generate (SPEC §5); the others shipped a stale file. */
export const FRESH = ['17.0.0', '18.0.4', '25.0.2', '25.0.12', '29.0.0', '29.0.1', '30.0.1', '32.0.1', '32.0.2'];

export const SAMPLE_NAMES = readdirSync(SAMPLES_DIR)
  .filter((name) => /^\d/.test(name))
  .sort((a, b) => versionOf(a).join('.').localeCompare(versionOf(b).join('.'), 'en', { numeric: true }));

/** "16.0.0alpha1" → [16, 0, 0]. */
function versionOf(name: string): number[] {
  return (/^(\d+)\.(\d+)\.(\d+)/.exec(name) ?? []).slice(1).map(Number);
}

const lines = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '');

export function sample(name: string): Sample {
  const dir = join(SAMPLES_DIR, name);
  const namesPath = join(dir, 'mimetypenames.dist.json');
  return {
    name,
    server: { vendor: 'nextcloud', version: versionOf(name) },
    shipped: readFileSync(join(dir, 'mimetypelist.js')),
    shippedAliases: readFileSync(join(dir, 'mimetypealiases.dist.json')),
    shippedNames: existsSync(namesPath) ? readFileSync(namesPath) : null,
    iconFiles: lines(join(dir, 'filetypes.txt')),
    themes: lines(join(dir, 'themes.txt')),
  };
}

/** The sample as a pristine server tree in memory: no admin files, its themes without icon folders. */
export function treeOf(s: Sample, changes: Partial<MimetypeTree> = {}): MimetypeTree {
  return {
    server: s.server,
    shippedAliases: s.shippedAliases,
    customAliases: null,
    shippedNames: s.shippedNames,
    customNames: null,
    icons: { iconFiles: s.iconFiles },
    themes: { folders: s.themes.map((name) => ({ name, icons: null })) },
    ...changes,
  };
}

export function versionPhp(version: readonly number[], vendor = 'nextcloud'): string {
  return `<?php \n$OC_Version = array(${version.join(',')});\n$OC_VersionString = '${version.slice(0, 3).join('.')}';\n$OC_Edition = '';\n$OC_Channel = 'stable';\n$vendor = '${vendor}';\n`;
}

/** Write the sample as a server folder: what a release unpacks (icons are empty files, only names matter). */
export function writeServer(root: string, s: Sample): string {
  const write = (rel: string, content: string | Buffer): void => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  };
  write('version.php', versionPhp([...s.server.version, 0]));
  write('resources/config/mimetypealiases.dist.json', s.shippedAliases);
  if (s.shippedNames) write('resources/config/mimetypenames.dist.json', s.shippedNames);
  for (const file of s.iconFiles) write(`core/img/filetypes/${file}`, '');
  write('themes/README', 'Themes go here.\n');
  for (const theme of s.themes) write(`themes/${theme}/defaults.php`, '<?php\n');
  write('core/js/mimetypelist.js', s.shipped);
  mkdirSync(join(root, 'config'), { recursive: true });
  return root;
}
