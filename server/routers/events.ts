// Events with their own catalog and report. Consoles forward the owner's actions
// (device-signed); an owner session calls the same domain functions directly.
import { z } from 'zod';
import { idSchema } from '../../protocol/index.ts';
import { deviceProcedure, merchantProcedure, router } from '../trpc.ts';
import { businessDaySchema } from './inputs.ts';

const merchantId = idSchema.optional();
export const createEventInput = z.strictObject({
  /** Made by the caller before the first try: a retry creates nothing new. */
  eventId: idSchema,
  name: z.string().trim().min(1).max(60),
  startsOn: businessDaySchema,
  endsOn: businessDaySchema,
});
export const eventIdInput = z.strictObject({ eventId: idSchema });

export const eventsRouter = router({
  createByDevice: deviceProcedure(createEventInput).mutation(({ ctx, input }) =>
    ctx.services.createEvent(ctx.actor, input.payload),
  ),
  closeByDevice: deviceProcedure(eventIdInput).mutation(({ ctx, input }) =>
    ctx.services.closeEvent(ctx.actor, input.payload),
  ),
  /** Settled payments, gross, refunds, fees, net and items sold of one event. */
  reportByDevice: deviceProcedure(eventIdInput).mutation(({ ctx, input }) =>
    ctx.services.eventReport(ctx.actor, input.payload),
  ),
  create: merchantProcedure
    .input(createEventInput.extend({ merchantId }))
    .mutation(({ ctx, input }) => ctx.services.createEvent(ctx.actor, input)),
  close: merchantProcedure
    .input(eventIdInput.extend({ merchantId }))
    .mutation(({ ctx, input }) => ctx.services.closeEvent(ctx.actor, input)),
  report: merchantProcedure
    .input(eventIdInput.extend({ merchantId }))
    .query(({ ctx, input }) => ctx.services.eventReport(ctx.actor, input)),
});
