/**
 * The usual signature.json, read in one pass over its bytes, a window at a time.
 *
 * A server's core/signature.json is several megabytes (tens at ten times the size); decoding
 * it as a PHP value, ksorting it and encoding it again to check the signature cost more main-
 * thread time than hashing leaves, and holding it whole cost more memory than the bar allows.
 * Every signature written by upstream (or by `code-integrity sign`) has one shape: an object
 * with "hashes" (non-numeric paths in byte order, `/` escaped, each mapped to a lowercase hex
 * SHA-512), "signature" and "certificate". For that shape this scanner gives exactly what PHP
 * would: the keys are already in ksort order (for non-numeric strings PHP compares bytes), and
 * the compact JSON that upstream signs is the same bytes without the whitespace, so its SHA-1
 * is computed while reading. Anything else — another shape, escapes other than `\/`, non-ASCII
 * paths, numeric names, duplicates, unsorted keys, invalid JSON — returns null, and the caller
 * decodes the file with the full PHP json_decode (src/engine/php/json.ts), which is the
 * reference for every document.
 */
import { pssMessageHash } from './crypto/pss.ts';
import { RecordStore } from './hash/records.ts';
import { HashTable } from './hashes.ts';
import { NameStore } from './names.ts';
import { phpNumeric } from './php/ksort.ts';

/** Reads up to `length` bytes into `buffer` at `offset`; returns 0 at the end. */
export type ByteReader = (buffer: Buffer, offset: number, length: number) => number;

export interface ScannedSignature {
  hashes: HashTable;
  /** SHA-1 of the compact JSON of "hashes", the message upstream's RSA-PSS covers. */
  messageDigest: Buffer;
  signature: string;
  certificate: string;
}

const WINDOW_BYTES = 1 << 20;

/** Hex digit values; -1 for anything else (uppercase included: upstream writes lowercase). */
const HEX_VALUE = new Int8Array(256).fill(-1);
for (let c = 0; c < 10; c++) HEX_VALUE[0x30 + c] = c;
for (let c = 0; c < 6; c++) HEX_VALUE[0x61 + c] = 10 + c;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Not the usual shape: decode the long way. */
class Unusual extends Error {}
/** The window ended inside a token group: read more and parse the group again. */
class NeedMore extends Error {}
const UNUSUAL = new Unusual();
const NEED_MORE = new NeedMore();

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A `\uD8xx`–`\uDFxx` escape: a surrogate, which PHP accepts only in valid pairs. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** Compact message bytes are collected here and hashed when full. */
class MessageWriter {
  readonly out = Buffer.allocUnsafe(1 << 16);
  n = 0;
  readonly hash = pssMessageHash();

  byte(c: number): void {
    if (this.n === this.out.length) this.flush();
    this.out[this.n++] = c;
  }

  /** Make room for `bytes` more (at most the buffer's size). */
  reserve(bytes: number): void {
    if (this.n + bytes > this.out.length) this.flush();
  }

  flush(): void {
    if (this.n > 0) this.hash.update(this.out.subarray(0, this.n));
    this.n = 0;
  }
}

/** Longest key taken on the fast path (a path is at most a few KiB); longer ones take the long way. */
const MAX_KEY_BYTES = 16 * 1024;
const keyScratch = Buffer.allocUnsafe(MAX_KEY_BYTES);

class Scanner {
  private buf: Buffer;
  private end = 0;
  private eof = false;
  /** Start of the token group being parsed (kept when the window moves). */
  private mark = 0;
  pos = 0;

  constructor(
    private readonly read: ByteReader,
    private readonly windowBytes: number,
  ) {
    this.buf = Buffer.allocUnsafe(windowBytes);
  }

  /** Keep bytes from `mark` on, read at least one more window; false at the end of input. */
  more(): boolean {
    if (this.eof) return false;
    const keep = this.end - this.mark;
    if (keep * 2 <= this.buf.length) {
      // Reuse the window: the kept tail moves to the front.
      this.buf.copyWithin(0, this.mark, this.end);
    } else {
      const next = Buffer.allocUnsafe(Math.max(this.windowBytes, keep * 2));
      this.buf.copy(next, 0, this.mark, this.end);
      this.buf = next;
    }
    this.pos -= this.mark;
    this.mark = 0;
    this.end = keep;
    while (this.end < this.buf.length) {
      const n = this.read(this.buf, this.end, this.buf.length - this.end);
      if (n === 0) {
        this.eof = true;
        break;
      }
      this.end += n;
    }
    return this.end > keep;
  }

  get window(): Buffer {
    return this.buf;
  }

  get limit(): number {
    return this.end;
  }

  atEnd(): boolean {
    return this.eof && this.pos >= this.end;
  }

  begin(): void {
    this.mark = this.pos;
  }

  rewind(): void {
    this.pos = this.mark;
  }

  byte(): number {
    if (this.pos >= this.end) throw NEED_MORE;
    return this.buf[this.pos] as number;
  }

  skipWs(): void {
    while (this.pos < this.end && isWs(this.buf[this.pos] as number)) this.pos++;
    if (this.pos >= this.end) throw NEED_MORE;
  }

  expect(c: number): void {
    this.skipWs();
    if (this.buf[this.pos] !== c) throw UNUSUAL;
    this.pos++;
  }

  /** A JSON string at pos (after whitespace), decoded as PHP would; returns its raw extent too. */
  string(): string {
    this.expect(QUOTE);
    const start = this.pos;
    const b = this.buf;
    let p = start;
    for (;;) {
      if (p >= this.end) throw NEED_MORE;
      const c = b[p] as number;
      if (c === QUOTE) break;
      if (c < 0x20) throw UNUSUAL;
      p += c === BACKSLASH ? 2 : 1;
    }
    this.pos = p + 1;
    let text: string;
    try {
      text = utf8.decode(b.subarray(start - 1, p + 1));
    } catch {
      throw UNUSUAL;
    }
    if (SURROGATE_ESCAPE.test(text)) throw UNUSUAL;
    try {
      return JSON.parse(text) as string;
    } catch {
      throw UNUSUAL;
    }
  }
}

interface HashesState {
  names: NameStore;
  digests: RecordStore;
  count: number;
}

/**
 * One `"path":"hex"` member of "hashes" at the scanner's position (after whitespace), and the
 * separator after it. Returns true when the object closed. One pass over the bytes: checks
 * them, decodes the name into a scratch buffer, the hex into the digest table, and copies the
 * member's compact form into the message; nothing is committed before the whole member was seen.
 */
function hashMember(s: Scanner, state: HashesState, message: MessageWriter): boolean {
  s.expect(QUOTE);
  const b = s.window;
  const end = s.limit;
  const keyStart = s.pos;
  let p = keyStart;
  let keyLength = 0;
  for (;;) {
    if (p >= end) throw NEED_MORE;
    const c = b[p] as number;
    if (c === QUOTE) break;
    if (c === BACKSLASH) {
      // Only `\/` (PHP escapes every slash): any other escape takes the long way.
      if (p + 1 >= end) throw NEED_MORE;
      if (b[p + 1] !== SLASH) throw UNUSUAL;
      if (keyLength === MAX_KEY_BYTES) throw UNUSUAL;
      keyScratch[keyLength++] = SLASH;
      p += 2;
      continue;
    }
    // Printable ASCII only, and no bare slash (PHP never writes one; its re-encoding would differ).
    if (c < 0x20 || c > 0x7e || c === SLASH || keyLength === MAX_KEY_BYTES) throw UNUSUAL;
    keyScratch[keyLength++] = c;
    p++;
  }
  const keyEnd = p;
  s.pos = p + 1;
  s.expect(0x3a); // ':'
  s.expect(QUOTE);
  const valueStart = s.pos;
  if (valueStart + 129 > end) throw NEED_MORE;
  if (b[valueStart + 128] !== QUOTE) throw UNUSUAL;
  s.pos = valueStart + 129;
  s.skipWs();
  const sep = b[s.pos];
  if (sep !== 0x2c && sep !== 0x7d) throw UNUSUAL;
  s.pos++;

  // Strictly increasing byte order also rules out duplicates.
  if (state.count > 0 && state.names.compareBytes(state.count - 1, keyScratch, 0, keyLength) >= 0) throw UNUSUAL;
  // A numeric name ("1", " 2", "1e3") sorts numerically in PHP, or becomes an integer key;
  // only a name without "/" that starts below "A" can be one.
  if (keyLength === 0) throw UNUSUAL;
  if ((keyScratch[0] as number) < 0x41) {
    const slash = keyScratch.indexOf(SLASH);
    if ((slash < 0 || slash >= keyLength) && phpNumeric(keyScratch.toString('latin1', 0, keyLength)) !== null) throw UNUSUAL;
  }

  const digests = state.digests.chunkFor(state.count);
  const out = state.digests.offsetOf(state.count);
  // The compact form: [","] '"' raw key '":"' hex '"'.
  const rawLength = keyEnd - keyStart;
  message.reserve(rawLength + 134);
  const m = message.out;
  let o = message.n;
  if (state.count > 0) m[o++] = 0x2c;
  m[o++] = QUOTE;
  for (let q = keyStart; q < keyEnd; q++) m[o++] = b[q] as number;
  m[o++] = QUOTE;
  m[o++] = 0x3a;
  m[o++] = QUOTE;
  for (let i = 0; i < 64; i++) {
    const h = b[valueStart + 2 * i] as number;
    const l = b[valueStart + 2 * i + 1] as number;
    const hi = HEX_VALUE[h] as number;
    const lo = HEX_VALUE[l] as number;
    if ((hi | lo) < 0) throw UNUSUAL;
    digests[out + i] = (hi << 4) | lo;
    m[o++] = h;
    m[o++] = l;
  }
  m[o++] = QUOTE;
  message.n = o;
  state.names.pushBytes(keyScratch, 0, keyLength);
  state.count += 1;
  return sep === 0x7d;
}

/**
 * Scan a signature file. `pause` is awaited between windows (of `windowBytes`; tests use tiny ones to cross every boundary) so a caller's other work (feeding the hashing workers) goes on.
 * Returns null when the file is not the usual shape (decode it with phpJsonDecode then).
 */
export async function scanSignature(
  read: ByteReader,
  pause?: () => Promise<void>,
  windowBytes = WINDOW_BYTES,
): Promise<ScannedSignature | null> {
  const s = new Scanner(read, windowBytes);
  const message = new MessageWriter();
  let hashes: HashesState | null = null;
  let signature: string | null = null;
  let certificate: string | null = null;
  // 0: before "{", 1: before a top-level key, 2: inside "hashes", 3: after a top-level value, 4: done
  let stage = 0;
  try {
    s.more();
    for (;;) {
      s.begin();
      try {
        if (stage === 0) {
          if (s.atEnd()) return null;
          s.expect(0x7b);
          stage = 1;
        } else if (stage === 1) {
          const key = s.string();
          s.expect(0x3a);
          if (key === 'hashes' && hashes === null) {
            s.expect(0x7b);
            s.skipWs();
            if (s.byte() === 0x7d) return null; // empty: PHP prints [] and ksorts nothing; the long way says so
            hashes = {
              names: new NameStore(),
              digests: new RecordStore(64),
              count: 0,
            };
            message.byte(0x7b);
            stage = 2;
          } else if ((key === 'signature' && signature === null) || (key === 'certificate' && certificate === null)) {
            const value = s.string();
            if (key === 'signature') signature = value;
            else certificate = value;
            stage = 3;
          } else return null; // another key, or a duplicate one
        } else if (stage === 2) {
          // Many members per window: the group restarts at the member that ran out of bytes.
          for (;;) {
            s.begin();
            if (hashMember(s, hashes as HashesState, message)) break;
          }
          message.byte(0x7d);
          stage = 3;
        } else if (stage === 3) {
          s.skipWs();
          const c = s.byte();
          s.pos++;
          if (c === 0x2c) stage = 1;
          else if (c === 0x7d) stage = 4;
          else return null;
        } else {
          while (!s.atEnd()) {
            if (s.pos >= s.limit) {
              s.begin();
              s.more();
              continue;
            }
            if (!isWs(s.byte())) return null;
            s.pos++;
          }
          break;
        }
      } catch (e) {
        if (e !== NEED_MORE) throw e;
        s.rewind();
        if (!s.more()) return null; // the input ended inside a token: not valid JSON
        if (pause) await pause();
      }
    }
  } catch (e) {
    if (e === UNUSUAL) return null;
    throw e;
  }
  if (hashes === null || signature === null || certificate === null) return null;
  message.flush();
  return {
    hashes: HashTable.fromDigests(hashes.names, hashes.digests),
    messageDigest: message.hash.digest(),
    signature,
    certificate,
  };
}

/** A ByteReader over bytes already in memory, whole or in chunks (as an archive entry streamed by). */
export function bufferReader(bytes: Buffer | readonly Buffer[]): ByteReader {
  const chunks = Buffer.isBuffer(bytes) ? [bytes] : bytes;
  let chunk = 0;
  let at = 0;
  return (buffer, offset, length) => {
    let n = 0;
    while (n < length && chunk < chunks.length) {
      const from = chunks[chunk] as Buffer;
      const take = Math.min(length - n, from.length - at);
      from.copy(buffer, offset + n, at, at + take);
      n += take;
      at += take;
      if (at === from.length) {
        chunk += 1;
        at = 0;
      }
    }
    return n;
  };
}
