import { describe, expect, it } from 'vitest';
import {
  FINAL_MERCHANT_STATES,
  type MerchantState,
  REASON_CODES,
} from '../../../../protocol/index.ts';
import type { ConsolePaymentState } from '../../../core/types.ts';
import {
  isFinalState,
  outcomeOf,
  paymentLabel,
  rowReason,
  serverWaitOf,
} from './charge-state.ts';

const MERCHANT_STATES: readonly MerchantState[] = [
  'awaiting_customer',
  'awaiting_approval',
  'authorizing',
  'awaiting_offline',
  'offline_accepted',
  'settled',
  'declined',
  'expired',
  'failed',
];
const ALL_STATES: readonly ConsolePaymentState[] = [...MERCHANT_STATES, 'offline_pending'];

describe('charge state', () => {
  it('agrees with the protocol on which states are final', () => {
    for (const state of MERCHANT_STATES) {
      expect(isFinalState(state), state).toBe(FINAL_MERCHANT_STATES.has(state));
    }
  });

  it('calls only settled paid, and the offline approvals paid offline', () => {
    expect(ALL_STATES.filter((state) => outcomeOf(state) === 'paid')).toEqual(['settled']);
    expect(ALL_STATES.filter((state) => outcomeOf(state) === 'paid-offline')).toEqual([
      'offline_accepted',
      'offline_pending',
    ]);
  });

  it('ends the cashier’s part of a charge approved offline', () => {
    expect(isFinalState('offline_pending')).toBe(true);
    expect(isFinalState('authorizing')).toBe(false);
  });

  it('labels a cashier cancel apart from a customer decline', () => {
    expect(paymentLabel('declined', 'merchant_cancelled')).toBe('Cancelled');
    expect(paymentLabel('declined', 'customer_cancelled')).toBe('Declined');
    expect(paymentLabel('settled', null)).toBe('Paid');
  });

  it('labels an offline payment as syncing, and an approval held for the server as waiting', () => {
    expect(paymentLabel('offline_pending', null)).toBe('Offline, syncing');
    expect(paymentLabel('authorizing', 'server_unreachable')).toBe('Waiting for server');
    expect(paymentLabel('authorizing', null)).toBe('Confirming');
  });
});

describe('rowReason', () => {
  it('names an approval held while offline as waiting for an unreachable server', () => {
    expect(rowReason('authorizing', null, false)).toBe('server_unreachable');
    expect(rowReason('authorizing', null, true)).toBeNull();
    expect(rowReason('authorizing', 'offline_limit_reached', false)).toBe('offline_limit_reached');
    expect(rowReason('settled', null, false)).toBeNull();
  });
});

describe('serverWaitOf', () => {
  it('says the server is unreachable while an approval waits in the outbox', () => {
    expect(serverWaitOf('authorizing', 'server_unreachable')).toEqual({ kind: 'unreachable' });
  });

  it.each([
    'offline_allowance_invalid',
    'offline_limit_reached',
    'limit_exceeded',
    'insufficient_funds',
  ] as const)('explains a refused offline approval (%s) without declining', (reason) => {
    expect(serverWaitOf('authorizing', reason)).toEqual({ kind: 'offline-refused', reason });
  });

  it('is nothing outside authorizing, and nothing for other reasons', () => {
    expect(serverWaitOf('authorizing', null)).toEqual({ kind: 'none' });
    expect(serverWaitOf('declined', 'insufficient_funds')).toEqual({ kind: 'none' });
    expect(serverWaitOf('awaiting_approval', 'server_unreachable')).toEqual({ kind: 'none' });
    const others = REASON_CODES.filter(
      (reason) => serverWaitOf('authorizing', reason).kind === 'none',
    );
    expect(others).not.toContain('server_unreachable');
    expect(others).toContain('customer_cancelled');
  });
});
