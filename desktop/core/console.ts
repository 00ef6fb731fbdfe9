// Starts a console: its ledger, the merchant core, the pairing hub and, in browser mode, an
// HTTP server on 127.0.0.1 for the renderer (static files + tRPC behind a per-launch token).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { RandomSource } from '../../protocol/index.ts';
import { ConsoleCore, type Clock, type RetryPolicy } from './console-core.ts';
import { PairingHub } from './hub.ts';
import { ConsoleLedger } from './ledger.ts';
import { startUiServer, type UiServer } from './ui-server.ts';

export interface ConsoleOptions {
  readonly serverUrl: string;
  readonly dataDir: string;
  /** Where phones reach the hub: 127.0.0.1 for tests, the shop LAN address in a shop. */
  readonly hubHost?: string;
  readonly hubPort?: number;
  /** Browser-mode HTTP server for the renderer; null = none (Electron uses IPC). */
  readonly http?: { host: string; port: number; rendererDir: string } | null;
  readonly clock?: Clock;
  readonly random?: RandomSource;
  readonly retry?: RetryPolicy;
}

export interface RunningConsole {
  readonly core: ConsoleCore;
  readonly hubUrl: string;
  /** e.g. http://127.0.0.1:4200/#token=XYZ when `http` was requested. */
  readonly uiUrl: string | null;
  stop(): Promise<void>;
}

export async function startConsole(options: ConsoleOptions): Promise<RunningConsole> {
  const ledger = new ConsoleLedger(join(options.dataDir, 'console.db'));
  const core = new ConsoleCore({
    ledger,
    serverUrl: options.serverUrl,
    clock: options.clock ?? { nowMs: () => Date.now() },
    random: options.random ?? ((length) => new Uint8Array(randomBytes(length))),
    ...(options.retry ? { retry: options.retry } : {}),
  });
  const hub = new PairingHub(core);
  core.attachHub(hub);
  const hubUrl = await hub.listen(options.hubHost ?? '127.0.0.1', options.hubPort ?? 0);
  core.recover();
  let ui: UiServer | null = null;
  if (options.http) ui = await startUiServer({ ...options.http, core });
  let stopping: Promise<void> | null = null;
  return {
    core,
    hubUrl,
    uiUrl: ui?.url ?? null,
    stop() {
      // Idempotent: the UI first (no new charges), then calls in flight, then the files.
      stopping ??= (async () => {
        await ui?.stop();
        await core.stop();
        await hub.close();
        ledger.close();
      })();
      return stopping;
    },
  };
}
