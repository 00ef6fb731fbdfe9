import { z } from 'zod';
import { currencySchema, idSchema } from '../../protocol/index.ts';
import { deviceProcedure, router } from '../trpc.ts';

/** Largest cash top-up a cashier takes in one go (1,000,000 KRW; 10,000.00 USD). */
const MAX_CASH_TOP_UP_MINOR = 1_000_000;

export const topUpsRouter = router({
  /**
   * A cashier took cash for a wallet: signed by the console, booked to its cash drawer.
   * Idempotent on topUpId (made by the console before the first try).
   */
  cash: deviceProcedure(
    z.strictObject({
      topUpId: idSchema,
      walletId: idSchema,
      amountMinor: z.number().int().positive().max(MAX_CASH_TOP_UP_MINOR),
      currency: currencySchema,
    }),
  ).mutation(({ ctx, input }) => ctx.services.cashTopUp(ctx.actor, input.payload)),
});
