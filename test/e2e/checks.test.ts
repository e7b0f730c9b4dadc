/**
 * Check runs (check-run: true): the bundled dist/index.js against a local stand-in for the
 * GitHub REST API on 127.0.0.1. runAction blocks this thread (spawnSync), so the stand-in
 * runs in a worker thread with its own event loop and hands over what it recorded afterwards.
 *
 * Conclusion rule under test: failure when the step fails (a fail-on category was found),
 * neutral when the step passes but a scope could not be checked (EXCEPTION not in fail-on),
 * success otherwise.
 */
import * as core from '@actions/core';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import type { Result, ScopeResult } from '../../src/engine/result.ts';
import { checkAnnotations, checkConclusion, checkRunName, checkSummary, MAX_SUMMARY_CHARS } from '../../src/action/check-run-content.ts';
import { publishCheckRun } from '../../src/action/checks.ts';
import { apiBaseUrl, headSha, retryDelay } from '../../src/action/github-requests.ts';
import type { ActionInputs } from '../../src/action/inputs.ts';
import { CA, cleanupTempDirs, extractCase, tempDir } from '../helpers.ts';
import { runAction, type ActionRun } from './action-helpers.ts';

const trust = readFileSync(join(CA, 'root.crt'), 'utf8');
const TOKEN = 'ghs_TestTokenThatMustNeverBeLogged0123456789';
const PUSH_SHA = 'a'.repeat(40);
const MERGE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const RUN_HEAD_SHA = 'd'.repeat(40);
/** Hard bound on what the stand-in answers per scenario; anything beyond gets a non-retryable 400. */
const MAX_REQUESTS = 40;

interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: {
    name?: string;
    head_sha?: string;
    status?: string;
    conclusion?: string;
    details_url?: string;
    output?: {
      title: string;
      summary: string;
      annotations?: Array<{ path: string; start_line: number; end_line: number; annotation_level: string; title: string; message: string }>;
    };
  } | null;
}

/** A scripted answer for one request; null = answer normally. */
type Scripted = { status: number; body: unknown; headers?: Record<string, string> } | null;

const SERVER = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
let requests = [];
let script = [];
let nextId = 1000;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch { body = { unparsed: text }; }
    requests.push({ method: req.method, url: req.url, headers: req.headers, body });
    const send = (status, data, headers) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...(headers || {}) });
      res.end(JSON.stringify(data));
    };
    if (requests.length > workerData.max) return send(400, { message: 'test stand-in: too many requests' });
    const scripted = script.shift();
    if (scripted) return send(scripted.status, scripted.body, scripted.headers);
    const path = req.url.split('?')[0];
    if (req.method === 'POST' && /^\\/repos\\/[^/]+\\/[^/]+\\/check-runs$/.test(path)) {
      const id = nextId++;
      return send(201, { id, html_url: 'https://github.example/runs/' + id, name: body && body.name });
    }
    const m = /^\\/repos\\/[^/]+\\/[^/]+\\/check-runs\\/(\\d+)$/.exec(path);
    if (req.method === 'PATCH' && m) return send(200, { id: Number(m[1]) });
    send(404, { message: 'Not Found' });
  });
});
server.keepAliveTimeout = 100;
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ type: 'listening', port: server.address().port }));
parentPort.on('message', (m) => {
  if (m.type === 'reset') { requests = []; script = m.script || []; parentPort.postMessage({ type: 'ok' }); }
  else if (m.type === 'records') parentPort.postMessage({ type: 'records', requests });
  else if (m.type === 'close') { server.closeAllConnections(); server.close(() => parentPort.postMessage({ type: 'closed' })); }
});
`;

class StubApi {
  private worker!: Worker;
  port = 0;

  private next<T>(): Promise<T> {
    return new Promise((resolve, reject) => {
      this.worker.once('message', resolve);
      this.worker.once('error', reject);
    });
  }

  async start(): Promise<void> {
    this.worker = new Worker(SERVER, { eval: true, workerData: { max: MAX_REQUESTS } });
    this.port = (await this.next<{ port: number }>()).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async reset(script: Scripted[] = []): Promise<void> {
    const ack = this.next();
    this.worker.postMessage({ type: 'reset', script });
    await ack;
  }

  async records(): Promise<Recorded[]> {
    const reply = this.next<{ requests: Recorded[] }>();
    this.worker.postMessage({ type: 'records' });
    return (await reply).requests;
  }

  async stop(): Promise<void> {
    const closed = this.next();
    this.worker.postMessage({ type: 'close' });
    await closed;
    await this.worker.terminate();
  }
}

const api = new StubApi();
const runs: ActionRun[] = [];
const events = tempDir('events-');

before(() => api.start());
after(async () => {
  await api.stop();
  cleanupTempDirs();
});

function eventFile(name: string, payload: unknown): string {
  const file = join(events, `${name}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

/** A workspace holding one fixture case as `app/`. */
function workspaceWith(caseName: string): string {
  const ws = tempDir('ws-checks-');
  cpSync(extractCase(caseName), join(ws, 'app'), { recursive: true, verbatimSymlinks: true });
  return ws;
}

function githubEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_API_URL: api.url,
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_SHA: PUSH_SHA,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile('push', { ref: 'refs/heads/main', after: PUSH_SHA }),
    GITHUB_WORKFLOW: 'CI',
    GITHUB_JOB: 'integrity',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.example',
    CODE_INTEGRITY_RETRY_BASE_MS: '1',
    ...extra,
  };
}

/** Run the bundled Action with check-run on; returns the run and what the API stand-in received. */
async function runWithApi(
  ws: string,
  inputs: Record<string, string> = {},
  options: { script?: Scripted[]; env?: Record<string, string> } = {},
): Promise<{ run: ActionRun; requests: Recorded[] }> {
  await api.reset(options.script);
  const run = runAction(
    { path: 'app', trust, 'check-run': 'true', 'github-token': TOKEN, ...inputs },
    { workspace: ws, env: githubEnv(options.env) },
  );
  runs.push(run);
  return { run, requests: await api.records() };
}

const checkWarnings = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => l.startsWith('::warning title=Check run::'));

describe('Action: check run', () => {
  it('batches 120 annotations: one POST with 50, then PATCHes with 50 and 20, each resending title and summary', async () => {
    const ws = workspaceWith('app-clean');
    for (let i = 0; i < 120; i++) writeFileSync(join(ws, 'app', `extra-${String(i).padStart(3, '0')}.php`), `<?php // ${i}\n`);
    const { run, requests } = await runWithApi(ws);
    assert.equal(run.code, 1, 'EXTRA_FILE is in the default fail-on');
    assert.equal(run.outputs['extra-file-count'], '120');
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.url}`),
      ['POST /repos/octo/repo/check-runs', 'PATCH /repos/octo/repo/check-runs/1000', 'PATCH /repos/octo/repo/check-runs/1000'],
    );
    const [create, ...updates] = requests as [Recorded, ...Recorded[]];
    assert.equal(create.headers.authorization, `token ${TOKEN}`);
    assert.equal(create.body?.name, 'code-integrity: tricky');
    assert.equal(create.body?.head_sha, PUSH_SHA, 'push: GITHUB_SHA');
    assert.equal(create.body?.status, 'completed');
    assert.equal(create.body?.conclusion, 'failure');
    assert.equal(create.body?.details_url, 'https://github.example/octo/repo/actions/runs/4242');
    assert.equal(create.body?.output?.title, 'Failed: 120 extra (159 files, 1 scope)');
    assert.doesNotMatch(create.body?.output?.title ?? '', /\n/);
    assert.match(create.body?.output?.summary ?? '', /Code integrity: failed/);
    assert.match(create.body?.output?.summary ?? '', /workflow \*\*CI\*\*, job \*\*integrity\*\*, \[run 4242\]/);
    assert.deepEqual(
      [create, ...updates].map((r) => r.body?.output?.annotations?.length),
      [50, 50, 20],
    );
    for (const u of updates) {
      assert.equal(u.body?.output?.title, create.body?.output?.title);
      assert.equal(u.body?.output?.summary, create.body?.output?.summary);
    }
    const all = [create, ...updates].flatMap((r) => r.body?.output?.annotations ?? []);
    assert.equal(new Set(all.map((a) => a.path)).size, 120);
    assert.deepEqual(all[0], {
      path: 'app/extra-000.php',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      title: 'EXTRA_FILE',
      message: all[0]!.message,
    });
    assert.match(all[0]!.message, /^extra-000\.php: not part of the signed release/);
    assert.equal(checkWarnings(run).length, 0, run.stdout);
    assert.match(run.stdout, /Check run "code-integrity: tricky" published on aaaaaaaaaaaa: failure, 120 annotations/);
  });

  it('conclusion follows the step verdict: success, failure, and neutral only when the step passes', async () => {
    const clean = await runWithApi(workspaceWith('app-clean'));
    assert.equal(clean.run.code, 0);
    assert.equal(clean.requests.length, 1);
    assert.equal(clean.requests[0]!.body?.conclusion, 'success');
    assert.deepEqual(clean.requests[0]!.body?.output?.annotations, []);
    assert.equal(clean.requests[0]!.body?.output?.title, 'Passed: 39 files, 1 scope, no findings');

    const modified = await runWithApi(workspaceWith('app-modified'));
    assert.equal(modified.run.code, 1);
    assert.equal(modified.requests[0]!.body?.conclusion, 'failure');
    assert.ok(modified.requests[0]!.body?.output?.annotations?.some((a) => a.annotation_level === 'failure' && a.title === 'INVALID_HASH'));

    // The signature cannot be checked: with EXCEPTION in fail-on the step fails, so does the check run …
    const badSig = workspaceWith('app-bad-signature');
    const failing = await runWithApi(badSig);
    assert.equal(failing.run.code, 1);
    assert.equal(failing.requests[0]!.body?.conclusion, 'failure');
    const exception = failing.requests[0]!.body?.output?.annotations?.[0];
    assert.equal(exception?.title, 'EXCEPTION');
    assert.equal(exception?.annotation_level, 'failure');
    assert.match(exception?.path ?? '', /^app\//);
    // … without it the step passes and the check run says "not checked" (neutral), never "success".
    const neutral = await runWithApi(badSig, { 'fail-on': 'INVALID_HASH,MISSING_FILE,EXTRA_FILE' });
    assert.equal(neutral.run.code, 0, neutral.run.stdout);
    assert.equal(neutral.run.outputs.result, 'passed');
    assert.equal(neutral.requests[0]!.body?.conclusion, 'neutral');
    assert.match(neutral.requests[0]!.body?.output?.title ?? '', /^Not checked: 1 signature problem/);

    // Findings outside fail-on still become annotations; accepted findings become notices.
    const extra = workspaceWith('app-extra');
    const allowed = await runWithApi(extra, { allow: 'lib/new.php' });
    assert.equal(allowed.run.code, 0);
    assert.equal(allowed.requests[0]!.body?.conclusion, 'success');
    assert.deepEqual(
      allowed.requests[0]!.body?.output?.annotations?.map((a) => [a.annotation_level, a.title, a.path]),
      [['notice', 'accepted', 'app/lib/new.php']],
    );
    const narrowed = await runWithApi(extra, { 'fail-on': 'INVALID_HASH,MISSING_FILE' });
    assert.equal(narrowed.run.code, 0);
    assert.equal(narrowed.requests[0]!.body?.conclusion, 'success');
    assert.equal(narrowed.requests[0]!.body?.output?.annotations?.[0]?.annotation_level, 'warning');
  });

  it('head SHA: PR head for pull_request and pull_request_target (not the merge commit), head_sha for workflow_run, GITHUB_SHA for push', async () => {
    const ws = workspaceWith('app-clean');
    const pr = { number: 7, pull_request: { number: 7, head: { sha: HEAD_SHA, ref: 'feature' }, merge_commit_sha: MERGE_SHA } };
    const cases: Array<[string, unknown, string]> = [
      ['pull_request', pr, HEAD_SHA],
      ['pull_request_target', pr, HEAD_SHA],
      ['workflow_run', { workflow_run: { head_sha: RUN_HEAD_SHA, head_branch: 'main' } }, RUN_HEAD_SHA],
      ['push', { after: MERGE_SHA }, MERGE_SHA],
    ];
    for (const [event, payload, expected] of cases) {
      const { requests } = await runWithApi(
        ws,
        {},
        {
          env: { GITHUB_EVENT_NAME: event, GITHUB_SHA: MERGE_SHA, GITHUB_EVENT_PATH: eventFile(event, payload) },
        },
      );
      assert.equal(requests.length, 1, event);
      assert.equal(requests[0]!.body?.head_sha, expected, event);
    }
  });

  it('403 from a read-only token (fork PR): one warning, one request, step result and annotations unchanged', async () => {
    const ws = workspaceWith('app-extra');
    const baseline = runAction({ path: 'app', trust }, { workspace: ws });
    const forbidden: Scripted = {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
      },
    };
    const { run, requests } = await runWithApi(ws, {}, { script: [forbidden, forbidden, forbidden, forbidden] });
    assert.equal(requests.length, 1, 'a plain 403 is not retried');
    const warnings = checkWarnings(run);
    assert.equal(warnings.length, 1, run.stdout);
    assert.match(warnings[0]!, /HTTP 403: Resource not accessible by integration/);
    assert.match(warnings[0]!, /permissions: checks: write/);
    assert.match(warnings[0]!, /forks/);
    assert.equal(run.code, baseline.code);
    assert.deepEqual(run.outputs, baseline.outputs);
    assert.match(run.stdout, /::error title=EXTRA_FILE,file=app\/lib\/new\.php::/);
    assert.match(run.stdout, /::error::Code integrity check failed: EXTRA_FILE 1/);
    assert.match(run.summary, /Code integrity: failed/);

    // 404 (checks not available to this token) behaves the same; a passing step stays passing.
    const clean = await runWithApi(workspaceWith('app-clean'), {}, { script: [{ status: 404, body: { message: 'Not Found' } }] });
    assert.equal(clean.run.code, 0);
    assert.equal(clean.run.outputs.result, 'passed');
    assert.equal(clean.requests.length, 1);
    assert.equal(checkWarnings(clean.run).length, 1);
    assert.doesNotMatch(clean.run.stdout, /::error/);
  });

  it('fallback emits the annotations and summary the user turned off in favour of the check run', async () => {
    const ws = workspaceWith('app-extra');
    const forbidden: Scripted = { status: 403, body: { message: 'Resource not accessible by integration' } };
    const { run } = await runWithApi(ws, { annotations: 'false', summary: 'false' }, { script: [forbidden] });
    assert.equal(checkWarnings(run).length, 1);
    assert.match(run.stdout, /::error title=EXTRA_FILE,file=app\/lib\/new\.php::/);
    assert.match(run.summary, /Code integrity: failed/);
    const ok = await runWithApi(ws, { annotations: 'false', summary: 'false' });
    assert.equal(ok.requests.length, 1);
    assert.doesNotMatch(ok.run.stdout, /::error title=EXTRA_FILE/);
    assert.equal(ok.run.summary, '');
  });

  it('no token: the same single warning and no request', async () => {
    const { run, requests } = await runWithApi(workspaceWith('app-clean'), { 'github-token': '' });
    assert.equal(requests.length, 0);
    assert.equal(run.code, 0);
    const warnings = checkWarnings(run);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /github-token is empty.*checks: write/);
  });

  it('retries 5xx and secondary rate limits with backoff; gives up after 4 attempts with one warning', async () => {
    const ws = workspaceWith('app-clean');
    const badGateway: Scripted = { status: 502, body: { message: 'Server Error' } };
    const retried = await runWithApi(ws, {}, { script: [badGateway, badGateway] });
    assert.deepEqual(
      retried.requests.map((r) => r.method),
      ['POST', 'POST', 'POST'],
    );
    assert.equal(retried.requests[2]!.body?.conclusion, 'success');
    assert.equal(checkWarnings(retried.run).length, 0, retried.run.stdout);
    assert.match(retried.run.stdout, /HTTP 502: Server Error\); retrying in 1 ms \(attempt 2 of 4\)/);
    assert.match(retried.run.stdout, /retrying in 2 ms \(attempt 3 of 4\)/);

    const secondary: Scripted = {
      status: 403,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      headers: { 'retry-after': '0' },
    };
    const limited = await runWithApi(ws, {}, { script: [secondary] });
    assert.equal(limited.requests.length, 2);
    assert.equal(checkWarnings(limited.run).length, 0, limited.run.stdout);

    const down = await runWithApi(ws, {}, { script: Array(6).fill(badGateway) });
    assert.equal(down.requests.length, 4);
    assert.equal(down.run.code, 0);
    const warnings = checkWarnings(down.run);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /creating it failed \(HTTP 502: Server Error\)/);
  });

  it('an update that fails midway: the check run stays with what was added, one warning', async () => {
    const ws = workspaceWith('app-clean');
    for (let i = 0; i < 60; i++) writeFileSync(join(ws, 'app', `x${i}.php`), '<?php\n');
    const { run, requests } = await runWithApi(
      ws,
      {},
      { script: [null, { status: 403, body: { message: 'Resource not accessible by integration' } }] },
    );
    assert.deepEqual(
      requests.map((r) => r.method),
      ['POST', 'PATCH'],
    );
    const warnings = checkWarnings(run);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /only 50 of 60 annotations were added/);
    assert.equal(run.code, 1);
  });

  it('caps at 1000 annotations (20 requests) and cuts the summary to 65535 characters with a note', async () => {
    const ws = workspaceWith('app-clean');
    for (let i = 0; i < 1100; i++)
      writeFileSync(join(ws, 'app', `extra-file-with-a-longer-name-${String(i).padStart(4, '0')}.php`), `${i}`);
    const { run, requests } = await runWithApi(ws);
    assert.equal(run.outputs['extra-file-count'], '1100');
    assert.equal(requests.length, 20);
    assert.equal(requests.filter((r) => r.method === 'PATCH').length, 19);
    const annotations = requests.flatMap((r) => r.body?.output?.annotations ?? []);
    assert.equal(annotations.length, 1000);
    assert.ok(requests.every((r) => (r.body?.output?.annotations?.length ?? 0) <= 50));
    const summary = requests[0]!.body?.output?.summary ?? '';
    assert.ok(summary.length <= MAX_SUMMARY_CHARS, `${summary.length}`);
    assert.ok(Buffer.byteLength(summary) <= MAX_SUMMARY_CHARS);
    assert.match(summary, /more findings not shown/);
    assert.match(summary, /100 more findings are not annotated/);
    assert.match(summary, /\[run 4242\]/, 'provenance footer survives the cut');
    assert.ok(run.summary.length > summary.length, 'the job summary keeps more');
  });

  it('the token never appears in stdout, stderr, the summary or the outputs, and is masked first', () => {
    assert.ok(runs.length >= 10);
    for (const run of runs) {
      const lines = run.stdout.split('\n');
      if (lines.some((l) => l === `::add-mask::${TOKEN}`)) {
        const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
        assert.ok(lines.slice(0, firstOther).includes(`::add-mask::${TOKEN}`), 'masked before any other output');
      }
      const visible = [
        lines.filter((l) => !l.startsWith('::add-mask::')).join('\n'),
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
      ].join('\n');
      assert.ok(!visible.includes(TOKEN), 'token leaked');
      assert.ok(!visible.includes(TOKEN.slice(4, 20)), 'part of the token leaked');
    }
  });
});

/** Run fn with process.stdout captured (where @actions/core writes its commands), until it settles. */
async function quietly<T>(fn: () => T | Promise<T>): Promise<{ value: T; out: string }> {
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    const value = await fn();
    return { value, out };
  } finally {
    process.stdout.write = write;
  }
}

describe('check run helpers', () => {
  function scope(name: string, extra: Partial<ScopeResult> = {}): ScopeResult {
    return {
      scope: name,
      profile: name === 'core' ? 'nextcloud-core' : 'nextcloud-app',
      root: name === 'core' ? '.' : `apps/${name}`,
      signaturePath: name === 'core' ? 'core/signature.json' : 'appinfo/signature.json',
      INVALID_HASH: {},
      MISSING_FILE: {},
      EXTRA_FILE: {},
      EXCEPTION: null,
      accepted: {},
      upstream: [] as unknown as ScopeResult['upstream'],
      notes: [],
      stats: { files: 1, bytes: 1, ms: 1 },
      ...extra,
    };
  }
  function result(scopes: ScopeResult[]): Result {
    return {
      ok: true,
      verdict: 'passed',
      failOn: ['INVALID_HASH', 'MISSING_FILE', 'EXTRA_FILE', 'EXCEPTION'],
      scopes,
      notSigned: [],
      stats: { files: scopes.length, bytes: 0, ms: 0 },
      tool: { name: 'code-integrity', version: '0' },
    };
  }

  it('names the check run after the scopes', () => {
    assert.equal(checkRunName(result([scope('tricky')])), 'code-integrity: tricky');
    assert.equal(checkRunName(result([scope('core')])), 'code-integrity: core');
    assert.equal(checkRunName(result([scope('core'), scope('files'), scope('dav')])), 'code-integrity: core + files, dav');
    const many = [scope('core'), ...Array.from({ length: 12 }, (_, i) => scope(`app${i}`))];
    assert.equal(checkRunName(result(many)), 'code-integrity: core + 12 apps');
    assert.equal(checkRunName(result(many.slice(1, 5))), 'code-integrity: 4 apps');
    assert.equal(checkRunName(result([])), 'code-integrity');
  });

  it('conclusion: failure when the step fails, neutral when it passes with an unchecked scope', () => {
    const exception = scope('x', { EXCEPTION: { class: 'InvalidSignatureException', message: 'Signature data not found.' } });
    assert.equal(checkConclusion(result([scope('a')]), []), 'success');
    assert.equal(checkConclusion(result([exception]), ['EXCEPTION']), 'failure');
    assert.equal(checkConclusion(result([exception]), []), 'neutral');
    assert.equal(checkConclusion(result([exception, scope('b')]), ['INVALID_HASH']), 'failure');
  });

  it('annotation paths are repo-relative; titles and messages are clipped to the API limits', () => {
    const long = 'x'.repeat(70_000);
    const r = result([scope('core', { MISSING_FILE: { [`lib/${long}`]: { expected: 'ab', current: '' } } })]);
    const [a] = checkAnnotations(r);
    assert.equal(a?.annotation_level, 'failure');
    assert.ok(a!.path.startsWith('lib/x'));
    assert.ok(Buffer.byteLength(a!.message) <= 64 * 1024);
  });

  it('summary: unchanged when it fits, cut with a note when it does not', () => {
    const r = result([scope('a')]);
    assert.equal(checkSummary(r, 'short\n'), 'short\n');
    const huge = '€'.repeat(70_000);
    const cut = checkSummary(r, huge);
    assert.ok(Buffer.byteLength(cut) <= MAX_SUMMARY_CHARS);
    assert.match(cut, /Code integrity: passed/, 're-rendered from the result');
  });

  it('head SHA and base URL from the environment at call time', async () => {
    const file = join(events, 'pr-unit.json');
    writeFileSync(file, JSON.stringify({ pull_request: { head: { sha: HEAD_SHA } } }));
    assert.equal(headSha({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file, GITHUB_SHA: MERGE_SHA }), HEAD_SHA);
    const logged: string[] = [];
    const missingEvent = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(events, 'missing.json'), GITHUB_SHA: MERGE_SHA };
    assert.equal(
      headSha(missingEvent, (m) => logged.push(m)),
      MERGE_SHA,
    );
    assert.match(logged.join('\n'), /Could not read the event payload/);
    assert.equal(headSha({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file, GITHUB_SHA: PUSH_SHA }), PUSH_SHA);
    assert.equal(headSha({}), undefined);
    assert.equal(apiBaseUrl({ GITHUB_API_URL: 'https://ghe.example/api/v3/' }), 'https://ghe.example/api/v3');
    assert.equal(apiBaseUrl({}), 'https://api.github.com');
  });

  it('retry policy: 5xx and secondary rate limits back off exponentially; other failures are final', () => {
    assert.equal(retryDelay({ status: 502 }, 1, 100), 100);
    assert.equal(retryDelay({ status: 500, message: 'fetch failed' }, 3, 100), 400);
    assert.equal(retryDelay({ status: 403, message: 'You have exceeded a secondary rate limit' }, 1, 100), 100);
    assert.equal(retryDelay({ status: 429, response: { headers: { 'retry-after': '2' } } }, 1, 100), 2000);
    assert.equal(retryDelay({ status: 403, message: 'Resource not accessible by integration' }, 1, 100), undefined);
    assert.equal(retryDelay({ status: 422, message: 'Invalid request' }, 1, 100), undefined);
    assert.equal(retryDelay(new Error('boom'), 1, 100), undefined);
  });

  it('in process: reads GITHUB_API_URL when called, not when imported', async () => {
    const saved = { ...process.env };
    await api.reset();
    Object.assign(process.env, githubEnv(), { GITHUB_API_URL: api.url });
    let out = '';
    try {
      const inputs = { githubToken: TOKEN, annotations: true, summary: true } as ActionInputs;
      out = (await quietly(() => publishCheckRun(core, result([scope('tricky')]), inputs, '## ok\n', []))).out;
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
    const requests = await api.records();
    assert.equal(requests.length, 1, out);
    assert.equal(requests[0]!.body?.name, 'code-integrity: tricky');
    assert.doesNotMatch(out, /::warning/);
    assert.match(out, /Check run "code-integrity: tricky" published/);
  });
});
