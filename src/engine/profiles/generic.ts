/** Nextcloud's app rules with a signature file of your own (--signature-path); never guessed from a tree. */
import { optionRef, UsageError } from '../errors.ts';
import type { Profile, ProfileDefinition } from './profile.ts';
import { NEXTCLOUD, SIGNATURE_FILES } from './vendors.ts';

export const generic: ProfileDefinition = {
  name: 'generic',
  create(signaturePath?: string): Profile {
    if (!signaturePath) {
      throw new UsageError(
        `the generic profile needs ${optionRef('signature-path')}`,
        `Name the signature file relative to the directory, e.g. ${optionRef('signature-path', 'meta/signature.json')}.`,
      );
    }
    return {
      ...NEXTCLOUD,
      name: 'generic',
      kind: 'app',
      signaturePath,
      skippedRelativeNames: [...SIGNATURE_FILES, signaturePath],
      excludedRootEntries: [],
      htaccessMarker: false,
      dropUpdaterOnVerify: false,
      mimetypelistRule: false,
    };
  },
};
