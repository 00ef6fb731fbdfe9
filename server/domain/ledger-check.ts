// Every invariant of the server ledger, checked from the database alone (read-only): what
// `npm run ledger:check` runs, and what the property tests assert after each sequence.
// Each check is one SQL query (or one pass over a query) that lists violations, so it
// stays linear in the size of the ledger.
import type Database from 'better-sqlite3';
import { nodeSignatures } from '../runtime.ts';
import { feeMinorFor } from './money.ts';
import { statementChecks } from './statement-check.ts';

export interface LedgerCheckResult {
  readonly transactionCount: number;
  readonly accountCount: number;
  readonly violations: readonly string[];
}

/** Enough to see what is wrong without flooding a terminal; the count is still exact. */
const MAX_LISTED_PER_CHECK = 50;

type Row = Record<string, string | number | null>;

interface Check {
  readonly name: string;
  readonly sql: string;
  readonly describe: (row: Row) => string;
}

const SQL_CHECKS: readonly Check[] = [
  {
    name: 'postings sum to zero per transaction and currency',
    sql: `SELECT transaction_id AS id, currency, SUM(amount_minor) AS total FROM postings
          GROUP BY transaction_id, currency HAVING total <> 0`,
    describe: (row) => `transaction ${row.id} sums to ${row.total} ${row.currency}`,
  },
  {
    name: 'every transaction has two or more postings',
    sql: `SELECT t.id AS id, COUNT(p.id) AS legs FROM transactions t
          LEFT JOIN postings p ON p.transaction_id = t.id GROUP BY t.id HAVING legs < 2`,
    describe: (row) => `transaction ${row.id} has ${row.legs} posting(s)`,
  },
  {
    name: 'a posting is in its account currency',
    sql: `SELECT p.id AS id, p.currency AS posted, a.currency AS account FROM postings p
          JOIN accounts a ON a.id = p.account_id WHERE p.currency <> a.currency`,
    describe: (row) => `posting ${row.id} is in ${row.posted} on a ${row.account} account`,
  },
  {
    name: 'cached balances equal their postings',
    sql: `SELECT a.id AS id, a.balance_minor AS cached,
            COALESCE((SELECT SUM(amount_minor) FROM postings p WHERE p.account_id = a.id),
              0) AS derived
          FROM accounts a WHERE cached <> derived`,
    describe: (row) =>
      `account ${row.id} caches ${row.cached} but its postings sum to ${row.derived}`,
  },
  {
    name: 'no wallet, reserve or gift liability below zero',
    sql: `SELECT id, kind, balance_minor AS balance FROM accounts
          WHERE kind IN ('wallet', 'offline_reserve', 'gift_certificate_liability')
            AND balance_minor < 0`,
    describe: (row) => `${row.kind} account ${row.id} is at ${row.balance}`,
  },
  {
    name: 'each paymentId settled at most once',
    sql: `SELECT source_id AS id, COUNT(*) AS times FROM transactions WHERE kind = 'payment'
          GROUP BY source_id HAVING times > 1`,
    describe: (row) => `payment ${row.id} has ${row.times} payment transactions`,
  },
  {
    name: 'settled payments have their transaction, declined ones none',
    sql: `SELECT p.id AS id, p.status AS status, p.transaction_id AS recorded, t.id AS posted
          FROM payments p LEFT JOIN transactions t ON t.kind = 'payment' AND t.source_id = p.id
          WHERE (p.status = 'settled' AND (t.id IS NULL OR t.id <> p.transaction_id))
             OR (p.status = 'declined' AND t.id IS NOT NULL)`,
    describe: (row) =>
      `payment ${row.id} (${row.status}) records ${row.recorded} but posted ${row.posted}`,
  },
  {
    // The payer is the wallet, or for an offline payment its reserve (or the operator's
    // guarantee when a cheating wallet overspent its allowance).
    name: 'payment legs: payer −amount, fee revenue +fee, schedule recorded',
    sql: `SELECT p.id AS id, p.amount_minor AS amount, p.fee_minor AS fee,
            SUM(CASE WHEN a.kind IN ('wallet', 'offline_reserve', 'offline_guarantee')
              THEN po.amount_minor ELSE 0 END) AS walletLeg,
            SUM(CASE WHEN a.kind = 'fee_revenue' THEN po.amount_minor ELSE 0 END) AS feeLeg,
            t.fee_schedule_id IS p.fee_schedule_id AS sameSchedule
          FROM payments p JOIN transactions t ON t.id = p.transaction_id
          JOIN postings po ON po.transaction_id = t.id JOIN accounts a ON a.id = po.account_id
          WHERE p.status = 'settled' GROUP BY p.id
          HAVING walletLeg <> -amount OR feeLeg <> fee OR NOT sameSchedule`,
    describe: (row) =>
      `payment ${row.id} of ${row.amount} (fee ${row.fee}) posted wallet ${row.walletLeg}, fee ${row.feeLeg}`,
  },
  {
    name: 'refunds within their payments',
    sql: `SELECT p.id AS id, p.amount_minor AS amount, p.fee_minor AS fee, p.status AS status,
            p.voided_at AS voidedAt, p.refunded_minor AS refunded, p.fee_refunded_minor AS feeRefunded,
            COALESCE(SUM(r.amount_minor), 0) AS refundSum, COALESCE(SUM(r.fee_refund_minor),
              0) AS feeSum
          FROM payments p LEFT JOIN refunds r ON r.payment_id = p.id GROUP BY p.id
          HAVING refundSum <> refunded OR feeSum <> feeRefunded OR refundSum > amount
            OR feeSum > fee
             OR (refundSum > 0 AND (status <> 'settled' OR voidedAt IS NOT NULL))`,
    describe: (row) =>
      `payment ${row.id} of ${row.amount} (${row.status}) has refunds of ${row.refundSum} ` +
      `(records ${row.refunded}), fee refunds ${row.feeSum} of fee ${row.fee}`,
  },
  {
    name: 'refund transactions match their refunds',
    sql: `SELECT r.id AS id FROM refunds r LEFT JOIN transactions t ON t.id = r.transaction_id
          WHERE t.id IS NULL OR t.kind <> 'refund' OR t.source_id <> r.id
             OR (SELECT SUM(po.amount_minor) FROM postings po
               JOIN accounts a ON a.id = po.account_id
                 WHERE po.transaction_id = t.id AND a.kind = 'wallet') <> r.amount_minor`,
    describe: (row) => `refund ${row.id} is not posted as recorded`,
  },
  {
    name: 'voided payments are reversed once and never settled into a statement',
    sql: `SELECT p.id AS id FROM payments p LEFT JOIN transactions t ON t.kind = 'void'
      AND t.source_id = p.id
          WHERE (p.voided_at IS NOT NULL AND (t.id IS NULL OR t.id <> p.void_transaction_id
                 OR p.statement_id IS NOT NULL))
             OR (p.voided_at IS NULL AND t.id IS NOT NULL)`,
    describe: (row) => `payment ${row.id}: void record and void transaction disagree`,
  },
  {
    name: 'gift-certificate liability equals unredeemed codes',
    sql: `SELECT a.currency AS currency, a.balance_minor AS balance,
            COALESCE((SELECT SUM(value_minor) FROM gift_certificates g
                      WHERE g.currency = a.currency AND g.redeemed_at IS NULL), 0) AS outstanding
          FROM accounts a WHERE a.kind = 'gift_certificate_liability' AND balance <> outstanding`,
    describe: (row) =>
      `gift liability ${row.balance} ${row.currency} but codes outstanding ${row.outstanding}`,
  },
  {
    name: 'daily rollups add up to the payments and refunds',
    sql: `WITH rolled AS (
            SELECT merchant_id, currency, SUM(payment_count) AS n, SUM(gross_minor) AS gross,
              SUM(fee_minor) AS fee, SUM(refund_minor) AS refund,
                SUM(fee_refund_minor) AS feeRefund,
              SUM(void_minor) AS voided
            FROM daily_merchant_totals GROUP BY merchant_id, currency),
          actual AS (
            SELECT merchant_id, currency, COUNT(*) AS n, SUM(amount_minor) AS gross,
              SUM(fee_minor) AS fee,
              SUM(refunded_minor) AS refund, SUM(fee_refunded_minor) AS feeRefund,
              SUM(CASE WHEN voided_at IS NULL THEN 0 ELSE amount_minor END) AS voided
            FROM payments WHERE status = 'settled' GROUP BY merchant_id, currency)
          SELECT COALESCE(r.merchant_id, x.merchant_id) AS id FROM rolled r
          FULL OUTER JOIN actual x ON x.merchant_id = r.merchant_id AND x.currency = r.currency
          WHERE r.n IS NOT x.n OR r.gross IS NOT x.gross OR r.fee IS NOT x.fee
             OR r.refund IS NOT x.refund OR r.feeRefund IS NOT x.feeRefund
               OR r.voided IS NOT x.voided`,
    describe: (row) => `merchant ${row.id}: daily report totals differ from its payments`,
  },
  {
    name: 'hourly rollups add up to the settled payments',
    sql: `WITH actual AS (
            SELECT merchant_id, currency, COUNT(*) AS n, SUM(amount_minor) AS gross
            FROM payments WHERE status = 'settled' GROUP BY merchant_id, currency),
          hourly AS (
            SELECT merchant_id, currency, SUM(payment_count) AS n, SUM(gross_minor) AS gross
            FROM hourly_payment_totals GROUP BY merchant_id, currency),
          allTime AS (
            SELECT merchant_id, currency, SUM(payment_count) AS n, SUM(gross_minor) AS gross
            FROM hour_of_day_totals GROUP BY merchant_id, currency)
          SELECT COALESCE(x.merchant_id, h.merchant_id, a.merchant_id) AS id FROM actual x
          FULL OUTER JOIN hourly h ON h.merchant_id = x.merchant_id AND h.currency = x.currency
          FULL OUTER JOIN allTime a ON a.merchant_id = COALESCE(x.merchant_id, h.merchant_id)
            AND a.currency = COALESCE(x.currency, h.currency)
          WHERE x.n IS NOT h.n OR x.gross IS NOT h.gross OR x.n IS NOT a.n
            OR x.gross IS NOT a.gross`,
    describe: (row) => `merchant ${row.id}: busy-hours report totals differ from its payments`,
  },
];

function runSqlCheck(sqlite: Database.Database, check: Check, violations: string[]): void {
  let count = 0;
  for (const row of sqlite.prepare(check.sql).iterate() as IterableIterator<Row>) {
    count++;
    if (count <= MAX_LISTED_PER_CHECK) violations.push(`${check.name}: ${check.describe(row)}`);
  }
  if (count > MAX_LISTED_PER_CHECK) {
    violations.push(`${check.name}: … and ${count - MAX_LISTED_PER_CHECK} more`);
  }
}

/** Every settled payment's fee is what its recorded schedule version gives for its amount. */
function feeChecks(sqlite: Database.Database, violations: string[]): void {
  type Schedule = {
    id: string;
    basisPoints: number;
    fixedMinor: number;
    minimumMinor: number;
    capMinor: number | null;
  };
  const schedules = new Map(
    (
      sqlite
        .prepare(
          `SELECT id, basis_points AS basisPoints, fixed_minor AS fixedMinor,
            minimum_minor AS minimumMinor,
           cap_minor AS capMinor FROM fee_schedules`,
        )
        .all() as Schedule[]
    ).map((row) => [row.id, row]),
  );
  let wrong = 0;
  const rows = sqlite
    .prepare(
      `SELECT id, amount_minor AS amount, fee_minor AS fee, fee_schedule_id AS scheduleId
       FROM payments WHERE status = 'settled'`,
    )
    .iterate() as IterableIterator<{
    id: string;
    amount: number;
    fee: number;
    scheduleId: string | null;
  }>;
  for (const row of rows) {
    const schedule = row.scheduleId === null ? undefined : schedules.get(row.scheduleId);
    const expected = schedule ? feeMinorFor(row.amount, schedule) : 0;
    if ((row.scheduleId !== null && !schedule) || expected !== row.fee) {
      wrong++;
      if (wrong <= MAX_LISTED_PER_CHECK) {
        violations.push(
          `fee matches its schedule: payment ${row.id} charged ${row.fee}, schedule gives ${expected}`,
        );
      }
    }
  }
}

export function checkLedger(sqlite: Database.Database): LedgerCheckResult {
  const violations: string[] = [];
  for (const check of SQL_CHECKS) runSqlCheck(sqlite, check, violations);
  feeChecks(sqlite, violations);
  violations.push(...statementChecks(sqlite, nodeSignatures()));
  const count = (table: string) =>
    (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { transactionCount: count('transactions'), accountCount: count('accounts'), violations };
}
