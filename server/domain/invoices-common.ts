// Shared pieces of the invoice domain: the status graph, the summary the console and the
// link show, and the check of a console's signed pay request.
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  type Line,
  lineSchema,
  type PaymentRequest,
  paymentRequestSchema,
  toBase64Url,
} from '../../protocol/index.ts';
import { invoiceReference, invoiceTokenHash } from '../../protocol/invoice-link.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import type { Actor } from './actors.ts';
import { businessDayOf, DAY_MS } from './calendar.ts';
import { checkDevice } from './payments.ts';
import type { DomainEnv } from './settings.ts';

export type DeviceActor = Extract<Actor, { role: 'device' }>;
export type InvoiceRow = typeof schema.invoices.$inferSelect;
export type InvoiceStatus = schema.InvoiceStatus;

/** A link request may stay valid at most this long: past it the console signs a new one. */
export const MAX_PAY_REQUEST_TTL_MS = 92 * DAY_MS;

/**
 * The moves the console may make (payments move the rest, in invoices-hook.ts):
 * draft → sent → viewed; draft, sent or viewed → void. Paid and void are final; an invoice
 * with any payment is never voided (refund the payment instead).
 */
const CONSOLE_MOVES: Record<'send' | 'view' | 'void', readonly InvoiceStatus[]> = {
  send: ['draft'],
  view: ['sent'],
  void: ['draft', 'sent', 'viewed'],
};

export function assertMove(row: InvoiceRow, move: keyof typeof CONSOLE_MOVES): void {
  if (!CONSOLE_MOVES[move].includes(row.status)) {
    throw reject('invoice_transition_refused', `cannot ${move} an invoice that is ${row.status}`);
  }
}

export function today(env: DomainEnv): string {
  return businessDayOf(env.runtime.clock.nowMs(), env.settings.utcOffsetMinutes);
}

/** Sent and not fully paid after its due day. Derived on every read, never stored. */
export function isOverdue(row: InvoiceRow, todayDay: string): boolean {
  return schema.OPEN_INVOICE_STATUSES.includes(row.status) && row.dueDay < todayDay;
}

/**
 * The link token is derived from a server secret, so the console can show the link again
 * at any time while the database keeps only its hash.
 */
export function linkToken(env: DomainEnv, invoiceId: string): string {
  const digest = createHmac('sha256', env.settings.giftCodeKey)
    .update(`invoice-link\u0000${invoiceId}`)
    .digest();
  return toBase64Url(new Uint8Array(digest));
}

export function linkTokenHashOf(env: DomainEnv, invoiceId: string): string {
  return invoiceTokenHash(linkToken(env, invoiceId));
}

export function parseLines(json: string): Line[] {
  return lineSchema.array().parse(JSON.parse(json));
}

export function storedRequest(row: InvoiceRow): PaymentRequest | null {
  return row.payRequest ? paymentRequestSchema.parse(JSON.parse(row.payRequest)) : null;
}

export function invoiceSummary(env: DomainEnv, row: InvoiceRow, studentName: string) {
  const request = storedRequest(row);
  const todayDay = today(env);
  return {
    invoiceId: row.id,
    studentId: row.studentId,
    studentName,
    lines: parseLines(row.lines),
    totalMinor: row.totalMinor,
    paidMinor: row.paidMinor,
    remainingMinor: row.totalMinor - row.paidMinor,
    currency: row.currency,
    dueDay: row.dueDay,
    status: row.status,
    overdue: isOverdue(row, todayDay),
    seriesId: row.seriesId,
    occurrenceDay: row.occurrenceDay,
    /** When the link's signed request expires; null when there is none (draft or stale). */
    requestExpiresAt: request?.body.expiresAt ?? null,
    createdAt: row.createdAt,
  };
}
export type InvoiceSummary = ReturnType<typeof invoiceSummary>;

export function findInvoice(env: DomainEnv, actor: DeviceActor, invoiceId: string): InvoiceRow {
  const row = env.db.select().from(schema.invoices).where(eq(schema.invoices.id, invoiceId)).get();
  if (!row || row.merchantId !== actor.merchantId) throw reject('not_found', 'no such invoice');
  return row;
}

export function studentName(env: DomainEnv, studentId: string): string {
  const row = env.db
    .select({ name: schema.students.name })
    .from(schema.students)
    .where(eq(schema.students.id, studentId))
    .get();
  return row?.name ?? '';
}

/**
 * The console's signed request for what is left on an invoice: signed by the calling
 * device, for this merchant, currency and invoice, for exactly the remaining amount, with a
 * fresh paymentId, no lines (the link shows the invoice's own) and a bounded expiry.
 */
export function checkPayRequest(
  env: DomainEnv,
  actor: DeviceActor,
  invoice: Pick<InvoiceRow, 'id' | 'currency' | 'totalMinor' | 'paidMinor'>,
  request: PaymentRequest,
): void {
  const body = request.body;
  const nowMs = env.runtime.clock.nowMs();
  const bad = (why: string) => reject('invoice_request_invalid', why);
  if (body.deviceId !== actor.deviceId || body.merchantId !== actor.merchantId) {
    throw bad('the request must be signed by the calling console');
  }
  if (checkDevice(env, request) !== null) throw bad('the request’s signature does not verify');
  if (body.reference !== invoiceReference(invoice.id)) {
    throw bad('the reference must name the invoice');
  }
  if (body.currency !== invoice.currency) throw bad('the currency is not the invoice’s');
  if (body.amountMinor !== invoice.totalMinor - invoice.paidMinor) {
    throw bad('the amount must be what is left to pay');
  }
  if (body.lines.length !== 0) throw bad('a link request carries no lines');
  if (body.expiresAt <= nowMs || body.expiresAt > nowMs + MAX_PAY_REQUEST_TTL_MS) {
    throw bad('the expiry must be in the future and within 92 days');
  }
  const used = env.db
    .select({ id: schema.payments.id })
    .from(schema.payments)
    .where(eq(schema.payments.id, body.paymentId))
    .get();
  if (used) throw bad('the request’s paymentId was used before');
}
