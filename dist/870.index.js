export const id = 870;
export const ids = [870];
export const modules = {

/***/ 1870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCheckRun: () => (/* binding */ publishCheckRun)
});

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
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/report/index.ts + 4 modules
var report = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/hints.ts
var hints = __webpack_require__(4424);
// EXTERNAL MODULE: ./src/action/wording.ts
var wording = __webpack_require__(658);
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
    const accepted = result.scopes.reduce((n, s) => n + Object.keys(s.accepted).length, 0);
    const parts = [
        [sum('INVALID_HASH'), 'changed'],
        [sum('MISSING_FILE'), 'missing'],
        [sum('EXTRA_FILE'), 'extra'],
        [accepted, 'accepted'],
        [sum('EXCEPTION'), 'signature problem'],
    ]
        .filter(([n]) => n > 0)
        .map(([n, what]) => `${n} ${what}`);
    const verdict = { success: 'Passed', failure: 'Failed', neutral: 'Not checked' }[conclusion];
    const scope = `${plural(result.stats.files, 'file')}, ${plural(result.scopes.length, 'scope')}`;
    const title = parts.length > 0 ? `${verdict}: ${parts.join(', ')} (${scope})` : `${verdict}: ${scope}, no findings`;
    return clipChars(title, MAX_ANNOTATION_TITLE_CHARS);
}
/** Every finding, most important first: failures, then extra files (warning), then accepted findings (notice). */
function checkAnnotations(result) {
    const out = [];
    const add = (level, path, title, message) => {
        out.push({
            path,
            start_line: 1,
            end_line: 1,
            annotation_level: level,
            title: clipChars(title, MAX_ANNOTATION_TITLE_CHARS),
            message: clipBytes((0,errors/* wordOptions */.vR)(message, wording/* ACTION_WORDING */.G), MAX_ANNOTATION_MESSAGE_BYTES),
        });
    };
    for (const a of (0,annotations/* planAnnotations */.mc)(result, Number.POSITIVE_INFINITY).annotations) {
        add(a.level === 'error' ? 'failure' : a.level, a.file ?? '.', a.title, a.message);
    }
    for (const scope of result.scopes) {
        for (const [name, f] of Object.entries(scope.accepted)) {
            add('notice', (0,annotations/* filePath */.s$)(scope, name), 'accepted', (0,display/* displayText */.W)(`${name}: ${f.category} accepted: ${(0,hints/* acceptedBecause */.kN)(f)}.`));
        }
    }
    return out;
}
/** Which workflow run published this check run (GitHub may file it under another workflow's suite). */
function provenance(env) {
    const bits = [];
    if (env.GITHUB_WORKFLOW)
        bits.push(`workflow **${(0,markdown/* cell */.Hn)(env.GITHUB_WORKFLOW)}**`);
    if (env.GITHUB_JOB)
        bits.push(`job **${(0,markdown/* cell */.Hn)(env.GITHUB_JOB)}**`);
    const url = runUrl(env);
    if (url)
        bits.push(`[run ${(0,markdown/* cell */.Hn)(env.GITHUB_RUN_ID ?? '')}](${url})`);
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
    const markdownOptions = { maxBytes: limit - utf8Length(footer) - 1024, fullReportHint: hint };
    const rendered = (0,report/* renderReport */.B1)(result, 'markdown', { markdown: markdownOptions, wording: wording/* ACTION_WORDING */.G }) + footer;
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
function headSha(env = process.env, debug = () => { }) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    let payload = {};
    if (env.GITHUB_EVENT_PATH && (event.startsWith('pull_request') || event === 'workflow_run')) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (e) {
            debug(`Could not read the event payload: ${e.message}`);
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
async function withRetry(core, what, env, call) {
    const base = retryBaseMs(env);
    for (let attempt = 1;; attempt++) {
        try {
            return await call(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
        }
        catch (e) {
            const delay = retryDelay(e, attempt, base);
            if (delay === undefined || attempt >= MAX_ATTEMPTS)
                throw e;
            core.info(`${what} failed (${describe(e)}); retrying in ${delay} ms (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
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
function runTarget(core, inputs, env) {
    const token = inputs.githubToken;
    if (!token) {
        throw new NotPublished('github-token is empty: pass a token whose job has `permissions: checks: write` (pull requests from forks and Dependabot only get a read-only token and cannot create check runs)');
    }
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0)
        throw new NotPublished('GITHUB_REPOSITORY is not set to owner/repo');
    const sha = headSha(env, (m) => core.debug(m));
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
async function publish(core, result, inputs, markdown, failing, env) {
    const { token, owner, repo, sha } = runTarget(core, inputs, env);
    const { name, conclusion, output, batches, annotationCount } = runContent(result, markdown, failing, env);
    const details = runUrl(env);
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiBaseUrl(env),
        userAgent: `${version/* TOOL_NAME */.l}/${version/* VERSION */.x}`,
        log: { debug: () => { }, info: () => { }, warn: (m) => core.debug(m), error: (m) => core.debug(m) },
    });
    let created;
    try {
        const request = { owner, repo, name, head_sha: sha, status: 'completed', conclusion, completed_at: new Date().toISOString() };
        created = (await withRetry(core, 'Creating the check run', env, (signal) => octokit.rest.checks.create({
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
            await withRetry(core, 'Adding annotations to the check run', env, (signal) => octokit.rest.checks.update({
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
    core.info(`Check run "${name}" published on ${sha.slice(0, 12)}: ${conclusion}, ${plural(added, 'annotation')}${link}.`);
}
/** When the check run could not be published: emit what the user had turned off in favour of it. */
async function fallback(core, result, inputs, markdown) {
    if (!inputs.annotations)
        (0,annotations/* annotate */.fz)(core, result, inputs.reportFile ? `see the job summary and the report file ${inputs.reportFile}` : 'see the job summary');
    if (!inputs.summary) {
        try {
            await core.summary.addRaw(markdown).write();
        }
        catch (e) {
            core.debug(`Could not write the job summary: ${e.message}`);
        }
    }
}
/**
 * The Reporters.checkRun hook. Never throws and never fails the step: any problem ends in one
 * warning, with the findings left in the workflow-command annotations and the job summary.
 */
async function publishCheckRun(core, result, inputs, summaryMarkdown, failing = []) {
    try {
        await publish(core, result, inputs, summaryMarkdown, failing, process.env);
    }
    catch (e) {
        const reason = e instanceof NotPublished ? e.message : `unexpected error (${describe(e)})`;
        try {
            core.warning(`Check run not published: ${reason}. The findings are in the annotations and the job summary instead; the step result is unaffected.`, { title: 'Check run' });
            await fallback(core, result, inputs, summaryMarkdown);
        }
        catch {
            // reporting must never change the step result
        }
    }
}


/***/ })

};
