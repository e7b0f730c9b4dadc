/**
 * Errors that are the user's to fix (bad path, unreadable key, wrong passphrase, bad PEM).
 * Front ends print `message` and `hint` on one or two lines and exit with code 2; they
 * never print a stack trace for these. `code` names the kind of error for programs (the
 * Action's `error-code` output); options the user can change are written `optionRef(name)`,
 * which each front end words its own way (wordOptions).
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly code = 'usage',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * An option in a message, with a value or not: `--trust nextcloud` on the command line,
 * `trust: nextcloud` in the Action. The engine names options by their command-line name
 * without dashes; each front end words them (wordOptions).
 */
export function optionRef(name: string, value?: string): string {
  return value === undefined ? `{{option:${name}}}` : `{{option:${name}=${value}}}`;
}

/** How a front end names an option, with its value when the message gives one (see optionRef). */
export type OptionWording = (name: string, value: string | undefined) => string;

/** The command line's wording: `--name` or `--name value`. */
export const CLI_WORDING: OptionWording = (name, value) => (value === undefined ? `--${name}` : `--${name} ${value}`);

/** `text` with every optionRef worded by `word`. */
export function wordOptions(text: string, word: OptionWording): string {
  return text.replace(/\{\{option:([a-z-]+)(?:=([^}]*))?\}\}/g, (_m, name: string, value: string | undefined) => word(name, value));
}

/** Why a file could not be read, in words ("does not exist", "is a folder", …). */
export function describeFsError(e: unknown, folderMeaning = 'is a folder'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'is not readable (permission denied)';
  if (code === 'EISDIR') return folderMeaning;
  return `cannot be read (${code ?? (e as Error).message})`;
}
