import { z } from 'zod';
import { idSchema } from '../../protocol/index.ts';
import { merchantProcedure, publicProcedure, router } from '../trpc.ts';

// Login inputs are bounded but not checked for strength: that is the setter's job.
const password = z.string().min(1).max(1_024);

export const authRouter = router({
  /** An administrator's password → a session token (sent as `Authorization: Bearer`). */
  login: publicProcedure
    .input(z.strictObject({ username: z.string().trim().min(1).max(64), password }))
    .mutation(({ ctx, input }) => ctx.services.loginAdministrator(input)),
  /** A merchant owner's password → a session that reads and refunds only that merchant. */
  ownerLogin: publicProcedure
    .input(z.strictObject({ merchantId: idSchema, password }))
    .mutation(({ ctx, input }) => ctx.services.loginMerchantOwner(input)),
  logout: merchantProcedure.mutation(({ ctx }) => {
    ctx.services.logout(ctx.sessionToken);
    return { ok: true as const };
  }),
  whoami: merchantProcedure.query(({ ctx }) => ctx.actor),
});
