// Invoices: the console's device-signed calls (students, invoices, weekly series) and the
// two public calls a student's wallet makes with an invoice link (open, pay).
import { z } from 'zod';
import {
  authorizationSchema,
  idSchema,
  lineSchema,
  paymentRequestSchema,
} from '../../protocol/index.ts';
import { invoiceTokenSchema } from '../../protocol/invoice-link.ts';
import { INVOICE_FILTERS } from '../domain/invoices.ts';
import { deviceProcedure, publicProcedure, router } from '../trpc.ts';
import { businessDaySchema } from './inputs.ts';

// Texts with stray spaces are refused rather than tidied: an invoice shows the student
// exactly what the console signed (deviceProcedure verifies the payload as sent).
const linesSchema = z.array(lineSchema).min(1).max(50);
const trimmedText = (max: number) =>
  z.string().max(max).refine((text) => text.trim() === text, 'no spaces at either end');
const signedRequestInput = z.strictObject({ invoiceId: idSchema, request: paymentRequestSchema });

export const invoicesRouter = router({
  saveStudent: deviceProcedure(
    z.strictObject({
      studentId: idSchema,
      name: trimmedText(80).pipe(z.string().min(1)),
      contact: trimmedText(120),
      archived: z.boolean().optional(),
    }),
  ).mutation(({ ctx, input }) => ctx.services.saveStudent(ctx.actor, input.payload)),
  students: deviceProcedure(z.strictObject({})).mutation(({ ctx }) =>
    ctx.services.listStudents(ctx.actor),
  ),
  /** A draft; idempotent on invoiceId (made by the console). */
  create: deviceProcedure(
    z.strictObject({
      invoiceId: idSchema,
      studentId: idSchema,
      lines: linesSchema,
      dueDay: businessDaySchema,
    }),
  ).mutation(({ ctx, input }) => ctx.services.createInvoice(ctx.actor, input.payload)),
  /** draft → sent, with the console's signed request for the whole amount. */
  send: deviceProcedure(signedRequestInput).mutation(({ ctx, input }) =>
    ctx.services.sendInvoice(ctx.actor, input.payload),
  ),
  /** A new signed request for what is left (after a partial payment or near expiry). */
  renewRequest: deviceProcedure(signedRequestInput).mutation(({ ctx, input }) =>
    ctx.services.renewInvoiceRequest(ctx.actor, input.payload),
  ),
  void: deviceProcedure(z.strictObject({ invoiceId: idSchema })).mutation(({ ctx, input }) =>
    ctx.services.voidInvoice(ctx.actor, input.payload),
  ),
  list: deviceProcedure(
    z.strictObject({
      filter: z.enum(INVOICE_FILTERS),
      studentId: idSchema.optional(),
    }),
  ).mutation(({ ctx, input }) => ctx.services.listInvoices(ctx.actor, input.payload)),
  get: deviceProcedure(z.strictObject({ invoiceId: idSchema })).mutation(({ ctx, input }) =>
    ctx.services.getInvoice(ctx.actor, input.payload.invoiceId),
  ),
  createSeries: deviceProcedure(
    z.strictObject({
      seriesId: idSchema,
      studentId: idSchema,
      lines: linesSchema,
      startDay: businessDaySchema,
      everyWeeks: z.number().int().min(1).max(8),
    }),
  ).mutation(({ ctx, input }) => ctx.services.createInvoiceSeries(ctx.actor, input.payload)),
  series: deviceProcedure(z.strictObject({})).mutation(({ ctx }) =>
    ctx.services.listInvoiceSeries(ctx.actor),
  ),
  stopSeries: deviceProcedure(z.strictObject({ seriesId: idSchema })).mutation(({ ctx, input }) =>
    ctx.services.stopInvoiceSeries(ctx.actor, input.payload),
  ),
  /** The occurrences this console should sign and make now. */
  dueOccurrences: deviceProcedure(z.strictObject({})).mutation(({ ctx }) =>
    ctx.services.dueOccurrences(ctx.actor),
  ),
  makeOccurrence: deviceProcedure(
    z.strictObject({
      seriesId: idSchema,
      occurrenceDay: businessDaySchema,
      request: paymentRequestSchema,
    }),
  ).mutation(({ ctx, input }) => ctx.services.makeOccurrence(ctx.actor, input.payload)),
  /**
   * The wallet opens a link: the invoice and the console's signed request. The token is 256
   * random bits; only its hash is stored. The first open marks the invoice viewed.
   */
  open: publicProcedure
    .input(z.strictObject({ token: invoiceTokenSchema }))
    .mutation(({ ctx, input }) => ctx.services.openInvoiceLink(input)),
  /** Pays the link's request: the authorize path, idempotent on paymentId. */
  pay: publicProcedure
    .input(z.strictObject({ token: invoiceTokenSchema, authorization: authorizationSchema }))
    .mutation(({ ctx, input }) => ctx.services.payInvoiceLink(input)),
});
