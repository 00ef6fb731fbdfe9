// The tutor's invoices on this console: the owner's. Everything is forwarded to the server
// signed by this console (desktop/core/invoice-desk.ts).
import { z } from 'zod';
import { amountMinorSchema, idSchema, lineSchema } from '../../../protocol/index.ts';
import { ownerProcedure, router } from '../trpc.ts';

const day = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

export const invoicesConsoleRouter = router({
  students: ownerProcedure.query(({ ctx }) => ctx.core.invoices.students()),
  saveStudent: ownerProcedure
    .input(
      z.strictObject({
        studentId: idSchema.optional(),
        name: text(80).min(1),
        contact: text(120).default(''),
        archived: z.boolean().optional(),
      }),
    )
    .mutation(({ ctx, input }) => ctx.core.invoices.saveStudent(input)),
  /** Also makes due weekly occurrences and re-signs stale link requests. */
  list: ownerProcedure
    .input(
      z.strictObject({
        filter: z.enum(['all', 'open', 'overdue', 'paid', 'draft', 'void']).default('all'),
        studentId: idSchema.optional(),
      }),
    )
    .query(({ ctx, input }) => ctx.core.invoices.list(input)),
  get: ownerProcedure
    .input(z.strictObject({ invoiceId: idSchema }))
    .query(({ ctx, input }) => ctx.core.invoices.get(input.invoiceId)),
  /** One invoice, sent at once with its link; with everyWeeks, a weekly series instead. */
  create: ownerProcedure
    .input(
      z.strictObject({
        studentId: idSchema,
        lines: z.array(lineSchema).min(1).max(50),
        dueDay: day,
        everyWeeks: z.number().int().min(1).max(8).optional(),
      }),
    )
    .mutation(({ ctx, input }) => ctx.core.invoices.create(input)),
  send: ownerProcedure
    .input(z.strictObject({ invoiceId: idSchema }))
    .mutation(({ ctx, input }) => ctx.core.invoices.send(input.invoiceId)),
  void: ownerProcedure
    .input(z.strictObject({ invoiceId: idSchema }))
    .mutation(({ ctx, input }) => ctx.core.invoices.void(input.invoiceId)),
  series: ownerProcedure.query(({ ctx }) => ctx.core.invoices.series()),
  stopSeries: ownerProcedure
    .input(z.strictObject({ seriesId: idSchema }))
    .mutation(({ ctx, input }) => ctx.core.invoices.stopSeries(input.seriesId)),
  /** A charge at this console for what is left; poll charges.status for its outcome. */
  chargeNow: ownerProcedure
    .input(z.strictObject({ invoiceId: idSchema, amountMinor: amountMinorSchema.optional() }))
    .mutation(({ ctx, input }) => ctx.core.invoices.chargeNow(input.invoiceId, input.amountMinor)),
});
