/**
 * The DER building blocks of the private CA (ca.ts) and of CSRs (keys.ts): node-forge ASN.1
 * nodes, signed with node:crypto over the DER forge produces (forge's own RSA is slow and has
 * no CRLs), PEM armour, and the checks on CNs and serials.
 */
import { randomBytes, sign as cryptoSign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { UsageError } from '../errors.ts';

const { asn1 } = forge;
export type Asn1 = forge.asn1.Asn1;

export const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
export const OID_RSA = '1.2.840.113549.1.1.1';
export const OID_CN = '2.5.4.3';
export const OID_AKI = '2.5.29.35';
export const OID_CRL_NUMBER = '2.5.29.20';
export const OID_REASON = '2.5.29.21';
export const DAY_MS = 86_400_000;

export function toDer(node: Asn1): Buffer {
  return Buffer.from(asn1.toDer(node).getBytes(), 'binary');
}

export function fromDer(buf: Buffer): Asn1 {
  return asn1.fromDer(buf.toString('binary'));
}

export function seq(items: Asn1[]): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, items);
}

export function oidNode(oid: string): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oid).getBytes());
}

export function octets(buf: Buffer): Asn1 {
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, buf.toString('binary'));
}

/** DER INTEGER content for a non-negative number given as bigint. */
export function integerNode(value: bigint): Asn1 {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, Buffer.from(hex, 'hex').toString('binary'));
}

/** RFC 5280 Time: UTCTime through 2049, GeneralizedTime from 2050. */
export function timeNode(date: Date): Asn1 {
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.UTCTIME, false, asn1.dateToUtcTime(date));
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date));
}

export function sha256RsaAlgorithm(): Asn1 {
  return seq([oidNode(SHA256_WITH_RSA), asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '')]);
}

/** SEQUENCE { toBeSigned, sha256WithRSAEncryption, BIT STRING signature }, signed with node:crypto. */
export function signedStructure(toBeSigned: Asn1, key: KeyObject): Buffer {
  const signature = cryptoSign('sha256', toDer(toBeSigned), key);
  const bits = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${signature.toString('binary')}`);
  return toDer(seq([toBeSigned, sha256RsaAlgorithm(), bits]));
}

export function pem(label: string, der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** A Name with one CN attribute, as a UTF8String (app ids may hold "_", not allowed in PrintableString). */
export function cnAttributes(cn: string): forge.pki.CertificateField[] {
  return [{ type: OID_CN, value: cn, valueTagClass: asn1.Type.UTF8 as unknown as forge.asn1.Class }];
}

/** A random positive 128-bit serial (first byte 0x40–0x7f: positive, minimal DER, never zero). */
export function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] as number) & 0x3f) | 0x40;
  return bytes.toString('hex');
}

export function normalizeSerial(input: string): string {
  const hex = input.trim().replace(/^0x/i, '').replace(/:/g, '').toLowerCase();
  if (!/^[0-9a-f]+$/.test(hex)) {
    throw new UsageError(`"${input}" is not a hexadecimal serial number`, 'Give the serial as openssl prints it (hex, colons allowed).');
  }
  return BigInt(`0x${hex}`).toString(16);
}

export function forgePublicKey(key: KeyObject): forge.pki.rsa.PublicKey {
  return forge.pki.publicKeyFromPem(key.export({ type: 'spki', format: 'pem' }).toString());
}

export function checkCommonName(cn: string): void {
  const control = [...cn].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\u007f');
  if (cn === '' || control || /[/\\]/.test(cn) || cn === '.' || cn === '..') {
    throw new UsageError(`"${cn}" cannot be used as a CN here`, 'Use the app id as written in appinfo/info.xml (or core).');
  }
}
