/**
 * Talking to GitHub's REST API from the Action: which commit a check run belongs to, the API's
 * base URL at call time, and retries of 5xx answers, network errors and secondary rate limits
 * with backoff; a failure is described in one short line, with the permission it needs.
 */
import { readFileSync } from 'node:fs';
import { clipChars } from './clip.ts';
import type { Toolkit } from './toolkit.ts';

/** Attempts per request (first try + retries) on 5xx, network errors and secondary rate limits. */
export const MAX_ATTEMPTS = 4;
const DEFAULT_RETRY_BASE_MS = 1000;
const MAX_RETRY_DELAY_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;

export type Env = Record<string, string | undefined>;

/**
 * The commit the check run belongs to: the PR head for pull_request* events (GITHUB_SHA is
 * the merge commit there, whose annotations the PR does not show), the triggering run's head
 * for workflow_run, GITHUB_SHA otherwise.
 */
export function headSha(env: Env = process.env, debug: (message: string) => void = () => {}): string | undefined {
  const event = env.GITHUB_EVENT_NAME ?? '';
  let payload: { pull_request?: { head?: { sha?: unknown } }; workflow_run?: { head_sha?: unknown } } = {};
  if (env.GITHUB_EVENT_PATH && (event.startsWith('pull_request') || event === 'workflow_run')) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as typeof payload;
    } catch (e) {
      debug(`Could not read the event payload: ${(e as Error).message}`);
    }
  }
  let sha: unknown;
  if (event.startsWith('pull_request')) sha = payload?.pull_request?.head?.sha;
  else if (event === 'workflow_run') sha = payload?.workflow_run?.head_sha;
  if (typeof sha === 'string' && /^[0-9a-f]{40,64}$/i.test(sha)) return sha;
  return env.GITHUB_SHA || undefined;
}

/** The base URL at call time (the toolkit reads GITHUB_API_URL once, at import). */
export function apiBaseUrl(env: Env = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

function retryBaseMs(env: Env): number {
  const raw = env.CODE_INTEGRITY_RETRY_BASE_MS;
  const n = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_RETRY_BASE_MS;
}

interface HttpFailure {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

function isRateLimited(e: HttpFailure): boolean {
  const headers = e.response?.headers ?? {};
  return (e.status === 403 || e.status === 429) && (headers['retry-after'] !== undefined || /secondary rate limit/i.test(e.message ?? ''));
}

/** How long to wait before retrying, or undefined when the failure is not worth a retry. */
export function retryDelay(error: unknown, attempt: number, baseMs: number): number | undefined {
  const e = (error ?? {}) as HttpFailure;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const backoff = baseMs * 2 ** (attempt - 1);
  if (status !== undefined && status >= 500) return Math.min(backoff, MAX_RETRY_DELAY_MS);
  if (isRateLimited(e)) {
    const after = Number(e.response?.headers?.['retry-after']);
    const afterMs = Number.isFinite(after) && after > 0 ? after * 1000 : 0;
    return Math.min(Math.max(afterMs, backoff), MAX_RETRY_DELAY_MS);
  }
  return undefined;
}

/** First line of an API error, short, for the log. */
export function describe(error: unknown): string {
  const e = (error ?? {}) as HttpFailure;
  const firstLine = (String(e.message ?? error).split(/\r?\n/)[0] ?? '').replace(/ - https?:\/\/\S+$/, ''); // drop documentation_url
  const message = clipChars(firstLine, 200);
  return typeof e.status === 'number' && e.status > 0 ? `HTTP ${e.status}: ${message}` : message;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(core: Toolkit, what: string, env: Env, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const base = retryBaseMs(env);
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
    } catch (e) {
      const delay = retryDelay(e, attempt, base);
      if (delay === undefined || attempt >= MAX_ATTEMPTS) throw e;
      core.info(`${what} failed (${describe(e)}); retrying in ${delay} ms (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
      await sleep(delay);
    }
  }
}

export function permissionHint(error: unknown): string | undefined {
  const e = (error ?? {}) as HttpFailure;
  if ((e.status !== 403 && e.status !== 404) || isRateLimited(e)) return undefined;
  return (
    `the token cannot write check runs (${describe(error)}): give the job \`permissions: checks: write\` (with \`contents: read\`); ` +
    'pull requests from forks and Dependabot only get a read-only token and cannot create check runs'
  );
}
