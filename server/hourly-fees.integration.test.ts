// admin.hourlyFees over real HTTP: payments by hour of the business day with their fees,
// agreeing with the hourly rollup (reports.byHour) on counts and gross, and with each
// payment's own fee; bad ranges and other roles are refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_HOURLY_FEE_DAYS } from './domain/hourly-fees.ts';
import { type Fixture, startFixture } from './testing/fixture.ts';
import { BAD_REQUEST, FORBIDDEN, key, refused, settledPayment } from './testing/refused.ts';

let f: Fixture;
beforeEach(async () => {
  f = await startFixture();
});
afterEach(async () => {
  await f.stop();
});

const HOUR_MS = 60 * 60 * 1000;
// The fixture's clock starts at 03:00 UTC on 2026-11-24: 12:00 on that business day (UTC+9).
const DAY = '2026-11-24';

describe('admin.hourlyFees', () => {
  it('groups settled payments by business hour with their fees, like the rollup', async () => {
    // 2.5 % + 100 per payment for cafeterias, from now: every payment below pays a fee.
    await f.admin.fees.createSchedule.mutate({
      scheduleId: key(),
      category: 'cafeteria',
      currency: 'KRW',
      basisPoints: 250,
      fixedMinor: 100,
      minimumMinor: 0,
      capMinor: null,
      effectiveFrom: f.clock.nowMs(),
    });
    const paid = [await settledPayment(f, 10_000), await settledPayment(f, 4_500)];
    // Into the middle of an hour: 14:17:13.
    f.clock.advance(2 * HOUR_MS + 17 * 60_000 + 13_000);
    paid.push(await settledPayment(f, 7_000));
    const range = { from: DAY, to: DAY };
    const hourly = await f.admin.admin.hourlyFees.query(range);
    const fees = await Promise.all(
      paid.map(({ paymentId }) => f.admin.payments.get.query({ paymentId })),
    );
    const feeOf = (index: number) => fees[index]?.feeMinor ?? -1;
    expect([feeOf(0), feeOf(1), feeOf(2)]).toEqual([350, 213, 275]);
    expect(hourly).toEqual([
      {
        hour: 12,
        currency: 'KRW',
        paymentCount: 2,
        grossMinor: 14_500,
        feeMinor: feeOf(0) + feeOf(1),
      },
      { hour: 14, currency: 'KRW', paymentCount: 1, grossMinor: 7_000, feeMinor: feeOf(2) },
    ]);
    const rollup = await f.admin.reports.byHour.query(range);
    const counts = (rows: Array<{ hour: number; paymentCount: number; grossMinor: number }>) =>
      rows.map(({ hour, paymentCount, grossMinor }) => ({ hour, paymentCount, grossMinor }));
    expect(counts(rollup)).toEqual(counts(hourly));
    const nextDay = { from: '2026-11-25', to: '2026-11-25' };
    expect(await f.admin.admin.hourlyFees.query(nextDay)).toEqual([]);
  });

  it('refuses reversed and over-long ranges, unknown fields and non-administrators', async () => {
    const reversed = { from: DAY, to: '2026-11-23' };
    await refused(f, () => f.admin.admin.hourlyFees.query(reversed), BAD_REQUEST);
    const longTo = new Date(Date.parse(`${DAY}T00:00:00Z`) + MAX_HOURLY_FEE_DAYS * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await refused(f, () => f.admin.admin.hourlyFees.query({ from: DAY, to: longTo }), BAD_REQUEST);
    type Range = { from: string; to: string };
    const extra = { from: DAY, to: DAY, groupBy: 'hour' } as unknown as Range;
    await refused(f, () => f.admin.admin.hourlyFees.query(extra), BAD_REQUEST);
    const owner = await f.ownerClient();
    await refused(f, () => owner.admin.hourlyFees.query({ from: DAY, to: DAY }), FORBIDDEN);
  });
});
