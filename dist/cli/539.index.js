export const id = 539;
export const ids = [539];
export const modules = {

/***/ 7487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gR: () => (/* binding */ Collector)
});

// UNUSED EXPORTS: CAPTURED, EMPTY_SHA512, capturedRel

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/signature.ts + 2 modules
var signature = __webpack_require__(1779);
// EXTERNAL MODULE: ./src/engine/archive/errors.ts
var errors = __webpack_require__(1736);
;// CONCATENATED MODULE: ./src/engine/archive/entries.ts
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
/** A tar hard link: the entry it names among `records` (the entries of `firstTop` extracted so far). */
function hardLinkRecord(records, firstTop, link) {
    const name = decodeName(link);
    const { segments, badAt, unsafe } = normalize(name);
    if (unsafe || badAt > 0 || segments.length < 2 || segments[0] !== firstTop) {
        return { kind: 'problem', problem: `hard link to "${name.text}", outside the archive's folder; it is not read` };
    }
    const target = records.get(segments.slice(1).join('/'));
    if (target === undefined) {
        return { kind: 'problem', problem: `hard link to "${name.text}", which is not in the archive before it; it is not read` };
    }
    if (target.kind === 'dir')
        return { kind: 'problem', problem: `hard link to the folder "${name.text}"; it is not read` };
    return { ...target }; // same content (and kept bytes, and .htaccess marker hash) as the entry it names
}

// EXTERNAL MODULE: ./src/engine/archive/extractors.ts
var extractors = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/engine/rules/htaccess.ts
var htaccess = __webpack_require__(4726);
// EXTERNAL MODULE: ./src/engine/rules/unhashed.ts
var unhashed = __webpack_require__(6718);
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
const CONFLICT = 'appears more than once in the archive with different contents or kinds; tools that extract it disagree on which copy wins, so neither is trusted';
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
            this.set(key, { kind: 'problem', problem: unhashed/* UNHASHED */.x.notUtf8 });
            return;
        }
        this.place(entry, segments.slice(1).join('/'), segments, content);
    }
    /** Records (or starts reading) an entry of the first top folder under `key`, by its kind. */
    place(entry, key, segments, content) {
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
                const record = hardLinkRecord(this.records, this.firstTop, entry.link ?? Buffer.alloc(0));
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
    /**
     * Whether `entry`'s bytes must come through data(): a link's target, a file kept or read
     * by a rule (signatures, info.xml, the root .htaccess), anything when files are not hashed.
     * Any other file may be hashed elsewhere and handed over with hashed().
     */
    needsBytes(entry) {
        if (entry.type !== 'file' || !this.hashing)
            return true;
        const { segments } = normalize(decodeName(entry.name));
        if (segments.length < 2)
            return true;
        const rel = segments.slice(1).join('/');
        return rel === '.htaccess' || this.extraCaptured.has(rel) || CAPTURED[capturedRel(rel)] !== undefined;
    }
    /** The current entry's SHA-512 (hex) and size, computed elsewhere, in place of its data() (see needsBytes). */
    hashed(digest, size) {
        const sink = this.sink;
        if (sink.kind === 'drop')
            return;
        if (sink.kind !== 'file' || sink.kept !== null || sink.marker !== null)
            throw new Error('hashed() for an entry whose bytes are needed');
        if (this.options.countBytes)
            this.budget.addBytes(size);
        sink.size = size;
        sink.digest = digest;
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
        const hash = sink.digest ?? (sink.hash ? sink.hash.digest('hex') : '');
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
            marker: segments.length === 2 && segments[1] === '.htaccess' ? new htaccess/* MarkerHasher */.qE() : null,
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


/***/ }),

/***/ 6539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* reexport safe */ _source_js__WEBPACK_IMPORTED_MODULE_8__.i),
/* harmony export */   i3: () => (/* binding */ scanArchive),
/* harmony export */   openArchiveTarget: () => (/* binding */ openArchiveTarget),
/* harmony export */   yG: () => (/* reexport safe */ _source_js__WEBPACK_IMPORTED_MODULE_8__.yG)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _fs_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5118);
/* harmony import */ var _collect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7487);
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(349);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1736);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(323);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9946);
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
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    if (!(0,_fs_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .isRegularFile */ .Z)(abs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ArchiveError */ .di(`${path} is not a file`);
    const limits = {
        maxBytes: options.maxBytes ?? _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LIMITS */ .dR.maxBytes,
        maxEntries: options.maxEntries ?? _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LIMITS */ .dR.maxEntries,
    };
    const reader = (0,_detect_js__WEBPACK_IMPORTED_MODULE_5__/* .detectArchiveReader */ .p)(abs);
    const format = reader.format;
    const budget = new _limits_js__WEBPACK_IMPORTED_MODULE_7__/* .Budget */ .__(limits, path);
    const collector = new _collect_js__WEBPACK_IMPORTED_MODULE_4__/* .Collector */ .gR(budget, {
        countBytes: format === 'zip',
        extraCaptured: options.signaturePath ? [options.signaturePath] : [],
        hash: options.hash !== false,
    });
    const read = {
        ...(options.stallMs === undefined ? {} : { stallMs: options.stallMs }),
        ...(options.parallelZipFrom === undefined ? {} : { parallelFrom: options.parallelZipFrom }),
    };
    await reader.read(abs, collector, budget, read);
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
        fileBytes: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).size,
        ms: node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now() - started,
        duplicates: collector.duplicates,
        collisions: clashes.pairs,
        collisionCount: clashes.count,
    };
}
/** Scan an archive and say what to verify in it: the Target and the TreeSource for verifyTarget. */
async function openArchiveTarget(path, options = {}) {
    const scan = await scanArchive(path, options);
    const target = (0,_source_js__WEBPACK_IMPORTED_MODULE_8__/* .archiveTarget */ .i)(scan, options);
    return { target, source: (0,_source_js__WEBPACK_IMPORTED_MODULE_8__/* .archiveSource */ .yG)(scan), scan };
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
/* harmony import */ var _rules_selection_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(228);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1779);
/* harmony import */ var _extractors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1306);
/* harmony import */ var _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6718);









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
    out.push(problem(rel, `extractors write this entry differently: ${(0,_extractors_js__WEBPACK_IMPORTED_MODULE_7__/* .describeDissent */ .Mi)(differing)}`));
}
/** Why a path below a link or a file is not read. */
function belowNonFolder(rel, above) {
    return problem(rel, above.record.kind === 'symlink'
        ? `lies below the symbolic link "${above.path}" in the archive: extracting it would write through the link; it is not read`
        : `lies below "${above.path}", which the archive holds as a file, not a folder; it is not read`);
}
/** A regular file as hashed (the root .htaccess by its marker rule), with the other extractors' views. */
function addFile(scan, target, select, rel, record, out) {
    let hash = record.hash;
    if (select.htaccess(rel)) {
        if (record.marker === undefined) {
            out.push(problem(rel, 'the root .htaccess is a hard link in the archive, so its marker rule cannot be applied; it is not read'));
            return;
        }
        hash = record.marker ?? record.hash;
    }
    if (record.others)
        withOthers(scan, target, rel, hash, record.size, record.others, out);
    else
        out.push({ rel, hash, bytes: record.size });
}
/** A symbolic link as upstream's walk reads it: the file it leads to, nothing for a folder, else a finding. */
function addLink(scan, target, rel, record, out, onLinkedFolder) {
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
        out.push(problem(rel, _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_6__/* .UNHASHED */ .x.linkOutside));
    else if (to.kind === 'dangling')
        out.push(problem(rel, _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_6__/* .UNHASHED */ .x.danglingLink(to.code)));
    else if (to.kind === 'special')
        out.push(problem(rel, _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_6__/* .UNHASHED */ .x.linkToNonFile));
    else
        out.push(problem(rel, 'symbolic link to an archive entry that is not trusted; it is not read'));
}
/**
 * Unsafe and disputed entries, reported whatever the profile excludes: no name rule may hide
 * what an extractor writes. A path already reported as a problem keeps its own reason.
 */
function addExtractorFindings(scan, out) {
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
}
/** The files `target.profile` covers, hashed, in walk order. */
function archiveFiles(scan, target, extraExcluded = [], onLinkedFolder) {
    const select = (0,_rules_selection_js__WEBPACK_IMPORTED_MODULE_8__/* .createSelector */ .Mz)(target.profile, extraExcluded);
    const out = [];
    for (const [rel, record] of scan.records) {
        if (record.kind === 'dir' || select.pruned(rel) || select.fileExcluded(rel))
            continue;
        const above = nonFolderAncestor(scan, rel);
        if (above)
            out.push(belowNonFolder(rel, above));
        else if (record.kind === 'file')
            addFile(scan, target, select, rel, record, out);
        else if (record.kind === 'symlink')
            addLink(scan, target, rel, record, out, onLinkedFolder);
        else if (record.kind === 'special')
            out.push(problem(rel, _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_6__/* .UNHASHED */ .x.notRegular(record.what)));
        else
            out.push(problem(rel, record.problem));
    }
    addExtractorFindings(scan, out);
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
        return { kind: 'missing', reason: `extractors do not all write the signature file as it is: ${(0,_extractors_js__WEBPACK_IMPORTED_MODULE_7__/* .describeDissent */ .Mi)(record.others)}` };
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
