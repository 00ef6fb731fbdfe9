// Business rejections carry a machine-readable reason next to tRPC's HTTP-ish code.
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/unstable-core-do-not-import';

/** Why a mutation was refused, in words a program can compare. */
export const REJECTION_REASONS = [
  // The idempotency key was used before with a different payload.
  'idempotency_conflict',
  // The referenced record does not exist.
  'not_found',
  // The caller's credentials are missing or do not verify.
  'unauthenticated',
  // The caller is authenticated but its role may not do this.
  'forbidden',
  // The enrollment code is unknown, used or expired.
  'enrollment_code_invalid',
  // A public key is already enrolled.
  'key_already_enrolled',
  // A device-signed call is too old or from the future.
  'stale_signature',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export class Rejection extends Error {
  override name = 'Rejection';
  constructor(readonly reason: RejectionReason, message: string) {
    super(message);
  }
}

const CODE_OF: Record<RejectionReason, TRPC_ERROR_CODE_KEY> = {
  idempotency_conflict: 'CONFLICT',
  not_found: 'NOT_FOUND',
  unauthenticated: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  enrollment_code_invalid: 'BAD_REQUEST',
  key_already_enrolled: 'CONFLICT',
  stale_signature: 'UNAUTHORIZED',
};

export function reject(reason: RejectionReason, message: string): TRPCError {
  return new TRPCError({ code: CODE_OF[reason], message, cause: new Rejection(reason, message) });
}
