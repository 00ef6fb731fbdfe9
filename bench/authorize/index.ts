// Benchmark 2: server authorize throughput. Many consoles' worth of pre-built, genuinely
// signed payments fired concurrently at one server process over HTTP (tRPC batches), against
// the floor: the same domain call (verifies + one SQLite transaction) in a tight loop.
import { join } from 'node:path';
import { verifyRequest } from '../../protocol/index.ts';
import { fastSuite } from '../lib/documents.ts';
import { makeResult } from '../lib/result.ts';
import { costPerCallMs, median, percentile } from '../lib/stats.ts';
import { withTempDir } from '../lib/temp.ts';
import type { BenchOptions, BenchResult } from '../lib/types.ts';
import { measureCoreFloor } from './core-floor.ts';
import { FloorRunner, LoadRunner, rateOf } from './runners.ts';
import { seedAuthorizeDatabases } from './seed.ts';

interface Sizes {
  readonly warmup: number;
  readonly floor: number;
  readonly load: number;
  /** Floor and loads take turns this many times (see runners.ts). */
  readonly rounds: number;
  readonly timeLimitMs: number;
}

const QUICK: Sizes = { warmup: 100, floor: 300, load: 600, rounds: 2, timeLimitMs: 4_000 };
const FULL: Sizes = { warmup: 500, floor: 4_000, load: 10_000, rounds: 4, timeLimitMs: 40_000 };
/**
 * Consoles sending at once, and payments per HTTP request (tRPC batch). 64 payments in flight
 * keep one server process saturated without making the queue (and so p99) longer than needed.
 */
const BATCHED = { concurrency: 8, batchSize: 8 } as const;
const UNBATCHED = { concurrency: 16, batchSize: 1 } as const;
/** Payments per commit in the group-commit variant of the replicated core. */
const GROUP_COMMIT_SIZE = 32;

interface Runners {
  readonly floor: FloorRunner;
  readonly batched: LoadRunner;
  readonly unbatched: LoadRunner;
}

/** Warm-up, then rounds in which the floor and both loads each measure one slice. */
async function measureInRounds(runners: Runners, sizes: Sizes): Promise<void> {
  const limitMs = sizes.timeLimitMs / sizes.rounds;
  runners.floor.warmUp(sizes.warmup);
  await runners.batched.warmUp(sizes.warmup, limitMs);
  await runners.unbatched.warmUp(sizes.warmup, limitMs);
  const floorSlice = Math.ceil(sizes.floor / sizes.rounds);
  const loadSlice = Math.ceil(sizes.load / sizes.rounds);
  for (let round = 0; round < sizes.rounds; round++) {
    const floorFrom = sizes.warmup + round * floorSlice;
    runners.floor.slice(floorFrom, floorFrom + floorSlice, limitMs);
    const loadFrom = sizes.warmup + round * loadSlice;
    await runners.batched.slice(loadFrom, loadFrom + loadSlice, limitMs);
    await runners.unbatched.slice(loadFrom, loadFrom + loadSlice, limitMs);
  }
}

function results(
  runners: Runners,
  coreFloors: { single: number; grouped: number },
  verifiesMs: number,
): BenchResult[] {
  const { floor, batched, unbatched } = runners;
  const detail = {
    payments: batched.tally.payments,
    concurrentClients: BATCHED.concurrency,
    paymentsPerRequest: BATCHED.batchSize,
    serverCpuPerPaymentMs: batched.tally.serverCpuMs / batched.tally.payments,
    serverCpuUtilization: batched.tally.serverCpuMs / batched.tally.elapsedMs,
    unbatchedPaymentsPerSecond: rateOf(unbatched.tally),
    unbatchedConcurrentClients: UNBATCHED.concurrency,
    unbatchedP99Ms: percentile(unbatched.tally.latenciesMs, 99),
    unbatchedServerCpuPerPaymentMs: unbatched.tally.serverCpuMs / unbatched.tally.payments,
    floorPayments: floor.tally.payments,
    floorCallP50Ms: median(floor.tally.latenciesMs),
    floorCallMaxMs: percentile(floor.tally.latenciesMs, 100),
    floorVerifiesMs: verifiesMs,
    replicatedCorePaymentsPerSecond: coreFloors.single,
    replicatedCoreGroupCommitPaymentsPerSecond: coreFloors.grouped,
    groupCommitSize: GROUP_COMMIT_SIZE,
  };
  const inFlight = BATCHED.concurrency * BATCHED.batchSize;
  return [
    makeResult({
      name: 'authorize throughput',
      value: rateOf(batched.tally),
      unit: 'payments/s',
      floor: rateOf(floor.tally),
      floorComposition:
        'services.authorize in a tight loop in one process on a copy of the same seeded' +
        ' database, in turns with the load: the same 3 Ed25519 verifies (node:crypto), OTP' +
        ' check, receipt signature and one IMMEDIATE SQLite transaction per payment (WAL,' +
        ' synchronous=FULL)',
      target: { text: '≥ 50% of floor and ≥ 5,000 payments/s', minRatio: 0.5, minValue: 5_000 },
      detail,
    }),
    makeResult({
      name: 'authorize p99',
      value: percentile(batched.tally.latenciesMs, 99),
      unit: 'ms',
      floor: percentile(floor.tally.latenciesMs, 99),
      floorComposition: 'p99 of one services.authorize call in the same tight loop (no queueing)',
      detail: {
        p50Ms: median(batched.tally.latenciesMs),
        p90Ms: percentile(batched.tally.latenciesMs, 90),
        maxMs: percentile(batched.tally.latenciesMs, 100),
        // Little's law: payments in flight / throughput is the wait a saturated server makes.
        inFlightOverThroughputMs: (inFlight / rateOf(batched.tally)) * 1000,
      },
    }),
  ];
}

export async function authorizeBench(options: BenchOptions): Promise<BenchResult[]> {
  const sizes = options.quick ? QUICK : FULL;
  return withTempDir('authorize', async (dir) => {
    const paths = ['floor', 'batched', 'unbatched'].map((name) => join(dir, `${name}.db`));
    const [floorDb, batchedDb, unbatchedDb] = paths as [string, string, string];
    const inputs = seedAuthorizeDatabases(join(dir, 'seed.db'), paths, {
      paymentCount: sizes.warmup + Math.max(sizes.floor, sizes.load),
      consoleCount: 8,
    });
    const bodies = inputs.map((input) => JSON.stringify(input));
    const floor = new FloorRunner(floorDb, inputs);
    let batched: LoadRunner | null = null;
    let unbatched: LoadRunner | null = null;
    try {
      batched = await LoadRunner.start(batchedDb, bodies, BATCHED);
      unbatched = await LoadRunner.start(unbatchedDb, bodies, UNBATCHED);
      const runners = { floor, batched, unbatched };
      await measureInRounds(runners, sizes);
      const sample = inputs[0]!;
      const verifyBounds = { count: 50, timeLimitMs: 1_000, warmupCount: 5 };
      // verifyRequest is two verifies; the authorization's is a third of the same size.
      const verifiesMs =
        1.5 *
        costPerCallMs(verifyBounds, 10, () =>
          verifyRequest(sample.request, floor.serverPublicKey, fastSuite),
        );
      const coreFloors = {
        single: measureCoreFloor(dir, sizes.floor, sizes.timeLimitMs / 4),
        grouped: measureCoreFloor(dir, sizes.floor, sizes.timeLimitMs / 4, GROUP_COMMIT_SIZE),
      };
      return results(runners, coreFloors, verifiesMs);
    } finally {
      floor.close();
      await batched?.stop();
      await unbatched?.stop();
    }
  });
}
