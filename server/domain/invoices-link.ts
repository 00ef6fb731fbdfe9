// Paying an invoice from its link, while the console may be off. The link's token finds
// the invoice; the console's signed request stored with it is what the wallet verifies and
// approves; the approval then takes exactly the path of payments.authorize (OTP, both
// signatures, balance, idempotent on paymentId), so nothing about money is special here.
import { and, eq } from 'drizzle-orm';
import {
  type Authorization,
  otpStepAt,
  OTP_WINDOW_STEPS,
  paymentRequestSchema,
  requestHash,
} from '../../protocol/index.ts';
import { invoiceIdOfReference, invoiceTokenHash } from '../../protocol/invoice-link.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { invoiceSummary, type InvoiceRow, storedRequest, studentName } from './invoices-common.ts';
import { findAccount } from './ledger.ts';
import { authorizePayment, declined, type PaymentOutcome, signingWallet } from './payments.ts';
import type { DomainEnv } from './settings.ts';

function byToken(env: DomainEnv, token: string): InvoiceRow {
  const row = env.db
    .select()
    .from(schema.invoices)
    .where(eq(schema.invoices.linkTokenHash, invoiceTokenHash(token)))
    .get();
  // A void invoice's link is dead: it answers like a wrong token, revealing nothing.
  if (!row || row.status === 'void') throw reject('not_found', 'no invoice for this link');
  return row;
}

/**
 * What the student's wallet shows: the invoice and the signed request to approve (null
 * while the console has not yet signed one for what is left). The first open marks the
 * invoice viewed.
 */
export function openInvoiceLink(env: DomainEnv, input: { token: string }) {
  const row = byToken(env, input.token);
  if (row.status === 'sent') {
    env.db.update(schema.invoices)
      .set({ status: 'viewed' })
      .where(and(eq(schema.invoices.id, row.id), eq(schema.invoices.status, 'sent')))
      .run();
  }
  const current = row.status === 'sent' ? { ...row, status: 'viewed' as const } : row;
  const merchant = env.db.select({ name: schema.merchants.name }).from(schema.merchants)
    .where(eq(schema.merchants.id, row.merchantId)).get();
  const full = invoiceSummary(env, current, studentName(env, row.studentId));
  // The student's and series' ids are the tutor's bookkeeping, not the payer's business.
  const { studentId: _student, seriesId: _series, ...summary } = full;
  return {
    invoice: { ...summary, merchantName: merchant?.name ?? '' },
    request: current.status === 'paid' ? null : storedRequest(current),
  };
}

/**
 * Pays the link's stored request. Cheap checks that need no write come first and are
 * answered without recording, so a wrong clock or a short balance does not spend the
 * request's paymentId (which would leave the link waiting for the console).
 */
export function payInvoiceLink(
  env: DomainEnv,
  input: { token: string; authorization: Authorization },
): PaymentOutcome {
  const row = byToken(env, input.token);
  const request = storedRequest(row);
  const { authorization } = input;
  if (!request) {
    // Already settled by this very authorization? Answer it again (idempotent retry).
    return retryAnswer(env, row, authorization) ?? declined('invoice_not_payable');
  }
  if (
    authorization.body.paymentId !== request.body.paymentId ||
    authorization.body.requestHash !== requestHash(request)
  ) {
    return retryAnswer(env, row, authorization) ?? declined('request_mismatch');
  }
  const problem = precheck(env, request.body, authorization);
  if (problem) return problem;
  return authorizePayment(env, { request, authorization });
}

/** The recorded answer when this authorization already went through for this invoice. */
function retryAnswer(env: DomainEnv, row: InvoiceRow, authorization: Authorization) {
  const payment = env.db.select().from(schema.payments)
    .where(eq(schema.payments.id, authorization.body.paymentId)).get();
  if (!payment) return null;
  const request = paymentRequestSchema.parse(JSON.parse(payment.request));
  if (invoiceIdOfReference(request.body.reference) !== row.id) return null;
  // Same documents: the recorded outcome; anything else under that paymentId: a conflict.
  return authorizePayment(env, { request, authorization });
}

function precheck(
  env: DomainEnv,
  body: { amountMinor: number; currency: string; expiresAt: number },
  authorization: Authorization,
): PaymentOutcome | null {
  const nowMs = env.runtime.clock.nowMs();
  if (nowMs > body.expiresAt) return declined('request_expired');
  const signer = signingWallet(env, authorization);
  if (!signer.ok) return declined(signer.reason);
  const { wallet } = signer;
  if (Math.abs(authorization.body.otpStep - otpStepAt(nowMs)) > OTP_WINDOW_STEPS) {
    return declined('otp_out_of_window');
  }
  const account = findAccount(env.db, 'wallet', wallet.id, body.currency);
  if (!account || account.balanceMinor < body.amountMinor) return declined('insufficient_funds');
  return null;
}
