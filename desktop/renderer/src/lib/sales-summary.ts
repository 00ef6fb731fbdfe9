// Today's sales in four numbers, from the payments list: what the server confirmed (settled),
// what went back (refunds and voids, as the server reported them), and the rest. Integer
// minor units, so the sums are exact.
import type { Currency } from '../../../../protocol/constants.ts';
import type { PaymentRow } from '../../../core/types.ts';

export interface SalesSummary {
  /** Settled payments, voided ones included (a void is counted under refunds). */
  readonly count: number;
  readonly grossMinor: number;
  /** Refunded amounts plus whole voided payments. */
  readonly refundsMinor: number;
  readonly netMinor: number;
}

export function salesSummary(rows: readonly PaymentRow[], currency: Currency): SalesSummary {
  const settled = rows.filter((row) => row.state === 'settled' && row.currency === currency);
  const grossMinor = settled.reduce((total, row) => total + row.amountMinor, 0);
  const refundsMinor = settled.reduce(
    (total, row) => total + (row.voidedAt !== null ? row.amountMinor : row.refundedMinor),
    0,
  );
  return { count: settled.length, grossMinor, refundsMinor, netMinor: grossMinor - refundsMinor };
}

/** What is left to refund on a row; 0 when voided or not settled. */
export function refundableMinor(row: PaymentRow): number {
  if (row.state !== 'settled' || row.voidedAt !== null) return 0;
  return Math.max(0, row.amountMinor - row.refundedMinor);
}
