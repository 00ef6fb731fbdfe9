// Voids and refunds. A void takes back a whole payment before any statement includes it
// (fee and all); a refund returns part or all of a payment at any time after, never more
// than what is left of it, with the fee returned in proportion (docs/ledger.md, "Refunds").
import { eq, sql } from 'drizzle-orm';
import type { Currency } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId } from '../runtime.ts';
import { type Actor, actorLabel, assertMerchantAccess } from './actors.ts';
import { assertSamePayload, payloadHash } from './idempotency.ts';
import { accountId, OPERATOR, postTransaction, type ServerDb } from './ledger.ts';
import { feeRefundMinorFor } from './money.ts';
import { rollUpRefund, rollUpVoid } from './rollups.ts';
import type { DomainEnv } from './settings.ts';

type PaymentRow = typeof schema.payments.$inferSelect;
type RefundRow = typeof schema.refunds.$inferSelect;

export interface RefundInput {
  /** Made by the caller before sending and reused on retry: the idempotency key. */
  readonly refundId: string;
  readonly paymentId: string;
  readonly amountMinor: number;
}

function refundAnswer(row: RefundRow) {
  return {
    refundId: row.id,
    paymentId: row.paymentId,
    amountMinor: row.amountMinor,
    feeRefundMinor: row.feeRefundMinor,
    currency: row.currency as Currency,
    remainingMinor: row.remainingMinor,
    transactionId: row.transactionId,
    createdAt: row.createdAt,
  };
}
export type RefundAnswer = ReturnType<typeof refundAnswer>;

function paymentFor(tx: ServerDb, actor: Actor, paymentId: string): PaymentRow {
  const payment = tx.select().from(schema.payments).where(eq(schema.payments.id, paymentId)).get();
  if (!payment) throw reject('not_found', 'no such payment');
  assertMerchantAccess(actor, payment.merchantId);
  return payment;
}

/** The money legs that move `amountMinor` with `feeMinor` of fee back to the wallet. */
function reversalLegs(env: DomainEnv, payment: PaymentRow, amountMinor: number, feeMinor: number) {
  const { db: tx, runtime } = env;
  const currency = payment.currency;
  return [
    {
      accountId: accountId(tx, runtime, 'wallet', payment.walletId, currency),
      amountMinor,
      currency,
    },
    {
      accountId: accountId(tx, runtime, 'merchant_payable', payment.merchantId, currency),
      amountMinor: -(amountMinor - feeMinor),
      currency,
    },
    {
      accountId: accountId(tx, runtime, 'fee_revenue', OPERATOR, currency),
      amountMinor: -feeMinor,
      currency,
    },
  ];
}

export function refundPayment(env: DomainEnv, actor: Actor, input: RefundInput): RefundAnswer {
  const { refundId, ...payload } = input;
  return env.db.transaction(
    (tx) => {
      const scoped = { ...env, db: tx };
      const previous = tx
        .select()
        .from(schema.refunds)
        .where(eq(schema.refunds.id, refundId))
        .get();
      if (previous) {
        assertMerchantAccess(actor, previous.merchantId);
        assertSamePayload(previous.payloadHash, payload, 'refundId');
        return refundAnswer(previous);
      }
      const payment = paymentFor(tx, actor, input.paymentId);
      if (payment.status !== 'settled')
        throw reject('payment_not_settled', 'the payment was declined');
      if (payment.voidedAt !== null) throw reject('payment_voided', 'the payment was voided');
      const remainingMinor = payment.amountMinor - payment.refundedMinor;
      if (input.amountMinor > remainingMinor) {
        throw reject('refund_exceeds_remaining', `only ${remainingMinor} is left to refund`);
      }
      const feeRefundMinor = feeRefundMinorFor({
        amountMinor: payment.amountMinor,
        feeMinor: payment.feeMinor,
        refundedBeforeMinor: payment.refundedMinor,
        feeRefundedBeforeMinor: payment.feeRefundedMinor,
        refundMinor: input.amountMinor,
      });
      const nowMs = env.runtime.clock.nowMs();
      const transactionId = newId(env.runtime.random);
      postTransaction(tx, {
        id: transactionId,
        kind: 'refund',
        sourceId: refundId,
        createdAt: nowMs,
        legs: reversalLegs(scoped, payment, input.amountMinor, feeRefundMinor),
      });
      tx.update(schema.payments)
        .set({
          refundedMinor: sql`${schema.payments.refundedMinor} + ${input.amountMinor}`,
          feeRefundedMinor: sql`${schema.payments.feeRefundedMinor} + ${feeRefundMinor}`,
        })
        .where(eq(schema.payments.id, payment.id))
        .run();
      const row: RefundRow = {
        id: refundId,
        paymentId: payment.id,
        merchantId: payment.merchantId,
        amountMinor: input.amountMinor,
        feeRefundMinor,
        currency: payment.currency,
        remainingMinor: remainingMinor - input.amountMinor,
        requestedBy: actorLabel(actor),
        payloadHash: payloadHash(payload),
        transactionId,
        statementId: null,
        createdAt: nowMs,
      };
      tx.insert(schema.refunds).values(row).run();
      rollUpRefund(tx, rollupKey(env, payment, nowMs), {
        amountMinor: input.amountMinor,
        feeRefundMinor,
      });
      return refundAnswer(row);
    },
    { behavior: 'immediate' },
  );
}

function rollupKey(env: DomainEnv, payment: PaymentRow, nowMs: number) {
  return {
    atMs: nowMs,
    utcOffsetMinutes: env.settings.utcOffsetMinutes,
    merchantId: payment.merchantId,
    currency: payment.currency,
    category: payment.category,
  };
}

export interface VoidAnswer {
  readonly paymentId: string;
  readonly amountMinor: number;
  readonly feeMinor: number;
  readonly transactionId: string;
  readonly voidedAt: number;
}

/** Voids a whole payment before settlement. Idempotent on paymentId. */
export function voidPayment(
  env: DomainEnv,
  actor: Actor,
  input: { paymentId: string },
): VoidAnswer {
  return env.db.transaction(
    (tx) => {
      const payment = paymentFor(tx, actor, input.paymentId);
      const answer = (transactionId: string, voidedAt: number): VoidAnswer => ({
        paymentId: payment.id,
        amountMinor: payment.amountMinor,
        feeMinor: payment.feeMinor,
        transactionId,
        voidedAt,
      });
      if (payment.voidedAt !== null && payment.voidTransactionId !== null) {
        return answer(payment.voidTransactionId, payment.voidedAt);
      }
      if (payment.status !== 'settled')
        throw reject('payment_not_settled', 'the payment was declined');
      if (payment.statementId !== null) {
        throw reject(
          'payment_in_statement',
          'a statement includes this payment; refund it instead',
        );
      }
      if (payment.refundedMinor > 0) {
        throw reject('payment_refunded', 'the payment was partly refunded; refund the rest');
      }
      const nowMs = env.runtime.clock.nowMs();
      const transactionId = newId(env.runtime.random);
      postTransaction(tx, {
        id: transactionId,
        kind: 'void',
        sourceId: payment.id,
        createdAt: nowMs,
        legs: reversalLegs({ ...env, db: tx }, payment, payment.amountMinor, payment.feeMinor),
      });
      tx.update(schema.payments)
        .set({ voidedAt: nowMs, voidTransactionId: transactionId })
        .where(eq(schema.payments.id, payment.id))
        .run();
      rollUpVoid(tx, rollupKey(env, payment, nowMs), {
        amountMinor: payment.amountMinor,
        feeMinor: payment.feeMinor,
      });
      return answer(transactionId, nowMs);
    },
    { behavior: 'immediate' },
  );
}
