/**
 * A small model of PHP's ordered array, just enough to reproduce what upstream's
 * integrity checker does with its hash tables byte for byte.
 *
 * Why not a JS object or Map<string, …>: PHP turns a key that is a canonical decimal
 * integer ("10", "-3", not "010" or "1.5") into an integer key, which changes how
 * `ksort` orders it, how `array_merge` renumbers it and whether `json_encode` prints
 * a list. JS objects additionally reorder integer-like keys. So keys are modelled
 * explicitly as `number | string` and insertion order is kept by a Map.
 */

export type PhpKey = number | string;
/** PHP scalars: an int is a number, or a bigint beyond 2^53 (PHP ints reach 2^63 - 1). */
export type PhpScalar = string | number | bigint | boolean | null | PhpFloat;
export type PhpValue = PhpScalar | PhpArray;

/** A PHP float (JSON numbers with a fraction or exponent); kept apart from integers. */
export class PhpFloat {
  constructor(readonly value: number) {}
}

const MAX_LONG = 9223372036854775807n;
const MIN_LONG = -9223372036854775808n;

/** PHP's ZEND_HANDLE_NUMERIC_STR: "123" and "-5" become integer keys, "0123", "1.5", "-0" do not. */
export function phpKey(key: string | number): PhpKey {
  if (typeof key === 'number') return key;
  // Most keys are paths: only a digit or "-" can start an integer key.
  const first = key.charCodeAt(0);
  if (!((first >= 0x30 && first <= 0x39) || first === 0x2d)) return key;
  if (!/^(0|-?[1-9][0-9]*)$/.test(key)) return key;
  const big = BigInt(key);
  if (big > MAX_LONG || big < MIN_LONG) return key;
  // Integers beyond 2^53 would lose precision as JS numbers; keep them as strings
  // (such file names never occur in a signed release; correctness of ordering for
  // them is not attempted).
  if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER)) return key;
  return Number(big);
}

/** Whether PHP holds `key` as an integer key (a number here, or an integer beyond 2^53 kept as a string). */
export function isPhpIntegerKey(key: PhpKey): boolean {
  if (typeof key === 'number') return true;
  if (!/^(0|-?[1-9][0-9]*)$/.test(key)) return false;
  const big = BigInt(key);
  return big <= MAX_LONG && big >= MIN_LONG;
}

export class PhpArray {
  private readonly map = new Map<PhpKey, PhpValue>();
  private nextIndex = 0;

  static fromEntries(entries: Iterable<readonly [string | number, PhpValue]>): PhpArray {
    const arr = new PhpArray();
    for (const [k, v] of entries) arr.set(k, v);
    return arr;
  }

  get size(): number {
    return this.map.size;
  }

  set(key: string | number, value: PhpValue): void {
    const k = phpKey(key);
    this.map.set(k, value);
    if (typeof k === 'number' && k >= this.nextIndex) this.nextIndex = k + 1;
  }

  /** `$a[] = $value` */
  push(value: PhpValue): void {
    this.map.set(this.nextIndex, value);
    this.nextIndex += 1;
  }

  get(key: string | number): PhpValue | undefined {
    return this.map.get(phpKey(key));
  }

  has(key: string | number): boolean {
    return this.map.has(phpKey(key));
  }

  delete(key: string | number): void {
    this.map.delete(phpKey(key));
  }

  keys(): IterableIterator<PhpKey> {
    return this.map.keys();
  }

  entries(): IterableIterator<[PhpKey, PhpValue]> {
    return this.map.entries();
  }

  [Symbol.iterator](): IterableIterator<[PhpKey, PhpValue]> {
    return this.map.entries();
  }

  /** PHP's array_is_list: keys are exactly 0..n-1 in order (json_encode then prints `[...]`). */
  isList(): boolean {
    let i = 0;
    for (const k of this.map.keys()) {
      if (k !== i) return false;
      i += 1;
    }
    return true;
  }
}

/** array_merge: integer keys are renumbered from 0 and appended, string keys overwrite in place. */
export function phpArrayMerge(...arrays: PhpArray[]): PhpArray {
  const out = new PhpArray();
  for (const arr of arrays) {
    for (const [k, v] of arr) {
      if (typeof k === 'number') out.push(v);
      else out.set(k, v);
    }
  }
  return out;
}

/** array_replace: every key is kept as it is; a later array overwrites in place or appends. */
export function phpArrayReplace(...arrays: PhpArray[]): PhpArray {
  const out = new PhpArray();
  for (const arr of arrays) for (const [k, v] of arr) out.set(k, v);
  return out;
}

/** PHP 8's get_debug_type(), as its TypeError messages name a value's type. */
export function phpDebugType(value: PhpValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' || typeof value === 'bigint') return 'int';
  if (typeof value === 'string') return 'string';
  return value instanceof PhpFloat ? 'float' : 'array';
}

/** PHP's (string) cast of a scalar, as used by array_diff's value comparison. */
export function phpToString(value: PhpValue): string {
  if (value === null || value === false) return '';
  if (value === true) return '1';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof PhpFloat) return phpFloatRepr(value.value, false);
  return 'Array';
}

/**
 * PHP's float formatting (zend_gcvt / php_gcvt):
 * - `forJson`: json_encode with serialize_precision = -1: the shortest round-trip digits,
 *   exponential form (`1.0e+17`, `1.0e-5`) when the decimal exponent is above 17 or below
 *   -4; no ".0" is added to integral values (`1`, `-0`), as JSON_PRESERVE_ZERO_FRACTION
 *   is not set.
 * - otherwise: the `(string)` cast, precision = 14: correctly rounded to 14 significant
 *   digits (ties to even), exponential (`1.0E+15`) above 10^15 or below 10^-4.
 */
export function phpFloatRepr(value: number, forJson: boolean): string {
  if (Number.isNaN(value)) return 'NAN';
  if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
  const neg = value < 0 || Object.is(value, -0);
  if (value === 0) return neg ? '-0' : '0';
  const abs = Math.abs(value);
  let digits: string;
  let decpt: number;
  if (forJson) {
    // zend_dtoa mode 0 = the shortest digits that read back as the same double, which is
    // what ECMAScript's Number-to-string produces too.
    const [mant = '', exp = '0'] = abs.toExponential().split('e');
    digits = mant.replace('.', '');
    decpt = Number(exp) + 1;
  } else {
    ({ digits, decpt } = roundedDigits(abs, 14));
  }
  return gcvt(neg, digits, decpt, forJson ? 17 : 14, forJson ? 'e' : 'E');
}

/** php_gcvt's layout of significant digits `digits` with decimal point position `decpt`. */
function gcvt(neg: boolean, digits: string, decpt: number, ndigit: number, expChar: string): string {
  const sign = neg ? '-' : '';
  if (decpt < 0 ? decpt < -3 : decpt > ndigit) {
    const e = decpt - 1;
    return `${sign}${digits[0]}.${digits.length > 1 ? digits.slice(1) : '0'}${expChar}${e < 0 ? '-' : '+'}${Math.abs(e)}`;
  }
  if (decpt < 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  const intPart = decpt === 0 ? '0' : digits.slice(0, decpt).padEnd(decpt, '0');
  const frac = digits.slice(decpt);
  return `${sign}${intPart}${frac === '' ? '' : `.${frac}`}`;
}

/**
 * zend_dtoa mode 2: `n` significant digits of a positive finite double, correctly rounded
 * from its exact binary value (ties to even), trailing zeros removed.
 */
function roundedDigits(abs: number, n: number): { digits: string; decpt: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, abs);
  const hi = view.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let e2 = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    e2 = biased - 1075;
  }
  // abs = mant * 2^e2 exactly; write it as an integer times a power of ten.
  let exact: string;
  let decpt: number;
  if (e2 >= 0) {
    exact = (mant << BigInt(e2)).toString();
    decpt = exact.length;
  } else {
    exact = (mant * 5n ** BigInt(-e2)).toString();
    decpt = exact.length + e2;
  }
  let digits = exact.slice(0, n);
  const rest = exact.slice(n);
  let keepZeros = false;
  if (rest !== '') {
    const first = rest.charCodeAt(0) - 48;
    const tie = first === 5 && /^0*$/.test(rest.slice(1));
    const up = first > 5 || (first === 5 && !tie) || (tie && (digits.charCodeAt(digits.length - 1) - 48) % 2 === 1);
    if (up) {
      const bumped = (BigInt(digits) + 1n).toString();
      if (bumped.length > digits.length) decpt += 1;
      digits = bumped.slice(0, n);
    } else if (tie && Number.isInteger(abs) && decpt - 1 <= 14) {
      // dtoa's "small integer" path (an exact tie defeats its floating-point fast path)
      // rounds down without dropping trailing zeros: (string)100000000000005.0 is
      // "1.0000000000000E+14" in PHP.
      keepZeros = true;
    }
  }
  if (!keepZeros) digits = digits.replace(/0+$/, '');
  return { digits: digits === '' ? '0' : digits, decpt };
}
