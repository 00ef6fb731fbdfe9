import { z } from 'zod';
import { currencySchema, idSchema, timestampSchema } from '../../protocol/index.ts';
import { scopedMerchantId } from '../domain/actors.ts';
import {
  amountMinorInput,
  BASIS_POINTS_PER_WHOLE,
  nonNegativeMinorInput,
} from '../domain/money.ts';
import { adminProcedure, merchantProcedure, router } from '../trpc.ts';
import { categorySchema } from './inputs.ts';

export const feesRouter = router({
  /**
   * Adds the next version of a category's schedule ('*' is the default), in force from
   * `effectiveFrom` (now or later). Idempotent on scheduleId.
   */
  createSchedule: adminProcedure
    .input(
      z.strictObject({
        scheduleId: idSchema,
        category: z.union([z.literal('*'), categorySchema]),
        currency: currencySchema,
        basisPoints: z.number().int().min(0).max(BASIS_POINTS_PER_WHOLE),
        fixedMinor: nonNegativeMinorInput,
        minimumMinor: nonNegativeMinorInput,
        capMinor: nonNegativeMinorInput.nullable(),
        effectiveFrom: timestampSchema,
      }),
    )
    .mutation(({ ctx, input }) => ctx.services.createFeeSchedule(input)),
  /** The operator's price list, every version: owners may read it too. */
  listSchedules: merchantProcedure
    .input(
      z.strictObject({
        category: z.string().max(40).optional(),
        currency: currencySchema.optional(),
      }),
    )
    .query(({ ctx, input }) => ctx.services.listFeeSchedules(input)),
  /** The fee a payment of `amountMinor` would pay this merchant now. */
  quote: merchantProcedure
    .input(z.strictObject({ merchantId: idSchema, amountMinor: amountMinorInput }))
    .query(({ ctx, input }) => {
      scopedMerchantId(ctx.actor, input.merchantId);
      return ctx.services.quoteFee(input);
    }),
});
