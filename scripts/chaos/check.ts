// What a chaos run must prove: nothing lost, nothing doubled, every invariant holds.
import Database from 'better-sqlite3';
import type { PayResult } from '../../wallet/client.ts';
import { checkLedger } from '../../server/domain/ledger-check.ts';
import { reconcile } from '../reconcile.ts';

export interface RunFindings {
  readonly lost: string[];
  readonly duplicated: string[];
  readonly violations: string[];
  readonly summary: string;
}

export function checkRun(input: {
  serverDb: string;
  consoleDb: string;
  merchantId: string;
  grantMinor: number;
  walletIds: readonly string[];
  paid: ReadonlyArray<{ paymentId: string; walletId: string; result: PayResult }>;
  extra: readonly string[];
}): RunFindings {
  const lost: string[] = [...input.extra];
  const duplicated: string[] = [];
  const violations: string[] = [];
  const report = reconcile(input.serverDb, input.consoleDb, input.merchantId);
  // A payment settled on one side only was lost by the other.
  lost.push(...report.differences.filter((line) => line.startsWith('payment ')));
  violations.push(...report.differences.filter((line) => !line.startsWith('payment ')));
  const server = new Database(input.serverDb, { readonly: true });
  const console_ = new Database(input.consoleDb, { readonly: true });
  try {
    const consoleState = new Map(
      (console_.prepare('SELECT id, state FROM payments').all() as Array<{ id: string; state: string }>).map(
        (row) => [row.id, row.state],
      ),
    );
    for (const { paymentId, result } of input.paid) {
      // A phone holding a verified receipt paid: both ledgers must say settled.
      if (result.status === 'settled' && consoleState.get(paymentId) !== 'settled') {
        lost.push(`payment ${paymentId}: the phone holds a receipt but the console says ${consoleState.get(paymentId)}`);
      }
    }
    for (const [id, state] of consoleState) {
      // After healing, an approval still in flight was never delivered.
      if (state === 'authorizing' || state === 'offline_pending') lost.push(`payment ${id} is still ${state} after sync`);
    }
    duplicated.push(...doubleCharges(server, input.walletIds, input.grantMinor));
    // Every invariant ledger:check knows (balanced postings, cached balances, no negative
    // wallet or reserve, one settlement per paymentId, refunds within payments …).
    violations.push(...checkLedger(server).violations);
    const negative = server
      .prepare("SELECT id, balance_minor AS b FROM accounts WHERE kind = 'wallet' AND balance_minor < 0")
      .all() as Array<{ id: string; b: number }>;
    for (const row of negative) violations.push(`wallet account ${row.id} is negative (${row.b})`);
    const states = [...consoleState.values()].reduce<Record<string, number>>((counts, state) => {
      counts[state] = (counts[state] ?? 0) + 1;
      return counts;
    }, {});
    const viaOffline = console_
      .prepare("SELECT COUNT(DISTINCT payment_id) AS n FROM events WHERE kind = 'offline_pending'")
      .get() as { n: number };
    states.viaOffline = viaOffline.n;
    return { lost, duplicated, violations, summary: JSON.stringify(states) };
  } finally {
    server.close();
    console_.close();
  }
}

/**
 * Each wallet's money (spendable plus offline reserve) must be its grant less exactly its
 * settled payments, each once.
 */
function doubleCharges(server: Database.Database, walletIds: readonly string[], grantMinor: number): string[] {
  const problems: string[] = [];
  const settledBy = server.prepare(
    "SELECT COALESCE(SUM(amount_minor), 0) AS total, COUNT(*) AS n FROM payments WHERE wallet_id = ? AND status = 'settled'",
  );
  const balanceOf = server.prepare(
    // The wallet's spendable money plus what it set aside for offline payments.
    "SELECT COALESCE(SUM(balance_minor), 0) AS balance FROM accounts WHERE kind IN ('wallet', 'offline_reserve') AND owner_id = ?",
  );
  for (const walletId of walletIds) {
    const settled = settledBy.get(walletId) as { total: number; n: number };
    const { balance } = balanceOf.get(walletId) as { balance: number };
    if (balance !== grantMinor - settled.total) {
      problems.push(`wallet ${walletId}: balance ${balance}, expected ${grantMinor - settled.total} after ${settled.n} payments`);
    }
  }
  const twice = server
    .prepare("SELECT source_id AS id, COUNT(*) AS n FROM transactions WHERE kind = 'payment' GROUP BY source_id HAVING n > 1")
    .all() as Array<{ id: string; n: number }>;
  for (const row of twice) problems.push(`payment ${row.id} has ${row.n} transactions`);
  return problems;
}
