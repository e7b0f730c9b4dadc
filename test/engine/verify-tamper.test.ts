/**
 * The tamper matrix: for each profile, every single change to a signed tree, with the
 * category our by-path view reports and what upstream's own comparison reports — asserted
 * in one table. `upstream: 'same'` means occ reports the same names (FILE_MISSING for
 * MISSING_FILE); `'none'` means occ reports nothing (its value-based comparison misses it).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PhpArray } from '../../src/engine/php/array.ts';
import { phpJsonDecode, phpJsonEncode } from '../../src/engine/php/json.ts';
import { CA, FIXTURES, cleanupTempDirs, runCli, tempDir, writeTree } from '../helpers.ts';

after(cleanupTempDirs);

type Kind = 'app' | 'core';
interface ProfileCase {
  profile: 'nextcloud-app' | 'nextcloud-core' | 'owncloud-app' | 'owncloud-core';
  kind: Kind;
  vendor: 'nextcloud' | 'owncloud';
}
const PROFILES: ProfileCase[] = [
  { profile: 'nextcloud-app', kind: 'app', vendor: 'nextcloud' },
  { profile: 'nextcloud-core', kind: 'core', vendor: 'nextcloud' },
  { profile: 'owncloud-app', kind: 'app', vendor: 'owncloud' },
  { profile: 'owncloud-core', kind: 'core', vendor: 'owncloud' },
];

const NFC = 'caf\u00e9.txt';
const NFD = 'cafe\u0301.txt';
const MARKER = '#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####';

function baseFiles(kind: Kind): Record<string, string> {
  const common = {
    'lib/a.php': '<?php // a\n',
    'lib/b.php': '<?php // b\n',
    'README.md': '# readme\n',
    [NFC]: 'accented\n',
    '.htaccess': `Options -Indexes\n${MARKER}\n# below\n`,
  };
  return kind === 'app'
    ? { ...common, 'appinfo/info.xml': '<info><id>tricky</id></info>\n' }
    : { ...common, 'version.php': "<?php $vendor = 'nextcloud';\n", 'core/js/core.js': 'core();\n' };
}

type Expect = {
  INVALID_HASH?: string[];
  MISSING_FILE?: string[];
  EXTRA_FILE?: string[];
  exception?: string | ((p: ProfileCase) => string);
  /** What occ's own comparison says. */
  upstream: 'same' | 'none' | ((p: ProfileCase) => 'same' | 'none');
};

interface Tamper {
  name: string;
  apply: (dir: string, p: ProfileCase) => void;
  expect: Expect | ((p: ProfileCase) => Expect);
}

const sigPath = (p: ProfileCase): string => (p.kind === 'app' ? 'appinfo/signature.json' : 'core/signature.json');

function editSignature(dir: string, p: ProfileCase, edit: (doc: PhpArray) => void): void {
  const path = join(dir, sigPath(p));
  const doc = phpJsonDecode(readFileSync(path)) as PhpArray;
  edit(doc);
  writeFileSync(path, phpJsonEncode(doc, { pretty: true }));
}

/** CN=tricky and CN=core certificates from the same test CA, but for other keys. */
const otherKeyCert: Record<Kind, string> = { app: '', core: '' };

function issueWithOtherKey(cn: string): string {
  const dir = tempDir('otherkey-');
  execFileSync(
    'openssl',
    ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.key'), '-out', join(dir, 'k.csr'), '-subj', `/CN=${cn}`],
    { stdio: 'ignore' },
  );
  execFileSync(
    'openssl',
    [
      'x509',
      '-req',
      '-in',
      join(dir, 'k.csr'),
      '-CA',
      join(CA, 'root.crt'),
      '-CAkey',
      join(CA, 'root.key'),
      '-CAserial',
      join(dir, 'serial'),
      '-CAcreateserial',
      '-days',
      '30',
      '-out',
      join(dir, 'k.crt'),
    ],
    { stdio: 'ignore' },
  );
  return readFileSync(join(dir, 'k.crt'), 'utf8');
}

const TAMPERS: Tamper[] = [
  { name: 'nothing changed', apply: () => {}, expect: { upstream: 'same' } },
  {
    name: 'modify one byte',
    apply: (d) => writeFileSync(join(d, 'lib/a.php'), '<?php // A\n'),
    expect: { INVALID_HASH: ['lib/a.php'], upstream: 'same' },
  },
  {
    name: 'truncate a file',
    apply: (d) => truncateSync(join(d, 'lib/a.php'), 3),
    expect: { INVALID_HASH: ['lib/a.php'], upstream: 'same' },
  },
  { name: 'delete a file', apply: (d) => rmSync(join(d, 'README.md')), expect: { MISSING_FILE: ['README.md'], upstream: 'same' } },
  {
    name: 'add a file',
    apply: (d) => writeFileSync(join(d, 'lib/evil.php'), '<?php evil();\n'),
    expect: { EXTRA_FILE: ['lib/evil.php'], upstream: 'same' },
  },
  {
    name: 'rename a file',
    apply: (d) => renameSync(join(d, 'lib/a.php'), join(d, 'lib/c.php')),
    expect: { MISSING_FILE: ['lib/a.php'], EXTRA_FILE: ['lib/c.php'], upstream: (p) => (p.vendor === 'owncloud' ? 'same' : 'none') },
  },
  {
    name: 'swap two files',
    apply: (d) => {
      const a = readFileSync(join(d, 'lib/a.php'));
      writeFileSync(join(d, 'lib/a.php'), readFileSync(join(d, 'lib/b.php')));
      writeFileSync(join(d, 'lib/b.php'), a);
    },
    expect: { INVALID_HASH: ['lib/a.php', 'lib/b.php'], upstream: (p) => (p.vendor === 'owncloud' ? 'same' : 'none') },
  },
  {
    name: "duplicate another file's content",
    apply: (d) => writeFileSync(join(d, 'lib/b.php'), readFileSync(join(d, 'lib/a.php'))),
    // The old content is gone from the tree, so even the value comparison notices.
    expect: { INVALID_HASH: ['lib/b.php'], upstream: 'same' },
  },
  {
    name: 'change the case of a name',
    apply: (d) => renameSync(join(d, 'README.md'), join(d, 'readme.md')),
    expect: { MISSING_FILE: ['README.md'], EXTRA_FILE: ['readme.md'], upstream: (p) => (p.vendor === 'owncloud' ? 'same' : 'none') },
  },
  {
    name: 'NFC → NFD rename',
    apply: (d) => renameSync(join(d, NFC), join(d, NFD)),
    expect: { MISSING_FILE: [NFC], EXTRA_FILE: [NFD], upstream: (p) => (p.vendor === 'owncloud' ? 'same' : 'none') },
  },
  { name: 'permission-only change', apply: (d) => chmodSync(join(d, 'lib/a.php'), 0o600), expect: { upstream: 'same' } },
  {
    name: '.htaccess changed below the marker',
    apply: (d) => writeFileSync(join(d, '.htaccess'), `Options -Indexes\n${MARKER}\n# something else below\n`),
    // Only the server root's .htaccess has the marker rule; an app's is hashed whole.
    expect: (p) => (p.kind === 'core' ? { upstream: 'same' } : { INVALID_HASH: ['.htaccess'], upstream: 'same' }),
  },
  {
    name: '.htaccess changed above the marker',
    apply: (d) => writeFileSync(join(d, '.htaccess'), `Options +Indexes\n${MARKER}\n# below\n`),
    expect: { INVALID_HASH: ['.htaccess'], upstream: 'same' },
  },
  {
    name: 'signature.json re-encoded (compact, reordered): still valid',
    apply: (d, p) => {
      const path = join(d, sigPath(p));
      const doc = phpJsonDecode(readFileSync(path)) as PhpArray;
      const hashes = doc.get('hashes') as PhpArray;
      const reversed = PhpArray.fromEntries([...hashes].reverse());
      writeFileSync(
        path,
        phpJsonEncode(
          PhpArray.fromEntries([
            ['certificate', doc.get('certificate')!],
            ['signature', doc.get('signature')!],
            ['hashes', reversed],
          ]),
        ),
      );
    },
    expect: { upstream: 'same' },
  },
  {
    name: 'signature.json: a hash edited',
    apply: (d, p) => editSignature(d, p, (doc) => (doc.get('hashes') as PhpArray).set('README.md', 'f'.repeat(128))),
    expect: { exception: 'Signature could not get verified.', upstream: 'same' },
  },
  {
    name: 'signature.json: an entry removed',
    apply: (d, p) => editSignature(d, p, (doc) => (doc.get('hashes') as PhpArray).delete('lib/b.php')),
    expect: { exception: 'Signature could not get verified.', upstream: 'same' },
  },
  {
    name: 'signature.json truncated',
    apply: (d, p) => writeFileSync(join(d, sigPath(p)), readFileSync(join(d, sigPath(p))).subarray(0, 100)),
    expect: { exception: 'Signature data not found.', upstream: 'same' },
  },
  {
    name: 'certificate swapped for another of the same CN and CA (other key)',
    apply: (d, p) => editSignature(d, p, (doc) => doc.set('certificate', otherKeyCert[p.kind])),
    expect: { exception: 'Signature could not get verified.', upstream: 'same' },
  },
  {
    name: 'certificate swapped for another CN',
    apply: (d, p) =>
      editSignature(d, p, (doc) => doc.set('certificate', readFileSync(join(CA, p.kind === 'app' ? 'other.crt' : 'tricky.crt'), 'utf8'))),
    expect: (p) => ({
      exception: `Certificate is not valid for required scope. (Requested: ${p.kind === 'app' ? 'tricky' : 'core'}, current: CN=${p.kind === 'app' ? 'other' : 'tricky'})`,
      upstream: 'same',
    }),
  },
  {
    name: 'certificate swapped for one from an untrusted CA',
    apply: (d, p) =>
      editSignature(d, p, (doc) => doc.set('certificate', readFileSync(join(FIXTURES, 'ca-untrusted', 'tricky.crt'), 'utf8'))),
    expect: {
      exception: (p) => (p.vendor === 'owncloud' ? 'App Certificate is not valid.' : 'Certificate is not valid.'),
      upstream: 'same',
    },
  },
];

const signed = new Map<string, string>();

before(async () => {
  otherKeyCert.app = issueWithOtherKey('tricky');
  otherKeyCert.core = issueWithOtherKey('core');
  for (const p of PROFILES) {
    const dir = writeTree(tempDir(`matrix-${p.profile}-`), baseFiles(p.kind));
    if (p.vendor === 'owncloud' && p.kind === 'core') writeFileSync(join(dir, 'version.php'), "<?php $vendor = 'owncloud';\n");
    const key = p.kind === 'app' ? 'tricky' : 'core';
    const run = await runCli(['sign', dir, '--profile', p.profile, '--key', join(CA, `${key}.key`), '--cert', join(CA, `${key}.crt`)]);
    assert.equal(run.code, 0, run.stderr);
    signed.set(p.profile, dir);
  }
});

describe('tamper matrix', () => {
  for (const p of PROFILES) {
    for (const tamper of TAMPERS) {
      it(`${p.profile}: ${tamper.name}`, async () => {
        const dir = tempDir('tampered-');
        cpSync(signed.get(p.profile) as string, dir, { recursive: true });
        tamper.apply(dir, p);
        const expect = typeof tamper.expect === 'function' ? tamper.expect(p) : tamper.expect;
        const run = await runCli(['verify', dir, '--profile', p.profile, '--format', 'json', '--trust', join(CA, 'root.crt')]);
        assert.equal(run.stderr, '');
        const scope = JSON.parse(run.stdout).scopes[0];
        const exception = typeof expect.exception === 'function' ? expect.exception(p) : expect.exception;
        assert.equal(scope.EXCEPTION?.message ?? undefined, exception);
        for (const c of ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'] as const) {
          assert.deepEqual(Object.keys(scope[c]).sort(), [...(expect[c] ?? [])].sort(), `${c}`);
        }
        const findings =
          (expect.INVALID_HASH?.length ?? 0) + (expect.MISSING_FILE?.length ?? 0) + (expect.EXTRA_FILE?.length ?? 0) + (exception ? 1 : 0);
        assert.equal(run.code, findings > 0 ? 1 : 0);
        const upstream = typeof expect.upstream === 'function' ? expect.upstream(p) : expect.upstream;
        const upstreamNames = Object.entries(scope.upstream as Record<string, Record<string, unknown>>)
          .filter(([k]) => k !== 'EXCEPTION')
          .flatMap(([k, v]) => Object.keys(v).map((n) => `${k === 'FILE_MISSING' ? 'MISSING_FILE' : k}:${n}`))
          .sort();
        const ours = (['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'] as const)
          .flatMap((c) => (expect[c] ?? []).map((n) => `${c}:${n}`))
          .sort();
        if (upstream === 'same') assert.deepEqual(upstreamNames, ours);
        else {
          assert.deepEqual(upstreamNames, []);
          assert.ok(
            ours.length > 0 &&
              Object.values(scope.INVALID_HASH)
                .concat(Object.values(scope.MISSING_FILE), Object.values(scope.EXTRA_FILE))
                .every((f) => (f as { upstreamWouldMiss?: boolean }).upstreamWouldMiss),
          );
        }
      });
    }
  }
});
