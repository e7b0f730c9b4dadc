export const id = 356;
export const ids = [356];
export const modules = {

/***/ 8133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ runAppStoreSign),
/* harmony export */   Z: () => (/* binding */ signForAppStore)
/* harmony export */ });
/* harmony import */ var _engine_appstore_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(788);
/* harmony import */ var _engine_atomic_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6624);
/* harmony import */ var _engine_trust_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3881);



/** Sign the archive with an already loaded key (package signs with the key it loaded once). */
async function signForAppStore(archive, key, writeSigFile) {
    const signature = await (0,_engine_appstore_js__WEBPACK_IMPORTED_MODULE_0__/* .signArchiveForAppStore */ .xE)(archive, key);
    if (!writeSigFile)
        return { signature };
    const sigFile = `${archive}.sig`;
    (0,_engine_atomic_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(sigFile, `${signature}\n`);
    return { signature, sigFile };
}
async function runAppStoreSign(request) {
    const key = (0,_engine_trust_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPrivateKey */ .PM)(request.privateKeyPem, request.passphrase);
    const cert = request.certificatePem === undefined ? undefined : (0,_engine_trust_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .loadSigningCertificate */ .h1)(request.certificatePem);
    if (cert !== undefined)
        (0,_engine_trust_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .assertKeyMatchesCertificate */ .Q6)(key, cert);
    const signed = await signForAppStore(request.archive, key, false);
    if (cert !== undefined &&
        !(await (0,_engine_appstore_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyAppStoreSignature */ .Ct)(request.archive, Buffer.from(signed.signature, 'base64'), cert.x509.publicKey))) {
        throw new Error('internal error: the App Store signature just made does not verify with the certificate');
    }
    if (!request.writeSigFile)
        return signed;
    const sigFile = `${request.archive}.sig`;
    (0,_engine_atomic_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(sigFile, `${signed.signature}\n`);
    return { ...signed, sigFile };
}


/***/ }),

/***/ 3356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/atomic-file.ts
var atomic_file = __webpack_require__(6624);
// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/fs-kind.ts
var fs_kind = __webpack_require__(5118);
// EXTERNAL MODULE: ./src/engine/package/info-xml.ts
var info_xml = __webpack_require__(1813);
// EXTERNAL MODULE: ./src/engine/package/rules.ts
var package_rules = __webpack_require__(2922);
;// CONCATENATED MODULE: ./src/engine/package/select.ts
/**
 * Choosing what an app package holds: walk the built app folder (each folder's entries in byte
 * order), keep what the packing rules (rules.ts) do not exclude, and refuse what a package
 * cannot hold faithfully: links (an extractor would recreate them, pointing anywhere, or skip
 * them), special files, names that are not UTF-8, and names Nextcloud's installer would refuse.
 * Excluded entries are never looked at, so a link inside node_modules/ is no problem.
 */





const utf8 = new TextDecoder('utf-8', { fatal: true });
/** The app's `.nextcloudignore`, or null. */
function readIgnoreFile(root) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, '.nextcloudignore'), 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return null;
        throw new errors/* UsageError */.eb(`${(0,external_node_path_.join)(root, '.nextcloudignore')} cannot be read (${e.code ?? 'error'})`);
    }
}
function listFolder(dir, problems, rel) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true, encoding: 'buffer' }).sort((a, b) => Buffer.compare(a.name, b.name));
    }
    catch (e) {
        problems.push(`${rel || '.'}: the folder cannot be read (${e.code ?? 'error'})`);
        return [];
    }
}
function kindProblem(stats) {
    if (stats.isSymbolicLink())
        return 'is a symbolic link';
    if (stats.isFIFO())
        return 'is a FIFO';
    if (stats.isSocket())
        return 'is a socket';
    if (stats.isBlockDevice() || stats.isCharacterDevice())
        return 'is a device';
    return null;
}
/** One folder's entries into `out` (recursing into kept folders). */
function walk(root, rel, rules, out, problems) {
    for (const d of listFolder(rel === '' ? root : (0,external_node_path_.join)(root, rel), problems, rel)) {
        let name;
        try {
            name = utf8.decode(d.name);
        }
        catch {
            problems.push(`${rel ? `${rel}/` : ''}${d.name.toString('latin1')}: the name is not UTF-8`);
            continue;
        }
        const child = rel === '' ? name : `${rel}/${name}`;
        const path = (0,external_node_path_.join)(root, child);
        const stats = (0,external_node_fs_.lstatSync)(path);
        if (rules.excludes(child, stats.isDirectory()))
            continue;
        const problem = kindProblem(stats) ?? (0,package_rules/* archiveTarRefuses */.v1)(`${child}${stats.isDirectory() ? '/' : ''}`);
        if (problem !== null) {
            problems.push(`${child}: ${problem}`);
            continue;
        }
        if (stats.isDirectory()) {
            out.push({ rel: child, kind: 'folder', executable: false, path });
            walk(root, child, rules, out, problems);
        }
        else {
            out.push({ rel: child, kind: 'file', executable: (stats.mode & 0o111) !== 0, path });
        }
    }
}
/** The packing rules of the app folder `root`: the defaults and its `.nextcloudignore`. */
function appPackRules(root) {
    const ignoreFile = readIgnoreFile(root);
    return { rules: (0,package_rules/* packRules */.nK)(ignoreFile), hasIgnoreFile: ignoreFile !== null };
}
/**
 * What to pack from the app folder `root` (folders and files, each folder's entries in byte
 * order, depth first); a usage error listing every entry it cannot pack.
 */
function selectForPackage(root, rules) {
    const entries = [];
    const problems = [];
    walk(root, '', rules, entries, problems);
    if (problems.length > 0) {
        const shown = problems.slice(0, 10).map(display/* displayText */.W);
        throw new errors/* UsageError */.eb(`cannot package ${root}: ${problems.length} entr${problems.length === 1 ? 'y' : 'ies'} cannot be packed (${shown.join('; ')}${problems.length > 10 ? '; …' : ''})`, 'Replace links with what they point to, remove special files, rename the entries, or exclude them in .nextcloudignore.', 'unpackable-entry');
    }
    return entries;
}

// EXTERNAL MODULE: ./src/engine/cleanup.ts
var cleanup = __webpack_require__(234);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/engine/package/tar-writer.ts
/**
 * A reproducible .tar.gz: the same entries give the same bytes on every machine and run.
 *
 * - POSIX ustar headers: owner and group 0/root, mode 0755 (folders and executable files) or
 *   0644, one fixed modification time, no device numbers. A path longer than 100 bytes is split
 *   into the prefix field (at most 131 bytes: PHP's Archive_Tar, which Nextcloud's installer
 *   uses, reads only that much of it); a path that does not fit even so gets a GNU long-name
 *   entry (`././@LongLink`, type L), which GNU tar, 7-Zip, Archive_Tar and tar-stream read.
 *   No pax headers: Archive_Tar skips them and would extract under the truncated name.
 * - The archive ends with two zero blocks, padded to a 10 KiB record as GNU tar does.
 * - gzip with no file name, modification time 0 and the OS byte 3 (Unix), like `gzip -n`.
 */





const BLOCK = 512;
const RECORD = 20 * BLOCK;
/** The largest size and time an 11-digit octal field holds. */
const MAX_OCTAL_11 = 8 ** 11 - 1;
const NAME_MAX = 100;
const PREFIX_MAX = 131;
function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
/** Split a path into ustar's prefix and name fields, or null when it does not fit. */
function splitUstarPath(path) {
    if (path.length <= NAME_MAX)
        return { prefix: Buffer.alloc(0), name: path };
    for (let i = path.length - 1; i > 0; i--) {
        if (path[i] !== 0x2f)
            continue;
        if (path.length - i - 1 > NAME_MAX)
            return null;
        if (i <= PREFIX_MAX && path.length - i - 1 > 0)
            return { prefix: path.subarray(0, i), name: path.subarray(i + 1) };
    }
    return null;
}
/** One 512-byte ustar header. */
function header(f) {
    const h = Buffer.alloc(BLOCK);
    f.name.copy(h, 0, 0, Math.min(f.name.length, NAME_MAX));
    h.write(octal(f.mode, 8), 100, 'latin1');
    h.write(octal(0, 8), 108, 'latin1');
    h.write(octal(0, 8), 116, 'latin1');
    h.write(octal(f.size, 12), 124, 'latin1');
    h.write(octal(f.mtime, 12), 136, 'latin1');
    h.write(' '.repeat(8), 148, 'latin1');
    h.write(f.type, 156, 'latin1');
    h.write('ustar\0' + '00', 257, 'latin1');
    h.write('root', 265, 'latin1');
    h.write('root', 297, 'latin1');
    h.write(octal(0, 8), 329, 'latin1');
    h.write(octal(0, 8), 337, 'latin1');
    f.prefix.copy(h, 345);
    let sum = 0;
    for (const byte of h)
        sum += byte;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
    return h;
}
function padding(size) {
    return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}
/** The header block(s) of an entry: a GNU long-name entry first when the path does not fit ustar. */
function entryHeaders(entry, mtime) {
    const path = Buffer.from(entry.kind === 'folder' ? `${entry.name}/` : entry.name, 'utf8');
    const mode = entry.kind === 'folder' || entry.executable ? 0o755 : 0o644;
    const size = entry.kind === 'folder' ? 0 : entry.size;
    const type = entry.kind === 'folder' ? '5' : '0';
    const split = splitUstarPath(path);
    if (split !== null)
        return [header({ ...split, mode, size, mtime, type })];
    const longName = Buffer.concat([path, Buffer.alloc(1)]);
    return [
        header({ name: Buffer.from('././@LongLink'), prefix: Buffer.alloc(0), mode: 0o644, size: longName.length, mtime: 0, type: 'L' }),
        longName,
        padding(longName.length),
        header({ name: path.subarray(0, NAME_MAX), prefix: Buffer.alloc(0), mode, size, mtime, type }),
    ];
}
/** A file's bytes, checked against the size its header announced. */
async function* fileData(entry) {
    let read = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(entry.path, { highWaterMark: 1 << 20 })) {
        read += chunk.length;
        if (read > entry.size)
            break;
        yield chunk;
    }
    if (read !== entry.size) {
        throw new errors/* UsageError */.eb(`${entry.name} changed while it was packed (${read} bytes instead of ${entry.size})`, 'Package again.');
    }
    yield padding(entry.size);
}
/** The tar stream of `entries` (in the order given), ended and padded to a whole record. */
async function* tarStream(entries, mtime) {
    let length = 0;
    for (const entry of entries) {
        for (const block of entryHeaders(entry, mtime)) {
            length += block.length;
            yield block;
        }
        if (entry.kind === 'file') {
            for await (const chunk of fileData(entry)) {
                length += chunk.length;
                yield chunk;
            }
        }
    }
    const end = 2 * BLOCK + ((RECORD - ((length + 2 * BLOCK) % RECORD)) % RECORD);
    yield Buffer.alloc(end);
}
/** Gzip `entries` as a tar into `write` (sync writes, e.g. to a temporary file); returns the compressed length. */
async function writeTarGz(entries, mtime, write) {
    let offset = 0;
    const sink = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            try {
                // The gzip header's OS byte (offset 9): 3 (Unix) whatever zlib was built for.
                if (offset <= 9 && offset + chunk.length > 9)
                    chunk[9 - offset] = 3;
                offset += chunk.length;
                write(chunk);
                callback();
            }
            catch (e) {
                callback(e);
            }
        },
    });
    await (0,promises_.pipeline)(external_node_stream_.Readable.from(tarStream(entries, mtime)), (0,external_node_zlib_.createGzip)({ level: external_node_zlib_.constants.Z_BEST_COMPRESSION }), sink);
    return offset;
}

;// CONCATENATED MODULE: ./src/engine/package/stage.ts
/**
 * The staged copy a package is made from: the selected files copied into a private temporary
 * folder named like the app id, so that signing writes appinfo/signature.json there (never in
 * the user's folder) and the archive holds exactly the bytes that were signed, whatever
 * happens to the app folder meanwhile. Removed when packaging ends, and on SIGINT/SIGTERM.
 */





const SIGNATURE = 'appinfo/signature.json';
function fileEntry(appId, rel, path, executable) {
    const size = (0,external_node_fs_.lstatSync)(path).size;
    if (size > MAX_OCTAL_11)
        throw new errors/* UsageError */.eb(`${rel} is larger than a tar archive entry can hold (8 GiB)`);
    return { name: `${appId}/${rel}`, kind: 'file', executable, size, path };
}
/**
 * Copy `entries` of the app into a new folder below `tempBase`, as `<appId>/`. With
 * `withoutSignature`, the app's own appinfo/signature.json is left out (it is signed anew).
 */
function stageApp(entries, appId, tempBase, withoutSignature) {
    const root = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempBase, 'code-integrity-package-'));
    (0,cleanup/* removeTreeOnInterrupt */.pt)(root);
    const remove = () => {
        (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
        (0,cleanup/* releaseTree */.mF)(root);
    };
    const app = (0,external_node_path_.join)(root, appId);
    const tar = [{ name: appId, kind: 'folder', executable: false, size: 0 }];
    try {
        (0,external_node_fs_.mkdirSync)(app, { mode: 0o755 });
        for (const e of entries) {
            if (withoutSignature && e.rel === SIGNATURE)
                continue;
            const target = (0,external_node_path_.join)(app, e.rel);
            if (e.kind === 'folder') {
                (0,external_node_fs_.mkdirSync)(target, { mode: 0o755 });
                tar.push({ name: `${appId}/${e.rel}`, kind: 'folder', executable: false, size: 0 });
                continue;
            }
            (0,external_node_fs_.copyFileSync)(e.path, target, external_node_fs_.constants.COPYFILE_EXCL);
            (0,external_node_fs_.chmodSync)(target, e.executable ? 0o755 : 0o644);
            tar.push(fileEntry(appId, e.rel, target, e.executable));
        }
    }
    catch (e) {
        remove();
        if (e instanceof errors/* UsageError */.eb)
            throw e;
        throw new errors/* UsageError */.eb(`cannot copy the app to ${root}: ${e.code ?? e.message}`);
    }
    return { app, entries: tar, addFile: (rel) => void tar.push(fileEntry(appId, rel, (0,external_node_path_.join)(app, rel), false)), remove };
}
/** The entries in the archive's order: the byte order of their paths, a folder's with its trailing "/". */
function sortedEntries(entries) {
    const key = (e) => Buffer.from(e.kind === 'folder' ? `${e.name}/` : e.name, 'utf8');
    return [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
}

// EXTERNAL MODULE: ./src/engine/trust/signer.ts
var signer = __webpack_require__(3881);
// EXTERNAL MODULE: ./src/app/appstore-sign-run.ts
var appstore_sign_run = __webpack_require__(8133);
// EXTERNAL MODULE: ./src/app/preflight-run.ts + 2 modules
var preflight_run = __webpack_require__(3220);
// EXTERNAL MODULE: ./src/app/sign-run.ts + 3 modules
var sign_run = __webpack_require__(8331);
;// CONCATENATED MODULE: ./src/app/package-run.ts
/**
 * The package use case, shared by the command line and the Action: the whole App Store release
 * of a built app folder in one step. It reads as its steps: what the app is (info.xml), who
 * signs, what to pack, a staged copy, signature.json signed inside the copy, the reproducible
 * `<id>-<version>.tar.gz` written to a temporary file, its App Store signature, the store
 * pre-flight of that very file, and only then the archive (and `.sig`) renamed into place.
 * The app folder itself is only read.
 */















/** Step 1: the app folder and its info.xml, which names the package (`<id>-<version>`). */
function readApp(path) {
    if (!(0,fs_kind/* isDirectory */.w)(path))
        throw new errors/* UsageError */.eb(`${path} is not a folder`, 'Pass the folder of the built app (the one with appinfo/).');
    let xml;
    try {
        xml = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(path, 'appinfo', 'info.xml'), 'utf8');
    }
    catch {
        throw new errors/* UsageError */.eb(`${path} has no appinfo/info.xml`, 'Pass the folder of the built app (the one with appinfo/).');
    }
    return (0,info_xml/* checkInfoXml */.An)(xml);
}
/** Step 2: the signer, when a key and a certificate are given (the key must belong to the certificate). */
function loadSigner(request) {
    const { privateKeyPem, certificatePem } = request;
    if (privateKeyPem === undefined && certificatePem === undefined)
        return null;
    if (privateKeyPem === undefined || certificatePem === undefined) {
        throw new errors/* UsageError */.eb(`package needs both ${(0,errors/* optionRef */.$j)('key')} and ${(0,errors/* optionRef */.$j)('cert')}, or neither`, 'Give both to sign appinfo/signature.json and the archive; give neither to pack the app with the signature it has.');
    }
    const key = (0,signer/* loadPrivateKey */.PM)(privateKeyPem, request.passphrase);
    (0,signer/* assertKeyMatchesCertificate */.Q6)(key, (0,signer/* loadSigningCertificate */.h1)(certificatePem));
    return { key, privateKeyPem, certificatePem };
}
/** The modification time of every entry: SOURCE_DATE_EPOCH when set, else 0. */
function packageMtime(text) {
    if (text === undefined || text === '')
        return 0;
    if (!/^\d+$/.test(text) || Number(text) > MAX_OCTAL_11) {
        throw new errors/* UsageError */.eb(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (got "${(0,display/* displayText */.W)(text)}")`);
    }
    return Number(text);
}
/**
 * Step 4: the package must not land inside the app it packs, unless the packing rules exclude
 * that place (a later run would pack the earlier package).
 */
function assertOutsideApp(app, archive, rules) {
    const rel = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(app), (0,external_node_path_.join)((0,external_node_fs_.realpathSync)((0,external_node_path_.join)(archive, '..')), (0,external_node_path_.basename)(archive)));
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return;
    const relPath = rel.split(external_node_path_.sep).join('/');
    if (rules.excludes(relPath, false) && rules.excludes(`${relPath}.sig`, false))
        return;
    throw new errors/* UsageError */.eb(`the package would be written inside the app it packs (${(0,display/* displayText */.W)(relPath)}), and the next package would hold it`, `Write it elsewhere with ${(0,errors/* optionRef */.$j)('out')}, or exclude that folder in the app's .nextcloudignore (e.g. /build/).`);
}
/** A pre-flight report for problems found before anything is built. */
function notBuilt(problems, appId, version) {
    return { passed: problems.length === 0, checks: problems.map((text) => ({ status: 'failed', text })), problems, appId, version };
}
async function sha256(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Package the app (see the module comment). Pre-flight failures are in the result; usage errors are thrown. */
async function runPackaging(request) {
    const info = readApp(request.path);
    const signer = loadSigner(request);
    const mtime = packageMtime(request.sourceDateEpoch);
    const { rules } = appPackRules(request.path);
    const selection = selectForPackage(request.path, rules);
    const packed = selection.map((e) => (e.kind === 'folder' ? `${e.rel}/` : e.rel));
    const files = selection.filter((e) => e.kind === 'file').length;
    const base = { appId: info.id, version: info.version, written: false, packed, files, signed: false };
    if (info.problems.length > 0 || info.id === null || info.version === null) {
        return { ...base, archive: null, preflight: notBuilt(info.problems, info.id, info.version) };
    }
    const archive = (0,external_node_path_.join)(request.outDir, `${info.id}-${info.version}.tar.gz`);
    if (request.dryRun)
        return { ...base, archive, preflight: notBuilt([], info.id, info.version) };
    try {
        (0,external_node_fs_.mkdirSync)(request.outDir, { recursive: true });
    }
    catch (e) {
        throw (0,atomic_file/* cannotWrite */.zz)(archive, e);
    }
    assertOutsideApp(request.path, archive, rules);
    const staging = stageApp(selection, info.id, request.tempBase, signer !== null);
    try {
        return await buildFromStaging(request, { ...base, archive }, staging, signer, mtime);
    }
    finally {
        staging.remove();
    }
}
/** Steps 5 to 9: sign the staged copy, write the archive, sign it for the store, pre-flight it, put it in place. */
async function buildFromStaging(request, run, staging, signer, mtime) {
    if (signer !== null) {
        await (0,sign_run/* runSigning */.P)({
            path: staging.app,
            profile: 'nextcloud-app',
            privateKeyPem: signer.privateKeyPem,
            certificatePem: signer.certificatePem,
            passphrase: request.passphrase,
        });
        staging.addFile('appinfo/signature.json');
    }
    const temp = (0,atomic_file/* openTempFile */.to)(run.archive);
    try {
        await writeArchive(temp, run.archive, staging, mtime);
        const store = signer === null ? undefined : await (0,appstore_sign_run/* signForAppStore */.Z)(temp.path, signer.key, false);
        const preflight = await (0,preflight_run/* runPreflight */.h)({
            archive: temp.path,
            cwd: request.cwd,
            trust: request.trust,
            crl: request.crl,
            certificatePem: signer?.certificatePem,
            storeSignature: store && { text: store.signature, source: 'made by package' },
            displayName: run.archive,
        });
        const result = { ...run, signed: signer !== null, preflight };
        if (!preflight.passed) {
            temp.abort();
            return result;
        }
        const digest = await sha256(temp.path);
        (0,atomic_file/* commitTempFile */.W2)(temp.path, run.archive);
        if (store === undefined)
            return { ...result, written: true, sha256: digest };
        const sigFile = `${run.archive}.sig`;
        (0,atomic_file/* writeFileAtomic */.Zf)(sigFile, `${store.signature}\n`);
        return { ...result, written: true, sha256: digest, appStoreSignature: store.signature, sigFile };
    }
    catch (e) {
        temp.abort();
        throw e;
    }
}
/** Step 6: the reproducible .tar.gz of the staged copy, into the temporary file (complete and fsynced). */
async function writeArchive(temp, archive, staging, mtime) {
    try {
        await writeTarGz(sortedEntries(staging.entries), mtime, (chunk) => temp.write(chunk));
        temp.finish();
    }
    catch (e) {
        if (e instanceof errors/* UsageError */.eb)
            throw e;
        throw (0,atomic_file/* cannotWrite */.zz)(archive, e);
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/preflight-text.ts
var preflight_text = __webpack_require__(2169);
// EXTERNAL MODULE: ./src/cli/commands/args.ts
var commands_args = __webpack_require__(7988);
;// CONCATENATED MODULE: ./src/cli/commands/package.ts
/**
 * `package`: the App Store release of a built app folder in one step: a reproducible
 * `<id>-<version>.tar.gz` (signed inside, App Store signature beside it), checked by the store
 * pre-flight before it is put in place.
 */







const HELP = `Usage: ${version/* TOOL_NAME */.l} package [DIR] [--key FILE|- --cert FILE] [options]

Packs the built app in DIR (default: .) as <id>-<version>.tar.gz (id and version from
appinfo/info.xml) with one top folder named like the app id, for the Nextcloud App Store:
- leaves out what DIR/.nextcloudignore (gitignore syntax) and the defaults exclude
  (.git, node_modules/, /tests/, CI and editor files, .DS_Store, ._*: see docs/packaging.md);
- with --key and --cert: signs appinfo/signature.json inside the package (in a staged copy:
  DIR is never changed), and writes the App Store signature as <archive>.sig (one line);
  without them, packs the app's own appinfo/signature.json;
- reproducible: entries in byte order, owner root, modes 0644/0755, every time
  SOURCE_DATE_EPOCH (or 0), gzip without name or time: the same app gives the same bytes;
- runs the store pre-flight on the archive (see: ${version/* TOOL_NAME */.l} help preflight) and puts it in
  place only when every check passes. Links and special files in DIR are refused.
Exit codes: 0 packed, 1 pre-flight failed (nothing written), 2 error.

Options:
  --key FILE|-          PEM private key of the app's certificate ("-" reads standard input)
  --cert FILE           PEM certificate issued for the app id
  --passphrase-env VAR  name of the environment variable holding the key's passphrase
  --out DIR             where to write the archive (default: the current folder; not inside
                        DIR unless .nextcloudignore excludes that place)
  --trust T             trusted roots for the pre-flight: nextcloud (default), owncloud or a
                        PEM file; repeatable
  --crl C               revocation lists to enforce: nextcloud or a CRL file; repeatable
  --dry-run             list what would be packed; write nothing
  -h, --help
`;
function summary(run) {
    const lines = [
        `Packed ${(0,display/* displayText */.W)(run.appId ?? '')} ${(0,display/* displayText */.W)(run.version ?? '')} (${run.files} files): ${(0,display/* displayText */.W)(run.archive ?? '')}`,
    ];
    lines.push(`  sha256 ${run.sha256 ?? ''}`);
    lines.push(run.signed ? '  appinfo/signature.json signed inside the package' : "  packed with the app's own appinfo/signature.json");
    if (run.appStoreSignature !== undefined) {
        lines.push(`  App Store signature (also in ${(0,display/* displayText */.W)(run.sigFile ?? '')}):`, run.appStoreSignature);
    }
    return `${lines.join('\n')}\n`;
}
async function runPackage(args, io) {
    const { values, positionals } = (0,commands_args/* parseCommand */.RM)(args, {
        help: { type: 'boolean', short: 'h' },
        key: { type: 'string' },
        cert: { type: 'string' },
        'passphrase-env': { type: 'string' },
        out: { type: 'string' },
        trust: { type: 'string', multiple: true },
        crl: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
    }, HELP);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    if (positionals.length > 1)
        throw new errors/* UsageError */.eb('package takes one app folder', `See:\n${HELP}`);
    const run = await runPackaging({
        path: (0,commands_args/* resolveFrom */.dx)(io.cwd, positionals[0] ?? '.'),
        outDir: (0,commands_args/* resolveFrom */.dx)(io.cwd, values.out ?? '.'),
        cwd: io.cwd,
        privateKeyPem: values.key === undefined ? undefined : (0,commands_args/* readInputFile */.jH)(values.key, 'private key', io.cwd, io.readStdin),
        passphrase: (0,commands_args/* passphraseFrom */.Nu)(values['passphrase-env'], io),
        certificatePem: values.cert === undefined ? undefined : (0,commands_args/* readInputFile */.jH)(values.cert, 'certificate', io.cwd, io.readStdin),
        trust: values.trust ?? [],
        crl: values.crl ?? [],
        sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
        tempBase: io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        dryRun: values['dry-run'] === true,
    });
    if (values['dry-run'] && run.preflight.passed) {
        io.stdout(`Dry run: would pack ${run.files} files into ${(0,display/* displayText */.W)(run.archive ?? '')}; nothing written\n`);
        io.stdout(run.packed.map((p) => `  ${(0,display/* displayText */.W)(p)}\n`).join(''));
        return 0;
    }
    if (run.written)
        io.stdout(summary(run));
    io.stdout(`Pre-flight of ${(0,display/* displayText */.W)(run.archive ?? 'the app')}:\n${(0,preflight_text/* preflightText */.v)(run.preflight)}`);
    if (!run.written && !values['dry-run']) {
        const own = run.signed
            ? ''
            : " The app's own signature must cover exactly what is packed, or sign the package itself: pass --key and --cert.";
        io.stderr(`${version/* TOOL_NAME */.l}: nothing was written: fix the problems above, then package again.${own}\n`);
    }
    return run.written ? 0 : 1;
}
const command = { help: HELP, run: runPackage };


/***/ })

};
