export const id = 361;
export const ids = [361];
export const modules = {

/***/ 9361:
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
var signature = __webpack_require__(1779);
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/engine/archive/bzip2-wasm.ts
/**
 * One bzip2 block at a time through libbzip2 1.0.8 compiled to WebAssembly (the `.wasm` of the
 * bzip2-wasm package, instantiated here directly: its JavaScript glue is not used, so nothing
 * but the one binary file has to survive bundling).
 *
 * A block is cut out of its stream by bit offsets. It is decoded as a stream of its own,
 * built in the WebAssembly memory: the `BZh` header with the original block size, the block's
 * bits (from its 48-bit block magic to where the next magic starts), then the end-of-stream
 * magic and, as the stream CRC, the block's own CRC (for a stream of one block, the combined
 * CRC is the block CRC). libbzip2 checks the block CRC against the decoded bytes and the
 * stream CRC against the block CRC, and it fails unless the block ends exactly where the
 * end-of-stream marker was put: a wrong cut never decodes.
 *
 * Runs in the decoding workers (bzip2-worker.ts), and on the calling thread for tests.
 */


/** The largest output of one block: 900,000 bytes of run-length pairs, each 4 bytes + a count up to 251 → 255 bytes. */
const MAX_BLOCK_OUTPUT = (900_000 / 5) * 255;
const BZ_OUTBUFF_FULL = -8;
const INTERNAL_ERROR = -100;
const REASONS = {
    [-3]: 'out of memory while decoding a block',
    [-4]: 'data integrity error (a block is corrupt: bad CRC or invalid data)',
    [-5]: 'bad block header',
    [-7]: 'a block ends early',
    [BZ_OUTBUFF_FULL]: 'a block decodes to more than allowed',
};
const BLOCK_MAGIC_HI = 0x3141;
const BLOCK_MAGIC_LO = 0x59265359;
const EOS_MAGIC_HI = 0x1772;
const EOS_MAGIC_LO = 0x45385090;
/** The path of the `.wasm` file: beside the bundle in dist/, or in node_modules when run from source. */
function wasmPath() {
    const here = import.meta.url;
    if (!here.endsWith('.ts'))
        return new URL(['.', 'bzip2.wasm'].join('/'), here).pathname;
    return (0,external_node_module_.createRequire)(here).resolve('bzip2-wasm/bzip2-1.0.8/bzip2.wasm');
}
const Wasm = globalThis.WebAssembly;
let compiled = null;
/** The compiled decoder (once per process; workers receive it and do not compile again). */
function bzip2WasmModule() {
    compiled ??= new Wasm.Module((0,external_node_fs_.readFileSync)(wasmPath()));
    return compiled;
}
class LibbzipError extends Error {
}
function instantiate(module) {
    let memory = null;
    const mem = () => memory;
    const env = {
        // libbzip2 calls exit() only from bz_internal_error (an assertion inside the library).
        exit: (code) => {
            throw new LibbzipError(`libbzip2 stopped (internal error ${code})`);
        },
        emscripten_memcpy_big: (dest, src, num) => {
            new Uint8Array(mem().buffer).copyWithin(dest, src, src + num);
        },
        emscripten_resize_heap: (requested) => {
            const current = mem().buffer.byteLength;
            const wanted = Math.max(requested >>> 0, Math.min(current * 2, current + 64 * 1024 * 1024));
            try {
                mem().grow(Math.ceil((wanted - current) / 65536));
                return 1;
            }
            catch {
                return 0;
            }
        },
    };
    const wasi = {
        fd_close: () => 0,
        fd_seek: () => 70, // ESPIPE: there are no files here
        // Messages libbzip2 prints before an internal error are dropped; report them as written.
        fd_write: (_fd, iov, iovcnt, pnum) => {
            const view = new DataView(mem().buffer);
            let total = 0;
            for (let i = 0; i < iovcnt; i++)
                total += view.getUint32(iov + i * 8 + 4, true);
            view.setUint32(pnum, total, true);
            return 0;
        },
    };
    const instance = new Wasm.Instance(module, { env, wasi_snapshot_preview1: wasi });
    const exports = instance.exports;
    memory = exports.memory;
    exports.emscripten_stack_init?.();
    exports.__wasm_call_ctors?.();
    return exports;
}
/** Read `count` (≤ 32) bits at bit offset `bit` of `data`, most significant first. */
function readBits(data, bit, count) {
    let value = 0;
    for (let i = 0; i < count; i++) {
        const b = bit + i;
        value = value * 2 + ((data[b >>> 3] >>> (7 - (b & 7))) & 1);
    }
    return value >>> 0;
}
/** Write the low `count` (≤ 32) bits of `value` at bit offset `bit` of `out` (the bits there must be 0). */
function writeBits(out, bit, value, count) {
    for (let i = 0; i < count; i++) {
        if (Math.floor(value / 2 ** (count - 1 - i)) & 1) {
            const b = bit + i;
            out[b >>> 3] = out[b >>> 3] | (0x80 >>> (b & 7));
        }
    }
}
/** Outputs above this leave a lot of touched WebAssembly memory behind: start a fresh instance after them. */
const RESET_AFTER_BYTES = 16 * 1024 * 1024;
class BlockDecoder {
    module;
    wasm;
    src = 0;
    srcSize = 0;
    dst = 0;
    dstSize = 0;
    lenPtr = 0;
    constructor(module = bzip2WasmModule()) {
        this.module = module;
        this.wasm = this.fresh();
    }
    fresh() {
        const wasm = instantiate(this.module);
        this.src = this.dst = 0;
        this.srcSize = this.dstSize = 0;
        this.lenPtr = wasm.malloc(4);
        return wasm;
    }
    reserve(which, size) {
        const w = this.wasm;
        if (which === 'src') {
            if (this.srcSize < size) {
                if (this.src)
                    w.free(this.src);
                this.src = w.malloc(size);
                this.srcSize = this.src ? size : 0;
            }
            return this.src;
        }
        if (this.dstSize < size) {
            if (this.dst)
                w.free(this.dst);
            this.dst = w.malloc(size);
            this.dstSize = this.dst ? size : 0;
        }
        return this.dst;
    }
    decode(job) {
        try {
            return this.run(job);
        }
        catch (e) {
            // A trap or an internal error leaves the instance in an unknown state.
            this.wasm = this.fresh();
            return { ok: false, code: INTERNAL_ERROR, reason: e instanceof Error ? e.message : String(e) };
        }
    }
    run(job) {
        const { data, startBit, endBit, level, cap } = job;
        const bits = endBit - startBit;
        if (bits < 80 || level < 1 || level > 9 || cap < 0)
            return { ok: false, code: -4, reason: REASONS[-4] };
        if (readBits(data, startBit, 16) !== BLOCK_MAGIC_HI || readBits(data, startBit + 16, 32) !== BLOCK_MAGIC_LO) {
            return { ok: false, code: -5, reason: REASONS[-5] };
        }
        const crc = readBits(data, startBit + 48, 32);
        // Header (4 bytes) + the block + end-of-stream magic and CRC (80 bits), rounded up.
        const srcLen = 4 + Math.ceil((bits + 80) / 8);
        const src = this.reserve('src', srcLen);
        const dst = this.reserve('dst', Math.max(1, cap));
        if (!src || !dst)
            return { ok: false, code: -3, reason: REASONS[-3] };
        let heap = new Uint8Array(this.wasm.memory.buffer);
        heap[src] = 0x42; // B
        heap[src + 1] = 0x5a; // Z
        heap[src + 2] = 0x68; // h
        heap[src + 3] = 0x30 + level;
        const out = heap.subarray(src + 4, src + srcLen);
        const first = startBit >>> 3;
        const shift = startBit & 7;
        const whole = Math.ceil(bits / 8);
        if (shift === 0) {
            out.set(data.subarray(first, first + whole));
        }
        else {
            const back = 8 - shift;
            const last = Math.min(whole, data.length - first - 1);
            for (let i = 0; i < last; i++)
                out[i] = (data[first + i] << shift) | (data[first + i + 1] >>> back);
            for (let i = last; i < whole; i++)
                out[i] = data[first + i] << shift;
        }
        // Clear what follows the block's last bit, then append the end-of-stream marker and CRC.
        out.fill(0, whole);
        if (bits & 7)
            out[whole - 1] = out[whole - 1] & (0xff << (8 - (bits & 7)));
        writeBits(out, bits, EOS_MAGIC_HI, 16);
        writeBits(out, bits + 16, EOS_MAGIC_LO, 32);
        writeBits(out, bits + 48, crc, 32);
        new DataView(this.wasm.memory.buffer).setUint32(this.lenPtr, cap, true);
        const code = this.wasm.BZ2_bzBuffToBuffDecompress(dst, this.lenPtr, src, srcLen, 0, 0);
        heap = new Uint8Array(this.wasm.memory.buffer);
        let result;
        let touched = 0;
        if (code === 0) {
            const n = new DataView(this.wasm.memory.buffer).getUint32(this.lenPtr, true);
            result = { ok: true, out: heap.slice(dst, dst + n), crc };
            touched = n;
        }
        else {
            result = { ok: false, code, reason: REASONS[code] ?? `libbzip2 error ${code}` };
            if (code === BZ_OUTBUFF_FULL)
                touched = cap;
        }
        if (touched > RESET_AFTER_BYTES)
            this.wasm = this.fresh();
        return result;
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-parallel.ts
/**
 * bzip2 decompression on several threads, as a Node stream: compressed bytes in, the
 * decoded bytes out, strictly in order.
 *
 * bzip2 blocks are independent: each starts with the 48-bit magic 0x314159265359 at any bit
 * offset, and a stream ends with 0x177245385090 and the stream CRC. As the input arrives it
 * is scanned for both magics; each span from one magic to the next is, presumably, a block,
 * and is decoded by a worker running libbzip2 (bzip2-wasm.ts). A span is only a guess: the
 * magic can also occur by chance inside compressed data. So a block is accepted only in
 * order, starting where the previous accepted block ended (the first one right after the
 * stream header), and only when libbzip2 decoded it with its CRC checked and ending exactly
 * at the next magic. If the span fails, the next magic is taken for a false one and the span
 * is extended to the magic after it, up to the largest size a block can have; only then is
 * the data called corrupt. Speculative spans that start at a false magic are never reached
 * and are dropped. The stream CRC is recomputed from the accepted blocks' CRCs and compared
 * with the one stored after the end-of-stream magic; streams may follow one another.
 *
 * Memory is bounded: at most `maxBlocksInFlight` blocks are decoding or waiting to be read
 * (a block decodes to about 1 MB, 46 MB at worst), and the input is not read further while
 * they are all taken, so a slow reader stops the reading. Every failure (a worker, the
 * decoder, an early end) ends the stream with an error.
 */





function defaultBzip2Workers() {
    return Math.max(1, (0,external_node_os_.availableParallelism)());
}
/**
 * A decoding worker's JavaScript heap holds little (its buffers live outside it): a small
 * young generation keeps each worker's memory about 5 MB smaller, and the cap on the old one
 * is far above what it uses.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 32 };
/**
 * Start a decoding worker. Its entry file sits beside this module: the bundle copies
 * bzip2-worker.js into each dist folder. Run from source (tests, benchmarks under tsx), the
 * TypeScript entry is loaded through tsx, which a worker does not inherit by itself.
 */
function startWorker(workerData) {
    const here = import.meta.url;
    // Built at run time so that the bundler leaves it alone.
    const entry = (name) => new URL(['.', name].join('/'), here);
    if (!here.endsWith('.ts'))
        return new external_node_worker_threads_.Worker(entry('bzip2-worker.js'), { workerData, resourceLimits: WORKER_LIMITS });
    const tsx = import.meta.resolve('tsx/esm/api');
    const source = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry('bzip2-worker.ts').href)}); })`;
    return new external_node_worker_threads_.Worker(source, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
}
/** The decoder itself failed (a worker or the WebAssembly file): not the archive's fault. */
function decoderFailure(why) {
    return new errors/* ArchiveError */.d(`cannot decompress bzip2 data: ${why}`, 'This is a fault of this code-integrity installation, not of the archive: its bzip2-worker.js and bzip2.wasm must sit beside the program (reinstall it).');
}
/**
 * Worker threads that decode bzip2 blocks. Started on first use; idle workers do not keep the
 * process alive. Several decompressors may share one pool (the owner closes it). With 0
 * workers, blocks are decoded on the calling thread.
 */
class Bzip2Pool {
    size;
    slots = [];
    nextId = 0;
    inline = null;
    closed = false;
    /** Input buffers back from the workers, for the next blocks (so that no thread piles up garbage). */
    spare = [];
    constructor(workers = defaultBzip2Workers()) {
        this.size = Math.max(0, Math.floor(workers));
    }
    /** A buffer for a block's input: pass it in a job, it comes back for reuse. */
    buffer(size) {
        for (let i = this.spare.length - 1; i >= 0; i--) {
            const spare = this.spare[i];
            if (spare.byteLength >= size) {
                this.spare.splice(i, 1);
                return new Uint8Array(spare, 0, size);
            }
        }
        return new Uint8Array(new ArrayBuffer(Math.ceil(size / SPARE_ROUNDING) * SPARE_ROUNDING), 0, size);
    }
    recycle(buffer) {
        if (buffer === undefined || buffer.byteLength === 0 || this.spare.length >= 2 * this.size + 4)
            return;
        this.spare.push(buffer);
    }
    /** Decode one block; `job.data`'s buffer is transferred to the worker (and later reused: it must be the whole buffer from `buffer()`, or a copy). */
    decode(job) {
        if (this.closed)
            return Promise.reject(new Error('the bzip2 decoding pool is closed'));
        if (this.size === 0) {
            try {
                this.inline ??= new BlockDecoder();
            }
            catch (e) {
                return Promise.reject(decoderFailure(e instanceof Error ? e.message : String(e)));
            }
            const result = this.inline.decode(job);
            this.recycle(job.data.buffer);
            return Promise.resolve(result);
        }
        let slot;
        try {
            slot = this.pick();
        }
        catch (e) {
            return Promise.reject(decoderFailure(`a decoding worker cannot start (${e instanceof Error ? e.message : String(e)})`));
        }
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            slot.pending.set(id, { resolve, reject });
            if (slot.pending.size === 1)
                slot.worker.ref();
            slot.worker.postMessage({ id, job }, [job.data.buffer]);
        });
    }
    pick() {
        let best = null;
        for (const slot of this.slots)
            if (best === null || slot.pending.size < best.pending.size)
                best = slot;
        if (best !== null && (best.pending.size === 0 || this.slots.length >= this.size))
            return best;
        return this.spawn();
    }
    spawn() {
        const worker = startWorker({ module: bzip2WasmModule() });
        const slot = { worker, pending: new Map() };
        worker.unref();
        const fail = (why) => {
            const i = this.slots.indexOf(slot);
            if (i < 0)
                return;
            this.slots.splice(i, 1);
            const error = decoderFailure(`a decoding worker failed (${why})`);
            for (const p of slot.pending.values())
                p.reject(error);
            slot.pending.clear();
            void worker.terminate();
        };
        worker.on('message', (msg) => {
            this.recycle(msg.input);
            const p = slot.pending.get(msg.id);
            if (!p)
                return;
            slot.pending.delete(msg.id);
            if (slot.pending.size === 0)
                worker.unref();
            p.resolve(msg.result);
        });
        worker.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
        worker.on('exit', (code) => fail(`exit code ${code}`));
        this.slots.push(slot);
        return slot;
    }
    close() {
        this.closed = true;
        const slots = this.slots.splice(0);
        const error = new Error('the bzip2 decoding pool was closed');
        for (const slot of slots) {
            for (const p of slot.pending.values())
                p.reject(error);
            slot.pending.clear();
        }
        return Promise.all(slots.map((s) => s.worker.terminate())).then(() => undefined);
    }
}
const MAGIC_BLOCK = [0x31, 0x41, 0x59, 0x26, 0x53, 0x59];
const MAGIC_EOS = [0x17, 0x72, 0x45, 0x38, 0x50, 0x90];
/**
 * The scanner's table. A magic at bit `shift` of byte i covers bytes i+1…i+5 entirely; of
 * the four byte pairs among them, two start at an even position. So looking at every even
 * position, one table look-up per two bytes finds every candidate, which is then checked.
 */
const PROBES = [];
const PAIR_TO_PROBES = new Int16Array(65536).fill(-1);
for (const [eos, magic] of [
    [false, MAGIC_BLOCK],
    [true, MAGIC_EOS],
]) {
    const bits = magic.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1));
    for (let shift = 0; shift < 8; shift++) {
        const pattern = [0, 0, 0, 0, 0, 0, 0];
        const mask = [0, 0, 0, 0, 0, 0, 0];
        bits.forEach((bit, i) => {
            const at = shift + i;
            const byte = at >> 3;
            mask[byte] = mask[byte] | (0x80 >> (at & 7));
            if (bit)
                pattern[byte] = pattern[byte] | (0x80 >> (at & 7));
        });
        for (let offset = 1; offset <= 4; offset++) {
            const pair = (pattern[offset] << 8) | pattern[offset + 1];
            let list = PAIR_TO_PROBES[pair];
            if (list < 0) {
                list = PROBES.length;
                PROBES.push([]);
                PAIR_TO_PROBES[pair] = list;
            }
            PROBES[list].push({ eos, shift, offset, pattern, mask });
        }
    }
}
/** The compressed size a block of `level` cannot exceed: 20-bit codes for every symbol, plus tables. */
function maxBlockBits(level) {
    return (level * 100_000 * 2.5 + 65_536) * 8;
}
/** Block input buffers are allocated in multiples of this, so that they fit later blocks. */
const SPARE_ROUNDING = 256 * 1024;
/** Small input chunks are gathered into buffers of this size. */
const STAGE_SIZE = 64 * 1024;
/** Overlap kept between scans, so that a magic across two input chunks is found (with its header before it). */
const SCAN_OVERLAP = 16;
const TRUNCATED = 'unexpected end of data (the bzip2 stream is truncated)';
/** A Duplex stream: write bzip2 data, read the decompressed bytes. */
class Bzip2Decompressor extends external_node_stream_.Duplex {
    stats = { streams: 0, blocks: 0, retries: 0, maxBlocksQueued: 0, maxInputHeld: 0 };
    pool;
    ownPool;
    window;
    maxOutput;
    limitError;
    // Input held from `heldStart` (a byte offset) on.
    held = [];
    heldStart = 0;
    /** Where small chunks are gathered (the last held buffer is a view of it). */
    stage = null;
    stageUsed = 0;
    received = 0;
    tail = Buffer.alloc(0);
    ended = false;
    /** No block boundary within the largest block size: the input is not read further. */
    stalled = false;
    // Magics found, in order; those before `head` are behind the current position.
    cands = [];
    head = 0;
    lastCand = -1;
    specLevel = 0;
    /** Index of the next candidate to start a speculative job for. */
    nextSpec = 0;
    jobs = new Map();
    // Position of the in-order reader.
    phase = 'header';
    hdrByte = 0;
    pos = 0;
    level = 0;
    crc = 0;
    blockInStream = 0;
    firstError = null;
    emitted = 0;
    wantRead = false;
    /** The reader cannot move until more input arrives (read on even with the window full). */
    waiting = false;
    pendingWrite = null;
    failed = false;
    done = false;
    pumping = false;
    again = false;
    constructor(options = {}) {
        super({ readableHighWaterMark: 1 << 20 });
        this.ownPool = options.pool === undefined;
        this.pool = options.pool ?? new Bzip2Pool(options.workers ?? defaultBzip2Workers());
        this.window = Math.max(2, Math.floor(options.maxBlocksInFlight ?? 2 * this.pool.size));
        this.maxOutput = options.maxOutput ?? Infinity;
        this.limitError = options.limitError ?? (() => new Error('bzip2: output limit reached'));
    }
    // ---- stream plumbing
    _write(chunk, _encoding, callback) {
        if (this.failed)
            return callback();
        this.addInput(chunk);
        this.pump();
        if (this.needInput() || this.failed)
            callback();
        else
            this.pendingWrite = callback;
    }
    _final(callback) {
        this.ended = true;
        this.pump();
        callback();
    }
    _read() {
        this.wantRead = true;
        this.pump();
    }
    _destroy(error, callback) {
        this.failed = true;
        this.jobs.clear();
        this.held = [];
        this.cands = [];
        const write = this.pendingWrite;
        this.pendingWrite = null;
        write?.();
        if (this.ownPool)
            void this.pool.close();
        callback(error);
    }
    fail(error) {
        if (this.failed)
            return;
        this.failed = true;
        this.destroy(error);
    }
    needInput() {
        return !this.ended && !this.failed && !this.stalled && (this.jobs.size < this.window || this.waiting);
    }
    /** Run the reader and the dispatcher until neither can move (re-entered through push → _read). */
    pump() {
        if (this.pumping) {
            this.again = true;
            return;
        }
        this.pumping = true;
        try {
            do {
                this.again = false;
                this.dispatch();
                this.advance();
                this.dispatch();
            } while (this.again && !this.failed);
        }
        catch (e) {
            this.fail(e instanceof Error ? e : new Error(String(e)));
        }
        finally {
            this.pumping = false;
        }
        if (this.pendingWrite && (this.needInput() || this.failed)) {
            const write = this.pendingWrite;
            this.pendingWrite = null;
            write();
        }
    }
    // ---- input and scanning
    addInput(chunk) {
        if (chunk.length === 0)
            return;
        const base = this.received - this.tail.length;
        this.hold(chunk);
        this.received += chunk.length;
        this.stats.maxInputHeld = Math.max(this.stats.maxInputHeld, this.received - this.heldStart);
        const buf = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
        this.scan(buf, base);
        this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - SCAN_OVERLAP)));
        if (this.received * 8 - Math.max(0, this.lastCand) > maxBlockBits(9) + 64)
            this.stalled = true;
    }
    /** Find the magics in `buf` (which starts at byte `base` of the input). */
    scan(buf, base) {
        const len = buf.length;
        let found = null;
        for (let k = 0; k + 1 < len; k += 2) {
            const list = PAIR_TO_PROBES[(buf[k] << 8) | buf[k + 1]];
            if (list < 0)
                continue;
            for (const probe of PROBES[list]) {
                const i = k - probe.offset;
                if (i < 0 || i + 7 > len)
                    continue;
                let match = true;
                for (let j = 0; j < 7 && match; j++)
                    match = (buf[i + j] & probe.mask[j]) === probe.pattern[j];
                if (match)
                    (found ??= []).push({ bit: (base + i) * 8 + probe.shift, eos: probe.eos, at: i });
            }
        }
        if (found === null)
            return;
        found.sort((a, b) => a.bit - b.bit);
        for (const f of found) {
            if (f.bit <= this.lastCand)
                continue;
            this.lastCand = f.bit;
            // A stream header "BZh1"…"BZh9" right before a byte-aligned block magic: a stream (probably) starts here.
            if (!f.eos && f.bit % 8 === 0 && f.at >= 4 && buf[f.at - 4] === 0x42 && buf[f.at - 3] === 0x5a && buf[f.at - 2] === 0x68) {
                const digit = buf[f.at - 1] - 0x30;
                if (digit >= 1 && digit <= 9)
                    this.specLevel = digit;
            }
            this.cands.push({ bit: f.bit, eos: f.eos, level: this.specLevel });
        }
    }
    /**
     * Keep a chunk of input. Small chunks are copied together into 64 KiB buffers, so that
     * the list stays short however the input is cut (a writer may send single bytes).
     */
    hold(chunk) {
        if (chunk.length >= STAGE_SIZE / 4) {
            this.held.push(chunk);
            this.stage = null;
            return;
        }
        if (this.stage === null || this.stageUsed + chunk.length > STAGE_SIZE) {
            this.stage = Buffer.allocUnsafeSlow(STAGE_SIZE);
            this.stageUsed = 0;
        }
        const stage = this.stage;
        const from = this.stageUsed;
        chunk.copy(stage, from);
        this.stageUsed += chunk.length;
        // When the last held buffer is a view of the stage ending here, it grows over the new
        // bytes (bytes already held never change); otherwise a new view starts.
        const at = this.held.length - 1;
        const last = this.held[at];
        if (last !== undefined && last.buffer === stage.buffer && last.byteOffset + last.length === from) {
            this.held[at] = stage.subarray(last.byteOffset, this.stageUsed);
        }
        else {
            this.held.push(stage.subarray(from, this.stageUsed));
        }
    }
    /** A copy of input bytes [from, to), into `out` when given. */
    bytes(from, to, out = new Uint8Array(to - from)) {
        let at = this.heldStart;
        for (const chunk of this.held) {
            const end = at + chunk.length;
            if (end > from && at < to) {
                const a = Math.max(from, at);
                const b = Math.min(to, end);
                out.set(chunk.subarray(a - at, b - at), a - from);
            }
            if (end >= to)
                break;
            at = end;
        }
        return out;
    }
    /** `count` (≤ 32) bits of the input at bit offset `bit`. */
    bits(bit, count) {
        const first = Math.floor(bit / 8);
        const data = this.bytes(first, Math.ceil((bit + count) / 8));
        let value = 0;
        for (let i = 0; i < count; i++) {
            const b = bit - first * 8 + i;
            value = value * 2 + ((data[b >>> 3] >>> (7 - (b & 7))) & 1);
        }
        return value >>> 0;
    }
    /** Forget the input before byte `byte`. */
    dropBefore(byte) {
        while (this.held.length > 0) {
            const first = this.held[0];
            if (this.heldStart + first.length > byte)
                break;
            this.heldStart += first.length;
            this.held.shift();
        }
    }
    // ---- decoding
    start(start, end, level) {
        const cap = Math.max(0, Math.min(MAX_BLOCK_OUTPUT, this.maxOutput - this.emitted + 1));
        const job = { start, end, level, cap, result: null };
        this.jobs.set(start, job);
        this.stats.maxBlocksQueued = Math.max(this.stats.maxBlocksQueued, this.jobs.size);
        const first = Math.floor(start / 8);
        const last = Math.ceil(end / 8);
        const data = this.bytes(first, last, this.pool.buffer(last - first));
        this.pool.decode({ data, startBit: start - first * 8, endBit: end - first * 8, level, cap }).then((result) => {
            if (this.failed || this.jobs.get(start) !== job)
                return;
            job.result = result;
            this.pump();
        }, (error) => this.fail(error));
        return job;
    }
    /** Start speculative jobs: each block magic up to the next magic, while the window has room. */
    dispatch() {
        if (this.failed)
            return;
        if (this.nextSpec < this.head)
            this.nextSpec = this.head;
        while (this.jobs.size < this.window && this.nextSpec + 1 < this.cands.length) {
            const c = this.cands[this.nextSpec];
            const next = this.cands[this.nextSpec + 1];
            this.nextSpec += 1;
            if (c.eos || c.level === 0 || this.jobs.has(c.bit) || c.bit < this.pos)
                continue;
            if (next.bit - c.bit > maxBlockBits(c.level))
                continue;
            this.start(c.bit, next.bit, c.level);
        }
    }
    /** The candidate at or after `bit`, dropping those before it (and their speculative jobs). */
    candidateFrom(bit) {
        while (this.head < this.cands.length && this.cands[this.head].bit < bit) {
            this.jobs.delete(this.cands[this.head].bit);
            this.head += 1;
        }
        if (this.head > 4096 && this.head * 2 > this.cands.length) {
            this.cands = this.cands.slice(this.head);
            this.nextSpec -= this.head;
            this.head = 0;
        }
        return this.cands[this.head];
    }
    /**
     * The reader needs more input: returns false (wait for it), or fails the stream when no more
     * will come.
     */
    starve() {
        if (this.ended)
            return this.fail(new Error(TRUNCATED));
        if (this.stalled) {
            return this.fail(this.corrupt(`no block boundary within the largest block size after byte ${Math.floor(this.lastCand / 8)}`));
        }
        this.waiting = true;
    }
    corrupt(what) {
        return new Error(`bzip2 data is corrupt: ${what}`);
    }
    /** The in-order reader: headers, accepted blocks (their bytes pushed out), end-of-stream CRCs. */
    advance() {
        this.waiting = false;
        while (!this.failed && !this.done) {
            if (this.phase === 'header') {
                if (this.hdrByte >= this.received && this.ended) {
                    if (this.stats.streams === 0)
                        return this.fail(new Error('no bzip2 data (the input is empty)'));
                    this.done = true;
                    if (this.ownPool)
                        void this.pool.close();
                    this.push(null);
                    return;
                }
                if (this.hdrByte + 4 > this.received) {
                    if (this.ended && this.stats.streams > 0)
                        return this.fail(this.trailing());
                    return this.starve();
                }
                const header = this.bytes(this.hdrByte, this.hdrByte + 4);
                const level = header[3] - 0x30;
                if (header[0] !== 0x42 || header[1] !== 0x5a || header[2] !== 0x68 || level < 1 || level > 9) {
                    return this.fail(this.stats.streams === 0 ? new Error('not bzip2 data (no BZh header)') : this.trailing());
                }
                this.stats.streams += 1;
                this.level = level;
                this.crc = 0;
                this.blockInStream = 0;
                this.pos = (this.hdrByte + 4) * 8;
                this.phase = 'blocks';
                this.dropBefore(this.hdrByte);
                continue;
            }
            const c = this.candidateFrom(this.pos);
            if (c === undefined)
                return this.starve();
            if (c.bit !== this.pos)
                return this.fail(this.corrupt(`no block starts where one must (byte ${Math.floor(this.pos / 8)})`));
            if (c.eos) {
                if (this.received * 8 < this.pos + 80)
                    return this.starve();
                const stored = this.bits(this.pos + 48, 32);
                if (stored !== this.crc) {
                    return this.fail(this.corrupt(`the stream CRC does not match its blocks (stored ${hex(stored)}, computed ${hex(this.crc)})`));
                }
                this.phase = 'header';
                this.hdrByte = Math.ceil((this.pos + 80) / 8);
                continue;
            }
            let job = this.jobs.get(this.pos);
            if (job === undefined || job.level !== this.level) {
                const next = this.cands[this.head + 1];
                if (next === undefined)
                    return this.starve();
                if (next.bit - this.pos > maxBlockBits(this.level))
                    return this.fail(this.blockError('no block end within the largest block size'));
                if (job !== undefined)
                    this.stats.retries += 1;
                job = this.start(this.pos, next.bit, this.level);
            }
            const result = job.result;
            if (result === null)
                return; // still decoding
            if (!result.ok) {
                if (result.code === BZ_OUTBUFF_FULL && job.cap < MAX_BLOCK_OUTPUT)
                    return this.fail(this.limitError());
                if (result.code === INTERNAL_ERROR)
                    return this.fail(new Error(`bzip2: ${result.reason}`));
                // Perhaps the magic at the span's end was found by chance inside this block: try up to the next one.
                this.firstError ??= result.reason;
                let i = this.head + 1;
                while (i < this.cands.length && this.cands[i].bit <= job.end)
                    i++;
                const further = this.cands[i];
                if (further === undefined) {
                    if (this.ended || this.stalled)
                        return this.fail(this.blockError(this.firstError));
                    return this.starve();
                }
                if (further.bit - this.pos > maxBlockBits(this.level))
                    return this.fail(this.blockError(this.firstError));
                this.stats.retries += 1;
                this.start(this.pos, further.bit, this.level);
                continue;
            }
            if (!this.wantRead)
                return; // the reader is behind: keep the block until it asks
            if (this.emitted + result.out.length > this.maxOutput)
                return this.fail(this.limitError());
            this.jobs.delete(this.pos);
            this.firstError = null;
            this.crc = (((this.crc << 1) | (this.crc >>> 31)) ^ result.crc) >>> 0;
            this.emitted += result.out.length;
            this.stats.blocks += 1;
            this.blockInStream += 1;
            this.pos = job.end;
            this.dropBefore(Math.floor(this.pos / 8));
            if (result.out.length > 0) {
                this.wantRead = this.push(Buffer.from(result.out.buffer, result.out.byteOffset, result.out.length));
            }
        }
    }
    blockError(reason) {
        return this.corrupt(`block ${this.blockInStream + 1} of stream ${this.stats.streams} (at byte ${Math.floor(this.pos / 8)}): ${reason}`);
    }
    trailing() {
        return this.corrupt(`unexpected data after the end of the bzip2 stream (at byte ${this.hdrByte})`);
    }
}
function hex(n) {
    return n.toString(16).padStart(8, '0');
}
/** A stream that decompresses bzip2 (one or more concatenated streams), decoding blocks on worker threads. */
function createBzip2Decompressor(options = {}) {
    return new Bzip2Decompressor(options);
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
            ? createBzip2Decompressor({ maxOutput: budget.limits.maxBytes, limitError: () => budget.sizeError() })
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
