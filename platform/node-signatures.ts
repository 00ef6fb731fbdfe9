// Ed25519 through node:crypto, for the Node processes that share it (the server, the
// console core, benchmarks). Outside protocol/ on purpose: protocol/ stays pure (no Node),
// so the renderer and phones never import node:crypto. It produces the same bytes as the
// protocol's pure-JS default suite (Ed25519 is deterministic, RFC 8032).
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { SignatureSuite } from '../protocol/index.ts';

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
