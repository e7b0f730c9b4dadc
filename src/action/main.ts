/**
 * The GitHub Action: inputs → the sign or verify use case (src/app/) → annotations, job
 * summary, outputs, report file, check run; the App Store commands (package, appstore-sign,
 * preflight) are in package-commands.ts. Every integrity decision is the engine's; this
 * only translates. `core` is @actions/core (a stub in tests: see toolkit.ts).
 */
import { resolve } from 'node:path';
import { runSigning } from '../app/sign-run.ts';
import { runVerification } from '../app/verify-run.ts';
import { writeReportFile } from '../engine/atomic-file.ts';
import { displayText } from '../engine/display.ts';
import { UsageError, wordOptions } from '../engine/errors.ts';
import { categoryCount, failingCategories, outsideFailOnNote, type Category, type Result } from '../engine/result.ts';
import { linkedFoldersNote } from '../engine/walk.ts';
import { isReportFormat, renderReport, REPORT_FORMATS } from '../report/index.ts';
import { annotate } from './annotations.ts';
import { explanationMarkdown } from './explain-summary.ts';
import { checkRequest, readInputs, type ActionInputs } from './inputs.ts';
import { setOutputs, verifyOutputs } from './outputs.ts';
import { maskSecret } from './secrets.ts';
import type { Toolkit } from './toolkit.ts';
import { ACTION_WORDING } from './wording.ts';
import { certificateText, workspace } from './workspace.ts';

/** Hooks for optional reporting (the check run), so main stays one readable sequence. */
export interface Reporters {
  /** `failing`: the fail-on categories found, i.e. why the step fails (empty when it passes). Must not throw. */
  checkRun?: (core: Toolkit, result: Result, inputs: ActionInputs, summaryMarkdown: string, failing: readonly Category[]) => Promise<void>;
}

/** sign: the inputs a signature needs, then the sign use case. */
async function runSign(core: Toolkit, inputs: ActionInputs): Promise<void> {
  if (inputs.privateKey.trim() === '') {
    throw new UsageError(
      'input private-key is empty',
      'Pass the key from a secret (private-key: ${{ secrets.APP_PRIVATE_KEY }}). Workflows triggered from forks and Dependabot get no secrets, so they cannot sign.',
    );
  }
  if (inputs.certificate.trim() === '') {
    throw new UsageError('input certificate is empty', 'Pass the certificate issued for the app id (PEM text or a path in the workspace).');
  }
  if (inputs.paths.length !== 1) throw new UsageError('sign takes one path', 'Sign one app or server tree per step.');
  const { target, outcome } = await runSigning({
    path: resolve(workspace(), inputs.paths[0] as string),
    profile: inputs.profile,
    appId: inputs.appId,
    signaturePath: inputs.signaturePath,
    privateKeyPem: inputs.privateKey,
    passphrase: inputs.passphrase,
    certificatePem: certificateText(inputs.certificate),
  });
  const where = displayText(outcome.signaturePath);
  core.info(`Signed ${displayText(target.scope)} (${target.profile.name}): ${outcome.filesSigned} files → ${where}`);
  if (outcome.linkedFolders.length > 0) {
    core.warning(displayText(linkedFoldersNote(outcome.linkedFolders, 'signed')), { title: 'Linked folders' });
  }
  setOutputs(core, { result: 'passed', 'signature-file': outcome.signaturePath, 'files-signed': String(outcome.filesSigned) });
}

/** verify: the verify use case, then every report, each of which may fail without costing the others. */
async function runVerify(core: Toolkit, inputs: ActionInputs, reporters: Reporters): Promise<void> {
  if (!isReportFormat(inputs.reportFormat)) {
    throw new UsageError(`input report-format "${inputs.reportFormat}" is not supported`, `Use one of: ${REPORT_FORMATS.join(', ')}.`);
  }
  const result = await runVerification({
    ...checkRequest(inputs, workspace()),
    paths: inputs.paths,
    release: inputs.release,
    coreOnly: inputs.coreOnly,
    failOn: inputs.failOn,
  });
  const outputs = verifyOutputs(result);
  const report = writeReport(inputs, result);
  if (report.path !== undefined) outputs['report-path'] = report.path;
  if (inputs.annotations)
    annotate(core, result, report.path ? `see the job summary and the report file ${inputs.reportFile}` : 'see the job summary');
  const fullReportHint = report.path ? `The full list is in ${inputs.reportFile}.` : 'Set report-file to get the full list.';
  const markdown = renderReport(result, 'markdown', { markdown: { fullReportHint }, wording: ACTION_WORDING });
  if (inputs.summary)
    await writeSummary(core, markdown + (await explanationMarkdown(core, inputs, result, workspace(), Buffer.byteLength(markdown))));
  if (inputs.checkRun && reporters.checkRun) await reporters.checkRun(core, result, inputs, markdown, failingCategories(result));
  setOutputs(core, outputs);
  logVerdict(core, result);
  if (report.failure !== undefined) {
    core.setFailed(`The report file was not written: ${displayText(report.failure)} (the verdict above stands: ${result.verdict}).`);
  }
}

/**
 * The report file, when asked for. A report that cannot be written fails the step, but never
 * costs the verdict, the annotations or the summary: they are all still emitted.
 */
function writeReport(inputs: ActionInputs, result: Result): { path?: string; failure?: string } {
  if (!inputs.reportFile) return {};
  const path = resolve(workspace(), inputs.reportFile);
  try {
    writeReportFile(path, renderReport(result, inputs.reportFormat, { wording: ACTION_WORDING }));
    return { path };
  } catch (e) {
    return { failure: e instanceof UsageError ? usageText(e) : (e as Error).message };
  }
}

/** One log line per scope, then the verdict: the step fails exactly when a fail-on category was found. */
function logVerdict(core: Toolkit, result: Result): void {
  for (const scope of result.scopes) {
    const counts = `${Object.keys(scope.INVALID_HASH).length} changed, ${Object.keys(scope.MISSING_FILE).length} missing, ${Object.keys(scope.EXTRA_FILE).length} extra, ${Object.keys(scope.accepted).length} accepted`;
    core.info(
      `${displayText(scope.scope)}: ${scope.EXCEPTION ? displayText(scope.EXCEPTION.message) : counts} (${scope.stats.files} files)`,
    );
  }
  const failing = failingCategories(result);
  if (failing.length > 0) {
    const counts = failing.map((c) => `${c} ${result.scopes.reduce((n, s) => n + categoryCount(s, c), 0)}`);
    core.setFailed(`Code integrity check failed: ${counts.join(', ')}. See the annotations and the job summary.`);
  } else {
    const outside = outsideFailOnNote(result.scopes, result.failOn);
    core.info(`Code integrity check passed${outside ? ` with ${outside}` : ''}.`);
  }
}

/** Write the job summary; never fail the step because of reporting. */
async function writeSummary(core: Toolkit, markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (e) {
    core.warning(`Could not write the job summary: ${(e as Error).message}`);
  }
}

/** A usage error's message and hint, with the options it names worded as the Action's inputs. */
function usageText(e: UsageError): string {
  return wordOptions(`${e.message}${e.hint ? `. ${e.hint}` : ''}`, ACTION_WORDING);
}

/** Run the Action. Sets the step's outputs and failure state; never throws. */
export async function run(core: Toolkit, reporters: Reporters = {}): Promise<void> {
  // Mask secrets before anything else can print them.
  maskSecret(core, core.getInput('private-key', { trimWhitespace: false }));
  maskSecret(core, core.getInput('private-key-passphrase', { trimWhitespace: false }));
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  try {
    const inputs = readInputs(core);
    if (inputs.command === 'sign') await runSign(core, inputs);
    else if (inputs.command === 'verify') await runVerify(core, inputs, reporters);
    else await (await import('./package-commands.ts')).runPackageCommand(core, inputs);
  } catch (e) {
    core.setOutput('result', 'error');
    if (e instanceof UsageError) {
      core.setOutput('error-code', e.code);
      core.setFailed(displayText(usageText(e)));
    } else {
      core.setFailed(`Internal error: ${displayText((e as Error).message)}. This is a bug; please report it.`);
      core.debug((e as Error).stack ?? '');
    }
  }
}
