// Weekly lessons: a series makes one invoice per occurrence. The server keeps the series
// and says which occurrences are due; a console signs each occurrence's pay request (only
// it holds the device key) and hands it back. The invoice's id is derived from the series
// and the day, and (seriesId, occurrenceDay) is unique, so two consoles make one invoice.
import { and, eq, lte } from 'drizzle-orm';
import { type Line, type PaymentRequest } from '../../protocol/index.ts';
import { occurrenceInvoiceId } from '../../protocol/invoice-link.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { DAY_MS } from './calendar.ts';
import { payloadHash } from './idempotency.ts';
import {
  checkPayRequest,
  type DeviceActor,
  linkTokenHashOf,
  today,
} from './invoices-common.ts';
import { billableStudent, merchantCurrency, totalOf, withLink } from './invoices.ts';
import type { DomainEnv } from './settings.ts';

/** An occurrence is made this many days ahead, so the student can pay before the lesson. */
export const SERIES_LEAD_DAYS = 6;
/** Occurrences per series per call: a console away for months catches up in steps. */
const MAX_OCCURRENCES_PER_CALL = 8;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function weekdayOf(day: string): number {
  return new Date(Date.parse(`${day}T00:00:00.000Z`)).getUTCDay();
}

export interface SeriesInput {
  readonly seriesId: string;
  readonly studentId: string;
  readonly lines: readonly Line[];
  readonly startDay: string;
  readonly everyWeeks: number;
}

export function createSeries(env: DomainEnv, actor: DeviceActor, input: SeriesInput) {
  const existing = env.db.select().from(schema.invoiceSeries)
    .where(eq(schema.invoiceSeries.id, input.seriesId)).get();
  if (existing) {
    const same =
      existing.merchantId === actor.merchantId &&
      existing.studentId === input.studentId &&
      existing.startDay === input.startDay &&
      existing.everyWeeks === input.everyWeeks &&
      payloadHash(JSON.parse(existing.lines)) === payloadHash(input.lines);
    if (!same) throw reject('idempotency_conflict', 'seriesId was used for another series');
    return seriesSummary(existing);
  }
  billableStudent(env, actor, input.studentId);
  const row = {
    id: input.seriesId,
    merchantId: actor.merchantId,
    studentId: input.studentId,
    lines: JSON.stringify(input.lines),
    totalMinor: totalOf(input.lines),
    currency: merchantCurrency(env, actor),
    weekday: weekdayOf(input.startDay),
    everyWeeks: input.everyWeeks,
    startDay: input.startDay,
    nextDay: input.startDay,
    active: true,
    createdAt: env.runtime.clock.nowMs(),
  };
  env.db.insert(schema.invoiceSeries).values(row).run();
  return seriesSummary(row);
}

type SeriesRow = typeof schema.invoiceSeries.$inferSelect;

function seriesSummary(row: SeriesRow) {
  return {
    seriesId: row.id,
    studentId: row.studentId,
    lines: JSON.parse(row.lines) as Line[],
    totalMinor: row.totalMinor,
    weekday: row.weekday,
    everyWeeks: row.everyWeeks,
    startDay: row.startDay,
    nextDay: row.nextDay,
    active: row.active,
  };
}

export function listSeries(env: DomainEnv, actor: DeviceActor) {
  return env.db.select().from(schema.invoiceSeries)
    .where(eq(schema.invoiceSeries.merchantId, actor.merchantId))
    .orderBy(schema.invoiceSeries.nextDay).limit(500).all().map(seriesSummary);
}

export function stopSeries(env: DomainEnv, actor: DeviceActor, input: { seriesId: string }) {
  const row = env.db.select().from(schema.invoiceSeries)
    .where(eq(schema.invoiceSeries.id, input.seriesId)).get();
  if (!row || row.merchantId !== actor.merchantId) throw reject('not_found', 'no such series');
  env.db.update(schema.invoiceSeries).set({ active: false })
    .where(eq(schema.invoiceSeries.id, row.id)).run();
  return seriesSummary({ ...row, active: false });
}

/** The occurrences a console should make now: each with its derived invoice id and amount. */
export function dueOccurrences(env: DomainEnv, actor: DeviceActor) {
  const horizon = addDays(today(env), SERIES_LEAD_DAYS);
  const rows = env.db.select().from(schema.invoiceSeries)
    .where(and(
      eq(schema.invoiceSeries.merchantId, actor.merchantId),
      eq(schema.invoiceSeries.active, true),
      lte(schema.invoiceSeries.nextDay, horizon),
    ))
    .limit(200).all();
  return rows.flatMap((row) => {
    const days: string[] = [];
    for (let day = row.nextDay; day <= horizon && days.length < MAX_OCCURRENCES_PER_CALL;) {
      days.push(day);
      day = addDays(day, 7 * row.everyWeeks);
    }
    return days.map((occurrenceDay) => ({
      seriesId: row.id,
      occurrenceDay,
      invoiceId: occurrenceInvoiceId(row.id, occurrenceDay),
      totalMinor: row.totalMinor,
      currency: row.currency,
    }));
  });
}

/**
 * Makes one occurrence's invoice, already sent with the console's signed request, and
 * moves the series on. Occurrences are made in order; one made before answers again.
 */
export function makeOccurrence(
  env: DomainEnv,
  actor: DeviceActor,
  input: { seriesId: string; occurrenceDay: string; request: PaymentRequest },
) {
  return env.db.transaction(
    (tx) => {
      const scoped = { ...env, db: tx };
      const series = tx.select().from(schema.invoiceSeries)
        .where(eq(schema.invoiceSeries.id, input.seriesId)).get();
      if (!series || series.merchantId !== actor.merchantId) {
        throw reject('not_found', 'no such series');
      }
      const invoiceId = occurrenceInvoiceId(series.id, input.occurrenceDay);
      const made = tx.select().from(schema.invoices).where(eq(schema.invoices.id, invoiceId)).get();
      if (made) return withLink(scoped, made);
      if (!series.active || input.occurrenceDay !== series.nextDay) {
        throw reject('invoice_transition_refused', 'that occurrence is not the series’ next one');
      }
      if (input.occurrenceDay > addDays(today(scoped), SERIES_LEAD_DAYS)) {
        throw reject('invoice_transition_refused', 'that occurrence is not due yet');
      }
      const invoice = {
        id: invoiceId,
        currency: series.currency,
        totalMinor: series.totalMinor,
        paidMinor: 0,
      };
      checkPayRequest(scoped, actor, invoice, input.request);
      const nowMs = env.runtime.clock.nowMs();
      tx.insert(schema.invoices).values({
        ...invoice,
        merchantId: series.merchantId,
        studentId: series.studentId,
        lines: series.lines,
        dueDay: input.occurrenceDay,
        status: 'sent',
        seriesId: series.id,
        occurrenceDay: input.occurrenceDay,
        linkTokenHash: linkTokenHashOf(env, invoiceId),
        payRequest: JSON.stringify(input.request),
        payRequestPaymentId: input.request.body.paymentId,
        createdAt: nowMs,
        sentAt: nowMs,
      }).run();
      tx.update(schema.invoiceSeries)
        .set({ nextDay: addDays(series.nextDay, 7 * series.everyWeeks) })
        .where(eq(schema.invoiceSeries.id, series.id)).run();
      const row = tx.select().from(schema.invoices).where(eq(schema.invoices.id, invoiceId)).get()!;
      return withLink(scoped, row);
    },
    { behavior: 'immediate' },
  );
}
