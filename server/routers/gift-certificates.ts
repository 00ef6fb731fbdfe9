import { z } from 'zod';
import { currencySchema, idSchema } from '../../protocol/index.ts';
import { MAX_BATCH_COUNT } from '../domain/gift-certificates.ts';
import { amountMinorInput } from '../domain/money.ts';
import { adminProcedure, publicProcedure, router } from '../trpc.ts';
import { nameSchema } from './inputs.ts';

export const giftCertificatesRouter = router({
  /** Issues `count` codes of `valueMinor`; a retry with the same batchId shows the same codes. */
  issueBatch: adminProcedure
    .input(
      z.strictObject({
        batchId: idSchema,
        label: nameSchema,
        count: z.number().int().min(1).max(MAX_BATCH_COUNT),
        valueMinor: amountMinorInput,
        currency: currencySchema,
      }),
    )
    .mutation(({ ctx, input }) => ctx.services.issueGiftCertificates(ctx.actor, input)),
  listBatches: adminProcedure.query(({ ctx }) => ctx.services.listGiftCertificateBatches()),
  /**
   * Redeems a code into a wallet. The code is a bearer secret (80 random bits): whoever
   * holds it may credit any wallet, once; the same code and wallet again is the same answer.
   */
  redeem: publicProcedure
    .input(z.strictObject({ code: z.string().trim().min(16).max(32), walletId: idSchema }))
    .mutation(({ ctx, input }) => ctx.services.redeemGiftCertificate(input)),
});
