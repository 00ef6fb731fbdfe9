// The console's local router: the only way the renderer reaches the merchant core.
// Over Electron IPC in the app, over HTTP with a per-launch token in browser mode.
// Anyone may ask who this console is, enroll it and sign in; everything else needs someone
// signed in (staffProcedure) or a particular role (see routers/auth.ts and trpc.ts).
import { z } from 'zod';
import { amountMinorSchema, idSchema, lineSchema } from '../../protocol/index.ts';
import { MAX_SALE_LINES } from './catalog.ts';
import { adminConsoleRouter } from './routers/admin.ts';
import { authRouter } from './routers/auth.ts';
import { catalogConsoleRouter, eventsConsoleRouter } from './routers/catalog.ts';
import { invoicesConsoleRouter } from './routers/invoices.ts';
import { paymentsRouter } from './routers/payments.ts';
import { shiftRouter } from './routers/shift.ts';
import { procedure, router, staffProcedure } from './trpc.ts';

export const consoleRouter = router({
  console: router({
    /** Who this console is and whether the server answers. */
    info: procedure.query(({ ctx }) => ctx.core.info()),
    /** Enrolls this console with the one-time code an administrator issued. */
    enroll: procedure
      .input(z.strictObject({ code: z.string().trim().min(6).max(64) }))
      .mutation(({ ctx, input }) => ctx.core.enroll(input.code)),
  }),
  auth: authRouter,
  admin: adminConsoleRouter,
  charges: router({
    /** Opens a pairing session for an amount; returns the QR contents. */
    create: staffProcedure
      .input(
        z.strictObject({
          /** A free amount; with lines it must be their sum (the core checks). */
          amountMinor: amountMinorSchema.optional(),
          lines: z.array(lineSchema).max(MAX_SALE_LINES).optional(),
          /** Absent: the active event's reference, or '' for everyday sales. */
          reference: z.string().max(80).optional(),
        }),
      )
      .mutation(({ ctx, input }) => ctx.core.charge(input)),
    /** The live state of one charge; the renderer polls it while the QR is shown. */
    status: staffProcedure
      .input(z.strictObject({ paymentId: idSchema }))
      .query(({ ctx, input }) => ctx.core.chargeStatus(input.paymentId)),
    /** The cashier cancels a charge that has not reached the server. */
    cancel: staffProcedure
      .input(z.strictObject({ paymentId: idSchema }))
      .mutation(({ ctx, input }) => ctx.core.cancelCharge(input.paymentId)),
  }),
  sync: router({
    /** Online/offline, unsynced count, last sync time and backlog progress. */
    status: staffProcedure.query(({ ctx }) => ctx.core.syncStatus()),
  }),
  shift: shiftRouter,
  catalog: catalogConsoleRouter,
  invoices: invoicesConsoleRouter,
  events: eventsConsoleRouter,
  payments: paymentsRouter,
});

export type ConsoleRouter = typeof consoleRouter;
