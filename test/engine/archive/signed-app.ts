/**
 * The signed app the differential and fuzz tests start from: a few files, a name longer
 * than a tar header holds, two names that differ only in Unicode normalization, two files
 * with the same content; signed in the test with the fixtures' test CA.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CA, runCli, tempDir, writeTree } from '../../helpers.ts';
import { readTree, type Tree } from './extractors.ts';
import { treeEntries, type TarEntry } from './helpers.ts';

export const TOP = 'tricky';
export const LONG_FOLDER = `lib/${'long-folder'.repeat(6)}`;
export const LONG_NAME = `${'long-name-'.repeat(6)}.php`;
export const LONG = `${LONG_FOLDER}/${LONG_NAME}`;
export const ROOT_CRT = join(CA, 'root.crt');

export interface SignedApp {
  /** The app folder (named TOP). */
  dir: string;
  /** Its entries as `tar -c` lists them. */
  entries: TarEntry[];
  /** What the integrity check sees of it. */
  tree: Tree;
}

export async function signedApp(): Promise<SignedApp> {
  const dir = join(tempDir('signed-app-'), TOP);
  writeTree(dir, {
    'appinfo/info.xml': `<?xml version="1.0"?>\n<info><id>${TOP}</id><name>Tricky</name></info>\n`,
    'lib/App.php': '<?php\nclass App {}\n',
    'lib/Copy.php': '<?php\nclass App {}\n',
    [LONG]: '<?php // a name longer than 100 bytes\n',
    'js/main.js': 'console.log("main");\n',
    'css/style.css': 'body { color: black; }\n',
    'templates/index.php': '<?php p("hello");\n',
    'README.md': '# tricky\n',
    'l10n/caf\u00e9.js': 'nfc\n',
    'l10n/cafe\u0301.js': 'nfd\n',
  });
  const run = await runCli(['sign', dir, '--key', join(CA, 'tricky.key'), '--cert', join(CA, 'tricky.crt')]);
  assert.equal(run.code, 0, run.stderr);
  return { dir, entries: treeEntries(dir, TOP), tree: readTree(join(dir, '..'), TOP) };
}
