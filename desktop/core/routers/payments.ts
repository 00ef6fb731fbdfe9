// Today's payments at this console, and refunds or voids of them.
import { z } from 'zod';
import { amountMinorSchema, idSchema } from '../../../protocol/index.ts';
import { pinSchema } from '../staff-pins.ts';
import { router, staffProcedure } from '../trpc.ts';

export const paymentsRouter = router({
  /** Today's payments, newest first. */
  today: staffProcedure.query(({ ctx }) => ctx.core.todaysPayments()),
  /**
   * Refunds part or all of a settled payment, or voids it. Above the cashier's refund limit,
   * and for every void, an owner's PIN approves (unless the owner is the one signed in).
   * Answers the state after the first send: done, refused (with the server's reason), or
   * pending (the server did not answer; it stays queued and is retried with the same id).
   */
  refund: staffProcedure
    .input(
      z.strictObject({
        paymentId: idSchema,
        kind: z.enum(['refund', 'void']),
        amountMinor: amountMinorSchema.optional(),
        ownerPin: pinSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) => ctx.core.refunds.request(ctx.signedIn, input)),
  /** Refunds and voids still waiting for the server, so the list can say so. */
  pendingRefunds: staffProcedure.query(({ ctx }) => ctx.core.refunds.pending()),
  /** Refunds asked at this console for one payment, newest first. */
  refunds: staffProcedure
    .input(z.strictObject({ paymentId: idSchema }))
    .query(({ ctx, input }) => ctx.core.refunds.forPayment(input.paymentId)),
});
