// Business rejections carry a machine-readable reason next to tRPC's HTTP-ish code.
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/unstable-core-do-not-import';

/** Why a call was refused, in words a program can compare. */
export const REJECTION_REASONS = [
  // The idempotency key was used before with a different payload.
  'idempotency_conflict',
  // The referenced record does not exist (or is not visible to the caller's role).
  'not_found',
  // The caller's credentials are missing or do not verify.
  'unauthenticated',
  // The caller is authenticated but its role may not do this.
  'forbidden',
  // The session token is unknown, logged out or expired: log in again.
  'session_invalid',
  // The username or password is wrong (never says which).
  'login_failed',
  // Too many wrong passwords in a row; wait before the next try.
  'login_throttled',
  // The enrollment code is unknown, used or expired.
  'enrollment_code_invalid',
  // A public key (or an administrator's username) is already enrolled.
  'key_already_enrolled',
  // A device-signed call is too old or from the future.
  'stale_signature',
  // A device-signed call's nonce was seen before: a replay. Retries must be signed anew.
  'replayed_call',
  // The console device was revoked by an administrator.
  'device_revoked',
  // Only a settled payment can be voided or refunded; this one was declined.
  'payment_not_settled',
  // The payment was voided; nothing is left to void or refund.
  'payment_voided',
  // A statement already includes the payment: refund it instead of voiding.
  'payment_in_statement',
  // A partly refunded payment cannot be voided; refund the rest instead.
  'payment_refunded',
  // The refund is more than what is left of the payment.
  'refund_exceeds_remaining',
  // The wallet's balance cannot cover the amount.
  'insufficient_funds',
  // The currency does not match the merchant's, wallet's or payment's.
  'currency_mismatch',
  // The amount is above the per-call limit.
  'limit_exceeded',
  // The fee schedule is not valid (starts in the past, minimum above cap ...).
  'fee_schedule_invalid',
  // The gift-certificate code is unknown.
  'gift_certificate_invalid',
  // The gift-certificate code was already redeemed into another wallet.
  'gift_certificate_redeemed',
  // The business day has not ended yet, so it cannot be settled.
  'day_not_over',
  // Statements close and are approved in order: an earlier one comes first.
  'statement_out_of_order',
  // The administrator's username is taken.
  'username_taken',
  // Catalog: another live item of the same catalog already has this quick key.
  'quick_key_taken',
  // Catalog: an item's price is zero, negative or above the catalog's maximum.
  'price_out_of_range',
  // Catalog: the category or item belongs to another catalog (everyday vs an event).
  'catalog_mismatch',
  // Catalog: the event is closed; its catalog no longer changes and it sells no more.
  'event_closed',
  // Catalog: an event must end on or after the day it starts.
  'event_dates_invalid',
  // Invoices: the move is not on the invoice's status graph (send a draft only; void only
  // what has no payment; a paid or void invoice is final).
  'invoice_transition_refused',
  // Invoices: the console's signed pay request does not fit the invoice (amount is not the
  // remaining amount, wrong reference, device or merchant, or an expiry out of range).
  'invoice_request_invalid',
  // Invoices: the student is archived, or belongs to another merchant.
  'student_unavailable',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export class Rejection extends Error {
  override name = 'Rejection';
  constructor(
    readonly reason: RejectionReason,
    message: string,
  ) {
    super(message);
  }
}

const CODE_OF: Record<RejectionReason, TRPC_ERROR_CODE_KEY> = {
  idempotency_conflict: 'CONFLICT',
  not_found: 'NOT_FOUND',
  unauthenticated: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  session_invalid: 'UNAUTHORIZED',
  login_failed: 'UNAUTHORIZED',
  login_throttled: 'TOO_MANY_REQUESTS',
  enrollment_code_invalid: 'BAD_REQUEST',
  key_already_enrolled: 'CONFLICT',
  stale_signature: 'UNAUTHORIZED',
  replayed_call: 'UNAUTHORIZED',
  device_revoked: 'FORBIDDEN',
  payment_not_settled: 'PRECONDITION_FAILED',
  payment_voided: 'PRECONDITION_FAILED',
  payment_in_statement: 'PRECONDITION_FAILED',
  payment_refunded: 'PRECONDITION_FAILED',
  refund_exceeds_remaining: 'PRECONDITION_FAILED',
  insufficient_funds: 'PRECONDITION_FAILED',
  currency_mismatch: 'BAD_REQUEST',
  limit_exceeded: 'BAD_REQUEST',
  fee_schedule_invalid: 'BAD_REQUEST',
  gift_certificate_invalid: 'NOT_FOUND',
  gift_certificate_redeemed: 'CONFLICT',
  day_not_over: 'PRECONDITION_FAILED',
  statement_out_of_order: 'PRECONDITION_FAILED',
  username_taken: 'CONFLICT',
  quick_key_taken: 'CONFLICT',
  price_out_of_range: 'BAD_REQUEST',
  catalog_mismatch: 'BAD_REQUEST',
  event_closed: 'PRECONDITION_FAILED',
  event_dates_invalid: 'BAD_REQUEST',
  invoice_transition_refused: 'PRECONDITION_FAILED',
  invoice_request_invalid: 'BAD_REQUEST',
  student_unavailable: 'PRECONDITION_FAILED',
};

export function reject(reason: RejectionReason, message: string): TRPCError {
  return new TRPCError({ code: CODE_OF[reason], message, cause: new Rejection(reason, message) });
}

/** The reason of an error thrown by `reject`, for in-process callers and tests. */
export function reasonOf(error: unknown): RejectionReason | null {
  if (error instanceof TRPCError && error.cause instanceof Rejection) return error.cause.reason;
  return null;
}
