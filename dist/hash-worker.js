import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
    prefix = (0,external_node_crypto_namespaceObject.createHash)('sha512');
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
/** The hash upstream stores for the root .htaccess with content `bytes` (the rule above, on a whole buffer). */
function rootHtaccessHash(bytes) {
    const marker = new MarkerHasher();
    marker.update(bytes);
    return marker.digest() ?? createHash('sha512').update(bytes).digest('hex');
}

;// CONCATENATED MODULE: ./src/engine/hashing/batch.ts
/**
 * Hashing a batch of files, and looking at them again after signing: the work of a hashing
 * worker (worker.ts), kept apart so that a small tree can run it on the calling thread
 * instead of starting workers (pool.ts). It opens each file without following links (the
 * walk already resolved and vetted link targets), refuses anything that is not a regular
 * file when opened, and reads through one reused buffer, so memory does not grow with file
 * size.
 */



/** Read size per read(2): big enough that syscalls do not matter, small enough to stay in cache. */
const READ_BUFFER_BYTES = 256 * 1024;
let reused = null;
const readBuffer = () => (reused ??= Buffer.allocUnsafe(READ_BUFFER_BYTES));
const FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0) | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
/** The root .htaccess: hashed whole and up to the marker at once, in one pass (rules/htaccess.ts). */
function hashHtaccess(fd, out) {
    const buf = readBuffer();
    const whole = external_node_crypto_namespaceObject.createHash('sha512');
    const marker = new MarkerHasher();
    let bytes = 0;
    let reads = 0;
    for (let n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, READ_BUFFER_BYTES, null); n > 0; n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, READ_BUFFER_BYTES, null)) {
        const chunk = buf.subarray(0, n);
        whole.update(chunk);
        marker.update(chunk);
        bytes += n;
        reads += 1;
    }
    const beforeMarker = marker.digest();
    out.set(beforeMarker === null ? whole.digest() : Buffer.from(beforeMarker, 'hex'));
    return [bytes, Math.max(reads, 1)];
}
function hashFile(fd, size, out) {
    const buf = readBuffer();
    // Most files fit one read: hash them in one call, skipping the read(2) that would only
    // confirm the end once fstat's size is reached.
    let n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, READ_BUFFER_BYTES, null);
    if (n < READ_BUFFER_BYTES && n >= size) {
        // crypto.hash (one call, no Hash object) exists from Node 20.12 on.
        const one = buf.subarray(0, n);
        out.set(typeof external_node_crypto_namespaceObject.hash === 'function' ? external_node_crypto_namespaceObject.hash('sha512', one, 'buffer') : external_node_crypto_namespaceObject.createHash('sha512').update(one).digest());
        return [n, 1];
    }
    const h = external_node_crypto_namespaceObject.createHash('sha512');
    let bytes = 0;
    let reads = 1;
    while (n > 0) {
        h.update(n === READ_BUFFER_BYTES ? buf : buf.subarray(0, n));
        bytes += n;
        if (n < READ_BUFFER_BYTES && bytes >= size)
            break;
        n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, 0, READ_BUFFER_BYTES, null);
        reads += 1;
    }
    out.set(h.digest());
    return [bytes, reads];
}
function describe(e) {
    const err = e;
    const code = err?.code ?? String(err?.message);
    if (code === 'ELOOP')
        return 'became a symbolic link while being checked; it is not read';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    return `cannot be read (${code})`;
}
/** Hash one file into `out`; returns its size and modification time, or why it was not hashed. */
function hashOne(path, htaccess, out) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, FLAGS);
        const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!st.isFile())
            return 'not a regular file when opened; it is not read';
        const [bytes, reads] = htaccess ? hashHtaccess(fd, out) : hashFile(fd, st.size, out);
        // A file written while it was read has no single content to vouch for. One read(2) that
        // returns the whole size sees one state of the file; only longer reads need a second look.
        let changed = bytes !== st.size;
        if (!changed && reads > 1) {
            const after = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            changed = after.size !== st.size || after.mtimeMs !== st.mtimeMs;
        }
        return changed ? 'changed while it was being read; its hash is not trusted' : { size: bytes, mtime: st.mtimeMs };
    }
    catch (e) {
        return describe(e);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Hash a batch of files: what a worker replies (also run on the calling thread for small trees). */
function hashBatch(msg) {
    const paths = msg.paths.split('\0');
    const htaccess = new Set(msg.htaccess);
    const digests = new Uint8Array(paths.length * 64);
    const sizes = new Float64Array(paths.length);
    const mtimes = new Float64Array(paths.length);
    let problems = null;
    paths.forEach((path, i) => {
        const outcome = hashOne(path, htaccess.has(i), digests.subarray(i * 64, i * 64 + 64));
        if (typeof outcome === 'string')
            (problems ??= {})[i] = outcome;
        else
            [sizes[i], mtimes[i]] = [outcome.size, outcome.mtime];
    });
    return { id: msg.id, digests: digests.buffer, sizes, mtimes, problems };
}
/** Look at a batch of files again: which changed since they were hashed. */
function statBatch(msg) {
    const paths = Buffer.from(msg.paths.buffer, msg.paths.byteOffset, msg.paths.byteLength).toString('utf8').split('\0');
    let changed = null;
    paths.forEach((path, i) => {
        const st = (0,external_node_fs_namespaceObject.statSync)(path, { throwIfNoEntry: false });
        // A size of -1: a folder, where only the modification time counts.
        const modified = st !== undefined && ((msg.sizes[i] !== -1 && st.size !== msg.sizes[i]) || st.mtimeMs !== msg.mtimes[i]);
        if (st === undefined)
            (changed ??= {})[i] = 'disappeared';
        else if (modified)
            (changed ??= {})[i] = 'was modified';
    });
    return { id: msg.id, changed };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
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
const crc32_native = external_node_zlib_namespaceObject.crc32;
/** The CRC-32 of `data`, continuing from `value` (the CRC of the bytes before it). */
const crc32 = typeof crc32_native === 'function' ? (d, v = 0) => crc32_native(d, v) >>> 0 : crc32Js;

;// CONCATENATED MODULE: ./src/engine/hashing/inflate.ts
/**
 * Zip entries' data, inflated and hashed off the main thread (a hashing worker runs it;
 * archive/zip-parallel.ts sends the entries in batches). Only the facts come back (digest,
 * size, CRC, how much of the compressed data the stream used, zlib's error): the checks and
 * their messages stay with the zip reader, the same for entries read on the main thread.
 */



function inflateOne(compressed, method, usize, digest) {
    let out = compressed;
    let consumed = compressed.length;
    if (method !== 0) {
        try {
            const inflated = (0,external_node_zlib_namespaceObject.inflateRawSync)(compressed, { info: true, maxOutputLength: Math.max(1, usize + 1) });
            out = inflated.buffer;
            consumed = inflated.engine.bytesWritten;
        }
        catch (e) {
            return { size: 0, crc: 0, consumed: 0, error: e.message };
        }
    }
    digest.set((0,external_node_crypto_namespaceObject.createHash)('sha512').update(out).digest());
    return { size: out.length, crc: crc32(out), consumed, error: null };
}
function inflateAndHash(msg) {
    const digests = new Uint8Array(64 * msg.lengths.length);
    const entries = [];
    let at = 0;
    msg.lengths.forEach((length, i) => {
        const compressed = Buffer.from(msg.data.buffer, msg.data.byteOffset + at, length);
        at += length;
        entries.push(inflateOne(compressed, msg.methods[i], msg.usizes[i], digests.subarray(64 * i, 64 * i + 64)));
    });
    return { id: msg.id, digests: digests.buffer, entries };
}

;// CONCATENATED MODULE: ./src/engine/hashing/worker.ts
/**
 * A hashing worker (one per core, started by HashPool): it runs batches (batch.ts) and zip
 * entries (inflate.ts) and posts the results back, transferring the digest buffers. Bundled as its own entry
 * (hash-worker.js beside each bundle).
 */



external_node_worker_threads_namespaceObject.parentPort?.on('message', (msg) => {
    if (msg.op === 'stat') {
        external_node_worker_threads_namespaceObject.parentPort?.postMessage(statBatch(msg));
        return;
    }
    if (msg.op === 'inflate') {
        const reply = inflateAndHash(msg);
        external_node_worker_threads_namespaceObject.parentPort?.postMessage(reply, [reply.digests]);
        return;
    }
    const reply = hashBatch(msg);
    external_node_worker_threads_namespaceObject.parentPort?.postMessage(reply, [reply.digests, reply.sizes.buffer, reply.mtimes.buffer]);
});

