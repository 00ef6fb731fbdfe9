// payments.authorize over real HTTP against a real SQLite file: the happy path, and every
// way it must say no — each with its reason and no money moved.
import { TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { otpForStep, otpStepAt, verifyReceipt } from '../protocol/index.ts';
import { postingProblems } from '../scripts/reconcile.ts';
import { type Fixture, startFixture } from './testing/fixture.ts';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.stop();
});

const pay = (input: Parameters<Fixture['anonymous']['payments']['authorize']['mutate']>[0]) =>
  f.anonymous.payments.authorize.mutate(input);

function ledgerIsBalanced() {
  expect(postingProblems(f.server.services.sqlite)).toEqual([]);
}

describe('payments.authorize', () => {
  it('settles a payment with a receipt signed by the server', async () => {
    const wallet = await f.newWallet(10_000);
    const request = f.request(4_500);
    const outcome = await pay({ request, authorization: f.authorize(wallet, request) });
    if (outcome.status !== 'settled') throw new Error(`declined: ${outcome.reason}`);
    expect(verifyReceipt(outcome.receipt, f.enrolled.serverPublicKey)).toBe(true);
    expect(outcome.receipt.body).toMatchObject({ amountMinor: 4_500, currency: 'KRW', walletId: wallet.walletId });
    expect(f.balanceOf(wallet.walletId)).toBe(5_500);
    ledgerIsBalanced();
  });

  it('is idempotent on paymentId: a retry returns the same receipt and charges once', async () => {
    const wallet = await f.newWallet(10_000);
    const request = f.request(3_000);
    const authorization = f.authorize(wallet, request);
    const first = await pay({ request, authorization });
    const second = await pay({ request, authorization });
    expect(second).toEqual(first);
    expect(await f.anonymous.payments.status.query({ paymentId: request.body.paymentId })).toEqual(first);
    expect(f.balanceOf(wallet.walletId)).toBe(7_000);
  });

  it('answers a different payload under a used paymentId with a typed conflict', async () => {
    const wallet = await f.newWallet(10_000);
    const request = f.request(3_000);
    await pay({ request, authorization: f.authorize(wallet, request) });
    f.clock.advance(30_000);
    const other = f.authorize(wallet, request);
    const error = await pay({ request, authorization: other }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).data).toMatchObject({ code: 'CONFLICT', reason: 'idempotency_conflict' });
    expect(f.balanceOf(wallet.walletId)).toBe(7_000);
  });

  it('declines a wrong OTP with its reason and moves no money', async () => {
    const wallet = await f.newWallet(10_000);
    const request = f.request(4_500);
    const right = otpForStep(wallet.otpSecret, otpStepAt(f.clock.nowMs()));
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    const outcome = await pay({ request, authorization: f.authorize(wallet, request, { otp: wrong }) });
    expect(outcome).toMatchObject({ status: 'declined', reason: 'otp_invalid' });
    expect(f.balanceOf(wallet.walletId)).toBe(10_000);
    ledgerIsBalanced();
  });

  it('declines an amount changed after approval (console re-signed it) and moves no money', async () => {
    const wallet = await f.newWallet(10_000);
    const approved = f.request(4_500);
    const authorization = f.authorize(wallet, approved);
    const tampered = f.request(45_000, {
      paymentId: approved.body.paymentId,
      sessionId: approved.body.sessionId,
      createdAt: approved.body.createdAt,
      expiresAt: approved.body.expiresAt,
    });
    const outcome = await pay({ request: tampered, authorization });
    expect(outcome).toMatchObject({ status: 'declined', reason: 'request_mismatch' });
    expect(f.balanceOf(wallet.walletId)).toBe(10_000);
  });

  it('declines an amount changed in transit (signature broken) without recording it', async () => {
    const wallet = await f.newWallet(10_000);
    const request = f.request(4_500);
    const authorization = f.authorize(wallet, request);
    const altered = { ...request, body: { ...request.body, amountMinor: 450 } };
    expect(await pay({ request: altered, authorization })).toMatchObject({
      status: 'declined',
      reason: 'bad_device_signature',
    });
    // Nothing was recorded under that paymentId, so the genuine request still settles.
    expect(await pay({ request, authorization })).toMatchObject({ status: 'settled' });
    expect(f.balanceOf(wallet.walletId)).toBe(5_500);
  });

  it('declines a request whose certificate is not the one the server issued', async () => {
    const wallet = await f.newWallet(10_000);
    const request = f.request(4_500);
    const authorization = f.authorize(wallet, request);
    // Same body, another signature: not the stored certificate, so verified in full.
    const signature = request.certificate.signature;
    const forged = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    const altered = { ...request, certificate: { ...request.certificate, signature: forged } };
    expect(await pay({ request: altered, authorization })).toMatchObject({
      status: 'declined',
      reason: 'bad_device_signature',
    });
    expect(await pay({ request, authorization })).toMatchObject({ status: 'settled' });
  });

  it('refuses an expired request', async () => {
    const wallet = await f.newWallet(10_000);
    const request = f.request(1_000);
    f.clock.advance(121_000);
    const outcome = await pay({ request, authorization: f.authorize(wallet, request) });
    expect(outcome).toMatchObject({ status: 'declined', reason: 'request_expired' });
    expect(f.balanceOf(wallet.walletId)).toBe(10_000);
  });

  it('declines insufficient funds, and the wallet never goes below zero', async () => {
    const wallet = await f.newWallet(1_000);
    const request = f.request(1_001);
    const outcome = await pay({ request, authorization: f.authorize(wallet, request) });
    expect(outcome).toMatchObject({ status: 'declined', reason: 'insufficient_funds' });
    expect(f.balanceOf(wallet.walletId)).toBe(1_000);
  });

  it('accepts each OTP step once per wallet, but lets a customer split a bill', async () => {
    const wallet = await f.newWallet(10_000);
    const step = otpStepAt(f.clock.nowMs());
    const first = f.request(1_000);
    expect(await pay({ request: first, authorization: f.authorize(wallet, first, { step }) })).toMatchObject({ status: 'settled' });
    const replay = f.request(1_000);
    expect(await pay({ request: replay, authorization: f.authorize(wallet, replay, { step }) })).toMatchObject({
      status: 'declined',
      reason: 'otp_reused',
    });
    f.clock.advance(2_000); // throttled after the failure above: 1 s
    const split = f.request(1_000);
    expect(
      await pay({ request: split, authorization: f.authorize(wallet, split, { step: step - 1 }) }),
    ).toMatchObject({ status: 'settled' });
    expect(f.balanceOf(wallet.walletId)).toBe(8_000);
  });

  it('works for a phone clock off by 60 s and refuses one off by 90 s', async () => {
    const wallet = await f.newWallet(10_000);
    const now = f.clock.nowMs();
    const ahead = f.request(1_000);
    const stepAhead = otpStepAt(now + 60_000);
    expect(await pay({ request: ahead, authorization: f.authorize(wallet, ahead, { step: stepAhead }) })).toMatchObject({
      status: 'settled',
    });
    const far = f.request(1_000);
    expect(
      await pay({ request: far, authorization: f.authorize(wallet, far, { step: otpStepAt(now + 90_000) }) }),
    ).toMatchObject({ status: 'declined', reason: 'otp_out_of_window' });
  });

  it('does not count a wrong phone clock toward the lock', async () => {
    const wallet = await f.newWallet(10_000);
    for (let attempt = 0; attempt < 6; attempt++) {
      const skewed = f.request(100);
      const outcome = await pay({
        request: skewed,
        authorization: f.authorize(wallet, skewed, { step: otpStepAt(f.clock.nowMs() + 120_000) }),
      });
      expect(outcome).toMatchObject({ status: 'declined', reason: 'otp_out_of_window' });
    }
    const right = f.request(100);
    expect(await pay({ request: right, authorization: f.authorize(wallet, right) })).toMatchObject({ status: 'settled' });
  });

  it('throttles OTP failures and locks the wallet after five until an administrator unlocks it', async () => {
    const wallet = await f.newWallet(10_000);
    const badOtp = (request: ReturnType<Fixture['request']>) => {
      const right = otpForStep(wallet.otpSecret, otpStepAt(f.clock.nowMs()));
      return f.authorize(wallet, request, { otp: right === '000000' ? '000001' : '000000' });
    };
    const reasons: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const request = f.request(100);
      const outcome = await pay({ request, authorization: badOtp(request) });
      reasons.push(outcome.status === 'declined' ? outcome.reason : 'settled');
      const early = f.request(100);
      const throttled = await pay({ request: early, authorization: f.authorize(wallet, early) });
      if (attempt < 4) expect(throttled).toMatchObject({ status: 'declined', reason: 'otp_throttled' });
      f.clock.advance(31_000);
    }
    expect(reasons).toEqual(['otp_invalid', 'otp_invalid', 'otp_invalid', 'otp_invalid', 'wallet_locked']);
    const locked = f.request(100);
    expect(await pay({ request: locked, authorization: f.authorize(wallet, locked) })).toMatchObject({
      status: 'declined',
      reason: 'wallet_locked',
    });
    await f.admin.admin.unlockWallet.mutate({ walletId: wallet.walletId });
    const after = f.request(100);
    expect(await pay({ request: after, authorization: f.authorize(wallet, after) })).toMatchObject({ status: 'settled' });
    expect(f.balanceOf(wallet.walletId)).toBe(9_900);
  });

  it('refuses a stranger signing for a wallet without spending its OTP tries', async () => {
    const wallet = await f.newWallet(10_000);
    const stranger = await f.newWallet(0);
    const request = f.request(100);
    const forged = f.authorize({ ...stranger, walletId: wallet.walletId }, request);
    expect(await pay({ request, authorization: forged })).toMatchObject({ status: 'declined', reason: 'bad_customer_signature' });
    const next = f.request(100);
    expect(await pay({ request: next, authorization: f.authorize(wallet, next) })).toMatchObject({ status: 'settled' });
  });

  it('answers malformed input with BAD_REQUEST and field errors', async () => {
    const error = await f.anonymous.payments.authorize
      .mutate({ request: { body: { amountMinor: -1 } }, authorization: {} } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCClientError);
    const data = (error as TRPCClientError<never>).data as unknown as {
      code: string;
      fieldErrors: Record<string, unknown>;
    };
    expect(data.code).toBe('BAD_REQUEST');
    expect(Object.keys(data.fieldErrors)).toContain('request');
  });

  it('refuses administrator calls without the administrator token', async () => {
    const error = await f.anonymous.admin.createMerchant
      .mutate({ name: 'X', category: 'cafe', currency: 'KRW' })
      .catch((caught: unknown) => caught);
    expect((error as TRPCClientError<never>).data).toMatchObject({ code: 'FORBIDDEN' });
  });
});
