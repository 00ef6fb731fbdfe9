// Money arithmetic: integer minor units only. The fee and refund formulas below are the
// ones docs/ledger.md writes down; every division rounds once, half up, in BigInt, so no
// fraction of a minor unit ever exists and no float ever touches an amount.
import { z } from 'zod';
import { MAX_AMOUNT_MINOR } from '../../protocol/index.ts';

/** A positive whole amount in minor units, small enough that every sum stays exact. */
export const amountMinorInput = z.number().int().positive().max(MAX_AMOUNT_MINOR);
/** Zero or more minor units (a fee's fixed part, minimum or cap). */
export const nonNegativeMinorInput = z.number().int().nonnegative().max(MAX_AMOUNT_MINOR);

/** One ten-thousandth: fee rates are whole basis points (250 bp = 2.5 %). */
export const BASIS_POINTS_PER_WHOLE = 10_000;

/** numerator / denominator rounded half up, for numerator >= 0 and denominator > 0. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('divideRoundHalfUp: out of range');
  return (2n * numerator + denominator) / (2n * denominator);
}

function toSafeNumber(value: bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`not a safe integer: ${value}`);
  return number;
}

export interface FeeRule {
  readonly basisPoints: number;
  readonly fixedMinor: number;
  readonly minimumMinor: number;
  /** Null: no cap. */
  readonly capMinor: number | null;
}

/**
 * The information-usage fee of one payment:
 *   fee = min(amount, clamp(round_half_up(amount × bp / 10 000) + fixed, minimum, cap))
 * The last min keeps the merchant's share from going negative on tiny payments.
 */
export function feeMinorFor(amountMinor: number, rule: FeeRule): number {
  const percentMinor = divideRoundHalfUp(
    BigInt(amountMinor) * BigInt(rule.basisPoints),
    BigInt(BASIS_POINTS_PER_WHOLE),
  );
  let fee = toSafeNumber(percentMinor) + rule.fixedMinor;
  fee = Math.max(fee, rule.minimumMinor);
  if (rule.capMinor !== null) fee = Math.min(fee, rule.capMinor);
  return Math.min(fee, amountMinor);
}

/**
 * The fee returned with a refund. The fee refunded so far is always
 *   round_half_up(fee × refunded_so_far / amount)
 * and each refund returns the step from the previous value: partial refunds never drift,
 * and refunding the whole amount returns exactly the whole fee.
 */
export function feeRefundMinorFor(input: {
  amountMinor: number;
  feeMinor: number;
  refundedBeforeMinor: number;
  feeRefundedBeforeMinor: number;
  refundMinor: number;
}): number {
  const refundedAfter = input.refundedBeforeMinor + input.refundMinor;
  const feeRefundedAfter = toSafeNumber(
    divideRoundHalfUp(BigInt(input.feeMinor) * BigInt(refundedAfter), BigInt(input.amountMinor)),
  );
  return feeRefundedAfter - input.feeRefundedBeforeMinor;
}
