// The product's real parts for a browser test: a server with a fresh SQLite file, an
// enrolled console core serving the built renderer, and a way to make funded wallets.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startConsole, type RunningConsole } from '../desktop/core/console.ts';
import { startServer, type RunningServer } from '../server/app.ts';
import { serverConfigSchema } from '../server/config.ts';
import { enrollWallet, type WalletFile, type WalletRuntime } from '../wallet/client.ts';

export const walletRuntime: WalletRuntime = {
  nowMs: () => Date.now(),
  random: (length) => new Uint8Array(randomBytes(length)),
};

export interface Stack {
  readonly server: RunningServer;
  readonly console: RunningConsole;
  readonly uiUrl: string;
  newWallet(): Promise<WalletFile>;
  stop(): Promise<void>;
}

export async function startStack(options: { enrolled?: boolean } = {}): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'hspos-e2e-'));
  const server = await startServer(
    serverConfigSchema.parse({
      port: 0,
      dbPath: join(dir, 'server.db'),
      adminToken: randomBytes(24).toString('base64url'),
      demoGrantMinor: 100_000,
    }),
  );
  const running = await startConsole({
    serverUrl: server.url,
    dataDir: dir,
    http: { host: '127.0.0.1', port: 0, rendererDir: resolve('out/renderer') },
  });
  if (options.enrolled ?? true) {
    const { merchantId } = server.services.createMerchant({
      name: 'University Cafeteria',
      category: 'cafeteria',
      currency: 'KRW',
    });
    const { code } = server.services.createEnrollmentCode({ merchantId, label: 'Register 1' });
    await running.core.enroll(code, 'Register 1');
  }
  return {
    server,
    console: running,
    uiUrl: running.uiUrl ?? '',
    newWallet: () => enrollWallet(server.url, walletRuntime),
    async stop() {
      await running.stop();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
