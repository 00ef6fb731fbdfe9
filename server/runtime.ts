// The server's injected effects: the clock, randomness and the fast Ed25519 suite.
// Domain code takes a Runtime so tests can fix time and ids.
import { randomBytes } from 'node:crypto';
import { nodeSignatures } from '../platform/node-signatures.ts';
import { type RandomSource, type SignatureSuite, toBase64Url } from '../protocol/index.ts';

export { nodeSignatures };

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

export function systemRuntime(): Runtime {
  return { clock: systemClock, random: systemRandom, signatures: nodeSignatures() };
}
