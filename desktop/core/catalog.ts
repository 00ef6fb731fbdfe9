// The console's copy of its merchant's catalog. The server is authoritative; the console
// keeps the last snapshot in its ledger so the register sells offline, refreshes it on
// every sync round (skipped when the version is current) and right after the owner edits.
// A snapshot is applied in one transaction: the register never sees half of one.
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import * as schema from '../../db/console/schema.ts';
import {
  type Line,
  linesTotalMinor,
  type RandomSource,
} from '../../protocol/index.ts';
import { signAsConsole } from './device-calls.ts';
import type { ConsoleIdentity, ConsoleLedger } from './ledger.ts';
import type { ConsoleDb } from './outbox.ts';
import { refuse } from './rejection.ts';
import { rejectionReason, serverAnswered, type ServerClient } from './server-client.ts';

/** Lines per sale: what a signed payment request may carry. */
export const MAX_SALE_LINES = 100;

export interface CatalogEvent {
  readonly eventId: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: 'open' | 'closed';
}
export interface CatalogCategory {
  readonly categoryId: string;
  readonly eventId: string | null;
  readonly name: string;
  readonly position: number;
}
export interface CatalogItem {
  readonly itemId: string;
  readonly eventId: string | null;
  readonly categoryId: string;
  readonly name: string;
  readonly priceMinor: number;
  readonly quickKey: string | null;
  readonly position: number;
}

/** The server's snapshot, as the console stores it. */
export interface CatalogSnapshot {
  readonly version: number;
  readonly events: readonly CatalogEvent[];
  readonly categories: readonly CatalogCategory[];
  readonly items: readonly CatalogItem[];
}

/** What the register sells from now: the active event's catalog, or the everyday one. */
export interface CatalogView extends CatalogSnapshot {
  /** When the snapshot was pulled; null before the first one. */
  readonly fetchedAt: number | null;
  readonly activeEvent: CatalogEvent | null;
  /** The catalog on sale (the active event's, else the everyday one). */
  readonly onSale: { readonly categories: CatalogCategory[]; readonly items: CatalogItem[] };
}

/** The payment reference of a sale in an event: the server's event report reads it. */
export const eventReference = (eventId: string) => `event:${eventId}`;

/** Replaces the cached catalog with `snapshot`, in the caller's transaction. */
export function applySnapshot(tx: ConsoleDb, snapshot: CatalogSnapshot, nowMs: number): void {
  tx.delete(schema.catalogItems).run();
  tx.delete(schema.catalogCategories).run();
  tx.delete(schema.catalogEvents).run();
  for (const event of snapshot.events) {
    const { eventId, ...rest } = event;
    tx.insert(schema.catalogEvents).values({ id: eventId, ...rest }).run();
  }
  for (const { categoryId, ...rest } of snapshot.categories) {
    tx.insert(schema.catalogCategories).values({ id: categoryId, ...rest }).run();
  }
  for (const { itemId, ...rest } of snapshot.items) {
    tx.insert(schema.catalogItems).values({ id: itemId, ...rest }).run();
  }
  const state = tx.select().from(schema.catalogState).where(eq(schema.catalogState.id, 1)).get();
  // An active event that is gone or closed stops selling: back to the everyday catalog.
  const active = snapshot.events.find((event) => event.eventId === state?.activeEventId);
  const activeEventId = active?.status === 'open' ? active.eventId : null;
  tx.insert(schema.catalogState)
    .values({ id: 1, version: snapshot.version, fetchedAt: nowMs, activeEventId })
    .onConflictDoUpdate({
      target: schema.catalogState.id,
      set: { version: snapshot.version, fetchedAt: nowMs, activeEventId },
    })
    .run();
}

/** The cached catalog, read in one transaction so it is one snapshot's. */
export function readCatalog(ledger: ConsoleLedger): CatalogView {
  return ledger.transaction((tx) => {
    const state = tx.select().from(schema.catalogState).where(eq(schema.catalogState.id, 1)).get();
    const events = tx.select().from(schema.catalogEvents).all();
    const categories = tx.select().from(schema.catalogCategories).all();
    const items = tx.select().from(schema.catalogItems).all();
    const byPosition = <T extends { position: number; name: string }>(a: T, b: T) =>
      a.position - b.position || a.name.localeCompare(b.name);
    const eventsOut = events
      .map(({ id, ...rest }) => ({ eventId: id, ...rest }))
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.name.localeCompare(b.name));
    const categoriesOut = categories
      .map(({ id, ...rest }) => ({ categoryId: id, ...rest }))
      .sort(byPosition);
    const itemsOut = items.map(({ id, ...rest }) => ({ itemId: id, ...rest })).sort(byPosition);
    const activeEvent = eventsOut.find((event) => event.eventId === state?.activeEventId) ?? null;
    const onSaleId = activeEvent?.eventId ?? null;
    return {
      version: state?.version ?? 0,
      fetchedAt: state?.fetchedAt ?? null,
      events: eventsOut,
      categories: categoriesOut,
      items: itemsOut,
      activeEvent,
      onSale: {
        categories: categoriesOut.filter((category) => category.eventId === onSaleId),
        items: itemsOut.filter((item) => item.eventId === onSaleId),
      },
    };
  });
}

/** A refusal from the server, in the console's words; no answer at all is "offline". */
export function catalogError(error: unknown): TRPCError {
  if (!serverAnswered(error)) {
    return refuse('BAD_GATEWAY', 'catalog_offline', 'The server is not reachable; try again.');
  }
  const message = error instanceof Error ? error.message : 'The server refused the change.';
  switch (rejectionReason(error)) {
    case 'quick_key_taken':
      return refuse('CONFLICT', 'quick_key_taken', message);
    case 'price_out_of_range':
      return refuse('BAD_REQUEST', 'price_out_of_range', message);
    case 'event_closed':
      return refuse('PRECONDITION_FAILED', 'event_closed', message);
    case 'event_dates_invalid':
      return refuse('BAD_REQUEST', 'event_dates_invalid', message);
    default:
      return refuse('BAD_REQUEST', 'catalog_refused', message);
  }
}

export interface CatalogDeps {
  readonly ledger: ConsoleLedger;
  readonly server: ServerClient;
  readonly nowMs: () => number;
  readonly random: RandomSource;
  readonly identity: () => ConsoleIdentity | null;
}

/** Signs `payload` for the server procedure at `path` with this console's device key. */
export function signFor<TPayload>(deps: CatalogDeps, path: string, payload: TPayload) {
  const identity = deps.identity();
  if (!identity) {
    throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'enroll this console first' });
  }
  return signAsConsole(identity, { path, payload, nowMs: deps.nowMs(), random: deps.random });
}

export interface SaleInput {
  /** A free amount, or the lines' sum when both are given. */
  readonly amountMinor?: number | undefined;
  readonly lines?: readonly Line[] | undefined;
}

/**
 * What a charge asks for: the lines' sum, checked the way the protocol checks a signed
 * request (linesTotalMinor), or a free amount without lines. Refused with `lines_invalid`
 * when the lines are empty, do not fit a payment, or disagree with the amount given.
 */
export function saleAmount(input: SaleInput): { amountMinor: number; lines: Line[] } {
  const lines = input.lines ? [...input.lines] : [];
  if (lines.length === 0) {
    if (input.amountMinor === undefined || input.lines !== undefined) {
      throw refuse('BAD_REQUEST', 'lines_invalid', 'A sale needs an amount or at least one line.');
    }
    return { amountMinor: input.amountMinor, lines };
  }
  if (lines.length > MAX_SALE_LINES) {
    throw refuse('BAD_REQUEST', 'lines_invalid', `A sale holds at most ${MAX_SALE_LINES} lines.`);
  }
  const total = linesTotalMinor(lines);
  if (total === null || total < 1) {
    throw refuse('BAD_REQUEST', 'lines_invalid', 'The lines add up to more than one payment may.');
  }
  if (input.amountMinor !== undefined && input.amountMinor !== total) {
    throw refuse('BAD_REQUEST', 'lines_invalid', 'The amount is not the sum of the lines.');
  }
  return { amountMinor: total, lines };
}
