// Test support for the core's integration tests: a real server on a fresh SQLite file that
// can be stopped and started again on the same port, and a bounded poll. Not product code
// (the core's layering test reads only desktop/core/*.ts, not this folder).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../server/app.ts';
import { serverConfigSchema } from '../../../server/config.ts';
import type { MerchantInput } from '../../../server/domain/merchants.ts';
import type { WalletRuntime } from '../../../wallet/client.ts';
import { startConsole, type RunningConsole } from '../console.ts';

export const walletRuntime: WalletRuntime = {
  nowMs: () => Date.now(),
  random: (length) => new Uint8Array(randomBytes(length)),
};

/** A server whose database lives in `dir`; every new wallet gets `grantMinor`. */
export function serverIn(dir: string, grantMinor: number) {
  return (port: number): Promise<RunningServer> =>
    startServer(
      serverConfigSchema.parse({
        port,
        dbPath: join(dir, 'server.db'),
        adminToken: 'integration-admin-token-000000000',
        demoGrantMinor: grantMinor,
      }),
    );
}

/** Reads until `done` holds or the time is up; returns the last value read either way. */
export async function waitFor<T>(read: () => T, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The merchant most tests sell for. */
const CAFETERIA: MerchantInput = { name: 'Cafeteria', category: 'cafeteria', currency: 'KRW' };

/**
 * A console on `dataDir`, enrolled with a new merchant of `server` (a KRW cafeteria unless
 * told), resolving charges every 100 ms so tests do not wait on the product's interval.
 */
export async function enrolledConsole(
  server: RunningServer,
  dataDir: string,
  enrollment: {
    merchant?: MerchantInput;
    label?: string;
  } = {},
): Promise<{ running: RunningConsole; merchantId: string }> {
  const retry = { resolveIntervalMs: 100 };
  const running = await startConsole({ serverUrl: server.url, dataDir, retry });
  const { merchantId } = server.services.createMerchant(enrollment.merchant ?? CAFETERIA);
  const label = enrollment.label ?? 'Register';
  const { code } = server.services.createEnrollmentCode({ merchantId, label });
  await running.core.enroll(code);
  return { running, merchantId };
}
