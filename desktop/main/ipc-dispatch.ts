// Runs one tRPC operation that arrived over IPC against a router, and answers with a plain,
// structured-clone-safe object. Electron-free so that it is tested without Electron.
import {
  type AnyTRPCRouter,
  callTRPCProcedure,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  type inferRouterContext,
  TRPCError,
} from '@trpc/server';
import { z } from 'zod';
import type { IpcErrorShape, IpcOperation, IpcResponse } from '../preload/ipc-contract.ts';

/** Longest procedure path we accept; ours are like 'charges.status'. */
const MAX_PATH_LENGTH = 100;

/**
 * The renderer is not trusted: parse the envelope before tRPC sees it. Subscriptions are not
 * offered over IPC, and a path is dotted letters only, so it cannot name prototype members
 * such as '__proto__' or 'constructor.prototype'.
 */
export const ipcOperationSchema = z.strictObject({
  type: z.enum(['query', 'mutation']),
  path: z
    .string()
    .min(1)
    .max(MAX_PATH_LENGTH)
    .regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/, 'expected a dotted procedure path'),
  // Optional: a query without input may arrive without the key.
  input: z.unknown().optional(),
}) satisfies z.ZodType<IpcOperation>;

interface ErrorContext<TRouter extends AnyTRPCRouter> {
  readonly router: TRouter;
  readonly ctx: inferRouterContext<TRouter> | undefined;
  readonly type: IpcOperation['type'] | 'unknown';
  readonly path: string | undefined;
  readonly input: unknown;
}

/**
 * What of tRPC's error shape may cross to the renderer. Parsing (not casting) the formatted
 * shape drops everything else, notably the stack trace tRPC adds in development.
 */
const ipcErrorShapeSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  data: z.object({
    code: z.string(),
    httpStatus: z.number().int(),
    path: z.string().optional(),
    fieldErrors: z.record(z.string(), z.array(z.string()).optional()).nullable().optional(),
  }),
}) satisfies z.ZodType<IpcErrorShape>;

/** Used only if a formatter ever produced a shape we cannot read. */
const UNREADABLE_ERROR: IpcErrorShape = {
  code: -32603,
  message: 'Internal error.',
  data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 },
};

/** The same error shape the HTTP adapter would send for `error`. */
function errorResponse<TRouter extends AnyTRPCRouter>(
  error: TRPCError,
  where: ErrorContext<TRouter>,
): { readonly error: IpcErrorShape } {
  const shape: unknown = getTRPCErrorShape({
    config: where.router._def._config,
    error,
    type: where.type,
    path: where.path,
    input: where.input,
    ctx: where.ctx,
  });
  const parsed = ipcErrorShapeSchema.safeParse(shape);
  return { error: parsed.success ? parsed.data : UNREADABLE_ERROR };
}

/**
 * Parses `rawOperation`, calls the procedure with `ctx`, and returns `{ result }` or
 * `{ error }`. Never throws: every failure becomes a typed tRPC error shape.
 */
export async function dispatchIpcOperation<TRouter extends AnyTRPCRouter>(
  router: TRouter,
  ctx: inferRouterContext<TRouter>,
  rawOperation: unknown,
): Promise<IpcResponse> {
  const parsed = ipcOperationSchema.safeParse(rawOperation);
  if (!parsed.success) {
    const error = new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Malformed IPC operation.',
      cause: parsed.error,
    });
    const where = { router, ctx, type: 'unknown', path: undefined, input: undefined } as const;
    return errorResponse(error, where);
  }
  const { type, path, input } = parsed.data;
  try {
    const result: unknown = await callTRPCProcedure({
      router,
      ctx,
      type,
      path,
      getRawInput: async () => input,
      signal: undefined,
      batchIndex: 0,
    });
    return { result };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    return errorResponse(error, { router, ctx, type, path, input });
  }
}
