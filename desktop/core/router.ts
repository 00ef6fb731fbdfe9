// The console's local router: the only way the renderer reaches the merchant core.
// Over Electron IPC in the app, over HTTP with a per-launch token in browser mode.
import { z } from 'zod';
import { amountMinorSchema, idSchema } from '../../protocol/index.ts';
import { procedure, router } from './trpc.ts';

export const consoleRouter = router({
  console: router({
    /** Who this console is and whether the server answers. */
    info: procedure.query(({ ctx }) => ctx.core.info()),
    /** Enrolls this console with the one-time code an administrator issued. */
    enroll: procedure
      .input(z.strictObject({ code: z.string().trim().min(6).max(64) }))
      .mutation(({ ctx, input }) => ctx.core.enroll(input.code)),
  }),
  charges: router({
    /** Opens a pairing session for an amount; returns the QR contents. */
    create: procedure
      .input(
        z.strictObject({
          amountMinor: amountMinorSchema,
          reference: z.string().max(80).default(''),
        }),
      )
      .mutation(({ ctx, input }) => ctx.core.charge(input)),
    /** The live state of one charge; the renderer polls it while the QR is shown. */
    status: procedure
      .input(z.strictObject({ paymentId: idSchema }))
      .query(({ ctx, input }) => ctx.core.chargeStatus(input.paymentId)),
    /** The cashier cancels a charge that has not reached the server. */
    cancel: procedure
      .input(z.strictObject({ paymentId: idSchema }))
      .mutation(({ ctx, input }) => ctx.core.cancelCharge(input.paymentId)),
  }),
  sync: router({
    /** Online/offline, unsynced count, last sync time and backlog progress. */
    status: procedure.query(({ ctx }) => ctx.core.syncStatus()),
  }),
  shift: router({
    current: procedure.query(({ ctx }) => ctx.core.shift.current()),
    open: procedure.mutation(({ ctx }) => ctx.core.shift.open()),
    /** Refused (PRECONDITION_FAILED) while any payment has not reached the server. */
    close: procedure.mutation(({ ctx }) => ctx.core.shift.close()),
  }),
  payments: router({
    /** Today's payments, newest first. */
    today: procedure.query(({ ctx }) => ctx.core.todaysPayments()),
  }),
});

export type ConsoleRouter = typeof consoleRouter;
