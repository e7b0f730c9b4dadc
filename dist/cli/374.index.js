export const id = 374;
export const ids = [374];
export const modules = {

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

/***/ 5374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ archiveReleaseProbe),
/* harmony export */   collisionNotes: () => (/* binding */ collisionNotes),
/* harmony export */   planReleaseArchive: () => (/* binding */ planReleaseArchive),
/* harmony export */   y: () => (/* binding */ archiveReleaseEntries)
/* harmony export */ });
/* harmony import */ var _hashing_hash_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2144);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3607);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9946);
/**
 * A server release archive checked whole (release.ts) from one scan: the core scope and each
 * app scope read their part of the scan, the `release` scope every entry.
 */



/** The archive's tree as the release planner sees it. */
function archiveReleaseProbe(scan) {
    const childFolders = (rel) => {
        const prefix = rel === '' ? '' : rel + '/';
        const out = [];
        for (const f of scan.folders) {
            if (!f.startsWith(prefix))
                continue;
            const rest = f.slice(prefix.length);
            if (rest !== '' && !rest.includes('/') && (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .isScanFolder */ .sR)(scan, f))
                out.push(rest);
        }
        return out;
    };
    return {
        topFolders: () => childFolders(''),
        folders: (rel) => childFolders(rel),
        isFolder: (rel) => (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .isScanFolder */ .sR)(scan, rel),
        isFile: (rel) => scan.records.get(rel)?.kind === 'file',
        text: (rel) => (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .smallText */ .ri)(scan, rel),
        coreSignedTops: () => {
            const record = scan.records.get('core/signature.json');
            const tops = new Set();
            if (record?.kind !== 'file' || record.signature?.kind !== 'ok')
                return tops;
            const hashes = record.signature.content.hashes;
            if (!(hashes instanceof _hashing_hash_table_js__WEBPACK_IMPORTED_MODULE_0__/* .HashTable */ .J))
                return tops;
            for (let i = 0; i < hashes.keyCount; i++)
                tops.add(String(hashes.keyAt(i)).split('/')[0]);
            return tops;
        },
    };
}
/** Every non-folder entry of the scan, for the release scope. */
function* archiveReleaseEntries(scan) {
    for (const [rel, record] of scan.records) {
        switch (record.kind) {
            case 'dir':
                continue;
            case 'file':
                yield { rel, kind: 'file', hash: () => record.hash };
                continue;
            case 'symlink':
                yield { rel, kind: 'symlink', toFolder: (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .linkLeadsToFolder */ .Dr)(scan, rel, record.target) };
                continue;
            case 'special':
                yield { rel, kind: 'special', problem: `${record.what}, not a regular file, and no signature covers it` };
                continue;
            case 'problem':
                yield { rel, kind: 'problem', problem: record.problem };
                continue;
        }
    }
}
/** Names that collide on macOS and Windows, as a note (extractors on Linux write both). */
function collisionNotes(scan) {
    if (scan.collisionCount === 0)
        return [];
    return [
        `${scan.collisionCount} name${scan.collisionCount === 1 ? '' : 's'} in the archive differ${scan.collisionCount === 1 ? 's' : ''} from another only in case or Unicode normalization: extracted on a case-insensitive or normalizing file system (macOS, Windows), one overwrites the other`,
    ];
}
/** The steps of a whole-release check of a scanned server archive whose core target is `core`. */
function planReleaseArchive(scan, core, trust) {
    const layout = (0,_release_js__WEBPACK_IMPORTED_MODULE_1__/* .planRelease */ .F3)(archiveReleaseProbe(scan), core.profile);
    const verified = layout.apps.filter((a) => a.verified);
    const root = `${scan.path}/${scan.top}`;
    const steps = [
        {
            target: core,
            source: (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveSource */ .yG)((0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutParts */ .TK)(scan, verified.map((a) => a.rel))),
            trust,
            extraExcluded: layout.appRoots,
        },
    ];
    const parts = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .splitScan */ .w)(scan, verified.map((a) => a.rel));
    for (const app of verified) {
        steps.push({
            target: { root: `${root}/${app.rel}`, profile: layout.appProfile, scope: app.id },
            source: (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .archiveSource */ .yG)(parts.get(app.rel)),
            trust,
        });
    }
    steps.push({
        release: () => (0,_release_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseScope */ .aT)({ layout, entries: archiveReleaseEntries(scan), root, notes: collisionNotes(scan) }),
    });
    return { steps, scopes: ['core', ...verified.map((a) => a.id), 'release'] };
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
