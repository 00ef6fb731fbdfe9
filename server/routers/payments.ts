import { z } from 'zod';
import {
  authorizationSchema,
  idSchema,
  offlineAllowanceSchema,
  offlineAuthorizationSchema,
  paymentRequestSchema,
} from '../../protocol/index.ts';
import { amountMinorInput } from '../domain/money.ts';
import { deviceProcedure, merchantProcedure, publicProcedure, router } from '../trpc.ts';
import { pageSchema } from './inputs.ts';

const refundInput = z.strictObject({
  /** Made by the caller before the first try and reused on every retry. */
  refundId: idSchema,
  paymentId: idSchema,
  amountMinor: amountMinorInput,
});
const voidInput = z.strictObject({ paymentId: idSchema });

export const paymentsRouter = router({
  /**
   * Settles a payment from the handshake's two signed documents. The request's device
   * signature authenticates the console; idempotent on paymentId.
   */
  authorize: publicProcedure
    .input(z.strictObject({ request: paymentRequestSchema, authorization: authorizationSchema }))
    .mutation(({ ctx, input }) => ctx.services.authorize(input)),
  /**
   * The final answer for a paymentId, or `unknown` if the server never recorded one. The id
   * is 128 random bits, known only to the console and the phone of that payment.
   */
  status: publicProcedure
    .input(z.strictObject({ paymentId: idSchema }))
    .query(({ ctx, input }) => ctx.services.paymentStatus(input.paymentId)),
  /** Newest first, with fees, refunds and statement; owners see their merchant's only. */
  list: merchantProcedure
    .input(pageSchema)
    .query(({ ctx, input }) => ctx.services.listPayments(ctx.actor, input)),
  get: merchantProcedure
    .input(z.strictObject({ paymentId: idSchema }))
    .query(({ ctx, input }) => ctx.services.getPayment(ctx.actor, input.paymentId)),
  /** Every refund, newest first: the refunds audit. */
  refunds: merchantProcedure
    .input(pageSchema)
    .query(({ ctx, input }) => ctx.services.listRefunds(ctx.actor, input)),
  /** An owner or administrator refunds part or all of a payment; idempotent on refundId. */
  refund: merchantProcedure
    .input(refundInput)
    .mutation(({ ctx, input }) => ctx.services.refund(ctx.actor, input)),
  /** Takes a whole payment back before any statement includes it; idempotent. */
  void: merchantProcedure
    .input(voidInput)
    .mutation(({ ctx, input }) => ctx.services.voidPayment(ctx.actor, input)),
  /** A cashier's refund, signed by the console (its own merchant's payments only). */
  refundByDevice: deviceProcedure(refundInput).mutation(({ ctx, input }) =>
    ctx.services.refund(ctx.actor, input.payload),
  ),
  voidByDevice: deviceProcedure(voidInput).mutation(({ ctx, input }) =>
    ctx.services.voidPayment(ctx.actor, input.payload),
  ),
  /**
   * A console's offline payments, synced in a batch (at most 100): each settles against its
   * wallet's offline reserve, idempotent on paymentId, with a per-item answer.
   */
  syncOffline: deviceProcedure(
    z.strictObject({
      items: z
        .array(
          z.strictObject({
            request: paymentRequestSchema,
            allowance: offlineAllowanceSchema,
            authorization: offlineAuthorizationSchema,
          }),
        )
        .min(1)
        .max(100),
    }),
  ).mutation(({ ctx, input }) => ctx.services.syncOffline(ctx.actor, input.payload.items)),
  /**
   * The console's pull: its merchant's payment changes after `cursor` (a sequence number),
   * each with the payment's current state. Signed, so only the merchant's consoles read it.
   */
  changes: deviceProcedure(
    z.strictObject({
      cursor: z.number().int().nonnegative(),
      limit: z.number().int().positive().max(500).default(500),
    }),
  ).mutation(({ ctx, input }) => ctx.services.paymentChanges(ctx.actor, input.payload)),
});
