export const id = 973;
export const ids = [973];
export const modules = {

/***/ 6973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openArchiveTarget: () => (/* binding */ openArchiveTarget)
});

// UNUSED EXPORTS: ArchiveError, ArchiveLimitError, DEFAULT_LIMITS, archiveFiles, archiveSignature, archiveSource, archiveTarget, isRegularFile, parseCount, parseSize, scanArchive

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/signature.ts + 2 modules
var signature = __webpack_require__(7517);
// EXTERNAL MODULE: ./src/engine/archive/errors.ts
var errors = __webpack_require__(1736);
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
 * What an archive holds, collected in one pass: each entry's SHA-512 as it streams by
 * (nothing is written to disk), its kind, link targets, and the few small files the
 * profile detection and the signature check need (kept in memory, capped).
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
 *   rules, like the walk), and their data is never interpreted.
 */




/** Signature files, decoded as soon as they have been read (see hashFile). */
const SIGNATURE_PATHS = ['appinfo/signature.json', 'core/signature.json'];
/** Files buffered while streaming, by path relative to the top folder, with their caps. */
const SMALL_FILE_CAP = 1024 * 1024;
const CAPTURED = {
    'appinfo/info.xml': SMALL_FILE_CAP,
    'version.php': SMALL_FILE_CAP,
    ...Object.fromEntries(SIGNATURE_PATHS.map((path) => [path, signature/* MAX_SIGNATURE_BYTES */.my])),
};
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
function sameRecord(a, b) {
    if (a.kind === 'dir' && b.kind === 'dir')
        return true;
    if (a.kind === 'file' && b.kind === 'file')
        return a.hash === b.hash;
    if (a.kind === 'symlink' && b.kind === 'symlink')
        return a.target === b.target;
    if (a.kind === 'special' && b.kind === 'special')
        return a.what === b.what;
    return false;
}
async function drain(content) {
    if (!content)
        return;
    for await (const _ of content) {
        // read and drop: the entry is not hashed
    }
}
class Collector {
    budget;
    countBytes;
    /**
     * Every entry below the first top folder, by its normalized path relative to it. Entries
     * below another top folder are not kept: such an archive is refused (see topFolder).
     */
    records = new Map();
    unsafe = [];
    /** Top-level names and whether each appeared as something other than a folder. */
    tops = new Map();
    duplicates = 0;
    firstTop = null;
    captured;
    signatures;
    constructor(budget, 
    /** Count entry bytes against the budget (zip); tar counts its whole stream instead. */
    countBytes, extraCaptured = []) {
        this.budget = budget;
        this.countBytes = countBytes;
        this.captured = { ...CAPTURED };
        for (const p of extraCaptured)
            this.captured[p] = signature/* MAX_SIGNATURE_BYTES */.my;
        this.signatures = new Set([...SIGNATURE_PATHS, ...extraCaptured]);
    }
    /** Take one entry; `content` is its data stream (files, and zip symbolic links). */
    async add(entry, content) {
        this.budget.addEntry();
        const name = decodeName(entry.name);
        const { segments, badAt, unsafe } = normalize(name);
        if (unsafe) {
            this.unsafe.push({ name: name.text.replace(/^(\.\/)+/, ''), problem: unsafe });
            return drain(content);
        }
        if (segments.length === 0)
            return drain(content); // "./" itself
        const top = segments[0];
        const seen = this.tops.get(top) ?? { nonDir: false };
        this.tops.set(top, seen);
        this.firstTop ??= top;
        if (segments.length === 1) {
            if (entry.type !== 'directory')
                seen.nonDir = true;
            return drain(content);
        }
        if (top !== this.firstTop)
            return drain(content);
        if (badAt > 0) {
            // Reported once, at the first component that is not UTF-8, like the walk (which does not descend it).
            const key = segments.slice(1, badAt + 1).join('/');
            this.set(key, { kind: 'problem', problem: NOT_UTF8 });
            return drain(content);
        }
        const key = segments.slice(1).join('/');
        switch (entry.type) {
            case 'directory':
                this.set(key, { kind: 'dir' });
                return drain(content);
            case 'file':
                this.set(key, await this.hashFile(top, segments, content));
                return;
            case 'symlink': {
                const target = entry.link ?? (content ? await this.readLink(content) : Buffer.alloc(0));
                this.set(key, { kind: 'symlink', target: target.toString('utf8') });
                if (entry.link)
                    await drain(content);
                return;
            }
            case 'hardlink':
                this.set(key, this.hardLink(entry.link ?? Buffer.alloc(0)));
                return drain(content);
            case 'special':
                this.set(key, { kind: 'special', what: entry.what ?? 'special file' });
                return drain(content);
            case 'unsupported':
                this.set(key, { kind: 'problem', problem: entry.what ?? 'an entry of a kind this tool cannot read' });
                return drain(content);
        }
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
            problem: existing.kind === 'problem' && record.kind === 'problem' ? record.problem : CONFLICT,
        });
    }
    async hashFile(top, segments, content) {
        const rel = segments.slice(1).join('/');
        const hash = (0,external_node_crypto_.createHash)('sha512');
        const marker = segments.length === 2 && segments[1] === '.htaccess' ? new MarkerHasher() : null;
        const cap = this.captured[rel];
        const kept = cap === undefined ? null : [];
        let size = 0;
        if (content) {
            for await (const chunk of content) {
                if (this.countBytes)
                    this.budget.addBytes(chunk.length);
                hash.update(chunk);
                marker?.update(chunk);
                size += chunk.length;
                if (kept && cap !== undefined && size <= cap)
                    kept.push(chunk);
            }
        }
        const record = { kind: 'file', hash: hash.digest('hex'), size };
        if (marker)
            record.marker = marker.digest();
        if (kept && cap !== undefined) {
            // A server's signature file is tens of MB at the largest: decoded now, it is held only
            // as its compact table; other small files are kept as the chunks read.
            if (size > cap)
                record.tooLarge = size;
            else if (this.signatures.has(rel))
                record.signature = await (0,signature/* decodeSignature */.xd)(kept);
            else
                record.content = kept;
        }
        return record;
    }
    /** A zip symbolic link's target is its content; refuse anything longer than a path can be. */
    async readLink(content) {
        const parts = [];
        let size = 0;
        for await (const chunk of content) {
            if (this.countBytes)
                this.budget.addBytes(chunk.length);
            size += chunk.length;
            if (size <= 4096)
                parts.push(chunk);
        }
        if (size > 4096)
            throw new errors/* ArchiveError */.d(`a symbolic link in the archive has a ${size}-byte target, longer than any path; the archive is corrupt`);
        return Buffer.concat(parts);
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
            throw new errors/* ArchiveError */.d(`${path} holds no folder${unsafe}`, hint);
        }
        if (this.tops.size > 1) {
            const names = [...this.tops.keys()];
            const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
            throw new errors/* ArchiveError */.d(`${path} has ${names.length} entries at its top level (${shown}), not one folder`, hint);
        }
        const [top, info] = [...this.tops][0];
        if (info.nonDir)
            throw new errors/* ArchiveError */.d(`${path}: its top-level entry "${top}" is not a folder`, hint);
        return top;
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/detect.ts
/**
 * Which archive format a file is, from its first bytes (the extension is only a hint in
 * messages): gzip, bzip2, zip, or a plain tar (ustar magic, or a valid old-style header).
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
        throw new errors/* ArchiveError */.d(`cannot read ${path}: ${code === 'EACCES' ? 'permission denied' : (code ?? e.message)}`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
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
/** The format of the archive at `path`, or an ArchiveError saying what it is instead. */
function detectArchiveFormat(path) {
    const head = readHead(path, 512);
    if (head.length === 0)
        throw new errors/* ArchiveError */.d(`${path} is empty, not an archive`);
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'tar.gz';
    if (head.subarray(0, 3).toString('latin1') === 'BZh' && head[3] !== undefined && head[3] >= 0x31 && head[3] <= 0x39)
        return 'tar.bz2';
    if (head[0] === 0x50 && head[1] === 0x4b && [0x0304, 0x0506, 0x0708].includes(((head[2] ?? 0) << 8) | (head[3] ?? 0)))
        return 'zip';
    if (head.subarray(257, 262).toString('latin1') === 'ustar' || validTarChecksum(head))
        return 'tar';
    const hint = 'Pass a release archive (.tar.gz, .tgz, .tar.bz2, .tar or .zip) or the folder of an app or server.';
    if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) {
        throw new errors/* ArchiveError */.d(`${path} is xz-compressed, which this tool does not read`, hint);
    }
    if (head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) {
        throw new errors/* ArchiveError */.d(`${path} is zstd-compressed, which this tool does not read`, hint);
    }
    throw new errors/* ArchiveError */.d(`${path} is not an archive this tool reads (no tar, gzip, bzip2 or zip signature in its first bytes)`, hint);
}

// EXTERNAL MODULE: ./src/engine/archive/limits.ts
var archive_limits = __webpack_require__(323);
// EXTERNAL MODULE: ./src/engine/profiles/index.ts + 7 modules
var profiles = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/engine/rules/app-id.ts
var app_id = __webpack_require__(2447);
// EXTERNAL MODULE: ./src/engine/target.ts
var target = __webpack_require__(6681);
// EXTERNAL MODULE: ./src/engine/php/ksort.ts
var ksort = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/engine/rules/selection.ts
var selection = __webpack_require__(228);
;// CONCATENATED MODULE: ./src/engine/archive/source.ts






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
/** The files `target.profile` covers, hashed, in walk order. */
function archiveFiles(scan, target, extraExcluded = [], onLinkedFolder) {
    const select = (0,selection/* createSelector */.Mz)(target.profile, extraExcluded);
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
                out.push({ rel, hash, bytes: record.size });
                break;
            }
            case 'symlink': {
                const to = resolveLink(scan, rel, record.target);
                if (to.kind === 'dir') {
                    onLinkedFolder?.(rel); // upstream neither hashes nor descends a linked folder
                    break;
                }
                if (to.kind === 'file')
                    out.push({ rel, hash: to.hash, bytes: to.size });
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
    const seen = new Set(out.map((f) => f.rel));
    for (const u of scan.unsafe) {
        if (seen.has(u.name))
            continue;
        seen.add(u.name);
        out.push(problem(u.name, u.problem));
    }
    // The walk's order: byte order of the paths (see walkTree).
    return out.sort((a, b) => (0,ksort/* binaryCompare */.$Y)(a.rel, b.rel));
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
    if (record.tooLarge !== undefined || record.size > signature/* MAX_SIGNATURE_BYTES */.my) {
        return { kind: 'missing', reason: `the signature file is ${record.size} bytes, over the ${signature/* MAX_SIGNATURE_BYTES */.my}-byte limit` };
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
    const name = (0,profiles/* chooseProfileName */.Cj)(options.profile ?? 'auto', options.signaturePath, () => (0,profiles/* detectProfileOf */.eJ)(archiveProbe(scan)), `cannot tell what ${scan.path} holds: its folder ${scan.top}/ has no appinfo/ (an app) and no core/ with version.php (a server)`);
    const profile = (0,profiles/* getProfile */.E$)(name, options.signaturePath);
    const scope = (0,target/* resolveScope */.HV)(profile, options.appId, () => {
        const infoXml = smallText(scan, 'appinfo/info.xml');
        return infoXml === null ? null : (0,app_id/* appIdFromInfoXml */.cY)(infoXml);
    }, scan.top);
    return { root: `${scan.path}/${scan.top}`, profile, ...scope };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./node_modules/unbzip2-stream/lib/bit_iterator.js
var bit_iterator = __webpack_require__(7685);
var bit_iterator_default = /*#__PURE__*/__webpack_require__.n(bit_iterator);
// EXTERNAL MODULE: ./node_modules/unbzip2-stream/lib/bzip2.js
var bzip2 = __webpack_require__(9226);
var bzip2_default = /*#__PURE__*/__webpack_require__.n(bzip2);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(7679);
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
    /** Receives each decoded byte (a closure over locals: this is the decoder's hot path). */
    emitByte;
    /** Pushes the bytes decoded so far. */
    flushOut;
    constructor(options = {}) {
        super();
        const maxOutput = options.maxOutput ?? Infinity;
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
            if (e instanceof engine_errors/* UsageError */.eb)
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

;// CONCATENATED MODULE: ./src/engine/archive/tar.ts
/**
 * Reading a tar archive (plain, gzip or bzip2) as one stream: file → decompressor → byte
 * counter (the --max-size budget) → tar-stream's parser. Each entry's data is handed to the
 * collector as it passes; nothing is buffered beyond the streams' own windows.
 */






/** Counts the uncompressed tar stream against the budget, and how long it was. */
class Counter extends external_node_stream_.Transform {
    budget;
    total = 0;
    constructor(budget) {
        super({ highWaterMark: 1 << 20 });
        this.budget = budget;
    }
    _transform(chunk, _encoding, callback) {
        this.total += chunk.length;
        try {
            this.budget.addBytes(chunk.length);
        }
        catch (e) {
            return callback(e);
        }
        callback(null, chunk);
    }
}
function corrupt(path, format, e) {
    if (e instanceof errors/* ArchiveError */.d)
        return e;
    const err = e;
    const message = err?.message ?? String(e);
    const hint = 'Download the archive again; if it still fails, it is damaged at its source.';
    if (err?.syscall || (err?.code && /^E[A-Z]+$/.test(err.code))) {
        return new errors/* ArchiveError */.d(`cannot read ${path}: ${err.code ?? message}`);
    }
    if (/unexpected end|premature|truncated/i.test(message)) {
        return new errors/* ArchiveError */.d(`${path} is truncated: the ${format} data ends early (${message})`, hint);
    }
    if (/tar header|unknown format|Invalid header|Header exceeds/i.test(message)) {
        return new errors/* ArchiveError */.d(`${path} is corrupt or not a tar archive inside its ${format === 'tar' ? 'file' : 'compression'} (${message})`, hint);
    }
    return new errors/* ArchiveError */.d(`${path} is corrupt (${format}: ${message})`, hint);
}
/** A header's name as bytes: pax names are UTF-8 text, others are raw bytes (read as latin1). */
function nameBytes(value, fromPax) {
    return Buffer.from(value ?? '', fromPax ? 'utf8' : 'latin1');
}
function rawEntry(header) {
    const pax = (header.pax ?? null);
    const name = nameBytes(header.name, typeof pax?.path === 'string');
    const link = header.linkname ? nameBytes(header.linkname, typeof pax?.linkpath === 'string') : undefined;
    const withLink = (e) => (link === undefined ? e : { ...e, link });
    switch (header.type) {
        case 'file':
        case 'contiguous-file':
            return { name, type: 'file' };
        case 'directory':
            return { name, type: 'directory' };
        case 'symlink':
            return withLink({ name, type: 'symlink' });
        case 'link':
            return withLink({ name, type: 'hardlink' });
        case 'fifo':
            return { name, type: 'special', what: 'FIFO' };
        case 'character-device':
        case 'block-device':
            return { name, type: 'special', what: 'device' };
        default:
            return {
                name,
                type: 'unsupported',
                what: 'a tar entry of a kind this tool does not read (sparse file, volume label or unknown type); it is not read',
            };
    }
}
/** Stream the tar archive at `path` into `collector`. */
async function readTar(path, format, collector, budget) {
    const input = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    const decompressor = format === 'tar.gz'
        ? (0,external_node_zlib_.createGunzip)({ chunkSize: 1 << 18 })
        : format === 'tar.bz2'
            ? new Bunzip2({ maxOutput: budget.limits.maxBytes, limitError: () => budget.sizeError() })
            : null;
    const counter = new Counter(budget);
    const extract = (0,tar_stream.extract)({ filenameEncoding: 'latin1', allowUnknownFormat: true });
    let failure = null;
    const fail = (e) => {
        failure ??= corrupt(path, format, e);
        extract.destroy(failure);
    };
    input.on('error', fail);
    decompressor?.on('error', fail);
    counter.on('error', fail);
    let upstream = input;
    if (decompressor)
        upstream = upstream.pipe(decompressor);
    upstream.pipe(counter).pipe(extract);
    let entries = 0;
    let dataEnd = 0;
    try {
        for await (const entry of extract) {
            const header = entry.header;
            entries += 1;
            const offset = header.byteOffset ?? 0;
            dataEnd = offset + Math.ceil((header.size ?? 0) / 512) * 512;
            await collector.add(rawEntry(header), entry);
        }
    }
    catch (e) {
        throw failure ?? corrupt(path, format, e);
    }
    finally {
        input.destroy();
        decompressor?.destroy();
        counter.destroy();
    }
    if (failure)
        throw failure;
    // tar-stream accepts a stream cut exactly between two entries; a real archive ends with
    // at least one zero block (GNU tar writes two, padded to a 10 KiB record).
    if (entries === 0)
        throw new errors/* ArchiveError */.d(`${path} is an empty tar archive`);
    if (counter.total - dataEnd < 512) {
        throw new errors/* ArchiveError */.d(`${path} is truncated: the tar data stops after an entry, without the end-of-archive marker`, 'Download the archive again; if it still fails, it is damaged at its source.');
    }
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/engine/archive/zip.ts
/**
 * Reading a zip archive with yauzl: the central directory (the zip's authoritative list),
 * then each entry's data streamed once, in order. Names are decoded here, not by yauzl,
 * so an unsafe name becomes a finding instead of aborting the whole archive.
 */


const S_IFMT = 0o170000;
const zip_utf8 = new TextDecoder('utf-8', { fatal: true });
function zip_corrupt(path, e) {
    if (e instanceof errors/* ArchiveError */.d)
        return e;
    const err = e;
    const message = err?.message ?? String(e);
    if (err?.syscall)
        return new errors/* ArchiveError */.d(`cannot read ${path}: ${err.code ?? message}`);
    const hint = 'Download the archive again; if it still fails, it is damaged at its source.';
    if (/end of central directory|unexpected EOF|end of file|truncated/i.test(message)) {
        return new errors/* ArchiveError */.d(`${path} is truncated or not a complete zip archive (${message})`, hint);
    }
    return new errors/* ArchiveError */.d(`${path} is a corrupt zip archive (${message})`, hint);
}
/**
 * The entry name as UTF-8 bytes, the way PHP's ZipArchive (libzip) sees it: the UTF-8 flag
 * or valid UTF-8 bytes are taken as they are; otherwise the Info-ZIP Unicode Path field,
 * or CP437 as the zip specification says.
 */
function entryName(entry) {
    const raw = entry.fileNameRaw;
    if (entry.generalPurposeBitFlag & 0x800)
        return raw;
    try {
        zip_utf8.decode(raw);
        return raw;
    }
    catch {
        return Buffer.from(yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true), 'utf8');
    }
}
function classify(entry, name) {
    const host = entry.versionMadeBy >> 8;
    const unixMode = host === 3 ? (entry.externalFileAttributes >>> 16) & S_IFMT : 0;
    const dosFolder = host === 0 && (entry.externalFileAttributes & 0x10) !== 0 && entry.uncompressedSize === 0;
    if (name[name.length - 1] === 0x2f || unixMode === 0o040000 || dosFolder)
        return { name, type: 'directory' };
    if (unixMode === 0o120000)
        return { name, type: 'symlink' };
    if (unixMode === 0o010000)
        return { name, type: 'special', what: 'FIFO' };
    if (unixMode === 0o020000 || unixMode === 0o060000)
        return { name, type: 'special', what: 'device' };
    if (unixMode === 0o140000)
        return { name, type: 'special', what: 'socket' };
    if (entry.isEncrypted())
        return { name, type: 'unsupported', what: 'encrypted zip entry; it is not read' };
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        return { name, type: 'unsupported', what: `zip entry compressed with method ${entry.compressionMethod}, which this tool cannot read` };
    }
    return { name, type: 'file' };
}
/** Stream the zip archive at `path` into `collector`. */
async function readZip(path, collector, budget) {
    let zip;
    try {
        zip = await yauzl.openPromise(path, {
            lazyEntries: true,
            decodeStrings: false,
            validateEntrySizes: true,
            strictFileNames: true,
            autoClose: false,
        });
    }
    catch (e) {
        throw zip_corrupt(path, e);
    }
    try {
        if (zip.entryCount > budget.limits.maxEntries)
            budget.addEntry(); // fails fast; the count is in the central directory
        if (zip.entryCount === 0)
            throw new errors/* ArchiveError */.d(`${path} is an empty zip archive`);
        let declared = 0;
        for await (const entry of zip.eachEntry()) {
            const raw = classify(entry, entryName(entry));
            if (raw.type === 'file' || raw.type === 'symlink') {
                declared += entry.uncompressedSize;
                if (declared > budget.limits.maxBytes) {
                    budget.addBytes(declared - budget.bytes); // declared sizes alone pass the limit: stop before inflating
                }
                const stream = await zip.openReadStreamPromise(entry);
                await collector.add(raw, stream);
            }
            else {
                await collector.add(raw);
            }
        }
    }
    catch (e) {
        throw zip_corrupt(path, e);
    }
    finally {
        zip.close();
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/index.ts
/**
 * Verifying a release archive without extracting it: one streamed pass hashes every entry
 * and keeps the signature file; the result is a Target plus a TreeSource, so verifyTarget
 * runs the same steps as for a folder.
 *
 *   const { target, source } = await openArchiveTarget('/tmp/tricky.tar.gz', { appId });
 *   const result = await verifyTarget({ target, source, trust });
 */












/** Whether `path` is a regular file (so `verify` treats it as an archive, not a folder). */
function isRegularFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** Read the archive at `path` once: hashes, links, the small files needed later. */
async function scanArchive(path, options = {}) {
    const abs = (0,external_node_path_.resolve)(path);
    if (!isRegularFile(abs))
        throw new errors/* ArchiveError */.d(`${path} is not a file`);
    const limits = {
        maxBytes: options.maxBytes ?? archive_limits/* DEFAULT_LIMITS */.dR.maxBytes,
        maxEntries: options.maxEntries ?? archive_limits/* DEFAULT_LIMITS */.dR.maxEntries,
    };
    const format = detectArchiveFormat(abs);
    const budget = new archive_limits/* Budget */.__(limits, path);
    const collector = new Collector(budget, format === 'zip', options.signaturePath ? [options.signaturePath] : []);
    if (format === 'zip')
        await readZip(abs, collector, budget);
    else
        await readTar(abs, format, collector, budget);
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
    const unsafe = collector.unsafe.map((u) => (u.name.startsWith(prefix) ? { ...u, name: u.name.slice(prefix.length) } : u));
    return {
        path: abs,
        format,
        top,
        records,
        folders,
        unsafe,
        entries: budget.entries,
        bytes: budget.bytes,
        duplicates: collector.duplicates,
    };
}
/** Scan an archive and say what to verify in it: the Target and the TreeSource for verifyTarget. */
async function openArchiveTarget(path, options = {}) {
    const scan = await scanArchive(path, options);
    const target = archiveTarget(scan, options);
    return { target, source: archiveSource(scan), scan };
}


/***/ })

};
