// Idempotency: every mutation carries a key the caller made. The server stores the hash of
// the payload beside the key; the same key with the same payload gets the stored answer,
// the same key with another payload gets `idempotency_conflict`.
import { canonicalJson, sha256Bytes, toHex, utf8 } from '../../protocol/index.ts';
import { reject } from '../errors.ts';

export function payloadHash(payload: unknown): string {
  return toHex(sha256Bytes(utf8(canonicalJson(payload))));
}

/** Throws the typed conflict unless the stored hash is the payload's. */
export function assertSamePayload(storedHash: string, payload: unknown, what: string): void {
  if (storedHash !== payloadHash(payload)) {
    throw reject('idempotency_conflict', `${what} was used before with a different payload`);
  }
}
