// What the network path costs on loopback with the same libraries: a socket.io connection
// and an acknowledged emit against a bare socket.io server configured like the pairing hub,
// and one tRPC HTTP round trip of a trivial query against the real server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { createServerClient } from '../../desktop/core/server-client.ts';
import { median, sampleAsync, type LoopBounds } from './stats.ts';

export interface SocketCosts {
  /** From io() to 'connect': TCP, WebSocket upgrade, engine.io open, socket.io CONNECT. */
  readonly connectMs: number;
  /** One emit with an ack answered at once by the server. */
  readonly ackRoundTripMs: number;
}

function connect(url: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], reconnection: false, timeout: 5_000 });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.disconnect();
      reject(error);
    });
  });
}

export async function measureSocketCosts(bounds: LoopBounds): Promise<SocketCosts> {
  const http = createServer();
  // The hub's options (desktop/core/hub.ts), so framing and heartbeats cost the same.
  const server = new Server(http, {
    maxHttpBufferSize: 32 * 1024,
    serveClient: false,
    cors: { origin: false },
    pingInterval: 5_000,
    pingTimeout: 5_000,
  });
  server.on('connection', (socket) => {
    socket.on('echo', (payload: unknown, ack: unknown) => {
      if (typeof ack === 'function') (ack as (value: unknown) => void)(payload);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  try {
    const connects = await sampleAsync(bounds, async () => {
      const socket = await connect(url);
      socket.disconnect();
    });
    const socket = await connect(url);
    // A frame-sized payload: the request frame is about 2 KB of base64url.
    const payload = { sid: 'x'.repeat(22), seq: 0, box: 'y'.repeat(2_000) };
    const acks = await sampleAsync(bounds, async () => {
      await socket.emitWithAck('echo', payload);
    });
    socket.disconnect();
    return { connectMs: median(connects), ackRoundTripMs: median(acks) };
  } finally {
    server.disconnectSockets(true);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    http.closeAllConnections();
  }
}

/** One tRPC query (system.info) with the console's own client, answered by the server. */
export async function measureTrpcRoundTripMs(
  serverUrl: string,
  bounds: LoopBounds,
): Promise<number> {
  const client = createServerClient(serverUrl);
  const samples = await sampleAsync(bounds, async () => {
    await client.system.info.query();
  });
  return median(samples);
}
