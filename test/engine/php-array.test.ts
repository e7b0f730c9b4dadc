import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PhpArray, phpArrayMerge, phpArrayReplace, phpDebugType, PhpFloat, type PhpValue } from '../../src/engine/php/array.ts';

const entriesOf = (arr: PhpArray): Array<[string | number, unknown]> => [...arr.entries()];

describe('PHP array_merge and array_replace', () => {
  const dist = PhpArray.fromEntries([
    ['a/x', 'one'],
    ['5', 'five'],
    ['b/y', 'two'],
  ]);
  const custom = PhpArray.fromEntries([
    ['b/y', 'TWO'],
    ['7', 'seven'],
    ['c/z', 'three'],
  ]);

  it('array_merge: a string key overwrites in place, a new one is appended, integer keys are renumbered from 0', () => {
    assert.deepEqual(entriesOf(phpArrayMerge(dist, custom)), [
      ['a/x', 'one'],
      [0, 'five'],
      ['b/y', 'TWO'],
      [1, 'seven'],
      ['c/z', 'three'],
    ]);
  });

  it('array_replace: every key is kept, integer keys included', () => {
    assert.deepEqual(entriesOf(phpArrayReplace(dist, custom)), [
      ['a/x', 'one'],
      [5, 'five'],
      ['b/y', 'TWO'],
      [7, 'seven'],
      ['c/z', 'three'],
    ]);
  });

  it('array_replace overwrites an integer key in place where array_merge appends it again', () => {
    const over = PhpArray.fromEntries([['5', 'FIVE']]);
    assert.deepEqual(entriesOf(phpArrayReplace(dist, over)).slice(0, 2), [
      ['a/x', 'one'],
      [5, 'FIVE'],
    ]);
    assert.deepEqual(entriesOf(phpArrayMerge(dist, over)).at(-1), [1, 'FIVE']);
  });
});

describe('PHP get_debug_type', () => {
  it('names values as PHP 8 TypeErrors do', () => {
    const values: PhpValue[] = ['s', 5, new PhpFloat(1), true, null, new PhpArray()];
    assert.deepEqual(values.map(phpDebugType), ['string', 'int', 'float', 'bool', 'null', 'array']);
  });
});
