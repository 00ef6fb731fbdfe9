// Roles and device-signed calls over real HTTP: the wrong role gets FORBIDDEN and no data;
// a console's signed calls are fresh, bound to their procedure, used once, and refused
// once the device is revoked. No refused call changes the database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, startFixture } from './testing/fixture.ts';
import {
  type Expected,
  FORBIDDEN,
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

describe('roles', () => {
  it('refuses anonymous callers on every administrator and merchant procedure', async () => {
    const a = f.anonymous;
    const merchantId = f.enrolled.merchantId;
    const calls: Array<() => Promise<unknown>> = [
      () => a.admin.listMerchants.query(),
      () => a.admin.setOwnerPassword.mutate({ merchantId, password: 'a-long-password' }),
      () => a.admin.createAdministrator.mutate({ username: 'x', password: 'a-long-password' }),
      () =>
        a.admin.topUp.mutate({ topUpId: key(), walletId: key(), amountMinor: 1, currency: 'KRW' }),
      () => a.payments.list.query({}),
      () => a.payments.refund.mutate({ refundId: key(), paymentId: key(), amountMinor: 1 }),
      () => a.payments.void.mutate({ paymentId: key() }),
      () =>
        a.giftCertificates.issueBatch.mutate({
          batchId: key(),
          label: 'x',
          count: 1,
          valueMinor: 1,
          currency: 'KRW',
        }),
      () => a.fees.listSchedules.query({}),
      () => a.settlements.list.query({}),
      () => a.reports.totals.query({ groupBy: 'total' }),
      () => a.reports.byHour.query({}),
      () => a.reports.topItems.query({}),
    ];
    for (const call of calls) await refused(call, FORBIDDEN);
  });

  it('refuses an unknown session token as UNAUTHORIZED so the client logs in again', async () => {
    await refused(() => f.client('no-such-session').payments.list.query({}), {
      code: 'UNAUTHORIZED',
      reason: 'session_invalid',
    });
  });

  it('gives a merchant owner its own merchant and FORBIDDEN for anything else', async () => {
    const { paymentId } = await settledPayment();
    const owner = await f.ownerClient();
    expect((await owner.payments.get.query({ paymentId })).paymentId).toBe(paymentId);
    expect(await owner.payments.list.query({})).toHaveLength(1);
    const { merchantId: otherId } = await f.admin.admin.createMerchant.mutate({
      name: 'Tutor',
      category: 'tutor',
      currency: 'KRW',
    });
    const other = await f.ownerClient(otherId);
    await refused(() => other.payments.get.query({ paymentId }), FORBIDDEN);
    await refused(
      () => other.payments.refund.mutate({ refundId: key(), paymentId, amountMinor: 1 }),
      FORBIDDEN,
    );
    await refused(
      () => other.payments.list.query({ merchantId: f.enrolled.merchantId }),
      FORBIDDEN,
    );
    await refused(
      () => other.reports.totals.query({ groupBy: 'day', merchantId: f.enrolled.merchantId }),
      FORBIDDEN,
    );
    expect(await other.reports.totals.query({ groupBy: 'total' })).toEqual([]);
    await refused(() => owner.admin.listMerchants.query(), FORBIDDEN);
    expect(await owner.auth.whoami.query()).toEqual({
      role: 'merchant_owner',
      merchantId: f.enrolled.merchantId,
    });
    await refused(
      () =>
        owner.settlements.close.mutate({
          merchantId: f.enrolled.merchantId,
          businessDay: '2026-11-20',
        }),
      FORBIDDEN,
    );
    await owner.auth.logout.mutate();
    await refused(() => owner.payments.list.query({}), {
      code: 'UNAUTHORIZED',
      reason: 'session_invalid',
    });
  });

  it('throttles wrong administrator passwords and never says whether the user exists', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(
        f.anonymous.auth.login.mutate({ username: 'admin', password: 'wrong' }),
      ).rejects.toMatchObject({
        data: { code: 'UNAUTHORIZED', reason: 'login_failed' },
      });
    }
    await expect(
      f.anonymous.auth.login.mutate({ username: 'admin', password: 'wrong' }),
    ).rejects.toMatchObject({
      data: { code: 'TOO_MANY_REQUESTS', reason: 'login_throttled' },
    });
    await expect(
      f.anonymous.auth.login.mutate({ username: 'nobody', password: 'wrong' }),
    ).rejects.toMatchObject({
      data: { reason: 'login_failed' },
    });
  });
});

describe('device-signed calls', () => {
  it('refund and void by the console that took the payment', async () => {
    const { paymentId } = await settledPayment(8_000);
    const refund = await f.anonymous.payments.refundByDevice.mutate(
      f.deviceCall('payments.refundByDevice', { refundId: key(), paymentId, amountMinor: 3_000 }),
    );
    expect(refund).toMatchObject({ amountMinor: 3_000, remainingMinor: 5_000 });
    const other = await settledPayment(1_000);
    expect(
      await f.anonymous.payments.voidByDevice.mutate(
        f.deviceCall('payments.voidByDevice', { paymentId: other.paymentId }),
      ),
    ).toMatchObject({ paymentId: other.paymentId, amountMinor: 1_000 });
  });

  it('refuses stale, replayed, re-targeted, forged and revoked calls', async () => {
    const { paymentId } = await settledPayment();
    const payload = { refundId: key(), paymentId, amountMinor: 100 };
    const refund = (call: ReturnType<Fixture['deviceCall']>) =>
      f.anonymous.payments.refundByDevice.mutate(call as never);
    await refused(
      () =>
        refund(
          f.deviceCall('payments.refundByDevice', payload, { signedAt: f.clock.nowMs() - 301_000 }),
        ),
      {
        code: 'UNAUTHORIZED',
        reason: 'stale_signature',
      },
    );
    await refused(() => refund(f.deviceCall('payments.voidByDevice', payload)), {
      code: 'UNAUTHORIZED',
      reason: 'unauthenticated',
    });
    const forged = f.deviceCall('payments.refundByDevice', payload);
    await refused(() => refund({ ...forged, payload: { ...payload, amountMinor: 9_999 } }), {
      code: 'UNAUTHORIZED',
      reason: 'unauthenticated',
    });
    const genuine = f.deviceCall('payments.refundByDevice', payload);
    await refund(genuine);
    await refused(() => refund(genuine), { code: 'UNAUTHORIZED', reason: 'replayed_call' });
    await f.admin.admin.revokeDevice.mutate({ deviceId: f.enrolled.deviceId });
    await refused(() => refund(f.deviceCall('payments.refundByDevice', payload)), {
      code: 'FORBIDDEN',
      reason: 'device_revoked',
    });
  });

  it('takes cash top-ups in the console currency only, idempotently', async () => {
    const wallet = await f.newWallet(0);
    const payload = {
      topUpId: key(),
      walletId: wallet.walletId,
      amountMinor: 20_000,
      currency: 'KRW' as const,
    };
    const first = await f.anonymous.topUps.cash.mutate(f.deviceCall('topUps.cash', payload));
    expect(await f.anonymous.topUps.cash.mutate(f.deviceCall('topUps.cash', payload))).toEqual(
      first,
    );
    expect(f.balanceOf(wallet.walletId)).toBe(20_000);
    await refused(
      () =>
        f.anonymous.topUps.cash.mutate(
          f.deviceCall('topUps.cash', { ...payload, topUpId: key(), currency: 'USD' }),
        ),
      {
        code: 'BAD_REQUEST',
        reason: 'currency_mismatch',
      },
    );
    await refused(
      () =>
        f.anonymous.topUps.cash.mutate(
          f.deviceCall('topUps.cash', { ...payload, amountMinor: 20_001 }),
        ),
      {
        code: 'CONFLICT',
        reason: 'idempotency_conflict',
      },
    );
  });
});
