export const id = 870;
export const ids = [870];
export const modules = {

/***/ 7376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   mc: () => (/* binding */ planAnnotations),
/* harmony export */   s$: () => (/* binding */ filePath)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_LEVEL */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6060);
/* harmony import */ var _report_hints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4424);
/**
 * File annotations for findings. GitHub keeps at most 10 error and 10 warning annotations
 * per step and drops the rest silently, so the most important findings go first
 * (EXCEPTION, INVALID_HASH, MISSING_FILE, EXTRA_FILE) and one notice says how many were left
 * out and where the full list is. A finding that fails the run (its category is in fail-on)
 * is an error; one outside fail-on is a warning, so the annotations agree with the verdict.
 * Names from the tree are shown through displayText (the toolkit escapes the command syntax,
 * but a newline would still split the message).
 */




const ANNOTATIONS_PER_LEVEL = 10;
function filePath(scope, name) {
    return scope.root === '.' ? name : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(scope.root.split('\\').join('/'), name);
}
const ORDER = ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE'];
/** Error when the category fails the run, warning when it is outside fail-on. */
function levelOf(result, category) {
    return result.failOn.includes(category) ? 'error' : 'warning';
}
function findingMessage(category, name, f) {
    let msg = `${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .W)(name)}: ${_report_hints_js__WEBPACK_IMPORTED_MODULE_3__/* .CATEGORY_HINTS */ ._O[category]}.`;
    if (category === 'INVALID_HASH')
        msg += ` Expected sha512 ${(0,_report_hints_js__WEBPACK_IMPORTED_MODULE_3__/* .shortHash */ .BC)(f.expected)}…, found ${f.current ? (0,_report_hints_js__WEBPACK_IMPORTED_MODULE_3__/* .shortHash */ .BC)(f.current) + '…' : 'nothing readable'}.`;
    if (f.problem)
        msg += ` ${(0,_engine_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .W)(f.problem)}.`;
    if (f.upstreamWouldMiss)
        msg += ' (occ integrity:check would not report this.)';
    return msg;
}
/** Decide which annotations to emit, most important first, within GitHub's per-step caps. */
function planAnnotations(result, maxPerLevel = ANNOTATIONS_PER_LEVEL) {
    const candidates = [];
    for (const scope of result.scopes) {
        if (scope.EXCEPTION) {
            candidates.push({
                level: levelOf(result, 'EXCEPTION'),
                title: 'EXCEPTION',
                file: filePath(scope, scope.signaturePath ?? '.'),
                message: (0,_engine_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .W)(`${scope.scope}: ${scope.EXCEPTION.message}${scope.EXCEPTION.hint ? ` ${scope.EXCEPTION.hint}` : ''}`),
            });
        }
    }
    for (const category of ORDER) {
        const level = levelOf(result, category);
        for (const scope of result.scopes) {
            for (const [name, f] of Object.entries(scope[category])) {
                // A name that has to be shown escaped cannot be linked as it is (nor put in a command line raw).
                const file = (0,_engine_display_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .W)(name) === name ? filePath(scope, name) : undefined;
                candidates.push({ level, title: category, ...(file ? { file } : {}), message: findingMessage(category, name, f) });
            }
        }
    }
    const used = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    let omitted = 0;
    for (const a of candidates) {
        if (used[a.level] >= maxPerLevel) {
            omitted += 1;
            continue;
        }
        used[a.level] += 1;
        annotations.push(a);
    }
    return { annotations, omitted };
}
/** Emit the planned annotations as workflow commands, plus a notice about the rest. */
function annotate(result, where) {
    const { annotations, omitted } = planAnnotations(result);
    for (const a of annotations) {
        const props = { ...(a.file ? { file: a.file } : {}), title: a.title };
        if (a.level === 'error')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(a.message, props);
        else if (a.level === 'warning')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(a.message, props);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(a.message, props);
    }
    if (omitted > 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated (GitHub shows at most 10 errors and 10 warnings per step); ${where}.`, {
            title: 'More findings',
        });
    }
    return { emitted: annotations.length, omitted };
}


/***/ }),

/***/ 1870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCheckRun: () => (/* binding */ publishCheckRun)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(7376);
// EXTERNAL MODULE: ./src/engine/display.ts
var display = __webpack_require__(6060);
;// CONCATENATED MODULE: ./src/action/clip.ts
/** Cutting text to GitHub's limits (characters or UTF-8 bytes) without splitting a surrogate pair. */
function clipChars(text, max, ellipsis = '…') {
    if (text.length <= max)
        return text;
    let cut = Math.max(0, max - ellipsis.length);
    // never split a surrogate pair
    if (cut > 0 && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1)))
        cut -= 1;
    return text.slice(0, cut) + ellipsis;
}
const encoder = new TextEncoder();
const utf8Length = (s) => encoder.encode(s).length;
function clipBytes(text, maxBytes, ellipsis = '…') {
    if (utf8Length(text) <= maxBytes)
        return text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (utf8Length(clipChars(text, mid, ellipsis)) <= maxBytes)
            lo = mid;
        else
            hi = mid - 1;
    }
    return clipChars(text, lo, ellipsis);
}

// EXTERNAL MODULE: ./src/engine/result.ts
var engine_result = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/report/markdown.ts
var report_markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/action/check-run-content.ts
/**
 * What a check run says: its name, conclusion and title, its summary (the Markdown report, fit
 * into GitHub's limits) and one annotation per finding.
 */






/** GitHub's limits for check runs (REST "Create a check run" schema). */
const ANNOTATIONS_PER_REQUEST = 50;
const MAX_SUMMARY_CHARS = 65_535;
const MAX_ANNOTATION_TITLE_CHARS = 255;
const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024 - 1;
/**
 * Annotations per check run (20 requests). A broken server tree can have thousands of
 * findings; each update resends the summary and counts against the secondary rate limit
 * for content-creating requests, so the rest is left to the summary and the report file.
 */
const MAX_CHECK_ANNOTATIONS = 1000;
/** `failure` when the step fails, `neutral` when it passes but a scope could not be checked. */
function checkConclusion(result, failing) {
    if (failing.length > 0)
        return 'failure';
    if (result.scopes.some((s) => s.EXCEPTION))
        return 'neutral';
    return 'success';
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "code-integrity: tricky", "code-integrity: core + 12 apps", "code-integrity: 4 apps". */
function checkRunName(result) {
    const names = result.scopes.map((s) => (0,display/* displayText */.W)(s.scope));
    if (names.length === 0)
        return version/* TOOL_NAME */.l;
    const apps = names.filter((n) => n !== 'core');
    const hasCore = apps.length < names.length;
    const listed = apps.length <= 3 && apps.join(', ').length <= 60;
    let what;
    if (apps.length === 0)
        what = 'core';
    else if (listed)
        what = `${hasCore ? 'core + ' : ''}${apps.join(', ')}`;
    else
        what = `${hasCore ? 'core + ' : ''}${plural(apps.length, 'app')}`;
    return `${version/* TOOL_NAME */.l}: ${what}`;
}
/** One line: the verdict and the counts (e.g. "Failed: 120 extra (39 files, 1 scope)"). */
function checkTitle(result, conclusion) {
    const sum = (c) => result.scopes.reduce((n, s) => n + (0,engine_result/* categoryCount */._E)(s, c), 0);
    const allowed = result.scopes.reduce((n, s) => n + Object.keys(s.allowed).length, 0);
    const parts = [
        [sum('INVALID_HASH'), 'changed'],
        [sum('MISSING_FILE'), 'missing'],
        [sum('EXTRA_FILE'), 'extra'],
        [allowed, 'allowed'],
        [sum('EXCEPTION'), 'signature problem'],
    ]
        .filter(([n]) => n > 0)
        .map(([n, what]) => `${n} ${what}`);
    const verdict = { success: 'Passed', failure: 'Failed', neutral: 'Not checked' }[conclusion];
    const scope = `${plural(result.stats.files, 'file')}, ${plural(result.scopes.length, 'scope')}`;
    const title = parts.length > 0 ? `${verdict}: ${parts.join(', ')} (${scope})` : `${verdict}: ${scope}, no findings`;
    return clipChars(title, MAX_ANNOTATION_TITLE_CHARS);
}
/** Every finding, most important first: failures, then extra files (warning), then allowed files (notice). */
function checkAnnotations(result) {
    const out = [];
    const add = (level, path, title, message) => {
        out.push({
            path,
            start_line: 1,
            end_line: 1,
            annotation_level: level,
            title: clipChars(title, MAX_ANNOTATION_TITLE_CHARS),
            message: clipBytes(message, MAX_ANNOTATION_MESSAGE_BYTES),
        });
    };
    for (const a of (0,annotations/* planAnnotations */.mc)(result, Number.POSITIVE_INFINITY).annotations) {
        add(a.level === 'error' ? 'failure' : a.level, a.file ?? '.', a.title, a.message);
    }
    for (const scope of result.scopes) {
        for (const name of Object.keys(scope.allowed)) {
            add('notice', (0,annotations/* filePath */.s$)(scope, name), 'allowed', `${(0,display/* displayText */.W)(name)}: not part of the signed release, listed in allow (a file the host adds on purpose).`);
        }
    }
    return out;
}
/** Which workflow run published this check run (GitHub may file it under another workflow's suite). */
function provenance(env) {
    const bits = [];
    if (env.GITHUB_WORKFLOW)
        bits.push(`workflow **${(0,report_markdown/* cell */.Hn)(env.GITHUB_WORKFLOW)}**`);
    if (env.GITHUB_JOB)
        bits.push(`job **${(0,report_markdown/* cell */.Hn)(env.GITHUB_JOB)}**`);
    const url = runUrl(env);
    if (url)
        bits.push(`[run ${(0,report_markdown/* cell */.Hn)(env.GITHUB_RUN_ID ?? '')}](${url})`);
    return bits.length > 0 ? `\n---\n_Published by ${version/* TOOL_NAME */.l} ${version/* VERSION */.x} from ${bits.join(', ')}._\n` : '';
}
function runUrl(env) {
    if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY || !/^\d+$/.test(env.GITHUB_RUN_ID))
        return undefined;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
/**
 * The check run summary: the job summary's Markdown when it fits in 65,535 characters,
 * otherwise re-rendered to fit (whole rows, with a note), cut hard as a last resort.
 */
function checkSummary(result, markdown, capNote = '', footer = '') {
    const limit = MAX_SUMMARY_CHARS;
    const full = markdown + (capNote ? `\n${capNote}\n` : '') + footer;
    // UTF-8 bytes are never fewer than characters, so fitting in bytes fits whatever GitHub counts.
    if (utf8Length(full) <= limit)
        return full;
    const hint = capNote
        ? `${capNote} The full list is in the report file (report-file).`
        : 'Every finding is an annotation of this check run.';
    const rendered = (0,report_markdown/* renderMarkdown */.Gc)(result, { maxBytes: limit - utf8Length(footer) - 1024, fullReportHint: hint }) + footer;
    if (utf8Length(rendered) <= limit)
        return rendered;
    const cutNote = `\n\n**Cut to GitHub's limit of ${limit} characters for a check run summary.** ${hint}\n`;
    return clipBytes(rendered, limit - utf8Length(cutNote), '') + cutNote;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/action/github-requests.ts
/**
 * Talking to GitHub's REST API from the Action: which commit a check run belongs to, the API's
 * base URL at call time, and retries of 5xx answers, network errors and secondary rate limits
 * with backoff; a failure is described in one short line, with the permission it needs.
 */



/** Attempts per request (first try + retries) on 5xx, network errors and secondary rate limits. */
const MAX_ATTEMPTS = 4;
const DEFAULT_RETRY_BASE_MS = 1000;
const MAX_RETRY_DELAY_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * The commit the check run belongs to: the PR head for pull_request* events (GITHUB_SHA is
 * the merge commit there, whose annotations the PR does not show), the triggering run's head
 * for workflow_run, GITHUB_SHA otherwise.
 */
function headSha(env = process.env) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH && (event.startsWith('pull_request') || event === 'workflow_run')) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (e) {
            core/* debug */.Yz(`Could not read the event payload: ${e.message}`);
        }
    }
    let sha;
    if (event.startsWith('pull_request'))
        sha = payload?.pull_request?.head?.sha;
    else if (event === 'workflow_run')
        sha = payload?.workflow_run?.head_sha;
    if (typeof sha === 'string' && /^[0-9a-f]{40,64}$/i.test(sha))
        return sha;
    return env.GITHUB_SHA || undefined;
}
/** The base URL at call time (the toolkit reads GITHUB_API_URL once, at import). */
function apiBaseUrl(env = process.env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
function retryBaseMs(env) {
    const raw = env.CODE_INTEGRITY_RETRY_BASE_MS;
    const n = raw === undefined || raw === '' ? NaN : Number(raw);
    return Number.isFinite(n) && n >= 0 ? n : DEFAULT_RETRY_BASE_MS;
}
function isRateLimited(e) {
    const headers = e.response?.headers ?? {};
    return (e.status === 403 || e.status === 429) && (headers['retry-after'] !== undefined || /secondary rate limit/i.test(e.message ?? ''));
}
/** How long to wait before retrying, or undefined when the failure is not worth a retry. */
function retryDelay(error, attempt, baseMs) {
    const e = (error ?? {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    const backoff = baseMs * 2 ** (attempt - 1);
    if (status !== undefined && status >= 500)
        return Math.min(backoff, MAX_RETRY_DELAY_MS);
    if (isRateLimited(e)) {
        const after = Number(e.response?.headers?.['retry-after']);
        const afterMs = Number.isFinite(after) && after > 0 ? after * 1000 : 0;
        return Math.min(Math.max(afterMs, backoff), MAX_RETRY_DELAY_MS);
    }
    return undefined;
}
/** First line of an API error, short, for the log. */
function describe(error) {
    const e = (error ?? {});
    const firstLine = (String(e.message ?? error).split(/\r?\n/)[0] ?? '').replace(/ - https?:\/\/\S+$/, ''); // drop documentation_url
    const message = clipChars(firstLine, 200);
    return typeof e.status === 'number' && e.status > 0 ? `HTTP ${e.status}: ${message}` : message;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withRetry(what, env, call) {
    const base = retryBaseMs(env);
    for (let attempt = 1;; attempt++) {
        try {
            return await call(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
        }
        catch (e) {
            const delay = retryDelay(e, attempt, base);
            if (delay === undefined || attempt >= MAX_ATTEMPTS)
                throw e;
            core/* info */.pq(`${what} failed (${describe(e)}); retrying in ${delay} ms (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
            await sleep(delay);
        }
    }
}
function permissionHint(error) {
    const e = (error ?? {});
    if ((e.status !== 403 && e.status !== 404) || isRateLimited(e))
        return undefined;
    return (`the token cannot write check runs (${describe(error)}): give the job \`permissions: checks: write\` (with \`contents: read\`); ` +
        'pull requests from forks and Dependabot only get a read-only token and cannot create check runs');
}

;// CONCATENATED MODULE: ./src/action/checks.ts
/**
 * The check run reporter (check-run: true): one completed check run per step, named after the
 * scopes, with the Markdown report as its summary and every finding as an annotation (the
 * workflow-command annotations are capped at 10 per level; check-run annotations are not).
 *
 * Reporting never changes the step's result: every failure here ends in one warning, and the
 * findings stay in the workflow-command annotations and the job summary that main.ts writes
 * (emitted here instead when the user had turned them off). A token without `checks: write`
 * (fork pull requests, Dependabot, a `permissions:` block without it) is the common case.
 *
 * Conclusion: `failure` when the step fails (a fail-on category was found), `neutral` when it
 * passes but a scope could not be checked (an EXCEPTION not in fail-on), `success` otherwise.
 * A failing step never gets `neutral`: branch protection counts neutral as passing.
 */






/** Why publishing stopped; turned into the one warning. */
class NotPublished extends Error {
}
function runTarget(inputs, env) {
    const token = inputs.githubToken;
    if (!token) {
        throw new NotPublished('github-token is empty: pass a token whose job has `permissions: checks: write` (pull requests from forks and Dependabot only get a read-only token and cannot create check runs)');
    }
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0)
        throw new NotPublished('GITHUB_REPOSITORY is not set to owner/repo');
    const sha = headSha(env);
    if (!sha)
        throw new NotPublished('GITHUB_SHA is not set, so there is no commit to attach the check run to');
    return { token, owner, repo, sha };
}
function runContent(result, markdown, failing, env) {
    const conclusion = checkConclusion(result, failing);
    const all = checkAnnotations(result);
    const annotations = all.slice(0, MAX_CHECK_ANNOTATIONS);
    const left = all.length - annotations.length;
    const capNote = left > 0
        ? `**${left} more finding${left === 1 ? ' is' : 's are'} not annotated** (this check run annotates the first ${MAX_CHECK_ANNOTATIONS}).`
        : '';
    const batches = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    return {
        name: checkRunName(result),
        conclusion,
        output: { title: checkTitle(result, conclusion), summary: checkSummary(result, markdown, capNote, provenance(env)) },
        batches,
        annotationCount: annotations.length,
    };
}
async function publish(result, inputs, markdown, failing, env) {
    const { token, owner, repo, sha } = runTarget(inputs, env);
    const { name, conclusion, output, batches, annotationCount } = runContent(result, markdown, failing, env);
    const details = runUrl(env);
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiBaseUrl(env),
        userAgent: `${version/* TOOL_NAME */.l}/${version/* VERSION */.x}`,
        log: { debug: () => { }, info: () => { }, warn: (m) => core/* debug */.Yz(m), error: (m) => core/* debug */.Yz(m) },
    });
    let created;
    try {
        const request = { owner, repo, name, head_sha: sha, status: 'completed', conclusion, completed_at: new Date().toISOString() };
        created = (await withRetry('Creating the check run', env, (signal) => octokit.rest.checks.create({
            ...request,
            ...(details ? { details_url: details } : {}),
            output: { ...output, annotations: batches[0] ?? [] },
            request: { signal },
        }))).data;
    }
    catch (e) {
        throw new NotPublished(permissionHint(e) ?? `creating it failed (${describe(e)})`);
    }
    let added = batches[0]?.length ?? 0;
    for (const batch of batches.slice(1)) {
        try {
            await withRetry('Adding annotations to the check run', env, (signal) => octokit.rest.checks.update({
                owner,
                repo,
                check_run_id: created.id,
                output: { ...output, annotations: batch },
                request: { signal },
            }));
        }
        catch (e) {
            const why = permissionHint(e) ?? describe(e);
            throw new NotPublished(`it was created (${name}) but only ${added} of ${annotationCount} annotations were added (${why})`);
        }
        added += batch.length;
    }
    const link = created.html_url ? ` (${created.html_url})` : '';
    core/* info */.pq(`Check run "${name}" published on ${sha.slice(0, 12)}: ${conclusion}, ${plural(added, 'annotation')}${link}.`);
}
/** When the check run could not be published: emit what the user had turned off in favour of it. */
async function fallback(result, inputs, markdown) {
    if (!inputs.annotations)
        (0,annotations/* annotate */.fz)(result, inputs.reportFile ? `see the job summary and the report file ${inputs.reportFile}` : 'see the job summary');
    if (!inputs.summary) {
        try {
            await core/* summary */.z.addRaw(markdown).write();
        }
        catch (e) {
            core/* debug */.Yz(`Could not write the job summary: ${e.message}`);
        }
    }
}
/**
 * The Reporters.checkRun hook. Never throws and never fails the step: any problem ends in one
 * warning, with the findings left in the workflow-command annotations and the job summary.
 */
async function publishCheckRun(result, inputs, summaryMarkdown, failing = []) {
    try {
        await publish(result, inputs, summaryMarkdown, failing, process.env);
    }
    catch (e) {
        const reason = e instanceof NotPublished ? e.message : `unexpected error (${describe(e)})`;
        try {
            core/* warning */.$e(`Check run not published: ${reason}. The findings are in the annotations and the job summary instead; the step result is unaffected.`, { title: 'Check run' });
            await fallback(result, inputs, summaryMarkdown);
        }
        catch {
            // reporting must never change the step result
        }
    }
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

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ buildResult),
/* harmony export */   HI: () => (/* binding */ failingCategories),
/* harmony export */   OI: () => (/* binding */ scopeVerdict),
/* harmony export */   R6: () => (/* binding */ CATEGORIES),
/* harmony export */   Ze: () => (/* binding */ outsideFailOnNote),
/* harmony export */   _E: () => (/* binding */ categoryCount),
/* harmony export */   dQ: () => (/* binding */ findingCount),
/* harmony export */   yW: () => (/* binding */ FILE_CATEGORIES)
/* harmony export */ });
/* unused harmony exports countingFindings, findingsOutsideFailOn */
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
function buildResult(scopes, tool, notSigned = [], failOn = CATEGORIES) {
    const stats = scopes.reduce((acc, s) => ({ files: acc.files + s.stats.files, bytes: acc.bytes + s.stats.bytes, ms: Math.max(acc.ms, s.stats.ms) }), { files: 0, bytes: 0, ms: 0 });
    const order = CATEGORIES.filter((c) => failOn.includes(c));
    const verdict = scopes.some((s) => scopeVerdict(s, order) === 'failed') ? 'failed' : 'passed';
    return { ok: verdict === 'passed', verdict, failOn: order, scopes, notSigned, stats, tool };
}


/***/ }),

/***/ 4424:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   _O: () => (/* binding */ CATEGORY_HINTS),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export CATEGORY_TITLES */
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


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   lB: () => (/* binding */ markdownFormat)
/* harmony export */ });
/* harmony import */ var _engine_display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6060);
/* harmony import */ var _engine_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1173);
/* harmony import */ var _hints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4424);
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
        '| Scope | Profile | Result | Invalid hash | Missing | Extra | Allowed | Exception | Files |',
        '|---|---|---|--:|--:|--:|--:|---|--:|',
    ];
    for (const s of result.scopes) {
        const v = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .scopeVerdict */ .OI)(s, result.failOn);
        const outside = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .outsideFailOnNote */ .Ze)([s], result.failOn);
        lines.push(`| ${code(s.scope)} | ${s.profile} | ${ICON[v]} ${v}${outside ? ` (${outside})` : ''} | ${(0,_engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .categoryCount */ ._E)(s, 'INVALID_HASH')} | ${(0,_engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .categoryCount */ ._E)(s, 'MISSING_FILE')} | ${(0,_engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .categoryCount */ ._E)(s, 'EXTRA_FILE')} | ${Object.keys(s.allowed).length} | ${s.EXCEPTION ? cell(s.EXCEPTION.message) : '–'} | ${s.stats.files} |`);
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
    for (const category of _engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_CATEGORIES */ .yW) {
        for (const [name, f] of Object.entries(scope[category])) {
            const note = [f.problem, f.upstreamWouldMiss ? 'occ would not report this' : ''].filter(Boolean).join('; ');
            rows.push({
                category,
                name,
                line: `| ${category}${failOn.includes(category) ? '' : ' (outside fail-on)'} | ${code(name)} | ${f.expected ? code((0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .shortHash */ .BC)(f.expected)) : '–'} | ${f.current ? code((0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .shortHash */ .BC)(f.current)) : '–'} | ${cell(note)} |`,
            });
        }
    }
    for (const [name, f] of Object.entries(scope.allowed)) {
        rows.push({
            category: 'ALLOWED',
            name,
            line: `| allowed | ${code(name)} | – | ${code((0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .shortHash */ .BC)(f.current))} | extra file matched by allow |`,
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
    const failed = result.scopes.filter((s) => (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .scopeVerdict */ .OI)(s, result.failOn) === 'failed');
    const outside = (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .outsideFailOnNote */ .Ze)(result.scopes, result.failOn);
    const out = [
        result.verdict === 'passed'
            ? `${h} ${ICON.passed} Code integrity: passed${outside ? ` with ${outside}` : ''}`
            : `${h} ${ICON.failed} Code integrity: failed (${failed.length} of ${plural(result.scopes.length, 'scope')})`,
        '',
        `${plural(result.scopes.length, 'scope')}, ${result.stats.files} files, ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(result.stats.bytes)} checked in ${(0,_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(result.stats.ms)} by ${result.tool.name} ${result.tool.version}.`,
        '',
        ...countTable(result),
        ...certificateTable(result),
    ];
    if (result.notSigned.length > 0) {
        const roots = result.notSigned.map((a) => code(a.root)).join(', ');
        out.push('', `**Not signed** (skipped, as upstream does for apps that are not shipped): ${roots}`);
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
        ..._engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .FILE_CATEGORIES */ .yW.filter((c) => (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .categoryCount */ ._E)(scope, c) > 0).map((c) => `- **${c}**: ${cell(_hints_js__WEBPACK_IMPORTED_MODULE_1__/* .CATEGORY_HINTS */ ._O[c])}`),
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
function renderMarkdown(result, options = {}) {
    const budget = new Budget(header(result, options), options.maxBytes ?? 900 * 1024, 400); // 400: room for the closing note
    const open = result.scopes.filter((s) => (0,_engine_result_js__WEBPACK_IMPORTED_MODULE_2__/* .scopeVerdict */ .OI)(s, result.failOn) === 'failed').length === 1;
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
    const { omitted, lines } = budget;
    if (omitted > 0) {
        const hint = options.fullReportHint ? ` ${options.fullReportHint}` : '';
        lines.push('', `**${plural(omitted, 'more finding')} not shown** to stay within the size limit.${hint}`);
    }
    return lines.join('\n') + '\n';
}
const markdownFormat = {
    name: 'markdown',
    summary: 'the job summary: verdict, counts, certificates, findings (size-capped)',
    render: (result, options) => renderMarkdown(result, options.markdown),
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
