// Sign-in on this console: the owner is set up once after enrollment, then cashiers and the
// owner sign in by PIN. The owner keeps the cashiers and the cashier's refund limit.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { amountMinorSchema } from '../../../protocol/index.ts';
import { administratorOf } from '../admin.ts';
import type { SignedInView } from '../session.ts';
import { pinSchema } from '../staff-pins.ts';
import { ownerProcedure, procedure, router, staffProcedure } from '../trpc.ts';

const nameSchema = z.string().trim().min(1, 'Type a name.').max(40);

export interface AuthStatus {
  readonly enrolled: boolean;
  /** Enrolled but nobody owns the console yet: the owner's name and PIN come first. */
  readonly needsOwner: boolean;
  readonly signedIn: SignedInView | null;
}

export const authRouter = router({
  /** Whether this console is enrolled and who is signed in (never a token). */
  status: procedure.query(({ ctx }): AuthStatus => {
    const enrolled = ctx.core.info().enrolled;
    return {
      enrolled,
      needsOwner: enrolled && !ctx.core.staff.hasOwner(),
      signedIn: ctx.core.session.publicView(),
    };
  }),
  /** Once, after enrollment: the owner's name and PIN. The owner is then signed in. */
  setupOwner: procedure
    .input(z.strictObject({ name: nameSchema, pin: pinSchema }))
    .mutation(async ({ ctx, input }) => {
      requireEnrolled(ctx.core.info().enrolled);
      const owner = await ctx.core.staff.setupOwner(input);
      ctx.core.session.signInStaff({ role: 'owner', staffId: owner.staffId, name: owner.name });
      return ctx.core.session.publicView();
    }),
  /** A cashier or the owner signs in; whoever was signed in before is signed out. */
  signInWithPin: procedure
    .input(z.strictObject({ pin: pinSchema }))
    .mutation(async ({ ctx, input }) => {
      requireEnrolled(ctx.core.info().enrolled);
      const who = await ctx.core.staff.identify(input.pin, ['cashier', 'owner']);
      ctx.core.session.signInStaff(who);
      return ctx.core.session.publicView();
    }),
  /** An administrator's server session ends too (when the server answers), not just here. */
  signOut: procedure.mutation(async ({ ctx }) => {
    if (ctx.core.session.administratorToken() !== null) {
      await administratorOf(ctx.core).signOut();
    }
    ctx.core.session.signOut();
    return null;
  }),
  /** Up to this much a cashier refunds alone; above it an owner's PIN approves. */
  refundLimit: staffProcedure.query(({ ctx }) => ({
    refundLimitMinor: ctx.core.staff.refundLimitMinor(),
  })),
  staff: router({
    list: ownerProcedure.query(({ ctx }) => ctx.core.staff.list()),
    addCashier: ownerProcedure
      .input(z.strictObject({ name: nameSchema, pin: pinSchema }))
      .mutation(({ ctx, input }) => ctx.core.staff.addCashier(input)),
    remove: ownerProcedure
      .input(z.strictObject({ staffId: z.number().int().positive() }))
      .mutation(({ ctx, input }) => {
        ctx.core.staff.remove(input.staffId);
        ctx.core.session.signOutStaff(input.staffId);
        return null;
      }),
    setRefundLimit: ownerProcedure
      .input(z.strictObject({ refundLimitMinor: amountMinorSchema.or(z.literal(0)) }))
      .mutation(({ ctx, input }) => ({
        refundLimitMinor: ctx.core.staff.setRefundLimit(input.refundLimitMinor),
      })),
  }),
});

function requireEnrolled(enrolled: boolean): void {
  if (!enrolled) {
    throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'Enroll this console first.' });
  }
}
