// Customer wallets: an Ed25519 key and an OTP secret, no bank account. Money comes in as
// cash at a console (top-up) and, on demo servers, as a starting grant.
import { eq } from 'drizzle-orm';
import { type Currency, OTP_SECRET_BYTES, toBase64Url } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId, type Runtime } from '../runtime.ts';
import {
  accountId,
  balanceMinor,
  findAccount,
  OPERATOR,
  postTransaction,
  type ServerDb,
} from './ledger.ts';

export interface EnrolledWallet {
  readonly walletId: string;
  /** Shared once, at enrollment, over the enrollment channel; base64url of 20 bytes. */
  readonly otpSecret: string;
}

export function enrollWallet(
  db: ServerDb,
  runtime: Runtime,
  input: { publicKey: string },
): EnrolledWallet {
  return db.transaction(
    (tx) => {
      const taken = tx
        .select({ id: schema.wallets.id })
        .from(schema.wallets)
        .where(eq(schema.wallets.publicKey, input.publicKey))
        .get();
      if (taken) throw reject('key_already_enrolled', 'this wallet key is already enrolled');
      const walletId = newId(runtime.random);
      const otpSecret = toBase64Url(runtime.random(OTP_SECRET_BYTES));
      tx.insert(schema.wallets)
        .values({
          id: walletId,
          publicKey: input.publicKey,
          otpSecret,
          status: 'active',
          otpFailures: 0,
          createdAt: runtime.clock.nowMs(),
        })
        .run();
      return { walletId, otpSecret };
    },
    { behavior: 'immediate' },
  );
}

export interface TopUpInput {
  /** Made by the console before sending and reused on retry: the idempotency key. */
  readonly topUpId: string;
  readonly walletId: string;
  readonly amountMinor: number;
  readonly currency: Currency;
  /** The console whose cashier took the cash; null for an administrator's top-up. */
  readonly deviceId: string | null;
}

export interface TopUpAnswer {
  readonly topUpId: string;
  readonly transactionId: string;
  readonly amountMinor: number;
  readonly currency: Currency;
  /** The wallet's balance right after this top-up (the same on every retry). */
  readonly balanceMinor: number;
}

function answerOf(row: typeof schema.topUps.$inferSelect): TopUpAnswer {
  return {
    topUpId: row.id,
    transactionId: row.transactionId,
    amountMinor: row.amountMinor,
    currency: row.currency as Currency,
    balanceMinor: row.balanceAfterMinor,
  };
}

/**
 * Cash in: the wallet's balance rises and cash clearing (cash now in the console's drawer,
 * or the operator's) falls by the same amount. Same topUpId and payload → the same answer;
 * different → conflict.
 */
export function topUp(db: ServerDb, runtime: Runtime, input: TopUpInput): TopUpAnswer {
  return db.transaction(
    (tx) => {
      const previous = tx
        .select()
        .from(schema.topUps)
        .where(eq(schema.topUps.id, input.topUpId))
        .get();
      if (previous) {
        const same =
          previous.walletId === input.walletId &&
          previous.amountMinor === input.amountMinor &&
          previous.currency === input.currency &&
          previous.deviceId === input.deviceId;
        if (!same) throw reject('idempotency_conflict', 'topUpId was used for another top-up');
        return answerOf(previous);
      }
      const wallet = tx
        .select()
        .from(schema.wallets)
        .where(eq(schema.wallets.id, input.walletId))
        .get();
      if (!wallet) throw reject('not_found', 'no such wallet');
      const nowMs = runtime.clock.nowMs();
      const walletAccount = accountId(tx, runtime, 'wallet', input.walletId, input.currency);
      const drawer = input.deviceId ?? OPERATOR;
      const clearing = accountId(tx, runtime, 'cash_clearing', drawer, input.currency);
      const transactionId = newId(runtime.random);
      postTransaction(tx, {
        id: transactionId,
        kind: 'top_up',
        sourceId: input.topUpId,
        createdAt: nowMs,
        legs: [
          { accountId: walletAccount, amountMinor: input.amountMinor, currency: input.currency },
          { accountId: clearing, amountMinor: -input.amountMinor, currency: input.currency },
        ],
      });
      const row = {
        id: input.topUpId,
        walletId: input.walletId,
        deviceId: input.deviceId,
        amountMinor: input.amountMinor,
        currency: input.currency,
        balanceAfterMinor: balanceMinor(tx, walletAccount),
        transactionId,
        createdAt: nowMs,
      };
      tx.insert(schema.topUps).values(row).run();
      return answerOf(row);
    },
    { behavior: 'immediate' },
  );
}

export function walletBalanceMinor(db: ServerDb, walletId: string, currency: Currency): number {
  return findAccount(db, 'wallet', walletId, currency)?.balanceMinor ?? 0;
}
