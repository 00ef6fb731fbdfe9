// Refunds and voids asked for at this console. The refundId is made here and stored, with
// the request in the outbox, in one transaction before the first send; every retry reuses
// it, so the server (idempotent on refundId, and on paymentId for a void) never refunds
// twice. A server that does not answer leaves the item queued for the sync engine.
// A cashier refunds up to the console's limit alone; above it, and for every void, an
// owner's PIN approves, checked here in the core, and the owner is named in the event log.
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import * as schema from '../../db/console/schema.ts';
import { idSchema, type RandomSource, toBase64Url } from '../../protocol/index.ts';
import { signAsConsole } from './device-calls.ts';
import type { ConsoleIdentity, ConsoleLedger } from './ledger.ts';
import { type ConsoleDb, enqueue, type OutboxItem } from './outbox.ts';
import { refuse } from './rejection.ts';
import { rejectionReason, serverAnswered, type ServerClient } from './server-client.ts';
import type { SignedIn } from './session.ts';
import type { StaffStore } from './staff.ts';
import { type ItemResult, ServerUnreachable } from './sync.ts';

/** Pending refunds listed for the renderer at most (the list shows today's few). */
const MAX_PENDING_LISTED = 200;

/** Kicks of the sync engine a request waits for before answering "queued". */
const MAX_KICKS_PER_REQUEST = 3;

/** Refusals that say "try again", not "no": the call's signature was stale or replayed. */
const RETRY_REASONS = new Set(['stale_signature', 'replayed_call']);

const payloadSchema = z.strictObject({
  refundId: idSchema,
  paymentId: idSchema,
  amountMinor: z.number().int().positive(),
});

export type RefundKind = 'refund' | 'void';
type RefundRow = typeof schema.refunds.$inferSelect;

export interface RefundOutcome {
  readonly refundId: string;
  readonly paymentId: string;
  readonly kind: RefundKind;
  readonly amountMinor: number;
  /** done: the server refunded; refused: it said no (reason); pending: queued, will retry. */
  readonly state: RefundRow['state'];
  readonly reason: string | null;
  readonly approvedBy: string | null;
}

export interface RefundDeskDeps {
  readonly ledger: ConsoleLedger;
  readonly server: ServerClient;
  readonly staff: StaffStore;
  readonly nowMs: () => number;
  readonly random: RandomSource;
  identity(): ConsoleIdentity;
  /** Drains the outbox now (the sync engine's kick). */
  kick(): Promise<void>;
}

function outcomeOf(row: RefundRow): RefundOutcome {
  return {
    refundId: row.id,
    paymentId: row.paymentId,
    kind: row.kind,
    amountMinor: row.amountMinor,
    state: row.state,
    reason: row.reason,
    approvedBy: row.approvedBy,
  };
}

export class RefundDesk {
  constructor(private readonly deps: RefundDeskDeps) {}

  private row(refundId: string): RefundRow | undefined {
    const { db } = this.deps.ledger;
    return db.select().from(schema.refunds).where(eq(schema.refunds.id, refundId)).get();
  }

  /** Refunds asked at this console for one payment, newest first. */
  forPayment(paymentId: string): RefundOutcome[] {
    const { db } = this.deps.ledger;
    return db
      .select()
      .from(schema.refunds)
      .where(eq(schema.refunds.paymentId, paymentId))
      .orderBy(desc(schema.refunds.createdAt))
      .all()
      .map(outcomeOf);
  }

  /** Refunds and voids still on their way to the server (at most one per payment). */
  pending(): RefundOutcome[] {
    const { db } = this.deps.ledger;
    return db
      .select()
      .from(schema.refunds)
      .where(eq(schema.refunds.state, 'pending'))
      .orderBy(desc(schema.refunds.createdAt))
      .limit(MAX_PENDING_LISTED)
      .all()
      .map(outcomeOf);
  }

  /**
   * Records the refund (or void) and its outbox item in one transaction, then asks the sync
   * engine to send it now. Answers with the state after that attempt.
   */
  async request(
    who: SignedIn,
    input: { paymentId: string; kind: RefundKind; amountMinor?: number; ownerPin?: string },
  ): Promise<RefundOutcome> {
    const payment = this.deps.ledger.payment(input.paymentId);
    if (!payment || payment.state !== 'settled' || payment.voidedAt !== null) {
      const message = 'Only a settled payment can be refunded.';
      throw refuse('PRECONDITION_FAILED', 'payment_not_refundable', message);
    }
    const amountMinor = input.kind === 'void' ? payment.amountMinor : (input.amountMinor ?? 0);
    if (amountMinor <= 0) {
      throw refuse('BAD_REQUEST', 'payment_not_refundable', 'Type an amount to refund.');
    }
    // Checked before the PIN (a quick answer) and again in the recording transaction.
    assertNoneInFlight(this.deps.ledger.db, input.paymentId);
    const approvedBy = await this.approval(who, input.kind, amountMinor, input.ownerPin);
    const refundId = toBase64Url(this.deps.random(16));
    const { paymentId, kind } = input;
    this.record({ refundId, paymentId, kind, amountMinor, who, approvedBy });
    for (let kick = 0; kick < MAX_KICKS_PER_REQUEST; kick++) {
      await this.deps.kick();
      if (this.row(refundId)?.state !== 'pending') break;
    }
    return outcomeOf(this.row(refundId)!);
  }

  /** Who approved: nobody needed, the owner signed in, or an owner's PIN typed for it. */
  private async approval(
    who: SignedIn,
    kind: RefundKind,
    amountMinor: number,
    ownerPin: string | undefined,
  ): Promise<string | null> {
    const needsOwner = kind === 'void' || amountMinor > this.deps.staff.refundLimitMinor();
    if (!needsOwner) return null;
    if (who.role === 'owner') return who.name;
    if (ownerPin === undefined) {
      throw refuse('FORBIDDEN', 'owner_approval_required', 'An owner’s PIN must approve this.');
    }
    const owner = await this.deps.staff.identify(ownerPin, ['owner']);
    return owner.name;
  }

  private record(input: {
    refundId: string;
    paymentId: string;
    kind: RefundKind;
    amountMinor: number;
    who: SignedIn;
    approvedBy: string | null;
  }): void {
    const nowMs = this.deps.nowMs();
    this.deps.ledger.transaction((tx) => {
      // Two requests for one payment may both have passed the first check while a PIN was
      // being hashed; only one is recorded, so a refund is never doubled by a double tap.
      assertNoneInFlight(tx, input.paymentId);
      tx.insert(schema.refunds)
        .values({
          id: input.refundId,
          paymentId: input.paymentId,
          kind: input.kind,
          amountMinor: input.amountMinor,
          state: 'pending',
          requestedBy: input.who.name,
          approvedBy: input.approvedBy,
          createdAt: nowMs,
        })
        .run();
      const data = {
        refundId: input.refundId,
        amountMinor: input.amountMinor,
        requestedBy: input.who.name,
        role: input.who.role,
        approvedBy: input.approvedBy,
      };
      logEvent(tx, input.paymentId, `${input.kind}_requested`, data, nowMs);
      const payload = {
        refundId: input.refundId,
        paymentId: input.paymentId,
        amountMinor: input.amountMinor,
      };
      enqueue(tx, { id: input.refundId, kind: input.kind, payload, nowMs });
    });
  }

  /**
   * The outbox handler for refunds and voids: one device-signed call each. Throws
   * ServerUnreachable when no call reached the server, so the engine backs off.
   */
  async send(items: readonly OutboxItem[]): Promise<ItemResult[]> {
    const outcomes = await Promise.all(items.map((item) => this.sendOne(item)));
    if (outcomes.length > 0 && outcomes.every((outcome) => outcome === null)) {
      throw new ServerUnreachable('the server did not answer a refund');
    }
    return outcomes.map(
      (outcome, index) =>
        outcome ?? { id: items[index]!.id, kind: 'retry', error: 'server unreachable' },
    );
  }

  /** One call; null when the server could not be reached (the outcome is unknown). */
  private async sendOne(item: OutboxItem): Promise<ItemResult | null> {
    const payload = payloadSchema.parse(JSON.parse(item.payload));
    const identity = this.deps.identity();
    const { nowMs, random } = this.deps;
    const sign = <T>(path: string, payload: T) =>
      signAsConsole(identity, { path, payload, nowMs: nowMs(), random });
    const { server } = this.deps;
    try {
      if (item.kind === 'void') {
        const answer = await server.payments.voidByDevice.mutate(
          sign('payments.voidByDevice', { paymentId: payload.paymentId }),
        );
        return this.answered(item.id, payload.paymentId, { voidedAt: answer.voidedAt });
      }
      const call = sign('payments.refundByDevice', payload);
      const answer = await server.payments.refundByDevice.mutate(call);
      const paid = this.deps.ledger.payment(payload.paymentId)?.amountMinor ?? 0;
      const refundedMinor = paid - answer.remainingMinor;
      return this.answered(item.id, payload.paymentId, { refundedMinor });
    } catch (error) {
      if (!serverAnswered(error)) return null;
      const reason = rejectionReason(error) ?? 'refused';
      if (RETRY_REASONS.has(reason)) return { id: item.id, kind: 'retry', error: reason };
      return this.refused(item.id, payload.paymentId, reason);
    }
  }

  private answered(
    refundId: string,
    paymentId: string,
    change: { refundedMinor?: number; voidedAt?: number },
  ): ItemResult {
    const nowMs = this.deps.nowMs();
    return {
      id: refundId,
      kind: 'done',
      apply: (tx) => {
        tx.update(schema.refunds)
          .set({ state: 'done', reason: null, answeredAt: nowMs })
          .where(and(eq(schema.refunds.id, refundId), eq(schema.refunds.state, 'pending')))
          .run();
        tx.update(schema.payments).set(change).where(eq(schema.payments.id, paymentId)).run();
        const kind = change.voidedAt === undefined ? 'refunded' : 'voided';
        logEvent(tx, paymentId, kind, { refundId }, nowMs);
      },
    };
  }

  /** The server said no for good (already voided, more than is left ...): a final answer. */
  private refused(refundId: string, paymentId: string, reason: string): ItemResult {
    const nowMs = this.deps.nowMs();
    return {
      id: refundId,
      kind: 'done',
      apply: (tx) => {
        tx.update(schema.refunds)
          .set({ state: 'refused', reason, answeredAt: nowMs })
          .where(eq(schema.refunds.id, refundId))
          .run();
        logEvent(tx, paymentId, 'refund_refused', { refundId, reason }, nowMs);
      },
    };
  }
}

/** One refund or void per payment on its way to the server at a time. */
function assertNoneInFlight(db: ConsoleDb, paymentId: string): void {
  const pending = db
    .select({ id: schema.refunds.id })
    .from(schema.refunds)
    .where(and(eq(schema.refunds.paymentId, paymentId), eq(schema.refunds.state, 'pending')))
    .get();
  if (pending) {
    const message = 'A refund of this payment is on its way to the server.';
    throw refuse('CONFLICT', 'refund_in_flight', message);
  }
}

function logEvent(tx: ConsoleDb, paymentId: string, kind: string, data: unknown, at: number): void {
  tx.insert(schema.events).values({ paymentId, kind, data: JSON.stringify(data), at }).run();
}
