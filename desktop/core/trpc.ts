// tRPC setup of the console's local API: what the renderer may call, and nothing else.
// Procedures say who may call them: anyone (console.info, enroll, sign-in), anyone signed
// in (staffProcedure), the owner, or a server administrator signed in on this console.
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { ConsoleCore } from './console-core.ts';
import { ConsoleRejection } from './rejection.ts';
import type { AdministratorSignedIn, SignedIn, SignedInRole, StaffSignedIn } from './session.ts';

export interface ConsoleContext {
  readonly core: ConsoleCore;
}

const t = initTRPC.context<ConsoleContext>().create({
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field-level messages for forms; never a stack or internal detail.
        fieldErrors:
          error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null,
        // The console's named reason (rejection.ts), for a message in the cashier's language.
        reason: error.cause instanceof ConsoleRejection ? error.cause.reason : null,
      },
    };
  },
});

export const router = t.router;
export const procedure = t.procedure;

/**
 * Nobody signed in: UNAUTHORIZED. Signed in with a role not allowed here: FORBIDDEN. The
 * answer is narrowed to the roles allowed (the owner is staff, never an administrator).
 */
function signedInAs<TRole extends SignedInRole>(
  ctx: ConsoleContext,
  roles: readonly TRole[],
): SignedIn & { readonly role: TRole } {
  const who = ctx.core.session.current();
  if (who === null) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first.' });
  if (!hasRole(who, roles)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role may not do this.' });
  }
  return who;
}

function hasRole<TRole extends SignedInRole>(
  who: SignedIn,
  roles: readonly TRole[],
): who is SignedIn & { readonly role: TRole } {
  return roles.some((role) => role === who.role);
}

/** Anyone signed in on this console: cashier, owner or administrator. */
export const staffProcedure = t.procedure.use(({ ctx, next }) =>
  next({ ctx: { signedIn: signedInAs(ctx, ['cashier', 'owner', 'administrator']) } }),
);

/** The console's owner (staff, keeps cashiers and the refund limit). */
export const ownerProcedure = t.procedure.use(({ ctx, next }) =>
  next({ ctx: { signedIn: signedInAs(ctx, ['owner']) satisfies StaffSignedIn } }),
);

/** A server administrator signed in on this console; the token stays in ctx.core only. */
export const administratorProcedure = t.procedure.use(({ ctx, next }) =>
  next({ ctx: { signedIn: signedInAs(ctx, ['administrator']) satisfies AdministratorSignedIn } }),
);
