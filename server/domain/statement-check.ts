// The settlement invariants of ledger:check: each statement's signature verifies, its
// numbers are what its items add up to (so an approved statement never changed), carries
// chain from one statement to the next, payouts are posted exactly for approved ones, and
// each merchant's payable balance is what the statements say is still owed.
import type Database from 'better-sqlite3';
import type { SignatureSuite } from '../../protocol/index.ts';
import {
  itemsDigest,
  type StatementBody,
  type StatementItems,
  statementTotals,
  verifyStatement,
} from './statement-document.ts';

interface StatementRow {
  id: string;
  merchantId: string;
  businessDay: string;
  sequence: number;
  status: 'pending' | 'approved';
  body: string;
  signature: string;
  serverKeyId: string;
  payoutMinor: number;
  closingCarryMinor: number;
  payoutTransactionId: string | null;
  [column: string]: string | number | null;
}

const COLUMN_OF: Record<string, string> = {
  grossMinor: 'gross_minor',
  refundMinor: 'refund_minor',
  feeMinor: 'fee_minor',
  feeRefundMinor: 'fee_refund_minor',
  netMinor: 'net_minor',
  openingCarryMinor: 'opening_carry_minor',
  payoutMinor: 'payout_minor',
  closingCarryMinor: 'closing_carry_minor',
  paymentCount: 'payment_count',
  refundCount: 'refund_count',
};

function itemsOf(sqlite: Database.Database, statementId: string): StatementItems {
  const payments = sqlite
    .prepare(`SELECT id, amount_minor, fee_minor FROM payments WHERE statement_id = ? ORDER BY id`)
    .raw()
    .all(statementId) as Array<[string, number, number]>;
  const refunds = sqlite
    .prepare(
      `SELECT id, amount_minor, fee_refund_minor FROM refunds WHERE statement_id = ? ORDER BY id`,
    )
    .raw()
    .all(statementId) as Array<[string, number, number]>;
  return { payments, refunds };
}

function checkOne(
  sqlite: Database.Database,
  suite: SignatureSuite,
  row: StatementRow,
  previousCarry: number,
): string[] {
  const problems: string[] = [];
  const say = (text: string) => problems.push(`statement ${row.id} (${row.businessDay}): ${text}`);
  const body = JSON.parse(row.body) as StatementBody;
  const key = sqlite
    .prepare(`SELECT public_key AS publicKey FROM server_keys WHERE id = ?`)
    .get(row.serverKeyId) as { publicKey: string } | undefined;
  if (!key || !verifyStatement(body, row.signature, key.publicKey, suite))
    say('signature does not verify');
  const items = itemsOf(sqlite, row.id);
  if (itemsDigest(items) !== body.itemsDigest) say('its items are not the ones it was closed with');
  const totals = statementTotals(items, previousCarry);
  for (const [field, column] of Object.entries(COLUMN_OF)) {
    const recomputed = totals[field as keyof typeof totals];
    const signed = body[field as keyof StatementBody];
    if (recomputed !== signed || row[column] !== signed) {
      say(`${field} is ${row[column]} (signed ${String(signed)}) but its items give ${recomputed}`);
    }
  }
  if (body.merchantId !== row.merchantId || body.sequence !== row.sequence)
    say('header differs from its body');
  const payout = sqlite
    .prepare(
      `SELECT t.id AS id,
        SUM(CASE WHEN a.kind = 'merchant_payable' THEN p.amount_minor ELSE 0 END) AS leg
       FROM transactions t JOIN postings p ON p.transaction_id = t.id
         JOIN accounts a ON a.id = p.account_id
       WHERE t.kind = 'payout' AND t.source_id = ? GROUP BY t.id`,
    )
    .get(row.id) as { id: string; leg: number } | undefined;
  const expectPayout = row.status === 'approved' && row.payoutMinor > 0;
  if (
    expectPayout &&
    (!payout || payout.id !== row.payoutTransactionId || payout.leg !== -row.payoutMinor)
  ) {
    say(`approved with a payout of ${row.payoutMinor} that is not posted as such`);
  }
  if (!expectPayout && payout) say('has a payout transaction it should not have');
  return problems;
}

/** Per merchant: payable = last approved carry + items not yet in an approved statement. */
const PAYABLE_SQL = `
  SELECT a.owner_id AS merchantId, a.currency AS currency, a.balance_minor AS balance,
    COALESCE((SELECT s.closing_carry_minor FROM statements s
              WHERE s.merchant_id = a.owner_id AND s.status = 'approved'
              ORDER BY s.sequence DESC LIMIT 1), 0)
    + COALESCE((SELECT SUM(p.amount_minor - p.fee_minor) FROM payments p
              LEFT JOIN statements s ON s.id = p.statement_id
              WHERE p.merchant_id = a.owner_id AND p.currency = a.currency AND p.status = 'settled'
                AND p.voided_at IS NULL AND (s.id IS NULL OR s.status = 'pending')), 0)
    - COALESCE((SELECT SUM(r.amount_minor - r.fee_refund_minor) FROM refunds r
              LEFT JOIN statements s ON s.id = r.statement_id
              WHERE r.merchant_id = a.owner_id AND r.currency = a.currency
                AND (s.id IS NULL OR s.status = 'pending')), 0) AS expected
  FROM accounts a WHERE a.kind = 'merchant_payable' AND balance <> expected`;

export function statementChecks(sqlite: Database.Database, suite: SignatureSuite): string[] {
  const problems: string[] = [];
  const rows = sqlite
    .prepare(
      `SELECT id, merchant_id AS merchantId, business_day AS businessDay, sequence, status, body,
        signature,
         server_key_id AS serverKeyId, payout_minor AS payoutMinor, closing_carry_minor AS closingCarryMinor,
         payout_transaction_id AS payoutTransactionId, gross_minor, refund_minor, fee_minor, fee_refund_minor,
         net_minor, opening_carry_minor, payout_minor, closing_carry_minor, payment_count, refund_count
       FROM statements ORDER BY merchant_id, sequence`,
    )
    .all() as StatementRow[];
  let merchant: string | null = null;
  let carry = 0;
  let expectedSequence = 1;
  for (const row of rows) {
    if (row.merchantId !== merchant) {
      merchant = row.merchantId;
      carry = 0;
      expectedSequence = 1;
    }
    if (row.sequence !== expectedSequence)
      problems.push(`statement ${row.id}: sequence ${row.sequence} out of order`);
    problems.push(...checkOne(sqlite, suite, row, carry));
    carry = row.closingCarryMinor;
    expectedSequence = row.sequence + 1;
  }
  const payables = sqlite.prepare(PAYABLE_SQL).all() as Array<{
    merchantId: string;
    balance: number;
    expected: number;
  }>;
  for (const row of payables) {
    problems.push(
      `merchant ${row.merchantId}: payable is ${row.balance} but its statements leave ${row.expected}`,
    );
  }
  return problems;
}
