// Fee schedules ("information usage fee"): versioned per merchant category and currency.
// The version in force at authorization computes the fee, and the payment records it.
import { and, asc, desc, eq, lte, max } from 'drizzle-orm';
import { CURRENCY_MINOR_UNITS, type Currency } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId, type Runtime } from '../runtime.ts';
import { assertSamePayload, payloadHash } from './idempotency.ts';
import type { ServerDb } from './ledger.ts';
import { feeMinorFor } from './money.ts';
import type { DomainEnv } from './settings.ts';

/** The category whose schedule applies when a merchant's own category has none. */
export const DEFAULT_CATEGORY = '*';

export type FeeScheduleRow = typeof schema.feeSchedules.$inferSelect;

export interface FeeScheduleInput {
  /** The caller's idempotency key; becomes the version's id. */
  readonly scheduleId: string;
  readonly category: string;
  readonly currency: Currency;
  readonly basisPoints: number;
  readonly fixedMinor: number;
  readonly minimumMinor: number;
  readonly capMinor: number | null;
  readonly effectiveFrom: number;
}

function viewOf(row: FeeScheduleRow) {
  return {
    scheduleId: row.id,
    category: row.category,
    currency: row.currency as Currency,
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    basisPoints: row.basisPoints,
    fixedMinor: row.fixedMinor,
    minimumMinor: row.minimumMinor,
    capMinor: row.capMinor,
    createdAt: row.createdAt,
  };
}
export type FeeScheduleView = ReturnType<typeof viewOf>;

/** Adds the next version for (category, currency). Idempotent on scheduleId. */
export function createFeeSchedule(env: DomainEnv, input: FeeScheduleInput): FeeScheduleView {
  const { scheduleId, ...payload } = input;
  return env.db.transaction(
    (tx) => {
      const previous = tx
        .select()
        .from(schema.feeSchedules)
        .where(eq(schema.feeSchedules.id, scheduleId))
        .get();
      if (previous) {
        assertSamePayload(previous.payloadHash, payload, 'scheduleId');
        return viewOf(previous);
      }
      const nowMs = env.runtime.clock.nowMs();
      // A version that started in the past would make already recorded fees unexplainable.
      if (input.effectiveFrom < nowMs) {
        throw reject('fee_schedule_invalid', 'a fee schedule cannot take effect in the past');
      }
      if (input.capMinor !== null && input.capMinor < input.minimumMinor) {
        throw reject('fee_schedule_invalid', 'the cap is below the minimum');
      }
      const latest = tx
        .select({ version: max(schema.feeSchedules.version) })
        .from(schema.feeSchedules)
        .where(
          and(
            eq(schema.feeSchedules.category, input.category),
            eq(schema.feeSchedules.currency, input.currency),
          ),
        )
        .get();
      const row = {
        id: scheduleId,
        ...payload,
        version: (latest?.version ?? 0) + 1,
        payloadHash: payloadHash(payload),
        createdAt: nowMs,
      };
      tx.insert(schema.feeSchedules).values(row).run();
      return viewOf(row);
    },
    { behavior: 'immediate' },
  );
}

function inForce(tx: ServerDb, category: string, currency: string, atMs: number) {
  return tx
    .select()
    .from(schema.feeSchedules)
    .where(
      and(
        eq(schema.feeSchedules.category, category),
        eq(schema.feeSchedules.currency, currency),
        lte(schema.feeSchedules.effectiveFrom, atMs),
      ),
    )
    .orderBy(desc(schema.feeSchedules.effectiveFrom), desc(schema.feeSchedules.version))
    .limit(1)
    .get();
}

/** The version in force for a merchant category at `atMs`: its own, else the default. */
export function scheduleInForce(
  tx: ServerDb,
  category: string,
  currency: string,
  atMs: number,
): FeeScheduleRow | undefined {
  return inForce(tx, category, currency, atMs) ?? inForce(tx, DEFAULT_CATEGORY, currency, atMs);
}

/** The fee of a payment and the version that computed it (zero and null without any). */
export function feeFor(
  tx: ServerDb,
  input: { category: string; currency: string; amountMinor: number; atMs: number },
): { feeMinor: number; feeScheduleId: string | null } {
  const schedule = scheduleInForce(tx, input.category, input.currency, input.atMs);
  if (!schedule) return { feeMinor: 0, feeScheduleId: null };
  return { feeMinor: feeMinorFor(input.amountMinor, schedule), feeScheduleId: schedule.id };
}

/**
 * On a new database: version 1 of the default schedule for each currency, at zero, so that
 * every payment records the version it was charged under. Administrators add versions.
 */
export function ensureDefaultSchedules(db: ServerDb, runtime: Runtime): void {
  db.transaction(
    (tx) => {
      for (const currency of Object.keys(CURRENCY_MINOR_UNITS)) {
        const existing = tx
          .select({ id: schema.feeSchedules.id })
          .from(schema.feeSchedules)
          .where(
            and(
              eq(schema.feeSchedules.category, DEFAULT_CATEGORY),
              eq(schema.feeSchedules.currency, currency),
            ),
          )
          .get();
        if (existing) continue;
        const payload = {
          category: DEFAULT_CATEGORY,
          currency,
          basisPoints: 0,
          fixedMinor: 0,
          minimumMinor: 0,
          capMinor: null,
          effectiveFrom: 0,
        };
        tx.insert(schema.feeSchedules)
          .values({
            id: newId(runtime.random),
            ...payload,
            version: 1,
            payloadHash: payloadHash(payload),
            createdAt: runtime.clock.nowMs(),
          })
          .run();
      }
    },
    { behavior: 'immediate' },
  );
}

export function listFeeSchedules(db: ServerDb, filter: { category?: string; currency?: Currency }) {
  return db
    .select()
    .from(schema.feeSchedules)
    .where(
      and(
        filter.category === undefined
          ? undefined
          : eq(schema.feeSchedules.category, filter.category),
        filter.currency === undefined
          ? undefined
          : eq(schema.feeSchedules.currency, filter.currency),
      ),
    )
    .orderBy(
      asc(schema.feeSchedules.category),
      asc(schema.feeSchedules.currency),
      asc(schema.feeSchedules.version),
    )
    .limit(1_000)
    .all()
    .map(viewOf);
}

/** What a payment of `amountMinor` would pay a merchant now: for the owner's screen. */
export function quoteFee(env: DomainEnv, input: { merchantId: string; amountMinor: number }) {
  const merchant = env.db
    .select()
    .from(schema.merchants)
    .where(eq(schema.merchants.id, input.merchantId))
    .get();
  if (!merchant) throw reject('not_found', 'no such merchant');
  const { feeMinor, feeScheduleId } = feeFor(env.db, {
    category: merchant.category,
    currency: merchant.currency,
    amountMinor: input.amountMinor,
    atMs: env.runtime.clock.nowMs(),
  });
  return {
    amountMinor: input.amountMinor,
    feeMinor,
    netMinor: input.amountMinor - feeMinor,
    feeScheduleId,
  };
}
