// Benchmark 4: report queries. A server database of 1M payments (20k with --quick) from the
// seeded generator (server/testing/generate.ts), then the fee report and chart queries the
// administrator's screens run, through the server's own services: ms per query, against the
// floor of the same SQL replayed on raw prepared statements (what the query as designed costs
// in SQLite alone).
import { join } from 'node:path';
import { serverConfigSchema } from '../server/config.ts';
import type { Actor } from '../server/domain/actors.ts';
import { systemRuntime } from '../server/runtime.ts';
import { createServices, type ServerServices } from '../server/services.ts';
import { generateLedger } from '../server/testing/generate.ts';
import { makeResult } from './lib/result.ts';
import { captureQueries, replayMs } from './lib/sql-capture.ts';
import { median, sampleSync } from './lib/stats.ts';
import { withTempDir } from './lib/temp.ts';
import type { BenchOptions, BenchResult } from './lib/types.ts';

const ADMIN: Actor = { role: 'administrator', administratorId: 'bench' };
/** A month inside the generated year (it ends 2026-11-24). */
const ONE_MONTH = { from: '2026-10-01', to: '2026-10-31' } as const;

interface ReportQuery {
  readonly name: string;
  run(services: ServerServices): unknown;
}

const QUERIES: readonly ReportQuery[] = [
  {
    name: 'report fees by day',
    run: (services) => services.totalsReport(ADMIN, { groupBy: 'day' }),
  },
  {
    name: 'report fees by merchant',
    run: (services) => services.totalsReport(ADMIN, { groupBy: 'merchant' }),
  },
  {
    name: 'report fees by category',
    run: (services) => services.totalsReport(ADMIN, { groupBy: 'category' }),
  },
  {
    name: 'report fees by day, 1 month',
    run: (services) => services.totalsReport(ADMIN, { groupBy: 'day', ...ONE_MONTH }),
  },
  {
    name: 'chart payments by hour',
    run: (services) => services.paymentsByHourReport(ADMIN, {}),
  },
  {
    name: 'chart top items',
    run: (services) => services.topItemsReport(ADMIN, { by: 'quantity', limit: 10 }),
  },
];

export async function reportsBench(options: BenchOptions): Promise<BenchResult[]> {
  const payments = options.quick ? 20_000 : 1_000_000;
  const runs = options.quick ? 5 : 20;
  return withTempDir('reports', async (dir) => {
    const dbPath = join(dir, 'server.db');
    const generated = generateLedger({ dbPath, payments, seed: 1 });
    const services = createServices(serverConfigSchema.parse({ dbPath }), systemRuntime());
    try {
      const bounds = { count: runs, timeLimitMs: 10_000, warmupCount: 1 };
      return QUERIES.map((query) => {
        const value = median(sampleSync(bounds, () => query.run(services)));
        const statements = captureQueries(services.sqlite, () => query.run(services));
        return makeResult({
          name: query.name,
          value,
          unit: 'ms',
          floor: replayMs(services.sqlite, statements, bounds),
          floorComposition:
            'the same SQL statements replayed on raw better-sqlite3 statements prepared once',
          target: { text: '≤ 100 ms (goal at 1M payments)', maxValue: 100 },
          detail: {
            payments: generated.payments,
            statements: statements.length,
            runs,
            generateSeconds: generated.elapsedMs / 1000,
          },
        });
      });
    } finally {
      services.close();
    }
  });
}
