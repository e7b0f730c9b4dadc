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
import { getOctokit } from '@actions/github';
import type { Category, Result } from '../engine/result.ts';
import { TOOL_NAME, VERSION } from '../version.ts';
import { annotate } from './annotations.ts';
import {
  ANNOTATIONS_PER_REQUEST,
  checkAnnotations,
  checkConclusion,
  checkRunName,
  checkSummary,
  checkTitle,
  MAX_CHECK_ANNOTATIONS,
  plural,
  provenance,
  runUrl,
  type CheckAnnotation,
  type Conclusion,
} from './check-run-content.ts';
import { apiBaseUrl, describe, headSha, permissionHint, withRetry, type Env } from './github-requests.ts';
import type { ActionInputs } from './inputs.ts';
import type { Toolkit } from './toolkit.ts';

/** Why publishing stopped; turned into the one warning. */
class NotPublished extends Error {}

/** Where the check run goes: the token, the repository and the commit. */
interface RunTarget {
  token: string;
  owner: string;
  repo: string;
  sha: string;
}

function runTarget(core: Toolkit, inputs: ActionInputs, env: Env): RunTarget {
  const token = inputs.githubToken;
  if (!token) {
    throw new NotPublished(
      'github-token is empty: pass a token whose job has `permissions: checks: write` (pull requests from forks and Dependabot only get a read-only token and cannot create check runs)',
    );
  }
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) throw new NotPublished('GITHUB_REPOSITORY is not set to owner/repo');
  const sha = headSha(env, (m) => core.debug(m));
  if (!sha) throw new NotPublished('GITHUB_SHA is not set, so there is no commit to attach the check run to');
  return { token, owner, repo, sha };
}

/** What the check run says: name, conclusion, title and summary, and its annotations in batches of 50. */
interface RunContent {
  name: string;
  conclusion: Conclusion;
  output: { title: string; summary: string };
  batches: CheckAnnotation[][];
  annotationCount: number;
}

function runContent(result: Result, markdown: string, failing: readonly Category[], env: Env): RunContent {
  const conclusion = checkConclusion(result, failing);
  const all = checkAnnotations(result);
  const annotations = all.slice(0, MAX_CHECK_ANNOTATIONS);
  const left = all.length - annotations.length;
  const capNote =
    left > 0
      ? `**${left} more finding${left === 1 ? ' is' : 's are'} not annotated** (this check run annotates the first ${MAX_CHECK_ANNOTATIONS}).`
      : '';
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return {
    name: checkRunName(result),
    conclusion,
    output: { title: checkTitle(result, conclusion), summary: checkSummary(result, markdown, capNote, provenance(env)) },
    batches,
    annotationCount: annotations.length,
  };
}

async function publish(
  core: Toolkit,
  result: Result,
  inputs: ActionInputs,
  markdown: string,
  failing: readonly Category[],
  env: Env,
): Promise<void> {
  const { token, owner, repo, sha } = runTarget(core, inputs, env);
  const { name, conclusion, output, batches, annotationCount } = runContent(result, markdown, failing, env);
  const details = runUrl(env);
  const octokit = getOctokit(token, {
    baseUrl: apiBaseUrl(env),
    userAgent: `${TOOL_NAME}/${VERSION}`,
    log: { debug: () => {}, info: () => {}, warn: (m: string) => core.debug(m), error: (m: string) => core.debug(m) },
  });
  let created: { id: number; html_url: string | null };
  try {
    const request = { owner, repo, name, head_sha: sha, status: 'completed' as const, conclusion, completed_at: new Date().toISOString() };
    created = (
      await withRetry(core, 'Creating the check run', env, (signal) =>
        octokit.rest.checks.create({
          ...request,
          ...(details ? { details_url: details } : {}),
          output: { ...output, annotations: batches[0] ?? [] },
          request: { signal },
        }),
      )
    ).data;
  } catch (e) {
    throw new NotPublished(permissionHint(e) ?? `creating it failed (${describe(e)})`);
  }
  let added = batches[0]?.length ?? 0;
  for (const batch of batches.slice(1)) {
    try {
      await withRetry(core, 'Adding annotations to the check run', env, (signal) =>
        octokit.rest.checks.update({
          owner,
          repo,
          check_run_id: created.id,
          output: { ...output, annotations: batch },
          request: { signal },
        }),
      );
    } catch (e) {
      const why = permissionHint(e) ?? describe(e);
      throw new NotPublished(`it was created (${name}) but only ${added} of ${annotationCount} annotations were added (${why})`);
    }
    added += batch.length;
  }
  const link = created.html_url ? ` (${created.html_url})` : '';
  core.info(`Check run "${name}" published on ${sha.slice(0, 12)}: ${conclusion}, ${plural(added, 'annotation')}${link}.`);
}

/** When the check run could not be published: emit what the user had turned off in favour of it. */
async function fallback(core: Toolkit, result: Result, inputs: ActionInputs, markdown: string): Promise<void> {
  if (!inputs.annotations)
    annotate(core, result, inputs.reportFile ? `see the job summary and the report file ${inputs.reportFile}` : 'see the job summary');
  if (!inputs.summary) {
    try {
      await core.summary.addRaw(markdown).write();
    } catch (e) {
      core.debug(`Could not write the job summary: ${(e as Error).message}`);
    }
  }
}

/**
 * The Reporters.checkRun hook. Never throws and never fails the step: any problem ends in one
 * warning, with the findings left in the workflow-command annotations and the job summary.
 */
export async function publishCheckRun(
  core: Toolkit,
  result: Result,
  inputs: ActionInputs,
  summaryMarkdown: string,
  failing: readonly Category[] = [],
): Promise<void> {
  try {
    await publish(core, result, inputs, summaryMarkdown, failing, process.env);
  } catch (e) {
    const reason = e instanceof NotPublished ? e.message : `unexpected error (${describe(e)})`;
    try {
      core.warning(
        `Check run not published: ${reason}. The findings are in the annotations and the job summary instead; the step result is unaffected.`,
        { title: 'Check run' },
      );
      await fallback(core, result, inputs, summaryMarkdown);
    } catch {
      // reporting must never change the step result
    }
  }
}
