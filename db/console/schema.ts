// The console's local ledger. The console records a charge before anything leaves the
// machine, so a crash at any point leaves a row that says how far the charge got.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** This console's enrollment: one row, written once by console.enroll. */
export const identity = sqliteTable('identity', {
  id: integer('id').primaryKey(),
  serverUrl: text('server_url').notNull(),
  serverPublicKey: text('server_public_key').notNull(),
  deviceId: text('device_id').notNull(),
  merchantId: text('merchant_id').notNull(),
  merchantName: text('merchant_name').notNull(),
  currency: text('currency').notNull(),
  // The device's Ed25519 secret never leaves the core (not to the renderer, not to logs).
  deviceSecretKey: text('device_secret_key').notNull(),
  certificate: text('certificate').notNull(),
  enrolledAt: integer('enrolled_at').notNull(),
});

export const PAYMENT_STATES = [
  'awaiting_customer',
  'awaiting_approval',
  'authorizing',
  // Approved against the customer's offline allowance; the server settles it on sync.
  'offline_pending',
  'settled',
  'declined',
  'expired',
  'failed',
] as const;

export const payments = sqliteTable(
  'payments',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    reference: text('reference').notNull(),
    /** The signed request, as sent to the phone and the server. */
    request: text('request').notNull(),
    /** The customer's signed authorization, once received; kept to retry authorize. */
    authorization: text('authorization'),
    state: text('state', { enum: PAYMENT_STATES }).notNull(),
    reason: text('reason'),
    receipt: text('receipt'),
    transactionId: text('transaction_id'),
    walletId: text('wallet_id'),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    settledAt: integer('settled_at'),
    /** Refunded so far, as the server reports it (pulled): refunds are the server's. */
    refundedMinor: integer('refunded_minor').notNull().default(0),
    voidedAt: integer('voided_at'),
  },
  (table) => [index('payments_created').on(table.createdAt)],
);

/** Append-only history of every payment's transitions: never updated, never deleted. */
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    paymentId: text('payment_id').notNull(),
    kind: text('kind').notNull(),
    data: text('data').notNull(),
    at: integer('at').notNull(),
  },
  (table) => [index('events_payment').on(table.paymentId)],
);

/**
 * Mutations waiting for the server. The id is the idempotency key (the paymentId for a
 * payment), made and stored before the first send and reused on every retry.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    /**
     * 'authorize': an online approval; 'offline_payment': approved against an allowance;
     * 'refund' / 'void': asked at this console (the id is the refunds row's id).
     */
    kind: text('kind', { enum: ['authorize', 'offline_payment', 'refund', 'void'] }).notNull(),
    payload: text('payload').notNull(),
    state: text('state', { enum: ['pending', 'done', 'quarantined'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at').notNull(),
    /** Why the last attempt failed, or why the item was quarantined. */
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull(),
    doneAt: integer('done_at'),
  },
  (table) => [index('outbox_due').on(table.state, table.nextAttemptAt)],
);

/** One row: how far this console has pulled the server's changes, and when it last synced. */
export const syncState = sqliteTable('sync_state', {
  id: integer('id').primaryKey(),
  pullCursor: integer('pull_cursor').notNull().default(0),
  lastSyncAt: integer('last_sync_at'),
});

/**
 * Offline allowances this console has accepted payments under: the highest counter and
 * running total seen, so a replayed or rolled-back offline approval is refused.
 */
export const offlineAllowances = sqliteTable('offline_allowances', {
  allowanceId: text('allowance_id').primaryKey(),
  walletId: text('wallet_id').notNull(),
  lastCounter: integer('last_counter').notNull(),
  spentMinor: integer('spent_minor').notNull(),
  expiresAt: integer('expires_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** Cashier shifts. A shift closes only when every payment taken in it has reached the server. */
export const shifts = sqliteTable('shifts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  openedAt: integer('opened_at').notNull(),
  closedAt: integer('closed_at'),
  /** Cash put in the drawer at open, as the cashier typed it. */
  openingFloatMinor: integer('opening_float_minor').notNull().default(0),
  /** The blind count at close, what the core expected, and counted − expected. */
  countedCashMinor: integer('counted_cash_minor'),
  expectedCashMinor: integer('expected_cash_minor'),
  varianceMinor: integer('variance_minor'),
  openedBy: text('opened_by'),
  closedBy: text('closed_by'),
});

/**
 * The people who sign in on this console by PIN. A PIN is kept only as a salted scrypt hash;
 * a removed person keeps the row (who refunded what stays readable) but cannot sign in.
 */
export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  role: text('role', { enum: ['owner', 'cashier'] }).notNull(),
  pinHash: text('pin_hash').notNull(),
  createdAt: integer('created_at').notNull(),
  removedAt: integer('removed_at'),
});

/** One row of console-wide settings and the PIN guard (PINs have no username to count by). */
export const consoleSettings = sqliteTable('console_settings', {
  id: integer('id').primaryKey(),
  /** A cashier refunds up to this alone; above it an owner's PIN approves. */
  refundLimitMinor: integer('refund_limit_minor').notNull().default(10_000),
  pinFailures: integer('pin_failures').notNull().default(0),
  lastPinFailureAt: integer('last_pin_failure_at'),
});

export const REFUND_STATES = ['pending', 'done', 'refused'] as const;

/**
 * Refunds and voids asked for at this console. The id is the server's idempotency key
 * (refundId), made and stored here before the first send and reused on every retry.
 */
export const refunds = sqliteTable(
  'refunds',
  {
    id: text('id').primaryKey(),
    paymentId: text('payment_id').notNull(),
    kind: text('kind', { enum: ['refund', 'void'] }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    state: text('state', { enum: REFUND_STATES }).notNull(),
    /** The server's reason when it refused. */
    reason: text('reason'),
    requestedBy: text('requested_by').notNull(),
    /** The owner whose PIN approved it (above the limit, and every void). */
    approvedBy: text('approved_by'),
    createdAt: integer('created_at').notNull(),
    answeredAt: integer('answered_at'),
  },
  (table) => [index('refunds_payment').on(table.paymentId)],
);

/**
 * The catalog as last pulled from the server (its snapshot version), so the register sells
 * offline. A new snapshot replaces every catalog row in one transaction. The active event is
 * this console's own choice: its catalog replaces the everyday one on the register.
 */
export const catalogState = sqliteTable('catalog_state', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
  fetchedAt: integer('fetched_at').notNull(),
  activeEventId: text('active_event_id'),
});

export const catalogEvents = sqliteTable('catalog_events', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  startsOn: text('starts_on').notNull(),
  endsOn: text('ends_on').notNull(),
  status: text('status', { enum: ['open', 'closed'] }).notNull(),
});

export const catalogCategories = sqliteTable('catalog_categories', {
  id: text('id').primaryKey(),
  /** Null: the everyday catalog. */
  eventId: text('event_id'),
  name: text('name').notNull(),
  position: integer('position').notNull(),
});

export const catalogItems = sqliteTable('catalog_items', {
  id: text('id').primaryKey(),
  eventId: text('event_id'),
  categoryId: text('category_id').notNull(),
  name: text('name').notNull(),
  priceMinor: integer('price_minor').notNull(),
  quickKey: text('quick_key'),
  position: integer('position').notNull(),
});
