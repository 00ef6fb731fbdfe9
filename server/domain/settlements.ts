// Daily settlement per merchant. Closing a business day gathers every payment and refund
// of the merchant that no statement holds yet and that happened before the day ended,
// fixes the numbers in a statement signed by the server, and marks the items. Approving it
// (an administrator) posts the payout: merchant payable → payout clearing. A closed
// statement never changes; whatever arrives later goes into the next one.
import { and, asc, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId } from '../runtime.ts';
import { type Actor, actorLabel, assertMerchantAccess, scopedMerchantId } from './actors.ts';
import { businessDayEndMs } from './calendar.ts';
import { accountId, OPERATOR, postTransaction, type ServerDb } from './ledger.ts';
import type { DomainEnv } from './settings.ts';
import {
  itemsDigest,
  signStatement,
  type StatementBody,
  type StatementItems,
  statementTotals,
} from './statement-document.ts';

type StatementRow = typeof schema.statements.$inferSelect;
/** Ids per UPDATE: well under SQLite's limit of bound parameters. */
const MARK_CHUNK = 500;

export function statementView(row: StatementRow) {
  return {
    statementId: row.id,
    merchantId: row.merchantId,
    currency: row.currency,
    businessDay: row.businessDay,
    sequence: row.sequence,
    status: row.status,
    grossMinor: row.grossMinor,
    refundMinor: row.refundMinor,
    feeMinor: row.feeMinor,
    feeRefundMinor: row.feeRefundMinor,
    netMinor: row.netMinor,
    openingCarryMinor: row.openingCarryMinor,
    payoutMinor: row.payoutMinor,
    closingCarryMinor: row.closingCarryMinor,
    paymentCount: row.paymentCount,
    refundCount: row.refundCount,
    createdAt: row.createdAt,
    approvedAt: row.approvedAt,
    approvedBy: row.approvedBy,
    payoutTransactionId: row.payoutTransactionId,
    /** The signed document: verify `signature` over it with the server's public key. */
    document: { body: JSON.parse(row.body) as StatementBody, signature: row.signature },
  };
}
export type StatementView = ReturnType<typeof statementView>;

/** The merchant's unsettled items created before `endMs`, in the digest's order. */
export function unsettledItems(tx: ServerDb, merchantId: string, endMs: number): StatementItems {
  const payments = tx
    .select({
      id: schema.payments.id,
      amount: schema.payments.amountMinor,
      fee: schema.payments.feeMinor,
    })
    .from(schema.payments)
    .where(
      and(
        eq(schema.payments.merchantId, merchantId),
        isNull(schema.payments.statementId),
        eq(schema.payments.status, 'settled'),
        isNull(schema.payments.voidedAt),
        lt(schema.payments.createdAt, endMs),
      ),
    )
    .orderBy(asc(schema.payments.id))
    .all();
  const refunds = tx
    .select({
      id: schema.refunds.id,
      amount: schema.refunds.amountMinor,
      fee: schema.refunds.feeRefundMinor,
    })
    .from(schema.refunds)
    .where(
      and(
        eq(schema.refunds.merchantId, merchantId),
        isNull(schema.refunds.statementId),
        lt(schema.refunds.createdAt, endMs),
      ),
    )
    .orderBy(asc(schema.refunds.id))
    .all();
  return {
    payments: payments.map((row) => [row.id, row.amount, row.fee] as const),
    refunds: refunds.map((row) => [row.id, row.amount, row.fee] as const),
  };
}

function lastStatement(tx: ServerDb, merchantId: string): StatementRow | undefined {
  return tx
    .select()
    .from(schema.statements)
    .where(eq(schema.statements.merchantId, merchantId))
    .orderBy(desc(schema.statements.sequence))
    .limit(1)
    .get();
}

/** Closes a merchant's business day. Idempotent on (merchantId, businessDay). */
export function closeStatement(
  env: DomainEnv,
  input: { merchantId: string; businessDay: string },
): StatementView {
  return env.db.transaction(
    (tx) => {
      const existing = tx
        .select()
        .from(schema.statements)
        .where(
          and(
            eq(schema.statements.merchantId, input.merchantId),
            eq(schema.statements.businessDay, input.businessDay),
          ),
        )
        .get();
      if (existing) return statementView(existing);
      const merchant = tx
        .select()
        .from(schema.merchants)
        .where(eq(schema.merchants.id, input.merchantId))
        .get();
      if (!merchant) throw reject('not_found', 'no such merchant');
      const nowMs = env.runtime.clock.nowMs();
      const endMs = businessDayEndMs(input.businessDay, env.settings.utcOffsetMinutes);
      if (endMs > nowMs) throw reject('day_not_over', 'the business day has not ended yet');
      const previous = lastStatement(tx, merchant.id);
      if (previous && previous.businessDay >= input.businessDay) {
        throw reject('statement_out_of_order', `a statement for ${previous.businessDay} exists`);
      }
      const items = unsettledItems(tx, merchant.id, endMs);
      const body: StatementBody = {
        v: 1,
        statementId: newId(env.runtime.random),
        merchantId: merchant.id,
        currency: merchant.currency,
        businessDay: input.businessDay,
        sequence: (previous?.sequence ?? 0) + 1,
        periodEndAt: endMs,
        itemsDigest: itemsDigest(items),
        closedAt: nowMs,
        serverKeyId: env.serverKey.id,
        ...statementTotals(items, previous?.closingCarryMinor ?? 0),
      };
      return statementView(insertStatement(env, tx, body, items));
    },
    { behavior: 'immediate' },
  );
}

function insertStatement(
  env: DomainEnv,
  tx: ServerDb,
  body: StatementBody,
  items: StatementItems,
): StatementRow {
  const {
    v: _version,
    statementId,
    periodEndAt: _end,
    itemsDigest: _digest,
    closedAt,
    ...columns
  } = body;
  const row: StatementRow = {
    ...columns,
    id: statementId,
    status: 'pending',
    body: JSON.stringify(body),
    signature: signStatement(body, env.serverKey.secretKey, env.runtime.signatures),
    createdAt: closedAt,
    approvedAt: null,
    approvedBy: null,
    payoutTransactionId: null,
  };
  tx.insert(schema.statements).values(row).run();
  // Mark exactly the items the digest pins, by id: an item is in at most one statement.
  const paymentIds = items.payments.map(([id]) => id);
  const refundIds = items.refunds.map(([id]) => id);
  for (let start = 0; start < paymentIds.length; start += MARK_CHUNK) {
    const chunk = paymentIds.slice(start, start + MARK_CHUNK);
    tx.update(schema.payments)
      .set({ statementId })
      .where(and(isNull(schema.payments.statementId), inArray(schema.payments.id, chunk)))
      .run();
  }
  for (let start = 0; start < refundIds.length; start += MARK_CHUNK) {
    const chunk = refundIds.slice(start, start + MARK_CHUNK);
    tx.update(schema.refunds)
      .set({ statementId })
      .where(and(isNull(schema.refunds.statementId), inArray(schema.refunds.id, chunk)))
      .run();
  }
  return row;
}

/**
 * Closes a business day for every merchant that has something to settle (or already has
 * that day's statement, which is returned as it is). Each merchant is its own transaction.
 */
export function closeDayForAll(env: DomainEnv, input: { businessDay: string }): StatementView[] {
  const endMs = businessDayEndMs(input.businessDay, env.settings.utcOffsetMinutes);
  const merchants = env.db.select({ id: schema.merchants.id }).from(schema.merchants).all();
  const closed: StatementView[] = [];
  for (const { id } of merchants) {
    const last = lastStatement(env.db, id);
    if (last && last.businessDay > input.businessDay) continue;
    const pending = last?.businessDay === input.businessDay || hasUnsettled(env.db, id, endMs);
    if (pending)
      closed.push(closeStatement(env, { merchantId: id, businessDay: input.businessDay }));
  }
  return closed;
}

function hasUnsettled(tx: ServerDb, merchantId: string, endMs: number): boolean {
  const payment = tx
    .select({ id: schema.payments.id })
    .from(schema.payments)
    .where(
      and(
        eq(schema.payments.merchantId, merchantId),
        isNull(schema.payments.statementId),
        eq(schema.payments.status, 'settled'),
        isNull(schema.payments.voidedAt),
        lt(schema.payments.createdAt, endMs),
      ),
    )
    .limit(1)
    .get();
  if (payment) return true;
  const refund = tx
    .select({ id: schema.refunds.id })
    .from(schema.refunds)
    .where(
      and(
        eq(schema.refunds.merchantId, merchantId),
        isNull(schema.refunds.statementId),
        lt(schema.refunds.createdAt, endMs),
      ),
    )
    .limit(1)
    .get();
  return refund !== undefined;
}

/** Approves a statement and posts its payout. Idempotent: approving twice is one payout. */
export function approveStatement(env: DomainEnv, actor: Actor, input: { statementId: string }) {
  return env.db.transaction(
    (tx) => {
      const statement = tx
        .select()
        .from(schema.statements)
        .where(eq(schema.statements.id, input.statementId))
        .get();
      if (!statement) throw reject('not_found', 'no such statement');
      if (statement.status === 'approved') return statementView(statement);
      const earlier = tx
        .select({ status: schema.statements.status })
        .from(schema.statements)
        .where(
          and(
            eq(schema.statements.merchantId, statement.merchantId),
            eq(schema.statements.sequence, statement.sequence - 1),
          ),
        )
        .get();
      if (earlier && earlier.status !== 'approved') {
        throw reject('statement_out_of_order', 'approve the earlier statement first');
      }
      const nowMs = env.runtime.clock.nowMs();
      let payoutTransactionId: string | null = null;
      if (statement.payoutMinor > 0) {
        payoutTransactionId = newId(env.runtime.random);
        const currency = statement.currency;
        postTransaction(tx, {
          id: payoutTransactionId,
          kind: 'payout',
          sourceId: statement.id,
          createdAt: nowMs,
          legs: [
            {
              accountId: accountId(
                tx,
                env.runtime,
                'merchant_payable',
                statement.merchantId,
                currency,
              ),
              amountMinor: -statement.payoutMinor,
              currency,
            },
            {
              accountId: accountId(tx, env.runtime, 'payout_clearing', OPERATOR, currency),
              amountMinor: statement.payoutMinor,
              currency,
            },
          ],
        });
      }
      const approved = {
        status: 'approved' as const,
        approvedAt: nowMs,
        approvedBy: actorLabel(actor),
        payoutTransactionId,
      };
      tx.update(schema.statements)
        .set(approved)
        .where(eq(schema.statements.id, statement.id))
        .run();
      return statementView({ ...statement, ...approved });
    },
    { behavior: 'immediate' },
  );
}

export function getStatement(env: DomainEnv, actor: Actor, statementId: string): StatementView {
  const row = env.db
    .select()
    .from(schema.statements)
    .where(eq(schema.statements.id, statementId))
    .get();
  if (!row) throw reject('not_found', 'no such statement');
  assertMerchantAccess(actor, row.merchantId);
  return statementView(row);
}

export function listStatements(
  env: DomainEnv,
  actor: Actor,
  input: {
    merchantId?: string;
    status?: 'pending' | 'approved';
    beforeDay?: string;
    limit: number;
  },
): StatementView[] {
  const merchantId = scopedMerchantId(actor, input.merchantId);
  const table = schema.statements;
  return env.db
    .select()
    .from(table)
    .where(
      and(
        merchantId === undefined ? undefined : eq(table.merchantId, merchantId),
        input.status === undefined ? undefined : eq(table.status, input.status),
        input.beforeDay === undefined ? undefined : lt(table.businessDay, input.beforeDay),
      ),
    )
    .orderBy(desc(table.businessDay), asc(table.merchantId))
    .limit(input.limit)
    .all()
    .map(statementView);
}
