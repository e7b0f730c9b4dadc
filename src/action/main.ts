/**
 * The GitHub Action: inputs → engine → annotations, summary, outputs, report file.
 * The only place besides its siblings that talks to @actions/*; every integrity decision
 * is the engine's.
 */
import * as core from '@actions/core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileAllowList } from '../engine/allow.ts';
import { UsageError } from '../engine/errors.ts';
import { archiveLimits, planVerificationWithArchives } from '../engine/archive/plan.ts';
import { failingCategories, parseFailOn, verifyPlan } from '../engine/plan.ts';
import { resolveTarget } from '../engine/profiles.ts';
import { categoryCount, type Category, type Result } from '../engine/result.ts';
import { takeHashPool } from '../engine/hash/pool.ts';
import { signTree, writeFileAtomic } from '../engine/sign.ts';
import { loadTrustStore } from '../engine/trust/store.ts';
import { isReportFormat, renderReport, REPORT_FORMATS } from '../report/index.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { annotate } from './annotations.ts';
import { readInputs, type ActionInputs } from './inputs.ts';
import { setOutputs, verifyOutputs } from './outputs.ts';
import { maskSecret } from './secrets.ts';

/** Hooks for optional reporting (the check run), so main stays one readable sequence. */
export interface Reporters {
  /** `failing`: the fail-on categories found, i.e. why the step fails (empty when it passes). Must not throw. */
  checkRun?: (result: Result, inputs: ActionInputs, summaryMarkdown: string, failing: readonly Category[]) => Promise<void>;
}

function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** The certificate input is PEM text or a path to a PEM file in the workspace. */
function certificateText(input: string): string {
  if (input.includes('-----BEGIN')) return input;
  const path = resolve(workspace(), input);
  if (!existsSync(path)) {
    throw new UsageError(
      `input certificate is neither PEM text nor an existing file (${input})`,
      'Pass the certificate PEM (e.g. from a secret or variable) or its path relative to the workspace.',
    );
  }
  return readFileSync(path, 'utf8');
}

async function runSign(inputs: ActionInputs): Promise<void> {
  // Started first: the workers' start-up overlaps reading the inputs and the key.
  const pool = takeHashPool();
  try {
    if (inputs.privateKey.trim() === '') {
      throw new UsageError(
        'input private-key is empty',
        'Pass the key from a secret (private-key: ${{ secrets.APP_PRIVATE_KEY }}). Workflows triggered from forks and Dependabot get no secrets, so they cannot sign.',
      );
    }
    if (inputs.certificate.trim() === '') {
      throw new UsageError(
        'input certificate is empty',
        'Pass the certificate issued for the app id (PEM text or a path in the workspace).',
      );
    }
    if (inputs.paths.length !== 1) throw new UsageError('sign takes one path', 'Sign one app or server tree per step.');
    const target = resolveTarget(resolve(workspace(), inputs.paths[0] as string), {
      profile: inputs.profile,
      appId: inputs.appId,
      signaturePath: inputs.signaturePath,
    });
    const outcome = await signTree({
      target,
      privateKeyPem: inputs.privateKey,
      passphrase: inputs.passphrase,
      certificatePem: certificateText(inputs.certificate),
      hash: { pool },
    });
    core.info(`Signed ${target.scope} (${target.profile.name}): ${outcome.filesSigned} files → ${outcome.signaturePath}`);
    setOutputs({ result: 'passed', 'signature-path': outcome.signaturePath, 'files-signed': String(outcome.filesSigned) });
  } finally {
    await pool.close();
  }
}

async function runVerify(inputs: ActionInputs, reporters: Reporters): Promise<void> {
  const failOn = parseFailOn(inputs.failOn, 'input fail-on');
  const reportFormat = inputs.reportFormat;
  if (!isReportFormat(reportFormat)) {
    throw new UsageError(`input report-format "${reportFormat}" is not supported`, `Use one of: ${REPORT_FORMATS.join(', ')}.`);
  }
  const pool = takeHashPool();
  let result;
  try {
    const trust = await loadTrustStore(inputs.trust, workspace(), inputs.crl);
    const allow = inputs.allow.length > 0 ? compileAllowList(inputs.allow) : undefined;
    const plan = await planVerificationWithArchives({
      paths: inputs.paths,
      cwd: workspace(),
      trust,
      profile: inputs.profile,
      appId: inputs.appId,
      signaturePath: inputs.signaturePath,
      allApps: inputs.allApps,
      requireSigned: inputs.requireSigned,
      release: inputs.release,
      coreOnly: inputs.coreOnly,
      ...archiveLimits(inputs.maxSize, inputs.maxEntries),
    });
    result = await verifyPlan(plan, { allow, hash: { pool } });
  } finally {
    await pool.close();
  }

  const outputs = verifyOutputs(result);
  const failing = failingCategories(result, failOn);
  outputs.result = failing.length > 0 ? 'failed' : 'passed';

  let reportPath: string | undefined;
  if (inputs.reportFile) {
    reportPath = resolve(workspace(), inputs.reportFile);
    writeFileAtomic(reportPath, renderReport(result, reportFormat));
    outputs['report-path'] = reportPath;
  }
  const where = reportPath ? `see the job summary and the report file ${inputs.reportFile}` : 'see the job summary';
  if (inputs.annotations) annotate(result, where);
  const markdown = renderMarkdown(result, {
    fullReportHint: reportPath ? `The full list is in ${inputs.reportFile}.` : 'Set report-file to get the full list.',
  });
  if (inputs.summary) await writeSummary(markdown);
  if (inputs.checkRun && reporters.checkRun) {
    try {
      await reporters.checkRun(result, inputs, markdown, failing);
    } catch (e) {
      core.warning(`Could not publish the check run: ${(e as Error).message}`); // reporting never changes the result
    }
  }
  setOutputs(outputs);

  for (const scope of result.scopes) {
    core.info(
      `${scope.scope}: ${scope.EXCEPTION ? scope.EXCEPTION.message : `${Object.keys(scope.INVALID_HASH).length} changed, ${Object.keys(scope.MISSING_FILE).length} missing, ${Object.keys(scope.EXTRA_FILE).length} extra, ${Object.keys(scope.allowed).length} allowed`} (${scope.stats.files} files)`,
    );
  }
  if (failing.length > 0) {
    const counts = failing.map((c) => `${c} ${result.scopes.reduce((n, s) => n + categoryCount(s, c), 0)}`);
    core.setFailed(`Code integrity check failed: ${counts.join(', ')}. See the annotations and the job summary.`);
  }
}

/** Write the job summary; never fail the step because of reporting. */
async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (e) {
    core.warning(`Could not write the job summary: ${(e as Error).message}`);
  }
}

/** Run the Action. Sets the step's outputs and failure state; never throws. */
export async function run(reporters: Reporters = {}): Promise<void> {
  // Mask secrets before anything else can print them.
  maskSecret(core.getInput('private-key', { trimWhitespace: false }));
  maskSecret(core.getInput('private-key-passphrase', { trimWhitespace: false }));
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  try {
    const inputs = readInputs();
    if (inputs.command === 'sign') await runSign(inputs);
    else await runVerify(inputs, reporters);
  } catch (e) {
    core.setOutput('result', 'error');
    if (e instanceof UsageError) {
      core.setFailed(`${e.message}${e.hint ? `. ${e.hint}` : ''}`);
    } else {
      core.setFailed(`Internal error: ${(e as Error).message}. This is a bug; please report it.`);
      core.debug((e as Error).stack ?? '');
    }
  }
}
