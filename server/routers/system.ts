import { publicProcedure, router } from '../trpc.ts';

export const systemRouter = router({
  /** The server's public key (receipts and certificates verify against it) and clock. */
  info: publicProcedure.query(({ ctx }) => ctx.services.info()),
});
