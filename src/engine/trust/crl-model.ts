/**
 * What a parsed CRL holds, shared by the pkijs parser (crl-parse.ts), the revocation checks
 * (crl.ts) and the generated presets (a stored form with bytes in base64).
 */

export class CrlParseError extends Error {}

/** RFC 5280 CRLReason codes, by number. */
export const CRL_REASONS: Record<number, string> = {
  0: 'unspecified',
  1: 'keyCompromise',
  2: 'cACompromise',
  3: 'affiliationChanged',
  4: 'superseded',
  5: 'cessationOfOperation',
  6: 'certificateHold',
  8: 'removeFromCRL',
  9: 'privilegeWithdrawn',
  10: 'aACompromise',
};

export interface RevokedEntry {
  serial: bigint;
  /** Lowercase hex without leading zeros (as openssl prints it, without colons). */
  serialHex: string;
  /** ISO date of revocation. */
  date: string;
  reason?: string;
}

export interface ParsedCrl {
  der: Buffer;
  /** The issuer Name exactly as encoded (matched byte for byte against certificates). */
  issuerName: Buffer;
  /** "C=DE, O=..., CN=..." */
  issuer: string;
  thisUpdate: string;
  nextUpdate: string | null;
  /** Decimal, when the CRL has a cRLNumber extension. */
  crlNumber: string | null;
  authorityKeyId?: Buffer | undefined;
  signatureAlgorithm: string;
  tbs: Buffer;
  signature: Buffer;
  revoked: RevokedEntry[];
}

/** A ParsedCrl as the presets store it (scripts/gen-presets.mjs): bytes in base64, serials in decimal. */
export interface ParsedCrlJson {
  der: string;
  issuerName: string;
  issuer: string;
  thisUpdate: string;
  nextUpdate: string | null;
  crlNumber: string | null;
  authorityKeyId: string | null;
  signatureAlgorithm: string;
  tbs: string;
  signature: string;
  revoked: Array<{ serial: string; serialHex: string; date: string; reason?: string }>;
}

export function parsedCrlToJson(crl: ParsedCrl): ParsedCrlJson {
  return {
    der: crl.der.toString('base64'),
    issuerName: crl.issuerName.toString('base64'),
    issuer: crl.issuer,
    thisUpdate: crl.thisUpdate,
    nextUpdate: crl.nextUpdate,
    crlNumber: crl.crlNumber,
    authorityKeyId: crl.authorityKeyId ? crl.authorityKeyId.toString('base64') : null,
    signatureAlgorithm: crl.signatureAlgorithm,
    tbs: crl.tbs.toString('base64'),
    signature: crl.signature.toString('base64'),
    revoked: crl.revoked.map((r) => ({ ...r, serial: r.serial.toString(10) })),
  };
}

export function parsedCrlFromJson(json: ParsedCrlJson): ParsedCrl {
  return {
    der: Buffer.from(json.der, 'base64'),
    issuerName: Buffer.from(json.issuerName, 'base64'),
    issuer: json.issuer,
    thisUpdate: json.thisUpdate,
    nextUpdate: json.nextUpdate,
    crlNumber: json.crlNumber,
    authorityKeyId: json.authorityKeyId === null ? undefined : Buffer.from(json.authorityKeyId, 'base64'),
    signatureAlgorithm: json.signatureAlgorithm,
    tbs: Buffer.from(json.tbs, 'base64'),
    signature: Buffer.from(json.signature, 'base64'),
    revoked: json.revoked.map((r) => ({ ...r, serial: BigInt(r.serial) })),
  };
}
