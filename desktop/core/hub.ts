// The pairing hub: a socket.io server the customer's phone reaches over the shop's network.
// It only carries frames; every decision is the merchant session's. Wire events:
//   C → M  'hello' (plaintext Hello, with ack {ok} | {ok:false, reason})
//   C → M  'frame' (encrypted Frame, acked)   M → C  'frame' (encrypted Frame)
//   M → C  'end'   (the session is over; the socket is closed after it)
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { Server, type Socket } from 'socket.io';
import type { Frame } from '../../protocol/index.ts';

/** Frames are at most 16 KiB of plaintext; anything much larger is refused by socket.io. */
const MAX_MESSAGE_BYTES = 32 * 1024;
/** Bounded per socket: a real phone sends a hello and one or two frames. */
const MAX_MESSAGES_PER_SOCKET = 8;

export interface HubSessionHandler {
  /** Returns a frame to send, or the reason the hello is refused. */
  onHello(hello: unknown): { ok: true; frame: Frame } | { ok: false; reason: string };
  onFrame(frame: unknown): void;
}

export interface HubSessions {
  find(sessionId: string): HubSessionHandler | undefined;
}

export class PairingHub {
  private readonly io: Server;
  private readonly http: HttpServer;
  /** The one phone socket that paired with each session. */
  private readonly sockets = new Map<string, Socket>();
  url = '';

  constructor(private readonly sessions: HubSessions) {
    this.http = createServer();
    this.io = new Server(this.http, {
      maxHttpBufferSize: MAX_MESSAGE_BYTES,
      serveClient: false,
      // Phones reach the hub from the shop's network, not from a page of ours.
      cors: { origin: false },
      pingInterval: 5_000,
      pingTimeout: 5_000,
    });
    this.io.on('connection', (socket) => this.accept(socket));
  }

  async listen(host: string, port: number): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(port, host, resolve);
    });
    const address = this.http.address() as AddressInfo;
    this.url = `http://${advertisedHost(host)}:${address.port}`;
    return this.url;
  }

  /** Sends a frame to the session's phone; returns false if no phone is connected. */
  send(sessionId: string, frame: Frame): boolean {
    const socket = this.sockets.get(sessionId);
    if (!socket?.connected) return false;
    socket.emit('frame', frame);
    return true;
  }

  /** Ends the session on the wire: tell the phone, then drop the socket. */
  end(sessionId: string): void {
    const socket = this.sockets.get(sessionId);
    this.sockets.delete(sessionId);
    if (!socket) return;
    socket.emit('end');
    setTimeout(() => socket.disconnect(true), 1_000).unref();
  }

  private accept(socket: Socket): void {
    let messages = 0;
    let pairedSession: string | null = null;
    socket.onAny(() => {
      messages++;
      if (messages > MAX_MESSAGES_PER_SOCKET) socket.disconnect(true);
    });
    socket.on('hello', (hello: unknown, ack: unknown) => {
      const reply = typeof ack === 'function' ? (ack as (value: unknown) => void) : () => {};
      const sessionId = sessionIdOf(hello);
      const session = sessionId ? this.sessions.find(sessionId) : undefined;
      if (!sessionId || !session || pairedSession || this.sockets.has(sessionId)) {
        reply({ ok: false, reason: 'unknown or already paired session' });
        return;
      }
      const answer = session.onHello(hello);
      if (!answer.ok) {
        reply({ ok: false, reason: answer.reason });
        return;
      }
      pairedSession = sessionId;
      this.sockets.set(sessionId, socket);
      reply({ ok: true });
      socket.emit('frame', answer.frame);
    });
    socket.on('frame', (frame: unknown, ack: unknown) => {
      if (pairedSession) this.sessions.find(pairedSession)?.onFrame(frame);
      // The ack says "received", nothing more: outcomes travel as frames.
      if (typeof ack === 'function') (ack as () => void)();
    });
    socket.on('disconnect', () => {
      if (pairedSession && this.sockets.get(pairedSession) === socket) {
        this.sockets.delete(pairedSession);
      }
    });
  }

  async close(): Promise<void> {
    this.io.disconnectSockets(true);
    await new Promise<void>((resolve) => this.io.close(() => resolve()));
    this.http.closeAllConnections();
  }
}

/** A hub bound to every interface is advertised at this machine's first LAN address. */
function advertisedHost(host: string): string {
  if (host !== '0.0.0.0') return host;
  for (const addresses of Object.values(networkInterfaces())) {
    const lan = addresses?.find((address) => address.family === 'IPv4' && !address.internal);
    if (lan) return lan.address;
  }
  return '127.0.0.1';
}

function sessionIdOf(hello: unknown): string | null {
  if (typeof hello !== 'object' || hello === null || !('sid' in hello)) return null;
  return typeof hello.sid === 'string' && hello.sid.length <= 64 ? hello.sid : null;
}
