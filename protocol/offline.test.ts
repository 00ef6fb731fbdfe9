// Offline payments through both state machines, and every rule the console applies alone.
import { describe, expect, it } from 'vitest';
import { pairSessions, testCharge, testParties, TEST_NOW_MS, type TestParties } from './fixtures.ts';
import {
  type AllowanceUse,
  checkOfflinePayment,
  DOMAIN_TAGS,
  type OfflineAllowance,
  type OfflineAllowanceBody,
  signBody,
} from './index.ts';

function allowanceFor(parties: TestParties, overrides: Partial<OfflineAllowanceBody> = {}): OfflineAllowance {
  const body = {
    v: 1 as const,
    allowanceId: 'AQIDBAUGBwgJCgsMDQ4PEA',
    walletId: parties.wallet.walletId,
    walletPublicKey: parties.walletPublicKey,
    merchantId: parties.identity.certificate.body.merchantId,
    currency: 'KRW' as const,
    capMinor: 20_000,
    perPaymentMaxMinor: 10_000,
    maxCount: 3,
    issuedAt: TEST_NOW_MS - 60_000,
    expiresAt: TEST_NOW_MS + 86_400_000,
    ...overrides,
  };
  return { body, signature: signBody(DOMAIN_TAGS.offlineAllowance, body, parties.server.secretKey) };
}

/** Runs request → online approval → offline_required → offline approval; returns the check. */
function payOffline(
  parties: TestParties,
  options: { seed: number; amountMinor: number; counter: number; cumulativeMinor: number; previous: AllowanceUse | null; allowance?: OfflineAllowance },
) {
  const { merchant, customer, requestFrame } = pairSessions({
    parties,
    seed: options.seed,
    charge: testCharge({ paymentId: `AAECAwQFBgcICQoLDA0O${'ABCDEFGHIJ'[options.seed % 10]}w`, amountMinor: options.amountMinor }),
  });
  expect(customer.onFrame(requestFrame, TEST_NOW_MS).kind).toBe('review');
  const { frame } = customer.approve({ wallet: parties.wallet, nowMs: TEST_NOW_MS, usedOtpSteps: new Set() });
  expect(merchant.onFrame(frame, TEST_NOW_MS).kind).toBe('authorize');
  const ask = merchant.requireOffline();
  expect(merchant.state).toBe('awaiting_offline');
  expect(customer.onFrame(ask, TEST_NOW_MS)).toEqual({ kind: 'offline_required' });
  const allowance = options.allowance ?? allowanceFor(parties);
  const offlineFrame = customer.approveOffline({
    allowance,
    walletId: parties.wallet.walletId,
    signingSecretKey: parties.wallet.signingSecretKey,
    counter: options.counter,
    cumulativeMinor: options.cumulativeMinor,
    nowMs: TEST_NOW_MS,
  });
  const step = merchant.onFrame(offlineFrame, TEST_NOW_MS);
  if (step.kind !== 'offline') throw new Error(`expected offline, got ${step.kind}`);
  const check = checkOfflinePayment({
    request: merchant.request,
    allowance: step.allowance,
    authorization: step.authorization,
    serverPublicKey: parties.serverPublicKey,
    nowMs: TEST_NOW_MS,
    previous: options.previous,
  });
  return { merchant, customer, check };
}

describe('offline payments', () => {
  it('accepts an approval within the allowance and tells the phone', () => {
    const parties = testParties();
    const { merchant, customer, check } = payOffline(parties, { seed: 1, amountMinor: 4_500, counter: 1, cumulativeMinor: 4_500, previous: null });
    expect(check).toEqual({ ok: true, next: { lastCounter: 1, spentMinor: 4_500 } });
    const accepted = merchant.acceptOffline();
    expect(merchant.state).toBe('offline_accepted');
    expect(customer.onFrame(accepted, TEST_NOW_MS)).toEqual({ kind: 'offline_accepted' });
    expect(customer.outcomeUnknown).toBe(true);
  });

  it('refuses a replayed or stale counter', () => {
    const parties = testParties();
    const { check } = payOffline(parties, { seed: 2, amountMinor: 1_000, counter: 1, cumulativeMinor: 5_500, previous: { lastCounter: 1, spentMinor: 4_500 } });
    expect(check).toMatchObject({ ok: false, reason: 'offline_limit_reached' });
  });

  it('refuses more payments than maxCount', () => {
    const parties = testParties();
    const { check } = payOffline(parties, { seed: 3, amountMinor: 1_000, counter: 4, cumulativeMinor: 4_000, previous: { lastCounter: 3, spentMinor: 3_000 } });
    expect(check).toMatchObject({ ok: false, reason: 'offline_limit_reached' });
  });

  it('refuses an amount above the per-payment floor', () => {
    const parties = testParties();
    const { check } = payOffline(parties, { seed: 4, amountMinor: 10_001, counter: 1, cumulativeMinor: 10_001, previous: null });
    expect(check).toMatchObject({ ok: false, reason: 'limit_exceeded' });
  });

  it('refuses a running total above the cap or below what this console saw', () => {
    const parties = testParties();
    const over = payOffline(parties, { seed: 5, amountMinor: 9_000, counter: 3, cumulativeMinor: 21_000, previous: { lastCounter: 2, spentMinor: 12_000 } });
    expect(over.check).toMatchObject({ ok: false, reason: 'insufficient_funds' });
    const under = payOffline(parties, { seed: 6, amountMinor: 1_000, counter: 2, cumulativeMinor: 1_000, previous: { lastCounter: 1, spentMinor: 4_500 } });
    expect(under.check).toMatchObject({ ok: false, reason: 'insufficient_funds' });
  });

  it('refuses a forged, expired or foreign allowance', () => {
    const parties = testParties();
    const stranger = testParties(99);
    const forged = allowanceFor(parties);
    const forgedSigned = { ...forged, signature: signBody(DOMAIN_TAGS.offlineAllowance, forged.body, stranger.server.secretKey) };
    expect(payOffline(parties, { seed: 7, amountMinor: 100, counter: 1, cumulativeMinor: 100, previous: null, allowance: forgedSigned }).check)
      .toMatchObject({ ok: false, reason: 'offline_allowance_invalid' });
    const expired = allowanceFor(parties, { expiresAt: TEST_NOW_MS - 1, issuedAt: TEST_NOW_MS - 10 });
    expect(payOffline(parties, { seed: 8, amountMinor: 100, counter: 1, cumulativeMinor: 100, previous: null, allowance: expired }).check)
      .toMatchObject({ ok: false, reason: 'offline_allowance_invalid' });
    const foreign = allowanceFor(parties, { merchantId: 'BBBBBBBBBBBBBBBBBBBBBA' });
    expect(payOffline(parties, { seed: 9, amountMinor: 100, counter: 1, cumulativeMinor: 100, previous: null, allowance: foreign }).check)
      .toMatchObject({ ok: false, reason: 'offline_allowance_invalid' });
  });
});
