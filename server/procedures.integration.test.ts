// Every procedure against bad input over real HTTP: wrong types; negative, huge or
// fractional amounts; unknown ids. Each gets a typed error (and a reason where the domain
// refused it), and none of them changes the database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from './testing/fixture.ts';
import {
  BAD_REQUEST,
  type Expected,
  key,
  refused as refusedOn,
  settledPayment as settledOn,
} from './testing/refused.ts';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.stop();
});

const refused = (call: () => Promise<unknown>, expected: Expected) => refusedOn(f, call, expected);
const settledPayment = (amountMinor?: number) => settledOn(f, amountMinor);

describe('money procedures refuse bad amounts and unknown ids', () => {
  it('refund: wrong types, bad amounts, unknown ids, more than is left', async () => {
    const { paymentId } = await settledPayment();
    const refund = (amountMinor: unknown, id = paymentId) =>
      f.admin.payments.refund.mutate({ refundId: key(), paymentId: id, amountMinor } as never);
    for (const amount of ['100', 0, -1, 1.5, 1e13, Number.NaN, null])
      await refused(() => refund(amount), BAD_REQUEST);
    await refused(() => refund(100, 'not-an-id'), BAD_REQUEST);
    await refused(() => refund(100, key()), { code: 'NOT_FOUND', reason: 'not_found' });
    await refused(() => refund(10_001), {
      code: 'PRECONDITION_FAILED',
      reason: 'refund_exceeds_remaining',
    });
  });

  it('refund and void are idempotent: same key and payload, same answer', async () => {
    const { paymentId } = await settledPayment();
    const input = { refundId: key(), paymentId, amountMinor: 2_500 };
    const first = await f.admin.payments.refund.mutate(input);
    expect(await f.admin.payments.refund.mutate(input)).toEqual(first);
    await refused(() => f.admin.payments.refund.mutate({ ...input, amountMinor: 2_501 }), {
      code: 'CONFLICT',
      reason: 'idempotency_conflict',
    });
    await refused(() => f.admin.payments.void.mutate({ paymentId }), {
      code: 'PRECONDITION_FAILED',
      reason: 'payment_refunded',
    });
  });

  it('admin top-up, gift certificates and fee schedules refuse bad input', async () => {
    const wallet = await f.newWallet(0);
    const topUp = (amountMinor: unknown, walletId = wallet.walletId) =>
      f.admin.admin.topUp.mutate({
        topUpId: key(),
        walletId,
        amountMinor,
        currency: 'KRW',
      } as never);
    for (const amount of [-5, 0, 2.5, 1e9, '5']) await refused(() => topUp(amount), BAD_REQUEST);
    await refused(() => topUp(1_000, key()), { code: 'NOT_FOUND', reason: 'not_found' });
    const issue = (count: unknown, valueMinor: unknown) =>
      f.admin.giftCertificates.issueBatch.mutate({
        batchId: key(),
        label: 'x',
        count,
        valueMinor,
        currency: 'KRW',
      } as never);
    for (const [count, value] of [
      [0, 100],
      [1_001, 100],
      [1, -1],
      [1, 0.5],
      [2.5, 100],
    ]) {
      await refused(() => issue(count, value), BAD_REQUEST);
    }
    await refused(() => issue(1_000, 1e12), { code: 'BAD_REQUEST', reason: 'limit_exceeded' });
    await refused(
      () =>
        f.anonymous.giftCertificates.redeem.mutate({
          code: 'AAAA-BBBB-CCCC-DDDD',
          walletId: wallet.walletId,
        }),
      { code: 'NOT_FOUND', reason: 'gift_certificate_invalid' },
    );
    const schedule = {
      scheduleId: key(),
      category: 'cafeteria',
      currency: 'KRW' as const,
      basisPoints: 250,
      fixedMinor: 0,
      minimumMinor: 0,
      capMinor: null,
    };
    await refused(
      () => f.admin.fees.createSchedule.mutate({ ...schedule, effectiveFrom: f.clock.nowMs() - 1 }),
      {
        code: 'BAD_REQUEST',
        reason: 'fee_schedule_invalid',
      },
    );
    await refused(
      () =>
        f.admin.fees.createSchedule.mutate({
          ...schedule,
          basisPoints: 10_001,
          effectiveFrom: f.clock.nowMs(),
        }),
      BAD_REQUEST,
    );
    await refused(
      () =>
        f.admin.fees.createSchedule.mutate({
          ...schedule,
          minimumMinor: 500,
          capMinor: 100,
          effectiveFrom: f.clock.nowMs(),
        }),
      { code: 'BAD_REQUEST', reason: 'fee_schedule_invalid' },
    );
  });

  it('settlements refuse unknown merchants, bad dates and days not yet over', async () => {
    const merchantId = f.enrolled.merchantId;
    await refused(
      () => f.admin.settlements.close.mutate({ merchantId, businessDay: '2026-02-30' }),
      BAD_REQUEST,
    );
    await refused(
      () => f.admin.settlements.close.mutate({ merchantId, businessDay: '2026-11-24' }),
      {
        code: 'PRECONDITION_FAILED',
        reason: 'day_not_over',
      },
    );
    await refused(
      () => f.admin.settlements.close.mutate({ merchantId: key(), businessDay: '2026-11-20' }),
      {
        code: 'NOT_FOUND',
        reason: 'not_found',
      },
    );
    await refused(() => f.admin.settlements.approve.mutate({ statementId: key() }), {
      code: 'NOT_FOUND',
      reason: 'not_found',
    });
  });
});

describe('every other procedure refuses malformed input and unknown ids', () => {
  it('answers each with its typed error and writes nothing', async () => {
    const wallet = await f.newWallet(1_000);
    const merchantId = f.enrolled.merchantId;
    const a = f.admin;
    const cases: Array<[() => Promise<unknown>, Expected]> = [
      [
        () => a.payments.void.mutate({ paymentId: key() }),
        { code: 'NOT_FOUND', reason: 'not_found' },
      ],
      [
        () => a.payments.get.query({ paymentId: key() }),
        { code: 'NOT_FOUND', reason: 'not_found' },
      ],
      [() => a.payments.list.query({ limit: 0 }), BAD_REQUEST],
      [() => a.payments.list.query({ limit: 10_000 }), BAD_REQUEST],
      [
        () => a.admin.createMerchant.mutate({ name: '', category: 'x', currency: 'KRW' }),
        BAD_REQUEST,
      ],
      [
        () => a.admin.createMerchant.mutate({ name: 'X', category: 'x', currency: 'XXX' } as never),
        BAD_REQUEST,
      ],
      [() => a.admin.setOwnerPassword.mutate({ merchantId, password: 'short' }), BAD_REQUEST],
      [
        () => a.admin.setOwnerPassword.mutate({ merchantId: key(), password: 'long-enough-pw' }),
        { code: 'NOT_FOUND', reason: 'not_found' },
      ],
      [
        () => a.admin.createEnrollmentCode.mutate({ merchantId: key(), label: 'x' }),
        { code: 'NOT_FOUND', reason: 'not_found' },
      ],
      [
        () => a.admin.revokeDevice.mutate({ deviceId: key() }),
        { code: 'NOT_FOUND', reason: 'not_found' },
      ],
      [
        () => a.admin.unlockWallet.mutate({ walletId: key() }),
        { code: 'NOT_FOUND', reason: 'not_found' },
      ],
      [() => a.reports.totals.query({ groupBy: 'week' } as never), BAD_REQUEST],
      [() => a.reports.totals.query({ groupBy: 'day', from: '2026-13-01' }), BAD_REQUEST],
      [() => a.reports.topItems.query({ limit: 1_000 }), BAD_REQUEST],
      [
        () => a.settlements.get.query({ statementId: key() }),
        { code: 'NOT_FOUND', reason: 'not_found' },
      ],
      [
        () => a.fees.quote.query({ merchantId: key(), amountMinor: 1_000 }),
        { code: 'NOT_FOUND', reason: 'not_found' },
      ],
      [() => a.fees.quote.query({ merchantId, amountMinor: 0.5 }), BAD_REQUEST],
      [
        () =>
          f.anonymous.giftCertificates.redeem.mutate({ code: 'short', walletId: wallet.walletId }),
        BAD_REQUEST,
      ],
      [
        () => f.anonymous.auth.ownerLogin.mutate({ merchantId, password: 'no-owner-yet' }),
        { code: 'UNAUTHORIZED', reason: 'login_failed' },
      ],
      [() => f.anonymous.payments.refundByDevice.mutate({ deviceId: key() } as never), BAD_REQUEST],
    ];
    for (const [call, expected] of cases) await refused(call, expected);
  });
});
