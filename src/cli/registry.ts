/**
 * The commands, one file each under commands/: what the main help lists, and how each is
 * loaded. verify, the command run most, is part of the main bundle; the others, sign too, are
 * loaded only when run (a faster start: verify does not evaluate the signing code). A new
 * command is a file exporting `command` plus one entry here.
 */
import type { Command } from './command.ts';
import { command as verify } from './commands/verify.ts';

export interface CommandEntry {
  name: string;
  /** The arguments, as the main help shows them after the name. */
  synopsis: string;
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'verify',
    synopsis: '[DIR|ARCHIVE ...] [options]',
    summary: 'check a tree or a release archive against its signature.json',
    load: async () => verify,
  },
  {
    name: 'sign',
    synopsis: '[DIR] --key FILE --cert FILE [options]',
    summary: 'write appinfo/signature.json or core/signature.json',
    load: async () => (await import('./commands/sign.ts')).command,
  },
  {
    name: 'explain',
    synopsis: 'DIR --reference RELEASE [options]',
    summary: 'show what each finding is: diffs against a verified release, moved files',
    load: async () => (await import('./commands/explain.ts')).command,
  },
  {
    name: 'repair',
    synopsis: 'DIR --from RELEASE [--apply] | --undo MANIFEST',
    summary: 'restore files from a verified release, quarantine extras (dry run first)',
    load: async () => (await import('./commands/repair.ts')).command,
  },
  {
    name: 'baseline',
    synopsis: '[DIR|ARCHIVE ...] [options]',
    summary: "print a baseline accepting today's findings, pinned, for review",
    load: async () => (await import('./commands/baseline.ts')).command,
  },
  {
    name: 'inspect',
    synopsis: 'SIGNATURE.json|DIR|ARCHIVE',
    summary: 'who signed it, validity, revocation, chain (no hashing)',
    load: async () => (await import('./commands/inspect.ts')).command,
  },
  {
    name: 'keygen',
    synopsis: '--cn ID [--out DIR]',
    summary: 'RSA-4096 key + CSR for an app id (like the upstream docs)',
    load: async () => (await import('./commands/keygen.ts')).command,
  },
  {
    name: 'ca',
    synopsis: 'init|issue|revoke|crl',
    summary: 'a private code-signing CA (forks, enterprises, tests)',
    load: async () => (await import('./commands/ca.ts')).command,
  },
  {
    name: 'package',
    synopsis: '[DIR] [--key FILE --cert FILE] [--out DIR]',
    summary: 'reproducible <id>-<version>.tar.gz, signed, pre-flighted for the App Store',
    load: async () => (await import('./commands/package.ts')).command,
  },
  {
    name: 'preflight',
    synopsis: 'ARCHIVE [--cert FILE]',
    summary: 'check an app archive as the App Store and the installer will',
    load: async () => (await import('./commands/preflight.ts')).command,
  },
  {
    name: 'appstore-sign',
    synopsis: 'ARCHIVE --key FILE',
    summary: "the App Store's release signature (base64 RSA-SHA512)",
    load: async () => (await import('./commands/appstore-sign.ts')).command,
  },
  {
    name: 'appstore-verify',
    synopsis: 'ARCHIVE --signature B64 --cert FILE',
    summary: 'check an App Store release signature',
    load: async () => (await import('./commands/appstore-verify.ts')).command,
  },
];

export function findCommand(name: string | undefined): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
