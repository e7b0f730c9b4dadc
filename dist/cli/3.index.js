export const id = 3;
export const ids = [3];
export const modules = {

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

// EXTERNAL MODULE: ./src/engine/plan.ts
var engine_plan = __webpack_require__(955);
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

/***/ 2274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ verifyWithBaselines),
/* harmony export */   t: () => (/* binding */ runVerification)
/* harmony export */ });
/* harmony import */ var _baseline_lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6504);
/* harmony import */ var _engine_archive_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3679);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_fs_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5118);
/* harmony import */ var _engine_hashing_prestart_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1794);
/* harmony import */ var _engine_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(955);
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
        const given = (0,_baseline_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .namesBaseline */ .es)(request) ? (await Promise.all(/* import() */[__webpack_require__.e(763), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 965))).givenBaselines(request) : NO_GIVEN;
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
    const files = await Promise.all(/* import() */[__webpack_require__.e(763), __webpack_require__.e(965)]).then(__webpack_require__.bind(__webpack_require__, 965));
    const baselines = files.readBaselines(given, defaults, cwd);
    return { baselines, rules: files.baselineFor(baselines) };
}
function onlyArchives(request) {
    return request.paths.length > 0 && request.paths.every((p) => (0,_engine_fs_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .isRegularFile */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(request.cwd, p)));
}


/***/ }),

/***/ 7988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ TARGET_OPTIONS),
/* harmony export */   LN: () => (/* binding */ closestOption),
/* harmony export */   ML: () => (/* binding */ keyBits),
/* harmony export */   NJ: () => (/* binding */ positiveInt),
/* harmony export */   Nu: () => (/* binding */ passphraseFrom),
/* harmony export */   RB: () => (/* binding */ oneArchive),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   dx: () => (/* binding */ resolveFrom),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   nn: () => (/* binding */ VERIFY_OPTIONS),
/* harmony export */   yG: () => (/* binding */ checkRequest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/** Argument helpers shared by the sub-commands (same rules as main.ts: strict, usage errors exit 2). */




/** parseArgs, strict, with a usage error (and the command's help) for anything unknown. */
function parseCommand(args, options, help) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (e) {
        const err = e;
        const unknown = err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']+)'/.exec(err.message)?.[1] : undefined;
        if (unknown !== undefined) {
            const guess = closestOption(unknown, Object.keys(options));
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unknown option ${unknown}${guess ? ` (did you mean --${guess}?)` : ''}`, `See:\n${help}`);
        }
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(err.message.replace(/\.?$/, ''), `See:\n${help}`);
    }
}
/** The known option closest to a mistyped one (at most two edits, or a unique prefix), if any. */
function closestOption(typed, known) {
    const word = typed.replace(/^-+/, '').replace(/=.*$/, '');
    const prefixed = known.filter((k) => word.length >= 2 && k.startsWith(word));
    if (prefixed.length === 1)
        return prefixed[0];
    let best;
    let bestDistance = Infinity;
    for (const k of known) {
        const d = editDistance(word, k);
        if (d < bestDistance)
            [best, bestDistance] = [k, d];
    }
    return bestDistance <= Math.min(2, Math.floor(word.length / 2)) ? best : undefined;
}
/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const row = d[i];
            const prev = d[i - 1];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
/** A path from the command line, relative to the CLI's working directory. */
function resolveFrom(cwd, p) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p);
}
/** A positive integer option (days, bits). */
function positiveInt(value, name, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) <= 0)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--${name} must be a positive whole number (got "${value}")`);
    return Number(value);
}
/** An RSA key size option: 2048, 3072 or 4096. */
function keyBits(value) {
    const bits = positiveInt(value, 'bits', 4096);
    if (![2048, 3072, 4096].includes(bits))
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--bits must be 2048, 3072 or 4096 (got ${bits})`, 'Use 4096, as the upstream docs do.');
    return bits;
}
/** Read a file named on the command line ("-" = standard input) with a one-line error. */
function readInputFile(path, what, cwd, readStdin) {
    if (path === '-')
        return readStdin();
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(resolveFrom(cwd, path), 'utf8');
    }
    catch (e) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${what} ${path} ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFsError */ .TQ)(e)}`);
    }
}
/** The options of commands that take a tree (verify, sign, inspect). */
const TARGET_OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    profile: { type: 'string' },
    'app-id': { type: 'string' },
    'signature-path': { type: 'string' },
    output: { type: 'string' },
};
/** The options of commands that verify trees and archives as verify does (verify, baseline). */
const VERIFY_OPTIONS = {
    ...TARGET_OPTIONS,
    trust: { type: 'string', multiple: true },
    crl: { type: 'string', multiple: true },
    'all-apps': { type: 'boolean' },
    'require-signed': { type: 'boolean' },
    release: { type: 'boolean' },
    'core-only': { type: 'boolean' },
    allow: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    'max-size': { type: 'string' },
    'max-entries': { type: 'string' },
};
/** What verify, baseline, explain and repair hand their use case from the shared options (absent ones off), named as the use cases name them. */
function checkRequest(values, cwd) {
    return {
        cwd,
        profile: values.profile,
        appId: values['app-id'],
        signaturePath: values['signature-path'],
        trust: values.trust ?? [],
        crl: values.crl ?? [],
        allow: values.allow ?? [],
        baseline: values.baseline,
        maxSize: values['max-size'],
        maxEntries: values['max-entries'],
        allApps: values['all-apps'] === true,
        requireSigned: values['require-signed'] === true,
        release: values.release === true,
        coreOnly: values['core-only'] === true,
    };
}
/** The key's passphrase from the environment variable named by --passphrase-env (never from the command line). */
function passphraseFrom(variable, io) {
    if (variable === undefined)
        return undefined;
    const passphrase = io.env[variable];
    if (passphrase === undefined)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`the environment variable ${variable} (--passphrase-env) is not set`);
    return passphrase;
}
/** The one archive a command takes, resolved against the working folder. */
function oneArchive(positionals, help, io) {
    if (positionals.length !== 1)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(positionals.length === 0 ? 'no archive given' : 'give one archive', `See:\n${help}`);
    return resolveFrom(io.cwd, positionals[0]);
}


/***/ }),

/***/ 6003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/commands/args.ts
var commands_args = __webpack_require__(7988);
// EXTERNAL MODULE: ./src/app/verify-run.ts
var verify_run = __webpack_require__(2274);
// EXTERNAL MODULE: ./src/engine/atomic-file.ts
var atomic_file = __webpack_require__(6624);
// EXTERNAL MODULE: ./src/report/index.ts + 4 modules
var src_report = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/engine/profiles/index.ts + 7 modules
var profiles = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
;// CONCATENATED MODULE: ./src/cli/commands/verify.ts
/**
 * `verify`: check folders and release archives against their signatures, like occ
 * integrity:check-app / check-core, and print a report; the exit code is the verdict.
 */








const HELP = `Usage: ${version/* TOOL_NAME */.l} verify [DIR|ARCHIVE ...] [options]

Checks each DIR (default: .) against its signature file, like occ integrity:check-app /
check-core, without PHP or a server. An ARCHIVE (.tar.gz, .tgz, .tar.bz2, .tar, .zip; told
apart by content) is read as a stream without extracting it: its one top folder is the app
(named like the app id) or the server (nextcloud/). What the archive holds is checked as
GNU tar, 7-Zip, Info-ZIP unzip and PHP's Archive_Tar / ZipArchive would extract it; where
they would write different things, that is a finding, or the archive is refused (exit 2).

A server ARCHIVE is checked whole: core, every app folder against its own signature (the
folder name is the app id), every app of core/shipped.json present, and every other file
covered by a signature or on the list of files upstream ships unsigned (listed with their
hashes); what is neither is an EXTRA_FILE of the "release" scope. See docs/archives.md.

Options:
  --profile P        auto (default), ${profiles/* PROFILE_NAMES */.J.join(', ')}
  --app-id ID        the app id the certificate must be issued for (default: <id> in appinfo/info.xml)
  --signature-path P signature file relative to DIR (generic profile)
  --trust T          trusted roots: nextcloud (default), owncloud, or a PEM file; repeatable
  --crl C            revocation list: nextcloud (bundled) or a CRL file (PEM/DER); repeatable.
                     A revoked signer certificate fails the scope. Without --crl, the
                     bundled Nextcloud CRL is still consulted, as a warning only
  --all-apps         DIR is an installed server: check core and every app (apps/ and config.php's apps_paths),
                     with upstream's rules (config/, data/ and the like are not checked)
  --require-signed   with --all-apps: an app without a signature fails instead of being listed as not signed
  --release          DIR is an extracted server release, not installed yet: check it whole, as a server
                     archive is checked (core, every app, shipped apps present, every other file accounted for)
  --core-only        a server ARCHIVE: check core alone against core/signature.json, not the whole release
  --baseline FILE    reviewed findings that do not fail the run, each with its reason, optionally pinned to
                     the file's SHA-512 (YAML; see docs/baseline.md); applies to every scope. Without it,
                     .code-integrity.yml at the root of each folder checked on disk is read (never from an
                     archive); --baseline none reads no baseline at all
  --allow GLOB       an extra file the host adds on purpose (e.g. .user.ini, '.well-known/**'); repeatable;
                     a shorthand for a baseline entry accepting it as EXTRA_FILE (@actions/glob syntax,
                     relative to each scope's root)
  --format F         the report's format (default text):
${(0,src_report/* reportFormatHelp */.zI)('                       ')}
  --output FILE      write the report to FILE instead of stdout
  --fail-on LIST     categories that make the exit code 1
                     (default INVALID_HASH,MISSING_FILE,EXTRA_FILE,EXCEPTION)
  -q, --quiet        no progress line on stderr (shown only when stderr is a terminal)
  --max-size N       archives: stop above N uncompressed bytes (default 8G; units K, M, G, T = powers of 1024)
  --max-entries N    archives: stop above N entries (default 1000000)
  -h, --help
`;
async function runVerify(args, io) {
    const { values, positionals } = (0,commands_args/* parseCommand */.RM)(args, {
        ...commands_args/* VERIFY_OPTIONS */.nn,
        format: { type: 'string' },
        'fail-on': { type: 'string' },
    }, HELP);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const format = values.format ?? 'text';
    if (!(0,src_report/* isReportFormat */._S)(format))
        throw new errors/* UsageError */.eb(`unknown format "${format}"`, `Use one of: ${src_report/* REPORT_FORMATS */.EL.join(', ')}.`);
    const progress = io.stderrIsTTY && !values.quiet ? (0,cli_progress/* progressLine */.o)(io.stderr) : undefined;
    const result = await (0,verify_run/* runVerification */.t)({
        ...(0,commands_args/* checkRequest */.yG)(values, io.cwd),
        paths: positionals,
        failOn: values['fail-on'],
        onProgress: progress ? (p) => progress.update(p) : undefined,
    }).finally(() => progress?.done());
    const report = (0,src_report/* renderReport */.B1)(result, format, { color: io.isTTY && values.output === undefined && io.env.NO_COLOR === undefined });
    if (values.output !== undefined)
        (0,atomic_file/* writeReportFile */.aS)((0,commands_args/* resolveFrom */.dx)(io.cwd, values.output), report);
    else
        io.stdout(report);
    return result.verdict === 'failed' ? 1 : 0;
}
const command = { help: HELP, run: runVerify };

;// CONCATENATED MODULE: ./src/cli/registry.ts

const COMMANDS = [
    {
        name: 'verify',
        synopsis: '[DIR|ARCHIVE ...] [options]',
        summary: 'check a tree or a release archive against its signature.json',
        load: async () => command,
    },
    {
        name: 'sign',
        synopsis: '[DIR] --key FILE --cert FILE [options]',
        summary: 'write appinfo/signature.json or core/signature.json',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(331), __webpack_require__.e(100)]).then(__webpack_require__.bind(__webpack_require__, 3672))).command,
    },
    {
        name: 'explain',
        synopsis: 'DIR --reference RELEASE [options]',
        summary: 'show what each finding is: diffs against a verified release, moved files',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(53), __webpack_require__.e(349), __webpack_require__.e(539), __webpack_require__.e(687), __webpack_require__.e(154)]).then(__webpack_require__.bind(__webpack_require__, 6154))).command,
    },
    {
        name: 'repair',
        synopsis: 'DIR --from RELEASE [--apply] | --undo MANIFEST',
        summary: 'restore files from a verified release, quarantine extras (dry run first)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(53), __webpack_require__.e(349), __webpack_require__.e(539), __webpack_require__.e(687), __webpack_require__.e(339)]).then(__webpack_require__.bind(__webpack_require__, 2339))).command,
    },
    {
        name: 'baseline',
        synopsis: '[DIR|ARCHIVE ...] [options]',
        summary: "print a baseline accepting today's findings, pinned, for review",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(763), __webpack_require__.e(914)]).then(__webpack_require__.bind(__webpack_require__, 914))).command,
    },
    {
        name: 'inspect',
        synopsis: 'SIGNATURE.json|DIR|ARCHIVE',
        summary: 'who signed it, validity, revocation, chain (no hashing)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(53), __webpack_require__.e(349), __webpack_require__.e(341)]).then(__webpack_require__.bind(__webpack_require__, 341))).command,
    },
    {
        name: 'keygen',
        synopsis: '--cn ID [--out DIR]',
        summary: 'RSA-4096 key + CSR for an app id (like the upstream docs)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(542), __webpack_require__.e(130)]).then(__webpack_require__.bind(__webpack_require__, 130))).command,
    },
    {
        name: 'ca',
        synopsis: 'init|issue|revoke|crl',
        summary: 'a private code-signing CA (forks, enterprises, tests)',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(542), __webpack_require__.e(136)]).then(__webpack_require__.bind(__webpack_require__, 136))).command,
    },
    {
        name: 'package',
        synopsis: '[DIR] [--key FILE --cert FILE] [--out DIR]',
        summary: 'reproducible <id>-<version>.tar.gz, signed, pre-flighted for the App Store',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(753), __webpack_require__.e(53), __webpack_require__.e(514), __webpack_require__.e(331), __webpack_require__.e(356)]).then(__webpack_require__.bind(__webpack_require__, 3356))).command,
    },
    {
        name: 'preflight',
        synopsis: 'ARCHIVE [--cert FILE]',
        summary: 'check an app archive as the App Store and the installer will',
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(753), __webpack_require__.e(53), __webpack_require__.e(514), __webpack_require__.e(854)]).then(__webpack_require__.bind(__webpack_require__, 3854))).command,
    },
    {
        name: 'appstore-sign',
        synopsis: 'ARCHIVE --key FILE',
        summary: "the App Store's release signature (base64 RSA-SHA512)",
        load: async () => (await __webpack_require__.e(/* import() */ 223).then(__webpack_require__.bind(__webpack_require__, 4604))).command,
    },
    {
        name: 'appstore-verify',
        synopsis: 'ARCHIVE --signature B64 --cert FILE',
        summary: 'check an App Store release signature',
        load: async () => (await __webpack_require__.e(/* import() */ 943).then(__webpack_require__.bind(__webpack_require__, 6943))).command,
    },
];
function findCommand(name) {
    return COMMANDS.find((c) => c.name === name);
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command line: argv → command → exit code (0 clean, 1 findings, 2 error). Thin on
 * purpose: the commands are in commands/ (registry.ts lists them), every decision about
 * integrity lives in src/engine/.
 */





/** "  code-integrity verify ARGS   what it does", the summary on the next line when the usage is long. */
function usageLine(usage, summary) {
    const line = `  ${version/* TOOL_NAME */.l} ${usage}`;
    return line.length <= 40 ? `${line.padEnd(41)}${summary}` : `${line}\n${' '.repeat(41)}${summary}`;
}
function mainHelp() {
    const lines = [
        ...COMMANDS.map((c) => usageLine(`${c.name} ${c.synopsis}`, c.summary)),
        usageLine('help COMMAND', 'the options of one command'),
        usageLine('--version', 'the version'),
    ];
    return `${version/* TOOL_NAME */.l} ${version/* VERSION */.x} — sign and verify Nextcloud/ownCloud code signatures (signature.json)

Usage:
${lines.join('\n')}

Exit codes: 0 clean, 1 integrity findings, 2 usage or I/O error.
`;
}
/** The error for a command that does not exist, naming the closest one. */
function unknownCommand(name) {
    const guess = (0,commands_args/* closestOption */.LN)(name, COMMANDS.map((c) => c.name));
    return new errors/* UsageError */.eb(`unknown command "${name}"${guess ? ` (did you mean ${guess}?)` : ''}`, `See:\n${mainHelp()}`);
}
async function run(argv, io) {
    const [name, ...rest] = argv;
    switch (name) {
        case undefined:
            io.stderr(mainHelp());
            return 2;
        case '-h':
        case '--help':
            io.stdout(mainHelp());
            return 0;
        case '--version':
        case '-V':
            io.stdout(`${version/* VERSION */.x}\n`);
            return 0;
        case 'help': {
            const topic = findCommand(rest[0]);
            io.stdout(topic ? (await topic.load()).help : mainHelp());
            return 0;
        }
    }
    const entry = findCommand(name);
    if (entry === undefined)
        throw unknownCommand(name);
    return (await entry.load()).run(rest, io);
}
/** Run the CLI; returns the exit code. Never throws for a user mistake. */
async function main(argv, io) {
    try {
        return await run(argv, io);
    }
    catch (e) {
        if (e instanceof errors/* UsageError */.eb) {
            // Messages quote paths, names and ids from the tree: shown line by line through displayText.
            const worded = (text) => (0,display/* displayText */.W)((0,errors/* wordOptions */.vR)(text, errors/* CLI_WORDING */.ml));
            const hint = e.hint === undefined ? [] : e.hint.replace(/\n$/, '').split('\n');
            io.stderr([`${version/* TOOL_NAME */.l}: error: ${worded(e.message)}`, ...hint.map(worded)].join('\n') + '\n');
            return 2;
        }
        const trace = (e.stack ?? String(e)).split('\n').map(display/* displayText */.W).join('\n');
        io.stderr(`${version/* TOOL_NAME */.l}: internal error: ${trace}\nThis is a bug; please report it with the command you ran.\n`);
        return 2;
    }
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ progressLine)
/* harmony export */ });
/* harmony import */ var _engine_display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6060);
/* harmony import */ var _report_hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4424);
/**
 * A one-line progress display on stderr (only on a terminal): files and bytes hashed,
 * rate, and an ETA from the number of files the signature lists (none when signing).
 */


function progressLine(write, now = Date.now) {
    const started = now();
    let last = 0;
    let shown = false;
    return {
        update(p) {
            const t = now();
            if (t - last < 100)
                return;
            last = t;
            const secs = Math.max((t - started) / 1000, 0.001);
            const rate = p.bytes / secs;
            const left = p.expectedFiles > p.files ? ((p.expectedFiles - p.files) * secs) / Math.max(p.files, 1) : 0;
            const eta = p.expectedFiles > 0 ? `, ETA ${left < 1 ? '<1' : Math.round(left)} s` : '';
            const files = p.expectedFiles > 0 ? `${p.files}/${p.expectedFiles}` : `${p.files}`;
            write(`\r\u001b[2K${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W)(p.scope)}: ${files} files, ${(0,_report_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(p.bytes)}, ${(0,_report_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(rate)}/s${eta}`);
            shown = true;
        },
        done() {
            if (shown)
                write('\r\u001b[2K');
            shown = false;
        },
    };
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
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(955);
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
        const { openArchiveTarget } = await Promise.all(/* import() */[__webpack_require__.e(53), __webpack_require__.e(349), __webpack_require__.e(539)]).then(__webpack_require__.bind(__webpack_require__, 6539));
        const { collisionNotes, planReleaseArchive } = await __webpack_require__.e(/* import() */ 374).then(__webpack_require__.bind(__webpack_require__, 5374));
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

/***/ 7073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ acceptable),
/* harmony export */   Qp: () => (/* binding */ applyBaseline)
/* harmony export */ });
/* unused harmony export pinChangedNote */
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1173);
/* harmony import */ var _php_ksort_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6484);
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
const byPath = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (0,_php_ksort_js__WEBPACK_IMPORTED_MODULE_0__/* .binaryCompare */ .$Y)(a, b)));
/** Move the findings `entries` accept to `scope.accepted`; note pinned files that changed. */
function applyBaseline(scope, rules) {
    if (rules.length === 0)
        return;
    for (const category of _result_js__WEBPACK_IMPORTED_MODULE_1__/* .FILE_CATEGORIES */ .yW) {
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

/***/ 6060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ displayText),
/* harmony export */   f: () => (/* binding */ displayJson)
/* harmony export */ });
/**
 * Showing text that comes from a checked tree: file names, app ids, certificate subjects and
 * the messages that quote them. They are hostile input. Printed raw, a newline followed by
 * `::warning::` forges a workflow command, `##[` anywhere on a line is one too (the runner's
 * legacy syntax), a bare CR ends a Markdown table row, ESC sequences repaint a terminal and
 * bidi controls make a name read as another.
 *
 * `displayText` is the one function every reporter and front end uses for such text: it keeps
 * ordinary text (including non-ASCII names) as it is and renders every control character
 * visibly, as a backslash escape, on one line. Machine formats that escape by construction
 * (JSON, the occ-compatible formats) keep the exact bytes instead.
 */
/** Characters shown as escapes: C0 and C1 controls, DEL, line/paragraph separators, bidi and invisible format controls, lone surrogates. */
const UNSAFE = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeChar(c) {
    const named = NAMED[c];
    if (named !== undefined)
        return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * `text` safe to print on one line of a log, a terminal or a Markdown summary: control
 * characters as visible escapes (`\n`, `\r`, `\x1b`, `\u2028`, …), the runner's legacy command
 * marker `##[` broken as `##\[`, and a leading `::` (after spaces) broken as `:\:`, so the
 * text can never start or contain a workflow command wherever it is placed on a line.
 */
function displayText(text) {
    let out = text.replace(UNSAFE, escapeChar);
    if (out.includes('##['))
        out = out.replace(/##\[/g, '##\\[');
    return out.replace(/^(\s*):(?=:)/, '$1:\\');
}
/** Characters JSON may hold raw that displayJson writes as `\uXXXX` (C0 controls and lone surrogates are escaped by every encoder already). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
/**
 * JSON text safe to print in a CI log or a terminal, with the same value. JSON escaping keeps
 * C0 controls and line breaks out, but leaves DEL, C1 controls, U+2028/U+2029 and bidi
 * controls raw, and the runner's legacy command marker `##[` is plain text inside a string:
 * those are written as `\uXXXX` escapes (`##[` as `##\u005b`), which every JSON reader decodes
 * to the same characters. Outside strings JSON is ASCII without `#`, so only strings change.
 */
function displayJson(json) {
    let out = json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (out.includes('##['))
        out = out.replace(/##\[/g, '##\\u005b');
    return out;
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ optionRef),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   ml: () => (/* binding */ CLI_WORDING),
/* harmony export */   vR: () => (/* binding */ wordOptions)
/* harmony export */ });
/**
 * Errors that are the user's to fix (bad path, unreadable key, wrong passphrase, bad PEM).
 * Front ends print `message` and `hint` on one or two lines and exit with code 2; they
 * never print a stack trace for these. `code` names the kind of error for programs (the
 * Action's `error-code` output); options the user can change are written `optionRef(name)`,
 * which each front end words its own way (wordOptions).
 */
class UsageError extends Error {
    hint;
    code;
    constructor(message, hint, code = 'usage') {
        super(message);
        this.hint = hint;
        this.code = code;
        this.name = 'UsageError';
    }
}
/**
 * An option in a message, with a value or not: `--trust nextcloud` on the command line,
 * `trust: nextcloud` in the Action. The engine names options by their command-line name
 * without dashes; each front end words them (wordOptions).
 */
function optionRef(name, value) {
    return value === undefined ? `{{option:${name}}}` : `{{option:${name}=${value}}}`;
}
/** The command line's wording: `--name` or `--name value`. */
const CLI_WORDING = (name, value) => (value === undefined ? `--${name}` : `--${name} ${value}`);
/** `text` with every optionRef worded by `word`. */
function wordOptions(text, word) {
    return text.replace(/\{\{option:([a-z-]+)(?:=([^}]*))?\}\}/g, (_m, name, value) => word(name, value));
}
/** Why a file could not be read, in words ("does not exist", "is a folder", …). */
function describeFsError(e, folderMeaning = 'is a folder') {
    const code = e.code;
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'is not readable (permission denied)';
    if (code === 'EISDIR')
        return folderMeaning;
    return `cannot be read (${code ?? e.message})`;
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

/***/ 2676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ phpArrayReplace),
/* harmony export */   c4: () => (/* binding */ phpKey),
/* harmony export */   j: () => (/* binding */ phpToString),
/* harmony export */   uY: () => (/* binding */ phpArrayMerge),
/* harmony export */   un: () => (/* binding */ isPhpIntegerKey),
/* harmony export */   vQ: () => (/* binding */ PhpFloat),
/* harmony export */   wM: () => (/* binding */ phpDebugType),
/* harmony export */   wX: () => (/* binding */ phpFloatRepr),
/* harmony export */   y6: () => (/* binding */ PhpArray)
/* harmony export */ });
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
    // Most keys are paths: only a digit or "-" can start an integer key.
    const first = key.charCodeAt(0);
    if (!((first >= 0x30 && first <= 0x39) || first === 0x2d))
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
/** Whether PHP holds `key` as an integer key (a number here, or an integer beyond 2^53 kept as a string). */
function isPhpIntegerKey(key) {
    if (typeof key === 'number')
        return true;
    if (!/^(0|-?[1-9][0-9]*)$/.test(key))
        return false;
    const big = BigInt(key);
    return big <= MAX_LONG && big >= MIN_LONG;
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
/** array_merge: integer keys are renumbered from 0 and appended, string keys overwrite in place. */
function phpArrayMerge(...arrays) {
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
/** array_replace: every key is kept as it is; a later array overwrites in place or appends. */
function phpArrayReplace(...arrays) {
    const out = new PhpArray();
    for (const arr of arrays)
        for (const [k, v] of arr)
            out.set(k, v);
    return out;
}
/** PHP 8's get_debug_type(), as its TypeError messages name a value's type. */
function phpDebugType(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'number' || typeof value === 'bigint')
        return 'int';
    if (typeof value === 'string')
        return 'string';
    return value instanceof PhpFloat ? 'float' : 'array';
}
/** PHP's (string) cast of a scalar, as used by array_diff's value comparison. */
function phpToString(value) {
    if (value === null || value === false)
        return '';
    if (value === true)
        return '1';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'bigint')
        return String(value);
    if (value instanceof PhpFloat)
        return phpFloatRepr(value.value, false);
    return 'Array';
}
/**
 * PHP's float formatting (zend_gcvt / php_gcvt):
 * - `forJson`: json_encode with serialize_precision = -1: the shortest round-trip digits,
 *   exponential form (`1.0e+17`, `1.0e-5`) when the decimal exponent is above 17 or below
 *   -4; no ".0" is added to integral values (`1`, `-0`), as JSON_PRESERVE_ZERO_FRACTION
 *   is not set.
 * - otherwise: the `(string)` cast, precision = 14: correctly rounded to 14 significant
 *   digits (ties to even), exponential (`1.0E+15`) above 10^15 or below 10^-4.
 */
function phpFloatRepr(value, forJson) {
    if (Number.isNaN(value))
        return 'NAN';
    if (!Number.isFinite(value))
        return value > 0 ? 'INF' : '-INF';
    const neg = value < 0 || Object.is(value, -0);
    if (value === 0)
        return neg ? '-0' : '0';
    const abs = Math.abs(value);
    let digits;
    let decpt;
    if (forJson) {
        // zend_dtoa mode 0 = the shortest digits that read back as the same double, which is
        // what ECMAScript's Number-to-string produces too.
        const [mant = '', exp = '0'] = abs.toExponential().split('e');
        digits = mant.replace('.', '');
        decpt = Number(exp) + 1;
    }
    else {
        ({ digits, decpt } = roundedDigits(abs, 14));
    }
    return gcvt(neg, digits, decpt, forJson ? 17 : 14, forJson ? 'e' : 'E');
}
/** php_gcvt's layout of significant digits `digits` with decimal point position `decpt`. */
function gcvt(neg, digits, decpt, ndigit, expChar) {
    const sign = neg ? '-' : '';
    if (decpt < 0 ? decpt < -3 : decpt > ndigit) {
        const e = decpt - 1;
        return `${sign}${digits[0]}.${digits.length > 1 ? digits.slice(1) : '0'}${expChar}${e < 0 ? '-' : '+'}${Math.abs(e)}`;
    }
    if (decpt < 0)
        return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
    const intPart = decpt === 0 ? '0' : digits.slice(0, decpt).padEnd(decpt, '0');
    const frac = digits.slice(decpt);
    return `${sign}${intPart}${frac === '' ? '' : `.${frac}`}`;
}
/**
 * zend_dtoa mode 2: `n` significant digits of a positive finite double, correctly rounded
 * from its exact binary value (ties to even), trailing zeros removed.
 */
function roundedDigits(abs, n) {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, abs);
    const hi = view.getUint32(0);
    const biased = (hi >>> 20) & 0x7ff;
    let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
    let e2 = -1074;
    if (biased !== 0) {
        mant |= 1n << 52n;
        e2 = biased - 1075;
    }
    // abs = mant * 2^e2 exactly; write it as an integer times a power of ten.
    let exact;
    let decpt;
    if (e2 >= 0) {
        exact = (mant << BigInt(e2)).toString();
        decpt = exact.length;
    }
    else {
        exact = (mant * 5n ** BigInt(-e2)).toString();
        decpt = exact.length + e2;
    }
    let digits = exact.slice(0, n);
    const rest = exact.slice(n);
    let keepZeros = false;
    if (rest !== '') {
        const first = rest.charCodeAt(0) - 48;
        const tie = first === 5 && /^0*$/.test(rest.slice(1));
        const up = first > 5 || (first === 5 && !tie) || (tie && (digits.charCodeAt(digits.length - 1) - 48) % 2 === 1);
        if (up) {
            const bumped = (BigInt(digits) + 1n).toString();
            if (bumped.length > digits.length)
                decpt += 1;
            digits = bumped.slice(0, n);
        }
        else if (tie && Number.isInteger(abs) && decpt - 1 <= 14) {
            // dtoa's "small integer" path (an exact tie defeats its floating-point fast path)
            // rounds down without dropping trailing zeros: (string)100000000000005.0 is
            // "1.0000000000000E+14" in PHP.
            keepZeros = true;
        }
    }
    if (!keepZeros)
        digits = digits.replace(/0+$/, '');
    return { digits: digits === '' ? '0' : digits, decpt };
}


/***/ }),

/***/ 1931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ PhpJsonError),
/* harmony export */   Dy: () => (/* binding */ phpJsonEncode),
/* harmony export */   XA: () => (/* binding */ phpJsonEncodeStream),
/* harmony export */   _k: () => (/* binding */ phpJsonString),
/* harmony export */   zQ: () => (/* binding */ phpJsonDecode)
/* harmony export */ });
/* harmony import */ var _array_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2676);
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
/** Printable ASCII without `"` and `\\`: the only escape such a string can need is `\/`. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
function phpJsonString(value, options = {}) {
    const escapeSlashes = options.escapeSlashes ?? true;
    // Fast path for the usual file name and hex hash.
    if (PLAIN_ASCII.test(value))
        return '"' + (escapeSlashes && value.includes('/') ? value.replaceAll('/', '\\/') : value) + '"';
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
function phpJsonEncode(value, options = {}) {
    const parts = [];
    encodeInto(value, options, 0, parts);
    return parts.join('');
}
/**
 * Encode into `write` in chunks of about `chunkSize` characters, never holding the whole
 * text: a large signature's message is hashed this way instead of built as one string.
 * Throws PhpJsonError where json_encode fails, like phpJsonEncode.
 */
function phpJsonEncodeStream(value, write, options = {}, chunkSize = 1 << 16) {
    let buffer = '';
    const sink = {
        push(...parts) {
            for (const part of parts)
                buffer += part;
            if (buffer.length >= chunkSize) {
                write(buffer);
                buffer = '';
            }
        },
    };
    encodeInto(value, options, 0, sink);
    if (buffer !== '')
        write(buffer);
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
    else if (typeof value === 'number' || typeof value === 'bigint')
        out.push(String(value));
    else if (value instanceof _array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpFloat */ .vQ) {
        if (!Number.isFinite(value.value))
            throw new PhpJsonError('Inf and NaN cannot be JSON encoded');
        out.push((0,_array_js__WEBPACK_IMPORTED_MODULE_0__/* .phpFloatRepr */ .wX)(value.value, true));
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
/**
 * json_decode's default $depth. Arrays/objects may nest only depth - 1 = 511 deep: PHP
 * counts the innermost values as a level too (`json_decode('[]', true, 1)` is an error).
 */
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
            // ignoreBOM: keep a leading U+FEFF, which PHP's json_decode rejects as a syntax error.
            source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(text);
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
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const CONTROL = /[\u0000-\u001f]/;
/** JSON's one-character escapes and what they stand for. */
const SIMPLE_ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
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
        if (this.depth >= PHP_JSON_DEFAULT_DEPTH)
            throw new PhpJsonError('Maximum stack depth exceeded');
    }
    object() {
        this.enter();
        this.pos++;
        const arr = new _array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpArray */ .y6();
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
        const arr = new _array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpArray */ .y6();
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
        // Fast path: no escape before the closing quote and no control character in between.
        const close = s.indexOf('"', this.pos);
        if (close >= 0) {
            const backslash = s.indexOf('\\', this.pos);
            if (backslash < 0 || backslash > close) {
                const body = s.slice(this.pos, close);
                if (!CONTROL.test(body)) {
                    this.pos = close + 1;
                    return body;
                }
            }
        }
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
            out += s.slice(runStart, this.pos) + this.escape();
            runStart = this.pos;
        }
    }
    /** The escape sequence at the position (a backslash and what follows), as the characters it stands for. */
    escape() {
        const e = this.s[this.pos + 1];
        this.pos += 2;
        const simple = e === undefined ? undefined : SIMPLE_ESCAPES[e];
        if (simple !== undefined)
            return simple;
        if (e !== 'u')
            throw new PhpJsonError('Syntax error');
        const code = this.hex4();
        if (code >= 0xdc00 && code <= 0xdfff)
            throw new PhpJsonError('Single unpaired UTF-16 surrogate');
        if (code < 0xd800 || code > 0xdbff)
            return String.fromCharCode(code);
        // A high surrogate needs its low half right after it.
        if (this.s[this.pos] !== '\\' || this.s[this.pos + 1] !== 'u')
            throw new PhpJsonError('Single unpaired UTF-16 surrogate');
        this.pos += 2;
        const low = this.hex4();
        if (low < 0xdc00 || low > 0xdfff)
            throw new PhpJsonError('Single unpaired UTF-16 surrogate');
        return String.fromCharCode(code, low);
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
                // A PHP int: exact beyond 2^53 too, so it re-encodes to the same digits.
                const small = Number(big);
                return Number.isSafeInteger(small) ? small : big;
            }
        }
        return new _array_js__WEBPACK_IMPORTED_MODULE_0__/* .PhpFloat */ .vQ(Number(m[0]));
    }
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

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   Zl: () => (/* binding */ verifyPlan),
/* harmony export */   bf: () => (/* binding */ diskRootOf),
/* harmony export */   lU: () => (/* binding */ planVerification),
/* harmony export */   yT: () => (/* binding */ checkReleaseOptions)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _installation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(884);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6681);
/* harmony import */ var _release_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2689);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1173);
/* harmony import */ var _baseline_match_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7073);
/* harmony import */ var _tree_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2948);
/* harmony import */ var _trust_crl_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3200);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(471);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(311);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('release')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('all-apps')} exclude each other`, `Use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('release')} for an extracted release that is not installed yet, ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('all-apps')} for an installed server.`);
    }
    if (options.release && options.coreOnly) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('release')} and ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('core-only')} exclude each other`, `Use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('release')} to check a release whole, ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('core-only')} to check core alone.`);
    }
}
function planVerification(options) {
    const { trust } = options;
    const paths = options.paths.length > 0 ? options.paths : ['.'];
    checkReleaseOptions(options);
    if (options.release) {
        const plan = { requests: [], notSigned: [], cwd: options.cwd };
        for (const p of paths)
            plan.requests.push(...(0,_release_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planReleaseFolder */ .h)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd, p), options));
        return plan;
    }
    if (options.allApps) {
        if (paths.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('all-apps takes one server root', 'Check one installation per run.');
        const plan = (0,_installation_js__WEBPACK_IMPORTED_MODULE_2__/* .planInstallation */ .M8)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd, paths[0]), {
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
        target: (0,_target_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveTarget */ .u1)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.cwd, p), {
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
    return step.source === undefined || step.source === _tree_source_js__WEBPACK_IMPORTED_MODULE_6__/* .directorySource */ .X ? step.target.root : null;
}
/** Parse a fail-on list ("INVALID_HASH,EXTRA_FILE"); empty means every category. */
function parseFailOn(value) {
    if (value === undefined || value.trim() === '')
        return new Set(_result_js__WEBPACK_IMPORTED_MODULE_9__/* .CATEGORIES */ .R6);
    const out = new Set();
    for (const raw of value.split(/[,\s]+/).filter(Boolean)) {
        const name = raw.toUpperCase() === 'FILE_MISSING' ? 'MISSING_FILE' : raw.toUpperCase();
        if (!_result_js__WEBPACK_IMPORTED_MODULE_9__/* .CATEGORIES */ .R6.includes(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown category "${raw}" in ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .optionRef */ .$j)('fail-on')}`, `Use a comma-separated list of ${_result_js__WEBPACK_IMPORTED_MODULE_9__/* .CATEGORIES */ .R6.join(', ')}.`);
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
        (0,_trust_crl_js__WEBPACK_IMPORTED_MODULE_7__/* .assertUsableCrls */ .ht)(trust.crls ?? [], verifications.map((r) => r.target.profile.revocation));
    const scopes = [];
    for (const step of plan.requests) {
        if (isRelease(step)) {
            const scope = step.release();
            (0,_baseline_match_js__WEBPACK_IMPORTED_MODULE_5__/* .applyBaseline */ .Qp)(scope, options.baseline?.({ scope: scope.scope, diskRoot: diskRootOf(step) }) ?? []);
            scopes.push(scope);
            continue;
        }
        const { notes, ...request } = step;
        const scope = await (0,_verify_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyTarget */ .f)({
            ...request,
            ...(plan.cwd === undefined ? {} : { displayFrom: plan.cwd }),
            onProgress: options.onProgress,
            ...(options.hash ? { hash: options.hash } : {}),
        });
        if (notes)
            scope.notes.push(...notes);
        (0,_baseline_match_js__WEBPACK_IMPORTED_MODULE_5__/* .applyBaseline */ .Qp)(scope, options.baseline?.({ scope: scope.scope, diskRoot: diskRootOf(step) }) ?? []);
        scopes.push(scope);
    }
    const failOn = options.failOn ? [...options.failOn] : _result_js__WEBPACK_IMPORTED_MODULE_9__/* .CATEGORIES */ .R6;
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_9__/* .buildResult */ .CR)(scopes, { name: _version_js__WEBPACK_IMPORTED_MODULE_10__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_10__/* .VERSION */ .x }, plan.notSigned, failOn, plan.archives);
}


/***/ }),

/***/ 3643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ PROFILE_NAMES),
  Cj: () => (/* binding */ chooseProfileName),
  eJ: () => (/* binding */ detectProfileOf),
  E$: () => (/* binding */ getProfile)
});

// UNUSED EXPORTS: isProfileName

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

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ buildResult),
/* harmony export */   Ej: () => (/* binding */ acceptedNote),
/* harmony export */   OI: () => (/* binding */ scopeVerdict),
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   Ze: () => (/* binding */ outsideFailOnNote),
/* harmony export */   _E: () => (/* binding */ categoryCount),
/* harmony export */   dQ: () => (/* binding */ findingCount),
/* harmony export */   yW: () => (/* binding */ FILE_CATEGORIES)
/* harmony export */ });
/* unused harmony exports acceptedCount, countingFindings, findingsOutsideFailOn, failingCategories */
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
/** Findings a baseline accepts, over `scopes`. */
function acceptedCount(scopes) {
    return scopes.reduce((n, s) => n + Object.keys(s.accepted).length, 0);
}
/** "2 findings accepted by the baseline" for `scopes`, or "" when none is. */
function acceptedNote(scopes) {
    const n = acceptedCount(scopes);
    return n === 0 ? '' : `${n} finding${n === 1 ? '' : 's'} accepted by the baseline`;
}
/** Findings of `scope` in the fail-on categories: the ones that fail the run. */
function countingFindings(scope, failOn) {
    return failOn.reduce((n, c) => n + categoryCount(scope, c), 0);
}
/** Findings of `scope` outside the fail-on categories: reported, never failing. */
function findingsOutsideFailOn(scope, failOn) {
    return findingCount(scope) - countingFindings(scope, failOn);
}
function scopeVerdict(scope, failOn) {
    return countingFindings(scope, failOn) > 0 ? 'failed' : 'passed';
}
/** The categories of the run's fail-on that have findings (empty: the run passes). */
function failingCategories(result) {
    return CATEGORIES.filter((c) => result.failOn.includes(c) && result.scopes.some((s) => categoryCount(s, c) > 0));
}
/** "1 finding outside fail-on (EXTRA_FILE)" for a run or scope that passes with findings, else "". */
function outsideFailOnNote(scopes, failOn) {
    const outside = CATEGORIES.filter((c) => !failOn.includes(c));
    const counts = outside.map((c) => [c, scopes.reduce((n, s) => n + categoryCount(s, c), 0)]).filter(([, n]) => n > 0);
    const total = counts.reduce((n, [, k]) => n + k, 0);
    if (total === 0)
        return '';
    return `${total} finding${total === 1 ? '' : 's'} outside fail-on (${counts.map(([c]) => c).join(', ')})`;
}
function buildResult(scopes, tool, notSigned = [], failOn = CATEGORIES, archives = []) {
    // A release scope lists what no signature covers: its count of entries is not files checked.
    const stats = scopes.reduce((acc, s) => ({
        files: acc.files + (s.notSignedByUpstream ? 0 : s.stats.files),
        bytes: acc.bytes + s.stats.bytes,
        ms: Math.max(acc.ms, s.stats.ms),
    }), { files: 0, bytes: 0, ms: 0 });
    // The time of a run includes reading its archives (decompression included).
    stats.ms += Math.round(archives.reduce((n, a) => n + a.ms, 0));
    const order = CATEGORIES.filter((c) => failOn.includes(c));
    const verdict = scopes.some((s) => scopeVerdict(s, order) === 'failed') ? 'failed' : 'passed';
    const result = { ok: verdict === 'passed', verdict, failOn: order, scopes, notSigned, stats, tool };
    if (archives.length > 0)
        result.archives = archives;
    return result;
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

/***/ 2658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ assessChain),
/* harmony export */   Je: () => (/* binding */ extraPemCertificates),
/* harmony export */   S6: () => (/* binding */ certificateSummary),
/* harmony export */   Ww: () => (/* binding */ describeRevocation)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3770);
/* harmony import */ var _crl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3200);
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2451);
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
        ['nextcloud', _presets_js__WEBPACK_IMPORTED_MODULE_3__/* .NEXTCLOUD_ROOT_PEM */ .xZ],
        ['owncloud', _presets_js__WEBPACK_IMPORTED_MODULE_3__/* .OWNCLOUD_ROOT_PEM */ .wj],
    ].flatMap(([preset, pem]) => (0,_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .splitPemBlocks */ .JQ)(pem).map((b) => ({ cert: (0,_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB)(b), preset })));
    return presetCache;
}
/** Further certificates in a PEM text after the first one (upstream uses only the first). */
function extraPemCertificates(text) {
    if (typeof text !== 'string')
        return [];
    const out = [];
    for (const block of (0,_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .splitPemBlocks */ .JQ)(text).slice(1)) {
        try {
            out.push((0,_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCertificate */ .hB)(block));
        }
        catch (e) {
            if (!(e instanceof _certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .CertificateParseError */ .zU))
                throw e;
        }
    }
    return out;
}
function isSelfSigned(cert) {
    return cert.subjectName.equals(cert.issuerName) && (0,_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .verifiedBy */ .sN)(cert, cert.x509.publicKey);
}
/** Name, key identifiers and signature: `ca` issued `cert`. */
function issued(ca, cert) {
    if (!ca.subjectName.equals(cert.issuerName))
        return false;
    if (cert.authorityKeyId && ca.subjectKeyId && !cert.authorityKeyId.equals(ca.subjectKeyId))
        return false;
    return (0,_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .verifiedBy */ .sN)(cert, ca.x509.publicKey);
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
        return `The signer certificate (${subject}) is self-signed, not issued by a CA trusted here (${sources}). Upstream accepts only certificates issued by a certificate in its root.crt; to accept this one on purpose, pass the certificate itself with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('trust')}.`;
    }
    const known = [...presetCertificates(), ...extra.map((cert) => ({ cert, preset: null }))];
    const found = known.find((k) => issued(k.cert, cert));
    if (found) {
        const how = found.preset
            ? `it is in the ${found.preset} preset: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('trust', found.preset)}`
            : `pass its certificate with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('trust')}`;
        const parent = trust.certificates.find((c) => issued(c, found.cert));
        if (parent) {
            return `The signer certificate (${subject}) was issued by the intermediate "${issuer}", which is not in the trust store. Its issuer "${parent.info.subject}" is, but upstream checks one level only, so the intermediate itself must be trusted: ${how}.`;
        }
        return `The signer certificate (${subject}) was issued by "${issuer}", which is not in the trust store (${sources}); ${how} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('trust')} is repeatable).`;
    }
    return `The signer certificate (${subject}) was issued by "${issuer}", which is not in the trust store (${sources}). If "${issuer}" is an intermediate CA, pass its certificate with ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('trust')} too (upstream checks one level, so the direct issuer must be trusted; its root alone is not enough); otherwise its root is not trusted here: pass the right ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('trust')}, or do not trust this release.`;
}
function revocationStatus(cert, trust) {
    const enforcedLookup = (0,_crl_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupRevocation */ .nS)(cert, trust.crls ?? []);
    if (enforcedLookup)
        return { status: enforcedLookup.entry ? 'revoked' : 'good', enforced: true, ...enforcedLookup };
    const advisoryLookup = (0,_crl_js__WEBPACK_IMPORTED_MODULE_2__/* .lookupRevocation */ .nS)(cert, trust.advisoryCrls ?? []);
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
        return `${serial}: not revoked according to ${(0,_crl_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCrl */ .Rt)(status.crl)}`;
    const reason = status.entry.reason ? ` (${status.entry.reason})` : '';
    return `${serial} was revoked on ${status.entry.date}${reason} according to ${(0,_crl_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCrl */ .Rt)(status.crl)}`;
}
/** Assess a signer certificate against the trust store: upstream's verdict plus our own findings. */
function assessChain(cert, trust, options) {
    const { now } = options;
    const warnings = dateWarnings(cert, now, 'the certificate');
    const path = [cert.info.subject];
    const trusted = (0,_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .upstreamChainValid */ .h8)(cert, trust.certificates);
    const issuer = trusted ? (0,_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .findUpstreamIssuer */ .gL)(cert, trust.certificates) : null;
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
        warnings.push(`${describeRevocation(cert, revocation)}. occ integrity:check-* does not consult the CRL (so its verdict is unchanged), but Nextcloud's app store and app installer do; pass ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('crl', revocation.crl?.source ?? 'FILE')} to fail on it`);
    }
    const nextUpdate = revocation.crl?.crl.nextUpdate;
    if (revocation.crl && nextUpdate && now > new Date(nextUpdate)) {
        warnings.push(`${(0,_crl_js__WEBPACK_IMPORTED_MODULE_2__/* .describeCrl */ .Rt)(revocation.crl)} is outdated (its next update was due ${nextUpdate}): a newer one may list more revoked certificates`);
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
/* harmony export */   KN: () => (/* reexport safe */ _crl_model_js__WEBPACK_IMPORTED_MODULE_5__.KN),
/* harmony export */   R$: () => (/* binding */ invalidCrlError),
/* harmony export */   Rt: () => (/* binding */ describeCrl),
/* harmony export */   Tz: () => (/* binding */ loadCrls),
/* harmony export */   ht: () => (/* binding */ assertUsableCrls),
/* harmony export */   nS: () => (/* binding */ lookupRevocation),
/* harmony export */   oT: () => (/* binding */ verifySignedData),
/* harmony export */   uN: () => (/* binding */ bundledNextcloudCrl)
/* harmony export */ });
/* unused harmony exports certificateSerial, checkCrlSignature, crlCovers */
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

/***/ 471:
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
// EXTERNAL MODULE: ./src/engine/trust/chain.ts
var trust_chain = __webpack_require__(2658);
// EXTERNAL MODULE: ./src/engine/rules/revocation.ts
var rules_revocation = __webpack_require__(9400);
// EXTERNAL MODULE: ./src/engine/rules/scope.ts
var rules_scope = __webpack_require__(2234);
// EXTERNAL MODULE: ./src/engine/trust/crl.ts
var crl = __webpack_require__(3200);
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
    const chain = (0,trust_chain/* assessChain */.CM)(cert, trust, { now, extraCertificates: (0,trust_chain/* extraPemCertificates */.Je)(fields.certificate) });
    result.certificate = (0,trust_chain/* certificateSummary */.S6)(cert, chain, now);
    if (!chain.trusted)
        throw new UpstreamException(messages.exceptionClass, messages.certificateInvalid, chain.untrustedHint ?? undefined);
    if (badCrl && revocation.crlInvalid !== null) {
        throw new UpstreamException(messages.exceptionClass, revocation.crlInvalid, `The CRL ${badCrl.source} cannot be trusted: ${badCrl.problem ?? 'its signature does not verify'}. Use the CRL as the CA published it.`);
    }
    if (chain.revocation.status === 'revoked' && chain.revocation.enforced) {
        throw new UpstreamException(messages.exceptionClass, revocation.revoked, `The signer certificate (${cert.info.subject}) is on the revocation list: ${(0,trust_chain/* describeRevocation */.Ww)(cert, chain.revocation)}. Do not trust this release; the developer must sign it again with a new certificate.`);
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


/***/ }),

/***/ 4424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   _O: () => (/* binding */ CATEGORY_HINTS),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   kN: () => (/* binding */ acceptedBecause),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export CATEGORY_TITLES */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/**
 * One-line explanations of each category, shared by every human-facing report. An extra
 * file may be something the host put there on purpose, so its hint never says "delete".
 */

const CATEGORY_HINTS = {
    INVALID_HASH: 'content differs from the signed release: restore the file from the release',
    MISSING_FILE: 'part of the signed release but missing: restore it from the release',
    EXTRA_FILE: `not part of the signed release: if you did not add it on purpose, remove it; otherwise accept it in a baseline (${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('baseline')}) or list it in ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .optionRef */ .$j)('allow')}`,
    EXCEPTION: 'the signature itself could not be checked',
};
const CATEGORY_TITLES = {
    INVALID_HASH: 'Changed files',
    MISSING_FILE: 'Missing files',
    EXTRA_FILE: 'Extra files',
    EXCEPTION: 'Signature problem',
};
/** Why a finding is accepted and by which entry: "reason (file:line)"; a preset's reason names it already. */
function acceptedBecause(f) {
    return f.reason.includes(f.by) ? f.reason : `${f.reason} (${f.by})`;
}
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


/***/ }),

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EL: () => (/* binding */ REPORT_FORMATS),
  _S: () => (/* binding */ isReportFormat),
  B1: () => (/* binding */ renderReport),
  zI: () => (/* binding */ reportFormatHelp)
});

// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/php/array.ts
var array = __webpack_require__(2676);
// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(1173);
;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * The machine-readable report: the Result model with a stable key order, the tool version,
 * the run's verdict and fail-on categories, per-scope verdict and counts, per finding whether
 * it fails the run (`failing`: its category is in fail-on), `upstreamWouldMiss` flags, the
 * findings a baseline accepts (`accepted`: category, reason, by), and upstream's own result.
 */




/** PHP array → plain JSON value (lists become arrays). Key order of integer keys is not kept by JS objects. */
function plain(value) {
    if (value instanceof array/* PhpFloat */.vQ)
        return value.value;
    if (!(value instanceof array/* PhpArray */.y6))
        return value;
    if (value.isList())
        return [...value].map(([, v]) => plain(v));
    const out = {};
    for (const [k, v] of value)
        out[String(k)] = plain(v);
    return out;
}
function scopeJson(scope, failOn) {
    const out = {
        scope: scope.scope,
        profile: scope.profile,
        root: scope.root,
        signaturePath: scope.signaturePath,
        verdict: (0,engine_result/* scopeVerdict */.OI)(scope, failOn),
        counts: {
            INVALID_HASH: (0,engine_result/* categoryCount */._E)(scope, 'INVALID_HASH'),
            MISSING_FILE: (0,engine_result/* categoryCount */._E)(scope, 'MISSING_FILE'),
            EXTRA_FILE: (0,engine_result/* categoryCount */._E)(scope, 'EXTRA_FILE'),
            EXCEPTION: (0,engine_result/* categoryCount */._E)(scope, 'EXCEPTION'),
            accepted: Object.keys(scope.accepted).length,
        },
    };
    for (const category of engine_result/* FILE_CATEGORIES */.yW) {
        const failing = failOn.includes(category);
        out[category] = Object.fromEntries(Object.entries(scope[category]).map(([name, f]) => [name, { ...f, failing }]));
    }
    out.EXCEPTION = scope.EXCEPTION === null ? null : { ...scope.EXCEPTION, failing: failOn.includes('EXCEPTION') };
    out.accepted = scope.accepted;
    out.certificate = scope.certificate ?? null;
    out.notes = scope.notes;
    if (scope.notSignedByUpstream)
        out.notSignedByUpstream = scope.notSignedByUpstream;
    out.stats = scope.stats;
    out.upstream = plain(scope.upstream);
    return out;
}
function renderJson(result, wording = errors/* CLI_WORDING */.ml) {
    const doc = {
        tool: result.tool,
        ok: result.ok,
        verdict: result.verdict,
        failOn: result.failOn,
        stats: result.stats,
        scopes: result.scopes.map((s) => scopeJson(s, result.failOn)),
        notSigned: result.notSigned,
        ...(result.archives ? { archives: result.archives } : {}),
    };
    return (0,errors/* wordOptions */.vR)((0,display/* displayJson */.f)(JSON.stringify(doc, null, 2)), wording) + '\n';
}
const jsonFormat = {
    name: 'json',
    summary: "the full result: verdict, every finding by path, certificates, upstream's own result",
    render: (result, options) => renderJson(result, options.wording),
};

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/engine/php/json.ts
var json = __webpack_require__(1931);
;// CONCATENATED MODULE: ./src/report/nextcloud.ts
/**
 * What `occ integrity:check-app` / `check-core` print for the same results, byte for byte:
 * `--output=json` (compact PHP json_encode + "\n"), `json_pretty`, and the default `plain`
 * listing. Several scopes (whole installation) are printed the way upstream stores them:
 * an object of the scopes with findings (`oc.integritycheck.checker`).
 *
 * One deliberate difference, only for names no real release has: occ prints names raw, so
 * a name with a newline, or with the runner's `##[` marker, would print a workflow command
 * into a CI log. The plain and admin listings show names through displayText, and the JSON
 * ones write `##[` as `##\u005b` (the same JSON value); every other byte is occ's.
 */



/** Upstream's stored results: scope → its result, only scopes with findings (oc.integritycheck.checker). */
function storedResults(result) {
    const all = new array/* PhpArray */.y6();
    for (const scope of result.scopes)
        if (scope.upstream.size > 0)
            all.set(scope.scope, scope.upstream);
    return all;
}
/** The array occ would print: one scope's result, or upstream's per-scope store for several. */
function occArray(result) {
    if (result.scopes.length === 1)
        return result.scopes[0].upstream;
    return storedResults(result);
}
/** PHP print_r, as the admin page's "Raw output" shows it (keys and values through displayText). */
function printR(value, indent = 0) {
    if (!(value instanceof array/* PhpArray */.y6))
        return (0,display/* displayText */.W)((0,array/* phpToString */.j)(value));
    let out = 'Array\n' + ' '.repeat(indent) + '(\n';
    for (const [k, v] of value)
        out += `${' '.repeat(indent + 4)}[${(0,display/* displayText */.W)(String(k))}] => ${printR(v, indent + 8)}\n`;
    return out + ' '.repeat(indent) + ')\n';
}
/**
 * The text of Nextcloud's admin page "failed integrity check" view
 * (CheckSetupController::getFailedIntegrityCheckFiles): Technical information, Results, Raw output.
 */
function renderAdminReport(result) {
    const stored = storedResults(result);
    if (stored.size === 0)
        return 'No errors have been found.';
    let out = 'Technical information\n=====================\nThe following list covers which files have failed the integrity check. Please read\n' +
        'the previous linked documentation to learn more about the errors and how to fix\nthem.\n\nResults\n=======\n';
    for (const [context, contextResult] of stored) {
        out += `- ${(0,display/* displayText */.W)(String(context))}\n`;
        if (!(contextResult instanceof array/* PhpArray */.y6))
            continue;
        for (const [category, files] of contextResult) {
            out += `\t- ${(0,display/* displayText */.W)(String(category))}\n`;
            if (!(files instanceof array/* PhpArray */.y6))
                continue;
            for (const [key, value] of files)
                out += `\t\t- ${(0,display/* displayText */.W)(category === 'EXCEPTION' ? (0,array/* phpToString */.j)(value instanceof array/* PhpArray */.y6 ? 'Array' : value) : String(key))}\n`;
        }
    }
    return out + '\nRaw output\n==========\n' + printR(stored);
}
/** occ's plain listing (Base::writeArrayInOutputFormat): "  - key: value", nested by two spaces. */
function plainLines(arr, prefix, out) {
    for (const [rawKey, value] of arr) {
        const key = (0,display/* displayText */.W)(String(rawKey));
        if (value instanceof array/* PhpArray */.y6) {
            out.push(`${prefix}${key}:`);
            plainLines(value, '  ' + prefix, out);
            continue;
        }
        const raw = valueToString(value);
        const shown = raw === null ? null : (0,display/* displayText */.W)(raw);
        if (typeof rawKey === 'number')
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
    return (0,array/* phpToString */.j)(value);
}
function renderNextcloud(result, output = 'plain') {
    const arr = occArray(result);
    if (output === 'json')
        return (0,display/* displayJson */.f)((0,json/* phpJsonEncode */.Dy)(arr)) + '\n';
    if (output === 'json_pretty')
        return (0,display/* displayJson */.f)((0,json/* phpJsonEncode */.Dy)(arr, { pretty: true })) + '\n';
    if (output === 'admin')
        return renderAdminReport(result);
    const lines = [];
    plainLines(arr, '  - ', lines);
    return lines.length === 0 ? '' : lines.join('\n') + '\n';
}
const nextcloudFormat = {
    name: 'nextcloud',
    summary: "occ integrity:check-*'s plain output",
    render: (result) => renderNextcloud(result, 'plain'),
};
const nextcloudJsonFormat = {
    name: 'nextcloud-json',
    summary: 'occ --output=json, byte for byte',
    render: (result) => renderNextcloud(result, 'json'),
};
const nextcloudJsonPrettyFormat = {
    name: 'nextcloud-json-pretty',
    summary: 'occ --output=json_pretty',
    render: (result) => renderNextcloud(result, 'json_pretty'),
};
const nextcloudAdminFormat = {
    name: 'nextcloud-admin',
    summary: 'the admin page\'s "Technical information" report',
    render: (result) => renderNextcloud(result, 'admin'),
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/report/hints.ts
var hints = __webpack_require__(4424);
;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per category, one result per finding with
 * the file as location (whole-file findings point at line 1), stable fingerprints (scope +
 * category + path, never hashes, so a finding keeps its identity across runs). A finding that
 * fails the run (its category is in fail-on) is an error, one outside fail-on a warning.
 * Findings a baseline accepts appear as suppressed results (kind external, the entry's reason
 * as justification), so they are visible but do not alert.
 * Message texts show names through displayText.
 */






const RULES = [
    { id: 'INVALID_HASH', name: 'InvalidHash', short: 'A signed file was changed', level: 'error' },
    { id: 'MISSING_FILE', name: 'MissingFile', short: 'A signed file is missing', level: 'error' },
    { id: 'EXTRA_FILE', name: 'ExtraFile', short: 'A file is not part of the signed release', level: 'warning' },
    { id: 'EXCEPTION', name: 'SignatureException', short: 'The signature could not be verified', level: 'error' },
];
function fingerprint(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\0')).digest('hex');
}
/** A repository-relative URI for a file of a scope (percent-encoded, '/'-separated). */
function uri(scope, name) {
    const path = scope.root === '.' ? name : external_node_path_.posix.join(scope.root.split('\\').join('/'), name);
    return path
        .split('/')
        .map((seg) => encodeURIComponent(seg))
        .join('/');
}
function sarif_location(scope, name) {
    return [{ physicalLocation: { artifactLocation: { uri: uri(scope, name), uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } }];
}
const ruleIndex = (id) => RULES.findIndex((r) => r.id === id);
/** A finding that fails the run (its category is in fail-on) is an error, one outside fail-on a warning. */
function levelOf(result, id) {
    return result.failOn.includes(id) ? 'error' : 'warning';
}
function exceptionResult(result, scope, e) {
    return {
        ruleId: 'EXCEPTION',
        ruleIndex: ruleIndex('EXCEPTION'),
        level: levelOf(result, 'EXCEPTION'),
        message: { text: (0,display/* displayText */.W)(`${scope.scope}: ${e.message}${e.hint ? ` ${e.hint}` : ''}`) },
        locations: sarif_location(scope, scope.signaturePath ?? '.'),
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, 'EXCEPTION', e.message) },
        properties: { scope: scope.scope, class: e.class },
    };
}
function fileResult(result, scope, category, name, f) {
    const detail = category === 'INVALID_HASH'
        ? ` (expected sha512 ${f.expected.slice(0, 16)}…, current ${f.current ? f.current.slice(0, 16) + '…' : 'unreadable'})`
        : '';
    return {
        ruleId: category,
        ruleIndex: ruleIndex(category),
        level: levelOf(result, category),
        message: {
            text: (0,display/* displayText */.W)(`${name}: ${hints/* CATEGORY_HINTS */._O[category]}${detail}${f.problem ? ` — ${f.problem}` : ''}${f.baselineNote ? ` — ${f.baselineNote}` : ''}`),
        },
        locations: sarif_location(scope, name),
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, category, name) },
        properties: { scope: scope.scope, expected: f.expected, current: f.current, upstreamWouldMiss: f.upstreamWouldMiss === true },
    };
}
/** A file upstream ships without a signature: a suppressed note with its hash, to compare with a copy you trust. */
function unsignedResult(scope, name, f) {
    return {
        ruleId: 'EXTRA_FILE',
        ruleIndex: ruleIndex('EXTRA_FILE'),
        level: 'note',
        message: { text: (0,display/* displayText */.W)(`${name}: shipped by upstream without a signature (${f.reason})`) },
        locations: sarif_location(scope, name),
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, 'NOT_SIGNED_BY_UPSTREAM', name) },
        properties: { scope: scope.scope, current: f.current },
        suppressions: [{ kind: 'external', justification: 'upstream ships this file without a signature' }],
    };
}
/** A finding a baseline accepts: a suppressed note with the entry's reason, visible but never alerting. */
function acceptedResult(scope, name, f) {
    return {
        ruleId: f.category,
        ruleIndex: ruleIndex(f.category),
        level: 'note',
        message: { text: (0,display/* displayText */.W)(`${name}: ${f.category} accepted by ${f.by}: ${f.reason}`) },
        locations: sarif_location(scope, name),
        // The same identity as the finding before it was accepted: code scanning sees it suppressed, not new.
        partialFingerprints: { 'codeIntegrity/v1': fingerprint(scope.scope, f.category, name) },
        properties: { scope: scope.scope, expected: f.expected, current: f.current, acceptedBy: (0,display/* displayText */.W)(f.by) },
        suppressions: [{ kind: 'external', justification: (0,display/* displayText */.W)(f.reason) }],
    };
}
function sarifResults(result) {
    const out = [];
    for (const scope of result.scopes) {
        if (scope.EXCEPTION)
            out.push(exceptionResult(result, scope, scope.EXCEPTION));
        for (const category of engine_result/* FILE_CATEGORIES */.yW) {
            for (const [name, f] of Object.entries(scope[category]))
                out.push(fileResult(result, scope, category, name, f));
        }
        for (const [name, f] of Object.entries(scope.notSignedByUpstream ?? {}))
            out.push(unsignedResult(scope, name, f));
        for (const [name, f] of Object.entries(scope.accepted))
            out.push(acceptedResult(scope, name, f));
    }
    return out;
}
const DRIVER_RULES = RULES.map((r) => ({
    id: r.id,
    name: r.name,
    shortDescription: { text: r.short },
    fullDescription: { text: `${r.short}: ${hints/* CATEGORY_HINTS */._O[r.id]}.` },
    help: { text: hints/* CATEGORY_HINTS */._O[r.id], markdown: hints/* CATEGORY_HINTS */._O[r.id] },
    defaultConfiguration: { level: r.level },
    properties: { tags: ['security', 'integrity'], precision: 'very-high' },
}));
function renderSarif(result, wording = errors/* CLI_WORDING */.ml) {
    const doc = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: result.tool.name, version: result.tool.version, rules: DRIVER_RULES } },
                results: sarifResults(result),
                columnKind: 'unicodeCodePoints',
                ...(result.archives ? { properties: { archives: result.archives } } : {}),
            },
        ],
    };
    return (0,errors/* wordOptions */.vR)((0,display/* displayJson */.f)(JSON.stringify(doc, null, 2)), wording) + '\n';
}
const sarifFormat = {
    name: 'sarif',
    summary: 'SARIF 2.1.0, for GitHub code scanning',
    render: (result, options) => renderSarif(result, options.wording),
};

;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * The terminal report: verdict first, counts per category and scope, then findings grouped
 * by category with a one-line fix hint each. Colour only when the caller says so (a TTY
 * without NO_COLOR); the function itself is pure.
 */




function painter(color) {
    return color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
}
function scopeHeader(scope, failOn, paint) {
    const n = (0,engine_result/* findingCount */.dQ)(scope);
    const passed = (0,engine_result/* scopeVerdict */.OI)(scope, failOn) === 'passed';
    const verdict = passed ? paint('32;1', 'PASSED') : paint('31;1', 'FAILED');
    const what = `${(0,display/* displayText */.W)(scope.scope)} (${scope.profile}, ${(0,display/* displayText */.W)(scope.root)})`;
    const size = `${scope.stats.files} files, ${(0,hints/* formatBytes */.z3)(scope.stats.bytes)}, ${(0,hints/* formatMs */._V)(scope.stats.ms)}`;
    const outside = (0,engine_result/* outsideFailOnNote */.Ze)([scope], failOn);
    if (scope.EXCEPTION)
        return `${verdict}  ${what}: ${(0,display/* displayText */.W)(scope.EXCEPTION.message)}${passed ? ' (outside fail-on)' : ''}`;
    const accepted = (0,engine_result/* acceptedNote */.Ej)([scope]);
    if (n === 0 && accepted)
        return `${verdict}  ${what}: ${accepted}, every other file matches the signature (${size})`;
    if (n === 0)
        return `${verdict}  ${what}: every file matches the signature (${size})`;
    if (passed)
        return `${verdict}  ${what}: ${outside} (${size})`;
    return `${verdict}  ${what}: ${n} finding${n === 1 ? '' : 's'}${outside ? `, ${outside}` : ''} (${size})`;
}
function countsLine(scope) {
    const parts = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE', 'EXCEPTION'].map((c) => `${c} ${(0,engine_result/* categoryCount */._E)(scope, c)}`);
    return `  ${parts.join('  ')}`;
}
function certificateLines(scope, paint) {
    const c = scope.certificate;
    if (!c)
        return [];
    const lines = [
        `  signer: ${(0,display/* displayText */.W)(c.subject)}; issuer: ${(0,display/* displayText */.W)(c.issuer)}; valid ${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)}; serial ${c.serial}`,
    ];
    for (const w of c.warnings)
        lines.push(`  ${paint('33', 'warning:')} ${(0,display/* displayText */.W)(w)}`);
    return lines;
}
/** The findings a baseline accepts: each with its category, reason and the entry's origin. */
function acceptedLines(scope, limit, paint) {
    const accepted = Object.entries(scope.accepted);
    if (accepted.length === 0)
        return [];
    const out = ['', `  ${paint('1', 'accepted')} (${accepted.length}): findings the baseline accepts; they do not fail the run`];
    for (const [name, f] of accepted.slice(0, limit)) {
        out.push(`    ${(0,display/* displayText */.W)(name)}  ${f.category}: ${(0,display/* displayText */.W)((0,hints/* acceptedBecause */.kN)(f))}`);
    }
    if (accepted.length > limit)
        out.push(`    … and ${accepted.length - limit} more (use --format json for the full list)`);
    return out;
}
/** The run's one headline when it checked several scopes. */
function runHeadline(result, paint) {
    const n = result.scopes.length;
    const failed = result.scopes.filter((s) => (0,engine_result/* scopeVerdict */.OI)(s, result.failOn) === 'failed').length;
    if (result.verdict === 'failed')
        return paint('31;1', `FAILED: ${failed} of ${n} scopes have findings`);
    const outside = (0,engine_result/* outsideFailOnNote */.Ze)(result.scopes, result.failOn);
    if (outside)
        return paint('32;1', `PASSED with ${outside}: ${n} scopes checked`);
    const accepted = (0,engine_result/* acceptedNote */.Ej)(result.scopes);
    if (accepted)
        return paint('32;1', `PASSED with ${accepted}: ${n} scopes checked`);
    return paint('32;1', `PASSED: all ${n} scopes match their signatures`);
}
/** A scope's findings, by category, each with its hint. */
function findingLines(scope, failOn, limit, paint) {
    const out = [];
    for (const category of engine_result/* FILE_CATEGORIES */.yW) {
        const entries = Object.entries(scope[category]);
        if (entries.length === 0)
            continue;
        const counts = failOn.includes(category) ? '' : ' (outside fail-on: reported, not failing)';
        out.push('');
        out.push(`  ${paint('1', category)} (${entries.length})${counts}: ${hints/* CATEGORY_HINTS */._O[category]}`);
        for (const [name, f] of entries.slice(0, limit)) {
            let line = `    ${(0,display/* displayText */.W)(name)}`;
            if (f.problem)
                line += `  — ${(0,display/* displayText */.W)(f.problem)}`;
            else if (category === 'INVALID_HASH')
                line += `  expected ${(0,hints/* shortHash */.BC)(f.expected)}… current ${(0,hints/* shortHash */.BC)(f.current)}…`;
            if (f.upstreamWouldMiss)
                line += paint('2', '  (occ would not report this)');
            out.push(line);
            if (f.baselineNote)
                out.push(`      ${paint('33', 'baseline:')} ${(0,display/* displayText */.W)(f.baselineNote)}`);
        }
        if (entries.length > limit)
            out.push(`    … and ${entries.length - limit} more (use --format json for the full list)`);
    }
    return out;
}
/** The files upstream ships without a signature (the release scope), with their hashes. */
function unsignedLines(scope, limit, paint) {
    const unsigned = Object.entries(scope.notSignedByUpstream ?? {});
    if (unsigned.length === 0)
        return [];
    const out = [
        '',
        `  ${paint('1', 'not signed by upstream')} (${unsigned.length}): shipped without a signature; compare their hashes with a copy you trust`,
    ];
    for (const [name, f] of unsigned.slice(0, limit))
        out.push(`    ${(0,display/* displayText */.W)(name)}  sha512 ${(0,hints/* shortHash */.BC)(f.current)}…  (${(0,display/* displayText */.W)(f.reason)})`);
    if (unsigned.length > limit)
        out.push(`    … and ${unsigned.length - limit} more (use --format json for the full list)`);
    return out;
}
function renderText(result, options = {}) {
    const paint = painter(options.color === true);
    const limit = options.limit ?? 200;
    const out = [];
    if (result.scopes.length > 1)
        out.push(runHeadline(result, paint), '');
    for (const scope of result.scopes) {
        out.push(scopeHeader(scope, result.failOn, paint));
        if (scope.EXCEPTION) {
            if (scope.EXCEPTION.hint)
                out.push(`  ${(0,display/* displayText */.W)(scope.EXCEPTION.hint)}`);
            out.push(`  (${(0,display/* displayText */.W)(scope.EXCEPTION.class)})`);
        }
        else if ((0,engine_result/* findingCount */.dQ)(scope) > 0) {
            out.push(countsLine(scope));
        }
        out.push(...certificateLines(scope, paint));
        out.push(...findingLines(scope, result.failOn, limit, paint));
        out.push(...acceptedLines(scope, limit, paint));
        out.push(...unsignedLines(scope, limit, paint));
        for (const note of scope.notes)
            out.push(`  note: ${(0,display/* displayText */.W)(note)}`);
        out.push('');
    }
    for (const a of result.archives ?? []) {
        out.push((0,display/* displayText */.W)(`Read ${a.path} (${a.format}, ${a.entries} entries, ${(0,hints/* formatBytes */.z3)(a.bytes)} unpacked) in ${(0,hints/* formatMs */._V)(Math.round(a.ms))}, decompression included; scopes: ${a.scopes.join(', ')}`));
    }
    if ((result.archives ?? []).length > 0)
        out.push('');
    if (result.notSigned.length > 0) {
        out.push(`Not signed (skipped, like upstream does for apps that are not shipped; --require-signed makes them fail):`);
        for (const app of result.notSigned)
            out.push(`  ${(0,display/* displayText */.W)(app.scope)} (${(0,display/* displayText */.W)(app.root)})`);
        out.push('');
    }
    return (0,errors/* wordOptions */.vR)(out.join('\n'), options.wording ?? errors/* CLI_WORDING */.ml);
}
const textFormat = {
    name: 'text',
    summary: 'the verdict, counts and findings, each with a hint',
    render: (result, options) => renderText(result, { color: options.color === true, ...(options.wording ? { wording: options.wording } : {}) }),
};

;// CONCATENATED MODULE: ./src/report/index.ts





const FORMATS = [
    textFormat,
    jsonFormat,
    sarifFormat,
    markdown/* markdownFormat */.lB,
    nextcloudFormat,
    nextcloudJsonFormat,
    nextcloudJsonPrettyFormat,
    nextcloudAdminFormat,
];
/** The format names, in the registry's order. */
const REPORT_FORMATS = FORMATS.map((f) => f.name);
function isReportFormat(value) {
    return FORMATS.some((f) => f.name === value);
}
/** `name: summary` lines for help texts, indented by `indent`. */
function reportFormatHelp(indent) {
    const width = Math.max(...FORMATS.map((f) => f.name.length));
    return FORMATS.map((f) => `${indent}${f.name.padEnd(width)}  ${f.summary}`).join('\n');
}
/** The report in `format` (options.wording names the options it mentions for the front end). */
function renderReport(result, format, options = {}) {
    const found = FORMATS.find((f) => f.name === format);
    if (found === undefined)
        throw new Error(`unknown report format ${format}`);
    return found.render(result, options);
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   lB: () => (/* binding */ markdownFormat)
/* harmony export */ });
/* unused harmony export renderMarkdown */
/* harmony import */ var _engine_display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6060);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _engine_result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1173);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4424);
/**
 * Markdown report: the GitHub job summary body, also fine as a PR comment. Verdict line,
 * counts per category and scope, signer certificates, then the findings per scope, cut to
 * a byte budget (GitHub drops a step summary above 1 MiB) with a note of what was left out.
 */




/**
 * Text for a Markdown table cell or a line of the summary: control characters shown as
 * escapes (displayText: no line break, bare CR or command marker survives), then HTML and
 * the table's own syntax escaped, since GitHub does not escape summary cells.
 */
function cell(text) {
    return (0,_engine_display_js__WEBPACK_IMPORTED_MODULE_0__/* .displayText */ .W)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;');
}
function code(text) {
    return `<code>${cell(text)}</code>`;
}
const ICON = { passed: '✅', failed: '❌' };
function countTable(result) {
    const lines = [
        '| Scope | Profile | Result | Invalid hash | Missing | Extra | Accepted | Exception | Files |',
        '|---|---|---|--:|--:|--:|--:|---|--:|',
    ];
    for (const s of result.scopes) {
        const v = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .scopeVerdict */ .OI)(s, result.failOn);
        const outside = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .outsideFailOnNote */ .Ze)([s], result.failOn);
        lines.push(`| ${code(s.scope)} | ${s.profile} | ${ICON[v]} ${v}${outside ? ` (${outside})` : ''} | ${(0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryCount */ ._E)(s, 'INVALID_HASH')} | ${(0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryCount */ ._E)(s, 'MISSING_FILE')} | ${(0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryCount */ ._E)(s, 'EXTRA_FILE')} | ${Object.keys(s.accepted).length} | ${s.EXCEPTION ? cell(s.EXCEPTION.message) : '–'} | ${s.stats.files} |`);
    }
    return lines;
}
function certificateTable(result) {
    const rows = result.scopes.filter((s) => s.certificate);
    if (rows.length === 0)
        return [];
    const lines = ['', '**Signer certificates**', '', '| Scope | Subject | Issuer | Valid | Serial | Status |', '|---|---|---|---|---|---|'];
    for (const s of rows) {
        const c = s.certificate;
        const status = [
            c.trusted ? 'trusted' : 'not trusted',
            c.revoked ? 'revoked' : 'not revoked',
            c.expired ? 'expired' : c.notYetValid ? 'not yet valid' : '',
        ]
            .filter(Boolean)
            .join(', ');
        lines.push(`| ${code(s.scope)} | ${cell(c.subject)} | ${cell(c.issuer)} | ${c.notBefore.slice(0, 10)} → ${c.notAfter.slice(0, 10)} | ${code(c.serial)} | ${status} |`);
    }
    const warnings = rows.flatMap((s) => s.certificate.warnings.map((w) => `- ⚠️ ${code(s.scope)}: ${cell(w)}`));
    if (warnings.length > 0)
        lines.push('', ...warnings);
    return lines;
}
function findingRows(scope, failOn) {
    const rows = [];
    for (const category of _engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .FILE_CATEGORIES */ .yW) {
        for (const [name, f] of Object.entries(scope[category])) {
            const note = [f.problem, f.upstreamWouldMiss ? 'occ would not report this' : '', f.baselineNote].filter(Boolean).join('; ');
            rows.push({
                category,
                name,
                line: `| ${category}${failOn.includes(category) ? '' : ' (outside fail-on)'} | ${code(name)} | ${f.expected ? code((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .BC)(f.expected)) : '–'} | ${f.current ? code((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .BC)(f.current)) : '–'} | ${cell(note)} |`,
            });
        }
    }
    for (const [name, f] of Object.entries(scope.accepted)) {
        rows.push({
            category: 'ACCEPTED',
            name,
            line: `| accepted ${f.category} | ${code(name)} | ${f.expected ? code((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .BC)(f.expected)) : '–'} | ${f.current ? code((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .BC)(f.current)) : '–'} | ${cell((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptedBecause */ .kN)(f))} |`,
        });
    }
    return rows;
}
const encoder = new TextEncoder();
const size = (s) => encoder.encode(s).length;
const plural = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
/** Title, one-line stats, the count and certificate tables, unsigned apps, exception hints and notes. */
function header(result, options) {
    const h = '#'.repeat(options.headingLevel ?? 2);
    const failed = result.scopes.filter((s) => (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .scopeVerdict */ .OI)(s, result.failOn) === 'failed');
    const outside = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .outsideFailOnNote */ .Ze)(result.scopes, result.failOn);
    const accepted = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .acceptedNote */ .Ej)(result.scopes);
    const passedWith = [outside, accepted].filter(Boolean).join(' and ');
    const out = [
        result.verdict === 'passed'
            ? `${h} ${ICON.passed} Code integrity: passed${passedWith ? ` with ${passedWith}` : ''}`
            : `${h} ${ICON.failed} Code integrity: failed (${failed.length} of ${plural(result.scopes.length, 'scope')})`,
        '',
        `${plural(result.scopes.length, 'scope')}, ${result.stats.files} files, ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(result.stats.bytes)} checked in ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMs */ ._V)(result.stats.ms)} by ${result.tool.name} ${result.tool.version}.`,
        '',
        ...countTable(result),
        ...certificateTable(result),
    ];
    if (result.notSigned.length > 0) {
        const roots = result.notSigned.map((a) => code(a.root)).join(', ');
        out.push('', `**Not signed** (skipped, as upstream does for apps that are not shipped): ${roots}`);
    }
    for (const a of result.archives ?? []) {
        out.push('', `Read ${code(a.path)} (${a.format}, ${a.entries} entries, ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(a.bytes)} unpacked) in ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMs */ ._V)(Math.round(a.ms))}, decompression included.`);
    }
    for (const s of result.scopes) {
        if (s.EXCEPTION?.hint)
            out.push('', `> **${cell(s.scope)}**: ${cell(s.EXCEPTION.message)} ${cell(s.EXCEPTION.hint)}`);
        for (const note of s.notes)
            out.push('', `> **${cell(s.scope)}**: ${cell(note)}`);
    }
    return out;
}
/** The opening of a scope's findings: a details block, the hint of each category present, the table head. */
function sectionHead(scope, rows, open) {
    return [
        '',
        `<details${open ? ' open' : ''}><summary>${cell(scope.scope)}: ${plural(rows, 'file')}</summary>`,
        '',
        ..._engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .FILE_CATEGORIES */ .yW.filter((c) => (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .categoryCount */ ._E)(scope, c) > 0).map((c) => `- **${c}**: ${cell(_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORY_HINTS */ ._O[c])}`),
        '',
        '| Category | File | Expected | Current | Note |',
        '|---|---|---|---|---|',
    ];
}
/** Lines added while a byte budget lasts; what does not fit is counted. */
class Budget {
    maxBytes;
    reserve;
    lines = [];
    omitted = 0;
    used;
    constructor(head, maxBytes, reserve) {
        this.maxBytes = maxBytes;
        this.reserve = reserve;
        this.lines.push(...head);
        this.used = size(head.join('\n'));
    }
    fits(bytes) {
        return this.used + bytes + this.reserve <= this.maxBytes;
    }
    add(lines, bytes = size(lines.join('\n')) + 1) {
        this.lines.push(...lines);
        this.used += bytes;
    }
}
/** Per scope, the files upstream ships without a signature, with their hashes, while the budget lasts. */
function addUnsignedSections(result, budget) {
    for (const scope of result.scopes) {
        const unsigned = Object.entries(scope.notSignedByUpstream ?? {});
        if (unsigned.length === 0)
            continue;
        const section = [
            '',
            `<details><summary>${cell(scope.scope)}: ${plural(unsigned.length, 'file')} upstream ships without a signature</summary>`,
            '',
            'Compare their hashes with a copy you trust.',
            '',
            '| File | SHA-512 | Why it is unsigned |',
            '|---|---|---|',
            ...unsigned.map(([name, f]) => `| ${code(name)} | ${code((0,_hints_js__WEBPACK_IMPORTED_MODULE_2__/* .shortHash */ .BC)(f.current))} | ${cell(f.reason)} |`),
            '',
            '</details>',
        ];
        const n = size(section.join('\n'));
        if (budget.fits(n))
            budget.add(section, n);
        else
            budget.omitted += unsigned.length;
    }
}
function renderMarkdown(result, options = {}) {
    const budget = new Budget(header(result, options), options.maxBytes ?? 900 * 1024, 400); // 400: room for the closing note
    const open = result.scopes.filter((s) => (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_3__/* .scopeVerdict */ .OI)(s, result.failOn) === 'failed').length === 1;
    for (const scope of result.scopes) {
        const rows = findingRows(scope, result.failOn);
        if (rows.length === 0)
            continue;
        const section = sectionHead(scope, rows.length, open);
        const sectionSize = size(section.join('\n')) + 30;
        if (!budget.fits(sectionSize)) {
            budget.omitted += rows.length;
            continue;
        }
        budget.add(section, sectionSize);
        for (const row of rows) {
            const n = size(row.line) + 1;
            if (budget.fits(n))
                budget.add([row.line], n);
            else
                budget.omitted += 1;
        }
        budget.add(['', '</details>'], 14);
    }
    addUnsignedSections(result, budget);
    const { omitted, lines } = budget;
    if (omitted > 0) {
        const hint = options.fullReportHint ? ` ${options.fullReportHint}` : '';
        lines.push('', `**${plural(omitted, 'more finding')} not shown** to stay within the size limit.${hint}`);
    }
    return (0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .wordOptions */ .vR)(lines.join('\n'), options.wording ?? _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CLI_WORDING */ .ml) + '\n';
}
const markdownFormat = {
    name: 'markdown',
    summary: 'the job summary: verdict, counts, certificates, findings (size-capped)',
    render: (result, options) => renderMarkdown(result, { ...options.markdown, ...(options.wording ? { wording: options.wording } : {}) }),
};


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test (the bundle cannot read package.json). */
const VERSION = '0.1.0';
const TOOL_NAME = 'code-integrity';


/***/ })

};
