// Double-entry postings. Every transaction's legs sum to zero per currency; the cached
// account balance moves in the same SQLite transaction as its postings.
import { and, eq, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../db/server/schema.ts';
import type { AccountKind, TransactionKind } from '../../db/server/schema.ts';
import { newId, type Runtime } from '../runtime.ts';

export type ServerDb = BetterSQLite3Database<typeof schema>;

/** The operator's own accounts have no owner. */
export const OPERATOR = '';

export interface Leg {
  readonly accountId: string;
  readonly amountMinor: number;
  readonly currency: string;
}

export class LedgerInvariantError extends Error {
  override name = 'LedgerInvariantError';
}

export function findAccount(
  db: ServerDb,
  kind: AccountKind,
  ownerId: string,
  currency: string,
): typeof schema.accounts.$inferSelect | undefined {
  return db
    .select()
    .from(schema.accounts)
    .where(
      and(
        eq(schema.accounts.kind, kind),
        eq(schema.accounts.ownerId, ownerId),
        eq(schema.accounts.currency, currency),
      ),
    )
    .get();
}

/** The account's id, creating it on first use. Call inside the caller's transaction. */
export function accountId(
  db: ServerDb,
  runtime: Runtime,
  kind: AccountKind,
  ownerId: string,
  currency: string,
): string {
  const existing = findAccount(db, kind, ownerId, currency);
  if (existing) return existing.id;
  const id = newId(runtime.random);
  db.insert(schema.accounts)
    .values({ id, kind, ownerId, currency, balanceMinor: 0, createdAt: runtime.clock.nowMs() })
    .run();
  return id;
}

export function balanceMinor(db: ServerDb, id: string): number {
  const row = db
    .select({ balanceMinor: schema.accounts.balanceMinor })
    .from(schema.accounts)
    .where(eq(schema.accounts.id, id))
    .get();
  return row?.balanceMinor ?? 0;
}

function assertBalanced(legs: readonly Leg[]): void {
  const sums = new Map<string, number>();
  for (const leg of legs) {
    if (!Number.isSafeInteger(leg.amountMinor)) {
      throw new LedgerInvariantError(`leg amount must be a safe integer: ${leg.amountMinor}`);
    }
    sums.set(leg.currency, (sums.get(leg.currency) ?? 0) + leg.amountMinor);
  }
  for (const [currency, sum] of sums) {
    if (sum !== 0) throw new LedgerInvariantError(`legs sum to ${sum} ${currency}, not zero`);
  }
}

/**
 * Writes one balanced transaction. Must run inside a database transaction: a wallet that
 * would go negative hits the schema's CHECK and rolls the whole transaction back.
 */
export function postTransaction(
  db: ServerDb,
  input: {
    id: string;
    kind: TransactionKind;
    sourceId: string;
    createdAt: number;
    legs: readonly Leg[];
    feeScheduleId?: string | null;
  },
): void {
  // A zero fee (or a fee that takes the whole amount) leaves a leg of zero: not a posting.
  const legs = input.legs.filter((leg) => leg.amountMinor !== 0);
  if (legs.length < 2) throw new LedgerInvariantError('a transaction needs two or more legs');
  assertBalanced(legs);
  db.insert(schema.transactions)
    .values({
      id: input.id,
      kind: input.kind,
      sourceId: input.sourceId,
      feeScheduleId: input.feeScheduleId ?? null,
      createdAt: input.createdAt,
    })
    .run();
  for (const leg of legs) {
    db.insert(schema.postings)
      .values({
        transactionId: input.id,
        accountId: leg.accountId,
        amountMinor: leg.amountMinor,
        currency: leg.currency,
      })
      .run();
    db.update(schema.accounts)
      .set({ balanceMinor: sql`${schema.accounts.balanceMinor} + ${leg.amountMinor}` })
      .where(eq(schema.accounts.id, leg.accountId))
      .run();
  }
}
