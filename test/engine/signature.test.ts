/**
 * Fuzzing the verifier and the signer through the CLI (in-process):
 *
 * - damaged signature.json files (wrong types, huge, too deep, duplicate keys, broken
 *   base64, truncated or foreign certificates, flipped bits, random bytes) placed into a
 *   copy of a signed fixture app must end in exit 1 with an EXCEPTION finding (or exit 2
 *   with one clear line), never exit 0, never an internal error or a stack trace;
 * - random small trees signed with the tricky key verify clean, and one random tamper is
 *   reported in exactly the right category.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import fc from 'fast-check';
import { pssSign } from '../../src/engine/crypto/pss.ts';
import { PhpArray, PhpFloat, type PhpValue } from '../../src/engine/php/array.ts';
import { phpJsonDecode, phpJsonEncode } from '../../src/engine/php/json.ts';
import { phpKsort } from '../../src/engine/php/ksort.ts';
import { pemToDer } from '../../src/engine/trust/certificate.ts';
import { CA, cleanupTempDirs, extractCase, runCli, tempDir, writeTree, type CliRun } from '../helpers.ts';

after(cleanupTempDirs);

const TRUST = join(CA, 'root.crt');
const KEY = join(CA, 'tricky.key');
const CERT = join(CA, 'tricky.crt');
const SIG = 'appinfo/signature.json';

// ---------------------------------------------------------------- the signed fixture app

let app = '';
let original = Buffer.alloc(0);
let hashes = new PhpArray();
let signature = '';
let certificate = '';

before(() => {
  app = extractCase('app-clean');
  original = readFileSync(join(app, SIG));
  const doc = phpJsonDecode(original);
  assert.ok(doc instanceof PhpArray);
  hashes = doc.get('hashes') as PhpArray;
  signature = doc.get('signature') as string;
  certificate = doc.get('certificate') as string;
});

/** signature.json text like upstream writes it, with any field values. */
function docText(fields: Array<readonly [string, PhpValue]>): string {
  return phpJsonEncode(PhpArray.fromEntries(fields), { pretty: true });
}

function validFields(): Array<[string, PhpValue]> {
  return [
    ['hashes', hashes],
    ['signature', signature],
    ['certificate', certificate],
  ];
}

async function verifyWith(content: string | Buffer): Promise<CliRun> {
  writeFileSync(join(app, SIG), content);
  try {
    return await runCli(['verify', app, '--format', 'json', '--trust', TRUST, '--app-id', 'tricky']);
  } finally {
    writeFileSync(join(app, SIG), original);
  }
}

function describeInput(content: string | Buffer): string {
  const s = typeof content === 'string' ? JSON.stringify(content) : `bytes ${content.toString('hex')}`;
  return s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s;
}

function assertNoCrash(run: CliRun, what: string): void {
  assert.doesNotMatch(run.stderr, /internal error/i, `${what}: internal error\n${run.stderr}`);
  assert.doesNotMatch(run.stderr, /\n\s+at /, `${what}: stack trace on stderr\n${run.stderr}`);
}

interface Exception {
  class: string;
  message: string;
}

/** Exit 1 with an EXCEPTION finding (returned), or exit 2 with one clear error line (null). */
function assertRejected(run: CliRun, what: string): Exception | null {
  assertNoCrash(run, what);
  if (run.code === 2) {
    assert.match(run.stderr, /^code-integrity: error: [^\n]+\n/, `${what}: exit 2 without a clear error line`);
    return null;
  }
  assert.equal(run.code, 1, `${what}: exit ${run.code} (expected 1)\n${run.stdout.slice(0, 2000)}${run.stderr}`);
  const result = JSON.parse(run.stdout) as { ok: boolean; scopes: Array<{ EXCEPTION: Exception | null; verdict: string }> };
  const scope = result.scopes[0];
  assert.ok(scope, `${what}: no scope in the report`);
  assert.equal(result.ok, false, what);
  assert.equal(scope.verdict, 'failed', what);
  assert.ok(
    scope.EXCEPTION !== null && typeof scope.EXCEPTION.message === 'string' && scope.EXCEPTION.message !== '',
    `${what}: no EXCEPTION finding`,
  );
  return scope.EXCEPTION;
}

async function expectRejected(content: string | Buffer, message?: string): Promise<void> {
  const what = `signature.json ${describeInput(content)}`;
  const exception = assertRejected(await verifyWith(content), what);
  if (message !== undefined) assert.equal(exception?.message, message, what);
}

const SIGNATURE_INVALID = 'Signature could not get verified.';
const CERTIFICATE_INVALID = 'Certificate is not valid.';
const DATA_NOT_FOUND = 'Signature data not found.';

// ---------------------------------------------------------------- generators

const phpScalar: fc.Arbitrary<PhpValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => new PhpFloat(d)),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', 'a', '0', '-----BEGIN CERTIFICATE-----', 'AAAA', '=', 'null'),
);

const { phpValue } = fc.letrec<{ phpValue: PhpValue }>((tie) => ({
  phpValue: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    phpScalar,
    fc.array(tie('phpValue'), { maxLength: 4 }).map((vs) => PhpArray.fromEntries(vs.map((v, i) => [i, v] as const))),
    fc.array(fc.tuple(fc.string({ maxLength: 6 }), tie('phpValue')), { maxLength: 4 }).map((e) => PhpArray.fromEntries(e)),
  ),
}));

const nonString = phpValue.filter((v) => typeof v !== 'string');
const nonArray = phpValue.filter((v) => !(v instanceof PhpArray));

/** Characters PHP's non-strict base64_decode skips. */
const NON_BASE64 = [' ', '\n', '\r', '\t', '!', '*', '-', '_', '.', '"', '\\', '=', 'é', '\u0000'];

function flipBit(buf: Buffer, bit: number): Buffer {
  const out = Buffer.from(buf);
  const i = bit % (out.length * 8);
  out[i >> 3] = (out[i >> 3] as number) ^ (1 << (i & 7));
  return out;
}

const RUNS = { seed: 0xf022, numRuns: 40 };

/** fc.assert that fails with the inner assertion message (which names the input). */
async function check<Ts extends unknown[]>(property: fc.IAsyncProperty<Ts>, params: { seed: number; numRuns: number }): Promise<void> {
  const details = await fc.check(property, { ...params, endOnFailure: true });
  if (!details.failed) return;
  const inner = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  assert.fail(`${inner}\n(fast-check seed ${details.seed}, counterexample ${JSON.stringify(details.counterexample)?.slice(0, 300)})`);
}

// ---------------------------------------------------------------- damaged signature.json

describe('fuzz: damaged signature.json never verifies, never crashes', () => {
  it('the untouched fixture verifies (sanity)', async () => {
    const run = await verifyWith(original);
    assertNoCrash(run, 'original');
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });

  it('wrong types for hashes / signature / certificate, or the field missing', async () => {
    await check(
      fc.asyncProperty(
        fc.oneof(
          nonArray.map((v) => ['hashes', v] as const),
          nonString.map((v) => ['signature', v] as const),
          nonString.map((v) => ['certificate', v] as const),
          fc.constantFrom('hashes', 'signature', 'certificate').map((f) => [f, undefined] as const),
        ),
        async ([field, value]) => {
          const fields = validFields().flatMap(([k, v]): Array<[string, PhpValue]> =>
            k !== field ? [[k, v]] : value === undefined ? [] : [[k, value]],
          );
          await expectRejected(docText(fields));
        },
      ),
      RUNS,
    );
  });

  it('not an object at the top, random bytes, random JSON values', async () => {
    await check(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }).map((u) => Buffer.from(u)),
          phpValue.map((v) => phpJsonEncode(v)),
          fc.constantFrom('', ' ', 'null', '[]', '{}', '""', '[{"hashes":{}}]', '\ufeff' + original.toString('utf8')),
        ),
        async (content) => {
          await expectRejected(content);
        },
      ),
      RUNS,
    );
  });

  it('hashes of any shape and any values (unsigned)', async () => {
    await check(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('9', '10', 'a/b', '../x', '')), phpValue),
          {
            maxLength: 12,
          },
        ),
        async (entries) => {
          const fields = validFields().map(([k, v]): [string, PhpValue] => [k, k === 'hashes' ? PhpArray.fromEntries(entries) : v]);
          await expectRejected(docText(fields), SIGNATURE_INVALID);
        },
      ),
      RUNS,
    );
  });

  it('1-bit flips in the signature are refused', async () => {
    const raw = Buffer.from(signature, 'base64');
    await check(
      fc.asyncProperty(fc.nat(raw.length * 8 - 1), async (bit) => {
        const fields = validFields().map(([k, v]): [string, PhpValue] => [k, k === 'signature' ? flipBit(raw, bit).toString('base64') : v]);
        await expectRejected(docText(fields), SIGNATURE_INVALID);
      }),
      RUNS,
    );
  });

  it('base64: skipped characters keep the signature valid (as PHP), changed/dropped characters do not', async () => {
    await check(
      fc.asyncProperty(
        fc.nat(signature.length - 1),
        fc.constantFrom('insert-junk', 'replace', 'delete', 'truncate', 'append'),
        fc.constantFrom(...NON_BASE64),
        fc.constantFrom(...'ABCabc019+/'),
        async (at, how, junk, b64char) => {
          let sig: string;
          if (how === 'insert-junk') sig = signature.slice(0, at) + junk + signature.slice(at);
          else if (how === 'replace') {
            const c = signature[at] === b64char ? (b64char === 'A' ? 'B' : 'A') : b64char;
            sig = signature.slice(0, at) + c + signature.slice(at + 1);
          } else if (how === 'delete') sig = signature.slice(0, at) + signature.slice(at + 1);
          else if (how === 'truncate') sig = signature.slice(0, at);
          else sig = signature + b64char.repeat(4);
          // A change in the last base64 character may only touch its unused low bits.
          const sameBytes = Buffer.from(sig.replace(/[^A-Za-z0-9+/]/g, ''), 'base64').equals(Buffer.from(signature, 'base64'));
          const content = docText(validFields().map(([k, v]): [string, PhpValue] => [k, k === 'signature' ? sig : v]));
          const run = await verifyWith(content);
          if (how === 'insert-junk' || sameBytes) {
            assertNoCrash(run, sig);
            assert.equal(run.code, 0, `junk ${JSON.stringify(junk)} at ${at} must be skipped like PHP's base64_decode\n${run.stdout}`);
          } else {
            const e = assertRejected(run, `signature ${how} at ${at}`);
            assert.equal(e?.message, SIGNATURE_INVALID);
          }
        },
      ),
      RUNS,
    );
  });

  it('truncated or damaged certificate PEM', async () => {
    await check(
      fc.asyncProperty(fc.nat(certificate.length - 1), fc.constantFrom('truncate', 'flip', 'drop-line', 'strip-armor'), async (at, how) => {
        let pem: string;
        if (how === 'truncate') pem = certificate.slice(0, at);
        else if (how === 'flip') {
          // change one base64 character of the body (header/footer stay intact)
          const body = certificate.indexOf('\n') + 1;
          const end = certificate.lastIndexOf('-----END');
          const i = body + (at % Math.max(1, end - body));
          const c = certificate[i] ?? 'A';
          pem = /[A-Za-z0-9+/]/.test(c)
            ? certificate.slice(0, i) + (c === 'Q' ? 'R' : 'Q') + certificate.slice(i + 1)
            : certificate.slice(0, i) + certificate.slice(i + 1);
        } else if (how === 'drop-line') {
          const lines = certificate.split('\r\n');
          lines.splice(1 + (at % Math.max(1, lines.length - 2)), 1);
          pem = lines.join('\r\n');
        } else pem = certificate.replace(/-----[A-Z ]+-----/g, '');
        if (pem === certificate) return;
        const run = await verifyWith(docText(validFields().map(([k, v]): [string, PhpValue] => [k, k === 'certificate' ? pem : v])));
        // A change that keeps the DER intact (e.g. in the last base64 padding bits) may still verify.
        if (run.code === 0) {
          assertNoCrash(run, pem);
          return;
        }
        const e = assertRejected(run, `certificate ${how} at ${at}: ${JSON.stringify(pem.slice(0, 80))}`);
        if (e !== null)
          assert.ok(
            [CERTIFICATE_INVALID, SIGNATURE_INVALID].includes(e.message) ||
              e.message.startsWith('Certificate is not valid for required scope'),
            e.message,
          );
      }),
      RUNS,
    );
  });

  it('random single-byte edits of the whole file: exit 0 only when the decoded content is unchanged', async () => {
    const text = original;
    await check(
      fc.asyncProperty(
        fc.nat(text.length - 1),
        fc.integer({ min: 1, max: 255 }),
        fc.constantFrom('xor', 'delete', 'insert'),
        async (at, byte, how) => {
          const content =
            how === 'xor'
              ? Buffer.concat([text.subarray(0, at), Buffer.from([(text[at] as number) ^ byte]), text.subarray(at + 1)])
              : how === 'delete'
                ? Buffer.concat([text.subarray(0, at), text.subarray(at + 1)])
                : Buffer.concat([text.subarray(0, at), Buffer.from([byte]), text.subarray(at)]);
          const run = await verifyWith(content);
          assertNoCrash(run, describeInput(content));
          if (run.code === 0) {
            const doc = phpJsonDecode(content);
            assert.ok(doc instanceof PhpArray, 'exit 0 for a file PHP cannot decode');
            assert.equal(
              phpJsonEncode(phpKsort(doc.get('hashes') as PhpArray)),
              phpJsonEncode(phpKsort(hashes)),
              'exit 0 with other hashes',
            );
            // phpseclib's _extractBER ignores what lies between dashes, so only the DER must be the same.
            const cert = doc.get('certificate');
            assert.ok(
              typeof cert === 'string' && pemToDer(cert).equals(pemToDer(certificate)),
              `exit 0 with another certificate ${JSON.stringify(cert)}`,
            );
            const sig = doc.get('signature');
            assert.ok(
              typeof sig === 'string' && Buffer.from(sig.replace(/[^A-Za-z0-9+/]/g, ''), 'base64').equals(Buffer.from(signature, 'base64')),
            );
          } else {
            assertRejected(run, `${how} ${byte} at ${at}`);
          }
        },
      ),
      { ...RUNS, numRuns: 80 },
    );
  });

  it('duplicate keys: the last value wins, like json_decode', async () => {
    await check(
      fc.asyncProperty(fc.constantFrom('hashes', 'signature', 'certificate'), phpValue, fc.boolean(), async (field, junk, validLast) => {
        const valid = validFields();
        const parts = valid.map(([k, v]) => {
          const good = `${phpJsonEncode(k)}:${phpJsonEncode(v)}`;
          if (k !== field) return good;
          const bad = `${phpJsonEncode(k)}:${phpJsonEncode(junk)}`;
          return validLast ? `${bad},${good}` : `${good},${bad}`;
        });
        const run = await verifyWith(`{${parts.join(',')}}`);
        if (validLast) {
          assertNoCrash(run, field);
          assert.equal(run.code, 0, `duplicate "${field}" with the valid value last must verify\n${run.stdout}`);
        } else {
          assertRejected(run, `duplicate "${field}" ending in ${phpJsonEncode(junk)}`);
        }
      }),
      { ...RUNS, numRuns: 30 },
    );
  });

  it('nesting beyond 511 levels is "Signature data not found." (and does not blow the stack)', async () => {
    for (const n of [510, 511, 512, 513, 5000, 200000]) {
      const deep = '['.repeat(n) + ']'.repeat(n);
      const content = `{"hashes":${deep},"signature":${JSON.stringify(signature)},"certificate":${JSON.stringify(certificate)}}`;
      // 511 levels in all (hashes is level 2): still decodable, then the signature fails.
      await expectRejected(content, n <= 510 ? SIGNATURE_INVALID : DATA_NOT_FOUND);
    }
    await expectRejected('{"a":'.repeat(100000) + '1' + '}'.repeat(100000), DATA_NOT_FOUND);
  });

  it('hashes PHP cannot json_encode (1e400 is INF): signature not verified, no crash', async () => {
    for (const rep of ['1e400', '[1e400]', '-1e999']) {
      await expectRejected(original.toString('utf8').replace('"hashes": {', `"hashes": {"zz": ${rep},`), SIGNATURE_INVALID);
    }
  });

  it('huge files: 60 000 hash entries, a 12 MB signature string', { timeout: 600_000 }, async () => {
    const many = PhpArray.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`dir${i % 97}/file-${i}.php`, 'f'.repeat(128)] as const));
    await expectRejected(
      docText([
        ['hashes', many],
        ['signature', signature],
        ['certificate', certificate],
      ]),
      SIGNATURE_INVALID,
    );
    await expectRejected(
      docText([
        ['hashes', hashes],
        ['signature', 'QUJD'.repeat(3_000_000)],
        ['certificate', certificate],
      ]),
      SIGNATURE_INVALID,
    );
  });
});

// ---------------------------------------------------------------- certificates of another kind

describe('fuzz: certificates of another key type or key', () => {
  let certs: Record<string, string> | string = 'not created';

  before(() => {
    const dir = tempDir('certs-');
    const rootKey = join(CA, 'root.key');
    const run = (args: string[]): void => {
      execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    };
    try {
      run([
        'req',
        '-new',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-subj',
        '/CN=tricky',
        '-keyout',
        'ec.key',
        '-out',
        'ec.csr',
      ]);
      run(['x509', '-req', '-in', 'ec.csr', '-CA', TRUST, '-CAkey', rootKey, '-set_serial', '7001', '-days', '2', '-out', 'ec.crt']);
      run([
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-subj',
        '/CN=tricky',
        '-days',
        '2',
        '-keyout',
        'ec-self.key',
        '-out',
        'ec-self.crt',
      ]);
      run(['req', '-new', '-newkey', 'ed25519', '-nodes', '-subj', '/CN=tricky', '-keyout', 'ed.key', '-out', 'ed.csr']);
      run(['x509', '-req', '-in', 'ed.csr', '-CA', TRUST, '-CAkey', rootKey, '-set_serial', '7002', '-days', '2', '-out', 'ed.crt']);
      run(['req', '-new', '-newkey', 'rsa:1024', '-nodes', '-subj', '/CN=tricky', '-keyout', 'rsa1024.key', '-out', 'rsa1024.csr']);
      run([
        'x509',
        '-req',
        '-in',
        'rsa1024.csr',
        '-CA',
        TRUST,
        '-CAkey',
        rootKey,
        '-set_serial',
        '7003',
        '-days',
        '2',
        '-out',
        'rsa1024.crt',
      ]);
      certs = Object.fromEntries(['ec', 'ec-self', 'ed', 'rsa1024'].map((n) => [n, readFileSync(join(dir, `${n}.crt`), 'utf8')]));
    } catch (e) {
      certs = `openssl could not make the test certificates: ${(e as Error).message.split('\n')[0]}`;
    }
  });

  function need(t: TestContext): Record<string, string> | null {
    if (typeof certs === 'string') {
      t.skip(certs);
      return null;
    }
    return certs;
  }

  it('an EC (P-256) or Ed25519 certificate issued by the trusted root: signature not verified, no crash', async (t) => {
    const c = need(t);
    if (!c) return;
    for (const name of ['ec', 'ed', 'rsa1024']) {
      const fields = validFields().map(([k, v]): [string, PhpValue] => [k, k === 'certificate' ? (c[name] as string) : v]);
      await expectRejected(docText(fields), SIGNATURE_INVALID);
    }
  });

  it('a self-signed EC certificate is not trusted', async (t) => {
    const c = need(t);
    if (!c) return;
    const fields = validFields().map(([k, v]): [string, PhpValue] => [k, k === 'certificate' ? (c['ec-self'] as string) : v]);
    await expectRejected(docText(fields), CERTIFICATE_INVALID);
  });

  it('the trusted certificate of another app, and the tricky certificate with a signature by another key', async () => {
    const other = readFileSync(join(CA, 'other.crt'), 'utf8');
    const e = assertRejected(
      await verifyWith(docText(validFields().map(([k, v]): [string, PhpValue] => [k, k === 'certificate' ? other : v]))),
      'other.crt',
    );
    assert.match(e?.message ?? '', /^Certificate is not valid for required scope\. \(Requested: tricky, current: CN=/);
    const otherKey = createPrivateKey(readFileSync(join(CA, 'other.key')));
    const forged = pssSign(phpJsonEncode(phpKsort(hashes)), otherKey).toString('base64');
    await expectRejected(
      docText(validFields().map(([k, v]): [string, PhpValue] => [k, k === 'signature' ? forged : v])),
      SIGNATURE_INVALID,
    );
  });
});

// ---------------------------------------------------------------- validly signed, odd hashes

describe('fuzz: validly signed hashes of any shape compare without crashing', () => {
  it('odd keys and non-string values, signed with the tricky key: exit 1 with findings, never a crash', async () => {
    const key = createPrivateKey(readFileSync(KEY));
    await check(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.oneof(
              fc.string({ unit: 'binary', maxLength: 10 }),
              fc.constantFrom('9', '09', '10', '1e1', 'a/b', '../x', '/abs', '', 'README.md'),
            ),
            fc.oneof(phpValue, fc.constantFrom(...[...hashes].map(([, v]) => v))),
          ),
          { maxLength: 10 },
        ),
        async (entries) => {
          const sorted = phpKsort(PhpArray.fromEntries(entries));
          let message: string;
          try {
            message = phpJsonEncode(sorted);
          } catch {
            return; // not encodable (INF): PHP would sign "" here; nothing to test
          }
          const sig = pssSign(message, key).toString('base64');
          const run = await verifyWith(
            docText([
              ['hashes', sorted],
              ['signature', sig],
              ['certificate', certificate],
            ]),
          );
          assertNoCrash(run, describeInput(message));
          assert.equal(run.code, 1, `hashes ${message}: exit ${run.code}\n${run.stdout.slice(0, 1500)}`);
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------- random trees: sign, verify, tamper

const NAME_CHARS = [...'abcAB019 -_.~#%+=,;@é😀日', "'", '"', '\\', '[', ']', '(', ')', '&', '$'];
const EXCLUDED = new Set(['.', '..', '.DS_Store', '.directory', '.rnd', '.webapp', 'Thumbs.db', 'nextcloud-init-sync.lock', 'appinfo']);
const segment = fc
  .oneof(
    fc.string({ unit: fc.constantFrom(...NAME_CHARS), minLength: 1, maxLength: 8 }),
    fc.constantFrom('9', '10', '09', '1e1', ' 5', '0', 'index.php', 'l10n'),
  )
  .filter((s) => !EXCLUDED.has(s) && !s.startsWith('.webapp'));

const treeArb = fc.array(fc.tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.uint8Array({ maxLength: 64 })), { maxLength: 10 });

type Tamper = { kind: 'modify' | 'delete'; pick: number; byte: number } | { kind: 'add'; pick: number; name: string; content: Uint8Array };

const tamperArb: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({ kind: fc.constantFrom('modify' as const, 'delete' as const), pick: fc.nat(), byte: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('add' as const), pick: fc.nat(), name: segment, content: fc.uint8Array({ maxLength: 32 }) }),
);

/** Files of a generated tree (no file where another needs a folder), plus appinfo/info.xml. */
function buildTree(spec: Array<[string[], Uint8Array]>): Map<string, Buffer> {
  const files = new Map<string, Buffer>([['appinfo/info.xml', Buffer.from('<info><id>tricky</id></info>')]]);
  const dirs = new Set<string>(['appinfo']);
  for (const [segs, content] of spec) {
    const rel = segs.join('/');
    const parents = segs.slice(0, -1).map((_, i) => segs.slice(0, i + 1).join('/'));
    if (files.has(rel) || dirs.has(rel) || parents.some((p) => files.has(p))) continue;
    for (const p of parents) dirs.add(p);
    files.set(rel, Buffer.from(content));
  }
  return files;
}

describe('fuzz: random trees sign, verify clean, and report one tamper exactly', () => {
  it('sign → exit 0; one modification / deletion / addition → exit 1 with that finding only', { timeout: 600_000 }, async () => {
    await check(
      fc.asyncProperty(treeArb, tamperArb, async (spec, tamper) => {
        const files = buildTree(spec);
        const root = tempDir('fuzz-tree-');
        writeTree(root, Object.fromEntries(files));
        try {
          const signed = await runCli(['sign', root, '--key', KEY, '--cert', CERT, '--app-id', 'tricky']);
          assertNoCrash(signed, 'sign');
          assert.equal(signed.code, 0, `sign failed: ${signed.stderr}`);
          const verifyArgs = ['verify', root, '--format', 'json', '--trust', TRUST, '--app-id', 'tricky'];
          const clean = await runCli(verifyArgs);
          assert.equal(clean.code, 0, `fresh signature does not verify for ${JSON.stringify([...files.keys()])}\n${clean.stdout}`);

          const names = [...files.keys()].sort();
          let category: 'INVALID_HASH' | 'MISSING_FILE' | 'EXTRA_FILE';
          let rel: string;
          if (tamper.kind === 'add') {
            const dirsList = ['', ...new Set(names.map((n) => dirname(n)).filter((d) => d !== '.'))].sort();
            const dir = dirsList[tamper.pick % dirsList.length] as string;
            rel = dir === '' ? `new-${tamper.name}` : `${dir}/new-${tamper.name}`;
            if (files.has(rel)) return;
            mkdirSync(dirname(join(root, rel)), { recursive: true });
            writeFileSync(join(root, rel), tamper.content);
            category = 'EXTRA_FILE';
          } else {
            rel = names[tamper.pick % names.length] as string;
            const path = join(root, rel);
            if (tamper.kind === 'delete') {
              rmSync(path);
              category = 'MISSING_FILE';
            } else {
              const buf = readFileSync(path);
              if (buf.length === 0) appendFileSync(path, Buffer.from([tamper.byte]));
              else {
                const i = tamper.pick % buf.length;
                buf[i] = (buf[i] as number) ^ tamper.byte;
                writeFileSync(path, buf);
              }
              category = 'INVALID_HASH';
            }
          }
          const run = await runCli(verifyArgs);
          assertNoCrash(run, `${tamper.kind} ${rel}`);
          assert.equal(run.code, 1, `${tamper.kind} ${JSON.stringify(rel)} not detected\n${run.stdout.slice(0, 1500)}`);
          const scope = JSON.parse(run.stdout).scopes[0] as Record<string, Record<string, unknown> | null>;
          assert.equal(scope.EXCEPTION, null);
          assert.deepEqual(
            Object.keys(scope[category] ?? {}),
            [rel],
            `${tamper.kind} ${JSON.stringify(rel)}: ${category} is ${JSON.stringify(scope[category])}`,
          );
          const others = (['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'] as const).filter((c) => c !== category);
          for (const c of others) assert.deepEqual(scope[c], {}, `${tamper.kind} ${JSON.stringify(rel)}: unexpected ${c}`);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { seed: 0x7ee, numRuns: 30 },
    );
  });

  it('the fixture tree itself is never left modified', () => {
    assert.ok(existsSync(join(app, SIG)));
    assert.ok(readFileSync(join(app, SIG)).equals(original));
  });
});
