// Events: a stall at a fair or a festival, with its own catalog and its own report. A
// payment belongs to an event when its signed request's reference is `event:<eventId>`;
// the report reads those payments through the expression index of migration 0006.
import { and, eq, sql } from 'drizzle-orm';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { bumpVersion, catalogVersion, eventOf } from './catalog.ts';
import type { DomainEnv } from './settings.ts';

/** The reference a console puts in an event's payment requests. */
export const eventReference = (eventId: string) => `event:${eventId}`;
/** Item lines per report: an event's catalog holds at most a few hundred items. */
const MAX_REPORT_ITEMS = 1_000;

export interface EventInput {
  readonly eventId: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** Creates an event, open; idempotent on the caller's eventId (same payload, same answer). */
export function createEvent(env: DomainEnv, merchantId: string, input: EventInput) {
  if (input.endsOn < input.startsOn) {
    throw reject('event_dates_invalid', 'an event ends on or after the day it starts');
  }
  const nowMs = env.runtime.clock.nowMs();
  return env.db.transaction(
    (tx) => {
      const existing = tx
        .select()
        .from(schema.catalogEvents)
        .where(eq(schema.catalogEvents.id, input.eventId))
        .get();
      if (existing) {
        const same =
          existing.merchantId === merchantId &&
          existing.name === input.name &&
          existing.startsOn === input.startsOn &&
          existing.endsOn === input.endsOn;
        if (!same) throw reject('idempotency_conflict', 'eventId was used for another event');
        return { eventId: input.eventId, version: catalogVersion(tx, merchantId) };
      }
      tx.insert(schema.catalogEvents)
        .values({
          id: input.eventId,
          merchantId,
          name: input.name,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          status: 'open',
          createdAt: nowMs,
          updatedAt: nowMs,
        })
        .run();
      bumpVersion(tx, merchantId, nowMs);
      return { eventId: input.eventId, version: catalogVersion(tx, merchantId) };
    },
    { behavior: 'immediate' },
  );
}

/** Closes an event: its catalog freezes and consoles stop selling from it. Idempotent. */
export function closeEvent(env: DomainEnv, merchantId: string, input: { eventId: string }) {
  const nowMs = env.runtime.clock.nowMs();
  return env.db.transaction(
    (tx) => {
      const event = eventOf(tx, merchantId, input.eventId);
      if (event.status !== 'closed') {
        tx.update(schema.catalogEvents)
          .set({ status: 'closed', updatedAt: nowMs })
          .where(eq(schema.catalogEvents.id, input.eventId))
          .run();
        bumpVersion(tx, merchantId, nowMs);
      }
      return { eventId: input.eventId, version: catalogVersion(tx, merchantId) };
    },
    { behavior: 'immediate' },
  );
}

const EMPTY_TOTALS = {
  paymentCount: 0,
  grossMinor: 0,
  refundMinor: 0,
  feeMinor: 0,
  voidCount: 0,
  voidMinor: 0,
};

/** The same expression as the index `payments_reference`, so SQLite uses the index. */
const referenceOf = sql`json_extract(${schema.payments.request}, '$.body.reference')`;
const sumOf = (expression: ReturnType<typeof sql>) =>
  sql<number>`coalesce(sum(${expression}), 0)`.mapWith(Number);

/**
 * An event's settled payments: gross, refunds, fees (less fees returned with refunds) and
 * net; voided payments are counted apart and left out of every sum; items sold from the
 * requests' lines. A free amount without lines shows only in the totals.
 */
export function eventReport(env: DomainEnv, merchantId: string, input: { eventId: string }) {
  return env.db.transaction((tx) => {
    const event = eventOf(tx, merchantId, input.eventId);
    const p = schema.payments;
    const ofEvent = and(
      eq(p.merchantId, merchantId),
      sql`${referenceOf} = ${eventReference(event.id)}`,
      eq(p.status, 'settled'),
    );
    const live = sql`${p.voidedAt} IS NULL`;
    const totals = tx
      .select({
        paymentCount: sumOf(sql`CASE WHEN ${live} THEN 1 ELSE 0 END`),
        grossMinor: sumOf(sql`CASE WHEN ${live} THEN ${p.amountMinor} ELSE 0 END`),
        refundMinor: sumOf(sql`CASE WHEN ${live} THEN ${p.refundedMinor} ELSE 0 END`),
        feeMinor: sumOf(
          sql`CASE WHEN ${live} THEN ${p.feeMinor} - ${p.feeRefundedMinor} ELSE 0 END`,
        ),
        voidCount: sumOf(sql`CASE WHEN ${live} THEN 0 ELSE 1 END`),
        voidMinor: sumOf(sql`CASE WHEN ${live} THEN 0 ELSE ${p.amountMinor} END`),
      })
      .from(p)
      .where(ofEvent)
      .get() ?? EMPTY_TOTALS;
    const line = sql.raw('line.value');
    const items = tx
      .select({
        label: sql<string>`json_extract(${line}, '$.label')`,
        quantity: sumOf(sql`json_extract(${line}, '$.quantity')`),
        grossMinor: sumOf(
          sql`json_extract(${line}, '$.quantity') * json_extract(${line}, '$.unitPriceMinor')`,
        ),
      })
      .from(sql`${p}, json_each(${p.request}, '$.body.lines') AS line`)
      .where(and(ofEvent, live))
      .groupBy(sql`json_extract(${line}, '$.label')`)
      .orderBy(sql`3 DESC`, sql`1 ASC`)
      .limit(MAX_REPORT_ITEMS)
      .all();
    const merchant = tx
      .select({ currency: schema.merchants.currency })
      .from(schema.merchants)
      .where(eq(schema.merchants.id, merchantId))
      .get();
    return {
      currency: merchant?.currency ?? '',
      event: {
        eventId: event.id,
        name: event.name,
        startsOn: event.startsOn,
        endsOn: event.endsOn,
        status: event.status,
      },
      ...totals,
      netMinor: totals.grossMinor - totals.refundMinor - totals.feeMinor,
      items,
    };
  });
}
