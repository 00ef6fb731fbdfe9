// A plain HTTP relay between the console and the server that can hold every call for a
// while, so a backlog takes long enough to drain that a test (and a person) can watch the
// progress bar. When the server is down the relay drops the connection rather than answer
// 502: to the console that must look like no server at all, never like a refusal.
import {
  createServer,
  type IncomingMessage,
  request as httpRequest,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export class SlowLink {
  /** Added before each call is forwarded. */
  delayMs = 0;
  url = '';
  private readonly http: Server;

  private constructor(targetPort: number) {
    this.http = createServer((incoming, outgoing) => {
      void relay(incoming, outgoing, targetPort, this.delayMs);
    });
  }

  static async start(targetPort: number): Promise<SlowLink> {
    const link = new SlowLink(targetPort);
    await new Promise<void>((resolve) => link.http.listen(0, '127.0.0.1', resolve));
    const { port } = link.http.address() as AddressInfo;
    link.url = `http://127.0.0.1:${port}`;
    return link;
  }

  async close(): Promise<void> {
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

async function relay(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  targetPort: number,
  delayMs: number,
): Promise<void> {
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  const upstream = httpRequest(
    {
      host: '127.0.0.1',
      port: targetPort,
      method: incoming.method,
      path: incoming.url,
      headers: incoming.headers,
    },
    (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(outgoing);
    },
  );
  upstream.on('error', () => outgoing.socket?.destroy());
  incoming.pipe(upstream);
}
