// The transitions of docs/protocol.md ("State machines") that are not the happy path:
// final states never change, a frame cannot undo a payment the server may have settled,
// timeouts end open sessions, and a receipt must be this payment's.
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './bytes.ts';
import { deriveChannelSecrets, type Frame, SecureChannel } from './channel.ts';
import { x25519KeyPair } from './crypto.ts';
import { CUSTOMER_CLOCK_SKEW_MS } from './customer.ts';
import { pairSessions, seededRandom, testCharge, testParties, TEST_NOW_MS } from './fixtures.ts';
import { MerchantSession } from './merchant.ts';
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
    const merchant = MerchantSession.open({
      charge: testCharge(),
      identity: parties.identity,
      hubUrl: 'http://127.0.0.1:4201',
      nowMs: now,
      random: seededRandom(2),
    });
    expect(merchant.onFrame(junk, now).kind).toBe('ignored');
    expect(merchant.state).toBe('awaiting_customer');
    expect(merchant.expire(merchant.request.body.expiresAt - 1)).toBe(false);
    expect(merchant.expire(merchant.request.body.expiresAt)).toBe(true);
    expect([merchant.state, merchant.reason]).toEqual(['expired', 'session_expired']);
    expect(merchant.onHello({}, now).kind).toBe('failed');
    expect(merchant.state).toBe('expired');
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
    expect(customer.onFrame(frame, now)).toEqual({
      kind: 'declined',
      reason: 'merchant_cancelled',
    });
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

  it('refuses a genuine receipt made out to another wallet, and ignores frames once final', () => {
    const { customer, merchant, authorization } = approved(8);
    const other = receiptFor(merchant, authorization, { walletId: 'AAAAAAAAAAAAAAAAAAAAAA' });
    expect(() => merchant.settle(other)).toThrow(RangeError);
    // A console that skipped that check: seal the receipt on the same keys, at m2c seq 1.
    const forged = merchantChannel(8, customer.hello.key);
    forged.seal({ type: 'request', request: merchant.request });
    const frame = forged.seal({ type: 'receipt', receipt: other });
    expect(customer.onFrame(frame, now)).toMatchObject({ kind: 'failed', reason: 'bad_receipt' });
    expect(customer.onFrame(frame, now).kind).toBe('ignored');
    expect(customer.state).toBe('failed');
  });
});

/** The merchant side of pairSessions(seed)'s channel, rebuilt from the same seeded key. */
function merchantChannel(seed: number, customerKey: string): SecureChannel {
  const random = seededRandom(seed, 'HSPOS test merchant');
  const ephemeral = x25519KeyPair(random);
  const sessionId = toBase64Url(random(16));
  const secrets = deriveChannelSecrets({
    sessionId,
    ownSecretKey: ephemeral.secretKey,
    merchantKey: ephemeral.publicKey,
    customerKey: fromBase64Url(customerKey),
    role: 'merchant',
  });
  return new SecureChannel(sessionId, secrets, 'merchant');
}
