// The product's real parts on 127.0.0.1 for a benchmark: a server with a fresh SQLite file
// and an enrolled console core (hub, ledger and, when asked, the renderer's UI server).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startConsole, type RunningConsole } from '../../desktop/core/console.ts';
import { startServer, type RunningServer } from '../../server/app.ts';
import { serverConfigSchema } from '../../server/config.ts';
import type { WalletRuntime } from '../../wallet/client.ts';

export const walletRuntime: WalletRuntime = {
  nowMs: () => Date.now(),
  random: (length) => new Uint8Array(randomBytes(length)),
};

export interface BenchStack {
  readonly server: RunningServer;
  readonly console: RunningConsole;
  readonly merchantId: string;
  stop(): Promise<void>;
}

export async function startBenchStack(options: {
  dir: string;
  rendererDir?: string;
}): Promise<BenchStack> {
  const server = await startServer(
    serverConfigSchema.parse({
      port: 0,
      dbPath: join(options.dir, 'server.db'),
      adminToken: randomBytes(24).toString('base64url'),
      // Every wallet the benchmark enrolls can pay many times over.
      demoGrantMinor: 100_000_000,
    }),
  );
  let running: RunningConsole;
  try {
    running = await startConsole({
      serverUrl: server.url,
      dataDir: options.dir,
      http: options.rendererDir
        ? { host: '127.0.0.1', port: 0, rendererDir: options.rendererDir }
        : null,
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  const stop = async () => {
    await running.stop();
    await server.stop();
  };
  try {
    const { merchantId } = server.services.createMerchant({
      name: 'Bench Cafeteria',
      category: 'cafeteria',
      currency: 'KRW',
    });
    const { code } = server.services.createEnrollmentCode({ merchantId, label: 'Bench register' });
    await running.core.enroll(code, 'Bench register');
    // Signed in once in the core (memory), so every page load opens on the register.
    const owner = await running.core.staff.setupOwner({ name: 'Bench owner', pin: '1357' });
    running.core.session.signInStaff({ role: 'owner', staffId: owner.staffId, name: owner.name });
    return { server, console: running, merchantId, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
