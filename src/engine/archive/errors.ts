/**
 * Archive errors are the user's to act on (exit 2, message and hint, never a stack trace):
 * an archive that is truncated, corrupt, of an unknown format, not shaped like a release,
 * or over a safety limit.
 */
import { UsageError } from '../errors.ts';

export class ArchiveError extends UsageError {
  override name = 'ArchiveError';
}

/** A limit (--max-size, --max-entries) stopped reading: possibly a decompression bomb. */
export class ArchiveLimitError extends ArchiveError {
  override name = 'ArchiveLimitError';
}

/**
 * The archive holds something extractors read differently (or that is simply broken) at a
 * place where no single entry can carry a finding: it is refused as a whole. The message
 * says where and why, without the archive's path (the reader adds it).
 */
export class ArchiveFormatError extends ArchiveError {
  override name = 'ArchiveFormatError';
}
