/**
 * core/js/mimetypelist.js: the generator against the files 23 Nextcloud releases shipped,
 * the version rules, the alias and name merge, the integrity-check rule on server trees
 * built from those releases, the edge cases of the spec, and (when PHP is installed) a
 * differential test against a PHP rendition of the generator.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { UsageError } from '../../src/engine/errors.ts';
import {
  aliasDifferences,
  generateFromTree,
  generateMimetypeList,
  MimetypeListError,
  mimetypelistHash,
  mimetypeListRules,
  parseVersionPhp,
  readMimetypeTree,
  type GeneratorInput,
  type MimetypeListHash,
  type MimetypeTree,
  type NextcloudRules,
} from '../../src/engine/mimetypelist/index.ts';
import { iconNames, withoutExtension } from '../../src/engine/mimetypelist/generator.ts';
import { phpFileName } from '../../src/engine/mimetypelist/disk.ts';
import { PhpArray, type PhpValue } from '../../src/engine/php/array.ts';
import { phpJsonDecode } from '../../src/engine/php/json.ts';
import { cleanupTempDirs, tempDir } from '../helpers.ts';
import { FRESH, SAMPLE_NAMES, sample, treeOf, versionPhp, writeServer, type Sample } from './mimetypelist-helpers.ts';

after(cleanupTempDirs);

const sha512 = (bytes: Uint8Array): string => createHash('sha512').update(bytes).digest('hex');
/** Byte equality, reported as a text diff when it fails. */
function assertSameBytes(actual: Buffer, expected: Buffer): void {
  assert.equal(actual.toString('utf8'), expected.toString('utf8'));
  assert.ok(actual.equals(expected));
}

const hashOf = (result: MimetypeListHash): string | null => (result.rule === 'excluded' ? null : result.hash);

function rulesOf(version: number[]): NextcloudRules {
  const rules = mimetypeListRules({ vendor: 'nextcloud', version });
  assert.equal(rules.vendor, 'nextcloud');
  return rules as NextcloudRules;
}

const aliasesOf = (entries: Array<[string | number, PhpValue]>): PhpArray => PhpArray.fromEntries(entries);
const json = (text: string): Buffer => Buffer.from(text, 'utf8');

/** The generator's input for a sample's shipped files, to be edited by a test. */
function shippedInput(s: Sample): GeneratorInput {
  return {
    aliases: phpJsonDecode(s.shippedAliases) as PhpArray,
    names: s.shippedNames === null ? null : (phpJsonDecode(s.shippedNames) as PhpArray),
    iconFiles: s.iconFiles,
    themes: [],
  };
}

const V2: NextcloudRules = rulesOf([30, 0, 1]);
const V3: NextcloudRules = rulesOf([32, 0, 1]);

/** What the generator writes for a small input (V2 unless told), as text. */
function generated(input: Partial<GeneratorInput>, rules: NextcloudRules = V2): string {
  const full: GeneratorInput = {
    aliases: new PhpArray(),
    iconFiles: [],
    themes: [],
    names: rules.layout === 'v3' ? new PhpArray() : null,
    ...input,
  };
  return generateMimetypeList(full, rules).toString('utf8');
}

/** The text between `\t<name>: ` and the next top-level entry. */
function section(file: string, name: 'aliases' | 'files' | 'themes' | 'names'): string {
  const start = file.indexOf(`\t${name}: `);
  assert.ok(start >= 0, `no ${name} in the file`);
  const rest = file.slice(start + name.length + 3);
  const end = rest.search(/,?\n\t[a-z]+: |,?\n};\n$/);
  return rest.slice(0, end);
}

describe('mimetypelist: the version rules', () => {
  it('layout v1 up to 12, v2 from 13 to 31, v3 (names) from 32', () => {
    const layouts = [9, 12, 13, 16, 31, 32, 34].map((major) => rulesOf([major, 0, 0]).layout);
    assert.deepEqual(layouts, ['v1', 'v1', 'v2', 'v2', 'v2', 'v3', 'v3']);
  });

  it('comment keys: "_" keys up to 23, also "" from 24, keys cast to strings from 31', () => {
    const rules = [23, 24, 30, 31, 34].map((major) => rulesOf([major, 0, 0]).commentKeys);
    assert.deepEqual(rules, [
      'underscore',
      'underscore-or-empty',
      'underscore-or-empty',
      'underscore-or-empty-stringified',
      'underscore-or-empty-stringified',
    ]);
  });

  it('merge: unchecked array_merge up to 17, invalid JSON ignored from 18, array_replace from 33', () => {
    const merges = [12, 17, 18, 32, 33, 34].map((major) => rulesOf([major, 0, 0]).merge);
    assert.deepEqual(merges, [
      'array_merge-unchecked',
      'array_merge-unchecked',
      'array_merge',
      'array_merge',
      'array_replace',
      'array_replace',
    ]);
  });

  it('the Checker rule exists from 17; ownCloud excludes the file instead', () => {
    assert.deepEqual(
      [12, 16, 17, 34].map((major) => rulesOf([major, 0, 0]).checker),
      ['none', 'none', 'regenerate', 'regenerate'],
    );
    assert.deepEqual(mimetypeListRules({ vendor: 'owncloud', version: [10, 15, 2, 1] }), { vendor: 'owncloud', checker: 'excluded' });
  });

  it('reads $OC_Version and $vendor from version.php, in both array notations', () => {
    assert.deepEqual(parseVersionPhp(versionPhp([32, 0, 1, 2])), { vendor: 'nextcloud', version: [32, 0, 1, 2] });
    assert.deepEqual(parseVersionPhp("<?php\n$OC_Version = [10, 15, 2, 1];\n$vendor = 'owncloud';\n"), {
      vendor: 'owncloud',
      version: [10, 15, 2, 1],
    });
    assert.deepEqual(parseVersionPhp('<?php $OC_Version=array(12,0,6,1,);'), { vendor: 'nextcloud', version: [12, 0, 6, 1] });
    assert.throws(() => parseVersionPhp('<?php $OC_VersionString = "32.0.1";'), UsageError);
    assert.throws(() => parseVersionPhp('<?php $OC_Version = array(PHP_MAJOR, 0);'), UsageError);
  });
});

type Edit = (input: GeneratorInput) => GeneratorInput;

const editAliases =
  (change: (entries: Array<[string | number, PhpValue]>) => Array<[string | number, PhpValue]>): Edit =>
  (input) => ({ ...input, aliases: aliasesOf(change([...input.aliases.entries()])) });
const without = (...keys: string[]): Edit => editAliases((entries) => entries.filter(([key]) => !keys.includes(String(key))));
const appended = (key: string, value: string): Edit => editAliases((entries) => [...entries, [key, value]]);
const insertedAfter = (anchor: string, key: string, value: string): Edit =>
  editAliases((entries) => entries.flatMap((entry) => (entry[0] === anchor ? [entry, [key, value] as [string, string]] : [entry])));
const setTo = (key: string, value: string): Edit => editAliases((entries) => entries.map(([k, v]) => [k, k === key ? value : v]));
const withIcon =
  (file: string): Edit =>
  (input) => ({ ...input, iconFiles: [...input.iconFiles, file] });
const withoutNames =
  (...keys: string[]): Edit =>
  (input) => ({
    ...input,
    names: aliasesOf([...(input.names ?? new PhpArray()).entries()].filter(([key]) => !keys.includes(String(key)))),
  });
const all =
  (...edits: Edit[]): Edit =>
  (input) =>
    edits.reduce((acc, edit) => edit(acc), input);

const GZIP_BEFORE_26 = all(without('application/gzip'), setTo('application/x-gzip', 'package/x-generic'));
const VISIO = ['drawing', 'stencil', 'template'].flatMap((kind) => [
  `application/vnd.ms-visio.${kind}.macroEnabled.12`,
  `application/vnd.ms-visio.${kind}`,
]);
const NEW_IN_33 = ['application/toml', 'application/x-openvpn-profile'];
const AUDIO_VIDEO_IN_33 = [
  ...['aac', 'midi', 'mpeg', 'ogg', 'opus', 'wav', 'webm', 'x-midi'].map((t) => `audio/${t}`),
  ...['mp4', 'mpeg', 'ogg', 'webm'].map((t) => `video/${t}`),
];
const BEFORE_33 = all(without(...NEW_IN_33, ...AUDIO_VIDEO_IN_33), withoutNames(...NEW_IN_33));

/**
 * The releases that shipped a stale file, and the input that file was generated from
 * (SPEC §5): what their own dist files and icons lack or have too much of.
 */
const STALE: Record<string, { why: string; shippedFrom: Edit }> = {
  '12.0.6': { why: 'an extra text/x-ldif alias', shippedFrom: insertedAfter('text/x-h', 'text/x-ldif', 'text/code') },
  '13.0.1': { why: 'application/internet-shortcut appended by hand', shippedFrom: appended('application/internet-shortcut', 'link') },
  '14.0.1': {
    why: "13.0.1's file: the internet-shortcut alias, and none of the six visio aliases of its dist",
    shippedFrom: all(without(...VISIO), appended('application/internet-shortcut', 'link')),
  },
  '16.0.0alpha1': { why: 'application/internet-shortcut appended by hand', shippedFrom: appended('application/internet-shortcut', 'link') },
  '19.0.0': { why: 'a mindmap icon that is not in the folder', shippedFrom: withIcon('mindmap.svg') },
  '22.2.0': { why: "19.0.0's file: no image/targa alias", shippedFrom: without('image/targa') },
  '23.0.2': { why: 'no image/targa alias', shippedFrom: without('image/targa') },
  '24.0.12': { why: 'no image/targa alias', shippedFrom: without('image/targa') },
  '26.0.3': { why: 'the gzip aliases before application/gzip', shippedFrom: GZIP_BEFORE_26 },
  '27.1.3': { why: 'the gzip aliases before application/gzip', shippedFrom: GZIP_BEFORE_26 },
  '28.0.2': { why: 'the gzip aliases before application/gzip', shippedFrom: GZIP_BEFORE_26 },
  '31.0.11': {
    why: 'application/x-compressed instead of text/x-nfo',
    shippedFrom: all(insertedAfter('application/x-cbr', 'application/x-compressed', 'package/x-generic'), without('text/x-nfo')),
  },
  '33.0.1': { why: "32's file: none of the toml, openvpn, audio/* and video/* aliases and 2 names", shippedFrom: BEFORE_33 },
  '34.0.1': { why: "32's file: none of the toml, openvpn, audio/* and video/* aliases and 2 names", shippedFrom: BEFORE_33 },
};

describe('mimetypelist: the files 23 releases shipped', () => {
  it('every sample is either fresh (9) or stale (14)', () => {
    assert.equal(SAMPLE_NAMES.length, 23);
    assert.equal(FRESH.length, 9);
    assert.equal(Object.keys(STALE).length, 14);
    assert.deepEqual([...FRESH, ...Object.keys(STALE)].sort(), [...SAMPLE_NAMES].sort());
  });

  for (const name of FRESH) {
    it(`${name}: the shipped dist files and icons generate the shipped file byte for byte`, () => {
      const s = sample(name);
      const tree = treeOf(s);
      assertSameBytes(generateFromTree(tree, 'default'), s.shipped);
      assertSameBytes(generateFromTree(tree, 'all'), s.shipped);
    });
  }

  for (const [name, { why, shippedFrom }] of Object.entries(STALE)) {
    it(`${name}: the shipped file is stale (${why}); generated from that input it comes out byte for byte`, () => {
      const s = sample(name);
      const rules = rulesOf([...s.server.version]);
      assert.ok(!generateFromTree(treeOf(s), 'default').equals(s.shipped));
      assertSameBytes(generateMimetypeList(shippedFrom(shippedInput(s)), rules), s.shipped);
    });
  }

  it("stale files equal another release's fresh output, as SPEC §5 says", () => {
    const derived = (name: string): Buffer => generateFromTree(treeOf(sample(name)), 'default');
    assert.ok(sample('16.0.0alpha1').shipped.equals(derived('17.0.0')));
    for (const name of ['26.0.3', '27.1.3']) assert.ok(sample(name).shipped.equals(derived('25.0.2')));
    for (const name of ['33.0.1', '34.0.1']) assert.ok(sample(name).shipped.equals(derived('32.0.1')));
  });

  it('regenerating a stale release gives the "current" hashes of the public reports #16259, #22508 and #44315', () => {
    const derivedHash = (name: string): string => sha512(generateFromTree(treeOf(sample(name)), 'default'));
    assert.ok(derivedHash('16.0.0alpha1').startsWith('53613657e01ad07f'));
    assert.ok(derivedHash('19.0.0').startsWith('248b1c46827f1607'));
    assert.ok(derivedHash('29.0.0').startsWith('5b121122'));
    assert.ok(sha512(sample('19.0.0').shipped).startsWith('23a3fa45'));
    assert.ok(sha512(sample('28.0.2').shipped).startsWith('550ab566'));
  });
});

describe('mimetypelist: the generator', () => {
  it('writes the whole v2 file: header, aliases with slashes as they are, files, themes', () => {
    const file = generated({
      aliases: aliasesOf([
        ['_comment', 'dropped'],
        ['application/x-a', 'text/code'],
      ]),
      iconFiles: ['text.svg', 'folder.svg'],
      themes: [{ name: 'dark', iconFiles: ['text.svg'] }],
    });
    const expected =
      '/**\n* This file is automatically generated\n* DO NOT EDIT MANUALLY!\n*\n' +
      '* You can update the list of MimeType Aliases in config/mimetypealiases.json\n' +
      '* The list of files is fetched from core/img/filetypes\n' +
      '* To regenerate this file run ./occ maintenance:mimetype:update-js\n*/\n' +
      'OC.MimeTypeList={\n' +
      '\taliases: {\n    "application/x-a": "text/code"\n},\n' +
      '\tfiles: [\n    "folder",\n    "text"\n],\n' +
      '\tthemes: {\n    "dark": [\n        "text"\n    ]\n}\n};\n';
    assert.equal(file, expected);
  });

  it('v1 names the old occ command; v3 ends with the names block', () => {
    const v1 = generated({}, rulesOf([12, 0, 6]));
    assert.ok(v1.includes('\n* To regenerate this file run ./occ maintenance:mimetypesjs\n*/\n'));
    assert.ok(v1.endsWith('\taliases: [],\n\tfiles: [],\n\tthemes: []\n};\n'));
    const v3 = generated({}, V3);
    assert.ok(v3.endsWith('\taliases: [],\n\tfiles: [],\n\tthemes: [],\n\tnames: {},\n};\n'));
  });

  it('files: cut from the last dot, dotless names become "", duplicates once, PHP sort (numbers as numbers, stable)', () => {
    const files = [
      'README',
      '.hidden',
      'a.b.svg',
      'trail.',
      'dup.png',
      'dup.svg',
      '10.svg',
      '9.svg',
      '1e1.png',
      'Z.svg',
      'folder-drag-accept.svg',
      'folder.svg',
    ];
    assert.deepEqual(iconNames(files), ['', '9', '10', '1e1', 'Z', 'a.b', 'dup', 'folder', 'folder-drag-accept', 'trail']);
    assert.deepEqual(iconNames(['1e1.svg', '10.svg']), ['1e1', '10']);
    assert.equal(section(generated({ iconFiles: ['x.svg', 'README'] }), 'files'), '[\n    "",\n    "x"\n]');
  });

  it('the extension cut is preg_replace("/.[^.]*$/"): "." matches anything but "\\n"', () => {
    const cases: Array<[string, string]> = [
      ['a.b\n', 'a'],
      ['x.\n', 'x'],
      ['\nabc', '\n'],
      ['\n', '\n'],
      ['', ''],
      ['a\n', ''],
      ['\n\n.x', '\n\n'],
      ['é😀', ''],
      ['é.😀', 'é'],
    ];
    for (const [name, stem] of cases) assert.equal(withoutExtension(name), stem, JSON.stringify(name));
  });

  it('aliases: PHP json_encode, unicode and astral characters escaped, slashes not; files and names escape slashes', () => {
    const file = generated(
      {
        aliases: aliasesOf([
          ['application/x-😀', 'image/ü'],
          ['a/"q"\\b', 'x\ty\u0001'],
          ['n', 5],
          ['f', phpJsonDecode('0.1') as PhpValue],
          ['nested', phpJsonDecode('{"k/1": [true, null]}') as PhpValue],
        ]),
        names: aliasesOf([['text/x-a', 'A/B é']]),
      },
      V3,
    );
    assert.equal(
      section(file, 'aliases'),
      '{\n    "application/x-\\ud83d\\ude00": "image/\\u00fc",\n    "a/\\"q\\"\\\\b": "x\\ty\\u0001",\n    "n": 5,\n    "f": 0.1,\n' +
        '    "nested": {\n        "k/1": [\n            true,\n            null\n        ]\n    }\n}',
    );
    assert.ok(file.endsWith("\tnames: {'text/x-a': t('core', \"A\\/B \\u00e9\"),\n},\n};\n"));
  });

  it('comment keys per version: the empty key stays up to 23, integer keys always stay', () => {
    const aliases = aliasesOf([
      ['_comment', 'c'],
      ['', 'empty'],
      [0, 'zero'],
      ['a', 'b'],
    ]);
    const keysKept = (major: number): string => section(generated({ aliases }, rulesOf([major, 0, 0])), 'aliases');
    assert.equal(keysKept(23), '{\n    "": "empty",\n    "0": "zero",\n    "a": "b"\n}');
    assert.equal(keysKept(24), '{\n    "0": "zero",\n    "a": "b"\n}');
    assert.equal(keysKept(31), '{\n    "0": "zero",\n    "a": "b"\n}');
    // What is left keyed 0..n-1 is a JSON list.
    assert.equal(
      section(
        generated({
          aliases: aliasesOf([
            ['_c', 'c'],
            [0, 'zero'],
          ]),
        }),
        'aliases',
      ),
      '[\n    "zero"\n]',
    );
  });

  it('themes: in the given order, an empty icon folder as [], an integer-like name as PHP makes it', () => {
    const themes = [
      { name: 'zeta', iconFiles: ['b.svg', 'a.png'] },
      { name: 'alpha', iconFiles: [] },
      { name: '7', iconFiles: ['x.svg'] },
    ];
    assert.equal(
      section(generated({ themes }), 'themes'),
      '{\n    "zeta": [\n        "a",\n        "b"\n    ],\n    "alpha": [],\n    "7": [\n        "x"\n    ]\n}',
    );
    assert.equal(section(generated({ themes: [{ name: '0', iconFiles: ['x.svg'] }] }), 'themes'), '[\n    [\n        "x"\n    ]\n]');
  });

  it('a name that is not valid UTF-8 makes json_encode fail: that list prints as nothing', () => {
    const bad = phpFileName(Buffer.from([0xff, 0x2e, 0x73, 0x76, 0x67]));
    const file = generated({ iconFiles: ['ok.svg', bad], themes: [{ name: phpFileName(Buffer.from([0x74, 0xc3])), iconFiles: [] }] });
    assert.ok(file.includes('\tfiles: ,\n\tthemes: \n};\n'));
    assert.equal(phpFileName(Buffer.from('é.svg')), 'é.svg');
  });

  it('names: "_" keys and blank values skipped, the key printed raw, the value json_encoded, in array order', () => {
    const names = aliasesOf([
      ['_comment', 'x'],
      ['text/b', 'B'],
      ['blank', ' \t\n\r\0\v'],
      ["it's", 'q"é'],
      ['', 'empty key'],
      ['_skipped', 5],
    ]);
    assert.equal(
      section(generated({ names }, V3), 'names'),
      "{'text/b': t('core', \"B\"),\n'it's': t('core', \"q\\\"\\u00e9\"),\n'': t('core', \"empty key\"),\n}",
    );
  });

  it('names: an integer key or a value that is not a string is a TypeError (strict_types)', () => {
    const typeError = (names: PhpArray): void => {
      assert.throws(
        () => generated({ names }, V3),
        (e) => e instanceof MimetypeListError && e.phpClass === 'TypeError',
      );
    };
    typeError(aliasesOf([['7', 'seven']]));
    typeError(aliasesOf([['a', 5]]));
    typeError(aliasesOf([['a', null]]));
  });
});

/** A sample's tree with these admin files in its config folder. */
function withConfig(s: Sample, customAliases: string | null, customNames: string | null = null): MimetypeTree {
  return treeOf(s, {
    customAliases: customAliases === null ? null : json(customAliases),
    customNames: customNames === null ? null : json(customNames),
  });
}

describe('mimetypelist: shipped and admin aliases and names', () => {
  const s30 = sample('30.0.1');
  const s33 = sample('33.0.1');
  const aliasSection = (tree: MimetypeTree): string => section(generateFromTree(tree, 'all').toString('utf8'), 'aliases');

  it('an admin key overwrites in its shipped place, a new one is appended, a "_" key dropped', () => {
    const out = aliasSection(withConfig(s30, '{"_note": "mine", "x/new": "text", "application/coreldraw": "text/code"}'));
    assert.ok(out.startsWith('{\n    "application/coreldraw": "text/code",\n'));
    assert.ok(out.endsWith('    "image/x-emf": "image/emf",\n    "x/new": "text"\n}'));
    assert.ok(!out.includes('_note'));
  });

  it('a key repeated in the admin file keeps its first place and its last value', () => {
    const out = aliasSection(withConfig(s30, '{"x/a": "1", "x/b": "2", "x/a": "3"}'));
    assert.ok(out.endsWith('    "x/a": "3",\n    "x/b": "2"\n}'));
  });

  it('integer-like keys: array_merge renumbers them from 0 (up to 32), array_replace keeps them (33+)', () => {
    const custom = '{"7": "seven", "-3": "minus", "07": "kept as a string"}';
    assert.ok(aliasSection(withConfig(s30, custom)).endsWith('    "0": "seven",\n    "1": "minus",\n    "07": "kept as a string"\n}'));
    assert.ok(aliasSection(withConfig(s33, custom)).endsWith('    "7": "seven",\n    "-3": "minus",\n    "07": "kept as a string"\n}'));
  });

  it('an admin file that is not valid JSON: ignored from 18, a TypeError up to 17', () => {
    for (const bad of ['{"x/a": ', '', '\ufeff{}']) {
      assert.ok(generateFromTree(withConfig(s30, bad), 'all').equals(generateFromTree(treeOf(s30), 'all')));
      assert.deepEqual(aliasDifferences(withConfig(s30, bad)).ignored, ['config/mimetypealiases.json is not valid JSON']);
      assert.throws(
        () => generateFromTree(withConfig(sample('17.0.0'), bad), 'all'),
        (e) => e instanceof MimetypeListError && e.phpClass === 'TypeError' && /not valid JSON/.test(e.message),
      );
    }
  });

  it('valid JSON that is not an object or list is a TypeError in every version', () => {
    for (const name of ['17.0.0', '30.0.1', '33.0.1']) {
      for (const scalar of ['"x"', '5', 'null', 'true']) {
        assert.throws(
          () => generateFromTree(withConfig(sample(name), scalar), 'all'),
          (e) => e instanceof MimetypeListError && e.phpClass === 'TypeError',
        );
      }
    }
  });

  it('a list in the admin file is appended with new numbers', () => {
    assert.ok(aliasSection(withConfig(s30, '["a", "b"]')).endsWith('    "image/x-emf": "image/emf",\n    "0": "a",\n    "1": "b"\n}'));
  });

  it('the default-alias output ignores the admin aliases but not the admin names (32+)', () => {
    const tree = withConfig(s33, '{"x/new": "text"}', '{"x/new": "My type", "text/plain": "Text"}');
    const defaults = generateFromTree(tree, 'default').toString('utf8');
    assert.ok(!defaults.includes('x/new": "text"'));
    assert.ok(defaults.includes("'x/new': t('core', \"My type\"),\n"));
    assert.ok(defaults.includes("'text/plain': t('core', \"Text\"),\n"));
  });

  it('a shipped list that is missing or broken is a TypeError', () => {
    assert.throws(() => generateFromTree(treeOf(s30, { shippedAliases: null }), 'default'), MimetypeListError);
    assert.throws(() => generateFromTree(treeOf(s33, { shippedNames: json('[') }), 'default'), MimetypeListError);
    // Before 32 the names are not read at all.
    assert.ok(generateFromTree(treeOf(s30, { shippedNames: json('[') }), 'default').equals(s30.shipped));
  });
});

describe('mimetypelist: what an admin changed', () => {
  it('lists added and changed aliases and names, leaving out comments', () => {
    const tree = withConfig(
      sample('33.0.1'),
      '{"_c": "x", "x/new": "text", "application/coreldraw": "text/code", "application/gzip": "package/x-generic"}',
      '{"text/plain": "Text", "text/css": " "}',
    );
    const differences = aliasDifferences(tree);
    assert.deepEqual(differences.aliases, [
      { key: 'application/coreldraw', shipped: 'image', current: 'text/code' },
      { key: 'x/new', shipped: undefined, current: 'text' },
    ]);
    assert.deepEqual(differences.names, [
      { key: 'text/css', shipped: 'CSS stylesheet', current: ' ' },
      { key: 'text/plain', shipped: 'Plain text document', current: 'Text' },
    ]);
    assert.deepEqual(differences.ignored, []);
  });

  it('a pristine server has no differences; before 32 there are no names', () => {
    assert.deepEqual(aliasDifferences(treeOf(sample('32.0.1'))), { aliases: [], names: [], ignored: [] });
    assert.deepEqual(aliasDifferences(withConfig(sample('30.0.1'), '{}', '{"text/plain": "x"}')).names, []);
  });
});

describe('mimetypelist: the integrity-check rule on a server tree', () => {
  const customAliases = (s: Sample): string => {
    const firstShipped = [...(phpJsonDecode(s.shippedAliases) as PhpArray).keys()].find((key) => !String(key).startsWith('_'));
    return JSON.stringify({
      _comment: 'site aliases',
      'application/x-site-report': 'x-office/document',
      [String(firstShipped)]: 'text/code',
      '7': 'text',
    });
  };

  /** The sample unpacked, with admin aliases, then `occ maintenance:mimetype:update-js` run. */
  function regeneratedServer(s: Sample): { root: string; regenerated: Buffer } {
    const root = writeServer(tempDir(`mimetypelist-${s.name}-`), s);
    writeFileSync(join(root, 'config', 'mimetypealiases.json'), customAliases(s));
    const regenerated = generateFromTree(readMimetypeTree(root), 'all');
    writeFileSync(join(root, 'core', 'js', 'mimetypelist.js'), regenerated);
    return { root, regenerated };
  }

  for (const name of SAMPLE_NAMES) {
    const s = sample(name);
    const major = s.server.version[0] ?? 0;
    const signed = sha512(s.shipped); // each sample's shipped file matches its core/signature.json

    it(`${name}: the shipped file verifies; regenerated with admin aliases it ${major < 17 ? 'does not (no rule before 17)' : FRESH.includes(name) ? 'verifies too' : 'does not (stale release)'}; hand-edited it does not`, () => {
      const { root, regenerated } = regeneratedServer(s);
      const tree = readMimetypeTree(root);
      assert.ok(!regenerated.equals(s.shipped));

      assert.deepEqual(mimetypelistHash(tree, s.shipped), {
        rule: 'as-is',
        hash: signed,
        because: major < 17 ? 'no-rule' : 'not-generated',
      });

      const result = mimetypelistHash(tree, regenerated);
      if (major < 17) {
        assert.deepEqual(result, { rule: 'as-is', hash: sha512(regenerated), because: 'no-rule' });
      } else {
        assert.deepEqual(result, { rule: 'regenerated-default', hash: sha512(generateFromTree(tree, 'default')) });
        assert.equal(hashOf(result) === signed, FRESH.includes(name));
      }

      const edited = Buffer.from(
        regenerated.toString('utf8').replace('"application/x-site-report": "x-office/document"', '"application/x-site-report": "text"'),
      );
      assert.ok(!edited.equals(regenerated));
      const editedResult = mimetypelistHash(tree, edited);
      assert.deepEqual(editedResult, { rule: 'as-is', hash: sha512(edited), because: major < 17 ? 'no-rule' : 'not-generated' });
      assert.notEqual(hashOf(editedResult), signed);
    });
  }

  it('the boundary: the same tree gets the rule with version 17.0.0 and not with 16.0.11', () => {
    const { root, regenerated } = regeneratedServer(sample('17.0.0'));
    assert.equal(mimetypelistHash(readMimetypeTree(root), regenerated).rule, 'regenerated-default');
    writeFileSync(join(root, 'version.php'), versionPhp([16, 0, 11, 1]));
    assert.equal(mimetypelistHash(readMimetypeTree(root), regenerated).rule, 'as-is');
    writeFileSync(join(root, 'version.php'), versionPhp([10, 15, 2, 1], 'owncloud'));
    assert.deepEqual(mimetypelistHash(readMimetypeTree(root), regenerated), { rule: 'excluded' });
  });

  it('admin names (32+) are not neutralised: the regenerated file then fails', () => {
    const s = sample('32.0.1');
    const root = writeServer(tempDir('mimetypelist-names-'), s);
    writeFileSync(join(root, 'config', 'mimetypenames.json'), '{"text/plain": "Text"}');
    const regenerated = generateFromTree(readMimetypeTree(root), 'all');
    const result = mimetypelistHash(readMimetypeTree(root), regenerated);
    assert.equal(result.rule, 'regenerated-default');
    assert.notEqual(hashOf(result), sha512(s.shipped));
  });

  it('an icon an app added changes both outputs, so the regenerated file fails (issues #44315, #61581)', () => {
    const s = sample('30.0.1');
    const root = writeServer(tempDir('mimetypelist-icon-'), s);
    writeFileSync(join(root, 'core', 'img', 'filetypes', 'drawio.svg'), '');
    const regenerated = generateFromTree(readMimetypeTree(root), 'all');
    const result = mimetypelistHash(readMimetypeTree(root), regenerated);
    assert.equal(result.rule, 'regenerated-default');
    assert.notEqual(hashOf(result), sha512(s.shipped));
  });

  it('the config folder can be elsewhere (NEXTCLOUD_CONFIG_DIR)', () => {
    const s = sample('29.0.0');
    const root = writeServer(tempDir('mimetypelist-configdir-'), s);
    const configDir = tempDir('mimetypelist-config-');
    writeFileSync(join(configDir, 'mimetypealiases.json'), '{"x/new": "text"}');
    const regenerated = generateFromTree(readMimetypeTree(root, { configDir }), 'all');
    assert.ok(regenerated.toString('utf8').includes('"x/new": "text"'));
    assert.deepEqual(mimetypelistHash(readMimetypeTree(root, { configDir }), regenerated), {
      rule: 'regenerated-default',
      hash: sha512(s.shipped),
    });
  });
});

describe('mimetypelist: reading a server tree from disk', () => {
  it('icons: files and symlinks to files count; folders, broken symlinks and "x.svg" folders do not', () => {
    const root = writeServer(tempDir('mimetypelist-disk-'), sample('30.0.1'));
    const icons = join(root, 'core', 'img', 'filetypes');
    mkdirSync(join(icons, 'folder-like.svg'));
    symlinkSync('file.svg', join(icons, 'linked.svg'));
    symlinkSync('missing.svg', join(icons, 'broken.svg'));
    writeFileSync(join(icons, 'README'), '');
    const files = section(generateFromTree(readMimetypeTree(root), 'all').toString('utf8'), 'files');
    assert.ok(files.startsWith('[\n    "",\n    "application",'));
    assert.ok(files.includes('"linked"'));
    assert.ok(!files.includes('folder-like') && !files.includes('broken'));
  });

  it('themes: only those with core/img/filetypes/, a symlinked theme kept, files in themes/ skipped', () => {
    const root = writeServer(tempDir('mimetypelist-themes-'), sample('30.0.1'));
    const themes = join(root, 'themes');
    for (const file of ['x.svg', 'x.png', 'y.svg']) writeFileSync(join(mkdirp(themes, 'dark/core/img/filetypes'), file), '');
    mkdirp(themes, 'empty/core/img/filetypes');
    mkdirp(themes, 'target/core/img/filetypes');
    writeFileSync(join(themes, 'target/core/img/filetypes/t.svg'), '');
    symlinkSync('target', join(themes, 'linked'));
    const tree = readMimetypeTree(root);
    assert.ok(!('cannotOpen' in tree.themes));
    const listed = tree.themes.folders.filter((folder) => folder.icons !== null).map((folder) => folder.name);
    assert.deepEqual([...listed].sort(), ['dark', 'empty', 'linked', 'target']);
    const out = section(generateFromTree(tree, 'all').toString('utf8'), 'themes');
    const expected: Record<string, string> = {
      dark: '    "dark": [\n        "x",\n        "y"\n    ]',
      empty: '    "empty": []',
      linked: '    "linked": [\n        "t"\n    ]',
      target: '    "target": [\n        "t"\n    ]',
    };
    assert.equal(out, `{\n${listed.map((name) => expected[name]).join(',\n')}\n}`);
  });

  it('a missing themes/ or core/img/filetypes/ is the UnexpectedValueException DirectoryIterator throws', () => {
    const root = writeServer(tempDir('mimetypelist-nothemes-'), sample('30.0.1'));
    rmSync(join(root, 'themes'), { recursive: true });
    const unexpected = (e: unknown): boolean => e instanceof MimetypeListError && e.phpClass === 'UnexpectedValueException';
    assert.throws(() => generateFromTree(readMimetypeTree(root), 'all'), unexpected);
    mkdirSync(join(root, 'themes'));
    rmSync(join(root, 'core', 'img', 'filetypes'), { recursive: true });
    assert.throws(() => mimetypelistHash(readMimetypeTree(root), sample('30.0.1').shipped), unexpected);
    // Without the rule the generator never runs.
    writeFileSync(join(root, 'version.php'), versionPhp([16, 0, 11, 1]));
    assert.equal(mimetypelistHash(readMimetypeTree(root), sample('30.0.1').shipped).rule, 'as-is');
  });

  it('an admin file that is a folder reads as "" (not valid JSON); one that cannot be read is a usage error', () => {
    const root = writeServer(tempDir('mimetypelist-badconfig-'), sample('30.0.1'));
    mkdirSync(join(root, 'config', 'mimetypealiases.json'));
    assert.deepEqual(readMimetypeTree(root).customAliases, Buffer.alloc(0));
    rmSync(join(root, 'config', 'mimetypealiases.json'), { recursive: true });
    symlinkSync('nowhere.json', join(root, 'config', 'mimetypealiases.json'));
    assert.equal(readMimetypeTree(root).customAliases, null);
    if (process.getuid?.() !== 0) {
      rmSync(join(root, 'config', 'mimetypealiases.json'));
      writeFileSync(join(root, 'config', 'mimetypealiases.json'), '{}', { mode: 0o000 });
      assert.throws(() => readMimetypeTree(root), UsageError);
    }
  });

  it('version.php is required unless the version is given', () => {
    const root = writeServer(tempDir('mimetypelist-noversion-'), sample('30.0.1'));
    rmSync(join(root, 'version.php'));
    assert.throws(() => readMimetypeTree(root), UsageError);
    assert.deepEqual(readMimetypeTree(root, { server: { vendor: 'nextcloud', version: [30, 0, 1] } }).server.version, [30, 0, 1]);
  });
});

// ------------------------------------------------------------------ differential test against PHP

const PHP_GENERATOR = join(dirname(fileURLToPath(import.meta.url)), 'mimetypelist.php');

/** Why the differential test cannot run, or null when PHP 8 is there. */
function phpMissing(): string | null {
  const probe = spawnSync('php', ['-r', 'echo PHP_MAJOR_VERSION;'], { encoding: 'utf8' });
  if (probe.error) return 'php is not installed: the differential test of the mimetypelist generator is skipped';
  if (Number(probe.stdout) < 8)
    return `php ${probe.stdout} is older than 8: the differential test of the mimetypelist generator is skipped`;
  return null;
}

/** Pieces of names and JSON strings: what the extension cut, the sort and json_encode treat specially. */
const NAME_PIECES = [
  'a',
  'b',
  'Z',
  '.',
  '.',
  '-',
  '_',
  '0',
  '1',
  '9',
  'e',
  '10',
  '1e1',
  'é',
  '😀',
  ' ',
  '\n',
  'README',
  'svg',
  '.svg',
  '.png',
];
const TEXT_PIECES = [...NAME_PIECES, '/', '"', '\\', '\t', '\u0001', '\u007f', '\u2028', "'", '<', '&', 'x-office/document'];

const nameBytes = fc
  .oneof(
    {
      weight: 30,
      arbitrary: fc.array(fc.constantFrom(...NAME_PIECES), { minLength: 1, maxLength: 4 }).map((pieces) => Buffer.from(pieces.join(''))),
    },
    { weight: 1, arbitrary: fc.constantFrom(Buffer.from([0xff, 0x2e, 0x73]), Buffer.from([0x61, 0xc3])) },
  )
  .filter((name) => !['.', '..'].includes(name.toString('latin1')));
const names = (maxLength: number): fc.Arbitrary<Buffer[]> =>
  fc.uniqueArray(nameBytes, { maxLength, selector: (name) => name.toString('hex') });

const text = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 4 }).map((pieces) => pieces.join(''));
const KEYS = ['_comment', '_x', '', '0', '7', '-3', '07', '1.0', 'a/b', 'application/x-😀', 'q"\\', 'tab\t', 'é', 'x y', 'ctl\u0001'];
const key = fc.oneof(fc.constantFrom(...KEYS), text);
const scalarJson = fc.oneof(
  { weight: 6, arbitrary: text.map((t) => JSON.stringify(t)) },
  { weight: 1, arbitrary: fc.constantFrom('5', '-1', '1.0', '0.1', '1e2', '-0.0', '1.5e-7', 'true', 'false', 'null') },
  { weight: 1, arbitrary: fc.constantFrom('{"k/1": [true, null]}', '[]', '{}', '["x", {"y": 1.0}]') },
);
const objectJson = (values: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(key, values), { maxLength: 6 })
    .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')}}`);
const customJson = (values: fc.Arbitrary<string>): fc.Arbitrary<string | null> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 8, arbitrary: objectJson(values) },
    { weight: 1, arbitrary: fc.constantFrom('{"a": ', '', '"x"', '5', 'null', '["a", "b"]') },
  );

const randomServer = fc.record({
  icons: names(8),
  iconFolders: fc.uniqueArray(fc.constantFrom('sub', 'x.svg'), { maxLength: 2 }),
  themes: fc.uniqueArray(fc.record({ name: nameBytes, icons: fc.option(names(4)) }), {
    maxLength: 3,
    selector: (theme) => theme.name.toString('hex'),
  }),
  shippedAliases: objectJson(scalarJson),
  customAliases: customJson(scalarJson),
  shippedNames: objectJson(
    fc.oneof(
      text.map((t) => JSON.stringify(t)),
      fc.constant('" \\t"'),
    ),
  ),
  customNames: customJson(
    fc.oneof({ weight: 12, arbitrary: text.map((t) => JSON.stringify(t)) }, { weight: 1, arbitrary: fc.constant('5') }),
  ),
});
type RandomServer = typeof randomServer extends fc.Arbitrary<infer T> ? T : never;

function writeRandomServer(root: string, server: RandomServer): void {
  const at = (...parts: Array<string | Buffer>): Buffer =>
    Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from('/'), Buffer.from(part)])));
  mkdirp(root, 'resources/config');
  mkdirp(root, 'config');
  writeFileSync(join(root, 'resources/config/mimetypealiases.dist.json'), server.shippedAliases);
  writeFileSync(join(root, 'resources/config/mimetypenames.dist.json'), server.shippedNames);
  if (server.customAliases !== null) writeFileSync(join(root, 'config/mimetypealiases.json'), server.customAliases);
  if (server.customNames !== null) writeFileSync(join(root, 'config/mimetypenames.json'), server.customNames);
  const icons = mkdirp(root, 'core/img/filetypes');
  for (const name of server.icons) writeFileSync(at(icons, name), '');
  for (const folder of server.iconFolders) if (!server.icons.some((name) => name.equals(Buffer.from(folder)))) mkdirp(icons, folder);
  writeFileSync(join(mkdirp(root, 'themes'), 'README'), '');
  for (const theme of server.themes) {
    if (theme.name.equals(Buffer.from('README'))) continue;
    mkdirSync(at(root, 'themes', theme.name));
    if (theme.icons === null) continue;
    const folder = at(root, 'themes', theme.name, 'core/img/filetypes');
    mkdirSync(folder, { recursive: true });
    for (const name of theme.icons) writeFileSync(at(folder, name), '');
  }
}

/** Versions at each boundary of the generator's rules. */
const DIFFERENTIAL_VERSIONS = [12, 16, 17, 18, 23, 24, 30, 31, 32, 33];

function ours(root: string, major: number): string {
  const tree = readMimetypeTree(root, { server: { vendor: 'nextcloud', version: [major, 0, 0] } });
  try {
    return `${generateFromTree(tree, 'all').toString('base64')} ${generateFromTree(tree, 'default').toString('base64')}`;
  } catch (e) {
    if (e instanceof MimetypeListError) return `!${e.phpClass}`;
    throw e;
  }
}

function theirs(roots: string[]): string[] {
  const lines = roots.flatMap((root) =>
    DIFFERENTIAL_VERSIONS.map((major) => {
      const rules = rulesOf([major, 0, 0]);
      return `${root} ${rules.layout} ${rules.commentKeys} ${rules.merge}`;
    }),
  );
  const run = spawnSync('php', [PHP_GENERATOR], { input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout.split('\n').slice(0, -1);
}

/** A result line as text: both files decoded, or the exception. */
function readable(line: string): string {
  if (line.startsWith('!')) return line;
  const [all = '', byDefault = ''] = line.split(' ');
  return `${Buffer.from(all, 'base64').toString('utf8')}\n--- from the shipped aliases ---\n${Buffer.from(byDefault, 'base64').toString('utf8')}`;
}

describe('mimetypelist: differential test against PHP 8', () => {
  const missing = phpMissing();

  it(
    'the same bytes (or the same exception) as a PHP rendition of the generator, on generated servers, at every rule boundary',
    { skip: missing ?? false },
    () => {
      let cases = 0;
      let failures = 0;
      fc.assert(
        fc.property(fc.array(randomServer, { minLength: 25, maxLength: 25 }), (servers) => {
          const base = tempDir('mimetypelist-php-');
          const roots = servers.map((server, i) => {
            const root = join(base, String(i));
            writeRandomServer(root, server);
            return root;
          });
          const expected = theirs(roots);
          const actual = roots.flatMap((root) => DIFFERENTIAL_VERSIONS.map((major) => ours(root, major)));
          cases += actual.length;
          failures += actual.filter((line) => line.startsWith('!')).length;
          assert.equal(actual.length, expected.length);
          actual.forEach((line, i) => {
            const where = `${roots[Math.floor(i / DIFFERENTIAL_VERSIONS.length)]}, version ${DIFFERENTIAL_VERSIONS[i % DIFFERENTIAL_VERSIONS.length]}`;
            if (line !== expected[i]) assert.equal(readable(line), readable(expected[i] ?? ''), where);
          });
          rmSync(base, { recursive: true });
        }),
        // A failure is shrunk for a minute at most: each step writes 25 servers and runs PHP.
        { seed: 18, numRuns: 8, interruptAfterTimeLimit: 60_000 },
      );
      // The generated servers must mostly build a file, with a few of upstream's failures among them.
      assert.ok(cases >= 25 * DIFFERENTIAL_VERSIONS.length);
      assert.ok(failures > 0 && failures < cases / 3, `${failures} of ${cases} failed`);
    },
  );
});

function mkdirp(base: string, rel: string): string {
  const dir = join(base, rel);
  mkdirSync(dir, { recursive: true });
  return dir;
}
