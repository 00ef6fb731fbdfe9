// Times the report queries on a generated database (see generate.ts), for docs/ledger.md:
//   npx tsx server/testing/report-timings.ts --db PATH
// Not a test: timings depend on the machine; this prints them for a person to read.
import { parseArgs } from 'node:util';
import { serverConfigSchema } from '../config.ts';
import type { Actor } from '../domain/actors.ts';
import { systemRuntime } from '../runtime.ts';
import { createServices } from '../services.ts';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (!values.db) throw new Error('usage: report-timings.ts --db PATH');
const services = createServices(serverConfigSchema.parse({ dbPath: values.db }), systemRuntime());
const admin: Actor = { role: 'administrator', administratorId: 'timing' };
const someMerchant = services.listMerchants()[0]!.id;

function time(label: string, run: () => unknown): void {
  run(); // warm the page cache once, then measure the second run
  const startedAt = performance.now();
  const result = run();
  const elapsedMs = performance.now() - startedAt;
  const rows = Array.isArray(result) ? result.length : 1;
  console.log(`${label.padEnd(44)} ${elapsedMs.toFixed(1).padStart(8)} ms  (${rows} rows)`);
}

time('totals by day, all time', () => services.totalsReport(admin, { groupBy: 'day' }));
time('totals by merchant, all time', () => services.totalsReport(admin, { groupBy: 'merchant' }));
time('totals by category, all time', () => services.totalsReport(admin, { groupBy: 'category' }));
time('totals, all time', () => services.totalsReport(admin, { groupBy: 'total' }));
time('totals by day, one month', () =>
  services.totalsReport(admin, { groupBy: 'day', from: '2026-10-01', to: '2026-10-31' }),
);
time('totals by day, one merchant, all time', () =>
  services.totalsReport(admin, { groupBy: 'day', merchantId: someMerchant }),
);
time('payments by hour, all time', () => services.paymentsByHourReport(admin, {}));
time('payments by hour, one merchant', () =>
  services.paymentsByHourReport(admin, { merchantId: someMerchant }),
);
time('top items by quantity, all time', () =>
  services.topItemsReport(admin, { by: 'quantity', limit: 10 }),
);
time('top items by gross, one month', () =>
  services.topItemsReport(admin, { by: 'gross', limit: 10, from: '2026-10-01', to: '2026-10-31' }),
);
time('payments list, newest 50', () => services.listPayments(admin, { limit: 50 }));
time('payments list, one merchant, newest 50', () =>
  services.listPayments(admin, { merchantId: someMerchant, limit: 50 }),
);
time('refunds list, newest 50', () => services.listRefunds(admin, { limit: 50 }));
services.close();
