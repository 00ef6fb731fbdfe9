// Merchants, one-time enrollment codes, and the console devices they enroll.
import { eq } from 'drizzle-orm';
import {
  type Currency,
  type DeviceCertificate,
  DOMAIN_TAGS,
  sha256Bytes,
  signBody,
  toHex,
  utf8,
} from '../../protocol/index.ts';
import * as schema from '../../db/server/schema.ts';
import { reject } from '../errors.ts';
import { newId, type Runtime } from '../runtime.ts';
import type { ServerKey } from './keys.ts';
import type { ServerDb } from './ledger.ts';

/** An enrollment code is valid this long after an administrator issues it. */
export const ENROLLMENT_CODE_TTL_MS = 24 * 60 * 60 * 1000;
// Crockford base32 without I, L, O, U: nothing a person can misread when typing it.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface MerchantInput {
  /** Optional idempotency key made by the caller; a new id when absent. */
  readonly merchantId?: string;
  readonly name: string;
  readonly category: string;
  readonly currency: Currency;
}

/** Creates a merchant. With a merchantId it is idempotent: same payload, same answer. */
export function createMerchant(
  db: ServerDb,
  runtime: Runtime,
  input: MerchantInput,
): { merchantId: string } {
  const { merchantId = newId(runtime.random), ...payload } = input;
  return db.transaction(
    (tx) => {
      const existing = tx
        .select()
        .from(schema.merchants)
        .where(eq(schema.merchants.id, merchantId))
        .get();
      if (existing) {
        const same =
          existing.name === payload.name &&
          existing.category === payload.category &&
          existing.currency === payload.currency;
        if (!same) throw reject('idempotency_conflict', 'merchantId was used for another merchant');
        return { merchantId };
      }
      tx.insert(schema.merchants)
        .values({ id: merchantId, ...payload, createdAt: runtime.clock.nowMs() })
        .run();
      return { merchantId };
    },
    { behavior: 'immediate' },
  );
}

/** Stops a console: its signed requests and calls are refused from now on. Idempotent. */
export function revokeDevice(db: ServerDb, input: { deviceId: string }): { deviceId: string } {
  const result = db
    .update(schema.devices)
    .set({ status: 'revoked' })
    .where(eq(schema.devices.id, input.deviceId))
    .run();
  if (result.changes === 0) throw reject('not_found', 'no such device');
  return { deviceId: input.deviceId };
}

export function merchantById(db: ServerDb, merchantId: string) {
  return db.select().from(schema.merchants).where(eq(schema.merchants.id, merchantId)).get();
}

export function listMerchants(db: ServerDb) {
  return db.select().from(schema.merchants).orderBy(schema.merchants.name).limit(10_000).all();
}

function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

function codeHash(code: string): string {
  return toHex(sha256Bytes(utf8(normalizeCode(code))));
}

/** Issues a one-time code (60 random bits), shown once; only its hash is stored. */
export function createEnrollmentCode(
  db: ServerDb,
  runtime: Runtime,
  input: { merchantId: string; label: string },
): { code: string; expiresAt: number } {
  const merchant = db
    .select({ id: schema.merchants.id })
    .from(schema.merchants)
    .where(eq(schema.merchants.id, input.merchantId))
    .get();
  if (!merchant) throw reject('not_found', 'no such merchant');
  const bytes = runtime.random(12);
  const raw = [...bytes].map((byte) => CODE_ALPHABET[byte % 32]).join('');
  const code = `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
  const expiresAt = runtime.clock.nowMs() + ENROLLMENT_CODE_TTL_MS;
  db.insert(schema.enrollmentCodes)
    .values({
      codeHash: codeHash(code),
      merchantId: input.merchantId,
      label: input.label,
      expiresAt,
    })
    .run();
  return { code, expiresAt };
}

export interface EnrolledDevice {
  readonly deviceId: string;
  readonly merchantId: string;
  readonly merchantName: string;
  readonly currency: Currency;
  readonly certificate: DeviceCertificate;
  readonly serverPublicKey: string;
}

/** Spends a one-time code to bind a console's public key to its merchant. */
export function enrollDevice(
  db: ServerDb,
  runtime: Runtime,
  serverKey: ServerKey,
  input: { code: string; publicKey: string; label: string },
): EnrolledDevice {
  return db.transaction(
    (tx) => {
      const nowMs = runtime.clock.nowMs();
      const entry = tx
        .select()
        .from(schema.enrollmentCodes)
        .where(eq(schema.enrollmentCodes.codeHash, codeHash(input.code)))
        .get();
      if (!entry || entry.usedAt !== null || entry.expiresAt <= nowMs) {
        throw reject('enrollment_code_invalid', 'the enrollment code is unknown, used or expired');
      }
      const taken = tx
        .select({ id: schema.devices.id })
        .from(schema.devices)
        .where(eq(schema.devices.publicKey, input.publicKey))
        .get();
      if (taken) throw reject('key_already_enrolled', 'this device key is already enrolled');
      const merchant = tx
        .select()
        .from(schema.merchants)
        .where(eq(schema.merchants.id, entry.merchantId))
        .get();
      if (!merchant) throw reject('not_found', 'the code’s merchant no longer exists');
      const deviceId = newId(runtime.random);
      const body = {
        v: 1 as const,
        deviceId,
        devicePublicKey: input.publicKey,
        merchantId: merchant.id,
        merchantName: merchant.name,
        issuedAt: nowMs,
      };
      const certificate: DeviceCertificate = {
        body,
        signature: signBody(
          DOMAIN_TAGS.deviceCertificate,
          body,
          serverKey.secretKey,
          runtime.signatures,
        ),
      };
      tx.insert(schema.devices)
        .values({
          id: deviceId,
          merchantId: merchant.id,
          label: input.label,
          publicKey: input.publicKey,
          certificate: JSON.stringify(certificate),
          status: 'active',
          enrolledAt: nowMs,
        })
        .run();
      tx.update(schema.enrollmentCodes)
        .set({ usedAt: nowMs, deviceId })
        .where(eq(schema.enrollmentCodes.codeHash, entry.codeHash))
        .run();
      return {
        deviceId,
        merchantId: merchant.id,
        merchantName: merchant.name,
        currency: merchant.currency as Currency,
        certificate,
        serverPublicKey: serverKey.publicKey,
      };
    },
    { behavior: 'immediate' },
  );
}
