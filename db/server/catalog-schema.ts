// What a merchant sells: its everyday catalog and, per event, the event's own catalog.
// The server is authoritative; consoles cache a snapshot to sell offline. Nothing here is
// deleted: an item or category is archived, so old snapshots and reports still name it.
// `eventId` is '' for the everyday catalog (not NULL), so the unique quick-key index below
// treats the everyday catalog as one scope (SQLite sees every NULL as distinct).
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { merchants } from './identity-schema.ts';

export const EVENT_STATUSES = ['open', 'closed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** An event (a fair, a festival stall) with its own catalog and report. */
export const catalogEvents = sqliteTable(
  'catalog_events',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id')
      .notNull()
      .references(() => merchants.id),
    name: text('name').notNull(),
    /** First and last business day, inclusive ('YYYY-MM-DD'). */
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    status: text('status', { enum: EVENT_STATUSES }).notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [index('catalog_events_merchant').on(table.merchantId, table.startsOn)],
);

export const catalogCategories = sqliteTable(
  'catalog_categories',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id')
      .notNull()
      .references(() => merchants.id),
    /** '' for the everyday catalog, else the event whose catalog this is. */
    eventId: text('event_id').notNull().default(''),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [index('catalog_categories_merchant').on(table.merchantId, table.eventId)],
);

export const catalogItems = sqliteTable(
  'catalog_items',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id')
      .notNull()
      .references(() => merchants.id),
    eventId: text('event_id').notNull().default(''),
    categoryId: text('category_id')
      .notNull()
      .references(() => catalogCategories.id),
    name: text('name').notNull(),
    priceMinor: integer('price_minor').notNull(),
    /** One letter A–Z that adds the item on the register's keyboard; null: none. */
    quickKey: text('quick_key'),
    position: integer('position').notNull(),
    archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    index('catalog_items_merchant').on(table.merchantId, table.eventId),
    // A key adds exactly one item: unique among the live items of one catalog.
    uniqueIndex('catalog_items_quick_key')
      .on(table.merchantId, table.eventId, table.quickKey)
      .where(sql`${table.archived} = 0 AND ${table.quickKey} IS NOT NULL`),
  ],
);

/**
 * One row per merchant: bumped in the same transaction as every catalog or event change,
 * so a console that already holds this version skips the snapshot.
 */
export const catalogVersions = sqliteTable('catalog_versions', {
  merchantId: text('merchant_id')
    .primaryKey()
    .references(() => merchants.id),
  version: integer('version').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
