/**
 * What surrounds an entry's data in the entry area: its local header before, its data
 * descriptor after. Both must sit exactly where the central directory says and repeat what
 * it declares (name, Unicode Path, flags, method, sizes, CRC), because extractors differ on
 * which of the two they trust; any gap, overlap or disagreement is refused.
 */
import type { ByteSource } from './zip-byte-source.ts';
import { UNZIP_VERSION } from './zip-classify.ts';
import { corruptError, refuse } from './zip-checks.ts';
import { parseExtra, unicodePath, type CentralEntry } from './zip-directory.ts';

const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;

/** Check one local header against its central directory entry (it leaves `src` at the entry's data). */
export async function readLocal(src: ByteSource, e: CentralEntry): Promise<void> {
  const where = `the local header of central directory entry ${e.index + 1}`;
  if (src.pos !== e.offset) refuse(`${where} is not where the directory says (there are bytes between entries, or entries overlap)`);
  const head = await src.read(30);
  if (head.readUInt32LE(0) !== SIG_LOCAL) corruptError(`${where} is corrupt`);
  if (head.readUInt8(4) > UNZIP_VERSION)
    refuse(
      `${where} needs zip version ${head.readUInt8(4) / 10}, so Info-ZIP unzip 6.0 skips the entry while 7-Zip and ZipArchive extract it`,
    );
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const rest = await src.read(nameLength + extraLength);
  const localName = rest.subarray(0, nameLength);
  const extra = parseExtra(rest.subarray(nameLength), where);
  checkLocalName(e, localName, extra, where);
  if (head.readUInt16LE(6) !== e.flags || head.readUInt16LE(8) !== e.method) {
    refuse(`${where} has other flags or another compression method than the central directory; extractors differ on which counts`);
  }
  checkLocalSizes(e, head, extra, where);
}

/** The local header names the entry as the directory does, Unicode Path included. */
function checkLocalName(e: CentralEntry, localName: Buffer, extra: Map<number, Buffer>, where: string): void {
  if (!localName.equals(e.rawName))
    refuse(`${where} names the entry differently from the central directory; extractors differ on which name counts`);
  const localUpath = unicodePath(extra, localName);
  const centralUpath = e.upath;
  if (localUpath !== null && (centralUpath === null || !localUpath.equals(centralUpath))) {
    refuse(`${where} has a Unicode Path that the central directory does not have`);
  }
}

/** The local header declares the directory's sizes and CRC, or zeros when a data descriptor follows. */
function checkLocalSizes(e: CentralEntry, head: Buffer, extra: Map<number, Buffer>, where: string): void {
  const crc = head.readUInt32LE(14);
  let csize = head.readUInt32LE(18);
  let usize = head.readUInt32LE(22);
  if (usize === 0xffffffff || csize === 0xffffffff) {
    const field = extra.get(0x0001);
    if (!field || field.length < (usize === 0xffffffff ? 8 : 0) + (csize === 0xffffffff ? 8 : 0))
      refuse(`${where} lacks the zip64 sizes it announces`);
    let p = 0;
    if (usize === 0xffffffff) {
      usize = Number(field.readBigUInt64LE(p));
      p += 8;
    }
    if (csize === 0xffffffff) csize = Number(field.readBigUInt64LE(p));
  }
  const descriptor = (e.flags & 0x8) !== 0;
  const agrees = crc === e.crc && csize === e.csize && usize === e.usize;
  if (!agrees && !(descriptor && crc === 0 && csize === 0 && usize === 0)) {
    refuse(`${where} declares other sizes or another CRC than the central directory; extractors differ on which counts`);
  }
}

/** The data descriptor after an entry: it must fill the gap to the next entry and repeat the directory's values. */
export async function readDescriptor(src: ByteSource, e: CentralEntry, nextOffset: number): Promise<void> {
  const length = nextOffset - src.pos;
  if (length < 0)
    refuse(
      `entry ${e.index + 1} overlaps the next one (two directory entries share data): Info-ZIP unzip refuses such a zip, 7-Zip and ZipArchive extract it`,
    );
  if ((e.flags & 0x8) === 0) {
    if (length !== 0) refuse(`there are bytes after entry ${e.index + 1} that no directory entry covers (hidden data)`);
    return;
  }
  if (![12, 16, 20, 24].includes(length))
    refuse(`the data descriptor of entry ${e.index + 1} does not fill the space up to the next entry (hidden data)`);
  const d = await src.read(length);
  const signed = length === 16 || length === 24;
  if (signed && d.readUInt32LE(0) !== SIG_DESCRIPTOR) refuse(`the data descriptor of entry ${e.index + 1} is malformed`);
  const p = signed ? 4 : 0;
  const wide = length - p === 20;
  const crc = d.readUInt32LE(p);
  const csize = wide ? Number(d.readBigUInt64LE(p + 4)) : d.readUInt32LE(p + 4);
  const usize = wide ? Number(d.readBigUInt64LE(p + 12)) : d.readUInt32LE(p + 8);
  if (crc !== e.crc || csize !== e.csize || usize !== e.usize)
    refuse(`the data descriptor of entry ${e.index + 1} disagrees with the central directory`);
}
