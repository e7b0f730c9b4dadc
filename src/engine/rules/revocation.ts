/**
 * Revocation as each vendor's checker treats it. Nextcloud's integrity checker has no CRL step
 * (its installer checks the App Store's CRL, not the checker), so revocation fails a scope only
 * when the user asks for a CRL, with Nextcloud's chain message, and a CRL that cannot be
 * trusted is the user's to fix (a usage error). ownCloud's checker reads its CRL after the chain
 * check and has its own messages for a revoked certificate and an untrusted CRL.
 */
export interface RevocationPolicy {
  /** Upstream's message when the signer certificate is revoked (and the CRL was asked for). */
  revoked: string;
  /** Upstream's message for a CRL that cannot be trusted, or null when its checker has no CRL step. */
  crlInvalid: string | null;
}

export const NEXTCLOUD_REVOCATION: RevocationPolicy = { revoked: 'Certificate is not valid.', crlInvalid: null };
export const OWNCLOUD_REVOCATION: RevocationPolicy = {
  revoked: 'Certificate has been revoked.',
  crlInvalid: 'Certificate Revocation List is not valid.',
};

/** The first CRL whose signature does not verify against the trust store, if any. */
export function untrustedCrl<T extends { signatureValid: boolean }>(crls: readonly T[] | undefined): T | undefined {
  return (crls ?? []).find((c) => !c.signatureValid);
}

/** Whether an untrusted CRL stops the run before any scope is checked: some scope's checker has no CRL step. */
export function untrustedCrlIsUsageError(policies: Iterable<RevocationPolicy>): boolean {
  return [...policies].some((p) => p.crlInvalid === null);
}
