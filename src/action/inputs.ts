/**
 * The Action's inputs, read and checked once (design.md §5). Errors name the input and say
 * what to put there.
 */
import type { Toolkit } from './toolkit.ts';
import { UsageError } from '../engine/errors.ts';

export const COMMANDS = ['verify', 'sign', 'package', 'appstore-sign', 'preflight'] as const;
export type Command = (typeof COMMANDS)[number];

export interface ActionInputs {
  command: Command;
  paths: string[];
  profile: string;
  appId: string | undefined;
  signaturePath: string | undefined;
  privateKey: string;
  passphrase: string | undefined;
  certificate: string;
  trust: string[];
  crl: string[];
  allApps: boolean;
  requireSigned: boolean;
  /** A server folder is an extracted release: check it whole. */
  release: boolean;
  /** A server archive: check core alone, not the whole release. */
  coreOnly: boolean;
  allow: string[];
  /** A baseline file (relative to the workspace), `none`, or undefined for the default file. */
  baseline: string | undefined;
  failOn: string;
  annotations: boolean;
  summary: boolean;
  checkRun: boolean;
  githubToken: string;
  reportFile: string | undefined;
  reportFormat: string;
  /** Archive limits (uncompressed bytes, e.g. "2G"; entry count). */
  maxSize: string | undefined;
  maxEntries: string | undefined;
  /** The release to explain the findings against (folder, archive or https:// URL). */
  reference: string | undefined;
  /** package: where the archive goes (relative to the workspace). */
  outputDir: string | undefined;
}

function bool(core: Toolkit, name: string, fallback: boolean): boolean {
  const raw = core.getInput(name);
  if (raw === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new UsageError(`input ${name} must be true or false, not "${raw}"`);
}

function optional(core: Toolkit, name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

/** Trust entries: PEM text stays whole; otherwise one preset or path per line. */
function listOrPem(core: Toolkit, name: string): string[] {
  const raw = core.getInput(name);
  if (raw.includes('-----BEGIN')) return [raw];
  return core.getMultilineInput(name);
}

export function readInputs(core: Toolkit): ActionInputs {
  const command = (core.getInput('command') || 'verify').toLowerCase() as Command;
  if (!COMMANDS.includes(command)) {
    throw new UsageError(`input command must be one of ${COMMANDS.map((c) => `"${c}"`).join(', ')}, not "${command}"`);
  }
  const paths = core.getMultilineInput('path');
  return {
    command,
    paths: paths.length > 0 ? paths : ['.'],
    profile: core.getInput('profile') || 'auto',
    appId: optional(core, 'app-id'),
    signaturePath: optional(core, 'signature-path'),
    privateKey: core.getInput('private-key', { trimWhitespace: false }),
    passphrase: optional(core, 'private-key-passphrase'),
    certificate: core.getInput('certificate'),
    trust: listOrPem(core, 'trust'),
    crl: core.getMultilineInput('crl'),
    allApps: bool(core, 'all-apps', false),
    requireSigned: bool(core, 'require-signed', false),
    release: bool(core, 'release', false),
    coreOnly: bool(core, 'core-only', false),
    allow: core.getMultilineInput('allow'),
    baseline: optional(core, 'baseline'),
    failOn: core.getInput('fail-on'),
    annotations: bool(core, 'annotations', true),
    summary: bool(core, 'summary', true),
    checkRun: bool(core, 'check-run', false),
    githubToken: core.getInput('github-token'),
    reportFile: optional(core, 'report-file'),
    reportFormat: core.getInput('report-format') || 'json',
    maxSize: optional(core, 'max-size'),
    maxEntries: optional(core, 'max-entries'),
    reference: optional(core, 'reference'),
    outputDir: optional(core, 'output-dir'),
  };
}

/** What verify and explain hand their use case from the inputs every tree check shares. */
export function checkRequest(inputs: ActionInputs, cwd: string) {
  return {
    cwd,
    profile: inputs.profile,
    appId: inputs.appId,
    signaturePath: inputs.signaturePath,
    trust: inputs.trust,
    crl: inputs.crl,
    allApps: inputs.allApps,
    requireSigned: inputs.requireSigned,
    allow: inputs.allow,
    baseline: inputs.baseline,
    maxSize: inputs.maxSize,
    maxEntries: inputs.maxEntries,
  };
}
