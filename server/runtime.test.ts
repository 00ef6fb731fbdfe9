import { describe, expect, it } from 'vitest';
import { ed25519KeyPair, nobleSignatures, utf8 } from '../protocol/index.ts';
import { nodeSignatures, systemRandom } from './runtime.ts';

describe('nodeSignatures', () => {
  it('signs byte-identically to the pure suite and cross-verifies', () => {
    const node = nodeSignatures();
    for (let round = 0; round < 20; round++) {
      const keys = ed25519KeyPair(systemRandom);
      const message = utf8(`message ${round}`);
      const fast = node.sign(message, keys.secretKey);
      expect(fast).toEqual(nobleSignatures.sign(message, keys.secretKey));
      expect(nobleSignatures.verify(fast, message, keys.publicKey)).toBe(true);
      expect(node.verify(fast, message, keys.publicKey)).toBe(true);
      const tampered = fast.slice();
      tampered[round % 64]! ^= 1;
      expect(node.verify(tampered, message, keys.publicKey)).toBe(false);
    }
  });

  it('refuses keys and signatures of the wrong length instead of throwing', () => {
    const node = nodeSignatures();
    expect(node.verify(new Uint8Array(64), utf8('x'), new Uint8Array(31))).toBe(false);
    expect(node.verify(new Uint8Array(63), utf8('x'), new Uint8Array(32))).toBe(false);
  });
});
