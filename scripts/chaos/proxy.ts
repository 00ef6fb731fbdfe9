// A fault-injecting HTTP proxy between the console and the server. Per request, by the
// schedule's dice: pass, delay, drop before forwarding (the server never sees it), drop the
// answer (the server acted, the console never hears: the unknown-outcome case), or send
// the request twice. `blackhole` makes the server unreachable for a while.
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SeededRandom } from './random.ts';

export interface FaultRates {
  readonly delay: number;
  readonly dropRequest: number;
  readonly dropResponse: number;
  readonly duplicate: number;
}

export const NO_FAULTS: FaultRates = { delay: 0, dropRequest: 0, dropResponse: 0, duplicate: 0 };

export class FaultProxy {
  private readonly http: Server;
  private blackholeUntilMs = 0;
  rates: FaultRates = NO_FAULTS;
  readonly counts = { passed: 0, delayed: 0, droppedRequests: 0, droppedResponses: 0, duplicated: 0, refused: 0 };
  url = '';

  constructor(
    private readonly targetPort: () => number,
    private readonly random: SeededRandom,
  ) {
    this.http = createServer((incoming, outgoing) => void this.handle(incoming, outgoing));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  blackhole(durationMs: number): void {
    this.blackholeUntilMs = Date.now() + durationMs;
  }

  heal(): void {
    this.blackholeUntilMs = 0;
    this.rates = NO_FAULTS;
  }

  private async handle(incoming: IncomingMessage, outgoing: import('node:http').ServerResponse): Promise<void> {
    const body = await readBody(incoming);
    if (Date.now() < this.blackholeUntilMs) {
      this.counts.refused++;
      outgoing.socket?.destroy();
      return;
    }
    const dice = this.random.next();
    const { delay, dropRequest, dropResponse, duplicate } = this.rates;
    if (dice < dropRequest) {
      this.counts.droppedRequests++;
      outgoing.socket?.destroy();
      return;
    }
    if (dice < dropRequest + delay) {
      this.counts.delayed++;
      await new Promise((resolve) => setTimeout(resolve, this.random.int(50, 1_500)));
    }
    if (dice >= dropRequest + delay && dice < dropRequest + delay + duplicate) {
      this.counts.duplicated++;
      await this.forward(incoming, body).catch(() => null);
    }
    const answer = await this.forward(incoming, body).catch(() => null);
    if (!answer || this.random.chance(dropResponse)) {
      if (answer) this.counts.droppedResponses++;
      outgoing.socket?.destroy();
      return;
    }
    this.counts.passed++;
    outgoing.writeHead(answer.status, answer.headers);
    outgoing.end(answer.body);
  }

  private forward(
    incoming: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port: this.targetPort(),
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, connection: 'close' },
          timeout: 5_000,
        },
        (response) => {
          void readBody(response).then((content) =>
            resolve({
              status: response.statusCode ?? 502,
              headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') },
              body: content,
            }),
          );
        },
      );
      upstream.on('error', reject);
      upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
      upstream.end(body);
    });
  }

  async close(): Promise<void> {
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Bounded: requests here are small JSON documents.
      if (size > 1024 * 1024) stream.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
