import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PhpArray } from '../../src/engine/php/array.ts';
import { phpKeyCompare, phpKsort, phpSortStrings, zendSort } from '../../src/engine/php/ksort.ts';

const keysOf = (names: string[]): Array<string | number> => [...phpKsort(PhpArray.fromEntries(names.map((n) => [n, 'h'] as const))).keys()];

describe('PHP 8 ksort (SORT_REGULAR)', () => {
  it('orders plain paths by bytes: "/" before digits and letters, uppercase before lowercase', () => {
    assert.deepEqual(keysOf(['ab', 'a_b', 'aB', 'a0', 'a/b', 'B', '.htaccess']), ['.htaccess', 'B', 'a/b', 'a0', 'aB', 'a_b', 'ab']);
  });

  it('orders by UTF-8 bytes, not UTF-16 code units (astral after U+FFxx)', () => {
    assert.deepEqual(keysOf(['😀', '\uff5e', 'é']), ['é', '\uff5e', '😀']);
  });

  it('compares numeric names numerically ("9" < "10", "1e1" == 10) and keeps visiting order for equal ones', () => {
    assert.deepEqual(keysOf(['10', '9', '1.5', 'README']), ['1.5', 9, 10, 'README']);
    assert.deepEqual(keysOf(['9', '09']), [9, '09']);
    assert.deepEqual(keysOf(['09', '9']), ['09', 9]);
    assert.deepEqual(keysOf(['1e1', '10']), ['1e1', 10]);
  });

  it('compares an integer key with a non-numeric string as strings (PHP 8), e.g. 10 < "1a" < 9 by bytes', () => {
    assert.equal(phpKeyCompare(10, '1a'), -1);
    assert.equal(phpKeyCompare(9, '1a'), 1);
    assert.equal(phpKeyCompare(' 5', '5 '), 0);
    assert.equal(phpKeyCompare('abc', 'abd'), -1);
  });

  it('zend_sort sorts correctly for a total order, across the insertion-sort, 3-pivot and 5-pivot branches (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 2100 }), (xs) => {
        const withPos = xs.map((v, pos) => ({ v, pos }));
        zendSort(withPos, (a, b) => (a.v !== b.v ? (a.v < b.v ? -1 : 1) : a.pos - b.pos));
        const expected = xs.map((v, pos) => ({ v, pos })).sort((a, b) => a.v - b.v || a.pos - b.pos);
        assert.deepEqual(withPos, expected);
      }),
      { seed: 3, numRuns: 60 },
    );
  });
});

describe('PHP 8 sort (SORT_REGULAR) of strings', () => {
  it('orders by bytes, a shorter prefix first and "" before everything', () => {
    assert.deepEqual(phpSortStrings(['folder-drag-accept', 'a', 'Folder', '', 'folder', 'é', 'z']), [
      '',
      'Folder',
      'a',
      'folder',
      'folder-drag-accept',
      'z',
      'é',
    ]);
  });

  it('compares two numeric strings as numbers and keeps the order of equal ones (stable)', () => {
    assert.deepEqual(phpSortStrings(['10', '9', 'x', '1.5']), ['1.5', '9', '10', 'x']);
    assert.deepEqual(phpSortStrings(['1e1', '10']), ['1e1', '10']);
    assert.deepEqual(phpSortStrings(['10', '1e1']), ['10', '1e1']);
  });
});
