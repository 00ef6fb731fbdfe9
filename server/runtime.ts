// The server's injected effects: the clock, randomness and the fast Ed25519 suite.
// Domain code takes a Runtime so tests can fix time and ids.
import { createPrivateKey, createPublicKey, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { type RandomSource, type SignatureSuite, toBase64Url } from '../protocol/index.ts';

export interface Clock {
  nowMs(): number;
}

export interface Runtime {
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly signatures: SignatureSuite;
}

export const systemClock: Clock = { nowMs: () => Date.now() };
export const systemRandom: RandomSource = (length) => new Uint8Array(randomBytes(length));

export function newId(random: RandomSource): string {
  return toBase64Url(random(16));
}

// DER prefixes that wrap a raw 32-byte Ed25519 seed (PKCS#8) or public key (SPKI).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const KEY_CACHE_LIMIT = 4096;

/** A bounded cache of parsed keys: parsing costs more than verifying. */
class KeyCache {
  private readonly keys = new Map<string, KeyObject>();

  get(bytes: Uint8Array, make: (bytes: Buffer) => KeyObject): KeyObject {
    const cacheKey = Buffer.from(bytes).toString('base64');
    let key = this.keys.get(cacheKey);
    if (!key) {
      if (this.keys.size >= KEY_CACHE_LIMIT) this.keys.clear();
      key = make(Buffer.from(bytes));
      this.keys.set(cacheKey, key);
    }
    return key;
  }
}

/**
 * Ed25519 through node:crypto (OpenSSL): several times faster than the pure-JS suite and
 * byte-identical, because Ed25519 signatures are deterministic (RFC 8032).
 */
export function nodeSignatures(): SignatureSuite {
  const secretKeys = new KeyCache();
  const publicKeys = new KeyCache();
  return {
    sign(message, secretKey) {
      const key = secretKeys.get(secretKey, (bytes) =>
        createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, bytes]), format: 'der', type: 'pkcs8' }),
      );
      return new Uint8Array(sign(null, message, key));
    },
    verify(signature, message, publicKey) {
      if (publicKey.length !== 32 || signature.length !== 64) return false;
      try {
        const key = publicKeys.get(publicKey, (bytes) =>
          createPublicKey({ key: Buffer.concat([SPKI_PREFIX, bytes]), format: 'der', type: 'spki' }),
        );
        return verify(null, message, key, signature);
      } catch {
        return false;
      }
    },
  };
}

export function systemRuntime(): Runtime {
  return { clock: systemClock, random: systemRandom, signatures: nodeSignatures() };
}
