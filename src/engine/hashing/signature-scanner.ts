/**
 * The byte scanner under signature-scan.ts: a window over a signature file's bytes that is
 * refilled as the scan goes, with JSON's small tokens (whitespace, one expected byte, a string).
 * A group of tokens is read from a marked position; when the window ends inside it, the group
 * is read again after the window was refilled (NEED_MORE), and anything outside the usual
 * shape gives up (UNUSUAL).
 */
/** Reads up to `length` bytes into `buffer` at `offset`; returns 0 at the end. */
export type ByteReader = (buffer: Buffer, offset: number, length: number) => number;

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const SLASH = 0x2f;

export function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Not the usual shape: decode the long way. */
export class Unusual extends Error {}
/** The window ended inside a token group: read more and parse the group again. */
export class NeedMore extends Error {}
export const UNUSUAL = new Unusual();
export const NEED_MORE = new NeedMore();

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A `\uD8xx`–`\uDFxx` escape: a surrogate, which PHP accepts only in valid pairs. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

export class Scanner {
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
