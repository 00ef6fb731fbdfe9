// Browser mode: the renderer's files and the console's tRPC router on 127.0.0.1 only.
// Every tRPC call must carry the per-launch token, so another local page or user cannot
// drive the register.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { ConsoleCore } from './console-core.ts';
import { consoleRouter } from './router.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const UNAUTHORIZED_BODY = {
  error: {
    message: 'missing or wrong console token',
    code: -32001,
    data: { code: 'UNAUTHORIZED', httpStatus: 401 },
  },
};

export interface UiServer {
  readonly url: string;
  stop(): Promise<void>;
}

function tokenMatches(header: string | undefined, token: Buffer): boolean {
  if (!header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  return given.length === token.length && timingSafeEqual(given, token);
}

export async function startUiServer(options: {
  host: string;
  port: number;
  rendererDir: string;
  core: ConsoleCore;
}): Promise<UiServer> {
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const trpc = createHTTPHandler({
    router: consoleRouter,
    basePath: '/trpc/',
    maxBodySize: 16 * 1024,
    createContext: () => ({ core: options.core }),
  });
  const root = normalize(options.rendererDir);
  const http = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/trpc/')) {
      if (!tokenMatches(request.headers.authorization, tokenBytes)) {
        // The same shape tRPC gives its own errors, so both transports look alike.
        response.writeHead(401, { 'content-type': 'application/json' });
        response.end(JSON.stringify(UNAUTHORIZED_BODY));
        return;
      }
      trpc(request, response);
      return;
    }
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (content) => {
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CSP,
          'x-content-type-options': 'nosniff',
        });
        response.end(content);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, resolve);
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/#token=${token}`,
    async stop() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
