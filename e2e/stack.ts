// The product's real parts for a browser test: a server with a fresh SQLite file, an
// enrolled console core serving the built renderer, and a way to make funded wallets.
// The server can be stopped and restarted on the same port and database, as when a shop's
// internet drops and comes back.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RetryPolicy } from '../desktop/core/console-core.ts';
import { startConsole, type RunningConsole } from '../desktop/core/console.ts';
import { DEMO_STAFF, seedDemoStaff } from '../scripts/demo-staff.ts';
import { startServer, type RunningServer } from '../server/app.ts';
import { serverConfigSchema } from '../server/config.ts';
import { type Clock, systemRandom, systemRuntime } from '../server/runtime.ts';
import { enrollWallet, type WalletFile, type WalletRuntime } from '../wallet/client.ts';
import { SlowLink } from './slow-link.ts';

const RENDERER_DIR = process.env['HSPOS_RENDERER_DIR'] ?? 'out/renderer';

export const walletRuntime: WalletRuntime = {
  nowMs: () => Date.now(),
  random: systemRandom,
};

/** The staff every enrolled stack has (the demo's); e2e/pages/sign-in.ts uses these PINs. */
export const STAFF = DEMO_STAFF;

export interface Stack {
  /** The server running now: a restart replaces it. */
  readonly server: RunningServer;
  readonly console: RunningConsole;
  /** Between the console and the server; its delay slows every call the console makes. */
  readonly link: SlowLink;
  readonly uiUrl: string;
  /** The first administrator's password (user `admin`), as the server was configured. */
  readonly adminPassword: string;
  newWallet(): Promise<WalletFile>;
  /** Starts the server again on the same port and database after `server.stop()`. */
  restartServer(): Promise<RunningServer>;
  stop(): Promise<void>;
}

export interface StackOptions {
  readonly enrolled?: boolean;
  /** How often the console's sync engine pings an absent server (default 2 s). */
  readonly retry?: RetryPolicy;
  /** admin e2e: the server's clock, to make payments on earlier business days. */
  readonly serverClock?: Clock;
}

/** A test may stop the server itself; the stack stops it again at the end, harmlessly. */
function stoppableOnce(server: RunningServer): RunningServer {
  let stopping: Promise<void> | null = null;
  return { ...server, stop: () => (stopping ??= server.stop()) };
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'hspos-e2e-'));
  const settings = {
    dbPath: join(dir, 'server.db'),
    adminToken: randomBytes(24).toString('base64url'),
    demoGrantMinor: 100_000,
  };
  const serverOn = async (port: number) =>
    stoppableOnce(
      await startServer(
        serverConfigSchema.parse({ ...settings, port }),
        // admin e2e: the system runtime with the test's clock, when it gives one.
        options.serverClock ? { ...systemRuntime(), clock: options.serverClock } : undefined,
      ),
    );
  let server = await serverOn(0);
  const port = Number(new URL(server.url).port);
  const link = await SlowLink.start(port);
  const running = await startConsole({
    serverUrl: link.url,
    dataDir: dir,
    // HSPOS_RENDERER_DIR lets parallel work build the renderer into a folder of its own.
    http: { host: '127.0.0.1', port: 0, rendererDir: resolve(RENDERER_DIR) },
    ...(options.retry ? { retry: options.retry } : {}),
  });
  if (options.enrolled ?? true) {
    const { merchantId } = server.services.createMerchant({
      name: 'University Cafeteria',
      category: 'cafeteria',
      currency: 'KRW',
    });
    const { code } = server.services.createEnrollmentCode({ merchantId, label: 'Register 1' });
    await running.core.enroll(code, 'Register 1');
    await seedDemoStaff(running.core);
  }
  return {
    get server() {
      return server;
    },
    console: running,
    link,
    uiUrl: running.uiUrl ?? '',
    adminPassword: settings.adminToken,
    newWallet: () => enrollWallet(server.url, walletRuntime),
    async restartServer() {
      await server.stop();
      server = await serverOn(port);
      return server;
    },
    async stop() {
      await running.stop();
      await link.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
