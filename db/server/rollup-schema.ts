// Rollups the reports read instead of scanning payments: each is updated in the same
// SQLite transaction as the postings it summarises, so a report never disagrees with the
// ledger and an "all time" report reads thousands of rows, not millions.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Per business day, merchant and currency: every money event of that day. */
export const dailyMerchantTotals = sqliteTable(
  'daily_merchant_totals',
  {
    businessDay: text('business_day').notNull(),
    merchantId: text('merchant_id').notNull(),
    currency: text('currency').notNull(),
    category: text('category').notNull(),
    paymentCount: integer('payment_count').notNull().default(0),
    grossMinor: integer('gross_minor').notNull().default(0),
    feeMinor: integer('fee_minor').notNull().default(0),
    refundCount: integer('refund_count').notNull().default(0),
    refundMinor: integer('refund_minor').notNull().default(0),
    feeRefundMinor: integer('fee_refund_minor').notNull().default(0),
    voidCount: integer('void_count').notNull().default(0),
    voidMinor: integer('void_minor').notNull().default(0),
    voidFeeMinor: integer('void_fee_minor').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.businessDay, table.merchantId, table.currency] }),
    index('daily_merchant_totals_merchant').on(table.merchantId, table.businessDay),
  ],
);

/** Settled payments per business day and hour of day: the "busy hours" chart. */
export const hourlyPaymentTotals = sqliteTable(
  'hourly_payment_totals',
  {
    businessDay: text('business_day').notNull(),
    hour: integer('hour').notNull(),
    merchantId: text('merchant_id').notNull(),
    currency: text('currency').notNull(),
    paymentCount: integer('payment_count').notNull().default(0),
    grossMinor: integer('gross_minor').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.businessDay, table.hour, table.merchantId, table.currency] }),
    index('hourly_payment_totals_merchant').on(table.merchantId, table.businessDay),
  ],
);

/** The same by hour of day over all time: the "all time" chart reads 24 rows per merchant. */
export const hourOfDayTotals = sqliteTable(
  'hour_of_day_totals',
  {
    merchantId: text('merchant_id').notNull(),
    currency: text('currency').notNull(),
    hour: integer('hour').notNull(),
    paymentCount: integer('payment_count').notNull().default(0),
    grossMinor: integer('gross_minor').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.merchantId, table.currency, table.hour] })],
);

/** Items sold (the payment request's lines) per business day and merchant. */
export const dailyItemTotals = sqliteTable(
  'daily_item_totals',
  {
    businessDay: text('business_day').notNull(),
    merchantId: text('merchant_id').notNull(),
    currency: text('currency').notNull(),
    label: text('label').notNull(),
    quantity: integer('quantity').notNull().default(0),
    grossMinor: integer('gross_minor').notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.businessDay, table.merchantId, table.currency, table.label] }),
    index('daily_item_totals_merchant').on(table.merchantId, table.businessDay),
  ],
);
