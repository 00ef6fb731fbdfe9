// payments.authorize: the server's half of the MO handshake. Checks run in a fixed order,
// cheapest and least revealing first; everything after the device check happens inside
// one IMMEDIATE SQLite transaction, so an answer is either fully recorded or not at all.
import { and, eq, lt } from 'drizzle-orm';
import {
  type Authorization,
  authorizationHash,
  checkOtp,
  fromBase64Url,
  isStepExpired,
  OTP_LOCK_AFTER_FAILURES,
  OTP_WINDOW_STEPS,
  otpStepAt,
  otpRetryDelayMs,
  type PaymentRequest,
  type ReasonCode,
  type Receipt,
  reasonText,
  receiptSchema,
  requestHash,
  signReceipt,
  verifyAuthorization,
  verifyRequest,
} from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId, type Runtime } from '../runtime.ts';
import type { ServerKey } from './keys.ts';
import { accountId, findAccount, postTransaction, type ServerDb } from './ledger.ts';

export type PaymentOutcome =
  | { readonly status: 'settled'; readonly receipt: Receipt }
  | { readonly status: 'declined'; readonly reason: ReasonCode; readonly reasonText: string };

export type PaymentStatus = PaymentOutcome | { readonly status: 'unknown' };

function declined(reason: ReasonCode): PaymentOutcome {
  return { status: 'declined', reason, reasonText: reasonText(reason) };
}

type PaymentRow = typeof schema.payments.$inferSelect;

function outcomeOf(row: PaymentRow): PaymentOutcome {
  if (row.status === 'settled' && row.receipt) {
    return { status: 'settled', receipt: receiptSchema.parse(JSON.parse(row.receipt)) };
  }
  return declined((row.reason ?? 'protocol_error') as ReasonCode);
}

/** Checks that need no database writes; a failure here is answered but not recorded. */
function checkDevice(
  db: ServerDb,
  runtime: Runtime,
  serverKey: ServerKey,
  request: PaymentRequest,
): ReasonCode | null {
  const device = db
    .select()
    .from(schema.devices)
    .where(eq(schema.devices.id, request.body.deviceId))
    .get();
  if (!device || device.status !== 'active') return 'unknown_device';
  const certificate = request.certificate.body;
  if (certificate.devicePublicKey !== device.publicKey || certificate.merchantId !== device.merchantId) {
    return 'unknown_device';
  }
  if (!verifyRequest(request, serverKey.publicKey, runtime.signatures)) return 'bad_device_signature';
  return null;
}

export interface AuthorizeInput {
  readonly request: PaymentRequest;
  readonly authorization: Authorization;
}

export function authorizePayment(
  db: ServerDb,
  runtime: Runtime,
  serverKey: ServerKey,
  input: AuthorizeInput,
): PaymentOutcome {
  const deviceProblem = checkDevice(db, runtime, serverKey, input.request);
  if (deviceProblem) return declined(deviceProblem);
  const hashes = {
    request: requestHash(input.request),
    authorization: authorizationHash(input.authorization),
  };
  return db.transaction(
    (tx) => {
      const previous = tx
        .select()
        .from(schema.payments)
        .where(eq(schema.payments.id, input.request.body.paymentId))
        .get();
      if (previous) {
        // Idempotent: the same request and authorization get the same answer, never a
        // second charge; anything else under this paymentId is a conflict.
        if (
          previous.requestHash === hashes.request &&
          previous.authorizationHash === hashes.authorization
        ) {
          return outcomeOf(previous);
        }
        throw reject('idempotency_conflict', 'paymentId was used for another request');
      }
      return decide(tx, runtime, serverKey, input, hashes);
    },
    { behavior: 'immediate' },
  );
}

function decide(
  tx: ServerDb,
  runtime: Runtime,
  serverKey: ServerKey,
  input: AuthorizeInput,
  hashes: { request: string; authorization: string },
): PaymentOutcome {
  const { request, authorization } = input;
  const nowMs = runtime.clock.nowMs();
  const record = (status: 'settled' | 'declined', reason: ReasonCode | null, extra = {}) =>
    tx.insert(schema.payments)
      .values({
        id: request.body.paymentId,
        merchantId: request.body.merchantId,
        deviceId: request.body.deviceId,
        walletId: authorization.body.walletId,
        amountMinor: request.body.amountMinor,
        currency: request.body.currency,
        status,
        reason,
        requestHash: hashes.request,
        authorizationHash: hashes.authorization,
        request: JSON.stringify(request),
        authorization: JSON.stringify(authorization),
        createdAt: nowMs,
        ...extra,
      })
      .run();
  const decline = (reason: ReasonCode): PaymentOutcome => {
    record('declined', reason);
    return declined(reason);
  };

  if (
    authorization.body.paymentId !== request.body.paymentId ||
    authorization.body.requestHash !== hashes.request
  ) {
    return decline('request_mismatch');
  }
  if (nowMs > request.body.expiresAt) return decline('request_expired');
  const merchant = tx
    .select()
    .from(schema.merchants)
    .where(eq(schema.merchants.id, request.body.merchantId))
    .get();
  if (!merchant || merchant.currency !== request.body.currency) {
    return decline('unsupported_currency');
  }
  const wallet = tx
    .select()
    .from(schema.wallets)
    .where(eq(schema.wallets.id, authorization.body.walletId))
    .get();
  if (!wallet) return decline('unknown_wallet');
  // The wallet's signature comes before the OTP: without the wallet key nobody can spend
  // a wallet's OTP tries and lock it.
  if (!verifyAuthorization(authorization, wallet.publicKey, runtime.signatures)) {
    return decline('bad_customer_signature');
  }
  if (wallet.status === 'locked') return decline('wallet_locked');
  if (
    wallet.otpFailures > 0 &&
    wallet.lastOtpFailureAt !== null &&
    nowMs < wallet.lastOtpFailureAt + otpRetryDelayMs(wallet.otpFailures)
  ) {
    return decline('otp_throttled');
  }
  const otpProblem = checkWalletOtp(tx, wallet, authorization, nowMs);
  if (otpProblem) return decline(otpProblem);
  // A valid OTP is spent whatever happens next (RFC 6238 §5.2: accepted at most once).
  tx.insert(schema.walletOtpSteps)
    .values({ walletId: wallet.id, step: authorization.body.otpStep, paymentId: request.body.paymentId })
    .run();
  tx.update(schema.wallets)
    .set({ otpFailures: 0, lastOtpFailureAt: null })
    .where(eq(schema.wallets.id, wallet.id))
    .run();

  const { amountMinor, currency } = request.body;
  const walletAccount = findAccount(tx, 'wallet', wallet.id, currency);
  if (!walletAccount || walletAccount.balanceMinor < amountMinor) {
    return decline('insufficient_funds');
  }
  const transactionId = newId(runtime.random);
  postTransaction(tx, {
    id: transactionId,
    kind: 'payment',
    sourceId: request.body.paymentId,
    createdAt: nowMs,
    legs: [
      { accountId: walletAccount.id, amountMinor: -amountMinor, currency },
      {
        accountId: accountId(tx, runtime, 'merchant_payable', merchant.id, currency),
        amountMinor,
        currency,
      },
    ],
  });
  const receipt = signReceipt(
    {
      v: 1,
      paymentId: request.body.paymentId,
      requestHash: hashes.request,
      authorizationHash: hashes.authorization,
      merchantId: merchant.id,
      walletId: wallet.id,
      amountMinor,
      currency,
      status: 'settled',
      transactionId,
      settledAt: nowMs,
    },
    serverKey.secretKey,
    runtime.signatures,
  );
  record('settled', null, { receipt: JSON.stringify(receipt), transactionId });
  return { status: 'settled', receipt };
}

/** Checks the OTP and, on failure, counts it (locking after OTP_LOCK_AFTER_FAILURES). */
function checkWalletOtp(
  tx: ServerDb,
  wallet: typeof schema.wallets.$inferSelect,
  authorization: Authorization,
  nowMs: number,
): ReasonCode | null {
  const usedRows = tx
    .select({ step: schema.walletOtpSteps.step })
    .from(schema.walletOtpSteps)
    .where(eq(schema.walletOtpSteps.walletId, wallet.id))
    .all();
  const usedSteps = new Set(usedRows.map((row) => row.step));
  const result = checkOtp({
    secret: fromBase64Url(wallet.otpSecret),
    otp: authorization.body.otp,
    step: authorization.body.otpStep,
    nowMs,
    usedSteps,
  });
  // Steps that left the window can never be accepted again; forget them.
  if (usedRows.some((row) => isStepExpired(row.step, nowMs))) {
    tx.delete(schema.walletOtpSteps)
      .where(
        and(
          eq(schema.walletOtpSteps.walletId, wallet.id),
          lt(schema.walletOtpSteps.step, otpStepAt(nowMs) - OTP_WINDOW_STEPS),
        ),
      )
      .run();
  }
  if (result.ok) return null;
  const failures = wallet.otpFailures + 1;
  tx.update(schema.wallets)
    .set({
      otpFailures: failures,
      lastOtpFailureAt: nowMs,
      status: failures >= OTP_LOCK_AFTER_FAILURES ? 'locked' : wallet.status,
    })
    .where(eq(schema.wallets.id, wallet.id))
    .run();
  return failures >= OTP_LOCK_AFTER_FAILURES ? 'wallet_locked' : result.reason;
}

export function paymentStatus(db: ServerDb, paymentId: string): PaymentStatus {
  const row = db.select().from(schema.payments).where(eq(schema.payments.id, paymentId)).get();
  return row ? outcomeOf(row) : { status: 'unknown' };
}

export function unlockWallet(db: ServerDb, walletId: string): void {
  const result = db
    .update(schema.wallets)
    .set({ status: 'active', otpFailures: 0, lastOtpFailureAt: null })
    .where(eq(schema.wallets.id, walletId))
    .run();
  if (result.changes === 0) throw reject('not_found', 'no such wallet');
}
