import { z } from 'zod';
import { currencySchema, idSchema } from '../../protocol/index.ts';
import { listDevices } from '../domain/device-list.ts';
import { hourlyFeeRangeFits, hourlyFees, MAX_HOURLY_FEE_DAYS } from '../domain/hourly-fees.ts';
import { adminProcedure, router } from '../trpc.ts';
import { businessDaySchema, categorySchema, nameSchema, passwordSchema } from './inputs.ts';

/** Largest single top-up an administrator books by hand. */
const MAX_TOP_UP_MINOR = 100_000_000;

export const adminRouter = router({
  /** With a merchantId of the caller's making, a retry returns the same merchant. */
  createMerchant: adminProcedure
    .input(
      z.strictObject({
        merchantId: idSchema.optional(),
        name: nameSchema,
        category: categorySchema,
        currency: currencySchema,
      }),
    )
    .mutation(({ ctx, input }) => ctx.services.createMerchant(input)),
  listMerchants: adminProcedure.query(({ ctx }) => ctx.services.listMerchants()),
  /** Sets the owner's password of a merchant; the owner's open sessions end. */
  setOwnerPassword: adminProcedure
    .input(z.strictObject({ merchantId: idSchema, password: passwordSchema }))
    .mutation(async ({ ctx, input }) => {
      await ctx.services.setOwnerPassword(input);
      return { ok: true as const };
    }),
  createAdministrator: adminProcedure
    .input(z.strictObject({ username: z.string().trim().min(1).max(64), password: passwordSchema }))
    .mutation(({ ctx, input }) => ctx.services.createAdministrator(input)),
  /** A one-time code that enrolls one console for the merchant; shown once. */
  createEnrollmentCode: adminProcedure
    .input(z.strictObject({ merchantId: idSchema, label: nameSchema }))
    .mutation(({ ctx, input }) => ctx.services.createEnrollmentCode(input)),
  /** Enrolled consoles, of one merchant or all, with their status (never their keys). */
  listDevices: adminProcedure
    .input(
      z.strictObject({
        merchantId: idSchema.optional(),
        status: z.enum(['active', 'revoked']).optional(),
      }),
    )
    .query(({ ctx, input }) => listDevices(ctx.services.db, input)),
  /** Settled payments by hour of the business day with their fees (the rollups have none). */
  hourlyFees: adminProcedure
    .input(
      z
        .strictObject({
          from: businessDaySchema,
          to: businessDaySchema,
          merchantId: idSchema.optional(),
          currency: currencySchema.optional(),
        })
        .refine(
          (range) => hourlyFeeRangeFits(range.from, range.to),
          `from on or before to, at most ${MAX_HOURLY_FEE_DAYS} days`,
        ),
    )
    .query(({ ctx, input }) => hourlyFees(ctx.services.env, input)),
  revokeDevice: adminProcedure
    .input(z.strictObject({ deviceId: idSchema }))
    .mutation(({ ctx, input }) => ctx.services.revokeDevice(input)),
  unlockWallet: adminProcedure
    .input(z.strictObject({ walletId: idSchema }))
    .mutation(({ ctx, input }) => {
      ctx.services.unlockWallet(input.walletId);
      return { ok: true as const };
    }),
  /** Cash the operator took itself (not at a console); idempotent on topUpId. */
  topUp: adminProcedure
    .input(
      z.strictObject({
        topUpId: idSchema,
        walletId: idSchema,
        amountMinor: z.number().int().positive().max(MAX_TOP_UP_MINOR),
        currency: currencySchema,
      }),
    )
    .mutation(({ ctx, input }) => ctx.services.topUp({ ...input, deviceId: null })),
});
