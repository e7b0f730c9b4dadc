#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(489);
/** Entry point of the `code-integrity` command (bundled to dist/cli.js). */


const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    readStdin: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8'),
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: exitCodeFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/engine/errors.ts
/**
 * Errors that are the user's to fix (bad path, unreadable key, wrong passphrase, bad PEM).
 * Front ends print `message` and `hint` on one or two lines and exit with code 2; they
 * never print a stack trace for these.
 */
class UsageError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = 'UsageError';
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/engine/profiles.ts
/**
 * Profiles: which files a signature covers, where the signature lives, and which upstream
 * messages and comparison rules apply. Kept as data, like upstream keeps its exclusion
 * lists at the top of small classes.
 */



const PROFILE_NAMES = ['nextcloud-app', 'nextcloud-core', 'owncloud-app', 'owncloud-core', 'generic'];
const HTACCESS_MARKER = '#### DO NOT CHANGE ANYTHING ABOVE THIS LINE ####';
const INVALID_SIGNATURE_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\InvalidSignatureException';
const MISSING_SIGNATURE_EXCEPTION = 'OC\\IntegrityCheck\\Exceptions\\MissingSignatureException';
const scopeInvalid = (requested, current) => `Certificate is not valid for required scope. (Requested: ${requested}, current: CN=${current})`;
const NEXTCLOUD_MESSAGES = {
    signatureMissing: 'Signature data not found.',
    signatureMissingClass: INVALID_SIGNATURE_EXCEPTION,
    certificateInvalid: 'Certificate is not valid.',
    scopeInvalid,
    signatureInvalid: 'Signature could not get verified.',
    exceptionClass: INVALID_SIGNATURE_EXCEPTION,
};
const OWNCLOUD_MESSAGES = {
    signatureMissing: 'Signature data not found.',
    signatureMissingClass: MISSING_SIGNATURE_EXCEPTION,
    certificateInvalid: 'App Certificate is not valid.',
    scopeInvalid,
    signatureInvalid: 'Signature could not get verified.',
    exceptionClass: INVALID_SIGNATURE_EXCEPTION,
};
const SKIPPED = ['appinfo/signature.json', 'core/signature.json'];
/** Nextcloud's ExcludeFileByNameFilterIterator (current master). */
const NEXTCLOUD_EXCLUDED_NAMES = ['.DS_Store', '.directory', '.rnd', '.webapp', 'Thumbs.db', 'nextcloud-init-sync.lock'];
const NEXTCLOUD_EXCLUDED_PATTERNS = [/^\.webapp-nextcloud-(\d+\.){2}(\d+)(-r\d+)?$/];
/** Nextcloud's ExcludeFoldersByPathFilterIterator, relative to the server root. */
const NEXTCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found', 'updater', '_oc_upgrade'];
/** ownCloud 10.x lists. */
const OWNCLOUD_EXCLUDED_NAMES = ['.DS_Store', 'Thumbs.db', '.directory', '.webapp'];
const OWNCLOUD_EXCLUDED_PATTERNS = [/^\.webapp-owncloud-.*/];
const OWNCLOUD_EXCLUDED_PATHS = [/\/core\/js\/mimetypelist\.js$/];
const OWNCLOUD_ROOT_EXCLUDES = ['data', 'themes', 'config', 'apps', 'assets', 'lost+found'];
function nextcloud(kind) {
    return {
        name: kind === 'app' ? 'nextcloud-app' : 'nextcloud-core',
        vendor: 'nextcloud',
        kind,
        signaturePath: kind === 'app' ? 'appinfo/signature.json' : 'core/signature.json',
        skippedRelativeNames: SKIPPED,
        excludedFileNames: NEXTCLOUD_EXCLUDED_NAMES,
        excludedFileNamePatterns: NEXTCLOUD_EXCLUDED_PATTERNS,
        excludedPathPatterns: [],
        // For an app, upstream computes these from the server root, so nothing inside the app matches.
        excludedRootEntries: kind === 'core' ? NEXTCLOUD_ROOT_EXCLUDES : [],
        htaccessMarker: kind === 'core',
        dropUpdaterOnVerify: kind === 'core',
        comparison: 'values',
        messages: NEXTCLOUD_MESSAGES,
    };
}
function owncloud(kind) {
    return {
        name: kind === 'app' ? 'owncloud-app' : 'owncloud-core',
        vendor: 'owncloud',
        kind,
        signaturePath: kind === 'app' ? 'appinfo/signature.json' : 'core/signature.json',
        skippedRelativeNames: SKIPPED,
        excludedFileNames: OWNCLOUD_EXCLUDED_NAMES,
        excludedFileNamePatterns: OWNCLOUD_EXCLUDED_PATTERNS,
        excludedPathPatterns: OWNCLOUD_EXCLUDED_PATHS,
        excludedRootEntries: kind === 'core' ? OWNCLOUD_ROOT_EXCLUDES : [],
        htaccessMarker: kind === 'core',
        dropUpdaterOnVerify: false,
        comparison: 'assoc',
        messages: OWNCLOUD_MESSAGES,
    };
}
function getProfile(name, signaturePath) {
    switch (name) {
        case 'nextcloud-app':
            return nextcloud('app');
        case 'nextcloud-core':
            return nextcloud('core');
        case 'owncloud-app':
            return owncloud('app');
        case 'owncloud-core':
            return owncloud('core');
        case 'generic': {
            if (!signaturePath) {
                throw new UsageError('the generic profile needs --signature-path', 'Name the signature file relative to the directory, e.g. --signature-path meta/signature.json.');
            }
            const base = nextcloud('app');
            return { ...base, name: 'generic', signaturePath, skippedRelativeNames: [...SKIPPED, signaturePath] };
        }
    }
}
function isProfileName(value) {
    return PROFILE_NAMES.includes(value);
}
/** Whether a file (not a folder) is left out by name, as upstream's name filter does. */
function isExcludedFileName(profile, name) {
    if (profile.excludedFileNames.includes(name))
        return true;
    return profile.excludedFileNamePatterns.some((re) => re.test(name));
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** Read `<id>` from appinfo/info.xml without an XML dependency (the element is plain text). */
function readAppId(root) {
    const file = (0,external_node_path_namespaceObject.join)(root, 'appinfo', 'info.xml');
    let xml;
    try {
        xml = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return null;
    }
    const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, '');
    const info = withoutComments.indexOf('<info');
    const m = /<id>\s*([^<]*?)\s*<\/id>/.exec(info >= 0 ? withoutComments.slice(info) : withoutComments);
    return m?.[1] ? m[1] : null;
}
function appVendor(root) {
    try {
        const xml = (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(root, 'appinfo', 'info.xml'), 'utf8');
        if (/<owncloud[\s>/]/.test(xml) && !/<nextcloud[\s>/]/.test(xml))
            return 'owncloud';
    }
    catch {
        // no info.xml: default
    }
    return 'nextcloud';
}
function serverVendor(root) {
    try {
        const php = (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(root, 'version.php'), 'utf8');
        if (/\$vendor\s*=\s*'owncloud'/.test(php))
            return 'owncloud';
    }
    catch {
        // no version.php: default
    }
    return 'nextcloud';
}
/** Which kind of tree `root` is, from its shape: an app has appinfo/, a server has core/ and version.php. */
function detectProfile(root) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.join)(root, 'appinfo', 'info.xml')) || (0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.join)(root, 'appinfo', 'signature.json'))) {
        return appVendor(root) === 'owncloud' ? 'owncloud-app' : 'nextcloud-app';
    }
    if (isDir((0,external_node_path_namespaceObject.join)(root, 'core')) && ((0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.join)(root, 'version.php')) || (0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.join)(root, 'core', 'signature.json')))) {
        return serverVendor(root) === 'owncloud' ? 'owncloud-core' : 'nextcloud-core';
    }
    if (isDir((0,external_node_path_namespaceObject.join)(root, 'appinfo')))
        return appVendor(root) === 'owncloud' ? 'owncloud-app' : 'nextcloud-app';
    return null;
}
/** Resolve what to check or sign at `root`: profile, scope and signature location. */
function resolveTarget(root, options = {}) {
    if (!isDir(root)) {
        const why = (0,external_node_fs_.existsSync)(root) ? 'is not a directory' : 'does not exist';
        throw new UsageError(`${root} ${why}`, 'Pass the folder of an app (with appinfo/) or of a server (with core/ and version.php).');
    }
    const requested = options.profile ?? 'auto';
    let name;
    if (requested === 'auto') {
        if (options.signaturePath)
            name = 'generic';
        else {
            const detected = detectProfile(root);
            if (!detected) {
                throw new UsageError(`cannot tell what ${root} is: it has no appinfo/ (an app) and no core/ with version.php (a server)`, `Pass --profile (${PROFILE_NAMES.join(', ')}); generic also needs --signature-path.`);
            }
            name = detected;
        }
    }
    else if (isProfileName(requested)) {
        name = requested;
    }
    else {
        throw new UsageError(`unknown profile "${requested}"`, `Use one of: auto, ${PROFILE_NAMES.join(', ')}.`);
    }
    const profile = getProfile(name, options.signaturePath);
    let scope;
    if (profile.kind === 'core' && name !== 'generic')
        scope = 'core';
    else
        scope = options.appId ?? readAppId(root) ?? (0,external_node_path_namespaceObject.basename)(root);
    return { root, profile, scope };
}

;// CONCATENATED MODULE: ./src/engine/result.ts
const CATEGORIES = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE', 'EXCEPTION'];
const FILE_CATEGORIES = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'];
function findingCount(scope) {
    return (Object.keys(scope.INVALID_HASH).length +
        Object.keys(scope.MISSING_FILE).length +
        Object.keys(scope.EXTRA_FILE).length +
        (scope.EXCEPTION ? 1 : 0));
}
function categoryCount(scope, category) {
    if (category === 'EXCEPTION')
        return scope.EXCEPTION ? 1 : 0;
    return Object.keys(scope[category]).length;
}
function buildResult(scopes, tool) {
    const stats = scopes.reduce((acc, s) => ({ files: acc.files + s.stats.files, bytes: acc.bytes + s.stats.bytes, ms: Math.max(acc.ms, s.stats.ms) }), { files: 0, bytes: 0, ms: 0 });
    return { ok: scopes.every((s) => findingCount(s) === 0), scopes, stats, tool };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/engine/crypto/pss.ts
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
        const block = (0,external_node_crypto_namespaceObject.createHash)(MGF_HASH).update(seed).update(c).digest();
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
function emsaPssEncode(message, k) {
    const emBits = 8 * k - 1;
    const emLen = Math.ceil(emBits / 8);
    const mHash = (0,external_node_crypto_namespaceObject.createHash)(MESSAGE_HASH).update(message).digest();
    const salt = Buffer.alloc(0);
    if (emLen < H_LEN + salt.length + 2)
        throw new Error('key too small for RSA-PSS');
    const mPrime = Buffer.concat([Buffer.alloc(8), mHash, salt]);
    const h = (0,external_node_crypto_namespaceObject.createHash)(MESSAGE_HASH).update(mPrime).digest();
    const db = Buffer.alloc(emLen - H_LEN - 1);
    db[db.length - salt.length - 1] = 0x01;
    const mask = mgf1(h, db.length);
    for (let i = 0; i < db.length; i++)
        db[i] = db[i] ^ mask[i];
    db[0] = db[0] & (0xff >> (8 * emLen - emBits));
    return Buffer.concat([db, h, Buffer.from([0xbc])]);
}
function emsaPssVerify(message, em, k) {
    const emBits = 8 * k - 1;
    const emLen = Math.ceil(emBits / 8);
    if (em.length !== emLen)
        return false;
    const mHash = (0,external_node_crypto_namespaceObject.createHash)(MESSAGE_HASH).update(message).digest();
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
    const hPrime = (0,external_node_crypto_namespaceObject.createHash)(MESSAGE_HASH)
        .update(Buffer.concat([Buffer.alloc(8), mHash]))
        .digest();
    return (0,external_node_crypto_namespaceObject.timingSafeEqual)(hPrime, h);
}
/** Sign `message` with upstream's PSS parameters. Returns k bytes. */
function pssSign(message, privateKey) {
    const k = modulusBytes(privateKey);
    const em = emsaPssEncode(message, k);
    const padded = em.length === k ? em : Buffer.concat([Buffer.alloc(k - em.length), em]);
    return (0,external_node_crypto_namespaceObject.privateDecrypt)({ key: privateKey, padding: external_node_crypto_namespaceObject.constants.RSA_NO_PADDING }, padded);
}
/** Verify an upstream PSS signature. Never throws for a bad signature; returns false. */
function pssVerify(message, signature, publicKey) {
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
        m = (0,external_node_crypto_namespaceObject.publicEncrypt)({ key: publicKey, padding: external_node_crypto_namespaceObject.constants.RSA_NO_PADDING }, signature);
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
    return emsaPssVerify(message, m, k);
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/engine/hash/pool.ts
/**
 * SHA-512 of many files, spread over worker threads (one per core), overlapped with the walk.
 *
 * Files go to workers in small batches (fewer messages than one per file, still fine-grained
 * enough to balance big and small files); each worker streams a file through one reused
 * buffer, so memory does not grow with file size. Results come back in walk order.
 */



/**
 * The worker's code, run with `eval: true` so the bundled CLI and Action need no second
 * entry file. Plain CommonJS; it opens without following links (the walk already resolved
 * and vetted link targets), refuses anything that is not a regular file at open time, and
 * reads through one 1 MiB buffer.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const MARKER = Buffer.from(${JSON.stringify(HTACCESS_MARKER)});
const buf = Buffer.allocUnsafe(1 << 20);
const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0) | (fs.constants.O_NONBLOCK || 0);

function hashHtaccess(fd, size) {
  const chunks = [];
  let n;
  while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) chunks.push(Buffer.from(buf.subarray(0, n)));
  const all = Buffer.concat(chunks);
  const first = all.indexOf(MARKER);
  // explode() must yield exactly two parts: the marker occurs exactly once.
  if (first >= 0 && all.indexOf(MARKER, first + MARKER.length) < 0) {
    return [crypto.createHash('sha512').update(all.subarray(0, first)).digest('hex'), all.length];
  }
  return [crypto.createHash('sha512').update(all).digest('hex'), all.length];
}

function hashOne(job) {
  let fd;
  try {
    fd = fs.openSync(job.path, FLAGS);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { problem: 'not a regular file when opened; it is not read', bytes: 0 };
    if (job.htaccess) {
      const [hash, bytes] = hashHtaccess(fd, st.size);
      return { hash, bytes };
    }
    const h = crypto.createHash('sha512');
    let bytes = 0;
    let n;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
      h.update(buf.subarray(0, n));
      bytes += n;
    }
    return { hash: h.digest('hex'), bytes };
  } catch (e) {
    const code = e && e.code ? e.code : String(e && e.message);
    const why = code === 'ELOOP' ? 'became a symbolic link while being checked; it is not read'
      : code === 'EACCES' || code === 'EPERM' ? 'cannot be read (permission denied)'
      : 'cannot be read (' + code + ')';
    return { problem: why, bytes: 0 };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

parentPort.on('message', (msg) => {
  const results = msg.jobs.map(hashOne);
  parentPort.postMessage({ id: msg.id, results });
});
`;
const BATCH_FILES = 24;
const IN_FLIGHT_PER_WORKER = 2;
function defaultWorkerCount() {
    return Math.max(1, (0,external_node_os_namespaceObject.availableParallelism)());
}
/** Hash every entry of `entries` (an async walk). Resolves with results in walk order. */
async function hashEntries(entries, options = {}) {
    const workerCount = Math.max(1, options.workers ?? defaultWorkerCount());
    const workers = [];
    const results = [];
    const progress = { files: 0, bytes: 0 };
    const inFlight = new Map();
    const busy = new Map();
    let nextId = 0;
    let failure = null;
    let wake = null;
    const notify = () => {
        const w = wake;
        wake = null;
        w?.();
    };
    const spawn = () => {
        const worker = new external_node_worker_threads_namespaceObject.Worker(WORKER_SOURCE, { eval: true });
        worker.on('message', (msg) => {
            const batch = inFlight.get(msg.id);
            if (!batch)
                return;
            inFlight.delete(msg.id);
            busy.set(worker, (busy.get(worker) ?? 1) - 1);
            msg.results.forEach((r, i) => {
                const index = batch.indices[i];
                const slot = results[index];
                slot.hash = r.hash ?? null;
                slot.bytes = r.bytes;
                if (r.problem)
                    slot.problem = r.problem;
                progress.files += 1;
                progress.bytes += r.bytes;
            });
            options.onProgress?.({ ...progress });
            notify();
        });
        worker.on('error', (e) => {
            failure = e;
            notify();
        });
        workers.push(worker);
        busy.set(worker, 0);
        return worker;
    };
    const idleWorker = () => {
        let best = null;
        let bestLoad = IN_FLIGHT_PER_WORKER;
        for (const w of workers) {
            const load = busy.get(w) ?? 0;
            if (load < bestLoad) {
                best = w;
                bestLoad = load;
            }
        }
        if (!best && workers.length < workerCount)
            best = spawn();
        return best;
    };
    const waitForCapacity = async () => {
        for (;;) {
            if (failure)
                throw failure;
            const w = idleWorker();
            if (w)
                return;
            await new Promise((resolve) => (wake = resolve));
        }
    };
    let pendingJobs = [];
    let pendingIndices = [];
    const flush = async () => {
        if (pendingJobs.length === 0)
            return;
        await waitForCapacity();
        const worker = idleWorker();
        const id = nextId++;
        inFlight.set(id, { worker, indices: pendingIndices });
        busy.set(worker, (busy.get(worker) ?? 0) + 1);
        worker.postMessage({ id, jobs: pendingJobs });
        pendingJobs = [];
        pendingIndices = [];
    };
    try {
        for await (const entry of entries) {
            const index = results.length;
            const slot = { rel: entry.rel, hash: null, bytes: 0 };
            results.push(slot);
            if (entry.problem) {
                slot.problem = entry.problem;
                continue;
            }
            pendingJobs.push(entry.htaccess ? { path: entry.path, htaccess: true } : { path: entry.path });
            pendingIndices.push(index);
            // Send small batches early so workers start while the walk goes on.
            if (pendingJobs.length >= BATCH_FILES || (inFlight.size < workerCount && pendingJobs.length >= 4))
                await flush();
        }
        await flush();
        while (inFlight.size > 0) {
            if (failure)
                throw failure;
            await new Promise((resolve) => (wake = resolve));
        }
        if (failure)
            throw failure;
        return results;
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/engine/php/array.ts
/**
 * A small model of PHP's ordered array, just enough to reproduce what upstream's
 * integrity checker does with its hash tables byte for byte.
 *
 * Why not a JS object or Map<string, …>: PHP turns a key that is a canonical decimal
 * integer ("10", "-3", not "010" or "1.5") into an integer key, which changes how
 * `ksort` orders it, how `array_merge` renumbers it and whether `json_encode` prints
 * a list. JS objects additionally reorder integer-like keys. So keys are modelled
 * explicitly as `number | string` and insertion order is kept by a Map.
 */
/** A PHP float (JSON numbers with a fraction or exponent); kept apart from integers. */
class PhpFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
const MAX_LONG = 9223372036854775807n;
const MIN_LONG = -9223372036854775808n;
/** PHP's ZEND_HANDLE_NUMERIC_STR: "123" and "-5" become integer keys, "0123", "1.5", "-0" do not. */
function phpKey(key) {
    if (typeof key === 'number')
        return key;
    if (!/^(0|-?[1-9][0-9]*)$/.test(key))
        return key;
    const big = BigInt(key);
    if (big > MAX_LONG || big < MIN_LONG)
        return key;
    // Integers beyond 2^53 would lose precision as JS numbers; keep them as strings
    // (such file names never occur in a signed release; correctness of ordering for
    // them is not attempted).
    if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER))
        return key;
    return Number(big);
}
class PhpArray {
    map = new Map();
    nextIndex = 0;
    static fromEntries(entries) {
        const arr = new PhpArray();
        for (const [k, v] of entries)
            arr.set(k, v);
        return arr;
    }
    get size() {
        return this.map.size;
    }
    set(key, value) {
        const k = phpKey(key);
        this.map.set(k, value);
        if (typeof k === 'number' && k >= this.nextIndex)
            this.nextIndex = k + 1;
    }
    /** `$a[] = $value` */
    push(value) {
        this.map.set(this.nextIndex, value);
        this.nextIndex += 1;
    }
    get(key) {
        return this.map.get(phpKey(key));
    }
    has(key) {
        return this.map.has(phpKey(key));
    }
    delete(key) {
        this.map.delete(phpKey(key));
    }
    keys() {
        return this.map.keys();
    }
    entries() {
        return this.map.entries();
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
    /** PHP's array_is_list: keys are exactly 0..n-1 in order (json_encode then prints `[...]`). */
    isList() {
        let i = 0;
        for (const k of this.map.keys()) {
            if (k !== i)
                return false;
            i += 1;
        }
        return true;
    }
}
/** PHP's (string) cast of a scalar, as used by array_diff's value comparison. */
function phpToString(value) {
    if (value === null || value === false)
        return '';
    if (value === true)
        return '1';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return String(value);
    if (value instanceof PhpFloat)
        return phpFloatRepr(value.value, false);
    return 'Array';
}
/** PHP's float to string with serialize_precision = -1 (shortest round trip). */
function phpFloatRepr(value, forJson) {
    if (Number.isNaN(value))
        return 'NAN';
    if (!Number.isFinite(value))
        return value > 0 ? 'INF' : '-INF';
    if (Object.is(value, -0))
        return forJson ? '-0.0' : '-0';
    const abs = Math.abs(value);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e15)) {
        // PHP uses %.*G style: mantissa with ".0" when integral, exponent with sign.
        const [mant, exp] = value.toExponential().split('e');
        const m = mant.includes('.') ? mant : `${mant}.0`;
        const e = exp.startsWith('-') ? exp : `+${exp.replace('+', '')}`;
        return `${m}E${e}`.replace('E', forJson ? 'e' : 'E');
    }
    const s = String(value);
    if (forJson && Number.isInteger(value))
        return `${s}.0`;
    return s;
}

;// CONCATENATED MODULE: ./src/engine/php/json.ts
/**
 * PHP `json_encode` / `json_decode` reproduced byte for byte for what signature files hold.
 *
 * Hand-written on purpose: the RSA signature covers the exact bytes PHP's `json_encode`
 * produces (escaped `/`, `\uXXXX` for every non-ASCII character, PHP's own pretty-print
 * spacing, `[]` for an empty array), and no JSON library reproduces that. The decoder is
 * hand-written because `JSON.parse` reorders integer-like keys and cannot tell `1` from
 * `1.0`, both of which change what PHP would sign or compare.
 */

class PhpJsonError extends Error {
}
const HEX = '0123456789abcdef';
function u4(c) {
    return `\\u${HEX[(c >> 12) & 15]}${HEX[(c >> 8) & 15]}${HEX[(c >> 4) & 15]}${HEX[c & 15]}`;
}
/** Escape a string the way json_encode does with no flags (slashes and unicode escaped). */
function phpJsonString(value, options = {}) {
    const escapeSlashes = options.escapeSlashes ?? true;
    let out = '"';
    let runStart = 0;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        let rep;
        if (c >= 0x20 && c < 0x7f) {
            if (c === 0x22)
                rep = '\\"';
            else if (c === 0x5c)
                rep = '\\\\';
            else if (c === 0x2f && escapeSlashes)
                rep = '\\/';
        }
        else if (c === 0x7f) {
            // DEL is printed as is
        }
        else if (c < 0x20) {
            if (c === 0x08)
                rep = '\\b';
            else if (c === 0x0c)
                rep = '\\f';
            else if (c === 0x0a)
                rep = '\\n';
            else if (c === 0x0d)
                rep = '\\r';
            else if (c === 0x09)
                rep = '\\t';
            else
                rep = `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
        }
        else {
            rep = u4(c);
            if (c >= 0xd800 && c <= 0xdfff) {
                // Astral characters are printed as a UTF-16 surrogate pair. A lone surrogate can only
                // come from invalid UTF-8, which PHP refuses to encode.
                const next = value.charCodeAt(i + 1);
                if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
                    throw new PhpJsonError('Malformed UTF-8 characters, possibly incorrectly encoded');
                }
                rep += u4(next);
                out += value.slice(runStart, i) + rep;
                i += 1;
                runStart = i + 1;
                continue;
            }
        }
        if (rep !== undefined) {
            out += value.slice(runStart, i) + rep;
            runStart = i + 1;
        }
    }
    return out + value.slice(runStart) + '"';
}
/** PHP json_encode of a PHP value. */
function phpJsonEncode(value, options = {}) {
    const parts = [];
    encodeInto(value, options, 0, parts);
    return parts.join('');
}
function encodeInto(value, options, depth, out) {
    if (value === null)
        out.push('null');
    else if (value === true)
        out.push('true');
    else if (value === false)
        out.push('false');
    else if (typeof value === 'string')
        out.push(phpJsonString(value, options));
    else if (typeof value === 'number')
        out.push(String(value));
    else if (value instanceof PhpFloat) {
        if (!Number.isFinite(value.value))
            throw new PhpJsonError('Inf and NaN cannot be JSON encoded');
        out.push(phpFloatRepr(value.value, true));
    }
    else
        encodeArray(value, options, depth, out);
}
function encodeArray(arr, options, depth, out) {
    const isList = arr.isList();
    if (arr.size === 0) {
        out.push(isList ? '[]' : '{}');
        return;
    }
    const pretty = options.pretty === true;
    const inner = pretty ? '\n' + '    '.repeat(depth + 1) : '';
    out.push(isList ? '[' : '{');
    let first = true;
    for (const [key, val] of arr.entries()) {
        if (!first)
            out.push(',');
        first = false;
        out.push(inner);
        if (!isList) {
            out.push(phpJsonString(String(key), options), pretty ? ': ' : ':');
        }
        encodeInto(val, options, depth + 1, out);
    }
    if (pretty)
        out.push('\n' + '    '.repeat(depth));
    out.push(isList ? ']' : '}');
}
/** The nesting depth json_decode accepts by default. */
const PHP_JSON_DEFAULT_DEPTH = 512;
/**
 * PHP json_decode($text, true). Returns `undefined` where PHP returns null because of an
 * error (syntax, depth, invalid UTF-8) so callers can tell "null" from "invalid".
 */
function phpJsonDecode(text) {
    let source;
    if (typeof text === 'string')
        source = text;
    else {
        try {
            source = new TextDecoder('utf-8', { fatal: true }).decode(text);
        }
        catch {
            return undefined; // JSON_ERROR_UTF8
        }
    }
    try {
        const parser = new Parser(source);
        const value = parser.parseDocument();
        return value;
    }
    catch (e) {
        if (e instanceof PhpJsonError)
            return undefined;
        throw e;
    }
}
const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
class Parser {
    s;
    pos = 0;
    depth = 0;
    constructor(s) {
        this.s = s;
    }
    parseDocument() {
        this.ws();
        const v = this.value();
        this.ws();
        if (this.pos !== this.s.length)
            throw new PhpJsonError('Syntax error');
        return v;
    }
    ws() {
        const s = this.s;
        while (this.pos < s.length) {
            const c = s.charCodeAt(this.pos);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                this.pos++;
            else
                break;
        }
    }
    value() {
        const c = this.s[this.pos];
        if (c === '{')
            return this.object();
        if (c === '[')
            return this.array();
        if (c === '"')
            return this.string();
        if (c === 't' && this.s.startsWith('true', this.pos))
            return ((this.pos += 4), true);
        if (c === 'f' && this.s.startsWith('false', this.pos))
            return ((this.pos += 5), false);
        if (c === 'n' && this.s.startsWith('null', this.pos))
            return ((this.pos += 4), null);
        return this.number();
    }
    enter() {
        this.depth += 1;
        if (this.depth > PHP_JSON_DEFAULT_DEPTH)
            throw new PhpJsonError('Maximum stack depth exceeded');
    }
    object() {
        this.enter();
        this.pos++;
        const arr = new PhpArray();
        this.ws();
        if (this.s[this.pos] === '}') {
            this.pos++;
            this.depth--;
            return arr;
        }
        for (;;) {
            this.ws();
            if (this.s[this.pos] !== '"')
                throw new PhpJsonError('Syntax error');
            const key = this.string();
            this.ws();
            if (this.s[this.pos] !== ':')
                throw new PhpJsonError('Syntax error');
            this.pos++;
            this.ws();
            const v = this.value();
            // json_decode into an array: a duplicate key overwrites in place (first position kept).
            arr.set(key, v);
            this.ws();
            const c = this.s[this.pos];
            if (c === ',') {
                this.pos++;
                continue;
            }
            if (c === '}') {
                this.pos++;
                break;
            }
            throw new PhpJsonError('Syntax error');
        }
        this.depth--;
        return arr;
    }
    array() {
        this.enter();
        this.pos++;
        const arr = new PhpArray();
        this.ws();
        if (this.s[this.pos] === ']') {
            this.pos++;
            this.depth--;
            return arr;
        }
        for (;;) {
            this.ws();
            arr.push(this.value());
            this.ws();
            const c = this.s[this.pos];
            if (c === ',') {
                this.pos++;
                continue;
            }
            if (c === ']') {
                this.pos++;
                break;
            }
            throw new PhpJsonError('Syntax error');
        }
        this.depth--;
        return arr;
    }
    string() {
        const s = this.s;
        this.pos++; // opening quote
        let out = '';
        let runStart = this.pos;
        for (;;) {
            if (this.pos >= s.length)
                throw new PhpJsonError('Syntax error');
            const c = s.charCodeAt(this.pos);
            if (c === 0x22) {
                out += s.slice(runStart, this.pos);
                this.pos++;
                return out;
            }
            if (c < 0x20)
                throw new PhpJsonError('Control character error');
            if (c !== 0x5c) {
                this.pos++;
                continue;
            }
            out += s.slice(runStart, this.pos);
            const e = s[this.pos + 1];
            this.pos += 2;
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    const code = this.hex4();
                    if (code >= 0xd800 && code <= 0xdbff) {
                        if (s[this.pos] === '\\' && s[this.pos + 1] === 'u') {
                            this.pos += 2;
                            const low = this.hex4();
                            if (low < 0xdc00 || low > 0xdfff)
                                throw new PhpJsonError('Single unpaired UTF-16 surrogate');
                            out += String.fromCharCode(code, low);
                        }
                        else
                            throw new PhpJsonError('Single unpaired UTF-16 surrogate');
                    }
                    else if (code >= 0xdc00 && code <= 0xdfff) {
                        throw new PhpJsonError('Single unpaired UTF-16 surrogate');
                    }
                    else
                        out += String.fromCharCode(code);
                    break;
                }
                default:
                    throw new PhpJsonError('Syntax error');
            }
            runStart = this.pos;
        }
    }
    hex4() {
        const h = this.s.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h))
            throw new PhpJsonError('Syntax error');
        this.pos += 4;
        return parseInt(h, 16);
    }
    number() {
        NUMBER.lastIndex = this.pos;
        const m = NUMBER.exec(this.s);
        if (!m)
            throw new PhpJsonError('Syntax error');
        this.pos += m[0].length;
        if (m[2] === undefined && m[3] === undefined) {
            const big = BigInt(m[0]);
            if (big <= 9223372036854775807n && big >= -9223372036854775808n) {
                // Integers beyond 2^53 keep their exact value only as PHP floats would not; they
                // are irrelevant for signature files (hashes are strings) so a JS number is fine.
                return Number(big);
            }
        }
        return new PhpFloat(Number(m[0]));
    }
}

;// CONCATENATED MODULE: ./src/engine/php/ksort.ts
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
const ksort_MAX_LONG = 9223372036854775807n;
const ksort_MIN_LONG = -9223372036854775808n;
/** PHP 8 is_numeric_string_ex without allowing trailing garbage. */
function phpNumeric(s) {
    const m = NUMERIC_RE.exec(s);
    if (!m)
        return null;
    const [, sign = '', intPart = '', frac, exp] = m;
    const fracDigits = frac === undefined ? '' : frac.slice(1);
    if (intPart === '' && fracDigits === '')
        return null; // needs at least one digit
    const text = `${sign}${intPart === '' ? '0' : intPart}${frac === undefined ? '' : '.' + (fracDigits || '0')}${exp ?? ''}`;
    if (frac === undefined && exp === undefined) {
        const big = BigInt(`${sign}${intPart}`);
        if (big > ksort_MAX_LONG)
            return { type: 'double', long: 0n, double: Number(big), overflow: 1 };
        if (big < ksort_MIN_LONG)
            return { type: 'double', long: 0n, double: Number(big), overflow: -1 };
        return { type: 'long', long: big, double: Number(big), overflow: 0 };
    }
    return { type: 'double', long: 0n, double: Number(text), overflow: 0 };
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
        return threeway(l, n.double);
    return binaryCompare(String(l), s);
}
/** php_array_key_compare_unstable_i for SORT_REGULAR (PHP >= 8.2 semantics). */
function phpKeyCompare(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a > b ? 1 : -1;
    if (typeof a === 'string' && typeof b === 'string')
        return smartStrcmp(a, b);
    if (typeof a === 'number')
        return compareLongToString(a, b);
    return -compareLongToString(b, a);
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
function phpKsort(arr) {
    const items = [];
    let pos = 0;
    for (const [key, value] of arr.entries())
        items.push({ key, value, pos: pos++ });
    zendSort(items, (a, b) => {
        const r = phpKeyCompare(a.key, b.key);
        if (r !== 0)
            return r;
        return a.pos > b.pos ? 1 : a.pos < b.pos ? -1 : 0;
    });
    return PhpArray.fromEntries(items.map((it) => [it.key, it.value]));
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
function readSignatureFile(path, root) {
    let fd;
    try {
        const real = (0,external_node_fs_.realpathSync)(path);
        const rootReal = (0,external_node_fs_.realpathSync)(root);
        if (!real.startsWith(rootReal.endsWith(external_node_path_namespaceObject.sep) ? rootReal : rootReal + external_node_path_namespaceObject.sep)) {
            return { kind: 'missing', reason: 'the signature file is a link leading outside the checked folder; it was not read' };
        }
        fd = (0,external_node_fs_.openSync)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return { kind: 'missing', reason: 'the signature file is not a regular file' };
        if (st.size > MAX_SIGNATURE_BYTES) {
            return { kind: 'missing', reason: `the signature file is ${st.size} bytes, over the ${MAX_SIGNATURE_BYTES}-byte limit` };
        }
        const buf = Buffer.alloc(st.size);
        let off = 0;
        while (off < buf.length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, off, buf.length - off, off);
            if (n === 0)
                break;
            off += n;
        }
        const data = phpJsonDecode(buf.subarray(0, off));
        if (!(data instanceof PhpArray)) {
            return {
                kind: 'missing',
                reason: data === undefined ? 'the signature file is not valid JSON' : 'the signature file does not hold a JSON object',
            };
        }
        return { kind: 'ok', data, bytes: off };
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
/** The exact bytes upstream signs: compact json_encode of the ksorted hashes. */
function signedMessage(sortedHashes) {
    return phpJsonEncode(sortedHashes);
}
/** Build the hashes array from walk-ordered pairs and ksort it as upstream does. */
function sortedHashes(pairs) {
    return phpKsort(PhpArray.fromEntries(pairs));
}
/** signature.json text exactly as upstream writes it (JSON_PRETTY_PRINT, no trailing newline). */
function signatureFileText(sorted, signatureBase64, certificatePem) {
    const doc = new PhpArray();
    doc.set('hashes', sorted);
    doc.set('signature', signatureBase64);
    doc.set('certificate', certificatePem);
    return phpJsonEncode(doc, { pretty: true });
}

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
/** phpseclib's _extractBER: strip PEM armour and base64-decode, or take the bytes as DER. */
function pemToDer(input) {
    const text = typeof input === 'string' ? input : input.toString('latin1');
    const withoutHeader = text.replace(/-+[^-]+-+/g, '');
    const body = withoutHeader.replace(/[\r\n ]/g, '');
    if (body.length > 0 && /^[a-zA-Z\d/+]*={0,2}$/.test(body)) {
        const der = Buffer.from(body, 'base64');
        if (der.length > 0)
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
/** Parse one certificate (PEM or DER). Throws CertificateParseError with a readable reason. */
function parseCertificate(input) {
    const der = pemToDer(input);
    let x509;
    try {
        x509 = new external_node_crypto_namespaceObject.X509Certificate(der);
    }
    catch (e) {
        throw new CertificateParseError(`not an X.509 certificate (${e.message})`);
    }
    try {
        // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature }
        const cert = readNode(der, 0);
        const [tbs] = children(der, cert);
        if (!tbs)
            throw new CertificateParseError('empty certificate');
        const fields = children(der, tbs);
        let i = 0;
        if (fields[0]?.tag === 0xa0)
            i++; // [0] version
        i++; // serialNumber
        i++; // signature AlgorithmIdentifier
        const issuer = fields[i++];
        i++; // validity
        const subject = fields[i++];
        if (!issuer || !subject)
            throw new CertificateParseError('certificate has no issuer or subject');
        let aki;
        let hasAki = false;
        let ski;
        const extsWrapper = fields.find((f) => f.tag === 0xa3);
        if (extsWrapper) {
            const [exts] = children(der, extsWrapper);
            for (const ext of exts ? children(der, exts) : []) {
                const parts = children(der, ext);
                const id = parts[0] ? oid(content(der, parts[0])) : '';
                const value = parts[parts.length - 1]; // OCTET STRING
                if (id === OID_SKI) {
                    const inner = readNode(der, value.contentStart);
                    ski = Buffer.from(content(der, inner));
                }
                else if (id === OID_AKI) {
                    hasAki = true;
                    const seq = readNode(der, value.contentStart);
                    const keyId = children(der, seq).find((n) => n.tag === 0x80);
                    if (keyId)
                        aki = Buffer.from(content(der, keyId));
                }
            }
        }
        return {
            der,
            x509,
            issuerName: Buffer.from(raw(der, issuer)),
            subjectName: Buffer.from(raw(der, subject)),
            commonNames: nameAttributes(der, subject, OID_CN),
            authorityKeyId: aki,
            hasAuthorityKeyIdExtension: hasAki,
            subjectKeyId: ski,
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/engine/walk.ts



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
async function listDir(dir, order) {
    if (order === 'bytes') {
        // readdir (libuv scandir) already sorts by strcmp, i.e. byte order.
        const dirents = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true, encoding: 'buffer' });
        const entries = dirents.map((dirent) => ({ name: dirent.name, dirent }));
        entries.sort((a, b) => Buffer.compare(a.name, b.name));
        return entries;
    }
    // opendir streams the raw listing, in the order PHP's DirectoryIterator sees it.
    const entries = [];
    const handle = await (0,promises_namespaceObject.opendir)(dir, { encoding: 'buffer' });
    for await (const dirent of handle) {
        const d = dirent;
        entries.push({ name: d.name, dirent: d });
    }
    return entries;
}
/** Walk `root` with `profile`'s rules; yields files in upstream's (byte-ordered) visiting order. */
async function* walkTree(root, profile, options = {}) {
    const excluded = new Set([...profile.excludedRootEntries, ...(options.extraExcluded ?? [])]);
    const skipped = new Set(profile.skippedRelativeNames);
    const order = options.order ?? 'bytes';
    const rootReal = await (0,promises_namespaceObject.realpath)(root);
    const rootPrefix = rootReal.endsWith(external_node_path_namespaceObject.sep) ? rootReal : rootReal + external_node_path_namespaceObject.sep;
    const base = root.endsWith(external_node_path_namespaceObject.sep) && root.length > 1 ? root.slice(0, -1) : root;
    let top;
    try {
        top = [{ dir: base, prefix: '', entries: await listDir(base, order), index: 0 }];
    }
    catch (e) {
        const code = e.code;
        throw new WalkError(`cannot read folder ${base}: ${code ?? e.message}`, base, code);
    }
    const stack = top;
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.index >= frame.entries.length) {
            stack.pop();
            continue;
        }
        const { name: rawName, dirent } = frame.entries[frame.index++];
        const name = decodeName(rawName);
        const abs = `${frame.dir}/${name ?? rawName.toString('latin1')}`;
        if (name === null) {
            const shown = `${frame.prefix}${rawName.toString('utf8')}`;
            yield { rel: shown, path: abs, problem: 'the file name is not valid UTF-8; upstream cannot sign or check it' };
            continue;
        }
        const rel = frame.prefix + name;
        if (excluded.has(rel))
            continue;
        if (dirent.isDirectory()) {
            try {
                stack.push({ dir: abs, prefix: rel + '/', entries: await listDir(abs, order), index: 0 });
            }
            catch (e) {
                const code = e.code;
                throw new WalkError(`cannot read folder ${rel}: ${code ?? e.message}`, rel, code);
            }
            continue;
        }
        if (dirent.isSymbolicLink()) {
            let target;
            try {
                target = await (0,promises_namespaceObject.stat)(abs);
            }
            catch (e) {
                if (isExcludedFileName(profile, name) || isPathExcluded(profile, rel) || skipped.has(rel))
                    continue;
                const code = e.code;
                yield { rel, path: abs, problem: `dangling or looping symbolic link (${code ?? 'unreadable'})` };
                continue;
            }
            if (target.isDirectory())
                continue; // upstream neither hashes nor descends a linked folder
            if (isExcludedFileName(profile, name) || isPathExcluded(profile, rel) || skipped.has(rel))
                continue;
            let real;
            try {
                real = await (0,promises_namespaceObject.realpath)(abs);
            }
            catch {
                yield { rel, path: abs, problem: 'symbolic link cannot be resolved' };
                continue;
            }
            if (!real.startsWith(rootPrefix)) {
                yield { rel, path: abs, problem: 'symbolic link points outside the checked folder; it is not read' };
                continue;
            }
            if (!target.isFile()) {
                yield { rel, path: abs, problem: 'symbolic link to something that is not a regular file' };
                continue;
            }
            yield { rel, path: real };
            continue;
        }
        if (isExcludedFileName(profile, name) || isPathExcluded(profile, rel) || skipped.has(rel))
            continue;
        if (!dirent.isFile()) {
            let kind = 'special file';
            try {
                const st = await (0,promises_namespaceObject.lstat)(abs);
                kind = st.isFIFO() ? 'FIFO' : st.isSocket() ? 'socket' : st.isBlockDevice() || st.isCharacterDevice() ? 'device' : kind;
            }
            catch {
                // keep the generic description
            }
            yield { rel, path: abs, problem: `${kind}, not a regular file; it is not read` };
            continue;
        }
        if (profile.htaccessMarker && rel === '.htaccess')
            yield { rel, path: abs, htaccess: true };
        else
            yield { rel, path: abs };
    }
}
function isPathExcluded(profile, rel) {
    if (profile.excludedPathPatterns.length === 0)
        return false;
    const full = '/' + rel;
    return profile.excludedPathPatterns.some((re) => re.test(full));
}

;// CONCATENATED MODULE: ./src/engine/sign.ts
/**
 * Signing a tree: the same walk and hashes as verification, ksort, PSS over the compact
 * JSON, and signature.json written atomically, byte-identical to upstream's sign commands.
 */










/** Load an RSA private key (PKCS#1 or PKCS#8, plain or encrypted) with errors a user can act on. */
function loadPrivateKey(pem, passphrase) {
    let key;
    try {
        key = (0,external_node_crypto_namespaceObject.createPrivateKey)(passphrase === undefined ? { key: pem } : { key: pem, passphrase });
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
            throw new UsageError('the private key is encrypted and no passphrase was given', 'Pass the passphrase with --passphrase-env VAR (the name of an environment variable holding it).');
        }
        if (passphrase !== undefined && /bad decrypt|bad password|wrong tag|decrypt/i.test(text)) {
            throw new UsageError('cannot decrypt the private key: the passphrase is wrong', 'Check the passphrase variable.');
        }
        throw new UsageError('the private key cannot be read: it is not a PEM private key', 'Pass the PEM key (BEGIN RSA PRIVATE KEY or BEGIN PRIVATE KEY) that belongs to the certificate.');
    }
    if (key.asymmetricKeyType !== 'rsa') {
        throw new UsageError(`the private key is ${key.asymmetricKeyType ?? 'of an unknown type'}, not RSA`, 'Nextcloud and ownCloud signatures need an RSA key (openssl genrsa 4096).');
    }
    return key;
}
/** The first certificate of a PEM file, as upstream's loadX509 takes it. */
function loadSigningCertificate(pem) {
    const text = typeof pem === 'string' ? pem : pem.toString('latin1');
    const first = splitPemBlocks(text).find((b) => /CERTIFICATE/.test(b.split('\n')[0] ?? ''));
    try {
        return parseCertificate(first ?? pem);
    }
    catch (e) {
        if (e instanceof CertificateParseError) {
            throw new UsageError(`the certificate cannot be read: ${e.message}`, 'Pass the PEM certificate issued for this app (or core).');
        }
        throw e;
    }
}
function assertKeyMatchesCertificate(key, cert) {
    const fromKey = (0,external_node_crypto_namespaceObject.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    const fromCert = cert.x509.publicKey.export({ type: 'spki', format: 'der' });
    if (!fromKey.equals(fromCert)) {
        throw new UsageError(`the private key does not belong to the certificate (${cert.info.subject})`, 'Use the key the certificate was issued for; a signature made with another key can never verify.');
    }
}
function assertScope(cert, target) {
    const cn = cert.commonNames.length === 1 ? cert.commonNames[0] : undefined;
    if (cn === target.scope || cn === 'core')
        return;
    throw new UsageError(`the certificate is for ${cn === undefined ? 'no single CN' : `"${cn}"`}, but the tree is "${target.scope}"`, target.profile.kind === 'app'
        ? `Sign with the certificate issued for "${target.scope}", or pass --app-id if appinfo/info.xml names another id.`
        : 'Sign a server tree with the CN=core certificate.');
}
function assertTreeShape(target) {
    const dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.join)(target.root, target.profile.signaturePath));
    let ok = false;
    try {
        ok = (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        ok = false;
    }
    if (!ok) {
        throw new UsageError(`${dir} does not exist, so ${target.root} does not look like ${target.profile.kind === 'app' ? 'an app (no appinfo/)' : 'a server (no core/)'}`, 'Pass the folder of the app or server to sign, or --profile to say what it is.');
    }
}
/** Write `text` to `path` atomically: temp file in the same folder, fsync, rename. */
function writeFileAtomic(path, text) {
    const tmp = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), `.${(0,external_node_path_namespaceObject.basename)(path)}.${process.pid}.${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}.tmp`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(tmp, 'wx', 0o644);
        const buf = Buffer.from(text, 'utf8');
        let off = 0;
        while (off < buf.length)
            off += (0,external_node_fs_.writeSync)(fd, buf, off, buf.length - off);
        (0,external_node_fs_.fsyncSync)(fd);
        (0,external_node_fs_.closeSync)(fd);
        fd = undefined;
        (0,external_node_fs_.renameSync)(tmp, path);
    }
    catch (e) {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
        try {
            (0,external_node_fs_.unlinkSync)(tmp);
        }
        catch {
            // already gone
        }
        const code = e.code;
        throw new UsageError(`cannot write ${path}: ${code ?? e.message}`, `Make ${(0,external_node_path_namespaceObject.dirname)(path)} writable.`);
    }
}
async function signTree(request) {
    const { target } = request;
    const key = loadPrivateKey(request.privateKeyPem, request.passphrase);
    const cert = loadSigningCertificate(request.certificatePem);
    assertKeyMatchesCertificate(key, cert);
    assertScope(cert, target);
    assertTreeShape(target);
    const hashed = await hashEntries(walkTree(target.root, target.profile, { order: 'filesystem' }), request.hash);
    const unreadable = hashed.filter((f) => f.hash === null);
    if (unreadable.length > 0) {
        const list = unreadable.slice(0, 5).map((f) => `${f.rel}: ${f.problem ?? 'cannot be read'}`);
        throw new UsageError(`cannot sign: ${unreadable.length} file(s) cannot be hashed safely (${list.join('; ')}${unreadable.length > 5 ? '; …' : ''})`, 'Remove or fix these files (links out of the tree, special files, unreadable files), then sign again.');
    }
    const sorted = sortedHashes(hashed.map((f) => [f.rel, f.hash]));
    const signature = pssSign(signedMessage(sorted), key).toString('base64');
    const text = signatureFileText(sorted, signature, upstreamPem(cert.der));
    const signaturePath = request.output ?? (0,external_node_path_namespaceObject.join)(target.root, target.profile.signaturePath);
    const bytes = hashed.reduce((n, f) => n + f.bytes, 0);
    if (!request.dryRun)
        writeFileAtomic(signaturePath, text);
    return { signaturePath, filesSigned: hashed.length, bytes, text, written: !request.dryRun };
}

;// CONCATENATED MODULE: ./src/engine/trust/presets.ts
// Generated by scripts/gen-presets.mjs from trust/*.crt and trust/*.crl; do not edit.
// Public certificates and CRL of the Nextcloud and ownCloud code-signing authorities.
/** resources/codesigning/root.crt of nextcloud/server: intermediate + root. */
const NEXTCLOUD_ROOT_PEM = '-----BEGIN CERTIFICATE-----\nMIID1zCCAr+gAwIBAgICEAAwDQYJKoZIhvcNAQELBQAwejELMAkGA1UEBhMCREUx\nGzAZBgNVBAgMEkJhZGVuLVd1ZXJ0dGVtYmVyZzESMBAGA1UEBwwJU3R1dHRnYXJ0\nMRcwFQYDVQQKDA5OZXh0Y2xvdWQgR21iSDEhMB8GA1UEAwwYTmV4dGNsb3VkIFJv\nb3QgQXV0aG9yaXR5MB4XDTE2MDYxMjIxMDEwMloXDTQxMDYwNjIxMDEwMlowezEL\nMAkGA1UEBhMCREUxGzAZBgNVBAgMEkJhZGVuLVd1ZXJ0dGVtYmVyZzEXMBUGA1UE\nCgwOTmV4dGNsb3VkIEdtYkgxNjA0BgNVBAMMLU5leHRjbG91ZCBDb2RlIFNpZ25p\nbmcgSW50ZXJtZWRpYXRlIEF1dGhvcml0eTCCASIwDQYJKoZIhvcNAQEBBQADggEP\nADCCAQoCggEBAJzBOypRqAhXeTB3XawW7UzwCxoovpMa0bP8fPzjeMMdCdPlZIYX\nMshGHoQ4/VJyODOaq3H1AYRh20Kn/BKNAuVfRzcmY/7M5R09b0ts06l9tIVSbBeK\n5krETjZtpt4crgukzQ6+8QhHE2DBdvPE7rds6EyBaiMRPNuGP1YrtGPQ+hYvajJL\nyH3mq609ZZYFVOK9FuSxw5e5YBFp9Z6dNeFjnmEsYytWOhaJ+zPfQaL9JjLwxEM+\nBJ1kpf/zblzL6FwUOeXP2+UJ5TAU4xh+9WsvFBR0b6iq77eYTl3eFM1QtaweCA23\nOmZZZahCNLmcPA2iMyPZDGZ1mSW+h7+pMJkCAwEAAaNmMGQwHQYDVR0OBBYEFG3q\nbqqpNyw8iS0XPv1G7sOeeO10MB8GA1UdIwQYMBaAFAQYAjwHzNjhemMwKilLlT4T\nvZHIMBIGA1UdEwEB/wQIMAYBAf8CAQAwDgYDVR0PAQH/BAQDAgGGMA0GCSqGSIb3\nDQEBCwUAA4IBAQCWnDNA14Q+bw7X0S+riMjyTabtgF443eAQIvby9sU2cHtd7qua\np/311+H7gB4F/CE+/CUxdtC5AgaW4vWRL8ge9+6jhYUjvmqdyV5wbBFrLmnqYS4h\nPnNWo5cjA7apA6SrIxnJAF8vNCeyEQgHD57VeIlK35S0GpqcouuCSQvCeSjKcojx\n6t/NGHcetWucHAUymzOk11NMyYyEMJ/tfUwn3drqkb4jp4Tqu4ftZt/uioDX8Gc9\nAw+IaEHKfNnh9R//Vqc06Bad04ycI6jK4cVUpC/6I6tzoY6GXwZRbESkKUyLitlX\n3EnBONP0UzEZmCilIwYYfevWGT+NWnpkmey7\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIID2jCCAsKgAwIBAgIJAKCc9xL4epmrMA0GCSqGSIb3DQEBCwUAMHoxCzAJBgNV\nBAYTAkRFMRswGQYDVQQIDBJCYWRlbi1XdWVydHRlbWJlcmcxEjAQBgNVBAcMCVN0\ndXR0Z2FydDEXMBUGA1UECgwOTmV4dGNsb3VkIEdtYkgxITAfBgNVBAMMGE5leHRj\nbG91ZCBSb290IEF1dGhvcml0eTAeFw0xNjA2MTIyMDU4MzVaFw00MTA2MDYyMDU4\nMzVaMHoxCzAJBgNVBAYTAkRFMRswGQYDVQQIDBJCYWRlbi1XdWVydHRlbWJlcmcx\nEjAQBgNVBAcMCVN0dXR0Z2FydDEXMBUGA1UECgwOTmV4dGNsb3VkIEdtYkgxITAf\nBgNVBAMMGE5leHRjbG91ZCBSb290IEF1dGhvcml0eTCCASIwDQYJKoZIhvcNAQEB\nBQADggEPADCCAQoCggEBAJuTxu0LpRExcpYJwMxc5N+YbEe7WVPIsLtKUNCXMfkc\naPlTpVydNi5zKQDpLQuHm5RE9u+L3sTck8yVj8DkgX9QfuRTbvg01paV+5ILY7Qn\n47E8eHq6tf6MF0W20OxNRjcUCEoRA59AZV9FxkVGHniBx17Upk0BQXlZHViHZ9Ey\n2Zhsw9ZetT0VCv9UGuN0Rr6T6fzgW84HoDWsesG7UwEpnct/hQf20w/iIhZspew7\nRAHJZTOYnNSaBUnyiCf58SaOyxvmdfseItjMuE1FBR6bTWkLQ/a/1xH2FCk0izm5\n1foZF0Ya0fAzVHwBkOVZeIuswjvuqgp/TkB6W0i73aUCAwEAAaNjMGEwHQYDVR0O\nBBYEFAQYAjwHzNjhemMwKilLlT4TvZHIMB8GA1UdIwQYMBaAFAQYAjwHzNjhemMw\nKilLlT4TvZHIMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgGGMA0GCSqG\nSIb3DQEBCwUAA4IBAQCBv40RAXMtMah61q6wYATw4q4cvIKLjKoyApHPHZhQnWwe\nVLv/D2a26A8VwDNQ1LGv4NzzIDcpWz+pk+rXMNnyjXwr0AtKM2Vg07yKqkZB9J1c\nduYm0j8FLdCHXIjRucgMA/wiwR4mB9PVGtQfCvUQl2Hfkiagkw31llGCXugQPsnh\nvhfMWxkdVFAnzDoATWe2SDuuyyd5Sl4/LKn8HEysusaYCMpPDP+seZGjA0ukZ3F+\npO0PlAEb3OypRavz8iR8s+VbE0wdAX1mPByx8SU8Wkq76p4G261PvTrfYKnreU8z\nb47G5k8BAiPCtNze/Ihul6lpLK6yk+FRXcZCl1sg\n-----END CERTIFICATE-----\n';
/** resources/codesigning/root.crl of nextcloud/server (signed by the intermediate). */
const NEXTCLOUD_CRL_PEM = '-----BEGIN X509 CRL-----\nMIIDnzCCAocCAQEwDQYJKoZIhvcNAQELBQAwezELMAkGA1UEBhMCREUxGzAZBgNV\nBAgMEkJhZGVuLVd1ZXJ0dGVtYmVyZzEXMBUGA1UECgwOTmV4dGNsb3VkIEdtYkgx\nNjA0BgNVBAMMLU5leHRjbG91ZCBDb2RlIFNpZ25pbmcgSW50ZXJtZWRpYXRlIEF1\ndGhvcml0eRcNMTkxMTIwMTk1MjUxWhcNMjkwOTI4MTk1MjUxWjCCAaQwEwICEBAX\nDTE2MTAxNzEyMDkxOVowEwICEBYXDTE3MTEyMzE3MzUyOVowEwICEBcXDTE3MDIy\nMDEwMDIzOFowEwICEBgXDTE5MDEzMDEzMDEyNVowEwICEBwXDTE4MDIwMjEwNTIz\nOVowEwICEB8XDTE5MDEzMDEzMDEzM1owEwICEE0XDTE4MTIyMTE1MzIxOFowEwIC\nEGoXDTE5MDIxMjA5MDgxNFowEwICEG4XDTE5MTEyMDE5NDYyOFowEwICEG8XDTE4\nMDQxNzA5MzkzNlowEwICEHQXDTE3MTEyMzE2NTQ1OVowEwICEJAXDTE4MDIwOTA4\nMzg1OFowEwICEKcXDTE4MDgxMzA3NTIwOFowEwICEK8XDTE4MDgxMzA4MjYyMFow\nEwICELUXDTE4MTAwOTA5NTMxMVowEwICELcXDTE4MTIyMTE1MzAyN1owEwICEMIX\nDTE4MTAxNzE5MjAyNFowEwICEMMXDTE4MTAxNzE5MjUzM1owEwICENcXDTE5MDIx\nNDEwMzMwNlowEwICEOAXDTE5MDUyMDA5MzAxMFqgMDAuMB8GA1UdIwQYMBaAFG3q\nbqqpNyw8iS0XPv1G7sOeeO10MAsGA1UdFAQEAgIQETANBgkqhkiG9w0BAQsFAAOC\nAQEAGzEPsfGBcsw0qV2u64qmjG1/kmwqi9DVJoP7xAIJun7vIm5/kz45wH6+hSJb\nR2ltvL+GmG/p529GJhzyVt/6iigiFz/QuCFxyDH5PzfxFi/Z2lSW0ZztFbO9MFCJ\n8m76j5bPEw/3XSamGHlH/iLRVkNlIjy6sGPzPHhB7iUdGjpZPKWBh4elbtXb/i1/\nGfEJk3m1DhYWdINB3mqJBNxB393wtC7UlVCoPzj23bwB122YNcVRAzblrE+UMk8v\n/vFnzb15/vQnJQa8rUxs7hfgl1amPbq3fAW8AAlx5ra8r4+CXOSUpmaSa/YnYQSi\nydLXYdqWxa/Wb8UviQWcRI0GwQ==\n-----END X509 CRL-----\n';
/** ownCloud classic root.crt (expired intermediate, still accepted upstream) plus the G2 root and intermediate. */
const OWNCLOUD_ROOT_PEM = '-----BEGIN CERTIFICATE-----\nMIIFtDCCA5ygAwIBAgICEAAwDQYJKoZIhvcNAQELBQAwZTELMAkGA1UEBhMCVVMx\nDzANBgNVBAgMBkJvc3RvbjEWMBQGA1UECgwNb3duQ2xvdWQgSW5jLjEtMCsGA1UE\nAwwkb3duQ2xvdWQgQ29kZSBTaWduaW5nIFJvb3QgQXV0aG9yaXR5MB4XDTE2MDIw\nMzE3NDMyNVoXDTI2MDEzMTE3NDMyNVowbTELMAkGA1UEBhMCVVMxDzANBgNVBAgM\nBkJvc3RvbjEWMBQGA1UECgwNb3duQ2xvdWQgSW5jLjE1MDMGA1UEAwwsb3duQ2xv\ndWQgQ29kZSBTaWduaW5nIEludGVybWVkaWF0ZSBBdXRob3JpdHkwggIiMA0GCSqG\nSIb3DQEBAQUAA4ICDwAwggIKAoICAQDKMul4pWev6vtgzB73CLQPMy8nDZGbvqII\nIgukQluMeLCW0P09I+J/mCiDd99mQTtWO+/LcpOChHYJ59qQz+g9TzKlVSuFDg47\npc+jUvTLGGEDf9cAWtzsXYXlb9z7sTln/8JAvy8ghmaR/4JWU4hM/nmgDCpeXLLJ\nNFrxKDbzPLYj53iHN+XyE9GT6sDYoQd1BIWhTsMdvMqg870Jw2yN4hKw3V7/KoI/\nZ5CAA9dP4tAmltBpMz79dmLCciqXOD8mWEWl2tSZU+/WVyPxiE19IHoJETOhSg4c\neud4DDdFt9Ohm4owvpxxRDbvV+Ic6sWb1gJBrM7/XJDmaUObpowjx8Daof1MuoHs\nFKh6/Y7RBdVlrp/ig3htxfm9BBMqnXIxgFWDiSbjCMk0Ygvx49gKMnVoRhZ/7pla\nj5nTRdbhsjS50E9zfc53EltM27YSwNZu62QKsU4yumg8UOhOYPRLHcySvNyyMZXS\no+Kst27oGSgurHytFS7FVG1M3UUn67zkMpnnMYhfx8dz7+tupY9e0l0kDciwvNAO\nYrnvHoEiIbJmoyYOhL2j9WErUhAb3JKTSdYC0MmjaZZPv0HwCemx+rnApcoszmFG\nwoZTRAa6Q64WGxlmFq0vsgmcTNsTzlYY20Kv+ZpZOiVYonyHFkorKWdsXKZQcnYq\ndcMqYxQE6wIDAQABo2YwZDAdBgNVHQ4EFgQUfZoNPRneQ1pk9SZT9A2lpG4Hw7Mw\nHwYDVR0jBBgwFoAUcZdiBiGr+Y+OH2DrlNwK03zWH+YwEgYDVR0TAQH/BAgwBgEB\n/wIBADAOBgNVHQ8BAf8EBAMCAYYwDQYJKoZIhvcNAQELBQADggIBAA2hoAEdbdM9\n+ZA/q7UppF4BiKrSQNAQHLDwodutRY+gBYQsWpo8wLqdLvRVhlwDn3KmJEMfaDQm\n5YM+/snBkew9olCIyYw+t7xYtNhoW1et/nNNDL+Qq7uyH6g+uOMp4m3c+BMv4x5H\nEP3z7PY1qrPOVvzZu8o2iL8qpC0sXTKZy+xG/9VTYGnxCcG+V/Ua5aHOyetUttoN\nbxEcEQHHe07V+JlCPuI53hPsiGgzHv+nz/1sJV95mn9w88SHY0JO9bHp9w+mq92K\nr0Nv6Wctf7vNVmIOdRFHWOFie4+D3TpBSnB5PPQRbtf6IVEhjmcnWYBWcRGhH6cR\n4dqpuqzwVFopIFLYMeaeKGu8wZHi2YRrkFcrnqqmFI9RtBbt3eyfUQcKH7b9P4Ri\nqamb/h9sVjDM4wSQ6n+Qa2dgV28O0il35roa3qwvqySgn1wXS5CsAaeB1VWAS6/S\nv1WFt93n9LrraV4EUuu1BGXp525aVn6v+B71zN4JzYnHVE4yAb0EdOpKrlfmCCm/\n9Z90+BF2uK3QnpkyrH+LEOQoHrlAt80RZYd2Tl/K1WWNrPUlnCGXdxjVYakVRnfy\nUd0KV4RsD93mNw/t2gU5U+SyYWU2fTJUE9qdJ4Ndw7B2DZ/5dcsu0rDV4sXkUoDY\n+Dr25NoOcuqjCWRw2T3SBPSXBxjlhRTQ\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIIFsDCCA5igAwIBAgIJALFuk51OGp2KMA0GCSqGSIb3DQEBCwUAMGUxCzAJBgNV\nBAYTAlVTMQ8wDQYDVQQIDAZCb3N0b24xFjAUBgNVBAoMDW93bkNsb3VkIEluYy4x\nLTArBgNVBAMMJG93bkNsb3VkIENvZGUgU2lnbmluZyBSb290IEF1dGhvcml0eTAe\nFw0xNjAyMDMxNzM5NThaFw0yNjAxMzExNzM5NThaMGUxCzAJBgNVBAYTAlVTMQ8w\nDQYDVQQIDAZCb3N0b24xFjAUBgNVBAoMDW93bkNsb3VkIEluYy4xLTArBgNVBAMM\nJG93bkNsb3VkIENvZGUgU2lnbmluZyBSb290IEF1dGhvcml0eTCCAiIwDQYJKoZI\nhvcNAQEBBQADggIPADCCAgoCggIBAJmTnGtGaB0cDtQPxWr2r5FyXFzJ6GIkm4Lb\n7iY/DYpIEarbRFwqDCDZ00V+PWsTBBF6qXW5W7eZ+fOOdIEGoNaDuGtIlGVjj3Dz\nTZtmcFg0euimfLNYVvYZlPPh4kS3zDRZs30AgAdgq4RHWC4qjElWcVKTwERNQ2ln\ngRFRQEv+i2DI7sEK9ZpK7B1SfJ1o1fm/kPL7bVfiYda+QKp0vOxBecDnGV+rfz4t\nDT6mBOgwAiZnwojuiigfUJxSisv3roWri+0O+0TiXglV+oUtkIRrs0etkQGWAlgn\nH4CC+sZ5N2TiGPH1hksLkXP4mymlio8/x7ax0WfcxeTZu3ok9eK5fwIQVWam6dd9\nklCqZVttKodZYspvdFfwqMlf4lPEIY+r2PIdGjUhKu4FsDhORaGj8WMYRJUR44ls\n/r2ktCB/TOsh8DW2Pi9HAgxI4mrdmvL0WMSOBFZRcSC/nTz977oi1iiB2T+s7V0Z\nY0AHMQYiIn83MFB7rb+mVlEoLID/evVSTfUaUaO8DqcfeQN/OFM/zcJY9YHv8AlJ\n3b8CPdeX9edMnyZWNdrhOSawjAbOBIna3o66RXdeC3oWg7FuckJmy7JLtRCJ2Owu\nlosRAxe0z5mQmjFzMczxCYJQ4A+4U5UZwbd/MQJg508StcOumroYqruDic/Wbc3C\nv6DupG8dAgMBAAGjYzBhMB0GA1UdDgQWBBRxl2IGIav5j44fYOuU3ArTfNYf5jAf\nBgNVHSMEGDAWgBRxl2IGIav5j44fYOuU3ArTfNYf5jAPBgNVHRMBAf8EBTADAQH/\nMA4GA1UdDwEB/wQEAwIBhjANBgkqhkiG9w0BAQsFAAOCAgEAR6IZBOBw3KzRxvUP\n+46RZYayMrdLyAgMzbDvQe7WCaeuA2UoPVL8jN7X2Lvw12Mz84+EKs1voR0OBxlY\n6muuyl0SETa2k4UtklVscMvcokG+m5aVNJ7/HHGFmKsTyJDMxSzDA/r3KRPXZOwV\nCLUVTkr5fQbIaVljA89U2p3pN/X7gNq89xi/XiszNCEIvvSscRmBGlRmx4XbjXHK\nXKO74+HiM/ahqUI792ae97jlsy9jG4OIelse3+e1KBWNsGtU90asnUHgyMXVL8gp\nocznGvWceAhkcogUCUCXq1Rh/mKcGQdi2z0g/X+MGzfA9Ij4NQZLnNPh2UjgxCtG\nKWPUzs0t/xoCtJh1WpwqTrOUcYqFAaBa282sD/O8tX4t076aGKdbhfo6tvaOFwDU\niRPgdMol++BFnfCld53Yivg2+S6+xo1wzuPkNjVFXHjx9vMyiov/HHKqJoBsuCwU\n7VegzM/6Cvh32lSZfUHsfynCab/7vv923KyaANWxb0QsHZSSt+mmOK3ZmC96vCEa\n55IGNckOvOGW9yCIz3Q0kEj2hoJs1bw0SkwGWs7N1TkugQjM/S7/Im1LJUxdtqQK\nZjn+8U6U3TR1aKLYEdqHCGcVoRXKDG/S40FHxyeV/9buTI7SSvhzZfj+qasmJe1L\nKd08UdS/im8RwbVSS1mih5hbAHg=\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIICRzCCAc2gAwIBAgIUWBO+cf4BTUkguU5GA2xSP3bfRKEwCgYIKoZIzj0EAwMw\nUDELMAkGA1UEBhMCREUxFjAUBgNVBAoMDW93bkNsb3VkIEdtYkgxKTAnBgNVBAMM\nIG93bkNsb3VkIENvZGUgU2lnbmluZyBSb290IENBIEcyMCAXDTI2MDcxNTEzMTIx\nOFoYDzIwNTEwNzA5MTMxMjE4WjBQMQswCQYDVQQGEwJERTEWMBQGA1UECgwNb3du\nQ2xvdWQgR21iSDEpMCcGA1UEAwwgb3duQ2xvdWQgQ29kZSBTaWduaW5nIFJvb3Qg\nQ0EgRzIwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQ71W2sXBMF4FHuTVOK2HzsCAyv\nAvF31Xq1xxpXPSORnKarspV8Yelx2CG5sYTfyGSUl1sHisUULAGPhyzwQK5Xu1iF\n4ykk/2TaNAXV2xFY+og+Ie2fadJBfiyHmdFGjg6jZjBkMB8GA1UdIwQYMBaAFFxf\nA3WQKzcU7/x9Of5vCPRpo182MBIGA1UdEwEB/wQIMAYBAf8CAQEwDgYDVR0PAQH/\nBAQDAgEGMB0GA1UdDgQWBBRcXwN1kCs3FO/8fTn+bwj0aaNfNjAKBggqhkjOPQQD\nAwNoADBlAjEA198PL6CcYJox2eDyUXxU8PPblaUaYsTVH+sCVJUHJGrU/YhpaTsB\nQ5ihe3Ri4ad7AjASGfWNAii7H3wnKJP2Ve9E577+Cw+Hg66Xg706qCXvhmaCZoBO\n2ccFiDBqiVwPO/w=\n-----END CERTIFICATE-----\n\n-----BEGIN CERTIFICATE-----\nMIICwDCCAkWgAwIBAgIUeecJEc+cQEbSOQ8/bTDimI+1bpYwCgYIKoZIzj0EAwMw\nUDELMAkGA1UEBhMCREUxFjAUBgNVBAoMDW93bkNsb3VkIEdtYkgxKTAnBgNVBAMM\nIG93bkNsb3VkIENvZGUgU2lnbmluZyBSb290IENBIEcyMB4XDTI2MDcxNTEzMTIx\nOFoXDTMxMDcxNDEzMTIxOFowWDELMAkGA1UEBhMCREUxFjAUBgNVBAoMDW93bkNs\nb3VkIEdtYkgxMTAvBgNVBAMMKG93bkNsb3VkIENvZGUgU2lnbmluZyBJbnRlcm1l\nZGlhdGUgQ0EgRzIwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQnBfuWIWgFIthJjvh0\nBOTvATonP3O5Is+F2OhO+VLAzaGPS0eNa2uWa6fhVp1WucJcyXgWZomAWVlV1Rnr\nZh3Ex5ieJjSteQvzeTsm2zuZWdRYkYpK6zw1pfaSi7cARc6jgdcwgdQwEgYDVR0T\nAQH/BAgwBgEB/wIBADAOBgNVHQ8BAf8EBAMCAQYwHQYDVR0lBBYwFAYIKwYBBQUH\nAwMGCCsGAQUFBwMIMB0GA1UdDgQWBBR3P69vovhdxylbqmseBvyfS9N2vDAfBgNV\nHSMEGDAWgBRcXwN1kCs3FO/8fTn+bwj0aaNfNjBPBgNVHR8ESDBGMESgQqBAhj5o\ndHRwczovL293bmNsb3VkLmdpdGh1Yi5pby9kZXZlbG9wZXItY2VydGlmaWNhdGVz\nL2NybC9yb290LmNybDAKBggqhkjOPQQDAwNpADBmAjEAwwhyVJAwiP2wwC+PjAeV\nLoIFlsXSJhOWt15FD73n69Krfdkxd79xYPbIp9hfEqY0AjEAl/Feuhn4JbmGT8zw\nt65vLS9h/vp43pS92nf89zDX+peqC4dFuPL2Go47fuXOINZy\n-----END CERTIFICATE-----\n';

;// CONCATENATED MODULE: ./src/engine/trust/store.ts
/**
 * Trust material: the roots a signer certificate must chain to. Loaded once by the caller
 * (CLI or Action) and passed into verification, never looked up inside a check.
 */





const TRUST_PRESETS = {
    nextcloud: NEXTCLOUD_ROOT_PEM,
    owncloud: OWNCLOUD_ROOT_PEM,
};
/** Parse every certificate of a PEM bundle, upstream style (each block loaded on its own). */
function certificatesFromPem(text, origin) {
    const blocks = splitPemBlocks(text);
    const out = [];
    for (const block of blocks) {
        if (!/CERTIFICATE/.test(block.split('\n')[0] ?? ''))
            continue;
        try {
            out.push(parseCertificate(block));
        }
        catch (e) {
            if (e instanceof CertificateParseError) {
                throw new UsageError(`${origin}: a certificate in it cannot be read: ${e.message}`, 'Pass a PEM file of CA certificates (-----BEGIN CERTIFICATE-----).');
            }
            throw e;
        }
    }
    if (out.length === 0) {
        throw new UsageError(`${origin} holds no PEM certificate`, 'Pass a PEM file of CA certificates (-----BEGIN CERTIFICATE-----), or one of the presets: nextcloud, owncloud.');
    }
    return out;
}
/** Resolve `--trust` values (preset names, PEM text, or file paths) into one store. */
function loadTrustStore(specs, cwd = process.cwd()) {
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
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.resolve)(cwd, spec), 'utf8');
        }
        catch (e) {
            throw new UsageError(`cannot read trust file ${spec}: ${e.code ?? e.message}`, 'Use --trust nextcloud, --trust owncloud, or the path of a PEM file of root certificates.');
        }
        certificates.push(...certificatesFromPem(text, spec));
    }
    return { sources: list, certificates };
}

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./src/engine/compare.ts
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
        values.add(phpToString(v));
    return PhpArray.fromEntries([...a].filter(([, v]) => !values.has(phpToString(v))));
}
/** array_diff_assoc($a, $b): entries of $a whose key is missing from $b or maps to another value. */
function arrayDiffAssoc(a, b) {
    return PhpArray.fromEntries([...a].filter(([k, v]) => {
        const other = b.get(k);
        return other === undefined || phpToString(other) !== phpToString(v);
    }));
}
/** array_merge: integer keys are renumbered from 0, string keys overwrite in place. */
function arrayMerge(...arrays) {
    const out = new PhpArray();
    for (const arr of arrays) {
        for (const [k, v] of arr) {
            if (typeof k === 'number')
                out.push(v);
            else
                out.set(k, v);
        }
    }
    return out;
}
/** array_unique (SORT_STRING): keep the first entry of each value. */
function arrayUnique(arr) {
    const seen = new Set();
    const out = new PhpArray();
    for (const [k, v] of arr) {
        const s = phpToString(v);
        if (seen.has(s))
            continue;
        seen.add(s);
        out.set(k, v);
    }
    return out;
}
function setFinding(result, category, name, expected, current) {
    let bucket = result.get(category);
    if (!(bucket instanceof PhpArray)) {
        bucket = new PhpArray();
        result.set(category, bucket);
    }
    let entry = bucket.get(name);
    if (!(entry instanceof PhpArray)) {
        entry = new PhpArray();
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
        ? arrayUnique(arrayMerge(arrayDiff(expected, current), arrayDiff(current, expected)))
        : arrayMerge(arrayDiffAssoc(expected, current), arrayDiffAssoc(current, expected));
    const result = new PhpArray();
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
        expectedByPath.set(String(k), phpToString(v));
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
        if (!(files instanceof PhpArray))
            continue;
        const ours = category === 'FILE_MISSING' ? 'MISSING_FILE' : String(category);
        for (const name of files.keys())
            names.add(`${ours}\0${String(name)}`);
    }
    return names;
}

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
function phpTypeName(value) {
    if (value === undefined || value === null)
        return 'null';
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'number')
        return 'int';
    if (value instanceof PhpFloat)
        return 'float';
    if (typeof value === 'string')
        return 'string';
    return 'array';
}
/** Step 1: read signature.json ("Signature data not found." when absent or not JSON). */
function readSignature(target) {
    const { profile, root } = target;
    const read = readSignatureFile((0,external_node_path_namespaceObject.join)(root, profile.signaturePath), root);
    if (read.kind === 'missing') {
        throw new UpstreamException(profile.messages.signatureMissingClass, profile.messages.signatureMissing, `${read.reason} (${profile.signaturePath}). The ${target.scope === 'core' ? 'server' : 'app'} is not signed, or the file is damaged: restore it from the release, or sign with \`code-integrity sign\`.`);
    }
    return read.data;
}
/** Step 2: the fields, with PHP's type errors where upstream would hit them (strict_types). */
function signatureFields(data) {
    const hashes = data.get('hashes');
    if (!(hashes instanceof PhpArray)) {
        throw new UpstreamException('TypeError', `ksort(): Argument #1 ($array) must be of type array, ${phpTypeName(hashes)} given`, 'signature.json has no "hashes" object; upstream stops with a PHP error here. Restore the file from the release.');
    }
    const sig = data.get('signature');
    if (typeof sig !== 'string') {
        throw new UpstreamException('TypeError', `base64_decode(): Argument #1 ($string) must be of type string, ${phpTypeName(sig)} given`, 'signature.json has no "signature" string; upstream stops with a PHP error here. Restore the file from the release.');
    }
    // base64_decode in non-strict mode skips every character outside the alphabet.
    const signature = Buffer.from(sig.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
    return { expected: phpKsort(hashes), signature, certificate: data.get('certificate') ?? null };
}
function summarize(cert, trusted, now) {
    const notBefore = new Date(cert.info.notBefore);
    const notAfter = new Date(cert.info.notAfter);
    const expired = now > notAfter;
    const notYetValid = now < notBefore;
    const warnings = [];
    if (expired)
        warnings.push(`certificate expired on ${cert.info.notAfter} (upstream does not check dates, so its verdict is unchanged)`);
    if (notYetValid)
        warnings.push(`certificate is not valid before ${cert.info.notBefore} (upstream does not check dates)`);
    return {
        subject: cert.info.subject,
        issuer: cert.info.issuer,
        commonName: cert.commonNames[0] ?? null,
        notBefore: cert.info.notBefore,
        notAfter: cert.info.notAfter,
        serial: cert.info.serial,
        revoked: false,
        expired,
        notYetValid,
        trusted,
        warnings,
    };
}
/** Step 3: the certificate must have been issued by a trusted certificate (upstream rules). */
function checkChain(fields, trust, profile, now, result) {
    let cert;
    try {
        if (typeof fields.certificate !== 'string')
            throw new CertificateParseError('the "certificate" field is not a string');
        cert = parseCertificate(fields.certificate);
    }
    catch (e) {
        throw new UpstreamException(profile.messages.exceptionClass, profile.messages.certificateInvalid, `The certificate in signature.json cannot be read: ${e.message}.`);
    }
    const trusted = upstreamChainValid(cert, trust.certificates);
    result.certificate = summarize(cert, trusted, now);
    if (!trusted) {
        throw new UpstreamException(profile.messages.exceptionClass, profile.messages.certificateInvalid, `The signer certificate (${cert.info.subject}) was issued by "${cert.info.issuer}", which is not among the trusted roots (${trust.sources.join(', ')}). Pass the right --trust, or do not trust this release.`);
    }
    return cert;
}
/** Step 4: CN must be the scope, or "core" (trusted for every scope upstream). */
function checkScope(cert, scope, profile) {
    const cns = cert.commonNames;
    const cn = cns.length === 1 ? cns[0] : null;
    if (cn === scope || cn === 'core')
        return;
    // phpseclib returns an array for several CNs (printed "Array") and null for none.
    const shown = cns.length > 1 ? 'Array' : (cn ?? '');
    throw new UpstreamException(profile.messages.exceptionClass, profile.messages.scopeInvalid(scope, shown), cns.length === 1
        ? `The certificate is for ${shown === 'core' ? 'core' : `app "${shown}"`}, not for "${scope}". Did you pass the wrong --app-id, or sign with another app's key?`
        : 'The certificate has no single CN, so it cannot be bound to a scope.');
}
/** Step 5: RSA-PSS over the compact JSON of the ksorted hashes. */
function checkSignature(fields, cert, profile) {
    const ok = pssVerify(signedMessage(fields.expected), fields.signature, cert.x509.publicKey);
    if (!ok) {
        throw new UpstreamException(profile.messages.exceptionClass, profile.messages.signatureInvalid, 'The hashes in signature.json do not match its signature: the file was edited after signing, or signed with another key than its certificate. Restore it from the release.');
    }
}
/** Step 6 (Nextcloud core): expected `updater/` entries are ignored once the signature holds. */
function dropUpdater(expected, profile) {
    if (!profile.dropUpdaterOnVerify)
        return expected;
    return PhpArray.fromEntries([...expected].filter(([k]) => !(typeof k === 'string' && k.startsWith('updater/'))));
}
function displayRoot(root) {
    const rel = (0,external_node_path_namespaceObject.relative)(process.cwd(), root);
    return rel === '' ? '.' : rel.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(rel) ? root : rel;
}
function emptyScopeResult(target) {
    return {
        scope: target.scope,
        profile: target.profile.name,
        root: displayRoot(target.root),
        signaturePath: target.profile.signaturePath,
        INVALID_HASH: {},
        MISSING_FILE: {},
        EXTRA_FILE: {},
        EXCEPTION: null,
        upstream: new PhpArray(),
        notes: [],
        stats: { files: 0, bytes: 0, ms: 0 },
    };
}
function setException(result, className, message, hint) {
    result.EXCEPTION = hint === undefined ? { class: className, message } : { class: className, message, hint };
    const detail = new PhpArray();
    detail.set('class', className);
    detail.set('message', message);
    result.upstream = PhpArray.fromEntries([['EXCEPTION', detail]]);
}
/** Verify one scope. Never throws for integrity problems; they are in the returned result. */
async function verifyTarget(request) {
    const { target, trust } = request;
    const { profile } = target;
    const now = request.now ?? new Date();
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const result = emptyScopeResult(target);
    try {
        const data = readSignature(target);
        const fields = signatureFields(data);
        const cert = checkChain(fields, trust, profile, now, result);
        checkScope(cert, target.scope, profile);
        checkSignature(fields, cert, profile);
        const expected = dropUpdater(fields.expected, profile);
        const hashed = await hashEntries(walkTree(target.root, profile, { extraExcluded: request.extraExcluded ?? [] }), request.hash);
        const current = new PhpArray();
        const currentByPath = new Map();
        const problems = new Map();
        for (const file of hashed) {
            result.stats.files += 1;
            result.stats.bytes += file.bytes;
            if (file.hash === null) {
                problems.set(file.rel, file.problem ?? 'cannot be read');
                current.set(file.rel, false); // hash_file() returns false for what it cannot read
            }
            else {
                currentByPath.set(file.rel, file.hash);
                current.set(file.rel, file.hash);
            }
        }
        result.upstream = upstreamCompare(expected, current, profile.comparison);
        const own = pathCompare(expected, currentByPath, problems, result.upstream);
        result.INVALID_HASH = own.INVALID_HASH;
        result.MISSING_FILE = own.MISSING_FILE;
        result.EXTRA_FILE = own.EXTRA_FILE;
        if (profile.vendor === 'nextcloud' && profile.kind === 'core' && own.INVALID_HASH['core/js/mimetypelist.js']) {
            result.notes.push('core/js/mimetypelist.js differs. If an admin ran `occ maintenance:mimetype:update-js` with custom aliases, upstream accepts the regenerated file; this tool does not regenerate it and reports the difference.');
        }
    }
    catch (e) {
        if (e instanceof UpstreamException)
            setException(result, e.className, e.message, e.hint);
        else if (e instanceof UpstreamComparisonError)
            setException(result, 'Exception', e.message);
        else if (e instanceof WalkError) {
            setException(result, 'UnexpectedValueException', `RecursiveDirectoryIterator::__construct(${(0,external_node_path_namespaceObject.join)(target.root, e.path)}): Failed to open directory: ${e.code === 'EACCES' ? 'Permission denied' : (e.code ?? 'error')}`, `${e.message}. Make the folder readable, then check again.`);
        }
        else
            throw e;
    }
    result.stats.ms = Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started);
    return result;
}

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The machine-readable report: the Result model with a stable key order, the tool version,
 * per-scope verdict and counts, `upstreamWouldMiss` flags, and upstream's own result.
 */


/** PHP array → plain JSON value (lists become arrays). Key order of integer keys is not kept by JS objects. */
function plain(value) {
    if (value instanceof PhpFloat)
        return value.value;
    if (!(value instanceof PhpArray))
        return value;
    if (value.isList())
        return [...value].map(([, v]) => plain(v));
    const out = {};
    for (const [k, v] of value)
        out[String(k)] = plain(v);
    return out;
}
function scopeJson(scope) {
    const out = {
        scope: scope.scope,
        profile: scope.profile,
        root: scope.root,
        signaturePath: scope.signaturePath,
        verdict: findingCount(scope) === 0 ? 'passed' : 'failed',
        counts: {
            INVALID_HASH: categoryCount(scope, 'INVALID_HASH'),
            MISSING_FILE: categoryCount(scope, 'MISSING_FILE'),
            EXTRA_FILE: categoryCount(scope, 'EXTRA_FILE'),
            EXCEPTION: categoryCount(scope, 'EXCEPTION'),
        },
    };
    for (const category of FILE_CATEGORIES)
        out[category] = scope[category];
    out.EXCEPTION = scope.EXCEPTION;
    out.certificate = scope.certificate ?? null;
    out.notes = scope.notes;
    out.stats = scope.stats;
    out.upstream = plain(scope.upstream);
    return out;
}
function renderJson(result) {
    const doc = {
        tool: result.tool,
        ok: result.ok,
        stats: result.stats,
        scopes: result.scopes.map(scopeJson),
    };
    return JSON.stringify(doc, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/nextcloud.ts
/**
 * What `occ integrity:check-app` / `check-core` print for the same results, byte for byte:
 * `--output=json` (compact PHP json_encode + "\n"), `json_pretty`, and the default `plain`
 * listing. Several scopes (whole installation) are printed the way upstream stores them:
 * an object of the scopes with findings (`oc.integritycheck.checker`).
 */


/** The array occ would print: one scope's result, or upstream's per-scope store for several. */
function occArray(result) {
    if (result.scopes.length === 1)
        return result.scopes[0].upstream;
    const all = new PhpArray();
    for (const scope of result.scopes)
        if (scope.upstream.size > 0)
            all.set(scope.scope, scope.upstream);
    return all;
}
/** occ's plain listing (Base::writeArrayInOutputFormat): "  - key: value", nested by two spaces. */
function plainLines(arr, prefix, out) {
    for (const [key, value] of arr) {
        if (value instanceof PhpArray) {
            out.push(`${prefix}${String(key)}:`);
            plainLines(value, '  ' + prefix, out);
            continue;
        }
        const shown = valueToString(value);
        if (typeof key === 'number')
            out.push(`${prefix}${shown ?? ''}`);
        else if (shown === null)
            out.push(`${prefix}${key}`);
        else
            out.push(`${prefix}${key}: ${shown}`);
    }
}
/** Base::valueToString: booleans as words, null as nothing. */
function valueToString(value) {
    if (value === false)
        return 'false';
    if (value === true)
        return 'true';
    if (value === null)
        return null;
    return phpToString(value);
}
function renderNextcloud(result, output = 'plain') {
    const arr = occArray(result);
    if (output === 'json')
        return phpJsonEncode(arr) + '\n';
    if (output === 'json_pretty')
        return phpJsonEncode(arr, { pretty: true }) + '\n';
    const lines = [];
    plainLines(arr, '  - ', lines);
    return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/hints.ts
const CATEGORY_HINTS = {
    INVALID_HASH: 'content differs from the signed release: restore the file from the release',
    MISSING_FILE: 'part of the signed release but missing: restore it from the release',
    EXTRA_FILE: 'not part of the signed release: if you did not add it on purpose, remove it; otherwise list it in --allow (Action: allow)',
    EXCEPTION: 'the signature itself could not be checked',
};
const CATEGORY_TITLES = {
    INVALID_HASH: 'Changed files',
    MISSING_FILE: 'Missing files',
    EXTRA_FILE: 'Extra files',
    EXCEPTION: 'Signature problem',
};
/** Short hash prefix for humans; full hashes stay in json/nextcloud output. */
function shortHash(hash) {
    return hash === '' ? '(none)' : hash.slice(0, 12);
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(v >= 10 ? 0 : 1)} ${units[i]}`;
}
function formatMs(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The terminal report: verdict first, counts per category and scope, then findings grouped
 * by category with a one-line fix hint each. Colour only when the caller says so (a TTY
 * without NO_COLOR); the function itself is pure.
 */


function painter(color) {
    return color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
}
function scopeHeader(scope, paint) {
    const n = findingCount(scope);
    const verdict = n === 0 ? paint('32;1', 'PASSED') : paint('31;1', 'FAILED');
    const what = `${scope.scope} (${scope.profile}, ${scope.root})`;
    const size = `${scope.stats.files} files, ${formatBytes(scope.stats.bytes)}, ${formatMs(scope.stats.ms)}`;
    if (scope.EXCEPTION)
        return `${verdict}  ${what}: ${scope.EXCEPTION.message}`;
    return `${verdict}  ${what}: ${n === 0 ? 'every file matches the signature' : `${n} finding${n === 1 ? '' : 's'}`} (${size})`;
}
function countsLine(scope) {
    const parts = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE', 'EXCEPTION'].map((c) => `${c} ${categoryCount(scope, c)}`);
    return `  ${parts.join('  ')}`;
}
function certificateLines(scope, paint) {
    const c = scope.certificate;
    if (!c)
        return [];
    const lines = [
        `  signer: ${c.subject}; issuer: ${c.issuer}; valid ${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)}; serial ${c.serial}`,
    ];
    for (const w of c.warnings)
        lines.push(`  ${paint('33', 'warning:')} ${w}`);
    return lines;
}
function renderText(result, options = {}) {
    const paint = painter(options.color === true);
    const limit = options.limit ?? 200;
    const out = [];
    const failed = result.scopes.filter((s) => findingCount(s) > 0).length;
    if (result.scopes.length > 1) {
        out.push(result.ok
            ? paint('32;1', `PASSED: all ${result.scopes.length} scopes match their signatures`)
            : paint('31;1', `FAILED: ${failed} of ${result.scopes.length} scopes have findings`));
        out.push('');
    }
    for (const scope of result.scopes) {
        out.push(scopeHeader(scope, paint));
        if (scope.EXCEPTION) {
            if (scope.EXCEPTION.hint)
                out.push(`  ${scope.EXCEPTION.hint}`);
            out.push(`  (${scope.EXCEPTION.class})`);
        }
        else if (findingCount(scope) > 0) {
            out.push(countsLine(scope));
        }
        out.push(...certificateLines(scope, paint));
        for (const category of FILE_CATEGORIES) {
            const entries = Object.entries(scope[category]);
            if (entries.length === 0)
                continue;
            out.push('');
            out.push(`  ${paint('1', category)} (${entries.length}): ${CATEGORY_HINTS[category]}`);
            for (const [name, f] of entries.slice(0, limit)) {
                let line = `    ${name}`;
                if (f.problem)
                    line += `  — ${f.problem}`;
                else if (category === 'INVALID_HASH')
                    line += `  expected ${shortHash(f.expected)}… current ${shortHash(f.current)}…`;
                if (f.upstreamWouldMiss)
                    line += paint('2', '  (occ would not report this)');
                out.push(line);
            }
            if (entries.length > limit)
                out.push(`    … and ${entries.length - limit} more (use --format json for the full list)`);
        }
        for (const note of scope.notes)
            out.push(`  note: ${note}`);
        out.push('');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a test (the bundle cannot read package.json). */
const VERSION = '0.1.0';
const TOOL_NAME = 'code-integrity';

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command line: argv → engine → report → exit code (0 clean, 1 findings, 2 error).
 * Thin on purpose; every decision about integrity lives in src/engine/.
 */












const FORMATS = ['text', 'json', 'nextcloud', 'nextcloud-json', 'nextcloud-json-pretty'];
const MAIN_HELP = `${TOOL_NAME} ${VERSION} — sign and verify Nextcloud/ownCloud code signatures (signature.json)

Usage:
  ${TOOL_NAME} verify [DIR ...] [options]   check a tree against its signature.json
  ${TOOL_NAME} sign [DIR] --key FILE --cert FILE [options]
                                         write appinfo/signature.json or core/signature.json
  ${TOOL_NAME} help COMMAND                options of one command
  ${TOOL_NAME} --version

Exit codes: 0 clean, 1 integrity findings, 2 usage or I/O error.
`;
const VERIFY_HELP = `Usage: ${TOOL_NAME} verify [DIR ...] [options]

Checks each DIR (default: .) against its signature file, like occ integrity:check-app /
check-core, without PHP or a server.

Options:
  --profile P        auto (default), nextcloud-app, nextcloud-core, owncloud-app, owncloud-core, generic
  --app-id ID        the app id the certificate must be issued for (default: <id> in appinfo/info.xml)
  --signature-path P signature file relative to DIR (generic profile)
  --trust T          trusted roots: nextcloud (default), owncloud, or a PEM file; repeatable
  --format F         text (default), json, nextcloud (occ's plain output),
                     nextcloud-json (occ --output=json, byte for byte), nextcloud-json-pretty
  --output FILE      write the report to FILE instead of stdout
  --fail-on LIST     categories that make the exit code 1
                     (default INVALID_HASH,MISSING_FILE,EXTRA_FILE,EXCEPTION)
  -h, --help
`;
const SIGN_HELP = `Usage: ${TOOL_NAME} sign [DIR] --key FILE|- --cert FILE [options]

Writes DIR/appinfo/signature.json (app) or DIR/core/signature.json (server), byte-identical
to occ integrity:sign-app / integrity:sign-core. The key must belong to the certificate and
the certificate's CN must be the app id (or core).

Options:
  --key FILE|-          PEM private key (PKCS#1 or PKCS#8; "-" reads it from standard input)
  --cert FILE           PEM certificate issued for the app id (or core)
  --passphrase-env VAR  name of the environment variable holding the key's passphrase
  --profile P           auto (default), nextcloud-app, nextcloud-core, owncloud-app, owncloud-core, generic
  --app-id ID           app id (default: <id> in appinfo/info.xml)
  --signature-path P    signature file relative to DIR (generic profile)
  --output FILE         write the signature somewhere else
  --dry-run             compute and print the summary, write nothing
  -h, --help
`;
const COMMON_OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    profile: { type: 'string' },
    'app-id': { type: 'string' },
    'signature-path': { type: 'string' },
    output: { type: 'string' },
};
function parse(args, options, help) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (e) {
        throw new UsageError(e.message.replace(/\.?$/, ''), `See:\n${help}`);
    }
}
function readInputFile(path, what, io) {
    if (path === '-')
        return io.readStdin();
    try {
        return (0,external_node_fs_.readFileSync)(resolvePath(io.cwd, path), 'utf8');
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT'
            ? 'does not exist'
            : code === 'EACCES'
                ? 'is not readable (permission denied)'
                : code === 'EISDIR'
                    ? 'is a folder'
                    : `cannot be read (${code ?? e.message})`;
        throw new UsageError(`${what} ${path} ${why}`);
    }
}
function resolvePath(cwd, p) {
    return p.startsWith('/') ? p : `${cwd}/${p}`;
}
function parseFailOn(value) {
    if (value === undefined || value.trim() === '')
        return new Set(CATEGORIES);
    const out = new Set();
    for (const raw of value.split(/[,\s]+/).filter(Boolean)) {
        const name = raw.toUpperCase() === 'FILE_MISSING' ? 'MISSING_FILE' : raw.toUpperCase();
        if (!CATEGORIES.includes(name)) {
            throw new UsageError(`unknown category "${raw}" in --fail-on`, `Use a comma-separated list of ${CATEGORIES.join(', ')}.`);
        }
        out.add(name);
    }
    return out;
}
/** Exit code of a verification: 1 when any scope has a finding in a failing category. */
function exitCodeFor(result, failOn) {
    for (const scope of result.scopes)
        for (const c of failOn)
            if (categoryCount(scope, c) > 0)
                return 1;
    return 0;
}
async function runVerify(args, io) {
    const { values, positionals } = parse(args, {
        ...COMMON_OPTIONS,
        trust: { type: 'string', multiple: true },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
    }, VERIFY_HELP);
    if (values.help) {
        io.stdout(VERIFY_HELP);
        return 0;
    }
    const format = (values.format ?? 'text');
    if (!FORMATS.includes(format)) {
        throw new UsageError(`unknown format "${values.format}"`, `Use one of: ${FORMATS.join(', ')}.`);
    }
    const failOn = parseFailOn(values['fail-on']);
    const trust = loadTrustStore(values.trust ?? [], io.cwd);
    const dirs = positionals.length > 0 ? positionals : ['.'];
    const targets = dirs.map((d) => resolveTarget(resolvePath(io.cwd, d), { profile: values.profile, appId: values['app-id'], signaturePath: values['signature-path'] }));
    const scopes = [];
    for (const target of targets)
        scopes.push(await verifyTarget({ target, trust }));
    const result = buildResult(scopes, { name: TOOL_NAME, version: VERSION });
    const report = render(result, format, io.isTTY && values.output === undefined && io.env.NO_COLOR === undefined);
    if (values.output !== undefined)
        writeFileAtomic(resolvePath(io.cwd, values.output), report);
    else
        io.stdout(report);
    return exitCodeFor(result, failOn);
}
function render(result, format, color) {
    switch (format) {
        case 'json':
            return renderJson(result);
        case 'nextcloud':
            return renderNextcloud(result, 'plain');
        case 'nextcloud-json':
            return renderNextcloud(result, 'json');
        case 'nextcloud-json-pretty':
            return renderNextcloud(result, 'json_pretty');
        default:
            return renderText(result, { color });
    }
}
async function runSign(args, io) {
    const { values, positionals } = parse(args, {
        ...COMMON_OPTIONS,
        key: { type: 'string' },
        cert: { type: 'string' },
        'passphrase-env': { type: 'string' },
        'dry-run': { type: 'boolean' },
    }, SIGN_HELP);
    if (values.help) {
        io.stdout(SIGN_HELP);
        return 0;
    }
    if (!values.key || !values.cert) {
        throw new UsageError('sign needs --key and --cert', `See:\n${SIGN_HELP}`);
    }
    if (positionals.length > 1)
        throw new UsageError('sign takes one folder', 'Run sign once per app or server tree.');
    let passphrase;
    const passVar = values['passphrase-env'];
    if (passVar !== undefined) {
        passphrase = io.env[passVar];
        if (passphrase === undefined)
            throw new UsageError(`the environment variable ${passVar} (--passphrase-env) is not set`);
    }
    const target = resolveTarget(resolvePath(io.cwd, positionals[0] ?? '.'), {
        profile: values.profile,
        appId: values['app-id'],
        signaturePath: values['signature-path'],
    });
    const outcome = await signTree({
        target,
        privateKeyPem: readInputFile(values.key, 'private key', io),
        passphrase,
        certificatePem: readInputFile(values.cert, 'certificate', io),
        output: values.output === undefined ? undefined : resolvePath(io.cwd, values.output),
        dryRun: values['dry-run'] === true,
    });
    io.stdout(outcome.written
        ? `Signed ${target.scope} (${target.profile.name}): ${outcome.filesSigned} files, wrote ${outcome.signaturePath}\n`
        : `Dry run: would sign ${target.scope} (${target.profile.name}): ${outcome.filesSigned} files into ${outcome.signaturePath}; nothing written\n`);
    return 0;
}
/** Run the CLI; returns the exit code. Never throws for a user mistake. */
async function main(argv, io) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'verify':
                return await runVerify(rest, io);
            case 'sign':
                return await runSign(rest, io);
            case '--version':
            case '-V':
                io.stdout(`${VERSION}\n`);
                return 0;
            case undefined:
            case '-h':
            case '--help':
                io.stdout(MAIN_HELP);
                return 0;
            case 'help': {
                const topic = rest[0];
                io.stdout(topic === 'verify' ? VERIFY_HELP : topic === 'sign' ? SIGN_HELP : MAIN_HELP);
                return 0;
            }
            default:
                throw new UsageError(`unknown command "${command}"`, `See:\n${MAIN_HELP}`);
        }
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`${TOOL_NAME}: error: ${e.message}\n${e.hint ? `${e.hint.endsWith('\n') ? e.hint : e.hint + '\n'}` : ''}`);
            return 2;
        }
        io.stderr(`${TOOL_NAME}: internal error: ${e.stack ?? String(e)}\nThis is a bug; please report it with the command you ran.\n`);
        return 2;
    }
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
