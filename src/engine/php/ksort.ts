/**
 * PHP 8 `ksort($array)` (SORT_REGULAR) reproduced exactly.
 *
 * Upstream signs `json_encode` of the ksorted hashes, so key order is part of the signed
 * bytes. PHP's key comparison is not plain byte order: two numeric strings ("10", "1e1",
 * " 5") compare as numbers, an integer key against a string compares numerically when the
 * string is numeric and as bytes otherwise. That comparison is not transitive ("9" < "10"
 * < "1a" < "9"), so the resulting order also depends on the sorting algorithm; we therefore
 * replay Zend's hybrid insertion sort / quicksort (zend_sort.c) step for step, with PHP 8's
 * stable fallback to the original position for keys that compare equal ("9" and "09").
 */
import { PhpArray, type PhpKey, type PhpValue } from './array.ts';

interface NumericInfo {
  type: 'long' | 'double';
  long: bigint;
  double: number;
  /** 1 / -1 when an integer-looking string overflows the 64-bit range, else 0. */
  overflow: number;
}

const NUMERIC_RE = /^[ \t\n\r\v\f]*([+-]?)([0-9]*)(\.[0-9]*)?([eE][+-]?[0-9]+)?[ \t\n\r\v\f]*$/;
const MAX_LONG = 9223372036854775807n;
const MIN_LONG = -9223372036854775808n;

/**
 * PHP 8 _is_numeric_string_ex (allow_errors = false, with dval and oflow_info, as
 * zendi_smart_strcmp and compare_longs_to_string call it). `overflow` is set, as in PHP,
 * when the integer part has 20 or more significant digits (whatever follows: "…0.5" and
 * "…0e-30" included), or when a 19-digit integer string lies outside the 64-bit range.
 */
export function phpNumeric(s: string): NumericInfo | null {
  const m = NUMERIC_RE.exec(s);
  if (!m) return null;
  const [, sign = '', intPart = '', frac, exp] = m;
  const fracDigits = frac === undefined ? '' : frac.slice(1);
  if (intPart === '' && fracDigits === '') return null; // needs at least one digit
  const overflowSign = sign === '-' ? -1 : 1;
  const text = `${sign}${intPart === '' ? '0' : intPart}${frac === undefined ? '' : '.' + (fracDigits || '0')}${exp ?? ''}`;
  if (frac === undefined && exp === undefined) {
    const big = BigInt(`${sign}${intPart}`);
    if (big > MAX_LONG || big < MIN_LONG) return { type: 'double', long: 0n, double: Number(big), overflow: overflowSign };
    return { type: 'long', long: big, double: Number(big), overflow: 0 };
  }
  const significant = intPart.length - (/^0*/.exec(intPart)?.[0].length ?? 0);
  return { type: 'double', long: 0n, double: Number(text), overflow: significant >= 20 ? overflowSign : 0 };
}

const encoder = new TextEncoder();

/** zend_binary_strcmp, normalised to -1/0/1: bytes of the UTF-8 encoding, then length. */
export function binaryCompare(a: string, b: string): number {
  if (a === b) return 0;
  // Fast path for ASCII, where UTF-16 code unit order equals byte order.
  let ascii = true;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca >= 0x80 || cb >= 0x80) {
      ascii = false;
      break;
    }
    if (ca !== cb) return ca < cb ? -1 : 1;
  }
  if (ascii) return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  const r = Buffer.compare(encoder.encode(a), encoder.encode(b));
  return r;
}

function threeway(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** zendi_smart_strcmp: numeric strings compare as numbers, others as bytes. */
function smartStrcmp(a: string, b: string): number {
  const n1 = phpNumeric(a);
  const n2 = n1 && phpNumeric(b);
  if (!n1 || !n2) return binaryCompare(a, b);
  if (n1.overflow !== 0 && n1.overflow === n2.overflow && n1.double - n2.double === 0) {
    return binaryCompare(a, b);
  }
  if (n1.type === 'double' || n2.type === 'double') {
    let d1 = n1.double;
    let d2 = n2.double;
    if (n1.type !== 'double') {
      if (n2.overflow) return -1 * n2.overflow;
      d1 = Number(n1.long);
    } else if (n2.type !== 'double') {
      if (n1.overflow) return n1.overflow;
      d2 = Number(n2.long);
    } else if (d1 === d2 && !Number.isFinite(d1)) {
      return binaryCompare(a, b);
    }
    return threeway(d1 - d2, 0);
  }
  return threeway(n1.long, n2.long);
}

/** compare_longs_to_string (PHP 8): numeric string → numeric compare, else compare as strings. */
function compareLongToString(l: number | bigint, s: string): number {
  const n = phpNumeric(s);
  if (n && n.type === 'long') return threeway(BigInt(l), n.long);
  if (n) return threeway(Number(l) - n.double, 0);
  return binaryCompare(String(l), s);
}

/**
 * The integer value of a key PHP holds as an int. array.ts keeps canonical integers beyond
 * ±2^53 as strings (a JS number cannot hold them exactly); PHP has int keys for everything
 * in the 64-bit range, and ksort compares those as ints.
 */
function intKey(k: PhpKey): number | bigint | null {
  if (typeof k === 'number') return k;
  if (k.length < 16 || k.length > 20 || !/^-?[1-9][0-9]{15,18}$/.test(k)) return null;
  const big = BigInt(k);
  return big <= MAX_LONG && big >= MIN_LONG ? big : null;
}

/** php_array_key_compare_unstable_i for SORT_REGULAR (PHP >= 8.2 semantics). */
export function phpKeyCompare(a: PhpKey, b: PhpKey): number {
  const ia = intKey(a);
  const ib = intKey(b);
  if (ia !== null && ib !== null) return ia > ib ? 1 : -1;
  if (ia === null && ib === null) return smartStrcmp(a as string, b as string);
  if (ia !== null) return compareLongToString(ia, b as string);
  return -compareLongToString(ib as number | bigint, a as string);
}

type Cmp<T> = (a: T, b: T) => number;

/** zend_sort (hybrid insertion sort + quicksort from libc++), operating on an array in place. */
export function zendSort<T>(items: T[], cmp: Cmp<T>): void {
  sortRange(items, 0, items.length, cmp);
}

function swap<T>(a: T[], i: number, j: number): void {
  const t = a[i] as T;
  a[i] = a[j] as T;
  a[j] = t;
}

function sort2<T>(x: T[], a: number, b: number, cmp: Cmp<T>): void {
  if (cmp(x[a] as T, x[b] as T) > 0) swap(x, a, b);
}

function sort3<T>(x: T[], a: number, b: number, c: number, cmp: Cmp<T>): void {
  const v = (i: number): T => x[i] as T;
  if (cmp(v(a), v(b)) <= 0) {
    if (cmp(v(b), v(c)) <= 0) return;
    swap(x, b, c);
    if (cmp(v(a), v(b)) > 0) swap(x, a, b);
    return;
  }
  if (cmp(v(c), v(b)) <= 0) {
    swap(x, a, c);
    return;
  }
  swap(x, a, b);
  if (cmp(v(b), v(c)) > 0) swap(x, b, c);
}

function sort4<T>(x: T[], a: number, b: number, c: number, d: number, cmp: Cmp<T>): void {
  const v = (i: number): T => x[i] as T;
  sort3(x, a, b, c, cmp);
  if (cmp(v(c), v(d)) > 0) {
    swap(x, c, d);
    if (cmp(v(b), v(c)) > 0) {
      swap(x, b, c);
      if (cmp(v(a), v(b)) > 0) swap(x, a, b);
    }
  }
}

function sort5<T>(x: T[], a: number, b: number, c: number, d: number, e: number, cmp: Cmp<T>): void {
  const v = (i: number): T => x[i] as T;
  sort4(x, a, b, c, d, cmp);
  if (cmp(v(d), v(e)) > 0) {
    swap(x, d, e);
    if (cmp(v(c), v(d)) > 0) {
      swap(x, c, d);
      if (cmp(v(b), v(c)) > 0) {
        swap(x, b, c);
        if (cmp(v(a), v(b)) > 0) swap(x, a, b);
      }
    }
  }
}

function insertSort<T>(x: T[], start: number, n: number, cmp: Cmp<T>): void {
  const v = (i: number): T => x[i] as T;
  switch (n) {
    case 0:
    case 1:
      return;
    case 2:
      return sort2(x, start, start + 1, cmp);
    case 3:
      return sort3(x, start, start + 1, start + 2, cmp);
    case 4:
      return sort4(x, start, start + 1, start + 2, start + 3, cmp);
    case 5:
      return sort5(x, start, start + 1, start + 2, start + 3, start + 4, cmp);
  }
  const end = start + n;
  const sentry = start + 6;
  for (let i = start + 1; i < sentry; i++) {
    let j = i - 1;
    if (cmp(v(j), v(i)) <= 0) continue;
    while (j !== start) {
      j -= 1;
      if (cmp(v(j), v(i)) <= 0) {
        j += 1;
        break;
      }
    }
    for (let k = i; k > j; k--) swap(x, k, k - 1);
  }
  for (let i = sentry; i < end; i++) {
    let j = i - 1;
    if (cmp(v(j), v(i)) <= 0) continue;
    for (;;) {
      j -= 2;
      if (cmp(v(j), v(i)) <= 0) {
        j += 1;
        if (cmp(v(j), v(i)) <= 0) j += 1;
        break;
      }
      if (j === start) break;
      if (j === start + 1) {
        j -= 1;
        if (cmp(v(i), v(j)) > 0) j += 1;
        break;
      }
    }
    for (let k = i; k > j; k--) swap(x, k, k - 1);
  }
}

function sortRange<T>(x: T[], base: number, nmemb: number, cmp: Cmp<T>): void {
  const v = (i: number): T => x[i] as T;
  for (;;) {
    if (nmemb <= 16) {
      insertSort(x, base, nmemb, cmp);
      return;
    }
    const start = base;
    const end = start + nmemb;
    const offset = nmemb >> 1;
    let pivot = start + offset;
    if (nmemb >> 10) {
      const delta = offset >> 1;
      sort5(x, start, start + delta, pivot, pivot + delta, end - 1, cmp);
    } else {
      sort3(x, start, pivot, end - 1, cmp);
    }
    swap(x, start + 1, pivot);
    pivot = start + 1;
    let i = pivot + 1;
    let j = end - 1;
    partition: for (;;) {
      while (cmp(v(pivot), v(i)) > 0) {
        i += 1;
        if (i === j) break partition;
      }
      j -= 1;
      if (j === i) break;
      while (cmp(v(j), v(pivot)) > 0) {
        j -= 1;
        if (j === i) break partition;
      }
      swap(x, i, j);
      i += 1;
      if (i === j) break;
    }
    swap(x, pivot, i - 1);
    if (i - 1 - start < end - i) {
      sortRange(x, start, i - start - 1, cmp);
      base = i;
      nmemb = end - i;
    } else {
      sortRange(x, i, end - i, cmp);
      base = start;
      nmemb = i - start - 1;
    }
  }
}

/** PHP 8 ksort($arr) with SORT_REGULAR; returns a new array (PHP sorts in place). */
/**
 * A string key that can never be numeric nor an integer key: PHP numeric strings start
 * with whitespace, a sign, a digit or ".". Two such keys compare as plain bytes.
 */
function isPlainStringKey(key: PhpKey): boolean {
  if (typeof key !== 'string' || key === '') return false;
  const c = key.charCodeAt(0);
  return !((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x20 || (c >= 0x09 && c <= 0x0d));
}

export function phpKsort(arr: PhpArray): PhpArray {
  const items: Array<{ key: PhpKey; value: PhpValue; pos: number; plain: boolean }> = [];
  let pos = 0;
  for (const [key, value] of arr.entries()) items.push({ key, value, pos: pos++, plain: isPlainStringKey(key) });
  zendSort(items, (a, b) => {
    // Keys are unique, so two plain keys never compare equal.
    if (a.plain && b.plain) return binaryCompare(a.key as string, b.key as string);
    const r = phpKeyCompare(a.key, b.key);
    if (r !== 0) return r;
    return a.pos > b.pos ? 1 : a.pos < b.pos ? -1 : 0;
  });
  return PhpArray.fromEntries(items.map((it) => [it.key, it.value] as const));
}

/**
 * PHP 8 `sort($strings)` (SORT_REGULAR): two numeric strings compare as numbers ("9" < "10"),
 * anything else by bytes; strings that compare equal ("10" and "1e1") keep their order, as
 * PHP 8's sort is stable. Returns a new list (PHP sorts in place and renumbers).
 */
export function phpSortStrings(values: readonly string[]): string[] {
  const items = values.map((value, pos) => ({ value, pos }));
  zendSort(items, (a, b) => smartStrcmp(a.value, b.value) || (a.pos > b.pos ? 1 : a.pos < b.pos ? -1 : 0));
  return items.map((item) => item.value);
}
