// The ledger's invariants under random sequences of operations — top-ups, payments,
// refunds (partial, full, too large, retried, conflicting), voids, gift certificates,
// offline reserves, settlements — against a real SQLite file through the services. After
// every sequence, ledger:check's own checks find nothing and the model's balances hold.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORY } from './domain/fees.ts';
import { feeMinorFor, feeRefundMinorFor, type FeeRule } from './domain/money.ts';
import { Model, operationArbitrary } from './testing/operations.ts';
import { createWorld, newKey, type World } from './testing/world.ts';

const CAFETERIA: FeeRule = { basisPoints: 250, fixedMinor: 10, minimumMinor: 50, capMinor: 3_000 };
/** Enough that most payments settle; one wallet is poor so some are declined. */
const STARTING_BALANCES = [400_000, 250_000, 20_000];
const DEFAULT: FeeRule = { basisPoints: 125, fixedMinor: 0, minimumMinor: 0, capMinor: null };

let world: World | null = null;
afterEach(() => {
  world?.stop();
  world = null;
});

function newWorld(): World {
  const created = createWorld({
    categories: ['cafeteria', 'tutor'],
    wallets: 3,
    startMs: Date.UTC(2026, 10, 24, 3),
  });
  const effectiveFrom = created.clock.nowMs();
  created.services.createFeeSchedule({
    scheduleId: newKey(),
    category: 'cafeteria',
    currency: 'KRW',
    ...CAFETERIA,
    effectiveFrom,
  });
  created.services.createFeeSchedule({
    scheduleId: newKey(),
    category: DEFAULT_CATEGORY,
    currency: 'KRW',
    ...DEFAULT,
    effectiveFrom,
  });
  return created;
}

describe('ledger invariants under random operations', () => {
  it('hold after every sequence, with every refusal typed and writing nothing', () => {
    fc.assert(
      fc.property(
        fc.array(operationArbitrary, { minLength: 1, maxLength: 40, size: 'max' }),
        (operations) => {
          world?.stop();
          world = newWorld();
          const model = new Model(
            world,
            new Map([
              ['cafeteria', CAFETERIA],
              ['tutor', DEFAULT],
            ]),
          );
          for (const [walletIndex, amountMinor] of STARTING_BALANCES.entries()) {
            model.apply({
              kind: 'topUp',
              wallet: walletIndex,
              amountMinor,
              atConsole: walletIndex === 0,
            });
          }
          for (const operation of operations) model.apply(operation);
          expect(world.services.checkLedger().violations).toEqual([]);
          world.wallets.forEach((wallet, index) => {
            expect(world!.services.walletBalanceMinor(wallet.walletId, 'KRW')).toBe(
              model.balances[index],
            );
          });
          const feeRow = world.services.sqlite
            .prepare(
              `SELECT COALESCE(SUM(balance_minor), 0) AS total FROM accounts
               WHERE kind = 'fee_revenue'`,
            )
            .get() as { total: number };
          expect(feeRow.total).toBe(model.feeRevenueMinor);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('fee arithmetic', () => {
  const rule = fc.record({
    basisPoints: fc.integer({ min: 0, max: 10_000 }),
    fixedMinor: fc.integer({ min: 0, max: 10_000 }),
    minimumMinor: fc.integer({ min: 0, max: 10_000 }),
    capMinor: fc.option(fc.integer({ min: 10_000, max: 1_000_000 }), { nil: null }),
  });

  it('is a whole number between the minimum (or the amount) and the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000_000 }), rule, (amountMinor, feeRule) => {
        const fee = feeMinorFor(amountMinor, feeRule);
        expect(Number.isSafeInteger(fee)).toBe(true);
        expect(fee).toBeLessThanOrEqual(amountMinor);
        expect(fee).toBeGreaterThanOrEqual(Math.min(amountMinor, feeRule.minimumMinor));
        if (feeRule.capMinor !== null) expect(fee).toBeLessThanOrEqual(feeRule.capMinor);
      }),
    );
  });

  it('returns the whole fee over any split of a full refund, never more than each refund', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (amountMinor, feeShare, weights) => {
          const feeMinor = Math.floor(amountMinor * feeShare);
          const total = weights.reduce((sum, weight) => sum + weight, 0);
          let refunded = 0;
          let feeRefunded = 0;
          weights.forEach((weight, position) => {
            const last = position === weights.length - 1;
            const refundMinor = last
              ? amountMinor - refunded
              : Math.floor((amountMinor * weight) / total);
            if (refundMinor === 0) return;
            const step = feeRefundMinorFor({
              amountMinor,
              feeMinor,
              refundedBeforeMinor: refunded,
              feeRefundedBeforeMinor: feeRefunded,
              refundMinor,
            });
            expect(step).toBeGreaterThanOrEqual(0);
            expect(step).toBeLessThanOrEqual(refundMinor);
            refunded += refundMinor;
            feeRefunded += step;
          });
          expect(refunded).toBe(amountMinor);
          expect(feeRefunded).toBe(feeMinor);
        },
      ),
    );
  });

  it('rounds half up: 2.5 % of 1,001 KRW is 25, of 1,002 KRW is 25, of 1,020 KRW is 26', () => {
    const percent = { basisPoints: 250, fixedMinor: 0, minimumMinor: 0, capMinor: null };
    expect(feeMinorFor(1_001, percent)).toBe(25); // 25.025
    expect(feeMinorFor(1_002, percent)).toBe(25); // 25.05
    expect(feeMinorFor(1_020, percent)).toBe(26); // 25.5
  });
});
