// The renderer's tRPC client: over IPC inside Electron, over HTTP with a per-launch token in
// browser mode. Only the router's type crosses from desktop/core.
import { createTRPCClient, httpBatchLink, type TRPCClient, type TRPCLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { ConsoleRouter } from '../../../core/router.ts';
import { ipcLink } from './ipc-link.ts';
import { takeSessionToken } from './session-token.ts';

export const { TRPCProvider, useTRPC } = createTRPCContext<ConsoleRouter>();

function httpLinkWithToken(): TRPCLink<ConsoleRouter> {
  const token = takeSessionToken({ location, history, storage: sessionStorage });
  return httpBatchLink<ConsoleRouter>({
    url: '/trpc',
    // Without a token the server answers UNAUTHORIZED, which the app explains to the cashier.
    headers: () => (token === null ? {} : { authorization: `Bearer ${token}` }),
  });
}

export function createConsoleClient(): TRPCClient<ConsoleRouter> {
  const bridge = window.handshake;
  const link = bridge === undefined ? httpLinkWithToken() : ipcLink<ConsoleRouter>(bridge);
  return createTRPCClient<ConsoleRouter>({ links: [link] });
}
