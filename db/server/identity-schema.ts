// Who is who on the server: its keys and settings, merchants and their owners, console
// devices, wallets, administrators and their sessions.
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/** The server's Ed25519 signing keys; the newest active one signs receipts and statements. */
export const serverKeys = sqliteTable('server_keys', {
  id: text('id').primaryKey(),
  publicKey: text('public_key').notNull(),
  // Embedded deployments keep the key here; a real deployment puts it in a KMS.
  secretKey: text('secret_key').notNull(),
  createdAt: integer('created_at').notNull(),
});

/**
 * Values fixed at the first start and read ever after (the business time zone, the key that
 * derives gift-certificate codes): changing them later would re-date or orphan old rows.
 */
export const serverSettings = sqliteTable('server_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const merchants = sqliteTable('merchants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Selects the fee schedule ("cafeteria", "tutor", "event" ...). */
  category: text('category').notNull(),
  currency: text('currency').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** A merchant owner's password (scrypt); the owner reads only its own merchant. */
export const merchantOwners = sqliteTable('merchant_owners', {
  merchantId: text('merchant_id')
    .primaryKey()
    .references(() => merchants.id),
  passwordHash: text('password_hash').notNull(),
  failedLogins: integer('failed_logins').notNull().default(0),
  lastFailedLoginAt: integer('last_failed_login_at'),
  updatedAt: integer('updated_at').notNull(),
});

export const administrators = sqliteTable(
  'administrators',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lastFailedLoginAt: integer('last_failed_login_at'),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [uniqueIndex('administrators_username').on(table.username)],
);

export const SESSION_ROLES = ['administrator', 'merchant_owner'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

/** Login sessions; only the SHA-256 of the token is stored, so a database leak grants none. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    role: text('role', { enum: SESSION_ROLES }).notNull(),
    /** The administrator's id, or the merchant id for an owner. */
    subjectId: text('subject_id').notNull(),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (table) => [index('sessions_expires').on(table.expiresAt)],
);

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

/** Nonces of device-signed calls inside the freshness window: each is accepted once. */
export const deviceCallNonces = sqliteTable(
  'device_call_nonces',
  {
    deviceId: text('device_id').notNull(),
    nonce: text('nonce').notNull(),
    signedAt: integer('signed_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.deviceId, table.nonce] }),
    index('device_call_nonces_signed').on(table.signedAt),
  ],
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
