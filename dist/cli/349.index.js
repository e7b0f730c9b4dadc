export const id = 349;
export const ids = [349];
export const modules = {

/***/ 349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ archiveFormatOf),
  p: () => (/* binding */ detectArchiveReader)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/engine/archive/errors.ts
var errors = __webpack_require__(1736);
// EXTERNAL MODULE: ./src/engine/archive/tar.ts + 2 modules
var tar = __webpack_require__(5053);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/engine/archive/decompress.ts + 7 modules
var decompress = __webpack_require__(2743);
;// CONCATENATED MODULE: ./src/engine/archive/zip-checks.ts
/**
 * The zip reader's two kinds of failure (damaged data, or a layout the extractors read
 * differently) and the checks on an entry's data once it is inflated: the same messages
 * whether the entry was inflated on the main thread (zip-sequential.ts) or on a worker
 * (zip-parallel.ts).
 */

const HINT = 'Download the archive again; if it still fails, it is damaged at its source.';
const REFUSED_HINT = 'The archive is built in a way that extractors read differently, so no verdict can speak for all of them. Rebuild it with Info-ZIP zip (zip -r) from the signed folder.';
function refuse(message) {
    throw new errors/* ArchiveFormatError */.Y3(message, REFUSED_HINT);
}
function corruptError(message) {
    throw new errors/* ArchiveFormatError */.Y3(message, HINT);
}
/** A stored entry must declare one size for both. */
function checkStored(e) {
    if (e.csize !== e.usize)
        corruptError(`entry ${e.index + 1} is stored with two different sizes`);
}
/** The data inflated to exactly what the directory declares, with nothing after the deflate stream. */
function checkInflated(e, got) {
    const where = `entry ${e.index + 1}`;
    if (got.error !== null)
        corruptError(`${where} cannot be inflated (${got.error})`);
    if (e.method !== 0 && got.consumed !== e.csize)
        refuse(`${where} has data after the end of its compressed stream`);
    if (e.method !== 0 && got.size !== e.usize)
        corruptError(`${where} inflates to another size than declared`);
    if (got.crc !== e.crc)
        corruptError(`${where} does not match its CRC (corrupt data)`);
}

;// CONCATENATED MODULE: ./src/engine/archive/zip-byte-source.ts
/**
 * The bytes of a zip's entry area, pulled in order from one read stream: the local headers
 * and descriptors as small buffers, an entry's data in pieces as they arrive or into a buffer
 * given by the caller (so that entry data is copied once, into where it is used).
 */

/** Bytes of a file region, pulled in order from one read stream. */
class ByteSource {
    it;
    queue = [];
    queued = 0;
    /** File offset of the next byte. */
    pos = 0;
    constructor(it) {
        this.it = it;
    }
    async fill(n) {
        while (this.queued < n) {
            const next = await this.it.next();
            if (next.done)
                corruptError('it ends early (truncated)');
            this.queue.push(next.value);
            this.queued += next.value.length;
        }
    }
    /** Exactly `n` bytes (as one buffer; `out` when given, e.g. one that owns its memory to transfer it). */
    async read(n, out = Buffer.allocUnsafe(n)) {
        await this.fill(n);
        let off = 0;
        while (off < n) {
            const head = this.queue[0];
            const take = Math.min(n - off, head.length);
            head.copy(out, off, 0, take);
            off += take;
            if (take === head.length)
                this.queue.shift();
            else
                this.queue[0] = head.subarray(take);
        }
        this.queued -= n;
        this.pos += n;
        return out;
    }
    /** The next `n` bytes in pieces as they arrive. */
    async *slices(n) {
        let left = n;
        while (left > 0) {
            if (this.queued === 0)
                await this.fill(1);
            const head = this.queue[0];
            const take = Math.min(left, head.length);
            if (take === head.length)
                this.queue.shift();
            else
                this.queue[0] = head.subarray(take);
            this.queued -= take;
            this.pos += take;
            left -= take;
            yield head.subarray(0, take);
        }
    }
}

// EXTERNAL MODULE: ./src/engine/archive/crc32.ts
var crc32 = __webpack_require__(5724);
;// CONCATENATED MODULE: ./src/engine/archive/zip-directory.ts


const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const MAX_COMMENT = 0xffff;
/** A central directory larger than this is refused: it is held in memory (a million entries with 200-byte names fit). */
const MAX_CENTRAL_DIRECTORY = 256 << 20;
/** A 32-bit field holding this says "see the zip64 extra field or end record". */
const ZIP64_MARK = 0xffffffff;
const ANOTHER_END_RECORD = 'its comment holds another end of central directory record: Info-ZIP unzip reads that one, 7-Zip and ZipArchive the real one';
/** Extra fields by id; the block must be well formed and hold each id once. */
function parseExtra(extra, where) {
    const out = new Map();
    let i = 0;
    while (i < extra.length) {
        if (i + 4 > extra.length)
            refuse(`${where} has a malformed extra field`);
        const id = extra.readUInt16LE(i);
        const len = extra.readUInt16LE(i + 2);
        if (i + 4 + len > extra.length)
            refuse(`${where} has a malformed extra field`);
        if (out.has(id))
            refuse(`${where} has the extra field 0x${id.toString(16)} twice; extractors differ on which one counts`);
        out.set(id, extra.subarray(i + 4, i + 4 + len));
        i += 4 + len;
    }
    return out;
}
/** The Info-ZIP Unicode Path (0x7075) name when it is valid for `rawName` (version 1, CRC of the raw name), else null. */
function unicodePath(extra, rawName) {
    const field = extra.get(0x7075);
    if (!field || field.length < 5 || field[0] !== 1)
        return null;
    if (field.readUInt32LE(1) !== (0,crc32/* crc32 */.Q)(rawName))
        return null;
    return field.subarray(5);
}
/** Read `length` bytes at `position` (exactly, or refuse as truncated). */
async function readAt(fd, position, length) {
    const buf = Buffer.alloc(length);
    let off = 0;
    while (off < length) {
        const { bytesRead } = await fd.read(buf, off, length - off, position + off);
        if (bytesRead === 0)
            corruptError('it ends early (truncated)');
        off += bytesRead;
    }
    return buf;
}
/** Find and check the end records and the central directory. */
async function readDirectory(fd, size, budget) {
    const { end, endPos } = await findEndRecord(fd, size);
    const { count, cdSize, cdOffset, cdEnd } = await readBounds(fd, end, endPos);
    if (cdOffset + cdSize !== cdEnd)
        refuse('there are bytes between its central directory and its end record, or the directory is not where the end record says');
    checkEntryCount(count, budget);
    if (cdSize > MAX_CENTRAL_DIRECTORY)
        refuse('its central directory is larger than this tool reads');
    const cd = await readAt(fd, cdOffset, cdSize);
    return { entries: parseCentralDirectory(cd, count), cdOffset };
}
/** The end record (its 22 fixed bytes) and its position in the file. */
async function findEndRecord(fd, size) {
    if (size < 22)
        corruptError('it is too short to be a zip archive (no end of central directory record)');
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
function onlyEndRecord(tail) {
    const candidates = [];
    let anyEnd = false;
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) !== SIG_END)
            continue;
        anyEnd = true;
        if (i + 22 + tail.readUInt16LE(i + 20) === tail.length)
            candidates.push(i);
    }
    if (candidates.length === 0) {
        if (anyEnd)
            refuse('there are bytes after its end of central directory record, which extractors handle differently');
        corruptError('it is truncated or not a zip archive (no end of central directory record)');
    }
    if (candidates.length > 1)
        refuse(ANOTHER_END_RECORD);
    const endAt = candidates[0];
    if (tail.subarray(endAt + 22).includes(Buffer.from([0x50, 0x4b, 0x05, 0x06])))
        refuse(ANOTHER_END_RECORD);
    return endAt;
}
/** The directory's place and entry count: from the end record, or from the zip64 end record when a locator precedes it. */
async function readBounds(fd, end, endPos) {
    const bounds = endRecordBounds(end, endPos);
    const locatorAt = endPos - 20;
    const hasLocator = locatorAt >= 0 && (await readAt(fd, locatorAt, 4)).readUInt32LE(0) === SIG_LOCATOR64;
    if (hasLocator)
        return agreedZip64Bounds(bounds, await readZip64End(fd, locatorAt));
    if (bounds.cdOffset === ZIP64_MARK || bounds.cdSize === ZIP64_MARK)
        refuse('its end record points to a zip64 end record that is not there');
    return bounds;
}
function endRecordBounds(end, endPos) {
    if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0)
        refuse('it spans several disks');
    const count = end.readUInt16LE(10);
    if (end.readUInt16LE(8) !== count)
        refuse('its end record counts the entries twice, differently');
    return { count, cdSize: end.readUInt32LE(12), cdOffset: end.readUInt32LE(16), cdEnd: endPos };
}
/** The zip64 end record the locator at `locatorAt` points to: on one disk, right before the locator, counting once. */
async function readZip64End(fd, locatorAt) {
    const locator = await readAt(fd, locatorAt, 20);
    if (locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) !== 1)
        refuse('its zip64 locator names several disks');
    const end64At = Number(locator.readBigUInt64LE(8));
    if (end64At + 56 > locatorAt)
        refuse('its zip64 end record is not where its locator says');
    const end64 = await readAt(fd, end64At, 56);
    const recordSize = Number(end64.readBigUInt64LE(4));
    if (end64.readUInt32LE(0) !== SIG_END64 || end64At + 12 + recordSize !== locatorAt)
        refuse('its zip64 end record is not where its locator says');
    if (end64.readUInt32LE(16) !== 0 || end64.readUInt32LE(20) !== 0)
        refuse('it spans several disks');
    const count = Number(end64.readBigUInt64LE(24));
    if (Number(end64.readBigUInt64LE(32)) !== count)
        refuse('its zip64 end record counts the entries twice, differently');
    return { count, cdSize: Number(end64.readBigUInt64LE(40)), cdOffset: Number(end64.readBigUInt64LE(48)), cdEnd: end64At };
}
/** The zip64 values, when the 32-bit fields either say "see zip64" or agree: extractors read one or the other. */
function agreedZip64Bounds(end, end64) {
    if ((end.count !== 0xffff && end.count !== end64.count) ||
        (end.cdSize !== ZIP64_MARK && end.cdSize !== end64.cdSize) ||
        (end.cdOffset !== ZIP64_MARK && end.cdOffset !== end64.cdOffset)) {
        refuse('its zip64 end record and its end record disagree');
    }
    return end64;
}
/** More entries than the limit allows: the budget throws its limit error before the directory is read. */
function checkEntryCount(count, budget) {
    if (count > budget.limits.maxEntries) {
        for (let i = 0; i <= budget.limits.maxEntries; i++)
            budget.addEntry(); // throws the limit error
    }
}
/** The `count` entries of the directory `cd`, which they must fill exactly. */
function parseCentralDirectory(cd, count) {
    const entries = [];
    let at = 0;
    for (let index = 0; index < count; index++) {
        const next = centralRecordEnd(cd, at, index);
        entries.push(parseCentralEntry(cd, at, index));
        at = next;
    }
    if (at !== cd.length)
        refuse('its central directory holds more than its end record counts');
    return entries;
}
/** Where the directory record at `at` ends, once it is known to be whole. */
function centralRecordEnd(cd, at, index) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL)
        corruptError(`its central directory is corrupt (entry ${index + 1})`);
    const next = at + 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    if (next > cd.length)
        corruptError(`its central directory is corrupt (entry ${index + 1})`);
    return next;
}
/** The whole directory record at `at`. */
function parseCentralEntry(cd, at, index) {
    const where = `central directory entry ${index + 1}`;
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const rawName = cd.subarray(at + 46, at + 46 + nameLength);
    const extra = parseExtra(cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), where);
    const { usize, csize, offset, zip64 } = centralSizes(cd, at, extra, where);
    if (cd.readUInt16LE(at + 34) !== 0)
        refuse(`${where} is on another disk`);
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
function centralSizes(cd, at, extra, where) {
    const usize = cd.readUInt32LE(at + 24);
    const csize = cd.readUInt32LE(at + 20);
    const offset = cd.readUInt32LE(at + 42);
    if (usize !== ZIP64_MARK && csize !== ZIP64_MARK && offset !== ZIP64_MARK)
        return { usize, csize, offset, zip64: false };
    const field = extra.get(0x0001);
    let p = 0;
    const take = (value) => {
        if (value !== ZIP64_MARK)
            return value;
        if (!field || p + 8 > field.length)
            refuse(`${where} lacks the zip64 sizes it announces`);
        const v = Number(field.readBigUInt64LE(p));
        p += 8;
        return v;
    };
    return { usize: take(usize), csize: take(csize), offset: take(offset), zip64: true };
}

// EXTERNAL MODULE: ./src/engine/hashing/pool.ts + 3 modules
var pool = __webpack_require__(7326);
;// CONCATENATED MODULE: ./src/engine/archive/zip-parallel.ts
/**
 * Zip entries inflated and hashed on worker threads: a zip's entries are compressed each on
 * its own, so while the main thread reads the file and checks every local header, the
 * entries' data goes to the hashing pool's workers (hashing/inflate.ts), in batches of a few
 * hundred KiB (one message each, not one per entry). Nothing changes in what is checked or
 * reported: each entry's result is checked with the same code as on the main thread
 * (zip-checks.ts) and handed to the collector strictly in the archive's order; an entry whose
 * bytes the collector needs (a signature, info.xml, the root .htaccess, a link) waits until
 * every entry before it is done and is read on the main thread. When anything fails, the
 * earlier entries' results are checked first, so the error is the one a sequential read
 * would have met first.
 */


/** Compressed bytes on their way or waiting to be handed over, at most (a few batches per worker). */
const MAX_PENDING_BYTES = 16 << 20;
/** Entries larger than this are read on the main thread as a stream (zip-sequential.ts): a worker takes them whole. */
const MAX_WORKER_ENTRY = 8 << 20;
/** A batch is sent once it holds this much compressed data, or this many entries. */
const BATCH_BYTES = 256 << 10;
const BATCH_ENTRIES = 64;
class ParallelEntries {
    collector;
    pending = [];
    pendingBytes = 0;
    batch = null;
    /** Started with the first batch (never, when every entry is needed here). */
    pool = null;
    constructor(collector) {
        this.collector = collector;
    }
    /** Whether this entry can go to a worker: deflated or stored, whole in memory, its bytes not needed here. */
    takes(e, raw) {
        return ((e.method === 0 || e.method === 8) &&
            e.csize > 0 &&
            e.csize <= MAX_WORKER_ENTRY &&
            e.usize <= MAX_WORKER_ENTRY &&
            !this.collector.needsBytes(raw));
    }
    /** Take one entry: `read` fills the given buffer with its compressed bytes. */
    async add(e, raw, read) {
        if (e.method === 0)
            checkStored(e);
        if (this.batch !== null && this.batch.used + e.csize > this.batch.buffer.length)
            await this.send();
        this.batch ??= { buffer: Buffer.from(new ArrayBuffer(Math.max(BATCH_BYTES, e.csize))), used: 0, entries: [] };
        const batch = this.batch;
        await read(batch.buffer.subarray(batch.used, batch.used + e.csize));
        batch.used += e.csize;
        batch.entries.push({ entry: e, raw, length: e.csize });
        if (batch.used >= BATCH_BYTES || batch.entries.length >= BATCH_ENTRIES)
            await this.send();
    }
    /** Hand every entry taken so far to the collector, in order; the first failure is thrown. */
    async drain() {
        await this.send();
        while (this.pending.length > 0)
            await this.completeOldest();
    }
    /** Something failed at a later entry: an earlier entry's failure comes first, as in a sequential read. */
    async failAfterEarlier(error) {
        await this.drain();
        throw error;
    }
    /** Stop the workers (the read is over, or failed). */
    async close() {
        this.pending.length = 0;
        this.batch = null;
        await this.pool?.close();
    }
    async send() {
        const batch = this.batch;
        if (batch === null)
            return;
        this.batch = null;
        while (this.pendingBytes + batch.used > MAX_PENDING_BYTES && this.pending.length > 0)
            await this.completeOldest();
        this.pool ??= new pool/* HashPool */.vO();
        const { result } = await this.pool.inflate({
            data: new Uint8Array(batch.buffer.buffer, 0, batch.used),
            lengths: batch.entries.map((b) => b.length),
            methods: batch.entries.map((b) => b.entry.method),
            usizes: batch.entries.map((b) => b.entry.usize),
        });
        result.catch(() => undefined); // awaited in order later; a read that failed first never awaits it
        batch.entries.forEach((b, index) => this.pending.push({ entry: b.entry, raw: b.raw, bytes: b.length, batch: result, index }));
        this.pendingBytes += batch.used;
    }
    /** The oldest entry to the collector; when it fails, the later ones are dropped (their errors come after). */
    async completeOldest() {
        const next = this.pending.shift();
        this.pendingBytes -= next.bytes;
        try {
            const reply = await next.batch;
            const got = reply.entries[next.index];
            checkInflated(next.entry, got);
            this.collector.begin(next.raw);
            this.collector.hashed(Buffer.from(reply.digests, 64 * next.index, 64).toString('hex'), got.size);
            this.collector.end();
        }
        catch (e) {
            this.pending.length = 0;
            this.pendingBytes = 0;
            this.batch = null;
            throw e;
        }
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/engine/archive/extractors.ts
var extractors = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/engine/archive/zip-classify.ts


/** Hosts of "version made by" (Info-ZIP numbering). */
const HOST = { fat: 0, vms: 2, unix: 3, atari: 5, hpfs: 6, ntfs: 11, vfat: 14, beos: 16, atheos: 30 };
/** unzip's SYMLINK_HOST(), plus MS-DOS with consistent Unix bits (unix.c mapattr). */
const UNZIP_LINK_HOSTS = new Set([HOST.unix, HOST.vms, HOST.atari, HOST.beos, HOST.atheos]);
const SEVEN_ZIP_LINK_HOSTS = new Set([HOST.fat, HOST.unix, HOST.ntfs]);
const DOS_ATTRIBUTE_HOSTS = new Set([HOST.fat, HOST.hpfs, HOST.ntfs, HOST.vfat]);
/** The highest "version needed to extract" Info-ZIP unzip 6.0 extracts (it skips the others). */
const UNZIP_VERSION = 46;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const utf8 = new TextDecoder('utf-8', { fatal: true });
function isAscii(b) {
    for (let i = 0; i < b.length; i++)
        if (b[i] >= 0x80)
            return false;
    return true;
}
function isUtf8(b) {
    try {
        utf8.decode(b);
        return true;
    }
    catch {
        return false;
    }
}
/** How the three extractors name and type an entry; the canonical view is unzip's. */
function classifyEntry(e) {
    refuseUnnamed(e);
    refuseUnreadable(e);
    const { name, dissent } = unzipName(e);
    dissent.push(...unicodePathDissent(e), ...codePageDissent(e), ...controlCharacterDissent(e), ...phpPathDissent(e));
    const entry = { name, type: 'file' };
    if (name[name.length - 1] === 0x2f)
        entry.type = 'directory';
    else {
        const { link, dissent: typeDissent } = linkOrFolderViews(e);
        if (link)
            entry.type = 'symlink';
        dissent.push(...typeDissent);
    }
    if (dissent.length > 0)
        entry.dissent = dissent;
    return entry;
}
/** Names that extractors write under different names, or not at all. */
function refuseUnnamed(e) {
    if (e.rawName.length === 0)
        refuse('an entry has an empty name: 7-Zip writes it as a file named after the archive, the others skip it');
    if (e.rawName.includes(0))
        refuse('an entry name holds a NUL byte, which extractors cut at different places');
    if (e.upath?.includes(0))
        refuse('a Unicode Path field holds a NUL byte');
}
/** Entries that some extractor skips, stops at, or reads differently. */
function refuseUnreadable(e) {
    if (e.needed > UNZIP_VERSION) {
        refuse(`an entry needs zip version ${e.needed / 10}, so Info-ZIP unzip 6.0 skips it while 7-Zip and ZipArchive extract it`);
    }
    // Flags beyond the deflate options, the data descriptor and UTF-8 change how extractors read
    // the entry (7-Zip reads bit 13, masked headers, and writes an empty file; unzip ignores it).
    if ((e.flags & ~(0x0001 | 0x0002 | 0x0004 | 0x0008 | 0x0800)) !== 0) {
        refuse(`an entry has general purpose flags (0x${e.flags.toString(16)}) that extractors read differently`);
    }
    // unzip stops extracting at an encrypted entry it has no password for (a folder too), and
    // extractors support different methods: no verdict could speak for what follows.
    if ((e.flags & 1) !== 0)
        refuse(`an entry is encrypted: Info-ZIP unzip stops extracting there without a password, 7-Zip and ZipArchive go on`);
    if (e.method !== 0 && e.method !== 8) {
        refuse(`an entry is compressed with method ${e.method}, which this tool cannot read and the extractors support differently (only stored and deflate are read alike)`);
    }
}
function isUtf8Flagged(e) {
    return (e.flags & 0x800) !== 0;
}
/** unzip's name: the raw one when flagged UTF-8, else the Unicode Path's; an MS-DOS name's backslashes made folder separators. */
function unzipName(e) {
    const name = isUtf8Flagged(e) || e.upath === null ? e.rawName : e.upath;
    if (e.host !== HOST.fat || !name.includes(0x5c) || name.includes(0x2f))
        return { name, dissent: [] };
    // unzip (extract.c): an MS-DOS name without any "/" uses backslashes as folder separators.
    return {
        name: Buffer.from(name.toString('latin1').replace(/\\/g, '/'), 'latin1'),
        dissent: [
            {
                who: `7-Zip and ${extractors/* ZIP_ARCHIVE */.jJ}`,
                what: 'keep the backslashes of this MS-DOS name, which Info-ZIP unzip reads as folder separators (also reported)',
                name,
            },
        ],
    };
}
/** Extractors that take the Unicode Path field where unzip does not, or ignore it where unzip takes it. */
function unicodePathDissent(e) {
    const { rawName: raw, upath } = e;
    if (upath === null || upath.equals(raw))
        return [];
    if (isUtf8Flagged(e)) {
        return [{ who: extractors/* ZIP_ARCHIVE */.jJ, what: 'writes it under the name of its Unicode Path field (also reported)', name: upath }];
    }
    if (isUtf8(upath))
        return [];
    // Info-ZIP zip 3.0 writes DEL as C1 BF there: unzip and libzip take it, 7-Zip keeps the raw name.
    return [
        {
            who: extractors/* SEVEN_ZIP */.Wj,
            what: 'ignores its Unicode Path field, which is not valid UTF-8, and writes the raw name (also reported)',
            name: raw,
        },
    ];
}
/** Extractors that decode a non-ASCII raw name (not taken from a Unicode Path) from a code page into other bytes. */
function codePageDissent(e) {
    const flagged = isUtf8Flagged(e);
    const usesUpath = !flagged && e.upath !== null;
    if (usesUpath || isAscii(e.rawName))
        return [];
    const dissent = [];
    if (!flagged && !isUtf8(e.rawName)) {
        // libzip reads a name that is not UTF-8 as CP437 and writes it in UTF-8; unzip and 7-Zip keep the bytes.
        dissent.push({
            who: extractors/* ZIP_ARCHIVE */.jJ,
            what: 'decodes this name from CP437 (the zip does not mark it UTF-8) and writes other bytes',
            name: null,
        });
    }
    if (e.host === HOST.fat || e.host === HOST.hpfs) {
        // unzip converts the names of MS-DOS and OS/2 entries from the OEM code page, even those flagged UTF-8.
        dissent.push({ who: extractors/* UNZIP */.Re, what: 'converts this MS-DOS name from the OEM code page and writes other bytes', name: null });
    }
    return dissent;
}
/**
 * unzip drops control characters from names; libzip maps them to CP437 glyphs unless the
 * name is flagged UTF-8; 7-Zip keeps them.
 */
function controlCharacterDissent(e) {
    if (![e.rawName, e.upath ?? e.rawName].some((n) => n.some((b) => b < 0x20 || b === 0x7f)))
        return [];
    return [{ who: extractors/* UNZIP */.Re, what: 'drops the control characters of this name (ZipArchive may turn them into other characters)', name: null }];
}
/**
 * PHP's extractTo (php_zip_make_relative_path) restarts the path after any folder whose name
 * ends in "." (meant for "../"): it writes the entry elsewhere, or stops extracting.
 */
function phpPathDissent(e) {
    const folders = (e.upath ?? e.rawName).toString('latin1').split('/').slice(0, -1);
    if (!folders.some((c) => c.endsWith('.') && c !== '.' && c !== '..'))
        return [];
    return [
        {
            who: extractors/* ZIP_ARCHIVE */.jJ,
            what: 'cuts the path at a folder whose name ends in "." and writes the entry elsewhere, or stops extracting',
            name: null,
        },
    ];
}
/**
 * Whether unzip makes a symbolic link of an entry not named as a folder, and where the others
 * differ: ZipArchive never makes links, 7-Zip makes them for other hosts, and makes folders
 * from folder attributes.
 */
function linkOrFolderViews(e) {
    const mode = e.attributes >>> 16;
    const type = mode & S_IFMT;
    // unix.c mapattr(): MS-DOS entries count as links only when their Unix owner bits match the DOS attributes.
    const dosOwner = 0o400 | (((((e.attributes & 1) === 0 ? 1 : 0) << 1) | ((e.attributes & 0x10) >> 4)) << 6);
    const unzipLink = type === S_IFLNK && (UNZIP_LINK_HOSTS.has(e.host) || (e.host === HOST.fat && (mode & 0o700) === dosOwner));
    const sevenZipLink = type === S_IFLNK && SEVEN_ZIP_LINK_HOSTS.has(e.host);
    const sevenZipDir = (DOS_ATTRIBUTE_HOSTS.has(e.host) && (e.attributes & 0x10) !== 0) || (e.host === HOST.unix && type === S_IFDIR);
    const dissent = [];
    if (unzipLink) {
        dissent.push({ who: extractors/* ZIP_ARCHIVE */.jJ, what: 'writes a regular file holding the link target instead of the link', content: 'data' });
        if (!sevenZipLink)
            dissent.push({ who: extractors/* SEVEN_ZIP */.Wj, what: 'writes a regular file holding the link target instead of the link', content: 'data' });
    }
    else if (sevenZipLink) {
        dissent.push({ who: extractors/* SEVEN_ZIP */.Wj, what: 'creates a symbolic link here instead of a file', content: 'other' });
    }
    if (sevenZipDir && !unzipLink)
        dissent.push({ who: extractors/* SEVEN_ZIP */.Wj, what: 'creates a folder here instead of a file', content: 'other' });
    return { link: unzipLink, dissent };
}

;// CONCATENATED MODULE: ./src/engine/archive/zip-local.ts



const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
/** Check one local header against its central directory entry (it leaves `src` at the entry's data). */
async function readLocal(src, e) {
    const where = `the local header of central directory entry ${e.index + 1}`;
    if (src.pos !== e.offset)
        refuse(`${where} is not where the directory says (there are bytes between entries, or entries overlap)`);
    const head = await src.read(30);
    if (head.readUInt32LE(0) !== SIG_LOCAL)
        corruptError(`${where} is corrupt`);
    if (head.readUInt8(4) > UNZIP_VERSION)
        refuse(`${where} needs zip version ${head.readUInt8(4) / 10}, so Info-ZIP unzip 6.0 skips the entry while 7-Zip and ZipArchive extract it`);
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
function checkLocalName(e, localName, extra, where) {
    if (!localName.equals(e.rawName))
        refuse(`${where} names the entry differently from the central directory; extractors differ on which name counts`);
    const localUpath = unicodePath(extra, localName);
    const centralUpath = e.upath;
    if (localUpath !== null && (centralUpath === null || !localUpath.equals(centralUpath))) {
        refuse(`${where} has a Unicode Path that the central directory does not have`);
    }
}
/** The local header declares the directory's sizes and CRC, or zeros when a data descriptor follows. */
function checkLocalSizes(e, head, extra, where) {
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
        if (csize === 0xffffffff)
            csize = Number(field.readBigUInt64LE(p));
    }
    const descriptor = (e.flags & 0x8) !== 0;
    const agrees = crc === e.crc && csize === e.csize && usize === e.usize;
    if (!agrees && !(descriptor && crc === 0 && csize === 0 && usize === 0)) {
        refuse(`${where} declares other sizes or another CRC than the central directory; extractors differ on which counts`);
    }
}
/** The data descriptor after an entry: it must fill the gap to the next entry and repeat the directory's values. */
async function readDescriptor(src, e, nextOffset) {
    const length = nextOffset - src.pos;
    if (length < 0)
        refuse(`entry ${e.index + 1} overlaps the next one (two directory entries share data): Info-ZIP unzip refuses such a zip, 7-Zip and ZipArchive extract it`);
    if ((e.flags & 0x8) === 0) {
        if (length !== 0)
            refuse(`there are bytes after entry ${e.index + 1} that no directory entry covers (hidden data)`);
        return;
    }
    if (![12, 16, 20, 24].includes(length))
        refuse(`the data descriptor of entry ${e.index + 1} does not fill the space up to the next entry (hidden data)`);
    const d = await src.read(length);
    const signed = length === 16 || length === 24;
    if (signed && d.readUInt32LE(0) !== SIG_DESCRIPTOR)
        refuse(`the data descriptor of entry ${e.index + 1} is malformed`);
    const p = signed ? 4 : 0;
    const wide = length - p === 20;
    const crc = d.readUInt32LE(p);
    const csize = wide ? Number(d.readBigUInt64LE(p + 4)) : d.readUInt32LE(p + 4);
    const usize = wide ? Number(d.readBigUInt64LE(p + 12)) : d.readUInt32LE(p + 8);
    if (crc !== e.crc || csize !== e.csize || usize !== e.usize)
        refuse(`the data descriptor of entry ${e.index + 1} disagrees with the central directory`);
}

;// CONCATENATED MODULE: ./src/engine/archive/zip-sequential.ts
/**
 * The one pass over a zip's entry area, in the order of the data: for each entry its local
 * header, its data (inflated and hashed here, or handed to the workers of zip-parallel.ts),
 * its data descriptor. Data here is hashed as it streams: stored entries piece by piece,
 * small deflated ones in one zlib call, large ones through an inflate stream.
 */









/** Entries up to this size are inflated in one call; larger ones are streamed. */
const SYNC_INFLATE = 8 << 20;
/** Every entry in the order of its data: local header, data (here or on a worker), descriptor. */
async function readEntries(src, { entries, order, cdOffset }, collector, parallel, stallMs) {
    try {
        for (const [k, i] of order.entries()) {
            const e = entries[i];
            const raw = classifyEntry(e);
            const nextOffset = k + 1 < order.length ? entries[order[k + 1]].offset : cdOffset;
            await readLocal(src, e);
            if (parallel?.takes(e, raw)) {
                await parallel.add(e, raw, (into) => src.read(e.csize, into));
            }
            else {
                await parallel?.drain();
                collector.begin(raw);
                await readData(src, e, collector, stallMs);
                collector.end();
                await collector.settle();
            }
            await readDescriptor(src, e, nextOffset);
        }
        await parallel?.drain();
    }
    catch (e) {
        if (parallel)
            await parallel.failAfterEarlier(e);
        throw e;
    }
    if (src.pos !== cdOffset)
        refuse('there are bytes before its central directory that no entry covers (hidden data)');
}
/** Hash (through the collector) the data of one entry; checks size and CRC. */
function readData(src, e, collector, stallMs) {
    if (e.method === 0)
        return hashStored(src, e, collector);
    if (e.csize <= SYNC_INFLATE && e.usize <= SYNC_INFLATE)
        return inflateWhole(src, e, collector);
    return inflateStreamed(src, e, collector, stallMs);
}
/** A stored entry: its pieces go to the collector as they arrive. */
async function hashStored(src, e, collector) {
    checkStored(e);
    let crc = 0;
    for await (const piece of src.slices(e.csize)) {
        crc = (0,crc32/* crc32 */.Q)(piece, crc);
        collector.data(piece);
    }
    checkInflated(e, { error: null, consumed: e.csize, size: e.usize, crc });
}
/** A small deflated entry, inflated in one call. */
async function inflateWhole(src, e, collector) {
    const compressed = await src.read(e.csize);
    let out;
    try {
        out = (0,external_node_zlib_.inflateRawSync)(compressed, { info: true, maxOutputLength: Math.max(1, e.usize + 1) });
    }
    catch (err) {
        return checkInflated(e, { error: err.message, consumed: 0, size: 0, crc: 0 });
    }
    checkInflated(e, { error: null, consumed: out.engine.bytesWritten, size: out.buffer.length, crc: (0,crc32/* crc32 */.Q)(out.buffer) });
    collector.data(out.buffer);
}
/** A large deflated entry, inflated as it streams, every chunk hashed and counted on its way. */
async function inflateStreamed(src, e, collector, stallMs) {
    const where = `entry ${e.index + 1}`;
    const inflate = (0,external_node_zlib_.createInflateRaw)({ chunkSize: 1 << 18 });
    let crc = 0;
    let size = 0;
    const sink = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            size += chunk.length;
            if (size > e.usize)
                return callback(new errors/* ArchiveFormatError */.Y3(`${where} inflates to more than its declared size`, HINT));
            crc = (0,crc32/* crc32 */.Q)(chunk, crc);
            try {
                collector.data(chunk);
            }
            catch (err) {
                return callback(err);
            }
            callback();
        },
    });
    try {
        await (0,promises_.pipeline)(external_node_stream_.Readable.from((0,decompress/* withStallGuard */.IO)(external_node_stream_.Readable.from(src.slices(e.csize)), `entry ${e.index + 1}`, stallMs)), inflate, sink);
    }
    catch (err) {
        if (err instanceof errors/* ArchiveError */.di)
            throw err;
        corruptError(`${where} cannot be inflated (${err.message})`);
    }
    if (inflate.bytesWritten !== e.csize)
        refuse(`${where} has data after the end of its compressed stream`);
    if (size !== e.usize)
        corruptError(`${where} inflates to another size than declared`);
    if (crc !== e.crc)
        corruptError(`${where} does not match its CRC (corrupt data)`);
}

;// CONCATENATED MODULE: ./src/engine/archive/zip.ts
/**
 * Reading a zip archive with our own reader: the central directory (which Info-ZIP unzip,
 * 7-Zip and PHP's ZipArchive all extract from), then every entry's local header and data in
 * one sequential pass over the file, inflated with node:zlib and hashed as they stream.
 *
 * yauzl reads the central directory only, so it could not see what the extractors do
 * differently (tests/archive: differential suite). Here:
 * - the layout must be exactly what a zip writer produces: entries back to back from the
 *   first byte, then the central directory, the end records and the comment up to the last
 *   byte; bytes before, between or after (hidden entries, self-extractor stubs), overlapping
 *   entries, a second end record in the comment, or several disks are refused, because
 *   extractors search for and trust different structures (unzip refuses overlaps, 7-Zip
 *   and libzip extract them; unzip takes an end record in the comment, the others do not);
 * - each local header must agree with its central directory entry on name, method, flags,
 *   sizes and CRC, the data must inflate to exactly the declared size and CRC, with nothing
 *   after the end of the compressed stream; otherwise the archive is refused;
 * - names: the UTF-8 flag, or the Info-ZIP Unicode Path field when its CRC matches the raw
 *   name (unzip, 7-Zip and libzip all use it then; libzip even with the UTF-8 flag set);
 *   non-ASCII names without either, on a system other than Unix, are decoded differently
 *   by each extractor; backslashes are folder separators to unzip for MS-DOS entries only;
 * - types: unzip makes symbolic links for Unix, VMS, Atari, BeOS and AtheOS entries (and for
 *   MS-DOS ones whose Unix bits are consistent), 7-Zip for Unix, MS-DOS and NTFS ones,
 *   ZipArchive never (it writes the link target as the file's content); 7-Zip also makes
 *   folders from MS-DOS and Unix folder attributes without a trailing "/", the others write
 *   files. Each such difference is a finding on the entry.
 *
 * The reader's parts: zip-directory.ts (end records and central directory), zip-classify.ts
 * (what each extractor writes for an entry), zip-local.ts (local headers and data
 * descriptors), zip-sequential.ts (the pass over the entry area, with zip-byte-source.ts),
 * zip-parallel.ts (entries inflated on workers) and zip-checks.ts (the checks both share).
 * This module opens the file, runs them in order and words their errors for the archive.
 */











function wrap(path, e) {
    if (e instanceof errors/* ArchiveFormatError */.Y3) {
        const m = e.message;
        if (/^it (ends early|is truncated|is too short)/.test(m))
            return new errors/* ArchiveError */.di(`${path} is truncated or not a complete zip archive (${m.slice(3)})`, HINT);
        if (e.hint === HINT)
            return new errors/* ArchiveError */.di(`${path} is a corrupt zip archive: ${m}`, HINT);
        return new errors/* ArchiveError */.di(`${path} is refused: ${m}`, e.hint);
    }
    if (e instanceof errors/* ArchiveError */.di)
        return e;
    const err = e;
    if (err?.syscall || (err?.code && /^E[A-Z]+$/.test(err.code)))
        return new errors/* ArchiveError */.di(`cannot read ${path}: ${err.code ?? err.message}`);
    return new errors/* ArchiveError */.di(`${path} is a corrupt zip archive (${err?.message ?? String(e)})`, HINT);
}
/**
 * Entry data above which a zip's entries go to the hashing workers. Below 16 MiB starting
 * workers costs more than it saves. On two cores never: the sequential read already keeps
 * both busy (zlib inflates on its own thread while the main thread hashes), and measured on
 * a quiet 2-core machine it was faster than the workers (500 MiB: 3.35 s against 3.9 s;
 * 71 MiB: 0.87 s against 0.97 s) with a third less memory (163 against 253 MiB).
 */
function defaultParallelFrom() {
    return (0,external_node_os_.availableParallelism)() > 2 ? 16 << 20 : Number.POSITIVE_INFINITY;
}
/** Stream the zip archive at `path` into `collector`. */
async function readZip(path, collector, budget, options = {}) {
    let fd;
    try {
        fd = await external_node_fs_.promises.open(path, 'r');
        const size = (await fd.stat()).size;
        const { entries, cdOffset } = await readDirectory(fd, size, budget);
        await fd.close();
        fd = undefined;
        if (entries.length === 0)
            throw new errors/* ArchiveError */.di(`${path} is an empty zip archive`);
        let declared = 0;
        for (const e of entries)
            declared += e.usize;
        if (declared > budget.limits.maxBytes)
            budget.addBytes(declared); // declared sizes alone pass the limit: stop before inflating
        const order = entries.map((_, i) => i).sort((a, b) => entries[a].offset - entries[b].offset);
        if (cdOffset === 0)
            refuse('its entries have no data area');
        const stream = (0,external_node_fs_.createReadStream)(path, { start: 0, end: cdOffset - 1, highWaterMark: 1 << 20 });
        const src = new ByteSource((0,decompress/* withStallGuard */.IO)(stream, path, options.stallMs)[Symbol.asyncIterator]());
        // A large zip's entries are inflated and hashed on worker threads (zip-parallel.ts); a small one's here.
        const parallel = cdOffset > (options.parallelFrom ?? defaultParallelFrom()) ? new ParallelEntries(collector) : null;
        try {
            await readEntries(src, { entries, order, cdOffset }, collector, parallel, options.stallMs);
        }
        finally {
            stream.destroy();
            await parallel?.close();
        }
    }
    catch (e) {
        throw wrap(path, e);
    }
    finally {
        await fd?.close();
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/readers.ts


/** An old-style (v7) tar header: the checksum field matches the header's bytes. */
function validTarChecksum(head) {
    if (head.length < 512)
        return false;
    let sum = 0;
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 32 : head[i];
    const field = head
        .subarray(148, 156)
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .trim();
    return /^[0-7]+$/.test(field) && parseInt(field, 8) === sum && sum !== 8 * 32;
}
const READERS = [
    {
        format: 'tar.gz',
        recognises: (head) => head[0] === 0x1f && head[1] === 0x8b,
        read: (path, collector, budget, options) => (0,tar/* readTar */.sB)(path, 'tar.gz', collector, budget, options),
    },
    {
        format: 'tar.bz2',
        recognises: (head) => head.subarray(0, 3).toString('latin1') === 'BZh' && head[3] !== undefined && head[3] >= 0x31 && head[3] <= 0x39,
        read: (path, collector, budget, options) => (0,tar/* readTar */.sB)(path, 'tar.bz2', collector, budget, options),
    },
    {
        format: 'zip',
        recognises: (head) => head[0] === 0x50 && head[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(((head[2] ?? 0) << 8) | (head[3] ?? 0)),
        read: (path, collector, budget, options) => readZip(path, collector, budget, options),
    },
    {
        format: 'tar',
        recognises: (head) => head.subarray(257, 262).toString('latin1') === 'ustar' || validTarChecksum(head),
        read: (path, collector, budget, options) => (0,tar/* readTar */.sB)(path, 'tar', collector, budget, options),
    },
];
/** The reader for a file starting with `head`, or null when no registered format matches. */
function readerFor(head) {
    return READERS.find((r) => r.recognises(head)) ?? null;
}

;// CONCATENATED MODULE: ./src/engine/archive/detect.ts
/**
 * Which archive format a file is, from its first bytes (the extension is only a hint in
 * messages): one of the registered readers (readers.ts), or an error naming what it is.
 */



function readHead(path, length) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const buf = Buffer.alloc(length);
        let off = 0;
        while (off < length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, off, length - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return buf.subarray(0, off);
    }
    catch (e) {
        const code = e.code;
        throw new errors/* ArchiveError */.di(`cannot read ${path}: ${code === 'EACCES' ? 'permission denied' : (code ?? e.message)}`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** The reader of the archive at `path`, or an ArchiveError saying what the file is instead. */
function detectArchiveReader(path) {
    const head = readHead(path, 512);
    if (head.length === 0)
        throw new errors/* ArchiveError */.di(`${path} is empty, not an archive`);
    const reader = readerFor(head);
    if (reader !== null)
        return reader;
    const hint = 'Pass a release archive (.tar.gz, .tgz, .tar.bz2, .tar or .zip) or the folder of an app or server.';
    if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) {
        throw new errors/* ArchiveError */.di(`${path} is xz-compressed, which this tool does not read`, hint);
    }
    if (head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) {
        throw new errors/* ArchiveError */.di(`${path} is zstd-compressed, which this tool does not read`, hint);
    }
    throw new errors/* ArchiveError */.di(`${path} is not an archive this tool reads (no tar, gzip, bzip2 or zip signature in its first bytes)`, hint);
}
/** The archive format of `path` when its first bytes say it is one, else null (never throws for content). */
function archiveFormatOf(path) {
    try {
        return detectArchiveReader(path).format;
    }
    catch {
        return null;
    }
}


/***/ })

};
