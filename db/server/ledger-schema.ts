// Where money is: accounts, balanced transactions and their postings, and the business
// records (payments, refunds, top-ups, gift certificates, reserves, statements) that made
// them. Balances are derived from postings; the cached `balanceMinor` is written in the
// same SQLite transaction and checked by `npm run ledger:check`.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { merchants } from './identity-schema.ts';

export const ACCOUNT_KINDS = [
  // A customer's spendable money (owner: walletId). Never below zero.
  'wallet',
  // What the operator owes a merchant until a statement pays it out (owner: merchantId).
  'merchant_payable',
  // The operator's information-usage fees (owner: '').
  'fee_revenue',
  // Cash taken in at a console (owner: deviceId) or by the operator (owner: '').
  'cash_clearing',
  // Value of gift-certificate codes issued and not yet redeemed (owner: '').
  'gift_certificate_liability',
  // Money a wallet set aside for offline payments (owner: walletId). Never below zero.
  'offline_reserve',
  // Payouts approved for merchants, on their way to the merchants' banks (owner: '').
  'payout_clearing',
  // The operator's guarantee of offline payments a wallet overspent by cheating (owner: '').
  // Its balance is the operator's loss, so it may go below zero.
  'offline_guarantee',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ACCOUNT_KINDS }).notNull(),
    /** The wallet, merchant or device the account belongs to; '' for the operator's own. */
    ownerId: text('owner_id').notNull(),
    currency: text('currency').notNull(),
    balanceMinor: integer('balance_minor').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('accounts_owner').on(table.kind, table.ownerId, table.currency),
    check('wallet_never_negative', sql`${table.kind} <> 'wallet' OR ${table.balanceMinor} >= 0`),
    check(
      'holdings_never_negative',
      sql`${table.kind} NOT IN ('offline_reserve', 'gift_certificate_liability')
          OR ${table.balanceMinor} >= 0`,
    ),
  ],
);

export const TRANSACTION_KINDS = [
  'payment',
  'void',
  'refund',
  'top_up',
  'gift_certificate_issue',
  'gift_certificate_redeem',
  'offline_reserve',
  'offline_release',
  'payout',
] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

export const transactions = sqliteTable(
  'transactions',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: TRANSACTION_KINDS }).notNull(),
    /** The idempotency key of the mutation that made it (paymentId, refundId, topUpId ...). */
    sourceId: text('source_id').notNull(),
    /** The fee-schedule version a payment's fee was computed with. */
    feeScheduleId: text('fee_schedule_id'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [uniqueIndex('transactions_source').on(table.kind, table.sourceId)],
);

export const postings = sqliteTable(
  'postings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    transactionId: text('transaction_id')
      .notNull()
      .references(() => transactions.id),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    /** Signed: the postings of one transaction sum to zero per currency. */
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
  },
  (table) => [
    index('postings_transaction').on(table.transactionId),
    index('postings_account').on(table.accountId),
  ],
);

/**
 * Versions of the information-usage fee per merchant category and currency ('*' is the
 * default category). A version never changes once written; a new one takes effect at its
 * `effectiveFrom`, never in the past, so every recorded fee can be recomputed.
 */
export const feeSchedules = sqliteTable(
  'fee_schedules',
  {
    id: text('id').primaryKey(),
    category: text('category').notNull(),
    currency: text('currency').notNull(),
    version: integer('version').notNull(),
    effectiveFrom: integer('effective_from').notNull(),
    basisPoints: integer('basis_points').notNull(),
    fixedMinor: integer('fixed_minor').notNull(),
    minimumMinor: integer('minimum_minor').notNull(),
    /** Null: no cap. */
    capMinor: integer('cap_minor'),
    payloadHash: text('payload_hash').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('fee_schedules_version').on(table.category, table.currency, table.version),
    index('fee_schedules_effective').on(table.category, table.currency, table.effectiveFrom),
  ],
);

/**
 * One row per paymentId that reached a final answer. Only requests whose device signature
 * verified are recorded, so nobody can poison another console's paymentId.
 */
export const payments = sqliteTable(
  'payments',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    deviceId: text('device_id').notNull(),
    walletId: text('wallet_id').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['settled', 'declined'] }).notNull(),
    reason: text('reason'),
    requestHash: text('request_hash').notNull(),
    authorizationHash: text('authorization_hash').notNull(),
    request: text('request').notNull(),
    authorization: text('authorization').notNull(),
    receipt: text('receipt'),
    transactionId: text('transaction_id'),
    /** The merchant's category when it paid: what chose the fee schedule. */
    category: text('category').notNull().default(''),
    feeMinor: integer('fee_minor').notNull().default(0),
    feeScheduleId: text('fee_schedule_id'),
    refundedMinor: integer('refunded_minor').notNull().default(0),
    feeRefundedMinor: integer('fee_refunded_minor').notNull().default(0),
    voidedAt: integer('voided_at'),
    voidTransactionId: text('void_transaction_id'),
    /** The settlement statement that paid this payment out; null until one includes it. */
    statementId: text('statement_id'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('payments_merchant_created').on(table.merchantId, table.createdAt),
    index('payments_created').on(table.createdAt),
    index('payments_wallet').on(table.walletId),
    index('payments_statement').on(table.statementId),
    // Closing a day reads only what no statement holds yet.
    index('payments_unsettled')
      .on(table.merchantId, table.createdAt)
      .where(sql`${table.statementId} IS NULL AND ${table.status} = 'settled'`),
    check('payments_refund_within', sql`${table.refundedMinor} <= ${table.amountMinor}`),
    check('payments_fee_refund_within', sql`${table.feeRefundedMinor} <= ${table.feeMinor}`),
  ],
);

/** Refunds, idempotent on the refundId the caller made. */
export const refunds = sqliteTable(
  'refunds',
  {
    id: text('id').primaryKey(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id),
    merchantId: text('merchant_id').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    /** The part of the payment's fee returned to the merchant (see docs/ledger.md). */
    feeRefundMinor: integer('fee_refund_minor').notNull(),
    currency: text('currency').notNull(),
    /** What is left to refund of the payment after this refund. */
    remainingMinor: integer('remaining_minor').notNull(),
    /** 'administrator:<id>', 'merchant_owner:<merchantId>' or 'device:<deviceId>'. */
    requestedBy: text('requested_by').notNull(),
    payloadHash: text('payload_hash').notNull(),
    transactionId: text('transaction_id').notNull(),
    statementId: text('statement_id'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('refunds_payment').on(table.paymentId),
    index('refunds_merchant_created').on(table.merchantId, table.createdAt),
    index('refunds_created').on(table.createdAt),
    index('refunds_statement').on(table.statementId),
  ],
);

/** Cash top-ups (a cashier at a console, or an administrator), idempotent on topUpId. */
export const topUps = sqliteTable('top_ups', {
  id: text('id').primaryKey(),
  walletId: text('wallet_id').notNull(),
  deviceId: text('device_id'),
  amountMinor: integer('amount_minor').notNull(),
  currency: text('currency').notNull(),
  /** The wallet's balance right after this top-up: part of the idempotent answer. */
  balanceAfterMinor: integer('balance_after_minor').notNull().default(0),
  transactionId: text('transaction_id').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const giftCertificateBatches = sqliteTable('gift_certificate_batches', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  count: integer('count').notNull(),
  valueMinor: integer('value_minor').notNull(),
  currency: text('currency').notNull(),
  payloadHash: text('payload_hash').notNull(),
  transactionId: text('transaction_id').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** One row per code; only the code's hash is stored. Each code redeems once. */
export const giftCertificates = sqliteTable(
  'gift_certificates',
  {
    codeHash: text('code_hash').primaryKey(),
    batchId: text('batch_id')
      .notNull()
      .references(() => giftCertificateBatches.id),
    valueMinor: integer('value_minor').notNull(),
    currency: text('currency').notNull(),
    redeemedAt: integer('redeemed_at'),
    walletId: text('wallet_id'),
    transactionId: text('transaction_id'),
  },
  (table) => [index('gift_certificates_batch').on(table.batchId)],
);

/** Money a wallet set aside for an offline allowance, released when the allowance ends. */
export const offlineReserves = sqliteTable('offline_reserves', {
  id: text('id').primaryKey(),
  walletId: text('wallet_id').notNull(),
  amountMinor: integer('amount_minor').notNull(),
  currency: text('currency').notNull(),
  reserveTransactionId: text('reserve_transaction_id').notNull(),
  releasedAt: integer('released_at'),
  releaseTransactionId: text('release_transaction_id'),
  createdAt: integer('created_at').notNull(),
});

/**
 * A merchant's settlement statement for one business day, signed by the server. Its
 * numbers are fixed when it is closed; approval only posts the payout. Items that arrive
 * late (after the close) go into the next statement.
 */
export const statements = sqliteTable(
  'statements',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id')
      .notNull()
      .references(() => merchants.id),
    currency: text('currency').notNull(),
    businessDay: text('business_day').notNull(),
    /** 1, 2, 3 ... per merchant: statements close and are approved in this order. */
    sequence: integer('sequence').notNull(),
    status: text('status', { enum: ['pending', 'approved'] }).notNull(),
    grossMinor: integer('gross_minor').notNull(),
    refundMinor: integer('refund_minor').notNull(),
    feeMinor: integer('fee_minor').notNull(),
    feeRefundMinor: integer('fee_refund_minor').notNull(),
    netMinor: integer('net_minor').notNull(),
    openingCarryMinor: integer('opening_carry_minor').notNull(),
    payoutMinor: integer('payout_minor').notNull(),
    closingCarryMinor: integer('closing_carry_minor').notNull(),
    paymentCount: integer('payment_count').notNull(),
    refundCount: integer('refund_count').notNull(),
    /** The signed document, canonical JSON of its body, and the server's signature. */
    body: text('body').notNull(),
    signature: text('signature').notNull(),
    serverKeyId: text('server_key_id').notNull(),
    createdAt: integer('created_at').notNull(),
    approvedAt: integer('approved_at'),
    approvedBy: text('approved_by'),
    payoutTransactionId: text('payout_transaction_id'),
  },
  (table) => [
    uniqueIndex('statements_day').on(table.merchantId, table.businessDay),
    uniqueIndex('statements_sequence').on(table.merchantId, table.sequence),
    index('statements_day_all').on(table.businessDay),
  ],
);
