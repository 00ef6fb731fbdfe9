import { z } from 'zod';
import { idSchema } from '../../protocol/index.ts';
import { adminProcedure, merchantProcedure, router } from '../trpc.ts';
import { businessDaySchema } from './inputs.ts';

export const settlementsRouter = router({
  /** Closes a merchant's ended business day into a signed statement; idempotent. */
  close: adminProcedure
    .input(z.strictObject({ merchantId: idSchema, businessDay: businessDaySchema }))
    .mutation(({ ctx, input }) => ctx.services.closeStatement(input)),
  /** Closes an ended business day for every merchant with something to settle. */
  closeDay: adminProcedure
    .input(z.strictObject({ businessDay: businessDaySchema }))
    .mutation(({ ctx, input }) => ctx.services.closeDayForAll(input)),
  /** Approves a statement and posts its payout; approving twice pays once. */
  approve: adminProcedure
    .input(z.strictObject({ statementId: idSchema }))
    .mutation(({ ctx, input }) => ctx.services.approveStatement(ctx.actor, input)),
  list: merchantProcedure
    .input(
      z.strictObject({
        merchantId: idSchema.optional(),
        status: z.enum(['pending', 'approved']).optional(),
        beforeDay: businessDaySchema.optional(),
        limit: z.number().int().min(1).max(500).default(50),
      }),
    )
    .query(({ ctx, input }) => ctx.services.listStatements(ctx.actor, input)),
  get: merchantProcedure
    .input(z.strictObject({ statementId: idSchema }))
    .query(({ ctx, input }) => ctx.services.getStatement(ctx.actor, input.statementId)),
});
