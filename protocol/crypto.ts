// The primitives of the MO handshake, behind small functions so that every module names
// one operation. Randomness is always a parameter: protocol/ never reaches for an RNG itself.
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8 } from './bytes.ts';

/** Returns `length` cryptographically random bytes. Injected so vectors can fix it. */
export type RandomSource = (length: number) => Uint8Array;

export interface KeyPair {
  readonly secretKey: Uint8Array;
  readonly publicKey: Uint8Array;
}

/**
 * Ed25519 signing. Deterministic (RFC 8032), so a faster implementation (node:crypto on the
 * server) produces identical bytes; `SignatureSuite` lets a caller inject one.
 */
export interface SignatureSuite {
  sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array;
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
}

export const nobleSignatures: SignatureSuite = {
  sign: (message, secretKey) => ed25519.sign(message, secretKey),
  verify: (signature, message, publicKey) => {
    try {
      return ed25519.verify(signature, message, publicKey, { zip215: false });
    } catch {
      return false;
    }
  },
};

export function ed25519KeyPair(random: RandomSource): KeyPair {
  const secretKey = random(32);
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

export function ed25519PublicKey(secretKey: Uint8Array): Uint8Array {
  return ed25519.getPublicKey(secretKey);
}

export function x25519KeyPair(random: RandomSource): KeyPair {
  const secretKey = random(32);
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

/** X25519; throws on a low-order peer key (an all-zero shared secret). */
export function x25519SharedSecret(secretKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array {
  const shared = x25519.getSharedSecret(secretKey, peerPublicKey);
  if (shared.every((byte) => byte === 0)) throw new RangeError('x25519: low-order public key');
  return shared;
}

export function sha256Bytes(...parts: Uint8Array[]): Uint8Array {
  return sha256(concatBytes(...parts));
}

export function hkdfSha256(
  ikm: Uint8Array,
  salt: Uint8Array,
  info: string,
  length: number,
): Uint8Array {
  return hkdf(sha256, ikm, salt, utf8(info), length);
}

export const AEAD_KEY_BYTES = 32;
export const AEAD_NONCE_BYTES = 12;
export const AEAD_TAG_BYTES = 16;

export function aeadSeal(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  associatedData: Uint8Array,
): Uint8Array {
  return chacha20poly1305(key, nonce, associatedData).encrypt(plaintext);
}

/** Returns null instead of throwing when the tag does not verify. */
export function aeadOpen(
  key: Uint8Array,
  nonce: Uint8Array,
  sealed: Uint8Array,
  associatedData: Uint8Array,
): Uint8Array | null {
  try {
    return chacha20poly1305(key, nonce, associatedData).decrypt(sealed);
  } catch {
    return null;
  }
}
