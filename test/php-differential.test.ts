/**
 * Differential tests against real PHP (php-cli + phpseclib): our json_encode, ksort,
 * json_decode, float-to-string and RSA-PSS must give byte-identical results on thousands
 * of generated inputs. Skipped, visibly, when `php` is not on PATH.
 *
 * Each property checks a whole batch of inputs with one PHP process (see php-helpers.ts);
 * fast-check is seeded so a failure reproduces, and it shrinks a failing batch.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import fc from 'fast-check';
import { pssSign, pssVerify } from '../src/engine/crypto/pss.ts';
import { PhpArray, PhpFloat, phpToString } from '../src/engine/php/array.ts';
import { PhpJsonError, phpJsonDecode, phpJsonEncode } from '../src/engine/php/json.ts';
import { phpKsort } from '../src/engine/php/ksort.ts';
import { parseCertificate, upstreamChainValid } from '../src/engine/trust/certificate.ts';
import { CA, cleanupTempDirs, FIXTURES, NC, runCli, tempDir, writeTree } from './helpers.ts';
import { b64, entriesLine, keysLine, phpDump, probePhp, runPhp, type PhpInfo } from './php-helpers.ts';
import { upstreamSign, upstreamVerify } from './php-upstream.ts';

after(cleanupTempDirs);

const php = probePhp();

function needPhp(t: TestContext): PhpInfo | null {
  if (typeof php === 'string') {
    t.skip(php);
    return null;
  }
  return php;
}

// ---------------------------------------------------------------- generators

/** Characters json_encode treats specially, plus UTF-8 length boundaries and astral ones. */
const SPECIAL_CHARS = [
  '/', '"', '\\', '\x7f', '\u2028', '\u2029', '\0', '\x01', '\x1f', '\b', '\f', '\n', '\r', '\t', '\v',
  '😀', '𝄞', 'é', 'ß', '\uffff', '\ufffe', '\ud7ff', '\ue000', '\u0080', '\u07ff', '\u0800',
  '\u{10000}', '\u{10ffff}', '<', '>', '&', "'", ' ', 'a', 'Z', '0', '9', '.', '-', '_', 'e', '+',
]; // prettier-ignore

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL_CHARS), maxLength: 12 }),
  fc.string({ unit: 'binary-ascii', maxLength: 12 }),
);

/** Keys PHP's numeric-string rules and the int-key conversion decide about. */
const NUMERIC_KEYS = [
  '9', '09', '10', '1e1', '1E1', '1.5', ' 5', '5 ', ' 5 ', '\t7\n', '\v8', '\f9', '-3', '+3', '-0', '0', '00', '0.0', '-0.0',
  '1e400', '-1e400', '1e-400', '1.', '.5', '.', '1e', '1e+', '1e+1', '0x1A', '1_000', '١', 'INF', 'NAN', '1 e1', '5a', 'a5',
  '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809', '18446744073709551616',
  '9223372036854775807.0', '9.2233720368547758E+18', '123456789012345678901', '123456789012345678901.5', '-123456789012345678901.5',
  '12345678901234567890', '1234567890123456789', '00000000000000000000001', '000000000000000000000012345678901234567890.5',
  '9007199254740992', '9007199254740993', '-9007199254740993', '4294967296', '2147483648', '1e19', '10/', '10/a', '9/x', 'a/b',
  'a0', 'aB', 'a_b', 'ab', '', ' ', '1a', '10a', '-1a', '3a', 'abc', 'A',
]; // prettier-ignore

const ws = fc.constantFrom('', '', '', ' ', '\t', '\n', '\r', '\v', '\f', '  ');
const numericish = fc.string({ unit: fc.constantFrom(...'0123456789.eE+- '), minLength: 1, maxLength: 7 });
const intString = fc.oneof(
  fc.integer({ min: -20, max: 200 }).map(String),
  fc.integer().map(String),
  fc.bigInt({ min: -(2n ** 65n), max: 2n ** 65n }).map(String),
);
const doubleString = fc
  .tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean())
  .map(([x, exp]) => (exp ? x.toExponential() : String(x)));
const numericKey = fc.oneof(
  fc.constantFrom(...NUMERIC_KEYS),
  numericish,
  intString,
  doubleString,
  fc.tuple(ws, fc.oneof(intString, doubleString, numericish), ws).map(([a, b, c]) => a + b + c),
);
const key = fc.oneof({ weight: 3, arbitrary: numericKey }, { weight: 2, arbitrary: text });

const hex128 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 128, maxLength: 128 });

type Entries = Array<[string, string]>;

const entries: fc.Arbitrary<Entries> = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.tuple(key, text), { maxLength: 20 }) },
  // list-like: "0".."n-1", sometimes with one key changed or moved (json_encode prints [] lists)
  {
    weight: 1,
    arbitrary: fc.tuple(fc.array(text, { maxLength: 6 }), fc.nat(), fc.constantFrom('keep', 'swap', 'one', 'neg')).map(([vals, n, how]) => {
      const out: Entries = vals.map((v, i) => [String(i), v]);
      if (out.length > 1 && how === 'swap') out.reverse();
      if (out.length > 0 && how === 'one') (out[n % out.length] as [string, string])[0] = '01';
      if (out.length > 0 && how === 'neg') (out[n % out.length] as [string, string])[0] = '-1';
      return out;
    }),
  },
);

function batch<T>(arb: fc.Arbitrary<T>, size: number): fc.Arbitrary<T[]> {
  return fc.array(arb, { minLength: size, maxLength: size });
}

/** A short printable form of a failing input. */
function show(value: unknown): string {
  const s = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? String(value);
  return s.length > 400 ? `${s.slice(0, 400)}… (${s.length} chars)` : s;
}

/** assert.equal with a short message: the first differing position and some context. */
function same(ours: string, theirs: string, what: string): void {
  if (ours === theirs) return;
  let i = 0;
  while (i < ours.length && ours[i] === theirs[i]) i++;
  const at = (s: string): string => JSON.stringify(s.slice(Math.max(0, i - 40), i + 80));
  assert.fail(`${what}\n  differs at ${i}:\n  ours: ${at(ours)}\n  php:  ${at(theirs)}`);
}

/**
 * fc.assert without shrinking (each run is a PHP process) that fails with the inner
 * assertion message, so the differing input is named in the test output.
 */
function check<Ts extends unknown[]>(property: fc.IProperty<Ts>, params: { seed: number; numRuns: number }): void {
  const details = fc.check(property, { ...params, endOnFailure: true });
  if (!details.failed) return;
  const inner = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  assert.fail(`${inner}\n(fast-check seed ${details.seed}, run ${details.numRuns})`);
}

/** Our result for one encode: compact, pretty (base64, or "!" when refused) and key types. */
function ourEncode(list: Entries): string[] {
  const arr = PhpArray.fromEntries(list);
  const enc = (pretty: boolean): string => {
    try {
      return b64(phpJsonEncode(arr, { pretty }));
    } catch (e) {
      if (e instanceof PhpJsonError) return '!';
      throw e;
    }
  };
  return [enc(false), enc(true), keysLine(arr)];
}

// ---------------------------------------------------------------- (a) json_encode

describe('php differential: json_encode', () => {
  it('compact and JSON_PRETTY_PRINT output of string maps is byte-identical (2000 arrays)', (t) => {
    if (!needPhp(t)) return;
    check(
      fc.property(batch(entries, 200), (cases) => {
        const out = runPhp('encode', cases.map(entriesLine));
        cases.forEach((list, i) => {
          const theirs = (out[i] ?? '').split(' ').map((s) => (s.startsWith('!') ? '!' : s));
          same(ourEncode(list).join(' '), theirs.join(' '), `json_encode of entries ${show(list)}`);
        });
      }),
      { seed: 0x10a, numRuns: 10 },
    );
  });

  it('an empty array prints as [] like PHP', (t) => {
    if (!needPhp(t)) return;
    // Nested arrays reach json_encode through json_decode: see the decode properties.
    const out = runPhp('encode', ['-']);
    assert.deepEqual(ourEncode([]), (out[0] ?? '').split(' '));
  });
});

// ---------------------------------------------------------------- (b) ksort

/** Keys that make PHP's comparison non-transitive ("9" < "10" < "1a" < "9") and equal-comparing ones. */
const CONFUSING_KEYS = [
  '9', '10', '1a', '09', '9.0', ' 9', '9 ', '1e1', '10a', 'a', 'A', '', '-1', '-1a', '1e400', '-1e400', 'INF', '0', '00',
  '0.0', '-0', '-0.0', ' ', '1 ', '2', '20', '3a', 'abc', '9223372036854775807', '9223372036854775808', '9223372036854775807.0',
  '-9223372036854775808', '-9223372036854775809', '123456789012345678901', '123456789012345678901.5', '1e19', '.5', '0.5',
  '9007199254740993', '9007199254740992', '9007199254740992.0', 'a/b', 'a0', 'aB', 'é', '😀',
]; // prettier-ignore

const confusingKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CONFUSING_KEYS) },
  { weight: 3, arbitrary: fc.integer({ min: -30, max: 300 }).map(String) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789aeE.- '), minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: key },
);

function ksortProperty(sizes: { min: number; max: number }, batchSize: number, keyArb: fc.Arbitrary<string>) {
  return fc.property(batch(fc.array(keyArb, { minLength: sizes.min, maxLength: sizes.max }), batchSize), (cases) => {
    const lists = cases.map((keys) => keys.map((k) => [k, ''] as [string, string]));
    const out = runPhp('ksort', lists.map(entriesLine));
    lists.forEach((list, i) => {
      const ours = keysLine(phpKsort(PhpArray.fromEntries(list)));
      same(ours, out[i] ?? '', `ksort of keys ${show(list.map(([k]) => k))}`);
    });
  });
}

describe('php differential: ksort (SORT_REGULAR, PHP 8 zend_sort)', () => {
  it('insertion-sort sizes (≤ 16) and small quicksort sizes: same order (2000 arrays)', (t) => {
    if (!needPhp(t)) return;
    check(ksortProperty({ min: 0, max: 40 }, 200, confusingKey), { seed: 0x50e7, numRuns: 10 });
  });

  it('generic keys incl. unicode, 17..300 elements: same order (300 arrays)', (t) => {
    if (!needPhp(t)) return;
    check(ksortProperty({ min: 17, max: 300 }, 50, fc.oneof(key, confusingKey)), { seed: 0x50e8, numRuns: 6 });
  });

  it('more than 1024 elements (sort5 pivot branch): same order', (t) => {
    if (!needPhp(t)) return;
    check(ksortProperty({ min: 1025, max: 2600 }, 4, confusingKey), { seed: 0x50e9, numRuns: 3 });
  });
});

// ---------------------------------------------------------------- (c) json_decode

const jsonWs = fc.constantFrom('', '', '', ' ', '\n', '\t', '\r', '  \n  ');

const jsonNumber = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }).map(String),
  // beyond int64: PHP turns them into floats
  fc.stringMatching(/^-?[1-9][0-9]{19,30}$/),
  fc.constantFrom(
    '-0',
    '0',
    '9223372036854775808',
    '-9223372036854775809',
    '99999999999999999999',
    '-0.0',
    '0.0',
    '1.0',
    '1E400',
    '-1e400',
  ),
  fc.constantFrom('1e-400', '0.1', '1.5e300', '123456789012345678.0', '1e15', '1e16', '1e17', '0.0001', '0.00001', '2.5E-5', '1E+2'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Number.isInteger(x) && Math.abs(x) < 1e21 ? `${x}.0` : String(x))),
  fc.stringMatching(/^-?(0|[1-9][0-9]{0,5})(\.[0-9]{1,20})?([eE][+-]?[0-9]{1,3})?$/),
);

/** A JSON string token: literal characters, short escapes and \u escapes (any case). */
const jsonStringToken = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SPECIAL_CHARS).map((c) => JSON.stringify(c).slice(1, -1)),
      fc.string({ unit: 'binary', maxLength: 3 }).map((s) => JSON.stringify(s).slice(1, -1)),
      fc.constantFrom('\\/', '\\b', '\\f', '\\n', '\\r', '\\t', '\\"', '\\\\', '\\u0000', '\\u001F', '\\uD83D\\uDE00', '\\ud834\\udd1e'),
      fc
        .integer({ min: 0, max: 0xffff })
        .filter((c) => c < 0xd800 || c > 0xdfff)
        .map((c) => `\\u${c.toString(16).padStart(4, '0')}`),
      fc.integer({ min: 0, max: 0xffff }).map((c) => `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`), // incl. lone surrogates
    ),
    { maxLength: 6 },
  )
  .map((parts) => `"${parts.join('')}"`);

const JSON_KEYS = [
  'a',
  'b',
  'hashes',
  'signature',
  '0',
  '1',
  '2',
  '10',
  '9',
  '09',
  '-1',
  '1.5',
  '',
  ' ',
  'a/b',
  'é',
  '😀',
  '9223372036854775808',
];

const jsonKey = fc.oneof(
  fc.constantFrom(...JSON_KEYS).map((k) => JSON.stringify(k)),
  jsonStringToken,
);

const { jsonValue } = fc.letrec<{ jsonValue: string; jsonArray: string; jsonObject: string }>((tie) => ({
  jsonValue: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    jsonStringToken,
    jsonNumber,
    fc.constantFrom('true', 'false', 'null'),
    tie('jsonArray'),
    tie('jsonObject'),
  ),
  jsonArray: fc
    .tuple(fc.array(fc.tuple(jsonWs, tie('jsonValue'), jsonWs), { maxLength: 5 }), jsonWs)
    .map(([items, w]) => (items.length === 0 ? `[${w}]` : `[${items.map(([a, v, b]) => a + v + b).join(',')}]`)),
  jsonObject: fc
    .tuple(fc.array(fc.tuple(jsonWs, jsonKey, jsonWs, jsonWs, tie('jsonValue'), jsonWs), { maxLength: 6 }), jsonWs)
    .map(([items, w]) => (items.length === 0 ? `{${w}}` : `{${items.map(([a, k, b, c, v, d]) => `${a}${k}${b}:${c}${v}${d}`).join(',')}}`)),
}));

/** A signature.json-like document: the shape the verifier decodes in practice. */
const signatureLike = fc.tuple(fc.array(fc.tuple(key, fc.oneof(hex128, text)), { maxLength: 8 }), text, text).map(([hashes, sig, cert]) => {
  const h = PhpArray.fromEntries(hashes);
  const doc = PhpArray.fromEntries([
    ['hashes', h],
    ['signature', sig],
    ['certificate', cert],
  ]);
  return phpJsonEncode(doc, { pretty: true });
});

/** Small edits that usually make the text invalid (PHP and we must both refuse, or agree). */
const mutated = fc
  .tuple(
    jsonValue,
    fc.nat(),
    fc.constantFrom('delete', 'insert', 'bom', 'trailing', 'leading'),
    fc.constantFrom(...'{}[],:"\\ 0a-.eE\u0000\u001f'),
  )
  .map(([s, n, how, c]) => {
    const at = s.length === 0 ? 0 : n % s.length;
    if (how === 'delete') return s.slice(0, at) + s.slice(at + 1);
    if (how === 'insert') return s.slice(0, at) + c + s.slice(at);
    if (how === 'bom') return `\ufeff${s}`;
    if (how === 'trailing') return `${s}${c}`;
    return `${c}${s}`;
  });

/** Raw bytes: valid JSON text with invalid UTF-8, overlong forms or encoded surrogates inside. */
const badBytes = fc
  .tuple(jsonStringToken, fc.constantFrom('ff', 'c0af', 'eda080', 'f4908080', 'e282', 'c3', '80', 'efbbbf', 'f09f9880'))
  .map(([tok, hex]) => Buffer.concat([Buffer.from(`{"k":${tok.slice(0, -1)}`), Buffer.from(hex, 'hex'), Buffer.from('"}')]));

const jsonDocument: fc.Arbitrary<string | Buffer> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(jsonWs, jsonValue, jsonWs).map(([a, v, b]) => a + v + b) },
  { weight: 2, arbitrary: fc.tuple(jsonWs, fc.oneof(signatureLike, jsonObjectWithDuplicates()), jsonWs).map(([a, v, b]) => a + v + b) },
  { weight: 3, arbitrary: mutated },
  { weight: 1, arbitrary: badBytes },
);

/** Objects whose keys repeat (json_decode keeps the first position, the last value). */
function jsonObjectWithDuplicates(): fc.Arbitrary<string> {
  return fc
    .array(
      fc.tuple(fc.constantFrom('"a"', '"b"', '"1"', '"01"', '"\\u0061"', '"1.0"', '"0"'), fc.oneof(jsonNumber, jsonStringToken, jsonValue)),
      {
        minLength: 2,
        maxLength: 8,
      },
    )
    .map((items) => `{${items.map(([k, v]) => `${k}:${v}`).join(',')}}`);
}

function ourDecode(input: string | Buffer): string {
  const value = phpJsonDecode(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  if (value === undefined) return '!';
  const enc = (pretty: boolean): string => {
    try {
      return b64(phpJsonEncode(value, { pretty }));
    } catch (e) {
      if (e instanceof PhpJsonError) return '!';
      throw e;
    }
  };
  return `${phpDump(value)} ${enc(false)} ${enc(true)}`;
}

function normalizePhpDecode(line: string): string {
  if (line.startsWith('!')) return '!';
  return line
    .split(' ')
    .map((p) => (p.startsWith('!') ? '!' : p))
    .join(' ');
}

function checkDecodeBatch(docs: Array<string | Buffer>): void {
  const out = runPhp(
    'decode',
    docs.map((d) => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d).toString('base64')),
  );
  docs.forEach((doc, i) => {
    const theirs = normalizePhpDecode(out[i] ?? '');
    same(ourDecode(doc), theirs, `json_decode of ${typeof doc === 'string' ? show(doc) : `bytes ${doc.toString('hex')}`}`);
  });
}

describe('php differential: json_decode($text, true) and re-encoding', () => {
  it('generated documents (valid, duplicate keys, mutated, BOM, bad UTF-8) decode and re-encode identically (2000 docs)', (t) => {
    if (!needPhp(t)) return;
    check(
      fc.property(batch(jsonDocument, 200), (docs) => checkDecodeBatch(docs)),
      { seed: 0xdec0, numRuns: 10 },
    );
  });

  it('nesting depth limit, top-level scalars, whitespace and empty input match PHP', (t) => {
    if (!needPhp(t)) return;
    const docs: string[] = [];
    for (const n of [1, 2, 510, 511, 512, 513, 600]) {
      docs.push('['.repeat(n) + ']'.repeat(n));
      docs.push('['.repeat(n) + '1' + ']'.repeat(n));
      docs.push('{"a":'.repeat(n) + '{}' + '}'.repeat(n));
      docs.push('{"a":'.repeat(n) + '1' + '}'.repeat(n));
    }
    docs.push('', ' ', '1', '"x"', 'null', ' true ', '\ufeff{}', '{}\u0000', '[1,]', '{"a":1,}', '01', '-', '1.', '.5', '+1', '\v1', '\f1');
    docs.push('[1e400]', '[-1e400]', '{"":1}', '{"\\u0000a":1}', '["\\ud800"]', '["\\udc00"]', '["\\ud800\\u0041"]', '"\u2028"');
    checkDecodeBatch(docs);
  });

  it('every JSON file of the shared fixtures (signature.json files, KATs) decodes and re-encodes identically', (t) => {
    if (!needPhp(t)) return;
    const files = execFileSync('find', [FIXTURES, '-name', '*.json', '-size', '-20M'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    assert.ok(files.length > 10, `only ${files.length} JSON fixtures found`);
    checkDecodeBatch(files.map((f) => readFileSync(f)));
  });

  it('integers between 2^53 and 2^63 keep their exact value', (t) => {
    if (!needPhp(t)) return;
    checkDecodeBatch(['9007199254740993', '[9223372036854775807]', '{"a":-9007199254740993}']);
  });
});

// ---------------------------------------------------------------- floats

/** Doubles whose 15th significant digit is an exact tie (PHP rounds half to even there). */
const TIE_DOUBLES = [
  123456789012345,
  100000000000005,
  12345678901234.5,
  99999999999999.5,
  0.5,
  2.5,
  1e15 + 5,
  1e14 + 0.5,
  -123456789012345,
];
const tieDouble = fc.oneof(
  fc.integer({ min: 1, max: 99999 }).map((k) => k * 1e10 + 5), // 15 digits, zeros before the tie
  fc.integer({ min: 10000000000000, max: 99999999999999 }).map((k) => k * 10 + 5),
  fc.integer({ min: 1000000000000, max: 9999999999999 }).map((k) => k + 0.5),
  fc.integer({ min: 1, max: 99999 }).map((k) => -(k * 1e11 + 50)),
);

describe('php differential: floats', () => {
  it('(string) cast (precision 14) and json_encode (serialize_precision -1) of doubles', (t) => {
    if (!needPhp(t)) return;
    check(
      fc.property(
        batch(
          fc.oneof(
            fc.double(),
            fc.constantFrom(...TIE_DOUBLES),
            fc.integer().map((n) => n * 1.0),
            tieDouble,
          ),
          300,
        ),
        (xs) => {
          const out = runPhp(
            'float',
            xs.map((x) => {
              const buf = Buffer.alloc(8);
              buf.writeDoubleBE(x);
              return buf.toString('hex');
            }),
          );
          xs.forEach((x, i) => {
            const [str, json] = (out[i] ?? '').split(' ');
            const f = new PhpFloat(x);
            assert.equal(phpToString(f), Buffer.from(str ?? '', 'base64').toString('utf8'), `(string) ${x}`);
            let ours: string;
            try {
              ours = b64(phpJsonEncode(f));
            } catch (e) {
              if (!(e instanceof PhpJsonError)) throw e;
              ours = '!';
            }
            assert.equal(ours, json?.startsWith('!') ? '!' : json, `json_encode ${x}`);
          });
        },
      ),
      { seed: 0xf10a7, numRuns: 5 },
    );
  });
});

// ---------------------------------------------------------------- (d) RSA-PSS with phpseclib

function needPhpseclib(t: TestContext): boolean {
  const info = needPhp(t);
  if (info === null) return false;
  if (info.phpseclib === null) {
    t.skip('phpseclib not installed for php (apt-get install php-phpseclib)');
    return false;
  }
  return true;
}

const KEYS = [
  { name: 'ca/tricky (2048 bit, PKCS#8)', key: join(CA, 'tricky.key'), cert: join(CA, 'tricky.crt'), runs: 4, size: 20 },
  { name: 'nextcloud/SomeApp (4096 bit, PKCS#1)', key: join(NC, 'SomeApp.key'), cert: join(NC, 'SomeApp.crt'), runs: 1, size: 6 },
];

/** Messages: random bytes, random text, and what is really signed (compact json_encode of ksorted hashes). */
const message: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((u) => Buffer.from(u)),
  text.map((s) => Buffer.from(s, 'utf8')),
  fc
    .array(fc.tuple(key, hex128), { maxLength: 12 })
    .map((list) => Buffer.from(phpJsonEncode(phpKsort(PhpArray.fromEntries(list))), 'utf8')),
);

describe('php differential: RSA-PSS (SHA-1, MGF1-SHA-512, salt 0) against phpseclib', () => {
  for (const k of KEYS) {
    it(`${k.name}: pssSign is byte-identical to phpseclib sign(), and each side verifies the other`, (t) => {
      if (!needPhpseclib(t)) return;
      const keyPem = readFileSync(k.key, 'utf8');
      const certPem = readFileSync(k.cert, 'utf8');
      const privateKey = createPrivateKey(keyPem);
      const publicKey: KeyObject = parseCertificate(certPem).x509.publicKey;
      check(
        fc.property(batch(message, k.size), fc.nat(), (msgs, flipSeed) => {
          const theirs = runPhp('sign', [b64(keyPem), ...msgs.map((m) => m.toString('base64'))]);
          const ours = msgs.map((m) => pssSign(m, privateKey));
          msgs.forEach((m, i) => {
            assert.equal(ours[i]?.toString('base64'), theirs[i], `signature of ${m.toString('hex')}`);
            assert.ok(pssVerify(m, Buffer.from(theirs[i] ?? '', 'base64'), publicKey), 'we accept phpseclib’s signature');
          });
          // phpseclib verifies ours, and both refuse a 1-bit flip or another message.
          const flipped = ours.map((s, i) => {
            const f = Buffer.from(s);
            const bit = (flipSeed + i * 7919) % (f.length * 8);
            f[bit >> 3] = (f[bit >> 3] as number) ^ (1 << (bit & 7));
            return f;
          });
          const lines = [
            ...msgs.map((m, i) => `${m.toString('base64')} ${ours[i]?.toString('base64')}`),
            ...msgs.map((m, i) => `${m.toString('base64')} ${flipped[i]?.toString('base64')}`),
            ...msgs.map((m, i) => `${Buffer.concat([m, Buffer.from('x')]).toString('base64')} ${ours[i]?.toString('base64')}`),
          ];
          const verdicts = runPhp('verify', [b64(certPem), ...lines]);
          assert.deepEqual(verdicts, [...msgs.map(() => '1'), ...msgs.map(() => '0'), ...msgs.map(() => '0')]);
          flipped.forEach((f, i) => assert.equal(pssVerify(msgs[i] as Buffer, f, publicKey), false, 'we refuse a flipped bit'));
        }),
        { seed: 0x955, numRuns: k.runs },
      );
    });
  }
});

// ---------------------------------------------------------------- certificates (phpseclib X509)

const CERT_FILES = [
  join(CA, 'tricky.crt'),
  join(CA, 'other.crt'),
  join(CA, 'core.crt'),
  join(CA, 'root.crt'),
  join(FIXTURES, 'ca-untrusted', 'tricky.crt'),
  join(NC, 'SomeApp.crt'),
];

type PemEdit = { op: string; at: number; text: string };

/** Ways a certificate string in signature.json can differ from what upstream writes. */
const pemEdit: fc.Arbitrary<PemEdit> = fc.record({
  op: fc.constantFrom('lf', 'one-line', 'preamble', 'trailing', 'label', 'short-dashes', 'no-footer', 'no-header', 'body-only', 'two-certs',
    'flip', 'truncate', 'insert', 'strip-padding', 'indent'), // prettier-ignore
  at: fc.nat(),
  text: fc.constantFrom(
    ' ',
    '\t',
    '\n',
    '*',
    '-',
    'Bag Attributes\n  localKeyID: 01 00\n',
    'x',
    '=',
    '-----',
    '\u00e9',
    'subject=/CN=tricky\n',
  ),
});

function applyPemEdit(pem: string, other: string, e: PemEdit): string {
  const body = pem.replace(/-----[^-]*-----/g, '').replace(/\s/g, '');
  const i = e.at % Math.max(1, pem.length);
  switch (e.op) {
    case 'lf':
      return pem.replace(/\r\n/g, '\n');
    case 'one-line':
      return pem.replace(/\r?\n/g, '');
    case 'preamble':
      return e.text + pem;
    case 'trailing':
      return pem + '\r\n' + e.text;
    case 'label':
      return pem.replace(/CERTIFICATE/g, e.text === ' ' ? 'X509 CERTIFICATE' : 'TRUSTED CERTIFICATE');
    case 'short-dashes':
      return pem.replace(/-----/g, '---');
    case 'no-footer':
      return pem.replace(/-----END[^-]*-----/, '');
    case 'no-header':
      return pem.replace(/-----BEGIN[^-]*-----/, '');
    case 'body-only':
      return body;
    case 'two-certs':
      return pem + '\r\n' + other;
    case 'flip': {
      const j = pem.indexOf('\n') + 1 + (e.at % Math.max(1, body.length - 4));
      const c = pem[j] ?? 'A';
      return pem.slice(0, j) + (c === 'Q' ? 'R' : 'Q') + pem.slice(j + 1);
    }
    case 'truncate':
      return pem.slice(0, i);
    case 'insert':
      return pem.slice(0, i) + e.text + pem.slice(i);
    case 'strip-padding':
      return pem.replace(/=+(\r?\n-----END)/, '$1');
    default:
      return pem.replace(/^/gm, e.text === '\t' ? '\t' : ' ');
  }
}

describe('php differential: certificate loading and trust (phpseclib X509, as Checker::verify)', () => {
  it('validateSignature() against root.crt and the CN agree for edited certificate strings', (t) => {
    if (!needPhpseclib(t)) return;
    if (needPhp(t)?.phpseclib !== '2') return t.skip('only phpseclib 2 (what Nextcloud ships) is driven here');
    const rootPem = readFileSync(join(CA, 'root.crt'), 'utf8');
    const root = parseCertificate(rootPem);
    const pems = CERT_FILES.map((f) => readFileSync(f, 'utf8'));
    const edited = fc.tuple(fc.nat(pems.length - 1), fc.nat(pems.length - 1), fc.array(pemEdit, { maxLength: 2 }));
    check(
      fc.property(batch(edited, 60), (cases) => {
        const inputs = cases.map(([a, b, edits]) => edits.reduce((pem, e) => applyPemEdit(pem, pems[b] as string, e), pems[a] as string));
        const out = runPhp('x509', [b64(rootPem), ...inputs.map((p) => b64(p))]);
        const diverging: string[] = [];
        inputs.forEach((pem, i) => {
          let valid = '0';
          let cn = 'N';
          try {
            const cert = parseCertificate(pem);
            valid = upstreamChainValid(cert, [root]) ? '1' : '0';
            const names = cert.commonNames;
            cn = names.length > 1 ? 'A' : names.length === 1 ? `s${b64(names[0] as string)}` : 'N';
          } catch {
            // not a certificate: upstream's validateSignature() is false
          }
          const [theirValid = '', theirCn = ''] = (out[i] ?? '').split(' ');
          if (valid !== theirValid || (valid === '1' && cn !== theirCn)) {
            const [a = 0, , edits] = cases[i] ?? [];
            diverging.push(`ours ${valid} ${cn}, php ${theirValid} ${theirCn}: ${show(edits)} of ${CERT_FILES[a]}: ${show(pem)}`);
          }
        });
        assert.deepEqual(diverging.slice(0, 3), [], `${diverging.length} of ${inputs.length} certificate strings judged differently`);
      }),
      { seed: 0x509, numRuns: 5 },
    );
  });
});

// ---------------------------------------------------------------- (g) whole trees through upstream's checker

/**
 * Trees signed and verified by upstream's algorithm in PHP (test/php-upstream.ts: the real
 * PHP with phpseclib, the walk listing each folder in strcmp order) and by us: signature.json
 * byte for byte, and `--format nextcloud-json` equal to upstream's result.
 */
describe('php differential: upstream checker on whole trees', () => {
  const KEY = join(CA, 'tricky.key');
  const CERT = join(CA, 'tricky.crt');
  const CORE_KEY = join(CA, 'core.key');
  const CORE_CERT = join(CA, 'core.crt');
  const ROOT = join(CA, 'root.crt');

  function app(files: Record<string, string>): string {
    return writeTree(tempDir('php-tree-'), { 'appinfo/info.xml': '<info><id>tricky</id></info>', ...files });
  }

  function core(files: Record<string, string>): string {
    return writeTree(tempDir('php-core-'), { 'version.php': '<?php $OC_Version = [30, 0, 0, 0];\n', 'core/a.js': 'a\n', ...files });
  }

  /** Sign with PHP, check ours signs the same bytes, and return the signed tree. */
  async function signBoth(dir: string, kind: 'app' | 'core'): Promise<Buffer> {
    const [key, cert] = kind === 'app' ? [KEY, CERT] : [CORE_KEY, CORE_CERT];
    const theirs = upstreamSign(dir, kind, readFileSync(key, 'utf8'), readFileSync(cert, 'utf8'));
    const sig = join(dir, kind === 'app' ? 'appinfo/signature.json' : 'core/signature.json');
    const run = await runCli(['sign', dir, '--key', key, '--cert', cert]);
    assert.equal(run.code, 0, run.stderr);
    const ours = readFileSync(sig);
    same(ours.toString('latin1'), theirs.toString('latin1'), 'signature.json differs from upstream sign');
    return ours;
  }

  async function verifyBoth(dir: string, kind: 'app' | 'core', cn: string): Promise<string> {
    const theirs = upstreamVerify(dir, kind, cn, readFileSync(ROOT, 'utf8'));
    const run = await runCli(['verify', dir, '--trust', ROOT, '--format', 'nextcloud-json']);
    assert.equal(run.stderr, '');
    same(run.stdout, `${theirs}\n`, 'verify result differs from upstream');
    return theirs;
  }

  it('result order follows upstream’s visiting order: a folder’s files before "a-x" and "a.x"', async (t) => {
    if (!needPhpseclib(t)) return;
    const dir = app({ 'a/b.txt': 'b', 'a-b.txt': 'a-b', 'a.txt': 'a.', 'a/c/d.txt': 'd', a0: '0', aB: 'B' });
    await signBoth(dir, 'app');
    // Equal-content extra files: upstream names only the first it visits.
    writeTree(dir, { 'a-x': 'dup', 'a.x': 'dup', 'a/x': 'dup', 'a/c/y': 'dup', 'a0x/z': 'other', 'a/c0': 'third' });
    writeFileSync(join(dir, 'a-b.txt'), 'changed');
    writeFileSync(join(dir, 'a/b.txt'), 'changed too');
    const theirs = await verifyBoth(dir, 'app', 'tricky');
    assert.match(theirs, /"EXTRA_FILE":\{"a\\\/c\\\/y":/, 'upstream visits a/c/y first');
  });

  it('a name matching an exclusion pattern before a final newline is excluded (PCRE $), in sign and verify', async (t) => {
    if (!needPhpseclib(t)) return;
    const dir = app({
      'lib/a.php': '<?php\n',
      '.webapp-nextcloud-1.2.3\n': 'excluded by upstream',
      '.webapp-nextcloud-1.2.3-r4\n': 'excluded too',
      '.webapp-nextcloud-1.2.3\n\n': 'two newlines: hashed',
      'lib/.webapp-nextcloud-11.0.0\n': 'excluded in a subfolder',
      '.webapp-nextcloud-1.2.3x': 'hashed',
    });
    const sig = (await signBoth(dir, 'app')).toString('utf8');
    assert.doesNotMatch(sig, /1\.2\.3\\n"/);
    assert.match(sig, /1\.2\.3\\n\\n"/);
    writeTree(dir, { 'lib/.webapp-nextcloud-2.0.0\n': 'added, still excluded', '.webapp-nextcloud-9.9.9\n': 'x' });
    assert.equal(await verifyBoth(dir, 'app', 'tricky'), '[]');
  });

  it('a core tree with an integer name at the top: upstream’s updater rule throws a TypeError', async (t) => {
    if (!needPhpseclib(t)) return;
    const dir = core({ '10': 'ten\n', 'lib/x.php': '<?php\n' });
    await signBoth(dir, 'core');
    const theirs = await verifyBoth(dir, 'core', 'core');
    assert.match(
      theirs,
      /"class":"TypeError","message":"str_starts_with\(\): Argument #1 \(\$haystack\) must be of type string, int given"/,
    );
    // An app keeps verifying: the rule is core's only.
    const appDir = app({ '10': 'ten\n' });
    await signBoth(appDir, 'app');
    assert.equal(await verifyBoth(appDir, 'app', 'tricky'), '[]');
  });

  it('numeric names PHP’s ksort leaves to the walk sign the same on every filesystem and listing order', async (t) => {
    if (!needPhpseclib(t)) return;
    // "9" == "09" == " 9" and "10" == "1e1" == "10.0" for PHP: ksort keeps their visiting order.
    const names = ['09', '9', ' 9', '1e1', '10', '10.0', '1E1', 'b', '8'];
    const orders = [names, [...names].reverse(), [...names].sort(), [names[4], names[0], ...names.slice(5), names[1], names[2], names[3]]];
    const bases = [tempDir('php-ext4-'), ...(existsSync('/dev/shm') ? [mkdtempSync('/dev/shm/ci-tmpfs-')] : [])];
    const signed: Buffer[] = [];
    try {
      for (const base of bases) {
        for (const [i, order] of orders.entries()) {
          const dir = join(base, `tree-${i}`);
          writeTree(dir, { 'appinfo/info.xml': '<info><id>tricky</id></info>' });
          for (const name of order) writeFileSync(join(dir, name as string), `${name}\n`);
          signed.push(await signBoth(dir, 'app'));
        }
      }
    } finally {
      for (const base of bases) if (base.startsWith('/dev/shm/')) rmSync(base, { recursive: true, force: true });
    }
    for (const s of signed) assert.ok(s.equals(signed[0] as Buffer), 'two listing orders signed different bytes');
  });
});
