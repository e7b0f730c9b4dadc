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
export type PhpScalar = string | number | boolean | null | PhpFloat;
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
  if (!/^(0|-?[1-9][0-9]*)$/.test(key)) return key;
  const big = BigInt(key);
  if (big > MAX_LONG || big < MIN_LONG) return key;
  // Integers beyond 2^53 would lose precision as JS numbers; keep them as strings
  // (such file names never occur in a signed release; correctness of ordering for
  // them is not attempted).
  if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER)) return key;
  return Number(big);
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

/** PHP's (string) cast of a scalar, as used by array_diff's value comparison. */
export function phpToString(value: PhpValue): string {
  if (value === null || value === false) return '';
  if (value === true) return '1';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof PhpFloat) return phpFloatRepr(value.value, false);
  return 'Array';
}

/** PHP's float to string with serialize_precision = -1 (shortest round trip). */
export function phpFloatRepr(value: number, forJson: boolean): string {
  if (Number.isNaN(value)) return 'NAN';
  if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
  if (Object.is(value, -0)) return forJson ? '-0.0' : '-0';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) {
    // PHP uses %.*G style: mantissa with ".0" when integral, exponent with sign.
    const [mant, exp] = value.toExponential().split('e') as [string, string];
    const m = mant.includes('.') ? mant : `${mant}.0`;
    const e = exp.startsWith('-') ? exp : `+${exp.replace('+', '')}`;
    return `${m}E${e}`.replace('E', forJson ? 'e' : 'E');
  }
  const s = String(value);
  if (forJson && Number.isInteger(value)) return `${s}.0`;
  return s;
}
