// The console's calls to the validation server: a typed tRPC client, with a bounded
// timeout per call. Only the server's router *type* crosses into the core.
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '../../server/routers/index.ts';

/** A call slower than this is treated as unreachable; authorize is idempotent, so retry. */
export const SERVER_CALL_TIMEOUT_MS = 5_000;

export type ServerClient = ReturnType<typeof createServerClient>;

export function createServerClient(serverUrl: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${serverUrl.replace(/\/$/, '')}/trpc`,
        fetch: (input, init) =>
          fetch(input, { ...init, signal: AbortSignal.timeout(SERVER_CALL_TIMEOUT_MS) }),
      }),
    ],
  });
}

/**
 * True when the server answered (with an error or not). A network failure or timeout means
 * the outcome is unknown: ask again, never assume "not charged".
 */
export function serverAnswered(error: unknown): boolean {
  return error instanceof TRPCClientError && error.data !== undefined && error.data !== null;
}

/** The machine-readable reason the server attached to a rejection, if any. */
export function rejectionReason(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (typeof data === 'object' && data !== null && 'reason' in data) {
    return typeof data.reason === 'string' ? data.reason : null;
  }
  return null;
}
