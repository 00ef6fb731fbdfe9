// Compares a console's ledger with the server's and checks the server's postings balance.
// Used by the demo (and later by chaos runs): it reads both SQLite files, read-only.
import Database from 'better-sqlite3';

export interface Reconciliation {
  readonly consoleSettled: number;
  readonly serverSettled: number;
  readonly differences: string[];
}

interface PaymentRow {
  id: string;
  amount: number;
  currency: string;
  transaction: string | null;
}

export function reconcile(serverDbPath: string, consoleDbPath: string, merchantId: string): Reconciliation {
  const server = new Database(serverDbPath, { readonly: true });
  const console_ = new Database(consoleDbPath, { readonly: true });
  try {
    const differences: string[] = [];
    const serverRows = server
      .prepare(
        `SELECT id, amount_minor AS amount, currency, transaction_id AS "transaction"
         FROM payments WHERE status = 'settled' AND merchant_id = ?`,
      )
      .all(merchantId) as PaymentRow[];
    const consoleRows = console_
      .prepare(
        `SELECT id, amount_minor AS amount, currency, transaction_id AS "transaction"
         FROM payments WHERE state = 'settled'`,
      )
      .all() as PaymentRow[];
    const onServer = new Map(serverRows.map((row) => [row.id, row]));
    for (const row of consoleRows) {
      const twin = onServer.get(row.id);
      if (!twin) differences.push(`payment ${row.id} settled on the console but not on the server`);
      else if (twin.amount !== row.amount || twin.currency !== row.currency || twin.transaction !== row.transaction) {
        differences.push(`payment ${row.id} differs: console ${JSON.stringify(row)} server ${JSON.stringify(twin)}`);
      }
      onServer.delete(row.id);
    }
    for (const id of onServer.keys()) differences.push(`payment ${id} settled on the server but not on the console`);
    differences.push(...postingProblems(server));
    return { consoleSettled: consoleRows.length, serverSettled: serverRows.length, differences };
  } finally {
    server.close();
    console_.close();
  }
}

/** Every transaction sums to zero per currency; every cached balance equals its postings. */
export function postingProblems(server: Database.Database): string[] {
  const problems: string[] = [];
  const unbalanced = server
    .prepare(
      `SELECT transaction_id AS id, currency, SUM(amount_minor) AS total FROM postings
       GROUP BY transaction_id, currency HAVING total <> 0`,
    )
    .all() as Array<{ id: string; currency: string; total: number }>;
  for (const row of unbalanced) problems.push(`transaction ${row.id} sums to ${row.total} ${row.currency}`);
  const drifted = server
    .prepare(
      `SELECT a.id AS id, a.balance_minor AS cached, COALESCE(SUM(p.amount_minor), 0) AS derived
       FROM accounts a LEFT JOIN postings p ON p.account_id = a.id
       GROUP BY a.id HAVING cached <> derived`,
    )
    .all() as Array<{ id: string; cached: number; derived: number }>;
  for (const row of drifted) problems.push(`account ${row.id} caches ${row.cached} but postings sum to ${row.derived}`);
  return problems;
}
