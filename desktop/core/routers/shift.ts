// The cashier's shift: opened with the float in the drawer, closed with a blind count.
import { z } from 'zod';
import { staffProcedure, router } from '../trpc.ts';

/** Cash in minor units: zero is a real count (an empty drawer). */
const cashMinorSchema = z.number().int().nonnegative().max(1_000_000_000_000);

export const shiftRouter = router({
  current: staffProcedure.query(({ ctx }) => ctx.core.shift.current()),
  open: staffProcedure
    .input(z.strictObject({ openingFloatMinor: cashMinorSchema }))
    .mutation(({ ctx, input }) =>
      ctx.core.shift.open({ ...input, openedBy: ctx.signedIn.name }),
    ),
  /**
   * Records the counted cash, then answers the expected figure and the variance. Refused
   * (PRECONDITION_FAILED) while any payment or refund has not reached the server.
   */
  close: staffProcedure
    .input(z.strictObject({ countedCashMinor: cashMinorSchema }))
    .mutation(({ ctx, input }) =>
      ctx.core.shift.close({ ...input, closedBy: ctx.signedIn.name }),
    ),
});
