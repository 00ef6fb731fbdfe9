// ledger:check must catch what it claims to: each test breaks one invariant by writing to
// the database behind the services' back and expects that invariant's violation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_ACTOR, createWorld, newKey, type World } from './testing/world.ts';

let world: World;
let paymentId: string;
let statementId: string;

beforeEach(() => {
  world = createWorld({
    categories: ['cafeteria'],
    wallets: 1,
    startMs: Date.UTC(2026, 10, 24, 3),
  });
  const { services } = world;
  services.createFeeSchedule({
    scheduleId: newKey(),
    category: 'cafeteria',
    currency: 'KRW',
    basisPoints: 250,
    fixedMinor: 0,
    minimumMinor: 0,
    capMinor: null,
    effectiveFrom: world.clock.nowMs(),
  });
  const wallet = world.wallets[0]!;
  const merchant = world.merchants[0]!;
  services.topUp({
    topUpId: newKey(),
    walletId: wallet.walletId,
    amountMinor: 50_000,
    currency: 'KRW',
    deviceId: null,
  });
  const { input } = world.pay(wallet, merchant, 10_000);
  paymentId = input.request.body.paymentId;
  services.refund(ADMIN_ACTOR, { refundId: newKey(), paymentId, amountMinor: 4_000 });
  world.clock.advance(24 * 60 * 60 * 1000);
  const statement = services.closeStatement({
    merchantId: merchant.merchantId,
    businessDay: '2026-11-24',
  });
  statementId = services.approveStatement(ADMIN_ACTOR, {
    statementId: statement.statementId,
  }).statementId;
});
afterEach(() => world.stop());

const violations = () => world.services.checkLedger().violations.join('\n');
/** The triggers guard history below the code; these tests play someone who drops them. */
function dropGuards(): void {
  const triggers = world.services.sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`)
    .all() as Array<{ name: string }>;
  for (const { name } of triggers) world.services.sqlite.exec(`DROP TRIGGER "${name}"`);
}
const run = (sql: string, ...parameters: unknown[]) =>
  world.services.sqlite.prepare(sql).run(...parameters);

describe('the database guards history', () => {
  it('refuses to change postings, transactions, closed statements and settled items', () => {
    const attempts = [
      `UPDATE postings SET amount_minor = amount_minor + 1`,
      `DELETE FROM postings`,
      `UPDATE transactions SET created_at = 0`,
      `DELETE FROM transactions`,
      `UPDATE statements SET gross_minor = gross_minor + 1`,
      `UPDATE statements SET approved_by = 'someone else'`,
      `DELETE FROM statements`,
      `UPDATE payments SET statement_id = NULL`,
      `UPDATE payments SET amount_minor = amount_minor - 1`,
      `UPDATE refunds SET amount_minor = amount_minor + 1`,
    ];
    for (const attempt of attempts) expect(() => run(attempt), attempt).toThrow();
    expect(violations()).toBe('');
  });
});

describe('ledger:check', () => {
  it('passes a healthy ledger and counts it', () => {
    const result = world.services.checkLedger();
    expect(result.violations).toEqual([]);
    expect(result.transactionCount).toBe(4); // top-up, payment, refund, payout
  });

  it('finds a posting that unbalances its transaction and a balance that no longer matches', () => {
    dropGuards();
    run(
      `UPDATE postings SET amount_minor = amount_minor + 1
       WHERE id = (SELECT MIN(id) FROM postings)`,
    );
    expect(violations()).toMatch(/postings sum to zero/);
    expect(violations()).toMatch(/cached balances equal their postings/);
  });

  it('finds a negative wallet', () => {
    // The schema refuses it too; drop the CHECK's protection by rewriting both sides.
    run(`PRAGMA ignore_check_constraints = ON`);
    run(`UPDATE accounts SET balance_minor = -1 WHERE kind = 'wallet'`);
    expect(violations()).toMatch(/no wallet, reserve or gift liability below zero/);
  });

  it('finds refunds above their payment', () => {
    dropGuards();
    run(`PRAGMA ignore_check_constraints = ON`);
    run(`UPDATE refunds SET amount_minor = 20000`);
    expect(violations()).toMatch(/refunds within their payments/);
  });

  it('finds an approved statement that changed', () => {
    dropGuards();
    run(`UPDATE statements SET gross_minor = gross_minor + 1 WHERE id = ?`, statementId);
    expect(violations()).toMatch(/grossMinor is/);
    run(`UPDATE statements SET gross_minor = gross_minor - 1 WHERE id = ?`, statementId);
    run(`UPDATE payments SET amount_minor = amount_minor - 1 WHERE id = ?`, paymentId);
    expect(violations()).toMatch(/items are not the ones it was closed with/);
  });

  it('finds a fee that its schedule does not give', () => {
    dropGuards();
    run(`UPDATE payments SET fee_minor = fee_minor + 1 WHERE id = ?`, paymentId);
    expect(violations()).toMatch(/fee matches its schedule/);
  });

  it('finds a payment settled twice', () => {
    dropGuards();
    run(`DROP INDEX transactions_source`);
    run(
      `INSERT INTO transactions (id, kind, source_id, created_at) VALUES ('dup', 'payment', ?, 0)`,
      paymentId,
    );
    expect(violations()).toMatch(/each paymentId settled at most once/);
  });
});
