export const id = 644;
export const ids = [644];
export const modules = {

/***/ 7685:
/***/ ((module) => {

var BITMASK = [0, 0x01, 0x03, 0x07, 0x0F, 0x1F, 0x3F, 0x7F, 0xFF];

// returns a function that reads bits.
// takes a buffer iterator as input
module.exports = function bitIterator(nextBuffer) {
    var bit = 0, byte = 0;
    var bytes = nextBuffer();
    var f = function(n) {
        if (n === null && bit != 0) {  // align to byte boundary
            bit = 0
            byte++;
            return;
        }
        var result = 0;
        while(n > 0) {
            if (byte >= bytes.length) {
                byte = 0;
                bytes = nextBuffer();
            }
            var left = 8 - bit;
            if (bit === 0 && n > 0)
                f.bytesRead++;
            if (n >= left) {
                result <<= left;
                result |= (BITMASK[left] & bytes[byte++]);
                bit = 0;
                n -= left;
            } else {
                result <<= n;
                result |= ((bytes[byte] & (BITMASK[n] << (8 - n - bit))) >> (8 - n - bit));
                bit += n;
                n = 0;
            }
        }
        return result;
    };
    f.bytesRead = 0;
    return f;
};


/***/ }),

/***/ 9226:
/***/ ((module) => {

/* 
  bzip2.js - a small bzip2 decompression implementation
  
  Copyright 2011 by antimatter15 (antimatter15@gmail.com)
  
  Based on micro-bunzip by Rob Landley (rob@landley.net).

  Copyright (c) 2011 by antimatter15 (antimatter15@gmail.com).

  Permission is hereby granted, free of charge, to any person obtaining a
  copy of this software and associated documentation files (the "Software"),
  to deal in the Software without restriction, including without limitation
  the rights to use, copy, modify, merge, publish, distribute, sublicense,
  and/or sell copies of the Software, and to permit persons to whom the
  Software is furnished to do so, subject to the following conditions:
  
  The above copyright notice and this permission notice shall be included
  in all copies or substantial portions of the Software.
  
  THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
  EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
  MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.
  IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
  DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,
  TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH
  THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/
function Bzip2Error(message) {
    this.name = 'Bzip2Error';
    this.message = message;
    this.stack = (new Error()).stack;
}
Bzip2Error.prototype = new Error;
 
var message = {
    Error: function(message) {throw new Bzip2Error(message);}
};

var bzip2 = {};
bzip2.Bzip2Error = Bzip2Error;

bzip2.crcTable =
[
   0x00000000, 0x04c11db7, 0x09823b6e, 0x0d4326d9,
   0x130476dc, 0x17c56b6b, 0x1a864db2, 0x1e475005,
   0x2608edb8, 0x22c9f00f, 0x2f8ad6d6, 0x2b4bcb61,
   0x350c9b64, 0x31cd86d3, 0x3c8ea00a, 0x384fbdbd,
   0x4c11db70, 0x48d0c6c7, 0x4593e01e, 0x4152fda9,
   0x5f15adac, 0x5bd4b01b, 0x569796c2, 0x52568b75,
   0x6a1936c8, 0x6ed82b7f, 0x639b0da6, 0x675a1011,
   0x791d4014, 0x7ddc5da3, 0x709f7b7a, 0x745e66cd,
   0x9823b6e0, 0x9ce2ab57, 0x91a18d8e, 0x95609039,
   0x8b27c03c, 0x8fe6dd8b, 0x82a5fb52, 0x8664e6e5,
   0xbe2b5b58, 0xbaea46ef, 0xb7a96036, 0xb3687d81,
   0xad2f2d84, 0xa9ee3033, 0xa4ad16ea, 0xa06c0b5d,
   0xd4326d90, 0xd0f37027, 0xddb056fe, 0xd9714b49,
   0xc7361b4c, 0xc3f706fb, 0xceb42022, 0xca753d95,
   0xf23a8028, 0xf6fb9d9f, 0xfbb8bb46, 0xff79a6f1,
   0xe13ef6f4, 0xe5ffeb43, 0xe8bccd9a, 0xec7dd02d,
   0x34867077, 0x30476dc0, 0x3d044b19, 0x39c556ae,
   0x278206ab, 0x23431b1c, 0x2e003dc5, 0x2ac12072,
   0x128e9dcf, 0x164f8078, 0x1b0ca6a1, 0x1fcdbb16,
   0x018aeb13, 0x054bf6a4, 0x0808d07d, 0x0cc9cdca,
   0x7897ab07, 0x7c56b6b0, 0x71159069, 0x75d48dde,
   0x6b93dddb, 0x6f52c06c, 0x6211e6b5, 0x66d0fb02,
   0x5e9f46bf, 0x5a5e5b08, 0x571d7dd1, 0x53dc6066,
   0x4d9b3063, 0x495a2dd4, 0x44190b0d, 0x40d816ba,
   0xaca5c697, 0xa864db20, 0xa527fdf9, 0xa1e6e04e,
   0xbfa1b04b, 0xbb60adfc, 0xb6238b25, 0xb2e29692,
   0x8aad2b2f, 0x8e6c3698, 0x832f1041, 0x87ee0df6,
   0x99a95df3, 0x9d684044, 0x902b669d, 0x94ea7b2a,
   0xe0b41de7, 0xe4750050, 0xe9362689, 0xedf73b3e,
   0xf3b06b3b, 0xf771768c, 0xfa325055, 0xfef34de2,
   0xc6bcf05f, 0xc27dede8, 0xcf3ecb31, 0xcbffd686,
   0xd5b88683, 0xd1799b34, 0xdc3abded, 0xd8fba05a,
   0x690ce0ee, 0x6dcdfd59, 0x608edb80, 0x644fc637,
   0x7a089632, 0x7ec98b85, 0x738aad5c, 0x774bb0eb,
   0x4f040d56, 0x4bc510e1, 0x46863638, 0x42472b8f,
   0x5c007b8a, 0x58c1663d, 0x558240e4, 0x51435d53,
   0x251d3b9e, 0x21dc2629, 0x2c9f00f0, 0x285e1d47,
   0x36194d42, 0x32d850f5, 0x3f9b762c, 0x3b5a6b9b,
   0x0315d626, 0x07d4cb91, 0x0a97ed48, 0x0e56f0ff,
   0x1011a0fa, 0x14d0bd4d, 0x19939b94, 0x1d528623,
   0xf12f560e, 0xf5ee4bb9, 0xf8ad6d60, 0xfc6c70d7,
   0xe22b20d2, 0xe6ea3d65, 0xeba91bbc, 0xef68060b,
   0xd727bbb6, 0xd3e6a601, 0xdea580d8, 0xda649d6f,
   0xc423cd6a, 0xc0e2d0dd, 0xcda1f604, 0xc960ebb3,
   0xbd3e8d7e, 0xb9ff90c9, 0xb4bcb610, 0xb07daba7,
   0xae3afba2, 0xaafbe615, 0xa7b8c0cc, 0xa379dd7b,
   0x9b3660c6, 0x9ff77d71, 0x92b45ba8, 0x9675461f,
   0x8832161a, 0x8cf30bad, 0x81b02d74, 0x857130c3,
   0x5d8a9099, 0x594b8d2e, 0x5408abf7, 0x50c9b640,
   0x4e8ee645, 0x4a4ffbf2, 0x470cdd2b, 0x43cdc09c,
   0x7b827d21, 0x7f436096, 0x7200464f, 0x76c15bf8,
   0x68860bfd, 0x6c47164a, 0x61043093, 0x65c52d24,
   0x119b4be9, 0x155a565e, 0x18197087, 0x1cd86d30,
   0x029f3d35, 0x065e2082, 0x0b1d065b, 0x0fdc1bec,
   0x3793a651, 0x3352bbe6, 0x3e119d3f, 0x3ad08088,
   0x2497d08d, 0x2056cd3a, 0x2d15ebe3, 0x29d4f654,
   0xc5a92679, 0xc1683bce, 0xcc2b1d17, 0xc8ea00a0,
   0xd6ad50a5, 0xd26c4d12, 0xdf2f6bcb, 0xdbee767c,
   0xe3a1cbc1, 0xe760d676, 0xea23f0af, 0xeee2ed18,
   0xf0a5bd1d, 0xf464a0aa, 0xf9278673, 0xfde69bc4,
   0x89b8fd09, 0x8d79e0be, 0x803ac667, 0x84fbdbd0,
   0x9abc8bd5, 0x9e7d9662, 0x933eb0bb, 0x97ffad0c,
   0xafb010b1, 0xab710d06, 0xa6322bdf, 0xa2f33668,
   0xbcb4666d, 0xb8757bda, 0xb5365d03, 0xb1f740b4
];

bzip2.array = function(bytes) {
    var bit = 0, byte = 0;
    var BITMASK = [0, 0x01, 0x03, 0x07, 0x0F, 0x1F, 0x3F, 0x7F, 0xFF ];
    return function(n) {
        var result = 0;
        while(n > 0) {
            var left = 8 - bit;
            if (n >= left) {
                result <<= left;
                result |= (BITMASK[left] & bytes[byte++]);
                bit = 0;
                n -= left;
            } else {
                result <<= n;
                result |= ((bytes[byte] & (BITMASK[n] << (8 - n - bit))) >> (8 - n - bit));
                bit += n;
                n = 0;
            }
        }
        return result;
    }
}

    
bzip2.simple = function(srcbuffer, stream) {
    var bits = bzip2.array(srcbuffer);
    var size = bzip2.header(bits);
    var ret = false;
    var bufsize = 100000 * size;
    var buf = new Int32Array(bufsize);
    
    do {
        ret = bzip2.decompress(bits, stream, buf, bufsize);        
    } while(!ret);
}

bzip2.header = function(bits) {
    this.byteCount = new Int32Array(256);
    this.symToByte = new Uint8Array(256);
    this.mtfSymbol = new Int32Array(256);
    this.selectors = new Uint8Array(0x8000);

    if (bits(8*3) != 4348520) message.Error("No magic number found");

    var i = bits(8) - 48;
    if (i < 1 || i > 9) message.Error("Not a BZIP archive");
    return i;
};


//takes a function for reading the block data (starting with 0x314159265359)
//a block size (0-9) (optional, defaults to 9)
//a length at which to stop decompressing and return the output
bzip2.decompress = function(bits, stream, buf, bufsize, streamCRC) {
    var MAX_HUFCODE_BITS = 20;
    var MAX_SYMBOLS = 258;
    var SYMBOL_RUNA = 0;
    var SYMBOL_RUNB = 1;
    var GROUP_SIZE = 50;
    var crc = 0 ^ (-1);
    
    for(var h = '', i = 0; i < 6; i++) h += bits(8).toString(16);
    if (h == "177245385090") {
      var finalCRC = bits(32)|0;
      if (finalCRC !== streamCRC) message.Error("Error in bzip2: crc32 do not match");
      // align stream to byte
      bits(null);
      return null; // reset streamCRC for next call
    }
    if (h != "314159265359") message.Error("eek not valid bzip data");
    var crcblock = bits(32)|0; // CRC code
    if (bits(1)) message.Error("unsupported obsolete version");
    var origPtr = bits(24);
    if (origPtr > bufsize) message.Error("Initial position larger than buffer size");
    var t = bits(16);
    var symTotal = 0;
    for (i = 0; i < 16; i++) {
        if (t & (1 << (15 - i))) {
            var k = bits(16);
            for(j = 0; j < 16; j++) {
                if (k & (1 << (15 - j))) {
                    this.symToByte[symTotal++] = (16 * i) + j;
                }
            }
        }
    }

    var groupCount = bits(3);
    if (groupCount < 2 || groupCount > 6) message.Error("another error");
    var nSelectors = bits(15);
    if (nSelectors == 0) message.Error("meh");
    for(var i = 0; i < groupCount; i++) this.mtfSymbol[i] = i;

    for(var i = 0; i < nSelectors; i++) {
        for(var j = 0; bits(1); j++) if (j >= groupCount) message.Error("whoops another error");
        var uc = this.mtfSymbol[j];
        for(var k = j-1; k>=0; k--) {
            this.mtfSymbol[k+1] = this.mtfSymbol[k];
        }
        this.mtfSymbol[0] = uc;
        this.selectors[i] = uc;
    }

    var symCount = symTotal + 2;
    var groups = [];
    var length = new Uint8Array(MAX_SYMBOLS),
    temp = new Uint16Array(MAX_HUFCODE_BITS+1);

    var hufGroup;

    for(var j = 0; j < groupCount; j++) {
        t = bits(5); //lengths
        for(var i = 0; i < symCount; i++) {
            while(true){
                if (t < 1 || t > MAX_HUFCODE_BITS) message.Error("I gave up a while ago on writing error messages");
                if (!bits(1)) break;
                if (!bits(1)) t++;
                else t--;
            }
            length[i] = t;
        }
        var  minLen,  maxLen;
        minLen = maxLen = length[0];
        for(var i = 1; i < symCount; i++) {
            if (length[i] > maxLen) maxLen = length[i];
            else if (length[i] < minLen) minLen = length[i];
        }
        hufGroup = groups[j] = {};
        hufGroup.permute = new Int32Array(MAX_SYMBOLS);
        hufGroup.limit = new Int32Array(MAX_HUFCODE_BITS + 1);
        hufGroup.base = new Int32Array(MAX_HUFCODE_BITS + 1);

        hufGroup.minLen = minLen;
        hufGroup.maxLen = maxLen;
        var base = hufGroup.base;
        var limit = hufGroup.limit;
        var pp = 0;
        for(var i = minLen; i <= maxLen; i++)
        for(var t = 0; t < symCount; t++)
        if (length[t] == i) hufGroup.permute[pp++] = t;
        for(i = minLen; i <= maxLen; i++) temp[i] = limit[i] = 0;
        for(i = 0; i < symCount; i++) temp[length[i]]++;
        pp = t = 0;
        for(i = minLen; i < maxLen; i++) {
            pp += temp[i];
            limit[i] = pp - 1;
            pp <<= 1;
            base[i+1] = pp - (t += temp[i]);
        }
        limit[maxLen] = pp + temp[maxLen] - 1;
        base[minLen] = 0;
    }

    for(var i = 0; i < 256; i++) { 
        this.mtfSymbol[i] = i;
        this.byteCount[i] = 0;
    }
    var runPos, count, symCount, selector;
    runPos = count = symCount = selector = 0;    
    while(true) {
        if (!(symCount--)) {
            symCount = GROUP_SIZE - 1;
            if (selector >= nSelectors) message.Error("meow i'm a kitty, that's an error");
            hufGroup = groups[this.selectors[selector++]];
            base = hufGroup.base;
            limit = hufGroup.limit;
        }
        i = hufGroup.minLen;
        j = bits(i);
        while(true) {
            if (i > hufGroup.maxLen) message.Error("rawr i'm a dinosaur");
            if (j <= limit[i]) break;
            i++;
            j = (j << 1) | bits(1);
        }
        j -= base[i];
        if (j < 0 || j >= MAX_SYMBOLS) message.Error("moo i'm a cow");
        var nextSym = hufGroup.permute[j];
        if (nextSym == SYMBOL_RUNA || nextSym == SYMBOL_RUNB) {
            if (!runPos){
                runPos = 1;
                t = 0;
            }
            if (nextSym == SYMBOL_RUNA) t += runPos;
            else t += 2 * runPos;
            runPos <<= 1;
            continue;
        }
        if (runPos) {
            runPos = 0;
            if (count + t > bufsize) message.Error("Boom.");
            uc = this.symToByte[this.mtfSymbol[0]];
            this.byteCount[uc] += t;
            while(t--) buf[count++] = uc;
        }
        if (nextSym > symTotal) break;
        if (count >= bufsize) message.Error("I can't think of anything. Error");
        i = nextSym - 1;
        uc = this.mtfSymbol[i];
        for(var k = i-1; k>=0; k--) {
            this.mtfSymbol[k+1] = this.mtfSymbol[k];
        }
        this.mtfSymbol[0] = uc
        uc = this.symToByte[uc];
        this.byteCount[uc]++;
        buf[count++] = uc;
    }
    if (origPtr < 0 || origPtr >= count) message.Error("I'm a monkey and I'm throwing something at someone, namely you");
    var j = 0;
    for(var i = 0; i < 256; i++) {
        k = j + this.byteCount[i];
        this.byteCount[i] = j;
        j = k;
    }
    for(var i = 0; i < count; i++) {
        uc = buf[i] & 0xff;
        buf[this.byteCount[uc]] |= (i << 8);
        this.byteCount[uc]++;
    }
    var pos = 0, current = 0, run = 0;
    if (count) {
        pos = buf[origPtr];
        current = (pos & 0xff);
        pos >>= 8;
        run = -1;
    }
    count = count;
    var copies, previous, outbyte;
    while(count) {
        count--;
        previous = current;
        pos = buf[pos];
        current = pos & 0xff;
        pos >>= 8;
        if (run++ == 3) {
            copies = current;
            outbyte = previous;
            current = -1;
        } else {
            copies = 1;
            outbyte = current;
        }
        while(copies--) {
            crc = ((crc << 8) ^ this.crcTable[((crc>>24) ^ outbyte) & 0xFF])&0xFFFFFFFF; // crc32
            stream(outbyte);
        }
        if (current != previous) run = 0;
    }

    crc = (crc ^ (-1)) >>> 0;
    if ((crc|0) != (crcblock|0)) message.Error("Error in bzip2: crc32 do not match");
    streamCRC = (crc ^ ((streamCRC << 1) | (streamCRC >>> 31))) & 0xFFFFFFFF;
    return streamCRC;
}

module.exports = bzip2;


/***/ }),

/***/ 827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openArchiveTarget: () => (/* binding */ openArchiveTarget),
  i3: () => (/* binding */ scanArchive)
});

// UNUSED EXPORTS: ArchiveError, ArchiveLimitError, DEFAULT_LIMITS, archiveFiles, archiveSignature, archiveSource, archiveTarget, parseCount, parseSize

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/engine/fs-kind.ts
var fs_kind = __webpack_require__(5118);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/signature.ts + 2 modules
var signature = __webpack_require__(1779);
// EXTERNAL MODULE: ./src/engine/archive/errors.ts
var errors = __webpack_require__(1736);
// EXTERNAL MODULE: ./src/engine/archive/extractors.ts
var extractors = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/engine/rules/htaccess.ts

/**
 * The root `.htaccess` rule (nextcloud-spec.md §A.3 step 3): the installer writes its own
 * lines below a marker, so upstream splits the file on the marker and, when it occurs exactly
 * once (explode() gives two parts), hashes only what comes before it (the marker excluded, the
 * newline before it included). Otherwise the whole file is hashed.
 */
const HTACCESS_MARKER = '#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####';
const MARKER = Buffer.from(HTACCESS_MARKER, 'utf8');
/**
 * The rule, streamed: the hash of the part before the marker is computed while the bytes pass
 * (a file of any size costs at most the marker's length in memory), alongside the caller's
 * whole-file hash. `digest()` says which of the two upstream stores.
 */
class MarkerHasher {
    prefix = (0,external_node_crypto_.createHash)('sha512');
    /** Bytes not yet known to be outside a marker (at most MARKER.length - 1). */
    carry = Buffer.alloc(0);
    /** Markers seen so far (we only care about 0, 1 or "2 or more"). */
    found = 0;
    update(chunk) {
        if (this.found >= 2)
            return;
        const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
        const at = data.indexOf(MARKER);
        if (at >= 0) {
            if (this.found === 0) {
                this.prefix.update(data.subarray(0, at));
                this.found = 1;
                // Non-overlapping, like explode(): the next search starts after this marker.
                this.carry = Buffer.alloc(0);
                this.update(data.subarray(at + MARKER.length));
                return;
            }
            this.found = 2;
            this.carry = Buffer.alloc(0);
            return;
        }
        const keep = Math.min(data.length, MARKER.length - 1);
        if (this.found === 0)
            this.prefix.update(data.subarray(0, data.length - keep));
        this.carry = Buffer.from(data.subarray(data.length - keep));
    }
    /** The hash upstream stores when the marker occurs exactly once, else null (the whole file's hash counts). */
    digest() {
        return this.found === 1 ? this.prefix.digest('hex') : null;
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/marker.ts
/** The root .htaccess rule lives in rules/htaccess.ts (one implementation for folders and archives). */


;// CONCATENATED MODULE: ./src/engine/archive/collect.ts
/**
 * What an archive holds, collected in one pass: each entry's SHA-512 as its bytes stream by
 * (nothing is written to disk), its kind, link targets, the few small files the profile
 * detection and the signature checks need (kept in memory, capped), and every place where
 * the extractors the verdict speaks for would write something else (see extractors.ts).
 *
 * The readers call begin(entry), data(chunk)…, end() for each entry, synchronously; nothing
 * here waits on a stream, so a reader's loop over its input is the only loop.
 *
 * Deliberate rules for what a folder on disk could never show:
 * - unsafe names (absolute, or with a `..` component) are kept apart as findings and never
 *   resolved into the tree;
 * - a name that is not UTF-8 is a finding, as in the folder walk;
 * - duplicates: the same path twice with the same content (or the same link target) is
 *   harmless and collapses into one entry; with different contents or kinds it becomes a
 *   finding, because extracting tools disagree on which copy wins (tar: the last; some
 *   zip readers: the first), so neither copy can be trusted;
 * - hard links (tar) take the content of the entry they name, which must come earlier in
 *   the archive, inside the same top folder, as tar itself requires when extracting;
 * - devices, FIFOs and entry types this tool cannot read become findings (after the name
 *   rules, like the walk), and their data is never interpreted;
 * - an entry that some extractor writes under another name, or not at all, is a finding
 *   under every name involved, whatever the profile excludes; one that an extractor writes
 *   with other content keeps that extractor's hash beside the canonical one, so it fails
 *   wherever the two differ from what was signed.
 */





/** SHA-512 of no bytes: what an extractor that writes an empty file gives. */
const EMPTY_SHA512 = (0,external_node_crypto_.createHash)('sha512').digest('hex');
/** Signature files, decoded as soon as they have been read (see end()). */
const SIGNATURE_PATHS = ['appinfo/signature.json', 'core/signature.json'];
/** Files buffered while streaming, by path relative to the top folder (or to an app folder: see capturedRel), with their caps. */
const SMALL_FILE_CAP = 1024 * 1024;
const CAPTURED = {
    'appinfo/info.xml': SMALL_FILE_CAP,
    'version.php': SMALL_FILE_CAP,
    'core/shipped.json': SMALL_FILE_CAP,
    ...Object.fromEntries(SIGNATURE_PATHS.map((path) => [path, signature/* MAX_SIGNATURE_BYTES */.my])),
};
/** A link target longer than this is no path at all. */
const MAX_LINK_BYTES = 4096;
/** Small files kept over the whole archive (signatures, info.xml; a real server keeps tens of MB). */
const MAX_KEPT_BYTES = 512 * 1024 * 1024;
const NOT_UTF8 = 'the file name is not valid UTF-8; upstream cannot sign or check it';
const CONFLICT = 'appears more than once in the archive with different contents or kinds; tools that extract it disagree on which copy wins, so neither is trusted';
const utf8 = new TextDecoder('utf-8', { fatal: true });
function decodeName(bytes) {
    const segments = [];
    const bad = [];
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
        if (i < bytes.length && bytes[i] !== 0x2f)
            continue;
        const part = bytes.subarray(start, i);
        start = i + 1;
        let text;
        try {
            text = utf8.decode(part);
            bad.push(false);
        }
        catch {
            text = part.toString('utf8');
            bad.push(true);
        }
        segments.push(text);
    }
    return { text: bytes.toString('utf8'), segments, bad };
}
/**
 * Drop "" and "." components, like extracting does; say why a name is unsafe. `badAt` is
 * the first non-UTF-8 component after the top folder (the top folder's own name is never
 * part of a hashed path), in the normalized components, or -1.
 */
function normalize(name) {
    if (name.text.startsWith('/'))
        return { segments: [], badAt: -1, unsafe: 'absolute path in the archive; it is never extracted or read' };
    const segments = [];
    let badAt = -1;
    name.segments.forEach((s, i) => {
        if (s === '' || s === '.')
            return;
        if (s === '..')
            badAt = -2;
        if (name.bad[i] && segments.length > 0 && badAt === -1)
            badAt = segments.length;
        segments.push(s);
    });
    if (badAt === -2)
        return { segments: [], badAt: -1, unsafe: 'path with ".." in the archive (path traversal); it is never extracted or read' };
    return { segments, badAt };
}
function sameOthers(a, b) {
    return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}
function sameRecord(a, b) {
    if (a.kind === 'dir' && b.kind === 'dir')
        return true;
    if (a.kind === 'file' && b.kind === 'file')
        return a.hash === b.hash && sameOthers(a.others, b.others);
    if (a.kind === 'symlink' && b.kind === 'symlink')
        return a.target === b.target && sameOthers(a.others, b.others);
    if (a.kind === 'special' && b.kind === 'special')
        return a.what === b.what;
    return false;
}
class Collector {
    budget;
    options;
    /**
     * Every entry below the first top folder, by its normalized path relative to it. Entries
     * below another top folder are not kept: such an archive is refused (see topFolder).
     */
    records = new Map();
    unsafe = [];
    /** Entries extractors write under different names, or not at all: findings whatever the profile excludes. */
    disputed = [];
    /** Top-level names and whether each appeared as something other than a folder. */
    tops = new Map();
    duplicates = 0;
    firstTop = null;
    extraCaptured;
    hashing;
    sink = { kind: 'drop' };
    decoding = [];
    keptBytes = 0;
    constructor(budget, options) {
        this.budget = budget;
        this.options = options;
        this.extraCaptured = new Set(options.extraCaptured ?? []);
        this.hashing = options.hash !== false;
    }
    /** Start an entry; its bytes follow through data(), then end(). */
    begin(entry) {
        this.budget.addEntry();
        this.sink = { kind: 'drop' };
        const name = decodeName(entry.name);
        const { segments, badAt, unsafe } = normalize(name);
        const renamed = entry.dissent?.filter((d) => d.name !== undefined) ?? [];
        const content = (entry.dissent?.filter((d) => d.name === undefined && d.content !== undefined) ?? []);
        if (unsafe) {
            this.unsafe.push({ name: name.text.replace(/^(\.\/)+/, ''), problem: unsafe });
            return;
        }
        if (segments.length === 0)
            return; // "./" itself
        const top = segments[0];
        const seen = this.tops.get(top) ?? { nonDir: false };
        this.tops.set(top, seen);
        this.firstTop ??= top;
        if (renamed.some((d) => d.name)) {
            this.dispute(name, segments, renamed);
            return;
        }
        // An extractor that refuses the entry (and stops): reported whatever the profile excludes,
        // with the canonical view's own finding when it has one (see archiveFiles).
        if (renamed.length > 0)
            this.disputed.push({ name: segments.join('/'), problem: `extractors disagree on this entry: ${(0,extractors/* describeDissent */.Mi)(renamed)}` });
        if (segments.length === 1) {
            if (entry.type !== 'directory')
                seen.nonDir = true;
            return;
        }
        if (top !== this.firstTop)
            return;
        if (badAt > 0) {
            // Reported once, at the first component that is not UTF-8, like the walk (which does not descend it).
            const key = segments.slice(1, badAt + 1).join('/');
            this.set(key, { kind: 'problem', problem: NOT_UTF8 });
            return;
        }
        const key = segments.slice(1).join('/');
        switch (entry.type) {
            case 'directory':
                this.set(key, { kind: 'dir' });
                return;
            case 'file':
                this.sink = this.fileSink(key, segments, content);
                return;
            case 'symlink':
                if (entry.link !== undefined)
                    this.set(key, { kind: 'symlink', target: entry.link.toString('utf8'), ...this.othersOf(content, null) });
                else
                    this.sink = { kind: 'link', key, parts: [], size: 0, hash: (0,external_node_crypto_.createHash)('sha512'), others: content };
                return;
            case 'hardlink': {
                const record = this.hardLink(entry.link ?? Buffer.alloc(0));
                if (record.kind === 'file') {
                    // PHP's Archive_Tar writes an empty file for a hard link (tests/archive: differential).
                    const others = [
                        ...(record.others ?? []),
                        { who: extractors/* ARCHIVE_TAR */.Hr, what: 'writes an empty file instead of the hard link', hash: EMPTY_SHA512 },
                    ];
                    this.set(key, { ...record, others });
                }
                else
                    this.set(key, record);
                return;
            }
            case 'special':
                this.set(key, { kind: 'special', what: entry.what ?? 'special file' });
                return;
            case 'unsupported':
                this.set(key, { kind: 'problem', problem: entry.what ?? 'an entry of a kind this tool cannot read' });
                return;
        }
    }
    /** Bytes of the current entry. */
    data(chunk) {
        const sink = this.sink;
        if (sink.kind === 'drop')
            return;
        if (this.options.countBytes)
            this.budget.addBytes(chunk.length);
        sink.size += chunk.length;
        if (sink.kind === 'link') {
            if (sink.size > MAX_LINK_BYTES) {
                throw new errors/* ArchiveError */.di(`a symbolic link in the archive has a target of more than ${MAX_LINK_BYTES} bytes, longer than any path; the archive is corrupt`);
            }
            sink.parts.push(Buffer.from(chunk));
            sink.hash.update(chunk);
            return;
        }
        sink.hash?.update(chunk);
        sink.marker?.update(chunk);
        if (sink.kept && sink.size <= sink.cap) {
            this.keptBytes += chunk.length;
            if (this.keptBytes > MAX_KEPT_BYTES) {
                throw new errors/* ArchiveLimitError */.w(`the archive holds more than ${MAX_KEPT_BYTES / 1024 / 1024} MiB of signature and info files, far more than any release; reading stopped`);
            }
            sink.kept.push(Buffer.from(chunk));
        }
    }
    /** The current entry is complete. */
    end() {
        const sink = this.sink;
        this.sink = { kind: 'drop' };
        if (sink.kind === 'drop')
            return;
        if (sink.kind === 'link') {
            const target = Buffer.concat(sink.parts);
            this.set(sink.key, { kind: 'symlink', target: target.toString('utf8'), ...this.othersOf(sink.others, sink.hash.digest('hex')) });
            return;
        }
        const hash = sink.hash ? sink.hash.digest('hex') : '';
        const record = { kind: 'file', hash, size: sink.size, ...this.othersOf(sink.others, hash) };
        if (sink.marker)
            record.marker = sink.marker.digest();
        if (sink.kept) {
            if (sink.size > sink.cap)
                record.tooLarge = sink.size;
            else if (this.isSignature(sink.rel)) {
                // A server's signature file is tens of MB at the largest: decoded now, it is held only
                // as its compact table; other small files are kept as the chunks read.
                const kept = sink.kept;
                this.decoding.push((0,signature/* decodeSignature */.xd)(kept).then((read) => {
                    record.signature = read;
                }));
            }
            else
                record.content = sink.kept;
        }
        this.set(sink.key, record);
    }
    /** Wait for the signature files read so far to be decoded. */
    async settle() {
        const pending = this.decoding.splice(0);
        if (pending.length > 0)
            await Promise.all(pending);
    }
    isSignature(rel) {
        return this.extraCaptured.has(rel) || SIGNATURE_PATHS.includes(capturedRel(rel));
    }
    othersOf(dissent, dataHash) {
        if (dissent.length === 0)
            return {};
        return {
            others: dissent.map((d) => ({
                who: d.who,
                what: d.what,
                hash: d.content === 'empty' ? EMPTY_SHA512 : d.content === 'data' ? dataHash : null,
            })),
        };
    }
    fileSink(key, segments, others) {
        const rel = segments.slice(1).join('/');
        const cap = this.extraCaptured.has(rel) ? signature/* MAX_SIGNATURE_BYTES */.my : CAPTURED[capturedRel(rel)];
        return {
            kind: 'file',
            key,
            rel,
            hash: this.hashing || others.some((o) => o.content === 'data') ? (0,external_node_crypto_.createHash)('sha512') : null,
            marker: segments.length === 2 && segments[1] === '.htaccess' ? new MarkerHasher() : null,
            kept: cap === undefined ? null : [],
            cap: cap ?? 0,
            size: 0,
            others,
        };
    }
    /** An entry some extractor writes under another name, or not at all: a finding under each name. */
    dispute(name, segments, renamed) {
        const here = `extractors disagree on this entry's name: ${(0,extractors/* describeDissent */.Mi)(renamed)}`;
        this.flag(name, segments, here);
        for (const d of renamed) {
            if (!d.name)
                continue;
            const other = decodeName(d.name);
            const normalized = normalize(other);
            if (normalized.unsafe) {
                this.unsafe.push({ name: other.text.replace(/^(\.\/)+/, ''), problem: normalized.unsafe });
                continue;
            }
            this.flag(other, normalized.segments, `${d.who} writes an entry here that other extractors write under another name`);
        }
    }
    flag(name, segments, problem) {
        this.disputed.push({ name: segments.join('/') || name.text, problem });
        if (segments.length >= 2 && segments[0] === this.firstTop)
            this.set(segments.slice(1).join('/'), { kind: 'problem', problem });
    }
    set(key, record) {
        const existing = this.records.get(key);
        if (existing === undefined) {
            this.records.set(key, record);
            return;
        }
        if (sameRecord(existing, record)) {
            if (record.kind !== 'dir')
                this.duplicates += 1;
            return;
        }
        if (existing.kind === 'problem' && existing.problem === CONFLICT)
            return;
        this.records.set(key, {
            kind: 'problem',
            problem: existing.kind === 'problem' ? existing.problem : record.kind === 'problem' ? record.problem : CONFLICT,
        });
    }
    /** A tar hard link: the entry it names, as extracted so far. */
    hardLink(link) {
        const name = decodeName(link);
        const { segments, badAt, unsafe } = normalize(name);
        if (unsafe || badAt > 0 || segments.length < 2 || segments[0] !== this.firstTop) {
            return { kind: 'problem', problem: `hard link to "${name.text}", outside the archive's folder; it is not read` };
        }
        const target = this.records.get(segments.slice(1).join('/'));
        if (target === undefined) {
            return { kind: 'problem', problem: `hard link to "${name.text}", which is not in the archive before it; it is not read` };
        }
        if (target.kind === 'dir')
            return { kind: 'problem', problem: `hard link to the folder "${name.text}"; it is not read` };
        return { ...target }; // same content (and kept bytes, and .htaccess marker hash) as the entry it names
    }
    /** The single top folder, or an ArchiveError saying why the archive is not shaped like a release. */
    topFolder(path) {
        const hint = 'A release archive holds one folder: the app id for an app (as the App Store requires), nextcloud/ for a server.';
        if (this.tops.size === 0) {
            const unsafe = this.unsafe.length > 0 ? ` (it has ${this.unsafe.length} entries with unsafe paths, such as "${this.unsafe[0]?.name}")` : '';
            throw new errors/* ArchiveError */.di(`${path} holds no folder${unsafe}`, hint);
        }
        if (this.tops.size > 1) {
            const names = [...this.tops.keys()];
            const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
            throw new errors/* ArchiveError */.di(`${path} has ${names.length} entries at its top level (${shown}), not one folder`, hint);
        }
        const [top, info] = [...this.tops][0];
        if (info.nonDir)
            throw new errors/* ArchiveError */.di(`${path}: its top-level entry "${top}" is not a folder`, hint);
        return top;
    }
}
/**
 * The path a captured file is known by: its path in the top folder, or, for a file of an
 * app inside a server release (`apps/<id>/appinfo/…`), its path in the app folder.
 */
function capturedRel(rel) {
    const m = /^[^/]+\/[^/]+\/(appinfo\/(?:signature\.json|info\.xml))$/.exec(rel);
    return m && CAPTURED[rel] === undefined ? m[1] : rel;
}

// EXTERNAL MODULE: ./src/engine/archive/detect.ts
var detect = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/engine/archive/limits.ts
var archive_limits = __webpack_require__(323);
// EXTERNAL MODULE: ./src/engine/archive/source.ts
var source = __webpack_require__(9946);
// EXTERNAL MODULE: ./src/engine/archive/tar.ts + 1 modules
var tar = __webpack_require__(5591);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/engine/archive/crc32.ts
/**
 * CRC-32 (the zip checksum): node:zlib's native crc32 where Node has it (20.15+, 22.2+),
 * otherwise a table-driven fallback.
 */

const TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++)
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    TABLE[n] = c;
}
function crc32Js(data, value = 0) {
    let c = ~value;
    for (let i = 0; i < data.length; i++)
        c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
    return ~c >>> 0;
}
const crc32_native = external_node_zlib_.crc32;
/** The CRC-32 of `data`, continuing from `value` (the CRC of the bytes before it). */
const crc32 = typeof crc32_native === 'function' ? (d, v = 0) => crc32_native(d, v) >>> 0 : crc32Js;

// EXTERNAL MODULE: ./src/engine/archive/decompress.ts + 1 modules
var decompress = __webpack_require__(8910);
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
 */








const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const MAX_COMMENT = 0xffff;
/** A central directory larger than this is refused: it is held in memory (a million entries with 200-byte names fit). */
const MAX_CENTRAL_DIRECTORY = 256 << 20;
/** Entries up to this size are inflated in one call; larger ones are streamed. */
const SYNC_INFLATE = 8 << 20;
const HINT = 'Download the archive again; if it still fails, it is damaged at its source.';
const REFUSED_HINT = 'The archive is built in a way that extractors read differently, so no verdict can speak for all of them. Rebuild it with Info-ZIP zip (zip -r) from the signed folder.';
const zip_utf8 = new TextDecoder('utf-8', { fatal: true });
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
function refuse(message) {
    throw new errors/* ArchiveFormatError */.Y3(message, REFUSED_HINT);
}
function corruptError(message) {
    throw new errors/* ArchiveFormatError */.Y3(message, HINT);
}
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
    if (field.readUInt32LE(1) !== crc32(rawName))
        return null;
    return field.subarray(5);
}
function isAscii(b) {
    for (let i = 0; i < b.length; i++)
        if (b[i] >= 0x80)
            return false;
    return true;
}
function isUtf8(b) {
    try {
        zip_utf8.decode(b);
        return true;
    }
    catch {
        return false;
    }
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
    if (size < 22)
        corruptError('it is too short to be a zip archive (no end of central directory record)');
    const tailLength = Math.min(size, 22 + MAX_COMMENT);
    const tail = await readAt(fd, size - tailLength, tailLength);
    // Every end record whose comment reaches exactly the last byte is a candidate; extractors
    // search from either side and pick different ones when there are several.
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
    if (candidates.length > 1) {
        refuse('its comment holds another end of central directory record: Info-ZIP unzip reads that one, 7-Zip and ZipArchive the real one');
    }
    const endAt = candidates[0];
    const end = tail.subarray(endAt, endAt + 22);
    if (tail.subarray(endAt + 22).includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) {
        refuse('its comment holds another end of central directory record: Info-ZIP unzip reads that one, 7-Zip and ZipArchive the real one');
    }
    const endPos = size - tailLength + endAt;
    if (end.readUInt16LE(4) !== 0 || end.readUInt16LE(6) !== 0)
        refuse('it spans several disks');
    let count = end.readUInt16LE(10);
    if (end.readUInt16LE(8) !== count)
        refuse('its end record counts the entries twice, differently');
    let cdSize = end.readUInt32LE(12);
    let cdOffset = end.readUInt32LE(16);
    let cdEnd = endPos;
    const locatorAt = endPos - 20;
    const hasLocator = locatorAt >= 0 && (await readAt(fd, locatorAt, 4)).readUInt32LE(0) === SIG_LOCATOR64;
    if (hasLocator) {
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
        const count64 = Number(end64.readBigUInt64LE(24));
        if (Number(end64.readBigUInt64LE(32)) !== count64)
            refuse('its zip64 end record counts the entries twice, differently');
        const size64 = Number(end64.readBigUInt64LE(40));
        const offset64 = Number(end64.readBigUInt64LE(48));
        // The 32-bit fields either say "see zip64" or agree: extractors read one or the other.
        if ((count !== 0xffff && count !== count64) ||
            (cdSize !== 0xffffffff && cdSize !== size64) ||
            (cdOffset !== 0xffffffff && cdOffset !== offset64)) {
            refuse('its zip64 end record and its end record disagree');
        }
        count = count64;
        cdSize = size64;
        cdOffset = offset64;
        cdEnd = end64At;
    }
    else if (cdOffset === 0xffffffff || cdSize === 0xffffffff) {
        refuse('its end record points to a zip64 end record that is not there');
    }
    if (cdOffset + cdSize !== cdEnd)
        refuse('there are bytes between its central directory and its end record, or the directory is not where the end record says');
    if (count > budget.limits.maxEntries) {
        for (let i = 0; i <= budget.limits.maxEntries; i++)
            budget.addEntry(); // throws the limit error
    }
    if (cdSize > MAX_CENTRAL_DIRECTORY)
        refuse('its central directory is larger than this tool reads');
    const cd = await readAt(fd, cdOffset, cdSize);
    const entries = [];
    let at = 0;
    for (let index = 0; index < count; index++) {
        if (at + 46 > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL)
            corruptError(`its central directory is corrupt (entry ${index + 1})`);
        const nameLength = cd.readUInt16LE(at + 28);
        const extraLength = cd.readUInt16LE(at + 30);
        const commentLength = cd.readUInt16LE(at + 32);
        const next = at + 46 + nameLength + extraLength + commentLength;
        if (next > cd.length)
            corruptError(`its central directory is corrupt (entry ${index + 1})`);
        const where = `central directory entry ${index + 1}`;
        const rawName = cd.subarray(at + 46, at + 46 + nameLength);
        const extra = parseExtra(cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), where);
        let usize = cd.readUInt32LE(at + 24);
        let csize = cd.readUInt32LE(at + 20);
        let offset = cd.readUInt32LE(at + 42);
        let zip64 = false;
        if (usize === 0xffffffff || csize === 0xffffffff || offset === 0xffffffff) {
            const field = extra.get(0x0001);
            let p = 0;
            const take = () => {
                if (!field || p + 8 > field.length)
                    refuse(`${where} lacks the zip64 sizes it announces`);
                const v = Number(field.readBigUInt64LE(p));
                p += 8;
                return v;
            };
            if (usize === 0xffffffff)
                usize = take();
            if (csize === 0xffffffff)
                csize = take();
            if (offset === 0xffffffff)
                offset = take();
            zip64 = true;
        }
        if (cd.readUInt16LE(at + 34) !== 0)
            refuse(`${where} is on another disk`);
        entries.push({
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
        });
        at = next;
    }
    if (at !== cd.length)
        refuse('its central directory holds more than its end record counts');
    return { entries, cdOffset };
}
/** How the three extractors name and type an entry; the canonical view is unzip's. */
function classifyEntry(e) {
    const raw = e.rawName;
    if (raw.length === 0)
        refuse('an entry has an empty name: 7-Zip writes it as a file named after the archive, the others skip it');
    if (raw.includes(0))
        refuse('an entry name holds a NUL byte, which extractors cut at different places');
    const flagged = (e.flags & 0x800) !== 0;
    const upath = e.upath;
    if (upath?.includes(0))
        refuse('a Unicode Path field holds a NUL byte');
    let name = flagged || upath === null ? raw : upath;
    const dissent = [];
    if (e.host === HOST.fat && name.includes(0x5c) && !name.includes(0x2f)) {
        // unzip (extract.c): an MS-DOS name without any "/" uses backslashes as folder separators.
        dissent.push({
            who: `7-Zip and ${extractors/* ZIP_ARCHIVE */.jJ}`,
            what: 'keep the backslashes of this MS-DOS name, which Info-ZIP unzip reads as folder separators (also reported)',
            name,
        });
        name = Buffer.from(name.toString('latin1').replace(/\\/g, '/'), 'latin1');
    }
    if (flagged && upath !== null && !upath.equals(raw)) {
        dissent.push({ who: extractors/* ZIP_ARCHIVE */.jJ, what: 'writes it under the name of its Unicode Path field (also reported)', name: upath });
    }
    if (!flagged && upath !== null && !upath.equals(raw) && !isUtf8(upath)) {
        // Info-ZIP zip 3.0 writes DEL as C1 BF there: unzip and libzip take it, 7-Zip keeps the raw name.
        dissent.push({
            who: extractors/* SEVEN_ZIP */.Wj,
            what: 'ignores its Unicode Path field, which is not valid UTF-8, and writes the raw name (also reported)',
            name: raw,
        });
    }
    const usesUpath = !flagged && upath !== null;
    if (!usesUpath && !isAscii(raw)) {
        if (!flagged && !isUtf8(raw)) {
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
    }
    // unzip drops control characters from names; libzip maps them to CP437 glyphs unless the
    // name is flagged UTF-8; 7-Zip keeps them.
    if ([raw, upath ?? raw].some((n) => n.some((b) => b < 0x20 || b === 0x7f))) {
        dissent.push({
            who: extractors/* UNZIP */.Re,
            what: 'drops the control characters of this name (ZipArchive may turn them into other characters)',
            name: null,
        });
    }
    // PHP's extractTo (php_zip_make_relative_path) restarts the path after any folder whose name
    // ends in "." (meant for "../"): it writes the entry elsewhere, or stops extracting.
    const phpName = upath ?? raw;
    if (phpName
        .toString('latin1')
        .split('/')
        .slice(0, -1)
        .some((c) => c.endsWith('.') && c !== '.' && c !== '..')) {
        dissent.push({
            who: extractors/* ZIP_ARCHIVE */.jJ,
            what: 'cuts the path at a folder whose name ends in "." and writes the entry elsewhere, or stops extracting',
            name: null,
        });
    }
    const mode = e.attributes >>> 16;
    const type = mode & S_IFMT;
    const isDirName = name[name.length - 1] === 0x2f;
    const entry = { name, type: 'file' };
    if (isDirName)
        entry.type = 'directory';
    else {
        // unix.c mapattr(): MS-DOS entries count as links only when their Unix owner bits match the DOS attributes.
        const dosOwner = 0o400 | (((((e.attributes & 1) === 0 ? 1 : 0) << 1) | ((e.attributes & 0x10) >> 4)) << 6);
        const unzipLink = type === S_IFLNK && (UNZIP_LINK_HOSTS.has(e.host) || (e.host === HOST.fat && (mode & 0o700) === dosOwner));
        const sevenZipLink = type === S_IFLNK && SEVEN_ZIP_LINK_HOSTS.has(e.host);
        const sevenZipDir = (DOS_ATTRIBUTE_HOSTS.has(e.host) && (e.attributes & 0x10) !== 0) || (e.host === HOST.unix && type === S_IFDIR);
        if (unzipLink) {
            entry.type = 'symlink';
            dissent.push({ who: extractors/* ZIP_ARCHIVE */.jJ, what: 'writes a regular file holding the link target instead of the link', content: 'data' });
            if (!sevenZipLink)
                dissent.push({ who: extractors/* SEVEN_ZIP */.Wj, what: 'writes a regular file holding the link target instead of the link', content: 'data' });
        }
        else if (sevenZipLink) {
            dissent.push({ who: extractors/* SEVEN_ZIP */.Wj, what: 'creates a symbolic link here instead of a file', content: 'other' });
        }
        if (sevenZipDir && !unzipLink)
            dissent.push({ who: extractors/* SEVEN_ZIP */.Wj, what: 'creates a folder here instead of a file', content: 'other' });
    }
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
    if (dissent.length > 0)
        entry.dissent = dissent;
    return entry;
}
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
    /** Exactly `n` bytes (as one buffer). */
    async read(n) {
        await this.fill(n);
        const out = Buffer.allocUnsafe(n);
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
/** Check one local header against its central directory entry; returns the header's length. */
async function readLocal(src, e) {
    const where = `the local header of central directory entry ${e.index + 1}`;
    if (src.pos !== e.offset)
        refuse(`${where} is not where the directory says (there are bytes between entries, or entries overlap)`);
    const head = await src.read(30);
    if (head.readUInt32LE(0) !== SIG_LOCAL)
        corruptError(`${where} is corrupt`);
    const flags = head.readUInt16LE(6);
    if (head.readUInt8(4) > UNZIP_VERSION)
        refuse(`${where} needs zip version ${head.readUInt8(4) / 10}, so Info-ZIP unzip 6.0 skips the entry while 7-Zip and ZipArchive extract it`);
    const nameLength = head.readUInt16LE(26);
    const extraLength = head.readUInt16LE(28);
    const rest = await src.read(nameLength + extraLength);
    const localName = rest.subarray(0, nameLength);
    const extra = parseExtra(rest.subarray(nameLength), where);
    if (!localName.equals(e.rawName))
        refuse(`${where} names the entry differently from the central directory; extractors differ on which name counts`);
    const localUpath = unicodePath(extra, localName);
    const centralUpath = e.upath;
    if (localUpath !== null && (centralUpath === null || !localUpath.equals(centralUpath))) {
        refuse(`${where} has a Unicode Path that the central directory does not have`);
    }
    if (flags !== e.flags || head.readUInt16LE(8) !== e.method) {
        refuse(`${where} has other flags or another compression method than the central directory; extractors differ on which counts`);
    }
    let crc = head.readUInt32LE(14);
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
    crc = e.crc;
}
/** Hash (through the collector) the data of one entry; checks size and CRC. */
async function readData(src, e, collector, stallMs) {
    const where = `entry ${e.index + 1}`;
    if (e.method === 0) {
        if (e.csize !== e.usize)
            corruptError(`${where} is stored with two different sizes`);
        let crc = 0;
        for await (const piece of src.slices(e.csize)) {
            crc = crc32(piece, crc);
            collector.data(piece);
        }
        if (crc !== e.crc)
            corruptError(`${where} does not match its CRC (corrupt data)`);
        return;
    }
    if (e.csize <= SYNC_INFLATE && e.usize <= SYNC_INFLATE) {
        const compressed = await src.read(e.csize);
        let out;
        try {
            out = (0,external_node_zlib_.inflateRawSync)(compressed, { info: true, maxOutputLength: Math.max(1, e.usize + 1) });
        }
        catch (err) {
            corruptError(`${where} cannot be inflated (${err.message})`);
        }
        if (out.engine.bytesWritten !== e.csize)
            refuse(`${where} has data after the end of its compressed stream`);
        if (out.buffer.length !== e.usize)
            corruptError(`${where} inflates to another size than declared`);
        if (crc32(out.buffer) !== e.crc)
            corruptError(`${where} does not match its CRC (corrupt data)`);
        collector.data(out.buffer);
        return;
    }
    const inflate = (0,external_node_zlib_.createInflateRaw)({ chunkSize: 1 << 18 });
    let crc = 0;
    let size = 0;
    const sink = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            size += chunk.length;
            if (size > e.usize)
                return callback(new errors/* ArchiveFormatError */.Y3(`${where} inflates to more than its declared size`, HINT));
            crc = crc32(chunk, crc);
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
        try {
            for (const [k, i] of order.entries()) {
                const e = entries[i];
                const raw = classifyEntry(e);
                const nextOffset = k + 1 < order.length ? entries[order[k + 1]].offset : cdOffset;
                await readLocal(src, e);
                collector.begin(raw);
                await readData(src, e, collector, options.stallMs);
                collector.end();
                await collector.settle();
                await readDescriptor(src, e, nextOffset);
            }
            if (src.pos !== cdOffset)
                refuse('there are bytes before its central directory that no entry covers (hidden data)');
        }
        finally {
            stream.destroy();
        }
    }
    catch (e) {
        throw wrap(path, e);
    }
    finally {
        await fd?.close();
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/index.ts
/**
 * Verifying a release archive without extracting it: one streamed pass hashes every entry
 * and keeps the signature files; the result is a Target plus a TreeSource, so verifyTarget
 * runs the same steps as for a folder.
 *
 *   const { target, source } = await openArchiveTarget('/tmp/tricky.tar.gz', { appId });
 *   const result = await verifyTarget({ target, source, trust });
 */














/** Paths that differ only in case or Unicode normalization collide on macOS and Windows. */
function collisions(records) {
    const seen = new Map();
    const pairs = [];
    let count = 0;
    for (const rel of records) {
        const key = rel.normalize('NFC').toLowerCase();
        const first = seen.get(key);
        if (first === undefined)
            seen.set(key, rel);
        else {
            count += 1;
            if (pairs.length < 5)
                pairs.push([first, rel]);
        }
    }
    return { pairs, count };
}
/** Read the archive at `path` once: hashes, links, the small files needed later. */
async function scanArchive(path, options = {}) {
    const started = external_node_perf_hooks_.performance.now();
    const abs = (0,external_node_path_.resolve)(path);
    if (!(0,fs_kind/* isRegularFile */.Z)(abs))
        throw new errors/* ArchiveError */.di(`${path} is not a file`);
    const limits = {
        maxBytes: options.maxBytes ?? archive_limits/* DEFAULT_LIMITS */.dR.maxBytes,
        maxEntries: options.maxEntries ?? archive_limits/* DEFAULT_LIMITS */.dR.maxEntries,
    };
    const format = (0,detect/* detectArchiveFormat */.p)(abs);
    const budget = new archive_limits/* Budget */.__(limits, path);
    const collector = new Collector(budget, {
        countBytes: format === 'zip',
        extraCaptured: options.signaturePath ? [options.signaturePath] : [],
        hash: options.hash !== false,
    });
    const read = { ...(options.stallMs === undefined ? {} : { stallMs: options.stallMs }) };
    if (format === 'zip')
        await readZip(abs, collector, budget, read);
    else
        await (0,tar/* readTar */.sB)(abs, format, collector, budget, read);
    const top = collector.topFolder(path);
    const prefix = top + '/';
    const records = collector.records;
    const folders = new Set();
    for (const [rel, record] of records) {
        for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1))
            folders.add(rel.slice(0, i));
        if (record.kind === 'dir')
            folders.add(rel);
    }
    const relative = (list) => list.map((u) => (u.name.startsWith(prefix) ? { ...u, name: u.name.slice(prefix.length) } : u));
    const clashes = collisions([...records].filter(([, r]) => r.kind !== 'dir').map(([rel]) => rel));
    return {
        path: abs,
        format,
        top,
        records,
        folders,
        unsafe: relative(collector.unsafe),
        disputed: relative(collector.disputed),
        entries: budget.entries,
        bytes: budget.bytes,
        fileBytes: (0,external_node_fs_.statSync)(abs).size,
        ms: external_node_perf_hooks_.performance.now() - started,
        duplicates: collector.duplicates,
        collisions: clashes.pairs,
        collisionCount: clashes.count,
    };
}
/** Scan an archive and say what to verify in it: the Target and the TreeSource for verifyTarget. */
async function openArchiveTarget(path, options = {}) {
    const scan = await scanArchive(path, options);
    const target = (0,source/* archiveTarget */.i)(scan, options);
    return { target, source: (0,source/* archiveSource */.yG)(scan), scan };
}


/***/ }),

/***/ 9946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ linkLeadsToFolder),
/* harmony export */   TK: () => (/* binding */ withoutParts),
/* harmony export */   Ve: () => (/* binding */ archiveSignature),
/* harmony export */   a: () => (/* binding */ archiveFiles),
/* harmony export */   i: () => (/* binding */ archiveTarget),
/* harmony export */   ri: () => (/* binding */ smallText),
/* harmony export */   sR: () => (/* binding */ isScanFolder),
/* harmony export */   w: () => (/* binding */ splitScan),
/* harmony export */   yG: () => (/* binding */ archiveSource)
/* harmony export */ });
/* harmony import */ var _hashing_hash_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2144);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3643);
/* harmony import */ var _rules_app_id_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2447);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6681);
/* harmony import */ var _php_ksort_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6484);
/* harmony import */ var _rules_selection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(228);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1779);
/* harmony import */ var _extractors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1306);








const MAX_LINK_HOPS = 40; // Linux's limit before ELOOP
function isFolder(scan, rel) {
    return rel === '' || scan.records.get(rel)?.kind === 'dir' || (!scan.records.has(rel) && scan.folders.has(rel));
}
/** Resolve the link at `rel` inside the archive, the way the kernel would after extraction. */
function resolveLink(scan, rel, target) {
    if (target.startsWith('/'))
        return { kind: 'outside' };
    const stack = rel.split('/').slice(0, -1);
    const queue = target.split('/');
    let hops = 0;
    while (queue.length > 0) {
        const part = queue.shift();
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (stack.length === 0)
                return { kind: 'outside' };
            stack.pop();
            continue;
        }
        const parent = stack.join('/');
        if (!isFolder(scan, parent))
            return { kind: 'dangling', code: scan.records.has(parent) ? 'ENOTDIR' : 'ENOENT' };
        stack.push(part);
        const record = scan.records.get(stack.join('/'));
        if (record?.kind === 'symlink') {
            if (++hops > MAX_LINK_HOPS)
                return { kind: 'dangling', code: 'ELOOP' };
            stack.pop();
            if (record.target.startsWith('/'))
                return { kind: 'outside' };
            queue.unshift(...record.target.split('/'));
        }
    }
    const path = stack.join('/');
    if (isFolder(scan, path))
        return { kind: 'dir' };
    const record = scan.records.get(path);
    if (record === undefined)
        return { kind: 'dangling', code: 'ENOENT' };
    if (record.kind === 'file')
        return { kind: 'file', hash: record.hash, size: record.size };
    if (record.kind === 'special')
        return { kind: 'special' };
    return { kind: 'problem' };
}
/** The nearest folder above `rel` that the archive holds as something else (a link or a file). */
function nonFolderAncestor(scan, rel) {
    for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
        const path = rel.slice(0, i);
        const record = scan.records.get(path);
        if (record !== undefined && record.kind !== 'dir')
            return { path, record };
    }
    return null;
}
function problem(rel, text) {
    return { rel, hash: null, problem: text, bytes: 0 };
}
/** The SHA-512 the signature in the archive lists for `rel` (only to word a finding; the signature is checked elsewhere). */
function listedHash(scan, target, rel) {
    const record = scan.records.get(target.profile.signaturePath);
    if (record?.kind !== 'file' || record.signature?.kind !== 'ok')
        return undefined;
    const hashes = record.signature.content.hashes;
    if (!(hashes instanceof _hashing_hash_table_js__WEBPACK_IMPORTED_MODULE_0__/* .HashTable */ .J))
        return undefined;
    const i = hashes.indexOf(rel);
    if (i < 0)
        return undefined;
    const value = hashes.valueAt(i);
    return typeof value === 'string' ? value : undefined;
}
/**
 * One path as every extractor sees it. `hash` is the canonical view (null: a folder link,
 * which upstream skips). The path passes only where every view gives what was signed.
 */
function withOthers(scan, target, rel, hash, bytes, others, out) {
    const differing = others.filter((o) => o.hash === null || o.hash !== hash);
    if (differing.length === 0) {
        if (hash !== null)
            out.push({ rel, hash, bytes });
        return;
    }
    const listed = listedHash(scan, target, rel);
    if (hash !== null && listed !== hash) {
        out.push({ rel, hash, bytes }); // already a finding (changed or extra) in the canonical view
        return;
    }
    out.push(problem(rel, `extractors write this entry differently: ${(0,_extractors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeDissent */ .Mi)(differing)}`));
}
/** The files `target.profile` covers, hashed, in walk order. */
function archiveFiles(scan, target, extraExcluded = [], onLinkedFolder) {
    const select = (0,_rules_selection_js__WEBPACK_IMPORTED_MODULE_7__/* .createSelector */ .Mz)(target.profile, extraExcluded);
    const out = [];
    for (const [rel, record] of scan.records) {
        if (record.kind === 'dir' || select.pruned(rel) || select.fileExcluded(rel))
            continue;
        const above = nonFolderAncestor(scan, rel);
        if (above) {
            out.push(problem(rel, above.record.kind === 'symlink'
                ? `lies below the symbolic link "${above.path}" in the archive: extracting it would write through the link; it is not read`
                : `lies below "${above.path}", which the archive holds as a file, not a folder; it is not read`));
            continue;
        }
        switch (record.kind) {
            case 'file': {
                let hash = record.hash;
                if (select.htaccess(rel)) {
                    if (record.marker === undefined) {
                        out.push(problem(rel, 'the root .htaccess is a hard link in the archive, so its marker rule cannot be applied; it is not read'));
                        continue;
                    }
                    hash = record.marker ?? record.hash;
                }
                if (record.others)
                    withOthers(scan, target, rel, hash, record.size, record.others, out);
                else
                    out.push({ rel, hash, bytes: record.size });
                break;
            }
            case 'symlink': {
                const to = resolveLink(scan, rel, record.target);
                if (to.kind === 'dir' || to.kind === 'file') {
                    const hash = to.kind === 'file' ? to.hash : null;
                    const bytes = to.kind === 'file' ? to.size : 0;
                    if (record.others)
                        withOthers(scan, target, rel, hash, bytes, record.others, out);
                    else if (hash !== null)
                        out.push({ rel, hash, bytes });
                    if (to.kind === 'dir')
                        onLinkedFolder?.(rel); // upstream neither hashes nor descends a linked folder
                }
                else if (to.kind === 'outside')
                    out.push(problem(rel, 'symbolic link points outside the checked folder; it is not read'));
                else if (to.kind === 'dangling')
                    out.push(problem(rel, `dangling or looping symbolic link (${to.code})`));
                else if (to.kind === 'special')
                    out.push(problem(rel, 'symbolic link to something that is not a regular file'));
                else
                    out.push(problem(rel, 'symbolic link to an archive entry that is not trusted; it is not read'));
                break;
            }
            case 'special':
                out.push(problem(rel, `${record.what}, not a regular file; it is not read`));
                break;
            case 'problem':
                out.push(problem(rel, record.problem));
                break;
        }
    }
    // Reported whatever the profile excludes: no name rule may hide what an extractor writes.
    // A path already reported as a problem keeps its own reason.
    const at = new Map(out.map((f, i) => [f.rel, i]));
    for (const u of [...scan.unsafe, ...scan.disputed]) {
        const i = at.get(u.name);
        if (i === undefined) {
            at.set(u.name, out.length);
            out.push(problem(u.name, u.problem));
        }
        else if (out[i].hash !== null)
            out[i] = problem(u.name, u.problem);
    }
    // The walk's order: byte order of the paths (see walkTree).
    return out.sort((a, b) => (0,_php_ksort_js__WEBPACK_IMPORTED_MODULE_4__/* .binaryCompare */ .$Y)(a.rel, b.rel));
}
/** signature.json from the bytes kept while streaming, with readSignatureFile's reasons. */
async function archiveSignature(scan, signaturePath) {
    const record = scan.records.get(signaturePath);
    if (record === undefined)
        return { kind: 'missing', reason: 'there is no signature file' };
    if (nonFolderAncestor(scan, signaturePath)) {
        return { kind: 'missing', reason: 'the signature file lies below a link in the archive; it was not read' };
    }
    if (record.kind === 'symlink')
        return { kind: 'missing', reason: 'the signature file is a symbolic link inside the archive; it was not followed' };
    if (record.kind === 'problem')
        return { kind: 'missing', reason: `the signature file cannot be used: ${record.problem}` };
    if (record.kind !== 'file')
        return { kind: 'missing', reason: 'the signature file is not a regular file' };
    if (record.others && record.others.length > 0) {
        return { kind: 'missing', reason: `extractors do not all write the signature file as it is: ${(0,_extractors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeDissent */ .Mi)(record.others)}` };
    }
    if (record.tooLarge !== undefined || record.size > _signature_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SIGNATURE_BYTES */ .my) {
        return { kind: 'missing', reason: `the signature file is ${record.size} bytes, over the ${_signature_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_SIGNATURE_BYTES */ .my}-byte limit` };
    }
    if (record.signature === undefined)
        return { kind: 'missing', reason: 'the signature file was not kept while reading the archive' };
    return record.signature;
}
/** The archive as a TreeSource. */
function archiveSource(scan) {
    return {
        hashedAlready: true,
        readSignature: (target) => archiveSignature(scan, target.profile.signaturePath),
        hashFiles: async (target, options) => {
            // Hashed while the archive was streamed; only handed over here, in walk order.
            const files = archiveFiles(scan, target, options.extraExcluded, options.onLinkedFolder);
            const outcome = { seq: 0, digest: Buffer.alloc(64), offset: 0, problem: undefined, bytes: 0, mtimeMs: 0 };
            let bytes = 0;
            files.forEach((f, seq) => {
                options.walked(seq, f.rel);
                outcome.seq = seq;
                outcome.problem = f.hash === null ? (f.problem ?? 'cannot be read') : undefined;
                outcome.digest = f.hash === null ? Buffer.alloc(64) : Buffer.from(f.hash, 'hex');
                outcome.bytes = f.bytes;
                bytes += f.bytes;
                options.sink(outcome);
            });
            options.hash?.onProgress?.({ files: files.length, bytes });
        },
    };
}
/** A small file kept while streaming, as text (null when not kept). */
function smallText(scan, rel) {
    const record = scan.records.get(rel);
    return record?.kind === 'file' && record.content !== undefined ? Buffer.concat(record.content).toString('utf8') : null;
}
/** The archive's tree as profile detection sees it. */
function archiveProbe(scan) {
    return { exists: (rel) => scan.records.has(rel), isFolder: (rel) => isFolder(scan, rel), text: (rel) => smallText(scan, rel) };
}
/** What to check in the archive: profile, scope and signature location (like resolveTarget for a folder). */
function archiveTarget(scan, options = {}) {
    const name = (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_1__/* .chooseProfileName */ .Cj)(options.profile ?? 'auto', options.signaturePath, () => (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_1__/* .detectProfileOf */ .eJ)(archiveProbe(scan)), `cannot tell what ${scan.path} holds: its folder ${scan.top}/ has no appinfo/ (an app) and no core/ with version.php (a server)`);
    const profile = (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_1__/* .getProfile */ .E$)(name, options.signaturePath);
    const scope = (0,_target_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveScope */ .HV)(profile, options.appId, () => {
        const infoXml = smallText(scan, 'appinfo/info.xml');
        return infoXml === null ? null : (0,_rules_app_id_js__WEBPACK_IMPORTED_MODULE_2__/* .appIdFromInfoXml */ .cY)(infoXml);
    }, scan.top);
    return { root: `${scan.path}/${scan.top}`, profile, ...scope };
}
/** The first two components of `rel` (`apps/files` of `apps/files/lib/x.php`), or null. */
function folderOf(rel) {
    const first = rel.indexOf('/');
    const second = first < 0 ? -1 : rel.indexOf('/', first + 1);
    return second < 0 ? null : rel.slice(0, second);
}
/**
 * The parts of a scan below each of `prefixes` (app folders `apps/<id>` of a server release,
 * two components each), as scans of their own, in one pass over the scan: the app folders
 * of a release are checked like app archives.
 */
function splitScan(scan, prefixes) {
    const parts = new Map();
    for (const prefix of prefixes) {
        parts.set(prefix, { ...scan, top: `${scan.top}/${prefix}`, records: new Map(), folders: new Set(), unsafe: [], disputed: [] });
    }
    const partOf = (rel) => {
        const folder = folderOf(rel);
        const part = folder === null ? undefined : parts.get(folder);
        return part && folder ? { part, sub: rel.slice(folder.length + 1) } : null;
    };
    for (const [rel, record] of scan.records) {
        const at = partOf(rel);
        if (at)
            at.part.records.set(at.sub, record);
    }
    for (const f of scan.folders) {
        const at = partOf(f);
        if (at)
            at.part.folders.add(at.sub);
    }
    for (const u of scan.unsafe) {
        const at = partOf(u.name);
        if (at)
            at.part.unsafe.push({ ...u, name: at.sub });
    }
    for (const u of scan.disputed) {
        const at = partOf(u.name);
        if (at)
            at.part.disputed.push({ ...u, name: at.sub });
    }
    return parts;
}
/** The scan without the always-reported entries below `prefixes` (they belong to the scopes of splitScan). */
function withoutParts(scan, prefixes) {
    const taken = new Set(prefixes);
    const outside = (list) => list.filter((u) => {
        const folder = folderOf(u.name);
        return folder === null || !taken.has(folder);
    });
    return { ...scan, unsafe: outside(scan.unsafe), disputed: outside(scan.disputed) };
}
/** Whether `rel` is a folder of the scan (explicit, or implied by entries below it). */
function isScanFolder(scan, rel) {
    return isFolder(scan, rel);
}
/** Whether the symbolic link at `rel` leads to a folder inside the archive (upstream skips such links). */
function linkLeadsToFolder(scan, rel, target) {
    return resolveLink(scan, rel, target).kind === 'dir';
}


/***/ })

};
