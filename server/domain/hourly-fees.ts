// Settled payments by hour of the business day WITH their fees, for the administrator's
// "payments by hour" table (the hourly rollups keep counts and gross only). Read from the
// payments themselves over a bounded range of business days, through payments_created.
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import * as schema from '../../db/server/schema.ts';
import { businessDayEndMs, businessDayStartMs, DAY_MS, HOUR_MS } from './calendar.ts';
import type { DomainEnv } from './settings.ts';

/** The widest range this reads payment by payment: a quarter of business days. */
export const MAX_HOURLY_FEE_DAYS = 92;

export interface HourlyFeeInput {
  readonly from: string;
  readonly to: string;
  readonly merchantId?: string;
  readonly currency?: string;
}

/** From on or before to, and at most MAX_HOURLY_FEE_DAYS business days in all. */
export function hourlyFeeRangeFits(from: string, to: string): boolean {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  return days >= 1 && days <= MAX_HOURLY_FEE_DAYS;
}

export function hourlyFees(env: DomainEnv, input: HourlyFeeInput) {
  const offsetMinutes = env.settings.utcOffsetMinutes;
  const startMs = businessDayStartMs(input.from, offsetMinutes);
  const endMs = businessDayEndMs(input.to, offsetMinutes);
  // The router's input schema refuses these; here they would be a programming error.
  if (!hourlyFeeRangeFits(input.from, input.to)) throw new RangeError('range out of bounds');
  const table = schema.payments;
  // The hour of the business day, as calendar.ts businessHourOf computes it, in SQL. Bound
  // numbers arrive as REAL, so the division is cast back to a whole hour.
  const localMs = sql`${table.createdAt} + ${offsetMinutes * 60_000}`;
  const hour = sql<number>`cast((${localMs}) % ${DAY_MS} / ${HOUR_MS} as integer)`.mapWith(Number);
  return env.db
    .select({
      hour,
      currency: table.currency,
      paymentCount: sql<number>`count(*)`.mapWith(Number),
      grossMinor: sql<number>`coalesce(sum(${table.amountMinor}), 0)`.mapWith(Number),
      feeMinor: sql<number>`coalesce(sum(${table.feeMinor}), 0)`.mapWith(Number),
    })
    .from(table)
    .where(
      and(
        eq(table.status, 'settled'),
        gte(table.createdAt, startMs),
        lt(table.createdAt, endMs),
        input.merchantId === undefined ? undefined : eq(table.merchantId, input.merchantId),
        input.currency === undefined ? undefined : eq(table.currency, input.currency),
      ),
    )
    .groupBy(hour, table.currency)
    .orderBy(asc(hour), asc(table.currency))
    .all();
}
export type HourlyFeeRow = ReturnType<typeof hourlyFees>[number];
