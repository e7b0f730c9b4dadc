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
// EXTERNAL MODULE: ./src/app/verify-run.ts + 4 modules
var verify_run = __webpack_require__(406);
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
        ...commands_args/* TARGET_OPTIONS */.FG,
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
    }, HELP);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const progress = io.stderrIsTTY && !values.quiet ? (0,cli_progress/* progressLine */.o)(io.stderr) : undefined;
    const outcome = await runBaseline({
        paths: positionals,
        cwd: io.cwd,
        profile: values.profile,
        appId: values['app-id'],
        signaturePath: values['signature-path'],
        trust: values.trust ?? [],
        crl: values.crl ?? [],
        allApps: values['all-apps'] === true,
        requireSigned: values['require-signed'] === true,
        release: values.release === true,
        coreOnly: values['core-only'] === true,
        allow: values.allow ?? [],
        baseline: values.baseline,
        maxSize: values['max-size'],
        maxEntries: values['max-entries'],
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


/***/ })

};
