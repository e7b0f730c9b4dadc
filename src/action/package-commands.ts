/**
 * The Action's App Store commands: inputs → the package, appstore-sign or preflight use case
 * (src/app/) → log lines, one error annotation per failed pre-flight check, a job summary and
 * the outputs (package-path, appstore-signature, version, app-id, result). Loaded only when one
 * of them runs.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { runAppStoreSign } from '../app/appstore-sign-run.ts';
import { runPackaging } from '../app/package-run.ts';
import { runPreflight } from '../app/preflight-run.ts';
import { displayText } from '../engine/display.ts';
import { UsageError } from '../engine/errors.ts';
import type { PreflightReport } from '../engine/package/preflight.ts';
import type { ActionInputs } from './inputs.ts';
import { setOutputs } from './outputs.ts';
import type { Toolkit } from './toolkit.ts';
import { certificateText, workspace } from './workspace.ts';

function onePath(inputs: ActionInputs, what: string): string {
  if (inputs.paths.length !== 1) throw new UsageError(`${inputs.command} takes one path`, `Pass ${what} in path.`);
  return resolve(workspace(), inputs.paths[0] as string);
}

const given = (text: string): string | undefined => (text.trim() === '' ? undefined : text);

/** Every check in the log, each failure also as an error annotation; the summary's lines. */
function reportPreflight(core: Toolkit, report: PreflightReport): string[] {
  const mark = { passed: '✅', failed: '❌', skipped: '➖' } as const;
  for (const check of report.checks) {
    if (check.status === 'failed') core.error(check.text, { title: 'App Store pre-flight' });
    else core.info(`${check.status === 'passed' ? 'ok' : 'skipped'}: ${check.text}`);
  }
  return report.checks.map((c) => `- ${mark[c.status]} ${c.text.replace(/[|<>]/g, (ch) => `&#${ch.charCodeAt(0)};`)}`);
}

async function writeSummary(core: Toolkit, inputs: ActionInputs, title: string, lines: string[]): Promise<void> {
  if (!inputs.summary) return;
  try {
    await core.summary.addRaw(`### ${title}\n\n${lines.join('\n')}\n`).write();
  } catch (e) {
    core.warning(`Could not write the job summary: ${(e as Error).message}`);
  }
}

/** package: the built app folder → signed, pre-flighted `<id>-<version>.tar.gz` (and `.sig`). */
async function runPackage(core: Toolkit, inputs: ActionInputs): Promise<void> {
  const run = await runPackaging({
    path: onePath(inputs, 'the built app folder'),
    outDir: resolve(workspace(), inputs.outputDir ?? '.'),
    cwd: workspace(),
    privateKeyPem: given(inputs.privateKey),
    passphrase: inputs.passphrase,
    certificatePem: given(inputs.certificate) === undefined ? undefined : certificateText(inputs.certificate),
    trust: inputs.trust,
    crl: inputs.crl,
    sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
    tempBase: process.env.RUNNER_TEMP || tmpdir(),
  });
  const lines = reportPreflight(core, run.preflight);
  const outputs: Record<string, string> = { result: run.written ? 'passed' : 'failed' };
  if (run.appId !== null) outputs['appinfo-id'] = run.appId;
  if (run.version !== null) outputs.version = run.version;
  if (run.written && run.archive !== null) {
    outputs['package-path'] = run.archive;
    core.info(`Packed ${displayText(run.appId ?? '')} ${displayText(run.version ?? '')} (${run.files} files): ${displayText(run.archive)}`);
    core.info(`sha256 ${run.sha256 ?? ''}${run.signed ? '; appinfo/signature.json signed inside' : ''}`);
  }
  if (run.appStoreSignature !== undefined) {
    outputs['appstore-signature'] = run.appStoreSignature;
    core.info(`App Store signature (also in ${displayText(run.sigFile ?? '')}): ${run.appStoreSignature}`);
  }
  await writeSummary(core, inputs, `App Store package: ${run.written ? 'ready' : 'not written'}`, lines);
  setOutputs(core, outputs);
  if (!run.written) {
    core.setFailed(`App Store pre-flight failed: ${run.preflight.problems.length} problem(s), see the annotations; nothing was written.`);
  }
}

/** appstore-sign: the archive's App Store signature as an output and as `<archive>.sig`. */
async function runAppStoreSignCommand(core: Toolkit, inputs: ActionInputs): Promise<void> {
  if (given(inputs.privateKey) === undefined) {
    throw new UsageError('input private-key is empty', 'Pass the app key from a secret (private-key: ${{ secrets.APP_PRIVATE_KEY }}).');
  }
  const signed = await runAppStoreSign({
    archive: onePath(inputs, 'the archive to sign'),
    privateKeyPem: inputs.privateKey,
    passphrase: inputs.passphrase,
    certificatePem: given(inputs.certificate) === undefined ? undefined : certificateText(inputs.certificate),
    writeSigFile: true,
  });
  core.info(`App Store signature (also in ${displayText(signed.sigFile ?? '')}): ${signed.signature}`);
  setOutputs(core, { result: 'passed', 'appstore-signature': signed.signature });
}

/** preflight: an app archive checked as the App Store and the installer will. */
async function runPreflightCommand(core: Toolkit, inputs: ActionInputs): Promise<void> {
  const report = await runPreflight({
    archive: onePath(inputs, 'the app archive'),
    cwd: workspace(),
    trust: inputs.trust,
    crl: inputs.crl,
    certificatePem: given(inputs.certificate) === undefined ? undefined : certificateText(inputs.certificate),
  });
  const lines = reportPreflight(core, report);
  await writeSummary(core, inputs, `App Store pre-flight: ${report.passed ? 'passed' : 'failed'}`, lines);
  const outputs: Record<string, string> = { result: report.passed ? 'passed' : 'failed' };
  if (report.appId !== null) outputs['appinfo-id'] = report.appId;
  if (report.version !== null) outputs.version = report.version;
  setOutputs(core, outputs);
  if (!report.passed) core.setFailed(`App Store pre-flight failed: ${report.problems.length} problem(s), see the annotations.`);
}

/** Run package, appstore-sign or preflight. */
export async function runPackageCommand(core: Toolkit, inputs: ActionInputs): Promise<void> {
  if (inputs.command === 'package') await runPackage(core, inputs);
  else if (inputs.command === 'appstore-sign') await runAppStoreSignCommand(core, inputs);
  else await runPreflightCommand(core, inputs);
}
