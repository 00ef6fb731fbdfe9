import { z } from 'zod';
import { currencySchema, idSchema, publicKeySchema, walletCallSchema } from '../../protocol/index.ts';
import { publicProcedure, router } from '../trpc.ts';

export const walletsRouter = router({
  /** A phone registers its key and receives its OTP secret: no bank account needed. */
  enroll: publicProcedure
    .input(z.strictObject({ publicKey: publicKeySchema }))
    .mutation(({ ctx, input }) => ctx.services.enrollWallet(input)),
  /**
   * A wallet (signed call) asks for an offline allowance at a merchant: the server reserves
   * the cap from its balance and signs the limits. An active allowance is returned as is.
   */
  requestAllowance: publicProcedure
    .input(walletCallSchema(z.strictObject({ merchantId: idSchema, currency: currencySchema })))
    .mutation(({ ctx, input }) => ctx.services.requestAllowance(input)),
});
