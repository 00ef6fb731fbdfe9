// tRPC setup: one error formatter, and procedures that narrow the caller's role. Every
// procedure is built from one of these, so none can forget its role check.
import { initTRPC } from '@trpc/server';
import { ZodError, z } from 'zod';
import { type DeviceCall, deviceCallSchema } from '../protocol/index.ts';
import type { Actor } from './domain/actors.ts';
import { authenticateDeviceCall } from './domain/device-calls.ts';
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

/**
 * A session's actor. No token at all is the wrong role (FORBIDDEN, like any other wrong
 * role); a token that names no live session is UNAUTHORIZED, so a client knows to log in.
 */
const sessionProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.bearerToken)
    throw reject('forbidden', 'this call needs an administrator or owner session');
  const session = ctx.services.resolveSession(ctx.bearerToken);
  if (!session) throw reject('session_invalid', 'the session is unknown or expired; log in again');
  const actor: Actor =
    session.role === 'administrator'
      ? { role: 'administrator', administratorId: session.subjectId }
      : { role: 'merchant_owner', merchantId: session.subjectId };
  return next({ ctx: { ...ctx, actor, sessionToken: ctx.bearerToken } });
});

/** Administrators only. */
export const adminProcedure = sessionProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role !== 'administrator') throw reject('forbidden', 'administrator role required');
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** Administrators, or a merchant owner: the domain scopes an owner to its own merchant. */
export const merchantProcedure = sessionProcedure;

/** The envelope as sent, its payload untouched by any procedure's schema. */
const SIGNED_CALL = deviceCallSchema(z.unknown());

/**
 * A console device's signed call: the input is the envelope of protocol/device-call.ts
 * around `payload`, verified against the device's enrolled key for this procedure's path.
 */
export function deviceProcedure<TPayload extends z.ZodType>(payload: TPayload) {
  const parsed = t.procedure.input(deviceCallSchema(payload));
  return parsed.use(async ({ ctx, getRawInput, path, next }) => {
    // The signature covers the payload as the console sent it. The parsed input may differ
    // (trimmed text, upper-cased keys, filled defaults), so the check reads the raw input;
    // the input parse above has already refused anything malformed.
    const signed: DeviceCall<unknown> = SIGNED_CALL.parse(await getRawInput());
    const actor = authenticateDeviceCall(ctx.services.env, path, signed);
    return next({ ctx: { ...ctx, actor } });
  });
}

