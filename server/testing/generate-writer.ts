// The generator's writer: rows through prepared statements, balances and rollups kept in
// memory and written once at the end (see generate.ts).
import type Database from 'better-sqlite3';
import type { Line } from '../../protocol/index.ts';
import { feeMinorFor, feeRefundMinorFor } from '../domain/money.ts';
import type { GeneratedMerchant } from './generate.ts';
import { Rollups } from './generate-rollups.ts';

/** Writes rows with prepared statements and keeps balances and rollups in memory. */
export class LedgerWriter {
  private readonly insertTransaction: Database.Statement;
  private readonly insertPosting: Database.Statement;
  private readonly insertPayment: Database.Statement;
  private readonly insertRefund: Database.Statement;
  private readonly insertTopUp: Database.Statement;
  private readonly rollups: Rollups;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly id: () => string,
    private readonly accounts: Map<string, { id: string; balance: number }>,
    utcOffsetMinutes: number,
  ) {
    this.insertTransaction = sqlite.prepare(
      `INSERT INTO transactions (id, kind, source_id, fee_schedule_id, created_at)
       VALUES (?, ?, ?, ?, ?)`,
    );
    this.insertPosting = sqlite.prepare(
      `INSERT INTO postings (transaction_id, account_id, amount_minor, currency)
       VALUES (?, ?, ?, 'KRW')`,
    );
    this.insertPayment = sqlite.prepare(
      `INSERT INTO payments (id, merchant_id, device_id, wallet_id, amount_minor, currency, status,
         request_hash, authorization_hash, request, authorization, transaction_id, category,
         fee_minor, fee_schedule_id,
         refunded_minor, fee_refunded_minor, created_at)
       VALUES (?, ?, ?, ?, ?, 'KRW', 'settled', '', '', '{}', '{}', ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertRefund = sqlite.prepare(
      `INSERT INTO refunds (id, payment_id, merchant_id, amount_minor, fee_refund_minor, currency,
         remaining_minor, requested_by, payload_hash, transaction_id, created_at)
       VALUES (?, ?, ?, ?, ?, 'KRW', ?, 'generator', '', ?, ?)`,
    );
    this.insertTopUp = sqlite.prepare(
      `INSERT INTO top_ups (id, wallet_id, device_id, amount_minor, currency, balance_after_minor,
         transaction_id, created_at)
       VALUES (?, ?, NULL, ?, 'KRW', ?, ?, ?)`,
    );
    this.rollups = new Rollups(utcOffsetMinutes);
  }

  private account(kind: string, ownerId: string): { id: string; balance: number } {
    const key = `${kind}/${ownerId}`;
    let account = this.accounts.get(key);
    if (!account) {
      account = { id: this.id(), balance: 0 };
      this.accounts.set(key, account);
      this.sqlite
        .prepare(
          `INSERT INTO accounts (id, kind, owner_id, currency, balance_minor, created_at)
           VALUES (?, ?, ?, 'KRW', 0, 0)`,
        )
        .run(account.id, kind, ownerId);
    }
    return account;
  }

  private post(
    kind: string,
    sourceId: string,
    scheduleId: string | null,
    createdAt: number,
    legs: Array<[string, string, number]>,
  ): string {
    const transactionId = this.id();
    this.insertTransaction.run(transactionId, kind, sourceId, scheduleId, createdAt);
    for (const [accountKind, ownerId, amountMinor] of legs) {
      if (amountMinor === 0) continue;
      const account = this.account(accountKind, ownerId);
      account.balance += amountMinor;
      this.insertPosting.run(transactionId, account.id, amountMinor);
    }
    return transactionId;
  }

  payment(input: {
    merchant: GeneratedMerchant;
    walletId: string;
    createdAt: number;
    lines: Line[];
    amountMinor: number;
    refundMinor: number;
  }): void {
    const { merchant, walletId, createdAt, amountMinor, refundMinor } = input;
    const feeMinor = feeMinorFor(amountMinor, merchant.rule);
    const paymentId = this.id();
    const transactionId = this.post('payment', paymentId, merchant.scheduleId, createdAt, [
      ['wallet', walletId, -amountMinor],
      ['merchant_payable', merchant.merchantId, amountMinor - feeMinor],
      ['fee_revenue', '', feeMinor],
    ]);
    const feeRefundMinor =
      refundMinor === 0
        ? 0
        : feeRefundMinorFor({
            amountMinor,
            feeMinor,
            refundedBeforeMinor: 0,
            feeRefundedBeforeMinor: 0,
            refundMinor,
          });
    this.insertPayment.run(
      paymentId,
      merchant.merchantId,
      merchant.deviceId,
      walletId,
      amountMinor,
      transactionId,
      merchant.category,
      feeMinor,
      merchant.scheduleId,
      refundMinor,
      feeRefundMinor,
      createdAt,
    );
    this.rollups.payment(merchant, createdAt, amountMinor, feeMinor, input.lines);
    if (refundMinor === 0) return;
    const refundId = this.id();
    const refundedAt = createdAt + 3_600_000;
    const refundTransaction = this.post('refund', refundId, null, refundedAt, [
      ['wallet', walletId, refundMinor],
      ['merchant_payable', merchant.merchantId, -(refundMinor - feeRefundMinor)],
      ['fee_revenue', '', -feeRefundMinor],
    ]);
    this.insertRefund.run(
      refundId,
      paymentId,
      merchant.merchantId,
      refundMinor,
      feeRefundMinor,
      amountMinor - refundMinor,
      refundTransaction,
      refundedAt,
    );
    this.rollups.refund(merchant, refundedAt, refundMinor, feeRefundMinor);
  }

  /** One cash top-up per wallet, before its first payment, covering all it spends. */
  fundWallets(spend: ReadonlyMap<string, number>, atMs: number): void {
    for (const [walletId, spentMinor] of spend) {
      const amountMinor = spentMinor + 10_000;
      const topUpId = this.id();
      const transactionId = this.post('top_up', topUpId, null, atMs, [
        ['wallet', walletId, amountMinor],
        ['cash_clearing', '', -amountMinor],
      ]);
      this.insertTopUp.run(topUpId, walletId, amountMinor, amountMinor, transactionId, atMs);
    }
  }

  finish(): void {
    const update = this.sqlite.prepare(`UPDATE accounts SET balance_minor = ? WHERE id = ?`);
    for (const account of this.accounts.values()) update.run(account.balance, account.id);
    this.rollups.write(this.sqlite);
  }
}
