// The generator's rollups, summed in memory and written once at the end (the server keeps
// the same tables in step row by row; see domain/rollups.ts).
import type Database from 'better-sqlite3';
import type { Line } from '../../protocol/index.ts';
import { businessDayOf, businessHourOf } from '../domain/calendar.ts';

interface MerchantKey {
  readonly merchantId: string;
  readonly category: string;
}

interface Daily {
  merchantId: string;
  category: string;
  day: string;
  paymentCount: number;
  grossMinor: number;
  feeMinor: number;
  refundCount: number;
  refundMinor: number;
  feeRefundMinor: number;
}

export class Rollups {
  private readonly daily = new Map<string, Daily>();
  private readonly hourly = new Map<string, { count: number; grossMinor: number }>();
  private readonly items = new Map<string, { quantity: number; grossMinor: number }>();

  constructor(private readonly utcOffsetMinutes: number) {}

  private dailyRow(merchant: MerchantKey, atMs: number): Daily {
    const day = businessDayOf(atMs, this.utcOffsetMinutes);
    const key = `${day}|${merchant.merchantId}`;
    let row = this.daily.get(key);
    if (!row) {
      row = {
        merchantId: merchant.merchantId,
        category: merchant.category,
        day,
        paymentCount: 0,
        grossMinor: 0,
        feeMinor: 0,
        refundCount: 0,
        refundMinor: 0,
        feeRefundMinor: 0,
      };
      this.daily.set(key, row);
    }
    return row;
  }

  payment(
    merchant: MerchantKey,
    atMs: number,
    amountMinor: number,
    feeMinor: number,
    lines: readonly Line[],
  ): void {
    const row = this.dailyRow(merchant, atMs);
    row.paymentCount++;
    row.grossMinor += amountMinor;
    row.feeMinor += feeMinor;
    const hourOfDay = businessHourOf(atMs, this.utcOffsetMinutes);
    const hourKey = `${row.day}|${hourOfDay}|${merchant.merchantId}`;
    const hour = this.hourly.get(hourKey) ?? { count: 0, grossMinor: 0 };
    hour.count++;
    hour.grossMinor += amountMinor;
    this.hourly.set(hourKey, hour);
    for (const line of lines) {
      const itemKey = `${row.day}|${merchant.merchantId}|${line.label}`;
      const item = this.items.get(itemKey) ?? { quantity: 0, grossMinor: 0 };
      item.quantity += line.quantity;
      item.grossMinor += line.quantity * line.unitPriceMinor;
      this.items.set(itemKey, item);
    }
  }

  refund(merchant: MerchantKey, atMs: number, amountMinor: number, feeRefundMinor: number): void {
    const row = this.dailyRow(merchant, atMs);
    row.refundCount++;
    row.refundMinor += amountMinor;
    row.feeRefundMinor += feeRefundMinor;
  }

  write(sqlite: Database.Database): void {
    const daily = sqlite.prepare(
      `INSERT INTO daily_merchant_totals (business_day, merchant_id, currency, category,
         payment_count, gross_minor, fee_minor, refund_count, refund_minor, fee_refund_minor)
       VALUES (?, ?, 'KRW', ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const row of this.daily.values()) {
      daily.run(
        row.day,
        row.merchantId,
        row.category,
        row.paymentCount,
        row.grossMinor,
        row.feeMinor,
        row.refundCount,
        row.refundMinor,
        row.feeRefundMinor,
      );
    }
    const hourly = sqlite.prepare(
      `INSERT INTO hourly_payment_totals (business_day, hour, merchant_id, currency,
         payment_count, gross_minor)
       VALUES (?, ?, ?, 'KRW', ?, ?)`,
    );
    for (const [key, value] of this.hourly) {
      const [day, hour, merchantId] = key.split('|') as [string, string, string];
      hourly.run(day, Number(hour), merchantId, value.count, value.grossMinor);
    }
    const allTime = sqlite.prepare(
      `INSERT INTO hour_of_day_totals (merchant_id, currency, hour, payment_count, gross_minor)
       VALUES (?, 'KRW', ?, ?, ?)
       ON CONFLICT DO UPDATE SET payment_count = payment_count + excluded.payment_count,
       gross_minor = gross_minor + excluded.gross_minor`,
    );
    for (const [key, value] of this.hourly) {
      const [, hour, merchantId] = key.split('|') as [string, string, string];
      allTime.run(merchantId, Number(hour), value.count, value.grossMinor);
    }
    const items = sqlite.prepare(
      `INSERT INTO daily_item_totals (business_day, merchant_id, currency, label, quantity,
         gross_minor)
       VALUES (?, ?, 'KRW', ?, ?, ?)`,
    );
    for (const [key, value] of this.items) {
      const [day, merchantId, label] = key.split('|') as [string, string, string];
      items.run(day, merchantId, label, value.quantity, value.grossMinor);
    }
  }
}
