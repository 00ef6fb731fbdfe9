// The administrator's console procedures: sign in to the server, then forward each call with
// the server session the core holds (see ../admin.ts). The renderer never sees the token.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { currencySchema, idSchema, timestampSchema, toBase64Url } from '../../../protocol/index.ts';
import { administratorOf } from '../admin.ts';
import { fetchDevices, fetchRefunds, fetchReport, fetchStatements } from '../admin-data.ts';
import {
  businessDaySchema,
  csvRequestSchema,
  exportCsv,
  reportRangeSchema,
} from '../admin-tables.ts';
import { administratorProcedure, procedure, router } from '../trpc.ts';

const nameInput = z.string().trim().min(1).max(80);
const categoryInput = z.string().trim().min(1).max(40);
const minorInput = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** The server's bound on one gift-certificate batch. */
const MAX_GIFT_BATCH_COUNT = 1_000;
/** A schedule "from now" starts this long after the server's clock, for the call's travel. */
const EFFECTIVE_NOW_MARGIN_MS = 5_000;

/** An id made here, once per press; the console never retries a mutation by itself. */
const newId = () => toBase64Url(new Uint8Array(randomBytes(16)));

const session = router({
  /** The server checks the password; the core keeps the session it grants. */
  signIn: procedure
    .input(
      z.strictObject({
        username: z.string().trim().min(1).max(64),
        password: z.string().min(1).max(1_024),
      }),
    )
    .mutation(({ ctx, input }) => administratorOf(ctx.core).signIn(input)),
  signOut: procedure.mutation(async ({ ctx }) => {
    await administratorOf(ctx.core).signOut();
    return { ok: true as const };
  }),
  /** Whether the last administrator session ended by itself (the sign-in form says so). */
  ended: procedure.query(({ ctx }) => ({ ended: administratorOf(ctx.core).sessionEnded() })),
});

const merchants = router({
  list: administratorProcedure.query(({ ctx }) =>
    administratorOf(ctx.core).call((server) => server.admin.listMerchants.query()),
  ),
  create: administratorProcedure
    .input(z.strictObject({ name: nameInput, category: categoryInput, currency: currencySchema }))
    .mutation(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => server.admin.createMerchant.mutate(input)),
    ),
  /** A one-time enrollment code: the screen shows it once, nothing keeps it. */
  enrollmentCode: administratorProcedure
    .input(z.strictObject({ merchantId: idSchema, label: nameInput }))
    .mutation(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => server.admin.createEnrollmentCode.mutate(input)),
    ),
});

const devices = router({
  list: administratorProcedure
    .input(z.strictObject({ merchantId: idSchema.optional() }))
    .query(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => fetchDevices(server, input)),
    ),
  revoke: administratorProcedure
    .input(z.strictObject({ deviceId: idSchema }))
    .mutation(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => server.admin.revokeDevice.mutate(input)),
    ),
});

const fees = router({
  list: administratorProcedure.query(({ ctx }) =>
    administratorOf(ctx.core).call((server) => server.fees.listSchedules.query({})),
  ),
  /** The next version of a category's schedule, in force from `effectiveFrom` (or now). */
  create: administratorProcedure
    .input(
      z.strictObject({
        category: z.union([z.literal('*'), categoryInput]),
        currency: currencySchema,
        basisPoints: z.number().int().min(0).max(10_000),
        fixedMinor: minorInput,
        minimumMinor: minorInput,
        capMinor: minorInput.nullable(),
        effectiveFrom: timestampSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      administratorOf(ctx.core).call(async (server) => {
        // "Now" is the server's now: a schedule may not start in its past.
        const effectiveFrom =
          input.effectiveFrom ?? (await server.system.info.query()).time + EFFECTIVE_NOW_MARGIN_MS;
        return server.fees.createSchedule.mutate({ ...input, scheduleId: newId(), effectiveFrom });
      }),
    ),
});

const giftCertificates = router({
  list: administratorProcedure.query(({ ctx }) =>
    administratorOf(ctx.core).call((server) => server.giftCertificates.listBatches.query()),
  ),
  /** Issues a batch; its codes are answered once, for the administrator to print or hand out. */
  issue: administratorProcedure
    .input(
      z.strictObject({
        label: nameInput,
        count: z.number().int().min(1).max(MAX_GIFT_BATCH_COUNT),
        valueMinor: minorInput.min(1),
        currency: currencySchema,
      }),
    )
    .mutation(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) =>
        server.giftCertificates.issueBatch.mutate({ ...input, batchId: newId() }),
      ),
    ),
});

const settlements = router({
  /** Closes an ended business day for every merchant with something to settle. */
  closeDay: administratorProcedure
    .input(z.strictObject({ businessDay: businessDaySchema }))
    .mutation(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => server.settlements.closeDay.mutate(input)),
    ),
  list: administratorProcedure
    .input(z.strictObject({ status: z.enum(['pending', 'approved']).optional() }))
    .query(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => fetchStatements(server, input)),
    ),
  get: administratorProcedure
    .input(z.strictObject({ statementId: idSchema }))
    .query(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => server.settlements.get.query(input)),
    ),
  /** Posts the payout; approving twice pays once (the server is idempotent). */
  approve: administratorProcedure
    .input(z.strictObject({ statementId: idSchema }))
    .mutation(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => server.settlements.approve.mutate(input)),
    ),
});

export const adminConsoleRouter = router({
  session,
  merchants,
  devices,
  fees,
  giftCertificates,
  settlements,
  /** The refunds audit: the newest refunds, of one merchant or all. */
  refunds: administratorProcedure
    .input(z.strictObject({ merchantId: idSchema.optional() }))
    .query(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => fetchRefunds(server, input)),
    ),
  /** Every chart of the reports screen for one range of business days. */
  report: administratorProcedure
    .input(reportRangeSchema)
    .query(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => fetchReport(server, input)),
    ),
  /** The CSV text of one table, for exactly the filter the screen shows. */
  csv: administratorProcedure
    .input(csvRequestSchema)
    .query(({ ctx, input }) =>
      administratorOf(ctx.core).call((server) => exportCsv(server, input)),
    ),
});
