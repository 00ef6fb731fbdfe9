// The authorize call's core work replicated with no ORM: the same crypto (3 Ed25519
// verifies, 1 sign, 2 document hashes, 1 TOTP) and a transaction of the same shape as
// authorizePayment's (5 point selects, 5 inserts, 3 updates, one IMMEDIATE commit with WAL
// and synchronous=FULL) through prepared statements on bench-own tables. It shows how far
// services.authorize is from what its work costs at the bottom, and stays valid while the
// server's schema changes.
import { join } from 'node:path';
import {
  authorizationHash,
  checkOtp,
  requestHash,
  signReceipt,
  toBase64Url,
  verifyAuthorization,
  verifyRequest,
} from '../../protocol/index.ts';
import { fastSuite, newId, sampleDocuments } from '../lib/documents.ts';
import { openLikeTheLedgers } from '../lib/sqlite-floor.ts';
import { nowMs } from '../lib/stats.ts';

const SCHEMA = `
  CREATE TABLE devices (id TEXT PRIMARY KEY, public_key TEXT NOT NULL, status TEXT NOT NULL);
  CREATE TABLE merchants (id TEXT PRIMARY KEY, currency TEXT NOT NULL);
  CREATE TABLE wallets (id TEXT PRIMARY KEY, otp_failures INTEGER NOT NULL);
  CREATE TABLE otp_steps (wallet_id TEXT NOT NULL, step INTEGER NOT NULL, payment_id TEXT NOT NULL,
    PRIMARY KEY (wallet_id, step));
  CREATE TABLE accounts (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL,
    balance_minor INTEGER NOT NULL);
  CREATE INDEX accounts_owner ON accounts (owner_id);
  CREATE TABLE transactions (id TEXT PRIMARY KEY, source_id TEXT NOT NULL UNIQUE);
  CREATE TABLE postings (id INTEGER PRIMARY KEY, transaction_id TEXT NOT NULL,
    account_id TEXT NOT NULL, amount_minor INTEGER NOT NULL);
  CREATE INDEX postings_account ON postings (account_id);
  CREATE TABLE payments (id TEXT PRIMARY KEY, wallet_id TEXT NOT NULL, status TEXT NOT NULL,
    request TEXT NOT NULL, authorization TEXT NOT NULL, receipt TEXT NOT NULL);
  CREATE INDEX payments_wallet ON payments (wallet_id);
`;

/**
 * Payments per second of the replicated core work, over `count` payments. With
 * `paymentsPerCommit` above 1 the payments are grouped: each in its own savepoint (one
 * failure would undo only itself) inside one transaction, so one fsync serves the group —
 * what a group-committing server could reach.
 */
export function measureCoreFloor(
  dir: string,
  count: number,
  timeLimitMs: number,
  paymentsPerCommit = 1,
): number {
  const sqlite = openLikeTheLedgers(join(dir, `core-floor-${paymentsPerCommit}.db`));
  try {
    sqlite.exec(SCHEMA);
    const docs = sampleDocuments(Date.now());
    const serverPublicKey = toBase64Url(docs.serverKeys.publicKey);
    const walletPublicKey = toBase64Url(docs.walletKeys.publicKey);
    const ids = { device: 'device', merchant: 'merchant', wallet: 'wallet', payable: 'payable' };
    sqlite.prepare('INSERT INTO devices VALUES (?, ?, ?)').run(ids.device, 'key', 'active');
    sqlite.prepare('INSERT INTO merchants VALUES (?, ?)').run(ids.merchant, 'KRW');
    sqlite.prepare('INSERT INTO wallets VALUES (?, 0)').run(ids.wallet);
    sqlite.prepare('INSERT INTO accounts VALUES (?, ?, ?)').run(ids.wallet, ids.wallet, 1e12);
    sqlite.prepare('INSERT INTO accounts VALUES (?, ?, 0)').run(ids.payable, ids.merchant);
    const statements = {
      device: sqlite.prepare('SELECT * FROM devices WHERE id = ?'),
      payment: sqlite.prepare('SELECT * FROM payments WHERE id = ?'),
      merchant: sqlite.prepare('SELECT * FROM merchants WHERE id = ?'),
      wallet: sqlite.prepare('SELECT * FROM wallets WHERE id = ?'),
      steps: sqlite.prepare('SELECT step FROM otp_steps WHERE wallet_id = ?'),
      insertStep: sqlite.prepare('INSERT INTO otp_steps VALUES (?, ?, ?)'),
      resetFailures: sqlite.prepare('UPDATE wallets SET otp_failures = 0 WHERE id = ?'),
      insertTransaction: sqlite.prepare('INSERT INTO transactions VALUES (?, ?)'),
      insertPosting: sqlite.prepare(
        'INSERT INTO postings (transaction_id, account_id, amount_minor) VALUES (?, ?, ?)',
      ),
      moveBalance: sqlite.prepare(
        'UPDATE accounts SET balance_minor = balance_minor + ? WHERE id = ?',
      ),
      insertPayment: sqlite.prepare('INSERT INTO payments VALUES (?, ?, ?, ?, ?, ?)'),
    };
    const authorize = sqlite.transaction((index: number) => {
      const paymentId = `${docs.request.body.paymentId}-${index}`;
      statements.device.get(ids.device);
      statements.payment.get(paymentId);
      statements.merchant.get(ids.merchant);
      statements.wallet.get(ids.wallet);
      statements.steps.all(ids.wallet);
      // Steps must be unique per wallet: the index stands in for a fresh step.
      statements.insertStep.run(ids.wallet, index, paymentId);
      statements.resetFailures.run(ids.wallet);
      const transactionId = newId();
      statements.insertTransaction.run(transactionId, paymentId);
      statements.insertPosting.run(transactionId, ids.wallet, -4_500);
      statements.moveBalance.run(-4_500, ids.wallet);
      statements.insertPosting.run(transactionId, ids.payable, 4_500);
      statements.moveBalance.run(4_500, ids.payable);
      const receipt = signReceipt(docs.receipt.body, docs.serverKeys.secretKey, fastSuite);
      statements.insertPayment.run(
        paymentId,
        ids.wallet,
        'settled',
        JSON.stringify(docs.request),
        JSON.stringify(docs.authorization),
        JSON.stringify(receipt),
      );
    });
    const onePayment = (index: number) => {
      const verified =
        verifyRequest(docs.request, serverPublicKey, fastSuite) &&
        verifyAuthorization(docs.authorization, walletPublicKey, fastSuite);
      requestHash(docs.request);
      authorizationHash(docs.authorization);
      const otp = checkOtp({
        secret: docs.otpSecret,
        otp: docs.authorization.body.otp,
        step: docs.otpStep,
        nowMs: docs.request.body.createdAt,
        usedSteps: new Set(),
      });
      if (!verified || !otp.ok) throw new Error('core floor: sample documents do not verify');
      if (sqlite.inTransaction) authorize(index);
      else authorize.immediate(index);
    };
    // Nested in an open transaction, better-sqlite3 runs `authorize` as a savepoint.
    const group = sqlite.transaction((from: number, size: number) => {
      for (let index = from; index < from + size; index++) onePayment(index);
    });
    group.immediate(0, 100);
    const startMs = nowMs();
    let done = 0;
    while (done < count && nowMs() - startMs < timeLimitMs) {
      if (paymentsPerCommit === 1) onePayment(100 + done);
      else group.immediate(100 + done, paymentsPerCommit);
      done += paymentsPerCommit;
    }
    return (done / (nowMs() - startMs)) * 1000;
  } finally {
    sqlite.close();
  }
}
