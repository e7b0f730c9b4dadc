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
