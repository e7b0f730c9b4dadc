export const id = 914;
export const ids = [914];
export const modules = {

/***/ 914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/engine/baseline/glob.ts
var glob = __webpack_require__(9504);
// EXTERNAL MODULE: ./src/engine/baseline/match.ts
var match = __webpack_require__(7073);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/engine/baseline/write.ts
/**
 * Writing a baseline file: what the `baseline` command prints, in the format parse.ts reads
 * (presets, then accept entries with path, category, reason, sha512, scope in that order).
 */

function ordered(entry) {
    const out = { path: entry.path, category: entry.category, reason: entry.reason };
    if (entry.sha512 !== undefined)
        out.sha512 = entry.sha512;
    if (entry.scope !== undefined)
        out.scope = entry.scope;
    return out;
}
/** The document as YAML text (no line folding: a pin or a reason stays on its line). */
function renderBaseline(doc) {
    const body = {};
    if (doc.presets.length > 0)
        body.presets = doc.presets;
    body.accept = doc.entries.map(ordered);
    const comments = doc.comments.map((c) => (c === '' ? '#' : `# ${c}`)).join('\n');
    return `${comments}${comments ? '\n' : ''}${(0,dist/* stringify */.As)(body, { lineWidth: 0, indentSeq: true })}`;
}

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/app/verify-run.ts
var verify_run = __webpack_require__(2274);
;// CONCATENATED MODULE: ./src/app/baseline-run.ts
/**
 * The `baseline` use case: verify as `verify` does (with the baseline files it would read),
 * then write a baseline accepting what is found today: the presets and file entries that are
 * still used, plus one entry per new finding, pinned to the file's current SHA-512 (a missing
 * file has none), reason "found on DATE, not reviewed yet". What cannot be accepted (an
 * EXCEPTION, a file that could not be hashed) is listed as refused.
 */






/** Verify, then write the baseline that accepts what was found. */
async function runBaseline(request) {
    const { result, baselines } = await (0,verify_run/* verifyWithBaselines */.a)({ ...request, failOn: undefined });
    const day = (request.today ?? new Date()).toISOString().slice(0, 10);
    const kept = keptEntries(baselines, result);
    const { entries: added, refused } = newEntries(result, day);
    const yaml = renderBaseline({
        comments: [
            'code-integrity baseline (docs/baseline.md): reviewed findings that do not fail the check.',
            `Written by \`code-integrity baseline\` on ${day}. Review each entry "not reviewed yet": write why`,
            'the finding is expected as its reason, or remove the entry and restore the file.',
        ],
        presets: [...new Set(baselines.flatMap((b) => b.presets))],
        entries: [...kept, ...added],
    });
    return { yaml, kept: kept.length, added: added.length, refused };
}
/** Entries of the files read that accepted something today (their presets are kept whole). */
function keptEntries(baselines, result) {
    const used = new Set(result.scopes.flatMap((s) => Object.values(s.accepted).map((f) => f.by)));
    const out = [];
    for (const file of baselines) {
        for (const entry of file.entries) {
            if (entry.kind !== 'file' || !used.has(entry.origin))
                continue;
            const scope = entry.scope ?? file.owner;
            out.push(written(entry.path, entry.category, entry.reason, entry.sha512, scope));
        }
    }
    return out;
}
function written(path, category, reason, sha512, scope) {
    const entry = { path, category, reason };
    if (sha512 !== undefined)
        entry.sha512 = sha512;
    if (scope !== undefined)
        entry.scope = scope;
    return entry;
}
/** One pinned entry per finding of today (and per file accepted only through --allow); what cannot be accepted. */
function newEntries(result, day) {
    const entries = [];
    const refused = [];
    const allow = (0,errors/* optionRef */.$j)('allow');
    for (const scope of result.scopes) {
        if (scope.EXCEPTION)
            refused.push(`${scope.scope}: ${scope.EXCEPTION.message} (an EXCEPTION cannot be accepted: fix its cause first)`);
        const add = (name, category, f, reason) => {
            const pin = category === 'MISSING_FILE' || f.current === '' ? undefined : f.current;
            entries.push(written((0,glob/* literalGlob */.Iq)(name), category, reason, pin, scope.scope));
        };
        for (const category of engine_result/* FILE_CATEGORIES */.yW) {
            for (const [name, f] of Object.entries(scope[category])) {
                const before = f.baselineNote ? ` (${f.baselineNote})` : '';
                if ((0,match/* acceptable */.FI)(category, f))
                    add(name, category, f, `found on ${day}, not reviewed yet${before}`);
                else
                    refused.push(`${scope.scope}: ${name} (${category}) cannot be accepted: ${f.problem ?? 'it could not be hashed'}`);
            }
        }
        for (const [name, f] of Object.entries(scope.accepted)) {
            if (f.by === allow)
                add(name, f.category, f, `listed in ${allow} on ${day}`);
        }
    }
    return { entries, refused };
}

// EXTERNAL MODULE: ./src/engine/atomic-file.ts
var atomic_file = __webpack_require__(6624);
// EXTERNAL MODULE: ./src/engine/baseline/presets.ts
var presets = __webpack_require__(6048);
// EXTERNAL MODULE: ./src/engine/profiles/index.ts + 7 modules
var profiles = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
// EXTERNAL MODULE: ./src/cli/commands/args.ts
var commands_args = __webpack_require__(7988);
;// CONCATENATED MODULE: ./src/cli/commands/baseline.ts
/**
 * `baseline`: print a baseline (YAML) accepting today's findings, each pinned to the file's
 * current SHA-512, for review and commit; an existing baseline keeps its presets and the
 * entries still used. See docs/baseline.md.
 */








const HELP = `Usage: ${version/* TOOL_NAME */.l} baseline [DIR|ARCHIVE ...] [options]

Checks each DIR as verify does, then prints (on stdout) a baseline accepting every finding of
today: one entry per file, pinned to its current SHA-512 (a missing file has no pin), with the
reason "found on DATE, not reviewed yet". Review it: write the real reason of each entry, or
remove the entry and restore the file. Then keep it outside the checked tree (in the repository
of your deployment) and pass it with verify --baseline FILE, or commit it as .code-integrity.yml
at the root of the folder (trusted as much as whoever can write that folder).

With an existing baseline (--baseline FILE, or the .code-integrity.yml files verify would read),
its presets and the entries that still accept something are kept, and the new findings added.
A scope whose signature cannot be checked (EXCEPTION), or a file that could not be hashed,
cannot be accepted: it is named on stderr and the exit code is 1. See docs/baseline.md.

Presets (presets: [...] in a baseline):
${(0,presets/* presetHelp */.Dj)('  ')}

Options:
  --profile P        auto (default), ${profiles/* PROFILE_NAMES */.J.join(', ')}
  --app-id ID        the app id the certificate must be issued for (default: <id> in appinfo/info.xml)
  --signature-path P signature file relative to DIR (generic profile)
  --trust T          trusted roots: nextcloud (default), owncloud, or a PEM file; repeatable
  --crl C            revocation list: nextcloud (bundled) or a CRL file (PEM/DER); repeatable
  --all-apps         DIR is an installed server: core and every app
  --require-signed   with --all-apps: an app without a signature is a finding
  --release          DIR is an extracted server release: check it whole
  --core-only        a server ARCHIVE: check core alone
  --baseline FILE    the existing baseline to update (default: .code-integrity.yml at each folder's root;
                     none: start from nothing)
  --allow GLOB       extra files accepted as with verify; written as pinned entries
  --output FILE      write the baseline to FILE instead of stdout
  -q, --quiet        no progress line on stderr
  --max-size N       archives: stop above N uncompressed bytes (default 8G)
  --max-entries N    archives: stop above N entries (default 1000000)
  -h, --help

Exit codes: 0 the baseline accepts every finding, 1 some finding cannot be accepted, 2 usage error.
`;
async function runBaselineCommand(args, io) {
    const { values, positionals } = (0,commands_args/* parseCommand */.RM)(args, {
        ...commands_args/* VERIFY_OPTIONS */.nn,
    }, HELP);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const progress = io.stderrIsTTY && !values.quiet ? (0,cli_progress/* progressLine */.o)(io.stderr) : undefined;
    const outcome = await runBaseline({
        ...(0,commands_args/* checkRequest */.yG)(values, io.cwd),
        paths: positionals,
        onProgress: progress ? (p) => progress.update(p) : undefined,
    }).finally(() => progress?.done());
    const yaml = (0,errors/* wordOptions */.vR)(outcome.yaml, errors/* CLI_WORDING */.ml);
    if (values.output !== undefined)
        (0,atomic_file/* writeReportFile */.aS)((0,commands_args/* resolveFrom */.dx)(io.cwd, values.output), yaml);
    else
        io.stdout(yaml);
    io.stderr(`${outcome.kept} entr${outcome.kept === 1 ? 'y' : 'ies'} kept, ${outcome.added} added.\n`);
    for (const line of outcome.refused)
        io.stderr(`not accepted: ${(0,errors/* wordOptions */.vR)(line, errors/* CLI_WORDING */.ml)}\n`);
    return outcome.refused.length > 0 ? 1 : 0;
}
const command = { help: HELP, run: runBaselineCommand };


/***/ }),

/***/ 9504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ literalGlob),
/* harmony export */   Os: () => (/* binding */ compileGlobList),
/* harmony export */   jC: () => (/* binding */ globBody),
/* harmony export */   nb: () => (/* binding */ compileRules)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3581);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/**
 * The path globs of a baseline entry and of `--allow` (files a host adds on purpose:
 * `.user.ini`, `.well-known/…`, a Docker image's lock file). Patterns use @actions/glob's
 * syntax and semantics, matched against paths relative to the scope's root: `*`, `?`, `[…]`,
 * `**`; dot-files match; no braces or extglobs; a pattern also matches everything below it
 * (`dir` = `dir/**`). In a list (`--allow`, the Action's multi-line `allow`), `!pattern`
 * excludes again, applied in order, and `#` starts a comment line.
 *
 * The engine cannot import @actions/glob (it is ESM-for-Actions and walks the disk); it
 * uses the same matcher @actions/glob uses, minimatch, with the same options.
 */


const OPTIONS = { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true };
/** A pattern without its `./` and trailing slashes; null when it names nothing inside the scope. */
function globBody(pattern) {
    const body = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    if (body === '' || body.startsWith('/') || body.split('/').includes('..'))
        return null;
    return body;
}
/** A glob matching exactly `rel` (and what is below it): the file a baseline entry names. */
function literalGlob(rel) {
    return (0,minimatch__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(rel);
}
/** Compile glob patterns (one per entry; entries may hold several lines, as the Action input does). */
function compileGlobList(patterns) {
    const lines = patterns
        .flatMap((p) => p.split(/\r?\n/))
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    const rules = lines.map((line) => {
        let negate = false;
        let body = line;
        while (body.startsWith('!')) {
            negate = !negate;
            body = body.slice(1).trim();
        }
        const clean = globBody(body);
        if (clean === null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`allow pattern "${line}" is not a path inside the checked folder`, 'Write patterns relative to the app or server root, e.g. .user.ini or .well-known/**.');
        }
        return { negate, matchers: [new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(clean, OPTIONS), new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(`${clean}/**`, OPTIONS)] };
    });
    return {
        patterns: lines,
        matches(rel) {
            let allowed = false;
            for (const rule of rules) {
                if (rule.matchers.some((m) => m.match(rel)))
                    allowed = !rule.negate;
            }
            return allowed;
        },
    };
}
/** Entries ready to match: each compiled once, whatever the number of scopes asking for it. */
function compileRules() {
    const compiled = new Map();
    return (entry) => {
        let rule = compiled.get(entry);
        if (rule === undefined) {
            const glob = compileGlobList([entry.path]);
            compiled.set(entry, (rule = { ...entry, matches: (rel) => glob.matches(rel) }));
        }
        return rule;
    };
}


/***/ }),

/***/ 6048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ presetHelp),
/* harmony export */   ME: () => (/* binding */ presetEntries),
/* harmony export */   dO: () => (/* binding */ PRESET_NAMES)
/* harmony export */ });
const PRESETS = {
    'shared-hosting': {
        summary: 'what shared hosts add: PHP settings, error logs, statistics, a CGI folder',
        paths: [
            { path: 'php.ini', why: "the host's PHP settings" },
            { path: '**/error_log', why: "PHP's error log, written beside the script that failed" },
            { path: 'logs', why: "the host's access and error logs" },
            { path: 'stats', why: "the host's web statistics" },
            { path: 'cgi-bin', why: "the host's CGI folder" },
        ],
    },
    docker: {
        summary: "what Nextcloud's Docker image adds beside the release (docker-entrypoint.sh)",
        paths: [
            {
                path: 'nextcloud-init-sync.lock',
                why: "the image's lock while it copies the release (Nextcloud skips it by name since 30/31; ownCloud does not)",
            },
            { path: 'custom_apps', why: "the image's folder for apps installed from the store (each app is checked on its own)" },
        ],
    },
    'well-known': {
        summary: 'files below .well-known/ (ACME challenges, security.txt)',
        paths: [{ path: '.well-known', why: 'files a host or certificate client puts below .well-known/' }],
    },
};
const PRESET_NAMES = Object.keys(PRESETS);
/** One line per preset, for help texts and errors. */
function presetHelp(indent) {
    return PRESET_NAMES.map((name) => `${indent}${name}: ${PRESETS[name].summary}`).join('\n');
}
/** A preset's entries (EXTRA_FILE, unpinned), or null for a name that is no preset. */
function presetEntries(name) {
    const preset = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
    if (!preset)
        return null;
    return preset.paths.map((p) => ({
        path: p.path,
        category: 'EXTRA_FILE',
        reason: `preset ${name}: ${p.why}`,
        origin: `preset ${name}`,
        kind: 'preset',
    }));
}


/***/ })

};
