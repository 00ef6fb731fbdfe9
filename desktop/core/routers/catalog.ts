// The catalog on this console: anyone signed in reads what is on sale; the owner edits
// (forwarded to the server, then re-cached), runs events and reads an event's report.
import { z } from 'zod';
import { idSchema } from '../../../protocol/index.ts';
import { ownerProcedure, router, staffProcedure } from '../trpc.ts';

const businessDay = z.iso.date();
const name = z.string().trim().min(1).max(40);
const position = z.number().int().min(0).max(10_000);

export const catalogConsoleRouter = router({
  /** The cached catalog (works offline), the active event and what is on sale now. */
  current: staffProcedure.query(({ ctx }) => ctx.core.catalog.current()),
  /** Asks the server for a newer snapshot now (the sync rounds do it too). */
  refresh: ownerProcedure.mutation(async ({ ctx }) => {
    await ctx.core.catalog.refresh().catch(() => false);
    return ctx.core.catalog.current();
  }),
  upsertCategory: ownerProcedure
    .input(
      z.strictObject({
        categoryId: idSchema.optional(),
        eventId: idSchema.nullable(),
        name,
        position,
      }),
    )
    .mutation(({ ctx, input }) => ctx.core.catalog.upsertCategory(input)),
  upsertItem: ownerProcedure
    .input(
      z.strictObject({
        itemId: idSchema.optional(),
        eventId: idSchema.nullable(),
        categoryId: idSchema,
        name,
        /** The server checks the range and names the reason. */
        priceMinor: z.number().int().safe(),
        quickKey: z
          .string()
          .regex(/^[A-Za-z]$/, 'A quick key is one letter A–Z.')
          .transform((letter) => letter.toUpperCase())
          .nullable(),
        position,
      }),
    )
    .mutation(({ ctx, input }) => ctx.core.catalog.upsertItem(input)),
  archiveItem: ownerProcedure
    .input(z.strictObject({ itemId: idSchema }))
    .mutation(({ ctx, input }) => ctx.core.catalog.archiveItem(input.itemId)),
});

export const eventsConsoleRouter = router({
  create: ownerProcedure
    .input(
      z.strictObject({
        name: z.string().trim().min(1).max(60),
        startsOn: businessDay,
        endsOn: businessDay,
      }),
    )
    .mutation(({ ctx, input }) => ctx.core.catalog.createEvent(input)),
  close: ownerProcedure
    .input(z.strictObject({ eventId: idSchema }))
    .mutation(({ ctx, input }) => ctx.core.catalog.closeEvent(input.eventId)),
  /** The event this console sells for (null: everyday); its id goes into each charge. */
  select: ownerProcedure
    .input(z.strictObject({ eventId: idSchema.nullable() }))
    .mutation(({ ctx, input }) => ctx.core.catalog.selectEvent(input.eventId)),
  report: ownerProcedure
    .input(z.strictObject({ eventId: idSchema }))
    .query(({ ctx, input }) => ctx.core.catalog.report(input.eventId)),
});
