// The validation server as an HTTP listener: tRPC under /trpc, a health check, nothing else.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { ServerConfig } from './config.ts';
import { appRouter } from './routers/index.ts';
import { systemRuntime, type Runtime } from './runtime.ts';
import { createServices, type ServerServices } from './services.ts';
import type { ServerContext } from './trpc.ts';

/** Requests are small JSON documents; anything bigger is refused before parsing. */
const MAX_BODY_BYTES = 64 * 1024;

const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export interface RunningServer {
  readonly url: string;
  readonly services: ServerServices;
  readonly http: Server;
  stop(): Promise<void>;
}

function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim() || null;
}

export async function startServer(
  config: ServerConfig,
  runtime: Runtime = systemRuntime(),
): Promise<RunningServer> {
  const services = createServices(config, runtime);
  if (config.adminPassword !== undefined) {
    await services.bootstrapAdministrator({
      username: config.adminUsername,
      password: config.adminPassword,
    });
  }
  const handler = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: MAX_BODY_BYTES,
    createContext: ({ req }): ServerContext => ({ services, bearerToken: bearerToken(req) }),
    onError({ error, path }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`server: ${path}:`, error);
    },
  });
  const http = createServer((request, response) => {
    if (request.url === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
      return;
    }
    if (!request.url?.startsWith('/trpc/')) {
      response.writeHead(404).end();
      return;
    }
    handler(request, response);
  });
  // Keep-alive beyond the clients' pools so reused sockets are not cut mid-request.
  http.keepAliveTimeout = 65_000;
  // Offline allowances past expiry and grace give their remainder back, now and hourly.
  services.releaseExpiredAllowances();
  const sweep = setInterval(() => services.releaseExpiredAllowances(), SWEEP_INTERVAL_MS);
  sweep.unref();
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, resolve);
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    services,
    http,
    async stop() {
      clearInterval(sweep);
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      services.close();
    },
  };
}
