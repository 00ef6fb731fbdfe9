// The console's catalog desk: refreshes the cached catalog from the server, forwards the
// owner's edits (signed by this console's device key; the owner's PIN was checked here) and
// re-caches at once, and keeps which event this console sells for.
import { eq } from 'drizzle-orm';
import * as schema from '../../db/console/schema.ts';
import { toBase64Url } from '../../protocol/index.ts';
import {
  applySnapshot,
  type CatalogCategory,
  type CatalogDeps,
  type CatalogItem,
  type CatalogView,
  catalogError,
  eventReference,
  readCatalog,
  signFor,
} from './catalog.ts';
import type { ConsoleDb } from './outbox.ts';
import { refuse } from './rejection.ts';

/** An item as the owner edits it: without an id, a new item (the desk makes its id). */
export type ItemEdit = Omit<CatalogItem, 'itemId'> & { readonly itemId?: string | undefined };
/** A category as the owner edits it: without an id, a new category. */
export type CategoryEdit = Omit<CatalogCategory, 'categoryId'> & {
  readonly categoryId?: string | undefined;
};
export interface EventCreate {
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

export class CatalogDesk {
  constructor(private readonly deps: CatalogDeps) {}

  current(): CatalogView {
    return readCatalog(this.deps.ledger);
  }

  /**
   * The reference a new sale carries: the active event's, or '' for everyday sales. Read on
   * every charge, so it looks up the active event alone, not the whole catalog.
   */
  saleReference(): string {
    const { catalogEvents, catalogState } = schema;
    const active = this.deps.ledger.db
      .select({ eventId: catalogEvents.id })
      .from(catalogState)
      .innerJoin(catalogEvents, eq(catalogEvents.id, catalogState.activeEventId))
      .where(eq(catalogState.id, 1))
      .get();
    return active ? eventReference(active.eventId) : '';
  }

  /**
   * Pulls the snapshot unless the cached version is current. Returns whether it changed.
   * A slower, older answer never replaces a newer cache (two refreshes may overlap).
   */
  async refresh(): Promise<boolean> {
    if (!this.deps.identity()) return false;
    const known = cachedVersion(this.deps.ledger.db);
    const payload = known === undefined ? {} : { knownVersion: known };
    const call = signFor(this.deps, 'catalog.snapshot', payload);
    const answer = await this.deps.server.catalog.snapshot.mutate(call);
    if (!answer.changed) return false;
    return this.deps.ledger.transaction((tx) => {
      const version = cachedVersion(tx);
      if (version !== undefined && version > answer.version) return false;
      applySnapshot(tx, answer, this.deps.nowMs());
      return true;
    });
  }

  /** A change the server made is shown at once; a failed refresh waits for the next round. */
  private async afterEdit<T>(call: () => Promise<T>): Promise<CatalogView> {
    try {
      await call();
    } catch (error) {
      throw catalogError(error);
    }
    await this.refresh().catch(() => false);
    return this.current();
  }

  private newId(): string {
    return toBase64Url(this.deps.random(16));
  }

  upsertCategory(edit: CategoryEdit): Promise<CatalogView> {
    const payload = { ...edit, categoryId: edit.categoryId ?? this.newId() };
    return this.afterEdit(() =>
      this.deps.server.catalog.upsertCategoryByDevice.mutate(
        signFor(this.deps, 'catalog.upsertCategoryByDevice', payload),
      ),
    );
  }

  upsertItem(edit: ItemEdit): Promise<CatalogView> {
    const payload = { ...edit, itemId: edit.itemId ?? this.newId() };
    return this.afterEdit(() =>
      this.deps.server.catalog.upsertItemByDevice.mutate(
        signFor(this.deps, 'catalog.upsertItemByDevice', payload),
      ),
    );
  }

  archiveItem(itemId: string): Promise<CatalogView> {
    return this.afterEdit(() =>
      this.deps.server.catalog.archiveItemByDevice.mutate(
        signFor(this.deps, 'catalog.archiveItemByDevice', { itemId }),
      ),
    );
  }

  createEvent(input: EventCreate): Promise<CatalogView> {
    const payload = { ...input, eventId: this.newId() };
    return this.afterEdit(() =>
      this.deps.server.events.createByDevice.mutate(
        signFor(this.deps, 'events.createByDevice', payload),
      ),
    );
  }

  closeEvent(eventId: string): Promise<CatalogView> {
    return this.afterEdit(() =>
      this.deps.server.events.closeByDevice.mutate(
        signFor(this.deps, 'events.closeByDevice', { eventId }),
      ),
    );
  }

  /** Sells from this event's catalog (or, with null, the everyday one) on this console. */
  selectEvent(eventId: string | null): CatalogView {
    if (eventId !== null) {
      const event = this.current().events.find((candidate) => candidate.eventId === eventId);
      if (!event) throw refuse('NOT_FOUND', 'catalog_refused', 'No such event on this console.');
      if (event.status !== 'open') {
        throw refuse('PRECONDITION_FAILED', 'event_closed', 'The event is closed.');
      }
    }
    this.deps.ledger.transaction((tx) => {
      tx.insert(schema.catalogState)
        .values({ id: 1, version: 0, fetchedAt: this.deps.nowMs(), activeEventId: eventId })
        .onConflictDoUpdate({ target: schema.catalogState.id, set: { activeEventId: eventId } })
        .run();
    });
    return this.current();
  }

  /** The event's report, from the server (settled payments are the server's to count). */
  async report(eventId: string) {
    try {
      return await this.deps.server.events.reportByDevice.mutate(
        signFor(this.deps, 'events.reportByDevice', { eventId }),
      );
    } catch (error) {
      throw catalogError(error);
    }
  }
}

/** The version of the cached snapshot; undefined before the first one. */
function cachedVersion(db: ConsoleDb): number | undefined {
  return db
    .select({ version: schema.catalogState.version })
    .from(schema.catalogState)
    .where(eq(schema.catalogState.id, 1))
    .get()?.version;
}
