/**
 * The signer's material: the RSA private key and the certificate it belongs to, loaded with
 * errors a user can act on (upstream's sign commands check neither that the key belongs to
 * the certificate nor its CN, and write signatures that can never verify).
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { optionRef, UsageError } from '../errors.ts';
import { CertificateParseError, parseCertificate, splitPemBlocks, type ParsedCertificate } from './certificate.ts';

/** Load an RSA private key (PKCS#1 or PKCS#8, plain or encrypted) with errors a user can act on. */
export function loadPrivateKey(pem: string | Buffer, passphrase?: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(passphrase === undefined ? { key: pem } : { key: pem, passphrase });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const text = `${err.code ?? ''} ${err.message}`;
    const looksEncrypted = /ENCRYPTED/.test(typeof pem === 'string' ? pem : pem.toString('latin1'));
    if (
      passphrase === undefined &&
      (looksEncrypted ||
        err.code === 'ERR_MISSING_PASSPHRASE' ||
        err.code === 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED' ||
        /passphrase required/i.test(text))
    ) {
      throw new UsageError(
        'the private key is encrypted and no passphrase was given',
        `Pass the passphrase with ${optionRef('passphrase-env', 'VAR')} (the name of an environment variable holding it).`,
        'key-encrypted',
      );
    }
    if (passphrase !== undefined && /bad decrypt|bad password|wrong tag|decrypt/i.test(text)) {
      throw new UsageError('cannot decrypt the private key: the passphrase is wrong', 'Check the passphrase variable.');
    }
    throw new UsageError(
      'the private key cannot be read: it is not a PEM private key',
      'Pass the PEM private key (PKCS#1 or PKCS#8) that belongs to the certificate.',
    );
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new UsageError(
      `the private key is ${key.asymmetricKeyType ?? 'of an unknown type'}, not RSA`,
      'Nextcloud and ownCloud signatures need an RSA key (openssl genrsa 4096).',
    );
  }
  return key;
}

/** The first certificate of a PEM file, as upstream's loadX509 takes it. */
export function loadSigningCertificate(pem: string | Buffer): ParsedCertificate {
  const text = typeof pem === 'string' ? pem : pem.toString('latin1');
  const first = splitPemBlocks(text).find((b) => /CERTIFICATE/.test(b.split('\n')[0] ?? ''));
  try {
    return parseCertificate(first ?? pem);
  } catch (e) {
    if (e instanceof CertificateParseError) {
      throw new UsageError(`the certificate cannot be read: ${e.message}`, 'Pass the PEM certificate issued for this app (or core).');
    }
    throw e;
  }
}

export function assertKeyMatchesCertificate(key: KeyObject, cert: ParsedCertificate): void {
  const fromKey = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const fromCert = cert.x509.publicKey.export({ type: 'spki', format: 'der' });
  if (!fromKey.equals(fromCert)) {
    throw new UsageError(
      `the private key does not belong to the certificate (${cert.info.subject})`,
      'Use the key the certificate was issued for; a signature made with another key can never verify.',
    );
  }
}
