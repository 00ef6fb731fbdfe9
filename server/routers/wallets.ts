import { z } from 'zod';
import { publicKeySchema } from '../../protocol/index.ts';
import { publicProcedure, router } from '../trpc.ts';

export const walletsRouter = router({
  /** A phone registers its key and receives its OTP secret: no bank account needed. */
  enroll: publicProcedure
    .input(z.strictObject({ publicKey: publicKeySchema }))
    .mutation(({ ctx, input }) => ctx.services.enrollWallet(input)),
});
