// Console ledger write. 100k payment records written through ConsoleLedger (recordCharge,
// then update to settled, as the console does for each charge), against the raw SQLite
// insert rate of the same rows into the same tables. bench/sync.ts reuses that raw floor
// (`measureRawInsertRate`) for the sync push.
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { PaymentRequest, Receipt } from '../protocol/index.ts';
import { ConsoleLedger } from '../desktop/core/ledger.ts';
import { newId, sampleDocuments } from './lib/documents.ts';
import { makeResult } from './lib/result.ts';
import { measureBatchedInsertRate, openLikeTheLedgers } from './lib/sqlite-floor.ts';
import { median, nowMs } from './lib/stats.ts';
import { withTempDir } from './lib/temp.ts';
import type { BenchOptions, BenchResult } from './lib/types.ts';

interface Sizes {
  readonly payments: number;
  readonly warmup: number;
  readonly timeLimitMs: number;
  /** Payments written with one commit each by raw SQLite: fsync-bound, so fewer. */
  readonly rawPerCommit: number;
}

const QUICK: Sizes = { payments: 2_000, warmup: 200, timeLimitMs: 6_000, rawPerCommit: 500 };
const FULL: Sizes = { payments: 100_000, warmup: 1_000, timeLimitMs: 300_000, rawPerCommit: 3_000 };
/** The raw floor's transaction size: the batch size a sync push would write at once. */
export const RAW_BATCH = 1_000;

interface PaymentRecord {
  readonly request: PaymentRequest;
  readonly receipt: Receipt;
}

/**
 * Records with fresh ids cloned from one signed template: the ledger stores documents, it
 * does not verify them, and signing 100k of each would take longer than writing them.
 */
export function makeRecords(count: number, createdAtMs: number): PaymentRecord[] {
  const template = sampleDocuments(createdAtMs);
  return Array.from({ length: count }, () => {
    const paymentId = newId();
    const request = {
      ...template.request,
      body: { ...template.request.body, paymentId, sessionId: newId() },
    };
    const receipt = {
      ...template.receipt,
      body: { ...template.receipt.body, paymentId, transactionId: newId() },
    };
    return { request, receipt };
  });
}

function measureLedger(
  path: string,
  records: readonly PaymentRecord[],
  sizes: Sizes,
): { paymentsPerSecond: number; payments: number; recordMedianMs: number; settleMedianMs: number } {
  const ledger = new ConsoleLedger(path);
  try {
    const write = (record: PaymentRecord, timings?: { record: number[]; settle: number[] }) => {
      const atMs = record.request.body.createdAt;
      const startMs = nowMs();
      ledger.recordCharge(record.request, atMs);
      const recordedMs = nowMs();
      const settled = { state: 'settled', reason: null, receipt: record.receipt } as const;
      ledger.update(record.request.body.paymentId, settled, atMs);
      timings?.record.push(recordedMs - startMs);
      timings?.settle.push(nowMs() - recordedMs);
    };
    for (let index = 0; index < sizes.warmup; index++) write(records[index]!);
    const timings = { record: [] as number[], settle: [] as number[] };
    const startMs = nowMs();
    const deadlineMs = startMs + sizes.timeLimitMs;
    let written = 0;
    for (let index = sizes.warmup; index < records.length && nowMs() < deadlineMs; index++) {
      write(records[index]!, timings);
      written++;
    }
    return {
      paymentsPerSecond: (written / (nowMs() - startMs)) * 1000,
      payments: written,
      recordMedianMs: median(timings.record),
      settleMedianMs: median(timings.settle),
    };
  } finally {
    ledger.close();
  }
}

/** The final rows of each payment (the settled payment and its two events), by raw SQL. */
function rawWriter(
  sqlite: Database.Database,
  records: readonly PaymentRecord[],
): (index: number) => void {
  const insertPayment = sqlite.prepare(
    `INSERT INTO payments (id, session_id, amount_minor, currency, reference, request, state,
       reason, receipt, transaction_id, wallet_id, created_at, expires_at, settled_at)
     VALUES (?, ?, ?, ?, ?, ?, 'settled', NULL, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = sqlite.prepare(
    'INSERT INTO events (payment_id, kind, data, at) VALUES (?, ?, ?, ?)',
  );
  return (index) => {
    const { request, receipt } = records[index]!;
    const body = request.body;
    insertPayment.run(
      body.paymentId,
      body.sessionId,
      body.amountMinor,
      body.currency,
      body.reference,
      JSON.stringify(request),
      JSON.stringify(receipt),
      receipt.body.transactionId,
      receipt.body.walletId,
      body.createdAt,
      body.expiresAt,
      receipt.body.settledAt,
    );
    insertEvent.run(body.paymentId, 'created', '{}', body.createdAt);
    insertEvent.run(body.paymentId, 'settled', '{"reason":null}', body.createdAt);
  };
}

/**
 * The raw floor: `count` payments' final rows (the settled payment and its 2 events) by
 * prepared INSERTs, `batchSize` payments per transaction, into a fresh console schema.
 */
export function measureRaw(
  dir: string,
  records: readonly PaymentRecord[],
  count: number,
  batchSize: number,
) {
  const path = join(dir, `raw-${batchSize}.db`);
  // The ledger creates the file with its migrations; the raw writer then has it to itself.
  new ConsoleLedger(path).close();
  const sqlite = openLikeTheLedgers(path);
  try {
    return measureBatchedInsertRate(sqlite, count, batchSize, rawWriter(sqlite, records));
  } finally {
    sqlite.close();
  }
}

export async function ledgerWriteBench(options: BenchOptions): Promise<BenchResult[]> {
  const sizes = options.quick ? QUICK : FULL;
  return withTempDir('ledger', async (dir) => {
    const records = makeRecords(sizes.warmup + sizes.payments, Date.now());
    const ledger = measureLedger(join(dir, 'console.db'), records, sizes);
    const rawBatched = measureRaw(dir, records, Math.max(ledger.payments, RAW_BATCH), RAW_BATCH);
    const rawPerCommit = measureRaw(dir, records, sizes.rawPerCommit, 1);
    return [
      makeResult({
        name: 'console ledger write',
        value: ledger.paymentsPerSecond,
        unit: 'payments/s',
        floor: rawBatched.rowsPerSecond,
        floorComposition:
          `raw better-sqlite3 prepared INSERTs of the same final rows (payment + 2 events) into` +
          ` the same console schema, ${RAW_BATCH} payments per transaction (WAL, synchronous=FULL)`,
        detail: {
          payments: ledger.payments,
          recordChargeMedianMs: ledger.recordMedianMs,
          updateSettledMedianMs: ledger.settleMedianMs,
          rawOneCommitPerPaymentPerSecond: rawPerCommit.rowsPerSecond,
        },
      }),
    ];
  });
}
