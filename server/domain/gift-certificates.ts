// Gift certificates: money in without a bank account. An administrator issues a batch of
// codes (the buyer paid the operator, so cash clearing falls and the liability rises); a
// code redeems once, into one wallet. Codes are derived from a server key and the batch
// id, so a retried issue shows the same codes while the database keeps only their hashes.
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Currency, MAX_AMOUNT_MINOR, sha256Bytes, toHex, utf8 } from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId } from '../runtime.ts';
import { type Actor, actorLabel } from './actors.ts';
import { assertSamePayload, payloadHash } from './idempotency.ts';
import { accountId, OPERATOR, postTransaction } from './ledger.ts';
import type { DomainEnv } from './settings.ts';

export const MAX_BATCH_COUNT = 1_000;
// Crockford base32 without I, L, O, U: nothing a person can misread when typing it.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 characters of 5 bits: 80 bits, beyond guessing at any rate a server answers. */
const CODE_LENGTH = 16;

export interface IssueBatchInput {
  readonly batchId: string;
  readonly label: string;
  readonly count: number;
  readonly valueMinor: number;
  readonly currency: Currency;
}

export function normalizeGiftCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

function codeHash(code: string): string {
  return toHex(sha256Bytes(utf8(`gift:${normalizeGiftCode(code)}`)));
}

function deriveCode(key: Uint8Array, batchId: string, index: number): string {
  const digest = createHmac('sha256', key).update(`${batchId}:${index}`).digest();
  let raw = '';
  for (let position = 0; position < CODE_LENGTH; position++)
    raw += CODE_ALPHABET[digest[position]! % 32];
  return raw.match(/.{4}/g)!.join('-');
}

function codesOf(env: DomainEnv, batchId: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    deriveCode(env.settings.giftCodeKey, batchId, index),
  );
}

export function issueGiftCertificates(env: DomainEnv, actor: Actor, input: IssueBatchInput) {
  const { batchId, ...payload } = input;
  const totalMinor = input.count * input.valueMinor;
  if (totalMinor > MAX_AMOUNT_MINOR) throw reject('limit_exceeded', 'the batch is worth too much');
  return env.db.transaction(
    (tx) => {
      const previous = tx
        .select()
        .from(schema.giftCertificateBatches)
        .where(eq(schema.giftCertificateBatches.id, batchId))
        .get();
      const codes = codesOf(env, batchId, input.count);
      if (previous) {
        assertSamePayload(previous.payloadHash, payload, 'batchId');
        return { batchId, codes, transactionId: previous.transactionId, totalMinor };
      }
      const nowMs = env.runtime.clock.nowMs();
      const transactionId = newId(env.runtime.random);
      const { currency } = input;
      postTransaction(tx, {
        id: transactionId,
        kind: 'gift_certificate_issue',
        sourceId: batchId,
        createdAt: nowMs,
        legs: [
          {
            accountId: accountId(tx, env.runtime, 'gift_certificate_liability', OPERATOR, currency),
            amountMinor: totalMinor,
            currency,
          },
          {
            accountId: accountId(tx, env.runtime, 'cash_clearing', OPERATOR, currency),
            amountMinor: -totalMinor,
            currency,
          },
        ],
      });
      tx.insert(schema.giftCertificateBatches)
        .values({
          id: batchId,
          ...payload,
          payloadHash: payloadHash(payload),
          transactionId,
          createdBy: actorLabel(actor),
          createdAt: nowMs,
        })
        .run();
      tx.insert(schema.giftCertificates)
        .values(
          codes.map((code) => ({
            codeHash: codeHash(code),
            batchId,
            valueMinor: input.valueMinor,
            currency,
          })),
        )
        .run();
      return { batchId, codes, transactionId, totalMinor };
    },
    { behavior: 'immediate' },
  );
}

/** Redeems a code into a wallet. The code is the idempotency key: once, into one wallet. */
export function redeemGiftCertificate(env: DomainEnv, input: { code: string; walletId: string }) {
  return env.db.transaction(
    (tx) => {
      const certificate = tx
        .select()
        .from(schema.giftCertificates)
        .where(eq(schema.giftCertificates.codeHash, codeHash(input.code)))
        .get();
      if (!certificate) throw reject('gift_certificate_invalid', 'no such gift-certificate code');
      const answer = (transactionId: string, redeemedAt: number) => ({
        walletId: input.walletId,
        amountMinor: certificate.valueMinor,
        currency: certificate.currency as Currency,
        transactionId,
        redeemedAt,
      });
      if (certificate.redeemedAt !== null && certificate.transactionId !== null) {
        if (certificate.walletId !== input.walletId) {
          throw reject('gift_certificate_redeemed', 'this code was already redeemed');
        }
        return answer(certificate.transactionId, certificate.redeemedAt);
      }
      const wallet = tx
        .select()
        .from(schema.wallets)
        .where(eq(schema.wallets.id, input.walletId))
        .get();
      if (!wallet) throw reject('not_found', 'no such wallet');
      const nowMs = env.runtime.clock.nowMs();
      const transactionId = newId(env.runtime.random);
      const currency = certificate.currency;
      postTransaction(tx, {
        id: transactionId,
        kind: 'gift_certificate_redeem',
        sourceId: certificate.codeHash,
        createdAt: nowMs,
        legs: [
          {
            accountId: accountId(tx, env.runtime, 'gift_certificate_liability', OPERATOR, currency),
            amountMinor: -certificate.valueMinor,
            currency,
          },
          {
            accountId: accountId(tx, env.runtime, 'wallet', input.walletId, currency),
            amountMinor: certificate.valueMinor,
            currency,
          },
        ],
      });
      tx.update(schema.giftCertificates)
        .set({ redeemedAt: nowMs, walletId: input.walletId, transactionId })
        .where(eq(schema.giftCertificates.codeHash, certificate.codeHash))
        .run();
      return answer(transactionId, nowMs);
    },
    { behavior: 'immediate' },
  );
}

export function listGiftCertificateBatches(env: DomainEnv) {
  return env.db
    .select({
      batchId: schema.giftCertificateBatches.id,
      label: schema.giftCertificateBatches.label,
      count: schema.giftCertificateBatches.count,
      valueMinor: schema.giftCertificateBatches.valueMinor,
      currency: schema.giftCertificateBatches.currency,
      createdAt: schema.giftCertificateBatches.createdAt,
      createdBy: schema.giftCertificateBatches.createdBy,
    })
    .from(schema.giftCertificateBatches)
    .limit(1_000)
    .all();
}
