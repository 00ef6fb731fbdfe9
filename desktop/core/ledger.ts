// The console's local ledger: its enrollment and every charge with its history.
// A charge is written before its QR is shown and every transition is one SQLite
// transaction (the row and its event), so a crash leaves a row that says how far it got.
import { desc, eq, gte, inArray } from 'drizzle-orm';
import * as schema from '../../db/console/schema.ts';
import { openDatabase, type OpenedDatabase } from '../../db/sqlite.ts';
import { type ConsoleDb, enqueue } from './outbox.ts';
import {
  type Authorization,
  type Currency,
  type DeviceCertificate,
  deviceCertificateSchema,
  fromBase64Url,
  type PaymentRequest,
  type ReasonCode,
  type AllowanceUse,
  type OfflineAllowance,
  type OfflineAuthorization,
  type Receipt,
  toBase64Url,
} from '../../protocol/index.ts';

export interface ConsoleIdentity {
  readonly serverUrl: string;
  readonly serverPublicKey: string;
  readonly deviceId: string;
  readonly merchantId: string;
  readonly merchantName: string;
  readonly currency: Currency;
  readonly deviceSecretKey: Uint8Array;
  readonly certificate: DeviceCertificate;
}

export type StoredPayment = typeof schema.payments.$inferSelect;
export type ConsolePaymentState = StoredPayment['state'];

export interface PaymentUpdate {
  readonly state: ConsolePaymentState;
  readonly reason?: ReasonCode | null;
  readonly authorization?: Authorization;
  readonly receipt?: Receipt;
}

export function applyUpdate(tx: ConsoleDb, paymentId: string, change: PaymentUpdate, nowMs: number): void {
  tx.update(schema.payments)
    .set({
      state: change.state,
      ...(change.reason !== undefined ? { reason: change.reason } : {}),
      ...(change.authorization ? { authorization: JSON.stringify(change.authorization) } : {}),
      ...(change.receipt
        ? {
            receipt: JSON.stringify(change.receipt),
            transactionId: change.receipt.body.transactionId,
            walletId: change.receipt.body.walletId,
            settledAt: change.receipt.body.settledAt,
          }
        : {}),
    })
    .where(eq(schema.payments.id, paymentId))
    .run();
  tx.insert(schema.events)
    .values({
      paymentId,
      kind: change.state,
      data: JSON.stringify({ reason: change.reason ?? null }),
      at: nowMs,
    })
    .run();
}

export class ConsoleLedger {
  private readonly opened: OpenedDatabase<typeof schema>;

  constructor(path: string) {
    this.opened = openDatabase(path, 'console', schema);
  }

  get db(): ConsoleDb {
    return this.opened.db;
  }

  identity(): ConsoleIdentity | null {
    const row = this.db.select().from(schema.identity).where(eq(schema.identity.id, 1)).get();
    if (!row) return null;
    return {
      serverUrl: row.serverUrl,
      serverPublicKey: row.serverPublicKey,
      deviceId: row.deviceId,
      merchantId: row.merchantId,
      merchantName: row.merchantName,
      currency: row.currency as Currency,
      deviceSecretKey: fromBase64Url(row.deviceSecretKey),
      certificate: deviceCertificateSchema.parse(JSON.parse(row.certificate)),
    };
  }

  saveIdentity(identity: ConsoleIdentity, nowMs: number): void {
    this.db
      .insert(schema.identity)
      .values({
        id: 1,
        serverUrl: identity.serverUrl,
        serverPublicKey: identity.serverPublicKey,
        deviceId: identity.deviceId,
        merchantId: identity.merchantId,
        merchantName: identity.merchantName,
        currency: identity.currency,
        deviceSecretKey: toBase64Url(identity.deviceSecretKey),
        certificate: JSON.stringify(identity.certificate),
        enrolledAt: nowMs,
      })
      .run();
  }

  /** Records a new charge and its first event, before its QR code is shown. */
  recordCharge(request: PaymentRequest, nowMs: number): void {
    const body = request.body;
    this.db.transaction((tx) => {
      tx.insert(schema.payments)
        .values({
          id: body.paymentId,
          sessionId: body.sessionId,
          amountMinor: body.amountMinor,
          currency: body.currency,
          reference: body.reference,
          request: JSON.stringify(request),
          state: 'awaiting_customer',
          createdAt: body.createdAt,
          expiresAt: body.expiresAt,
        })
        .run();
      tx.insert(schema.events)
        .values({ paymentId: body.paymentId, kind: 'created', data: '{}', at: nowMs })
        .run();
    });
  }

  /** Moves a charge to a new state with its event, atomically. */
  update(paymentId: string, change: PaymentUpdate, nowMs: number): void {
    this.db.transaction((tx) => applyUpdate(tx, paymentId, change, nowMs));
  }

  /** Runs `work` in one SQLite transaction (changes to the payment, its event, the outbox). */
  transaction<T>(work: (tx: ConsoleDb) => T): T {
    return this.db.transaction((tx) => work(tx));
  }

  /**
   * The customer approved: the payment moves to authorizing and the server call is queued,
   * together, before any byte leaves the machine.
   */
  beginAuthorize(request: PaymentRequest, authorization: Authorization, nowMs: number): void {
    const paymentId = request.body.paymentId;
    this.db.transaction((tx) => {
      applyUpdate(tx, paymentId, { state: 'authorizing', authorization }, nowMs);
      enqueue(tx, { id: paymentId, kind: 'authorize', payload: { request, authorization }, nowMs });
    });
  }

  /** What this console has accepted under an offline allowance so far, or null. */
  allowanceUse(allowanceId: string): AllowanceUse | null {
    const row = this.db
      .select()
      .from(schema.offlineAllowances)
      .where(eq(schema.offlineAllowances.allowanceId, allowanceId))
      .get();
    return row ? { lastCounter: row.lastCounter, spentMinor: row.spentMinor } : null;
  }

  /**
   * Accepts an offline approval in one transaction: the allowance's use advances, the
   * payment becomes offline_pending, and its queued online approval is replaced by the
   * offline payment (same id: V settles it once, whichever copy reaches it). Returns false,
   * changing nothing, when that online approval is no longer pending (V answered meanwhile).
   */
  acceptOffline(input: {
    request: PaymentRequest;
    allowance: OfflineAllowance;
    authorization: OfflineAuthorization;
    next: AllowanceUse;
    nowMs: number;
  }): boolean {
    const paymentId = input.request.body.paymentId;
    return this.db.transaction((tx) => {
      const queued = tx.select().from(schema.outbox).where(eq(schema.outbox.id, paymentId)).get();
      if (!queued || queued.state !== 'pending' || queued.kind !== 'authorize') return false;
      const previous = JSON.parse(queued.payload) as { authorization: unknown };
      tx.update(schema.outbox)
        .set({
          kind: 'offline_payment',
          payload: JSON.stringify({
            request: input.request,
            onlineAuthorization: previous.authorization,
            allowance: input.allowance,
            authorization: input.authorization,
          }),
          attempts: 0,
          nextAttemptAt: input.nowMs,
          lastError: null,
        })
        .where(eq(schema.outbox.id, paymentId))
        .run();
      const use = {
        lastCounter: input.next.lastCounter,
        spentMinor: input.next.spentMinor,
        updatedAt: input.nowMs,
      };
      tx.insert(schema.offlineAllowances)
        .values({
          allowanceId: input.allowance.body.allowanceId,
          walletId: input.allowance.body.walletId,
          expiresAt: input.allowance.body.expiresAt,
          ...use,
        })
        .onConflictDoUpdate({ target: schema.offlineAllowances.allowanceId, set: use })
        .run();
      applyUpdate(tx, paymentId, { state: 'offline_pending', reason: null }, input.nowMs);
      return true;
    });
  }

  pullCursor(): number {
    return this.db.select().from(schema.syncState).where(eq(schema.syncState.id, 1)).get()?.pullCursor ?? 0;
  }

  lastSyncAt(): number | null {
    return this.db.select().from(schema.syncState).where(eq(schema.syncState.id, 1)).get()?.lastSyncAt ?? null;
  }

  saveLastSyncAt(atMs: number): void {
    this.db
      .insert(schema.syncState)
      .values({ id: 1, lastSyncAt: atMs })
      .onConflictDoUpdate({ target: schema.syncState.id, set: { lastSyncAt: atMs } })
      .run();
  }

  payment(paymentId: string): StoredPayment | undefined {
    return this.db.select().from(schema.payments).where(eq(schema.payments.id, paymentId)).get();
  }

  paymentsSince(sinceMs: number, limit = 500): StoredPayment[] {
    return this.db
      .select()
      .from(schema.payments)
      .where(gte(schema.payments.createdAt, sinceMs))
      .orderBy(desc(schema.payments.createdAt))
      .limit(limit)
      .all();
  }

  /** Charges that were waiting for a phone when the console stopped: they can never finish. */
  abandoned(): StoredPayment[] {
    return this.db
      .select()
      .from(schema.payments)
      .where(inArray(schema.payments.state, ['awaiting_customer', 'awaiting_approval']))
      .all();
  }

  settledPayments(): StoredPayment[] {
    return this.db
      .select()
      .from(schema.payments)
      .where(eq(schema.payments.state, 'settled'))
      .all();
  }

  close(): void {
    this.opened.close();
  }
}
