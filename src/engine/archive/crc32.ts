/**
 * CRC-32 (the zip checksum): node:zlib's native crc32 where Node has it (20.15+, 22.2+),
 * otherwise a table-driven fallback.
 */
import * as zlib from 'node:zlib';

const TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c;
}

function crc32Js(data: Buffer, value = 0): number {
  let c = ~value;
  for (let i = 0; i < data.length; i++) c = (TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

const native = (zlib as unknown as { crc32?: (data: Buffer, value?: number) => number }).crc32;

/** The CRC-32 of `data`, continuing from `value` (the CRC of the bytes before it). */
export const crc32: (data: Buffer, value?: number) => number = typeof native === 'function' ? (d, v = 0) => native(d, v) >>> 0 : crc32Js;
