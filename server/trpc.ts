// tRPC setup: one error formatter, and procedures that narrow the caller's role.
import { initTRPC } from '@trpc/server';
import { ZodError, z } from 'zod';
import { constantTimeEqual, utf8 } from '../protocol/index.ts';
import { reject, Rejection } from './errors.ts';
import type { ServerServices } from './services.ts';

export interface ServerContext {
  readonly services: ServerServices;
  /** The bearer token of the request, if any. */
  readonly bearerToken: string | null;
}

const t = initTRPC.context<ServerContext>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Never leak stacks to clients; the reason and field errors are what they act on.
        stack: undefined,
        reason: cause instanceof Rejection ? cause.reason : null,
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : null,
      },
    };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;

/** Administrator calls. Issue 4 replaces the static token with password sessions. */
export const adminProcedure = t.procedure.use(({ ctx, next }) => {
  const expected = ctx.services.config.adminToken;
  const given = ctx.bearerToken;
  if (!given || !constantTimeEqual(utf8(given), utf8(expected))) {
    throw reject('forbidden', 'administrator role required');
  }
  return next({ ctx: { ...ctx, role: 'administrator' as const } });
});
