// Offline payments at the server: issuing a wallet its signed allowance (backed by an
// offline reserve), settling the offline payments consoles sync, and releasing what is
// left of an allowance after it expires. docs/sync.md has the design and the worst cases.
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import {
  documentHash,
  CURRENCY_MINOR_UNITS,
  type Currency,
  DOMAIN_TAGS,
  type OfflineAllowance,
  type OfflineAuthorization,
  offlineAllowanceSchema,
  type PaymentRequest,
  type ReasonCode,
  type Receipt,
  requestHash,
  signBody,
  verifyAllowance,
  verifyBody,
  verifyWalletCall,
  type WalletCall,
} from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId } from '../runtime.ts';
import type { Actor } from './actors.ts';
import { accountId, findAccount, OPERATOR } from './ledger.ts';
import { releaseOffline, reserveOffline } from './offline.ts';
import {
  checkDevice,
  declined,
  outcomeOf,
  type PaymentOutcome,
  postPayment,
  recordPayment,
  settledReceipt,
} from './payments.ts';
import type { DomainEnv } from './settings.ts';

/** The default allowance: a small cap, a smaller floor, few payments, one day. */
export const OFFLINE_LIMITS = {
  /** In major units; scaled by the currency's minor units (20,000 KRW; 20.00 USD). */
  capMajor: { KRW: 20_000, JPY: 2_000, USD: 20, EUR: 20 } satisfies Record<Currency, number>,
  perPaymentMaxMajor: { KRW: 10_000, JPY: 1_000, USD: 10, EUR: 10 } satisfies Record<Currency, number>,
  maxCount: 3,
  ttlMs: 24 * 60 * 60 * 1000,
  /** Consoles have this long after expiry to sync before the remainder goes back. */
  settleGraceMs: 7 * 24 * 60 * 60 * 1000,
};
/** An offline approval may be signed this far outside its request's lifetime (clock skew). */
const OFFLINE_SKEW_MS = 60_000;

function minor(major: number, currency: Currency): number {
  return major * 10 ** CURRENCY_MINOR_UNITS[currency];
}

export const ALLOWANCE_PATH = 'wallets.requestAllowance';

/** Returns the wallet's active allowance for the merchant, or reserves and signs a new one. */
export function issueAllowance(
  env: DomainEnv,
  call: WalletCall<{ merchantId: string; currency: Currency }>,
): { allowance: OfflineAllowance } {
  const nowMs = env.runtime.clock.nowMs();
  const wallet = env.db.select().from(schema.wallets).where(eq(schema.wallets.id, call.walletId)).get();
  if (!wallet) throw reject('unauthenticated', 'unknown wallet');
  const check = verifyWalletCall({
    path: ALLOWANCE_PATH,
    call,
    walletPublicKey: wallet.publicKey,
    nowMs,
    suite: env.runtime.signatures,
  });
  if (check === 'stale') throw reject('stale_signature', 'the call was signed too long ago or ahead');
  if (check !== 'ok') throw reject('unauthenticated', 'the wallet signature does not verify');
  if (wallet.status !== 'active') throw reject('forbidden', 'this wallet is locked');
  const { merchantId, currency } = call.payload;
  const merchant = env.db.select().from(schema.merchants).where(eq(schema.merchants.id, merchantId)).get();
  if (!merchant || merchant.currency !== currency) throw reject('not_found', 'no such merchant in that currency');
  return env.db.transaction(
    (tx) => {
      const active = tx
        .select()
        .from(schema.offlineAllowances)
        .where(
          and(
            eq(schema.offlineAllowances.walletId, wallet.id),
            eq(schema.offlineAllowances.merchantId, merchantId),
            gt(schema.offlineAllowances.expiresAt, nowMs),
          ),
        )
        .get();
      if (active) return { allowance: offlineAllowanceSchema.parse(JSON.parse(active.document)) };
      const body = {
        v: 1 as const,
        allowanceId: newId(env.runtime.random),
        walletId: wallet.id,
        walletPublicKey: wallet.publicKey,
        merchantId,
        currency,
        capMinor: minor(OFFLINE_LIMITS.capMajor[currency], currency),
        perPaymentMaxMinor: minor(OFFLINE_LIMITS.perPaymentMaxMajor[currency], currency),
        maxCount: OFFLINE_LIMITS.maxCount,
        issuedAt: nowMs,
        expiresAt: nowMs + OFFLINE_LIMITS.ttlMs,
      };
      // The reserve moves the cap out of the wallet first: no allowance without the money.
      reserveOffline({ ...env, db: tx }, { reserveId: body.allowanceId, walletId: wallet.id, amountMinor: body.capMinor, currency });
      const allowance = { body, signature: signBody(DOMAIN_TAGS.offlineAllowance, body, env.serverKey.secretKey, env.runtime.signatures) };
      tx.insert(schema.offlineAllowances)
        .values({
          id: body.allowanceId,
          walletId: wallet.id,
          merchantId,
          currency,
          capMinor: body.capMinor,
          perPaymentMaxMinor: body.perPaymentMaxMinor,
          maxCount: body.maxCount,
          issuedAt: body.issuedAt,
          expiresAt: body.expiresAt,
          document: JSON.stringify(allowance),
        })
        .run();
      return { allowance };
    },
    { behavior: 'immediate' },
  );
}

export interface OfflineItem {
  readonly request: PaymentRequest;
  readonly allowance: OfflineAllowance;
  readonly authorization: OfflineAuthorization;
}

export type OfflineResult = PaymentOutcome & { readonly paymentId: string };

/** Settles a console's synced offline payments, each in its own transaction. */
export function settleOfflinePayments(
  env: DomainEnv,
  actor: Extract<Actor, { role: 'device' }>,
  items: readonly OfflineItem[],
): OfflineResult[] {
  return items.map((item) => ({ paymentId: item.request.body.paymentId, ...settleOne(env, actor, item) }));
}

/** The checks V repeats from the console's, with V's own records instead of the console's. */
function offlineProblem(env: DomainEnv, item: OfflineItem): ReasonCode | null {
  const { request, allowance, authorization } = item;
  const limits = allowance.body;
  const approval = authorization.body;
  if (!verifyAllowance(allowance, env.serverKey.publicKey, env.runtime.signatures)) return 'offline_allowance_invalid';
  if (limits.merchantId !== request.body.merchantId || limits.currency !== request.body.currency) {
    return 'offline_allowance_invalid';
  }
  if (
    approval.allowanceId !== limits.allowanceId ||
    approval.walletId !== limits.walletId ||
    approval.paymentId !== request.body.paymentId ||
    approval.requestHash !== requestHash(request)
  ) {
    return 'request_mismatch';
  }
  const signed = verifyBody(
    DOMAIN_TAGS.offlineAuthorization,
    approval,
    authorization.signature,
    limits.walletPublicKey,
    env.runtime.signatures,
  );
  if (!signed) return 'bad_customer_signature';
  const inLifetime =
    approval.issuedAt >= request.body.createdAt - OFFLINE_SKEW_MS &&
    approval.issuedAt <= Math.min(request.body.expiresAt, limits.expiresAt) + OFFLINE_SKEW_MS;
  if (!inLifetime) return 'request_expired';
  if (request.body.amountMinor > limits.perPaymentMaxMinor) return 'limit_exceeded';
  if (approval.counter > limits.maxCount) return 'offline_limit_reached';
  return null;
}

function settleOne(
  env: DomainEnv,
  actor: Extract<Actor, { role: 'device' }>,
  item: OfflineItem,
): PaymentOutcome {
  const { request, authorization } = item;
  if (request.body.deviceId !== actor.deviceId) return declined('unknown_device');
  const deviceProblem = checkDevice(env, request);
  if (deviceProblem) return declined(deviceProblem);
  const hashes = { request: requestHash(request), authorization: documentHash(authorization) };
  return env.db.transaction(
    (tx) => {
      const previous = tx.select().from(schema.payments).where(eq(schema.payments.id, request.body.paymentId)).get();
      // Settled already (the online copy of this approval got through, or a resend): the
      // recorded answer stands, as long as it is this request.
      if (previous) return previous.requestHash === hashes.request ? outcomeOf(previous) : declined('payment_conflict');
      const problem = offlineProblem({ ...env, db: tx }, item);
      if (problem) return recordOffline({ ...env, db: tx }, item, hashes, { status: 'declined', reason: problem });
      return settleAgainstReserve({ ...env, db: tx }, item, hashes);
    },
    { behavior: 'immediate' },
  );
}

/**
 * Pays from the allowance's reserve. A reused counter, or a total beyond the reserve, can
 * only come from a wallet that showed one allowance to several offline consoles: the
 * operator guarantees the merchant (offline_guarantee pays) and the wallet is locked.
 */
function settleAgainstReserve(
  env: DomainEnv,
  item: OfflineItem,
  hashes: { request: string; authorization: string },
): PaymentOutcome {
  const { db: tx, runtime } = env;
  const { request, authorization } = item;
  const limits = item.allowance.body;
  const { amountMinor, currency } = request.body;
  const row = tx.select().from(schema.offlineAllowances).where(eq(schema.offlineAllowances.id, limits.allowanceId)).get();
  const reserve = tx.select().from(schema.offlineReserves).where(eq(schema.offlineReserves.id, limits.allowanceId)).get();
  if (!row || !reserve) return recordOffline(env, item, hashes, { status: 'declined', reason: 'offline_allowance_invalid' });
  const counterUsed = tx
    .select()
    .from(schema.offlineCounters)
    .where(and(eq(schema.offlineCounters.allowanceId, row.id), eq(schema.offlineCounters.counter, authorization.body.counter)))
    .get();
  const covered = !counterUsed && reserve.releasedAt === null && row.spentMinor + amountMinor <= row.capMinor;
  let payer: string;
  if (covered) {
    payer = findAccount(tx, 'offline_reserve', limits.walletId, currency)!.id;
    tx.update(schema.offlineAllowances).set({ spentMinor: row.spentMinor + amountMinor }).where(eq(schema.offlineAllowances.id, row.id)).run();
  } else {
    payer = accountId(tx, runtime, 'offline_guarantee', OPERATOR, currency);
    tx.update(schema.wallets).set({ status: 'locked' }).where(eq(schema.wallets.id, limits.walletId)).run();
  }
  if (!counterUsed) {
    tx.insert(schema.offlineCounters)
      .values({ allowanceId: row.id, counter: authorization.body.counter, paymentId: request.body.paymentId })
      .run();
  }
  const nowMs = runtime.clock.nowMs();
  const merchant = tx.select().from(schema.merchants).where(eq(schema.merchants.id, limits.merchantId)).get()!;
  const settled = postPayment(env, { request, merchant, walletAccountId: payer, nowMs });
  const receipt = settledReceipt(env, { request, hashes, walletId: limits.walletId, transactionId: settled.transactionId, nowMs });
  return recordOffline(env, item, hashes, { status: 'settled', receipt, settled });
}

function recordOffline(
  env: DomainEnv,
  item: OfflineItem,
  hashes: { request: string; authorization: string },
  outcome:
    | { status: 'declined'; reason: ReasonCode }
    | { status: 'settled'; receipt: Receipt; settled: ReturnType<typeof postPayment> },
): PaymentOutcome {
  recordPayment(env.db, {
    request: item.request,
    authorization: item.authorization,
    hashes,
    status: outcome.status,
    reason: outcome.status === 'declined' ? outcome.reason : null,
    nowMs: env.runtime.clock.nowMs(),
    extra: outcome.status === 'settled' ? { receipt: JSON.stringify(outcome.receipt), ...outcome.settled } : {},
  });
  return outcome.status === 'settled' ? { status: 'settled', receipt: outcome.receipt } : declined(outcome.reason);
}

/** Returns what is left of allowances past expiry and grace to their wallets. */
export function releaseExpiredAllowances(env: DomainEnv): number {
  const cutoff = env.runtime.clock.nowMs() - OFFLINE_LIMITS.settleGraceMs;
  const due = env.db
    .select({ id: schema.offlineAllowances.id })
    .from(schema.offlineAllowances)
    .innerJoin(schema.offlineReserves, eq(schema.offlineReserves.id, schema.offlineAllowances.id))
    .where(and(lt(schema.offlineAllowances.expiresAt, cutoff), isNull(schema.offlineReserves.releasedAt)))
    .limit(1_000)
    .all();
  for (const { id } of due) releaseOffline(env, { reserveId: id });
  return due.length;
}
