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
import { pssMessageHash } from '../crypto/pss.ts';
import { RecordStore } from './records.ts';
import { HashTable } from './hash-table.ts';
import { NameStore } from './names.ts';
import { phpNumeric } from '../php/ksort.ts';
import { BACKSLASH, isWs, NEED_MORE, QUOTE, Scanner, SLASH, UNUSUAL, type ByteReader } from './signature-scanner.ts';

export type { ByteReader } from './signature-scanner.ts';

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

interface HashesState {
  names: NameStore;
  digests: RecordStore;
  count: number;
}

/**
 * The key of a member at `s.pos` (just after its opening quote), unescaped into keyScratch.
 * Only `\/` may be escaped (PHP escapes every slash); anything else takes the long way.
 * Returns the key's length in keyScratch and where its raw bytes end.
 */
function memberKey(s: Scanner): { length: number; end: number } {
  const b = s.window;
  const end = s.limit;
  let p = s.pos;
  let length = 0;
  for (;;) {
    if (p >= end) throw NEED_MORE;
    const c = b[p] as number;
    if (c === QUOTE) return { length, end: p };
    if (length === MAX_KEY_BYTES) throw UNUSUAL;
    if (c === BACKSLASH) {
      if (p + 1 >= end) throw NEED_MORE;
      if (b[p + 1] !== SLASH) throw UNUSUAL;
      keyScratch[length++] = SLASH;
      p += 2;
      continue;
    }
    // Printable ASCII only, and no bare slash (PHP never writes one; its re-encoding would differ).
    if (c < 0x20 || c > 0x7e || c === SLASH) throw UNUSUAL;
    keyScratch[length++] = c;
    p++;
  }
}

/**
 * The key in keyScratch may follow the previous one: strictly increasing byte order (which
 * also rules out duplicates), and not a numeric name ("1", " 2", "1e3"), which PHP sorts as a
 * number or turns into an integer key; only a name without "/" that starts below "A" can be one.
 */
function assertOrdinaryKey(state: HashesState, length: number): void {
  if (state.count > 0 && state.names.compareBytes(state.count - 1, keyScratch, 0, length) >= 0) throw UNUSUAL;
  if (length === 0) throw UNUSUAL;
  if ((keyScratch[0] as number) >= 0x41) return;
  const slash = keyScratch.indexOf(SLASH);
  if ((slash < 0 || slash >= length) && phpNumeric(keyScratch.toString('latin1', 0, length)) !== null) throw UNUSUAL;
}

/** The member's compact form ([","] '"' raw key '":"' hex '"') into the message, its digest into the table. */
function commitMember(
  s: Scanner,
  state: HashesState,
  message: MessageWriter,
  key: { start: number; end: number; length: number },
  valueStart: number,
): void {
  const b = s.window;
  const digests = state.digests.chunkFor(state.count);
  const out = state.digests.offsetOf(state.count);
  message.reserve(key.end - key.start + 134);
  const m = message.out;
  let o = message.n;
  if (state.count > 0) m[o++] = 0x2c;
  m[o++] = QUOTE;
  for (let q = key.start; q < key.end; q++) m[o++] = b[q] as number;
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
  state.names.pushBytes(keyScratch, 0, key.length);
  state.count += 1;
}

/**
 * One `"path":"hex"` member of "hashes" at the scanner's position (after whitespace), and the
 * separator after it. Returns true when the object closed. One pass over the bytes: checks
 * them, decodes the name into a scratch buffer, the hex into the digest table, and copies the
 * member's compact form into the message; nothing is committed before the whole member was seen.
 */
function hashMember(s: Scanner, state: HashesState, message: MessageWriter): boolean {
  s.expect(QUOTE);
  const start = s.pos;
  const { length, end } = memberKey(s);
  s.pos = end + 1;
  s.expect(0x3a); // ':'
  s.expect(QUOTE);
  const valueStart = s.pos;
  if (valueStart + 129 > s.limit) throw NEED_MORE;
  if (s.window[valueStart + 128] !== QUOTE) throw UNUSUAL;
  s.pos = valueStart + 129;
  s.skipWs();
  const sep = s.window[s.pos];
  if (sep !== 0x2c && sep !== 0x7d) throw UNUSUAL;
  s.pos++;
  assertOrdinaryKey(state, length);
  commitMember(s, state, message, { start, end, length }, valueStart);
  return sep === 0x7d;
}

/** Where the scan is: before "{", before a top-level key, inside "hashes", after a top-level value, after "}". */
type Stage = 'open' | 'key' | 'hashes' | 'next' | 'end';

/** The scan of one document: its stages, each a method that reads one group of tokens. */
class SignatureScan {
  readonly message = new MessageWriter();
  hashes: HashesState | null = null;
  signature: string | null = null;
  certificate: string | null = null;
  stage: Stage = 'open';

  constructor(private readonly s: Scanner) {}

  /** Read the current stage's tokens; false when the document is not the usual shape. */
  step(): boolean {
    switch (this.stage) {
      case 'open':
        if (this.s.atEnd()) return false;
        this.s.expect(0x7b);
        this.stage = 'key';
        return true;
      case 'key':
        return this.topLevelMember();
      case 'hashes':
        return this.hashesMembers();
      case 'next':
        return this.afterValue();
      case 'end':
        return this.trailingSpace();
    }
  }

  /** `"hashes": {` (opening the members), or `"signature"` / `"certificate"` with its string. */
  private topLevelMember(): boolean {
    const key = this.s.string();
    this.s.expect(0x3a);
    if (key === 'hashes' && this.hashes === null) {
      this.s.expect(0x7b);
      this.s.skipWs();
      if (this.s.byte() === 0x7d) return false; // empty: PHP prints [] and ksorts nothing; the long way says so
      this.hashes = { names: new NameStore(), digests: new RecordStore(64), count: 0 };
      this.message.byte(0x7b);
      this.stage = 'hashes';
      return true;
    }
    if ((key === 'signature' && this.signature === null) || (key === 'certificate' && this.certificate === null)) {
      const value = this.s.string();
      if (key === 'signature') this.signature = value;
      else this.certificate = value;
      this.stage = 'next';
      return true;
    }
    return false; // another key, or a duplicate one
  }

  /** Many members per window: the group restarts at the member that ran out of bytes. */
  private hashesMembers(): boolean {
    for (;;) {
      this.s.begin();
      if (hashMember(this.s, this.hashes as HashesState, this.message)) break;
    }
    this.message.byte(0x7d);
    this.stage = 'next';
    return true;
  }

  private afterValue(): boolean {
    this.s.skipWs();
    const c = this.s.byte();
    this.s.pos++;
    if (c === 0x2c) this.stage = 'key';
    else if (c === 0x7d) this.stage = 'end';
    else return false;
    return true;
  }

  /** Only whitespace may follow the document; true once the input ended. */
  private trailingSpace(): boolean {
    const s = this.s;
    while (!s.atEnd()) {
      if (s.pos >= s.limit) {
        s.begin();
        s.more();
        continue;
      }
      if (!isWs(s.byte())) return false;
      s.pos++;
    }
    return true;
  }

  result(): ScannedSignature | null {
    const { hashes, signature, certificate } = this;
    if (hashes === null || signature === null || certificate === null) return null;
    this.message.flush();
    return {
      hashes: HashTable.fromDigests(hashes.names, hashes.digests),
      messageDigest: this.message.hash.digest(),
      signature,
      certificate,
    };
  }
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
  const scan = new SignatureScan(s);
  try {
    s.more();
    while (scan.stage !== 'end' || !s.atEnd()) {
      s.begin();
      try {
        if (!scan.step()) return null;
        if (scan.stage === 'end' && s.atEnd()) break;
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
  return scan.result();
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
