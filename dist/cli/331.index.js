export const id = 331;
export const ids = [331];
export const modules = {

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


/***/ })

};
