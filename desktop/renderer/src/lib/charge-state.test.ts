import { describe, expect, it } from 'vitest';
import { FINAL_MERCHANT_STATES, type MerchantState } from '../../../../protocol/index.ts';
import { isFinalState, outcomeOf, paymentLabel } from './charge-state.ts';

const ALL_STATES: readonly MerchantState[] = [
  'awaiting_customer',
  'awaiting_approval',
  'authorizing',
  'settled',
  'declined',
  'expired',
  'failed',
];

describe('charge state', () => {
  it('agrees with the protocol on which states are final', () => {
    for (const state of ALL_STATES) {
      expect(isFinalState(state), state).toBe(FINAL_MERCHANT_STATES.has(state));
    }
  });

  it('calls only settled paid', () => {
    expect(ALL_STATES.filter((state) => outcomeOf(state) === 'paid')).toEqual(['settled']);
  });

  it('labels a cashier cancel apart from a customer decline', () => {
    expect(paymentLabel('declined', 'merchant_cancelled')).toBe('Cancelled');
    expect(paymentLabel('declined', 'customer_cancelled')).toBe('Declined');
    expect(paymentLabel('settled', null)).toBe('Paid');
  });
});
