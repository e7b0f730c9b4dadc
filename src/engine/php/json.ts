/**
 * PHP `json_encode` / `json_decode` reproduced byte for byte for what signature files hold.
 *
 * Hand-written on purpose: the RSA signature covers the exact bytes PHP's `json_encode`
 * produces (escaped `/`, `\uXXXX` for every non-ASCII character, PHP's own pretty-print
 * spacing, `[]` for an empty array), and no JSON library reproduces that. The decoder is
 * hand-written because `JSON.parse` reorders integer-like keys and cannot tell `1` from
 * `1.0`, both of which change what PHP would sign or compare.
 */
import { PhpArray, PhpFloat, phpFloatRepr, type PhpValue } from './array.ts';

export class PhpJsonError extends Error {}

const HEX = '0123456789abcdef';

function u4(c: number): string {
  return `\\u${HEX[(c >> 12) & 15]}${HEX[(c >> 8) & 15]}${HEX[(c >> 4) & 15]}${HEX[c & 15]}`;
}

/** Escape a string the way json_encode does with no flags (slashes and unicode escaped). */
/** Printable ASCII without `"` and `\\`: the only escape such a string can need is `\/`. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

export function phpJsonString(value: string, options: { escapeSlashes?: boolean } = {}): string {
  const escapeSlashes = options.escapeSlashes ?? true;
  // Fast path for the usual file name and hex hash.
  if (PLAIN_ASCII.test(value)) return '"' + (escapeSlashes && value.includes('/') ? value.replaceAll('/', '\\/') : value) + '"';
  let out = '"';
  let runStart = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let rep: string | undefined;
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x22) rep = '\\"';
      else if (c === 0x5c) rep = '\\\\';
      else if (c === 0x2f && escapeSlashes) rep = '\\/';
    } else if (c === 0x7f) {
      // DEL is printed as is
    } else if (c < 0x20) {
      if (c === 0x08) rep = '\\b';
      else if (c === 0x0c) rep = '\\f';
      else if (c === 0x0a) rep = '\\n';
      else if (c === 0x0d) rep = '\\r';
      else if (c === 0x09) rep = '\\t';
      else rep = `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
    } else {
      rep = u4(c);
      if (c >= 0xd800 && c <= 0xdfff) {
        // Astral characters are printed as a UTF-16 surrogate pair. A lone surrogate can only
        // come from invalid UTF-8, which PHP refuses to encode.
        const next = value.charCodeAt(i + 1);
        if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
          throw new PhpJsonError('Malformed UTF-8 characters, possibly incorrectly encoded');
        }
        rep += u4(next);
        out += value.slice(runStart, i) + rep;
        i += 1;
        runStart = i + 1;
        continue;
      }
    }
    if (rep !== undefined) {
      out += value.slice(runStart, i) + rep;
      runStart = i + 1;
    }
  }
  return out + value.slice(runStart) + '"';
}

export interface EncodeOptions {
  /** JSON_PRETTY_PRINT: 4 spaces, "key": value, "\n" newlines. */
  pretty?: boolean;
  /** false = JSON_UNESCAPED_SLASHES */
  escapeSlashes?: boolean;
}

/** PHP json_encode of a PHP value. */
/** Receives the encoded text piece by piece (e.g. straight into a hash). */
export interface JsonSink {
  push(...parts: string[]): void;
}

export function phpJsonEncode(value: PhpValue, options: EncodeOptions = {}): string {
  const parts: string[] = [];
  encodeInto(value, options, 0, parts);
  return parts.join('');
}

/**
 * Encode into `write` in chunks of about `chunkSize` characters, never holding the whole
 * text: a large signature's message is hashed this way instead of built as one string.
 * Throws PhpJsonError where json_encode fails, like phpJsonEncode.
 */
export function phpJsonEncodeStream(
  value: PhpValue,
  write: (chunk: string) => void,
  options: EncodeOptions = {},
  chunkSize = 1 << 16,
): void {
  let buffer = '';
  const sink: JsonSink = {
    push(...parts: string[]) {
      for (const part of parts) buffer += part;
      if (buffer.length >= chunkSize) {
        write(buffer);
        buffer = '';
      }
    },
  };
  encodeInto(value, options, 0, sink);
  if (buffer !== '') write(buffer);
}

function encodeInto(value: PhpValue, options: EncodeOptions, depth: number, out: JsonSink): void {
  if (value === null) out.push('null');
  else if (value === true) out.push('true');
  else if (value === false) out.push('false');
  else if (typeof value === 'string') out.push(phpJsonString(value, options));
  else if (typeof value === 'number' || typeof value === 'bigint') out.push(String(value));
  else if (value instanceof PhpFloat) {
    if (!Number.isFinite(value.value)) throw new PhpJsonError('Inf and NaN cannot be JSON encoded');
    out.push(phpFloatRepr(value.value, true));
  } else encodeArray(value, options, depth, out);
}

function encodeArray(arr: PhpArray, options: EncodeOptions, depth: number, out: JsonSink): void {
  const isList = arr.isList();
  if (arr.size === 0) {
    out.push(isList ? '[]' : '{}');
    return;
  }
  const pretty = options.pretty === true;
  const inner = pretty ? '\n' + '    '.repeat(depth + 1) : '';
  out.push(isList ? '[' : '{');
  let first = true;
  for (const [key, val] of arr.entries()) {
    if (!first) out.push(',');
    first = false;
    out.push(inner);
    if (!isList) {
      out.push(phpJsonString(String(key), options), pretty ? ': ' : ':');
    }
    encodeInto(val, options, depth + 1, out);
  }
  if (pretty) out.push('\n' + '    '.repeat(depth));
  out.push(isList ? ']' : '}');
}

/**
 * json_decode's default $depth. Arrays/objects may nest only depth - 1 = 511 deep: PHP
 * counts the innermost values as a level too (`json_decode('[]', true, 1)` is an error).
 */
const PHP_JSON_DEFAULT_DEPTH = 512;

/**
 * PHP json_decode($text, true). Returns `undefined` where PHP returns null because of an
 * error (syntax, depth, invalid UTF-8) so callers can tell "null" from "invalid".
 */
export function phpJsonDecode(text: string | Buffer): PhpValue | undefined {
  let source: string;
  if (typeof text === 'string') source = text;
  else {
    try {
      // ignoreBOM: keep a leading U+FEFF, which PHP's json_decode rejects as a syntax error.
      source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(text);
    } catch {
      return undefined; // JSON_ERROR_UTF8
    }
  }
  try {
    const parser = new Parser(source);
    const value = parser.parseDocument();
    return value;
  } catch (e) {
    if (e instanceof PhpJsonError) return undefined;
    throw e;
  }
}

const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const CONTROL = /[\u0000-\u001f]/;

/** JSON's one-character escapes and what they stand for. */
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly s: string) {}

  parseDocument(): PhpValue {
    this.ws();
    const v = this.value();
    this.ws();
    if (this.pos !== this.s.length) throw new PhpJsonError('Syntax error');
    return v;
  }

  private ws(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos++;
      else break;
    }
  }

  private value(): PhpValue {
    const c = this.s[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === 't' && this.s.startsWith('true', this.pos)) return ((this.pos += 4), true);
    if (c === 'f' && this.s.startsWith('false', this.pos)) return ((this.pos += 5), false);
    if (c === 'n' && this.s.startsWith('null', this.pos)) return ((this.pos += 4), null);
    return this.number();
  }

  private enter(): void {
    this.depth += 1;
    if (this.depth >= PHP_JSON_DEFAULT_DEPTH) throw new PhpJsonError('Maximum stack depth exceeded');
  }

  private object(): PhpArray {
    this.enter();
    this.pos++;
    const arr = new PhpArray();
    this.ws();
    if (this.s[this.pos] === '}') {
      this.pos++;
      this.depth--;
      return arr;
    }
    for (;;) {
      this.ws();
      if (this.s[this.pos] !== '"') throw new PhpJsonError('Syntax error');
      const key = this.string();
      this.ws();
      if (this.s[this.pos] !== ':') throw new PhpJsonError('Syntax error');
      this.pos++;
      this.ws();
      const v = this.value();
      // json_decode into an array: a duplicate key overwrites in place (first position kept).
      arr.set(key, v);
      this.ws();
      const c = this.s[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        break;
      }
      throw new PhpJsonError('Syntax error');
    }
    this.depth--;
    return arr;
  }

  private array(): PhpArray {
    this.enter();
    this.pos++;
    const arr = new PhpArray();
    this.ws();
    if (this.s[this.pos] === ']') {
      this.pos++;
      this.depth--;
      return arr;
    }
    for (;;) {
      this.ws();
      arr.push(this.value());
      this.ws();
      const c = this.s[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        break;
      }
      throw new PhpJsonError('Syntax error');
    }
    this.depth--;
    return arr;
  }

  private string(): string {
    const s = this.s;
    this.pos++; // opening quote
    // Fast path: no escape before the closing quote and no control character in between.
    const close = s.indexOf('"', this.pos);
    if (close >= 0) {
      const backslash = s.indexOf('\\', this.pos);
      if (backslash < 0 || backslash > close) {
        const body = s.slice(this.pos, close);
        if (!CONTROL.test(body)) {
          this.pos = close + 1;
          return body;
        }
      }
    }
    let out = '';
    let runStart = this.pos;
    for (;;) {
      if (this.pos >= s.length) throw new PhpJsonError('Syntax error');
      const c = s.charCodeAt(this.pos);
      if (c === 0x22) {
        out += s.slice(runStart, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) throw new PhpJsonError('Control character error');
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      out += s.slice(runStart, this.pos) + this.escape();
      runStart = this.pos;
    }
  }

  /** The escape sequence at the position (a backslash and what follows), as the characters it stands for. */
  private escape(): string {
    const e = this.s[this.pos + 1];
    this.pos += 2;
    const simple = e === undefined ? undefined : SIMPLE_ESCAPES[e];
    if (simple !== undefined) return simple;
    if (e !== 'u') throw new PhpJsonError('Syntax error');
    const code = this.hex4();
    if (code >= 0xdc00 && code <= 0xdfff) throw new PhpJsonError('Single unpaired UTF-16 surrogate');
    if (code < 0xd800 || code > 0xdbff) return String.fromCharCode(code);
    // A high surrogate needs its low half right after it.
    if (this.s[this.pos] !== '\\' || this.s[this.pos + 1] !== 'u') throw new PhpJsonError('Single unpaired UTF-16 surrogate');
    this.pos += 2;
    const low = this.hex4();
    if (low < 0xdc00 || low > 0xdfff) throw new PhpJsonError('Single unpaired UTF-16 surrogate');
    return String.fromCharCode(code, low);
  }

  private hex4(): number {
    const h = this.s.slice(this.pos, this.pos + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) throw new PhpJsonError('Syntax error');
    this.pos += 4;
    return parseInt(h, 16);
  }

  private number(): PhpValue {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.s);
    if (!m) throw new PhpJsonError('Syntax error');
    this.pos += m[0].length;
    if (m[2] === undefined && m[3] === undefined) {
      const big = BigInt(m[0]);
      if (big <= 9223372036854775807n && big >= -9223372036854775808n) {
        // A PHP int: exact beyond 2^53 too, so it re-encodes to the same digits.
        const small = Number(big);
        return Number.isSafeInteger(small) ? small : big;
      }
    }
    return new PhpFloat(Number(m[0]));
  }
}
