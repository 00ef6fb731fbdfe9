// The administrator's (and owner's) reports, read from the rollups only: an "all time"
// report sums one row per merchant and day, never the payments themselves.
import { and, asc, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/server/schema.ts';
import { type Actor, scopedMerchantId } from './actors.ts';
import type { DomainEnv } from './settings.ts';

export interface ReportFilter {
  /** First and last business day, inclusive ('YYYY-MM-DD'); absent means all time. */
  readonly from?: string;
  readonly to?: string;
  readonly merchantId?: string;
  readonly currency?: string;
}

export const REPORT_GROUPS = ['day', 'merchant', 'category', 'total'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];
/** Rows per report; a day-by-day report of 10 years fits. */
export const MAX_REPORT_ROWS = 5_000;

function filterOn(
  columns: { businessDay: SQLiteColumn; merchantId: SQLiteColumn; currency: SQLiteColumn },
  filter: ReportFilter,
  merchantId: string | undefined,
): SQL | undefined {
  return and(
    filter.from === undefined ? undefined : gte(columns.businessDay, filter.from),
    filter.to === undefined ? undefined : lte(columns.businessDay, filter.to),
    merchantId === undefined ? undefined : eq(columns.merchantId, merchantId),
    filter.currency === undefined ? undefined : eq(columns.currency, filter.currency),
  );
}

const total = (column: SQLiteColumn) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);

/** Sales, refunds, voids and fees, grouped by day, merchant, category or not at all. */
export function totalsReport(
  env: DomainEnv,
  actor: Actor,
  input: ReportFilter & { groupBy: ReportGroup; limit?: number },
) {
  const merchantId = scopedMerchantId(actor, input.merchantId);
  const table = schema.dailyMerchantTotals;
  const keyColumn = {
    day: table.businessDay,
    merchant: table.merchantId,
    category: table.category,
    total: sql<string>`''`,
  }[input.groupBy];
  const rows = env.db
    .select({
      key: sql<string>`${keyColumn}`,
      currency: table.currency,
      paymentCount: total(table.paymentCount),
      grossMinor: total(table.grossMinor),
      feeMinor: total(table.feeMinor),
      refundCount: total(table.refundCount),
      refundMinor: total(table.refundMinor),
      feeRefundMinor: total(table.feeRefundMinor),
      voidCount: total(table.voidCount),
      voidMinor: total(table.voidMinor),
      voidFeeMinor: total(table.voidFeeMinor),
    })
    .from(table)
    .where(filterOn(table, input, merchantId))
    .groupBy(keyColumn, table.currency)
    .orderBy(asc(keyColumn), asc(table.currency))
    .limit(Math.min(input.limit ?? MAX_REPORT_ROWS, MAX_REPORT_ROWS))
    .all();
  const names =
    input.groupBy === 'merchant'
      ? merchantNames(
          env,
          rows.map((row) => row.key),
        )
      : null;
  return rows.map((row) => ({
    ...row,
    name: names?.get(row.key) ?? null,
    /** What customers paid and kept paying: gross less refunds and voids. */
    netSalesMinor: row.grossMinor - row.refundMinor - row.voidMinor,
    /** The fee revenue that stays: fees charged less fees returned with refunds and voids. */
    netFeeMinor: row.feeMinor - row.feeRefundMinor - row.voidFeeMinor,
    /** What the merchants are owed for these items. */
    merchantNetMinor:
      row.grossMinor -
      row.refundMinor -
      row.voidMinor -
      (row.feeMinor - row.feeRefundMinor - row.voidFeeMinor),
  }));
}

function merchantNames(env: DomainEnv, ids: string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = env.db
      .select({ id: schema.merchants.id, name: schema.merchants.name })
      .from(schema.merchants)
      .where(inArray(schema.merchants.id, ids.slice(start, start + 500)))
      .all();
    for (const row of rows) names.set(row.id, row.name);
  }
  return names;
}

/** Settled payments by hour of the business day (0–23). */
export function paymentsByHourReport(env: DomainEnv, actor: Actor, input: ReportFilter) {
  const merchantId = scopedMerchantId(actor, input.merchantId);
  if (input.from === undefined && input.to === undefined) {
    // All time: the per-hour rollup without days, a few rows per merchant.
    const table = schema.hourOfDayTotals;
    return env.db
      .select({
        hour: table.hour,
        currency: table.currency,
        paymentCount: total(table.paymentCount),
        grossMinor: total(table.grossMinor),
      })
      .from(table)
      .where(
        and(
          merchantId === undefined ? undefined : eq(table.merchantId, merchantId),
          input.currency === undefined ? undefined : eq(table.currency, input.currency),
        ),
      )
      .groupBy(table.hour, table.currency)
      .orderBy(asc(table.hour), asc(table.currency))
      .all();
  }
  const table = schema.hourlyPaymentTotals;
  return env.db
    .select({
      hour: table.hour,
      currency: table.currency,
      paymentCount: total(table.paymentCount),
      grossMinor: total(table.grossMinor),
    })
    .from(table)
    .where(filterOn(table, input, merchantId))
    .groupBy(table.hour, table.currency)
    .orderBy(asc(table.hour), asc(table.currency))
    .all();
}

/** The best-selling items (payment request lines) by quantity or by gross. */
export function topItemsReport(
  env: DomainEnv,
  actor: Actor,
  input: ReportFilter & { by: 'quantity' | 'gross'; limit: number },
) {
  const merchantId = scopedMerchantId(actor, input.merchantId);
  const table = schema.dailyItemTotals;
  const quantity = total(table.quantity);
  const grossMinor = total(table.grossMinor);
  return env.db
    .select({ label: table.label, currency: table.currency, quantity, grossMinor })
    .from(table)
    .where(filterOn(table, input, merchantId))
    .groupBy(table.label, table.currency)
    .orderBy(desc(input.by === 'quantity' ? quantity : grossMinor), asc(table.label))
    .limit(input.limit)
    .all();
}
