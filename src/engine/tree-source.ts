/** Where a scope's files come from: a folder on disk, or an archive read as a stream (archive/source.ts). */
import { join } from 'node:path';
import { hashEntries, type FileSink, type HashOptions } from './hashing/pool.ts';
import { readSignatureFile, type ReadSignatureOptions, type SignatureRead } from './signature.ts';
import { withMimetypelistRule, type MimetypeListOutcome } from './rules/mimetypelist.ts';
import type { Target } from './target.ts';
import { walkTree } from './walk.ts';

/**
 * Where a scope's files come from: a folder on disk (default), or an archive read as a
 * stream. A source gives the signature file's decoded content and the hashes of the files
 * the profile covers, in the walk order the occ-compatible comparison needs.
 */
export interface TreeSource {
  readSignature(target: Target, options?: ReadSignatureOptions): Promise<SignatureRead>;
  /** Hash the files the profile covers; every file's outcome goes to `sink` (with its walk position). */
  hashFiles(target: Target, options: HashFilesOptions): Promise<void>;
  /**
   * The files were hashed before (an archive, while it was read): they are handed over once
   * the expected hashes are known, so none has to wait for them.
   */
  hashedAlready?: boolean;
}

export interface HashFilesOptions {
  extraExcluded: string[];
  hash?: HashOptions | undefined;
  /** Each file's walk position and name, in walk order, before its outcome goes to `sink`. */
  walked: (seq: number, rel: string) => void;
  sink: FileSink;
  /** Each link to a folder the walk skipped (as upstream does). */
  onLinkedFolder?: (rel: string) => void;
  /** How core/js/mimetypelist.js was hashed (Nextcloud core; rules/mimetypelist.ts), with its own hash. */
  onMimetypelist?: (outcome: MimetypeListOutcome, fileHash: string) => void;
}

/** The default source: the folder `target.root` on disk. */
export const directorySource: TreeSource = {
  readSignature: (target, options) => readSignatureFile(join(target.root, target.profile.signaturePath), target.root, options),
  hashFiles: async (target, options) => {
    const walk = walkTree(target.root, target.profile, { extraExcluded: options.extraExcluded, onLinkedFolder: options.onLinkedFolder });
    const hashed = withMimetypelistRule(walk, target, options.onMimetypelist ? { onOutcome: options.onMimetypelist } : {});
    await hashEntries(hashed, options.sink, options.hash, options.walked);
  },
};
