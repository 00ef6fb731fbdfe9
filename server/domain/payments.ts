// payments.authorize: the server's half of the MO handshake. Checks run in a fixed order,
// cheapest and least revealing first; everything after the device check happens inside
// one IMMEDIATE SQLite transaction, so an answer is either fully recorded or not at all.
import { and, eq, lt } from 'drizzle-orm';
import {
  type Authorization,
  authorizationHash,
  canonicalJson,
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
  verifyRequestSignature,
} from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId } from '../runtime.ts';
import { feeFor } from './fees.ts';
import { applyInvoicePayment, invoicePaymentProblem } from './invoices-hook.ts';
import { accountId, findAccount, OPERATOR, postTransaction, type ServerDb } from './ledger.ts';
import { rollUpPayment } from './rollups.ts';
import type { DomainEnv } from './settings.ts';

export type PaymentOutcome =
  | { readonly status: 'settled'; readonly receipt: Receipt }
  | { readonly status: 'declined'; readonly reason: ReasonCode; readonly reasonText: string };

export type PaymentStatus = PaymentOutcome | { readonly status: 'unknown' };

export function declined(reason: ReasonCode): PaymentOutcome {
  return { status: 'declined', reason, reasonText: reasonText(reason) };
}

type PaymentRow = typeof schema.payments.$inferSelect;

export function outcomeOf(row: PaymentRow): PaymentOutcome {
  if (row.status === 'settled' && row.receipt) {
    return { status: 'settled', receipt: receiptSchema.parse(JSON.parse(row.receipt)) };
  }
  return declined((row.reason ?? 'protocol_error') as ReasonCode);
}

/** Checks that need no database writes; a failure here is answered but not recorded. */
export function checkDevice(env: DomainEnv, request: PaymentRequest): ReasonCode | null {
  const { db, runtime, serverKey } = env;
  const device = db
    .select()
    .from(schema.devices)
    .where(eq(schema.devices.id, request.body.deviceId))
    .get();
  if (!device || device.status !== 'active') return 'unknown_device';
  const certificate = request.certificate.body;
  if (
    certificate.devicePublicKey !== device.publicKey ||
    certificate.merchantId !== device.merchantId
  ) {
    return 'unknown_device';
  }
  // The certificate this server issued and stored at enrollment needs no second verify of
  // its own signature; any other certificate is verified in full.
  const issued = sameDocument(request.certificate, device.certificate);
  const genuine = issued
    ? verifyRequestSignature(request, runtime.signatures)
    : verifyRequest(request, serverKey.publicKey, runtime.signatures);
  if (!genuine) return 'bad_device_signature';
  return null;
}

/** Whether a document equals the stored JSON one, byte for byte in canonical form. */
function sameDocument(document: unknown, storedJson: string): boolean {
  try {
    return canonicalJson(document) === canonicalJson(JSON.parse(storedJson));
  } catch {
    return false;
  }
}

export interface AuthorizeInput {
  readonly request: PaymentRequest;
  readonly authorization: Authorization;
}

export function authorizePayment(env: DomainEnv, input: AuthorizeInput): PaymentOutcome {
  const deviceProblem = checkDevice(env, input.request);
  if (deviceProblem) return declined(deviceProblem);
  const hashes = {
    request: requestHash(input.request),
    authorization: authorizationHash(input.authorization),
  };
  return env.db.transaction(
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
      return decide({ ...env, db: tx }, input, hashes);
    },
    { behavior: 'immediate' },
  );
}

type MerchantRow = typeof schema.merchants.$inferSelect;
type WalletRow = typeof schema.wallets.$inferSelect;
type Signer =
  | { readonly ok: true; readonly wallet: WalletRow }
  | { readonly ok: false; readonly reason: ReasonCode };
type Approval =
  | { readonly ok: true; readonly merchant: MerchantRow; readonly wallet: WalletRow }
  | { readonly ok: false; readonly reason: ReasonCode };

/** The wallet that signed the approval, unlocked, or why it may not pay. Reads only. */
export function signingWallet(env: DomainEnv, authorization: Authorization): Signer {
  const wallet = env.db
    .select()
    .from(schema.wallets)
    .where(eq(schema.wallets.id, authorization.body.walletId))
    .get();
  if (!wallet) return { ok: false, reason: 'unknown_wallet' };
  // The wallet's signature comes before the OTP: without the wallet key nobody can spend
  // a wallet's OTP tries and lock it.
  if (!verifyAuthorization(authorization, wallet.publicKey, env.runtime.signatures)) {
    return { ok: false, reason: 'bad_customer_signature' };
  }
  if (wallet.status === 'locked') return { ok: false, reason: 'wallet_locked' };
  return { ok: true, wallet };
}

/** Every check of the customer's approval; a valid OTP is spent here, once. */
function checkApproval(
  env: DomainEnv,
  input: AuthorizeInput,
  requestHashValue: string,
  nowMs: number,
): Approval {
  const { db: tx } = env;
  const { request, authorization } = input;
  const no = (reason: ReasonCode): Approval => ({ ok: false, reason });
  if (
    authorization.body.paymentId !== request.body.paymentId ||
    authorization.body.requestHash !== requestHashValue
  ) {
    return no('request_mismatch');
  }
  if (nowMs > request.body.expiresAt) return no('request_expired');
  const merchant = tx
    .select()
    .from(schema.merchants)
    .where(eq(schema.merchants.id, request.body.merchantId))
    .get();
  if (!merchant || merchant.currency !== request.body.currency) return no('unsupported_currency');
  const signer = signingWallet(env, authorization);
  if (!signer.ok) return signer;
  const { wallet } = signer;
  if (
    wallet.otpFailures > 0 &&
    wallet.lastOtpFailureAt !== null &&
    nowMs < wallet.lastOtpFailureAt + otpRetryDelayMs(wallet.otpFailures)
  ) {
    return no('otp_throttled');
  }
  const otpProblem = checkWalletOtp(tx, wallet, authorization, nowMs);
  if (otpProblem) return no(otpProblem);
  // A valid OTP is spent whatever happens next (RFC 6238 §5.2: accepted at most once).
  tx.insert(schema.walletOtpSteps)
    .values({
      walletId: wallet.id,
      step: authorization.body.otpStep,
      paymentId: request.body.paymentId,
    })
    .run();
  tx.update(schema.wallets)
    .set({ otpFailures: 0, lastOtpFailureAt: null })
    .where(eq(schema.wallets.id, wallet.id))
    .run();
  return { ok: true, merchant, wallet };
}

function decide(
  env: DomainEnv,
  input: AuthorizeInput,
  hashes: { request: string; authorization: string },
): PaymentOutcome {
  const { db: tx, runtime } = env;
  const { request, authorization } = input;
  const nowMs = runtime.clock.nowMs();
  const record = (status: 'settled' | 'declined', reason: ReasonCode | null, extra = {}) =>
    recordPayment(tx, { request, authorization, hashes, status, reason, nowMs, extra });
  const decline = (reason: ReasonCode): PaymentOutcome => {
    record('declined', reason);
    return declined(reason);
  };
  // A payment naming an invoice may not pay more than is left on it (docs/ledger.md).
  const invoiceProblem = invoicePaymentProblem(tx, request);
  if (invoiceProblem) return decline(invoiceProblem);
  const approval = checkApproval(env, input, hashes.request, nowMs);
  if (!approval.ok) return decline(approval.reason);
  const { merchant, wallet } = approval;
  const { amountMinor, currency } = request.body;
  const walletAccount = findAccount(tx, 'wallet', wallet.id, currency);
  if (!walletAccount || walletAccount.balanceMinor < amountMinor) {
    return decline('insufficient_funds');
  }
  const settled = postPayment(env, { request, merchant, walletAccountId: walletAccount.id, nowMs });
  const receipt = settledReceipt(env, { request, hashes, walletId: wallet.id, transactionId: settled.transactionId, nowMs });
  record('settled', null, { receipt: JSON.stringify(receipt), ...settled });
  return { status: 'settled', receipt };
}

/**
 * The payment's row: its final answer under its paymentId, with both signed documents.
 * `authorization` is the online approval or, for an offline payment, the offline one.
 */
export function recordPayment(
  tx: ServerDb,
  input: {
    request: PaymentRequest;
    authorization: { readonly body: { readonly walletId: string } };
    hashes: { request: string; authorization: string };
    status: 'settled' | 'declined';
    reason: ReasonCode | null;
    nowMs: number;
    extra?: Partial<typeof schema.payments.$inferInsert>;
  },
): void {
  const { request, authorization, hashes } = input;
  tx.insert(schema.payments)
    .values({
      id: request.body.paymentId,
      merchantId: request.body.merchantId,
      deviceId: request.body.deviceId,
      walletId: authorization.body.walletId,
      amountMinor: request.body.amountMinor,
      currency: request.body.currency,
      status: input.status,
      reason: input.reason,
      requestHash: hashes.request,
      authorizationHash: hashes.authorization,
      request: JSON.stringify(request),
      authorization: JSON.stringify(authorization),
      createdAt: input.nowMs,
      ...input.extra,
    })
    .run();
  applyInvoicePayment(tx, input);
}

/** V's signed receipt for a settled payment (online or offline). */
export function settledReceipt(
  env: DomainEnv,
  input: {
    request: PaymentRequest;
    hashes: { request: string; authorization: string };
    walletId: string;
    transactionId: string;
    nowMs: number;
  },
): Receipt {
  const { body } = input.request;
  return signReceipt(
    {
      v: 1,
      paymentId: body.paymentId,
      requestHash: input.hashes.request,
      authorizationHash: input.hashes.authorization,
      merchantId: body.merchantId,
      walletId: input.walletId,
      amountMinor: body.amountMinor,
      currency: body.currency,
      status: 'settled',
      transactionId: input.transactionId,
      settledAt: input.nowMs,
    },
    env.serverKey.secretKey,
    env.runtime.signatures,
  );
}

/**
 * The payment's ledger transaction: wallet −A, merchant payable +(A − F), fee revenue +F,
 * with F from the fee-schedule version in force, and the report rollups beside it.
 */
export function postPayment(
  env: DomainEnv,
  input: {
    request: PaymentRequest;
    merchant: MerchantRow;
    walletAccountId: string;
    nowMs: number;
  },
) {
  const { db: tx, runtime } = env;
  const { amountMinor, currency, paymentId, lines } = input.request.body;
  const merchantId = input.merchant.id;
  const category = input.merchant.category;
  const { feeMinor, feeScheduleId } = feeFor(tx, {
    category,
    currency,
    amountMinor,
    atMs: input.nowMs,
  });
  const transactionId = newId(runtime.random);
  postTransaction(tx, {
    id: transactionId,
    kind: 'payment',
    sourceId: paymentId,
    createdAt: input.nowMs,
    feeScheduleId,
    legs: [
      { accountId: input.walletAccountId, amountMinor: -amountMinor, currency },
      {
        accountId: accountId(tx, runtime, 'merchant_payable', merchantId, currency),
        amountMinor: amountMinor - feeMinor,
        currency,
      },
      {
        accountId: accountId(tx, runtime, 'fee_revenue', OPERATOR, currency),
        amountMinor: feeMinor,
        currency,
      },
    ],
  });
  rollUpPayment(
    tx,
    {
      atMs: input.nowMs,
      utcOffsetMinutes: env.settings.utcOffsetMinutes,
      merchantId,
      currency,
      category,
    },
    { amountMinor, feeMinor, lines },
  );
  return { transactionId, category, feeMinor, feeScheduleId };
}

/** Checks the OTP and, on failure, counts it (locking after OTP_LOCK_AFTER_FAILURES). */
function checkWalletOtp(
  tx: ServerDb,
  wallet: WalletRow,
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
  // A step outside the window says the phone's clock is wrong, and tells an attacker nothing
  // about the secret (no code was compared): it is refused without counting toward the lock.
  if (result.reason === 'otp_out_of_window') return result.reason;
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
