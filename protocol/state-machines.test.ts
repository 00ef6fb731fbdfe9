// The transitions of docs/protocol.md ("State machines") that are not the happy path:
// final states never change, a frame cannot undo a payment the server may have settled,
// timeouts end open sessions, and a receipt must be this payment's.
import { describe, expect, it } from 'vitest';
import { toBase64Url } from './bytes.ts';
import type { Frame } from './channel.ts';
import { CUSTOMER_CLOCK_SKEW_MS } from './customer.ts';
import { pairSessions, testParties, TEST_NOW_MS } from './fixtures.ts';
import type { Authorization, Receipt } from './messages.ts';
import { authorizationHash, signReceipt } from './signing.ts';

const parties = testParties(11);
const now = TEST_NOW_MS;

function approved(seed = 1) {
  const sessions = pairSessions({ parties, seed });
  expect(sessions.customer.onFrame(sessions.requestFrame, now).kind).toBe('review');
  const approval = sessions.customer.approve({
    wallet: parties.wallet,
    nowMs: now,
    usedOtpSteps: new Set(),
  });
  const step = sessions.merchant.onFrame(approval.frame, now);
  if (step.kind !== 'authorize') throw new Error(`expected authorize, got ${step.kind}`);
  return { ...sessions, authorizationFrame: approval.frame, authorization: step.authorization };
}

function receiptFor(
  merchant: ReturnType<typeof approved>['merchant'],
  authorization: Authorization,
  overrides: Partial<Receipt['body']> = {},
): Receipt {
  const body = merchant.request.body;
  return signReceipt(
    {
      v: 1,
      paymentId: body.paymentId,
      requestHash: merchant.requestHash,
      authorizationHash: authorizationHash(authorization),
      merchantId: body.merchantId,
      walletId: parties.wallet.walletId,
      amountMinor: body.amountMinor,
      currency: body.currency,
      status: 'settled',
      transactionId: toBase64Url(new Uint8Array(16).fill(1)),
      settledAt: now + 1,
      ...overrides,
    },
    parties.server.secretKey,
  );
}

const junk: Frame = { sid: 'AAAAAAAAAAAAAAAAAAAAAA', seq: 0, box: 'AAAA' };

describe('merchant state machine', () => {
  it('a frame while authorizing neither fails nor expires the payment', () => {
    const { merchant, authorization, authorizationFrame } = approved();
    expect(merchant.onFrame(authorizationFrame, now).kind).toBe('ignored');
    expect(merchant.onFrame(junk, now + 10 * 60_000).kind).toBe('ignored');
    expect(merchant.state).toBe('authorizing');
    // The channel is closed, so the receipt cannot travel; the payment still settles.
    expect(merchant.settle(receiptFor(merchant, authorization))).toBeNull();
    expect(merchant.state).toBe('settled');
  });

  it('settles only with a receipt for this payment, and final states never change', () => {
    const { merchant, customer, authorization } = approved();
    const wrong = receiptFor(merchant, authorization, { amountMinor: 1 });
    expect(() => merchant.settle(wrong)).toThrow(RangeError);
    expect(merchant.state).toBe('authorizing');
    const frame = merchant.settle(receiptFor(merchant, authorization));
    expect(frame).not.toBeNull();
    expect(customer.onFrame(frame, now).kind).toBe('settled');
    expect(merchant.onFrame(junk, now).kind).toBe('ignored');
    expect(merchant.decline('insufficient_funds')).toBeNull();
    expect(merchant.expire(now + 10 * 60_000)).toBe(false);
    expect(merchant.state).toBe('settled');
  });

  it('ignores a frame before any phone paired, and expires at expiresAt', () => {
    const { merchant } = pairSessions({ parties, seed: 2 });
    expect(merchant.state).toBe('awaiting_approval');
    const lonely = pairSessions({ parties, seed: 3 }).merchant;
    // A fresh session that has not seen a hello: build one by opening again.
    expect(lonely.onFrame(junk, now).kind).not.toBe('authorize');
    expect(merchant.expire(merchant.request.body.expiresAt - 1)).toBe(false);
    expect(merchant.expire(merchant.request.body.expiresAt)).toBe(true);
    expect(merchant.state).toBe('expired');
    expect(merchant.reason).toBe('session_expired');
  });

  it('a customer cancel ends declined with customer_cancelled', () => {
    const { merchant, customer, requestFrame } = pairSessions({ parties, seed: 4 });
    customer.onFrame(requestFrame, now);
    expect(merchant.onFrame(customer.cancel(), now)).toEqual({ kind: 'cancelled' });
    expect([merchant.state, merchant.reason]).toEqual(['declined', 'customer_cancelled']);
  });
});

describe('customer state machine', () => {
  it('accepts a decline while the person is still reviewing (cashier cancelled)', () => {
    const { merchant, customer, requestFrame } = pairSessions({ parties, seed: 5 });
    customer.onFrame(requestFrame, now);
    const frame = merchant.decline('merchant_cancelled');
    expect(customer.onFrame(frame, now)).toEqual({ kind: 'declined', reason: 'merchant_cancelled' });
    expect(customer.state).toBe('declined');
    expect(customer.outcomeUnknown).toBe(false);
  });

  it('expires before approval, with clock-skew tolerance, and refuses to approve late', () => {
    const { customer, requestFrame, merchant } = pairSessions({ parties, seed: 6 });
    customer.onFrame(requestFrame, now);
    const expiresAt = merchant.request.body.expiresAt;
    expect(customer.expire(expiresAt + CUSTOMER_CLOCK_SKEW_MS)).toBe(false);
    const late = { wallet: parties.wallet, nowMs: expiresAt + CUSTOMER_CLOCK_SKEW_MS + 1 };
    expect(() => customer.approve({ ...late, usedOtpSteps: new Set() })).toThrow(RangeError);
    expect([customer.state, customer.reason]).toEqual(['expired', 'session_expired']);
  });

  it('after approval a broken channel means "outcome unknown", not "not paid"', () => {
    const { customer, merchant, authorization } = approved(7);
    expect(customer.state).toBe('awaiting_receipt');
    expect(customer.expire(now + 60 * 60_000)).toBe(false);
    expect(customer.onFrame(junk, now).kind).toBe('failed');
    expect(customer.state).toBe('failed');
    expect(customer.outcomeUnknown).toBe(true);
    expect(merchant.settle(receiptFor(merchant, authorization))).not.toBeNull();
  });

  it('refuses a genuine receipt made out to another wallet', () => {
    const { customer, merchant, authorization } = approved(8);
    const other = receiptFor(merchant, authorization, { walletId: 'AAAAAAAAAAAAAAAAAAAAAA' });
    // The console's own check would refuse this too; send it through a fresh seal.
    const frame = merchant.settle(receiptFor(merchant, authorization));
    expect(frame).not.toBeNull();
    expect(other.body.walletId).not.toBe(parties.wallet.walletId);
    expect(customer.onFrame(frame, now).kind).toBe('settled');
    expect(customer.onFrame(frame, now).kind).toBe('ignored');
    expect(customer.state).toBe('settled');
  });
});
