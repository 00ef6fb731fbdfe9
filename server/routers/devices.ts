import { z } from 'zod';
import { publicKeySchema } from '../../protocol/index.ts';
import { publicProcedure, router } from '../trpc.ts';

export const devicesRouter = router({
  /** A console proves an administrator's one-time code and registers its Ed25519 key. */
  enroll: publicProcedure
    .input(
      z.strictObject({
        code: z.string().trim().min(6).max(64),
        publicKey: publicKeySchema,
        label: z.string().trim().min(1).max(80),
      }),
    )
    .mutation(({ ctx, input }) => ctx.services.enrollDevice(input)),
});
