// Reading payments and refunds for the administrator's and owner's screens: newest first,
// keyset-paginated on (createdAt, id) so page 1,000 costs what page 1 does.
import { and, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { type Actor, assertMerchantAccess, scopedMerchantId } from './actors.ts';
import type { DomainEnv } from './settings.ts';

type PaymentRow = typeof schema.payments.$inferSelect;

function paymentView(row: PaymentRow) {
  return {
    paymentId: row.id,
    merchantId: row.merchantId,
    deviceId: row.deviceId,
    walletId: row.walletId,
    amountMinor: row.amountMinor,
    currency: row.currency,
    status: row.status,
    reason: row.reason,
    category: row.category,
    feeMinor: row.feeMinor,
    feeScheduleId: row.feeScheduleId,
    refundedMinor: row.refundedMinor,
    feeRefundedMinor: row.feeRefundedMinor,
    voidedAt: row.voidedAt,
    statementId: row.statementId,
    transactionId: row.transactionId,
    createdAt: row.createdAt,
  };
}
export type PaymentView = ReturnType<typeof paymentView>;

export interface PageInput {
  readonly merchantId?: string;
  /** Only rows created at or after this instant. */
  readonly sinceAt?: number;
  /** The last row of the previous page. */
  readonly after?: { readonly createdAt: number; readonly id: string };
  readonly limit: number;
}

function pageWhere(
  columns: { merchantId: SQLiteColumn; createdAt: SQLiteColumn; id: SQLiteColumn },
  merchantId: string | undefined,
  input: PageInput,
): SQL | undefined {
  return and(
    merchantId === undefined ? undefined : eq(columns.merchantId, merchantId),
    input.sinceAt === undefined ? undefined : gte(columns.createdAt, input.sinceAt),
    input.after === undefined
      ? undefined
      : or(
          lt(columns.createdAt, input.after.createdAt),
          and(eq(columns.createdAt, input.after.createdAt), lt(columns.id, input.after.id)),
        ),
  );
}

export function listPayments(env: DomainEnv, actor: Actor, input: PageInput): PaymentView[] {
  const merchantId = scopedMerchantId(actor, input.merchantId);
  const table = schema.payments;
  return env.db
    .select()
    .from(table)
    .where(pageWhere(table, merchantId, input))
    .orderBy(desc(table.createdAt), desc(table.id))
    .limit(input.limit)
    .all()
    .map(paymentView);
}

function refundView(row: typeof schema.refunds.$inferSelect) {
  const { payloadHash: _hash, id, ...rest } = row;
  return { refundId: id, ...rest };
}

export function getPayment(env: DomainEnv, actor: Actor, paymentId: string) {
  const row = env.db.select().from(schema.payments).where(eq(schema.payments.id, paymentId)).get();
  if (!row) throw reject('not_found', 'no such payment');
  assertMerchantAccess(actor, row.merchantId);
  const refunds = env.db
    .select()
    .from(schema.refunds)
    .where(eq(schema.refunds.paymentId, paymentId))
    .orderBy(desc(schema.refunds.createdAt))
    .limit(1_000)
    .all()
    .map(refundView);
  return { ...paymentView(row), refunds };
}

/** Every refund, newest first: the administrator's refunds audit. */
export function listRefunds(env: DomainEnv, actor: Actor, input: PageInput) {
  const merchantId = scopedMerchantId(actor, input.merchantId);
  const table = schema.refunds;
  return env.db
    .select()
    .from(table)
    .where(pageWhere(table, merchantId, input))
    .orderBy(desc(table.createdAt), desc(table.id))
    .limit(input.limit)
    .all()
    .map(refundView);
}
