// Offline reserves: money a wallet sets aside so a console that cannot reach the server
// can accept the wallet's signed allowance. Reserving moves wallet → offline_reserve;
// releasing moves what is left back. (The allowance document and the offline payment's
// settlement belong to the offline issue; this is the ledger half they will call.)
import { eq } from 'drizzle-orm';
import type { Currency } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId } from '../runtime.ts';
import { accountId, findAccount, postTransaction } from './ledger.ts';
import type { DomainEnv } from './settings.ts';

export interface ReserveInput {
  readonly reserveId: string;
  readonly walletId: string;
  readonly amountMinor: number;
  readonly currency: Currency;
}

export function reserveOffline(env: DomainEnv, input: ReserveInput) {
  return env.db.transaction(
    (tx) => {
      const previous = tx
        .select()
        .from(schema.offlineReserves)
        .where(eq(schema.offlineReserves.id, input.reserveId))
        .get();
      if (previous) {
        const same =
          previous.walletId === input.walletId &&
          previous.amountMinor === input.amountMinor &&
          previous.currency === input.currency;
        if (!same) throw reject('idempotency_conflict', 'reserveId was used for another reserve');
        return { reserveId: previous.id, transactionId: previous.reserveTransactionId };
      }
      const known = tx
        .select()
        .from(schema.wallets)
        .where(eq(schema.wallets.id, input.walletId))
        .get();
      if (!known) throw reject('not_found', 'no such wallet');
      const wallet = findAccount(tx, 'wallet', input.walletId, input.currency);
      if (!wallet || wallet.balanceMinor < input.amountMinor) {
        throw reject('insufficient_funds', 'the wallet cannot cover this reserve');
      }
      const nowMs = env.runtime.clock.nowMs();
      const transactionId = newId(env.runtime.random);
      const { currency } = input;
      postTransaction(tx, {
        id: transactionId,
        kind: 'offline_reserve',
        sourceId: input.reserveId,
        createdAt: nowMs,
        legs: [
          { accountId: wallet.id, amountMinor: -input.amountMinor, currency },
          {
            accountId: accountId(tx, env.runtime, 'offline_reserve', input.walletId, currency),
            amountMinor: input.amountMinor,
            currency,
          },
        ],
      });
      tx.insert(schema.offlineReserves)
        .values({
          id: input.reserveId,
          ...input,
          reserveTransactionId: transactionId,
          createdAt: nowMs,
        })
        .run();
      return { reserveId: input.reserveId, transactionId };
    },
    { behavior: 'immediate' },
  );
}

/** Returns what is left of a reserve to the wallet. Idempotent on reserveId. */
export function releaseOffline(env: DomainEnv, input: { reserveId: string }) {
  return env.db.transaction(
    (tx) => {
      const reserve = tx
        .select()
        .from(schema.offlineReserves)
        .where(eq(schema.offlineReserves.id, input.reserveId))
        .get();
      if (!reserve) throw reject('not_found', 'no such reserve');
      if (reserve.releasedAt !== null) {
        return { reserveId: reserve.id, transactionId: reserve.releaseTransactionId };
      }
      const nowMs = env.runtime.clock.nowMs();
      // An allowance's offline payments were paid from this reserve: return only the rest.
      const allowance = tx
        .select({ spentMinor: schema.offlineAllowances.spentMinor })
        .from(schema.offlineAllowances)
        .where(eq(schema.offlineAllowances.id, reserve.id))
        .get();
      const remainingMinor = reserve.amountMinor - (allowance?.spentMinor ?? 0);
      if (remainingMinor === 0) {
        tx.update(schema.offlineReserves).set({ releasedAt: nowMs }).where(eq(schema.offlineReserves.id, reserve.id)).run();
        return { reserveId: reserve.id, transactionId: null };
      }
      const transactionId = newId(env.runtime.random);
      const currency = reserve.currency;
      postTransaction(tx, {
        id: transactionId,
        kind: 'offline_release',
        sourceId: reserve.id,
        createdAt: nowMs,
        legs: [
          {
            accountId: accountId(tx, env.runtime, 'offline_reserve', reserve.walletId, currency),
            amountMinor: -remainingMinor,
            currency,
          },
          {
            accountId: accountId(tx, env.runtime, 'wallet', reserve.walletId, currency),
            amountMinor: remainingMinor,
            currency,
          },
        ],
      });
      tx.update(schema.offlineReserves)
        .set({ releasedAt: nowMs, releaseTransactionId: transactionId })
        .where(eq(schema.offlineReserves.id, reserve.id))
        .run();
      return { reserveId: reserve.id, transactionId };
    },
    { behavior: 'immediate' },
  );
}
