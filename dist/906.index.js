export const id = 906;
export const ids = [906];
export const modules = {

/***/ 2906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPackageCommand: () => (/* binding */ runPackageCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
;// CONCATENATED MODULE: ./src/engine/appstore.ts
/**
 * Nextcloud App Store release signatures (nextcloud-spec.md §C): RSA PKCS#1 v1.5 with
 * SHA-512 over the archive's raw bytes, base64 — what
 * `openssl dgst -sha512 -sign <appid>.key app.tar.gz | openssl base64` prints, and what the
 * App Store and the server's installer check with `openssl_verify(..., SHA512)`. Not the
 * same thing as signature.json: this signs the download, signature.json signs the files.
 */



async function feed(path, sink) {
    let bytes = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
            sink.update(chunk);
            bytes += chunk.length;
        }
    }
    catch (e) {
        const why = (0,errors/* describeFsError */.TQ)(e, 'is a folder, not an archive');
        throw new errors/* UsageError */.eb(`${path} ${why}`);
    }
    return bytes;
}
/** The base64 signature (one line, no line breaks) of the archive at `path`, streamed. */
async function signArchiveForAppStore(path, key) {
    const signer = (0,external_node_crypto_.createSign)('sha512');
    await feed(path, signer);
    return signer.sign({ key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }).toString('base64');
}
/**
 * Decode a signature given as base64, tolerating the line breaks and spaces `openssl base64`
 * adds; anything else outside the base64 alphabet is an error, not silently skipped.
 */
function decodeAppStoreSignature(text) {
    const compact = text.replace(/\s+/g, '');
    if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) {
        throw new errors/* UsageError */.eb('the signature is not base64', 'Pass the text printed by `code-integrity appstore-sign` or `openssl dgst -sha512 -sign KEY ARCHIVE | openssl base64`.');
    }
    return Buffer.from(compact, 'base64');
}
/** Whether `signature` is a valid App Store signature of the archive at `path` for `publicKey`. */
async function verifyAppStoreSignature(path, signature, publicKey) {
    const verifier = (0,external_node_crypto_.createVerify)('sha512');
    await feed(path, verifier);
    try {
        return verifier.verify({ key: publicKey, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, signature);
    }
    catch {
        return false; // e.g. a signature longer than the key's modulus
    }
}

// EXTERNAL MODULE: ./src/engine/atomic-file.ts
var atomic_file = __webpack_require__(6624);
// EXTERNAL MODULE: ./src/engine/trust/signer.ts
var signer = __webpack_require__(3881);
;// CONCATENATED MODULE: ./src/app/appstore-sign-run.ts



/** Sign the archive with an already loaded key (package signs with the key it loaded once). */
async function signForAppStore(archive, key, writeSigFile) {
    const signature = await signArchiveForAppStore(archive, key);
    if (!writeSigFile)
        return { signature };
    const sigFile = `${archive}.sig`;
    (0,atomic_file/* writeFileAtomic */.Zf)(sigFile, `${signature}\n`);
    return { signature, sigFile };
}
async function runAppStoreSign(request) {
    const key = (0,signer/* loadPrivateKey */.PM)(request.privateKeyPem, request.passphrase);
    const cert = request.certificatePem === undefined ? undefined : (0,signer/* loadSigningCertificate */.h1)(request.certificatePem);
    if (cert !== undefined)
        (0,signer/* assertKeyMatchesCertificate */.Q6)(key, cert);
    const signed = await signForAppStore(request.archive, key, false);
    if (cert !== undefined &&
        !(await verifyAppStoreSignature(request.archive, Buffer.from(signed.signature, 'base64'), cert.x509.publicKey))) {
        throw new Error('internal error: the App Store signature just made does not verify with the certificate');
    }
    if (!request.writeSigFile)
        return signed;
    const sigFile = `${request.archive}.sig`;
    (0,atomic_file/* writeFileAtomic */.Zf)(sigFile, `${signed.signature}\n`);
    return { ...signed, sigFile };
}

// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
// EXTERNAL MODULE: ./src/engine/fs-kind.ts
var fs_kind = __webpack_require__(5118);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./src/engine/package/info-xml.ts
/**
 * appinfo/info.xml as the Nextcloud App Store takes it: well-formed XML (a strict XML 1.0
 * parser with namespaces, as the store's lxml is) whose root `<info>` holds the elements the
 * store's schema (info.xsd) requires, in the schema's order: id, name, summary, description,
 * version, licence, author, category, bugs, dependencies with `<nextcloud min-version>`.
 * The id, version and versions of the dependency follow the schema's patterns. The lists of
 * licences and categories change with the store, so they are only required to be there.
 */

/** The direct children of `<info>` the store requires, in the schema's order, and how many it takes. */
const REQUIRED = [
    { name: 'id', many: false },
    { name: 'name', many: true },
    { name: 'summary', many: true },
    { name: 'description', many: true },
    { name: 'version', many: false },
    { name: 'licence', many: true },
    { name: 'author', many: true },
    { name: 'category', many: true },
    { name: 'bugs', many: false },
    { name: 'dependencies', many: false },
];
/** The store's patterns (info.xsd), anchored as XML Schema patterns are. */
const APP_ID_PATTERN = /^[a-z]+[a-z0-9_]*[a-z0-9]+$/;
const SEMVER_PATTERN = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const PLATFORM_VERSION_PATTERN = /^[0-9]+(\.[0-9]+){0,2}$/;
const URL_PATTERN = /^https?:\/\/.+/;
/** Parse the text: the root's name and its direct children (with theirs), or the parser's complaint. */
function parse(xml) {
    const parser = new saxes/* SaxesParser */.wT({ xmlns: true, position: true });
    const stack = [];
    let root = null;
    parser.on('opentag', (tag) => {
        const attributes = {};
        for (const [name, attr] of Object.entries(tag.attributes))
            attributes[name] = attr.value;
        const child = { name: tag.local, text: '', attributes, children: [] };
        if (stack.length <= 2)
            stack.at(-1)?.children.push(child);
        root ??= child;
        stack.push(child);
    });
    const addText = (text) => {
        const top = stack.at(-1);
        if (top)
            top.text += text;
    };
    parser.on('text', addText);
    parser.on('cdata', addText);
    parser.on('closetag', () => void stack.pop());
    try {
        parser.write(xml.replace(/^\uFEFF/, '')).close();
    }
    catch (e) {
        return { error: e.message };
    }
    if (root === null)
        return { error: 'it has no root element' };
    return { root: root.name, children: root.children };
}
/** Each required element: present, not repeated where the schema takes one, not empty. */
function requiredElements(children, problems) {
    for (const { name, many } of REQUIRED) {
        const found = children.filter((c) => c.name === name);
        if (found.length === 0)
            problems.push(`<${name}> is missing (the App Store requires it)`);
        else if (!many && found.length > 1)
            problems.push(`<${name}> appears ${found.length} times (the App Store takes one)`);
        else if (name !== 'dependencies' && found.some((c) => c.text.trim() === ''))
            problems.push(`<${name}> is empty`);
    }
    const positions = REQUIRED.map(({ name }) => children.findIndex((c) => c.name === name)).filter((i) => i >= 0);
    const order = children.filter((_, i) => positions.includes(i)).map((c) => c.name);
    const expected = REQUIRED.map((r) => r.name).filter((n) => order.includes(n));
    if (order.join() !== expected.join()) {
        problems.push(`the required elements are out of order (${order.join(', ')}): the App Store's schema wants ${expected.join(', ')}`);
    }
}
/** The values with a pattern in the schema. */
function values(children, problems) {
    const text = (name) => children.find((c) => c.name === name)?.text.trim() ?? null;
    const id = text('id');
    const version = text('version');
    if (id && (!APP_ID_PATTERN.test(id) || id.length > 256)) {
        problems.push(`<id> "${id}" is not an app id the App Store accepts (lower-case letters, digits and "_", starting with a letter)`);
    }
    if (version && !SEMVER_PATTERN.test(version)) {
        problems.push(`<version> "${version}" is not a semantic version such as 1.2.3 or 1.2.3-beta.1 (the App Store requires one)`);
    }
    const bugs = text('bugs');
    if (bugs && !URL_PATTERN.test(bugs))
        problems.push(`<bugs> "${bugs}" is not an http(s) URL`);
    for (const c of children.filter((child) => child.name === 'name' || child.name === 'summary')) {
        if (c.text.trim().length > 128)
            problems.push(`<${c.name}> is longer than the 128 characters the App Store takes`);
    }
    return { id, version };
}
/** dependencies/nextcloud with a min-version (and a well-formed max-version when given). */
function platform(children, problems) {
    const dependencies = children.find((c) => c.name === 'dependencies');
    if (!dependencies)
        return;
    const nextcloud = dependencies.children.find((c) => c.name === 'nextcloud');
    if (!nextcloud) {
        problems.push('<dependencies> has no <nextcloud min-version="…"/> (the App Store requires it)');
        return;
    }
    for (const attr of ['min-version', 'max-version']) {
        const value = nextcloud.attributes[attr];
        if (value === undefined) {
            if (attr === 'min-version')
                problems.push('<nextcloud> in <dependencies> has no min-version (the App Store requires it)');
        }
        else if (!PLATFORM_VERSION_PATTERN.test(value)) {
            problems.push(`<nextcloud ${attr}="${value}"> is not a version such as 30 or 30.0.1`);
        }
    }
}
/** Check info.xml text for the App Store; every problem is listed, not only the first. */
function checkInfoXml(xml) {
    const parsed = parse(xml);
    if ('error' in parsed)
        return { problems: [`appinfo/info.xml is not well-formed XML: ${parsed.error}`], id: null, version: null };
    if (parsed.root !== 'info')
        return { problems: [`appinfo/info.xml's root element is <${parsed.root}>, not <info>`], id: null, version: null };
    const problems = [];
    requiredElements(parsed.children, problems);
    const { id, version } = values(parsed.children, problems);
    platform(parsed.children, problems);
    return { problems: problems.map((p) => `appinfo/info.xml: ${p}`), id: id || null, version: version || null };
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/engine/package/rules.ts
/**
 * What goes into an app package: everything in the built app folder except what
 * `.nextcloudignore` (gitignore syntax, the convention of Nextcloud's packaging tools) and the
 * defaults below exclude. The defaults come first, so a `!` line in `.nextcloudignore` can
 * bring one back (`!/tests/`); version-control folders are never packed, whatever it says.
 *
 * The matching is the `ignore` package's, which implements git's rules (anchoring by a slash,
 * trailing-slash folders, `*`, `**`, `?`, classes, `!`, escapes, trailing spaces, no
 * re-including below an excluded folder) and is tested against `git check-ignore`; we use it
 * case-sensitively, as git does on Linux. Only the app's top `.nextcloudignore` is read.
 */

/** Never packed: version-control data (a `!` line cannot bring it back). */
const VCS_NAMES = ['.git', '.hg', '.svn'];
/** The default exclusions, in gitignore syntax, with why each is there (docs/packaging.md lists them). */
const DEFAULT_EXCLUDES = [
    { pattern: 'node_modules/', why: 'JavaScript dependencies (the build output ships, not its tools)' },
    { pattern: '/tests/', why: 'tests (bring them back with !/tests/)' },
    { pattern: '/test/', why: 'tests' },
    { pattern: '/.github/', why: 'CI configuration' },
    { pattern: '/.gitlab/', why: 'CI configuration' },
    { pattern: '/.gitlab-ci.yml', why: 'CI configuration' },
    { pattern: '/.circleci/', why: 'CI configuration' },
    { pattern: '/.travis.yml', why: 'CI configuration' },
    { pattern: '/.drone.yml', why: 'CI configuration' },
    { pattern: '/.tx/', why: 'translation tooling configuration' },
    { pattern: '/.nextcloudignore', why: 'this file' },
    { pattern: '/.l10nignore', why: 'translation tooling configuration' },
    { pattern: '.gitignore', why: 'version-control configuration' },
    { pattern: '.gitattributes', why: 'version-control configuration' },
    { pattern: '.gitmodules', why: 'version-control configuration' },
    { pattern: '.idea/', why: 'editor files' },
    { pattern: '.vscode/', why: 'editor files' },
    { pattern: '*.swp', why: 'editor files' },
    { pattern: '*.swo', why: 'editor files' },
    { pattern: '*~', why: 'editor backups' },
    { pattern: '.DS_Store', why: 'macOS folder metadata' },
    { pattern: '._*', why: 'macOS AppleDouble files' },
    { pattern: 'Thumbs.db', why: 'Windows thumbnails' },
];
/** The rules for an app: the defaults, then the lines of its `.nextcloudignore` (null when it has none). */
function packRules(nextcloudignore) {
    const matcher = ignore_default()({ ignorecase: false }).add(DEFAULT_EXCLUDES.map((d) => d.pattern));
    if (nextcloudignore !== null)
        matcher.add(nextcloudignore);
    return {
        excludes(rel, isFolder) {
            const name = rel.slice(rel.lastIndexOf('/') + 1);
            if (VCS_NAMES.includes(name))
                return true;
            return matcher.ignores(isFolder ? `${rel}/` : rel);
        },
    };
}
/**
 * Why PHP's Archive_Tar, which Nextcloud's installer extracts app archives with, would refuse
 * the whole archive because of this path, or null. It rejects any path holding `../`, `..\`
 * or `://` as "Malicious .tar detected" (a folder named `v1..` is enough).
 */
function archiveTarRefuses(path) {
    for (const bad of ['../', '..\\', '://']) {
        if (path.includes(bad))
            return `it contains "${bad}", which makes PHP's Archive_Tar (Nextcloud's installer) refuse the whole archive`;
    }
    return null;
}

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
        const problem = kindProblem(stats) ?? archiveTarRefuses(`${child}${stats.isDirectory() ? '/' : ''}`);
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
    return { rules: packRules(ignoreFile), hasIgnoreFile: ignoreFile !== null };
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

// EXTERNAL MODULE: ./src/engine/archive/decompress.ts + 7 modules
var decompress = __webpack_require__(2743);
// EXTERNAL MODULE: ./src/engine/archive/tar.ts + 2 modules
var tar = __webpack_require__(5053);
;// CONCATENATED MODULE: ./src/engine/package/archive-peek.ts
/**
 * What the store pre-flight needs to know of an app archive before anything is extracted: that
 * it is a gzip-compressed tar (the only kind the App Store takes), its top-level names, the
 * names PHP's Archive_Tar would refuse, and the text of `<top>/appinfo/info.xml` and
 * `<top>/appinfo/signature.json`. One streamed pass, nothing written; the archive's
 * integrity itself is checked by the verify use case.
 */





/** Text files larger than this are not read (a real signature.json of 100,000 files is ~20 MB). */
const MAX_TEXT = 64 << 20;
const MAX_ENTRIES = 1_000_000;
const MAX_BYTES = 8 * 2 ** 30;
const TOO_LARGE = 'it is larger than the pre-flight reads (1,000,000 entries, 8 GiB)';
function isGzip(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const head = Buffer.alloc(2);
        return (0,external_node_fs_.readSync)(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    catch (e) {
        throw new errors/* UsageError */.eb(`${path} ${(0,errors/* describeFsError */.TQ)(e, 'is a folder, not an archive')}`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** The name as Archive_Tar and Nextcloud's installer see it: no leading "./". */
function cleanName(name) {
    return name.replace(/^(\.\/)+/, '');
}
/** Collects what the pre-flight needs as the parser hands over the entries. */
class PeekSink {
    peek;
    entries = 0;
    bytes = 0;
    /** The text being collected for the current entry, if it is one the pre-flight reads. */
    text = null;
    constructor(peek) {
        this.peek = peek;
    }
    begin(entry) {
        const name = cleanName(entry.name.toString('utf8'));
        if (name === '')
            return;
        if (++this.entries > MAX_ENTRIES || this.bytes > MAX_BYTES)
            throw new Error(TOO_LARGE);
        const top = name.includes('/') ? name.slice(0, name.indexOf('/')) : entry.type === 'directory' ? name : '';
        if (!this.peek.topNames.includes(top))
            this.peek.topNames.push(top);
        const refused = archiveTarRefuses(name);
        if (refused !== null)
            this.peek.refusedNames.push(`${name}: ${refused}`);
        const rel = name.slice(top.length + 1);
        const field = rel === 'appinfo/info.xml' ? 'infoXml' : rel === 'appinfo/signature.json' ? 'signatureJson' : null;
        if (top !== '' && entry.type === 'file' && field !== null)
            this.text = { field, chunks: [], size: 0 };
    }
    data(chunk) {
        this.bytes += chunk.length;
        if (this.text === null)
            return;
        this.text.size += chunk.length;
        if (this.text.size <= MAX_TEXT)
            this.text.chunks.push(Buffer.from(chunk));
    }
    end() {
        if (this.text === null)
            return;
        const { field, chunks, size } = this.text;
        this.peek[field] = size <= MAX_TEXT ? Buffer.concat(chunks).toString('utf8') : null;
        this.text = null;
    }
}
/** Read the archive at `path` for the pre-flight (see ArchivePeek). Errors only when it cannot be opened. */
async function peekAppArchive(path) {
    const peek = { gzip: isGzip(path), topNames: [], problems: [], refusedNames: [], infoXml: null, signatureJson: null };
    if (!peek.gzip)
        return peek;
    // The project's own strict tar parser: names as GNU tar writes them, and headers that
    // extractors read differently refused, as verify does.
    const parser = new tar/* TarParser */.Jf(new PeekSink(peek));
    try {
        const chunks = (0,decompress/* readDecompressed */.vg)(path, 'tar.gz', { maxOutput: MAX_BYTES, limitError: () => new Error(TOO_LARGE) });
        for await (const chunk of chunks)
            parser.push(chunk);
        parser.finish();
    }
    catch (e) {
        peek.problems.push(`the archive cannot be read to the end: ${e.message}`);
    }
    return peek;
}

;// CONCATENATED MODULE: ./src/engine/package/preflight.ts
/**
 * The App Store pre-flight of an app archive, as the store and Nextcloud's installer will
 * check it (nextcloud-spec.md §C): one top folder named like the `<id>` of info.xml, which is
 * also the certificate's CN; info.xml well-formed with the store's required elements and a
 * version; appinfo/signature.json verifies; the App Store signature verifies against the
 * certificate. Every check gives one line; a failed one says what is wrong, and all of them
 * are listed. The evidence (archive peek, verification, signature check) is gathered by the
 * use case (src/app/preflight-run.ts); this only decides and words.
 */


const passed = (text) => ({ status: 'passed', text });
const failed = (text) => ({ status: 'failed', text });
const skipped = (text) => ({ status: 'skipped', text });
/** The archive's shape: gzip, readable, one top folder, no name Archive_Tar refuses. */
function shapeChecks(peek) {
    if (!peek.gzip)
        return [failed('the archive is not gzip-compressed: the App Store takes a .tar.gz')];
    const checks = peek.problems.map(failed);
    const tops = peek.topNames;
    if (tops.length === 1 && tops[0] !== '')
        checks.push(passed(`one top folder, "${(0,display/* displayText */.W)(tops[0])}"`));
    else if (tops.length === 0)
        checks.push(failed('the archive is empty'));
    else {
        const shown = tops.map((t) => (t === '' ? '(files at the top)' : `"${(0,display/* displayText */.W)(t)}"`)).join(', ');
        checks.push(failed(`the archive must hold exactly one top folder (the app id), not ${shown}: the installer refuses it`));
    }
    for (const name of peek.refusedNames.slice(0, 5))
        checks.push(failed((0,display/* displayText */.W)(name)));
    return checks;
}
/** info.xml: present, well-formed, required elements; the id names the top folder. */
function infoChecks(peek, info) {
    const top = peek.topNames.length === 1 ? peek.topNames[0] : null;
    if (info === null)
        return [failed(`${top ? `${(0,display/* displayText */.W)(top)}/` : ''}appinfo/info.xml is missing`)];
    const checks = info.problems.map((p) => failed((0,display/* displayText */.W)(p)));
    if (info.problems.length === 0)
        checks.push(passed('appinfo/info.xml is well-formed and has every element the App Store requires'));
    if (info.version !== null && !info.problems.some((p) => p.includes('<version>')))
        checks.push(passed(`version ${(0,display/* displayText */.W)(info.version)}`));
    if (info.id !== null && top !== null && top !== '') {
        checks.push(top === info.id
            ? passed(`the top folder is the app id "${(0,display/* displayText */.W)(info.id)}"`)
            : failed(`the top folder "${(0,display/* displayText */.W)(top)}" is not the app id "${(0,display/* displayText */.W)(info.id)}" of appinfo/info.xml`));
    }
    return checks;
}
/** The certificate's CN is the app id (the store and the installer refuse anything else). */
function certificateChecks(evidence, appId) {
    const c = evidence.certificate;
    if (c === null)
        return [failed('no certificate to check: the archive has no appinfo/signature.json and none was given')];
    if ('problem' in c)
        return [failed((0,display/* displayText */.W)(c.problem))];
    const cns = c.cert.commonNames;
    const cn = cns.length === 1 ? cns[0] : null;
    if (appId === null)
        return [skipped(`the certificate (${c.source}) is for ${cn === null ? 'no single CN' : `"${(0,display/* displayText */.W)(cn)}"`}`)];
    if (cn === appId)
        return [passed(`the certificate's CN is the app id "${(0,display/* displayText */.W)(appId)}" (${c.source})`)];
    return [
        failed(cn === null
            ? `the certificate (${c.source}) has no single CN: App with id ${(0,display/* displayText */.W)(appId)} has a cert with no CN`
            : `the certificate (${c.source}) is issued to "${(0,display/* displayText */.W)(cn)}", not the app id: App with id ${(0,display/* displayText */.W)(appId)} has a cert issued to ${(0,display/* displayText */.W)(cn)}`),
    ];
}
function signatureChecks(evidence) {
    const checks = [evidence.verification.passed ? passed(evidence.verification.text) : failed(evidence.verification.text)];
    const store = evidence.storeSignature;
    if (store === null)
        checks.push(skipped('App Store signature: none to check (no .sig beside the archive and none given)'));
    else if (store.valid)
        checks.push(passed(`the App Store signature (${(0,display/* displayText */.W)(store.source)}) verifies against the certificate`));
    else {
        checks.push(failed(`the App Store signature (${(0,display/* displayText */.W)(store.source)}) does not verify against the certificate: the archive changed after signing, or it was signed with another key`));
    }
    return checks;
}
/** Decide every check from the evidence. */
function preflightReport(evidence) {
    const { peek } = evidence;
    const info = peek.infoXml === null ? null : checkInfoXml(peek.infoXml);
    const appId = info?.id ?? null;
    const found = [...shapeChecks(peek)];
    if (peek.gzip)
        found.push(...infoChecks(peek, info), ...certificateChecks(evidence, appId), ...signatureChecks(evidence));
    // Texts quote names from the archive: every one is shown safely (displayText leaves shown text as it is).
    const checks = found.map((c) => ({ ...c, text: (0,display/* displayText */.W)(c.text) }));
    const problems = checks.filter((c) => c.status === 'failed').map((c) => c.text);
    return { passed: problems.length === 0, checks, problems, appId, version: info?.version ?? null };
}

// EXTERNAL MODULE: ./src/engine/trust/certificate.ts + 1 modules
var certificate = __webpack_require__(3770);
// EXTERNAL MODULE: ./src/app/verify-run.ts
var verify_run = __webpack_require__(2274);
;// CONCATENATED MODULE: ./src/app/preflight-run.ts
/**
 * The store pre-flight use case, shared by the command line, the Action and `package`: read the
 * archive's shape and info.xml, find the certificate (given, or the one in
 * appinfo/signature.json), verify the archive with the verify use case, check the App Store
 * signature, then let the engine decide every check (engine/package/preflight.ts).
 */










/** The certificate: the one given (a usage error when unreadable), else the one signature.json carries. */
function certificateOf(request, peek) {
    if (request.certificatePem !== undefined)
        return { cert: (0,signer/* loadSigningCertificate */.h1)(request.certificatePem), source: 'the certificate given' };
    if (peek.signatureJson === null)
        return null;
    let pem;
    try {
        pem = JSON.parse(peek.signatureJson).certificate;
    }
    catch {
        return { problem: 'appinfo/signature.json is not valid JSON, so it names no certificate' };
    }
    if (typeof pem !== 'string')
        return { problem: 'appinfo/signature.json has no certificate' };
    try {
        return { cert: (0,certificate/* parseCertificate */.hB)(pem), source: 'from appinfo/signature.json' };
    }
    catch (e) {
        if (e instanceof certificate/* CertificateParseError */.zU)
            return { problem: `the certificate in appinfo/signature.json cannot be read: ${e.message}` };
        throw e;
    }
}
/** One line for what the verify use case found in the archive. */
function verificationText(result) {
    const scope = result.scopes[0];
    if (scope === undefined)
        return { passed: false, text: 'the archive holds no app to verify' };
    if (scope.EXCEPTION)
        return { passed: false, text: `appinfo/signature.json does not verify: ${scope.EXCEPTION.message}` };
    const parts = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE']
        .filter((c) => Object.keys(scope[c]).length > 0)
        .map((c) => `${c} ${Object.keys(scope[c]).slice(0, 3).map(display/* displayText */.W).join(', ')}${Object.keys(scope[c]).length > 3 ? ', …' : ''}`);
    if (!result.ok)
        return { passed: false, text: `appinfo/signature.json does not match the archive: ${parts.join('; ')}` };
    const signer = scope.certificate ? `, signed by ${(0,display/* displayText */.W)(scope.certificate.subject)}` : '';
    return { passed: true, text: `appinfo/signature.json verifies (${scope.stats.files} files${signer})` };
}
async function verification(request) {
    try {
        const result = await (0,verify_run/* runVerification */.t)({
            paths: [request.archive],
            cwd: request.cwd,
            profile: 'nextcloud-app',
            trust: request.trust,
            crl: request.crl,
            allApps: false,
            requireSigned: false,
            allow: [],
        });
        return verificationText(result);
    }
    catch (e) {
        // A corrupt or truncated archive (ArchiveError and its kin) is a finding here, not a usage error.
        if (e instanceof errors/* UsageError */.eb && e.name.startsWith('Archive'))
            return { passed: false, text: `the archive cannot be verified: ${e.message}` };
        throw e;
    }
}
/** The App Store signature given, or found beside the archive as `<archive>.sig`. */
function storeSignatureText(request) {
    if (request.storeSignature !== undefined)
        return request.storeSignature;
    const sig = `${request.archive}.sig`;
    if (!(0,external_node_fs_.existsSync)(sig))
        return null;
    return { text: (0,external_node_fs_.readFileSync)(sig, 'latin1'), source: `${(0,external_node_path_.basename)(request.displayName ?? request.archive)}.sig` };
}
async function storeSignatureCheck(request, cert) {
    const given = storeSignatureText(request);
    if (given === null || cert === null || 'problem' in cert)
        return null;
    let signature;
    try {
        signature = decodeAppStoreSignature(given.text);
    }
    catch {
        return { valid: false, source: `${given.source}, which is not base64` };
    }
    return { valid: await verifyAppStoreSignature(request.archive, signature, cert.cert.x509.publicKey), source: given.source };
}
/** Run every pre-flight check on the archive; failures are in the report, usage errors are thrown. */
async function runPreflight(request) {
    const peek = await peekAppArchive(request.archive);
    const certificate = peek.gzip || request.certificatePem !== undefined ? certificateOf(request, peek) : null;
    const evidence = {
        peek,
        certificate,
        verification: peek.gzip ? await verification(request) : { passed: false, text: 'not verified (not a .tar.gz)' },
        storeSignature: await storeSignatureCheck(request, certificate),
    };
    return preflightReport(evidence);
}

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
    return checkInfoXml(xml);
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
        const store = signer === null ? undefined : await signForAppStore(temp.path, signer.key, false);
        const preflight = await runPreflight({
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

// EXTERNAL MODULE: ./src/action/outputs.ts
var action_outputs = __webpack_require__(8948);
// EXTERNAL MODULE: ./src/action/workspace.ts
var workspace = __webpack_require__(4743);
;// CONCATENATED MODULE: ./src/action/package-commands.ts
/**
 * The Action's App Store commands: inputs → the package, appstore-sign or preflight use case
 * (src/app/) → log lines, one error annotation per failed pre-flight check, a job summary and
 * the outputs (package-path, appstore-signature, version, app-id, result). Loaded only when one
 * of them runs.
 */









function onePath(inputs, what) {
    if (inputs.paths.length !== 1)
        throw new errors/* UsageError */.eb(`${inputs.command} takes one path`, `Pass ${what} in path.`);
    return (0,external_node_path_.resolve)((0,workspace/* workspace */.G)(), inputs.paths[0]);
}
const given = (text) => (text.trim() === '' ? undefined : text);
/** Every check in the log, each failure also as an error annotation; the summary's lines. */
function reportPreflight(core, report) {
    const mark = { passed: '✅', failed: '❌', skipped: '➖' };
    for (const check of report.checks) {
        if (check.status === 'failed')
            core.error(check.text, { title: 'App Store pre-flight' });
        else
            core.info(`${check.status === 'passed' ? 'ok' : 'skipped'}: ${check.text}`);
    }
    return report.checks.map((c) => `- ${mark[c.status]} ${c.text.replace(/[|<>]/g, (ch) => `&#${ch.charCodeAt(0)};`)}`);
}
async function writeSummary(core, inputs, title, lines) {
    if (!inputs.summary)
        return;
    try {
        await core.summary.addRaw(`### ${title}\n\n${lines.join('\n')}\n`).write();
    }
    catch (e) {
        core.warning(`Could not write the job summary: ${e.message}`);
    }
}
/** package: the built app folder → signed, pre-flighted `<id>-<version>.tar.gz` (and `.sig`). */
async function runPackage(core, inputs) {
    const run = await runPackaging({
        path: onePath(inputs, 'the built app folder'),
        outDir: (0,external_node_path_.resolve)((0,workspace/* workspace */.G)(), inputs.outputDir ?? '.'),
        cwd: (0,workspace/* workspace */.G)(),
        privateKeyPem: given(inputs.privateKey),
        passphrase: inputs.passphrase,
        certificatePem: given(inputs.certificate) === undefined ? undefined : (0,workspace/* certificateText */.V)(inputs.certificate),
        trust: inputs.trust,
        crl: inputs.crl,
        sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
        tempBase: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
    });
    const lines = reportPreflight(core, run.preflight);
    const outputs = { result: run.written ? 'passed' : 'failed' };
    if (run.appId !== null)
        outputs['appinfo-id'] = run.appId;
    if (run.version !== null)
        outputs.version = run.version;
    if (run.written && run.archive !== null) {
        outputs['package-path'] = run.archive;
        core.info(`Packed ${(0,display/* displayText */.W)(run.appId ?? '')} ${(0,display/* displayText */.W)(run.version ?? '')} (${run.files} files): ${(0,display/* displayText */.W)(run.archive)}`);
        core.info(`sha256 ${run.sha256 ?? ''}${run.signed ? '; appinfo/signature.json signed inside' : ''}`);
    }
    if (run.appStoreSignature !== undefined) {
        outputs['appstore-signature'] = run.appStoreSignature;
        core.info(`App Store signature (also in ${(0,display/* displayText */.W)(run.sigFile ?? '')}): ${run.appStoreSignature}`);
    }
    await writeSummary(core, inputs, `App Store package: ${run.written ? 'ready' : 'not written'}`, lines);
    (0,action_outputs/* setOutputs */.n)(core, outputs);
    if (!run.written) {
        core.setFailed(`App Store pre-flight failed: ${run.preflight.problems.length} problem(s), see the annotations; nothing was written.`);
    }
}
/** appstore-sign: the archive's App Store signature as an output and as `<archive>.sig`. */
async function runAppStoreSignCommand(core, inputs) {
    if (given(inputs.privateKey) === undefined) {
        throw new errors/* UsageError */.eb('input private-key is empty', 'Pass the app key from a secret (private-key: ${{ secrets.APP_PRIVATE_KEY }}).');
    }
    const signed = await runAppStoreSign({
        archive: onePath(inputs, 'the archive to sign'),
        privateKeyPem: inputs.privateKey,
        passphrase: inputs.passphrase,
        certificatePem: given(inputs.certificate) === undefined ? undefined : (0,workspace/* certificateText */.V)(inputs.certificate),
        writeSigFile: true,
    });
    core.info(`App Store signature (also in ${(0,display/* displayText */.W)(signed.sigFile ?? '')}): ${signed.signature}`);
    (0,action_outputs/* setOutputs */.n)(core, { result: 'passed', 'appstore-signature': signed.signature });
}
/** preflight: an app archive checked as the App Store and the installer will. */
async function runPreflightCommand(core, inputs) {
    const report = await runPreflight({
        archive: onePath(inputs, 'the app archive'),
        cwd: (0,workspace/* workspace */.G)(),
        trust: inputs.trust,
        crl: inputs.crl,
        certificatePem: given(inputs.certificate) === undefined ? undefined : (0,workspace/* certificateText */.V)(inputs.certificate),
    });
    const lines = reportPreflight(core, report);
    await writeSummary(core, inputs, `App Store pre-flight: ${report.passed ? 'passed' : 'failed'}`, lines);
    const outputs = { result: report.passed ? 'passed' : 'failed' };
    if (report.appId !== null)
        outputs['appinfo-id'] = report.appId;
    if (report.version !== null)
        outputs.version = report.version;
    (0,action_outputs/* setOutputs */.n)(core, outputs);
    if (!report.passed)
        core.setFailed(`App Store pre-flight failed: ${report.problems.length} problem(s), see the annotations.`);
}
/** Run package, appstore-sign or preflight. */
async function runPackageCommand(core, inputs) {
    if (inputs.command === 'package')
        await runPackage(core, inputs);
    else if (inputs.command === 'appstore-sign')
        await runAppStoreSignCommand(core, inputs);
    else
        await runPreflightCommand(core, inputs);
}


/***/ })

};
