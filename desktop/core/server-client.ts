// The console's calls to the validation server: a typed tRPC client, with a bounded
// timeout per HTTP request. Calls made in the same tick travel in one HTTP request (tRPC
// batching, at most SERVER_BATCH_MAX_ITEMS), each with its own answer or error; a network
// failure or timeout fails every call of that request. Only the server's router *type*
// crosses into the core.
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { AppRouter } from '../../server/routers/index.ts';

/** A call slower than this is treated as unreachable; authorize is idempotent, so retry. */
export const SERVER_CALL_TIMEOUT_MS = 5_000;

/** Calls per HTTP request: a drain's chunk of approvals (sync.ts sends ≤ 10) goes as one. */
export const SERVER_BATCH_MAX_ITEMS = 10;

export type ServerClient = ReturnType<typeof createServerClient>;

export interface ServerClientOptions {
  /** A call slower than this is treated as unreachable (SERVER_CALL_TIMEOUT_MS unless set). */
  readonly timeoutMs?: number;
  /** Calls per HTTP request (SERVER_BATCH_MAX_ITEMS unless set). */
  readonly maxItems?: number;
  /** A bearer token read at each request (the administrator's session, admin.ts); null: none. */
  readonly token?: () => string | null;
}

export function createServerClient(serverUrl: string, options: ServerClientOptions = {}) {
  const timeoutMs = options.timeoutMs ?? SERVER_CALL_TIMEOUT_MS;
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${serverUrl.replace(/\/$/, '')}/trpc`,
        maxItems: options.maxItems ?? SERVER_BATCH_MAX_ITEMS,
        headers: () => {
          const token = options.token?.() ?? null;
          return token === null ? {} : { authorization: `Bearer ${token}` };
        },
        fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
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
