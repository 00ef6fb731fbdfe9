import { describe, expect, it } from 'vitest';
import type { PaymentRow } from '../../../core/types.ts';
import { refundableMinor, salesSummary } from './sales-summary.ts';

function row(change: Partial<PaymentRow>): PaymentRow {
  return {
    paymentId: 'p',
    amountMinor: 1_000,
    currency: 'KRW',
    state: 'settled',
    reason: null,
    reasonText: null,
    reference: '',
    createdAt: 0,
    settledAt: 0,
    refundedMinor: 0,
    voidedAt: null,
    ...change,
  };
}

describe('salesSummary', () => {
  it('counts settled payments; refunds and voids come off the gross', () => {
    const rows = [
      row({ amountMinor: 4_500 }),
      row({ amountMinor: 12_000, refundedMinor: 5_000 }),
      row({ amountMinor: 3_000, voidedAt: 10 }),
      row({ amountMinor: 9_999, state: 'declined' }),
      row({ amountMinor: 7_000, state: 'offline_pending' }),
      row({ amountMinor: 100, currency: 'USD' }),
    ];
    expect(salesSummary(rows, 'KRW')).toEqual({
      count: 3,
      grossMinor: 19_500,
      refundsMinor: 8_000,
      netMinor: 11_500,
    });
  });

  it('is all zero on a day without sales', () => {
    expect(salesSummary([], 'KRW')).toEqual({ count: 0, grossMinor: 0, refundsMinor: 0, netMinor: 0 });
  });
});

describe('refundableMinor', () => {
  it('is what is left of a settled payment, and nothing of a voided or unpaid one', () => {
    expect(refundableMinor(row({ amountMinor: 8_000, refundedMinor: 3_000 }))).toBe(5_000);
    expect(refundableMinor(row({ voidedAt: 1 }))).toBe(0);
    expect(refundableMinor(row({ state: 'authorizing' }))).toBe(0);
  });
});
