export const id = 339;
export const ids = [339];
export const modules = {

/***/ 2339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/archive/plan.ts
var plan = __webpack_require__(3679);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/reference/open.ts + 3 modules
var reference_open = __webpack_require__(4605);
// EXTERNAL MODULE: ./src/engine/reference/release.ts
var reference_release = __webpack_require__(53);
// EXTERNAL MODULE: ./src/engine/reference/version.ts
var version = __webpack_require__(1800);
// EXTERNAL MODULE: ./src/engine/rules/mimetypelist.ts
var mimetypelist = __webpack_require__(2608);
// EXTERNAL MODULE: ./src/engine/rules/selection.ts
var selection = __webpack_require__(228);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/engine/repair/safe-path.ts
/**
 * Where repair may write: only below a scope's folder, only through real folders. A path
 * whose folder, or any folder above it up to the scope's root, is a symbolic link is refused,
 * so a write can never land outside the tree through a link; neither is the file itself
 * replaced when it is a link.
 */


/** Why `rel` is no path repair may use, or null (relative, '/'-separated, no `.` or `..`). */
function unsafeName(rel) {
    if (rel === '' || rel.startsWith('/') || rel.includes('\\') || rel.includes('\0'))
        return 'not a plain relative path';
    if (rel.split('/').some((part) => part === '' || part === '.' || part === '..'))
        return 'not a plain relative path';
    return null;
}
function lstatOrNull(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return null;
        throw e;
    }
}
/**
 * Why the folders above `rel` (below `root`) cannot be written through, or null. Folders that
 * do not exist yet are fine: `makeParents` creates them.
 */
function unsafeParents(root, rel) {
    const parts = rel.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
        const folder = parts.slice(0, i).join('/');
        const st = lstatOrNull((0,external_node_path_.join)(root, folder));
        if (st === null)
            return null;
        if (st.isSymbolicLink())
            return `lies below the symbolic link ${folder}: repair never writes through a link`;
        if (!st.isDirectory())
            return `lies below ${folder}, which is not a folder`;
    }
    return null;
}
/** What is at `rel` now: nothing, a regular file (with its mode), or something repair does not replace. */
function currentEntry(root, rel) {
    const st = lstatOrNull((0,external_node_path_.join)(root, rel));
    if (st === null)
        return { kind: 'none' };
    if (st.isFile())
        return { kind: 'file', mode: Number(st.mode) & 0o7777 };
    return { kind: 'other', what: st.isSymbolicLink() ? 'a symbolic link' : st.isDirectory() ? 'a folder' : 'not a regular file' };
}
/** Create the missing folders above `rel`, one level at a time, each checked to be a real folder. */
function makeParents(root, rel) {
    const parts = rel.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
        const folder = (0,external_node_path_.join)(root, parts.slice(0, i).join('/'));
        const st = lstatOrNull(folder);
        if (st === null)
            (0,external_node_fs_.mkdirSync)(folder, { mode: 0o755 });
        else if (st.isSymbolicLink() || !st.isDirectory())
            throw new Error(`${folder} is not a real folder`);
    }
}

;// CONCATENATED MODULE: ./src/engine/repair/plan.ts



const DEFAULT_MODE = 0o644;
/** Files hosts and admins add on purpose (PHP and web server settings, ACME challenges). */
const HOST_FILE = /(^|\/)(\.user\.ini|php\.ini|\.htaccess)$|^\.well-known\//;
/** Why a finding's path may not be touched at all, or null. */
function untouchable(input, select, path, finding) {
    if (finding.problem)
        return `not repaired: ${finding.problem}`;
    const name = unsafeName(path);
    if (name)
        return `not repaired: ${name}`;
    if (select.pruned(path))
        return 'in a folder upstream excludes from the check (config/, data/, …): never touched';
    return unsafeParents(input.root, path);
}
/** Why restoring this file deserves a second look, if it does. */
function restoreNote(input, path) {
    if (input.profile.mimetypelistRule && path === mimetypelist/* MIMETYPELIST_PATH */.bF) {
        return "the shipped file replaces the server's regenerated one: run occ maintenance:mimetype:update-js afterwards to bring back the admin's aliases";
    }
    if (path.endsWith('.user.ini') || path === '.user.ini')
        return "the admin's PHP settings in it are replaced by the release's (explain shows which)";
    if (path.endsWith('.htaccess') && !(input.profile.htaccessMarker && path === '.htaccess'))
        return "the admin's directives in it are replaced by the release's";
    return undefined;
}
function planRestore(input, select, path, category, finding) {
    const skip = (why) => ({ kind: 'skip', path, category, why });
    const blocked = untouchable(input, select, path, finding);
    if (blocked)
        return skip(blocked);
    const sha512 = input.release.hashes.get(path);
    if (sha512 === undefined)
        return skip('not in the release: nothing to restore it from');
    const now = currentEntry(input.root, path);
    if (now.kind === 'other')
        return skip(`is ${now.what}: repair never replaces it (remove it by hand, then run repair again)`);
    if (category === 'MISSING_FILE' && now.kind === 'file')
        return skip('a file is there now: verify again');
    const info = input.release.info(path);
    const action = {
        kind: 'restore',
        path,
        category,
        sha512,
        size: info?.size ?? 0,
        mode: now.kind === 'file' ? now.mode : (info?.mode ?? DEFAULT_MODE),
    };
    if (select.htaccess(path) && now.kind === 'file')
        action.keepBelowMarker = true;
    const note = restoreNote(input, path);
    if (note)
        action.note = note;
    return action;
}
function planQuarantine(input, select, path, finding) {
    const blocked = untouchable(input, select, path, finding);
    if (blocked)
        return { kind: 'skip', path, category: 'EXTRA_FILE', why: blocked };
    const now = currentEntry(input.root, path);
    if (now.kind !== 'file') {
        const why = now.kind === 'none' ? 'is gone already' : `is ${now.what}: left in place (remove it by hand if it is not yours)`;
        return { kind: 'skip', path, category: 'EXTRA_FILE', why };
    }
    const action = { kind: 'quarantine', path, sha512: finding.current, mode: now.mode };
    if (HOST_FILE.test(path))
        action.note = 'hosts often add this file on purpose: if yours did, keep it with --allow';
    return action;
}
const findings = (result, category) => Object.entries(result[category]);
/** The repair of one scope, as a plan. */
function planScopeRepair(input, shownRoot) {
    const select = (0,selection/* createSelector */.Mz)(input.profile, input.extraExcluded ?? []);
    const actions = [
        ...findings(input.result, 'INVALID_HASH').map(([path, f]) => planRestore(input, select, path, 'INVALID_HASH', f)),
        ...findings(input.result, 'MISSING_FILE').map(([path, f]) => planRestore(input, select, path, 'MISSING_FILE', f)),
        ...findings(input.result, 'EXTRA_FILE').map(([path, f]) => planQuarantine(input, select, path, f)),
    ];
    return { scope: input.result.scope, root: input.root, shownRoot, from: input.release.where, actions };
}

// EXTERNAL MODULE: ./src/engine/atomic-file.ts
var atomic_file = __webpack_require__(6624);
// EXTERNAL MODULE: ./src/engine/sha512.ts
var engine_sha512 = __webpack_require__(5122);
;// CONCATENATED MODULE: ./src/engine/repair/quarantine.ts
/**
 * Quarantine: extra files are moved out of the tree, never deleted — an extra file may be
 * something the host put there on purpose, and deleting such a file has broken instances. They
 * go to a folder outside every checked scope, below `files/<scope>/<path>`, with a manifest
 * (manifest.json) rewritten atomically after each move, so even an interrupted run leaves a
 * manifest naming every file it moved. `undoQuarantine` puts them back from it.
 */






const MANIFEST_NAME = 'manifest.json';
/** `<tree>.quarantine-<UTC time>` beside the tree: outside it, and one per run. */
function defaultQuarantineDir(treeRoot, now) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(treeRoot), `${(0,external_node_path_.basename)(treeRoot)}.quarantine-${stamp}`);
}
/** The real path of `path`, or of its nearest existing folder plus the rest. */
function realish(path) {
    const abs = (0,external_node_path_.resolve)(path);
    try {
        return external_node_fs_.realpathSync.native(abs);
    }
    catch {
        const parent = (0,external_node_path_.dirname)(abs);
        return parent === abs ? abs : (0,external_node_path_.join)(realish(parent), (0,external_node_path_.basename)(abs));
    }
}
const inside = (path, folder) => path === folder || path.startsWith(folder.endsWith(external_node_path_.sep) ? folder : folder + external_node_path_.sep);
/** Refuse a quarantine folder inside a checked scope (its files would be extras themselves), or one in use. */
function checkQuarantineDir(dir, scopeRoots) {
    const real = realish(dir);
    for (const root of scopeRoots) {
        const r = realish(root);
        if (inside(real, r) || inside(r, real)) {
            throw new errors/* UsageError */.eb(`the quarantine folder ${dir} is inside the checked tree ${root}`, 'Pass --quarantine with a folder outside the tree.');
        }
    }
    let names = [];
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return; // created when needed
    }
    if (names.length > 0)
        throw new errors/* UsageError */.eb(`the quarantine folder ${dir} is not empty`, 'Pass --quarantine with a new or empty folder.');
}
/** Move a regular file; across file systems by copy, check, then unlink. The mode is kept either way. */
function moveFile(from, to, mode) {
    try {
        (0,external_node_fs_.renameSync)(from, to);
        return;
    }
    catch (e) {
        if (e.code !== 'EXDEV')
            throw e;
    }
    (0,external_node_fs_.copyFileSync)(from, to, external_node_fs_.constants.COPYFILE_EXCL);
    (0,external_node_fs_.chmodSync)(to, mode);
    if ((0,engine_sha512/* sha512OfFile */.G)(to) !== (0,engine_sha512/* sha512OfFile */.G)(from)) {
        (0,external_node_fs_.unlinkSync)(to);
        throw new Error('the copy differs from the file');
    }
    (0,external_node_fs_.unlinkSync)(from);
}
/** Move one scope's extras into the quarantine; the manifest (shared across scopes) is rewritten after each. */
function quarantineFiles(request) {
    const { dir, scope, root, actions, manifest } = request;
    const out = { moved: [], failed: [] };
    const base = (0,external_node_path_.join)(dir, 'files', scope);
    const manifestPath = (0,external_node_path_.join)(dir, MANIFEST_NAME);
    for (const action of actions) {
        const original = (0,external_node_path_.join)(root, action.path);
        const quarantined = (0,external_node_path_.join)(base, action.path);
        try {
            if (!(0,external_node_fs_.lstatSync)(original).isFile())
                throw new Error('it is no longer a regular file');
            const sha512 = (0,engine_sha512/* sha512OfFile */.G)(original);
            (0,external_node_fs_.mkdirSync)(base, { recursive: true });
            makeParents(base, action.path);
            // Recorded before the move: an interruption can leave an entry whose file did not move
            // (undo sees it is still in place), never a moved file the manifest does not name.
            manifest.files.push({ scope, root, original, path: action.path, quarantined, sha512, mode: action.mode });
            (0,atomic_file/* writeFileAtomic */.Zf)(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
            try {
                moveFile(original, quarantined, action.mode);
            }
            catch (e) {
                manifest.files.pop();
                (0,atomic_file/* writeFileAtomic */.Zf)(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
                throw e;
            }
            out.moved.push(action.path);
        }
        catch (e) {
            out.failed.push({ path: action.path, why: e.message });
        }
    }
    return out;
}
/** Start a manifest in `dir` (written before anything moves). */
function startManifest(dir, manifest) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, MANIFEST_NAME);
    (0,atomic_file/* writeFileAtomic */.Zf)(path, JSON.stringify(manifest, null, 2) + '\n');
    return path;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/engine/rules/htaccess.ts
var htaccess = __webpack_require__(4726);
;// CONCATENATED MODULE: ./src/engine/repair/restore.ts
/**
 * Restoring files from the verified release, each written atomically: the release's bytes go
 * to a temporary file beside the target (same folder, so the rename is atomic), are hashed
 * as they pass, and only a file whose hash is the signed one is renamed into place, with its
 * mode. An interruption leaves the old file or the new one, never a half-written one (the
 * temporary file is removed on SIGINT/SIGTERM, cleanup.ts).
 *
 * The root .htaccess keeps the installer's own lines below its marker: only the part above
 * it is signed, so the release's part above the marker is put back and the tree's part below
 * it kept, as upstream's own update does.
 */






/** Largest root .htaccess read whole (it is a few KiB). */
const MAX_HTACCESS = 1024 * 1024;
const reason = (e) => (e instanceof Error ? e.message : String(e));
/** Streams one release file into a temporary file beside its target; commits it on end() when it is the signed file. */
class RestoreSink {
    root;
    action;
    markerRule;
    outcome;
    hash = (0,external_node_crypto_.createHash)('sha512');
    marker;
    kept = [];
    keptBytes = 0;
    file = null;
    constructor(root, action, markerRule, outcome) {
        this.root = root;
        this.action = action;
        this.markerRule = markerRule;
        this.outcome = outcome;
        this.marker = markerRule ? new htaccess/* MarkerHasher */.qE() : null;
    }
    target() {
        return (0,external_node_path_.join)(this.root, this.action.path);
    }
    /** A write failed (full disk, unwritable folder): told at end(), the rest of the file is skipped. */
    error = null;
    write(chunk) {
        if (this.error !== null)
            return;
        try {
            this.take(chunk);
        }
        catch (e) {
            this.error = e;
            this.abort();
        }
    }
    take(chunk) {
        this.hash.update(chunk);
        this.marker?.update(chunk);
        if (this.action.keepBelowMarker) {
            this.keptBytes += chunk.length;
            if (this.keptBytes <= MAX_HTACCESS)
                this.kept.push(Buffer.from(chunk));
            return;
        }
        if (this.file === null) {
            makeParents(this.root, this.action.path);
            this.file = (0,atomic_file/* openTempFile */.to)(this.target());
        }
        this.file.write(chunk);
    }
    /** Whether the bytes read are the file the release's signature lists. */
    signed() {
        const whole = this.hash.digest('hex');
        const listed = this.marker ? (this.marker.digest() ?? whole) : whole;
        return listed === this.action.sha512;
    }
    end() {
        try {
            if (this.error !== null)
                throw this.error;
            const ok = this.signed();
            if (!ok)
                throw new Error("the release's copy does not match its signature (the release changed after it was verified?)");
            if (this.action.keepBelowMarker)
                this.writeHtaccess();
            else
                this.commit();
            this.outcome.restored.push(this.action.path);
        }
        catch (e) {
            this.file?.abort();
            this.outcome.failed.push({ path: this.action.path, why: reason(e) });
        }
    }
    abort() {
        this.file?.abort();
        this.file = null;
    }
    commit() {
        if (this.file === null) {
            makeParents(this.root, this.action.path);
            this.file = (0,atomic_file/* openTempFile */.to)(this.target()); // an empty file
        }
        this.file.finish();
        (0,external_node_fs_.chmodSync)(this.file.path, this.action.mode);
        (0,atomic_file/* commitTempFile */.W2)(this.file.path, this.target());
    }
    /** The release's part above the marker, then the tree's marker line and what follows it. */
    writeHtaccess() {
        if (this.keptBytes > MAX_HTACCESS)
            throw new Error(`the release's .htaccess is larger than ${MAX_HTACCESS} bytes`);
        const release = Buffer.concat(this.kept);
        const content = composeHtaccess(release, (0,external_node_fs_.readFileSync)(this.target()));
        if ((0,htaccess/* rootHtaccessHash */.$i)(content) !== this.action.sha512)
            throw new Error('the composed .htaccess would not match the signature');
        this.file = (0,atomic_file/* openTempFile */.to)(this.target());
        this.file.write(content);
        this.commit();
    }
}
/** The release's .htaccess up to its marker, followed by the tree's marker and lines below it (when both have exactly one). */
function composeHtaccess(release, tree) {
    const marker = Buffer.from(htaccess/* HTACCESS_MARKER */.Sp, 'utf8');
    const parts = (b) => {
        const first = b.indexOf(marker);
        return first >= 0 && b.indexOf(marker, first + marker.length) < 0 ? first : -1;
    };
    const r = parts(release);
    const t = parts(tree);
    if (r < 0 || t < 0)
        return release;
    return Buffer.concat([release.subarray(0, r), tree.subarray(t)]);
}
/** Restore the planned files of one scope from `release`, each atomically. */
async function restoreFiles(root, actions, release, htaccessMarker) {
    const outcome = { restored: [], failed: [] };
    if (actions.length === 0)
        return outcome;
    const byPath = new Map(actions.map((a) => [a.path, a]));
    const started = new Set();
    let current = null;
    let unread;
    try {
        unread = await release.read(new Set(byPath.keys()), (rel) => {
            const action = byPath.get(rel);
            if (action === undefined)
                return null;
            started.add(rel);
            current = new RestoreSink(root, action, htaccessMarker && rel === '.htaccess', outcome);
            return current;
        });
    }
    catch (e) {
        current?.abort();
        unread = new Map([...byPath.keys()].filter((p) => !started.has(p)).map((p) => [p, `was not read: ${reason(e)}`]));
    }
    for (const [path, why] of unread)
        outcome.failed.push({ path, why: `the release's copy ${why}` });
    return outcome;
}

;// CONCATENATED MODULE: ./src/engine/repair/undo.ts
/**
 * `repair --undo MANIFEST`: put quarantined files back where they were, byte-identical and
 * with their modes. All or nothing: every entry is checked first (the quarantined file is
 * still the one moved, its place in the tree is free, no link on the way), and if one fails
 * the check nothing is moved.
 */





function parseManifest(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`cannot read the manifest ${path}: it ${(0,errors/* describeFsError */.TQ)(e)}`);
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new errors/* UsageError */.eb(`${path} is not a quarantine manifest (not JSON)`);
    }
    const valid = (e) => typeof e?.root === 'string' &&
        typeof e.path === 'string' &&
        typeof e.quarantined === 'string' &&
        typeof e.sha512 === 'string' &&
        Number.isInteger(e.mode);
    if (!Array.isArray(doc?.files) || !doc.files.every(valid))
        throw new errors/* UsageError */.eb(`${path} is not a quarantine manifest written by repair`);
    return doc;
}
/** Whether `entry` is back in the tree already (an undo that stopped part way). */
function isBack(entry) {
    try {
        (0,external_node_fs_.lstatSync)(entry.quarantined);
        return false;
    }
    catch {
        try {
            return (0,engine_sha512/* sha512OfFile */.G)((0,external_node_path_.join)(entry.root, entry.path)) === entry.sha512;
        }
        catch {
            return false;
        }
    }
}
/** Why `entry` cannot go back, or null. */
function blocker(entry) {
    const name = unsafeName(entry.path);
    if (name)
        return name;
    try {
        if (!(0,external_node_fs_.lstatSync)(entry.quarantined).isFile() || (0,engine_sha512/* sha512OfFile */.G)(entry.quarantined) !== entry.sha512)
            return 'the quarantined file changed since it was moved';
    }
    catch (e) {
        return `the quarantined file ${(0,errors/* describeFsError */.TQ)(e)}`;
    }
    try {
        (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(entry.root, entry.path));
        return 'something now occupies its place in the tree';
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            return `its place in the tree ${(0,errors/* describeFsError */.TQ)(e)}`;
    }
    return unsafeParents(entry.root, entry.path);
}
function moveBack(entry) {
    const to = (0,external_node_path_.join)(entry.root, entry.path);
    makeParents(entry.root, entry.path);
    try {
        (0,external_node_fs_.renameSync)(entry.quarantined, to);
    }
    catch (e) {
        if (e.code !== 'EXDEV')
            throw e;
        (0,external_node_fs_.copyFileSync)(entry.quarantined, to, external_node_fs_.constants.COPYFILE_EXCL);
        (0,external_node_fs_.unlinkSync)(entry.quarantined);
    }
    (0,external_node_fs_.chmodSync)(to, entry.mode);
}
/** Put every file of the manifest back; returns the paths restored (absolute). */
function undoQuarantine(manifestPath) {
    const manifest = parseManifest(manifestPath);
    const pending = manifest.files.filter((e) => !isBack(e));
    const blocked = pending.map((e) => [e, blocker(e)]).filter(([, why]) => why !== null);
    if (blocked.length > 0) {
        const list = blocked.slice(0, 10).map(([e, why]) => `${(0,external_node_path_.join)(e.root, e.path)}: ${why}`);
        throw new errors/* UsageError */.eb(`nothing was put back: ${blocked.length} of ${pending.length} file${pending.length === 1 ? '' : 's'} cannot go back: ${list.join('; ')}`, 'Move what now occupies those places out of the way (or restore the quarantined files by hand), then run repair --undo again.');
    }
    const done = [];
    for (const entry of pending) {
        moveBack(entry);
        done.push((0,external_node_path_.join)(entry.root, entry.path));
    }
    return done;
}

// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/engine/trust/store.ts
var store = __webpack_require__(3702);
// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/app/explain-run.ts + 5 modules
var explain_run = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/app/scope-targets.ts
var scope_targets = __webpack_require__(3300);
// EXTERNAL MODULE: ./src/app/verify-run.ts
var verify_run = __webpack_require__(2274);
;// CONCATENATED MODULE: ./src/app/repair-run.ts
/**
 * The repair use case, in order: verify the tree; open and verify the reference release for
 * the scopes with findings; refuse unless each is the tree's own version; plan; and with
 * `apply`, restore and quarantine, then verify the tree again. A dry run stops after the plan.
 */
















/** The release's version of its scope, from its own version file. */
async function releaseVersion(release) {
    const file = (0,version/* versionFile */.T1)(release.target.profile);
    const { files } = await (0,reference_release/* readFilesCapped */.Tn)(release, [file], 1024 * 1024);
    const bytes = files.get(file)?.bytes;
    return bytes ? (0,version/* parseVersion */.ot)(release.target.profile, bytes.toString('utf8')) : null;
}
/** The scope's verified counterpart, refused unless it is the tree's version. */
async function matchedRelease(reference, scope, target) {
    const match = reference.matches.get(target.scope);
    if (match === undefined || 'missing' in match) {
        throw new errors/* UsageError */.eb(`cannot repair ${scope.scope} from ${reference.name}: ${match?.missing ?? 'not opened'}`, 'Pass the release this tree was installed from.', 'reference');
    }
    const tree = (0,version/* readTreeVersion */.xD)(target.root, target.profile);
    const release = await releaseVersion(match.release);
    if (tree === null || release === null || tree !== release) {
        throw new errors/* UsageError */.eb(`cannot repair ${scope.scope} from ${reference.name}: the tree is version ${tree ?? 'unknown'}, the release ${release ?? 'unknown'}`, 'Repair restores files of the same release only: pass the release of exactly this version (explain shows the differences of an upgrade).', 'reference');
    }
    return match.release;
}
/** Open the reference and plan every scope with findings (nothing is written). */
async function planRun(request, result) {
    const scopes = result.scopes.filter((s) => (0,engine_result/* findingCount */.dQ)(s) > 0);
    const targets = scopes.map((s) => {
        const target = (0,scope_targets/* scopeTarget */.K)(s, request.cwd);
        if (target === null)
            throw new errors/* UsageError */.eb(`${s.root} is not a folder: repair works on folders`);
        if (s.EXCEPTION)
            throw new errors/* UsageError */.eb(`cannot repair ${s.scope}: ${s.EXCEPTION.message}`, 'Repair needs a tree whose signature itself checks; explain shows why it does not.');
        return target;
    });
    const trust = await (0,store/* loadTrustStore */.Kl)(request.trust, request.cwd, request.crl);
    const limits = (0,plan/* archiveLimits */.L)(request.maxSize, request.maxEntries);
    const reference = await (0,reference_open/* openReference */.e)({ release: request.reference, cwd: request.cwd, trust, limits, download: request.download }, targets);
    try {
        const releases = [];
        const planned = [];
        for (const [i, scope] of scopes.entries()) {
            const target = targets[i];
            const release = await matchedRelease(reference, scope, target);
            releases.push(release);
            planned.push(planScopeRepair({ result: scope, root: target.root, profile: target.profile, release }, scope.root));
        }
        const extras = planned.some((p) => p.actions.some((a) => a.kind === 'quarantine'));
        const treeRoot = (0,external_node_path_.resolve)(request.cwd, request.path);
        const quarantine = extras
            ? (0,external_node_path_.resolve)(request.cwd, request.quarantine ?? defaultQuarantineDir(treeRoot, request.now ?? new Date()))
            : null;
        if (quarantine)
            checkQuarantineDir(quarantine, [treeRoot, ...targets.map((t) => t.root)]);
        return { plan: { reference: request.reference, scopes: planned, quarantine }, reference, releases };
    }
    catch (e) {
        reference.close();
        throw e;
    }
}
/** Carry out the plan: restores first, then the quarantine (its manifest written before the first move). */
async function applyPlan(plan, releases, now) {
    const outcome = { restored: [], quarantined: [], failed: [], manifest: null };
    const manifest = {
        tool: { name: src_version/* TOOL_NAME */.l, version: src_version/* VERSION */.x },
        created: now.toISOString(),
        reference: plan.reference,
        files: [],
    };
    if (plan.quarantine)
        outcome.manifest = startManifest(plan.quarantine, manifest);
    for (const [i, scope] of plan.scopes.entries()) {
        const release = releases[i];
        const restores = scope.actions.filter((a) => a.kind === 'restore');
        const restored = await restoreFiles(scope.root, restores, release, release.target.profile.htaccessMarker);
        const extras = scope.actions.filter((a) => a.kind === 'quarantine');
        const moved = plan.quarantine
            ? quarantineFiles({ dir: plan.quarantine, scope: scope.scope, root: scope.root, actions: extras, manifest })
            : { moved: [], failed: [] };
        outcome.restored.push(...restored.restored.map((p) => `${scope.scope}: ${p}`));
        outcome.quarantined.push(...moved.moved.map((p) => `${scope.scope}: ${p}`));
        outcome.failed.push(...[...restored.failed, ...moved.failed].map((f) => ({ path: `${scope.scope}: ${f.path}`, why: f.why })));
    }
    return outcome;
}
/** Verify the tree, plan its repair and, with `apply`, carry it out and verify again. */
async function runRepair(request) {
    (0,explain_run/* assertTreeFolder */.T6)(request.path, request.cwd, 'repair');
    const verifyRequest = { ...request, paths: [request.path] };
    const result = await (0,verify_run/* runVerification */.t)(verifyRequest);
    if (result.scopes.every((s) => (0,engine_result/* findingCount */.dQ)(s) === 0))
        return { result, plan: null };
    const { plan, reference, releases } = await planRun(request, result);
    try {
        if (!request.apply)
            return { result, plan };
        const outcome = await applyPlan(plan, releases, request.now ?? new Date());
        return { result, plan, outcome, after: await (0,verify_run/* runVerification */.t)(verifyRequest) };
    }
    finally {
        reference.close();
    }
}
/** `repair --undo MANIFEST`: put the quarantined files back. */
function runUndo(manifest, cwd) {
    return undoQuarantine((0,external_node_path_.resolve)(cwd, manifest));
}

// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
// EXTERNAL MODULE: ./src/engine/profiles/index.ts + 7 modules
var profiles = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/report/hints.ts
var hints = __webpack_require__(4424);
// EXTERNAL MODULE: ./src/report/index.ts + 4 modules
var report = __webpack_require__(6360);
;// CONCATENATED MODULE: ./src/report/repair-text.ts
/**
 * repair's output: the plan (what a dry run would do, or what --apply is about to do), then
 * what was done and the tree's verdict afterwards. Every path is the tree's own text and is
 * printed through displayText. Also as JSON, the same data, for scripts.
 */



const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const octal = (mode) => mode.toString(8).padStart(4, '0');
function actionLine(scope, action, quarantine) {
    const path = (0,display/* displayText */.W)(action.path);
    if (action.kind === 'restore') {
        const what = action.category === 'MISSING_FILE' ? 'create ' : 'replace';
        const below = action.keepBelowMarker ? ', the part below the marker kept' : '';
        const lines = [
            `  restore    ${path}  (${what} ${action.category}: the release's ${(0,hints/* formatBytes */.z3)(action.size)}, mode ${octal(action.mode)}${below})`,
        ];
        if (action.note)
            lines.push(`             note: ${(0,display/* displayText */.W)(action.note)}`);
        return lines;
    }
    if (action.kind === 'quarantine') {
        const lines = [`  quarantine ${path}  → ${(0,display/* displayText */.W)(`${quarantine ?? '?'}/files/${scope.scope}/${action.path}`)}`];
        if (action.note)
            lines.push(`             note: ${(0,display/* displayText */.W)(action.note)}`);
        return lines;
    }
    return [`  leave      ${path}  (${action.category}: ${(0,display/* displayText */.W)(action.why)})`];
}
function scopeLines(scope, quarantine) {
    const count = (kind) => scope.actions.filter((a) => a.kind === kind).length;
    const head = `${(0,display/* displayText */.W)(scope.scope)} (${(0,display/* displayText */.W)(scope.shownRoot)}) from ${(0,display/* displayText */.W)(scope.from)}: ${plural(count('restore'), 'file')} to restore, ${count('quarantine')} to quarantine, ${count('skip')} left alone`;
    return [head, ...scope.actions.flatMap((a) => actionLine(scope, a, quarantine))];
}
/** The plan as text; `dryRun` says that nothing was changed. */
function renderRepairPlan(plan, dryRun) {
    const title = dryRun
        ? `REPAIR PLAN  dry run: nothing was changed; run again with --apply to carry it out`
        : `REPAIR  carrying out the plan with the release ${(0,display/* displayText */.W)(plan.reference)}`;
    const out = [title, ''];
    for (const scope of plan.scopes)
        out.push(...scopeLines(scope, plan.quarantine), '');
    if (plan.quarantine)
        out.push(`Extra files are moved to ${(0,display/* displayText */.W)(plan.quarantine)} (with a manifest), never deleted.`, '');
    return out.join('\n');
}
/** What --apply did, then the tree's verification afterwards. */
function renderRepairOutcome(outcome, after) {
    const out = [`restored ${outcome.restored.length}, quarantined ${outcome.quarantined.length}, failed ${outcome.failed.length}`];
    for (const f of outcome.failed)
        out.push(`  failed  ${(0,display/* displayText */.W)(f.path)}: ${(0,display/* displayText */.W)(f.why)}`);
    if (outcome.manifest) {
        out.push(`manifest: ${(0,display/* displayText */.W)(outcome.manifest)}`, `undo:     code-integrity repair --undo ${(0,display/* displayText */.W)(outcome.manifest)}`);
    }
    out.push('', 'The tree verified again:', (0,report/* renderReport */.B1)(after, 'text'));
    return out.join('\n');
}
/** plan, outcome and the verdict afterwards as JSON (names exact, safe to print in a log). */
function renderRepairJson(plan, outcome, after) {
    const doc = {
        plan,
        applied: outcome !== undefined,
        outcome: outcome ?? null,
        after: after ? { verdict: after.verdict, ok: after.ok } : null,
    };
    return (0,display/* displayJson */.f)(JSON.stringify(doc, null, 2)) + '\n';
}

// EXTERNAL MODULE: ./src/cli/commands/args.ts
var commands_args = __webpack_require__(7988);
// EXTERNAL MODULE: ./src/cli/commands/reference-args.ts
var reference_args = __webpack_require__(7092);
;// CONCATENATED MODULE: ./src/cli/commands/repair.ts
/**
 * `repair`: restore a tree from its verified release. A dry run (the plan) unless --apply;
 * `--undo MANIFEST` puts quarantined files back.
 */








const HELP = `Usage: ${src_version/* TOOL_NAME */.l} repair DIR --from RELEASE [--apply] [options]
       ${src_version/* TOOL_NAME */.l} repair --undo MANIFEST

Verifies DIR (an app or server folder) and plans its repair from RELEASE, the release DIR
was installed from (a folder, an archive or an https:// URL; verified first, and refused
unless it verifies clean and is DIR's version). Without --apply nothing is changed: the plan
is printed. With --apply:

  INVALID_HASH, MISSING_FILE  the release's file is written in place atomically (temporary
                              file + rename), with the replaced file's mode
  EXTRA_FILE                  moved to a quarantine folder outside the tree, never deleted,
                              listed in its manifest.json (repair --undo puts them back)

then DIR is verified again. Never touched: folders upstream excludes (config/, data/, …),
anything below a symbolic link, links themselves, files outside the checked scopes.

Options:
  --from RELEASE     the release to restore from (folder, archive or https:// URL)
  --apply            carry the plan out (default: print it only)
  --quarantine DIR   where extra files go (default: <DIR>.quarantine-<UTC time> beside DIR)
  --undo MANIFEST    put the files of a quarantine manifest back (refused if a place is taken)
  --allow GLOB       an extra file the host adds on purpose: left in place; repeatable
${reference_args/* REFERENCE_HELP */.EH}
  --profile P        auto (default), ${profiles/* PROFILE_NAMES */.J.join(', ')}
  --app-id ID        the app id the certificate must be issued for
  --all-apps         DIR is an installed server: repair core and every app
  --format F         text (default) or json
  -h, --help

Exit codes: 0 the tree is clean (after --apply: verified clean again), 1 findings remain
(always so for a dry run with findings), 2 usage, I/O or reference error (nothing changed).
`;
const OPTIONS = {
    ...commands_args/* TARGET_OPTIONS */.FG,
    ...reference_args/* REFERENCE_OPTIONS */.jS,
    from: { type: 'string' },
    apply: { type: 'boolean' },
    quarantine: { type: 'string' },
    undo: { type: 'string' },
    allow: { type: 'string', multiple: true },
    format: { type: 'string' },
    'all-apps': { type: 'boolean' },
};
function undo(manifest, io) {
    const back = runUndo(manifest, io.cwd);
    io.stdout(`UNDONE  ${back.length} file${back.length === 1 ? '' : 's'} put back\n${back.map((p) => `  ${(0,display/* displayText */.W)(p)}\n`).join('')}`);
    return 0;
}
async function runRepairCommand(args, io) {
    const { values, positionals } = (0,commands_args/* parseCommand */.RM)(args, OPTIONS, HELP);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (values.undo !== undefined)
        return undo(values.undo, io);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
        throw new errors/* UsageError */.eb(`unknown format "${format}"`, 'Use text or json.');
    const from = values.from ?? values.reference;
    if (from === undefined)
        throw new errors/* UsageError */.eb('repair needs --from RELEASE', `See:\n${HELP}`);
    if (positionals.length > 1)
        throw new errors/* UsageError */.eb('repair takes one folder', `See:\n${HELP}`);
    const run = await runRepair({
        ...(0,commands_args/* checkRequest */.yG)(values, io.cwd),
        path: positionals[0] ?? '.',
        reference: from,
        apply: values.apply === true,
        quarantine: values.quarantine,
        download: (0,reference_args/* downloadOptions */.Zy)(values, io),
    });
    if (format === 'json')
        io.stdout(renderRepairJson(run.plan, run.outcome, run.after));
    else if (run.plan === null)
        io.stdout('CLEAN  every file matches its signature: nothing to repair\n');
    else {
        io.stdout(renderRepairPlan(run.plan, run.outcome === undefined));
        if (run.outcome && run.after)
            io.stdout(renderRepairOutcome(run.outcome, run.after));
    }
    if (run.plan === null)
        return 0;
    return run.after?.verdict === 'passed' ? 0 : 1;
}
const command = { help: HELP, run: runRepairCommand };


/***/ })

};
