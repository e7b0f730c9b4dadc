import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PhpArray, phpKey } from '../../src/engine/php/array.ts';
import { phpJsonDecode, phpJsonEncode, phpJsonString } from '../../src/engine/php/json.ts';

describe('PHP json_encode', () => {
  it('escapes "/" and every non-ASCII character as lowercase \\uXXXX, astral as a surrogate pair', () => {
    assert.equal(phpJsonString('a/b'), '"a\\/b"');
    assert.equal(phpJsonString('café'), '"caf\\u00e9"');
    assert.equal(phpJsonString('日本'), '"\\u65e5\\u672c"');
    assert.equal(phpJsonString('😀'), '"\\ud83d\\ude00"');
    assert.equal(phpJsonString('\u2028'), '"\\u2028"');
  });

  it("escapes quotes, backslashes and control characters like PHP, and leaves DEL, <, >, &, ' alone", () => {
    assert.equal(phpJsonString('"\\'), '"\\"\\\\"');
    assert.equal(phpJsonString('\b\f\n\r\t'), '"\\b\\f\\n\\r\\t"');
    assert.equal(phpJsonString('\u0001\u001f'), '"\\u0001\\u001f"');
    assert.equal(phpJsonString("\u007f<>&'"), '"\u007f<>&\'"');
  });

  it('refuses a lone surrogate (invalid UTF-8 in PHP)', () => {
    assert.throws(() => phpJsonString('\ud800x'));
    assert.throws(() => phpJsonString('\udc00'));
  });

  it('prints empty arrays as [], lists as [...], and maps as objects, compact and pretty', () => {
    assert.equal(phpJsonEncode(new PhpArray()), '[]');
    const list = PhpArray.fromEntries([
      [0, 'a'],
      [1, 'b'],
    ]);
    assert.equal(phpJsonEncode(list), '["a","b"]');
    const map = PhpArray.fromEntries([
      ['x/y', 'h'],
      ['9', 'n'],
    ]);
    assert.equal(phpJsonEncode(map), '{"x\\/y":"h","9":"n"}');
    const doc = PhpArray.fromEntries([
      ['hashes', map],
      ['empty', new PhpArray()],
      ['s', 'v'],
    ]);
    assert.equal(
      phpJsonEncode(doc, { pretty: true }),
      '{\n    "hashes": {\n        "x\\/y": "h",\n        "9": "n"\n    },\n    "empty": [],\n    "s": "v"\n}',
    );
  });

  it('turns canonical decimal names into integer keys, like PHP arrays', () => {
    assert.equal(phpKey('10'), 10);
    assert.equal(phpKey('-3'), -3);
    assert.equal(phpKey('0'), 0);
    for (const s of ['09', '1.5', '1e1', '-0', ' 5', '+5', '9223372036854775808']) assert.equal(phpKey(s), s);
  });
});

describe('PHP json_decode (assoc)', () => {
  it('keeps key order, turns numeric keys into integers, and lets a duplicate key overwrite in place', () => {
    const v = phpJsonDecode('{"b":1,"10":2,"a":3,"b":4}');
    assert.ok(v instanceof PhpArray);
    assert.deepEqual(
      [...v],
      [
        ['b', 4],
        [10, 2],
        ['a', 3],
      ],
    );
  });

  it('returns undefined for what PHP cannot decode', () => {
    for (const bad of ['', '{', '{"a":}', '[1,]', '"\\ud800"', "{'a':1}", '{"a":1} x', '\u0000']) {
      assert.equal(phpJsonDecode(bad), undefined, bad);
    }
    assert.equal(phpJsonDecode(Buffer.from([0x22, 0xff, 0x22])), undefined);
  });

  it('accepts nesting up to 511 arrays and refuses 512 (PHP depth 512 counts the scalar level)', () => {
    assert.ok(phpJsonDecode('['.repeat(511) + ']'.repeat(511)) instanceof PhpArray);
    assert.equal(phpJsonDecode('['.repeat(512) + ']'.repeat(512)), undefined);
  });

  it('round-trips any string map: decode(encode(x)) == x (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), { maxLength: 20 }), (pairs) => {
        const clean = pairs.map(([k, v]) => [k, v.replace(/[\ud800-\udfff]/g, 'x')] as const);
        const arr = PhpArray.fromEntries(clean);
        const decoded = phpJsonDecode(phpJsonEncode(arr));
        assert.ok(decoded instanceof PhpArray);
        assert.deepEqual([...decoded], [...arr]);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('for string maps, compact output equals JSON.stringify with "/" and non-ASCII escaped (independent oracle)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ unit: 'grapheme', minLength: 1 }).filter((k) => phpKey(k) === k && !/^\d/.test(k)),
          fc.string({ unit: 'grapheme' }),
        ),
        (obj) => {
          const entries = Object.entries(obj);
          if (entries.length === 0) return;
          const oracle = JSON.stringify(Object.fromEntries(entries))
            .replace(/\//g, '\\/')
            .replace(/[\u007f-\uffff]/g, (c) => (c === '\u007f' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
          assert.equal(phpJsonEncode(PhpArray.fromEntries(entries)), oracle);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('PHP ints beyond 2^53', () => {
  it('decode to their exact value and encode back to the same digits, as PHP does up to 2^63 - 1', () => {
    for (const text of ['[9007199254740993]', '{"a":-9007199254740993}', '[9223372036854775807]', '[-9223372036854775808]']) {
      assert.equal(phpJsonEncode(phpJsonDecode(text) as PhpArray), text);
    }
    assert.equal(phpJsonDecode('9007199254740993'), 9007199254740993n);
    assert.equal(phpJsonDecode('9007199254740991'), 9007199254740991);
    // One past PHP's largest int is a float, as in PHP.
    assert.equal(phpJsonEncode(phpJsonDecode('[9223372036854775808]') as PhpArray), '[9.223372036854776e+18]');
  });
});
