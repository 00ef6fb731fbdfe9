// The two sides of the authorize benchmark as runners that measure in slices, so the
// benchmark can interleave them (floor, load, floor, load …) and a busy shared machine
// slows both alike instead of whichever happened to run during a burst.
import type { AuthorizeInput } from '../../server/domain/payments.ts';
import { createServices } from '../../server/services.ts';
import { nowMs } from '../lib/stats.ts';
import { fireLoad } from './load.ts';
import { benchRuntime, benchServerConfig } from './seed.ts';
import { type ServerHandle, startServerProcess } from './server-handle.ts';

/** What a runner has measured so far, summed over its slices. */
export interface Tally {
  payments: number;
  elapsedMs: number;
  readonly latenciesMs: number[];
  /** CPU time of the server process while it was measured (load runners only). */
  serverCpuMs: number;
}

function newTally(): Tally {
  return { payments: 0, elapsedMs: 0, latenciesMs: [], serverCpuMs: 0 };
}

export function rateOf(tally: Tally): number {
  return tally.elapsedMs > 0 ? (tally.payments / tally.elapsedMs) * 1000 : 0;
}

/** The floor: the server's domain call in a loop in this process (no HTTP, tRPC or zod). */
export class FloorRunner {
  readonly tally = newTally();
  private readonly services: ReturnType<typeof createServices>;

  constructor(dbPath: string, private readonly inputs: readonly AuthorizeInput[]) {
    this.services = createServices(benchServerConfig(dbPath), benchRuntime());
  }

  get serverPublicKey(): string {
    return this.services.serverKey.publicKey;
  }

  private authorize(input: AuthorizeInput): void {
    const outcome = this.services.authorize(input);
    if (outcome.status !== 'settled') throw new Error(`authorize floor: ${outcome.reason}`);
  }

  warmUp(count: number): void {
    for (let index = 0; index < count; index++) this.authorize(this.inputs[index]!);
  }

  /** Authorizes inputs[from, to), stopping early after `timeLimitMs`. */
  slice(from: number, to: number, timeLimitMs: number): void {
    const startMs = nowMs();
    const deadlineMs = startMs + timeLimitMs;
    for (let index = from; index < to && nowMs() < deadlineMs; index++) {
      const callStartMs = nowMs();
      this.authorize(this.inputs[index]!);
      this.tally.latenciesMs.push(nowMs() - callStartMs);
      this.tally.payments++;
    }
    this.tally.elapsedMs += nowMs() - startMs;
  }

  close(): void {
    this.services.close();
  }
}

/** The load: concurrent HTTP clients against a server in its own process. */
export class LoadRunner {
  readonly tally = newTally();
  readonly outcomes: Record<string, number> = {};

  private constructor(
    private readonly server: ServerHandle,
    private readonly bodies: readonly string[],
    readonly shape: { readonly concurrency: number; readonly batchSize: number },
  ) {}

  static async start(
    dbPath: string,
    bodies: readonly string[],
    shape: { readonly concurrency: number; readonly batchSize: number },
  ): Promise<LoadRunner> {
    return new LoadRunner(await startServerProcess(dbPath), bodies, shape);
  }

  async warmUp(count: number, timeLimitMs: number): Promise<void> {
    const bodies = this.bodies.slice(0, count);
    await fireLoad({ url: this.server.url, bodies, timeLimitMs, ...this.shape });
  }

  async slice(from: number, to: number, timeLimitMs: number): Promise<void> {
    const cpuBeforeMs = await this.server.cpuMs();
    const outcome = await fireLoad({
      url: this.server.url,
      bodies: this.bodies.slice(from, to),
      timeLimitMs,
      ...this.shape,
    });
    this.tally.serverCpuMs += (await this.server.cpuMs()) - cpuBeforeMs;
    this.tally.payments += outcome.payments;
    this.tally.elapsedMs += outcome.elapsedMs;
    this.tally.latenciesMs.push(...outcome.latenciesMs);
    for (const [label, count] of Object.entries(outcome.outcomes)) {
      this.outcomes[label] = (this.outcomes[label] ?? 0) + count;
    }
    const failures = Object.entries(this.outcomes).filter(([label]) => label !== 'settled');
    if (failures.length > 0) {
      const counts = JSON.stringify(Object.fromEntries(failures));
      throw new Error(`authorize load: not settled: ${counts}`);
    }
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}
