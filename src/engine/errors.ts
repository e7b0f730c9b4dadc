/**
 * Errors that are the user's to fix (bad path, unreadable key, wrong passphrase, bad PEM).
 * Front ends print `message` and `hint` on one or two lines and exit with code 2; they
 * never print a stack trace for these.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Why a file could not be read, in words ("does not exist", "is a folder", …). */
export function describeFsError(e: unknown, folderMeaning = 'is a folder'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'is not readable (permission denied)';
  if (code === 'EISDIR') return folderMeaning;
  return `cannot be read (${code ?? (e as Error).message})`;
}
