export const id = 154;
export const ids = [154];
export const modules = {

/***/ 6154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: ./src/app/explain-run.ts + 5 modules
var explain_run = __webpack_require__(9130);
// EXTERNAL MODULE: ./src/engine/atomic-file.ts
var atomic_file = __webpack_require__(6624);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/profiles/index.ts + 7 modules
var profiles = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
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
function directiveLines(changes) {
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
    const against = scope.reference === null ? `not compared: ${(0,display/* displayText */.W)(scope.unexplained ?? '')}` : `compared with ${(0,display/* displayText */.W)(scope.reference)}`;
    const out = [`${(0,display/* displayText */.W)(scope.scope)} (${(0,display/* displayText */.W)(scope.root)}): ${count}, ${against}`];
    if (scope.versions) {
        const { tree, release } = scope.versions;
        const differ = tree !== release ? ' — not the same version: some differences may come from the upgrade' : '';
        out.push(`  version: tree ${(0,display/* displayText */.W)(tree ?? 'unknown')}, release ${(0,display/* displayText */.W)(release ?? 'unknown')}${differ}`);
    }
    if (scope.exception)
        out.push(`  ${(0,display/* displayText */.W)(scope.exception.message)} (the files could not be compared: the signature itself did not check)`);
    for (const file of scope.files) {
        out.push('', `  ${headline(file)}`);
        const sides = sidesLine(file);
        if (sides)
            out.push(`    ${sides}`);
        if (file.noDiff)
            out.push(`    no diff: ${(0,display/* displayText */.W)(file.noDiff)}`);
        if (file.directives)
            out.push(...directiveLines(file.directives).map((l) => `    ${l}`));
        out.push(...diffLines(file).map((l) => `    ${l}`));
    }
    if (scope.mimetypes)
        out.push('', ...mimetypeLines(scope.mimetypes).map((l) => `  ${l}`));
    for (const note of scope.notes)
        out.push(`  note: ${(0,display/* displayText */.W)(note)}`);
    return out;
}
function renderExplanationText(explanation) {
    if (explanation.clean)
        return 'CLEAN  every file matches its signature: nothing to explain\n';
    const total = explanation.scopes.reduce((n, s) => n + s.files.length + (s.exception ? 1 : 0), 0);
    const out = [`EXPLAINED  ${total} finding${total === 1 ? '' : 's'} against the release ${(0,display/* displayText */.W)(explanation.reference)}`, ''];
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
        out.push(...codeBlock('', directiveLines(file.directives)));
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

;// CONCATENATED MODULE: ./src/report/explain-formats.ts
/**
 * explain's output formats: text (people), json (scripts: the explanation as data, names kept
 * exactly), markdown (a job summary or PR comment, size-capped).
 */



const EXPLAIN_FORMATS = ['text', 'json', 'markdown'];
function isExplainFormat(value) {
    return EXPLAIN_FORMATS.includes(value);
}
/** The explanation as JSON (the model of engine/explain/model.ts), safe to print in a log. */
function renderExplanationJson(explanation) {
    return (0,display/* displayJson */.f)(JSON.stringify(explanation, null, 2)) + '\n';
}
function renderExplanation(explanation, format) {
    if (format === 'json')
        return renderExplanationJson(explanation);
    if (format === 'markdown')
        return renderExplanationMarkdown(explanation);
    return renderExplanationText(explanation);
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/commands/args.ts
var commands_args = __webpack_require__(7988);
// EXTERNAL MODULE: ./src/cli/commands/reference-args.ts
var reference_args = __webpack_require__(7092);
;// CONCATENATED MODULE: ./src/cli/commands/explain.ts
/**
 * `explain`: verify a tree, then say for each finding what it is compared with a verified
 * reference release (a diff, "present in the release", "not in this release", "moved").
 */








const HELP = `Usage: ${version/* TOOL_NAME */.l} explain DIR --reference RELEASE [options]

Verifies DIR (an app or server folder), then explains each finding against RELEASE, the
release DIR should be: a release folder, a release archive (.tar.gz, .tar.bz2, .zip; read as
a stream, never extracted) or an https:// URL of one. The reference is verified first with
the same trust options and refused (exit 2) unless it verifies clean.

  INVALID_HASH  a unified diff (release → tree) for text files; sizes and hashes otherwise
  MISSING_FILE  present in the release (size, hash); where its content went, if it moved
  EXTRA_FILE    not in this release; "same content as X" when a release file holds it
  .htaccess / .user.ini: the directives added, removed or changed
  core/js/mimetypelist.js: the mimetype aliases that differ from the shipped ones
The versions of DIR and of the release are shown; differences may come from an upgrade.

Options:
${reference_args/* REFERENCE_HELP */.EH}
  --profile P        auto (default), ${profiles/* PROFILE_NAMES */.J.join(', ')}
  --app-id ID        the app id the certificate must be issued for
  --all-apps         DIR is an installed server: explain core and every app
  --format F         ${EXPLAIN_FORMATS.join(', ')} (default text)
  --output FILE      write the explanation to FILE instead of stdout
  -h, --help

Exit codes: 0 nothing to explain (DIR is clean), 1 findings explained, 2 usage, I/O or
reference error.
`;
async function runExplainCommand(args, io) {
    const { values, positionals } = (0,commands_args/* parseCommand */.RM)(args, { ...commands_args/* TARGET_OPTIONS */.FG, ...reference_args/* REFERENCE_OPTIONS */.jS, format: { type: 'string' }, 'all-apps': { type: 'boolean' } }, HELP);
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const format = values.format ?? 'text';
    if (!isExplainFormat(format))
        throw new errors/* UsageError */.eb(`unknown format "${format}"`, `Use one of: ${EXPLAIN_FORMATS.join(', ')}.`);
    if (values.reference === undefined)
        throw new errors/* UsageError */.eb('explain needs --reference RELEASE', `See:\n${HELP}`);
    if (positionals.length > 1)
        throw new errors/* UsageError */.eb('explain takes one folder', `See:\n${HELP}`);
    const { result, explanation } = await (0,explain_run/* runExplain */.Hx)({
        ...(0,commands_args/* checkRequest */.yG)(values, io.cwd),
        path: positionals[0] ?? '.',
        reference: values.reference,
        download: (0,reference_args/* downloadOptions */.Zy)(values, io),
    });
    const out = renderExplanation(explanation, format);
    if (values.output !== undefined)
        (0,atomic_file/* writeReportFile */.aS)((0,commands_args/* resolveFrom */.dx)(io.cwd, values.output), out);
    else
        io.stdout(out);
    return explanation.clean && result.verdict !== 'failed' ? 0 : 1;
}
const command = { help: HELP, run: runExplainCommand };


/***/ })

};
