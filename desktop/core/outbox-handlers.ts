// The console's outbox handlers: how each kind of queued mutation is sent to the server and
// how the server's answer becomes a local fact (ItemResult), recorded by the sync engine in
// the same transaction that marks the item done.
import {
  type Authorization,
  authorizationHash,
  authorizationSchema,
  type Frame,
  type MerchantSession,
  offlineAllowanceSchema,
  offlineAuthorizationSchema,
  type PaymentRequest,
  paymentRequestSchema,
  type RandomSource,
  type ReasonCode,
  type Receipt,
  requestHash,
  verifyReceipt,
} from '../../protocol/index.ts';
import { nodeSignatures } from '../../platform/node-signatures.ts';
import { signAsConsole } from './device-calls.ts';
import { applyUpdate, type ConsoleIdentity } from './ledger.ts';
import type { OutboxItem } from './outbox.ts';
import { rejectionReason, serverAnswered, type ServerClient } from './server-client.ts';
import { type ItemResult, ServerUnreachable } from './sync.ts';

const SIGNATURES = nodeSignatures();

export interface OutboxHandlerDeps {
  readonly server: ServerClient;
  readonly clock: { nowMs(): number };
  readonly random: RandomSource;
  identity(): ConsoleIdentity;
  /** V did not answer: ask the phone, if still connected, for an offline approval. */
  offerOffline(paymentId: string): void;
  /** Sends the payment's phone its final frame, if it is still connected. */
  tellPhone(paymentId: string, finalFrame: (session: MerchantSession) => Frame | null): void;
}

export class OutboxHandlers {
  constructor(private readonly deps: OutboxHandlerDeps) {}

  /**
   * The outbox handler for approvals: one authorize call each, all of a chunk at once (they
   * travel in one batched HTTP request; the server is idempotent on paymentId, so a resend
   * never charges twice). Throws ServerUnreachable when no call of the chunk reached the
   * server, so the engine backs off; otherwise the unreached ones are retried.
   */
  async sendAuthorizations(items: readonly OutboxItem[]): Promise<ItemResult[]> {
    if (items.length === 0) return [];
    const calls = items.map((item) => {
      const payload = JSON.parse(item.payload) as { request: unknown; authorization: unknown };
      return {
        item,
        request: paymentRequestSchema.parse(payload.request),
        authorization: authorizationSchema.parse(payload.authorization),
      };
    });
    const outcomes = await Promise.all(
      calls.map(async ({ item, request, authorization }) => {
        try {
          const outcome = await this.deps.server.payments.authorize.mutate({ request, authorization });
          const result =
            outcome.status === 'settled'
              ? this.settled(request, authorization, outcome.receipt)
              : this.declined(item.id, outcome.reason);
          return { reached: true, result } as const;
        } catch (error) {
          if (serverAnswered(error)) return { reached: true, result: await this.refused(item.id, request, error) } as const;
          return { reached: false, error } as const;
        }
      }),
    );
    const results: ItemResult[] = [];
    for (const [index, outcome] of outcomes.entries()) {
      const item = calls[index]!.item;
      if (outcome.reached) {
        results.push(outcome.result);
        continue;
      }
      this.deps.offerOffline(item.id);
      results.push({ id: item.id, kind: 'retry', error: String(outcome.error) });
    }
    if (outcomes.every((outcome) => !outcome.reached)) {
      const first = outcomes[0];
      throw new ServerUnreachable(String(first && !first.reached ? first.error : 'no items'));
    }
    return results;
  }

  /**
   * The outbox handler for offline payments: one device-signed batch. V settles each against
   * the wallet's reserve (or answers from its record if the online copy got through first).
   */
  async sendOfflinePayments(items: readonly OutboxItem[]): Promise<ItemResult[]> {
    const identity = this.deps.identity();
    const parsed = items.map((item) => {
      const payload = JSON.parse(item.payload) as Record<string, unknown>;
      return {
        request: paymentRequestSchema.parse(payload.request),
        allowance: offlineAllowanceSchema.parse(payload.allowance),
        authorization: offlineAuthorizationSchema.parse(payload.authorization),
      };
    });
    const call = signAsConsole(identity, {
      path: 'payments.syncOffline',
      payload: { items: parsed },
      nowMs: this.deps.clock.nowMs(),
      random: this.deps.random,
    });
    let answer;
    try {
      answer = await this.deps.server.payments.syncOffline.mutate(call);
    } catch (error) {
      if (!serverAnswered(error)) throw new ServerUnreachable(String(error));
      // The whole batch was refused (a stale clock, a revoked device): retry later, loudly.
      return items.map((item) => ({ id: item.id, kind: 'retry', error: String(error) }));
    }
    const byId = new Map(answer.results.map((result) => [result.paymentId, result]));
    return parsed.map(({ request }) => {
      const result = byId.get(request.body.paymentId);
      const paymentId = request.body.paymentId;
      if (!result) return { id: paymentId, kind: 'retry', error: 'no answer for this payment' };
      if (result.status === 'settled') return this.settledWith(request, result.receipt, null);
      // V refused an offline payment this console accepted: the merchant must see it.
      return {
        id: paymentId,
        kind: 'quarantine',
        reason: result.reason,
        apply: (tx) => applyUpdate(tx, paymentId, { state: 'failed', reason: result.reason }, this.deps.clock.nowMs()),
      };
    });
  }

  /** The server refused the call itself. A conflict may mean another copy already settled. */
  private async refused(paymentId: string, request: PaymentRequest, error: unknown): Promise<ItemResult> {
    if (rejectionReason(error) === 'idempotency_conflict') {
      const status = await this.deps.server.payments.status.query({ paymentId }).catch(() => null);
      if (status?.status === 'settled' && status.receipt.body.requestHash === requestHash(request)) {
        return this.settledWith(request, status.receipt, null);
      }
      return this.declined(paymentId, 'payment_conflict');
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      id: paymentId,
      kind: 'quarantine',
      reason,
      apply: (tx) => applyUpdate(tx, paymentId, { state: 'failed', reason: 'protocol_error' }, this.deps.clock.nowMs()),
    };
  }

  private settled(request: PaymentRequest, authorization: Authorization, receipt: Receipt): ItemResult {
    return this.settledWith(request, receipt, authorizationHash(authorization));
  }

  /** Accepts a receipt only if the server's signature and every field match our request. */
  private settledWith(request: PaymentRequest, receipt: Receipt, expectedAuthorizationHash: string | null): ItemResult {
    const identity = this.deps.identity();
    const body = receipt.body;
    const paymentId = request.body.paymentId;
    const genuine =
      verifyReceipt(receipt, identity.serverPublicKey, SIGNATURES) &&
      body.paymentId === paymentId &&
      body.requestHash === requestHash(request) &&
      (expectedAuthorizationHash === null || body.authorizationHash === expectedAuthorizationHash) &&
      body.amountMinor === request.body.amountMinor &&
      body.currency === request.body.currency;
    if (!genuine) {
      // Money may have moved, but we cannot prove it: an operator must look (quarantine).
      return {
        id: paymentId,
        kind: 'quarantine',
        reason: 'bad_receipt',
        apply: (tx) => applyUpdate(tx, paymentId, { state: 'failed', reason: 'bad_receipt' }, this.deps.clock.nowMs()),
      };
    }
    return {
      id: paymentId,
      kind: 'done',
      apply: (tx) => applyUpdate(tx, paymentId, { state: 'settled', reason: null, receipt }, this.deps.clock.nowMs()),
      after: () => this.deps.tellPhone(paymentId, (session) => session.settle(receipt)),
    };
  }

  private declined(paymentId: string, reason: ReasonCode): ItemResult {
    return {
      id: paymentId,
      kind: 'done',
      apply: (tx) => applyUpdate(tx, paymentId, { state: 'declined', reason }, this.deps.clock.nowMs()),
      after: () => this.deps.tellPhone(paymentId, (session) => session.decline(reason)),
    };
  }
}
