// A console device's signed call to the server (everything except authorize, whose two
// documents already carry the device's signature). The envelope is
//   { deviceId, signedAt, nonce, payload, signature }
// and the signature covers { path, deviceId, signedAt, nonce, payload } under the
// device-call domain tag, so a signature made for one procedure (say a refund) can never be
// replayed against another (a top-up), and a captured call is useless after the freshness
// window. A retry after a timeout is signed anew (new nonce, same payload): the payload's
// own idempotency key is what makes the retry safe, the nonce only stops replays.
import { z } from 'zod';
import type { RandomSource, SignatureSuite } from './crypto.ts';
import { toBase64Url } from './bytes.ts';
import { idSchema, signatureSchema, timestampSchema } from './messages.ts';
import { DOMAIN_TAGS, signBody, verifyBody } from './signing.ts';

/** How far a call's signedAt may be from the server's clock, either way. */
export const DEVICE_CALL_MAX_SKEW_MS = 5 * 60 * 1000;

/** The envelope around a procedure's payload; the payload schema is the procedure's. */
export function deviceCallSchema<TPayload extends z.ZodType>(payload: TPayload) {
  return z.strictObject({
    deviceId: idSchema,
    signedAt: timestampSchema,
    nonce: idSchema,
    payload,
    signature: signatureSchema,
  });
}

export interface DeviceCall<TPayload> {
  readonly deviceId: string;
  readonly signedAt: number;
  readonly nonce: string;
  readonly payload: TPayload;
  readonly signature: string;
}

/** What the signature covers: the envelope without the signature, plus the procedure path. */
export function deviceCallBody(path: string, call: Omit<DeviceCall<unknown>, 'signature'>) {
  return {
    path,
    deviceId: call.deviceId,
    signedAt: call.signedAt,
    nonce: call.nonce,
    payload: call.payload,
  };
}

/** Signs `payload` for the procedure at `path` (e.g. "payments.refundByDevice"). */
export function signDeviceCall<TPayload>(input: {
  path: string;
  deviceId: string;
  payload: TPayload;
  secretKey: Uint8Array;
  nowMs: number;
  random: RandomSource;
  suite?: SignatureSuite;
}): DeviceCall<TPayload> {
  const unsigned = {
    deviceId: input.deviceId,
    signedAt: input.nowMs,
    nonce: toBase64Url(input.random(16)),
    payload: input.payload,
  };
  const signature = signBody(
    DOMAIN_TAGS.deviceCall,
    deviceCallBody(input.path, unsigned),
    input.secretKey,
    input.suite,
  );
  return { ...unsigned, signature };
}

export type DeviceCallCheck = 'ok' | 'stale' | 'bad_signature';

/**
 * The server's check of an envelope against the device's enrolled key. Freshness comes
 * first: it costs nothing and tells an honest console with a wrong clock what is wrong.
 */
export function verifyDeviceCall(input: {
  path: string;
  call: DeviceCall<unknown>;
  devicePublicKey: string;
  nowMs: number;
  suite?: SignatureSuite;
}): DeviceCallCheck {
  if (Math.abs(input.nowMs - input.call.signedAt) > DEVICE_CALL_MAX_SKEW_MS) return 'stale';
  const verified = verifyBody(
    DOMAIN_TAGS.deviceCall,
    deviceCallBody(input.path, input.call),
    input.call.signature,
    input.devicePublicKey,
    input.suite,
  );
  return verified ? 'ok' : 'bad_signature';
}
