export const id = 19;
export const ids = [19];
export const modules = {

/***/ 1019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectArchive: () => (/* binding */ inspectArchive)
/* harmony export */ });
/* harmony import */ var _inspect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4398);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3607);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3643);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6539);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5374);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9946);
/**
 * `inspect ARCHIVE`: who signed each scope inside a release archive (core and every app of a
 * server release, or the one app), with chain, revocation and counts, from one streamed
 * read: the signature files are kept as they pass, nothing is extracted, nothing is hashed.
 */






async function scopeReport(scan, about, files, trust, now, out) {
    const read = await (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .archiveSignature */ .Ve)(scan, about.signaturePath);
    const root = scan.top; // a sub-scan's top names the app folder within the release
    if (read.kind === 'missing') {
        out.unsigned.push({ scope: about.scope, root, reason: read.reason });
        return;
    }
    const report = (0,_inspect_js__WEBPACK_IMPORTED_MODULE_0__/* .inspectContent */ .I)(read.content, {
        signaturePath: `${scan.path}/${root}/${about.signaturePath}`,
        scope: about.scope,
        profile: about.profileName,
        policy: (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .getProfile */ .E$)(about.profileName).revocation,
    }, trust, now);
    out.scopes.push({ ...report, files });
}
/** Inspect every signature inside the archive at `request.path`. */
async function inspectArchive(request) {
    const now = request.now ?? new Date();
    const scan = await (0,_index_js__WEBPACK_IMPORTED_MODULE_3__/* .scanArchive */ .i3)(request.path, { ...request, hash: false });
    const target = (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .archiveTarget */ .i)(scan, request);
    const out = {
        archive: { path: request.path, format: scan.format, fileBytes: scan.fileBytes, entries: scan.entries, bytes: scan.bytes, ms: scan.ms },
        scopes: [],
        unsigned: [],
    };
    const isServer = target.profile.kind === 'core' && target.profile.name !== 'generic';
    if (!isServer) {
        const files = (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .archiveFiles */ .a)(scan, target).length;
        const about = {
            scope: target.scope,
            profileName: target.profile.name,
            vendor: target.profile.vendor,
            signaturePath: target.profile.signaturePath,
        };
        await scopeReport(scan, about, files, request.trust, now, out);
        return out;
    }
    const layout = (0,_release_js__WEBPACK_IMPORTED_MODULE_1__/* .planRelease */ .F3)((0,_release_js__WEBPACK_IMPORTED_MODULE_4__/* .archiveReleaseProbe */ .M)(scan), target.profile);
    const coreFiles = (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .archiveFiles */ .a)(scan, target, layout.appRoots).length;
    const coreAbout = {
        scope: 'core',
        profileName: target.profile.name,
        vendor: target.profile.vendor,
        signaturePath: target.profile.signaturePath,
    };
    await scopeReport(scan, coreAbout, coreFiles, request.trust, now, out);
    const verified = layout.apps.filter((a) => a.verified); // the others: counted below, as verify reports them
    const parts = (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .splitScan */ .w)(scan, verified.map((a) => a.rel));
    for (const app of verified) {
        const part = parts.get(app.rel);
        const appTarget = { root: `${scan.path}/${scan.top}/${app.rel}`, profile: layout.appProfile, scope: app.id };
        const about = {
            scope: app.id,
            profileName: layout.appProfile.name,
            vendor: layout.vendor,
            signaturePath: layout.appProfile.signaturePath,
        };
        await scopeReport(part, about, (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .archiveFiles */ .a)(part, appTarget).length, request.trust, now, out);
    }
    // The release scope's own rules, counted (hashes are not computed by inspect).
    const release = (0,_release_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseScope */ .aT)({ layout, entries: (0,_release_js__WEBPACK_IMPORTED_MODULE_4__/* .archiveReleaseEntries */ .y)(scan), root: `${scan.path}/${scan.top}` });
    const unlisted = layout.shipped ? layout.apps.filter((a) => !a.shipped).map((a) => a.id) : [];
    out.release = {
        shippedApps: layout.shipped?.size ?? null,
        missingShippedApps: Object.keys(release.MISSING_FILE)
            .filter((k) => k.startsWith('apps/'))
            .map((k) => k.slice('apps/'.length)),
        unlistedApps: unlisted,
        uncovered: Object.keys(release.EXTRA_FILE).length - unlisted.length,
        notSignedByUpstream: Object.keys(release.notSignedByUpstream ?? {}).length,
    };
    return out;
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


/***/ })

};
