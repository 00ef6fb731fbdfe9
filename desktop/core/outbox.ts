// The console's outbox: every mutation bound for the server, stored in the same SQLite
// transaction as the local fact it reports, and removed from the queue only in the same
// transaction as the server's answer. A crash between the two leaves the item pending,
// and its idempotency key makes the resend harmless.
import { and, asc, count, eq, lte } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../db/console/schema.ts';

export type ConsoleDb = BetterSQLite3Database<typeof schema>;
export type OutboxItem = typeof schema.outbox.$inferSelect;
export type OutboxKind = OutboxItem['kind'];

/** Backoff after a failed attempt: base × 2^attempts, capped, with ±50 % jitter. */
export const OUTBOX_BACKOFF = { baseMs: 500, capMs: 60_000 } as const;
/** An item that failed this many times stays pending but is reported as stuck. */
export const OUTBOX_STUCK_AFTER_ATTEMPTS = 20;

export function enqueue(
  db: ConsoleDb,
  item: { id: string; kind: OutboxKind; payload: unknown; nowMs: number },
): void {
  db.insert(schema.outbox)
    .values({
      id: item.id,
      kind: item.kind,
      payload: JSON.stringify(item.payload),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: item.nowMs,
      createdAt: item.nowMs,
    })
    // The same id twice is the same mutation: keep the first, never a second copy.
    .onConflictDoNothing()
    .run();
}

/** Due items, oldest first; a quarantined item is never returned, so it blocks nothing. */
export function dueItems(db: ConsoleDb, nowMs: number, limit: number): OutboxItem[] {
  return db
    .select()
    .from(schema.outbox)
    .where(and(eq(schema.outbox.state, 'pending'), lte(schema.outbox.nextAttemptAt, nowMs)))
    .orderBy(asc(schema.outbox.createdAt))
    .limit(limit)
    .all();
}

export function markDone(db: ConsoleDb, id: string, nowMs: number): void {
  db.update(schema.outbox)
    .set({ state: 'done', doneAt: nowMs, lastError: null })
    .where(eq(schema.outbox.id, id))
    .run();
}

/** Records a failed attempt and when to try again. `jitter` is in [0, 1). */
export function markRetry(
  db: ConsoleDb,
  item: OutboxItem,
  error: string,
  nowMs: number,
  jitter: number,
): void {
  const attempts = item.attempts + 1;
  const backoffMs = Math.min(OUTBOX_BACKOFF.capMs, OUTBOX_BACKOFF.baseMs * 2 ** Math.min(attempts, 20));
  db.update(schema.outbox)
    .set({
      attempts,
      lastError: error.slice(0, 500),
      nextAttemptAt: nowMs + Math.round(backoffMs * (0.5 + jitter)),
    })
    .where(eq(schema.outbox.id, item.id))
    .run();
}

/** The server refused the item for good: set it aside with the reason, keep the rest going. */
export function quarantine(db: ConsoleDb, id: string, reason: string, nowMs: number): void {
  db.update(schema.outbox)
    .set({ state: 'quarantined', lastError: reason.slice(0, 500), doneAt: nowMs })
    .where(eq(schema.outbox.id, id))
    .run();
}

/** Makes every pending item due now (the server came back: do not wait out the backoff). */
export function retryAllNow(db: ConsoleDb, nowMs: number): void {
  db.update(schema.outbox)
    .set({ nextAttemptAt: nowMs })
    .where(eq(schema.outbox.state, 'pending'))
    .run();
}

export function pendingCount(db: ConsoleDb): number {
  const row = db
    .select({ value: count() })
    .from(schema.outbox)
    .where(eq(schema.outbox.state, 'pending'))
    .get();
  return row?.value ?? 0;
}

export function quarantinedItems(db: ConsoleDb): OutboxItem[] {
  return db.select().from(schema.outbox).where(eq(schema.outbox.state, 'quarantined')).all();
}
