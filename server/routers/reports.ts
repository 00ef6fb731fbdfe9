import { z } from 'zod';
import { currencySchema, idSchema } from '../../protocol/index.ts';
import { REPORT_GROUPS } from '../domain/reports.ts';
import { merchantProcedure, router } from '../trpc.ts';
import { businessDaySchema } from './inputs.ts';

// Business days, inclusive; leave both out for "all time" (served from the rollups).
const filter = {
  from: businessDaySchema.optional(),
  to: businessDaySchema.optional(),
  merchantId: idSchema.optional(),
  currency: currencySchema.optional(),
};

export const reportsRouter = router({
  /** Sales, refunds, voids and fees by day, merchant, category, or in total. */
  totals: merchantProcedure
    .input(
      z.strictObject({
        ...filter,
        groupBy: z.enum(REPORT_GROUPS),
        limit: z.number().int().min(1).max(5_000).optional(),
      }),
    )
    .query(({ ctx, input }) => ctx.services.totalsReport(ctx.actor, input)),
  /** Settled payments by hour of the business day. */
  byHour: merchantProcedure
    .input(z.strictObject(filter))
    .query(({ ctx, input }) => ctx.services.paymentsByHourReport(ctx.actor, input)),
  /** Best-selling items (payment request lines). */
  topItems: merchantProcedure
    .input(
      z.strictObject({
        ...filter,
        by: z.enum(['quantity', 'gross']).default('quantity'),
        limit: z.number().int().min(1).max(100).default(10),
      }),
    )
    .query(({ ctx, input }) => ctx.services.topItemsReport(ctx.actor, input)),
});
