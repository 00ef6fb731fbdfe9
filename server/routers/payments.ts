import { z } from 'zod';
import { authorizationSchema, idSchema, paymentRequestSchema } from '../../protocol/index.ts';
import { publicProcedure, router } from '../trpc.ts';

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
});
