// A tutor's students and invoices. The console (a device-signed call) creates, sends and
// voids; a student pays from the link (invoices-link.ts) or at the console; payments move
// paidMinor and the status in their own transaction (invoices-hook.ts). Ids are made by
// the console before the first try, so every call is idempotent on its id.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { type Line, linesTotalMinor, type PaymentRequest } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { payloadHash } from './idempotency.ts';
import {
  assertMove,
  checkPayRequest,
  type DeviceActor,
  findInvoice,
  invoiceSummary,
  type InvoiceRow,
  isOverdue,
  linkToken,
  linkTokenHashOf,
  studentName,
  today,
} from './invoices-common.ts';
import { merchantById } from './merchants.ts';
import type { DomainEnv } from './settings.ts';

export interface StudentInput {
  readonly studentId: string;
  readonly name: string;
  readonly contact: string;
}

export function saveStudent(
  env: DomainEnv,
  actor: DeviceActor,
  input: StudentInput & { archived?: boolean },
) {
  const existing = studentRow(env, input.studentId);
  if (existing && existing.merchantId !== actor.merchantId) {
    throw reject('not_found', 'no such student');
  }
  const values = { name: input.name, contact: input.contact, archived: input.archived ?? false };
  if (existing) {
    env.db.update(schema.students).set(values).where(eq(schema.students.id, input.studentId)).run();
    // An archived student has no more lessons: their weekly series stop making invoices.
    if (values.archived) {
      env.db.update(schema.invoiceSeries)
        .set({ active: false })
        .where(eq(schema.invoiceSeries.studentId, input.studentId))
        .run();
    }
  } else {
    env.db.insert(schema.students)
      .values({
        id: input.studentId,
        merchantId: actor.merchantId,
        createdAt: env.runtime.clock.nowMs(),
        ...values,
      })
      .run();
  }
  return { studentId: input.studentId, ...values };
}

function studentRow(env: DomainEnv, studentId: string) {
  return env.db.select().from(schema.students).where(eq(schema.students.id, studentId)).get();
}

export function listStudents(env: DomainEnv, actor: DeviceActor) {
  return env.db
    .select({
      studentId: schema.students.id,
      name: schema.students.name,
      contact: schema.students.contact,
      archived: schema.students.archived,
    })
    .from(schema.students)
    .where(eq(schema.students.merchantId, actor.merchantId))
    .orderBy(schema.students.name)
    .limit(1_000)
    .all();
}

/** A student this merchant may bill: its own and not archived. */
export function billableStudent(env: DomainEnv, actor: DeviceActor, studentId: string) {
  const student = studentRow(env, studentId);
  if (!student || student.merchantId !== actor.merchantId || student.archived) {
    throw reject('student_unavailable', 'the student is archived or unknown');
  }
  return student;
}

/** The lines' total, or a typed refusal when they leave the range of one payment. */
export function totalOf(lines: readonly Line[]): number {
  const total = linesTotalMinor(lines);
  if (total === null || total <= 0) {
    throw reject('limit_exceeded', 'the lines’ total is out of range');
  }
  return total;
}

export function merchantCurrency(env: DomainEnv, actor: DeviceActor): string {
  const merchant = merchantById(env.db, actor.merchantId);
  if (!merchant) throw reject('not_found', 'no such merchant');
  return merchant.currency;
}

export interface NewInvoiceInput {
  readonly invoiceId: string;
  readonly studentId: string;
  readonly lines: readonly Line[];
  readonly dueDay: string;
}

/** A draft; the same id with the same content answers the stored invoice again. */
export function createInvoice(env: DomainEnv, actor: DeviceActor, input: NewInvoiceInput) {
  const existing = env.db
    .select()
    .from(schema.invoices)
    .where(eq(schema.invoices.id, input.invoiceId))
    .get();
  if (existing) {
    const same =
      existing.merchantId === actor.merchantId &&
      existing.studentId === input.studentId &&
      existing.dueDay === input.dueDay &&
      payloadHash(JSON.parse(existing.lines)) === payloadHash(input.lines);
    if (!same) throw reject('idempotency_conflict', 'invoiceId was used for another invoice');
    return withLink(env, existing);
  }
  billableStudent(env, actor, input.studentId);
  const row = {
    id: input.invoiceId,
    merchantId: actor.merchantId,
    studentId: input.studentId,
    lines: JSON.stringify(input.lines),
    totalMinor: totalOf(input.lines),
    currency: merchantCurrency(env, actor),
    dueDay: input.dueDay,
    status: 'draft' as const,
    createdAt: env.runtime.clock.nowMs(),
  };
  env.db.insert(schema.invoices).values(row).run();
  return withLink(env, findInvoice(env, actor, input.invoiceId));
}

/**
 * Runs `change` on the actor's invoice in one immediate transaction: the status a move is
 * checked against is the status it writes over, even with two consoles at once.
 */
function changeInvoice<Result>(
  env: DomainEnv,
  actor: DeviceActor,
  invoiceId: string,
  change: (scoped: DomainEnv, row: InvoiceRow) => Result,
): Result {
  return env.db.transaction(
    (tx) => {
      const scoped = { ...env, db: tx };
      return change(scoped, findInvoice(scoped, actor, invoiceId));
    },
    { behavior: 'immediate' },
  );
}

/**
 * Checks the console's signed request against the invoice and stores it as the one its link
 * pays (with `change`, the move that goes with it); answers the invoice as it now is.
 */
function storePayRequest(
  scoped: DomainEnv,
  actor: DeviceActor,
  row: InvoiceRow,
  request: PaymentRequest,
  change: Partial<typeof schema.invoices.$inferInsert> = {},
) {
  checkPayRequest(scoped, actor, row, request);
  scoped.db
    .update(schema.invoices)
    .set({
      ...change,
      payRequest: JSON.stringify(request),
      payRequestPaymentId: request.body.paymentId,
    })
    .where(eq(schema.invoices.id, row.id))
    .run();
  return withLink(scoped, findInvoice(scoped, actor, row.id));
}

/**
 * draft → sent with the console's signed request for the whole amount. Sending again with
 * the request already stored answers the same (a retry); the link never changes.
 */
export function sendInvoice(
  env: DomainEnv,
  actor: DeviceActor,
  input: { invoiceId: string; request: PaymentRequest },
) {
  return changeInvoice(env, actor, input.invoiceId, (scoped, row) => {
    if (row.status !== 'draft' && row.payRequestPaymentId === input.request.body.paymentId) {
      return withLink(scoped, row);
    }
    assertMove(row, 'send');
    return storePayRequest(scoped, actor, row, input.request, {
      status: 'sent',
      sentAt: env.runtime.clock.nowMs(),
      linkTokenHash: linkTokenHashOf(env, row.id),
    });
  });
}

/**
 * A fresh signed request for what is left (after a partial payment, a declined link try,
 * or near its expiry). The old request stays valid where a wallet already holds it: the
 * payment hook still refuses any amount above what is left.
 */
export function renewPayRequest(
  env: DomainEnv,
  actor: DeviceActor,
  input: { invoiceId: string; request: PaymentRequest },
) {
  return changeInvoice(env, actor, input.invoiceId, (scoped, row) => {
    if (row.payRequestPaymentId === input.request.body.paymentId) return withLink(scoped, row);
    if (!schema.OPEN_INVOICE_STATUSES.includes(row.status)) {
      throw reject('invoice_transition_refused', `a ${row.status} invoice takes no new request`);
    }
    return storePayRequest(scoped, actor, row, input.request);
  });
}

export function voidInvoice(env: DomainEnv, actor: DeviceActor, input: { invoiceId: string }) {
  return changeInvoice(env, actor, input.invoiceId, (scoped, row) => {
    if (row.status === 'void') return withLink(scoped, row);
    assertMove(row, 'void');
    scoped.db
      .update(schema.invoices)
      .set({
        status: 'void',
        voidedAt: env.runtime.clock.nowMs(),
        payRequest: null,
        payRequestPaymentId: null,
      })
      .where(eq(schema.invoices.id, row.id))
      .run();
    return withLink(scoped, findInvoice(scoped, actor, row.id));
  });
}

export const INVOICE_FILTERS = ['all', 'open', 'overdue', 'paid', 'draft', 'void'] as const;
export type InvoiceFilter = (typeof INVOICE_FILTERS)[number];

const STATUSES_OF: Record<InvoiceFilter, readonly schema.InvoiceStatus[]> = {
  all: schema.INVOICE_STATUSES,
  open: schema.OPEN_INVOICE_STATUSES,
  overdue: schema.OPEN_INVOICE_STATUSES,
  paid: ['paid'],
  draft: ['draft'],
  void: ['void'],
};

/** Newest due day first, at most 500; overdue is computed against today's business day. */
export function listInvoices(
  env: DomainEnv,
  actor: DeviceActor,
  input: { filter: InvoiceFilter; studentId?: string },
) {
  const conditions = [
    eq(schema.invoices.merchantId, actor.merchantId),
    inArray(schema.invoices.status, [...STATUSES_OF[input.filter]]),
  ];
  if (input.studentId) conditions.push(eq(schema.invoices.studentId, input.studentId));
  const rows = env.db
    .select()
    .from(schema.invoices)
    .where(and(...conditions))
    .orderBy(desc(schema.invoices.dueDay), desc(schema.invoices.createdAt))
    .limit(500)
    .all();
  const todayDay = today(env);
  const kept = input.filter === 'overdue' ? rows.filter((row) => isOverdue(row, todayDay)) : rows;
  return kept.map((row) => withLink(env, row));
}

export function getInvoice(env: DomainEnv, actor: DeviceActor, invoiceId: string) {
  return withLink(env, findInvoice(env, actor, invoiceId));
}

/** The summary plus the link token once the invoice was sent (the console formats the link). */
export function withLink(env: DomainEnv, row: InvoiceRow) {
  return {
    ...invoiceSummary(env, row, studentName(env, row.studentId)),
    linkToken: row.linkTokenHash ? linkToken(env, row.id) : null,
  };
}
