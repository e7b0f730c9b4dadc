export const id = 591;
export const ids = [591];
export const modules = {

/***/ 8910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vg: () => (/* binding */ readDecompressed),
  IO: () => (/* binding */ withStallGuard)
});

// UNUSED EXPORTS: DECODERS, DEFAULT_STALL_MS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/unbzip2-stream/lib/bit_iterator.js
var bit_iterator = __webpack_require__(7685);
var bit_iterator_default = /*#__PURE__*/__webpack_require__.n(bit_iterator);
// EXTERNAL MODULE: ./node_modules/unbzip2-stream/lib/bzip2.js
var bzip2 = __webpack_require__(9226);
var bzip2_default = /*#__PURE__*/__webpack_require__.n(bzip2);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/archive/errors.ts
var archive_errors = __webpack_require__(1736);
;// CONCATENATED MODULE: ./src/engine/archive/bzip2.ts
/**
 * bzip2 decompression as a Node Transform, built on unbzip2-stream's pure-JavaScript block
 * decoder (Node has no bzip2 in zlib). Its own stream wrapper collects each decoded block
 * into a JavaScript array before copying it out: up to ~46 MB of output per 900 kB block,
 * stored as ~370 MB of array slots for a block of zeros. This wrapper writes the decoded
 * bytes into 64 KiB buffers instead, reuses one block table per stream, waits until a whole
 * compressed block is buffered before decoding it (the decoder reads synchronously), and
 * turns every decoder failure into a stream error.
 */





const OUT_CHUNK = 64 * 1024;
class Bunzip2 extends external_node_stream_.Transform {
    queue = [];
    received = 0;
    reader = null;
    /** Block size in 100 kB units; 0 = a stream header comes next. */
    blockSize = 0;
    table = null;
    streamCRC = null;
    failed = false;
    streams = 0;
    singleStream;
    /** Receives each decoded byte (a closure over locals: this is the decoder's hot path). */
    emitByte;
    /** Pushes the bytes decoded so far. */
    flushOut;
    constructor(options = {}) {
        super();
        const maxOutput = options.maxOutput ?? Infinity;
        this.singleStream = options.singleStream === true;
        let decoded = 0;
        let out = Buffer.allocUnsafe(OUT_CHUNK);
        let length = 0;
        this.emitByte = (byte) => {
            out[length++] = byte;
            if (length === OUT_CHUNK) {
                // One block can decode to ~46 MB: check the limit as the bytes come, not per block.
                decoded += OUT_CHUNK;
                if (decoded > maxOutput)
                    throw options.limitError?.() ?? new Error('bzip2: output limit reached');
                this.push(out);
                out = Buffer.allocUnsafe(OUT_CHUNK);
                length = 0;
            }
        };
        this.flushOut = () => {
            if (length === 0)
                return;
            this.push(Buffer.from(out.subarray(0, length)));
            length = 0;
        };
    }
    get available() {
        return this.received - (this.reader?.bytesRead ?? 0);
    }
    /** Compressed bytes that surely hold the next block (Huffman codes are at most 20 bits per symbol). */
    get needed() {
        return this.blockSize === 0 ? 4 : Math.ceil(100000 * this.blockSize * 2.5) + 65536;
    }
    /** Decode one step: a stream header, a block, or the end-of-stream marker. */
    step() {
        const reader = this.reader;
        if (this.blockSize === 0) {
            if (this.singleStream && this.streams > 0) {
                throw new archive_errors/* ArchiveFormatError */.Y3("the bzip2 data holds more than one stream (as pbzip2 or lbzip2 write it): PHP's bzip2 reader, under Archive_Tar, reads only the first, bzip2 and GNU tar read them all; the archive is refused", 'Compress the tar with bzip2 itself (tar -cjf), or verify the .tar after bzip2 -d.');
            }
            this.streams += 1;
            this.blockSize = bzip2_default().header(reader);
            this.streamCRC = 0;
            const size = 100000 * this.blockSize;
            if (this.table === null || this.table.length !== size)
                this.table = new Int32Array(size);
            return;
        }
        const table = this.table;
        this.streamCRC = bzip2_default().decompress(reader, this.emitByte, table, table.length, this.streamCRC);
        if (this.streamCRC === null)
            this.blockSize = 0; // end of this stream; another may follow
        this.flushOut();
    }
    run(atEnd) {
        try {
            while (!this.failed && (atEnd ? this.available > 0 : this.available >= this.needed))
                this.step();
            return null;
        }
        catch (e) {
            this.failed = true;
            if (e instanceof errors/* UsageError */.eb)
                return e;
            const message = e instanceof Error ? e.message : String(e);
            return new Error(/bytes|undefined|null/.test(message) ? 'unexpected end of data' : `bzip2: ${message}`);
        }
    }
    _transform(chunk, _encoding, callback) {
        if (this.failed)
            return callback();
        this.queue.push(chunk);
        this.received += chunk.length;
        if (this.reader === null)
            this.reader = bit_iterator_default()(() => this.queue.shift());
        callback(this.run(false));
    }
    _flush(callback) {
        if (this.reader === null)
            return callback(new Error('no bzip2 data'));
        const err = this.run(true);
        if (err)
            return callback(err);
        if (this.blockSize !== 0)
            return callback(new Error('unexpected end of data (the bzip2 stream is truncated)'));
        this.flushOut();
        callback();
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/decompress.ts
/**
 * The bytes of a tar archive as they come out of its compression, as one async sequence of
 * chunks: file → decoder (gzip, bzip2 or none). Decoders sit behind one small interface so
 * another one (e.g. a parallel bzip2) can replace a registered one without touching the
 * readers.
 *
 * Reading never waits forever: every pull of the next chunk races a watchdog, so a source
 * or decoder that stops producing data (a stalled mount, a decoder bug) ends the read with
 * an ArchiveError instead of a hang. The time allowed between two chunks is generous; it is
 * not a limit on the archive's size.
 */





/** The registered decoders, by archive format ('tar' needs none). */
const DECODERS = {
    'tar.gz': () => (0,external_node_zlib_.createGunzip)({ chunkSize: 1 << 18 }),
    'tar.bz2': (options) => new Bunzip2({ ...options, singleStream: true }),
};
/** Default time allowed between two chunks before a read counts as stalled. */
const DEFAULT_STALL_MS = 120_000;
/** A stream's chunks, each pull bounded by the stall watchdog; the stream is destroyed when the caller stops. */
async function* withStallGuard(stream, what, stallMs = DEFAULT_STALL_MS) {
    const it = stream[Symbol.asyncIterator]();
    let timer;
    try {
        for (;;) {
            const stalled = new Promise((_, reject) => {
                timer = setTimeout(() => reject(new archive_errors/* ArchiveError */.di(`reading ${what} stopped: no data came for ${stallMs >= 1000 ? `${Math.round(stallMs / 1000)} s` : `${stallMs} ms`}`, 'The file is on a stalled disk or network share, or is damaged. Copy it to a local disk and try again.')), stallMs);
            });
            let next;
            try {
                next = await Promise.race([it.next(), stalled]);
            }
            finally {
                clearTimeout(timer);
            }
            if (next.done)
                return;
            yield next.value;
        }
    }
    finally {
        stream.destroy();
    }
}
/** The decompressed bytes of the archive at `path` (a plain tar is passed through). */
function readDecompressed(path, format, options) {
    const input = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20, start: options.start, end: options.end });
    if (format === 'tar')
        return withStallGuard(input, path, options.stallMs);
    const decoder = DECODERS[format](options);
    // pipeline() destroys every stream on the first error and hands it to the last one, so the
    // consumer's loop ends with it; the callback only keeps the error from going unhandled.
    const out = (0,external_node_stream_.pipeline)(input, decoder, () => undefined);
    return withStallGuard(out, path, options.stallMs);
}


/***/ }),

/***/ 1306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ ARCHIVE_TAR),
/* harmony export */   Mi: () => (/* binding */ describeDissent),
/* harmony export */   Re: () => (/* binding */ UNZIP),
/* harmony export */   Wj: () => (/* binding */ SEVEN_ZIP),
/* harmony export */   jJ: () => (/* binding */ ZIP_ARCHIVE)
/* harmony export */ });
/* unused harmony export GNU_TAR */
/**
 * The extractors an archive verdict speaks for, by the names findings use, and how an
 * extractor's different view of one entry is recorded. GNU tar (tar archives) and Info-ZIP
 * unzip (zip archives) give the canonical view the engine hashes; the others are compared
 * against it, and any difference that can change what lands on disk is a finding.
 */
const GNU_TAR = 'GNU tar';
const SEVEN_ZIP = '7-Zip';
const ARCHIVE_TAR = "PHP's Archive_Tar (Nextcloud's app installer)";
const UNZIP = 'Info-ZIP unzip';
const ZIP_ARCHIVE = "PHP's ZipArchive (Nextcloud's updater)";
/** Join several extractors' descriptions into one sentence part. */
function describeDissent(dissent) {
    return dissent.map((d) => `${d.who} ${d.what}`).join('; ');
}


/***/ }),

/***/ 5591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jf: () => (/* binding */ TarParser),
  sB: () => (/* binding */ readTar)
});

// UNUSED EXPORTS: parseTarChunks

// EXTERNAL MODULE: ./src/engine/archive/errors.ts
var errors = __webpack_require__(1736);
// EXTERNAL MODULE: ./src/engine/archive/extractors.ts
var extractors = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/engine/archive/decompress.ts + 1 modules
var decompress = __webpack_require__(8910);
;// CONCATENATED MODULE: ./src/engine/archive/tar-header.ts
/**
 * Tar header blocks and pax records, decoded strictly: every field that extractors read
 * differently is either decoded the way each of them reads it (names, link targets) or
 * refused (numbers, checksums, unknown formats). Pure functions over buffers; the stream
 * logic is in tar.ts.
 */

const BLOCK = 512;
/** Numeric fields besides the size: offset, length, name. */
const OTHER_NUMBERS = [
    [100, 8, 'mode', false],
    [108, 8, 'uid', true],
    [116, 8, 'gid', true],
    [136, 12, 'mtime', true],
    [329, 8, 'devmajor', false],
    [337, 8, 'devminor', false],
];
const POSIX_MAGIC = Buffer.from('ustar\x0000', 'latin1');
const GNU_MAGIC = Buffer.from('ustar  \x00', 'latin1');
/** Whether the block is all zero bytes (an end-of-archive marker). */
function isZeroBlock(block) {
    for (let i = 0; i < block.length; i++)
        if (block[i] !== 0)
            return false;
    return true;
}
/** The bytes of a field up to its first NUL. */
function cString(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    const nul = field.indexOf(0);
    return nul < 0 ? field : field.subarray(0, nul);
}
const PHP_TRIM = new Set([0x20, 0x09, 0x0a, 0x0d, 0x00, 0x0b]);
/** PHP's trim() with its default characters. */
function phpTrim(bytes) {
    let start = 0;
    let end = bytes.length;
    while (start < end && PHP_TRIM.has(bytes[start]))
        start++;
    while (end > start && PHP_TRIM.has(bytes[end - 1]))
        end--;
    return bytes.subarray(start, end);
}
function joinPrefix(prefix, name) {
    return prefix.length > 0 ? Buffer.concat([prefix, Buffer.from('/'), name]) : name;
}
/**
 * An octal number field as GNU tar accepts it and PHP's octdec() reads it the same: leading
 * spaces, octal digits, then only spaces or NULs. Base-256 (which Archive_Tar misreads) and
 * anything else are refused.
 */
function octalField(block, offset, length, what, at) {
    const field = block.subarray(offset, offset + length);
    if (field[0] & 0x80) {
        throw new errors/* ArchiveFormatError */.Y3(`the tar header at byte ${at} stores its ${what} in base-256, which PHP's Archive_Tar (Nextcloud's app installer) reads differently from GNU tar; the archive is refused`);
    }
    const m = /^ *([0-7]+)[ \0]*$/.exec(field.toString('latin1'));
    if (!m)
        throw new errors/* ArchiveFormatError */.Y3(`the tar header at byte ${at} has a ${what} field that is not an octal number; the archive is refused`);
    return parseInt(m[1], 8);
}
/** Decode one (non-zero) header block found at byte `at` of the tar stream; refuses what extractors read differently. */
function decodeHeader(block, at) {
    const magic = block.subarray(257, 265);
    const format = magic.equals(POSIX_MAGIC) ? 'posix' : magic.equals(GNU_MAGIC) ? 'gnu' : isZeroBlock(magic) ? 'v7' : null;
    checksum(block, at, format !== null);
    if (format === null) {
        throw new errors/* ArchiveFormatError */.Y3(`the tar header at byte ${at} is of an unknown format (its magic is neither ustar nor GNU nor empty); the archive is refused`);
    }
    const size = octalField(block, 124, 12, 'size', at);
    // 7-Zip stops extracting at a header whose other numbers are not numbers; GNU tar warns and
    // extracts on, PHP's octdec() reads what it can.
    for (const [offset, length, what, base256] of OTHER_NUMBERS) {
        const field = block.subarray(offset, offset + length);
        // GNU tar's base-256 marks, all NULs, or octal digits (after spaces, before spaces or NULs):
        // the forms every extractor reads alike (7-Zip refuses e.g. spaces without digits).
        const binary = base256 && (field[0] === 0x80 || field[0] === 0xff);
        if (!binary && !isZeroBlock(field) && !/^ *[0-7]+[ \0]*$/.test(field.toString('latin1'))) {
            throw new errors/* ArchiveFormatError */.Y3(`the tar header at byte ${at} has a ${what} field that is not a number: 7-Zip stops extracting there, GNU tar and PHP's Archive_Tar go on; the archive is refused`);
        }
    }
    const name = cString(block, 0, 100);
    const prefix = cString(block, 345, 155);
    const prefix131 = cString(block, 345, 131);
    const linkname = cString(block, 157, 100);
    return {
        typeflag: String.fromCharCode(block[156]),
        size,
        gnuName: format === 'posix' ? joinPrefix(prefix, name) : name,
        sevenZipName: format === 'v7' ? name : joinPrefix(prefix, name),
        archiveTarName: joinPrefix(prefix131, name),
        linkname,
        archiveTarLinkname: phpTrim(linkname),
        format,
    };
}
function checksum(block, at, looksLikeTar) {
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : block[i];
        unsigned += b;
        signed += (b << 24) >> 24;
    }
    const m = /^ *([0-7]+)[ \0]*$/.exec(block.subarray(148, 156).toString('latin1'));
    const stored = m ? parseInt(m[1], 8) : NaN;
    if (stored === unsigned)
        return;
    if (stored === signed) {
        throw new errors/* ArchiveFormatError */.Y3(`the tar header at byte ${at} has a checksum computed over signed bytes: GNU tar and 7-Zip accept it, PHP's Archive_Tar (Nextcloud's app installer) refuses it; the archive is refused`);
    }
    throw new errors/* ArchiveFormatError */.Y3(at === 0 && !looksLikeTar
        ? 'the data is not a tar archive (its first header block is not a valid tar header)'
        : `the tar header at byte ${at} is corrupt (its checksum does not match)`);
}
/** pax keywords this tool can vouch for: none of them changes a name, a type or the data read. */
const PAX_HARMLESS = new Set(['atime', 'ctime', 'mtime', 'uid', 'gid', 'uname', 'gname', 'comment', 'charset']);
const PAX_HARMLESS_PREFIXES = [
    'SCHILY.xattr.',
    'LIBARCHIVE.xattr.',
    'SCHILY.acl.',
    'SCHILY.fflags',
    'SCHILY.dev',
    'SCHILY.ino',
    'SCHILY.nlink',
    'LIBARCHIVE.creationtime',
];
const UTF8_CHARSET = 'ISO-IEC 10646 2000 UTF-8';
/** A keyword from the archive, for a message: shown only when it is plain ASCII. */
function shownKeyword(key) {
    return /^[A-Za-z0-9._-]{1,64}$/.test(key) ? `"${key}"` : '(an unprintable keyword)';
}
/**
 * The records of a pax header ('x' per entry, or 'g' global). Every record must be well
 * formed and fill the data exactly; keywords that change what an extractor writes are
 * returned ('x') or refused ('g': GNU tar applies them to every later entry, the others
 * ignore them); unknown keywords are refused, since this tool cannot know which extractor
 * honours them.
 */
function parsePax(data, global, at) {
    const out = {};
    const seen = new Set();
    const where = `the pax ${global ? 'global ' : ''}header at byte ${at}`;
    let i = 0;
    while (i < data.length) {
        const space = data.indexOf(0x20, i);
        const lenText = space < 0 ? '' : data.subarray(i, space).toString('latin1');
        const len = /^[1-9][0-9]{0,8}$/.test(lenText) ? Number(lenText) : NaN;
        if (!(len > 0) || i + len > data.length || data[i + len - 1] !== 0x0a) {
            throw new errors/* ArchiveFormatError */.Y3(`${where} has a malformed record; extractors read it differently, so the archive is refused`);
        }
        const record = data.subarray(space + 1, i + len - 1);
        const eq = record.indexOf(0x3d);
        if (eq <= 0)
            throw new errors/* ArchiveFormatError */.Y3(`${where} has a record without a keyword; the archive is refused`);
        const key = record.subarray(0, eq).toString('utf8');
        const value = record.subarray(eq + 1);
        i += len;
        if (seen.has(key)) {
            throw new errors/* ArchiveFormatError */.Y3(`${where} sets the keyword ${shownKeyword(key)} twice; extractors differ on which one counts, so the archive is refused`);
        }
        seen.add(key);
        if (key === 'path' || key === 'linkpath' || key === 'size') {
            if (global) {
                throw new errors/* ArchiveFormatError */.Y3(`${where} sets "${key}", which GNU tar applies to every later entry while 7-Zip and PHP's Archive_Tar ignore it; the archive is refused`);
            }
            if (key === 'size') {
                const text = value.toString('latin1');
                if (!/^[0-9]{1,15}$/.test(text))
                    throw new errors/* ArchiveFormatError */.Y3(`${where} has a size that is not a number; the archive is refused`);
                out.size = Number(text);
            }
            else {
                if (value.length === 0 || value.includes(0)) {
                    throw new errors/* ArchiveFormatError */.Y3(`${where} has an empty ${key} or one with a NUL byte, which extractors read differently; the archive is refused`);
                }
                out[key] = Buffer.from(value);
            }
            continue;
        }
        if (key === 'hdrcharset') {
            const v = value.toString('latin1');
            if (!global && (v === 'BINARY' || v === UTF8_CHARSET))
                continue;
            throw new errors/* ArchiveFormatError */.Y3(`${where} sets hdrcharset, which changes how GNU tar decodes names; the archive is refused`);
        }
        if (PAX_HARMLESS.has(key) || PAX_HARMLESS_PREFIXES.some((p) => key.startsWith(p)))
            continue;
        throw new errors/* ArchiveFormatError */.Y3(`${where} sets the keyword ${shownKeyword(key)}, which this tool does not know; an extractor may honour it (e.g. GNU tar's sparse files), so the archive is refused`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/archive/tar.ts
/**
 * Reading a tar archive (plain, gzip or bzip2) as one stream, with our own strict parser:
 * tar-stream (and most libraries) pick one reading of every header, while GNU tar, 7-Zip
 * and PHP's Archive_Tar (which Nextcloud's app installer uses) each read some headers their
 * own way. Here every entry is read the way GNU tar reads it, and compared with how the
 * other two would (tests/archive: differential suite):
 *
 * - names: pax `path` (7-Zip: same, Archive_Tar: ignores pax), GNU long names, the ustar
 *   prefix (GNU tar: POSIX headers only; 7-Zip: GNU headers too; Archive_Tar: any header,
 *   131 bytes at most), and names Archive_Tar refuses as malicious — any difference is a
 *   finding under every name involved;
 * - link targets: pax `linkpath` and Archive_Tar's trim() — a finding on the link; a link
 *   Archive_Tar refuses (absolute, with ':' or climbing out) stops its extraction: a finding
 *   whatever the profile excludes;
 * - refused outright, because the extractors would consume the stream differently: pax
 *   global headers that set path, linkpath or size; unknown pax keywords; a pax size other
 *   than the header's; links, folders and devices that carry data; GNU long link names
 *   (Archive_Tar mis-reads them); extended headers in another order than [x][L] entry;
 *   base-256 or malformed numbers; signed checksums; unknown entry types; any data after
 *   the end-of-archive marker (Archive_Tar reads on, GNU tar and 7-Zip stop).
 *
 * Nothing waits on an entry: the parser is pushed the decompressed chunks and calls the
 * collector synchronously, so a read ends when its input ends.
 */




/** Extended headers (pax, GNU long names) larger than this are refused: no path is that long. */
const MAX_META_BYTES = 1 << 20;
const HINT = 'Download the archive again; if it still fails, it is damaged at its source.';
const REFUSED_HINT = 'The archive is built in a way that extractors read differently, so no verdict can speak for all of them. Rebuild it with GNU tar (tar -czf) from the signed folder.';
const TYPE_NAMES = {
    '1': 'hard link',
    '2': 'symbolic link',
    '3': 'character device',
    '4': 'block device',
    '5': 'folder',
    '6': 'FIFO',
};
/** Archive_Tar's malicious-name test (`_isMaliciousFilename`): it stops extracting there. */
function archiveTarRefusesName(name) {
    const s = name.toString('latin1');
    return s.includes('://') || s.includes('../') || s.includes('..\\');
}
/** Archive_Tar's out-of-path test for a symbolic link (CVE-2020-36193 fix): it stops extracting there. */
function archiveTarRefusesLink(name, link) {
    const target = link.toString('latin1');
    if (target.startsWith('/') || target.includes(':'))
        return true;
    let depth = 0;
    for (const dir of name.toString('latin1').split('/')) {
        if (dir === '..')
            depth--;
        else if (dir !== '' && dir !== '.')
            depth++;
    }
    for (const dir of target.replace(/\\/g, '/').split('/')) {
        if (depth <= 0)
            break;
        if (dir === '..')
            depth--;
        else if (dir !== '' && dir !== '.')
            depth++;
    }
    return depth <= 0;
}
/** The tar stream's structure, pushed chunk by chunk. */
class TarParser {
    collector;
    /** Bytes consumed so far: the offset in the tar stream. */
    pos = 0;
    state = 'header';
    remaining = 0;
    header = Buffer.alloc(BLOCK);
    headerFill = 0;
    meta = null;
    /** Size of the entry whose data is being read (for its padding). */
    dataSize = 0;
    pax = null;
    long = null;
    entries = 0;
    constructor(collector) {
        this.collector = collector;
    }
    push(chunk) {
        let off = 0;
        while (off < chunk.length) {
            switch (this.state) {
                case 'header': {
                    if (this.headerFill === 0 && chunk.length - off >= BLOCK) {
                        off += BLOCK;
                        this.pos += BLOCK;
                        this.onHeader(chunk.subarray(off - BLOCK, off));
                        break;
                    }
                    const take = Math.min(BLOCK - this.headerFill, chunk.length - off);
                    chunk.copy(this.header, this.headerFill, off, off + take);
                    this.headerFill += take;
                    off += take;
                    this.pos += take;
                    if (this.headerFill === BLOCK) {
                        this.headerFill = 0;
                        this.onHeader(this.header);
                    }
                    break;
                }
                case 'data': {
                    const take = Math.min(this.remaining, chunk.length - off);
                    this.collector.data(chunk.subarray(off, off + take));
                    off += take;
                    this.pos += take;
                    this.remaining -= take;
                    if (this.remaining === 0) {
                        this.collector.end();
                        this.toPadding(this.dataSize);
                    }
                    break;
                }
                case 'meta': {
                    const meta = this.meta;
                    const take = Math.min(this.remaining, chunk.length - off);
                    meta.parts.push(Buffer.from(chunk.subarray(off, off + take)));
                    off += take;
                    this.pos += take;
                    this.remaining -= take;
                    if (this.remaining === 0) {
                        this.onMeta(meta);
                        this.toPadding(meta.size);
                    }
                    break;
                }
                case 'pad': {
                    const take = Math.min(this.remaining, chunk.length - off);
                    off += take;
                    this.pos += take;
                    this.remaining -= take;
                    if (this.remaining === 0)
                        this.state = 'header';
                    break;
                }
                case 'end': {
                    for (; off < chunk.length; off++, this.pos++) {
                        if (chunk[off] !== 0) {
                            throw new errors/* ArchiveFormatError */.Y3(`there is data after the end-of-archive marker (at byte ${this.pos}): GNU tar and 7-Zip stop at the marker, PHP's Archive_Tar (Nextcloud's app installer) reads on; the archive is refused`, REFUSED_HINT);
                        }
                    }
                    break;
                }
            }
        }
    }
    /** The input ended: say what is missing, if anything. */
    finish() {
        if (this.state === 'end')
            return;
        if (this.state === 'header' && this.headerFill === 0) {
            if (this.entries === 0 && this.pos === 0)
                throw new errors/* ArchiveError */.di('it is an empty tar archive');
            if (this.pax || this.long || this.meta)
                throw new errors/* ArchiveError */.di('it is truncated: the tar data ends after an extended header', HINT);
            throw new errors/* ArchiveError */.di('it is truncated: the tar data stops after an entry, without the end-of-archive marker', HINT);
        }
        throw new errors/* ArchiveError */.di(`it is truncated: the tar data ends early (inside ${this.state === 'header' ? 'a header' : 'an entry'})`, HINT);
    }
    /** Skip to the next header after `size` bytes of data or extended header. */
    toPadding(size) {
        const pad = (BLOCK - (size % BLOCK)) % BLOCK;
        this.remaining = pad;
        this.state = pad === 0 ? 'header' : 'pad';
    }
    onHeader(block) {
        const at = this.pos - BLOCK;
        if (isZeroBlock(block)) {
            if (this.pax || this.long) {
                throw new errors/* ArchiveFormatError */.Y3(`an extended header is not followed by an entry (at byte ${at}); extractors differ on what it applies to; the archive is refused`, REFUSED_HINT);
            }
            this.state = 'end';
            return;
        }
        const h = decodeHeader(block, at);
        switch (h.typeflag) {
            case 'x':
            case 'g':
            case 'L': {
                const type = h.typeflag;
                if ((type !== 'L' && (this.pax || this.long)) || (type === 'L' && this.long)) {
                    throw new errors/* ArchiveFormatError */.Y3(`extended headers at byte ${at} come in an order extractors read differently (only a pax header, then a GNU long name, then the entry are read alike); the archive is refused`, REFUSED_HINT);
                }
                if (h.size > MAX_META_BYTES)
                    throw new errors/* ArchiveFormatError */.Y3(`the extended header at byte ${at} is ${h.size} bytes, more than any path needs; the archive is refused`);
                this.meta = { type, at, parts: [], size: h.size };
                this.remaining = h.size;
                if (h.size === 0) {
                    this.onMeta(this.meta);
                    this.toPadding(0);
                }
                else
                    this.state = 'meta';
                return;
            }
            case 'K':
                throw new errors/* ArchiveFormatError */.Y3(`the GNU long link name at byte ${at} is mis-read by PHP's Archive_Tar (Nextcloud's app installer), which writes a stray file instead; the archive is refused`, REFUSED_HINT);
            case '0':
            case '\0':
            case '7':
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
                this.onEntry(h, at);
                return;
            default:
                throw new errors/* ArchiveFormatError */.Y3(`the tar entry at byte ${at} has the type ${/^[\x21-\x7e]$/.test(h.typeflag) ? `'${h.typeflag}'` : `0x${h.typeflag.charCodeAt(0).toString(16)}`}, which extractors treat differently (GNU tar's sparse files, volume labels, unknown types); the archive is refused`, REFUSED_HINT);
        }
    }
    onMeta(meta) {
        this.meta = null;
        const data = Buffer.concat(meta.parts);
        if (meta.type === 'g') {
            parsePax(data, true, meta.at); // refuses keywords that would change later entries
            return;
        }
        if (meta.type === 'x') {
            this.pax = parsePax(data, false, meta.at);
            return;
        }
        // GNU long name: GNU tar and 7-Zip read up to the first NUL, Archive_Tar the whole data less trailing NULs.
        let end = data.length;
        while (end > 0 && data[end - 1] === 0)
            end--;
        const value = data.subarray(0, end);
        if (value.length === 0 || value.includes(0)) {
            throw new errors/* ArchiveFormatError */.Y3(`the GNU long name at byte ${meta.at} is empty or holds a NUL byte, which extractors read differently; the archive is refused`, REFUSED_HINT);
        }
        this.long = value;
    }
    onEntry(h, at) {
        const pax = this.pax ?? {};
        const long = this.long;
        this.pax = null;
        this.long = null;
        const isFile = h.typeflag === '0' || h.typeflag === '\0' || h.typeflag === '7';
        if (isFile) {
            if (pax.size !== undefined && pax.size !== h.size) {
                throw new errors/* ArchiveFormatError */.Y3(`the entry at byte ${at} has a pax size other than its header's: GNU tar and 7-Zip read the pax size, PHP's Archive_Tar the header's; the archive is refused`, REFUSED_HINT);
            }
        }
        else if (h.size !== 0 || (pax.size !== undefined && pax.size !== 0)) {
            throw new errors/* ArchiveFormatError */.Y3(`the ${TYPE_NAMES[h.typeflag]} at byte ${at} carries data: extractors differ on whether it is the entry's content or the next headers; the archive is refused`, REFUSED_HINT);
        }
        const name = pax.path ?? long ?? h.gnuName;
        const sevenZipName = pax.path ?? long ?? h.sevenZipName;
        const archiveTarName = long ?? h.archiveTarName;
        if (name.length === 0 || archiveTarName.length === 0) {
            throw new errors/* ArchiveFormatError */.Y3(`the entry at byte ${at} has an empty name, which extractors read differently; the archive is refused`, REFUSED_HINT);
        }
        if (h.typeflag !== '5' && name[name.length - 1] === 0x2f) {
            throw new errors/* ArchiveFormatError */.Y3(`the ${TYPE_NAMES[h.typeflag] ?? 'file'} at byte ${at} has a name ending in "/": GNU tar and 7-Zip create a folder, PHP's Archive_Tar fails; the archive is refused`, REFUSED_HINT);
        }
        const dissent = [];
        const another = 'writes it under another name (also reported)';
        if (!sevenZipName.equals(name))
            dissent.push({ who: extractors/* SEVEN_ZIP */.Wj, what: another, name: sevenZipName });
        if (archiveTarRefusesName(h.archiveTarName) || archiveTarRefusesName(archiveTarName)) {
            dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: 'refuses the name as malicious and stops extracting', name: null });
        }
        else if (!archiveTarName.equals(name))
            dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: another, name: archiveTarName });
        const entry = { name, type: 'file' };
        switch (h.typeflag) {
            case '1':
                entry.type = 'hardlink';
                entry.link = pax.linkpath ?? h.linkname;
                break;
            case '2': {
                entry.type = 'symlink';
                const link = pax.linkpath ?? h.linkname;
                if (link.length === 0) {
                    throw new errors/* ArchiveFormatError */.Y3(`the symbolic link at byte ${at} has no target, which extractors handle differently; the archive is refused`, REFUSED_HINT);
                }
                entry.link = link;
                if (archiveTarRefusesLink(archiveTarName, h.archiveTarLinkname)) {
                    dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: 'refuses the link as leading out of the folder and stops extracting', name: null });
                }
                else if (!h.archiveTarLinkname.equals(link)) {
                    dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: 'writes the link with another target', content: 'other' });
                }
                break;
            }
            case '3':
            case '4':
                entry.type = 'special';
                entry.what = 'device';
                break;
            case '5':
                entry.type = 'directory';
                break;
            case '6':
                entry.type = 'special';
                entry.what = 'FIFO';
                break;
        }
        if (dissent.length > 0)
            entry.dissent = dissent;
        this.entries += 1;
        this.collector.begin(entry);
        this.dataSize = isFile ? h.size : 0;
        if (isFile && h.size > 0) {
            this.remaining = h.size;
            this.state = 'data';
            return;
        }
        this.collector.end();
        this.state = 'header';
    }
}
function corrupt(path, format, e) {
    if (e instanceof errors/* ArchiveFormatError */.Y3)
        return new errors/* ArchiveError */.di(`${path} is refused: ${e.message}`, e.hint);
    if (e instanceof errors/* ArchiveError */.di)
        return e.message.startsWith('it is ') ? new errors/* ArchiveError */.di(`${path} ${e.message.slice(3)}`, e.hint) : e;
    const err = e;
    const message = err?.message ?? String(e);
    if (err?.syscall || (err?.code && /^E[A-Z]+$/.test(err.code))) {
        return new errors/* ArchiveError */.di(`cannot read ${path}: ${err.code ?? message}`);
    }
    if (/unexpected end|premature|truncated/i.test(message)) {
        return new errors/* ArchiveError */.di(`${path} is truncated: the ${format} data ends early (${message})`, HINT);
    }
    return new errors/* ArchiveError */.di(`${path} is corrupt (${format}: ${message})`, HINT);
}
/** Stream the tar archive at `path` into `collector`. */
async function readTar(path, format, collector, budget, options = {}) {
    const parser = new TarParser(collector);
    try {
        const chunks = (0,decompress/* readDecompressed */.vg)(path, format, {
            maxOutput: budget.limits.maxBytes,
            limitError: () => budget.sizeError(),
            ...(options.stallMs === undefined ? {} : { stallMs: options.stallMs }),
        });
        for await (const chunk of chunks) {
            budget.addBytes(chunk.length);
            parser.push(chunk);
            await collector.settle();
        }
        parser.finish();
        await collector.settle();
    }
    catch (e) {
        if (e instanceof errors/* ArchiveFormatError */.Y3 && /^the data is not a tar archive/.test(e.message)) {
            throw new errors/* ArchiveError */.di(`${path} is corrupt or not a tar archive inside its ${format === 'tar' ? 'file' : 'compression'}`, HINT);
        }
        throw corrupt(path, format, e);
    }
}
/** Parse a whole tar stream from memory (tests, fuzzing): same rules as readTar. */
async function parseTarChunks(chunks, collector) {
    const parser = new TarParser(collector);
    for await (const chunk of chunks) {
        parser.push(chunk);
        await collector.settle();
    }
    parser.finish();
    await collector.settle();
}


/***/ })

};
