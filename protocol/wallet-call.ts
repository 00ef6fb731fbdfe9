// A wallet's signed call to the server (asking for an offline allowance): the same envelope
// as a device call (device-call.ts), signed by the wallet's key under its own domain tag,
// so a device's signature can never pass as a wallet's or the other way round.
import { z } from 'zod';
import { toBase64Url } from './bytes.ts';
import type { RandomSource, SignatureSuite } from './crypto.ts';
import { DEVICE_CALL_MAX_SKEW_MS } from './device-call.ts';
import { idSchema, signatureSchema, timestampSchema } from './messages.ts';
import { DOMAIN_TAGS, signBody, verifyBody } from './signing.ts';

export function walletCallSchema<TPayload extends z.ZodType>(payload: TPayload) {
  return z.strictObject({
    walletId: idSchema,
    signedAt: timestampSchema,
    nonce: idSchema,
    payload,
    signature: signatureSchema,
  });
}

export interface WalletCall<TPayload> {
  readonly walletId: string;
  readonly signedAt: number;
  readonly nonce: string;
  readonly payload: TPayload;
  readonly signature: string;
}

function walletCallBody(path: string, call: Omit<WalletCall<unknown>, 'signature'>) {
  return { path, walletId: call.walletId, signedAt: call.signedAt, nonce: call.nonce, payload: call.payload };
}

export function signWalletCall<TPayload>(input: {
  path: string;
  walletId: string;
  payload: TPayload;
  secretKey: Uint8Array;
  nowMs: number;
  random: RandomSource;
  suite?: SignatureSuite;
}): WalletCall<TPayload> {
  const unsigned = {
    walletId: input.walletId,
    signedAt: input.nowMs,
    nonce: toBase64Url(input.random(16)),
    payload: input.payload,
  };
  const signature = signBody(DOMAIN_TAGS.walletCall, walletCallBody(input.path, unsigned), input.secretKey, input.suite);
  return { ...unsigned, signature };
}

/** Freshness first (±5 min, as for devices), then the wallet's signature. */
export function verifyWalletCall(input: {
  path: string;
  call: WalletCall<unknown>;
  walletPublicKey: string;
  nowMs: number;
  suite?: SignatureSuite;
}): 'ok' | 'stale' | 'bad_signature' {
  if (Math.abs(input.nowMs - input.call.signedAt) > DEVICE_CALL_MAX_SKEW_MS) return 'stale';
  const body = walletCallBody(input.path, input.call);
  return verifyBody(DOMAIN_TAGS.walletCall, body, input.call.signature, input.walletPublicKey, input.suite)
    ? 'ok'
    : 'bad_signature';
}
