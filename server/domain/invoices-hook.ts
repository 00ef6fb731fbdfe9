// Where payments meet invoices. A payment belongs to an invoice when its signed request's
// reference is `invoice:<invoiceId>` (protocol/invoice-link.ts), whether the student paid
// from the link or at the console ("charge now"). Both functions run inside the payment's
// own transaction (payments.ts), so an invoice's paidMinor and status change exactly when
// the payment row is written, and never by more than the invoice's total.
import { eq } from 'drizzle-orm';
import type { PaymentRequest, ReasonCode } from '../../protocol/index.ts';
import { invoiceIdOfReference } from '../../protocol/invoice-link.ts';
import * as schema from '../../db/server/schema.ts';
import type { ServerDb } from './ledger.ts';

/** The statuses a payment may move on from (the graph; a draft is not sent yet). */
const PAYABLE: ReadonlySet<schema.InvoiceStatus> = new Set(schema.OPEN_INVOICE_STATUSES);

function invoiceOf(tx: ServerDb, request: PaymentRequest) {
  const invoiceId = invoiceIdOfReference(request.body.reference);
  if (invoiceId === null) return { named: false as const };
  const row = tx.select().from(schema.invoices).where(eq(schema.invoices.id, invoiceId)).get();
  // Another merchant's invoice is as good as none: a console signs only for its own.
  const mine = row && row.merchantId === request.body.merchantId ? row : undefined;
  return { named: true as const, row: mine };
}

/**
 * Whether an online payment may settle against the invoice its reference names; checked
 * before any money moves. Null for a payment that names no invoice.
 */
export function invoicePaymentProblem(tx: ServerDb, request: PaymentRequest): ReasonCode | null {
  const found = invoiceOf(tx, request);
  if (!found.named) return null;
  const invoice = found.row;
  if (!invoice || !PAYABLE.has(invoice.status) || invoice.currency !== request.body.currency) {
    return 'invoice_not_payable';
  }
  if (request.body.amountMinor > invoice.totalMinor - invoice.paidMinor) {
    return 'invoice_amount_exceeds_remaining';
  }
  return null;
}

/**
 * Applies a recorded payment to its invoice. A settled one adds to paidMinor (capped at the
 * total: only an offline payment synced after the invoice was paid can exceed it, and its
 * surplus stays a normal payment the tutor may refund). Any change makes the stored link
 * request stale, since it asked for the old remaining amount; the console signs a new one.
 */
export function applyInvoicePayment(
  tx: ServerDb,
  input: { request: PaymentRequest; status: 'settled' | 'declined'; nowMs: number },
): void {
  const found = invoiceOf(tx, input.request);
  if (!found.named || !found.row) return;
  const invoice = found.row;
  const { paymentId, amountMinor } = input.request.body;
  if (input.status === 'declined') {
    // A recorded decline spends the request's paymentId: that request can never settle, so
    // the link waits for a fresh one from the console.
    if (invoice.payRequestPaymentId === paymentId) {
      tx.update(schema.invoices)
        .set({ payRequest: null, payRequestPaymentId: null })
        .where(eq(schema.invoices.id, invoice.id))
        .run();
    }
    return;
  }
  const open = invoice.status !== 'void' && invoice.status !== 'paid';
  const appliedMinor = open ? Math.min(amountMinor, invoice.totalMinor - invoice.paidMinor) : 0;
  tx.insert(schema.invoicePayments)
    .values({ paymentId, invoiceId: invoice.id, amountMinor, appliedMinor, createdAt: input.nowMs })
    .run();
  if (appliedMinor === 0) return;
  const paidMinor = invoice.paidMinor + appliedMinor;
  const paid = paidMinor === invoice.totalMinor;
  tx.update(schema.invoices)
    .set({
      paidMinor,
      status: paid ? 'paid' : 'partially_paid',
      paidAt: paid ? input.nowMs : null,
      payRequest: null,
      payRequestPaymentId: null,
    })
    .where(eq(schema.invoices.id, invoice.id))
    .run();
}
