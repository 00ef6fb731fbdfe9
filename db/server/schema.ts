// The server ledger's schema. Money is integer minor units in every column (`*Minor`);
// times are epoch milliseconds (`*At`). Balances are derived from postings; the cached
// `balanceMinor` on accounts is written in the same transaction and checked by ledger:check.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/** The server's Ed25519 signing keys; the newest active one signs receipts. */
export const serverKeys = sqliteTable('server_keys', {
  id: text('id').primaryKey(),
  publicKey: text('public_key').notNull(),
  // Embedded deployments keep the key here; a real deployment puts it in a KMS.
  secretKey: text('secret_key').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const merchants = sqliteTable('merchants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  category: text('category').notNull(),
  currency: text('currency').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** One-time codes an administrator issues to enroll a console; only the hash is kept. */
export const enrollmentCodes = sqliteTable('enrollment_codes', {
  codeHash: text('code_hash').primaryKey(),
  merchantId: text('merchant_id')
    .notNull()
    .references(() => merchants.id),
  label: text('label').notNull(),
  expiresAt: integer('expires_at').notNull(),
  usedAt: integer('used_at'),
  deviceId: text('device_id'),
});

export const devices = sqliteTable(
  'devices',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id')
      .notNull()
      .references(() => merchants.id),
    label: text('label').notNull(),
    publicKey: text('public_key').notNull(),
    certificate: text('certificate').notNull(),
    status: text('status', { enum: ['active', 'revoked'] }).notNull(),
    enrolledAt: integer('enrolled_at').notNull(),
  },
  (table) => [uniqueIndex('devices_public_key').on(table.publicKey)],
);

export const wallets = sqliteTable(
  'wallets',
  {
    id: text('id').primaryKey(),
    publicKey: text('public_key').notNull(),
    otpSecret: text('otp_secret').notNull(),
    status: text('status', { enum: ['active', 'locked'] }).notNull(),
    /** Consecutive OTP failures; reset by a success or an administrator's unlock. */
    otpFailures: integer('otp_failures').notNull().default(0),
    lastOtpFailureAt: integer('last_otp_failure_at'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [uniqueIndex('wallets_public_key').on(table.publicKey)],
);

/** OTP time steps a wallet has spent; a step is accepted at most once (RFC 6238 §5.2). */
export const walletOtpSteps = sqliteTable(
  'wallet_otp_steps',
  {
    walletId: text('wallet_id')
      .notNull()
      .references(() => wallets.id),
    step: integer('step').notNull(),
    paymentId: text('payment_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.walletId, table.step] })],
);

export const ACCOUNT_KINDS = [
  'wallet',
  'merchant_payable',
  'fee_revenue',
  'cash_clearing',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ACCOUNT_KINDS }).notNull(),
    /** The wallet or merchant the account belongs to; '' for the operator's own accounts. */
    ownerId: text('owner_id').notNull(),
    currency: text('currency').notNull(),
    balanceMinor: integer('balance_minor').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    uniqueIndex('accounts_owner').on(table.kind, table.ownerId, table.currency),
    check('wallet_never_negative', sql`${table.kind} <> 'wallet' OR ${table.balanceMinor} >= 0`),
  ],
);

export const TRANSACTION_KINDS = ['payment', 'top_up'] as const;

export const transactions = sqliteTable(
  'transactions',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: TRANSACTION_KINDS }).notNull(),
    /** The idempotency key of the mutation that made it (paymentId, topUpId). */
    sourceId: text('source_id').notNull(),
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
    createdAt: integer('created_at').notNull(),
  },
  (table) => [
    index('payments_merchant_created').on(table.merchantId, table.createdAt),
    index('payments_wallet').on(table.walletId),
  ],
);

/** Cash top-ups taken by a cashier at a console, idempotent on the console's topUpId. */
export const topUps = sqliteTable('top_ups', {
  id: text('id').primaryKey(),
  walletId: text('wallet_id').notNull(),
  deviceId: text('device_id'),
  amountMinor: integer('amount_minor').notNull(),
  currency: text('currency').notNull(),
  transactionId: text('transaction_id').notNull(),
  createdAt: integer('created_at').notNull(),
});
