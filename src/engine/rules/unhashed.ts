/**
 * Entries that are never hashed, and why, in the same words for a folder on disk and an
 * archive: a link leading out of the checked root, a dangling link, a special file, a name
 * upstream cannot encode. Each becomes a finding on its path, never a trusted hash.
 */
export const UNHASHED = {
  notUtf8: 'the file name is not valid UTF-8; upstream cannot sign or check it',
  linkOutside: 'symbolic link points outside the checked folder; it is not read',
  linkToNonFile: 'symbolic link to something that is not a regular file',
  linkUnresolved: 'symbolic link cannot be resolved',
  /** `code`: the system's reason (ELOOP, ENOENT) or the archive's. */
  danglingLink: (code: string): string => `dangling or looping symbolic link (${code})`,
  /** `kind`: FIFO, socket, device, … */
  notRegular: (kind: string): string => `${kind}, not a regular file; it is not read`,
} as const;
