/** Nextcloud's app rules with a signature file of your own (--signature-path); never guessed from a tree. */
import { optionRef, UsageError } from '../errors.ts';
import type { Profile, ProfileDefinition } from './profile.ts';
import { APP_RULES, NEXTCLOUD, SIGNATURE_FILES } from './vendors.ts';

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
      ...APP_RULES,
      name: 'generic',
      signaturePath,
      skippedRelativeNames: [...SIGNATURE_FILES, signaturePath],
    };
  },
};
