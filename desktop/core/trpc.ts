// tRPC setup of the console's local API: what the renderer may call, and nothing else.
import { initTRPC } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { ConsoleCore } from './console-core.ts';

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
        fieldErrors: error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null,
      },
    };
  },
});

export const router = t.router;
export const procedure = t.procedure;
