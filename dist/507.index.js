export const id = 507;
export const ids = [507];
export const modules = {

/***/ 507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/app/sign-run.ts + 3 modules
var sign_run = __webpack_require__(8331);
// EXTERNAL MODULE: ./src/app/verify-run.ts
var verify_run = __webpack_require__(2274);
// EXTERNAL MODULE: ./src/engine/atomic-file.ts
var atomic_file = __webpack_require__(6624);
// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/engine/walk.ts
var walk = __webpack_require__(4721);
// EXTERNAL MODULE: ./src/report/index.ts + 4 modules
var src_report = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(7376);
// EXTERNAL MODULE: ./src/engine/archive/plan.ts
var plan = __webpack_require__(3679);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/engine/rules/mimetypelist.ts
var mimetypelist = __webpack_require__(2608);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/rules/htaccess.ts
var htaccess = __webpack_require__(4726);
// EXTERNAL MODULE: ./src/engine/sha512.ts
var sha512 = __webpack_require__(5122);
;// CONCATENATED MODULE: ./src/engine/reference/release.ts
/**
 * A reference release as explain and repair read it: one verified scope (core, or an app) of
 * a release folder or archive. What it offers is small on purpose: the signed hash of every
 * file, a file's size and mode, and the bytes of the files asked for, read in one pass (an
 * archive is streamed again, never extracted).
 */



/** Keeps at most `cap` bytes of a file and hashes all of it. */
class CappedSink {
    cap;
    hash = (0,external_node_crypto_.createHash)('sha512');
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
        return (0,htaccess/* rootHtaccessHash */.$i)(bytes);
    return (0,sha512/* sha512Hex */.u)(bytes);
}

;// CONCATENATED MODULE: ./src/engine/reference/tree-file.ts
/** Reading a file of the checked tree for explain and repair: capped, never through a link out of the tree. */



/** The file at `rel` below `root` (a link inside the tree is followed, as the walk does), or why it cannot be read. */
async function readTreeFile(root, rel, cap) {
    try {
        const rootReal = external_node_fs_.realpathSync.native(root);
        const real = external_node_fs_.realpathSync.native((0,external_node_path_.join)(root, rel));
        if (!real.startsWith(rootReal.endsWith(external_node_path_.sep) ? rootReal : rootReal + external_node_path_.sep))
            return { problem: 'leads out of the checked folder' };
        return await readWithCap((0,external_node_fs_.createReadStream)(real, { highWaterMark: 1 << 20 }), cap);
    }
    catch (e) {
        return { problem: `cannot be read (${e.code ?? e.message})` };
    }
}

;// CONCATENATED MODULE: ./src/engine/reference/version.ts
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
        return parseVersion(profile, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, versionFile(profile)), 'utf8'));
    }
    catch {
        return null;
    }
}

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
    const wanted = new Set([versionFile(input.profile)]);
    for (const [path] of entries(result, 'INVALID_HASH'))
        if (release.hashes.has(path))
            wanted.add(path);
    for (const [path] of entries(result, 'MISSING_FILE'))
        if (isDirectiveFile(path) && release.hashes.has(path))
            wanted.add(path);
    for (const [path] of entries(result, 'EXTRA_FILE'))
        if (isDirectiveFile(path) && release.hashes.has(path))
            wanted.add(path);
    const { files, unread } = await readFilesCapped(release, wanted, cap);
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
    const same = read.bytes !== null ? signedHashOf(input.profile, path, read.bytes) === signed : read.sha512 === signed;
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
    const versionCopy = material.releaseFiles.get(versionFile(input.profile))?.bytes;
    out.versions = {
        tree: readTreeVersion(input.root, input.profile),
        release: versionCopy ? parseVersion(input.profile, versionCopy.toString('utf8')) : null,
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
// EXTERNAL MODULE: ./src/engine/release-plan.ts + 1 modules
var release_plan = __webpack_require__(2689);
// EXTERNAL MODULE: ./src/engine/target.ts
var target = __webpack_require__(6681);
// EXTERNAL MODULE: ./src/engine/verify.ts + 4 modules
var verify = __webpack_require__(1294);
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

// EXTERNAL MODULE: ./src/engine/trust/store.ts
var store = __webpack_require__(3702);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/engine/profiles/index.ts + 7 modules
var profiles = __webpack_require__(3643);
;// CONCATENATED MODULE: ./src/app/scope-targets.ts
/**
 * The Target of each scope of a verify Result, for the use cases that work on the verified
 * tree afterwards (explain, repair): its folder on disk, profile and scope. Reports show a
 * root relative to the folder the paths were given from, so it resolves against that.
 */



/** The scope's target, or null when its root is not a folder on disk (an archive). */
function scopeTarget(scope, cwd) {
    const root = (0,external_node_path_.resolve)(cwd, scope.root);
    if (!(0,fs_kind/* isDirectory */.w)(root))
        return null;
    const profile = (0,profiles/* getProfile */.E$)(scope.profile, scope.signaturePath ?? undefined);
    return { root, profile, scope: scope.scope };
}

;// CONCATENATED MODULE: ./src/app/explain-run.ts
/**
 * The explain use case, shared by the command line and the Action: verify the tree (or take
 * the Result verify already made), open and verify the reference release for the scopes with
 * findings, then explain each finding against it.
 */











/** The tree must be a folder: explain and repair compare files on disk. */
function assertTreeFolder(path, cwd, command) {
    if (isDirectory(resolve(cwd, path)))
        return;
    throw new UsageError(`${path} is not a folder: ${command} works on an app or server folder`, 'To look into a release archive, extract it and pass its folder.');
}
/** Verify the tree at `request.path`, then explain its findings against the reference. */
async function runExplain(request) {
    assertTreeFolder(request.path, request.cwd, 'explain');
    const result = await runVerification({ ...request, paths: [request.path] });
    return { result, explanation: await explainResult(result, request) };
}
/** Explain the findings of a Result verify made (the Action's `reference` input uses this directly). */
async function explainResult(result, request) {
    const explanation = { clean: true, reference: request.reference, scopes: [], tool: { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x } };
    const withFindings = result.scopes.filter((s) => (0,engine_result/* findingCount */.dQ)(s) > 0);
    if (withFindings.length === 0)
        return explanation;
    explanation.clean = false;
    const targets = withFindings.map((s) => scopeTarget(s, request.cwd));
    const trust = await (0,store/* loadTrustStore */.Kl)(request.trust, request.cwd, request.crl);
    const reference = await openReference({
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

// EXTERNAL MODULE: ./src/report/hints.ts
var hints = __webpack_require__(4424);
;// CONCATENATED MODULE: ./src/report/explain-text.ts
/**
 * explain's terminal and log output: per scope, each finding with what it is compared with
 * the release, then its diff. Names, diff lines and directives come from the tree and the
 * release: each is printed through displayText (control characters as escapes, no line can
 * start a workflow command); tabs in diff lines stay tabs.
 */


/** A line of file content, safe to print: like displayText, but a tab stays a tab. */
function displayContent(line) {
    return line.split('\t').map(display/* displayText */.W).join('\t');
}
function sideText(side) {
    return `${(0,hints/* formatBytes */.z3)(side.size)}, sha512 ${(0,hints/* shortHash */.BC)(side.sha512)}…`;
}
/** "lib/a.php: content differs from the release", plus where the same content is. */
function headline(file) {
    let line = `${file.category} ${(0,display/* displayText */.W)(file.path)}: ${(0,display/* displayText */.W)(file.summary)}`;
    if (file.sameContentAs)
        line += `; same content as ${file.sameContentAs.map(display/* displayText */.W).join(', ')} in the release (moved or copied)`;
    if (file.foundAt)
        line += `; its content is in the tree at ${file.foundAt.map(display/* displayText */.W).join(', ')} (moved)`;
    return line;
}
/** "release: 1.2 KiB, sha512 …; tree: …", for the sides present. */
function sidesLine(file) {
    const parts = [file.release ? `release: ${sideText(file.release)}` : '', file.tree ? `tree: ${sideText(file.tree)}` : ''].filter(Boolean);
    return parts.length === 0 ? null : parts.join('; ');
}
/** The directive changes as lines ("+ Header set …", "- php_value …", "~ upload_max_filesize: 512M → 16G"). */
function explain_text_directiveLines(changes) {
    const lines = [
        `directives (${changes.part}): ${changes.added.length} added, ${changes.removed.length} removed, ${changes.changed.length} changed`,
    ];
    for (const line of changes.removed)
        lines.push(`- ${displayContent(line)}`);
    for (const line of changes.added)
        lines.push(`+ ${displayContent(line)}`);
    for (const c of changes.changed)
        lines.push(`~ ${displayContent(c.key)}: ${displayContent(c.release)} → ${displayContent(c.tree)}`);
    return lines;
}
/** The diff as unified-diff lines (release → tree). */
function diffLines(file) {
    if (!file.diff)
        return [];
    const lines = [`--- release/${(0,display/* displayText */.W)(file.path)}`, `+++ tree/${(0,display/* displayText */.W)(file.path)}`];
    for (const h of file.diff) {
        lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
        for (const l of h.lines)
            lines.push(`${l.charAt(0)}${displayContent(l.slice(1))}`);
    }
    return lines;
}
/** The aliases of core/js/mimetypelist.js that differ, as lines. */
function mimetypeLines(m) {
    const lines = [
        `core/js/mimetypelist.js: ${m.aliases.length} alias${m.aliases.length === 1 ? '' : 'es'} and ${m.names.length} name(s) differ from the shipped ones`,
    ];
    const entry = (kind, d) => d.shipped === null
        ? `+ ${kind} ${(0,display/* displayText */.W)(d.key)}: ${(0,display/* displayText */.W)(d.current ?? '')} (added by the admin)`
        : d.current === null
            ? `- ${kind} ${(0,display/* displayText */.W)(d.key)}: ${(0,display/* displayText */.W)(d.shipped)} (shipped, gone)`
            : `~ ${kind} ${(0,display/* displayText */.W)(d.key)}: ${(0,display/* displayText */.W)(d.shipped)} → ${(0,display/* displayText */.W)(d.current)}`;
    for (const d of m.aliases)
        lines.push(entry('alias', d));
    for (const d of m.names)
        lines.push(entry('name', d));
    for (const why of m.ignored)
        lines.push(`ignored by upstream: ${(0,display/* displayText */.W)(why)}`);
    lines.push((0,display/* displayText */.W)(m.rule));
    return lines;
}
function scopeLines(scope) {
    const count = `${scope.files.length} finding${scope.files.length === 1 ? '' : 's'}`;
    const against = scope.reference === null ? `not compared: ${displayText(scope.unexplained ?? '')}` : `compared with ${displayText(scope.reference)}`;
    const out = [`${displayText(scope.scope)} (${displayText(scope.root)}): ${count}, ${against}`];
    if (scope.versions) {
        const { tree, release } = scope.versions;
        const differ = tree !== release ? ' — not the same version: some differences may come from the upgrade' : '';
        out.push(`  version: tree ${displayText(tree ?? 'unknown')}, release ${displayText(release ?? 'unknown')}${differ}`);
    }
    if (scope.exception)
        out.push(`  ${displayText(scope.exception.message)} (the files could not be compared: the signature itself did not check)`);
    for (const file of scope.files) {
        out.push('', `  ${headline(file)}`);
        const sides = sidesLine(file);
        if (sides)
            out.push(`    ${sides}`);
        if (file.noDiff)
            out.push(`    no diff: ${displayText(file.noDiff)}`);
        if (file.directives)
            out.push(...explain_text_directiveLines(file.directives).map((l) => `    ${l}`));
        out.push(...diffLines(file).map((l) => `    ${l}`));
    }
    if (scope.mimetypes)
        out.push('', ...mimetypeLines(scope.mimetypes).map((l) => `  ${l}`));
    for (const note of scope.notes)
        out.push(`  note: ${displayText(note)}`);
    return out;
}
function renderExplanationText(explanation) {
    if (explanation.clean)
        return 'CLEAN  every file matches its signature: nothing to explain\n';
    const total = explanation.scopes.reduce((n, s) => n + s.files.length + (s.exception ? 1 : 0), 0);
    const out = [`EXPLAINED  ${total} finding${total === 1 ? '' : 's'} against the release ${displayText(explanation.reference)}`, ''];
    for (const scope of explanation.scopes)
        out.push(...scopeLines(scope), '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/explain-markdown.ts


const encoder = new TextEncoder();
const size = (s) => encoder.encode(s).length;
/** A code fence longer than any run of backticks in the block, so the content cannot close it. */
function fence(lines) {
    const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
    return '`'.repeat(longest + 1);
}
/** Lines already made safe by the text renderer; in a fenced block nothing else is interpreted. */
function codeBlock(lang, lines) {
    if (lines.length === 0)
        return [];
    const f = fence(lines);
    return ['', `${f}${lang}`, ...lines, f];
}
function fileBlock(file) {
    const sides = sidesLine(file);
    const out = ['', `<details><summary>${(0,markdown/* cell */.Hn)(headline(file))}</summary>`, ''];
    if (sides)
        out.push((0,markdown/* cell */.Hn)(sides));
    if (file.noDiff)
        out.push('', `No diff: ${(0,markdown/* cell */.Hn)(file.noDiff)}`);
    if (file.directives)
        out.push(...codeBlock('', explain_text_directiveLines(file.directives)));
    out.push(...codeBlock('diff', diffLines(file)));
    out.push('', '</details>');
    return out;
}
function scopeHead(scope, h) {
    const against = scope.reference === null ? `not compared: ${(0,markdown/* cell */.Hn)(scope.unexplained ?? '')}` : `compared with ${(0,markdown/* cell */.Hn)(scope.reference)}`;
    const out = ['', `${h}# <code>${(0,markdown/* cell */.Hn)(scope.scope)}</code> (${(0,markdown/* cell */.Hn)(scope.root)}): ${against}`];
    if (scope.versions)
        out.push('', `Version: tree ${(0,markdown/* cell */.Hn)(scope.versions.tree ?? 'unknown')}, release ${(0,markdown/* cell */.Hn)(scope.versions.release ?? 'unknown')}`);
    if (scope.exception)
        out.push('', `${(0,markdown/* cell */.Hn)(scope.exception.message)} (the files could not be compared)`);
    if (scope.mimetypes)
        out.push(...codeBlock('', mimetypeLines(scope.mimetypes)));
    for (const note of scope.notes)
        out.push('', `> ${(0,markdown/* cell */.Hn)(note)}`);
    return out;
}
function renderExplanationMarkdown(explanation, options = {}) {
    const h = '#'.repeat(options.headingLevel ?? 2);
    const maxBytes = options.maxBytes ?? 900 * 1024;
    if (explanation.clean)
        return `${h} Code integrity: nothing to explain\n\nEvery file matches its signature.\n`;
    const lines = [`${h} Code integrity: findings explained against ${(0,markdown/* cell */.Hn)(explanation.reference)}`];
    let used = size(lines[0]);
    let omitted = 0;
    const reserve = 300; // room for the closing note
    for (const scope of explanation.scopes) {
        const head = scopeHead(scope, h);
        const headSize = size(head.join('\n')) + 1;
        if (used + headSize + reserve > maxBytes) {
            omitted += scope.files.length;
            continue;
        }
        lines.push(...head);
        used += headSize;
        for (const file of scope.files) {
            const block = fileBlock(file);
            const blockSize = size(block.join('\n')) + 1;
            if (used + blockSize + reserve > maxBytes) {
                omitted += 1;
                continue;
            }
            lines.push(...block);
            used += blockSize;
        }
    }
    if (omitted > 0)
        lines.push('', `**${omitted} more finding${omitted === 1 ? '' : 's'} not shown** to stay within the size limit; run \`code-integrity explain\` for all of them.`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/action/inputs.ts

const COMMANDS = ['verify', 'sign', 'package', 'appstore-sign', 'preflight'];
function bool(core, name, fallback) {
    const raw = core.getInput(name);
    if (raw === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new errors/* UsageError */.eb(`input ${name} must be true or false, not "${raw}"`);
}
function optional(core, name) {
    const v = core.getInput(name);
    return v === '' ? undefined : v;
}
/** Trust entries: PEM text stays whole; otherwise one preset or path per line. */
function listOrPem(core, name) {
    const raw = core.getInput(name);
    if (raw.includes('-----BEGIN'))
        return [raw];
    return core.getMultilineInput(name);
}
function readInputs(core) {
    const command = (core.getInput('command') || 'verify').toLowerCase();
    if (!COMMANDS.includes(command)) {
        throw new errors/* UsageError */.eb(`input command must be one of ${COMMANDS.map((c) => `"${c}"`).join(', ')}, not "${command}"`);
    }
    const paths = core.getMultilineInput('path');
    return {
        command,
        paths: paths.length > 0 ? paths : ['.'],
        profile: core.getInput('profile') || 'auto',
        appId: optional(core, 'app-id'),
        signaturePath: optional(core, 'signature-path'),
        privateKey: core.getInput('private-key', { trimWhitespace: false }),
        passphrase: optional(core, 'private-key-passphrase'),
        certificate: core.getInput('certificate'),
        trust: listOrPem(core, 'trust'),
        crl: core.getMultilineInput('crl'),
        allApps: bool(core, 'all-apps', false),
        requireSigned: bool(core, 'require-signed', false),
        release: bool(core, 'release', false),
        coreOnly: bool(core, 'core-only', false),
        allow: core.getMultilineInput('allow'),
        baseline: optional(core, 'baseline'),
        failOn: core.getInput('fail-on'),
        annotations: bool(core, 'annotations', true),
        summary: bool(core, 'summary', true),
        checkRun: bool(core, 'check-run', false),
        githubToken: core.getInput('github-token'),
        reportFile: optional(core, 'report-file'),
        reportFormat: core.getInput('report-format') || 'json',
        maxSize: optional(core, 'max-size'),
        maxEntries: optional(core, 'max-entries'),
        reference: optional(core, 'reference'),
        outputDir: optional(core, 'output-dir'),
    };
}
/** What verify and explain hand their use case from the inputs every tree check shares. */
function checkRequest(inputs, cwd) {
    return {
        cwd,
        profile: inputs.profile,
        appId: inputs.appId,
        signaturePath: inputs.signaturePath,
        trust: inputs.trust,
        crl: inputs.crl,
        allApps: inputs.allApps,
        requireSigned: inputs.requireSigned,
        allow: inputs.allow,
        baseline: inputs.baseline,
        maxSize: inputs.maxSize,
        maxEntries: inputs.maxEntries,
    };
}

// EXTERNAL MODULE: ./src/action/wording.ts
var wording = __webpack_require__(658);
;// CONCATENATED MODULE: ./src/action/explain-summary.ts
/**
 * The job summary's explanations (input `reference`): each finding explained against the
 * verified reference release, in what is left of the summary's size budget. A reference that
 * cannot be used is a warning, never a change of the verdict.
 */






/** GitHub drops a step summary above 1 MiB whole; what is not the verify report is the explanations' share. */
const SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;
/** Markdown explaining the findings, or '' (no reference, nothing to explain, or it could not be used: then a warning). */
async function explanationMarkdown(core, inputs, result, cwd, used) {
    if (inputs.reference === undefined)
        return '';
    const room = SUMMARY_LIMIT - used;
    if (room < 4096)
        return '';
    try {
        const explanation = await explainResult(result, { ...checkRequest(inputs, cwd), reference: inputs.reference });
        return explanation.clean ? '' : '\n' + renderExplanationMarkdown(explanation, { maxBytes: room, headingLevel: 2 });
    }
    catch (e) {
        const text = e instanceof errors/* UsageError */.eb ? (0,errors/* wordOptions */.vR)(`${e.message}${e.hint ? `. ${e.hint}` : ''}`, wording/* ACTION_WORDING */.G) : e.message;
        core.warning(`The findings are not explained: ${(0,display/* displayText */.W)(text)}`, { title: 'reference' });
        return '';
    }
}

// EXTERNAL MODULE: ./src/action/outputs.ts
var action_outputs = __webpack_require__(8948);
;// CONCATENATED MODULE: ./src/action/secrets.ts
/** The lines of a secret worth masking (non-empty, not PEM armour). */
function secretLines(value) {
    const lines = value
        .split(/\r?\n|\r/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(l));
    return [...new Set(lines)];
}
function maskSecret(core, value) {
    if (value === '')
        return;
    core.setSecret(value);
    for (const line of secretLines(value))
        core.setSecret(line);
}

// EXTERNAL MODULE: ./src/action/workspace.ts
var workspace = __webpack_require__(4743);
;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The GitHub Action: inputs → the sign or verify use case (src/app/) → annotations, job
 * summary, outputs, report file, check run; the App Store commands (package, appstore-sign,
 * preflight) are in package-commands.ts. Every integrity decision is the engine's; this
 * only translates. `core` is @actions/core (a stub in tests: see toolkit.ts).
 */
















/** sign: the inputs a signature needs, then the sign use case. */
async function runSign(core, inputs) {
    if (inputs.privateKey.trim() === '') {
        throw new errors/* UsageError */.eb('input private-key is empty', 'Pass the key from a secret (private-key: ${{ secrets.APP_PRIVATE_KEY }}). Workflows triggered from forks and Dependabot get no secrets, so they cannot sign.');
    }
    if (inputs.certificate.trim() === '') {
        throw new errors/* UsageError */.eb('input certificate is empty', 'Pass the certificate issued for the app id (PEM text or a path in the workspace).');
    }
    if (inputs.paths.length !== 1)
        throw new errors/* UsageError */.eb('sign takes one path', 'Sign one app or server tree per step.');
    const { target, outcome } = await (0,sign_run/* runSigning */.P)({
        path: (0,external_node_path_.resolve)((0,workspace/* workspace */.G)(), inputs.paths[0]),
        profile: inputs.profile,
        appId: inputs.appId,
        signaturePath: inputs.signaturePath,
        privateKeyPem: inputs.privateKey,
        passphrase: inputs.passphrase,
        certificatePem: (0,workspace/* certificateText */.V)(inputs.certificate),
    });
    const where = (0,display/* displayText */.W)(outcome.signaturePath);
    core.info(`Signed ${(0,display/* displayText */.W)(target.scope)} (${target.profile.name}): ${outcome.filesSigned} files → ${where}`);
    if (outcome.linkedFolders.length > 0) {
        core.warning((0,display/* displayText */.W)((0,walk/* linkedFoldersNote */.vR)(outcome.linkedFolders, 'signed')), { title: 'Linked folders' });
    }
    (0,action_outputs/* setOutputs */.n)(core, { result: 'passed', 'signature-file': outcome.signaturePath, 'files-signed': String(outcome.filesSigned) });
}
/** verify: the verify use case, then every report, each of which may fail without costing the others. */
async function runVerify(core, inputs, reporters) {
    if (!(0,src_report/* isReportFormat */._S)(inputs.reportFormat)) {
        throw new errors/* UsageError */.eb(`input report-format "${inputs.reportFormat}" is not supported`, `Use one of: ${src_report/* REPORT_FORMATS */.EL.join(', ')}.`);
    }
    const result = await (0,verify_run/* runVerification */.t)({
        ...checkRequest(inputs, (0,workspace/* workspace */.G)()),
        paths: inputs.paths,
        release: inputs.release,
        coreOnly: inputs.coreOnly,
        failOn: inputs.failOn,
    });
    const outputs = (0,action_outputs/* verifyOutputs */.c)(result);
    const report = writeReport(inputs, result);
    if (report.path !== undefined)
        outputs['report-path'] = report.path;
    if (inputs.annotations)
        (0,annotations/* annotate */.fz)(core, result, report.path ? `see the job summary and the report file ${inputs.reportFile}` : 'see the job summary');
    const fullReportHint = report.path ? `The full list is in ${inputs.reportFile}.` : 'Set report-file to get the full list.';
    const markdown = (0,src_report/* renderReport */.B1)(result, 'markdown', { markdown: { fullReportHint }, wording: wording/* ACTION_WORDING */.G });
    if (inputs.summary)
        await writeSummary(core, markdown + (await explanationMarkdown(core, inputs, result, (0,workspace/* workspace */.G)(), Buffer.byteLength(markdown))));
    if (inputs.checkRun && reporters.checkRun)
        await reporters.checkRun(core, result, inputs, markdown, (0,engine_result/* failingCategories */.HI)(result));
    (0,action_outputs/* setOutputs */.n)(core, outputs);
    logVerdict(core, result);
    if (report.failure !== undefined) {
        core.setFailed(`The report file was not written: ${(0,display/* displayText */.W)(report.failure)} (the verdict above stands: ${result.verdict}).`);
    }
}
/**
 * The report file, when asked for. A report that cannot be written fails the step, but never
 * costs the verdict, the annotations or the summary: they are all still emitted.
 */
function writeReport(inputs, result) {
    if (!inputs.reportFile)
        return {};
    const path = (0,external_node_path_.resolve)((0,workspace/* workspace */.G)(), inputs.reportFile);
    try {
        (0,atomic_file/* writeReportFile */.aS)(path, (0,src_report/* renderReport */.B1)(result, inputs.reportFormat, { wording: wording/* ACTION_WORDING */.G }));
        return { path };
    }
    catch (e) {
        return { failure: e instanceof errors/* UsageError */.eb ? usageText(e) : e.message };
    }
}
/** One log line per scope, then the verdict: the step fails exactly when a fail-on category was found. */
function logVerdict(core, result) {
    for (const scope of result.scopes) {
        const counts = `${Object.keys(scope.INVALID_HASH).length} changed, ${Object.keys(scope.MISSING_FILE).length} missing, ${Object.keys(scope.EXTRA_FILE).length} extra, ${Object.keys(scope.accepted).length} accepted`;
        core.info(`${(0,display/* displayText */.W)(scope.scope)}: ${scope.EXCEPTION ? (0,display/* displayText */.W)(scope.EXCEPTION.message) : counts} (${scope.stats.files} files)`);
    }
    const failing = (0,engine_result/* failingCategories */.HI)(result);
    if (failing.length > 0) {
        const counts = failing.map((c) => `${c} ${result.scopes.reduce((n, s) => n + (0,engine_result/* categoryCount */._E)(s, c), 0)}`);
        core.setFailed(`Code integrity check failed: ${counts.join(', ')}. See the annotations and the job summary.`);
    }
    else {
        const outside = (0,engine_result/* outsideFailOnNote */.Ze)(result.scopes, result.failOn);
        core.info(`Code integrity check passed${outside ? ` with ${outside}` : ''}.`);
    }
}
/** Write the job summary; never fail the step because of reporting. */
async function writeSummary(core, markdown) {
    try {
        await core.summary.addRaw(markdown).write();
    }
    catch (e) {
        core.warning(`Could not write the job summary: ${e.message}`);
    }
}
/** A usage error's message and hint, with the options it names worded as the Action's inputs. */
function usageText(e) {
    return (0,errors/* wordOptions */.vR)(`${e.message}${e.hint ? `. ${e.hint}` : ''}`, wording/* ACTION_WORDING */.G);
}
/** Run the Action. Sets the step's outputs and failure state; never throws. */
async function run(core, reporters = {}) {
    // Mask secrets before anything else can print them.
    maskSecret(core, core.getInput('private-key', { trimWhitespace: false }));
    maskSecret(core, core.getInput('private-key-passphrase', { trimWhitespace: false }));
    const token = core.getInput('github-token');
    if (token)
        core.setSecret(token);
    try {
        const inputs = readInputs(core);
        if (inputs.command === 'sign')
            await runSign(core, inputs);
        else if (inputs.command === 'verify')
            await runVerify(core, inputs, reporters);
        else
            await (await Promise.all(/* import() */[__webpack_require__.e(753), __webpack_require__.e(906)]).then(__webpack_require__.bind(__webpack_require__, 2906))).runPackageCommand(core, inputs);
    }
    catch (e) {
        core.setOutput('result', 'error');
        if (e instanceof errors/* UsageError */.eb) {
            core.setOutput('error-code', e.code);
            core.setFailed((0,display/* displayText */.W)(usageText(e)));
        }
        else {
            core.setFailed(`Internal error: ${(0,display/* displayText */.W)(e.message)}. This is a bug; please report it.`);
            core.debug(e.stack ?? '');
        }
    }
}


/***/ }),

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ verifyOutputs),
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _engine_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1173);

function verifyOutputs(result) {
    const sum = (c) => result.scopes.reduce((n, s) => n + (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_0__/* .categoryCount */ ._E)(s, c), 0);
    return {
        result: result.verdict,
        'invalid-hash-count': String(sum('INVALID_HASH')),
        'missing-file-count': String(sum('MISSING_FILE')),
        'extra-file-count': String(sum('EXTRA_FILE')),
        'exception-count': String(sum('EXCEPTION')),
        'accepted-count': String(result.scopes.reduce((n, s) => n + Object.keys(s.accepted).length, 0)),
        'files-checked': String(result.stats.files),
    };
}
function setOutputs(core, outputs) {
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
}


/***/ }),

/***/ 4743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ workspace),
/* harmony export */   V: () => (/* binding */ certificateText)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/** Where the Action's relative paths point (the workspace), and the certificate input, which may be PEM text or a path there. */



function workspace() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
/** The certificate input is PEM text or a path to a PEM file in the workspace. */
function certificateText(input) {
    if (input.includes('-----BEGIN'))
        return input;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace(), input);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`input certificate is neither PEM text nor an existing file (${input})`, 'Pass the certificate PEM (e.g. from a secret or variable) or its path relative to the workspace.');
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
}


/***/ }),

/***/ 6504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gN: () => (/* binding */ NO_BASELINE),
  v1: () => (/* binding */ findDefaultBaselines),
  es: () => (/* binding */ namesBaseline)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/engine/baseline/entry.ts
/** The file name looked for at each scope's root when no baseline is given. */
const DEFAULT_BASELINE_NAME = '.code-integrity.yml';

// EXTERNAL MODULE: ./src/engine/plan.ts + 1 modules
var engine_plan = __webpack_require__(691);
;// CONCATENATED MODULE: ./src/app/baseline-lookup.ts
/**
 * Which baseline files a run reads, found without reading them: the file given with
 * --baseline, --allow, and `.code-integrity.yml` at the root of each scope checked on disk.
 * Kept apart from baseline-files.ts, which parses them (YAML, globs), so that a run without
 * any baseline never loads that code.
 */




/** `--baseline none`: no file at all, not even the default one. */
const NO_BASELINE = 'none';
/** Whether the options name a baseline (a file or --allow patterns). */
function namesBaseline(request) {
    return (request.baseline !== undefined && request.baseline !== NO_BASELINE) || request.allow.some((l) => l.trim() !== '');
}
/** `.code-integrity.yml` at each planned scope's root on disk, when it is a regular file (a link is not followed). */
function findDefaultBaselines(plan, request) {
    if (request.baseline !== undefined)
        return []; // a given file, or none, replaces the defaults
    const seen = new Set();
    const found = [];
    for (const step of plan.requests) {
        const root = (0,engine_plan/* diskRootOf */.bf)(step);
        if (root === null || 'release' in step || seen.has(root))
            continue;
        seen.add(root);
        const path = (0,external_node_path_.join)(root, DEFAULT_BASELINE_NAME);
        try {
            if ((0,external_node_fs_.lstatSync)(path).isFile())
                found.push({ path, owner: step.target.scope });
        }
        catch {
            // no default file here
        }
    }
    return found;
}


/***/ }),

/***/ 8331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ runSigning)
});

// EXTERNAL MODULE: ./src/engine/hashing/prestart.ts
var prestart = __webpack_require__(1794);
// EXTERNAL MODULE: ./src/engine/target.ts
var engine_target = __webpack_require__(6681);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/atomic-file.ts
var atomic_file = __webpack_require__(6624);
// EXTERNAL MODULE: ./src/engine/crypto/pss.ts
var pss = __webpack_require__(5860);
// EXTERNAL MODULE: ./src/engine/rules/scope.ts
var scope = __webpack_require__(2234);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/php/json.ts
var json = __webpack_require__(1931);
// EXTERNAL MODULE: ./src/engine/php/ksort.ts
var ksort = __webpack_require__(6484);
;// CONCATENATED MODULE: ./src/engine/hashing/hashes-writer.ts
/**
 * The "hashes" of signature.json written while the files are hashed (see HashesWriter).
 */



/** A name PHP would treat as a number, at the top of the tree (below it, every name has a "/"). */
function numericTopName(rel) {
    // Only a name without "/" that starts below "A" can be numeric.
    return rel.charCodeAt(0) < 0x41 && !rel.includes('/') && (0,ksort/* phpNumeric */.q5)(rel) !== null;
}
/** Digests held in place for lines not yet written (a few batches of up to 128 files per worker are in flight). */
const PENDING = 8192;
/**
 * The "hashes" of signature.json, written while the files are hashed. The walk yields paths
 * in byte order, which is PHP's ksort order unless a name is numeric, so each file's line can
 * be written as soon as its digest and those of the files before it are known: what is left
 * once hashing ends is a few lines, the signature and the certificate. The compact JSON that
 * is signed is hashed alongside. Both are built as text (the escaping is PHP's, see
 * phpJsonString) and the same bytes `phpJsonEncode` gives for the sorted PHP array (a test
 * holds the two side by side).
 *
 * Digests are not kept: a line is written when its digest comes back, and only digests that
 * come back before an earlier file's wait (a few batches' worth). A numeric name at the top
 * ("1", " 2", "1e3": ksort orders these as numbers, and the visiting order decides ties among them)
 * is seen in the top folder's listing before hashing: then the writer stands aside
 * (`streaming` false), the digests are kept, and the end writes the file the long way. So
 * does a tree without files (PHP prints `[]`).
 */
class HashesWriter {
    names;
    write;
    streaming;
    /** Why writing failed (a full disk): reported once hashing is over. */
    failure = null;
    /** A numeric name at the top that was not there when the writer was chosen. */
    appeared = null;
    /** The walk broke byte order (a bug; reported once hashing is over). */
    outOfOrder = false;
    next = 0;
    /**
     * Digests that came back before those of earlier files, by position modulo PENDING (the
     * batches in flight hold far fewer); `pendingAt` marks which slots hold one.
     */
    pending = Buffer.allocUnsafe(PENDING * 64);
    pendingAt = new Uint8Array(PENDING);
    overflow = new Map();
    message = (0,pss/* pssMessageHash */.wP)();
    compact = '{';
    pretty = '{\n    "hashes": {';
    constructor(
    /** Every file's name by walk position (filled by the walk, ahead of the digests). */
    names, write, 
    /** False when a name at the top is numeric: the end writes the file the long way. */
    streaming) {
        this.names = names;
        this.write = write;
        this.streaming = streaming;
    }
    /** A file the walk yielded (its name is stored at position `seq` already). */
    walked(rel) {
        if (this.streaming && numericTopName(rel)) {
            this.appeared = rel;
            this.streaming = false;
        }
    }
    /** The digest of the file at position `seq` (64 bytes of `digest` at `offset`): write every line that is ready. */
    hashed(seq, digest, offset) {
        if (!this.streaming)
            return;
        if (seq !== this.next) {
            if (seq - this.next >= PENDING) {
                // Many workers with full queues can be further ahead.
                this.overflow.set(seq, Buffer.from(digest.subarray(offset, offset + 64)));
                return;
            }
            const slot = seq % PENDING;
            digest.copy(this.pending, slot * 64, offset, offset + 64);
            this.pendingAt[slot] = 1;
            return;
        }
        this.line(digest.toString('hex', offset, offset + 64));
        while (this.streaming) {
            const slot = this.next % PENDING;
            if (this.pendingAt[slot] === 1) {
                this.pendingAt[slot] = 0;
                this.line(this.pending.toString('hex', slot * 64, slot * 64 + 64));
                continue;
            }
            const far = this.overflow.size > 0 ? this.overflow.get(this.next) : undefined;
            if (far === undefined)
                break;
            this.overflow.delete(this.next);
            this.line(far.toString('hex'));
        }
    }
    /** The line of the next file. */
    line(hex) {
        const { names } = this;
        const i = this.next++;
        if (i > 0 && names.compare(i - 1, i) >= 0) {
            this.outOfOrder = true;
            this.streaming = false;
            return;
        }
        const key = (0,json/* phpJsonString */._k)(names.string(i));
        const sep = i === 0 ? '' : ',';
        this.compact += `${sep}${key}:"${hex}"`;
        if (this.write)
            this.pretty += `${sep}\n        ${key}: "${hex}"`;
        if (this.compact.length >= 1 << 16) {
            this.message.update(this.compact, 'utf8');
            this.compact = '';
        }
        if (this.write && this.pretty.length >= 1 << 16) {
            try {
                this.write(this.pretty);
            }
            catch (e) {
                this.failure = e;
                this.streaming = false;
            }
            this.pretty = '';
        }
    }
    /** Every file has been hashed: true when the file could be written this way (then finish it). */
    complete() {
        return this.streaming && this.next > 0 && this.next === this.names.count;
    }
    /** The signature, and the end of the file (after `complete()`). */
    finish(sign, certificatePem) {
        this.message.update(`${this.compact}}`, 'utf8');
        const signature = sign(this.message.digest());
        this.write?.(`${this.pretty}\n    },\n    "signature": ${(0,json/* phpJsonString */._k)(signature)},\n    "certificate": ${(0,json/* phpJsonString */._k)(certificatePem)}\n}`);
    }
}

// EXTERNAL MODULE: ./src/engine/hashing/pool.ts + 3 modules
var hashing_pool = __webpack_require__(7326);
// EXTERNAL MODULE: ./src/engine/hashing/records.ts
var records = __webpack_require__(3611);
// EXTERNAL MODULE: ./src/engine/walk.ts
var engine_walk = __webpack_require__(4721);
// EXTERNAL MODULE: ./src/engine/mimetypelist/index.ts + 4 modules
var mimetypelist = __webpack_require__(1872);
// EXTERNAL MODULE: ./src/engine/rules/mimetypelist.ts
var rules_mimetypelist = __webpack_require__(2608);
;// CONCATENATED MODULE: ./src/engine/hashing/signed-tree.ts
/**
 * Hashing a tree for signing: what the walk and the workers saw, kept compactly by walk
 * position, and the check that nothing changed while it was hashed.
 */





const SIZE = 0;
const MTIME = 1;
async function hashTree(pool, target, tree, walkOptions, writer, options) {
    const withFolderTimes = {
        ...walkOptions,
        // Byte order of whole paths (the default): the order of signature.json's keys, so lines
        // are written as their digests come; for numeric names see folderOrder.
        onFolder: (path) => {
            // Taken before the listing: a file added or removed afterwards changes it.
            let mtimeMs = Number.NaN; // cannot be looked at: counts as changed at the end
            try {
                mtimeMs = (0,external_node_fs_.statSync)(path).mtimeMs;
            }
            catch {
                // the listing right after reports the folder
            }
            tree.folders.paths.pushString(path);
            tree.folders.mtimes.push(mtimeMs);
        },
    };
    const sink = (file) => {
        const { seq } = file;
        if (file.problem !== undefined) {
            tree.unreadable.push({ rel: tree.names.string(seq), problem: file.problem });
            writer.streaming = false;
            return;
        }
        if (tree.keepsDigests)
            tree.records.setDigest(seq, file.digest, file.offset);
        tree.records.setNumber(seq, SIZE, file.bytes);
        tree.records.setNumber(seq, MTIME, file.mtimeMs);
        tree.bytes += file.bytes;
        writer.hashed(seq, file.digest, file.offset);
    };
    const walked = (_seq, rel) => {
        tree.names.pushString(rel);
        writer.walked(rel);
    };
    const walk = (0,rules_mimetypelist/* withMimetypelistRule */.JD)((0,engine_walk/* walkTree */.Ir)(target.root, target.profile, withFolderTimes), target);
    try {
        await pool.hash(walk, sink, options, walked);
    }
    catch (e) {
        throw e instanceof mimetypelist/* MimetypeListError */.T7 ? (0,rules_mimetypelist/* mimetypelistSignError */.Oh)(e) : e;
    }
}
/**
 * Noticing a tree that changed while it was hashed: every folder must have kept its
 * modification time (nothing added, removed or renamed in it) and every file its size and
 * modification time. The workers look at them again, in parallel with the end of
 * signature.json, which is put in place only if nothing changed. (A file written during its
 * own read is caught while it is hashed.)
 */
function startTreeCheck(pool, tree) {
    const prefix = Buffer.from(`${tree.base}/`, 'utf8');
    const files = tree.names.count;
    const folders = tree.folders.paths.count;
    function* batches() {
        for (let from = 0; from < files; from += STAT_BATCH) {
            const to = Math.min(files, from + STAT_BATCH);
            const sizes = new Float64Array(to - from);
            const mtimes = new Float64Array(to - from);
            for (let seq = from; seq < to; seq++) {
                sizes[seq - from] = tree.records.getNumber(seq, SIZE);
                mtimes[seq - from] = tree.records.getNumber(seq, MTIME);
            }
            yield { paths: tree.names.joined(from, to, prefix), sizes, mtimes };
        }
        // Folders: only their modification time counts (a size of -1 says so).
        for (let from = 0; from < folders; from += STAT_BATCH) {
            const to = Math.min(folders, from + STAT_BATCH);
            yield {
                paths: tree.folders.paths.joined(from, to, new Uint8Array(0)),
                sizes: new Float64Array(to - from).fill(-1),
                mtimes: Float64Array.from(tree.folders.mtimes.slice(from, to)),
            };
        }
    }
    const checking = pool.check(batches()).then((changed) => {
        const changes = [];
        const folderChanges = [];
        for (const [n, what] of [...changed].sort((x, y) => x[0] - y[0])) {
            if (n < files)
                changes.push(`${tree.names.string(n)} ${what}`);
            else {
                const path = tree.folders.paths.string(n - files);
                folderChanges.push(`files were added, removed or renamed in ${path === tree.base ? '.' : path.slice(tree.base.length + 1)}`);
            }
        }
        // Modified files first: they say the most.
        return [...changes, ...folderChanges];
    });
    checking.catch(() => undefined); // awaited by the caller; must not go unhandled meanwhile
    return checking;
}
const STAT_BATCH = 512;
function assertUnchanged(changes) {
    if (changes.length === 0)
        return;
    throw new errors/* UsageError */.eb(`the tree changed while it was being signed (${changes.slice(0, 5).join('; ')}${changes.length > 5 ? '; …' : ''}); nothing was written`, 'Sign again once nothing writes to the folder (stop builds or syncs that touch it).');
}

// EXTERNAL MODULE: ./src/engine/installation.ts
var installation = __webpack_require__(884);
// EXTERNAL MODULE: ./src/engine/hashing/names.ts
var names = __webpack_require__(1601);
// EXTERNAL MODULE: ./src/engine/signature.ts + 2 modules
var signature = __webpack_require__(1779);
// EXTERNAL MODULE: ./src/engine/trust/certificate.ts + 1 modules
var certificate = __webpack_require__(3770);
// EXTERNAL MODULE: ./src/engine/trust/signer.ts
var signer = __webpack_require__(3881);
;// CONCATENATED MODULE: ./src/engine/sign.ts
/**
 * Signing a tree, as upstream's sign commands do but checked first: load the signer (the key
 * must belong to the certificate, whose CN must be the scope), check the tree's shape, hash
 * it while writing signature.json to a temporary file, make sure nothing changed meanwhile,
 * then rename it into place. The file is byte-identical to upstream's (ksort, PHP JSON, PSS).
 */
















function assertScope(cert, target) {
    if (target.scopeProblem !== undefined) {
        throw new errors/* UsageError */.eb(target.scopeProblem, `Fix <id> in appinfo/info.xml, or pass the real id with ${(0,errors/* optionRef */.$j)('app-id')}.`, 'invalid-app-id');
    }
    if ((0,scope/* certificateCoversScope */.s7)(cert.commonNames, target.scope))
        return;
    const cn = (0,scope/* singleCommonName */.H0)(cert.commonNames);
    throw new errors/* UsageError */.eb(`the certificate is for ${cn === null ? 'no single CN' : `"${cn}"`}, but the tree is "${target.scope}"`, target.profile.kind === 'app'
        ? `Sign with the certificate issued for "${target.scope}", or pass ${(0,errors/* optionRef */.$j)('app-id')} if appinfo/info.xml names another id.`
        : 'Sign a server tree with the CN=core certificate.');
}
function assertTreeShape(target) {
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.join)(target.root, target.profile.signaturePath));
    let ok = false;
    try {
        ok = (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        ok = false;
    }
    if (!ok) {
        throw new errors/* UsageError */.eb(`${dir} does not exist, so ${target.root} does not look like ${target.profile.kind === 'app' ? 'an app (no appinfo/)' : 'a server (no core/)'}`, `Pass the folder of the app or server to sign, or ${(0,errors/* optionRef */.$j)('profile')} to say what it is.`);
    }
}
/**
 * The signature goes inside the tree: every folder on the way from the root to it (appinfo/,
 * core/, a generic profile's folders) must be a real folder, not a symbolic link, which would
 * make signing write wherever the link points. (An explicit --output is the user's choice.)
 */
function assertSignatureFolderInside(target) {
    const folders = target.profile.signaturePath.split('/').slice(0, -1);
    let path = target.root;
    for (const [i, name] of folders.entries()) {
        path = (0,external_node_path_.join)(path, name);
        if (!(0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false })?.isSymbolicLink())
            continue;
        const shown = folders.slice(0, i + 1).join('/');
        throw new errors/* UsageError */.eb(`${shown}/ in ${target.root} is a symbolic link, so the signature would be written outside the tree; nothing was written`, `Replace the link ${shown} with a real folder (copy what it points to), then sign again.`);
    }
}
function signWalkOptions(target) {
    // Like sign-core on the server itself: its app roots and data directory are not core.
    return { extraExcluded: target.profile.kind === 'core' ? (0,installation/* coreConfigExclusions */.FC)(target.root) : [] };
}
/** Does the top folder hold something other than a folder with a numeric name ("1", " 2", "1e3")? */
function numericNameAtTop(root) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true });
    }
    catch {
        return false; // the walk reports it
    }
    return entries.some((d) => !d.isDirectory() && numericTopName(d.name));
}
/**
 * The names in upstream's visiting order, made reproducible: each folder's entries in byte
 * order, depth first (what PHP visits on a filesystem that lists sorted). Only needed when
 * some name is numeric: ksort keeps the visiting order of keys it compares as equal ("9",
 * "09"), and its comparison of numeric names is not transitive, so the raw listing order of
 * the machine would otherwise decide the bytes of signature.json.
 */
function folderOrder(target, walkOptions) {
    const rels = [];
    for (const entry of (0,engine_walk/* walkTree */.Ir)(target.root, target.profile, { ...walkOptions, order: 'folders', onLinkedFolder: undefined })) {
        rels.push(entry.rel);
    }
    return rels;
}
/** The path of `file` relative to `root` with "/" separators, or undefined when it is outside. */
function insideRoot(root, file) {
    const rel = (0,external_node_path_.relative)(root, file);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? undefined : rel.split(external_node_path_.sep).join('/');
}
/** Step 1: the key, the certificate, that they belong together and that the CN is the scope. */
function loadSigner(request) {
    const key = (0,signer/* loadPrivateKey */.PM)(request.privateKeyPem, request.passphrase);
    const cert = (0,signer/* loadSigningCertificate */.h1)(request.certificatePem);
    (0,signer/* assertKeyMatchesCertificate */.Q6)(key, cert);
    assertScope(cert, request.target);
    return { sign: (digest) => (0,pss/* pssSignDigest */.uy)(digest, key).toString('base64'), certificatePem: (0,certificate/* upstreamPem */.E2)(cert.der) };
}
/** Step 2: where signature.json goes (inside the tree unless --output), with stale temporary files cleared. */
function signaturePathOf(request) {
    assertTreeShape(request.target);
    if (request.output === undefined)
        assertSignatureFolderInside(request.target);
    const path = request.output ?? (0,external_node_path_.join)(request.target.root, request.target.profile.signaturePath);
    if (!request.dryRun)
        (0,atomic_file/* clearStaleTempFiles */.a6)(path);
    return path;
}
/**
 * Step 3: hash every file, writing signature.json's lines into `file` as the digests come.
 * The usual tree keeps no digest; one with a numeric name at the top keeps them all and is
 * written the long way at the end (see HashesWriter).
 */
async function hashForSigning(pool, request, file, path) {
    const { target } = request;
    const linkedFolders = [];
    const walkOptions = { ...signWalkOptions(target), onLinkedFolder: (rel) => linkedFolders.push(rel) };
    const skipFile = file === null ? undefined : insideRoot(target.root, file.path);
    if (skipFile !== undefined)
        walkOptions.skipFile = skipFile;
    const streaming = !numericNameAtTop(target.root);
    const tree = {
        names: new names/* NameStore */.h(),
        records: streaming ? new records/* RecordStore */.p(16, 0) : new records/* RecordStore */.p(80),
        keepsDigests: !streaming,
        unreadable: [],
        folders: { paths: new names/* NameStore */.h(), mtimes: [] },
        base: (0,engine_walk/* walkBase */.vp)(target.root),
        bytes: 0,
    };
    const writer = new HashesWriter(tree.names, file === null ? null : (chunk) => (0,atomic_file/* writeOrFail */.hU)(file, path, chunk), streaming);
    await hashTree(pool, target, tree, walkOptions, writer, request.hash);
    if (writer.failure !== null)
        throw writer.failure;
    if (writer.outOfOrder)
        throw new Error('internal error: the walk did not yield the paths in byte order');
    return { tree, writer, walkOptions, linkedFolders };
}
/** Step 4: every file could be read: a tree with a link out of it or a FIFO is not signed. */
function assertHashable(tree) {
    const { unreadable } = tree;
    if (unreadable.length === 0)
        return;
    const list = unreadable.slice(0, 5).map((f) => `${f.rel}: ${f.problem}`);
    throw new errors/* UsageError */.eb(`cannot sign: ${unreadable.length} file(s) cannot be hashed safely (${list.join('; ')}${unreadable.length > 5 ? '; …' : ''})`, 'Remove or fix these files (links out of the tree, special files, unreadable files), then sign again.');
}
/** Step 5: the end of signature.json (its signature and certificate), or the whole file the long way. */
async function writeSignature(hashed, signer, target, file, treeCheck) {
    const { tree, writer } = hashed;
    if (writer.complete())
        return writer.finish(signer.sign, signer.certificatePem);
    if (!tree.keepsDigests && tree.names.count > 0) {
        // Streaming stopped because a numeric name appeared after the top folder was listed: refused.
        assertUnchanged([...(await treeCheck), `${writer.appeared ?? 'a file'} appeared at the top of the tree`]);
    }
    // Numeric names (or no file): PHP's ksort replayed on the PHP array, in upstream's visiting order.
    file?.restart();
    const seqOf = new Map(Array.from({ length: tree.names.count }, (_, seq) => [tree.names.string(seq), seq]));
    const visited = folderOrder(target, hashed.walkOptions);
    if (visited.length !== seqOf.size || visited.some((rel) => !seqOf.has(rel))) {
        assertUnchanged([...(await treeCheck), 'the list of files changed']);
    }
    const sorted = (0,signature/* sortedHashes */.G2)(visited.map((rel) => [rel, tree.records.digestHex(seqOf.get(rel))]));
    (0,signature/* writeSignatureFileText */.dt)(sorted, signer.sign((0,signature/* signedMessageDigest */.uW)(sorted)), signer.certificatePem, file ? file.write : () => undefined);
}
/** Sign `request.target`: signature.json is renamed into place only when everything above held. */
async function signTree(request) {
    const signer = loadSigner(request);
    const signaturePath = signaturePathOf(request);
    const ownPool = request.hash?.pool === undefined;
    const pool = request.hash?.pool ?? new hashing_pool/* HashPool */.vO(request.hash?.workers);
    // Opened before the walk, which therefore lists it (and skips it) and sees its folder as it
    // will stay until the rename.
    const file = request.dryRun ? null : (0,atomic_file/* openTempFile */.to)(signaturePath);
    try {
        const hashed = await hashForSigning(pool, request, file, signaturePath);
        assertHashable(hashed.tree);
        const treeCheck = startTreeCheck(pool, hashed.tree);
        await writeSignature(hashed, signer, request.target, file, treeCheck);
        finishFile(file, signaturePath);
        assertUnchanged(await treeCheck);
        if (file !== null)
            (0,atomic_file/* commitTempFile */.W2)(file.path, signaturePath);
        const { tree, linkedFolders } = hashed;
        return { signaturePath, filesSigned: tree.names.count, bytes: tree.bytes, written: !request.dryRun, linkedFolders };
    }
    catch (e) {
        file?.abort();
        throw e;
    }
    finally {
        if (ownPool)
            await pool.close();
    }
}
/** fsync and close the temporary file (a full disk shows here too). */
function finishFile(file, signaturePath) {
    if (file === null)
        return;
    try {
        file.finish();
    }
    catch (e) {
        throw (0,atomic_file/* cannotWrite */.zz)(signaturePath, e);
    }
}

;// CONCATENATED MODULE: ./src/app/sign-run.ts



async function runSigning(request) {
    // Started first: the workers' start-up overlaps reading the key and the certificate.
    const pool = (0,prestart/* takeHashPool */.kv)();
    try {
        const target = (0,engine_target/* resolveTarget */.u1)(request.path, { profile: request.profile, appId: request.appId, signaturePath: request.signaturePath });
        const { onProgress } = request;
        const outcome = await signTree({
            target,
            privateKeyPem: request.privateKeyPem,
            passphrase: request.passphrase,
            certificatePem: request.certificatePem,
            output: request.output,
            dryRun: request.dryRun === true,
            hash: { pool, ...(onProgress ? { onProgress: (p) => onProgress(target.scope, p) } : {}) },
        });
        return { target, outcome };
    }
    finally {
        await pool.close();
    }
}


/***/ }),

/***/ 2274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ runVerification)
/* harmony export */ });
/* unused harmony export verifyWithBaselines */
/* harmony import */ var _baseline_lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6504);
/* harmony import */ var _engine_archive_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3679);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_fs_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5118);
/* harmony import */ var _engine_hashing_prestart_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1794);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(691);
/* harmony import */ var _engine_trust_store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3702);







/** Verify everything the request names and return the one Result every report is made from. */
async function runVerification(request) {
    return (await verifyWithBaselines(request)).result;
}
/** runVerification, with the baseline files the run read (the `baseline` command keeps the ones used). */
async function verifyWithBaselines(request) {
    // Started first: the workers' start-up overlaps reading the trust store and the signatures.
    // Archives are hashed while they are read, so a run of archives only needs no workers.
    const pool = onlyArchives(request) ? null : (0,_engine_hashing_prestart_js__WEBPACK_IMPORTED_MODULE_4__/* .takeHashPool */ .kv)();
    if (pool === null)
        await (0,_engine_hashing_prestart_js__WEBPACK_IMPORTED_MODULE_4__/* .closePrestartedHashPool */ .$k)();
    try {
        const failOn = (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFailOn */ .XV)(request.failOn);
        const trust = await (0,_engine_trust_store_js__WEBPACK_IMPORTED_MODULE_6__/* .loadTrustStore */ .Kl)(request.trust, request.cwd, request.crl);
        // A bad file or pattern is refused before anything is read; the YAML and glob code loads only for a baseline.
        const given = (0,_baseline_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .namesBaseline */ .es)(request) ? (await Promise.all(/* import() */[__webpack_require__.e(763), __webpack_require__.e(70)]).then(__webpack_require__.bind(__webpack_require__, 4070))).givenBaselines(request) : NO_GIVEN;
        const plan = await (0,_engine_archive_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planVerificationWithArchives */ .m)({
            ...(0,_engine_archive_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .archiveLimits */ .L)(request.maxSize, request.maxEntries),
            paths: request.paths,
            cwd: request.cwd,
            trust,
            profile: request.profile,
            appId: request.appId,
            signaturePath: request.signaturePath,
            allApps: request.allApps,
            requireSigned: request.requireSigned,
            release: request.release === true,
            coreOnly: request.coreOnly === true,
        });
        const { baselines, rules } = await readBaselines(given, (0,_baseline_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .findDefaultBaselines */ .v1)(plan, request), request.cwd);
        const result = await (0,_engine_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyPlan */ .Zl)(plan, {
            baseline: rules,
            failOn,
            onProgress: request.onProgress,
            hash: pool ? { pool } : undefined,
        });
        return { result, baselines };
    }
    finally {
        await pool?.close();
    }
}
const NO_GIVEN = { file: null, allow: null };
/** The baseline files of a run and the rules they give each scope (none read, nothing loaded, when there are none). */
async function readBaselines(given, defaults, cwd) {
    if (given.file === null && given.allow === null && defaults.length === 0)
        return { baselines: [], rules: undefined };
    const files = await Promise.all(/* import() */[__webpack_require__.e(763), __webpack_require__.e(70)]).then(__webpack_require__.bind(__webpack_require__, 4070));
    const baselines = files.readBaselines(given, defaults, cwd);
    return { baselines, rules: files.baselineFor(baselines) };
}
function onlyArchives(request) {
    return request.paths.length > 0 && request.paths.every((p) => (0,_engine_fs_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .isRegularFile */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(request.cwd, p)));
}


/***/ }),

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

/***/ 2743:
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
// EXTERNAL MODULE: ./src/engine/archive/errors.ts
var errors = __webpack_require__(1736);
;// CONCATENATED MODULE: ./src/engine/archive/bzip2-input.ts
/**
 * The compressed input the parallel bzip2 decompressor still needs, addressed by absolute
 * byte (and bit) offset: kept from the in-order reader's position on, copied out for a
 * block's span or a header, and forgotten once the reader has passed it. It is a module of
 * its own because it is plain bookkeeping over buffers that the stream logic should not have
 * to read through: small chunks are gathered into 64 KiB buffers, so the list stays short
 * however the writer cuts its input (single bytes included), and only a few blocks' worth of
 * input is held at a time.
 */
/** Small input chunks are gathered into buffers of this size. */
const STAGE_SIZE = 64 * 1024;
class HeldInput {
    /** The byte offset of the first held byte. */
    start = 0;
    // Input held from `start` on.
    held = [];
    /** Where small chunks are gathered (the last held buffer is a view of it). */
    stage = null;
    stageUsed = 0;
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
        let at = this.start;
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
            if (this.start + first.length > byte)
                break;
            this.start += first.length;
            this.held.shift();
        }
    }
    /** Let go of everything held (the stream is destroyed). */
    clear() {
        this.held = [];
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/engine/worker-entry.ts
var worker_entry = __webpack_require__(783);
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
    if (!(0,worker_entry/* runsFromSource */.w)(import.meta.url))
        return (0,worker_entry/* besideModule */.vG)(import.meta.url, 'bzip2.wasm').pathname;
    return (0,external_node_module_.createRequire)(import.meta.url).resolve('bzip2-wasm/bzip2-1.0.8/bzip2.wasm');
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

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-pool.ts
/**
 * The worker pool of the parallel bzip2 decompressor: worker threads that each decode one
 * bzip2 block at a time with libbzip2 compiled to WebAssembly (bzip2-worker.ts, bzip2-wasm.ts),
 * started on first use, not keeping the process alive while idle, and shareable by several
 * decompressors (its owner closes it). It is separate from the stream because it knows
 * nothing of bzip2's framing, only of jobs and results: where the worker entry lives (beside
 * this module in the bundle, the TypeScript entry through tsx from source), how a failing
 * worker rejects its pending blocks, and how input buffers come back from the workers to be
 * reused. With 0 workers it decodes on the calling thread.
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
    return (0,worker_entry/* startModuleWorker */.pw)(import.meta.url, { bundled: 'bzip2-worker.js', source: 'bzip2-worker.ts' }, { workerData, resourceLimits: WORKER_LIMITS });
}
/** The decoder itself failed (a worker or the WebAssembly file): not the archive's fault. */
function decoderFailure(why) {
    return new errors/* ArchiveError */.di(`cannot decompress bzip2 data: ${why}`, 'This is a fault of this code-integrity installation, not of the archive: its bzip2-worker.js and bzip2.wasm must sit beside the program (reinstall it).');
}
/** Block input buffers are allocated in multiples of this, so that they fit later blocks. */
const SPARE_ROUNDING = 256 * 1024;
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

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-scan.ts
/**
 * The bit-level scanner of the parallel bzip2 decompressor: finds the 48-bit block magic
 * 0x314159265359 and the end-of-stream magic 0x177245385090 at any bit offset of the input as
 * it arrives, with the block size of the stream each one seems to be in (from the last
 * `BZh1`…`BZh9` header seen before it). It lives apart from the stream because it is pure
 * bit arithmetic over bytes, with no threads or stream state: what it finds is only a hint
 * (a magic can occur by chance inside compressed data), which decoding confirms or refutes.
 */
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
/** Overlap kept between scans, so that a magic across two input chunks is found (with its header before it). */
const SCAN_OVERLAP = 16;
/** Every magic in `buf` (which starts at byte `base` of the input), in bit order; null when there is none. */
function findMagics(buf, base) {
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
    found?.sort((a, b) => a.bit - b.bit);
    return found;
}
/** Scans the input chunk by chunk, each chunk together with the end of the one before it. */
class MagicScanner {
    /** Bit offset of the last magic found; -1: none yet. */
    lastBit = -1;
    /** The block size of the last stream header seen; 0: none yet. */
    level = 0;
    tail = Buffer.alloc(0);
    /** Scan the next chunk, which starts at byte `received` of the input, appending the magics found to `out` in order. */
    scan(chunk, received, out) {
        const base = received - this.tail.length;
        const buf = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
        this.collect(buf, base, out);
        this.tail = Buffer.from(buf.subarray(Math.max(0, buf.length - SCAN_OVERLAP)));
    }
    collect(buf, base, out) {
        const found = findMagics(buf, base);
        if (found === null)
            return;
        for (const f of found) {
            if (f.bit <= this.lastBit)
                continue;
            this.lastBit = f.bit;
            // A stream header "BZh1"…"BZh9" right before a byte-aligned block magic: a stream (probably) starts here.
            if (!f.eos && f.bit % 8 === 0 && f.at >= 4 && buf[f.at - 4] === 0x42 && buf[f.at - 3] === 0x5a && buf[f.at - 2] === 0x68) {
                const digit = buf[f.at - 1] - 0x30;
                if (digit >= 1 && digit <= 9)
                    this.level = digit;
            }
            out.push({ bit: f.bit, eos: f.eos, level: this.level });
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-spans.ts

class SpanJobs {
    pool;
    window;
    host;
    // Magics found, in order; those before `head` are behind the current position.
    cands = [];
    head = 0;
    /** Index of the next candidate to start a speculative job for. */
    nextSpec = 0;
    jobs = new Map();
    constructor(pool, window, host) {
        this.pool = pool;
        this.window = window;
        this.host = host;
    }
    /** Whether another job may start (the window has room). */
    hasRoom() {
        return this.jobs.size < this.window;
    }
    /** The job for the span that starts at `bit`, if any. */
    at(bit) {
        return this.jobs.get(bit);
    }
    /** The block at `bit` was accepted: its job is done. */
    accepted(bit) {
        this.jobs.delete(bit);
    }
    /** The stream is destroyed: nothing is waited for any more. */
    clear() {
        this.jobs.clear();
        this.cands = [];
    }
    start(start, end, level) {
        const cap = this.host.cap();
        const job = { start, end, level, cap, result: null };
        this.jobs.set(start, job);
        this.host.stats.maxBlocksQueued = Math.max(this.host.stats.maxBlocksQueued, this.jobs.size);
        const first = Math.floor(start / 8);
        const last = Math.ceil(end / 8);
        const data = this.host.input.bytes(first, last, this.pool.buffer(last - first));
        this.pool.decode({ data, startBit: start - first * 8, endBit: end - first * 8, level, cap }).then((result) => {
            if (this.host.failed() || this.jobs.get(start) !== job)
                return;
            job.result = result;
            this.host.decoded();
        }, (error) => this.host.fail(error));
        return job;
    }
    /** Start speculative jobs (none behind the reader's position `pos`): each block magic up to the next magic, while the window has room. */
    dispatch(pos) {
        if (this.host.failed())
            return;
        if (this.nextSpec < this.head)
            this.nextSpec = this.head;
        while (this.jobs.size < this.window && this.nextSpec + 1 < this.cands.length) {
            const c = this.cands[this.nextSpec];
            const next = this.cands[this.nextSpec + 1];
            this.nextSpec += 1;
            if (c.eos || c.level === 0 || this.jobs.has(c.bit) || c.bit < pos)
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
    /** The magic after the current one (where the span that starts at the current one ends). */
    following() {
        return this.cands[this.head + 1];
    }
    /** The first magic past the current one that lies beyond bit `end`. */
    after(end) {
        let i = this.head + 1;
        while (i < this.cands.length && this.cands[i].bit <= end)
            i++;
        return this.cands[i];
    }
}

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-stream.ts
/**
 * The parallel bzip2 decompressor's stream and its in-order reader: a Duplex that takes bzip2
 * data in and hands the decoded bytes out strictly in order. The input is held
 * (bzip2-input.ts) and scanned for magics (bzip2-scan.ts), and the spans between them are
 * decoded ahead on the pool (bzip2-spans.ts, bzip2-pool.ts); only here is anything accepted.
 * The reader walks the input from the first stream header and accepts a block only where the
 * previous accepted block ended (the first one 32 bits after the header), and only when
 * libbzip2 decoded it with its CRC checked and ending exactly at the next magic. If the span
 * fails, the next magic is taken for one found by chance inside the block and the span is
 * extended to the magic after it, up to the largest size a block can have; only then is the
 * data called corrupt. The stream CRC is recomputed from the accepted blocks' CRCs and
 * compared with the one stored after the end-of-stream magic; streams may follow one another.
 * Memory is bounded: at most `maxBlocksInFlight` blocks are decoding or waiting to be read (a
 * block decodes to about 1 MB, 46 MB at worst), and the input is not read further while they
 * are all taken, so a slow reader stops the reading. Every failure (a worker, the decoder, an
 * early end) ends the stream with an error.
 */







const TRUNCATED = 'unexpected end of data (the bzip2 stream is truncated)';
/** What PHP's reader would not see: a second stream is refused outright, not read differently. */
function secondStreamError() {
    return new errors/* ArchiveFormatError */.Y3("the bzip2 data holds more than one stream (as pbzip2 or lbzip2 write it): PHP's bzip2 reader, under Archive_Tar, reads only the first, bzip2 and GNU tar read them all; the archive is refused", 'Compress the tar with bzip2 itself (tar -cjf), or verify the .tar after bzip2 -d.');
}
/** A Duplex stream: write bzip2 data, read the decompressed bytes. */
class Bzip2Decompressor extends external_node_stream_.Duplex {
    stats = { streams: 0, blocks: 0, retries: 0, maxBlocksQueued: 0, maxInputHeld: 0 };
    pool;
    ownPool;
    maxOutput;
    limitError;
    singleStream;
    input = new HeldInput();
    scanner = new MagicScanner();
    received = 0;
    ended = false;
    /** No block boundary within the largest block size: the input is not read further. */
    stalled = false;
    spans;
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
        const window = Math.max(2, Math.floor(options.maxBlocksInFlight ?? 2 * this.pool.size));
        this.maxOutput = options.maxOutput ?? Infinity;
        this.limitError = options.limitError ?? (() => new Error('bzip2: output limit reached'));
        this.singleStream = options.singleStream === true;
        this.spans = new SpanJobs(this.pool, window, {
            input: this.input,
            stats: this.stats,
            cap: () => Math.max(0, Math.min(MAX_BLOCK_OUTPUT, this.maxOutput - this.emitted + 1)),
            decoded: () => this.pump(),
            fail: (error) => this.fail(error),
            failed: () => this.failed,
        });
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
        this.spans.clear();
        this.input.clear();
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
    /** Fail the stream; false, for the reader's steps (it cannot go on). */
    halt(error) {
        this.fail(error);
        return false;
    }
    needInput() {
        return !this.ended && !this.failed && !this.stalled && (this.spans.hasRoom() || this.waiting);
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
                this.spans.dispatch(this.pos);
                this.advance();
                this.spans.dispatch(this.pos);
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
    // ---- input
    addInput(chunk) {
        if (chunk.length === 0)
            return;
        this.input.hold(chunk);
        this.scanner.scan(chunk, this.received, this.spans.cands);
        this.received += chunk.length;
        this.stats.maxInputHeld = Math.max(this.stats.maxInputHeld, this.received - this.input.start);
        if (this.received * 8 - Math.max(0, this.scanner.lastBit) > maxBlockBits(9) + 64)
            this.stalled = true;
    }
    // ---- the in-order reader
    /**
     * The reader needs more input: returns false (wait for it), or fails the stream when no more
     * will come.
     */
    starve() {
        if (this.ended)
            return this.halt(new Error(TRUNCATED));
        if (this.stalled) {
            return this.halt(this.corrupt(`no block boundary within the largest block size after byte ${Math.floor(this.scanner.lastBit / 8)}`));
        }
        this.waiting = true;
        return false;
    }
    /** The in-order reader: headers, accepted blocks (their bytes pushed out), end-of-stream CRCs. */
    advance() {
        this.waiting = false;
        while (!this.failed && !this.done) {
            const goOn = this.phase === 'header' ? this.readHeader() : this.readBlock();
            if (!goOn)
                return;
        }
    }
    /** A stream header where the reader stands, or the end of the input; returns whether the reader can go on. */
    readHeader() {
        if (this.hdrByte >= this.received && this.ended) {
            if (this.stats.streams === 0)
                return this.halt(new Error('no bzip2 data (the input is empty)'));
            this.done = true;
            if (this.ownPool)
                void this.pool.close();
            this.push(null);
            return false;
        }
        if (this.hdrByte + 4 > this.received) {
            if (this.ended && this.stats.streams > 0)
                return this.halt(this.trailing());
            return this.starve();
        }
        const header = this.input.bytes(this.hdrByte, this.hdrByte + 4);
        const level = header[3] - 0x30;
        if (header[0] !== 0x42 || header[1] !== 0x5a || header[2] !== 0x68 || level < 1 || level > 9) {
            return this.halt(this.stats.streams === 0 ? new Error('not bzip2 data (no BZh header)') : this.trailing());
        }
        if (this.singleStream && this.stats.streams > 0)
            return this.halt(secondStreamError());
        this.stats.streams += 1;
        this.level = level;
        this.crc = 0;
        this.blockInStream = 0;
        this.pos = (this.hdrByte + 4) * 8;
        this.phase = 'blocks';
        this.input.dropBefore(this.hdrByte);
        return true;
    }
    /** The block (or end of stream) where the reader stands; returns whether the reader can go on. */
    readBlock() {
        const c = this.spans.candidateFrom(this.pos);
        if (c === undefined)
            return this.starve();
        if (c.bit !== this.pos)
            return this.halt(this.corrupt(`no block starts where one must (byte ${Math.floor(this.pos / 8)})`));
        if (c.eos)
            return this.readEndOfStream();
        const job = this.jobHere();
        if (job === null)
            return false;
        const result = job.result;
        if (result === null)
            return false; // still decoding
        if (!result.ok)
            return this.extend(job, result);
        return this.accept(job, result);
    }
    /** The end-of-stream magic: the stored stream CRC must match the blocks'; another stream may follow. */
    readEndOfStream() {
        if (this.received * 8 < this.pos + 80)
            return this.starve();
        const stored = this.input.bits(this.pos + 48, 32);
        if (stored !== this.crc) {
            return this.halt(this.corrupt(`the stream CRC does not match its blocks (stored ${hex(stored)}, computed ${hex(this.crc)})`));
        }
        this.phase = 'header';
        this.hdrByte = Math.ceil((this.pos + 80) / 8);
        return true;
    }
    /**
     * The job for the block at the reader's position, started (again) unless it ran at this
     * stream's block size; null: the reader must stop (it waits for input, or the stream failed).
     */
    jobHere() {
        const job = this.spans.at(this.pos);
        if (job !== undefined && job.level === this.level)
            return job;
        const next = this.spans.following();
        if (next === undefined) {
            this.starve();
            return null;
        }
        if (next.bit - this.pos > maxBlockBits(this.level)) {
            this.fail(this.blockError('no block end within the largest block size'));
            return null;
        }
        if (job !== undefined)
            this.stats.retries += 1;
        return this.spans.start(this.pos, next.bit, this.level);
    }
    /** The span failed: an error of the decoder or a limit stops here, else it is decoded again up to the next magic. */
    extend(job, result) {
        if (result.code === BZ_OUTBUFF_FULL && job.cap < MAX_BLOCK_OUTPUT)
            return this.halt(this.limitError());
        if (result.code === INTERNAL_ERROR)
            return this.halt(new Error(`bzip2: ${result.reason}`));
        // Perhaps the magic at the span's end was found by chance inside this block: try up to the next one.
        this.firstError ??= result.reason;
        const further = this.spans.after(job.end);
        if (further === undefined) {
            if (this.ended || this.stalled)
                return this.halt(this.blockError(this.firstError));
            return this.starve();
        }
        if (further.bit - this.pos > maxBlockBits(this.level))
            return this.halt(this.blockError(this.firstError));
        this.stats.retries += 1;
        this.spans.start(this.pos, further.bit, this.level);
        return true;
    }
    /** A decoded block at the reader's position: its bytes go out when the reader asks for more. */
    accept(job, result) {
        if (!this.wantRead)
            return false; // the reader is behind: keep the block until it asks
        if (this.emitted + result.out.length > this.maxOutput)
            return this.halt(this.limitError());
        this.spans.accepted(this.pos);
        this.firstError = null;
        this.crc = (((this.crc << 1) | (this.crc >>> 31)) ^ result.crc) >>> 0;
        this.emitted += result.out.length;
        this.stats.blocks += 1;
        this.blockInStream += 1;
        this.pos = job.end;
        this.input.dropBefore(Math.floor(this.pos / 8));
        if (result.out.length > 0) {
            this.wantRead = this.push(Buffer.from(result.out.buffer, result.out.byteOffset, result.out.length));
        }
        return true;
    }
    corrupt(what) {
        return new Error(`bzip2 data is corrupt: ${what}`);
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

;// CONCATENATED MODULE: ./src/engine/archive/bzip2-parallel.ts
/**
 * bzip2 decompression on several threads, as a Node stream: compressed bytes in, the decoded
 * bytes out, strictly in order (docs/bzip2.md). This is the entry point the rest of the
 * project imports (tar.ts, the tests, bench/bzip2.ts), kept as one stable path while the
 * machinery lives in modules of its own: the bit-level magic scanner (bzip2-scan.ts), the
 * held input (bzip2-input.ts), the worker pool (bzip2-pool.ts), the in-order stream with its
 * acceptance, retries and backpressure (bzip2-stream.ts), and one block through libbzip2 in
 * WebAssembly (bzip2-wasm.ts, run by bzip2-worker.ts).
 */



/** A stream that decompresses bzip2 (one or more concatenated streams), decoding blocks on worker threads. */
function createBzip2Decompressor(options = {}) {
    return new Bzip2Decompressor(options);
}

;// CONCATENATED MODULE: ./src/engine/archive/decompress.ts
/**
 * The bytes of a tar archive as they come out of its compression, as one async sequence of
 * chunks: file → decoder (gzip, bzip2 or none). Decoders sit behind one small interface, so
 * the readers do not know that bzip2 is decoded on worker threads (bzip2-parallel.ts).
 *
 * Reading never waits forever: every pull of the next chunk races a watchdog, so a source
 * or decoder that stops producing data (a stalled mount, a decoder bug) ends the read with
 * an ArchiveError instead of a hang. The time allowed between two chunks is generous; it is
 * not a limit on the archive's size.
 */





/** The registered decoders, by archive format ('tar' needs none). */
const DECODERS = {
    'tar.gz': () => (0,external_node_zlib_.createGunzip)({ chunkSize: 1 << 18 }),
    // Archive_Tar reads only the first bzip2 stream: a second one is refused. The decoder's own
    // worker pool ends with the stream (its end, an error, or the reader stopping early).
    'tar.bz2': (options) => createBzip2Decompressor({ ...options, singleStream: true }),
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
                timer = setTimeout(() => reject(new errors/* ArchiveError */.di(`reading ${what} stopped: no data came for ${stallMs >= 1000 ? `${Math.round(stallMs / 1000)} s` : `${stallMs} ms`}`, 'The file is on a stalled disk or network share, or is damaged. Copy it to a local disk and try again.')), stallMs);
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

/***/ 349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ detectArchiveReader)
});

// UNUSED EXPORTS: archiveFormatOf

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


/***/ }),

/***/ 1736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y3: () => (/* binding */ ArchiveFormatError),
/* harmony export */   di: () => (/* binding */ ArchiveError),
/* harmony export */   w: () => (/* binding */ ArchiveLimitError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/**
 * Archive errors are the user's to act on (exit 2, message and hint, never a stack trace):
 * an archive that is truncated, corrupt, of an unknown format, not shaped like a release,
 * or over a safety limit.
 */

class ArchiveError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb {
    name = 'ArchiveError';
}
/** A limit (--max-size, --max-entries) stopped reading: possibly a decompression bomb. */
class ArchiveLimitError extends ArchiveError {
    name = 'ArchiveLimitError';
}
/**
 * The archive holds something extractors read differently (or that is simply broken) at a
 * place where no single entry can carry a finding: it is refused as a whole. The message
 * says where and why, without the archive's path (the reader adds it).
 */
class ArchiveFormatError extends ArchiveError {
    name = 'ArchiveFormatError';
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

/***/ 323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   __: () => (/* binding */ Budget),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* unused harmony export formatSize */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1736);
/**
 * Safety limits for reading an archive: total uncompressed bytes and number of entries.
 * Reading stops with an ArchiveLimitError as soon as one is passed, so a decompression
 * bomb costs at most `maxBytes` of decompression work and no memory beyond the streams.
 */


const DEFAULT_LIMITS = { maxBytes: 8 * 1024 ** 3, maxEntries: 1_000_000 };
/** "8GiB" style, for messages. */
function formatSize(bytes) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1 && value % 1024 === 0) {
        value /= 1024;
        unit += 1;
    }
    return `${value} ${units[unit]}`;
}
/**
 * Parse a size such as `8GiB`, `8G`, `500MB`, `100k` or `1048576`. Every unit is binary
 * (K = 1024), so a limit of `8G` means 8 GiB.
 */
function parseSize(text, what = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('max-size')) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmgt])(?:i?b)?|b)?\s*$/i.exec(text);
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveError */ .di(`${what} "${text}" is not a size`, `Use a number of bytes or a size like 500M, 8G or 8GiB (units are powers of 1024).`);
    }
    const power = m[2] ? 'kmgt'.indexOf(m[2].toLowerCase()) + 1 : 0;
    const bytes = Math.floor(Number(m[1]) * 1024 ** power);
    if (!Number.isSafeInteger(bytes) || bytes <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveError */ .di(`${what} "${text}" is out of range`);
    return bytes;
}
/** Parse a positive entry count (`1000000`, `1e6` is refused: digits only, `_` allowed). */
function parseCount(text, what = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('max-entries')) {
    const clean = text.replace(/_/g, '');
    if (!/^\d+$/.test(clean) || Number(clean) <= 0 || !Number.isSafeInteger(Number(clean))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveError */ .di(`${what} "${text}" is not a positive whole number`);
    }
    return Number(clean);
}
/** Counts what has been read and throws once a limit is passed. */
class Budget {
    limits;
    archive;
    bytes = 0;
    entries = 0;
    constructor(limits, archive) {
        this.limits = limits;
        this.archive = archive;
    }
    addBytes(n) {
        this.bytes += n;
        if (this.bytes > this.limits.maxBytes)
            throw this.sizeError();
    }
    /** The error for passing the size limit. */
    sizeError() {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveLimitError */ .w(`${this.archive} unpacks to more than ${formatSize(this.limits.maxBytes)} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('max-size')}); reading stopped, it may be a decompression bomb`, `If this is a genuine release that large, raise the limit with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('max-size', '16G')}.`);
    }
    addEntry() {
        this.entries += 1;
        if (this.entries > this.limits.maxEntries) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveLimitError */ .w(`${this.archive} holds more than ${this.limits.maxEntries} entries (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('max-entries')}); reading stopped`, `If this is a genuine release with that many files, raise the limit with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('max-entries')}.`);
        }
    }
}


/***/ }),

/***/ 3679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ archiveLimits),
/* harmony export */   m: () => (/* binding */ planVerificationWithArchives)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _fs_kind_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5118);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(691);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(323);
/**
 * planVerification (plan.ts) with archives: a path that is a regular file is read as a
 * release archive (streamed, never extracted), folders go through planVerification as
 * before; the requests keep the order of the paths. Shared by the CLI and the Action.
 */





/** Limits from option text (`--max-size 8G`, `--max-entries 1000000`); unset ones keep the defaults. */
function archiveLimits(maxSize, maxEntries) {
    const limits = {};
    if (maxSize !== undefined)
        limits.maxBytes = (0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSize */ .DB)(maxSize);
    if (maxEntries !== undefined)
        limits.maxEntries = (0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCount */ .zq)(maxEntries);
    return limits;
}
async function planVerificationWithArchives(options) {
    const paths = options.paths.length > 0 ? options.paths : ['.'];
    const archives = paths.map((p) => (0,_fs_kind_js__WEBPACK_IMPORTED_MODULE_2__/* .isRegularFile */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd, p)));
    (0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .checkReleaseOptions */ .yT)(options);
    if (!archives.includes(true))
        return (0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .planVerification */ .lU)(options);
    if (options.allApps) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('all-apps')} checks an installed server folder; it does not read archives`, `Verify the server archive without ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('all-apps')}: it is checked whole (core, every app, every file), or with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('core-only')} core alone.`);
    }
    const plan = { requests: [], notSigned: [], cwd: options.cwd, archives: [] };
    for (const [i, p] of paths.entries()) {
        if (!archives[i]) {
            plan.requests.push(...(0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .planVerification */ .lU)({ ...options, paths: [p] }).requests);
            continue;
        }
        // The archive readers (tar, zip, bzip2) load only when an archive is checked.
        const { openArchiveTarget } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6539));
        const { collisionNotes, planReleaseArchive } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5374));
        const { target, source, scan } = await openArchiveTarget((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd, p), {
            profile: options.profile,
            appId: options.appId,
            signaturePath: options.signaturePath,
            maxBytes: options.maxBytes,
            maxEntries: options.maxEntries,
        });
        const stats = { path: p, format: scan.format, fileBytes: scan.fileBytes, entries: scan.entries, bytes: scan.bytes, ms: scan.ms };
        if (target.profile.kind === 'core' && target.profile.name !== 'generic' && !options.coreOnly) {
            // A server release: core, every app and every other file, from this one scan.
            const release = planReleaseArchive(scan, target, options.trust);
            plan.requests.push(...release.steps);
            plan.archives?.push({ ...stats, scopes: release.scopes });
            continue;
        }
        const notes = collisionNotes(scan);
        plan.requests.push({ target, source, trust: options.trust, ...(notes.length > 0 ? { notes } : {}) });
        plan.archives?.push({ ...stats, scopes: [target.scope] });
    }
    return plan;
}


/***/ }),

/***/ 5374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collisionNotes: () => (/* binding */ collisionNotes),
/* harmony export */   planReleaseArchive: () => (/* binding */ planReleaseArchive)
/* harmony export */ });
/* unused harmony exports archiveReleaseProbe, archiveReleaseEntries */
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
/* harmony export */   i: () => (/* binding */ archiveTarget),
/* harmony export */   ri: () => (/* binding */ smallText),
/* harmony export */   sR: () => (/* binding */ isScanFolder),
/* harmony export */   w: () => (/* binding */ splitScan),
/* harmony export */   yG: () => (/* binding */ archiveSource)
/* harmony export */ });
/* unused harmony exports archiveFiles, archiveSignature */
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


/***/ }),

/***/ 5053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jf: () => (/* binding */ TarParser),
  sB: () => (/* binding */ readTar)
});

// UNUSED EXPORTS: parseTarChunks

// EXTERNAL MODULE: ./src/engine/archive/errors.ts
var errors = __webpack_require__(1736);
// EXTERNAL MODULE: ./src/engine/archive/decompress.ts + 7 modules
var decompress = __webpack_require__(2743);
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

// EXTERNAL MODULE: ./src/engine/archive/extractors.ts
var extractors = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/engine/archive/tar-entry.ts
/**
 * One tar header turned into an entry: the name and link target GNU tar reads (the canonical
 * view), how 7-Zip and PHP's Archive_Tar would read the same header (their dissent), and the
 * headers refused because the extractors would consume the stream differently. Kept apart
 * from the parser's state machine (tar.ts), which only moves bytes: this is the decision.
 */


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
/** Whether the header's type is a regular file (the only kind whose data is content). */
function isFileType(typeflag) {
    return typeflag === '0' || typeflag === '\0' || typeflag === '7';
}
/** Refuses a size extractors read differently: a pax size other than the header's, or data on a non-file. */
function refuseDisputedSize(h, pax, at) {
    if (isFileType(h.typeflag)) {
        if (pax.size !== undefined && pax.size !== h.size) {
            throw new errors/* ArchiveFormatError */.Y3(`the entry at byte ${at} has a pax size other than its header's: GNU tar and 7-Zip read the pax size, PHP's Archive_Tar the header's; the archive is refused`, REFUSED_HINT);
        }
    }
    else if (h.size !== 0 || (pax.size !== undefined && pax.size !== 0)) {
        throw new errors/* ArchiveFormatError */.Y3(`the ${TYPE_NAMES[h.typeflag]} at byte ${at} carries data: extractors differ on whether it is the entry's content or the next headers; the archive is refused`, REFUSED_HINT);
    }
}
/** The entry's name as each extractor reads it; refuses names some of them cannot write. */
function entryNames(h, pax, long, at) {
    const names = {
        gnuTar: pax.path ?? long ?? h.gnuName,
        sevenZip: pax.path ?? long ?? h.sevenZipName,
        archiveTar: long ?? h.archiveTarName,
    };
    if (names.gnuTar.length === 0 || names.archiveTar.length === 0) {
        throw new errors/* ArchiveFormatError */.Y3(`the entry at byte ${at} has an empty name, which extractors read differently; the archive is refused`, REFUSED_HINT);
    }
    if (h.typeflag !== '5' && names.gnuTar[names.gnuTar.length - 1] === 0x2f) {
        throw new errors/* ArchiveFormatError */.Y3(`the ${TYPE_NAMES[h.typeflag] ?? 'file'} at byte ${at} has a name ending in "/": GNU tar and 7-Zip create a folder, PHP's Archive_Tar fails; the archive is refused`, REFUSED_HINT);
    }
    return names;
}
/** Where 7-Zip and Archive_Tar write the entry under another name, or refuse it. */
function nameDissent(h, names) {
    const dissent = [];
    const another = 'writes it under another name (also reported)';
    if (!names.sevenZip.equals(names.gnuTar))
        dissent.push({ who: extractors/* SEVEN_ZIP */.Wj, what: another, name: names.sevenZip });
    if (archiveTarRefusesName(h.archiveTarName) || archiveTarRefusesName(names.archiveTar)) {
        dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: 'refuses the name as malicious and stops extracting', name: null });
    }
    else if (!names.archiveTar.equals(names.gnuTar))
        dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: another, name: names.archiveTar });
    return dissent;
}
/** A symbolic link's target, with Archive_Tar's dissent on it added to `dissent`. */
function symlinkTarget(h, pax, archiveTarName, at, dissent) {
    const link = pax.linkpath ?? h.linkname;
    if (link.length === 0) {
        throw new errors/* ArchiveFormatError */.Y3(`the symbolic link at byte ${at} has no target, which extractors handle differently; the archive is refused`, REFUSED_HINT);
    }
    if (archiveTarRefusesLink(archiveTarName, h.archiveTarLinkname)) {
        dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: 'refuses the link as leading out of the folder and stops extracting', name: null });
    }
    else if (!h.archiveTarLinkname.equals(link)) {
        dissent.push({ who: extractors/* ARCHIVE_TAR */.Hr, what: 'writes the link with another target', content: 'other' });
    }
    return link;
}
/** Sets the entry's kind (and link target) from the header's type. */
function setKind(entry, h, pax, archiveTarName, at, dissent) {
    switch (h.typeflag) {
        case '1':
            entry.type = 'hardlink';
            entry.link = pax.linkpath ?? h.linkname;
            break;
        case '2':
            entry.type = 'symlink';
            entry.link = symlinkTarget(h, pax, archiveTarName, at, dissent);
            break;
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
}
/**
 * The entry a file, link, folder or device header stands for, read the way GNU tar reads
 * it, after the pax records and GNU long name that precede it; `at` is the header's offset.
 */
function tarEntry(h, pax, long, at) {
    refuseDisputedSize(h, pax, at);
    const names = entryNames(h, pax, long, at);
    const dissent = nameDissent(h, names);
    const entry = { name: names.gnuTar, type: 'file' };
    setKind(entry, h, pax, names.archiveTar, at, dissent);
    if (dissent.length > 0)
        entry.dissent = dissent;
    return entry;
}

;// CONCATENATED MODULE: ./src/engine/archive/tar.ts
/**
 * Reading a tar archive (plain, gzip or bzip2) as one stream, with our own strict parser:
 * tar-stream (and most libraries) pick one reading of every header, while GNU tar, 7-Zip
 * and PHP's Archive_Tar (which Nextcloud's app installer uses) each read some headers their
 * own way. Here every entry is read the way GNU tar reads it, and compared with how the
 * other two would (tar-entry.ts; tests/archive: differential suite):
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
/**
 * The tar stream's structure, pushed chunk by chunk: a state machine whose states each read
 * from `chunk` at `off` and return the offset they stopped at. What an entry header means
 * is decided in tar-entry.ts.
 */
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
                case 'header':
                    off = this.readHeader(chunk, off);
                    break;
                case 'data':
                    off = this.readData(chunk, off);
                    break;
                case 'meta':
                    off = this.readMeta(chunk, off);
                    break;
                case 'pad':
                    off = this.skipPadding(chunk, off);
                    break;
                case 'end':
                    off = this.readAfterEnd(chunk, off);
                    break;
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
    /** A header block: read in place when the chunk holds it whole, else gathered across chunks. */
    readHeader(chunk, off) {
        if (this.headerFill === 0 && chunk.length - off >= BLOCK) {
            off += BLOCK;
            this.pos += BLOCK;
            this.onHeader(chunk.subarray(off - BLOCK, off));
            return off;
        }
        const take = Math.min(BLOCK - this.headerFill, chunk.length - off);
        chunk.copy(this.header, this.headerFill, off, off + take);
        this.headerFill += take;
        this.pos += take;
        if (this.headerFill === BLOCK) {
            this.headerFill = 0;
            this.onHeader(this.header);
        }
        return off + take;
    }
    /** An entry's data, handed to the collector as it comes. */
    readData(chunk, off) {
        const take = Math.min(this.remaining, chunk.length - off);
        this.collector.data(chunk.subarray(off, off + take));
        this.pos += take;
        this.remaining -= take;
        if (this.remaining === 0) {
            this.collector.end();
            this.toPadding(this.dataSize);
        }
        return off + take;
    }
    /** An extended header's data, kept until it is whole. */
    readMeta(chunk, off) {
        const meta = this.meta;
        const take = Math.min(this.remaining, chunk.length - off);
        meta.parts.push(Buffer.from(chunk.subarray(off, off + take)));
        this.pos += take;
        this.remaining -= take;
        if (this.remaining === 0) {
            this.onMeta(meta);
            this.toPadding(meta.size);
        }
        return off + take;
    }
    skipPadding(chunk, off) {
        const take = Math.min(this.remaining, chunk.length - off);
        this.pos += take;
        this.remaining -= take;
        if (this.remaining === 0)
            this.state = 'header';
        return off + take;
    }
    /** After the end-of-archive marker only zeros may follow. */
    readAfterEnd(chunk, off) {
        for (; off < chunk.length; off++, this.pos++) {
            if (chunk[off] !== 0) {
                throw new errors/* ArchiveFormatError */.Y3(`there is data after the end-of-archive marker (at byte ${this.pos}): GNU tar and 7-Zip stop at the marker, PHP's Archive_Tar (Nextcloud's app installer) reads on; the archive is refused`, REFUSED_HINT);
            }
        }
        return off;
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
            this.onEndMarker(at);
            return;
        }
        const h = decodeHeader(block, at);
        switch (h.typeflag) {
            case 'x':
            case 'g':
            case 'L':
                this.onExtendedHeader(h.typeflag, h.size, at);
                return;
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
                throw unknownType(h.typeflag, at);
        }
    }
    onEndMarker(at) {
        if (this.pax || this.long) {
            throw new errors/* ArchiveFormatError */.Y3(`an extended header is not followed by an entry (at byte ${at}); extractors differ on what it applies to; the archive is refused`, REFUSED_HINT);
        }
        this.state = 'end';
    }
    onExtendedHeader(type, size, at) {
        if ((type !== 'L' && (this.pax || this.long)) || (type === 'L' && this.long)) {
            throw new errors/* ArchiveFormatError */.Y3(`extended headers at byte ${at} come in an order extractors read differently (only a pax header, then a GNU long name, then the entry are read alike); the archive is refused`, REFUSED_HINT);
        }
        if (size > MAX_META_BYTES)
            throw new errors/* ArchiveFormatError */.Y3(`the extended header at byte ${at} is ${size} bytes, more than any path needs; the archive is refused`);
        this.meta = { type, at, parts: [], size };
        this.remaining = size;
        if (size === 0) {
            this.onMeta(this.meta);
            this.toPadding(0);
        }
        else
            this.state = 'meta';
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
        this.long = gnuLongName(data, meta.at);
    }
    onEntry(h, at) {
        const pax = this.pax ?? {};
        const long = this.long;
        this.pax = null;
        this.long = null;
        const entry = tarEntry(h, pax, long, at);
        this.entries += 1;
        this.collector.begin(entry);
        const isFile = isFileType(h.typeflag);
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
/** A GNU long name: GNU tar and 7-Zip read up to the first NUL, Archive_Tar the whole data less trailing NULs. */
function gnuLongName(data, at) {
    let end = data.length;
    while (end > 0 && data[end - 1] === 0)
        end--;
    const value = data.subarray(0, end);
    if (value.length === 0 || value.includes(0)) {
        throw new errors/* ArchiveFormatError */.Y3(`the GNU long name at byte ${at} is empty or holds a NUL byte, which extractors read differently; the archive is refused`, REFUSED_HINT);
    }
    return value;
}
function unknownType(typeflag, at) {
    return new errors/* ArchiveFormatError */.Y3(`the tar entry at byte ${at} has the type ${/^[\x21-\x7e]$/.test(typeflag) ? `'${typeflag}'` : `0x${typeflag.charCodeAt(0).toString(16)}`}, which extractors treat differently (GNU tar's sparse files, volume labels, unknown types); the archive is refused`, REFUSED_HINT);
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


/***/ }),

/***/ 6624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W2: () => (/* binding */ commitTempFile),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   a6: () => (/* binding */ clearStaleTempFiles),
/* harmony export */   aS: () => (/* binding */ writeReportFile),
/* harmony export */   hU: () => (/* binding */ writeOrFail),
/* harmony export */   to: () => (/* binding */ openTempFile),
/* harmony export */   zz: () => (/* binding */ cannotWrite)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(234);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7679);
/**
 * Writing files so that nothing half-written is ever seen: a temporary file in the same folder
 * (so the rename is atomic), fsync, rename. The temporary file is removed when anything fails,
 * when the process is interrupted (cleanup.ts), and by the next run if the process was killed.
 */





/** The temporary file writeFileAtomic uses beside `path`: `.<name>.<pid>.<8 hex>.tmp`. */
function tempNamePattern(path) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^\\.${name}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
/**
 * A signing run that was killed between writing and renaming leaves its temporary file
 * beside signature.json; it must not be signed as part of the tree. Remove those of dead
 * processes; refuse while another signing process is still writing.
 */
function clearStaleTempFiles(path) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    const re = tempNamePattern(path);
    const removed = [];
    let names = [];
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir);
    }
    catch {
        return removed;
    }
    for (const name of names) {
        const m = re.exec(name);
        if (!m)
            continue;
        if (processAlive(Number(m[1])) && Number(m[1]) !== process.pid) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`another signing process (pid ${m[1]}) is writing ${path}`, 'Wait for it to finish, then sign again.');
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name));
        removed.push(name);
    }
    return removed;
}
/** A new temporary file beside `path` (same folder, so a rename puts it in place atomically). */
function openTempFile(path) {
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(tmp, 'wx', 0o644);
    }
    catch (e) {
        throw cannotWrite(path, e);
    }
    (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .removeOnInterrupt */ .vY)(tmp);
    let position = 0;
    return {
        path: tmp,
        write: (chunk) => {
            const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
            let off = 0;
            while (off < buf.length)
                off += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, buf, off, buf.length - off, position + off);
            position += buf.length;
        },
        restart: () => {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.ftruncateSync)(fd, 0);
            position = 0;
        },
        finish: () => {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
            fd = undefined;
        },
        abort: () => {
            if (fd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
            fd = undefined;
            discardTempFile(tmp);
        },
    };
}
function discardTempFile(tmp) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(tmp);
    }
    catch {
        // already gone
    }
    (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .release */ ._r)(tmp);
}
function cannotWrite(path, e) {
    const code = e.code;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`cannot write ${path}: ${code ?? e.message}`, `Make ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path)} writable.`);
}
/** Put a finished temporary file in place of `path` (rename: readers see the old file or the new one). */
function commitTempFile(tmp, path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, path);
        (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .release */ ._r)(tmp);
    }
    catch (e) {
        discardTempFile(tmp);
        throw cannotWrite(path, e);
    }
}
/** A report file: its folder is created when missing, then it is written atomically (writeFileAtomic). */
function writeReportFile(path, content) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    }
    catch (e) {
        throw cannotWrite(path, e);
    }
    writeFileAtomic(path, content);
}
/** Write to `path` atomically: temporary file in the same folder, fsync, rename. Nothing is left behind when it fails. */
function writeFileAtomic(path, content) {
    const file = openTempFile(path);
    try {
        if (typeof content === 'string')
            file.write(content);
        else
            content(file.write);
        file.finish();
    }
    catch (e) {
        file.abort();
        throw cannotWrite(path, e);
    }
    commitTempFile(file.path, path);
}
/** Write a chunk, turning a failure (a full disk) into the usage error for `path`. */
function writeOrFail(file, path, chunk) {
    try {
        file.write(chunk);
    }
    catch (e) {
        throw cannotWrite(path, e);
    }
}


/***/ }),

/***/ 5860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UH: () => (/* binding */ pssVerifyDigest),
/* harmony export */   uy: () => (/* binding */ pssSignDigest),
/* harmony export */   wP: () => (/* binding */ pssMessageHash)
/* harmony export */ });
/* unused harmony exports modulusBytes, pssSign, pssVerify */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * RSASSA-PSS exactly as upstream (phpseclib 2 with setMGFHash('sha512'), setSaltLength(0),
 * default hash SHA-1): EMSA-PSS with message digest SHA-1, MGF1 over SHA-512, no salt.
 *
 * node:crypto cannot choose the MGF1 hash apart from the message digest, so the EMSA-PSS
 * encoding (RFC 8017 §9.1) is done here and only the raw RSA operation is delegated to
 * OpenSSL (RSA_NO_PADDING). With salt length 0 the scheme is deterministic, which is what
 * makes byte-identical signature.json files possible.
 */

const MESSAGE_HASH = 'sha1';
const MGF_HASH = 'sha512';
const H_LEN = 20; // SHA-1 output
function mgf1(seed, length) {
    const blocks = [];
    let produced = 0;
    for (let counter = 0; produced < length; counter++) {
        const c = Buffer.alloc(4);
        c.writeUInt32BE(counter);
        const block = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(MGF_HASH).update(seed).update(c).digest();
        blocks.push(block);
        produced += block.length;
    }
    return Buffer.concat(blocks).subarray(0, length);
}
/** Modulus size in bytes ("k" in RFC 8017). */
function modulusBytes(key) {
    const bits = key.asymmetricKeyDetails?.modulusLength;
    if (key.asymmetricKeyType !== 'rsa' || bits === undefined) {
        throw new TypeError(`expected an RSA key, got ${key.asymmetricKeyType ?? 'unknown'}`);
    }
    return Math.ceil(bits / 8);
}
/**
 * EMSA-PSS-ENCODE with emBits = 8k - 1, as phpseclib computes it (it uses the byte length
 * of the modulus, not its exact bit length; identical for every usual key size).
 */
function emsaPssEncode(mHash, k) {
    const emBits = 8 * k - 1;
    const emLen = Math.ceil(emBits / 8);
    const salt = Buffer.alloc(0);
    if (emLen < H_LEN + salt.length + 2)
        throw new Error('key too small for RSA-PSS');
    const mPrime = Buffer.concat([Buffer.alloc(8), mHash, salt]);
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(MESSAGE_HASH).update(mPrime).digest();
    const db = Buffer.alloc(emLen - H_LEN - 1);
    db[db.length - salt.length - 1] = 0x01;
    const mask = mgf1(h, db.length);
    for (let i = 0; i < db.length; i++)
        db[i] = db[i] ^ mask[i];
    db[0] = db[0] & (0xff >> (8 * emLen - emBits));
    return Buffer.concat([db, h, Buffer.from([0xbc])]);
}
function emsaPssVerify(mHash, em, k) {
    const emBits = 8 * k - 1;
    const emLen = Math.ceil(emBits / 8);
    if (em.length !== emLen)
        return false;
    if (emLen < H_LEN + 2)
        return false;
    if (em[em.length - 1] !== 0xbc)
        return false;
    const maskedDb = em.subarray(0, emLen - H_LEN - 1);
    const h = em.subarray(emLen - H_LEN - 1, emLen - 1);
    const topMask = (0xff << (8 - (8 * emLen - emBits))) & 0xff;
    if ((maskedDb[0] & topMask) !== 0)
        return false;
    const mask = mgf1(Buffer.from(h), maskedDb.length);
    const db = Buffer.alloc(maskedDb.length);
    for (let i = 0; i < db.length; i++)
        db[i] = maskedDb[i] ^ mask[i];
    db[0] = db[0] & (0xff >> (8 * emLen - emBits));
    // salt length 0: DB must be zeros followed by a single 0x01.
    for (let i = 0; i < db.length - 1; i++)
        if (db[i] !== 0)
            return false;
    if (db[db.length - 1] !== 0x01)
        return false;
    const hPrime = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(MESSAGE_HASH)
        .update(Buffer.concat([Buffer.alloc(8), mHash]))
        .digest();
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(hPrime, h);
}
/** The message digest PSS signs here: SHA-1. Feed a large message in pieces with update(). */
function pssMessageHash() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(MESSAGE_HASH);
}
/** Sign `message` with upstream's PSS parameters. Returns k bytes. */
function pssSign(message, privateKey) {
    return pssSignDigest(createHash(MESSAGE_HASH).update(message).digest(), privateKey);
}
/** Sign a message given its SHA-1 digest (see pssMessageHash). */
function pssSignDigest(mHash, privateKey) {
    const k = modulusBytes(privateKey);
    const em = emsaPssEncode(mHash, k);
    const padded = em.length === k ? em : Buffer.concat([Buffer.alloc(k - em.length), em]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.privateDecrypt)({ key: privateKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_NO_PADDING }, padded);
}
/** Verify an upstream PSS signature. Never throws for a bad signature; returns false. */
function pssVerify(message, signature, publicKey) {
    return pssVerifyDigest(createHash(MESSAGE_HASH).update(message).digest(), signature, publicKey);
}
/** Verify a signature given the message's SHA-1 digest (see pssMessageHash). */
function pssVerifyDigest(mHash, signature, publicKey) {
    let k;
    try {
        k = modulusBytes(publicKey);
    }
    catch {
        return false;
    }
    if (signature.length !== k)
        return false;
    let m;
    try {
        // Raw RSA public operation s^e mod n; OpenSSL rejects s >= n, which is an invalid signature.
        m = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.publicEncrypt)({ key: publicKey, padding: node_crypto__WEBPACK_IMPORTED_MODULE_0__.constants.RSA_NO_PADDING }, signature);
    }
    catch {
        return false;
    }
    const emLen = Math.ceil((8 * k - 1) / 8);
    if (m.length > emLen) {
        // Leading bytes beyond emLen must be zero (only when 8k-1 is a multiple of 8; never here).
        if (m.subarray(0, m.length - emLen).some((b) => b !== 0))
            return false;
        m = m.subarray(m.length - emLen);
    }
    return emsaPssVerify(mHash, m, k);
}


/***/ }),

/***/ 5118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ isRegularFile),
/* harmony export */   w: () => (/* binding */ isDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/** What a path is, without throwing: the questions the planning code asks of the disk. */

/** Whether `path` is a folder (following links); false when it cannot be looked at. */
function isDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** Whether `path` is a regular file (following links); false when it cannot be looked at. */
function isRegularFile(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 2144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ HashTable),
/* harmony export */   S: () => (/* binding */ WalkCursor)
/* harmony export */ });
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3611);
/* harmony import */ var _php_array_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2676);
/* harmony import */ var _php_ksort_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6484);
/**
 * The hashes a signature lists, in ksort order, kept compactly: a server's core signature
 * lists tens of thousands of files (hundreds of thousands in a large tree), and keeping each
 * as a PHP array entry with a 128-character hex string, plus a hash map to find it, would
 * cost several times the name and the 64 bytes of its SHA-512 digest.
 *
 * Values that are lowercase hex SHA-512 strings (every value, in any real signature) are
 * stored as 64-byte digests; anything else (a hand-edited file) keeps its decoded PHP value,
 * so upstream's comparisons can still be replayed exactly from `toPhpArray()`.
 *
 * Finding a file's entry: the walk visits files in an order the table can predict (see
 * `WalkCursor`), so a verification where everything matches never builds a map of names.
 */



const HEX_SHA512 = /^[0-9a-f]{128}$/;
class HashTable {
    names;
    keys;
    digests;
    values;
    /** Built on first use only: name → position (a map of every name costs as much as the names). */
    index = null;
    dropped = null;
    droppedCount = 0;
    constructor(
    /** The names as bytes (the usual signature: names that are never numeric PHP keys)… */
    names, 
    /** …or as the PHP keys of a signature decoded the long way. */
    keys, 
    /** 64 bytes per entry, when every value is a lowercase hex SHA-512. */
    digests, 
    /** The decoded values otherwise. */
    values) {
        this.names = names;
        this.keys = keys;
        this.digests = digests;
        this.values = values;
    }
    /** From names already in ksort order (none of them numeric) and their digests. */
    static fromDigests(names, digests) {
        return new HashTable(names, null, digests, null);
    }
    /** From the ksorted PHP array of a signature file decoded the long way. */
    static fromSorted(sorted) {
        const keys = [...sorted.keys()];
        const values = [...sorted.entries()].map(([, v]) => v);
        if (values.every((v) => typeof v === 'string' && HEX_SHA512.test(v))) {
            const digests = new _records_js__WEBPACK_IMPORTED_MODULE_2__/* .RecordStore */ .p(64);
            values.forEach((v, i) => digests.chunkFor(i).write(v, digests.offsetOf(i), 64, 'hex'));
            return new HashTable(null, keys, digests, null);
        }
        return new HashTable(null, keys, null, values);
    }
    /** Positions run from 0 to keyCount - 1 (dropped entries included). */
    get keyCount() {
        return this.names ? this.names.count : this.keys.length;
    }
    /** Entries left (after `drop`). */
    get size() {
        return this.keyCount - this.droppedCount;
    }
    isDropped(i) {
        return this.dropped !== null && this.dropped[i] === 1;
    }
    /** Position of the entry for file `rel` (PHP key rules: "12" is the integer key 12), or -1. */
    indexOf(rel) {
        if (this.index === null) {
            this.index = new Map();
            for (let i = 0; i < this.keyCount; i++)
                if (!this.isDropped(i))
                    this.index.set(this.keyAt(i), i);
        }
        return this.index.get((0,_php_array_js__WEBPACK_IMPORTED_MODULE_0__/* .phpKey */ .c4)(rel)) ?? -1;
    }
    /** Whether entry `i` is the one for file `rel` (same PHP key). */
    keyIs(i, rel) {
        if (this.names)
            return this.names.equals(i, rel);
        const key = this.keys[i];
        return typeof key === 'string' ? key === rel : String(key) === rel;
    }
    /** Whether entry `i` holds exactly the SHA-512 `digest[offset..offset+64]`. */
    matches(i, digest, offset) {
        if (this.digests)
            return this.digests.digestEquals(i, digest, offset);
        return this.values[i] === digest.toString('hex', offset, offset + 64);
    }
    keyAt(i) {
        return this.names ? this.names.string(i) : this.keys[i];
    }
    valueAt(i) {
        if (this.digests)
            return this.digests.digestHex(i);
        return this.values[i];
    }
    /** Whether an entry left has a name PHP holds as an integer key ("10", "-3"). */
    hasIntegerKey() {
        if (this.names)
            return false; // the scanner takes no numeric name
        return this.keys.some((key, i) => (0,_php_array_js__WEBPACK_IMPORTED_MODULE_0__/* .isPhpIntegerKey */ .un)(key) && !this.isDropped(i));
    }
    /** Remove the entries whose name starts with `prefix` (Nextcloud's `updater/` rule); returns how many. */
    dropPrefix(prefix) {
        const bytes = Buffer.from(prefix, 'utf8');
        let n = 0;
        for (let i = 0; i < this.keyCount; i++) {
            if (this.isDropped(i))
                continue;
            const hit = this.names ? this.names.startsWith(i, bytes) : String(this.keys[i]).startsWith(prefix);
            if (!hit)
                continue;
            this.dropped ??= new Uint8Array(this.keyCount);
            this.dropped[i] = 1;
            this.index?.delete(this.keyAt(i));
            n += 1;
        }
        this.droppedCount += n;
        return n;
    }
    /**
     * The entries left, in the order the walk visits their files: byte order of the paths.
     * A table read by the scanner is in that order already; one decoded the long way (numeric
     * names, which ksort orders as numbers) is sorted here.
     */
    walkOrder() {
        const positions = new Int32Array(this.keyCount - this.droppedCount);
        let n = 0;
        for (let i = 0; i < this.keyCount; i++)
            if (!this.isDropped(i))
                positions[n++] = i;
        if (this.names)
            return positions;
        const keys = this.keys.map(String);
        return positions.sort((p, q) => (0,_php_ksort_js__WEBPACK_IMPORTED_MODULE_1__/* .binaryCompare */ .$Y)(keys[p], keys[q]));
    }
    /** The entries as the PHP array upstream holds (built only when something differs). */
    toPhpArray() {
        const arr = new _php_array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpArray */ .y6();
        for (let i = 0; i < this.keyCount; i++)
            if (!this.isDropped(i))
                arr.set(this.keyAt(i), this.valueAt(i));
        return arr;
    }
}
/**
 * Finds the entry of each file as the walk yields them, in walk order: usually the next
 * entry in `walkOrder()`, checked by one string comparison. A file that is not (extra, or
 * the order differs for unusual names) is looked up by name, and the cursor moves on from
 * there, so a few extra or missing files cost a few lookups.
 */
class WalkCursor {
    table;
    order;
    next = 0;
    positionOf = null;
    constructor(table) {
        this.table = table;
        this.order = table.walkOrder();
    }
    /** The entry for `rel`, the next file of the walk, or -1. */
    find(rel) {
        if (this.next < this.order.length) {
            const i = this.order[this.next];
            if (this.table.keyIs(i, rel)) {
                this.next += 1;
                return i;
            }
        }
        const i = this.table.indexOf(rel);
        if (i < 0)
            return -1;
        if (this.positionOf === null) {
            this.positionOf = new Int32Array(this.table.keyCount).fill(-1);
            this.order.forEach((entry, position) => (this.positionOf[entry] = position));
        }
        const position = this.positionOf[i];
        if (position >= this.next)
            this.next = position + 1;
        return i;
    }
}


/***/ }),

/***/ 1601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ NameStore)
/* harmony export */ });
/**
 * File names kept as UTF-8 bytes in large chunks instead of one JS string each: a server tree
 * has tens to hundreds of thousands of paths, and as strings they are the largest part of
 * the heap (and of the garbage collector's work). Names are compared here byte by byte (PHP's
 * ksort order for ordinary names, and the walk's order), and turned back into strings only
 * where one is printed or looked up.
 */
const CHUNK_BYTES = 1 << 20;
class NameStore {
    chunks = [];
    used = CHUNK_BYTES;
    /** Per name: its chunk, its offset in the chunk, its length in bytes. */
    chunkIndex = new Int32Array(1024);
    offsets = new Int32Array(1024);
    lengths = new Int32Array(1024);
    count = 0;
    /** Room for `bytes` more in the current chunk; returns the chunk index. */
    room(bytes) {
        if (this.used + bytes > (this.chunks[this.chunks.length - 1]?.length ?? 0)) {
            this.chunks.push(Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes)));
            this.used = 0;
        }
        if (this.count === this.lengths.length) {
            const grow = (a) => {
                const b = new Int32Array(a.length * 2);
                b.set(a);
                return b;
            };
            this.chunkIndex = grow(this.chunkIndex);
            this.offsets = grow(this.offsets);
            this.lengths = grow(this.lengths);
        }
        return this.chunks.length - 1;
    }
    record(chunk, length) {
        this.chunkIndex[this.count] = chunk;
        this.offsets[this.count] = this.used;
        this.lengths[this.count] = length;
        this.used += length;
        return this.count++;
    }
    pushBytes(src, start, end) {
        const chunk = this.room(end - start);
        this.chunks[chunk].set(src.subarray(start, end), this.used);
        return this.record(chunk, end - start);
    }
    pushString(name) {
        const max = name.length * 3;
        const chunk = this.room(max);
        const written = this.chunks[chunk].write(name, this.used, max, 'utf8');
        return this.record(chunk, written);
    }
    chunkOf(i) {
        return this.chunks[this.chunkIndex[i]];
    }
    offsetOf(i) {
        return this.offsets[i];
    }
    string(i) {
        const off = this.offsetOf(i);
        return this.chunkOf(i).toString('utf8', off, off + this.lengths[i]);
    }
    /** Whether name `i` is exactly `name`. */
    equals(i, name) {
        const length = this.lengths[i];
        // UTF-8 never has fewer bytes than UTF-16 has code units.
        if (name.length > length)
            return false;
        const chunk = this.chunkOf(i);
        const off = this.offsetOf(i);
        for (let k = 0; k < name.length; k++) {
            const c = name.charCodeAt(k);
            if (c >= 0x80)
                return chunk.compare(Buffer.from(name, 'utf8'), 0, undefined, off, off + length) === 0;
            if (chunk[off + k] !== c)
                return false;
        }
        return name.length === length;
    }
    /** Compare names `i` and `j` by their bytes (PHP's ksort order for names that are not numeric). */
    compare(i, j) {
        const a = this.chunkOf(i);
        const b = this.chunkOf(j);
        const ao = this.offsetOf(i);
        const bo = this.offsetOf(j);
        const al = this.lengths[i];
        const bl = this.lengths[j];
        const n = Math.min(al, bl);
        for (let k = 0; k < n; k++) {
            const x = a[ao + k];
            const y = b[bo + k];
            if (x === y)
                continue;
            return x < y ? -1 : 1;
        }
        return al - bl;
    }
    /** Names `from` to `to - 1`, each after `prefix`, separated by NUL bytes (a batch of paths for a worker). */
    joined(from, to, prefix) {
        let size = Math.max(0, to - from - 1);
        for (let i = from; i < to; i++)
            size += prefix.length + this.lengths[i];
        const out = Buffer.allocUnsafe(size);
        let o = 0;
        for (let i = from; i < to; i++) {
            if (i > from)
                out[o++] = 0;
            out.set(prefix, o);
            o += prefix.length;
            const off = this.offsetOf(i);
            const length = this.lengths[i];
            out.set(this.chunkOf(i).subarray(off, off + length), o);
            o += length;
        }
        return out;
    }
    /** Whether name `i` starts with the bytes `prefix`. */
    startsWith(i, prefix) {
        const length = this.lengths[i];
        if (length < prefix.length)
            return false;
        const chunk = this.chunkOf(i);
        const off = this.offsetOf(i);
        for (let k = 0; k < prefix.length; k++)
            if (chunk[off + k] !== prefix[k])
                return false;
        return true;
    }
    /** Compare name `i` with the bytes `src[start..end]` (byte order). */
    compareBytes(i, src, start, end) {
        const a = this.chunkOf(i);
        const ao = this.offsetOf(i);
        const al = this.lengths[i];
        const bl = end - start;
        const n = Math.min(al, bl);
        for (let k = 0; k < n; k++) {
            const x = a[ao + k];
            const y = src[start + k];
            if (x !== y)
                return x < y ? -1 : 1;
        }
        return al - bl;
    }
}


/***/ }),

/***/ 3611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ holding),
/* harmony export */   p: () => (/* binding */ RecordStore)
/* harmony export */ });
/**
 * Fixed-size binary records (a SHA-512 digest, optionally with a size and a time) stored in
 * chunks: growing never copies what is already stored and never reserves more than one
 * chunk ahead, so a table of 300,000 files costs its 64 bytes per file and little more.
 */
const CHUNK_RECORDS = 4096;
class RecordStore {
    recordBytes;
    numbersAt;
    chunks = [];
    /** `numbersAt`: where a record's numbers start (after its digest, or at 0 for records without one). */
    constructor(recordBytes, numbersAt = 64) {
        this.recordBytes = recordBytes;
        this.numbersAt = numbersAt;
    }
    /** The chunk holding record `i`, allocated on first use; the record starts at `offsetOf(i)`. */
    chunkFor(i) {
        const c = Math.floor(i / CHUNK_RECORDS);
        while (this.chunks.length <= c)
            this.chunks.push(Buffer.alloc(CHUNK_RECORDS * this.recordBytes));
        return this.chunks[c];
    }
    offsetOf(i) {
        return (i % CHUNK_RECORDS) * this.recordBytes;
    }
    /** Copy 64 digest bytes from `src` at `srcOffset` into record `i`. */
    setDigest(i, src, srcOffset) {
        const off = this.offsetOf(i);
        this.chunkFor(i).set(src.subarray(srcOffset, srcOffset + 64), off);
    }
    /** Whether record `i`'s digest equals the 64 bytes of `src` at `srcOffset`. */
    digestEquals(i, src, srcOffset) {
        const off = this.offsetOf(i);
        return this.chunkFor(i).compare(src, srcOffset, srcOffset + 64, off, off + 64) === 0;
    }
    digestHex(i) {
        const off = this.offsetOf(i);
        return this.chunkFor(i).toString('hex', off, off + 64);
    }
    setNumber(i, field, value) {
        this.chunkFor(i).writeDoubleLE(value, this.offsetOf(i) + this.numbersAt + field * 8);
    }
    getNumber(i, field) {
        return this.chunkFor(i).readDoubleLE(this.offsetOf(i) + this.numbersAt + field * 8);
    }
}
/**
 * A per-position array (by walk position) that holds position `i`: `array` itself, or a copy
 * at least twice as long whose new slots hold `fill`.
 */
function holding(array, i, fill = 0) {
    if (i < array.length)
        return array;
    const grown = new array.constructor(Math.max(i + 1, array.length * 2));
    if (fill !== 0)
        grown.fill(fill);
    grown.set(array);
    return grown;
}


/***/ }),

/***/ 884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FC: () => (/* binding */ coreConfigExclusions),
/* harmony export */   M8: () => (/* binding */ planInstallation)
/* harmony export */ });
/* unused harmony exports evalPathExpression, readServerConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _fs_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5118);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3643);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6681);
/**
 * A whole installation: core plus every app, as upstream's runInstanceVerification does
 * (core, then each app that is shipped or carries a signature). App roots come from
 * config/config.php's `apps_paths` (default `apps/`), read without executing PHP.
 */






/** PHP single- or double-quoted string literal body → value (only the escapes config files use). */
function phpString(quote, body) {
    if (quote === "'")
        return body.replace(/\\(['\\])/g, '$1');
    return body.replace(/\\(["\\$nrt])/g, (_m, c) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}
/**
 * Evaluate the small PHP expressions config.php uses for paths: string literals joined
 * with `.`, `OC::$SERVERROOT` / `\OC::$SERVERROOT`, `__DIR__` and `dirname(__DIR__)`.
 * Returns null for anything else (we never execute PHP).
 */
function evalPathExpression(expr, serverRoot, configDir) {
    const parts = expr.split(/\s*\.\s*(?=(?:[^'"]|'[^']*'|"[^"]*")*$)/);
    let out = '';
    for (const raw of parts) {
        const part = raw.trim();
        const str = /^(['"])([\s\S]*)\1$/.exec(part);
        if (str)
            out += phpString(str[1], str[2]);
        else if (/^\\?OC::\$SERVERROOT$/.test(part))
            out += serverRoot;
        else if (part === '__DIR__')
            out += configDir;
        else if (/^dirname\(\s*__DIR__\s*\)$/.test(part))
            out += (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(configDir, '..');
        else
            return null;
    }
    return out;
}
/** Read `datadirectory` and every `apps_paths[*]['path']` from config/config.php, textually. */
function readServerConfig(serverRoot) {
    const configDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(serverRoot, 'config');
    let php;
    try {
        php = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, 'config.php'), 'utf8');
    }
    catch {
        return { appsPaths: [] };
    }
    const code = php.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)(\/\/|#)[^\n]*/g, '$1');
    const config = { appsPaths: [] };
    const dataMatch = /['"]datadirectory['"]\s*=>\s*([^,\n]+?)\s*,?\s*\n/.exec(code);
    if (dataMatch) {
        const v = evalPathExpression(dataMatch[1], serverRoot, configDir);
        if (v)
            config.datadirectory = v;
    }
    const appsStart = /['"]apps_paths['"]\s*=>/.exec(code);
    if (appsStart) {
        const rest = code.slice(appsStart.index);
        const re = /['"]path['"]\s*=>\s*([^,\])\n]+?)\s*(?=[,\])\n])/g;
        let m;
        // Only the `path` entries of the apps_paths block (stop at the next top-level key).
        const end = rest.search(/\n\s*['"][a-z_.]+['"]\s*=>\s*(?!array|\[)/i);
        const block = end > 0 ? rest.slice(0, end) : rest;
        while ((m = re.exec(block)) !== null) {
            const v = evalPathExpression(m[1], serverRoot, configDir);
            if (v)
                config.appsPaths.push(v);
        }
    }
    return config;
}
/**
 * Map a path from config.php onto the tree being checked. config.php names absolute paths
 * of the original installation (e.g. /var/www/nextcloud/custom_apps) while the tree may be
 * a copy elsewhere: a path inside the checked root is taken as is, otherwise its last
 * folder name is looked up directly under the root.
 */
function mapIntoRoot(path, root) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs);
    if (rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs);
    if (candidate && (0,_fs_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .isDirectory */ .w)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, candidate)))
        return candidate;
    return null;
}
function shippedApps(serverRoot) {
    try {
        const data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(serverRoot, 'core', 'shipped.json'), 'utf8'));
        return new Set(Array.isArray(data.shippedApps) ? data.shippedApps.filter((x) => typeof x === 'string') : []);
    }
    catch {
        return new Set();
    }
}
/** App roots of a server tree (relative paths), from config.php's apps_paths, default `apps`. */
function appRootsOf(serverRoot, config) {
    const roots = (config.appsPaths.length > 0 ? config.appsPaths : ['apps'])
        .map((p) => mapIntoRoot(p, serverRoot))
        .filter((p) => p !== null);
    return [...new Set(roots)];
}
/**
 * What upstream's folder filter prunes from core beyond the fixed list: every app root and
 * the data directory named in config.php (when they lie inside the tree).
 */
function coreConfigExclusions(serverRoot, config = readServerConfig(serverRoot)) {
    const out = appRootsOf(serverRoot, config);
    if (config.datadirectory) {
        const data = mapIntoRoot(config.datadirectory, serverRoot);
        if (data)
            out.push(data);
    }
    return out;
}
/** Plan the verification of a server tree: core, then each app folder in each app root. */
function planInstallation(serverRoot, options = {}) {
    const core = (0,_target_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTarget */ .u1)(serverRoot, { profile: options.profile });
    if (core.profile.kind !== 'core') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${serverRoot} is not a server tree (it looks like an app)`, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .optionRef */ .$j)('all-apps')} checks a whole Nextcloud/ownCloud installation: pass the server root (with core/ and version.php).`);
    }
    const config = readServerConfig(serverRoot);
    const uniqueRoots = appRootsOf(serverRoot, config);
    const coreExcluded = coreConfigExclusions(serverRoot, config);
    const appProfile = (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_4__/* .getProfile */ .E$)(core.profile.appProfile ?? 'nextcloud-app');
    const shipped = shippedApps(serverRoot);
    const apps = [];
    const notSigned = [];
    for (const appRoot of uniqueRoots) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(serverRoot, appRoot);
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort();
        }
        catch {
            continue;
        }
        for (const name of names) {
            const appDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
            if (!(0,_fs_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .isDirectory */ .w)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(appDir, 'appinfo')))
                continue;
            const rel = `${appRoot}/${name}`;
            // Upstream verifies an app by its folder name: that is the id the CN must match.
            const target = { root: appDir, profile: appProfile, scope: name };
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(appDir, appProfile.signaturePath)) || shipped.has(name) || options.requireSigned)
                apps.push(target);
            else
                notSigned.push({ scope: name, root: rel });
        }
    }
    return { core, coreExcluded, apps, notSigned };
}


/***/ }),

/***/ 8599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ defaultNames),
/* harmony export */   CG: () => (/* binding */ allAliases),
/* harmony export */   LA: () => (/* binding */ SHIPPED_NAMES),
/* harmony export */   QB: () => (/* binding */ allNames),
/* harmony export */   bZ: () => (/* binding */ CUSTOM_NAMES),
/* harmony export */   lu: () => (/* binding */ CUSTOM_ALIASES),
/* harmony export */   yr: () => (/* binding */ defaultAliases),
/* harmony export */   zG: () => (/* binding */ SHIPPED_ALIASES)
/* harmony export */ });
/* harmony import */ var _php_array_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2676);
/* harmony import */ var _php_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1931);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8164);
/**
 * The alias and name lists as upstream's OC\Files\Type\Detection builds them: the shipped
 * `resources/config/*.dist.json`, with the admin's file from the config folder merged in.
 */



const SHIPPED_ALIASES = 'resources/config/mimetypealiases.dist.json';
const CUSTOM_ALIASES = 'mimetypealiases.json';
const SHIPPED_NAMES = 'resources/config/mimetypenames.dist.json';
const CUSTOM_NAMES = 'mimetypenames.json';
/** json_decode of a shipped list; upstream fails with a TypeError on anything but a JSON object or array. */
function shippedList(bytes, path) {
    const decoded = bytes === null ? undefined : (0,_php_json_js__WEBPACK_IMPORTED_MODULE_1__/* .phpJsonDecode */ .zQ)(bytes);
    if (decoded instanceof _php_array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpArray */ .y6)
        return decoded;
    const why = bytes === null ? 'is missing or cannot be read' : decoded === undefined ? 'is not valid JSON' : 'is not a JSON object';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MimetypeListError */ .T('TypeError', `${path} ${why}, so upstream cannot build the list`);
}
/** The admin's file merged into the shipped list, as the server version does it. */
function withCustom(shipped, custom, rule, file) {
    if (custom === null)
        return { values: shipped, customIgnored: null };
    const merge = rule === 'array_replace' ? 'array_replace' : 'array_merge';
    const decoded = (0,_php_json_js__WEBPACK_IMPORTED_MODULE_1__/* .phpJsonDecode */ .zQ)(custom);
    if (decoded === undefined) {
        if (rule !== 'array_merge-unchecked')
            return { values: shipped, customIgnored: `config/${file} is not valid JSON` };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MimetypeListError */ .T('TypeError', `config/${file} is not valid JSON, which this server version does not check: ${merge}(): Argument #2 must be of type array, null given`);
    }
    if (!(decoded instanceof _php_array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpArray */ .y6)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MimetypeListError */ .T('TypeError', `config/${file} holds a JSON ${(0,_php_array_js__WEBPACK_IMPORTED_MODULE_0__/* .phpDebugType */ .wM)(decoded)}, not an object: ${merge}(): Argument #2 must be of type array, ${(0,_php_array_js__WEBPACK_IMPORTED_MODULE_0__/* .phpDebugType */ .wM)(decoded)} given`);
    }
    return { values: merge === 'array_replace' ? (0,_php_array_js__WEBPACK_IMPORTED_MODULE_0__/* .phpArrayReplace */ .GQ)(shipped, decoded) : (0,_php_array_js__WEBPACK_IMPORTED_MODULE_0__/* .phpArrayMerge */ .uY)(shipped, decoded), customIgnored: null };
}
/** getOnlyDefaultAliases(): the shipped aliases alone. */
function defaultAliases(tree) {
    return shippedList(tree.shippedAliases, SHIPPED_ALIASES);
}
/** getAllAliases(): the shipped aliases with the admin's merged in. */
function allAliases(tree, rule) {
    return withCustom(defaultAliases(tree), tree.customAliases, rule, CUSTOM_ALIASES);
}
/** The shipped names alone (upstream has no getter for them; used to show what an admin changed). */
function defaultNames(tree) {
    return shippedList(tree.shippedNames, SHIPPED_NAMES);
}
/** getAllNamings() (32+): the shipped names with the admin's merged in, exactly like the aliases. */
function allNames(tree, rule) {
    return withCustom(defaultNames(tree), tree.customNames, rule, CUSTOM_NAMES);
}


/***/ }),

/***/ 2758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ readMimetypeTree),
/* harmony export */   se: () => (/* binding */ readServerVersion)
/* harmony export */ });
/* unused harmony export phpFileName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _fs_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5118);
/* harmony import */ var _aliases_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8599);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9039);
/**
 * Reads what the mimetypelist.js generator needs from a server folder on disk. Folders are
 * listed in directory-read order (fs.opendir; fs.readdir would sort), as PHP's
 * DirectoryIterator lists them.
 */






function readMimetypeTree(root, options = {}) {
    const configDir = options.configDir ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'config');
    return {
        server: options.server ?? readServerVersion(root),
        shippedAliases: readShipped((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, _aliases_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_ALIASES */ .zG)),
        customAliases: readCustom((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, _aliases_js__WEBPACK_IMPORTED_MODULE_4__/* .CUSTOM_ALIASES */ .lu)),
        shippedNames: readShipped((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, _aliases_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_NAMES */ .LA)),
        customNames: readCustom((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(configDir, _aliases_js__WEBPACK_IMPORTED_MODULE_4__/* .CUSTOM_NAMES */ .bZ)),
        icons: listIconFolder(Buffer.from((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'core', 'img', 'filetypes'))),
        themes: listThemes(Buffer.from((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'themes'))),
    };
}
function readServerVersion(root) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'version.php'), 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'version.php')} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFsError */ .TQ)(e)}`, 'Pass the root folder of a Nextcloud server.');
    }
    return (0,_version_js__WEBPACK_IMPORTED_MODULE_5__/* .parseVersionPhp */ .e)(text);
}
/** A shipped list, or null when it cannot be read (upstream then fails; the generator says so). */
function readShipped(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch {
        return null;
    }
}
/** An admin's file: null when there is none (file_exists() is false, also for a broken symlink). */
function readCustom(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return null;
        // file_get_contents() of a folder reads "" on Linux.
        if (code === 'EISDIR')
            return Buffer.alloc(0);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFsError */ .TQ)(e)}`, "It changes how the server checks core/js/mimetypelist.js: run as the web server's user, or make the file readable.");
    }
}
/**
 * A name as PHP holds it (bytes). Valid UTF-8 becomes its text; otherwise every byte from
 * 0x80 becomes a lone surrogate (U+DC80–U+DCFF): distinct names stay distinct, ASCII "."
 * and "\n" stay where they are, and json_encode fails on it as PHP's does on invalid UTF-8.
 */
function phpFileName(raw) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
    }
    catch {
        return String.fromCharCode(...Array.from(raw, (byte) => (byte < 0x80 ? byte : 0xdc00 + byte)));
    }
}
function childPath(folder, name) {
    return Buffer.concat([folder, Buffer.from('/'), name]);
}
/** SplFileInfo::isFile(): a file, or a symlink to one. */
function isFile(path, entry) {
    if (entry.isFile())
        return true;
    if (!entry.isSymbolicLink() && entry.isDirectory())
        return false;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
const OPEN_ERRORS = {
    ENOENT: 'No such file or directory',
    ENOTDIR: 'Not a directory',
    EACCES: 'Permission denied',
};
/** The entries of a folder in read order, each with its full path, or why it cannot be opened. */
function listFolder(folder) {
    let dir;
    try {
        // Names as bytes (the types of @types/node 20 do not list 'buffer' here, Node accepts it).
        dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.opendirSync)(folder, { encoding: 'buffer' });
    }
    catch (e) {
        const code = e.code ?? 'error';
        return { cannotOpen: OPEN_ERRORS[code] ?? code };
    }
    const entries = [];
    try {
        for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
            const dirent = entry;
            entries.push({ entry: dirent, path: childPath(folder, dirent.name) });
        }
    }
    finally {
        dir.closeSync();
    }
    return entries;
}
function listIconFolder(folder) {
    const entries = listFolder(folder);
    if ('cannotOpen' in entries)
        return entries;
    return { iconFiles: entries.filter(({ entry, path }) => isFile(path, entry)).map(({ entry }) => phpFileName(entry.name)) };
}
function listThemes(themesFolder) {
    const entries = listFolder(themesFolder);
    if ('cannotOpen' in entries)
        return entries;
    const folders = [];
    for (const { entry, path } of entries) {
        if (isFile(path, entry))
            continue;
        const icons = Buffer.concat([path, Buffer.from('/core/img/filetypes')]);
        folders.push({ name: phpFileName(entry.name), icons: (0,_fs_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .isDirectory */ .w)(icons) ? listIconFolder(icons) : null });
    }
    return { folders };
}


/***/ }),

/***/ 8164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ MimetypeListError)
/* harmony export */ });
/**
 * Where upstream itself fails while building core/js/mimetypelist.js: `occ
 * maintenance:mimetype:update-js` stops, and the integrity check reports an EXCEPTION for
 * core (the Checker builds the file while hashing the server's files).
 */
class MimetypeListError extends Error {
    phpClass;
    constructor(
    /** The PHP exception class upstream throws (TypeError, UnexpectedValueException). */
    phpClass, message) {
        super(message);
        this.phpClass = phpClass;
        this.name = 'MimetypeListError';
    }
}


/***/ }),

/***/ 1872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bF: () => (/* reexport */ MIMETYPELIST_PATH),
  T7: () => (/* reexport */ errors/* MimetypeListError */.T),
  rl: () => (/* reexport */ aliasDifferences),
  Fu: () => (/* reexport */ mimetypelistHash),
  LF: () => (/* reexport */ disk/* readMimetypeTree */.LF)
});

// UNUSED EXPORTS: generateFromTree, generateMimetypeList, mimetypeListRules, parseVersionPhp

// EXTERNAL MODULE: ./src/engine/php/json.ts
var json = __webpack_require__(1931);
// EXTERNAL MODULE: ./src/engine/mimetypelist/aliases.ts
var mimetypelist_aliases = __webpack_require__(8599);
// EXTERNAL MODULE: ./src/engine/php/array.ts
var array = __webpack_require__(2676);
// EXTERNAL MODULE: ./src/engine/php/ksort.ts
var ksort = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/engine/mimetypelist/errors.ts
var errors = __webpack_require__(8164);
;// CONCATENATED MODULE: ./src/engine/mimetypelist/generator.ts
/**
 * The bytes of core/js/mimetypelist.js as upstream's generator writes them (`occ
 * maintenance:mimetype:update-js`; the integrity Checker runs the same code), for each of
 * its three layouts. Pure: the caller gives the aliases, names and folder listings.
 */




const REGENERATE_COMMAND = {
    v1: 'maintenance:mimetypesjs',
    v2: 'maintenance:mimetype:update-js',
    v3: 'maintenance:mimetype:update-js',
};
function header(layout) {
    return ('/**\n' +
        '* This file is automatically generated\n' +
        '* DO NOT EDIT MANUALLY!\n' +
        '*\n' +
        '* You can update the list of MimeType Aliases in config/mimetypealiases.json\n' +
        '* The list of files is fetched from core/img/filetypes\n' +
        `* To regenerate this file run ./occ ${REGENERATE_COMMAND[layout]}\n` +
        '*/\n');
}
function generateMimetypeList(input, rules) {
    const parts = [
        header(rules.layout),
        'OC.MimeTypeList={\n',
        '\taliases: ',
        jsonOrEmpty(withoutCommentKeys(input.aliases, rules.commentKeys), { pretty: true, escapeSlashes: false }),
        ',\n\tfiles: ',
        jsonOrEmpty(listOf(iconNames(input.iconFiles)), { pretty: true }),
        ',\n\tthemes: ',
        jsonOrEmpty(themesArray(input.themes), { pretty: true }),
    ];
    if (rules.layout === 'v3') {
        if (input.names === null)
            throw new Error('layout v3 needs the names');
        parts.push(',\n\tnames: {', namesBlock(input.names), '},\n};\n');
    }
    else {
        parts.push('\n};\n');
    }
    return Buffer.from(parts.join(''), 'utf8');
}
/** Whether the generator drops an alias key as a comment. */
function isCommentKey(key, rule) {
    if (rule === 'underscore-or-empty-stringified')
        key = String(key);
    if (typeof key !== 'string')
        return false;
    if (rule === 'underscore')
        return key.startsWith('_');
    return key === '' || key.startsWith('_');
}
/** Whether the names block skips a key as a comment (names have one rule in every version). */
function isNameCommentKey(key) {
    return key.startsWith('_');
}
function withoutCommentKeys(aliases, rule) {
    return array/* PhpArray */.y6.fromEntries([...aliases].filter(([key]) => !isCommentKey(key, rule)));
}
/**
 * `preg_replace('/.[^.]*$/', '', $name)`: the first "." of the pattern is unescaped, so it
 * cuts from the last dot; a name without a dot loses everything from its first character
 * that is not "\n" (PCRE's "." does not match "\n"), which leaves "" for a usual name.
 */
function withoutExtension(name) {
    const lastDot = name.lastIndexOf('.');
    if (lastDot >= 0)
        return name.slice(0, lastDot);
    const start = name.search(/[^\n]/);
    return start < 0 ? name : name.slice(0, start);
}
/** The `files` list from a folder's file names: extension cut, array_unique (first kept), PHP sort(). */
function iconNames(iconFiles) {
    return (0,ksort/* phpSortStrings */.bK)([...new Set(iconFiles.map(withoutExtension))]);
}
function listOf(values) {
    const list = new array/* PhpArray */.y6();
    for (const value of values)
        list.push(value);
    return list;
}
function themesArray(themes) {
    // A theme's name is a PHP array key: "7" becomes the integer 7 (and "0" alone makes a list).
    return array/* PhpArray */.y6.fromEntries(themes.map((theme) => [theme.name, listOf(iconNames(theme.iconFiles))]));
}
/** json_encode, which returns false (printed as "") for what it cannot encode, such as invalid UTF-8. */
function jsonOrEmpty(value, options) {
    try {
        return (0,json/* phpJsonEncode */.Dy)(value, options);
    }
    catch (e) {
        if (e instanceof json/* PhpJsonError */.Df)
            return '';
        throw e;
    }
}
/** PHP's trim() with its default characters: space, \t, \n, \r, NUL and \v. */
const TRIMMED = new Set([' ', '\t', '\n', '\r', '\0', '\v']);
function isBlank(value) {
    for (const c of value)
        if (!TRIMMED.has(c))
            return false;
    return true;
}
/**
 * The `names` lines: the key printed raw between single quotes, the value json_encoded with
 * default flags. Keys starting with "_" and blank values are skipped. The builder declares
 * strict_types, so an integer key or a value that is not a string is a TypeError.
 */
function namesBlock(names) {
    let out = '';
    for (const [key, value] of names) {
        if (typeof key === 'number' || (0,array/* isPhpIntegerKey */.un)(key)) {
            throw new errors/* MimetypeListError */.T('TypeError', 'str_starts_with(): Argument #1 ($haystack) must be of type string, int given');
        }
        if (isNameCommentKey(key))
            continue;
        if (typeof value !== 'string') {
            throw new errors/* MimetypeListError */.T('TypeError', `trim(): Argument #1 ($string) must be of type string, ${(0,array/* phpDebugType */.wM)(value)} given`);
        }
        if (isBlank(value))
            continue;
        out += `'${key}': t('core', ${jsonOrEmpty(value, {})}),\n`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/mimetypelist/tree.ts
/**
 * What the generator and the integrity-check rule read from a server tree, as plain data:
 * disk.ts fills it from a folder, and anything else that knows a tree's files can too.
 */

function cannotOpen(path, why) {
    return new errors/* MimetypeListError */.T('UnexpectedValueException', `DirectoryIterator::__construct(${path}): Failed to open directory: ${why}`);
}
function iconFilesOf(listing, path) {
    if ('cannotOpen' in listing)
        throw cannotOpen(path, listing.cannotOpen);
    return listing.iconFiles;
}
/** The themes the generator lists: those with their own icon folder (upstream tests it with file_exists). */
function themesOf(tree) {
    if ('cannotOpen' in tree.themes)
        throw cannotOpen('themes/', tree.themes.cannotOpen);
    const themes = [];
    for (const folder of tree.themes.folders) {
        if (folder.icons === null)
            continue;
        themes.push({ name: folder.name, iconFiles: iconFilesOf(folder.icons, `themes/${folder.name}/core/img/filetypes/`) });
    }
    return themes;
}

// EXTERNAL MODULE: ./src/engine/mimetypelist/version.ts
var version = __webpack_require__(9039);
// EXTERNAL MODULE: ./src/engine/sha512.ts
var sha512 = __webpack_require__(5122);
;// CONCATENATED MODULE: ./src/engine/mimetypelist/checker.ts
/**
 * Upstream's integrity-check rule for core/js/mimetypelist.js (Nextcloud 17+): a file equal
 * to what the generator writes from all aliases (shipped + the admin's) is hashed as the file
 * it would write from the shipped aliases alone, so a server regenerated after adding
 * aliases still matches the signature. Anything else is hashed as it is.
 */





const MIMETYPELIST_PATH = 'core/js/mimetypelist.js';
/** The Nextcloud rules of the tree's server version (the generator is not modelled for ownCloud). */
function nextcloudRulesOf(tree) {
    const rules = (0,version/* mimetypeListRules */.E)(tree.server);
    if (rules.vendor !== 'nextcloud')
        throw new Error('ownCloud leaves core/js/mimetypelist.js out: there is nothing to generate');
    return rules;
}
/**
 * What `occ maintenance:mimetype:update-js` writes for this tree (`aliases: 'all'`), or what
 * the Checker writes from the shipped aliases (`'default'`). The icon folders are read from
 * the tree as it is now, in both cases. Throws MimetypeListError where upstream fails.
 */
function generateFromTree(tree, aliases) {
    const rules = nextcloudRulesOf(tree);
    // Upstream's order: the aliases, then the names (arguments), then the folders.
    const aliasList = aliases === 'all' ? (0,mimetypelist_aliases/* allAliases */.CG)(tree, rules.merge).values : (0,mimetypelist_aliases/* defaultAliases */.yr)(tree);
    const names = rules.layout === 'v3' ? (0,mimetypelist_aliases/* allNames */.QB)(tree, rules.merge).values : null;
    const input = {
        aliases: aliasList,
        names,
        iconFiles: iconFilesOf(tree.icons, 'core/img/filetypes'),
        themes: themesOf(tree),
    };
    return generateMimetypeList(input, rules);
}
/**
 * The hash upstream records for core/js/mimetypelist.js with content `fileBytes` in this
 * server tree (Checker::generateHashes). Throws MimetypeListError where upstream's check
 * fails with an exception (then core's result is an EXCEPTION).
 */
function mimetypelistHash(tree, fileBytes) {
    const rules = (0,version/* mimetypeListRules */.E)(tree.server);
    if (rules.checker === 'excluded')
        return { rule: 'excluded' };
    if (rules.checker === 'none')
        return { rule: 'as-is', hash: (0,sha512/* sha512Hex */.u)(fileBytes), because: 'no-rule' };
    if (!generateFromTree(tree, 'all').equals(fileBytes))
        return { rule: 'as-is', hash: (0,sha512/* sha512Hex */.u)(fileBytes), because: 'not-generated' };
    return { rule: 'regenerated-default', hash: (0,sha512/* sha512Hex */.u)(generateFromTree(tree, 'default')) };
}

;// CONCATENATED MODULE: ./src/engine/mimetypelist/differences.ts




/** Values compare as the generator prints them (1 and 1.0 print alike). */
function printed(value) {
    return (0,json/* phpJsonEncode */.Dy)(value, { escapeSlashes: false });
}
function differences(shipped, current, isComment) {
    const out = [];
    for (const [key, value] of current) {
        if (isComment(key))
            continue;
        const before = shipped.get(key);
        if (before === undefined || printed(before) !== printed(value))
            out.push({ key, shipped: before, current: value });
    }
    for (const [key, value] of shipped) {
        if (!isComment(key) && !current.has(key))
            out.push({ key, shipped: value, current: undefined });
    }
    return out;
}
/** The aliases and names of this server that differ from the shipped ones. Throws MimetypeListError where upstream fails. */
function aliasDifferences(tree) {
    const rules = nextcloudRulesOf(tree);
    const aliases = (0,mimetypelist_aliases/* allAliases */.CG)(tree, rules.merge);
    const result = {
        aliases: differences((0,mimetypelist_aliases/* defaultAliases */.yr)(tree), aliases.values, (key) => isCommentKey(key, rules.commentKeys)),
        names: [],
        ignored: aliases.customIgnored === null ? [] : [aliases.customIgnored],
    };
    if (rules.layout === 'v3') {
        const names = (0,mimetypelist_aliases/* allNames */.QB)(tree, rules.merge);
        result.names = differences((0,mimetypelist_aliases/* defaultNames */.A_)(tree), names.values, (key) => typeof key === 'string' && isNameCommentKey(key));
        if (names.customIgnored !== null)
            result.ignored.push(names.customIgnored);
    }
    return result;
}

// EXTERNAL MODULE: ./src/engine/mimetypelist/disk.ts
var disk = __webpack_require__(2758);
;// CONCATENATED MODULE: ./src/engine/mimetypelist/index.ts
/**
 * core/js/mimetypelist.js as upstream writes and checks it: the generator for each server
 * version, the alias and name merge, and the integrity-check rule (docs/mimetypelist.md).
 */








/***/ }),

/***/ 9039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ mimetypeListRules),
/* harmony export */   e: () => (/* binding */ parseVersionPhp)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/**
 * Which mimetypelist.js rules apply to a server, from its version.php. Every version
 * boundary of the generator and of the integrity-check rule lives in SINCE below.
 */

const NOT_A_SERVER = 'Pass the root folder of a Nextcloud server (its version.php sets $OC_Version = array(…)).';
/** The first Nextcloud major version with each change (see docs/mimetypelist.md for the sources). */
const SINCE = {
    /** The header's last line names `occ maintenance:mimetype:update-js` (nextcloud/server PR #6297). */
    layoutV2: 13,
    /** The `names` block (mimetypenames.dist.json). */
    layoutV3: 32,
    /** The Checker accepts a regenerated file (PR #15810). */
    checkerRule: 17,
    /** A custom file that is not valid JSON is ignored with a warning (PR #18288). */
    checkedMerge: 18,
    /** The empty key is a comment too (PR #32859). */
    emptyKeyIsComment: 24,
    /** Keys are cast to strings before the comment test (issue #42902). */
    stringifiedKeys: 31,
    /** array_replace instead of array_merge. Seen in 33.0.1, not in 32.0.2. */
    arrayReplace: 33,
};
function mimetypeListRules(server) {
    if (server.vendor === 'owncloud')
        return { vendor: 'owncloud', checker: 'excluded' };
    const major = server.version[0] ?? 0;
    const layout = major >= SINCE.layoutV3 ? 'v3' : major >= SINCE.layoutV2 ? 'v2' : 'v1';
    const commentKeys = major >= SINCE.stringifiedKeys
        ? 'underscore-or-empty-stringified'
        : major >= SINCE.emptyKeyIsComment
            ? 'underscore-or-empty'
            : 'underscore';
    const merge = major >= SINCE.arrayReplace ? 'array_replace' : major >= SINCE.checkedMerge ? 'array_merge' : 'array_merge-unchecked';
    return { vendor: 'nextcloud', layout, commentKeys, merge, checker: major >= SINCE.checkerRule ? 'regenerate' : 'none' };
}
/** `$OC_Version` and `$vendor` from the text of a server's version.php (a vendor-less file is Nextcloud's). */
function parseVersionPhp(text) {
    const match = /\$OC_Version\s*=\s*(?:array\s*\(([^)]*)\)|\[([^\]]*)\])/.exec(text);
    const list = match?.[1] ?? match?.[2];
    if (list === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('version.php has no $OC_Version', NOT_A_SERVER);
    const parts = list.split(',').map((part) => part.trim());
    if (parts.at(-1) === '')
        parts.pop();
    if (parts.length === 0 || !parts.every((part) => /^\d+$/.test(part))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`version.php's $OC_Version is not a list of numbers: ${list.trim()}`, NOT_A_SERVER);
    }
    const vendor = /\$vendor\s*=\s*['"]([^'"]*)['"]/.exec(text)?.[1];
    return { vendor: vendor === 'owncloud' ? 'owncloud' : 'nextcloud', version: parts.map(Number) };
}


/***/ }),

/***/ 6484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ binaryCompare),
/* harmony export */   bK: () => (/* binding */ phpSortStrings),
/* harmony export */   mY: () => (/* binding */ phpKsort),
/* harmony export */   q5: () => (/* binding */ phpNumeric)
/* harmony export */ });
/* unused harmony exports phpKeyCompare, zendSort */
/* harmony import */ var _array_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2676);
/**
 * PHP 8 `ksort($array)` (SORT_REGULAR) reproduced exactly.
 *
 * Upstream signs `json_encode` of the ksorted hashes, so key order is part of the signed
 * bytes. PHP's key comparison is not plain byte order: two numeric strings ("10", "1e1",
 * " 5") compare as numbers, an integer key against a string compares numerically when the
 * string is numeric and as bytes otherwise. That comparison is not transitive ("9" < "10"
 * < "1a" < "9"), so the resulting order also depends on the sorting algorithm; we therefore
 * replay Zend's hybrid insertion sort / quicksort (zend_sort.c) step for step, with PHP 8's
 * stable fallback to the original position for keys that compare equal ("9" and "09").
 */

const NUMERIC_RE = /^[ \t\n\r\v\f]*([+-]?)([0-9]*)(\.[0-9]*)?([eE][+-]?[0-9]+)?[ \t\n\r\v\f]*$/;
const MAX_LONG = 9223372036854775807n;
const MIN_LONG = -9223372036854775808n;
/**
 * PHP 8 _is_numeric_string_ex (allow_errors = false, with dval and oflow_info, as
 * zendi_smart_strcmp and compare_longs_to_string call it). `overflow` is set, as in PHP,
 * when the integer part has 20 or more significant digits (whatever follows: "…0.5" and
 * "…0e-30" included), or when a 19-digit integer string lies outside the 64-bit range.
 */
function phpNumeric(s) {
    const m = NUMERIC_RE.exec(s);
    if (!m)
        return null;
    const [, sign = '', intPart = '', frac, exp] = m;
    const fracDigits = frac === undefined ? '' : frac.slice(1);
    if (intPart === '' && fracDigits === '')
        return null; // needs at least one digit
    const overflowSign = sign === '-' ? -1 : 1;
    const text = `${sign}${intPart === '' ? '0' : intPart}${frac === undefined ? '' : '.' + (fracDigits || '0')}${exp ?? ''}`;
    if (frac === undefined && exp === undefined) {
        const big = BigInt(`${sign}${intPart}`);
        if (big > MAX_LONG || big < MIN_LONG)
            return { type: 'double', long: 0n, double: Number(big), overflow: overflowSign };
        return { type: 'long', long: big, double: Number(big), overflow: 0 };
    }
    const significant = intPart.length - (/^0*/.exec(intPart)?.[0].length ?? 0);
    return { type: 'double', long: 0n, double: Number(text), overflow: significant >= 20 ? overflowSign : 0 };
}
const encoder = new TextEncoder();
/** zend_binary_strcmp, normalised to -1/0/1: bytes of the UTF-8 encoding, then length. */
function binaryCompare(a, b) {
    if (a === b)
        return 0;
    // Fast path for ASCII, where UTF-16 code unit order equals byte order.
    let ascii = true;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const ca = a.charCodeAt(i);
        const cb = b.charCodeAt(i);
        if (ca >= 0x80 || cb >= 0x80) {
            ascii = false;
            break;
        }
        if (ca !== cb)
            return ca < cb ? -1 : 1;
    }
    if (ascii)
        return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
    const r = Buffer.compare(encoder.encode(a), encoder.encode(b));
    return r;
}
function threeway(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** zendi_smart_strcmp: numeric strings compare as numbers, others as bytes. */
function smartStrcmp(a, b) {
    const n1 = phpNumeric(a);
    const n2 = n1 && phpNumeric(b);
    if (!n1 || !n2)
        return binaryCompare(a, b);
    if (n1.overflow !== 0 && n1.overflow === n2.overflow && n1.double - n2.double === 0) {
        return binaryCompare(a, b);
    }
    if (n1.type === 'double' || n2.type === 'double') {
        let d1 = n1.double;
        let d2 = n2.double;
        if (n1.type !== 'double') {
            if (n2.overflow)
                return -1 * n2.overflow;
            d1 = Number(n1.long);
        }
        else if (n2.type !== 'double') {
            if (n1.overflow)
                return n1.overflow;
            d2 = Number(n2.long);
        }
        else if (d1 === d2 && !Number.isFinite(d1)) {
            return binaryCompare(a, b);
        }
        return threeway(d1 - d2, 0);
    }
    return threeway(n1.long, n2.long);
}
/** compare_longs_to_string (PHP 8): numeric string → numeric compare, else compare as strings. */
function compareLongToString(l, s) {
    const n = phpNumeric(s);
    if (n && n.type === 'long')
        return threeway(BigInt(l), n.long);
    if (n)
        return threeway(Number(l) - n.double, 0);
    return binaryCompare(String(l), s);
}
/**
 * The integer value of a key PHP holds as an int. array.ts keeps canonical integers beyond
 * ±2^53 as strings (a JS number cannot hold them exactly); PHP has int keys for everything
 * in the 64-bit range, and ksort compares those as ints.
 */
function intKey(k) {
    if (typeof k === 'number')
        return k;
    if (k.length < 16 || k.length > 20 || !/^-?[1-9][0-9]{15,18}$/.test(k))
        return null;
    const big = BigInt(k);
    return big <= MAX_LONG && big >= MIN_LONG ? big : null;
}
/** php_array_key_compare_unstable_i for SORT_REGULAR (PHP >= 8.2 semantics). */
function phpKeyCompare(a, b) {
    const ia = intKey(a);
    const ib = intKey(b);
    if (ia !== null && ib !== null)
        return ia > ib ? 1 : -1;
    if (ia === null && ib === null)
        return smartStrcmp(a, b);
    if (ia !== null)
        return compareLongToString(ia, b);
    return -compareLongToString(ib, a);
}
/** zend_sort (hybrid insertion sort + quicksort from libc++), operating on an array in place. */
function zendSort(items, cmp) {
    sortRange(items, 0, items.length, cmp);
}
function swap(a, i, j) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
}
function sort2(x, a, b, cmp) {
    if (cmp(x[a], x[b]) > 0)
        swap(x, a, b);
}
function sort3(x, a, b, c, cmp) {
    const v = (i) => x[i];
    if (cmp(v(a), v(b)) <= 0) {
        if (cmp(v(b), v(c)) <= 0)
            return;
        swap(x, b, c);
        if (cmp(v(a), v(b)) > 0)
            swap(x, a, b);
        return;
    }
    if (cmp(v(c), v(b)) <= 0) {
        swap(x, a, c);
        return;
    }
    swap(x, a, b);
    if (cmp(v(b), v(c)) > 0)
        swap(x, b, c);
}
function sort4(x, a, b, c, d, cmp) {
    const v = (i) => x[i];
    sort3(x, a, b, c, cmp);
    if (cmp(v(c), v(d)) > 0) {
        swap(x, c, d);
        if (cmp(v(b), v(c)) > 0) {
            swap(x, b, c);
            if (cmp(v(a), v(b)) > 0)
                swap(x, a, b);
        }
    }
}
function sort5(x, a, b, c, d, e, cmp) {
    const v = (i) => x[i];
    sort4(x, a, b, c, d, cmp);
    if (cmp(v(d), v(e)) > 0) {
        swap(x, d, e);
        if (cmp(v(c), v(d)) > 0) {
            swap(x, c, d);
            if (cmp(v(b), v(c)) > 0) {
                swap(x, b, c);
                if (cmp(v(a), v(b)) > 0)
                    swap(x, a, b);
            }
        }
    }
}
function insertSort(x, start, n, cmp) {
    const v = (i) => x[i];
    switch (n) {
        case 0:
        case 1:
            return;
        case 2:
            return sort2(x, start, start + 1, cmp);
        case 3:
            return sort3(x, start, start + 1, start + 2, cmp);
        case 4:
            return sort4(x, start, start + 1, start + 2, start + 3, cmp);
        case 5:
            return sort5(x, start, start + 1, start + 2, start + 3, start + 4, cmp);
    }
    const end = start + n;
    const sentry = start + 6;
    for (let i = start + 1; i < sentry; i++) {
        let j = i - 1;
        if (cmp(v(j), v(i)) <= 0)
            continue;
        while (j !== start) {
            j -= 1;
            if (cmp(v(j), v(i)) <= 0) {
                j += 1;
                break;
            }
        }
        for (let k = i; k > j; k--)
            swap(x, k, k - 1);
    }
    for (let i = sentry; i < end; i++) {
        let j = i - 1;
        if (cmp(v(j), v(i)) <= 0)
            continue;
        for (;;) {
            j -= 2;
            if (cmp(v(j), v(i)) <= 0) {
                j += 1;
                if (cmp(v(j), v(i)) <= 0)
                    j += 1;
                break;
            }
            if (j === start)
                break;
            if (j === start + 1) {
                j -= 1;
                if (cmp(v(i), v(j)) > 0)
                    j += 1;
                break;
            }
        }
        for (let k = i; k > j; k--)
            swap(x, k, k - 1);
    }
}
function sortRange(x, base, nmemb, cmp) {
    const v = (i) => x[i];
    for (;;) {
        if (nmemb <= 16) {
            insertSort(x, base, nmemb, cmp);
            return;
        }
        const start = base;
        const end = start + nmemb;
        const offset = nmemb >> 1;
        let pivot = start + offset;
        if (nmemb >> 10) {
            const delta = offset >> 1;
            sort5(x, start, start + delta, pivot, pivot + delta, end - 1, cmp);
        }
        else {
            sort3(x, start, pivot, end - 1, cmp);
        }
        swap(x, start + 1, pivot);
        pivot = start + 1;
        let i = pivot + 1;
        let j = end - 1;
        partition: for (;;) {
            while (cmp(v(pivot), v(i)) > 0) {
                i += 1;
                if (i === j)
                    break partition;
            }
            j -= 1;
            if (j === i)
                break;
            while (cmp(v(j), v(pivot)) > 0) {
                j -= 1;
                if (j === i)
                    break partition;
            }
            swap(x, i, j);
            i += 1;
            if (i === j)
                break;
        }
        swap(x, pivot, i - 1);
        if (i - 1 - start < end - i) {
            sortRange(x, start, i - start - 1, cmp);
            base = i;
            nmemb = end - i;
        }
        else {
            sortRange(x, i, end - i, cmp);
            base = start;
            nmemb = i - start - 1;
        }
    }
}
/** PHP 8 ksort($arr) with SORT_REGULAR; returns a new array (PHP sorts in place). */
/**
 * A string key that can never be numeric nor an integer key: PHP numeric strings start
 * with whitespace, a sign, a digit or ".". Two such keys compare as plain bytes.
 */
function isPlainStringKey(key) {
    if (typeof key !== 'string' || key === '')
        return false;
    const c = key.charCodeAt(0);
    return !((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x20 || (c >= 0x09 && c <= 0x0d));
}
function phpKsort(arr) {
    const items = [];
    let pos = 0;
    for (const [key, value] of arr.entries())
        items.push({ key, value, pos: pos++, plain: isPlainStringKey(key) });
    zendSort(items, (a, b) => {
        // Keys are unique, so two plain keys never compare equal.
        if (a.plain && b.plain)
            return binaryCompare(a.key, b.key);
        const r = phpKeyCompare(a.key, b.key);
        if (r !== 0)
            return r;
        return a.pos > b.pos ? 1 : a.pos < b.pos ? -1 : 0;
    });
    return _array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpArray */ .y6.fromEntries(items.map((it) => [it.key, it.value]));
}
/**
 * PHP 8 `sort($strings)` (SORT_REGULAR): two numeric strings compare as numbers ("9" < "10"),
 * anything else by bytes; strings that compare equal ("10" and "1e1") keep their order, as
 * PHP 8's sort is stable. Returns a new list (PHP sorts in place and renumbers).
 */
function phpSortStrings(values) {
    const items = values.map((value, pos) => ({ value, pos }));
    zendSort(items, (a, b) => smartStrcmp(a.value, b.value) || (a.pos > b.pos ? 1 : a.pos < b.pos ? -1 : 0));
    return items.map((item) => item.value);
}


/***/ }),

/***/ 691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yT: () => (/* binding */ checkReleaseOptions),
  bf: () => (/* binding */ diskRootOf),
  XV: () => (/* binding */ parseFailOn),
  lU: () => (/* binding */ planVerification),
  Zl: () => (/* binding */ verifyPlan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/installation.ts
var installation = __webpack_require__(884);
// EXTERNAL MODULE: ./src/engine/target.ts
var target = __webpack_require__(6681);
// EXTERNAL MODULE: ./src/engine/release-plan.ts + 1 modules
var release_plan = __webpack_require__(2689);
// EXTERNAL MODULE: ./src/engine/result.ts
var result = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/engine/php/ksort.ts
var ksort = __webpack_require__(6484);
;// CONCATENATED MODULE: ./src/engine/baseline/match.ts
/**
 * Applying a baseline to a scope's result: a finding matching an entry — same scope, same
 * category, path matched by the entry's glob, and, with a pin, the file's current SHA-512
 * equal to the pin — moves to `accepted` with the entry's reason and origin, and no longer
 * fails. A pinned entry whose file changed leaves the finding failing, with a note saying so,
 * even when an unpinned entry or a preset also names the file: a pin wins.
 * An EXCEPTION is never accepted, nor a file that could not be hashed (see acceptable). The first matching entry names the finding.
 */


/**
 * Whether a finding can be accepted at all: a changed or extra entry that could not be hashed
 * (a link, a FIFO, an unreadable file, an app folder the release scope reports whole) has no
 * content anyone reviewed.
 */
function acceptable(category, finding) {
    return category === 'MISSING_FILE' || finding.current !== '';
}
function decide(rules, scope, category, name, finding) {
    if (!acceptable(category, finding))
        return { kind: 'none' };
    const matching = rules.filter((r) => r.category === category && (r.scope === undefined || r.scope === scope) && r.matches(name));
    // A pin wins: once a pinned entry names the file, only pinned content is accepted, whatever
    // an unpinned entry or a preset says (php.ini pinned beside the shared-hosting preset).
    const pinned = matching.filter((e) => e.sha512 !== undefined);
    if (pinned.length === 0)
        return matching[0] ? { kind: 'accepted', entry: matching[0] } : { kind: 'none' };
    const same = pinned.find((e) => e.sha512 === finding.current);
    return same ? { kind: 'accepted', entry: same } : { kind: 'pin-changed', entry: pinned[0] };
}
/** The note on a finding whose pinned file changed since it was reviewed. */
function pinChangedNote(entry, current) {
    return `changed since it was reviewed: ${entry.origin} accepts it only with SHA-512 ${entry.sha512.slice(0, 16)}… (${entry.reason}); it is now ${current.slice(0, 16)}…`;
}
const byPath = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (0,ksort/* binaryCompare */.$Y)(a, b)));
/** Move the findings `entries` accept to `scope.accepted`; note pinned files that changed. */
function applyBaseline(scope, rules) {
    if (rules.length === 0)
        return;
    for (const category of result/* FILE_CATEGORIES */.yW) {
        for (const [name, finding] of Object.entries(scope[category])) {
            const decision = decide(rules, scope.scope, category, name, finding);
            if (decision.kind === 'pin-changed')
                finding.baselineNote = pinChangedNote(decision.entry, finding.current);
            if (decision.kind !== 'accepted')
                continue;
            const accepted = { ...finding, category, reason: decision.entry.reason, by: decision.entry.origin };
            scope.accepted[name] = accepted;
            delete scope[category][name];
        }
    }
    scope.accepted = byPath(scope.accepted);
}

// EXTERNAL MODULE: ./src/engine/tree-source.ts
var tree_source = __webpack_require__(2948);
// EXTERNAL MODULE: ./src/engine/trust/crl.ts
var crl = __webpack_require__(3200);
// EXTERNAL MODULE: ./src/engine/verify.ts + 4 modules
var verify = __webpack_require__(1294);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/engine/plan.ts
/**
 * Turning "what the user asked to check" into verification requests, shared by the CLI and
 * the Action: several folders, or a whole installation, plus the fail-on policy.
 */











function isRelease(step) {
    return 'release' in step;
}
/** Refuse option combinations that cannot mean anything. */
function checkReleaseOptions(options) {
    if (options.release && options.allApps) {
        throw new errors/* UsageError */.eb(`${(0,errors/* optionRef */.$j)('release')} and ${(0,errors/* optionRef */.$j)('all-apps')} exclude each other`, `Use ${(0,errors/* optionRef */.$j)('release')} for an extracted release that is not installed yet, ${(0,errors/* optionRef */.$j)('all-apps')} for an installed server.`);
    }
    if (options.release && options.coreOnly) {
        throw new errors/* UsageError */.eb(`${(0,errors/* optionRef */.$j)('release')} and ${(0,errors/* optionRef */.$j)('core-only')} exclude each other`, `Use ${(0,errors/* optionRef */.$j)('release')} to check a release whole, ${(0,errors/* optionRef */.$j)('core-only')} to check core alone.`);
    }
}
function planVerification(options) {
    const { trust } = options;
    const paths = options.paths.length > 0 ? options.paths : ['.'];
    checkReleaseOptions(options);
    if (options.release) {
        const plan = { requests: [], notSigned: [], cwd: options.cwd };
        for (const p of paths)
            plan.requests.push(...(0,release_plan/* planReleaseFolder */.h)((0,external_node_path_.resolve)(options.cwd, p), options));
        return plan;
    }
    if (options.allApps) {
        if (paths.length !== 1)
            throw new errors/* UsageError */.eb('all-apps takes one server root', 'Check one installation per run.');
        const plan = (0,installation/* planInstallation */.M8)((0,external_node_path_.resolve)(options.cwd, paths[0]), {
            requireSigned: options.requireSigned === true,
            profile: options.profile,
        });
        return {
            requests: [{ target: plan.core, trust, extraExcluded: plan.coreExcluded }, ...plan.apps.map((target) => ({ target, trust }))],
            notSigned: plan.notSigned,
            cwd: options.cwd,
        };
    }
    const requests = paths.map((p) => ({
        target: (0,target/* resolveTarget */.u1)((0,external_node_path_.resolve)(options.cwd, p), {
            profile: options.profile,
            appId: options.appId,
            signaturePath: options.signaturePath,
        }),
        trust,
    }));
    return { requests, notSigned: [], cwd: options.cwd };
}
/** A scope's folder on disk, or null when it is read from an archive (no baseline is read from one). */
function diskRootOf(step) {
    if (isRelease(step))
        return step.diskRoot ?? null;
    return step.source === undefined || step.source === tree_source/* directorySource */.X ? step.target.root : null;
}
/** Parse a fail-on list ("INVALID_HASH,EXTRA_FILE"); empty means every category. */
function parseFailOn(value) {
    if (value === undefined || value.trim() === '')
        return new Set(result/* CATEGORIES */.R6);
    const out = new Set();
    for (const raw of value.split(/[,\s]+/).filter(Boolean)) {
        const name = raw.toUpperCase() === 'FILE_MISSING' ? 'MISSING_FILE' : raw.toUpperCase();
        if (!result/* CATEGORIES */.R6.includes(name)) {
            throw new errors/* UsageError */.eb(`unknown category "${raw}" in ${(0,errors/* optionRef */.$j)('fail-on')}`, `Use a comma-separated list of ${result/* CATEGORIES */.R6.join(', ')}.`);
        }
        out.add(name);
    }
    return out;
}
/**
 * Verify every planned scope in order and gather one Result (shared by the CLI and the
 * Action). A CRL that cannot be trusted stops the run first when a Nextcloud scope would
 * consult it (Nextcloud's checker has no CRL step, so a bad --crl is the user's to fix).
 */
async function verifyPlan(plan, options) {
    const verifications = plan.requests.filter((r) => !isRelease(r));
    const trust = verifications[0]?.trust;
    if (trust)
        (0,crl/* assertUsableCrls */.ht)(trust.crls ?? [], verifications.map((r) => r.target.profile.revocation));
    const scopes = [];
    for (const step of plan.requests) {
        if (isRelease(step)) {
            const scope = step.release();
            applyBaseline(scope, options.baseline?.({ scope: scope.scope, diskRoot: diskRootOf(step) }) ?? []);
            scopes.push(scope);
            continue;
        }
        const { notes, ...request } = step;
        const scope = await (0,verify/* verifyTarget */.f)({
            ...request,
            ...(plan.cwd === undefined ? {} : { displayFrom: plan.cwd }),
            onProgress: options.onProgress,
            ...(options.hash ? { hash: options.hash } : {}),
        });
        if (notes)
            scope.notes.push(...notes);
        applyBaseline(scope, options.baseline?.({ scope: scope.scope, diskRoot: diskRootOf(step) }) ?? []);
        scopes.push(scope);
    }
    const failOn = options.failOn ? [...options.failOn] : result/* CATEGORIES */.R6;
    return (0,result/* buildResult */.CR)(scopes, { name: version/* TOOL_NAME */.l, version: version/* VERSION */.x }, plan.notSigned, failOn, plan.archives);
}


/***/ }),

/***/ 3643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cj: () => (/* binding */ chooseProfileName),
  eJ: () => (/* binding */ detectProfileOf),
  E$: () => (/* binding */ getProfile)
});

// UNUSED EXPORTS: PROFILE_NAMES, isProfileName

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/rules/revocation.ts
var revocation = __webpack_require__(9400);
// EXTERNAL MODULE: ./src/engine/rules/selection.ts
var selection = __webpack_require__(228);
;// CONCATENATED MODULE: ./src/engine/profiles/vendors.ts
/**
 * Each vendor's rules as upstream keeps them, shared by its app and server profiles:
 * Nextcloud's current master (nextcloud-spec.md §A) and ownCloud 10's classic checker (§B.1).
 */


const INVALID_SIGNATURE_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\InvalidSignatureException';
const MISSING_SIGNATURE_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\MissingSignatureException';
const scopeInvalid = (requested, current) => `Certificate is not valid for required scope. (Requested: ${requested}, current: CN=${current})`;
/** Both signature files are never hashed, in every scope. */
const SIGNATURE_FILES = ['appinfo/signature.json', 'core/signature.json'];
/** ExcludeFoldersByPathFilterIterator, relative to the server root. */
const NEXTCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found', 'updater', '_oc_upgrade'];
const NEXTCLOUD = {
    vendor: 'nextcloud',
    skippedRelativeNames: SIGNATURE_FILES,
    // ExcludeFileByNameFilterIterator (current master)
    excludedFileNames: ['.DS_Store', '.directory', '.rnd', '.webapp', 'Thumbs.db', 'nextcloud-init-sync.lock'],
    excludedFileNamePatterns: [(0,selection/* pregPattern */.lj)('^\\.webapp-nextcloud-(\\d+\\.){2}(\\d+)(-r\\d+)?$')],
    excludedPathPatterns: [],
    comparison: 'values',
    messages: {
        signatureMissing: 'Signature data not found.',
        signatureMissingClass: INVALID_SIGNATURE_EXCEPTION,
        certificateInvalid: 'Certificate is not valid.',
        scopeInvalid,
        signatureInvalid: 'Signature could not get verified.',
        exceptionClass: INVALID_SIGNATURE_EXCEPTION,
    },
    revocation: revocation/* NEXTCLOUD_REVOCATION */.Au,
};
/** ownCloud 10's folder exclusions (no updater rules). */
const OWNCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found'];
const OWNCLOUD = {
    vendor: 'owncloud',
    skippedRelativeNames: SIGNATURE_FILES,
    excludedFileNames: ['.DS_Store', 'Thumbs.db', '.directory', '.webapp'],
    excludedFileNamePatterns: [(0,selection/* pregPattern */.lj)('^\\.webapp-owncloud-.*')],
    excludedPathPatterns: [(0,selection/* pregPattern */.lj)('\\/core\\/js\\/mimetypelist\\.js$')],
    comparison: 'assoc',
    messages: {
        signatureMissing: 'Signature data not found.',
        signatureMissingClass: MISSING_SIGNATURE_EXCEPTION,
        certificateInvalid: 'App Certificate is not valid.',
        scopeInvalid,
        signatureInvalid: 'Signature could not get verified.',
        exceptionClass: INVALID_SIGNATURE_EXCEPTION,
    },
    revocation: revocation/* OWNCLOUD_REVOCATION */.rH,
};
/**
 * What every app profile shares: its signature in appinfo/, and none of the server's rules.
 * Upstream computes the folder exclusions from the server root, so nothing inside an app matches.
 */
const APP_RULES = {
    kind: 'app',
    signaturePath: 'appinfo/signature.json',
    excludedRootEntries: [],
    htaccessMarker: false,
    dropUpdaterOnVerify: false,
    mimetypelistRule: false,
};
/** An app folder: appinfo/info.xml or a signature (sure), or an appinfo/ folder alone (weak). */
function appShape(tree) {
    if (tree.exists('appinfo/info.xml') || tree.exists('appinfo/signature.json'))
        return 3;
    return tree.isFolder('appinfo') ? 1 : 0;
}
/** An ownCloud app: its info.xml names an ownCloud dependency and no Nextcloud one. */
function isOwncloudApp(tree) {
    const infoXml = tree.text('appinfo/info.xml') ?? '';
    return /<owncloud[\s>/]/.test(infoXml) && !/<nextcloud[\s>/]/.test(infoXml);
}
/** A server folder: core/ with version.php or core/signature.json. */
function isServerShape(tree) {
    return tree.isFolder('core') && (tree.exists('version.php') || tree.exists('core/signature.json'));
}
/** An ownCloud server: version.php says `$vendor = 'owncloud'`. */
function isOwncloudServer(tree) {
    return /\$vendor\s*=\s*'owncloud'/.test(tree.text('version.php') ?? '');
}

;// CONCATENATED MODULE: ./src/engine/profiles/generic.ts
/** Nextcloud's app rules with a signature file of your own (--signature-path); never guessed from a tree. */


const generic = {
    name: 'generic',
    create(signaturePath) {
        if (!signaturePath) {
            throw new errors/* UsageError */.eb(`the generic profile needs ${(0,errors/* optionRef */.$j)('signature-path')}`, `Name the signature file relative to the directory, e.g. ${(0,errors/* optionRef */.$j)('signature-path', 'meta/signature.json')}.`);
        }
        return {
            ...NEXTCLOUD,
            ...APP_RULES,
            name: 'generic',
            signaturePath,
            skippedRelativeNames: [...SIGNATURE_FILES, signaturePath],
        };
    },
};

;// CONCATENATED MODULE: ./src/engine/profiles/nextcloud-app.ts

const profile = { ...NEXTCLOUD, ...APP_RULES, name: 'nextcloud-app' };
const nextcloudApp = {
    name: 'nextcloud-app',
    create: () => profile,
    detect: (tree) => (!isOwncloudApp(tree) ? appShape(tree) : 0),
};

;// CONCATENATED MODULE: ./src/engine/profiles/profile.ts
/** The detection levels: a file only an app or a server has, a folder only, nothing. */
const SURE = 3;
const LIKELY = 2;
const WEAK = 1;

;// CONCATENATED MODULE: ./src/engine/profiles/nextcloud-core.ts
/** A Nextcloud server: core/ and version.php. */


const nextcloud_core_profile = {
    ...NEXTCLOUD,
    name: 'nextcloud-core',
    kind: 'core',
    signaturePath: 'core/signature.json',
    excludedRootEntries: NEXTCLOUD_ROOT_EXCLUDES,
    htaccessMarker: true,
    // Expected updater/ entries are ignored once the signature holds (the ownCloud 9.0 updater fix).
    dropUpdaterOnVerify: true,
    mimetypelistRule: true,
    appProfile: 'nextcloud-app',
};
const nextcloudCore = {
    name: 'nextcloud-core',
    create: () => nextcloud_core_profile,
    detect: (tree) => (isServerShape(tree) && !isOwncloudServer(tree) ? LIKELY : 0),
};

;// CONCATENATED MODULE: ./src/engine/profiles/owncloud-app.ts

const owncloud_app_profile = { ...OWNCLOUD, ...APP_RULES, name: 'owncloud-app' };
const owncloudApp = {
    name: 'owncloud-app',
    create: () => owncloud_app_profile,
    detect: (tree) => (isOwncloudApp(tree) ? appShape(tree) : 0),
};

;// CONCATENATED MODULE: ./src/engine/profiles/owncloud-core.ts
/** An ownCloud server: version.php says $vendor = 'owncloud'. */


const owncloud_core_profile = {
    ...OWNCLOUD,
    name: 'owncloud-core',
    kind: 'core',
    signaturePath: 'core/signature.json',
    excludedRootEntries: OWNCLOUD_ROOT_EXCLUDES,
    htaccessMarker: true,
    dropUpdaterOnVerify: false,
    mimetypelistRule: false,
    appProfile: 'owncloud-app',
};
const owncloudCore = {
    name: 'owncloud-core',
    create: () => owncloud_core_profile,
    detect: (tree) => (isServerShape(tree) && isOwncloudServer(tree) ? LIKELY : 0),
};

;// CONCATENATED MODULE: ./src/engine/profiles/index.ts
/**
 * The profiles, one file each, in one registry: `--profile` / the Action's `profile` values,
 * detection from a tree's shape, and the help texts come from here. A new profile is a file
 * exporting a ProfileDefinition plus one line in PROFILES.
 */






const PROFILES = [nextcloudApp, nextcloudCore, owncloudApp, owncloudCore, generic];
/** The profile names, in the registry's order. */
const PROFILE_NAMES = PROFILES.map((p) => p.name);
function isProfileName(value) {
    return PROFILE_NAMES.includes(value);
}
/** The profile `name` (generic needs its signature path). */
function getProfile(name, signaturePath) {
    const definition = PROFILES.find((p) => p.name === name);
    if (definition === undefined)
        throw new errors/* UsageError */.eb(`unknown profile "${name}"`, `Use one of: auto, ${PROFILE_NAMES.join(', ')}.`);
    return definition.create(signaturePath);
}
/** Which profile a tree has, from its shape (an app has appinfo/, a server has core/ and version.php); null when none. */
function detectProfileOf(tree) {
    let best = null;
    for (const p of PROFILES) {
        const score = p.detect?.(tree) ?? 0;
        if (score > 0 && (best === null || score > best.score))
            best = { name: p.name, score };
    }
    return best?.name ?? null;
}
/**
 * The profile asked for (`auto` detects; a signature path alone means generic).
 * `undetected` is the error message when detection finds nothing.
 */
function chooseProfileName(requested, signaturePath, detect, undetected) {
    if (requested !== 'auto') {
        if (isProfileName(requested))
            return requested;
        throw new errors/* UsageError */.eb(`unknown profile "${requested}"`, `Use one of: auto, ${PROFILE_NAMES.join(', ')}.`);
    }
    if (signaturePath)
        return 'generic';
    const detected = detect();
    if (detected)
        return detected;
    throw new errors/* UsageError */.eb(undetected, `Pass ${(0,errors/* optionRef */.$j)('profile')} (${PROFILE_NAMES.join(', ')}); generic also needs ${(0,errors/* optionRef */.$j)('signature-path')}.`);
}


/***/ }),

/***/ 2689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ planReleaseFolder)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/target.ts
var target = __webpack_require__(6681);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/engine/fs-kind.ts
var fs_kind = __webpack_require__(5118);
// EXTERNAL MODULE: ./src/engine/php/ksort.ts
var ksort = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/engine/sha512.ts
var sha512 = __webpack_require__(5122);
;// CONCATENATED MODULE: ./src/engine/release-folder.ts
/**
 * An extracted, not yet installed release folder (`--release`) as the release rules see it:
 * its layout probe and its entries, walked in byte order, links reported and never followed.
 */





/** A release folder as the planner sees it. */
function folderReleaseProbe(root) {
    const dirsIn = (rel) => {
        try {
            return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, rel), { withFileTypes: true })
                .filter((d) => d.isDirectory())
                .map((d) => d.name);
        }
        catch {
            return [];
        }
    };
    return {
        topFolders: () => dirsIn(''),
        folders: (rel) => dirsIn(rel),
        isFolder: (rel) => {
            try {
                return (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, rel)).isDirectory();
            }
            catch {
                return false;
            }
        },
        isFile: (rel) => {
            try {
                return (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, rel)).isFile();
            }
            catch {
                return false;
            }
        },
        text: (rel) => {
            try {
                const p = (0,external_node_path_.join)(root, rel);
                if (!(0,external_node_fs_.lstatSync)(p).isFile() || (0,external_node_fs_.lstatSync)(p).size > 1024 * 1024)
                    return null;
                return (0,external_node_fs_.readFileSync)(p, 'utf8');
            }
            catch {
                return null;
            }
        },
        coreSignedTops: () => {
            // Only to tell app roots from core's own folders; the signature itself is checked in the core scope.
            try {
                const data = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, 'core', 'signature.json'), 'utf8'));
                const hashes = data.hashes !== null && typeof data.hashes === 'object' ? Object.keys(data.hashes) : [];
                return new Set(hashes.map((k) => k.split('/')[0]));
            }
            catch {
                return new Set();
            }
        },
    };
}
/** The file's SHA-512, or null when it cannot be read (reported as such). */
function hashOrNull(path) {
    try {
        return (0,sha512/* sha512OfFile */.G)(path);
    }
    catch {
        return null;
    }
}
/** Every non-folder entry below `root` (links are reported, never followed out of the tree). */
function* folderReleaseEntries(root) {
    const stack = [''];
    while (stack.length > 0) {
        const dir = stack.pop();
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir)).sort(ksort/* binaryCompare */.$Y);
        }
        catch (e) {
            yield { rel: dir, kind: 'problem', problem: `the folder cannot be read (${e.code ?? 'error'})` };
            continue;
        }
        for (const name of names.reverse()) {
            const rel = dir === '' ? name : `${dir}/${name}`;
            const path = (0,external_node_path_.join)(root, rel);
            let st;
            try {
                st = (0,external_node_fs_.lstatSync)(path);
            }
            catch {
                continue;
            }
            if (st.isDirectory())
                stack.push(rel);
            else if (st.isSymbolicLink())
                yield { rel, kind: 'symlink', toFolder: (0,fs_kind/* isDirectory */.w)(path) };
            else if (st.isFile())
                yield { rel, kind: 'file', hash: () => hashOrNull(path) };
            else
                yield { rel, kind: 'special' };
        }
    }
}

// EXTERNAL MODULE: ./src/engine/release.ts
var release = __webpack_require__(3607);
;// CONCATENATED MODULE: ./src/engine/release-plan.ts
/**
 * Planning a whole-release check of an extracted release folder (`verify DIR --release`):
 * the core scope, one scope per verified app, then the `release` scope (release.ts).
 * Archives are planned the same way in archive/plan.ts.
 */





function planReleaseFolder(root, options) {
    const core = (0,target/* resolveTarget */.u1)(root, { profile: options.profile });
    if (core.profile.kind !== 'core' || core.profile.name === 'generic') {
        throw new errors/* UsageError */.eb(`${root} is not a server release (it looks like an app)`, `${(0,errors/* optionRef */.$j)('release')} checks an extracted server release (with core/ and version.php) whole; verify an app without it.`);
    }
    const layout = (0,release/* planRelease */.F3)(folderReleaseProbe(root), core.profile);
    const steps = [{ target: core, trust: options.trust, extraExcluded: layout.appRoots }];
    for (const app of layout.apps) {
        if (app.verified)
            steps.push({ target: { root: (0,external_node_path_.join)(root, app.rel), profile: layout.appProfile, scope: app.id }, trust: options.trust });
    }
    steps.push({ release: () => (0,release/* releaseScope */.aT)({ layout, entries: folderReleaseEntries(root), root }), diskRoot: root });
    return steps;
}


/***/ }),

/***/ 3607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ planRelease),
/* harmony export */   aT: () => (/* binding */ releaseScope)
/* harmony export */ });
/* unused harmony exports UNSIGNED_BY_UPSTREAM, releaseCoreExcluded, ReleaseCoverage, releaseTargets */
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _php_array_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2676);
/* harmony import */ var _php_ksort_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6484);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3643);
/* harmony import */ var _rules_selection_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(228);
/* harmony import */ var _scope_result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3074);
/**
 * A server release checked whole: core against core/signature.json, every app folder of
 * every app root against its own appinfo/signature.json (the folder name is the app id, as
 * upstream's integrity:check-app takes it), every app of core/shipped.json present, and
 * every other file either covered by one of those signatures or on the list of files
 * upstream ships unsigned. What is neither is reported in a `release` scope, beside the
 * core and app scopes. Used for release archives (by default) and for an extracted, not yet
 * installed release folder (`--release`); an installed server keeps upstream's rules
 * (`--all-apps`). The folder front end is release-folder.ts.
 *
 * The rules here are pure functions of paths relative to the server root; the archive and
 * folder front ends give the entries.
 */






const CONFIG = 'config/ is left out of the core signature because the installed config.php lives there';
const UPDATER = 'updater/ is left out of the core signature so the built-in updater can replace itself';
const THEMES = 'themes/ is left out of the core signature because admins put their own themes there';
/**
 * Files upstream's release packaging adds outside every signature (derived from the server
 * repositories and their release builds; see docs/archives.md). Any other unsigned file in a
 * release is an EXTRA_FILE of the `release` scope.
 */
const UNSIGNED_BY_UPSTREAM = {
    nextcloud: [
        { path: 'config/.htaccess', reason: `denies web access to config/; ${CONFIG}` },
        {
            path: 'config/CAN_INSTALL',
            reason: `empty marker the release adds so that the web installer may run (the installer removes it); ${CONFIG}`,
        },
        { path: 'config/config.sample.php', reason: `documents every setting, never loaded; ${CONFIG}` },
        { path: 'updater/.htaccess', reason: `limits web access to the updater; ${UPDATER}` },
        { path: 'updater/index.php', reason: `the web updater; ${UPDATER}` },
        { path: 'updater/updater.phar', reason: `the command-line updater; ${UPDATER}` },
        { path: 'themes/README', reason: `explains how to add a theme; ${THEMES}` },
        { path: 'themes/example/defaults.php', reason: `the example theme (used only when config.php names it); ${THEMES}` },
        { path: 'themes/example/core/css/server.css', reason: `the example theme; ${THEMES}` },
        { path: 'themes/example/core/img/favicon.svg', reason: `the example theme; ${THEMES}` },
        { path: 'themes/example/core/img/favicon-touch.svg', reason: `the example theme; ${THEMES}` },
        { path: 'themes/example/core/img/logo.svg', reason: `the example theme; ${THEMES}` },
        { path: 'themes/example/core/img/logo-icon.svg', reason: `the example theme; ${THEMES}` },
    ],
    owncloud: [
        { path: 'config/.htaccess', reason: `denies web access to config/; ${CONFIG}` },
        { path: 'config/config.sample.php', reason: `documents every setting, never loaded; ${CONFIG}` },
        { path: 'config/config.apps.sample.php', reason: `documents the app settings, never loaded; ${CONFIG}` },
        { path: 'themes/example/defaults.php', reason: `the example theme (used only when config.php names it); ${THEMES}` },
        { path: 'themes/example/core/css/styles.css', reason: `the example theme; ${THEMES}` },
        { path: 'themes/example/core/img/logo-wide.png', reason: `the example theme; ${THEMES}` },
        { path: 'themes/example/core/img/logo-wide.svg', reason: `the example theme; ${THEMES}` },
    ],
};
/** Read core/shipped.json's shippedApps. */
function readShipped(probe) {
    const text = probe.text('core/shipped.json');
    if (text === null) {
        return {
            shipped: null,
            problem: probe.isFile('core/shipped.json')
                ? 'core/shipped.json cannot be read, so shipped apps that are missing cannot be found'
                : 'a server release lists its shipped apps in core/shipped.json; without it, shipped apps that are missing cannot be found',
        };
    }
    try {
        const data = JSON.parse(text);
        if (!Array.isArray(data.shippedApps) || !data.shippedApps.every((x) => typeof x === 'string'))
            throw new Error('no shippedApps list');
        return { shipped: new Set(data.shippedApps), problem: null };
    }
    catch {
        return {
            shipped: null,
            problem: 'core/shipped.json has no list of shipped apps (shippedApps), so shipped apps that are missing cannot be found',
        };
    }
}
/**
 * The app roots of a release: `apps`, and every other top-level folder that holds app
 * folders (with appinfo/) and none of whose files core/signature.json lists (`custom_apps`,
 * `apps-extra`, …). A folder core's signature covers stays core's, like upstream's walk.
 */
function appRootsOf(probe) {
    const coreTops = probe.coreSignedTops();
    const holdsApps = (folder) => probe.folders(folder).some((app) => probe.isFolder(`${folder}/${app}/appinfo`));
    return probe
        .topFolders()
        .filter((f) => f === 'apps' || (!coreTops.has(f) && holdsApps(f)))
        .sort((a, b) => (a === 'apps' ? -1 : b === 'apps' ? 1 : (0,_php_ksort_js__WEBPACK_IMPORTED_MODULE_2__/* .binaryCompare */ .$Y)(a, b)));
}
/** Which app roots and apps a release holds, and which of them are verified. */
function planRelease(probe, coreProfile) {
    const vendor = coreProfile.vendor;
    const appProfile = (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_3__/* .getProfile */ .E$)(vendor === 'owncloud' ? 'owncloud-app' : 'nextcloud-app');
    const appRoots = appRootsOf(probe);
    const { shipped, problem } = readShipped(probe);
    const apps = [];
    for (const appRoot of appRoots) {
        for (const id of probe.folders(appRoot).sort(_php_ksort_js__WEBPACK_IMPORTED_MODULE_2__/* .binaryCompare */ .$Y)) {
            const rel = `${appRoot}/${id}`;
            if (!probe.isFolder(`${rel}/appinfo`))
                continue; // not an app: its files are not covered
            const signed = probe.isFile(`${rel}/${appProfile.signaturePath}`);
            const isShipped = shipped?.has(id) ?? false;
            apps.push({ id, appRoot, rel, signed, shipped: isShipped, verified: signed || isShipped });
        }
    }
    return { vendor, coreProfile, appProfile, appRoots, apps, shipped, shippedProblem: problem };
}
/** Paths (relative to the server root) the core walk must skip in a release: every app root. */
function releaseCoreExcluded(layout) {
    return layout.appRoots;
}
/** The release's coverage rules: which scope (if any) checks a path. */
class ReleaseCoverage {
    layout;
    core;
    app;
    unsigned;
    byFolder;
    constructor(layout) {
        this.layout = layout;
        this.core = (0,_rules_selection_js__WEBPACK_IMPORTED_MODULE_5__/* .createSelector */ .Mz)(layout.coreProfile, releaseCoreExcluded(layout));
        this.app = (0,_rules_selection_js__WEBPACK_IMPORTED_MODULE_5__/* .createSelector */ .Mz)(layout.appProfile);
        this.unsigned = new Map(UNSIGNED_BY_UPSTREAM[layout.vendor].map((u) => [u.path, u.reason]));
        this.byFolder = new Map(layout.apps.map((a) => [a.rel, a]));
    }
    /** The app folder `rel` lies in (the first two components), if it is an app. */
    appOf(rel) {
        const first = rel.indexOf('/');
        const second = first < 0 ? -1 : rel.indexOf('/', first + 1);
        return second < 0 ? null : (this.byFolder.get(rel.slice(0, second)) ?? null);
    }
    /** Which scope checks the file at `rel`: a signature's own file counts as covered by it. */
    owner(rel) {
        const app = this.appOf(rel);
        if (app) {
            const sub = rel.slice(app.rel.length + 1);
            if (sub === this.layout.appProfile.signaturePath)
                return { kind: 'app', app, sub };
            return this.app.fileExcluded(sub) ? { kind: 'none' } : { kind: 'app', app, sub };
        }
        if (rel === this.layout.coreProfile.signaturePath)
            return { kind: 'core' };
        if (this.core.pruned(rel) || this.core.fileExcluded(rel))
            return { kind: 'none' };
        return { kind: 'core' };
    }
    /** Why upstream ships `rel` unsigned, when it is on the list. */
    unsignedReason(rel) {
        return this.unsigned.get(rel);
    }
}
const sortByPath = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (0,_php_ksort_js__WEBPACK_IMPORTED_MODULE_2__/* .binaryCompare */ .$Y)(a, b)));
/** A finding that is only a problem description (no hashes to compare). */
const problemFinding = (problem) => ({ expected: '', current: '', problem });
/** What the entries give: files no signature covers, and files upstream ships unsigned. */
function classifyEntries(coverage, entries) {
    const extra = {};
    const notSigned = {};
    let files = 0;
    for (const entry of entries) {
        files += 1;
        const owner = coverage.owner(entry.rel);
        if (owner.kind === 'app' && !owner.app.verified)
            continue; // reported once for the whole app
        if (owner.kind === 'none' && coverage.appOf(entry.rel)?.verified === false)
            continue;
        if (owner.kind !== 'none') {
            // Checked by a scope; only a link to a folder slips through (upstream skips it).
            if (entry.kind === 'symlink' && entry.toFolder) {
                extra[entry.rel] = problemFinding('a symbolic link to a folder: upstream skips it and no signature covers it');
            }
            continue;
        }
        const finding = uncoveredEntry(entry, coverage.unsignedReason(entry.rel));
        if ('reason' in finding)
            notSigned[entry.rel] = finding;
        else
            extra[entry.rel] = finding;
    }
    return { extra, notSigned, files };
}
/** An entry no scope checks: on upstream's unsigned list (with its hash), or an EXTRA_FILE finding. */
function uncoveredEntry(entry, reason) {
    if (entry.kind !== 'file') {
        const what = entry.kind === 'symlink' ? 'a symbolic link that no signature covers' : 'not a regular file, and no signature covers it';
        return problemFinding(entry.problem ?? what);
    }
    const hash = entry.hash?.() ?? null;
    if (hash === null)
        return problemFinding(entry.problem ?? 'cannot be read, and no signature covers it');
    if (reason !== undefined)
        return { current: hash, reason };
    return { expected: '', current: hash, problem: 'no signature covers this file, and upstream does not ship it unsigned' };
}
/** Apps core/shipped.json lists but the release lacks (MISSING_FILE), and apps it does not list (EXTRA_FILE). */
function shippedAppFindings(layout, extra) {
    const missing = {};
    if (layout.shipped === null) {
        missing['core/shipped.json'] = problemFinding(layout.shippedProblem ?? 'core/shipped.json is missing');
        return missing;
    }
    const present = new Set(layout.apps.map((a) => a.id));
    for (const id of [...layout.shipped].sort(_php_ksort_js__WEBPACK_IMPORTED_MODULE_2__/* .binaryCompare */ .$Y)) {
        if (!present.has(id))
            missing[`apps/${id}`] = problemFinding('an app core/shipped.json lists is not in the release');
    }
    for (const app of layout.apps) {
        if (app.shipped)
            continue;
        extra[app.rel] = problemFinding(app.signed
            ? 'an app core/shipped.json does not list (its own signature is checked in its scope)'
            : 'an app core/shipped.json does not list, without a signature: none of its files is covered');
    }
    return missing;
}
/** The `release` scope: what no signature covers, missing and unlisted apps, and what upstream ships unsigned. */
function releaseScope(input) {
    const started = input.started ?? node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
    const { layout } = input;
    const { extra, notSigned, files } = classifyEntries(new ReleaseCoverage(layout), input.entries);
    const missing = shippedAppFindings(layout, extra);
    return {
        scope: 'release',
        profile: `${layout.vendor}-release`,
        root: (0,_scope_result_js__WEBPACK_IMPORTED_MODULE_4__/* .displayRoot */ .v$)(input.root, process.cwd()),
        signaturePath: null,
        INVALID_HASH: {},
        MISSING_FILE: sortByPath(missing),
        EXTRA_FILE: sortByPath(extra),
        EXCEPTION: null,
        accepted: {},
        upstream: new _php_array_js__WEBPACK_IMPORTED_MODULE_1__/* .PhpArray */ .y6(),
        notes: [...(input.notes ?? [])],
        notSignedByUpstream: sortByPath(notSigned),
        stats: { files, bytes: 0, ms: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - started) },
    };
}
/** The core target and the app targets of a release, for verifyTarget. */
function releaseTargets(layout, root, core) {
    return {
        core,
        apps: layout.apps.filter((a) => a.verified).map((a) => ({ root: `${root}/${a.rel}`, profile: layout.appProfile, scope: a.id })),
    };
}


/***/ }),

/***/ 2447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ER: () => (/* binding */ appIdProblem),
/* harmony export */   cY: () => (/* binding */ appIdFromInfoXml),
/* harmony export */   wN: () => (/* binding */ invalidAppIdError)
/* harmony export */ });
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6060);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/**
 * App ids as upstream takes them: the `<id>` of appinfo/info.xml, and the ids upstream would
 * never load an app under (an --app-id or an <id> like that is refused, not used as a scope).
 */


/** What upstream's OC_App::cleanAppId removes: an id holding any of these is never loaded under that id. */
const CLEANED_FROM_APP_IDS = ['<', '>', '"', "'", '\0', '/', '\\', '..'];
/**
 * Why `id` can never be an app id upstream accepts, or null. Upstream loads apps by an id that
 * OC_App::cleanAppId leaves unchanged (no `<>"'`, NUL, `/`, `\`, `..`), and an app id is a
 * folder name and an XML element's text: no whitespace and no control characters either.
 */
function appIdProblem(id) {
    if (id === '')
        return 'it is empty';
    const cleaned = CLEANED_FROM_APP_IDS.find((s) => id.includes(s));
    if (cleaned !== undefined)
        return `it contains ${JSON.stringify(cleaned)}, which upstream removes from app ids`;
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(id))
        return 'it contains whitespace or a control character';
    return null;
}
/** The usage error for an --app-id (Action: app-id) upstream would never accept. */
function invalidAppIdError(id, problem) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the app id "${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W)(id)}" is not valid: ${problem}`, 'Pass the id in appinfo/info.xml\'s <id> (letters, digits and "_", like "files_excludedirs").', 'invalid-app-id');
}
/** `<id>` of appinfo/info.xml text, without an XML dependency (the element is plain text; comments ignored). */
function appIdFromInfoXml(xml) {
    const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
    const info = withoutComments.indexOf('<info');
    const m = /<id>\s*([^<]*?)\s*<\/id>/.exec(info >= 0 ? withoutComments.slice(info) : withoutComments);
    return m?.[1] ? m[1] : null;
}


/***/ }),

/***/ 2608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JD: () => (/* binding */ withMimetypelistRule),
/* harmony export */   Oh: () => (/* binding */ mimetypelistSignError),
/* harmony export */   Xb: () => (/* binding */ MIMETYPELIST_EXCEPTION_HINT),
/* harmony export */   bF: () => (/* reexport safe */ _mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__.bF),
/* harmony export */   mB: () => (/* binding */ mimetypelistDiffersNote),
/* harmony export */   qu: () => (/* binding */ mimetypelistAcceptedNote)
/* harmony export */ });
/* unused harmony export hasMimetypelistRule */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1872);
/* harmony import */ var _mimetypelist_aliases_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8599);
/* harmony import */ var _mimetypelist_disk_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2758);
/* harmony import */ var _fs_kind_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5118);
/* harmony import */ var _sha512_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5122);
/**
 * Upstream's hashing rule for core/js/mimetypelist.js (Nextcloud core, 17 and later): the
 * Checker hashes a file equal to what `occ maintenance:mimetype:update-js` writes from all
 * aliases (shipped + config/mimetypealiases.json) as the file the generator writes from the
 * shipped aliases alone, so a server regenerated after an admin added aliases still matches
 * its signature. Sign and verify both hash through here (upstream's generateHashes does both).
 * The generator itself, per server version, is ../mimetypelist/.
 */









/** Whether the rule applies to the target at all: only the profile decides (Nextcloud core). */
function hasMimetypelistRule(target) {
    return target.profile.mimetypelistRule;
}
/**
 * The walk, with core/js/mimetypelist.js hashed by upstream's rule (its entry carries the
 * digest, so no worker reads it). Other entries pass through untouched. Throws
 * MimetypeListError, as the walk is pulled, where upstream's generator fails.
 */
function* withMimetypelistRule(walk, target, options = {}) {
    if (!hasMimetypelistRule(target)) {
        yield* walk;
        return;
    }
    for (const entry of walk) {
        yield entry.rel === _mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MIMETYPELIST_PATH */ .bF && entry.problem === undefined ? hashByRule(entry, target.root, options) : entry;
    }
}
function hashByRule(entry, root, options) {
    let bytes;
    let mtimeMs;
    try {
        mtimeMs = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(entry.path).mtimeMs;
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(entry.path);
    }
    catch {
        return entry; // the worker reports why it cannot be read
    }
    const fileHash = (0,_sha512_js__WEBPACK_IMPORTED_MODULE_7__/* .sha512Hex */ .u)(bytes);
    const server = serverVersionOf(root);
    const outcome = server === null
        ? { rule: 'not-a-server', missing: 'version.php' }
        : !(0,_fs_kind_js__WEBPACK_IMPORTED_MODULE_6__/* .isRegularFile */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, _mimetypelist_aliases_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_ALIASES */ .zG))
            ? { rule: 'not-a-server', missing: _mimetypelist_aliases_js__WEBPACK_IMPORTED_MODULE_4__/* .SHIPPED_ALIASES */ .zG }
            : (0,_mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mimetypelistHash */ .Fu)((0,_mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readMimetypeTree */ .LF)(root, { server, ...configDirOf(options) }), bytes);
    options.onOutcome?.(outcome, fileHash);
    const hash = outcome.rule === 'regenerated-default' ? outcome.hash : fileHash;
    return { ...entry, precomputed: { digest: Buffer.from(hash, 'hex'), bytes: bytes.length, mtimeMs } };
}
function configDirOf(options) {
    return options.configDir === undefined ? {} : { configDir: options.configDir };
}
/** The server's version, or null when version.php cannot be read (the rule then cannot tell). */
function serverVersionOf(root) {
    try {
        return (0,_mimetypelist_disk_js__WEBPACK_IMPORTED_MODULE_5__/* .readServerVersion */ .se)(root);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb)
            return null;
        throw e;
    }
}
/** What verify says about core/js/mimetypelist.js when it differs from the signature, by how it was hashed. */
function mimetypelistDiffersNote(outcome) {
    switch (outcome?.rule) {
        case 'regenerated-default':
            return `${_mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MIMETYPELIST_PATH */ .bF} differs, and occ reports it too: it is what \`occ maintenance:mimetype:update-js\` writes for this server, but what that writes from the shipped aliases alone is not the signed file. Several releases shipped a file their own alias list does not generate (19, 22–24, 26–28, 31, 33+); otherwise resources/config/mimetypealiases.dist.json or core/img/filetypes/ changed. To keep the custom aliases, accept the file in a baseline; otherwise restore it from the release.`;
        case 'as-is':
            return outcome.because === 'no-rule'
                ? `${_mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MIMETYPELIST_PATH */ .bF} differs. This server version checks the file as it is (the regeneration rule came with Nextcloud 17), so after \`occ maintenance:mimetype:update-js\` with custom aliases occ reports it too; restore the file from the release.`
                : `${_mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MIMETYPELIST_PATH */ .bF} differs and is not what \`occ maintenance:mimetype:update-js\` writes for this server (shipped aliases plus config/mimetypealiases.json): it was edited by hand or is from another version. Run \`occ maintenance:mimetype:update-js\`, or restore it from the release.`;
        case 'not-a-server':
            return `${_mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MIMETYPELIST_PATH */ .bF} differs. ${outcome.missing} cannot be read, so whether upstream would accept a file regenerated with custom aliases cannot be told; it was checked as it is.`;
        default:
            return `${_mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MIMETYPELIST_PATH */ .bF} differs.`;
    }
}
/** What verify says when the rule accepted a file regenerated with an admin's aliases (it differs from the shipped one). */
function mimetypelistAcceptedNote() {
    return `${_mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MIMETYPELIST_PATH */ .bF} was regenerated with this server's custom aliases (\`occ maintenance:mimetype:update-js\`); it is checked as the file generated from the shipped aliases, as upstream does.`;
}
/** Signing stops where upstream's generator fails (occ integrity:sign-core fails there too). */
function mimetypelistSignError(e) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${_mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MIMETYPELIST_PATH */ .bF} cannot be hashed as upstream does: generating it fails with ${e.phpClass}: ${e.message}`, 'occ integrity:sign-core fails here too. Fix or remove config/mimetypealiases.json (or mimetypenames.json), or restore resources/config/ from the release.');
}
/** The hint of the EXCEPTION verify reports where upstream's generator fails. */
const MIMETYPELIST_EXCEPTION_HINT = `Upstream builds ${_mimetypelist_index_js__WEBPACK_IMPORTED_MODULE_3__/* .MIMETYPELIST_PATH */ .bF} while hashing the server's files and fails here, so occ integrity:check-core reports this exception too. Fix or remove config/mimetypealiases.json (or mimetypenames.json), or restore resources/config/ from the release.`;


/***/ }),

/***/ 9400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ NEXTCLOUD_REVOCATION),
/* harmony export */   j6: () => (/* binding */ untrustedCrlIsUsageError),
/* harmony export */   rH: () => (/* binding */ OWNCLOUD_REVOCATION),
/* harmony export */   wR: () => (/* binding */ untrustedCrl)
/* harmony export */ });
const NEXTCLOUD_REVOCATION = { revoked: 'Certificate is not valid.', crlInvalid: null };
const OWNCLOUD_REVOCATION = {
    revoked: 'Certificate has been revoked.',
    crlInvalid: 'Certificate Revocation List is not valid.',
};
/** The first CRL whose signature does not verify against the trust store, if any. */
function untrustedCrl(crls) {
    return (crls ?? []).find((c) => !c.signatureValid);
}
/** Whether an untrusted CRL stops the run before any scope is checked: some scope's checker has no CRL step. */
function untrustedCrlIsUsageError(policies) {
    return [...policies].some((p) => p.crlInvalid === null);
}


/***/ }),

/***/ 2234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ upstreamShownCommonName),
/* harmony export */   H0: () => (/* binding */ singleCommonName),
/* harmony export */   s7: () => (/* binding */ certificateCoversScope)
/* harmony export */ });
/**
 * Whose signature counts for a scope (nextcloud-spec.md §A.7 step 5): the certificate's CN
 * must be the scope (the app id, or `core`), or exactly `core`, which upstream trusts for every
 * app. phpseclib's getDN returns an array for several CNs and null for none, so neither ever
 * matches; upstream's message then prints "Array" or nothing.
 */
/** The one CN of a certificate, or null when it has none or several (which never match a scope). */
function singleCommonName(commonNames) {
    return commonNames.length === 1 ? commonNames[0] : null;
}
/** Whether a certificate with these CNs may sign `scope`. */
function certificateCoversScope(commonNames, scope) {
    const cn = singleCommonName(commonNames);
    return cn !== null && (cn === scope || cn === 'core');
}
/** The CN as upstream's scope message prints it: "Array" for several, "" for none. */
function upstreamShownCommonName(commonNames) {
    return commonNames.length > 1 ? 'Array' : (singleCommonName(commonNames) ?? '');
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ createSelector),
/* harmony export */   lj: () => (/* binding */ pregPattern)
/* harmony export */ });
/* unused harmony exports isExcludedFileName, isPathExcluded */
/**
 * A PHP `preg_match` pattern as a JavaScript RegExp. PCRE's `$` (without the D modifier)
 * matches at the end and also before a final "\n", so upstream excludes a name such as
 * ".webapp-nextcloud-1.2.3\n" too; `.` and `\d` mean the same in both.
 */
function pregPattern(source) {
    return new RegExp(source.replace(/\$$/, '(?=\n?$)'));
}
/** Whether a file (not a folder) is left out by name, as upstream's name filter does. */
function isExcludedFileName(profile, name) {
    if (profile.excludedFileNames.includes(name))
        return true;
    return profile.excludedFileNamePatterns.some((re) => re.test(name));
}
/** Whether ownCloud's full-path patterns leave `rel` out (matched against "/" + rel). */
function isPathExcluded(profile, rel) {
    if (profile.excludedPathPatterns.length === 0)
        return false;
    const full = '/' + rel;
    return profile.excludedPathPatterns.some((re) => re.test(full));
}
/** The selection rules of `profile`, plus extra pruned paths (data directory, app roots). */
function createSelector(profile, extraExcluded = []) {
    const excluded = new Set([...profile.excludedRootEntries, ...extraExcluded]);
    const skipped = new Set(profile.skippedRelativeNames);
    return {
        prunedHere(rel) {
            return excluded.has(rel);
        },
        pruned(rel) {
            if (excluded.size === 0)
                return false;
            if (excluded.has(rel))
                return true;
            for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) {
                if (excluded.has(rel.slice(0, i)))
                    return true;
            }
            return false;
        },
        fileExcluded(rel, name = rel.slice(rel.lastIndexOf('/') + 1)) {
            return isExcludedFileName(profile, name) || isPathExcluded(profile, rel) || skipped.has(rel);
        },
        htaccess(rel) {
            return profile.htaccessMarker && rel === '.htaccess';
        },
    };
}


/***/ }),

/***/ 6718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ UNHASHED)
/* harmony export */ });
/**
 * Entries that are never hashed, and why, in the same words for a folder on disk and an
 * archive: a link leading out of the checked root, a dangling link, a special file, a name
 * upstream cannot encode. Each becomes a finding on its path, never a trusted hash.
 */
const UNHASHED = {
    notUtf8: 'the file name is not valid UTF-8; upstream cannot sign or check it',
    linkOutside: 'symbolic link points outside the checked folder; it is not read',
    linkToNonFile: 'symbolic link to something that is not a regular file',
    linkUnresolved: 'symbolic link cannot be resolved',
    /** `code`: the system's reason (ELOOP, ENOENT) or the archive's. */
    danglingLink: (code) => `dangling or looping symbolic link (${code})`,
    /** `kind`: FIFO, socket, device, … */
    notRegular: (kind) => `${kind}, not a regular file; it is not read`,
};


/***/ }),

/***/ 3074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O9: () => (/* binding */ finish),
/* harmony export */   SK: () => (/* binding */ setException),
/* harmony export */   bu: () => (/* binding */ emptyScopeResult),
/* harmony export */   v$: () => (/* binding */ displayRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _php_array_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2676);
/** Building a scope's result: empty at first, an EXCEPTION, the time it took. */



function finish(result, started) {
    result.stats.ms = Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_1__.performance.now() - started);
    return result;
}
/** A folder or file as reports show it: relative to `from` (the folder paths were given from) when below it. */
function displayRoot(root, from) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(from, root);
    return rel === '' ? '.' : rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) ? root : rel;
}
function emptyScopeResult(target, displayFrom = process.cwd()) {
    return {
        scope: target.scope,
        profile: target.profile.name,
        root: displayRoot(target.root, displayFrom),
        signaturePath: target.profile.signaturePath,
        INVALID_HASH: {},
        MISSING_FILE: {},
        EXTRA_FILE: {},
        EXCEPTION: null,
        accepted: {},
        upstream: new _php_array_js__WEBPACK_IMPORTED_MODULE_2__/* .PhpArray */ .y6(),
        notes: [],
        stats: { files: 0, bytes: 0, ms: 0 },
    };
}
function setException(result, className, message, hint) {
    result.EXCEPTION = hint === undefined ? { class: className, message } : { class: className, message, hint };
    const detail = new _php_array_js__WEBPACK_IMPORTED_MODULE_2__/* .PhpArray */ .y6();
    detail.set('class', className);
    detail.set('message', message);
    result.upstream = _php_array_js__WEBPACK_IMPORTED_MODULE_2__/* .PhpArray */ .y6.fromEntries([['EXCEPTION', detail]]);
}


/***/ }),

/***/ 5122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ sha512OfFile),
/* harmony export */   u: () => (/* binding */ sha512Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/**
 * SHA-512 as hex, of bytes in memory or of one file read in chunks, for the few places that
 * hash outside the worker pool (release folders, repair, the mimetypelist rule, references).
 */


function sha512Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(bytes).digest('hex');
}
/** SHA-512 of the regular file at `path`, read in 1 MiB chunks; a symbolic link is refused (ELOOP), never followed. */
function sha512OfFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW);
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        for (let n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf); n > 0; n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf))
            hash.update(buf.subarray(0, n));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return hash.digest('hex');
}


/***/ }),

/***/ 1779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  my: () => (/* binding */ MAX_SIGNATURE_BYTES),
  xd: () => (/* binding */ decodeSignature),
  L6: () => (/* binding */ readSignatureFile),
  uW: () => (/* binding */ signedMessageDigest),
  G2: () => (/* binding */ sortedHashes),
  dt: () => (/* binding */ writeSignatureFileText)
});

// UNUSED EXPORTS: contentOf

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/php/array.ts
var array = __webpack_require__(2676);
// EXTERNAL MODULE: ./src/engine/crypto/pss.ts
var pss = __webpack_require__(5860);
// EXTERNAL MODULE: ./src/engine/php/json.ts
var json = __webpack_require__(1931);
// EXTERNAL MODULE: ./src/engine/php/ksort.ts
var ksort = __webpack_require__(6484);
// EXTERNAL MODULE: ./src/engine/hashing/hash-table.ts
var hash_table = __webpack_require__(2144);
// EXTERNAL MODULE: ./src/engine/hashing/records.ts
var records = __webpack_require__(3611);
// EXTERNAL MODULE: ./src/engine/hashing/names.ts
var names = __webpack_require__(1601);
;// CONCATENATED MODULE: ./src/engine/hashing/signature-scanner.ts
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
function isWs(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
/** Not the usual shape: decode the long way. */
class Unusual extends Error {
}
/** The window ended inside a token group: read more and parse the group again. */
class NeedMore extends Error {
}
const UNUSUAL = new Unusual();
const NEED_MORE = new NeedMore();
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A `\uD8xx`–`\uDFxx` escape: a surrogate, which PHP accepts only in valid pairs. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
class Scanner {
    read;
    windowBytes;
    buf;
    end = 0;
    eof = false;
    /** Start of the token group being parsed (kept when the window moves). */
    mark = 0;
    pos = 0;
    constructor(read, windowBytes) {
        this.read = read;
        this.windowBytes = windowBytes;
        this.buf = Buffer.allocUnsafe(windowBytes);
    }
    /** Keep bytes from `mark` on, read at least one more window; false at the end of input. */
    more() {
        if (this.eof)
            return false;
        const keep = this.end - this.mark;
        if (keep * 2 <= this.buf.length) {
            // Reuse the window: the kept tail moves to the front.
            this.buf.copyWithin(0, this.mark, this.end);
        }
        else {
            const next = Buffer.allocUnsafe(Math.max(this.windowBytes, keep * 2));
            this.buf.copy(next, 0, this.mark, this.end);
            this.buf = next;
        }
        this.pos -= this.mark;
        this.mark = 0;
        this.end = keep;
        while (this.end < this.buf.length) {
            const n = this.read(this.buf, this.end, this.buf.length - this.end);
            if (n === 0) {
                this.eof = true;
                break;
            }
            this.end += n;
        }
        return this.end > keep;
    }
    get window() {
        return this.buf;
    }
    get limit() {
        return this.end;
    }
    atEnd() {
        return this.eof && this.pos >= this.end;
    }
    begin() {
        this.mark = this.pos;
    }
    rewind() {
        this.pos = this.mark;
    }
    byte() {
        if (this.pos >= this.end)
            throw NEED_MORE;
        return this.buf[this.pos];
    }
    skipWs() {
        while (this.pos < this.end && isWs(this.buf[this.pos]))
            this.pos++;
        if (this.pos >= this.end)
            throw NEED_MORE;
    }
    expect(c) {
        this.skipWs();
        if (this.buf[this.pos] !== c)
            throw UNUSUAL;
        this.pos++;
    }
    /** A JSON string at pos (after whitespace), decoded as PHP would; returns its raw extent too. */
    string() {
        this.expect(QUOTE);
        const start = this.pos;
        const b = this.buf;
        let p = start;
        for (;;) {
            if (p >= this.end)
                throw NEED_MORE;
            const c = b[p];
            if (c === QUOTE)
                break;
            if (c < 0x20)
                throw UNUSUAL;
            p += c === BACKSLASH ? 2 : 1;
        }
        this.pos = p + 1;
        let text;
        try {
            text = utf8.decode(b.subarray(start - 1, p + 1));
        }
        catch {
            throw UNUSUAL;
        }
        if (SURROGATE_ESCAPE.test(text))
            throw UNUSUAL;
        try {
            return JSON.parse(text);
        }
        catch {
            throw UNUSUAL;
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/hashing/signature-scan.ts
/**
 * The usual signature.json, read in one pass over its bytes, a window at a time.
 *
 * A server's core/signature.json is several megabytes (tens at ten times the size); decoding
 * it as a PHP value, ksorting it and encoding it again to check the signature cost more main-
 * thread time than hashing leaves, and holding it whole cost more memory than the bar allows.
 * Every signature written by upstream (or by `code-integrity sign`) has one shape: an object
 * with "hashes" (non-numeric paths in byte order, `/` escaped, each mapped to a lowercase hex
 * SHA-512), "signature" and "certificate". For that shape this scanner gives exactly what PHP
 * would: the keys are already in ksort order (for non-numeric strings PHP compares bytes), and
 * the compact JSON that upstream signs is the same bytes without the whitespace, so its SHA-1
 * is computed while reading. Anything else — another shape, escapes other than `\/`, non-ASCII
 * paths, numeric names, duplicates, unsorted keys, invalid JSON — returns null, and the caller
 * decodes the file with the full PHP json_decode (src/engine/php/json.ts), which is the
 * reference for every document.
 */






const WINDOW_BYTES = 1 << 20;
/** Hex digit values; -1 for anything else (uppercase included: upstream writes lowercase). */
const HEX_VALUE = new Int8Array(256).fill(-1);
for (let c = 0; c < 10; c++)
    HEX_VALUE[0x30 + c] = c;
for (let c = 0; c < 6; c++)
    HEX_VALUE[0x61 + c] = 10 + c;
/** Compact message bytes are collected here and hashed when full. */
class MessageWriter {
    out = Buffer.allocUnsafe(1 << 16);
    n = 0;
    hash = (0,pss/* pssMessageHash */.wP)();
    byte(c) {
        if (this.n === this.out.length)
            this.flush();
        this.out[this.n++] = c;
    }
    /** Make room for `bytes` more (at most the buffer's size). */
    reserve(bytes) {
        if (this.n + bytes > this.out.length)
            this.flush();
    }
    flush() {
        if (this.n > 0)
            this.hash.update(this.out.subarray(0, this.n));
        this.n = 0;
    }
}
/** Longest key taken on the fast path (a path is at most a few KiB); longer ones take the long way. */
const MAX_KEY_BYTES = 16 * 1024;
const keyScratch = Buffer.allocUnsafe(MAX_KEY_BYTES);
/**
 * The key of a member at `s.pos` (just after its opening quote), unescaped into keyScratch.
 * Only `\/` may be escaped (PHP escapes every slash); anything else takes the long way.
 * Returns the key's length in keyScratch and where its raw bytes end.
 */
function memberKey(s) {
    const b = s.window;
    const end = s.limit;
    let p = s.pos;
    let length = 0;
    for (;;) {
        if (p >= end)
            throw NEED_MORE;
        const c = b[p];
        if (c === QUOTE)
            return { length, end: p };
        if (length === MAX_KEY_BYTES)
            throw UNUSUAL;
        if (c === BACKSLASH) {
            if (p + 1 >= end)
                throw NEED_MORE;
            if (b[p + 1] !== SLASH)
                throw UNUSUAL;
            keyScratch[length++] = SLASH;
            p += 2;
            continue;
        }
        // Printable ASCII only, and no bare slash (PHP never writes one; its re-encoding would differ).
        if (c < 0x20 || c > 0x7e || c === SLASH)
            throw UNUSUAL;
        keyScratch[length++] = c;
        p++;
    }
}
/**
 * The key in keyScratch may follow the previous one: strictly increasing byte order (which
 * also rules out duplicates), and not a numeric name ("1", " 2", "1e3"), which PHP sorts as a
 * number or turns into an integer key; only a name without "/" that starts below "A" can be one.
 */
function assertOrdinaryKey(state, length) {
    if (state.count > 0 && state.names.compareBytes(state.count - 1, keyScratch, 0, length) >= 0)
        throw UNUSUAL;
    if (length === 0)
        throw UNUSUAL;
    if (keyScratch[0] >= 0x41)
        return;
    const slash = keyScratch.indexOf(SLASH);
    if ((slash < 0 || slash >= length) && (0,ksort/* phpNumeric */.q5)(keyScratch.toString('latin1', 0, length)) !== null)
        throw UNUSUAL;
}
/** The member's compact form ([","] '"' raw key '":"' hex '"') into the message, its digest into the table. */
function commitMember(s, state, message, key, valueStart) {
    const b = s.window;
    const digests = state.digests.chunkFor(state.count);
    const out = state.digests.offsetOf(state.count);
    message.reserve(key.end - key.start + 134);
    const m = message.out;
    let o = message.n;
    if (state.count > 0)
        m[o++] = 0x2c;
    m[o++] = QUOTE;
    for (let q = key.start; q < key.end; q++)
        m[o++] = b[q];
    m[o++] = QUOTE;
    m[o++] = 0x3a;
    m[o++] = QUOTE;
    for (let i = 0; i < 64; i++) {
        const h = b[valueStart + 2 * i];
        const l = b[valueStart + 2 * i + 1];
        const hi = HEX_VALUE[h];
        const lo = HEX_VALUE[l];
        if ((hi | lo) < 0)
            throw UNUSUAL;
        digests[out + i] = (hi << 4) | lo;
        m[o++] = h;
        m[o++] = l;
    }
    m[o++] = QUOTE;
    message.n = o;
    state.names.pushBytes(keyScratch, 0, key.length);
    state.count += 1;
}
/**
 * One `"path":"hex"` member of "hashes" at the scanner's position (after whitespace), and the
 * separator after it. Returns true when the object closed. One pass over the bytes: checks
 * them, decodes the name into a scratch buffer, the hex into the digest table, and copies the
 * member's compact form into the message; nothing is committed before the whole member was seen.
 */
function hashMember(s, state, message) {
    s.expect(QUOTE);
    const start = s.pos;
    const { length, end } = memberKey(s);
    s.pos = end + 1;
    s.expect(0x3a); // ':'
    s.expect(QUOTE);
    const valueStart = s.pos;
    if (valueStart + 129 > s.limit)
        throw NEED_MORE;
    if (s.window[valueStart + 128] !== QUOTE)
        throw UNUSUAL;
    s.pos = valueStart + 129;
    s.skipWs();
    const sep = s.window[s.pos];
    if (sep !== 0x2c && sep !== 0x7d)
        throw UNUSUAL;
    s.pos++;
    assertOrdinaryKey(state, length);
    commitMember(s, state, message, { start, end, length }, valueStart);
    return sep === 0x7d;
}
/** The scan of one document: its stages, each a method that reads one group of tokens. */
class SignatureScan {
    s;
    message = new MessageWriter();
    hashes = null;
    signature = null;
    certificate = null;
    stage = 'open';
    constructor(s) {
        this.s = s;
    }
    /** Read the current stage's tokens; false when the document is not the usual shape. */
    step() {
        switch (this.stage) {
            case 'open':
                if (this.s.atEnd())
                    return false;
                this.s.expect(0x7b);
                this.stage = 'key';
                return true;
            case 'key':
                return this.topLevelMember();
            case 'hashes':
                return this.hashesMembers();
            case 'next':
                return this.afterValue();
            case 'end':
                return this.trailingSpace();
        }
    }
    /** `"hashes": {` (opening the members), or `"signature"` / `"certificate"` with its string. */
    topLevelMember() {
        const key = this.s.string();
        this.s.expect(0x3a);
        if (key === 'hashes' && this.hashes === null) {
            this.s.expect(0x7b);
            this.s.skipWs();
            if (this.s.byte() === 0x7d)
                return false; // empty: PHP prints [] and ksorts nothing; the long way says so
            this.hashes = { names: new names/* NameStore */.h(), digests: new records/* RecordStore */.p(64), count: 0 };
            this.message.byte(0x7b);
            this.stage = 'hashes';
            return true;
        }
        if ((key === 'signature' && this.signature === null) || (key === 'certificate' && this.certificate === null)) {
            const value = this.s.string();
            if (key === 'signature')
                this.signature = value;
            else
                this.certificate = value;
            this.stage = 'next';
            return true;
        }
        return false; // another key, or a duplicate one
    }
    /** Many members per window: the group restarts at the member that ran out of bytes. */
    hashesMembers() {
        for (;;) {
            this.s.begin();
            if (hashMember(this.s, this.hashes, this.message))
                break;
        }
        this.message.byte(0x7d);
        this.stage = 'next';
        return true;
    }
    afterValue() {
        this.s.skipWs();
        const c = this.s.byte();
        this.s.pos++;
        if (c === 0x2c)
            this.stage = 'key';
        else if (c === 0x7d)
            this.stage = 'end';
        else
            return false;
        return true;
    }
    /** Only whitespace may follow the document; true once the input ended. */
    trailingSpace() {
        const s = this.s;
        while (!s.atEnd()) {
            if (s.pos >= s.limit) {
                s.begin();
                s.more();
                continue;
            }
            if (!isWs(s.byte()))
                return false;
            s.pos++;
        }
        return true;
    }
    result() {
        const { hashes, signature, certificate } = this;
        if (hashes === null || signature === null || certificate === null)
            return null;
        this.message.flush();
        return {
            hashes: hash_table/* HashTable */.J.fromDigests(hashes.names, hashes.digests),
            messageDigest: this.message.hash.digest(),
            signature,
            certificate,
        };
    }
}
/**
 * Scan a signature file. `pause` is awaited between windows (of `windowBytes`; tests use tiny ones to cross every boundary) so a caller's other work (feeding the hashing workers) goes on.
 * Returns null when the file is not the usual shape (decode it with phpJsonDecode then).
 */
async function scanSignature(read, pause, windowBytes = WINDOW_BYTES) {
    const s = new Scanner(read, windowBytes);
    const scan = new SignatureScan(s);
    try {
        s.more();
        while (scan.stage !== 'end' || !s.atEnd()) {
            s.begin();
            try {
                if (!scan.step())
                    return null;
                if (scan.stage === 'end' && s.atEnd())
                    break;
            }
            catch (e) {
                if (e !== NEED_MORE)
                    throw e;
                s.rewind();
                if (!s.more())
                    return null; // the input ended inside a token: not valid JSON
                if (pause)
                    await pause();
            }
        }
    }
    catch (e) {
        if (e === UNUSUAL)
            return null;
        throw e;
    }
    return scan.result();
}
/** A ByteReader over bytes already in memory, whole or in chunks (as an archive entry streamed by). */
function bufferReader(bytes) {
    const chunks = Buffer.isBuffer(bytes) ? [bytes] : bytes;
    let chunk = 0;
    let at = 0;
    return (buffer, offset, length) => {
        let n = 0;
        while (n < length && chunk < chunks.length) {
            const from = chunks[chunk];
            const take = Math.min(length - n, from.length - at);
            from.copy(buffer, offset + n, at, at + take);
            n += take;
            at += take;
            if (at === from.length) {
                chunk += 1;
                at = 0;
            }
        }
        return n;
    };
}

;// CONCATENATED MODULE: ./src/engine/signature.ts
/**
 * signature.json: reading it the way upstream's json_decode sees it, and writing it
 * byte-identical to `occ integrity:sign-app` / `integrity:sign-core`.
 */








/** Larger signature files are refused: a real server's core/signature.json is about 5 MB. */
const MAX_SIGNATURE_BYTES = 64 * 1024 * 1024;
/**
 * Read and decode a signature file. Refuses links leading out of `root`, non-regular files
 * and oversized files (all reported like a missing signature, with the reason kept).
 */
async function readSignatureFile(path, root, options = {}) {
    let fd;
    try {
        const real = (0,external_node_fs_.realpathSync)(path);
        const rootReal = (0,external_node_fs_.realpathSync)(root);
        if (!real.startsWith(rootReal.endsWith(external_node_path_.sep) ? rootReal : rootReal + external_node_path_.sep)) {
            return { kind: 'missing', reason: 'the signature file is a link leading outside the checked folder; it was not read' };
        }
        fd = (0,external_node_fs_.openSync)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return { kind: 'missing', reason: 'the signature file is not a regular file' };
        if (st.size > MAX_SIGNATURE_BYTES) {
            return { kind: 'missing', reason: `the signature file is ${st.size} bytes, over the ${MAX_SIGNATURE_BYTES}-byte limit` };
        }
        const file = fd;
        let at = 0;
        let total = 0;
        const reader = (buffer, offset, length) => {
            // Never past the limit, even if the file grows while it is read.
            const n = (0,external_node_fs_.readSync)(file, buffer, offset, Math.min(length, MAX_SIGNATURE_BYTES + 1 - total), at);
            at += n;
            total += n;
            return n;
        };
        const scanned = await scanSignature(reader, options.pause);
        if (scanned)
            return { kind: 'ok', content: scannedContent(scanned), bytes: total };
        // Not the usual shape: the whole file through PHP's json_decode rules.
        const buf = Buffer.alloc(st.size);
        let off = 0;
        while (off < buf.length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, off, buf.length - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return decodeSignatureSlowly(buf.subarray(0, off));
    }
    catch (e) {
        const code = e.code;
        return {
            kind: 'missing',
            reason: code === 'ENOENT' ? 'there is no signature file' : `the signature file cannot be read (${code ?? e.message})`,
        };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function scannedContent(scanned) {
    return {
        hashes: scanned.hashes,
        signature: scanned.signature,
        certificate: scanned.certificate,
        messageDigest: () => scanned.messageDigest,
    };
}
/** The fields of a signature file decoded as a PHP value. */
function contentOf(data) {
    const raw = data.get('hashes');
    if (!(raw instanceof array/* PhpArray */.y6)) {
        return {
            hashes: raw,
            signature: data.get('signature'),
            certificate: data.get('certificate'),
            messageDigest: () => signedMessageDigest(new array/* PhpArray */.y6()),
        };
    }
    const sorted = (0,ksort/* phpKsort */.mY)(raw);
    let digest = null;
    return {
        hashes: hash_table/* HashTable */.J.fromSorted(sorted),
        signature: data.get('signature'),
        certificate: data.get('certificate'),
        messageDigest: () => (digest ??= signedMessageDigest(sorted)),
    };
}
/**
 * SHA-1 of the exact bytes upstream signs, computed in pieces so a large signature never
 * needs its message as one string. json_encode failing means PHP signs/verifies "".
 */
function signedMessageDigest(sortedHashes) {
    const hash = (0,pss/* pssMessageHash */.wP)();
    try {
        (0,json/* phpJsonEncodeStream */.XA)(sortedHashes, (chunk) => hash.update(chunk, 'utf8'));
    }
    catch (e) {
        if (e instanceof json/* PhpJsonError */.Df)
            return (0,pss/* pssMessageHash */.wP)().update('').digest();
        throw e;
    }
    return hash.digest();
}
/** A signature file's bytes (from an archive), as readSignatureFile reads a file. */
async function decodeSignature(bytes, options = {}) {
    const chunks = Buffer.isBuffer(bytes) ? [bytes] : bytes;
    const scanned = await scanSignature(bufferReader(chunks), options.pause);
    if (scanned)
        return { kind: 'ok', content: scannedContent(scanned), bytes: chunks.reduce((n, c) => n + c.length, 0) };
    return decodeSignatureSlowly(Buffer.isBuffer(bytes) ? bytes : Buffer.concat(chunks));
}
/** json_decode of a signature file's bytes; anything but a JSON object is "no signature data" upstream. */
function decodeSignatureSlowly(bytes) {
    const data = (0,json/* phpJsonDecode */.zQ)(bytes);
    if (!(data instanceof array/* PhpArray */.y6)) {
        return {
            kind: 'missing',
            reason: data === undefined ? 'the signature file is not valid JSON' : 'the signature file does not hold a JSON object',
        };
    }
    return { kind: 'ok', content: contentOf(data), bytes: bytes.length };
}
/** Build the hashes array from walk-ordered pairs and ksort it as upstream does. */
function sortedHashes(pairs) {
    return (0,ksort/* phpKsort */.mY)(array/* PhpArray */.y6.fromEntries(pairs));
}
/** signature.json text exactly as upstream writes it (JSON_PRETTY_PRINT, no trailing newline), in chunks:
 * a large core signature is never held as one string. */
function writeSignatureFileText(sorted, signatureBase64, certificatePem, write) {
    (0,json/* phpJsonEncodeStream */.XA)(signatureDocument(sorted, signatureBase64, certificatePem), write, { pretty: true });
}
function signatureDocument(sorted, signatureBase64, certificatePem) {
    const doc = new array/* PhpArray */.y6();
    doc.set('hashes', sorted);
    doc.set('signature', signatureBase64);
    doc.set('certificate', certificatePem);
    return doc;
}


/***/ }),

/***/ 6681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ resolveScope),
/* harmony export */   u1: () => (/* binding */ resolveTarget)
/* harmony export */ });
/* unused harmony exports readAppId, detectProfile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6060);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/* harmony import */ var _fs_kind_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5118);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3643);
/* harmony import */ var _rules_app_id_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2447);
/**
 * What to check or sign at a folder: its profile (asked for, or detected from its shape), the
 * scope its certificate must be for (core, or the app id), and where its signature lives.
 */







/** Read `<id>` from a folder's appinfo/info.xml. */
function readAppId(root) {
    try {
        return (0,_rules_app_id_js__WEBPACK_IMPORTED_MODULE_6__/* .appIdFromInfoXml */ .cY)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'appinfo', 'info.xml'), 'utf8'));
    }
    catch {
        return null;
    }
}
/** The folder on disk as a TreeProbe. */
function folderProbe(root) {
    return {
        exists: (rel) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)),
        isFolder: (rel) => (0,_fs_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .isDirectory */ .w)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel)),
        text: (rel) => {
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel), 'utf8');
            }
            catch {
                return null;
            }
        },
    };
}
function detectProfile(root) {
    return (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_5__/* .detectProfileOf */ .eJ)(folderProbe(root));
}
/**
 * The scope a target's certificate must match: core, or the app id (`--app-id`, else the
 * tree's appinfo/info.xml, else `fallback`, the folder's name). An --app-id upstream would
 * never accept is a usage error; such an id in info.xml becomes `scopeProblem`.
 */
function resolveScope(profile, appId, readId, fallback) {
    if (profile.kind === 'core' && profile.name !== 'generic')
        return { scope: 'core' };
    if (appId !== undefined) {
        const problem = (0,_rules_app_id_js__WEBPACK_IMPORTED_MODULE_6__/* .appIdProblem */ .ER)(appId);
        if (problem !== null)
            throw (0,_rules_app_id_js__WEBPACK_IMPORTED_MODULE_6__/* .invalidAppIdError */ .wN)(appId, problem);
        return { scope: appId };
    }
    const id = readId();
    if (id === null)
        return { scope: fallback };
    const problem = (0,_rules_app_id_js__WEBPACK_IMPORTED_MODULE_6__/* .appIdProblem */ .ER)(id);
    if (problem === null)
        return { scope: id };
    return { scope: fallback, scopeProblem: `appinfo/info.xml names the app id "${(0,_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .W)(id)}", which is not valid: ${problem}` };
}
/** Resolve what to check or sign at `root`: profile, scope and signature location. */
function resolveTarget(root, options = {}) {
    if (!(0,_fs_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .isDirectory */ .w)(root)) {
        const why = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root) ? 'is not a directory' : 'does not exist';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${root} ${why}`, 'Pass the folder of an app (with appinfo/) or of a server (with core/ and version.php).');
    }
    const name = (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_5__/* .chooseProfileName */ .Cj)(options.profile ?? 'auto', options.signaturePath, () => detectProfile(root), `cannot tell what ${root} is: it has no appinfo/ (an app) and no core/ with version.php (a server)`);
    const profile = (0,_profiles_index_js__WEBPACK_IMPORTED_MODULE_5__/* .getProfile */ .E$)(name, options.signaturePath);
    return { root, profile, ...resolveScope(profile, options.appId, () => readAppId(root), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(root)) };
}


/***/ }),

/***/ 2948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ directorySource)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hashing_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7326);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1779);
/* harmony import */ var _rules_mimetypelist_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2608);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4721);
/** Where a scope's files come from: a folder on disk, or an archive read as a stream (archive/source.ts). */





/** The default source: the folder `target.root` on disk. */
const directorySource = {
    readSignature: (target, options) => (0,_signature_js__WEBPACK_IMPORTED_MODULE_2__/* .readSignatureFile */ .L6)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(target.root, target.profile.signaturePath), target.root, options),
    hashFiles: async (target, options) => {
        const walk = (0,_walk_js__WEBPACK_IMPORTED_MODULE_4__/* .walkTree */ .Ir)(target.root, target.profile, { extraExcluded: options.extraExcluded, onLinkedFolder: options.onLinkedFolder });
        const hashed = (0,_rules_mimetypelist_js__WEBPACK_IMPORTED_MODULE_3__/* .withMimetypelistRule */ .JD)(walk, target, options.onMimetypelist ? { onOutcome: options.onMimetypelist } : {});
        await (0,_hashing_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .hashEntries */ .fG)(hashed, options.sink, options.hash, options.walked);
    },
};


/***/ }),

/***/ 3770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zU: () => (/* binding */ CertificateParseError),
  gL: () => (/* binding */ findUpstreamIssuer),
  hB: () => (/* binding */ parseCertificate),
  JQ: () => (/* binding */ splitPemBlocks),
  h8: () => (/* binding */ upstreamChainValid),
  E2: () => (/* binding */ upstreamPem),
  sN: () => (/* binding */ verifiedBy)
});

// UNUSED EXPORTS: pemToDer

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/engine/crypto/der.ts
/**
 * A minimal DER reader for the few certificate fields node:crypto does not expose raw:
 * the issuer and subject Names as bytes (upstream matches an issuer by its exact Name),
 * the authority/subject key identifiers, and the subject's CN attributes.
 */
class DerError extends Error {
}
function readNode(buf, offset) {
    if (offset + 2 > buf.length)
        throw new DerError('truncated DER');
    const tag = buf[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new DerError('high tag numbers are not supported');
    let len = buf[offset + 1];
    let pos = offset + 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4)
            throw new DerError('unsupported DER length');
        len = 0;
        for (let i = 0; i < n; i++) {
            if (pos >= buf.length)
                throw new DerError('truncated DER');
            len = len * 256 + buf[pos++];
        }
    }
    const end = pos + len;
    if (end > buf.length)
        throw new DerError('truncated DER');
    return { tag, start: offset, contentStart: pos, end };
}
function children(buf, node) {
    const out = [];
    let pos = node.contentStart;
    while (pos < node.end) {
        const child = readNode(buf, pos);
        out.push(child);
        pos = child.end;
    }
    return out;
}
function raw(buf, node) {
    return buf.subarray(node.start, node.end);
}
function content(buf, node) {
    return buf.subarray(node.contentStart, node.end);
}
/** Decode an OBJECT IDENTIFIER's content to dotted form. */
function oid(bytes) {
    const parts = [];
    let value = 0;
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        value = value * 128 + (b & 0x7f);
        if (!(b & 0x80)) {
            if (parts.length === 0) {
                const first = value < 80 ? Math.floor(value / 40) : 2;
                parts.push(first, value - first * 40);
            }
            else
                parts.push(value);
            value = 0;
        }
    }
    return parts.join('.');
}
/** Decode an X.520 DirectoryString (or similar) to a JS string. */
function directoryString(buf, node) {
    const c = content(buf, node);
    switch (node.tag) {
        case 0x1e: {
            // BMPString: UTF-16BE
            const swapped = Buffer.from(c);
            swapped.swap16();
            return swapped.toString('utf16le');
        }
        case 0x1c: {
            // UniversalString: UTF-32BE
            let s = '';
            for (let i = 0; i + 3 < c.length; i += 4)
                s += String.fromCodePoint(c.readUInt32BE(i));
            return s;
        }
        case 0x14: // T61String: treat as Latin-1 like most toolkits
            return c.toString('latin1');
        default:
            return c.toString('utf8');
    }
}

;// CONCATENATED MODULE: ./src/engine/trust/certificate.ts
/**
 * X.509 certificates as upstream's checker sees them (phpseclib 2): which certificate in
 * the trust file may have issued a signer certificate, the signer's CN, and the PEM form
 * upstream writes into signature.json.
 */


class CertificateParseError extends Error {
}
const OID_CN = '2.5.4.3';
const OID_SKI = '2.5.29.14';
const OID_AKI = '2.5.29.35';
/**
 * Split a trust file into PEM blocks the way upstream does (Checker::splitCerts): any run
 * of 3+ dashes, a label, 3+ dashes, a body, and the closing line.
 */
function splitPemBlocks(text) {
    const re = /[-]{3,}[\S ]+?[-]{3,}[\S\s]+?[-]{3,}[\S ]+?[-]{3,}/g;
    return text.match(re) ?? [];
}
/** PHP's pcre.backtrack_limit: phpseclib skips its clean-up regexes for longer input. */
const PCRE_BACKTRACK_LIMIT = 1_000_000;
/**
 * phpseclib 2's X509::_extractBER, step for step: drop everything up to and including the
 * first armour line (text before it, like "Bag Attributes", is allowed), drop everything
 * from the first "-----END", remove CR/LF/spaces and leftover armour, and base64-decode
 * when only the alphabet is left. Otherwise (or when that decodes to "" or "0", which PHP
 * treats as false) the input is taken as raw DER.
 */
function pemToDer(input) {
    const text = typeof input === 'string' ? input : input.toString('latin1');
    let temp = text;
    if (text.length <= PCRE_BACKTRACK_LIMIT) {
        temp = temp.replace(/^[\s\S]*?(?<=^|\n)-+[^-]+-+[\r\n ]*(?=\n|$)/, '');
        temp = temp.replace(/-+END[\s\S]*/, '');
    }
    temp = temp.replace(/[\r\n ]/g, '').replace(/^-+[^-]+-+|-+[^-]+-+$/g, '');
    if (/^[a-zA-Z\d/+]*={0,2}$/.test(temp)) {
        const der = Buffer.from(temp, 'base64');
        if (der.length > 0 && !(der.length === 1 && der[0] === 0x30))
            return der;
    }
    return typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
}
/** The certificate block as upstream writes it: base64 of the DER in 64-char lines ending CRLF. */
function upstreamPem(der) {
    const b64 = der.toString('base64');
    let body = '';
    for (let i = 0; i < b64.length; i += 64)
        body += b64.slice(i, i + 64) + '\r\n';
    return `-----BEGIN CERTIFICATE-----\r\n${body}-----END CERTIFICATE-----`;
}
function hexToDecimal(hex) {
    return hex === '' ? '0' : BigInt(`0x${hex}`).toString(10);
}
/** Read the SubjectKeyIdentifier and AuthorityKeyIdentifier extensions from tbsCertificate's fields. */
function keyIdentifiers(der, fields) {
    const ids = { authorityKeyId: undefined, hasAuthorityKeyIdExtension: false, subjectKeyId: undefined };
    const extsWrapper = fields.find((f) => f.tag === 0xa3);
    const [exts] = extsWrapper ? children(der, extsWrapper) : [];
    for (const ext of exts ? children(der, exts) : []) {
        const parts = children(der, ext);
        const id = parts[0] ? oid(content(der, parts[0])) : '';
        const value = parts[parts.length - 1]; // OCTET STRING
        if (id === OID_SKI) {
            ids.subjectKeyId = Buffer.from(content(der, readNode(der, value.contentStart)));
        }
        else if (id === OID_AKI) {
            ids.hasAuthorityKeyIdExtension = true;
            const keyId = children(der, readNode(der, value.contentStart)).find((n) => n.tag === 0x80);
            if (keyId)
                ids.authorityKeyId = Buffer.from(content(der, keyId));
        }
    }
    return ids;
}
/** tbsCertificate's fields, and the issuer and subject Names among them. */
function tbsParts(der) {
    // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }
    const [tbs] = children(der, readNode(der, 0));
    if (!tbs)
        throw new CertificateParseError('empty certificate');
    const fields = children(der, tbs);
    // [0] version (optional), serialNumber, signature AlgorithmIdentifier, issuer, validity, subject
    const at = fields[0]?.tag === 0xa0 ? 1 : 0;
    const issuer = fields[at + 2];
    const subject = fields[at + 4];
    if (!issuer || !subject)
        throw new CertificateParseError('certificate has no issuer or subject');
    return { fields, issuer, subject };
}
/** Parse one certificate (PEM or DER). Throws CertificateParseError with a readable reason. */
function parseCertificate(input) {
    const der = pemToDer(input);
    // Only DER from here on: node would otherwise parse PEM text itself, which phpseclib does not.
    if (der[0] !== 0x30)
        throw new CertificateParseError('not an X.509 certificate (no PEM body and no DER)');
    let x509;
    try {
        x509 = new external_node_crypto_.X509Certificate(der);
    }
    catch (e) {
        throw new CertificateParseError(`not an X.509 certificate (${e.message})`);
    }
    try {
        const { fields, issuer, subject } = tbsParts(der);
        return {
            der,
            x509,
            issuerName: Buffer.from(raw(der, issuer)),
            subjectName: Buffer.from(raw(der, subject)),
            commonNames: nameAttributes(der, subject, OID_CN),
            ...keyIdentifiers(der, fields),
            info: {
                subject: oneLineName(x509.subject),
                issuer: oneLineName(x509.issuer),
                notBefore: new Date(x509.validFrom).toISOString(),
                notAfter: new Date(x509.validTo).toISOString(),
                serial: x509.serialNumber.toLowerCase(),
                serialDecimal: hexToDecimal(x509.serialNumber),
                fingerprint256: x509.fingerprint256,
            },
        };
    }
    catch (e) {
        if (e instanceof CertificateParseError)
            throw e;
        throw new CertificateParseError(`malformed certificate (${e.message})`);
    }
}
function nameAttributes(der, name, wanted) {
    const out = [];
    for (const rdn of children(der, name)) {
        for (const atv of children(der, rdn)) {
            const [type, value] = children(der, atv);
            if (type && value && oid(content(der, type)) === wanted)
                out.push(directoryString(der, value));
        }
    }
    return out;
}
/** Node prints names one attribute per line; join them as "CN=x, O=y". */
function oneLineName(name) {
    return name.split('\n').filter(Boolean).join(', ');
}
/**
 * Upstream's trust decision (phpseclib 2 X509::validateSignature, one level): the first
 * trusted certificate whose subject Name equals the signer's issuer Name (and whose subject
 * key id equals the signer's authority key id, when the signer names one) must have signed
 * it. No dates, CA flag, key usage or path length are checked.
 */
function findUpstreamIssuer(cert, trusted) {
    for (const ca of trusted) {
        if (!ca.subjectName.equals(cert.issuerName))
            continue;
        if (!cert.hasAuthorityKeyIdExtension)
            return ca;
        if (cert.authorityKeyId && ca.subjectKeyId && cert.authorityKeyId.equals(ca.subjectKeyId))
            return ca;
    }
    return null;
}
function upstreamChainValid(cert, trusted) {
    const issuer = findUpstreamIssuer(cert, trusted);
    if (!issuer)
        return false;
    return verifiedBy(cert, issuer.x509.publicKey);
}
function verifiedBy(cert, key) {
    try {
        return cert.x509.verify(key);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ parsedCrlFromJson),
/* harmony export */   KN: () => (/* binding */ CRL_REASONS),
/* harmony export */   n_: () => (/* binding */ CrlParseError)
/* harmony export */ });
/* unused harmony export parsedCrlToJson */
/**
 * What a parsed CRL holds, shared by the pkijs parser (crl-parse.ts), the revocation checks
 * (crl.ts) and the generated presets (a stored form with bytes in base64).
 */
class CrlParseError extends Error {
}
/** RFC 5280 CRLReason codes, by number. */
const CRL_REASONS = {
    0: 'unspecified',
    1: 'keyCompromise',
    2: 'cACompromise',
    3: 'affiliationChanged',
    4: 'superseded',
    5: 'cessationOfOperation',
    6: 'certificateHold',
    8: 'removeFromCRL',
    9: 'privilegeWithdrawn',
    10: 'aACompromise',
};
function parsedCrlToJson(crl) {
    return {
        der: crl.der.toString('base64'),
        issuerName: crl.issuerName.toString('base64'),
        issuer: crl.issuer,
        thisUpdate: crl.thisUpdate,
        nextUpdate: crl.nextUpdate,
        crlNumber: crl.crlNumber,
        authorityKeyId: crl.authorityKeyId ? crl.authorityKeyId.toString('base64') : null,
        signatureAlgorithm: crl.signatureAlgorithm,
        tbs: crl.tbs.toString('base64'),
        signature: crl.signature.toString('base64'),
        revoked: crl.revoked.map((r) => ({ ...r, serial: r.serial.toString(10) })),
    };
}
function parsedCrlFromJson(json) {
    return {
        der: Buffer.from(json.der, 'base64'),
        issuerName: Buffer.from(json.issuerName, 'base64'),
        issuer: json.issuer,
        thisUpdate: json.thisUpdate,
        nextUpdate: json.nextUpdate,
        crlNumber: json.crlNumber,
        authorityKeyId: json.authorityKeyId === null ? undefined : Buffer.from(json.authorityKeyId, 'base64'),
        signatureAlgorithm: json.signatureAlgorithm,
        tbs: Buffer.from(json.tbs, 'base64'),
        signature: Buffer.from(json.signature, 'base64'),
        revoked: json.revoked.map((r) => ({ ...r, serial: BigInt(r.serial) })),
    };
}


/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R$: () => (/* binding */ invalidCrlError),
/* harmony export */   Rt: () => (/* binding */ describeCrl),
/* harmony export */   Tz: () => (/* binding */ loadCrls),
/* harmony export */   ht: () => (/* binding */ assertUsableCrls),
/* harmony export */   nS: () => (/* binding */ lookupRevocation),
/* harmony export */   uN: () => (/* binding */ bundledNextcloudCrl)
/* harmony export */ });
/* unused harmony exports certificateSerial, verifySignedData, checkCrlSignature, crlCovers */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/* harmony import */ var _rules_revocation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9400);
/* harmony import */ var _crl_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4400);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3770);
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2451);
/**
 * Certificate revocation lists: parse a CRL (PEM or DER), check its own signature against
 * the trusted certificates, and look a signer certificate's serial up in it.
 *
 * node-forge (already used for CSRs and certificates) cannot read CRLs, so parsing uses
 * pkijs (PeculiarVentures, maintained, no global polyfills), loaded only when a CRL file is
 * given (crl-parse.ts): the bundled Nextcloud CRL, consulted on every verification, is
 * parsed by pkijs when the presets are generated. Signatures are checked with node:crypto
 * over the CRL's original to-be-signed bytes, so nothing is re-encoded.
 */









/** Signature algorithms a CRL may use, by OID: the node:crypto digest (null: none, Ed25519). */
const SIGNATURE_ALGORITHMS = {
    '1.2.840.113549.1.1.5': { digest: 'sha1' },
    '1.2.840.113549.1.1.14': { digest: 'sha224' },
    '1.2.840.113549.1.1.11': { digest: 'sha256' },
    '1.2.840.113549.1.1.12': { digest: 'sha384' },
    '1.2.840.113549.1.1.13': { digest: 'sha512' },
    '1.2.840.10045.4.1': { digest: 'sha1', ecdsa: true },
    '1.2.840.10045.4.3.2': { digest: 'sha256', ecdsa: true },
    '1.2.840.10045.4.3.3': { digest: 'sha384', ecdsa: true },
    '1.2.840.10045.4.3.4': { digest: 'sha512', ecdsa: true },
    '1.3.101.112': { digest: null },
};
/** Serial number of a certificate as a number (Node prints it as hex, possibly zero-padded). */
function certificateSerial(cert) {
    return cert.info.serial === '' ? 0n : BigInt(`0x${cert.info.serial}`);
}
/** Verify `signature` over `data` with `key`, for the algorithm named by `oid` (X.509 AlgorithmIdentifier). */
function verifySignedData(data, oid, signature, key) {
    const alg = SIGNATURE_ALGORITHMS[oid];
    if (!alg)
        return false;
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.verify)(alg.digest, data, alg.ecdsa ? { key, dsaEncoding: 'der' } : key, signature);
    }
    catch {
        return false;
    }
}
/**
 * Find the trusted certificate that signed `crl`: its subject Name must equal the CRL's
 * issuer Name (and its subject key id the CRL's authority key id, when both are present).
 */
function checkCrlSignature(crl, trusted) {
    const candidates = trusted.filter((c) => c.subjectName.equals(crl.issuerName) && !(crl.authorityKeyId && c.subjectKeyId && !crl.authorityKeyId.equals(c.subjectKeyId)));
    if (candidates.length === 0)
        return { signer: null, problem: `it was issued by "${crl.issuer}", which is not in the trust store` };
    if (!SIGNATURE_ALGORITHMS[crl.signatureAlgorithm]) {
        return { signer: null, problem: `its signature algorithm (${crl.signatureAlgorithm}) is not supported` };
    }
    for (const ca of candidates) {
        if (verifySignedData(crl.tbs, crl.signatureAlgorithm, crl.signature, ca.x509.publicKey))
            return { signer: ca, problem: null };
    }
    return {
        signer: null,
        problem: `its signature does not verify with the key of "${crl.issuer}": the file was altered or damaged, or it comes from another CA with the same name`,
    };
}
function loaded(source, bundled, crl, trusted) {
    const { signer, problem } = checkCrlSignature(crl, trusted);
    return { source, bundled, crl, signer, signatureValid: signer !== null, problem };
}
let bundledCache;
function bundledParts() {
    bundledCache ??= {
        crl: (0,_crl_model_js__WEBPACK_IMPORTED_MODULE_5__/* .parsedCrlFromJson */ .Jq)(_presets_js__WEBPACK_IMPORTED_MODULE_7__/* .NEXTCLOUD_CRL_PARSED */ .zc),
        signers: (0,_certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .splitPemBlocks */ .JQ)(_presets_js__WEBPACK_IMPORTED_MODULE_7__/* .NEXTCLOUD_ROOT_PEM */ .xZ).map((b) => (0,_certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCertificate */ .hB)(b)),
    };
    return bundledCache;
}
/**
 * The Nextcloud CRL embedded in this tool, checked against the Nextcloud preset (not the
 * user's trust store): used to report revocation as a warning when no --crl is given.
 */
let bundledLoaded;
function bundledNextcloudCrl() {
    if (!bundledLoaded) {
        const { crl, signers } = bundledParts();
        bundledLoaded = loaded('nextcloud', true, crl, signers);
    }
    return bundledLoaded;
}
/**
 * Load `--crl` values (`nextcloud` or a file, PEM or DER) and check each one's signature
 * against `trusted`. A file that is not a CRL is a UsageError; a CRL whose signature does
 * not verify is returned with signatureValid false (what that means depends on the profile).
 */
async function loadCrls(specs, trusted, cwd = process.cwd()) {
    const out = [];
    for (const spec of specs) {
        if (spec === 'nextcloud') {
            out.push(loaded(spec, true, bundledParts().crl, trusted));
            continue;
        }
        let bytes;
        try {
            bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, spec));
        }
        catch (e) {
            const code = e.code;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`cannot read CRL file ${spec}: ${code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (code ?? e.message)}`, `Use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .optionRef */ .$j)('crl', 'nextcloud')} (the bundled Nextcloud CRL) or the path of a CRL file (PEM "X509 CRL" or DER).`);
        }
        try {
            const { parseCrl } = await Promise.all(/* import() */[__webpack_require__.e(781), __webpack_require__.e(258)]).then(__webpack_require__.bind(__webpack_require__, 4258));
            out.push(loaded(spec, false, parseCrl(bytes, spec), trusted));
        }
        catch (e) {
            if (e instanceof _crl_model_js__WEBPACK_IMPORTED_MODULE_5__/* .CrlParseError */ .n_ || e instanceof _certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .CertificateParseError */ .zU) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(e.message, `Pass a CRL file as the CA published it (PEM "-----BEGIN X509 CRL-----" or DER), or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .optionRef */ .$j)('crl', 'nextcloud')}.`);
            }
            throw e;
        }
    }
    return out;
}
/** The UsageError for a CRL that cannot be trusted (Nextcloud profiles stop on it). */
function invalidCrlError(crl) {
    const notTrusted = crl.signer === null && /not in the trust store/.test(crl.problem ?? '');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`the CRL ${crl.source} is not valid: ${crl.problem ?? 'its signature does not verify'}`, notTrusted
        ? `Trust the CA that issued the CRL too (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .optionRef */ .$j)('trust')}, repeatable): its certificate is needed to check the CRL signature.`
        : `Use the CRL exactly as the CA published it (for Nextcloud, resources/codesigning/root.crl), or ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .optionRef */ .$j)('crl', 'nextcloud')} for the bundled one.`);
}
/** Whether `crl` speaks about certificates issued by `cert`'s issuer. */
function crlCovers(crl, cert) {
    if (!crl.issuerName.equals(cert.issuerName))
        return false;
    return !(crl.authorityKeyId && cert.authorityKeyId && !crl.authorityKeyId.equals(cert.authorityKeyId));
}
/** Look `cert` up in the valid CRLs covering its issuer; null when none covers it. */
function lookupRevocation(cert, crls) {
    const covering = crls.filter((c) => c.signatureValid && crlCovers(c.crl, cert));
    if (covering.length === 0)
        return null;
    const serial = certificateSerial(cert);
    for (const c of covering) {
        const entry = c.crl.revoked.find((r) => r.serial === serial);
        if (entry)
            return { crl: c, entry };
    }
    const newest = covering.reduce((a, b) => (b.crl.thisUpdate > a.crl.thisUpdate ? b : a));
    return { crl: newest, entry: null };
}
/** "the Nextcloud CRL (#4113 of 2019-11-20)" / "CRL ./x.crl (#2 of …)" */
function describeCrl(c) {
    const what = c.bundled ? 'the bundled Nextcloud CRL' : `the CRL ${c.source}`;
    const number = c.crl.crlNumber === null ? '' : `#${c.crl.crlNumber} `;
    return `${what} (${number}of ${c.crl.thisUpdate.slice(0, 10)})`;
}
/**
 * Stop early on a CRL that cannot be trusted when a scope's checker has no CRL step (Nextcloud:
 * a bad --crl is the user's to fix); ownCloud scopes report it as upstream's "Certificate
 * Revocation List is not valid." instead.
 */
function assertUsableCrls(crls, policies) {
    const bad = (0,_rules_revocation_js__WEBPACK_IMPORTED_MODULE_4__/* .untrustedCrl */ .wR)(crls);
    if (bad && (0,_rules_revocation_js__WEBPACK_IMPORTED_MODULE_4__/* .untrustedCrlIsUsageError */ .j6)(policies))
        throw invalidCrlError(bad);
}


/***/ }),

/***/ 2451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wj: () => (/* binding */ OWNCLOUD_ROOT_PEM),
/* harmony export */   xZ: () => (/* binding */ NEXTCLOUD_ROOT_PEM),
/* harmony export */   zc: () => (/* binding */ NEXTCLOUD_CRL_PARSED)
/* harmony export */ });
/* unused harmony export NEXTCLOUD_CRL_PEM */
/** resources/codesigning/root.crt of nextcloud/server: intermediate + root. */
const NEXTCLOUD_ROOT_PEM = '-----BEGIN CERTIFICATE-----\nMIID1zCCAr+gAwIBAgICEAAwDQYJKoZIhvcNAQELBQAwejELMAkGA1UEBhMCREUx\nGzAZBgNVBAgMEkJhZGVuLVd1ZXJ0dGVtYmVyZzESMBAGA1UEBwwJU3R1dHRnYXJ0\nMRcwFQYDVQQKDA5OZXh0Y2xvdWQgR21iSDEhMB8GA1UEAwwYTmV4dGNsb3VkIFJv\nb3QgQXV0aG9yaXR5MB4XDTE2MDYxMjIxMDEwMloXDTQxMDYwNjIxMDEwMlowezEL\nMAkGA1UEBhMCREUxGzAZBgNVBAgMEkJhZGVuLVd1ZXJ0dGVtYmVyZzEXMBUGA1UE\nCgwOTmV4dGNsb3VkIEdtYkgxNjA0BgNVBAMMLU5leHRjbG91ZCBDb2RlIFNpZ25p\nbmcgSW50ZXJtZWRpYXRlIEF1dGhvcml0eTCCASIwDQYJKoZIhvcNAQEBBQADggEP\nADCCAQoCggEBAJzBOypRqAhXeTB3XawW7UzwCxoovpMa0bP8fPzjeMMdCdPlZIYX\nMshGHoQ4/VJyODOaq3H1AYRh20Kn/BKNAuVfRzcmY/7M5R09b0ts06l9tIVSbBeK\n5krETjZtpt4crgukzQ6+8QhHE2DBdvPE7rds6EyBaiMRPNuGP1YrtGPQ+hYvajJL\nyH3mq609ZZYFVOK9FuSxw5e5YBFp9Z6dNeFjnmEsYytWOhaJ+zPfQaL9JjLwxEM+\nBJ1kpf/zblzL6FwUOeXP2+UJ5TAU4xh+9WsvFBR0b6iq77eYTl3eFM1QtaweCA23\nOmZZZahCNLmcPA2iMyPZDGZ1mSW+h7+pMJkCAwEAAaNmMGQwHQYDVR0OBBYEFG3q\nbqqpNyw8iS0XPv1G7sOeeO10MB8GA1UdIwQYMBaAFAQYAjwHzNjhemMwKilLlT4T\nvZHIMBIGA1UdEwEB/wQIMAYBAf8CAQAwDgYDVR0PAQH/BAQDAgGGMA0GCSqGSIb3\nDQEBCwUAA4IBAQCWnDNA14Q+bw7X0S+riMjyTabtgF443eAQIvby9sU2cHtd7qua\np/311+H7gB4F/CE+/CUxdtC5AgaW4vWRL8ge9+6jhYUjvmqdyV5wbBFrLmnqYS4h\nPnNWo5cjA7apA6SrIxnJAF8vNCeyEQgHD57VeIlK35S0GpqcouuCSQvCeSjKcojx\n6t/NGHcetWucHAUymzOk11NMyYyEMJ/tfUwn3drqkb4jp4Tqu4ftZt/uioDX8Gc9\nAw+IaEHKfNnh9R//Vqc06Bad04ycI6jK4cVUpC/6I6tzoY6GXwZRbESkKUyLitlX\n3EnBONP0UzEZmCilIwYYfevWGT+NWnpkmey7\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIID2jCCAsKgAwIBAgIJAKCc9xL4epmrMA0GCSqGSIb3DQEBCwUAMHoxCzAJBgNV\nBAYTAkRFMRswGQYDVQQIDBJCYWRlbi1XdWVydHRlbWJlcmcxEjAQBgNVBAcMCVN0\ndXR0Z2FydDEXMBUGA1UECgwOTmV4dGNsb3VkIEdtYkgxITAfBgNVBAMMGE5leHRj\nbG91ZCBSb290IEF1dGhvcml0eTAeFw0xNjA2MTIyMDU4MzVaFw00MTA2MDYyMDU4\nMzVaMHoxCzAJBgNVBAYTAkRFMRswGQYDVQQIDBJCYWRlbi1XdWVydHRlbWJlcmcx\nEjAQBgNVBAcMCVN0dXR0Z2FydDEXMBUGA1UECgwOTmV4dGNsb3VkIEdtYkgxITAf\nBgNVBAMMGE5leHRjbG91ZCBSb290IEF1dGhvcml0eTCCASIwDQYJKoZIhvcNAQEB\nBQADggEPADCCAQoCggEBAJuTxu0LpRExcpYJwMxc5N+YbEe7WVPIsLtKUNCXMfkc\naPlTpVydNi5zKQDpLQuHm5RE9u+L3sTck8yVj8DkgX9QfuRTbvg01paV+5ILY7Qn\n47E8eHq6tf6MF0W20OxNRjcUCEoRA59AZV9FxkVGHniBx17Upk0BQXlZHViHZ9Ey\n2Zhsw9ZetT0VCv9UGuN0Rr6T6fzgW84HoDWsesG7UwEpnct/hQf20w/iIhZspew7\nRAHJZTOYnNSaBUnyiCf58SaOyxvmdfseItjMuE1FBR6bTWkLQ/a/1xH2FCk0izm5\n1foZF0Ya0fAzVHwBkOVZeIuswjvuqgp/TkB6W0i73aUCAwEAAaNjMGEwHQYDVR0O\nBBYEFAQYAjwHzNjhemMwKilLlT4TvZHIMB8GA1UdIwQYMBaAFAQYAjwHzNjhemMw\nKilLlT4TvZHIMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgGGMA0GCSqG\nSIb3DQEBCwUAA4IBAQCBv40RAXMtMah61q6wYATw4q4cvIKLjKoyApHPHZhQnWwe\nVLv/D2a26A8VwDNQ1LGv4NzzIDcpWz+pk+rXMNnyjXwr0AtKM2Vg07yKqkZB9J1c\nduYm0j8FLdCHXIjRucgMA/wiwR4mB9PVGtQfCvUQl2Hfkiagkw31llGCXugQPsnh\nvhfMWxkdVFAnzDoATWe2SDuuyyd5Sl4/LKn8HEysusaYCMpPDP+seZGjA0ukZ3F+\npO0PlAEb3OypRavz8iR8s+VbE0wdAX1mPByx8SU8Wkq76p4G261PvTrfYKnreU8z\nb47G5k8BAiPCtNze/Ihul6lpLK6yk+FRXcZCl1sg\n-----END CERTIFICATE-----\n';
/** resources/codesigning/root.crl of nextcloud/server (signed by the intermediate). */
const NEXTCLOUD_CRL_PEM = '-----BEGIN X509 CRL-----\nMIIDnzCCAocCAQEwDQYJKoZIhvcNAQELBQAwezELMAkGA1UEBhMCREUxGzAZBgNV\nBAgMEkJhZGVuLVd1ZXJ0dGVtYmVyZzEXMBUGA1UECgwOTmV4dGNsb3VkIEdtYkgx\nNjA0BgNVBAMMLU5leHRjbG91ZCBDb2RlIFNpZ25pbmcgSW50ZXJtZWRpYXRlIEF1\ndGhvcml0eRcNMTkxMTIwMTk1MjUxWhcNMjkwOTI4MTk1MjUxWjCCAaQwEwICEBAX\nDTE2MTAxNzEyMDkxOVowEwICEBYXDTE3MTEyMzE3MzUyOVowEwICEBcXDTE3MDIy\nMDEwMDIzOFowEwICEBgXDTE5MDEzMDEzMDEyNVowEwICEBwXDTE4MDIwMjEwNTIz\nOVowEwICEB8XDTE5MDEzMDEzMDEzM1owEwICEE0XDTE4MTIyMTE1MzIxOFowEwIC\nEGoXDTE5MDIxMjA5MDgxNFowEwICEG4XDTE5MTEyMDE5NDYyOFowEwICEG8XDTE4\nMDQxNzA5MzkzNlowEwICEHQXDTE3MTEyMzE2NTQ1OVowEwICEJAXDTE4MDIwOTA4\nMzg1OFowEwICEKcXDTE4MDgxMzA3NTIwOFowEwICEK8XDTE4MDgxMzA4MjYyMFow\nEwICELUXDTE4MTAwOTA5NTMxMVowEwICELcXDTE4MTIyMTE1MzAyN1owEwICEMIX\nDTE4MTAxNzE5MjAyNFowEwICEMMXDTE4MTAxNzE5MjUzM1owEwICENcXDTE5MDIx\nNDEwMzMwNlowEwICEOAXDTE5MDUyMDA5MzAxMFqgMDAuMB8GA1UdIwQYMBaAFG3q\nbqqpNyw8iS0XPv1G7sOeeO10MAsGA1UdFAQEAgIQETANBgkqhkiG9w0BAQsFAAOC\nAQEAGzEPsfGBcsw0qV2u64qmjG1/kmwqi9DVJoP7xAIJun7vIm5/kz45wH6+hSJb\nR2ltvL+GmG/p529GJhzyVt/6iigiFz/QuCFxyDH5PzfxFi/Z2lSW0ZztFbO9MFCJ\n8m76j5bPEw/3XSamGHlH/iLRVkNlIjy6sGPzPHhB7iUdGjpZPKWBh4elbtXb/i1/\nGfEJk3m1DhYWdINB3mqJBNxB393wtC7UlVCoPzj23bwB122YNcVRAzblrE+UMk8v\n/vFnzb15/vQnJQa8rUxs7hfgl1amPbq3fAW8AAlx5ra8r4+CXOSUpmaSa/YnYQSi\nydLXYdqWxa/Wb8UviQWcRI0GwQ==\n-----END X509 CRL-----\n';
/** NEXTCLOUD_CRL_PEM as parsed by pkijs when this file was generated. */
const NEXTCLOUD_CRL_PARSED = {
    der: 'MIIDnzCCAocCAQEwDQYJKoZIhvcNAQELBQAwezELMAkGA1UEBhMCREUxGzAZBgNVBAgMEkJhZGVuLVd1ZXJ0dGVtYmVyZzEXMBUGA1UECgwOTmV4dGNsb3VkIEdtYkgxNjA0BgNVBAMMLU5leHRjbG91ZCBDb2RlIFNpZ25pbmcgSW50ZXJtZWRpYXRlIEF1dGhvcml0eRcNMTkxMTIwMTk1MjUxWhcNMjkwOTI4MTk1MjUxWjCCAaQwEwICEBAXDTE2MTAxNzEyMDkxOVowEwICEBYXDTE3MTEyMzE3MzUyOVowEwICEBcXDTE3MDIyMDEwMDIzOFowEwICEBgXDTE5MDEzMDEzMDEyNVowEwICEBwXDTE4MDIwMjEwNTIzOVowEwICEB8XDTE5MDEzMDEzMDEzM1owEwICEE0XDTE4MTIyMTE1MzIxOFowEwICEGoXDTE5MDIxMjA5MDgxNFowEwICEG4XDTE5MTEyMDE5NDYyOFowEwICEG8XDTE4MDQxNzA5MzkzNlowEwICEHQXDTE3MTEyMzE2NTQ1OVowEwICEJAXDTE4MDIwOTA4Mzg1OFowEwICEKcXDTE4MDgxMzA3NTIwOFowEwICEK8XDTE4MDgxMzA4MjYyMFowEwICELUXDTE4MTAwOTA5NTMxMVowEwICELcXDTE4MTIyMTE1MzAyN1owEwICEMIXDTE4MTAxNzE5MjAyNFowEwICEMMXDTE4MTAxNzE5MjUzM1owEwICENcXDTE5MDIxNDEwMzMwNlowEwICEOAXDTE5MDUyMDA5MzAxMFqgMDAuMB8GA1UdIwQYMBaAFG3qbqqpNyw8iS0XPv1G7sOeeO10MAsGA1UdFAQEAgIQETANBgkqhkiG9w0BAQsFAAOCAQEAGzEPsfGBcsw0qV2u64qmjG1/kmwqi9DVJoP7xAIJun7vIm5/kz45wH6+hSJbR2ltvL+GmG/p529GJhzyVt/6iigiFz/QuCFxyDH5PzfxFi/Z2lSW0ZztFbO9MFCJ8m76j5bPEw/3XSamGHlH/iLRVkNlIjy6sGPzPHhB7iUdGjpZPKWBh4elbtXb/i1/GfEJk3m1DhYWdINB3mqJBNxB393wtC7UlVCoPzj23bwB122YNcVRAzblrE+UMk8v/vFnzb15/vQnJQa8rUxs7hfgl1amPbq3fAW8AAlx5ra8r4+CXOSUpmaSa/YnYQSiydLXYdqWxa/Wb8UviQWcRI0GwQ==',
    issuerName: 'MHsxCzAJBgNVBAYTAkRFMRswGQYDVQQIDBJCYWRlbi1XdWVydHRlbWJlcmcxFzAVBgNVBAoMDk5leHRjbG91ZCBHbWJIMTYwNAYDVQQDDC1OZXh0Y2xvdWQgQ29kZSBTaWduaW5nIEludGVybWVkaWF0ZSBBdXRob3JpdHk=',
    issuer: 'C=DE, ST=Baden-Wuerttemberg, O=Nextcloud GmbH, CN=Nextcloud Code Signing Intermediate Authority',
    thisUpdate: '2019-11-20T19:52:51.000Z',
    nextUpdate: '2029-09-28T19:52:51.000Z',
    crlNumber: '4113',
    authorityKeyId: 'bepuqqk3LDyJLRc+/Ubuw5547XQ=',
    signatureAlgorithm: '1.2.840.113549.1.1.11',
    tbs: 'MIIChwIBATANBgkqhkiG9w0BAQsFADB7MQswCQYDVQQGEwJERTEbMBkGA1UECAwSQmFkZW4tV3VlcnR0ZW1iZXJnMRcwFQYDVQQKDA5OZXh0Y2xvdWQgR21iSDE2MDQGA1UEAwwtTmV4dGNsb3VkIENvZGUgU2lnbmluZyBJbnRlcm1lZGlhdGUgQXV0aG9yaXR5Fw0xOTExMjAxOTUyNTFaFw0yOTA5MjgxOTUyNTFaMIIBpDATAgIQEBcNMTYxMDE3MTIwOTE5WjATAgIQFhcNMTcxMTIzMTczNTI5WjATAgIQFxcNMTcwMjIwMTAwMjM4WjATAgIQGBcNMTkwMTMwMTMwMTI1WjATAgIQHBcNMTgwMjAyMTA1MjM5WjATAgIQHxcNMTkwMTMwMTMwMTMzWjATAgIQTRcNMTgxMjIxMTUzMjE4WjATAgIQahcNMTkwMjEyMDkwODE0WjATAgIQbhcNMTkxMTIwMTk0NjI4WjATAgIQbxcNMTgwNDE3MDkzOTM2WjATAgIQdBcNMTcxMTIzMTY1NDU5WjATAgIQkBcNMTgwMjA5MDgzODU4WjATAgIQpxcNMTgwODEzMDc1MjA4WjATAgIQrxcNMTgwODEzMDgyNjIwWjATAgIQtRcNMTgxMDA5MDk1MzExWjATAgIQtxcNMTgxMjIxMTUzMDI3WjATAgIQwhcNMTgxMDE3MTkyMDI0WjATAgIQwxcNMTgxMDE3MTkyNTMzWjATAgIQ1xcNMTkwMjE0MTAzMzA2WjATAgIQ4BcNMTkwNTIwMDkzMDEwWqAwMC4wHwYDVR0jBBgwFoAUbepuqqk3LDyJLRc+/Ubuw5547XQwCwYDVR0UBAQCAhAR',
    signature: 'GzEPsfGBcsw0qV2u64qmjG1/kmwqi9DVJoP7xAIJun7vIm5/kz45wH6+hSJbR2ltvL+GmG/p529GJhzyVt/6iigiFz/QuCFxyDH5PzfxFi/Z2lSW0ZztFbO9MFCJ8m76j5bPEw/3XSamGHlH/iLRVkNlIjy6sGPzPHhB7iUdGjpZPKWBh4elbtXb/i1/GfEJk3m1DhYWdINB3mqJBNxB393wtC7UlVCoPzj23bwB122YNcVRAzblrE+UMk8v/vFnzb15/vQnJQa8rUxs7hfgl1amPbq3fAW8AAlx5ra8r4+CXOSUpmaSa/YnYQSiydLXYdqWxa/Wb8UviQWcRI0GwQ==',
    revoked: [
        {
            serial: '4112',
            serialHex: '1010',
            date: '2016-10-17T12:09:19.000Z',
        },
        {
            serial: '4118',
            serialHex: '1016',
            date: '2017-11-23T17:35:29.000Z',
        },
        {
            serial: '4119',
            serialHex: '1017',
            date: '2017-02-20T10:02:38.000Z',
        },
        {
            serial: '4120',
            serialHex: '1018',
            date: '2019-01-30T13:01:25.000Z',
        },
        {
            serial: '4124',
            serialHex: '101c',
            date: '2018-02-02T10:52:39.000Z',
        },
        {
            serial: '4127',
            serialHex: '101f',
            date: '2019-01-30T13:01:33.000Z',
        },
        {
            serial: '4173',
            serialHex: '104d',
            date: '2018-12-21T15:32:18.000Z',
        },
        {
            serial: '4202',
            serialHex: '106a',
            date: '2019-02-12T09:08:14.000Z',
        },
        {
            serial: '4206',
            serialHex: '106e',
            date: '2019-11-20T19:46:28.000Z',
        },
        {
            serial: '4207',
            serialHex: '106f',
            date: '2018-04-17T09:39:36.000Z',
        },
        {
            serial: '4212',
            serialHex: '1074',
            date: '2017-11-23T16:54:59.000Z',
        },
        {
            serial: '4240',
            serialHex: '1090',
            date: '2018-02-09T08:38:58.000Z',
        },
        {
            serial: '4263',
            serialHex: '10a7',
            date: '2018-08-13T07:52:08.000Z',
        },
        {
            serial: '4271',
            serialHex: '10af',
            date: '2018-08-13T08:26:20.000Z',
        },
        {
            serial: '4277',
            serialHex: '10b5',
            date: '2018-10-09T09:53:11.000Z',
        },
        {
            serial: '4279',
            serialHex: '10b7',
            date: '2018-12-21T15:30:27.000Z',
        },
        {
            serial: '4290',
            serialHex: '10c2',
            date: '2018-10-17T19:20:24.000Z',
        },
        {
            serial: '4291',
            serialHex: '10c3',
            date: '2018-10-17T19:25:33.000Z',
        },
        {
            serial: '4311',
            serialHex: '10d7',
            date: '2019-02-14T10:33:06.000Z',
        },
        {
            serial: '4320',
            serialHex: '10e0',
            date: '2019-05-20T09:30:10.000Z',
        },
    ],
};
/** ownCloud classic root.crt (expired intermediate, still accepted upstream) plus the G2 root and intermediate. */
const OWNCLOUD_ROOT_PEM = '-----BEGIN CERTIFICATE-----\nMIIFtDCCA5ygAwIBAgICEAAwDQYJKoZIhvcNAQELBQAwZTELMAkGA1UEBhMCVVMx\nDzANBgNVBAgMBkJvc3RvbjEWMBQGA1UECgwNb3duQ2xvdWQgSW5jLjEtMCsGA1UE\nAwwkb3duQ2xvdWQgQ29kZSBTaWduaW5nIFJvb3QgQXV0aG9yaXR5MB4XDTE2MDIw\nMzE3NDMyNVoXDTI2MDEzMTE3NDMyNVowbTELMAkGA1UEBhMCVVMxDzANBgNVBAgM\nBkJvc3RvbjEWMBQGA1UECgwNb3duQ2xvdWQgSW5jLjE1MDMGA1UEAwwsb3duQ2xv\ndWQgQ29kZSBTaWduaW5nIEludGVybWVkaWF0ZSBBdXRob3JpdHkwggIiMA0GCSqG\nSIb3DQEBAQUAA4ICDwAwggIKAoICAQDKMul4pWev6vtgzB73CLQPMy8nDZGbvqII\nIgukQluMeLCW0P09I+J/mCiDd99mQTtWO+/LcpOChHYJ59qQz+g9TzKlVSuFDg47\npc+jUvTLGGEDf9cAWtzsXYXlb9z7sTln/8JAvy8ghmaR/4JWU4hM/nmgDCpeXLLJ\nNFrxKDbzPLYj53iHN+XyE9GT6sDYoQd1BIWhTsMdvMqg870Jw2yN4hKw3V7/KoI/\nZ5CAA9dP4tAmltBpMz79dmLCciqXOD8mWEWl2tSZU+/WVyPxiE19IHoJETOhSg4c\neud4DDdFt9Ohm4owvpxxRDbvV+Ic6sWb1gJBrM7/XJDmaUObpowjx8Daof1MuoHs\nFKh6/Y7RBdVlrp/ig3htxfm9BBMqnXIxgFWDiSbjCMk0Ygvx49gKMnVoRhZ/7pla\nj5nTRdbhsjS50E9zfc53EltM27YSwNZu62QKsU4yumg8UOhOYPRLHcySvNyyMZXS\no+Kst27oGSgurHytFS7FVG1M3UUn67zkMpnnMYhfx8dz7+tupY9e0l0kDciwvNAO\nYrnvHoEiIbJmoyYOhL2j9WErUhAb3JKTSdYC0MmjaZZPv0HwCemx+rnApcoszmFG\nwoZTRAa6Q64WGxlmFq0vsgmcTNsTzlYY20Kv+ZpZOiVYonyHFkorKWdsXKZQcnYq\ndcMqYxQE6wIDAQABo2YwZDAdBgNVHQ4EFgQUfZoNPRneQ1pk9SZT9A2lpG4Hw7Mw\nHwYDVR0jBBgwFoAUcZdiBiGr+Y+OH2DrlNwK03zWH+YwEgYDVR0TAQH/BAgwBgEB\n/wIBADAOBgNVHQ8BAf8EBAMCAYYwDQYJKoZIhvcNAQELBQADggIBAA2hoAEdbdM9\n+ZA/q7UppF4BiKrSQNAQHLDwodutRY+gBYQsWpo8wLqdLvRVhlwDn3KmJEMfaDQm\n5YM+/snBkew9olCIyYw+t7xYtNhoW1et/nNNDL+Qq7uyH6g+uOMp4m3c+BMv4x5H\nEP3z7PY1qrPOVvzZu8o2iL8qpC0sXTKZy+xG/9VTYGnxCcG+V/Ua5aHOyetUttoN\nbxEcEQHHe07V+JlCPuI53hPsiGgzHv+nz/1sJV95mn9w88SHY0JO9bHp9w+mq92K\nr0Nv6Wctf7vNVmIOdRFHWOFie4+D3TpBSnB5PPQRbtf6IVEhjmcnWYBWcRGhH6cR\n4dqpuqzwVFopIFLYMeaeKGu8wZHi2YRrkFcrnqqmFI9RtBbt3eyfUQcKH7b9P4Ri\nqamb/h9sVjDM4wSQ6n+Qa2dgV28O0il35roa3qwvqySgn1wXS5CsAaeB1VWAS6/S\nv1WFt93n9LrraV4EUuu1BGXp525aVn6v+B71zN4JzYnHVE4yAb0EdOpKrlfmCCm/\n9Z90+BF2uK3QnpkyrH+LEOQoHrlAt80RZYd2Tl/K1WWNrPUlnCGXdxjVYakVRnfy\nUd0KV4RsD93mNw/t2gU5U+SyYWU2fTJUE9qdJ4Ndw7B2DZ/5dcsu0rDV4sXkUoDY\n+Dr25NoOcuqjCWRw2T3SBPSXBxjlhRTQ\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFsDCCA5igAwIBAgIJALFuk51OGp2KMA0GCSqGSIb3DQEBCwUAMGUxCzAJBgNV\nBAYTAlVTMQ8wDQYDVQQIDAZCb3N0b24xFjAUBgNVBAoMDW93bkNsb3VkIEluYy4x\nLTArBgNVBAMMJG93bkNsb3VkIENvZGUgU2lnbmluZyBSb290IEF1dGhvcml0eTAe\nFw0xNjAyMDMxNzM5NThaFw0yNjAxMzExNzM5NThaMGUxCzAJBgNVBAYTAlVTMQ8w\nDQYDVQQIDAZCb3N0b24xFjAUBgNVBAoMDW93bkNsb3VkIEluYy4xLTArBgNVBAMM\nJG93bkNsb3VkIENvZGUgU2lnbmluZyBSb290IEF1dGhvcml0eTCCAiIwDQYJKoZI\nhvcNAQEBBQADggIPADCCAgoCggIBAJmTnGtGaB0cDtQPxWr2r5FyXFzJ6GIkm4Lb\n7iY/DYpIEarbRFwqDCDZ00V+PWsTBBF6qXW5W7eZ+fOOdIEGoNaDuGtIlGVjj3Dz\nTZtmcFg0euimfLNYVvYZlPPh4kS3zDRZs30AgAdgq4RHWC4qjElWcVKTwERNQ2ln\ngRFRQEv+i2DI7sEK9ZpK7B1SfJ1o1fm/kPL7bVfiYda+QKp0vOxBecDnGV+rfz4t\nDT6mBOgwAiZnwojuiigfUJxSisv3roWri+0O+0TiXglV+oUtkIRrs0etkQGWAlgn\nH4CC+sZ5N2TiGPH1hksLkXP4mymlio8/x7ax0WfcxeTZu3ok9eK5fwIQVWam6dd9\nklCqZVttKodZYspvdFfwqMlf4lPEIY+r2PIdGjUhKu4FsDhORaGj8WMYRJUR44ls\n/r2ktCB/TOsh8DW2Pi9HAgxI4mrdmvL0WMSOBFZRcSC/nTz977oi1iiB2T+s7V0Z\nY0AHMQYiIn83MFB7rb+mVlEoLID/evVSTfUaUaO8DqcfeQN/OFM/zcJY9YHv8AlJ\n3b8CPdeX9edMnyZWNdrhOSawjAbOBIna3o66RXdeC3oWg7FuckJmy7JLtRCJ2Owu\nlosRAxe0z5mQmjFzMczxCYJQ4A+4U5UZwbd/MQJg508StcOumroYqruDic/Wbc3C\nv6DupG8dAgMBAAGjYzBhMB0GA1UdDgQWBBRxl2IGIav5j44fYOuU3ArTfNYf5jAf\nBgNVHSMEGDAWgBRxl2IGIav5j44fYOuU3ArTfNYf5jAPBgNVHRMBAf8EBTADAQH/\nMA4GA1UdDwEB/wQEAwIBhjANBgkqhkiG9w0BAQsFAAOCAgEAR6IZBOBw3KzRxvUP\n+46RZYayMrdLyAgMzbDvQe7WCaeuA2UoPVL8jN7X2Lvw12Mz84+EKs1voR0OBxlY\n6muuyl0SETa2k4UtklVscMvcokG+m5aVNJ7/HHGFmKsTyJDMxSzDA/r3KRPXZOwV\nCLUVTkr5fQbIaVljA89U2p3pN/X7gNq89xi/XiszNCEIvvSscRmBGlRmx4XbjXHK\nXKO74+HiM/ahqUI792ae97jlsy9jG4OIelse3+e1KBWNsGtU90asnUHgyMXVL8gp\nocznGvWceAhkcogUCUCXq1Rh/mKcGQdi2z0g/X+MGzfA9Ij4NQZLnNPh2UjgxCtG\nKWPUzs0t/xoCtJh1WpwqTrOUcYqFAaBa282sD/O8tX4t076aGKdbhfo6tvaOFwDU\niRPgdMol++BFnfCld53Yivg2+S6+xo1wzuPkNjVFXHjx9vMyiov/HHKqJoBsuCwU\n7VegzM/6Cvh32lSZfUHsfynCab/7vv923KyaANWxb0QsHZSSt+mmOK3ZmC96vCEa\n55IGNckOvOGW9yCIz3Q0kEj2hoJs1bw0SkwGWs7N1TkugQjM/S7/Im1LJUxdtqQK\nZjn+8U6U3TR1aKLYEdqHCGcVoRXKDG/S40FHxyeV/9buTI7SSvhzZfj+qasmJe1L\nKd08UdS/im8RwbVSS1mih5hbAHg=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICRzCCAc2gAwIBAgIUWBO+cf4BTUkguU5GA2xSP3bfRKEwCgYIKoZIzj0EAwMw\nUDELMAkGA1UEBhMCREUxFjAUBgNVBAoMDW93bkNsb3VkIEdtYkgxKTAnBgNVBAMM\nIG93bkNsb3VkIENvZGUgU2lnbmluZyBSb290IENBIEcyMCAXDTI2MDcxNTEzMTIx\nOFoYDzIwNTEwNzA5MTMxMjE4WjBQMQswCQYDVQQGEwJERTEWMBQGA1UECgwNb3du\nQ2xvdWQgR21iSDEpMCcGA1UEAwwgb3duQ2xvdWQgQ29kZSBTaWduaW5nIFJvb3Qg\nQ0EgRzIwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQ71W2sXBMF4FHuTVOK2HzsCAyv\nAvF31Xq1xxpXPSORnKarspV8Yelx2CG5sYTfyGSUl1sHisUULAGPhyzwQK5Xu1iF\n4ykk/2TaNAXV2xFY+og+Ie2fadJBfiyHmdFGjg6jZjBkMB8GA1UdIwQYMBaAFFxf\nA3WQKzcU7/x9Of5vCPRpo182MBIGA1UdEwEB/wQIMAYBAf8CAQEwDgYDVR0PAQH/\nBAQDAgEGMB0GA1UdDgQWBBRcXwN1kCs3FO/8fTn+bwj0aaNfNjAKBggqhkjOPQQD\nAwNoADBlAjEA198PL6CcYJox2eDyUXxU8PPblaUaYsTVH+sCVJUHJGrU/YhpaTsB\nQ5ihe3Ri4ad7AjASGfWNAii7H3wnKJP2Ve9E577+Cw+Hg66Xg706qCXvhmaCZoBO\n2ccFiDBqiVwPO/w=\n-----END CERTIFICATE-----\n\n-----BEGIN CERTIFICATE-----\nMIICwDCCAkWgAwIBAgIUeecJEc+cQEbSOQ8/bTDimI+1bpYwCgYIKoZIzj0EAwMw\nUDELMAkGA1UEBhMCREUxFjAUBgNVBAoMDW93bkNsb3VkIEdtYkgxKTAnBgNVBAMM\nIG93bkNsb3VkIENvZGUgU2lnbmluZyBSb290IENBIEcyMB4XDTI2MDcxNTEzMTIx\nOFoXDTMxMDcxNDEzMTIxOFowWDELMAkGA1UEBhMCREUxFjAUBgNVBAoMDW93bkNs\nb3VkIEdtYkgxMTAvBgNVBAMMKG93bkNsb3VkIENvZGUgU2lnbmluZyBJbnRlcm1l\nZGlhdGUgQ0EgRzIwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQnBfuWIWgFIthJjvh0\nBOTvATonP3O5Is+F2OhO+VLAzaGPS0eNa2uWa6fhVp1WucJcyXgWZomAWVlV1Rnr\nZh3Ex5ieJjSteQvzeTsm2zuZWdRYkYpK6zw1pfaSi7cARc6jgdcwgdQwEgYDVR0T\nAQH/BAgwBgEB/wIBADAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0lBBYwFAYIKwYBBQUH\nAwMGCCsGAQUFBwMIMB0GA1UdDgQWBBR3P69vovhdxylbqmseBvyfS9N2vDAfBgNV\nHSMEGDAWgBRcXwN1kCs3FO/8fTn+bwj0aaNfNjBPBgNVHR8ESDBGMESgQqBAhj5o\ndHRwczovL293bmNsb3VkLmdpdGh1Yi5pby9kZXZlbG9wZXItY2VydGlmaWNhdGVz\nL2NybC9yb290LmNybDAKBggqhkjOPQQDAwNpADBmAjEAwwhyVJAwiP2wwC+PjAeV\nLoIFlsXSJhOWt15FD73n69Krfdkxd79xYPbIp9hfEqY0AjEAl/Feuhn4JbmGT8zw\nt65vLS9h/vp43pS92nf89zDX+peqC4dFuPL2Go47fuXOINZy\n-----END CERTIFICATE-----\n';


/***/ }),

/***/ 3881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ loadPrivateKey),
/* harmony export */   Q6: () => (/* binding */ assertKeyMatchesCertificate),
/* harmony export */   h1: () => (/* binding */ loadSigningCertificate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3770);
/**
 * The signer's material: the RSA private key and the certificate it belongs to, loaded with
 * errors a user can act on (upstream's sign commands check neither that the key belongs to
 * the certificate nor its CN, and write signatures that can never verify).
 */



/** Load an RSA private key (PKCS#1 or PKCS#8, plain or encrypted) with errors a user can act on. */
function loadPrivateKey(pem, passphrase) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(passphrase === undefined ? { key: pem } : { key: pem, passphrase });
    }
    catch (e) {
        const err = e;
        const text = `${err.code ?? ''} ${err.message}`;
        const looksEncrypted = /ENCRYPTED/.test(typeof pem === 'string' ? pem : pem.toString('latin1'));
        if (passphrase === undefined &&
            (looksEncrypted ||
                err.code === 'ERR_MISSING_PASSPHRASE' ||
                err.code === 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED' ||
                /passphrase required/i.test(text))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('the private key is encrypted and no passphrase was given', `Pass the passphrase with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('passphrase-env', 'VAR')} (the name of an environment variable holding it).`, 'key-encrypted');
        }
        if (passphrase !== undefined && /bad decrypt|bad password|wrong tag|decrypt/i.test(text)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('cannot decrypt the private key: the passphrase is wrong', 'Check the passphrase variable.');
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('the private key cannot be read: it is not a PEM private key', 'Pass the PEM private key (PKCS#1 or PKCS#8) that belongs to the certificate.');
    }
    if (key.asymmetricKeyType !== 'rsa') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the private key is ${key.asymmetricKeyType ?? 'of an unknown type'}, not RSA`, 'Nextcloud and ownCloud signatures need an RSA key (openssl genrsa 4096).');
    }
    return key;
}
/** The first certificate of a PEM file, as upstream's loadX509 takes it. */
function loadSigningCertificate(pem) {
    const text = typeof pem === 'string' ? pem : pem.toString('latin1');
    const first = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .splitPemBlocks */ .JQ)(text).find((b) => /CERTIFICATE/.test(b.split('\n')[0] ?? ''));
    try {
        return (0,_certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificate */ .hB)(first ?? pem);
    }
    catch (e) {
        if (e instanceof _certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .CertificateParseError */ .zU) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the certificate cannot be read: ${e.message}`, 'Pass the PEM certificate issued for this app (or core).');
        }
        throw e;
    }
}
function assertKeyMatchesCertificate(key, cert) {
    const fromKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    const fromCert = cert.x509.publicKey.export({ type: 'spki', format: 'der' });
    if (!fromKey.equals(fromCert)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the private key does not belong to the certificate (${cert.info.subject})`, 'Use the key the certificate was issued for; a signature made with another key can never verify.');
    }
}


/***/ }),

/***/ 3702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kl: () => (/* binding */ loadTrustStore)
/* harmony export */ });
/* unused harmony exports TRUST_PRESETS, certificatesFromPem */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3770);
/* harmony import */ var _crl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3200);
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2451);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7679);
/**
 * Trust material: the roots a signer certificate must chain to. Loaded once by the caller
 * (CLI or Action) and passed into verification, never looked up inside a check.
 */






const TRUST_PRESETS = {
    nextcloud: _presets_js__WEBPACK_IMPORTED_MODULE_4__/* .NEXTCLOUD_ROOT_PEM */ .xZ,
    owncloud: _presets_js__WEBPACK_IMPORTED_MODULE_4__/* .OWNCLOUD_ROOT_PEM */ .wj,
};
/** Parse every certificate of a PEM bundle, upstream style (each block loaded on its own). */
function certificatesFromPem(text, origin) {
    const blocks = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .splitPemBlocks */ .JQ)(text);
    const out = [];
    for (const block of blocks) {
        if (!/CERTIFICATE/.test(block.split('\n')[0] ?? ''))
            continue;
        try {
            out.push((0,_certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCertificate */ .hB)(block));
        }
        catch (e) {
            if (e instanceof _certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .CertificateParseError */ .zU) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${origin}: a certificate in it cannot be read: ${e.message}`, 'Pass a PEM file of CA certificates (-----BEGIN CERTIFICATE-----).');
            }
            throw e;
        }
    }
    if (out.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${origin} holds no PEM certificate`, 'Pass a PEM file of CA certificates (-----BEGIN CERTIFICATE-----), or one of the presets: nextcloud, owncloud.');
    }
    return out;
}
/**
 * Resolve `--trust` values (preset names, PEM text, or file paths) into one store, with the
 * `--crl` values (`nextcloud` or files) checked against it.
 */
async function loadTrustStore(specs, cwd = process.cwd(), crlSpecs = []) {
    const list = specs.length > 0 ? specs : ['nextcloud'];
    const certificates = [];
    for (const spec of list) {
        const preset = TRUST_PRESETS[spec];
        if (preset !== undefined) {
            certificates.push(...certificatesFromPem(preset, `the ${spec} trust preset`));
            continue;
        }
        if (spec.includes('-----BEGIN')) {
            certificates.push(...certificatesFromPem(spec, 'the trust PEM text'));
            continue;
        }
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, spec), 'utf8');
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`cannot read trust file ${spec}: ${e.code ?? e.message}`, `Use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .optionRef */ .$j)('trust', 'nextcloud')}, ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .optionRef */ .$j)('trust', 'owncloud')}, or the path of a PEM file of root certificates.`);
        }
        certificates.push(...certificatesFromPem(text, spec));
    }
    return { sources: list, certificates, crls: await (0,_crl_js__WEBPACK_IMPORTED_MODULE_3__/* .loadCrls */ .Tz)(crlSpecs, certificates, cwd), advisoryCrls: [(0,_crl_js__WEBPACK_IMPORTED_MODULE_3__/* .bundledNextcloudCrl */ .uN)()] };
}


/***/ }),

/***/ 1294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ verifyTarget)
});

// UNUSED EXPORTS: UpstreamException

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/php/array.ts
var array = __webpack_require__(2676);
;// CONCATENATED MODULE: ./src/engine/rules/comparison.ts
/**
 * Comparing expected hashes (from signature.json) with the current tree, two ways:
 *
 * - `upstreamCompare` replays upstream's PHP exactly, quirks included: Nextcloud compares
 *   hash VALUES (`array_diff`, then `array_merge` + `array_unique`), so swapped or
 *   duplicate-content files go unreported and integer-like names are renumbered; ownCloud
 *   uses `array_diff_assoc` and no `array_unique`. This is what `--format nextcloud*` prints.
 * - `pathCompare` compares by path, which is what a user means by "this file changed";
 *   findings upstream would not report are flagged `upstreamWouldMiss`.
 */

class UpstreamComparisonError extends Error {
}
/** array_diff($a, $b): entries of $a whose value (as string) occurs nowhere among $b's values. */
function arrayDiff(a, b) {
    const values = new Set();
    for (const [, v] of b)
        values.add((0,array/* phpToString */.j)(v));
    return array/* PhpArray */.y6.fromEntries([...a].filter(([, v]) => !values.has((0,array/* phpToString */.j)(v))));
}
/** array_diff_assoc($a, $b): entries of $a whose key is missing from $b or maps to another value. */
function arrayDiffAssoc(a, b) {
    return array/* PhpArray */.y6.fromEntries([...a].filter(([k, v]) => {
        const other = b.get(k);
        return other === undefined || (0,array/* phpToString */.j)(other) !== (0,array/* phpToString */.j)(v);
    }));
}
/** array_unique (SORT_STRING): keep the first entry of each value. */
function arrayUnique(arr) {
    const seen = new Set();
    const out = new array/* PhpArray */.y6();
    for (const [k, v] of arr) {
        const s = (0,array/* phpToString */.j)(v);
        if (seen.has(s))
            continue;
        seen.add(s);
        out.set(k, v);
    }
    return out;
}
function setFinding(result, category, name, expected, current) {
    let bucket = result.get(category);
    if (!(bucket instanceof array/* PhpArray */.y6)) {
        bucket = new array/* PhpArray */.y6();
        result.set(category, bucket);
    }
    let entry = bucket.get(name);
    if (!(entry instanceof array/* PhpArray */.y6)) {
        entry = new array/* PhpArray */.y6();
        bucket.set(name, entry);
    }
    entry.set('expected', expected);
    entry.set('current', current);
}
/**
 * Checker::verify()'s difference array. `expected` is the ksorted hashes from the signature
 * (after the updater/ rule), `current` the tree's hashes in walk order.
 */
function upstreamCompare(expected, current, mode) {
    const differences = mode === 'values'
        ? arrayUnique((0,array/* phpArrayMerge */.uY)(arrayDiff(expected, current), arrayDiff(current, expected)))
        : (0,array/* phpArrayMerge */.uY)(arrayDiffAssoc(expected, current), arrayDiffAssoc(current, expected));
    const result = new array/* PhpArray */.y6();
    for (const [name, hash] of differences) {
        if (!expected.has(name)) {
            setFinding(result, 'EXTRA_FILE', name, '', hash);
            continue;
        }
        if (!current.has(name)) {
            setFinding(result, 'FILE_MISSING', name, expected.get(name) ?? null, '');
            continue;
        }
        const e = expected.get(name) ?? null;
        const c = current.get(name) ?? null;
        if (e !== c) {
            setFinding(result, 'INVALID_HASH', name, e, c);
            continue;
        }
        throw new UpstreamComparisonError('Invalid behaviour in file hash comparison experienced. Please report this error to the developers.');
    }
    return result;
}
/** Our own view: compare by path. `problems` holds current files that could not be read. */
function pathCompare(expected, current, problems, upstream) {
    const out = { INVALID_HASH: {}, MISSING_FILE: {}, EXTRA_FILE: {} };
    const reported = upstreamNames(upstream);
    const flag = (category, name, finding) => {
        if (!reported.has(`${category}\0${name}`))
            finding.upstreamWouldMiss = true;
        return finding;
    };
    const expectedByPath = new Map();
    for (const [k, v] of expected)
        expectedByPath.set(String(k), (0,array/* phpToString */.j)(v));
    const names = new Set([...expectedByPath.keys(), ...current.keys(), ...problems.keys()]);
    const sorted = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    for (const name of sorted) {
        const e = expectedByPath.get(name);
        const c = current.get(name);
        const problem = problems.get(name);
        if (problem !== undefined) {
            const finding = { expected: e ?? '', current: '', problem };
            if (e === undefined)
                out.EXTRA_FILE[name] = flag('EXTRA_FILE', name, finding);
            else
                out.INVALID_HASH[name] = flag('INVALID_HASH', name, finding);
            continue;
        }
        if (e === undefined && c !== undefined)
            out.EXTRA_FILE[name] = flag('EXTRA_FILE', name, { expected: '', current: c });
        else if (e !== undefined && c === undefined)
            out.MISSING_FILE[name] = flag('MISSING_FILE', name, { expected: e, current: '' });
        else if (e !== undefined && c !== undefined && e !== c) {
            out.INVALID_HASH[name] = flag('INVALID_HASH', name, { expected: e, current: c });
        }
    }
    return out;
}
function upstreamNames(upstream) {
    const names = new Set();
    for (const [category, files] of upstream) {
        if (!(files instanceof array/* PhpArray */.y6))
            continue;
        const ours = category === 'FILE_MISSING' ? 'MISSING_FILE' : String(category);
        for (const name of files.keys())
            names.add(`${ours}\0${String(name)}`);
    }
    return names;
}

// EXTERNAL MODULE: ./src/engine/crypto/pss.ts
var pss = __webpack_require__(5860);
// EXTERNAL MODULE: ./src/engine/hashing/hash-table.ts
var hash_table = __webpack_require__(2144);
// EXTERNAL MODULE: ./src/engine/hashing/names.ts
var names = __webpack_require__(1601);
// EXTERNAL MODULE: ./src/engine/hashing/records.ts
var records = __webpack_require__(3611);
;// CONCATENATED MODULE: ./src/engine/hashing/collector.ts
/** The early-hash matcher of verification (see Collector). */



/**
 * Matching hashed files to the expected hashes as they come. Files are hashed from the start,
 * while the signature is still being read and checked.
 * Each file is matched to its expected entry as the walk reaches it (in walk order, by a
 * cursor; see WalkCursor), and its digest compared when its batch comes back. Until the
 * expected table is known, names and outcomes wait in two short lists. A file with the hash
 * listed under its own path costs four bytes (its walk position → table entry); only the
 * others are kept in full. When every file matches and none is missing, both upstream's
 * comparison and ours are provably empty, so neither is built.
 */
const UNSEEN = -2;
class Collector {
    files = 0;
    bytes = 0;
    expected = null;
    cursor = null;
    /** Names walked before the expected table was known (walk positions 0, 1, 2, …), as bytes. */
    waitingNames = new names/* NameStore */.h();
    /** Outcomes that came back before their file was matched to an entry: digests by walk position, */
    waitingDigests = new records/* RecordStore */.p(64);
    /** …which positions they are for (1 = waiting), and the problems of the unreadable ones. */
    waiting = new Uint8Array(4096);
    waitingProblems = new Map();
    /** Walk position → index in `expected` of the file's entry, -1 for none, UNSEEN before the match. */
    entryOf = new Int32Array(4096).fill(UNSEEN);
    /** Names of walked files that have no entry (extra files), by walk position. */
    unlisted = new Map();
    matched = 0;
    others = new Map();
    walked = (seq, rel) => {
        if (this.cursor === null)
            this.waitingNames.pushString(rel); // walk positions come in order: index = seq
        else
            this.place(seq, rel);
    };
    sink = (file) => {
        this.files += 1;
        this.bytes += file.bytes;
        const { seq } = file;
        if (seq < this.entryOf.length && this.entryOf[seq] !== UNSEEN) {
            this.compare(seq, file.problem, file.digest, file.offset);
            return;
        }
        this.waiting = (0,records/* holding */.G)(this.waiting, seq);
        this.waiting[seq] = 1;
        if (file.problem === undefined)
            this.waitingDigests.setDigest(seq, file.digest, file.offset);
        else
            this.waitingProblems.set(seq, file.problem);
    };
    /** The expected hashes are known: place and compare what waited, and from now on each file as it comes. */
    start(expected) {
        this.expected = expected;
        this.cursor = new hash_table/* WalkCursor */.S(expected);
        for (let seq = 0; seq < this.waitingNames.count; seq++)
            this.place(seq, this.waitingNames.string(seq));
        // From now on every file is placed as it is walked, before its outcome can come back.
        this.waitingNames = new names/* NameStore */.h();
        this.waitingDigests = new records/* RecordStore */.p(64);
    }
    /** Match the file at walk position `seq` to its entry (walk order), then compare it if its outcome is here. */
    place(seq, rel) {
        const i = this.cursor.find(rel);
        this.entryOf = (0,records/* holding */.G)(this.entryOf, seq, UNSEEN);
        this.entryOf[seq] = i;
        if (i < 0)
            this.unlisted.set(seq, rel);
        if (seq >= this.waiting.length || this.waiting[seq] !== 1)
            return;
        this.waiting[seq] = 0;
        const problem = this.waitingProblems.get(seq);
        this.waitingProblems.delete(seq);
        const store = this.waitingDigests;
        this.compare(seq, problem, store.chunkFor(seq), store.offsetOf(seq));
    }
    nameOf(seq) {
        const i = this.entryOf[seq];
        return i >= 0 ? String(this.expected.keyAt(i)) : this.unlisted.get(seq);
    }
    compare(seq, problem, digest, offset) {
        const i = this.entryOf[seq];
        if (problem === undefined && i >= 0 && this.expected.matches(i, digest, offset)) {
            this.matched += 1;
            return;
        }
        const rel = this.nameOf(seq);
        this.others.set(seq, problem === undefined ? { rel, hash: digest.toString('hex', offset, offset + 64), bytes: 0 } : { rel, hash: null, problem, bytes: 0 });
    }
    allMatch() {
        return this.others.size === 0 && this.matched === this.expected.size;
    }
    /** Every file in walk order, with its hash (for the full comparisons). */
    *inWalkOrder() {
        const expected = this.expected;
        for (let seq = 0; seq < this.files; seq++) {
            const other = this.others.get(seq);
            if (other)
                yield other;
            else {
                const i = this.entryOf[seq];
                yield { rel: String(expected.keyAt(i)), hash: expected.valueAt(i), bytes: 0 };
            }
        }
    }
}

// EXTERNAL MODULE: ./src/engine/installation.ts
var installation = __webpack_require__(884);
// EXTERNAL MODULE: ./src/engine/tree-source.ts
var tree_source = __webpack_require__(2948);
;// CONCATENATED MODULE: ./src/engine/scope-hashing.ts
/**
 * Hashing one scope's files for verification (step 7 of verify.ts), beside the signature
 * steps: which files, from which source, with progress, and the upstream rules that hash
 * a file in their own way (rules/mimetypelist.ts).
 */



/**
 * Step 7, the files' hashes. Hashing starts at once and runs beside the signature steps (a
 * folder's walk; an archive was hashed while it was read); its outcome matters only once they
 * have passed, and when one fails first it is stopped, as upstream would not have hashed.
 * A small tree, hashed on this thread (no worker started), is hashed after the signature
 * steps instead: on one thread nothing would overlap.
 */
class ScopeHashing {
    request;
    collector = new Collector();
    linkedFolders = [];
    /** How core/js/mimetypelist.js was hashed (Nextcloud core), and its own hash. */
    mimetypelist;
    expectedFiles = 0;
    abort = new AbortController();
    running = null;
    constructor(request) {
        this.request = request;
        if (!this.source.hashedAlready && request.hash?.pool?.hashesOnCallingThread !== true)
            this.running = this.start();
    }
    get source() {
        return this.request.source ?? tree_source/* directorySource */.X;
    }
    start() {
        const { target, onProgress } = this.request;
        const extraExcluded = this.request.extraExcluded ??
            (target.profile.kind === 'core' && this.source === tree_source/* directorySource */.X ? (0,installation/* coreConfigExclusions */.FC)(target.root) : []);
        const hash = {
            ...this.request.hash,
            signal: this.abort.signal,
            ...(onProgress ? { onProgress: (p) => onProgress({ scope: target.scope, ...p, expectedFiles: this.expectedFiles }) } : {}),
        };
        const { walked, sink } = this.collector;
        const run = this.source.hashFiles(target, {
            extraExcluded,
            hash,
            walked,
            sink,
            onLinkedFolder: (rel) => this.linkedFolders.push(rel),
            onMimetypelist: (outcome, fileHash) => (this.mimetypelist = { outcome, fileHash }),
        });
        run.catch(() => undefined); // awaited in finish(); an early failure must not go unhandled meanwhile
        return run;
    }
    /** The expected hashes are known: match every file against them. */
    async finish(expected) {
        this.expectedFiles = expected.size;
        this.collector.start(expected);
        const run = this.running ?? this.start();
        this.running = null;
        await run;
        return this.collector;
    }
    /** A signature step failed first: stop hashing and wait until it has stopped. */
    async stop() {
        if (this.running === null)
            return;
        this.abort.abort();
        await this.running.catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/engine/scope-result.ts
var scope_result = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/engine/trust/certificate.ts + 1 modules
var certificate = __webpack_require__(3770);
// EXTERNAL MODULE: ./src/engine/trust/crl.ts
var crl = __webpack_require__(3200);
// EXTERNAL MODULE: ./src/engine/trust/presets.ts
var presets = __webpack_require__(2451);
;// CONCATENATED MODULE: ./src/engine/trust/chain.ts
/**
 * The signer certificate in two views. The verdict is upstream's (one level: issuer Name
 * plus signature, any loaded certificate may issue, no dates, no CA flag: see
 * upstreamChainValid). Beside it, our own X.509 view walks the chain further and reports
 * what a strict validator would object to (expiry, missing CA flag, a chain that stops at a
 * non-root, revocation) as warnings, and explains an untrusted chain precisely.
 */




let presetCache;
function presetCertificates() {
    presetCache ??= [
        ['nextcloud', presets/* NEXTCLOUD_ROOT_PEM */.xZ],
        ['owncloud', presets/* OWNCLOUD_ROOT_PEM */.wj],
    ].flatMap(([preset, pem]) => (0,certificate/* splitPemBlocks */.JQ)(pem).map((b) => ({ cert: (0,certificate/* parseCertificate */.hB)(b), preset })));
    return presetCache;
}
/** Further certificates in a PEM text after the first one (upstream uses only the first). */
function extraPemCertificates(text) {
    if (typeof text !== 'string')
        return [];
    const out = [];
    for (const block of (0,certificate/* splitPemBlocks */.JQ)(text).slice(1)) {
        try {
            out.push((0,certificate/* parseCertificate */.hB)(block));
        }
        catch (e) {
            if (!(e instanceof certificate/* CertificateParseError */.zU))
                throw e;
        }
    }
    return out;
}
function isSelfSigned(cert) {
    return cert.subjectName.equals(cert.issuerName) && (0,certificate/* verifiedBy */.sN)(cert, cert.x509.publicKey);
}
/** Name, key identifiers and signature: `ca` issued `cert`. */
function issued(ca, cert) {
    if (!ca.subjectName.equals(cert.issuerName))
        return false;
    if (cert.authorityKeyId && ca.subjectKeyId && !cert.authorityKeyId.equals(ca.subjectKeyId))
        return false;
    return (0,certificate/* verifiedBy */.sN)(cert, ca.x509.publicKey);
}
function dateWarnings(cert, now, what) {
    const out = [];
    if (now > new Date(cert.info.notAfter))
        out.push(`${what} expired on ${cert.info.notAfter} (upstream does not check dates, so its verdict is unchanged)`);
    if (now < new Date(cert.info.notBefore))
        out.push(`${what} is not valid before ${cert.info.notBefore} (upstream does not check dates)`);
    return out;
}
function caWarnings(ca, now) {
    const out = dateWarnings(ca, now, `the CA certificate "${ca.info.subject}"`);
    if (!ca.x509.ca) {
        out.push(`the CA certificate "${ca.info.subject}" is not marked as a CA (no basicConstraints CA:TRUE): strict X.509 validators such as openssl verify reject this chain; upstream does not check it`);
    }
    return out;
}
/** Our own view above the issuer: follow the trust store up to a self-signed root. */
function walkUp(issuer, trusted, now, path, warnings) {
    let current = issuer;
    const seen = new Set([issuer]);
    for (let depth = 0; depth < 8 && !isSelfSigned(current); depth++) {
        const parent = trusted.find((c) => !seen.has(c) && issued(c, current));
        if (!parent) {
            const sameName = trusted.find((c) => !seen.has(c) && c.subjectName.equals(current.issuerName));
            warnings.push(sameName
                ? `the CA certificate "${current.info.subject}" is not signed by the trusted "${sameName.info.subject}" of the same name (upstream checks one level only, so its verdict is unchanged)`
                : `the chain ends at "${current.info.subject}", which is not a root: its issuer "${current.info.issuer}" is not in the trust store (upstream checks one level only, so its verdict is unchanged)`);
            return;
        }
        path.push(parent.info.subject);
        warnings.push(...caWarnings(parent, now));
        seen.add(parent);
        current = parent;
    }
}
function explainUntrusted(cert, trust, extra) {
    const subject = cert.info.subject;
    const issuer = cert.info.issuer;
    const sources = trust.sources.join(', ');
    const sameName = trust.certificates.filter((c) => c.subjectName.equals(cert.issuerName));
    if (sameName.length > 0) {
        const keyIdDiffers = cert.hasAuthorityKeyIdExtension &&
            sameName.every((c) => !(cert.authorityKeyId && c.subjectKeyId && cert.authorityKeyId.equals(c.subjectKeyId)));
        return (`The signer certificate (${subject}) names "${issuer}" as its issuer, and a certificate with that name is trusted, but ` +
            (keyIdDiffers
                ? 'not the key the signer certificate names (authority key identifier differs)'
                : 'its key did not sign this certificate') +
            ': the certificate was forged, or issued by another CA that uses the same name. Do not trust this release.');
    }
    if (isSelfSigned(cert)) {
        return `The signer certificate (${subject}) is self-signed, not issued by a CA trusted here (${sources}). Upstream accepts only certificates issued by a certificate in its root.crt; to accept this one on purpose, pass the certificate itself with ${(0,errors/* optionRef */.$j)('trust')}.`;
    }
    const known = [...presetCertificates(), ...extra.map((cert) => ({ cert, preset: null }))];
    const found = known.find((k) => issued(k.cert, cert));
    if (found) {
        const how = found.preset
            ? `it is in the ${found.preset} preset: ${(0,errors/* optionRef */.$j)('trust', found.preset)}`
            : `pass its certificate with ${(0,errors/* optionRef */.$j)('trust')}`;
        const parent = trust.certificates.find((c) => issued(c, found.cert));
        if (parent) {
            return `The signer certificate (${subject}) was issued by the intermediate "${issuer}", which is not in the trust store. Its issuer "${parent.info.subject}" is, but upstream checks one level only, so the intermediate itself must be trusted: ${how}.`;
        }
        return `The signer certificate (${subject}) was issued by "${issuer}", which is not in the trust store (${sources}); ${how} (${(0,errors/* optionRef */.$j)('trust')} is repeatable).`;
    }
    return `The signer certificate (${subject}) was issued by "${issuer}", which is not in the trust store (${sources}). If "${issuer}" is an intermediate CA, pass its certificate with ${(0,errors/* optionRef */.$j)('trust')} too (upstream checks one level, so the direct issuer must be trusted; its root alone is not enough); otherwise its root is not trusted here: pass the right ${(0,errors/* optionRef */.$j)('trust')}, or do not trust this release.`;
}
function revocationStatus(cert, trust) {
    const enforcedLookup = (0,crl/* lookupRevocation */.nS)(cert, trust.crls ?? []);
    if (enforcedLookup)
        return { status: enforcedLookup.entry ? 'revoked' : 'good', enforced: true, ...enforcedLookup };
    const advisoryLookup = (0,crl/* lookupRevocation */.nS)(cert, trust.advisoryCrls ?? []);
    if (advisoryLookup)
        return { status: advisoryLookup.entry ? 'revoked' : 'good', enforced: false, ...advisoryLookup };
    return { status: 'unknown', enforced: false, crl: null, entry: null };
}
/** "serial 1382 (4994), revoked on 2019-11-20 (keyCompromise) in the bundled Nextcloud CRL (#4113 of 2019-11-20)" */
function describeRevocation(cert, status) {
    const serial = `serial ${cert.info.serial} (${cert.info.serialDecimal})`;
    if (status.status === 'unknown' || !status.crl)
        return `${serial}: no CRL for its issuer`;
    if (!status.entry)
        return `${serial}: not revoked according to ${(0,crl/* describeCrl */.Rt)(status.crl)}`;
    const reason = status.entry.reason ? ` (${status.entry.reason})` : '';
    return `${serial} was revoked on ${status.entry.date}${reason} according to ${(0,crl/* describeCrl */.Rt)(status.crl)}`;
}
/** Assess a signer certificate against the trust store: upstream's verdict plus our own findings. */
function assessChain(cert, trust, options) {
    const { now } = options;
    const warnings = dateWarnings(cert, now, 'the certificate');
    const path = [cert.info.subject];
    const trusted = (0,certificate/* upstreamChainValid */.h8)(cert, trust.certificates);
    const issuer = trusted ? (0,certificate/* findUpstreamIssuer */.gL)(cert, trust.certificates) : null;
    let untrustedHint = null;
    if (issuer) {
        path.push(issuer.info.subject);
        warnings.push(...caWarnings(issuer, now));
        walkUp(issuer, trust.certificates, now, path, warnings);
    }
    else {
        untrustedHint = explainUntrusted(cert, trust, options.extraCertificates ?? []);
    }
    const revocation = revocationStatus(cert, trust);
    if (revocation.status === 'revoked' && !revocation.enforced) {
        warnings.push(`${describeRevocation(cert, revocation)}. occ integrity:check-* does not consult the CRL (so its verdict is unchanged), but Nextcloud's app store and app installer do; pass ${(0,errors/* optionRef */.$j)('crl', revocation.crl?.source ?? 'FILE')} to fail on it`);
    }
    const nextUpdate = revocation.crl?.crl.nextUpdate;
    if (revocation.crl && nextUpdate && now > new Date(nextUpdate)) {
        warnings.push(`${(0,crl/* describeCrl */.Rt)(revocation.crl)} is outdated (its next update was due ${nextUpdate}): a newer one may list more revoked certificates`);
    }
    return { trusted, issuer, path, warnings, untrustedHint, revocation };
}
/** The certificate part of a ScopeResult. */
function certificateSummary(cert, assessment, now) {
    const { revocation } = assessment;
    const summary = {
        subject: cert.info.subject,
        issuer: cert.info.issuer,
        commonName: cert.commonNames[0] ?? null,
        notBefore: cert.info.notBefore,
        notAfter: cert.info.notAfter,
        serial: cert.info.serial,
        serialDecimal: cert.info.serialDecimal,
        fingerprint256: cert.info.fingerprint256,
        revoked: revocation.status === 'revoked',
        expired: now > new Date(cert.info.notAfter),
        notYetValid: now < new Date(cert.info.notBefore),
        trusted: assessment.trusted,
        chain: assessment.path,
        warnings: assessment.warnings,
    };
    if (revocation.crl) {
        summary.revocation = {
            status: revocation.status === 'revoked' ? 'revoked' : 'good',
            enforced: revocation.enforced,
            crl: revocation.crl.source,
            crlIssuer: revocation.crl.crl.issuer,
            crlNumber: revocation.crl.crl.crlNumber,
            crlDate: revocation.crl.crl.thisUpdate,
            ...(revocation.entry ? { date: revocation.entry.date } : {}),
            ...(revocation.entry?.reason ? { reason: revocation.entry.reason } : {}),
        };
    }
    return summary;
}

// EXTERNAL MODULE: ./src/engine/rules/revocation.ts
var rules_revocation = __webpack_require__(9400);
// EXTERNAL MODULE: ./src/engine/rules/scope.ts
var rules_scope = __webpack_require__(2234);
// EXTERNAL MODULE: ./src/engine/walk.ts
var walk = __webpack_require__(4721);
// EXTERNAL MODULE: ./src/engine/mimetypelist/index.ts + 4 modules
var mimetypelist = __webpack_require__(1872);
// EXTERNAL MODULE: ./src/engine/rules/mimetypelist.ts
var rules_mimetypelist = __webpack_require__(2608);
;// CONCATENATED MODULE: ./src/engine/verify.ts
/**
 * Verification of one signed scope (an app or core), in upstream's order:
 * read signature → check chain → check scope → check signature → hash tree → compare.
 * Each step is a small function returning data or throwing an UpstreamException whose
 * message is upstream's, verbatim; the trust material is passed in.
 */


















/** An exception upstream's checker would throw; becomes the scope's EXCEPTION finding. */
class UpstreamException extends Error {
    className;
    hint;
    constructor(className, message, hint) {
        super(message);
        this.className = className;
        this.hint = hint;
    }
}
/** Step 0: the app id the tree names must be one upstream could ever load (see appIdProblem). */
function checkAppId(target) {
    if (target.scopeProblem === undefined)
        return;
    throw new UpstreamException('InvalidArgumentException', target.scopeProblem, `Upstream never loads an app under such an id, so this tree is not a release of an app; it was checked under its folder's name "${target.scope}" instead. Fix <id> in appinfo/info.xml, or pass the real id with ${(0,errors/* optionRef */.$j)('app-id')}.`);
}
/** Step 1: read signature.json ("Signature data not found." when absent or not JSON). */
async function readSignature(target, source) {
    const { profile } = target;
    const read = await source.readSignature(target, { pause: yieldToEventLoop });
    if (read.kind === 'missing') {
        throw new UpstreamException(profile.messages.signatureMissingClass, profile.messages.signatureMissing, `${read.reason} (${profile.signaturePath}). The ${target.scope === 'core' ? 'server' : 'app'} is not signed, or the file is damaged: restore it from the release, or sign with \`code-integrity sign\`.`);
    }
    return read.content;
}
/** Lets worker replies (and the walk feeding the workers) run between pieces of main-thread work. */
function yieldToEventLoop() {
    return new Promise((resolve) => setImmediate(resolve));
}
/** Step 2: the fields, with PHP's type errors where upstream would hit them (strict_types). */
function signatureFields(content) {
    const { hashes } = content;
    if (!(hashes instanceof hash_table/* HashTable */.J)) {
        throw new UpstreamException('TypeError', `ksort(): Argument #1 ($array) must be of type array, ${(0,array/* phpDebugType */.wM)(hashes)} given`, 'signature.json has no "hashes" object; upstream stops with a PHP error here. Restore the file from the release.');
    }
    const sig = content.signature;
    if (typeof sig !== 'string') {
        throw new UpstreamException('TypeError', `base64_decode(): Argument #1 ($string) must be of type string, ${(0,array/* phpDebugType */.wM)(sig)} given`, 'signature.json has no "signature" string; upstream stops with a PHP error here. Restore the file from the release.');
    }
    // base64_decode in non-strict mode skips every character outside the alphabet.
    const signature = Buffer.from(sig.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
    return { expected: hashes, signature, certificate: content.certificate ?? null, messageDigest: content.messageDigest };
}
/**
 * Step 3: the certificate must have been issued by a trusted certificate (upstream rules),
 * and, when CRLs were given (--crl), must not be revoked. Our own findings (dates, CA flag,
 * revocation in the bundled Nextcloud CRL) go into result.certificate.warnings only.
 */
function checkChain(fields, trust, profile, now, result) {
    const cert = readCertificate(fields, profile);
    const { revocation, messages } = profile;
    // A CRL that cannot be trusted: a checker without a CRL step leaves it to the user (a usage
    // error); one with it reports it after the chain check.
    const badCrl = (0,rules_revocation/* untrustedCrl */.wR)(trust.crls);
    if (badCrl && revocation.crlInvalid === null)
        throw (0,crl/* invalidCrlError */.R$)(badCrl);
    const chain = assessChain(cert, trust, { now, extraCertificates: extraPemCertificates(fields.certificate) });
    result.certificate = certificateSummary(cert, chain, now);
    if (!chain.trusted)
        throw new UpstreamException(messages.exceptionClass, messages.certificateInvalid, chain.untrustedHint ?? undefined);
    if (badCrl && revocation.crlInvalid !== null) {
        throw new UpstreamException(messages.exceptionClass, revocation.crlInvalid, `The CRL ${badCrl.source} cannot be trusted: ${badCrl.problem ?? 'its signature does not verify'}. Use the CRL as the CA published it.`);
    }
    if (chain.revocation.status === 'revoked' && chain.revocation.enforced) {
        throw new UpstreamException(messages.exceptionClass, revocation.revoked, `The signer certificate (${cert.info.subject}) is on the revocation list: ${describeRevocation(cert, chain.revocation)}. Do not trust this release; the developer must sign it again with a new certificate.`);
    }
    return cert;
}
/** The certificate in signature.json; one that cannot be read is upstream's "not valid". */
function readCertificate(fields, profile) {
    try {
        if (typeof fields.certificate !== 'string')
            throw new certificate/* CertificateParseError */.zU('the "certificate" field is not a string');
        return (0,certificate/* parseCertificate */.hB)(fields.certificate);
    }
    catch (e) {
        throw new UpstreamException(profile.messages.exceptionClass, profile.messages.certificateInvalid, `The certificate in signature.json cannot be read: ${e.message}.`);
    }
}
/** Step 4: CN must be the scope, or "core" (trusted for every scope upstream; see rules/scope.ts). */
function checkScope(cert, scope, profile) {
    if ((0,rules_scope/* certificateCoversScope */.s7)(cert.commonNames, scope))
        return;
    const shown = (0,rules_scope/* upstreamShownCommonName */.BJ)(cert.commonNames);
    throw new UpstreamException(profile.messages.exceptionClass, profile.messages.scopeInvalid(scope, shown), (0,rules_scope/* singleCommonName */.H0)(cert.commonNames) !== null
        ? `The certificate is for ${shown === 'core' ? 'core' : `app "${shown}"`}, not for "${scope}". Did you pass the wrong ${(0,errors/* optionRef */.$j)('app-id')}, or sign with another app's key?`
        : 'The certificate has no single CN, so it cannot be bound to a scope.');
}
/** Step 5: RSA-PSS over the compact JSON of the ksorted hashes. */
function checkSignature(fields, cert, profile) {
    const ok = (0,pss/* pssVerifyDigest */.UH)(fields.messageDigest(), fields.signature, cert.x509.publicKey);
    if (!ok) {
        throw new UpstreamException(profile.messages.exceptionClass, profile.messages.signatureInvalid, 'The hashes in signature.json do not match its signature: the file was edited after signing, or signed with another key than its certificate. Restore it from the release.');
    }
}
/**
 * Step 6 (Nextcloud core): expected `updater/` entries are ignored once the signature holds.
 * Upstream tests each name with `str_starts_with` under strict_types, so a name PHP holds as an
 * integer key (a top-level "10") stops it with a TypeError, which becomes the EXCEPTION here.
 */
function dropUpdater(expected, profile) {
    if (!profile.dropUpdaterOnVerify)
        return;
    if (expected.hasIntegerKey()) {
        throw new UpstreamException('TypeError', 'str_starts_with(): Argument #1 ($haystack) must be of type string, int given', 'signature.json lists a file whose name is a whole number at the top of the server (such as "10"); upstream stops with a PHP error on it, so this server cannot be checked by occ either. Remove the file and sign again.');
    }
    expected.dropPrefix('updater/');
}
/**
 * The files in upstream's visiting order (each folder's entries in byte order, depth first):
 * the order of `current` decides the order of current-side findings and which of several
 * equal-content extra files upstream names. The walk itself runs in whole-path byte order,
 * the order of signature.json's keys, so matching needs no lookups; only this slow path,
 * taken when something differs, reorders.
 */
function inVisitingOrder(files) {
    const keyed = [...files].map((file) => ({ file, key: (0,walk/* folderOrderKey */.eL)(file.rel) }));
    return keyed.sort((x, y) => Buffer.compare(x.key, y.key)).map((k) => k.file);
}
/** Steps 0 to 6, in upstream's order: app id, signature file, chain, scope, signature, updater rule. Returns the expected hashes. */
async function checkSignatureSteps(request, result) {
    const { target, trust } = request;
    const { profile } = target;
    checkAppId(target);
    const fields = signatureFields(await readSignature(target, request.source ?? tree_source/* directorySource */.X));
    const cert = checkChain(fields, trust, profile, request.now ?? new Date(), result);
    checkScope(cert, target.scope, profile);
    checkSignature(fields, cert, profile);
    dropUpdater(fields.expected, profile);
    return fields.expected;
}
/**
 * Step 8, when some file differs: upstream's value comparison (the occ-compatible result,
 * from the files in upstream's visiting order) and ours by path.
 */
function compareFiles(request, result, expected, collector, hashing) {
    const { profile } = request.target;
    const current = new array/* PhpArray */.y6();
    const currentByPath = new Map();
    const problems = new Map();
    for (const file of inVisitingOrder(collector.inWalkOrder())) {
        if (file.hash === null) {
            problems.set(file.rel, file.problem ?? 'cannot be read');
            current.set(file.rel, false); // hash_file() returns false for what it cannot read
        }
        else {
            currentByPath.set(file.rel, file.hash);
            current.set(file.rel, file.hash);
        }
    }
    const expectedArray = expected.toPhpArray();
    result.upstream = upstreamCompare(expectedArray, current, profile.comparison);
    const own = pathCompare(expectedArray, currentByPath, problems, result.upstream);
    result.INVALID_HASH = own.INVALID_HASH;
    result.MISSING_FILE = own.MISSING_FILE;
    result.EXTRA_FILE = own.EXTRA_FILE;
    if (own.INVALID_HASH[rules_mimetypelist/* MIMETYPELIST_PATH */.bF] && profile.mimetypelistRule)
        result.notes.push((0,rules_mimetypelist/* mimetypelistDiffersNote */.mB)(hashing.mimetypelist?.outcome));
}
/** Say so when upstream's rule accepted a core/js/mimetypelist.js regenerated with an admin's aliases. */
function noteAcceptedMimetypelist(result, hashing) {
    const seen = hashing.mimetypelist;
    if (seen?.outcome.rule !== 'regenerated-default' || seen.outcome.hash === seen.fileHash)
        return;
    if (result.INVALID_HASH[rules_mimetypelist/* MIMETYPELIST_PATH */.bF] === undefined)
        result.notes.push((0,rules_mimetypelist/* mimetypelistAcceptedNote */.qu)());
}
/** A step that stopped the scope becomes its EXCEPTION, with upstream's class and message. */
function recordFailure(result, target, e) {
    if (e instanceof UpstreamException)
        (0,scope_result/* setException */.SK)(result, e.className, e.message, e.hint);
    else if (e instanceof UpstreamComparisonError)
        (0,scope_result/* setException */.SK)(result, 'Exception', e.message);
    else if (e instanceof mimetypelist/* MimetypeListError */.T7)
        (0,scope_result/* setException */.SK)(result, e.phpClass, e.message, rules_mimetypelist/* MIMETYPELIST_EXCEPTION_HINT */.Xb);
    else if (e instanceof walk/* WalkError */.Wd) {
        const why = e.code === 'EACCES' ? 'Permission denied' : (e.code ?? 'error');
        (0,scope_result/* setException */.SK)(result, 'UnexpectedValueException', `RecursiveDirectoryIterator::__construct(${(0,external_node_path_.join)(target.root, e.path)}): Failed to open directory: ${why}`, `${e.message}. Make the folder readable, then check again.`);
    }
    else
        throw e;
}
/** Verify one scope. Never throws for integrity problems; they are in the returned result. */
async function verifyTarget(request) {
    const started = external_node_perf_hooks_.performance.now();
    const result = (0,scope_result/* emptyScopeResult */.bu)(request.target, request.displayFrom);
    const hashing = new ScopeHashing(request);
    try {
        const expected = await checkSignatureSteps(request, result);
        request.onExpected?.(expected);
        const collector = await hashing.finish(expected);
        result.stats.files = collector.files;
        result.stats.bytes = collector.bytes;
        const linked = hashing.linkedFolders;
        if (linked.length > 0)
            result.notes.push((0,walk/* linkedFoldersNote */.vR)(linked.sort(walk/* compareFolderOrder */.uM), 'checked'));
        // When every file matches and none is missing, both comparisons are provably empty.
        if (!collector.allMatch())
            compareFiles(request, result, expected, collector, hashing);
        noteAcceptedMimetypelist(result, hashing);
    }
    catch (e) {
        await hashing.stop();
        recordFailure(result, request.target, e);
    }
    return (0,scope_result/* finish */.O9)(result, started);
}


/***/ }),

/***/ 4721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ walkTree),
/* harmony export */   Wd: () => (/* binding */ WalkError),
/* harmony export */   eL: () => (/* binding */ folderOrderKey),
/* harmony export */   uM: () => (/* binding */ compareFolderOrder),
/* harmony export */   vR: () => (/* binding */ linkedFoldersNote),
/* harmony export */   vp: () => (/* binding */ walkBase)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _rules_selection_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(228);
/* harmony import */ var _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6718);
/**
 * The file walk: which files of a tree a signature covers, in a deterministic order.
 *
 * Mirrors upstream's RecursiveDirectoryIterator(SKIP_DOTS) + name filter + folder filter.
 * Upstream visits each folder in raw filesystem order, which differs between machines. Two
 * deterministic orders are offered instead:
 * - 'bytes' (default): whole paths in byte order (a folder counting as its name plus "/"),
 *   the order of the keys in signature.json, so signing writes and verifying matches them
 *   without sorting;
 * - 'folders': upstream's own shape made reproducible: each folder's entries in byte (strcmp)
 *   order, depth first, a folder's contents at the folder's own place among its siblings
 *   (`a/b` before `a-b` and `a.txt`). This is what upstream does on a filesystem that lists
 *   sorted; the occ-compatible result order and PHP's ksort ties follow it (see
 *   `compareFolderOrder`).
 * Streams entries: only the folders on the current path are held in memory.
 *
 * Links: a link to a folder is skipped (upstream does not follow it); a link to a file
 * inside the root is hashed through the link, like upstream; a link leading outside the
 * root, a dangling link, a FIFO or device, an unreadable folder and a name that is not
 * UTF-8 become entries with a `problem` and are never read.
 */




/**
 * Upstream's visiting order, made deterministic: compares two relative paths as the 'folders'
 * walk visits them (each folder's entries by their bytes, depth first). Equal to comparing the
 * UTF-8 bytes with "/" counted below every other byte: a folder's contents then come right
 * where the folder is, before a sibling "a-b" or "a.txt" of folder "a".
 */
function compareFolderOrder(a, b) {
    return Buffer.compare(folderOrderKey(a), folderOrderKey(b));
}
/** The key `compareFolderOrder` compares: the path's UTF-8 bytes with "/" as 0 (no name holds a NUL byte). */
function folderOrderKey(rel) {
    const key = Buffer.from(rel, 'utf8');
    for (let i = key.indexOf(SLASH); i >= 0; i = key.indexOf(SLASH, i + 1))
        key[i] = 0;
    return key;
}
/** Links to folders are skipped as upstream skips them; this names them, so nobody is surprised. */
function linkedFoldersNote(folders, verb) {
    const shown = folders.slice(0, 10).join(', ') + (folders.length > 10 ? `, … (${folders.length - 10} more)` : '');
    return `not ${verb}: ${folders.length} linked folder${folders.length === 1 ? '' : 's'} (links to folders are neither followed nor ${verb}, as upstream does): ${shown}`;
}
class WalkError extends Error {
    path;
    code;
    constructor(message, path, code) {
        super(message);
        this.path = path;
        this.code = code;
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
function decodeName(name) {
    try {
        return utf8.decode(name);
    }
    catch {
        return null;
    }
}
const SLASH = 0x2f;
/**
 * Is a listing already in the walk's order? The walk yields whole paths in byte order, so a
 * folder counts as its name plus "/": a folder "a" goes after siblings such as "a-b" or
 * "a.txt" ("-" and "." are below "/"). 'yes'; 'folders' when names are in byte order but such
 * a folder must move; 'no' otherwise (names out of order, or with surrogates, where UTF-16
 * order is not byte order).
 */
function inPathOrder(entries) {
    let folders = false;
    for (let i = 0; i < entries.length; i++) {
        const d = entries[i];
        const name = d.name;
        if (/[\ud800-\udfff]/.test(name))
            return 'no';
        if (i > 0 && !(entries[i - 1].name < name))
            return 'no';
        // Sorted by name, any sibling between "a" and "a/" directly follows "a".
        if (!folders && i + 1 < entries.length && d.isDirectory()) {
            const next = entries[i + 1].name;
            folders = next.length > name.length && next.charCodeAt(name.length) < SLASH && next.startsWith(name);
        }
    }
    return folders ? 'folders' : 'yes';
}
/** Entries whose names are in byte order (no surrogates), with each folder counted as its name plus "/". */
function moveFolders(entries) {
    const keys = entries.map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
    const order = keys.map((_, i) => i).sort((i, j) => (keys[i] < keys[j] ? -1 : 1));
    return order.map((i) => entries[i]);
}
function nameBytes(d) {
    return typeof d.name === 'string' ? Buffer.from(d.name, 'utf8') : d.name;
}
/** Entries in the walk's order by their bytes: by name, a folder counting as its name plus "/". */
function sortInPathOrder(entries) {
    const keyed = entries.map((d) => ({ d, key: d.isDirectory() ? Buffer.concat([nameBytes(d), Buffer.of(SLASH)]) : nameBytes(d) }));
    return keyed.sort((x, y) => Buffer.compare(x.key, y.key)).map((k) => k.d);
}
/**
 * One folder's entries. Synchronous on purpose: a folder listing is one or two getdents
 * calls, far cheaper than a round trip through libuv's thread pool per folder, and the
 * hashing workers keep running on their own threads while the walk blocks for it.
 */
function listDir(dir, order) {
    // Names as strings (cheaper than a Buffer each); a name that is not valid UTF-8 comes
    // back with U+FFFD in it, and only then is the folder listed again as bytes to tell.
    const dirents = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    if (dirents.some((d) => d.name.includes('\ufffd'))) {
        const raw = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true, encoding: 'buffer' });
        const listed = raw.map((d) => (decodeName(d.name) === null ? d : direntNamed(d)));
        return order === 'bytes' ? sortInPathOrder(listed) : sortByName(listed);
    }
    if (order === 'folders')
        return sortByName(dirents);
    // readdir (libuv scandir) already sorts by strcmp, i.e. byte order; this is a cheap check.
    const inOrder = inPathOrder(dirents);
    return inOrder === 'yes' ? dirents : inOrder === 'folders' ? moveFolders(dirents) : sortInPathOrder(dirents);
}
/** Entries by the bytes of their names alone (the 'folders' order). */
function sortByName(entries) {
    const keyed = entries.map((d) => ({ d, key: nameBytes(d) }));
    return keyed.sort((x, y) => Buffer.compare(x.key, y.key)).map((k) => k.d);
}
/** The same entry with its (valid UTF-8) name as a string. */
function direntNamed(d) {
    const copy = Object.create(Object.getPrototypeOf(d));
    Object.assign(copy, d, { name: d.name.toString('utf8') });
    return copy;
}
/** `root` as the walk joins names to it: without a trailing separator ("/" stays "/"). */
function walkBase(root) {
    return root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && root.length > 1 ? root.slice(0, -1) : root;
}
/** The folder at `dir`, listed (and told to onFolder first); a folder that cannot be read stops the walk. */
function openFolder(dir, prefix, shown, options, order) {
    try {
        options.onFolder?.(dir);
        return { dir, prefix, entries: listDir(dir, order), index: 0 };
    }
    catch (e) {
        const code = e.code;
        throw new WalkError(`cannot read folder ${shown}: ${code ?? e.message}`, shown, code);
    }
}
/**
 * A link, as upstream treats it and safer: a link to a folder is skipped (and told to
 * onLinkedFolder); a link to a file inside the root is hashed through the link; a link leading
 * outside the root, a dangling one or one to something else becomes a problem entry.
 */
function linkEntry(rel, name, abs, ctx) {
    let target;
    try {
        target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
    }
    catch (e) {
        if (ctx.select.fileExcluded(rel, name))
            return null;
        return { rel, path: abs, problem: _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_2__/* .UNHASHED */ .x.danglingLink(e.code ?? 'unreadable') };
    }
    if (target.isDirectory()) {
        ctx.options.onLinkedFolder?.(rel); // upstream neither hashes nor descends a linked folder
        return null;
    }
    if (ctx.select.fileExcluded(rel, name))
        return null;
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(abs);
    }
    catch {
        return { rel, path: abs, problem: _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_2__/* .UNHASHED */ .x.linkUnresolved };
    }
    if (!real.startsWith(ctx.rootPrefix))
        return { rel, path: abs, problem: _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_2__/* .UNHASHED */ .x.linkOutside };
    if (!target.isFile())
        return { rel, path: abs, problem: _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_2__/* .UNHASHED */ .x.linkToNonFile };
    return { rel, path: real };
}
/** A FIFO, socket or device: never opened, reported with what it is. */
function specialEntry(rel, abs) {
    let kind = 'special file';
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        kind = st.isFIFO() ? 'FIFO' : st.isSocket() ? 'socket' : st.isBlockDevice() || st.isCharacterDevice() ? 'device' : kind;
    }
    catch {
        // keep the generic description
    }
    return { rel, path: abs, problem: _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_2__/* .UNHASHED */ .x.notRegular(kind) };
}
/**
 * Walk `root` with `profile`'s rules; yields files in byte order of their paths (or, with
 * `order: 'folders'`, folder by folder in byte order, depth first).
 * Synchronous: every listing is, and a plain generator costs no promise per file.
 */
function* walkTree(root, profile, options = {}) {
    const order = options.order ?? 'bytes';
    const rootReal = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(root);
    const ctx = {
        select: (0,_rules_selection_js__WEBPACK_IMPORTED_MODULE_3__/* .createSelector */ .Mz)(profile, options.extraExcluded),
        rootPrefix: rootReal.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? rootReal : rootReal + node_path__WEBPACK_IMPORTED_MODULE_1__.sep,
        options,
    };
    const base = walkBase(root);
    const stack = [openFolder(base, '', base, options, order)];
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.index >= frame.entries.length) {
            stack.pop();
            continue;
        }
        const dirent = frame.entries[frame.index++];
        if (typeof dirent.name !== 'string') {
            const raw = dirent.name;
            const path = `${frame.dir}/${raw.toString('latin1')}`;
            yield {
                rel: `${frame.prefix}${raw.toString('utf8')}`,
                path,
                problem: _rules_unhashed_js__WEBPACK_IMPORTED_MODULE_2__/* .UNHASHED */ .x.notUtf8,
            };
            continue;
        }
        const name = dirent.name;
        const abs = `${frame.dir}/${name}`;
        const rel = frame.prefix + name;
        if (ctx.select.prunedHere(rel) || rel === options.skipFile)
            continue;
        if (dirent.isDirectory()) {
            stack.push(openFolder(abs, `${rel}/`, rel, options, order));
        }
        else if (dirent.isSymbolicLink()) {
            const entry = linkEntry(rel, name, abs, ctx);
            if (entry !== null)
                yield entry;
        }
        else if (ctx.select.fileExcluded(rel, name)) {
            continue;
        }
        else if (!dirent.isFile()) {
            yield specialEntry(rel, abs);
        }
        else if (ctx.select.htaccess(rel)) {
            yield { rel, path: abs, htaccess: true };
        }
        else {
            yield { rel, path: abs };
        }
    }
}


/***/ })

};
