// Offline allowances: the signed limits a wallet carries to pay while the server is away,
// each backed by an offline reserve (ledger-schema.ts), and the counters already settled.
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const offlineAllowances = sqliteTable(
  'offline_allowances',
  {
    /** Also the id of its offline reserve. */
    id: text('id').primaryKey(),
    walletId: text('wallet_id').notNull(),
    merchantId: text('merchant_id').notNull(),
    currency: text('currency').notNull(),
    capMinor: integer('cap_minor').notNull(),
    perPaymentMaxMinor: integer('per_payment_max_minor').notNull(),
    maxCount: integer('max_count').notNull(),
    issuedAt: integer('issued_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    /** The signed allowance as the wallet holds it. */
    document: text('document').notNull(),
    /** Settled against the reserve so far; the release returns capMinor − spentMinor. */
    spentMinor: integer('spent_minor').notNull().default(0),
  },
  (table) => [index('offline_allowances_wallet').on(table.walletId, table.merchantId, table.expiresAt)],
);

/** One row per settled offline counter: a second payment with the same counter is fraud. */
export const offlineCounters = sqliteTable(
  'offline_counters',
  {
    allowanceId: text('allowance_id').notNull(),
    counter: integer('counter').notNull(),
    paymentId: text('payment_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.allowanceId, table.counter] })],
);

/**
 * Every change to a payment, in order: what consoles pull (since their cursor, `seq`) to
 * learn what the server decided — refunds and voids done elsewhere, offline payments settled.
 * Written by triggers on `payments` (a custom migration), so no write path can forget it.
 */
export const paymentChanges = sqliteTable(
  'payment_changes',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    paymentId: text('payment_id').notNull(),
    merchantId: text('merchant_id').notNull(),
    /** 'settled' | 'declined' | 'refunded' | 'voided' */
    kind: text('kind').notNull(),
    at: integer('at').notNull(),
  },
  (table) => [index('payment_changes_merchant').on(table.merchantId, table.seq)],
);
