/**
 * RSA keys and certificate requests, like the upstream developer docs'
 * `openssl req -nodes -newkey rsa:4096 -keyout ID.key -out ID.csr -subj "/CN=ID"`. Keys come
 * from node:crypto (native: pure-JS RSA-4096 key generation in node-forge takes many seconds).
 */
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { UsageError } from '../errors.ts';
import {
  type Asn1,
  checkCommonName,
  cnAttributes,
  forgePublicKey,
  fromDer,
  OID_CN,
  OID_RSA,
  pem,
  SHA256_WITH_RSA,
  signedStructure,
  toDer,
} from './ca-asn1.ts';
import { splitPemBlocks } from './certificate.ts';
import { verifySignedData } from './crl.ts';

const { asn1 } = forge;

export const DEFAULT_KEY_BITS = 4096;

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** An RSA key pair from node:crypto (native: RSA-4096 takes about a second, not a minute). */
export function generateRsaKeyPair(bits = DEFAULT_KEY_BITS): KeyPair {
  if (!Number.isInteger(bits) || bits < 2048 || bits > 16384) {
    throw new UsageError(
      `RSA keys of ${bits} bits are not supported here`,
      'Use 4096 (the default, as the upstream docs do), 3072 or 2048.',
    );
  }
  return generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 0x10001 });
}

/** Unencrypted PKCS#8 PEM, what `openssl req -nodes` writes. */
export function privateKeyPem(key: KeyObject): string {
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** A PKCS#10 request with subject /CN=cn, signed with SHA-256 (openssl req's default). */
export function createCsr(cn: string, keys: KeyPair): string {
  checkCommonName(cn);
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = forgePublicKey(keys.publicKey);
  csr.setSubject(cnAttributes(cn));
  csr.signatureOid = csr.siginfo.algorithmOid = SHA256_WITH_RSA;
  const info = (
    forge.pki as unknown as { getCertificationRequestInfo(c: forge.pki.CertificateSigningRequest): Asn1 }
  ).getCertificationRequestInfo(csr);
  return pem('CERTIFICATE REQUEST', signedStructure(info, keys.privateKey));
}

export interface ParsedCsr {
  /** The subject Name as encoded in the request (kept byte for byte in the certificate). */
  subjectName: Asn1;
  commonName: string | null;
  publicKey: KeyObject;
}

/** Read a CSR (PEM or DER), check its self-signature, and require an RSA key. */
export function parseCsr(input: string | Buffer): ParsedCsr {
  const text = typeof input === 'string' ? input : input.toString('latin1');
  let der: Buffer;
  if (text.includes('-----BEGIN')) {
    const block = splitPemBlocks(text).find((b) => /BEGIN (NEW )?CERTIFICATE REQUEST/.test(b));
    if (!block)
      throw new UsageError(
        'the CSR file holds no "-----BEGIN CERTIFICATE REQUEST-----" block',
        'Pass the .csr that keygen or openssl req wrote.',
      );
    der = Buffer.from(block.replace(/-+[^-]+-+/g, '').replace(/\s+/g, ''), 'base64');
  } else {
    der = typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
  }
  try {
    const request = fromDer(der);
    const [info, algorithm, signature] = request.value as Asn1[];
    const [, subject, spki] = (info?.value ?? []) as Asn1[];
    if (!info || !algorithm || !signature || !subject || !spki) throw new Error('incomplete request');
    const algOid = asn1.derToOid((algorithm.value as Asn1[])[0]?.value as string);
    const spkiDer = toDer(spki);
    const publicKey = createPublicKey({ key: spkiDer, format: 'der', type: 'spki' });
    const sigBits = Buffer.from(signature.value as string, 'binary').subarray(1);
    if (!verifySignedData(toDer(info), algOid, sigBits, publicKey)) {
      throw new UsageError('the CSR signature does not verify: the request is damaged or was edited', 'Create the CSR again (keygen).');
    }
    const keyOid = asn1.derToOid(((spki.value as Asn1[])[0]?.value as Asn1[])[0]?.value as string);
    if (keyOid !== OID_RSA) {
      throw new UsageError(
        `the CSR holds a ${publicKey.asymmetricKeyType ?? 'non-RSA'} key`,
        'Nextcloud and ownCloud signatures need an RSA key: openssl req -nodes -newkey rsa:4096 … (or code-integrity keygen).',
      );
    }
    let commonName: string | null = null;
    for (const rdn of subject.value as Asn1[]) {
      for (const atv of rdn.value as Asn1[]) {
        const [type, value] = atv.value as Asn1[];
        if (type && value && asn1.derToOid(type.value as string) === OID_CN) {
          commonName = value.type === asn1.Type.UTF8 ? forge.util.decodeUtf8(value.value as string) : (value.value as string);
        }
      }
    }
    return { subjectName: subject, commonName, publicKey };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`the CSR cannot be read: ${(e as Error).message}`, 'Pass the PEM request that keygen or openssl req wrote.');
  }
}
