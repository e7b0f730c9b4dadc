/**
 * `repair`: restore a tree from its verified release. A dry run (the plan) unless --apply;
 * `--undo MANIFEST` puts quarantined files back.
 */
import { runRepair, runUndo } from '../../app/repair-run.ts';
import { displayText } from '../../engine/display.ts';
import { UsageError } from '../../engine/errors.ts';
import { PROFILE_NAMES } from '../../engine/profiles/index.ts';
import { renderRepairJson, renderRepairOutcome, renderRepairPlan } from '../../report/repair-text.ts';
import { TOOL_NAME } from '../../version.ts';
import type { Command } from '../command.ts';
import type { CliIO } from '../io.ts';
import { checkRequest, parseCommand, TARGET_OPTIONS } from './args.ts';
import { downloadOptions, REFERENCE_HELP, REFERENCE_OPTIONS } from './reference-args.ts';

const HELP = `Usage: ${TOOL_NAME} repair DIR --from RELEASE [--apply] [options]
       ${TOOL_NAME} repair --undo MANIFEST

Verifies DIR (an app or server folder) and plans its repair from RELEASE, the release DIR
was installed from (a folder, an archive or an https:// URL; verified first, and refused
unless it verifies clean and is DIR's version). Without --apply nothing is changed: the plan
is printed. With --apply:

  INVALID_HASH, MISSING_FILE  the release's file is written in place atomically (temporary
                              file + rename), with the replaced file's mode
  EXTRA_FILE                  moved to a quarantine folder outside the tree, never deleted,
                              listed in its manifest.json (repair --undo puts them back)

then DIR is verified again. Never touched: folders upstream excludes (config/, data/, …),
anything below a symbolic link, links themselves, files outside the checked scopes.

Options:
  --from RELEASE     the release to restore from (folder, archive or https:// URL)
  --apply            carry the plan out (default: print it only)
  --quarantine DIR   where extra files go (default: <DIR>.quarantine-<UTC time> beside DIR)
  --undo MANIFEST    put the files of a quarantine manifest back (refused if a place is taken)
  --allow GLOB       an extra file the host adds on purpose: left in place; repeatable
${REFERENCE_HELP}
  --profile P        auto (default), ${PROFILE_NAMES.join(', ')}
  --app-id ID        the app id the certificate must be issued for
  --all-apps         DIR is an installed server: repair core and every app
  --format F         text (default) or json
  -h, --help

Exit codes: 0 the tree is clean (after --apply: verified clean again), 1 findings remain
(always so for a dry run with findings), 2 usage, I/O or reference error (nothing changed).
`;

const OPTIONS = {
  ...TARGET_OPTIONS,
  ...REFERENCE_OPTIONS,
  from: { type: 'string' },
  apply: { type: 'boolean' },
  quarantine: { type: 'string' },
  undo: { type: 'string' },
  allow: { type: 'string', multiple: true },
  format: { type: 'string' },
  'all-apps': { type: 'boolean' },
} as const;

function undo(manifest: string, io: CliIO): number {
  const back = runUndo(manifest, io.cwd);
  io.stdout(`UNDONE  ${back.length} file${back.length === 1 ? '' : 's'} put back\n${back.map((p) => `  ${displayText(p)}\n`).join('')}`);
  return 0;
}

async function runRepairCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, OPTIONS, HELP);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.undo !== undefined) return undo(values.undo, io);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}"`, 'Use text or json.');
  const from = values.from ?? values.reference;
  if (from === undefined) throw new UsageError('repair needs --from RELEASE', `See:\n${HELP}`);
  if (positionals.length > 1) throw new UsageError('repair takes one folder', `See:\n${HELP}`);
  const run = await runRepair({
    ...checkRequest(values, io.cwd),
    path: positionals[0] ?? '.',
    reference: from,
    apply: values.apply === true,
    quarantine: values.quarantine,
    download: downloadOptions(values, io),
  });
  if (format === 'json') io.stdout(renderRepairJson(run.plan, run.outcome, run.after));
  else if (run.plan === null) io.stdout('CLEAN  every file matches its signature: nothing to repair\n');
  else {
    io.stdout(renderRepairPlan(run.plan, run.outcome === undefined));
    if (run.outcome && run.after) io.stdout(renderRepairOutcome(run.outcome, run.after));
  }
  if (run.plan === null) return 0;
  return run.after?.verdict === 'passed' ? 0 : 1;
}

export const command: Command = { help: HELP, run: runRepairCommand };
