/**
 * Runs one job of a workflow file the way the GitHub runner does, closely enough to test the
 * example workflows end to end: steps in order with their `if:`; `env` of the workflow, the
 * job, GITHUB_ENV and the step; per-step GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STEP_SUMMARY
 * files; `run:` steps in `bash --noprofile --norc -eo pipefail`; this repository's Action (any
 * `uses:` naming code-integrity, or `./`) run from the bundled dist/index.js with INPUT_*
 * spelled as the runner spells them (action.yml defaults included); actions/checkout copying a
 * prepared repository (a git repository with one commit) into the workspace; any other action
 * recorded with its `with:` and skipped. Network and build tools (gh, curl, wget, npm,
 * composer) are fakes on PATH that record their arguments (fake-tool.mjs).
 *
 * One substitution, because no test can hold a key Nextcloud's CA signed: with `extraTrust`,
 * an Action step whose trust input is "nextcloud" also trusts that file (the real Nextcloud
 * roots stay, so `crl: nextcloud` still checks).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { REPO, tempDir } from '../helpers.ts';
import { condition, interpolate, type Contexts, type StatusFunctions, type Value } from './workflow-expr.ts';

interface Step {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string | number | boolean>;
  'working-directory'?: string;
  'continue-on-error'?: boolean;
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

export interface StepRun {
  id: string;
  name: string;
  uses?: string;
  /** success, failure or skipped (before continue-on-error, as steps.<id>.outcome). */
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  with: Record<string, string>;
  stdout: string;
  stderr: string;
  summary: string;
}

export interface JobRun {
  succeeded: boolean;
  steps: StepRun[];
  workspace: string;
  /** The fake tools' calls, in order. */
  calls: Array<{ tool: string; args: string[]; cwd: string; data?: string }>;
  step(id: string): StepRun;
}

export interface JobOptions {
  workflow: string;
  job?: string;
  /** The folder actions/checkout puts in the workspace. */
  repository: string;
  /** github.event; github.event_name, github.ref and the rest have defaults. */
  event?: Record<string, Value>;
  github?: Record<string, Value>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  inputs?: Record<string, string>;
  /** URLs the fake curl/wget serve, to files. */
  serve?: Record<string, string>;
  /** Also trusted where a step trusts "nextcloud" (see the module comment). */
  extraTrust?: string;
  /** Called after a step ran (e.g. to tamper with what it wrote). */
  afterStep?: (id: string, workspace: string) => void;
  /** The checked-out commit's time (seconds). */
  commitTime?: number;
}

interface JobState {
  options: JobOptions;
  workspace: string;
  runnerTemp: string;
  fakeBin: string;
  files: string;
  env: Record<string, string>;
  contexts: Contexts;
  steps: StepRun[];
  failed: boolean;
  stepsContext: Record<string, Value>;
}

const FAKE_TOOLS = ['gh', 'curl', 'wget', 'npm', 'composer'];

interface Folders {
  workspace: string;
  runnerTemp: string;
  fakeBin: string;
  files: string;
  home: string;
}

/** The job's folders, the fake tools on PATH, the event file and the fake tools' files. */
function makeFolders(options: JobOptions): Folders {
  const root = tempDir('workflow-');
  const f: Folders = {
    workspace: join(root, 'ws'),
    runnerTemp: join(root, 'runner-temp'),
    fakeBin: join(root, 'bin'),
    files: join(root, 'files'),
    home: join(root, 'home'),
  };
  for (const d of Object.values(f)) mkdirSync(d);
  for (const tool of FAKE_TOOLS) {
    const path = join(f.fakeBin, tool);
    writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${join(REPO, 'test', 'e2e', 'fake-tool.mjs')}" ${tool} "$@"\n`);
    chmodSync(path, 0o755);
  }
  writeFileSync(join(f.files, 'tools.log'), '');
  writeFileSync(join(f.files, 'serve.json'), JSON.stringify(options.serve ?? {}));
  writeFileSync(join(f.files, 'event.json'), JSON.stringify(options.event ?? {}));
  return f;
}

/** The runner's default variables for every step. */
function runnerEnv(f: Folders, github: Record<string, Value>): Record<string, string> {
  return {
    PATH: `${f.fakeBin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: f.home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: f.workspace,
    GITHUB_REPOSITORY: String(github.repository),
    GITHUB_EVENT_NAME: String(github.event_name),
    GITHUB_EVENT_PATH: join(f.files, 'event.json'),
    GITHUB_REF: String(github.ref),
    GITHUB_REF_NAME: String(github.ref_name),
    GITHUB_SHA: String(github.sha),
    GITHUB_SERVER_URL: String(github.server_url),
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: f.runnerTemp,
    RUNNER_OS: 'Linux',
    FAKE_TOOL_LOG: join(f.files, 'tools.log'),
    FAKE_TOOL_SERVE: join(f.files, 'serve.json'),
  };
}

function setUp(options: JobOptions): JobState {
  const f = makeFolders(options);
  const github: Record<string, Value> = {
    workspace: f.workspace,
    repository: 'OWNER/tricky',
    event_name: 'push',
    ref: 'refs/heads/main',
    ref_name: 'main',
    sha: '0123456789abcdef0123456789abcdef01234567',
    token: 'ghs_faketoken',
    server_url: 'https://github.com',
    event: options.event ?? {},
    ...options.github,
  };
  const contexts: Contexts = {
    github,
    secrets: { GITHUB_TOKEN: String(github.token), ...options.secrets },
    vars: options.vars ?? {},
    inputs: options.inputs ?? {},
    runner: { temp: f.runnerTemp, os: 'Linux' },
    job: { status: 'success' },
    env: {},
    steps: {},
  };
  const { workspace, runnerTemp, fakeBin, files } = f;
  const stepsContext = contexts.steps as Record<string, Value>;
  return { options, workspace, runnerTemp, fakeBin, files, env: runnerEnv(f, github), contexts, steps: [], failed: false, stepsContext };
}

/** actions/checkout: the prepared repository, as a git repository with one commit, at `with.path`. */
function checkout(state: JobState, withs: Record<string, string>): void {
  const target = join(state.workspace, withs.path ?? '');
  cpSync(state.options.repository, target, { recursive: true });
  const when = `@${state.options.commitTime ?? 1_700_000_000} +0000`;
  const git = (args: string[]): void => {
    const r = spawnSync('git', args, {
      cwd: target,
      encoding: 'utf8',
      env: { ...process.env, HOME: state.env.HOME, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_CONFIG_NOSYSTEM: '1' },
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git(['init', '-q']);
  git(['add', '-A']);
  git(['-c', 'user.name=Release Bot', '-c', 'user.email=bot@example.org', 'commit', '-q', '-m', 'release']);
}

/** The Action's inputs as the runner passes them: `with:` values, else action.yml's defaults (evaluated). */
function actionEnv(state: JobState, withs: Record<string, string>, status: StatusFunctions): Record<string, string> {
  const action = load(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    let value = withs[name] ?? interpolate(String(spec.default ?? ''), state.contexts, status);
    if (name === 'trust' && value.trim() === 'nextcloud' && state.options.extraTrust) value = `nextcloud\n${state.options.extraTrust}`;
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

function runProcess(
  state: JobState,
  step: Step,
  withs: Record<string, string>,
  env: Record<string, string>,
  status: StatusFunctions,
): SpawnSyncReturns<string> {
  const options = { encoding: 'utf8' as const, timeout: 600_000, maxBuffer: 64 << 20 };
  if (step.run !== undefined) {
    const script = join(state.files, `step-${state.steps.length}.sh`);
    writeFileSync(script, interpolate(step.run, state.contexts, status));
    const cwd = join(state.workspace, step['working-directory'] ?? '');
    return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { ...options, cwd, env });
  }
  return spawnSync(process.execPath, [join(REPO, 'dist', 'index.js')], {
    ...options,
    cwd: state.workspace,
    env: { ...env, ...actionEnv(state, withs, status) },
  });
}

const isOurAction = (uses: string): boolean => uses === './' || /(^|\/)code-integrity@/.test(uses);

function evaluateMap(map: Record<string, unknown> | undefined, state: JobState, status: StatusFunctions): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, interpolate(String(v), state.contexts, status)]));
}

/** One step: skipped, a fake action, checkout, our Action or a script; then its files are read back. */
function runStep(state: JobState, step: Step, index: number): StepRun {
  const status: StatusFunctions = { success: () => !state.failed, failure: () => state.failed };
  const id = step.id ?? `__step${index}`;
  const base = { id, name: step.name ?? step.uses ?? `step ${index}`, uses: step.uses, outputs: {}, stdout: '', stderr: '', summary: '' };
  if (!condition(step.if, state.contexts, status)) return { ...base, outcome: 'skipped', with: {} };
  const withs = evaluateMap(step.with, state, status);
  if (step.uses !== undefined && !isOurAction(step.uses)) {
    if (step.uses.startsWith('actions/checkout@')) checkout(state, withs);
    return { ...base, outcome: 'success', with: withs };
  }
  const [output, envFile, summary] = ['output', 'env', 'summary'].map((f) => join(state.files, `${f}-${index}`));
  for (const f of [output, envFile, summary]) writeFileSync(f as string, '');
  const stepEnv = evaluateMap(step.env, state, status);
  const env = {
    ...state.env,
    ...stepEnv,
    GITHUB_OUTPUT: output as string,
    GITHUB_ENV: envFile as string,
    GITHUB_STEP_SUMMARY: summary as string,
  };
  const r = runProcess(state, step, withs, env, status);
  if (r.error) throw r.error;
  const exported = parseEnvFile(readFileSync(envFile as string, 'utf8'));
  Object.assign(state.env, exported);
  Object.assign(state.contexts.env as Record<string, Value>, exported);
  const outcome = r.status === 0 ? 'success' : 'failure';
  return {
    ...base,
    outcome,
    with: withs,
    outputs: parseEnvFile(readFileSync(output as string, 'utf8')),
    stdout: r.stdout,
    stderr: r.stderr,
    summary: readFileSync(summary as string, 'utf8'),
  };
}

/** GITHUB_ENV (and GITHUB_OUTPUT): `NAME=value` lines and `NAME<<DELIMITER` blocks. */
function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const block = /^([^=<]+)<<(.+)$/.exec(lines[i] as string);
    if (block) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== block[2]; i++) value.push(lines[i] as string);
      out[block[1] as string] = value.join('\n');
      continue;
    }
    const m = /^([^=]+)=(.*)$/.exec(lines[i] as string);
    if (m) out[m[1] as string] = m[2] as string;
  }
  return out;
}

/** Run the job (the only one, or `options.job`) and report every step. */
export function runJob(options: JobOptions): JobRun {
  const workflow = load(readFileSync(options.workflow, 'utf8')) as Workflow;
  const name = options.job ?? (Object.keys(workflow.jobs)[0] as string);
  const job = workflow.jobs[name];
  if (!job) throw new Error(`no job ${name} in ${options.workflow}`);
  const state = setUp(options);
  const status: StatusFunctions = { success: () => true, failure: () => false };
  Object.assign(state.env, evaluateMap(workflow.env, state, status), evaluateMap(job.env, state, status));
  Object.assign(state.contexts.env as Record<string, Value>, evaluateMap(workflow.env, state, status), evaluateMap(job.env, state, status));
  for (const [i, step] of job.steps.entries()) {
    const run = runStep(state, step, i);
    state.steps.push(run);
    const conclusion = run.outcome === 'failure' && step['continue-on-error'] === true ? 'success' : run.outcome;
    if (run.outcome === 'failure' && conclusion === 'failure') state.failed = true;
    state.stepsContext[run.id] = { outputs: run.outputs, outcome: run.outcome, conclusion };
    options.afterStep?.(run.id, state.workspace);
  }
  const calls = readFileSync(join(state.files, 'tools.log'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as JobRun['calls'][number]);
  const step = (id: string): StepRun => {
    const found = state.steps.find((s) => s.id === id);
    if (!found) throw new Error(`no step ${id}`);
    return found;
  };
  return { succeeded: !state.failed, steps: state.steps, workspace: state.workspace, calls, step };
}
