// A tutor's students and invoices, paid from a link or at the console with the same signed
// documents as any payment. The server is authoritative: a link is paid while the console
// is off. Money in integer minor units; days are 'YYYY-MM-DD' in the server's business day.
// "Overdue" is never stored: it is derived from dueDay and today's business day, so it
// cannot go stale.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const students = sqliteTable(
  'students',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    name: text('name').notNull(),
    /** Free text the tutor reaches the student by (phone, e-mail, parent's name). */
    contact: text('contact').notNull().default(''),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [index('students_merchant').on(table.merchantId, table.name)],
);

export const INVOICE_STATUSES = [
  'draft',
  'sent',
  'viewed',
  'partially_paid',
  'paid',
  'void',
] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
/** Sent and not fully paid: a payment may still come (and, past the due day, it is overdue). */
export const OPEN_INVOICE_STATUSES: readonly InvoiceStatus[] = ['sent', 'viewed', 'partially_paid'];

export const invoices = sqliteTable(
  'invoices',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    studentId: text('student_id').notNull(),
    /** JSON array of {label, quantity, unitPriceMinor}; they sum to totalMinor. */
    lines: text('lines').notNull(),
    totalMinor: integer('total_minor').notNull(),
    paidMinor: integer('paid_minor').notNull().default(0),
    currency: text('currency').notNull(),
    dueDay: text('due_day').notNull(),
    status: text('status', { enum: INVOICE_STATUSES }).notNull(),
    seriesId: text('series_id'),
    occurrenceDay: text('occurrence_day'),
    /** Hash of the link's token (protocol/invoice-link.ts); the token itself is derived. */
    linkTokenHash: text('link_token_hash'),
    /** The console's signed PaymentRequest for the remaining amount; null when stale. */
    payRequest: text('pay_request'),
    payRequestPaymentId: text('pay_request_payment_id'),
    createdAt: integer('created_at').notNull(),
    sentAt: integer('sent_at'),
    paidAt: integer('paid_at'),
    voidedAt: integer('voided_at'),
  },
  (table) => [
    index('invoices_merchant').on(table.merchantId, table.dueDay),
    uniqueIndex('invoices_link').on(table.linkTokenHash),
    uniqueIndex('invoices_occurrence').on(table.seriesId, table.occurrenceDay),
    check(
      'invoice_paid_within_total',
      sql`${table.paidMinor} >= 0 AND ${table.paidMinor} <= ${table.totalMinor}`,
    ),
  ],
);

/** Each settled payment that went to an invoice: the audit of paidMinor. */
export const invoicePayments = sqliteTable(
  'invoice_payments',
  {
    paymentId: text('payment_id').primaryKey(),
    invoiceId: text('invoice_id').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    /** What counted toward the invoice: less than amountMinor only for a late offline sync. */
    appliedMinor: integer('applied_minor').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [index('invoice_payments_invoice').on(table.invoiceId)],
);

/** A weekly lesson: one invoice per occurrence, made by a console (it signs the request). */
export const invoiceSeries = sqliteTable(
  'invoice_series',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    studentId: text('student_id').notNull(),
    lines: text('lines').notNull(),
    totalMinor: integer('total_minor').notNull(),
    currency: text('currency').notNull(),
    /** 0 = Sunday … 6 = Saturday: the weekday of startDay, kept for display. */
    weekday: integer('weekday').notNull(),
    everyWeeks: integer('every_weeks').notNull(),
    startDay: text('start_day').notNull(),
    /** The next occurrence not yet made into an invoice. */
    nextDay: text('next_day').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
  },
  (table) => [index('invoice_series_due').on(table.active, table.nextDay)],
);
