// The validation server's tRPC client, as the phone reaches it (only the router's type
// crosses from server/).
import { createTRPCClient, httpLink } from '@trpc/client';
import type { AppRouter } from '../server/routers/index.ts';

export function serverClient(serverUrl: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${serverUrl.replace(/\/$/, '')}/trpc` })],
  });
}
export type ServerClient = ReturnType<typeof serverClient>;
