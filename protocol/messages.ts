// The signed documents of the MO handshake and the zod schemas that parse them at every
// boundary. A document is { body, signature }: the signature covers the domain tag and the
// canonical JSON of the body (see signing.ts).
import { z } from 'zod';
import { isCanonicalBase64Url } from './bytes.ts';
import { CURRENCY_MINOR_UNITS, type Currency, MAX_AMOUNT_MINOR } from './constants.ts';
import { REASON_CODES } from './reasons.ts';

export const PROTOCOL_VERSION = 1;
export const SUPPORTED_VERSIONS = [1] as const;

// The plain constants live in constants.ts (no zod), so a UI can import them alone.
export { CURRENCY_MINOR_UNITS, type Currency, MAX_AMOUNT_MINOR } from './constants.ts';

// The length and alphabet alone would accept text whose unused trailing bits are set: two
// spellings of one key or id. The refine keeps exactly one text form per byte string, so
// ids compare as strings (idempotency on paymentId) and hashes over documents are unique.
const base64Url = (bytes: number) =>
  z
    .string()
    .length(Math.ceil((bytes * 4) / 3))
    .regex(/^[A-Za-z0-9_-]+$/, 'expected base64url')
    .refine(isCanonicalBase64Url, 'non-canonical base64url');

export const publicKeySchema = base64Url(32);
export const signatureSchema = base64Url(64);
export const hashSchema = base64Url(32);
/** Ids are 16 random bytes in base64url: unguessable and collision-free. */
export const idSchema = base64Url(16);
export const timestampSchema = z.number().int().nonnegative().max(8_640_000_000_000_000);
export const amountMinorSchema = z.number().int().positive().max(MAX_AMOUNT_MINOR);
export const currencySchema = z.enum(
  Object.keys(CURRENCY_MINOR_UNITS) as [Currency, ...Currency[]],
);
export const reasonCodeSchema = z.enum(REASON_CODES);
const label = z.string().min(1).max(80);

export const lineSchema = z.strictObject({
  label,
  quantity: z.number().int().positive().max(10_000),
  unitPriceMinor: amountMinorSchema,
});
export type Line = z.infer<typeof lineSchema>;

/** The sum of the lines, or null when it would leave the range of a payment. */
export function linesTotalMinor(lines: readonly Line[]): number | null {
  let total = 0;
  for (const line of lines) {
    total += line.quantity * line.unitPriceMinor;
    if (total > MAX_AMOUNT_MINOR) return null;
  }
  return total;
}

/** V vouches that a device key belongs to a merchant: the phone shows this name. */
export const deviceCertificateBodySchema = z.strictObject({
  v: z.literal(1),
  deviceId: idSchema,
  devicePublicKey: publicKeySchema,
  merchantId: idSchema,
  merchantName: label,
  issuedAt: timestampSchema,
});
export const deviceCertificateSchema = z.strictObject({
  body: deviceCertificateBodySchema,
  signature: signatureSchema,
});
export type DeviceCertificate = z.infer<typeof deviceCertificateSchema>;

export const paymentRequestBodySchema = z
  .strictObject({
    v: z.literal(1),
    paymentId: idSchema,
    sessionId: idSchema,
    merchantId: idSchema,
    merchantName: label,
    deviceId: idSchema,
    amountMinor: amountMinorSchema,
    currency: currencySchema,
    lines: z.array(lineSchema).max(100),
    reference: z.string().max(80),
    createdAt: timestampSchema,
    expiresAt: timestampSchema,
  })
  .refine((body) => body.expiresAt > body.createdAt, 'expiresAt must follow createdAt')
  .refine(
    (body) => body.lines.length === 0 || linesTotalMinor(body.lines) === body.amountMinor,
    'lines must add up to amountMinor',
  );
export const paymentRequestSchema = z.strictObject({
  body: paymentRequestBodySchema,
  signature: signatureSchema,
  certificate: deviceCertificateSchema,
});
export type PaymentRequestBody = z.infer<typeof paymentRequestBodySchema>;
export type PaymentRequest = z.infer<typeof paymentRequestSchema>;

export const otpSchema = z.string().regex(/^[0-9]{6}$/, 'expected 6 digits');

export const authorizationBodySchema = z.strictObject({
  v: z.literal(1),
  paymentId: idSchema,
  requestHash: hashSchema,
  walletId: idSchema,
  otp: otpSchema,
  otpStep: z.number().int().nonnegative(),
  issuedAt: timestampSchema,
});
export const authorizationSchema = z.strictObject({
  body: authorizationBodySchema,
  signature: signatureSchema,
});
export type AuthorizationBody = z.infer<typeof authorizationBodySchema>;
export type Authorization = z.infer<typeof authorizationSchema>;

export const receiptBodySchema = z.strictObject({
  v: z.literal(1),
  paymentId: idSchema,
  requestHash: hashSchema,
  authorizationHash: hashSchema,
  merchantId: idSchema,
  walletId: idSchema,
  amountMinor: amountMinorSchema,
  currency: currencySchema,
  status: z.literal('settled'),
  transactionId: idSchema,
  settledAt: timestampSchema,
});
export const receiptSchema = z.strictObject({
  body: receiptBodySchema,
  signature: signatureSchema,
});
export type ReceiptBody = z.infer<typeof receiptBodySchema>;
export type Receipt = z.infer<typeof receiptSchema>;

/**
 * V lets a wallet pay one merchant's consoles while V is unreachable: it reserves `capMinor`
 * from the wallet's balance and signs these limits (EMV-style offline risk rules).
 */
export const offlineAllowanceBodySchema = z
  .strictObject({
    v: z.literal(1),
    allowanceId: idSchema,
    walletId: idSchema,
    walletPublicKey: publicKeySchema,
    merchantId: idSchema,
    currency: currencySchema,
    /** The cumulative offline cap: the amount V reserved. */
    capMinor: amountMinorSchema,
    /** The per-payment floor: larger payments need V online. */
    perPaymentMaxMinor: amountMinorSchema,
    /** At most this many offline payments under this allowance (the counter's ceiling). */
    maxCount: z.number().int().positive().max(100),
    issuedAt: timestampSchema,
    expiresAt: timestampSchema,
  })
  .refine((body) => body.perPaymentMaxMinor <= body.capMinor, 'the floor exceeds the cap')
  .refine((body) => body.expiresAt > body.issuedAt, 'expiresAt must follow issuedAt');
export const offlineAllowanceSchema = z.strictObject({
  body: offlineAllowanceBodySchema,
  signature: signatureSchema,
});
export type OfflineAllowance = z.infer<typeof offlineAllowanceSchema>;
export type OfflineAllowanceBody = z.infer<typeof offlineAllowanceBodySchema>;

/** The wallet's approval of one payment against its allowance, with a monotonic counter. */
export const offlineAuthorizationBodySchema = z.strictObject({
  v: z.literal(1),
  paymentId: idSchema,
  requestHash: hashSchema,
  walletId: idSchema,
  allowanceId: idSchema,
  /** 1, 2, 3 …: never reused; two payments with one counter prove the wallet cheated. */
  counter: z.number().int().positive().max(100),
  /** The wallet's running total under this allowance, this payment included. */
  cumulativeMinor: amountMinorSchema,
  issuedAt: timestampSchema,
});
export const offlineAuthorizationSchema = z.strictObject({
  body: offlineAuthorizationBodySchema,
  signature: signatureSchema,
});
export type OfflineAuthorizationBody = z.infer<typeof offlineAuthorizationBodySchema>;
export type OfflineAuthorization = z.infer<typeof offlineAuthorizationSchema>;

/** What travels inside the encrypted channel, discriminated by `type`. */
export const channelMessageSchema = z.discriminatedUnion('type', [
  // M → C: the signed request, sent as the first frame (it also confirms M's key).
  z.strictObject({ type: z.literal('request'), request: paymentRequestSchema }),
  // C → M: the person approved.
  z.strictObject({ type: z.literal('authorization'), authorization: authorizationSchema }),
  // C → M: the person declined.
  z.strictObject({ type: z.literal('cancel') }),
  // M → C: the server settled the payment.
  z.strictObject({ type: z.literal('receipt'), receipt: receiptSchema }),
  // M → C: the payment did not settle, with its reason.
  z.strictObject({ type: z.literal('declined'), paymentId: idSchema, reason: reasonCodeSchema }),
  // M → C: V is unreachable; approve against your offline allowance instead.
  z.strictObject({ type: z.literal('offline_required'), paymentId: idSchema }),
  // C → M: the allowance and the offline approval of this request.
  z.strictObject({
    type: z.literal('offline_authorization'),
    allowance: offlineAllowanceSchema,
    authorization: offlineAuthorizationSchema,
  }),
  // M → C: the console accepted the offline approval; V's receipt follows when it syncs.
  z.strictObject({ type: z.literal('offline_accepted'), paymentId: idSchema }),
]);
export type ChannelMessage = z.infer<typeof channelMessageSchema>;
