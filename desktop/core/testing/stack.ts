// Test support for the core's integration tests: a real server on a fresh SQLite file that
// can be stopped and started again on the same port, and a bounded poll. Not product code
// (the core's layering test reads only desktop/core/*.ts, not this folder).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../../server/app.ts';
import { serverConfigSchema } from '../../../server/config.ts';
import type { WalletRuntime } from '../../../wallet/client.ts';

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
