// The console's client for the server's administrator procedures: the same typed tRPC
// client as server-client.ts, plus the administrator's bearer token on every request. The
// token is read from the core's session at call time and never leaves the core.
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '../../server/routers/index.ts';

/** Reports read rollups and lists are bounded, so a slower answer means trouble. */
export const ADMIN_CALL_TIMEOUT_MS = 10_000;

/** Calls per HTTP request: the reports screen asks for a handful at once. */
const ADMIN_BATCH_MAX_ITEMS = 8;

export type AdminServerClient = ReturnType<typeof createAdminServerClient>;

export function createAdminServerClient(serverUrl: string, token: () => string | null) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${serverUrl.replace(/\/$/, '')}/trpc`,
        maxItems: ADMIN_BATCH_MAX_ITEMS,
        headers: () => {
          const current = token();
          return current === null ? {} : { authorization: `Bearer ${current}` };
        },
        fetch: (input, init) =>
          fetch(input, { ...init, signal: AbortSignal.timeout(ADMIN_CALL_TIMEOUT_MS) }),
      }),
    ],
  });
}
