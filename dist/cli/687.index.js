export const id = 687;
export const ids = [687];
export const modules = {

/***/ 9130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T6: () => (/* binding */ assertTreeFolder),
  Hx: () => (/* binding */ runExplain)
});

// UNUSED EXPORTS: explainResult

// EXTERNAL MODULE: ./src/engine/archive/plan.ts
var plan = __webpack_require__(3679);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/rules/mimetypelist.ts
var mimetypelist = __webpack_require__(2608);
// EXTERNAL MODULE: ./src/engine/reference/release.ts
var reference_release = __webpack_require__(53);
;// CONCATENATED MODULE: ./src/engine/reference/tree-file.ts
/** Reading a file of the checked tree for explain and repair: capped, never through a link out of the tree. */



/** The file at `rel` below `root` (a link inside the tree is followed, as the walk does), or why it cannot be read. */
async function readTreeFile(root, rel, cap) {
    try {
        const rootReal = external_node_fs_.realpathSync.native(root);
        const real = external_node_fs_.realpathSync.native((0,external_node_path_.join)(root, rel));
        if (!real.startsWith(rootReal.endsWith(external_node_path_.sep) ? rootReal : rootReal + external_node_path_.sep))
            return { problem: 'leads out of the checked folder' };
        return await (0,reference_release/* readWithCap */.lF)((0,external_node_fs_.createReadStream)(real, { highWaterMark: 1 << 20 }), cap);
    }
    catch (e) {
        return { problem: `cannot be read (${e.code ?? e.message})` };
    }
}

// EXTERNAL MODULE: ./src/engine/reference/version.ts
var version = __webpack_require__(1800);
// EXTERNAL MODULE: ./src/engine/rules/htaccess.ts
var htaccess = __webpack_require__(4726);
;// CONCATENATED MODULE: ./src/engine/explain/directives.ts
/**
 * What changed in a web server or PHP configuration file the admin may have edited on
 * purpose: `.htaccess` (Apache directives, one per line) and `.user.ini` (PHP settings,
 * `key = value`). Comments and blank lines do not count; for the server's root `.htaccess`
 * only the part above the marker line is compared, as upstream hashes only that part.
 */

/** Whether `path` is a configuration file whose directives explain lists. */
function isDirectiveFile(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name === '.htaccess' || name === '.user.ini';
}
/** The part upstream hashes: above the marker when it occurs exactly once (the root .htaccess rule). */
function aboveMarker(text) {
    const parts = text.split(htaccess/* HTACCESS_MARKER */.Sp);
    return parts.length === 2 ? parts[0] : null;
}
/** Meaningful lines: trimmed, inner whitespace collapsed, no blank or comment lines. */
function directiveLines(text, ini) {
    const comment = ini ? /^[;#]/ : /^#/;
    return text
        .split(/\r\n|\n|\r/)
        .map((line) => line.trim().replace(/\s+/g, ' '))
        .filter((line) => line !== '' && !comment.test(line));
}
/** Lines of `a` that `b` lacks, counting repeats (a multiset difference, in `a`'s order). */
function without(a, b) {
    const left = new Map();
    for (const line of b)
        left.set(line, (left.get(line) ?? 0) + 1);
    return a.filter((line) => {
        const n = left.get(line) ?? 0;
        if (n === 0)
            return true;
        left.set(line, n - 1);
        return false;
    });
}
/** `key = value` settings of a .user.ini (the last one of a key wins, as PHP reads it). */
function iniSettings(lines) {
    const out = new Map();
    for (const line of lines) {
        const at = line.indexOf('=');
        if (at > 0)
            out.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
    }
    return out;
}
/**
 * The directives added in the tree and removed from the release's copy (either side may be
 * absent: an extra file adds all of its lines, a missing one removes them). `markerRule`: this
 * is the server's root .htaccess.
 */
function directiveChanges(path, release, tree, markerRule) {
    const ini = path.endsWith('.user.ini');
    const marked = markerRule ? [release, tree].map((t) => (t === null ? null : aboveMarker(t))) : [null, null];
    const useMarker = markerRule && marked.every((t, i) => t !== null || [release, tree][i] === null);
    const [before, after] = useMarker ? marked : [release, tree];
    const old = directiveLines(before ?? '', ini);
    const now = directiveLines(after ?? '', ini);
    const changes = {
        part: useMarker ? 'above the marker line' : 'whole file',
        added: without(now, old),
        removed: without(old, now),
        changed: [],
    };
    if (!ini)
        return changes;
    const was = iniSettings(changes.removed);
    const is = iniSettings(changes.added);
    for (const [key, value] of is) {
        const previous = was.get(key);
        if (previous === undefined)
            continue;
        changes.changed.push({ key, release: previous, tree: value });
        changes.added = changes.added.filter((line) => !line.startsWith(`${key} =`) && !line.startsWith(`${key}=`));
        changes.removed = changes.removed.filter((line) => !line.startsWith(`${key} =`) && !line.startsWith(`${key}=`));
    }
    return changes;
}

// EXTERNAL MODULE: ./src/engine/mimetypelist/index.ts + 4 modules
var engine_mimetypelist = __webpack_require__(1872);
// EXTERNAL MODULE: ./src/engine/php/json.ts
var json = __webpack_require__(1931);
;// CONCATENATED MODULE: ./src/engine/explain/mimetypes.ts
/**
 * core/js/mimetypelist.js on a server: which aliases (and, 32+, names) differ from the
 * shipped ones, from the admin's config/mimetypealiases.json (mimetypenames.json), and how
 * upstream's integrity-check rule treats the file on disk.
 */






function shown(list) {
    const value = (v) => (v === undefined ? null : (0,json/* phpJsonEncode */.Dy)(v, { escapeSlashes: false }));
    return list.map((d) => ({ key: String(d.key), shipped: value(d.shipped), current: value(d.current) }));
}
/** How the rule treats the file, in the words verify uses for its notes. */
function ruleText(root) {
    const tree = (0,engine_mimetypelist/* readMimetypeTree */.LF)(root);
    const outcome = (0,engine_mimetypelist/* mimetypelistHash */.Fu)(tree, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, mimetypelist/* MIMETYPELIST_PATH */.bF)));
    if (outcome.rule === 'excluded')
        return `${mimetypelist/* MIMETYPELIST_PATH */.bF} is neither signed nor checked on this server.`;
    return outcome.rule === 'regenerated-default' ? (0,mimetypelist/* mimetypelistAcceptedNote */.qu)() : (0,mimetypelist/* mimetypelistDiffersNote */.mB)(outcome);
}
/**
 * The server's alias differences, or a sentence saying why they cannot be told (no readable
 * version.php, an alias file upstream's generator fails on).
 */
function explainMimetypes(root) {
    try {
        const differences = (0,engine_mimetypelist/* aliasDifferences */.rl)((0,engine_mimetypelist/* readMimetypeTree */.LF)(root));
        return { aliases: shown(differences.aliases), names: shown(differences.names), ignored: differences.ignored, rule: ruleText(root) };
    }
    catch (e) {
        if (e instanceof engine_mimetypelist/* MimetypeListError */.T7)
            return `the aliases cannot be compared: upstream's generator fails with ${e.phpClass}: ${e.message}`;
        if (e instanceof errors/* UsageError */.eb)
            return `the aliases cannot be compared: ${e.message}`;
        if (e.syscall !== undefined)
            return `the aliases cannot be compared: ${e.message}`;
        throw e;
    }
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/engine/explain/text-diff.ts
/**
 * Comparing the release's copy of a file with the tree's: a unified diff (jsdiff's Myers diff)
 * when both are text and small enough, otherwise the reason there is none. Bounded twice, so
 * a hostile file cannot make explain slow or its output huge: each side is read up to
 * `maxBytes`, and a diff needing more than `maxEdits` line edits is not computed.
 */

const DEFAULT_DIFF_LIMITS = { maxBytes: 1024 * 1024, maxEdits: 5000 };
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** The bytes as text, or null for a binary file (a NUL byte, or not UTF-8, as git and most tools judge). */
function asText(bytes) {
    if (bytes.includes(0))
        return null;
    try {
        return utf8.decode(bytes);
    }
    catch {
        return null;
    }
}
/** The diff from `release` to `tree` (null: that side is over the size limit). */
function diffFiles(path, release, tree, limits = DEFAULT_DIFF_LIMITS) {
    if (release === null || tree === null)
        return { noDiff: `larger than ${limits.maxBytes} bytes: compare the sizes and hashes` };
    const before = asText(release);
    const after = asText(tree);
    if (before === null || after === null)
        return { noDiff: 'binary (or not UTF-8 text): compare the sizes and hashes' };
    const patch = (0,create/* structuredPatch */.YB)(`release/${path}`, `tree/${path}`, before, after, '', '', { context: 3, maxEditLength: limits.maxEdits });
    if (patch === undefined)
        return { noDiff: `too many differences to show (more than ${limits.maxEdits} changed lines)` };
    if (patch.hunks.length === 0)
        return { noDiff: 'the contents are identical' };
    return {
        hunks: patch.hunks.map((h) => ({
            oldStart: h.oldStart,
            oldLines: h.oldLines,
            newStart: h.newStart,
            newLines: h.newLines,
            lines: h.lines,
        })),
    };
}

;// CONCATENATED MODULE: ./src/engine/explain/explain-scope.ts
/**
 * Explaining one scope's findings against its verified counterpart in a release, in order:
 * read what is needed (the release's copies once, in one pass; the tree's files capped),
 * index the release's contents (to recognise moved and copied files), then say per finding
 * what it is: a diff, "present in the release", "not in this release", "same content as".
 */









const entries = (result, category) => Object.entries(result[category]);
function indexBy(pairs) {
    const out = new Map();
    for (const [path, hash] of pairs)
        out.set(hash, [...(out.get(hash) ?? []), path]);
    return out;
}
/** Step 1: read the release's copies (one pass) and the tree's files that are compared. */
async function readMaterial(input, release, cap) {
    const { result, root } = input;
    const wanted = new Set([(0,version/* versionFile */.T1)(input.profile)]);
    for (const [path] of entries(result, 'INVALID_HASH'))
        if (release.hashes.has(path))
            wanted.add(path);
    for (const [path] of entries(result, 'MISSING_FILE'))
        if (isDirectiveFile(path) && release.hashes.has(path))
            wanted.add(path);
    for (const [path] of entries(result, 'EXTRA_FILE'))
        if (isDirectiveFile(path) && release.hashes.has(path))
            wanted.add(path);
    const { files, unread } = await (0,reference_release/* readFilesCapped */.Tn)(release, wanted, cap);
    const treeFiles = new Map();
    for (const [path, finding] of [...entries(result, 'INVALID_HASH'), ...entries(result, 'EXTRA_FILE')]) {
        if (finding.problem)
            continue;
        if (result.INVALID_HASH[path] || isDirectiveFile(path))
            treeFiles.set(path, await readTreeFile(root, path, cap));
    }
    const extras = entries(result, 'EXTRA_FILE').filter(([, f]) => f.current !== '');
    return {
        release,
        releaseFiles: files,
        releaseUnread: unread,
        treeFiles,
        byHash: indexBy(release.hashes),
        extrasByHash: indexBy(extras.map(([path, f]) => [path, f.current])),
    };
}
/** The release's side of `path`: its size and signed hash, from the listing. */
function releaseSide(material, path) {
    const hash = material.release.hashes.get(path);
    if (hash === undefined)
        return undefined;
    const info = material.release.info(path);
    // The whole file's hash when it was read (for the root .htaccess the signed one covers only its part above the marker).
    return { size: info?.size ?? material.releaseFiles.get(path)?.size ?? 0, sha512: material.releaseFiles.get(path)?.sha512 ?? hash };
}
/** The tree's side of `path`: read, or its size on disk with the hash verify found. */
function treeSide(root, material, path, finding) {
    const read = material.treeFiles.get(path);
    if (read !== undefined && !('problem' in read))
        return { size: read.size, sha512: read.sha512 };
    if (finding.current === '')
        return undefined;
    try {
        return { size: (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, path)).size, sha512: finding.current };
    }
    catch {
        return undefined;
    }
}
/** The release's bytes of `path` when they were read and still are what was verified. */
function releaseBytes(input, material, path) {
    const read = material.releaseFiles.get(path);
    if (read === undefined)
        return { problem: `the release's copy ${material.releaseUnread.get(path) ?? 'could not be read'}` };
    const signed = material.release.hashes.get(path);
    const same = read.bytes !== null ? (0,reference_release/* signedHashOf */.e0)(input.profile, path, read.bytes) === signed : read.sha512 === signed;
    if (!same)
        return { problem: "the release's copy changed after it was verified; run again" };
    return { bytes: read.bytes };
}
const others = (paths, path) => (paths ?? []).filter((p) => p !== path).slice(0, 5);
/** An INVALID_HASH: the diff from the release's copy to the tree's, or why there is none. */
function explainChanged(input, material, path, finding) {
    const out = { path, category: 'INVALID_HASH', summary: 'content differs from the release' };
    const release = releaseSide(material, path);
    const tree = treeSide(input.root, material, path, finding);
    if (release)
        out.release = release;
    if (tree)
        out.tree = tree;
    const same = others(material.byHash.get(finding.current), path);
    if (same.length > 0)
        out.sameContentAs = same;
    if (finding.problem)
        return { ...out, noDiff: finding.problem };
    if (!release)
        return { ...out, summary: 'not in this release (the tree is signed for another release?)' };
    const fromRelease = releaseBytes(input, material, path);
    const fromTree = material.treeFiles.get(path);
    if ('problem' in fromRelease)
        return { ...out, noDiff: fromRelease.problem };
    if (fromTree === undefined || 'problem' in fromTree)
        return { ...out, noDiff: `the tree's file ${fromTree?.problem ?? 'could not be read'}` };
    const diff = diffFiles(path, fromRelease.bytes, fromTree.bytes, input.limits ?? DEFAULT_DIFF_LIMITS);
    if ('hunks' in diff)
        out.diff = diff.hunks;
    else
        out.noDiff = diff.noDiff;
    if (isDirectiveFile(path))
        out.directives = directives(input, path, fromRelease.bytes, fromTree.bytes);
    return out;
}
function directives(input, path, release, tree) {
    const text = (b) => (b === null ? null : asText(b));
    return directiveChanges(path, text(release), text(tree), input.profile.htaccessMarker && path === '.htaccess');
}
/** A MISSING_FILE: what the release has, and where its content is in the tree (moved). */
function explainMissing(input, material, path, finding) {
    const release = releaseSide(material, path);
    const out = {
        path,
        category: 'MISSING_FILE',
        summary: release
            ? `present in the release (${release.size} bytes)`
            : 'not in the release either (the tree is signed for another release?)',
    };
    if (release)
        out.release = release;
    const foundAt = (material.extrasByHash.get(finding.expected) ?? []).slice(0, 5);
    if (foundAt.length > 0)
        out.foundAt = foundAt;
    const read = material.releaseFiles.get(path);
    if (isDirectiveFile(path) && read?.bytes)
        out.directives = directives(input, path, read.bytes, null);
    return out;
}
/** An EXTRA_FILE: not in this release, or the same content as a release file elsewhere (moved or copied). */
function explainExtra(input, material, path, finding) {
    const inRelease = material.release.hashes.has(path);
    const out = {
        path,
        category: 'EXTRA_FILE',
        summary: inRelease ? 'in the release too, but not in the signature of this tree' : 'not in this release',
    };
    const tree = treeSide(input.root, material, path, finding);
    if (tree)
        out.tree = tree;
    if (inRelease)
        out.release = releaseSide(material, path);
    const same = others(material.byHash.get(finding.current), path);
    if (same.length > 0)
        out.sameContentAs = same;
    if (finding.problem)
        out.noDiff = finding.problem;
    const read = material.treeFiles.get(path);
    if (isDirectiveFile(path) && read && !('problem' in read) && read.bytes) {
        const releaseCopy = material.releaseFiles.get(path)?.bytes ?? null;
        out.directives = directives(input, path, releaseCopy, read.bytes);
    }
    return out;
}
/** Findings listed without a comparison (the release has no such scope). */
function unexplainedFiles(result) {
    const categories = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'];
    return categories.flatMap((category) => entries(result, category).map(([path]) => ({ path, category, summary: 'not compared' })));
}
/** Explain the findings of one scope. */
async function explainScope(input) {
    const { result } = input;
    const out = { scope: result.scope, root: result.root, reference: null, files: [], notes: [...result.notes] };
    if (result.EXCEPTION)
        out.exception = result.EXCEPTION;
    if (input.match === undefined || 'missing' in input.match) {
        out.unexplained = input.match?.missing ?? 'the release was not opened for this scope';
        out.files = unexplainedFiles(result);
        return out;
    }
    const release = input.match.release;
    out.reference = release.where;
    const material = await readMaterial(input, release, (input.limits ?? DEFAULT_DIFF_LIMITS).maxBytes);
    const versionCopy = material.releaseFiles.get((0,version/* versionFile */.T1)(input.profile))?.bytes;
    out.versions = {
        tree: (0,version/* readTreeVersion */.xD)(input.root, input.profile),
        release: versionCopy ? (0,version/* parseVersion */.ot)(input.profile, versionCopy.toString('utf8')) : null,
    };
    if (result.EXCEPTION)
        return out;
    for (const [path, f] of entries(result, 'INVALID_HASH'))
        out.files.push(explainChanged(input, material, path, f));
    for (const [path, f] of entries(result, 'MISSING_FILE'))
        out.files.push(explainMissing(input, material, path, f));
    for (const [path, f] of entries(result, 'EXTRA_FILE'))
        out.files.push(explainExtra(input, material, path, f));
    if (input.profile.mimetypelistRule &&
        (result.INVALID_HASH[mimetypelist/* MIMETYPELIST_PATH */.bF] || result.notes.some((n) => n.startsWith(mimetypelist/* MIMETYPELIST_PATH */.bF)))) {
        const mimetypes = explainMimetypes(input.root);
        if (typeof mimetypes === 'string')
            out.notes.push(`${mimetypelist/* MIMETYPELIST_PATH */.bF}: ${mimetypes}`);
        else {
            out.mimetypes = mimetypes;
            out.notes = out.notes.filter((note) => note !== mimetypes.rule); // said once, with the aliases
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/fs-kind.ts
var fs_kind = __webpack_require__(5118);
// EXTERNAL MODULE: ./src/engine/reference/open.ts + 3 modules
var reference_open = __webpack_require__(4605);
// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/engine/trust/store.ts
var store = __webpack_require__(3702);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/app/scope-targets.ts
var scope_targets = __webpack_require__(3300);
// EXTERNAL MODULE: ./src/app/verify-run.ts
var verify_run = __webpack_require__(2274);
;// CONCATENATED MODULE: ./src/app/explain-run.ts
/**
 * The explain use case, shared by the command line and the Action: verify the tree (or take
 * the Result verify already made), open and verify the reference release for the scopes with
 * findings, then explain each finding against it.
 */











/** The tree must be a folder: explain and repair compare files on disk. */
function assertTreeFolder(path, cwd, command) {
    if ((0,fs_kind/* isDirectory */.w)((0,external_node_path_.resolve)(cwd, path)))
        return;
    throw new errors/* UsageError */.eb(`${path} is not a folder: ${command} works on an app or server folder`, 'To look into a release archive, extract it and pass its folder.');
}
/** Verify the tree at `request.path`, then explain its findings against the reference. */
async function runExplain(request) {
    assertTreeFolder(request.path, request.cwd, 'explain');
    const result = await (0,verify_run/* runVerification */.t)({ ...request, paths: [request.path] });
    return { result, explanation: await explainResult(result, request) };
}
/** Explain the findings of a Result verify made (the Action's `reference` input uses this directly). */
async function explainResult(result, request) {
    const explanation = { clean: true, reference: request.reference, scopes: [], tool: { name: src_version/* TOOL_NAME */.l, version: src_version/* VERSION */.x } };
    const withFindings = result.scopes.filter((s) => (0,engine_result/* findingCount */.dQ)(s) > 0);
    if (withFindings.length === 0)
        return explanation;
    explanation.clean = false;
    const targets = withFindings.map((s) => (0,scope_targets/* scopeTarget */.K)(s, request.cwd));
    const trust = await (0,store/* loadTrustStore */.Kl)(request.trust, request.cwd, request.crl);
    const reference = await (0,reference_open/* openReference */.e)({
        release: request.reference,
        cwd: request.cwd,
        trust,
        limits: (0,plan/* archiveLimits */.L)(request.maxSize, request.maxEntries),
        download: request.download,
    }, targets.filter((t) => t !== null));
    try {
        for (const [i, scope] of withFindings.entries()) {
            const target = targets[i];
            if (target === null || target === undefined) {
                explanation.scopes.push(notAFolder(scope.scope, scope.root));
                continue;
            }
            const match = reference.matches.get(target.scope);
            explanation.scopes.push(await explainScope({
                result: scope,
                root: target.root,
                profile: target.profile,
                match,
                ...(request.diff ? { limits: request.diff } : {}),
            }));
        }
    }
    finally {
        reference.close();
    }
    return explanation;
}
function notAFolder(scope, root) {
    return { scope, root, reference: null, unexplained: 'the checked tree is not a folder on disk', files: [], notes: [] };
}


/***/ }),

/***/ 3300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ scopeTarget)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_fs_kind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5118);
/* harmony import */ var _engine_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3643);
/**
 * The Target of each scope of a verify Result, for the use cases that work on the verified
 * tree afterwards (explain, repair): its folder on disk, profile and scope. Reports show a
 * root relative to the folder the paths were given from, so it resolves against that.
 */



/** The scope's target, or null when its root is not a folder on disk (an archive). */
function scopeTarget(scope, cwd) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, scope.root);
    if (!(0,_engine_fs_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .isDirectory */ .w)(root))
        return null;
    const profile = (0,_engine_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .getProfile */ .E$)(scope.profile, scope.signaturePath ?? undefined);
    return { root, profile, scope: scope.scope };
}


/***/ }),

/***/ 7092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ REFERENCE_HELP),
/* harmony export */   Zy: () => (/* binding */ downloadOptions),
/* harmony export */   jS: () => (/* binding */ REFERENCE_OPTIONS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7988);
/** The options explain and repair share: where the reference release is, how to trust it and fetch it. */



const REFERENCE_OPTIONS = {
    reference: { type: 'string' },
    trust: { type: 'string', multiple: true },
    crl: { type: 'string', multiple: true },
    'download-ca': { type: 'string' },
    'max-size': { type: 'string' },
    'max-entries': { type: 'string' },
    baseline: { type: 'string' },
};
const REFERENCE_HELP = `  --trust T          trusted roots for the tree and the reference: nextcloud (default), owncloud,
                     or a PEM file; repeatable
  --crl C            revocation list: nextcloud (bundled) or a CRL file; repeatable
  --download-ca FILE an https:// reference: also trust this PEM CA for the download (a mirror
                     with a private CA); NODE_EXTRA_CA_CERTS works too
  --max-size N       the reference archive (and its download): at most N bytes (default 8G)
  --max-entries N    the reference archive: at most N entries (default 1000000)
  --baseline FILE    findings of DIR a baseline accepts are left alone (default: .code-integrity.yml at
                     each scope's root, if present; none: no baseline; see docs/baseline.md)`;
/** The download settings from --download-ca. */
function downloadOptions(values, io) {
    const path = values['download-ca'];
    if (path === undefined)
        return {};
    try {
        return { ca: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveFrom */ .dx)(io.cwd, path)) };
    }
    catch (e) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read --download-ca ${path}: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFsError */ .TQ)(e)}`);
    }
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

/***/ 4605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ openReference)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/fs-kind.ts
var fs_kind = __webpack_require__(5118);
// EXTERNAL MODULE: ./src/engine/release-plan.ts + 1 modules
var release_plan = __webpack_require__(2689);
// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/engine/target.ts
var target = __webpack_require__(6681);
// EXTERNAL MODULE: ./src/engine/verify.ts + 3 modules
var verify = __webpack_require__(471);
// EXTERNAL MODULE: ./src/engine/archive/collect.ts + 1 modules
var collect = __webpack_require__(7487);
// EXTERNAL MODULE: ./src/engine/archive/detect.ts + 9 modules
var detect = __webpack_require__(349);
// EXTERNAL MODULE: ./src/engine/archive/index.ts
var archive = __webpack_require__(6539);
// EXTERNAL MODULE: ./src/engine/archive/limits.ts
var archive_limits = __webpack_require__(323);
// EXTERNAL MODULE: ./src/engine/archive/release.ts
var archive_release = __webpack_require__(5374);
;// CONCATENATED MODULE: ./src/engine/reference/archive-adapter.ts
/**
 * The one place where explain and repair use the archive readers of ../archive/. Everything
 * else of reference/ sees three operations: scan an archive once (hashes, sizes, signature
 * files), the verification step of one scope inside it (the same step `verify` plans for that
 * archive), and stream it again to hand over the bytes of chosen files, never extracting it.
 * When the readers change, only this file follows.
 */





/** Scan `path` once: every entry hashed, the signature files decoded. */
async function scanRelease(path, limits) {
    const full = { ...archive_limits/* DEFAULT_LIMITS */.dR, ...limits };
    const scan = await (0,archive/* scanArchive */.i3)(path, full);
    return { path: scan.path, limits: full, scan };
}
/** What the archive holds at its top (server or app), as `verify` would check it. */
function releaseTarget(release) {
    return (0,archive/* archiveTarget */.i)(release.scan);
}
/** Whether the archive holds a folder at `rel` (relative to its top folder). */
function hasFolder(release, rel) {
    return release.scan.folders.has(rel);
}
/**
 * The verification of scope `scope` of the archive, exactly as `verify ARCHIVE` plans it (a
 * server's core without its app folders, each verified app on its own), or null when the
 * archive has no such verified scope.
 */
function scopeStep(release, scope, trust) {
    const top = releaseTarget(release);
    if (top.profile.kind !== 'core' || top.profile.name === 'generic') {
        return top.scope === scope ? { target: top, source: (0,archive/* archiveSource */.yG)(release.scan), trust } : null;
    }
    const { steps } = (0,archive_release.planReleaseArchive)(release.scan, top, trust);
    for (const step of steps)
        if ('target' in step && step.target.scope === scope)
            return step;
    return null;
}
/** The size of the file at `rel` (relative to the top folder), or null when it is not a regular file. */
function fileSize(release, rel) {
    const record = release.scan.records.get(rel);
    return record?.kind === 'file' ? record.size : null;
}
/** An entry name as path components: "" and "." dropped; null for an absolute or `..` name. */
function components(name) {
    const text = name.toString('utf8');
    if (text.startsWith('/'))
        return null;
    const parts = text.split('/').filter((p) => p !== '' && p !== '.');
    return parts.includes('..') ? null : parts;
}
/**
 * Hands the bytes of the wanted regular files to `use` as the archive streams by; everything
 * else is read and dropped. Only the reading interface of Collector is used: the readers push
 * begin → data … → end per entry and wait on settle() between input chunks.
 */
class WantedFiles extends collect/* Collector */.gR {
    tapBudget;
    zip;
    top;
    wanted;
    use;
    delivered = new Set();
    current = null;
    constructor(tapBudget, zip, top, wanted, use) {
        super(tapBudget, { countBytes: zip, hash: false });
        this.tapBudget = tapBudget;
        this.zip = zip;
        this.top = top;
        this.wanted = wanted;
        this.use = use;
    }
    begin(entry) {
        this.tapBudget.addEntry();
        this.current = null;
        const parts = components(entry.name);
        const rel = parts !== null && parts[0] === this.top ? parts.slice(1).join('/') : null;
        if (entry.type !== 'file' || rel === null || !this.wanted.has(rel) || this.delivered.has(rel))
            return;
        this.delivered.add(rel);
        this.current = this.use(rel);
    }
    data(chunk) {
        if (this.zip)
            this.tapBudget.addBytes(chunk.length);
        this.current?.write(chunk);
    }
    end() {
        this.current?.end();
        this.current = null;
    }
    async settle() { }
}
/**
 * Stream the archive again and hand over the files at `rels` (relative to its top folder),
 * each once. Returns the wanted files it did not find as regular files, with the reason.
 */
async function streamFiles(release, rels, use) {
    const budget = new archive_limits/* Budget */.__(release.limits, release.path);
    const reader = (0,detect/* detectArchiveReader */.p)(release.path);
    const tap = new WantedFiles(budget, reader.format === 'zip', release.scan.top, rels, use);
    await reader.read(release.path, tap, budget, {});
    const missing = new Map();
    for (const rel of rels) {
        if (!tap.delivered.has(rel))
            missing.set(rel, 'is not stored as a regular file in the archive (a link?): extract the archive and pass its folder');
    }
    return missing;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/engine/reference/download.ts
/**
 * Fetching a reference release given as an `https://` URL: streamed to a private temporary
 * file (never into memory), capped, and removed by the caller afterwards. The only network
 * use of the tool; plain http is refused, and so is a redirect to it.
 */








const MAX_REDIRECTS = 5;
/** Whether `text` names a remote release (a URL with a scheme), as opposed to a path. */
function isUrl(text) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}
function downloadError(url, why) {
    return new errors/* UsageError */.eb(`cannot download the reference ${url}: ${why}`, 'Check the URL (it must name a release archive, e.g. https://download.nextcloud.com/server/releases/nextcloud-31.0.0.tar.bz2), or download it yourself and pass the file.', 'download');
}
/** GET `url`, following up to five https redirects; resolves with the 200 response. */
function request(url, options, hops = 0) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return Promise.reject(downloadError(url, 'not a valid URL'));
    }
    if (parsed.protocol !== 'https:')
        return Promise.reject(downloadError(url, 'only https:// URLs are fetched'));
    // Node replaces its default CAs when `ca` is given: the extra one is added to them.
    const requestOptions = options.ca === undefined ? {} : { ca: [...external_node_tls_.rootCertificates, options.ca.toString()] };
    return new Promise((resolve, reject) => {
        const req = (0,external_node_https_.get)(parsed, requestOptions, (res) => {
            const status = res.statusCode ?? 0;
            if (status >= 300 && status < 400 && res.headers.location !== undefined) {
                res.resume();
                if (hops >= MAX_REDIRECTS)
                    return reject(downloadError(url, `more than ${MAX_REDIRECTS} redirects`));
                const next = new URL(res.headers.location, parsed).toString();
                return void request(next, options, hops + 1).then(resolve, reject);
            }
            if (status !== 200) {
                res.resume();
                return reject(downloadError(url, `the server answered ${status} ${res.statusMessage ?? ''}`.trim()));
            }
            resolve(res);
        });
        req.setTimeout(options.idleTimeoutMs ?? 60_000, () => req.destroy(new Error('the server stopped sending')));
        req.on('error', (e) => reject(downloadError(url, e.code ?? e.message)));
    });
}
/** Counts the bytes that pass and stops above `max`. */
function capped(max, url) {
    let total = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            total += chunk.length;
            if (total > max)
                return callback(downloadError(url, `it is larger than the ${max}-byte limit (--max-size)`));
            callback(null, chunk);
        },
    });
}
/** Download `url` to a new temporary file, at most `maxBytes`; nothing is left behind on failure. */
async function downloadRelease(url, maxBytes, options = {}) {
    const response = await request(url, options);
    const declared = Number(response.headers['content-length'] ?? NaN);
    if (declared > maxBytes) {
        response.destroy();
        throw downloadError(url, `it is ${declared} bytes, over the ${maxBytes}-byte limit (--max-size)`);
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'code-integrity-reference-'));
    const remove = () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    const path = (0,external_node_path_.join)(dir, 'release');
    response.setTimeout(options.idleTimeoutMs ?? 60_000, () => response.destroy(downloadError(url, 'the server stopped sending')));
    try {
        await (0,promises_.pipeline)(response, capped(maxBytes, url), (0,external_node_fs_.createWriteStream)(path, { mode: 0o600 }));
    }
    catch (e) {
        remove();
        if (e instanceof errors/* UsageError */.eb)
            throw e;
        throw downloadError(url, e.code ?? e.message);
    }
    return { path, remove };
}

;// CONCATENATED MODULE: ./src/engine/reference/folder.ts
/**
 * A verified scope of a release folder on disk as a ReleaseScope: files are read in place,
 * never through a link that leads out of the scope's folder.
 */


/** The real path of `rel` below `root`, or why it cannot be used. */
function insideRoot(root, rel) {
    try {
        const rootReal = external_node_fs_.realpathSync.native(root);
        const real = external_node_fs_.realpathSync.native((0,external_node_path_.join)(root, rel));
        if (!real.startsWith(rootReal.endsWith(external_node_path_.sep) ? rootReal : rootReal + external_node_path_.sep))
            return { problem: 'leads out of the release folder' };
        return { path: real };
    }
    catch (e) {
        return { problem: `cannot be read (${e.code ?? e.message})` };
    }
}
function folderReleaseScope(target, where, hashes) {
    const root = target.root;
    return {
        scope: target.scope,
        where,
        target,
        hashes,
        info(rel) {
            const found = insideRoot(root, rel);
            if ('problem' in found)
                return null;
            try {
                const st = (0,external_node_fs_.statSync)(found.path);
                return st.isFile() ? { size: st.size, mode: st.mode & 0o7777 } : null;
            }
            catch {
                return null;
            }
        },
        async read(rels, use) {
            const unread = new Map();
            for (const rel of [...rels].sort()) {
                const found = insideRoot(root, rel);
                if ('problem' in found) {
                    unread.set(rel, found.problem);
                    continue;
                }
                const sink = use(rel);
                if (sink === null)
                    continue;
                try {
                    for await (const chunk of (0,external_node_fs_.createReadStream)(found.path, { highWaterMark: 1 << 20 }))
                        sink.write(chunk);
                    sink.end();
                }
                catch (e) {
                    // A read error of this file; anything else is the consumer's and goes on up.
                    sink.abort?.();
                    const err = e;
                    if (err.syscall === undefined)
                        throw e;
                    unread.set(rel, `cannot be read (${err.code ?? err.message})`);
                }
            }
            return unread;
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/reference/open.ts
/**
 * Opening a reference release for explain and repair, in order: fetch it (an https URL),
 * see what it is (a server or an app, a folder or an archive), find the scope matching each
 * scope of the checked tree (core, or app <id> at the top or in one of the release's app
 * folders), and verify each the way `verify` checks that release, with the caller's trust
 * store. A reference scope that does not verify clean is refused.
 */










/** Why a tree's scope has no counterpart in the release. */
function missingReason(top, scope) {
    const server = top.profile.kind === 'core';
    if (scope.profile.kind === 'core')
        return server ? 'the release has no core' : `the release is the app "${top.scope}", not a server`;
    return server ? `the release has no verified app "${scope.scope}"` : `the release is the app "${top.scope}"`;
}
/** Verify one scope of the release; anything but a clean result refuses the release. */
async function verifyReleaseScope(name, step, cwd) {
    let expected = null;
    const result = await (0,verify/* verifyTarget */.f)({ ...step, displayFrom: cwd, onExpected: (table) => (expected = table) });
    if ((0,engine_result/* findingCount */.dQ)(result) > 0 || expected === null)
        throw notVerifiedError(name, result);
    const hashes = new Map();
    const table = expected;
    for (const i of table.walkOrder()) {
        const value = table.valueAt(i);
        if (typeof value === 'string')
            hashes.set(String(table.keyAt(i)), value);
    }
    return hashes;
}
function notVerifiedError(name, result) {
    const what = result.EXCEPTION
        ? `${result.EXCEPTION.message}${result.EXCEPTION.hint ? ` ${result.EXCEPTION.hint}` : ''}`
        : engine_result/* FILE_CATEGORIES */.yW.map((c) => [c, Object.keys(result[c])])
            .filter(([, files]) => files.length > 0)
            .map(([c, files]) => `${c} ${files.length} (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`)
            .join(', ');
    return new errors/* UsageError */.eb(`the reference ${name} does not verify (${result.scope}): ${what}`, 'A reference must be a release exactly as published: download it again from its source, or check the trust options (--trust, --crl) if it is signed by another CA.', 'reference');
}
/** Where a verified scope lies below the release's top, for messages ('' = the top itself). */
function subOf(topRoot, target) {
    return target.root === topRoot ? '' : target.root.slice(topRoot.length + 1);
}
function openFolder(name, root, trust) {
    const top = (0,target/* resolveTarget */.u1)(root);
    const server = top.profile.kind === 'core' && top.profile.name !== 'generic';
    const steps = server
        ? (0,release_plan/* planReleaseFolder */.h)(root, { trust }).filter((s) => 'target' in s)
        : [{ target: top, trust }];
    return {
        top,
        step: (scope) => steps.find((s) => s.target.scope === scope) ?? null,
        scope: (step, hashes) => {
            const sub = subOf(top.root, step.target);
            return folderReleaseScope(step.target, sub === '' ? name : `${name}: ${sub}`, hashes);
        },
    };
}
function openArchive(name, scanned, trust) {
    const top = releaseTarget(scanned);
    return {
        top,
        step: (scope) => scopeStep(scanned, scope, trust),
        scope: (step, hashes) => {
            const sub = subOf(top.root, step.target);
            const prefix = sub === '' ? '' : `${sub}/`;
            return {
                scope: step.target.scope,
                where: sub === '' ? name : `${name}: ${sub}`,
                target: step.target,
                hashes,
                info: (rel) => {
                    const size = fileSize(scanned, prefix + rel);
                    return size === null ? null : { size, mode: null };
                },
                read: async (rels, use) => {
                    const unread = await streamFiles(scanned, new Set([...rels].map((r) => prefix + r)), (rel) => use(rel.slice(prefix.length)));
                    return new Map([...unread].map(([rel, why]) => [rel.slice(prefix.length), why]));
                },
            };
        },
    };
}
/** Match and verify the release's scopes for the tree's scopes. */
async function matchScopes(name, release, scopes, cwd) {
    const matches = new Map();
    for (const scope of scopes) {
        const step = release.step(scope.profile.kind === 'core' ? 'core' : scope.scope);
        if (step === null) {
            matches.set(scope.scope, { missing: missingReason(release.top, scope) });
            continue;
        }
        const hashes = await verifyReleaseScope(name, step, cwd);
        matches.set(scope.scope, { release: release.scope(step, hashes) });
    }
    return { name, kind: release.top.profile.kind === 'core' ? 'server' : 'app', matches };
}
/**
 * Open and verify the reference for the tree's scopes. Throws a UsageError (exit 2) when it
 * cannot be read or does not verify; the caller must `close()` what it returns.
 */
async function openReference(request, scopes) {
    const name = request.release;
    if (isUrl(name)) {
        const maxBytes = request.limits.maxBytes ?? 8 * 1024 ** 3;
        const downloaded = await downloadRelease(name, maxBytes, request.download);
        try {
            const scanned = await scanRelease(downloaded.path, request.limits);
            return { ...(await matchScopes(name, openArchive(name, scanned, request.trust), scopes, request.cwd)), close: downloaded.remove };
        }
        catch (e) {
            downloaded.remove();
            throw e;
        }
    }
    const path = (0,external_node_path_.resolve)(request.cwd, name);
    if ((0,fs_kind/* isDirectory */.w)(path)) {
        return { ...(await matchScopes(name, openFolder(name, path, request.trust), scopes, request.cwd)), close: () => undefined };
    }
    if ((0,fs_kind/* isRegularFile */.Z)(path)) {
        const scanned = await scanRelease(path, request.limits);
        return { ...(await matchScopes(name, openArchive(name, scanned, request.trust), scopes, request.cwd)), close: () => undefined };
    }
    throw new errors/* UsageError */.eb(`the reference ${name} does not exist`, 'Pass the release as a folder, an archive (.tar.gz, .tar.bz2, .zip) or an https:// URL of one.', 'reference');
}


/***/ }),

/***/ 53:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ readFilesCapped),
/* harmony export */   e0: () => (/* binding */ signedHashOf),
/* harmony export */   lF: () => (/* binding */ readWithCap)
/* harmony export */ });
/* unused harmony export CappedSink */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_htaccess_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4726);
/* harmony import */ var _sha512_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5122);
/**
 * A reference release as explain and repair read it: one verified scope (core, or an app) of
 * a release folder or archive. What it offers is small on purpose: the signed hash of every
 * file, a file's size and mode, and the bytes of the files asked for, read in one pass (an
 * archive is streamed again, never extracted).
 */



/** Keeps at most `cap` bytes of a file and hashes all of it. */
class CappedSink {
    cap;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
    kept = [];
    size = 0;
    result = null;
    constructor(cap) {
        this.cap = cap;
    }
    write(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
        if (this.size <= this.cap)
            this.kept.push(Buffer.from(chunk));
    }
    end() {
        this.result = { bytes: this.size <= this.cap ? Buffer.concat(this.kept) : null, sha512: this.hash.digest('hex'), size: this.size };
    }
}
/** Read a stream to its end: keep at most `cap` bytes, hash everything. */
async function readWithCap(content, cap) {
    const sink = new CappedSink(cap);
    for await (const chunk of content)
        sink.write(chunk);
    sink.end();
    return sink.result;
}
/** Several files of a scope with a cap each; files that could not be read are left out (`unread` says why). */
async function readFilesCapped(release, rels, cap) {
    const sinks = new Map();
    const unread = await release.read(new Set(rels), (rel) => {
        const sink = new CappedSink(cap);
        sinks.set(rel, sink);
        return sink;
    });
    const files = new Map();
    for (const [rel, sink] of sinks)
        if (sink.result)
            files.set(rel, sink.result);
    return { files, unread };
}
/** The hash a signature records for `bytes` at `rel`: the whole file's, or for the root .htaccess its part above the marker. */
function signedHashOf(profile, rel, bytes) {
    if (profile.htaccessMarker && rel === '.htaccess')
        return (0,_rules_htaccess_js__WEBPACK_IMPORTED_MODULE_1__/* .rootHtaccessHash */ .$i)(bytes);
    return (0,_sha512_js__WEBPACK_IMPORTED_MODULE_2__/* .sha512Hex */ .u)(bytes);
}


/***/ }),

/***/ 1800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T1: () => (/* binding */ versionFile),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   xD: () => (/* binding */ readTreeVersion)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Which release a tree is: a server's `$OC_VersionString` in version.php, an app's
 * `<version>` in appinfo/info.xml. Read as text, never executed.
 */


/** The file that names the version of a scope of this profile. */
function versionFile(profile) {
    return profile.kind === 'core' ? 'version.php' : 'appinfo/info.xml';
}
/** The version in the text of that file, or null. */
function parseVersion(profile, text) {
    const match = profile.kind === 'core'
        ? /\$OC_VersionString\s*=\s*(['"])([^'"]*)\1/.exec(text)
        : /<version>\s*()([^<\s]+)\s*<\/version>/.exec(text.replace(/<!--[\s\S]*?-->/g, ''));
    const version = match?.[2]?.trim();
    return version === undefined || version === '' ? null : version;
}
/** The version of the scope at `root` on disk, or null when it cannot be read. */
function readTreeVersion(root, profile) {
    try {
        return parseVersion(profile, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, versionFile(profile)), 'utf8'));
    }
    catch {
        return null;
    }
}


/***/ })

};
