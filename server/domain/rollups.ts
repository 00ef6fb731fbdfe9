// Keeps the report rollups in step with the ledger: called inside the same SQLite
// transaction as the postings, so a rollup row can never count something the ledger lacks.
import { sql } from 'drizzle-orm';
import type { Line } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { businessDayOf, businessHourOf } from './calendar.ts';
import type { ServerDb } from './ledger.ts';

interface MerchantDay {
  readonly atMs: number;
  readonly utcOffsetMinutes: number;
  readonly merchantId: string;
  readonly currency: string;
  readonly category: string;
}

type DailyDelta = Partial<
  Pick<
    typeof schema.dailyMerchantTotals.$inferInsert,
    | 'paymentCount'
    | 'grossMinor'
    | 'feeMinor'
    | 'refundCount'
    | 'refundMinor'
    | 'feeRefundMinor'
    | 'voidCount'
    | 'voidMinor'
    | 'voidFeeMinor'
  >
>;

function addToDaily(tx: ServerDb, at: MerchantDay, delta: DailyDelta): void {
  const table = schema.dailyMerchantTotals;
  const increments = Object.fromEntries(
    Object.entries(delta).map(([field, value]) => {
      const column = table[field as keyof DailyDelta];
      return [field, sql`${column} + ${value ?? 0}`];
    }),
  );
  tx.insert(table)
    .values({
      businessDay: businessDayOf(at.atMs, at.utcOffsetMinutes),
      merchantId: at.merchantId,
      currency: at.currency,
      category: at.category,
      ...delta,
    })
    .onConflictDoUpdate({
      target: [table.businessDay, table.merchantId, table.currency],
      set: increments,
    })
    .run();
}

export function rollUpPayment(
  tx: ServerDb,
  at: MerchantDay,
  payment: { amountMinor: number; feeMinor: number; lines: readonly Line[] },
): void {
  addToDaily(tx, at, {
    paymentCount: 1,
    grossMinor: payment.amountMinor,
    feeMinor: payment.feeMinor,
  });
  const businessDay = businessDayOf(at.atMs, at.utcOffsetMinutes);
  const hourly = schema.hourlyPaymentTotals;
  tx.insert(hourly)
    .values({
      businessDay,
      hour: businessHourOf(at.atMs, at.utcOffsetMinutes),
      merchantId: at.merchantId,
      currency: at.currency,
      paymentCount: 1,
      grossMinor: payment.amountMinor,
    })
    .onConflictDoUpdate({
      target: [hourly.businessDay, hourly.hour, hourly.merchantId, hourly.currency],
      set: {
        paymentCount: sql`${hourly.paymentCount} + 1`,
        grossMinor: sql`${hourly.grossMinor} + ${payment.amountMinor}`,
      },
    })
    .run();
  const allTime = schema.hourOfDayTotals;
  tx.insert(allTime)
    .values({
      merchantId: at.merchantId,
      currency: at.currency,
      hour: businessHourOf(at.atMs, at.utcOffsetMinutes),
      paymentCount: 1,
      grossMinor: payment.amountMinor,
    })
    .onConflictDoUpdate({
      target: [allTime.merchantId, allTime.currency, allTime.hour],
      set: {
        paymentCount: sql`${allTime.paymentCount} + 1`,
        grossMinor: sql`${allTime.grossMinor} + ${payment.amountMinor}`,
      },
    })
    .run();
  const items = schema.dailyItemTotals;
  for (const line of payment.lines) {
    const grossMinor = line.quantity * line.unitPriceMinor;
    tx.insert(items)
      .values({
        businessDay,
        merchantId: at.merchantId,
        currency: at.currency,
        label: line.label,
        quantity: line.quantity,
        grossMinor,
      })
      .onConflictDoUpdate({
        target: [items.businessDay, items.merchantId, items.currency, items.label],
        set: {
          quantity: sql`${items.quantity} + ${line.quantity}`,
          grossMinor: sql`${items.grossMinor} + ${grossMinor}`,
        },
      })
      .run();
  }
}

/** Refunds count on the day they happen (the day the money moved back). */
export function rollUpRefund(
  tx: ServerDb,
  at: MerchantDay,
  refund: { amountMinor: number; feeRefundMinor: number },
): void {
  addToDaily(tx, at, {
    refundCount: 1,
    refundMinor: refund.amountMinor,
    feeRefundMinor: refund.feeRefundMinor,
  });
}

/** Voids count on the day they happen; the busy-hours and items charts keep the sale. */
export function rollUpVoid(
  tx: ServerDb,
  at: MerchantDay,
  voided: { amountMinor: number; feeMinor: number },
): void {
  addToDaily(tx, at, {
    voidCount: 1,
    voidMinor: voided.amountMinor,
    voidFeeMinor: voided.feeMinor,
  });
}
