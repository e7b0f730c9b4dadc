/**
 * The command line: argv → command → exit code (0 clean, 1 findings, 2 error). Thin on
 * purpose: the commands are in commands/ (registry.ts lists them), every decision about
 * integrity lives in src/engine/.
 */
import { displayText } from '../engine/display.ts';
import { CLI_WORDING, UsageError, wordOptions } from '../engine/errors.ts';
import { TOOL_NAME, VERSION } from '../version.ts';
import type { CliIO } from './io.ts';
import { closestOption } from './commands/args.ts';
import { COMMANDS, findCommand } from './registry.ts';

export type { CliIO } from './io.ts';

/** "  code-integrity verify ARGS   what it does", the summary on the next line when the usage is long. */
function usageLine(usage: string, summary: string): string {
  const line = `  ${TOOL_NAME} ${usage}`;
  return line.length <= 40 ? `${line.padEnd(41)}${summary}` : `${line}\n${' '.repeat(41)}${summary}`;
}

function mainHelp(): string {
  const lines = [
    ...COMMANDS.map((c) => usageLine(`${c.name} ${c.synopsis}`, c.summary)),
    usageLine('help COMMAND', 'the options of one command'),
    usageLine('--version', 'the version'),
  ];
  return `${TOOL_NAME} ${VERSION} — sign and verify Nextcloud/ownCloud code signatures (signature.json)

Usage:
${lines.join('\n')}

Exit codes: 0 clean, 1 integrity findings, 2 usage or I/O error.
`;
}

/** The error for a command that does not exist, naming the closest one. */
function unknownCommand(name: string): UsageError {
  const guess = closestOption(
    name,
    COMMANDS.map((c) => c.name),
  );
  return new UsageError(`unknown command "${name}"${guess ? ` (did you mean ${guess}?)` : ''}`, `See:\n${mainHelp()}`);
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  switch (name) {
    case undefined:
      io.stderr(mainHelp());
      return 2;
    case '-h':
    case '--help':
      io.stdout(mainHelp());
      return 0;
    case '--version':
    case '-V':
      io.stdout(`${VERSION}\n`);
      return 0;
    case 'help': {
      const topic = findCommand(rest[0]);
      io.stdout(topic ? (await topic.load()).help : mainHelp());
      return 0;
    }
  }
  const entry = findCommand(name);
  if (entry === undefined) throw unknownCommand(name);
  return (await entry.load()).run(rest, io);
}

/** Run the CLI; returns the exit code. Never throws for a user mistake. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      // Messages quote paths, names and ids from the tree: shown line by line through displayText.
      const worded = (text: string): string => displayText(wordOptions(text, CLI_WORDING));
      const hint = e.hint === undefined ? [] : e.hint.replace(/\n$/, '').split('\n');
      io.stderr([`${TOOL_NAME}: error: ${worded(e.message)}`, ...hint.map(worded)].join('\n') + '\n');
      return 2;
    }
    const trace = ((e as Error).stack ?? String(e)).split('\n').map(displayText).join('\n');
    io.stderr(`${TOOL_NAME}: internal error: ${trace}\nThis is a bug; please report it with the command you ran.\n`);
    return 2;
  }
}
