/**
 * A minimal DER reader for the few certificate fields node:crypto does not expose raw:
 * the issuer and subject Names as bytes (upstream matches an issuer by its exact Name),
 * the authority/subject key identifiers, and the subject's CN attributes.
 */

export interface DerNode {
  tag: number;
  /** Offset of the tag byte in the buffer. */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just past the content. */
  end: number;
}

export class DerError extends Error {}

export function readNode(buf: Buffer, offset: number): DerNode {
  if (offset + 2 > buf.length) throw new DerError('truncated DER');
  const tag = buf[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not supported');
  let len = buf[offset + 1] as number;
  let pos = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new DerError('unsupported DER length');
    len = 0;
    for (let i = 0; i < n; i++) {
      if (pos >= buf.length) throw new DerError('truncated DER');
      len = len * 256 + (buf[pos++] as number);
    }
  }
  const end = pos + len;
  if (end > buf.length) throw new DerError('truncated DER');
  return { tag, start: offset, contentStart: pos, end };
}

export function children(buf: Buffer, node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  let pos = node.contentStart;
  while (pos < node.end) {
    const child = readNode(buf, pos);
    out.push(child);
    pos = child.end;
  }
  return out;
}

export function raw(buf: Buffer, node: DerNode): Buffer {
  return buf.subarray(node.start, node.end);
}

export function content(buf: Buffer, node: DerNode): Buffer {
  return buf.subarray(node.contentStart, node.end);
}

/** Decode an OBJECT IDENTIFIER's content to dotted form. */
export function oid(bytes: Buffer): string {
  const parts: number[] = [];
  let value = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      if (parts.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        parts.push(first, value - first * 40);
      } else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** Decode an X.520 DirectoryString (or similar) to a JS string. */
export function directoryString(buf: Buffer, node: DerNode): string {
  const c = content(buf, node);
  switch (node.tag) {
    case 0x1e: {
      // BMPString: UTF-16BE
      const swapped = Buffer.from(c);
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    case 0x1c: {
      // UniversalString: UTF-32BE
      let s = '';
      for (let i = 0; i + 3 < c.length; i += 4) s += String.fromCodePoint(c.readUInt32BE(i));
      return s;
    }
    case 0x14: // T61String: treat as Latin-1 like most toolkits
      return c.toString('latin1');
    default:
      return c.toString('utf8');
  }
}
