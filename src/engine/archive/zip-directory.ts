/**
 * A zip's end records and central directory, read as data: where the directory is (the end
 * record, or the zip64 end record its locator points to), and every entry it lists, with the
 * fields the rest of the reader checks the local headers against. Extra fields and the
 * Info-ZIP Unicode Path are parsed here too, as the local headers (zip-local.ts) carry them
 * the same way. Anything extractors could find differently (a second end record, several
 * disks, bytes between the directory and its end record) is refused here.
 */
import type { promises as fsp } from 'node:fs';
import { crc32 } from './crc32.ts';
import type { Budget } from './limits.ts';
import { corruptError, refuse } from './zip-checks.ts';

const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const MAX_COMMENT = 0xffff;
/** A central directory larger than this is refused: it is held in memory (a million entries with 200-byte names fit). */
const MAX_CENTRAL_DIRECTORY = 256 << 20;
/** A 32-bit field holding this says "see the zip64 extra field or end record". */
const ZIP64_MARK = 0xffffffff;
const ANOTHER_END_RECORD =
  'its comment holds another end of central directory record: Info-ZIP unzip reads that one, 7-Zip and ZipArchive the real one';

export interface CentralEntry {
  index: number;
  host: number;
  /** "Version needed to extract" (its version byte). */
  needed: number;
  flags: number;
  method: number;
  crc: number;
  csize: number;
  usize: number;
  attributes: number;
  offset: number;
  rawName: Buffer;
  /** The name of a valid Info-ZIP Unicode Path field (see unicodePath), or null. */
  upath: Buffer | null;
  /** Sizes came from a zip64 extra field (descriptors then carry 8-byte sizes). */
  zip64: boolean;
}

export interface Directory {
  entries: CentralEntry[];
  /** Where the central directory starts: the entries' data ends there. */
  cdOffset: number;
}

/** What the end record (or the zip64 end record) says of the central directory. */
interface DirectoryBounds {
  count: number;
  cdSize: number;
  cdOffset: number;
  /** Where the directory must end: where the (zip64) end record starts. */
  cdEnd: number;
}

/** Extra fields by id; the block must be well formed and hold each id once. */
export function parseExtra(extra: Buffer, where: string): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  let i = 0;
  while (i < extra.length) {
    if (i + 4 > extra.length) refuse(`${where} has a malformed extra field`);
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (i + 4 + len > extra.length) refuse(`${where} has a malformed extra field`);
    if (out.has(id)) refuse(`${where} has the extra field 0x${id.toString(16)} twice; extractors differ on which one counts`);
    out.set(id, extra.subarray(i + 4, i + 4 + len));
    i += 4 + len;
  }
  return out;
}

/** The Info-ZIP Unicode Path (0x7075) name when it is valid for `rawName` (version 1, CRC of the raw name), else null. */
export function unicodePath(extra: Map<number, Buffer>, rawName: Buffer): Buffer | null {
  const field = extra.get(0x7075);
  if (!field || field.length < 5 || field[0] !== 1) return null;
  if (field.readUInt32LE(1) !== crc32(rawName)) return null;
  return field.subarray(5);
}

/** Read `length` bytes at `position` (exactly, or refuse as truncated). */
async function readAt(fd: fsp.FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let off = 0;
  while (off < length) {
    const { bytesRead } = await fd.read(buf, off, length - off, position + off);
    if (bytesRead === 0) corruptError('it ends early (truncated)');
    off += bytesRead;
  }
  return buf;
}

/** Find and check the end records and the central directory. */
export async function readDirectory(fd: fsp.FileHandle, size: number, budget: Budget): Promise<Directory> {
  const { end, endPos } = await findEndRecord(fd, size);
  const { count, cdSize, cdOffset, cdEnd } = await readBounds(fd, end, endPos);
  if (cdOffset + cdSize !== cdEnd)
    refuse('there are bytes between its central directory and its end record, or the directory is not where the end record says');
  checkEntryCount(count, budget);
  if (cdSize > MAX_CENTRAL_DIRECTORY) refuse('its central directory is larger than this tool reads');
  const cd = await readAt(fd, cdOffset, cdSize);
  return { entries: parseCentralDirectory(cd, count), cdOffset };
}

/** The end record (its 22 fixed bytes) and its position in the file. */
async function findEndRecord(fd: fsp.FileHandle, size: number): Promise<{ end: Buffer; endPos: number }> {
  if (size < 22) corruptError('it is too short to be a zip archive (no end of central directory record)');
  const tailLength = Math.min(size, 22 + MAX_COMMENT);
  const tail = await readAt(fd, size - tailLength, tailLength);
  const endAt = onlyEndRecord(tail);
  return { end: tail.subarray(endAt, endAt + 22), endPos: size - tailLength + endAt };
}

/**
 * Where in `tail` the end record is. Every end record whose comment reaches exactly the last
 * byte is a candidate; extractors search from either side and pick different ones when there
 * are several, so there must be one, with no other end record signature in its comment.
 */
function onlyEndRecord(tail: Buffer): number {
  const candidates: number[] = [];
  let anyEnd = false;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== SIG_END) continue;
    anyEnd = true;
    if (i + 22 + tail.readUInt16LE(i + 20) === tail.length) candidates.push(i);
  }
  if (candidates.length === 0) {
    if (anyEnd) refuse('there are bytes after its end of central directory record, which extractors handle differently');
    corruptError('it is truncated or not a zip archive (no end of central directory record)');
  }
  if (candidates.length > 1) refuse(ANOTHER_END_RECORD);
  const endAt = candidates[0] as number;
  if (tail.subarray(endAt + 22).includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) refuse(ANOTHER_END_RECORD);
  return endAt;
}

/** The directory's place and entry count: from the end record, or from the zip64 end record when a locator precedes it. */
async function readBounds(fd: fsp.FileHandle, end: Buffer, endPos: number): Promise<DirectoryBounds> {
  const bounds = endRecordBounds(end, endPos);
  const locatorAt = endPos - 20;
  const hasLocator = locatorAt >= 0 && (await readAt(fd, locatorAt, 4)).readUInt32LE(0) === SIG_LOCATOR64;
  if (hasLocator) return agreedZip64Bounds(bounds, await readZip64End(fd, locatorAt));
  if (bounds.cdOffset === ZIP64_MARK || bounds.cdSize === ZIP64_MARK)
    refuse('its end record points to a zip64 end record that is not there');
  return bounds;
}

function endRecordBounds(end: Buffer, endPos: number): DirectoryBounds {
  if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0) refuse('it spans several disks');
  const count = end.readUInt16LE(10);
  if (end.readUInt16LE(8) !== count) refuse('its end record counts the entries twice, differently');
  return { count, cdSize: end.readUInt32LE(12), cdOffset: end.readUInt32LE(16), cdEnd: endPos };
}

/** The zip64 end record the locator at `locatorAt` points to: on one disk, right before the locator, counting once. */
async function readZip64End(fd: fsp.FileHandle, locatorAt: number): Promise<DirectoryBounds> {
  const locator = await readAt(fd, locatorAt, 20);
  if (locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) !== 1) refuse('its zip64 locator names several disks');
  const end64At = Number(locator.readBigUInt64LE(8));
  if (end64At + 56 > locatorAt) refuse('its zip64 end record is not where its locator says');
  const end64 = await readAt(fd, end64At, 56);
  const recordSize = Number(end64.readBigUInt64LE(4));
  if (end64.readUInt32LE(0) !== SIG_END64 || end64At + 12 + recordSize !== locatorAt)
    refuse('its zip64 end record is not where its locator says');
  if (end64.readUInt32LE(16) !== 0 || end64.readUInt32LE(20) !== 0) refuse('it spans several disks');
  const count = Number(end64.readBigUInt64LE(24));
  if (Number(end64.readBigUInt64LE(32)) !== count) refuse('its zip64 end record counts the entries twice, differently');
  return { count, cdSize: Number(end64.readBigUInt64LE(40)), cdOffset: Number(end64.readBigUInt64LE(48)), cdEnd: end64At };
}

/** The zip64 values, when the 32-bit fields either say "see zip64" or agree: extractors read one or the other. */
function agreedZip64Bounds(end: DirectoryBounds, end64: DirectoryBounds): DirectoryBounds {
  if (
    (end.count !== 0xffff && end.count !== end64.count) ||
    (end.cdSize !== ZIP64_MARK && end.cdSize !== end64.cdSize) ||
    (end.cdOffset !== ZIP64_MARK && end.cdOffset !== end64.cdOffset)
  ) {
    refuse('its zip64 end record and its end record disagree');
  }
  return end64;
}

/** More entries than the limit allows: the budget throws its limit error before the directory is read. */
function checkEntryCount(count: number, budget: Budget): void {
  if (count > budget.limits.maxEntries) {
    for (let i = 0; i <= budget.limits.maxEntries; i++) budget.addEntry(); // throws the limit error
  }
}

/** The `count` entries of the directory `cd`, which they must fill exactly. */
function parseCentralDirectory(cd: Buffer, count: number): CentralEntry[] {
  const entries: CentralEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    const next = centralRecordEnd(cd, at, index);
    entries.push(parseCentralEntry(cd, at, index));
    at = next;
  }
  if (at !== cd.length) refuse('its central directory holds more than its end record counts');
  return entries;
}

/** Where the directory record at `at` ends, once it is known to be whole. */
function centralRecordEnd(cd: Buffer, at: number, index: number): number {
  if (at + 46 > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL) corruptError(`its central directory is corrupt (entry ${index + 1})`);
  const next = at + 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
  if (next > cd.length) corruptError(`its central directory is corrupt (entry ${index + 1})`);
  return next;
}

/** The whole directory record at `at`. */
function parseCentralEntry(cd: Buffer, at: number, index: number): CentralEntry {
  const where = `central directory entry ${index + 1}`;
  const nameLength = cd.readUInt16LE(at + 28);
  const extraLength = cd.readUInt16LE(at + 30);
  const rawName = cd.subarray(at + 46, at + 46 + nameLength);
  const extra = parseExtra(cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), where);
  const { usize, csize, offset, zip64 } = centralSizes(cd, at, extra, where);
  if (cd.readUInt16LE(at + 34) !== 0) refuse(`${where} is on another disk`);
  return {
    index,
    host: cd.readUInt16LE(at + 4) >> 8,
    needed: cd.readUInt8(at + 6),
    flags: cd.readUInt16LE(at + 8),
    method: cd.readUInt16LE(at + 10),
    crc: cd.readUInt32LE(at + 16),
    csize,
    usize,
    attributes: cd.readUInt32LE(at + 38),
    offset,
    rawName,
    upath: unicodePath(extra, rawName),
    zip64,
  };
}

/** An entry's sizes and data offset: each 32-bit field that says "see zip64" is taken, in order, from the zip64 extra field. */
function centralSizes(
  cd: Buffer,
  at: number,
  extra: Map<number, Buffer>,
  where: string,
): { usize: number; csize: number; offset: number; zip64: boolean } {
  const usize = cd.readUInt32LE(at + 24);
  const csize = cd.readUInt32LE(at + 20);
  const offset = cd.readUInt32LE(at + 42);
  if (usize !== ZIP64_MARK && csize !== ZIP64_MARK && offset !== ZIP64_MARK) return { usize, csize, offset, zip64: false };
  const field = extra.get(0x0001);
  let p = 0;
  const take = (value: number): number => {
    if (value !== ZIP64_MARK) return value;
    if (!field || p + 8 > field.length) refuse(`${where} lacks the zip64 sizes it announces`);
    const v = Number(field.readBigUInt64LE(p));
    p += 8;
    return v;
  };
  return { usize: take(usize), csize: take(csize), offset: take(offset), zip64: true };
}
