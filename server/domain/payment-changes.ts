// What a console pulls: its merchant's payment changes since its cursor, each with the
// payment's current state, so the console can take the server's word for it.
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { type ReasonCode, type Receipt, receiptSchema } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import type { Actor } from './actors.ts';
import type { DomainEnv } from './settings.ts';

/** One page of changes; a console asks again while `more` is true. */
export const MAX_CHANGES_PER_PAGE = 500;

export interface PaymentSnapshot {
  readonly paymentId: string;
  readonly status: 'settled' | 'declined';
  readonly reason: ReasonCode | null;
  readonly amountMinor: number;
  readonly refundedMinor: number;
  readonly voidedAt: number | null;
  readonly receipt: Receipt | null;
}

export function paymentChangesSince(
  env: DomainEnv,
  actor: Extract<Actor, { role: 'device' }>,
  input: { cursor: number; limit: number },
) {
  const limit = Math.min(input.limit, MAX_CHANGES_PER_PAGE);
  const rows = env.db
    .select()
    .from(schema.paymentChanges)
    .where(and(eq(schema.paymentChanges.merchantId, actor.merchantId), gt(schema.paymentChanges.seq, input.cursor)))
    .orderBy(asc(schema.paymentChanges.seq))
    .limit(limit)
    .all();
  const ids = [...new Set(rows.map((row) => row.paymentId))];
  const payments = ids.length
    ? env.db.select().from(schema.payments).where(inArray(schema.payments.id, ids)).all()
    : [];
  const snapshots = new Map<string, PaymentSnapshot>(
    payments.map((payment) => [
      payment.id,
      {
        paymentId: payment.id,
        status: payment.status,
        reason: payment.reason as ReasonCode | null,
        amountMinor: payment.amountMinor,
        refundedMinor: payment.refundedMinor,
        voidedAt: payment.voidedAt,
        receipt: payment.receipt ? receiptSchema.parse(JSON.parse(payment.receipt)) : null,
      },
    ]),
  );
  return {
    changes: rows.flatMap((row) => {
      const payment = snapshots.get(row.paymentId);
      return payment ? [{ seq: row.seq, kind: row.kind, payment }] : [];
    }),
    cursor: rows.at(-1)?.seq ?? input.cursor,
    more: rows.length === limit,
  };
}
