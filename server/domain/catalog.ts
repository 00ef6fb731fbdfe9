// A merchant's catalog: categories and items of the everyday catalog and of each event.
// Every change is one transaction that also bumps the merchant's catalog version, so a
// console holding the newest version skips the snapshot. Items are archived, never deleted.
import { and, asc, eq, sql } from 'drizzle-orm';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import type { ServerDb } from './ledger.ts';
import type { DomainEnv } from './settings.ts';

/** The largest price of one item; a bigger sale is typed as a free amount. */
export const MAX_ITEM_PRICE_MINOR = 10_000_000;
/** Live items per catalog: a register shows them as tiles, so a few hundred at most. */
export const MAX_ITEMS_PER_CATALOG = 500;
export const MAX_CATEGORIES_PER_CATALOG = 50;

/** The everyday catalog's `eventId` in storage (see catalog-schema.ts). */
const EVERYDAY = '';

export interface CategoryInput {
  readonly categoryId: string;
  readonly eventId: string | null;
  readonly name: string;
  readonly position: number;
}

export interface ItemInput {
  readonly itemId: string;
  readonly eventId: string | null;
  readonly categoryId: string;
  readonly name: string;
  readonly priceMinor: number;
  /** 'A'–'Z', or null for an item without a key. */
  readonly quickKey: string | null;
  readonly position: number;
}

export function bumpVersion(tx: ServerDb, merchantId: string, nowMs: number): void {
  const table = schema.catalogVersions;
  tx.insert(table)
    .values({ merchantId, version: 1, updatedAt: nowMs })
    .onConflictDoUpdate({
      target: table.merchantId,
      set: { version: sql`${table.version} + 1`, updatedAt: nowMs },
    })
    .run();
}

export function catalogVersion(db: ServerDb, merchantId: string): number {
  const row = db
    .select({ version: schema.catalogVersions.version })
    .from(schema.catalogVersions)
    .where(eq(schema.catalogVersions.merchantId, merchantId))
    .get();
  return row?.version ?? 0;
}

/** The event of this merchant, open or closed. */
export function eventOf(db: ServerDb, merchantId: string, eventId: string) {
  const event = db
    .select()
    .from(schema.catalogEvents)
    .where(eq(schema.catalogEvents.id, eventId))
    .get();
  if (!event) throw reject('not_found', 'no such event');
  if (event.merchantId !== merchantId) {
    throw reject('forbidden', 'this event is another merchant’s');
  }
  return event;
}

/** The event of this merchant, open for changes; '' (everyday) needs no check. */
export function assertOpenEvent(tx: ServerDb, merchantId: string, eventId: string): void {
  if (eventId === EVERYDAY) return;
  const event = eventOf(tx, merchantId, eventId);
  if (event.status !== 'open') throw reject('event_closed', 'the event is closed');
}

/** The two tables of a catalog's rows; both have a merchant, an event, a position and a name. */
type CatalogRowTable = typeof schema.catalogItems | typeof schema.catalogCategories;

/** The merchant's rows still on sale (not archived), in every one of its catalogs. */
const liveOfMerchant = (table: CatalogRowTable, merchantId: string) =>
  and(eq(table.merchantId, merchantId), eq(table.archived, false));

/** The order a register lays rows out in: by the owner's position, ties by name. */
const inRegisterOrder = (table: CatalogRowTable) => [asc(table.position), asc(table.name)];

function countLive(
  tx: ServerDb,
  table: CatalogRowTable,
  merchantId: string,
  eventId: string,
): number {
  const row = tx
    .select({ count: sql<number>`count(*)` })
    .from(table)
    .where(and(liveOfMerchant(table, merchantId), eq(table.eventId, eventId)))
    .get();
  return row?.count ?? 0;
}

/** The item or category with this id, refused when it is another merchant's; undefined if new. */
function rowOfMerchant(
  tx: ServerDb,
  table: CatalogRowTable,
  noun: 'item' | 'category',
  id: string,
  merchantId: string,
) {
  const row = tx
    .select({ eventId: table.eventId, merchantId: table.merchantId, archived: table.archived })
    .from(table)
    .where(eq(table.id, id))
    .get();
  if (row && row.merchantId !== merchantId) {
    throw reject('forbidden', `this ${noun} is another merchant’s`);
  }
  return row;
}

/** A row stays in the catalog (everyday or one event's) it was made in. */
function assertSameCatalog(row: { eventId: string } | undefined, eventId: string, noun: string) {
  if (row && row.eventId !== eventId) {
    throw reject('catalog_mismatch', `${noun} stays in the catalog it was made in`);
  }
}

/** Creates or renames/moves a category; the id is the caller's, so a retry changes nothing. */
export function upsertCategory(env: DomainEnv, merchantId: string, input: CategoryInput) {
  const eventId = input.eventId ?? EVERYDAY;
  const nowMs = env.runtime.clock.nowMs();
  return env.db.transaction(
    (tx) => {
      assertOpenEvent(tx, merchantId, eventId);
      const categories = schema.catalogCategories;
      const existing = rowOfMerchant(tx, categories, 'category', input.categoryId, merchantId);
      assertSameCatalog(existing, eventId, 'a category');
      const values = { name: input.name, position: input.position, updatedAt: nowMs };
      if (existing) {
        tx.update(schema.catalogCategories)
          .set({ ...values, archived: false })
          .where(eq(schema.catalogCategories.id, input.categoryId))
          .run();
      } else {
        const live = countLive(tx, schema.catalogCategories, merchantId, eventId);
        if (live >= MAX_CATEGORIES_PER_CATALOG) {
          throw reject('limit_exceeded', `at most ${MAX_CATEGORIES_PER_CATALOG} categories`);
        }
        tx.insert(schema.catalogCategories)
          .values({ id: input.categoryId, merchantId, eventId, ...values })
          .run();
      }
      bumpVersion(tx, merchantId, nowMs);
      return { categoryId: input.categoryId, version: catalogVersion(tx, merchantId) };
    },
    { behavior: 'immediate' },
  );
}

function checkItemCategory(tx: ServerDb, merchantId: string, eventId: string, categoryId: string) {
  const category = tx
    .select()
    .from(schema.catalogCategories)
    .where(eq(schema.catalogCategories.id, categoryId))
    .get();
  if (!category || category.archived) throw reject('not_found', 'no such category');
  if (category.merchantId !== merchantId) {
    throw reject('forbidden', 'this category is another merchant’s');
  }
  if (category.eventId !== eventId) {
    throw reject('catalog_mismatch', 'the category is in another catalog');
  }
}

function checkQuickKey(tx: ServerDb, merchantId: string, eventId: string, input: ItemInput) {
  if (input.quickKey === null) return;
  const holder = tx
    .select({ id: schema.catalogItems.id, name: schema.catalogItems.name })
    .from(schema.catalogItems)
    .where(
      and(
        eq(schema.catalogItems.merchantId, merchantId),
        eq(schema.catalogItems.eventId, eventId),
        eq(schema.catalogItems.quickKey, input.quickKey),
        eq(schema.catalogItems.archived, false),
      ),
    )
    .get();
  if (holder && holder.id !== input.itemId) {
    throw reject('quick_key_taken', `quick key ${input.quickKey} already adds ${holder.name}`);
  }
}

/** Creates or changes an item (and brings an archived one back). */
export function upsertItem(env: DomainEnv, merchantId: string, input: ItemInput) {
  const eventId = input.eventId ?? EVERYDAY;
  if (input.priceMinor < 1 || input.priceMinor > MAX_ITEM_PRICE_MINOR) {
    throw reject('price_out_of_range', `a price is between 1 and ${MAX_ITEM_PRICE_MINOR}`);
  }
  const nowMs = env.runtime.clock.nowMs();
  return env.db.transaction(
    (tx) => {
      assertOpenEvent(tx, merchantId, eventId);
      const existing = rowOfMerchant(tx, schema.catalogItems, 'item', input.itemId, merchantId);
      assertSameCatalog(existing, eventId, 'an item');
      checkItemCategory(tx, merchantId, eventId, input.categoryId);
      checkQuickKey(tx, merchantId, eventId, input);
      const values = {
        categoryId: input.categoryId,
        name: input.name,
        priceMinor: input.priceMinor,
        quickKey: input.quickKey,
        position: input.position,
        archived: false,
        updatedAt: nowMs,
      };
      if (existing) {
        tx.update(schema.catalogItems)
          .set(values)
          .where(eq(schema.catalogItems.id, input.itemId))
          .run();
      } else {
        if (countLive(tx, schema.catalogItems, merchantId, eventId) >= MAX_ITEMS_PER_CATALOG) {
          throw reject('limit_exceeded', `a catalog holds at most ${MAX_ITEMS_PER_CATALOG} items`);
        }
        tx.insert(schema.catalogItems)
          .values({ id: input.itemId, merchantId, eventId, ...values })
          .run();
      }
      bumpVersion(tx, merchantId, nowMs);
      return { itemId: input.itemId, version: catalogVersion(tx, merchantId) };
    },
    { behavior: 'immediate' },
  );
}

/** Takes an item off the register; its sales stay in reports under its name. Idempotent. */
export function archiveItem(env: DomainEnv, merchantId: string, input: { itemId: string }) {
  const nowMs = env.runtime.clock.nowMs();
  return env.db.transaction(
    (tx) => {
      const existing = rowOfMerchant(tx, schema.catalogItems, 'item', input.itemId, merchantId);
      if (!existing) throw reject('not_found', 'no such item');
      if (!existing.archived) {
        tx.update(schema.catalogItems)
          .set({ archived: true, updatedAt: nowMs })
          .where(eq(schema.catalogItems.id, input.itemId))
          .run();
        bumpVersion(tx, merchantId, nowMs);
      }
      return { itemId: input.itemId, version: catalogVersion(tx, merchantId) };
    },
    { behavior: 'immediate' },
  );
}

const eventIdOut = (eventId: string) => (eventId === EVERYDAY ? null : eventId);

/**
 * Everything a console sells from: events, and the live categories and items of every
 * catalog. With `knownVersion` equal to the current one, only the version comes back.
 */
export function catalogSnapshot(db: ServerDb, merchantId: string, knownVersion?: number) {
  return db.transaction((tx) => {
    const version = catalogVersion(tx, merchantId);
    if (knownVersion === version) return { changed: false as const, version };
    const events = tx
      .select()
      .from(schema.catalogEvents)
      .where(eq(schema.catalogEvents.merchantId, merchantId))
      .orderBy(asc(schema.catalogEvents.startsOn), asc(schema.catalogEvents.name))
      .all();
    const categories = tx
      .select()
      .from(schema.catalogCategories)
      .where(liveOfMerchant(schema.catalogCategories, merchantId))
      .orderBy(...inRegisterOrder(schema.catalogCategories))
      .all();
    const items = tx
      .select()
      .from(schema.catalogItems)
      .where(liveOfMerchant(schema.catalogItems, merchantId))
      .orderBy(...inRegisterOrder(schema.catalogItems))
      .all();
    return {
      changed: true as const,
      version,
      events: events.map(({ id, name, startsOn, endsOn, status, updatedAt }) => ({
        eventId: id,
        name,
        startsOn,
        endsOn,
        status,
        updatedAt,
      })),
      categories: categories.map(({ id, eventId, name, position, updatedAt }) => ({
        categoryId: id,
        eventId: eventIdOut(eventId),
        name,
        position,
        updatedAt,
      })),
      items: items.map((item) => ({
        itemId: item.id,
        eventId: eventIdOut(item.eventId),
        categoryId: item.categoryId,
        name: item.name,
        priceMinor: item.priceMinor,
        quickKey: item.quickKey,
        position: item.position,
        updatedAt: item.updatedAt,
      })),
    };
  });
}

export type CatalogSnapshot = Extract<ReturnType<typeof catalogSnapshot>, { changed: true }>;
