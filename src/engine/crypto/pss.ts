/**
 * RSASSA-PSS exactly as upstream (phpseclib 2 with setMGFHash('sha512'), setSaltLength(0),
 * default hash SHA-1): EMSA-PSS with message digest SHA-1, MGF1 over SHA-512, no salt.
 *
 * node:crypto cannot choose the MGF1 hash apart from the message digest, so the EMSA-PSS
 * encoding (RFC 8017 §9.1) is done here and only the raw RSA operation is delegated to
 * OpenSSL (RSA_NO_PADDING). With salt length 0 the scheme is deterministic, which is what
 * makes byte-identical signature.json files possible.
 */
import { constants, createHash, privateDecrypt, publicEncrypt, timingSafeEqual, type Hash, type KeyObject } from 'node:crypto';

const MESSAGE_HASH = 'sha1';
const MGF_HASH = 'sha512';
const H_LEN = 20; // SHA-1 output

function mgf1(seed: Buffer, length: number): Buffer {
  const blocks: Buffer[] = [];
  let produced = 0;
  for (let counter = 0; produced < length; counter++) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    const block = createHash(MGF_HASH).update(seed).update(c).digest();
    blocks.push(block);
    produced += block.length;
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/** Modulus size in bytes ("k" in RFC 8017). */
export function modulusBytes(key: KeyObject): number {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (key.asymmetricKeyType !== 'rsa' || bits === undefined) {
    throw new TypeError(`expected an RSA key, got ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return Math.ceil(bits / 8);
}

/**
 * EMSA-PSS-ENCODE with emBits = 8k - 1, as phpseclib computes it (it uses the byte length
 * of the modulus, not its exact bit length; identical for every usual key size).
 */
function emsaPssEncode(mHash: Buffer, k: number): Buffer {
  const emBits = 8 * k - 1;
  const emLen = Math.ceil(emBits / 8);
  const salt = Buffer.alloc(0);
  if (emLen < H_LEN + salt.length + 2) throw new Error('key too small for RSA-PSS');
  const mPrime = Buffer.concat([Buffer.alloc(8), mHash, salt]);
  const h = createHash(MESSAGE_HASH).update(mPrime).digest();
  const db = Buffer.alloc(emLen - H_LEN - 1);
  db[db.length - salt.length - 1] = 0x01;
  const mask = mgf1(h, db.length);
  for (let i = 0; i < db.length; i++) db[i] = (db[i] as number) ^ (mask[i] as number);
  db[0] = (db[0] as number) & (0xff >> (8 * emLen - emBits));
  return Buffer.concat([db, h, Buffer.from([0xbc])]);
}

function emsaPssVerify(mHash: Buffer, em: Buffer, k: number): boolean {
  const emBits = 8 * k - 1;
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen) return false;
  if (emLen < H_LEN + 2) return false;
  if (em[em.length - 1] !== 0xbc) return false;
  const maskedDb = em.subarray(0, emLen - H_LEN - 1);
  const h = em.subarray(emLen - H_LEN - 1, emLen - 1);
  const topMask = (0xff << (8 - (8 * emLen - emBits))) & 0xff;
  if (((maskedDb[0] as number) & topMask) !== 0) return false;
  const mask = mgf1(Buffer.from(h), maskedDb.length);
  const db = Buffer.alloc(maskedDb.length);
  for (let i = 0; i < db.length; i++) db[i] = (maskedDb[i] as number) ^ (mask[i] as number);
  db[0] = (db[0] as number) & (0xff >> (8 * emLen - emBits));
  // salt length 0: DB must be zeros followed by a single 0x01.
  for (let i = 0; i < db.length - 1; i++) if (db[i] !== 0) return false;
  if (db[db.length - 1] !== 0x01) return false;
  const hPrime = createHash(MESSAGE_HASH)
    .update(Buffer.concat([Buffer.alloc(8), mHash]))
    .digest();
  return timingSafeEqual(hPrime, h);
}

/** The message digest PSS signs here: SHA-1. Feed a large message in pieces with update(). */
export function pssMessageHash(): Hash {
  return createHash(MESSAGE_HASH);
}

/** Sign `message` with upstream's PSS parameters. Returns k bytes. */
export function pssSign(message: Buffer | string, privateKey: KeyObject): Buffer {
  return pssSignDigest(createHash(MESSAGE_HASH).update(message).digest(), privateKey);
}

/** Sign a message given its SHA-1 digest (see pssMessageHash). */
export function pssSignDigest(mHash: Buffer, privateKey: KeyObject): Buffer {
  const k = modulusBytes(privateKey);
  const em = emsaPssEncode(mHash, k);
  const padded = em.length === k ? em : Buffer.concat([Buffer.alloc(k - em.length), em]);
  return privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, padded);
}

/** Verify an upstream PSS signature. Never throws for a bad signature; returns false. */
export function pssVerify(message: Buffer | string, signature: Buffer, publicKey: KeyObject): boolean {
  return pssVerifyDigest(createHash(MESSAGE_HASH).update(message).digest(), signature, publicKey);
}

/** Verify a signature given the message's SHA-1 digest (see pssMessageHash). */
export function pssVerifyDigest(mHash: Buffer, signature: Buffer, publicKey: KeyObject): boolean {
  let k: number;
  try {
    k = modulusBytes(publicKey);
  } catch {
    return false;
  }
  if (signature.length !== k) return false;
  let m: Buffer;
  try {
    // Raw RSA public operation s^e mod n; OpenSSL rejects s >= n, which is an invalid signature.
    m = publicEncrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, signature);
  } catch {
    return false;
  }
  const emLen = Math.ceil((8 * k - 1) / 8);
  if (m.length > emLen) {
    // Leading bytes beyond emLen must be zero (only when 8k-1 is a multiple of 8; never here).
    if (m.subarray(0, m.length - emLen).some((b) => b !== 0)) return false;
    m = m.subarray(m.length - emLen);
  }
  return emsaPssVerify(mHash, m, k);
}
