/**
 * The baseline engine on its own: parsing (every error names file:line), presets, glob
 * semantics, pins, which entries apply to which scope, and applying entries to a scope.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { BaselineEntry, BaselineFile } from '../../src/engine/baseline/entry.ts';
import { compileRules } from '../../src/engine/baseline/glob.ts';
import { applyBaseline as applyRules } from '../../src/engine/baseline/match.ts';
import { parseBaseline } from '../../src/engine/baseline/parse.ts';
import { PRESET_NAMES, presetEntries } from '../../src/engine/baseline/presets.ts';
import { entriesForScope, SELF_REASON } from '../../src/engine/baseline/select.ts';
import { renderBaseline } from '../../src/engine/baseline/write.ts';
import { UsageError } from '../../src/engine/errors.ts';
import { PhpArray } from '../../src/engine/php/array.ts';
import type { FileFinding, ScopeResult } from '../../src/engine/result.ts';
import { REPO } from '../helpers.ts';

/** applyBaseline with the entries' globs compiled, as the use case does. */
const applyBaseline = (scope: ScopeResult, entries: readonly BaselineEntry[]): void => applyRules(scope, entries.map(compileRules()));

const PIN = 'ab'.repeat(64);
const OTHER = 'cd'.repeat(64);

const parse = (text: string, owner?: string): BaselineFile => parseBaseline(text, { source: 'b.yml', path: null, owner });

function usage(text: string, owner?: string): string {
  try {
    parse(text, owner);
  } catch (e) {
    assert.ok(e instanceof UsageError, String(e));
    return `${e.message} | ${e.hint ?? ''}`;
  }
  assert.fail('no error');
}

function scope(name: string, findings: Partial<Pick<ScopeResult, 'INVALID_HASH' | 'MISSING_FILE' | 'EXTRA_FILE'>>): ScopeResult {
  return {
    scope: name,
    profile: 'nextcloud-app',
    root: '.',
    signaturePath: 'appinfo/signature.json',
    INVALID_HASH: {},
    MISSING_FILE: {},
    EXTRA_FILE: {},
    ...findings,
    EXCEPTION: null,
    accepted: {},
    upstream: new PhpArray(),
    notes: [],
    stats: { files: 1, bytes: 1, ms: 1 },
  };
}

const extra = (current = PIN): FileFinding => ({ expected: '', current });
const entry = (e: Partial<BaselineEntry>): BaselineEntry => ({ path: 'x', category: 'EXTRA_FILE', reason: 'r', origin: 'o', ...e });

describe('baseline file: parsing', () => {
  it('reads presets and entries, pins lowercased, origins with line numbers, presets after the entries', () => {
    const file = parse(`# reviewed
presets: [well-known]
accept:
  - path: .user.ini
    category: INVALID_HASH
    reason: upload limit raised by the admin
    sha512: ${PIN.toUpperCase()}
  - path: logs/
    category: EXTRA_FILE
    reason: host logs
    scope: core
`);
    assert.deepEqual(file.presets, ['well-known']);
    assert.deepEqual(file.entries[0], {
      path: '.user.ini',
      category: 'INVALID_HASH',
      reason: 'upload limit raised by the admin',
      sha512: PIN,
      origin: 'b.yml:4',
      kind: 'file',
    });
    assert.equal(file.entries[1]?.origin, 'b.yml:8');
    assert.equal(file.entries[1]?.scope, 'core');
    assert.equal(file.entries[2]?.origin, 'preset well-known');
  });

  it('an all-digit pin or path stays text (YAML failsafe schema)', () => {
    const digits = '1'.repeat(128);
    const file = parse(`accept:\n  - {path: 10, category: INVALID_HASH, reason: 42, sha512: ${digits}}\n`);
    assert.equal(file.entries[0]?.path, '10');
    assert.equal(file.entries[0]?.sha512, digits);
    assert.equal(file.entries[0]?.reason, '42');
  });

  it('an empty file is an empty baseline', () => {
    assert.deepEqual(parse('').entries, []);
    assert.deepEqual(parse('# nothing yet\n').entries, []);
  });

  it('every mistake is a usage error naming file:line and what to do', () => {
    const cases: Array<[string, RegExp]> = [
      [
        'accept:\n  - path: a\n    category: EXTRA_FILE\n    reasn: typo\n',
        /^b\.yml:4: unknown key "reasn" in an entry of accept \| .*path, category, reason, sha512, scope/,
      ],
      ['allow: [a]\n', /^b\.yml:1: unknown key "allow" in a baseline/],
      ['accept:\n  - path: a\n    category: EXTRA_FILE\n', /^b\.yml:2: "reason" has no value/],
      ['accept:\n  - path: a\n    category: EXTRA_FILE\n    reason: "  "\n', /^b\.yml:4: "reason" is empty/],
      [
        'accept:\n  - path: a\n    category: CHANGED\n    reason: r\n',
        /^b\.yml:3: unknown category "CHANGED" \| Use one of INVALID_HASH, MISSING_FILE, EXTRA_FILE/,
      ],
      ['accept:\n  - path: a\n    category: EXCEPTION\n    reason: r\n', /^b\.yml:3: an EXCEPTION can never be accepted/],
      [
        'accept:\n  - path: a\n    category: EXTRA_FILE\n    reason: r\n    sha512: abc\n',
        /^b\.yml:5: "sha512" must be 128 hexadecimal digits/,
      ],
      [
        `accept:\n  - path: a\n    category: MISSING_FILE\n    reason: r\n    sha512: ${PIN}\n`,
        /^b\.yml:5: a MISSING_FILE has no content to pin \| Remove sha512/,
      ],
      ['accept:\n  - path: [a, b]\n    category: EXTRA_FILE\n    reason: r\n', /^b\.yml:2: "path" must be a text, not a list/],
      [
        'accept:\n  - path: ../etc\n    category: EXTRA_FILE\n    reason: r\n',
        /^b\.yml:2: "path" "\.\.\/etc" is not a path inside the checked folder/,
      ],
      ['accept:\n  - path: "!a"\n    category: EXTRA_FILE\n    reason: r\n', /^b\.yml:2: "path" cannot start with "!"/],
      ['accept: a.txt\n', /^b\.yml:1: "accept" must be a list of entries, not a value/],
      ['accept:\n  - a.txt\n', /^b\.yml:2: an entry of "accept" must be a mapping/],
      ['presets: [shared-hosting, cpanel]\n', /^b\.yml:1: unknown preset "cpanel" \| The presets are shared-hosting, docker, well-known/],
      ['presets: docker\n', /^b\.yml:1: "presets" must be a list/],
      ['- a\n- b\n', /^b\.yml:1: a baseline is a mapping with presets and accept, not a list/],
      ['accept:\n  - path: a\n    path: b\n', /^b\.yml:3: not valid YAML/],
      ['accept: [\n', /^b\.yml:\d+: not valid YAML/],
    ];
    for (const [text, expected] of cases) assert.match(usage(text), expected, text);
  });

  it("an app's default file cannot accept another scope's findings; core's can", () => {
    const text = 'accept:\n  - {path: a, category: EXTRA_FILE, reason: r, scope: other}\n';
    assert.match(usage(text, 'tricky'), /^b\.yml:2: this file belongs to tricky: it cannot accept findings of other/);
    assert.equal(parse(text, 'core').entries[0]?.scope, 'other');
    assert.equal(parse(text).entries[0]?.scope, 'other');
  });
});

describe('baseline presets', () => {
  it('each preset accepts what its host adds, as EXTRA_FILE, with a reason naming it', () => {
    const accepted = (preset: string, paths: string[]): string[] => {
      const s = scope('core', { EXTRA_FILE: Object.fromEntries(paths.map((p) => [p, extra()])) });
      applyBaseline(s, presetEntries(preset)!);
      for (const f of Object.values(s.accepted)) {
        assert.equal(f.by, `preset ${preset}`);
        assert.match(f.reason, new RegExp(`^preset ${preset}: `));
      }
      return Object.keys(s.accepted);
    };
    assert.deepEqual(
      accepted('shared-hosting', [
        'php.ini',
        'error_log',
        'lib/error_log',
        'logs/access.log',
        'stats/index.html',
        'cgi-bin/x',
        'lib/php.ini',
        'evil.php',
      ]),
      ['cgi-bin/x', 'error_log', 'lib/error_log', 'logs/access.log', 'php.ini', 'stats/index.html'],
    );
    assert.deepEqual(accepted('docker', ['nextcloud-init-sync.lock', 'custom_apps/x/appinfo/info.xml', 'index2.php']), [
      'custom_apps/x/appinfo/info.xml',
      'nextcloud-init-sync.lock',
    ]);
    assert.deepEqual(accepted('well-known', ['.well-known/acme-challenge/t', '.well-known/security.txt', 'well-known']), [
      '.well-known/acme-challenge/t',
      '.well-known/security.txt',
    ]);
    assert.deepEqual([...PRESET_NAMES].sort(), ['docker', 'shared-hosting', 'well-known']);
    assert.equal(presetEntries('toString'), null);
  });

  it('docs/baseline.md lists each preset with exactly its paths', () => {
    const doc = readFileSync(join(REPO, 'docs', 'baseline.md'), 'utf8');
    for (const name of PRESET_NAMES) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      assert.ok(row, `no row for ${name}`);
      const documented = [...row.split('|')[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, ''));
      assert.deepEqual(
        documented,
        presetEntries(name)!.map((e) => e.path),
        name,
      );
    }
  });

  it('a preset never accepts a changed file (only EXTRA_FILE)', () => {
    const s = scope('core', { INVALID_HASH: { 'php.ini': { expected: OTHER, current: PIN } } });
    applyBaseline(s, presetEntries('shared-hosting')!);
    assert.deepEqual(Object.keys(s.INVALID_HASH), ['php.ini']);
  });
});

describe('baseline matching', () => {
  it('globs follow @actions/glob: dot files, a folder covers what is below it, * stays in its folder, no braces', () => {
    const names = ['.user.ini', 'logs/a.log', 'logs/sub/b.log', 'lib/x.php', '{a,b}.txt', 'a.txt'];
    const s = scope('app', { EXTRA_FILE: Object.fromEntries(names.map((n) => [n, extra()])) });
    applyBaseline(s, [
      entry({ path: '.user.ini' }),
      entry({ path: 'logs/*.log' }),
      entry({ path: '{a,b}.txt' }),
      entry({ path: './lib/' }),
    ]);
    assert.deepEqual(Object.keys(s.accepted), ['.user.ini', 'lib/x.php', 'logs/a.log', '{a,b}.txt']);
    assert.deepEqual(Object.keys(s.EXTRA_FILE), ['logs/sub/b.log', 'a.txt']);
  });

  it('category and scope must match too', () => {
    const s = scope('app', { INVALID_HASH: { a: { expected: OTHER, current: PIN } }, EXTRA_FILE: { b: extra() } });
    applyBaseline(s, [entry({ path: 'a' }), entry({ path: 'b', scope: 'other' })]);
    assert.deepEqual(Object.keys(s.accepted), []);
  });

  it('a pin accepts the reviewed content only; a later change fails again, with a note', () => {
    const pinned = [entry({ path: '.user.ini', category: 'INVALID_HASH', sha512: PIN, origin: 'b.yml:3', reason: 'upload limit' })];
    const same = scope('app', { INVALID_HASH: { '.user.ini': { expected: OTHER, current: PIN } } });
    applyBaseline(same, pinned);
    assert.deepEqual(same.accepted['.user.ini'], {
      expected: OTHER,
      current: PIN,
      category: 'INVALID_HASH',
      reason: 'upload limit',
      by: 'b.yml:3',
    });
    const changed = scope('app', { INVALID_HASH: { '.user.ini': { expected: OTHER, current: 'ef'.repeat(64) } } });
    applyBaseline(changed, pinned);
    assert.deepEqual(changed.accepted, {});
    assert.equal(
      changed.INVALID_HASH['.user.ini']?.baselineNote,
      `changed since it was reviewed: b.yml:3 accepts it only with SHA-512 ${PIN.slice(0, 16)}… (upload limit); it is now ${'ef'.repeat(8)}…`,
    );
  });

  it('the first matching entry names the finding', () => {
    const s = scope('app', { EXTRA_FILE: { 'logs/a': extra() } });
    applyBaseline(s, [entry({ path: 'logs/*', origin: 'first' }), entry({ path: 'logs', origin: 'folder' })]);
    assert.equal(s.accepted['logs/a']?.by, 'first');
  });

  it('a pin wins over an unpinned entry or a preset naming the same file', () => {
    const entries = [...presetEntries('shared-hosting')!, entry({ path: 'php.ini', sha512: PIN, origin: 'pinned' })];
    const same = scope('core', { EXTRA_FILE: { 'php.ini': extra(PIN) } });
    applyBaseline(same, entries);
    assert.equal(same.accepted['php.ini']?.by, 'pinned');
    const changed = scope('core', { EXTRA_FILE: { 'php.ini': extra(OTHER) } });
    applyBaseline(changed, entries);
    assert.deepEqual(changed.accepted, {});
    assert.match(changed.EXTRA_FILE['php.ini']?.baselineNote ?? '', /^changed since it was reviewed: pinned accepts it only/);
  });

  it('what could not be hashed is never accepted; a missing file is', () => {
    const s = scope('app', {
      EXTRA_FILE: { link: { expected: '', current: '', problem: 'a symbolic link out of the root' } },
      MISSING_FILE: { gone: { expected: PIN, current: '' } },
    });
    applyBaseline(s, [entry({ path: 'link' }), entry({ path: 'gone', category: 'MISSING_FILE' })]);
    assert.deepEqual(Object.keys(s.accepted), ['gone']);
    assert.deepEqual(Object.keys(s.EXTRA_FILE), ['link']);
  });
});

describe('which entries apply to a scope', () => {
  const given: BaselineFile = {
    source: 'b.yml',
    path: null,
    presets: [],
    entries: [entry({ origin: 'any' }), entry({ origin: 'for-notes', scope: 'notes' })],
  };
  const core: BaselineFile = {
    source: 'srv/.code-integrity.yml',
    path: '/srv/.code-integrity.yml',
    owner: 'core',
    presets: [],
    entries: [
      entry({ origin: 'core-own' }),
      entry({ origin: 'core-for-notes', scope: 'notes' }),
      entry({ origin: 'core-for-release', scope: 'release' }),
    ],
  };
  const app: BaselineFile = {
    source: 'notes/.code-integrity.yml',
    path: '/srv/apps/notes/.code-integrity.yml',
    owner: 'notes',
    presets: [],
    entries: [entry({ origin: 'notes-own' })],
  };
  const origins = (files: BaselineFile[], scopeName: string, diskRoot: string | null): string[] =>
    entriesForScope(files, { scope: scopeName, diskRoot }).map((e) => `${e.origin}${e.kind === 'self' ? ' (self)' : ''}`);

  it('a given file applies to every scope; its scoped entries to theirs only', () => {
    assert.deepEqual(origins([given], 'core', '/srv'), ['any']);
    assert.deepEqual(origins([given], 'notes', null), ['any', 'for-notes']);
  });

  it("a default file applies to its owner; core's names apps and the release scope below it", () => {
    assert.deepEqual(origins([app, core], 'core', '/srv'), ['srv/.code-integrity.yml (self)', 'core-own']);
    assert.deepEqual(origins([app, core], 'notes', '/srv/apps/notes'), ['notes/.code-integrity.yml (self)', 'notes-own', 'core-for-notes']);
    assert.deepEqual(origins([app, core], 'release', '/srv'), ['core-for-release']);
    assert.deepEqual(origins([app, core], 'notes', '/elsewhere/notes'), []);
  });

  it('nothing of a default file applies to a scope read from an archive', () => {
    assert.deepEqual(origins([app, core], 'notes', null), []);
  });

  it('the baseline file itself is accepted where it lies, visibly', () => {
    const inTree: BaselineFile = { source: 'deploy.yml', path: '/srv/apps/notes/deploy[1].yml', presets: [], entries: [] };
    const [self] = entriesForScope([inTree], { scope: 'notes', diskRoot: '/srv/apps/notes' });
    assert.equal(self?.reason, SELF_REASON);
    const s = scope('notes', { EXTRA_FILE: { 'deploy[1].yml': extra(), 'deploy1.yml': extra() } });
    applyBaseline(s, [self!]);
    assert.deepEqual(Object.keys(s.accepted), ['deploy[1].yml']);
  });
});

describe('writing a baseline', () => {
  it('writes what parse reads back, keys in order, pins on one line', () => {
    const text = renderBaseline({
      comments: ['reviewed'],
      presets: ['docker'],
      entries: [
        {
          path: '**/error_log',
          category: 'EXTRA_FILE',
          reason: 'a: colon, and a long reason '.repeat(6),
          sha512: '1'.repeat(128),
          scope: 'core',
        },
        { path: 'gone', category: 'MISSING_FILE', reason: 'r' },
      ],
    });
    assert.match(text, /^# reviewed\npresets:\n {2}- docker\naccept:\n {2}- path: "\*\*\/error_log"\n {4}category: EXTRA_FILE\n/);
    const back = parse(text);
    assert.deepEqual(
      back.entries.map((e) => [e.path, e.category, e.sha512, e.scope]),
      [
        ['**/error_log', 'EXTRA_FILE', '1'.repeat(128), 'core'],
        ['gone', 'MISSING_FILE', undefined, undefined],
        ['nextcloud-init-sync.lock', 'EXTRA_FILE', undefined, undefined],
        ['custom_apps', 'EXTRA_FILE', undefined, undefined],
      ],
    );
  });
});
