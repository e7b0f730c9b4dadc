/**
 * Whose signature counts for a scope (nextcloud-spec.md §A.7 step 5): the certificate's CN
 * must be the scope (the app id, or `core`), or exactly `core`, which upstream trusts for every
 * app. phpseclib's getDN returns an array for several CNs and null for none, so neither ever
 * matches; upstream's message then prints "Array" or nothing.
 */

/** The one CN of a certificate, or null when it has none or several (which never match a scope). */
export function singleCommonName(commonNames: readonly string[]): string | null {
  return commonNames.length === 1 ? (commonNames[0] as string) : null;
}

/** Whether a certificate with these CNs may sign `scope`. */
export function certificateCoversScope(commonNames: readonly string[], scope: string): boolean {
  const cn = singleCommonName(commonNames);
  return cn !== null && (cn === scope || cn === 'core');
}

/** The CN as upstream's scope message prints it: "Array" for several, "" for none. */
export function upstreamShownCommonName(commonNames: readonly string[]): string {
  return commonNames.length > 1 ? 'Array' : (singleCommonName(commonNames) ?? '');
}
