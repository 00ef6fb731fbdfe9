import { z } from 'zod';
import { currencySchema, idSchema } from '../../protocol/index.ts';
import { adminProcedure, router } from '../trpc.ts';

const name = z.string().trim().min(1).max(80);

export const adminRouter = router({
  createMerchant: adminProcedure
    .input(z.strictObject({ name, category: z.string().trim().min(1).max(40), currency: currencySchema }))
    .mutation(({ ctx, input }) => ctx.services.createMerchant(input)),
  /** A one-time code that enrolls one console for the merchant; shown once. */
  createEnrollmentCode: adminProcedure
    .input(z.strictObject({ merchantId: idSchema, label: name }))
    .mutation(({ ctx, input }) => ctx.services.createEnrollmentCode(input)),
  unlockWallet: adminProcedure
    .input(z.strictObject({ walletId: idSchema }))
    .mutation(({ ctx, input }) => {
      ctx.services.unlockWallet(input.walletId);
      return { ok: true as const };
    }),
  topUp: adminProcedure
    .input(
      z.strictObject({
        topUpId: idSchema,
        walletId: idSchema,
        amountMinor: z.number().int().positive().max(100_000_000),
        currency: currencySchema,
      }),
    )
    .mutation(({ ctx, input }) => ctx.services.topUp({ ...input, deviceId: null })),
});
