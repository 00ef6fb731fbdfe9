// The merchant core: charges, their handshakes, the calls to the server, and the local
// ledger. Plain Node, no Electron: it runs inside Electron, behind a browser, or headless.
import { TRPCError } from '@trpc/server';
import {
  type Authorization,
  type Currency,
  ed25519KeyPair,
  MerchantSession,
  type MerchantStep,
  type RandomSource,
  reasonText,
  type ReasonCode,
  type Receipt,
  requestHash,
  toBase64Url,
  authorizationHash,
  verifyReceipt,
  type PaymentRequest,
  receiptSchema,
} from '../../protocol/index.ts';
import type { HubSessionHandler, HubSessions, PairingHub } from './hub.ts';
import type { ConsoleIdentity, ConsoleLedger, StoredPayment } from './ledger.ts';
import { createServerClient, rejectionReason, serverAnswered, type ServerClient } from './server-client.ts';
import type { ChargeCreated, ChargeStatus, ConsoleInfo, PaymentRow } from './types.ts';

export interface Clock {
  nowMs(): number;
}

/** At most this many QR codes may be open at once on one console. */
export const MAX_OPEN_CHARGES = 32;
/** Bounded retries of one authorize call before the outcome is left to the resolver. */
const AUTHORIZE_ATTEMPTS = 4;

export interface RetryPolicy {
  /** First backoff; doubled per attempt, with jitter. */
  readonly baseMs: number;
  /** How often unresolved payments are asked about while the server is unreachable. */
  readonly resolveIntervalMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 250, resolveIntervalMs: 5_000 };

interface LiveCharge {
  readonly session: MerchantSession;
  readonly timer: NodeJS.Timeout;
}

export interface ConsoleCoreOptions {
  readonly ledger: ConsoleLedger;
  readonly serverUrl: string;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly retry?: RetryPolicy;
}

export class ConsoleCore implements HubSessions {
  private readonly live = new Map<string, LiveCharge>();
  private readonly sessionOfPayment = new Map<string, string>();
  private readonly inFlight = new Set<Promise<void>>();
  /** Payments with an authorize call under way: the resolver leaves them alone. */
  private readonly authorizing = new Set<string>();
  private resolveTimer: NodeJS.Timeout | null = null;
  private reachable = false;
  private hubValue: PairingHub | null = null;
  private readonly server: ServerClient;
  private readonly ledger: ConsoleLedger;
  private readonly clock: Clock;
  private readonly random: RandomSource;
  private readonly serverUrl: string;
  private readonly retry: RetryPolicy;
  private stopped = false;

  constructor(options: ConsoleCoreOptions) {
    this.ledger = options.ledger;
    this.clock = options.clock;
    this.random = options.random;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.serverUrl = options.ledger.identity()?.serverUrl ?? options.serverUrl;
    this.server = createServerClient(this.serverUrl);
  }

  attachHub(hub: PairingHub): void {
    this.hubValue = hub;
  }

  private get hub(): PairingHub {
    if (!this.hubValue) throw new Error('the pairing hub is not attached');
    return this.hubValue;
  }

  /** After a restart: close charges that lost their phone, resolve those sent to the server. */
  recover(): void {
    const nowMs = this.clock.nowMs();
    for (const row of this.ledger.abandoned()) {
      this.ledger.update(row.id, { state: 'expired', reason: 'session_expired' }, nowMs);
    }
    this.scheduleResolve(0);
  }

  info(): ConsoleInfo {
    const identity = this.ledger.identity();
    if (!identity) return { enrolled: false, serverUrl: this.serverUrl, serverReachable: this.reachable };
    return {
      enrolled: true,
      merchantId: identity.merchantId,
      merchantName: identity.merchantName,
      deviceId: identity.deviceId,
      currency: identity.currency,
      serverUrl: this.serverUrl,
      serverReachable: this.reachable,
    };
  }

  /** Enrolls with an administrator's one-time code: a fresh device key, registered once. */
  async enroll(code: string, label = 'Console'): Promise<ConsoleInfo> {
    if (this.ledger.identity()) {
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'this console is already enrolled' });
    }
    const keys = ed25519KeyPair(this.random);
    let enrolled;
    try {
      enrolled = await this.server.devices.enroll.mutate({
        code,
        publicKey: toBase64Url(keys.publicKey),
        label,
      });
      this.reachable = true;
    } catch (error) {
      this.reachable = serverAnswered(error);
      if (rejectionReason(error) === 'enrollment_code_invalid') {
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'That code is unknown, used or expired.' });
      }
      throw new TRPCError({ code: 'BAD_GATEWAY', message: 'The server could not enroll this console.' });
    }
    this.ledger.saveIdentity(
      {
        serverUrl: this.serverUrl,
        serverPublicKey: enrolled.serverPublicKey,
        deviceId: enrolled.deviceId,
        merchantId: enrolled.merchantId,
        merchantName: enrolled.merchantName,
        currency: enrolled.currency,
        deviceSecretKey: keys.secretKey,
        certificate: enrolled.certificate,
      },
      this.clock.nowMs(),
    );
    return this.info();
  }

  private requireIdentity(): ConsoleIdentity {
    const identity = this.ledger.identity();
    if (!identity) throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'enroll this console first' });
    return identity;
  }

  /** Opens a pairing session: the charge is stored before its QR code exists. */
  charge(input: { amountMinor: number; reference: string }): ChargeCreated {
    const identity = this.requireIdentity();
    if (this.live.size >= MAX_OPEN_CHARGES) {
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'too many open charges' });
    }
    const nowMs = this.clock.nowMs();
    const session = MerchantSession.open({
      charge: {
        paymentId: toBase64Url(this.random(16)),
        amountMinor: input.amountMinor,
        currency: identity.currency,
        lines: [],
        reference: input.reference,
      },
      identity: { deviceSecretKey: identity.deviceSecretKey, certificate: identity.certificate },
      hubUrl: this.hub.url,
      nowMs,
      random: this.random,
    });
    const body = session.request.body;
    this.ledger.recordCharge(session.request, nowMs);
    const timer = setTimeout(() => this.expire(session.sessionId), body.expiresAt - nowMs + 50);
    timer.unref();
    this.live.set(session.sessionId, { session, timer });
    this.sessionOfPayment.set(body.paymentId, session.sessionId);
    return {
      paymentId: body.paymentId,
      pairingUri: session.pairingUri,
      amountMinor: body.amountMinor,
      currency: body.currency,
      expiresAt: body.expiresAt,
    };
  }

  chargeStatus(paymentId: string): ChargeStatus {
    const row = this.ledger.payment(paymentId);
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'no such charge' });
    const receipt = row.receipt ? receiptSchema.parse(JSON.parse(row.receipt)) : null;
    return {
      paymentId: row.id,
      state: row.state,
      amountMinor: row.amountMinor,
      currency: row.currency as Currency,
      expiresAt: row.expiresAt,
      reason: row.reason as ReasonCode | null,
      reasonText: row.reason ? reasonText(row.reason as ReasonCode) : null,
      receipt: receipt
        ? {
            transactionId: receipt.body.transactionId,
            walletId: receipt.body.walletId,
            settledAt: receipt.body.settledAt,
          }
        : null,
    };
  }

  /** The cashier cancels: allowed until the customer's approval is on its way to the server. */
  cancelCharge(paymentId: string): ChargeStatus {
    const sessionId = this.sessionOfPayment.get(paymentId);
    const live = sessionId ? this.live.get(sessionId) : undefined;
    if (!live || live.session.state === 'authorizing') {
      const row = this.ledger.payment(paymentId);
      if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'no such charge' });
      if (row.state === 'authorizing') {
        throw new TRPCError({ code: 'CONFLICT', message: 'the payment is already with the server' });
      }
      return this.chargeStatus(paymentId);
    }
    const frame = live.session.decline('merchant_cancelled');
    if (frame) this.hub.send(live.session.sessionId, frame);
    this.finishLive(live.session, 'declined', 'merchant_cancelled');
    return this.chargeStatus(paymentId);
  }

  todaysPayments(): PaymentRow[] {
    const now = new Date(this.clock.nowMs());
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
    return this.ledger.paymentsSince(midnight).map(rowOf);
  }

  find(sessionId: string): HubSessionHandler | undefined {
    const live = this.live.get(sessionId);
    if (!live) return undefined;
    const { session } = live;
    return {
      onHello: (hello) => {
        const step = session.onHello(hello, this.clock.nowMs());
        if (step.kind !== 'send') return { ok: false, reason: step.kind === 'failed' ? step.reason : 'refused' };
        this.ledger.update(session.request.body.paymentId, { state: 'awaiting_approval' }, this.clock.nowMs());
        return { ok: true, frame: step.frame };
      },
      onFrame: (frame) => this.onCustomerStep(session, session.onFrame(frame, this.clock.nowMs())),
    };
  }

  private onCustomerStep(session: MerchantSession, step: MerchantStep): void {
    if (step.kind === 'authorize') {
      const paymentId = session.request.body.paymentId;
      // Stored before the call: after a crash the resolver finishes it, never a new charge.
      this.ledger.update(paymentId, { state: 'authorizing', authorization: step.authorization }, this.clock.nowMs());
      this.track(this.authorize(session.request, step.authorization, session));
      return;
    }
    if (step.kind === 'cancelled') this.finishLive(session, 'declined', 'customer_cancelled');
    if (step.kind === 'failed') this.finishLive(session, 'failed', step.reason);
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /**
   * Sends the two signed documents to the server, retrying a bounded number of times; the
   * server is idempotent on paymentId, so a retry can never charge twice.
   */
  private async authorize(
    request: PaymentRequest,
    authorization: Authorization,
    session: MerchantSession | null,
  ): Promise<void> {
    const paymentId = request.body.paymentId;
    if (this.authorizing.has(paymentId)) return;
    this.authorizing.add(paymentId);
    try {
      await this.authorizeWithRetries(request, authorization, session);
    } finally {
      this.authorizing.delete(paymentId);
    }
  }

  private async authorizeWithRetries(
    request: PaymentRequest,
    authorization: Authorization,
    session: MerchantSession | null,
  ): Promise<void> {
    const paymentId = request.body.paymentId;
    for (let attempt = 0; attempt < AUTHORIZE_ATTEMPTS && !this.stopped; attempt++) {
      try {
        const outcome = await this.server.payments.authorize.mutate({ request, authorization });
        this.reachable = true;
        if (outcome.status === 'settled') this.settle(request, authorization, outcome.receipt, session);
        else this.declineAfterServer(paymentId, outcome.reason, session);
        return;
      } catch (error) {
        if (serverAnswered(error)) {
          this.reachable = true;
          const reason = rejectionReason(error) === 'idempotency_conflict' ? 'payment_conflict' : 'protocol_error';
          this.declineAfterServer(paymentId, reason, session);
          return;
        }
        this.reachable = false;
        const jitter = this.random(1)[0]! / 255;
        await delay(this.retry.baseMs * 2 ** attempt * (0.5 + jitter));
      }
    }
    // Still unknown: keep "authorizing" (never "not charged") and let the resolver ask again.
    this.ledger.update(paymentId, { state: 'authorizing', reason: 'server_unreachable' }, this.clock.nowMs());
    this.scheduleResolve(this.retry.resolveIntervalMs);
  }

  private settle(
    request: PaymentRequest,
    authorization: Authorization,
    receipt: Receipt,
    session: MerchantSession | null,
  ): void {
    const identity = this.requireIdentity();
    const body = receipt.body;
    const genuine =
      verifyReceipt(receipt, identity.serverPublicKey) &&
      body.paymentId === request.body.paymentId &&
      body.requestHash === requestHash(request) &&
      body.authorizationHash === authorizationHash(authorization) &&
      body.amountMinor === request.body.amountMinor;
    if (!genuine) {
      this.declineAfterServer(request.body.paymentId, 'bad_receipt', session, 'failed');
      return;
    }
    this.ledger.update(request.body.paymentId, { state: 'settled', reason: null, receipt }, this.clock.nowMs());
    if (session) {
      const frame = session.settle(receipt);
      if (frame) this.hub.send(session.sessionId, frame);
      this.forget(session);
    }
  }

  private declineAfterServer(
    paymentId: string,
    reason: ReasonCode,
    session: MerchantSession | null,
    state: 'declined' | 'failed' = 'declined',
  ): void {
    this.ledger.update(paymentId, { state, reason }, this.clock.nowMs());
    if (session) {
      const frame = session.decline(reason);
      if (frame) this.hub.send(session.sessionId, frame);
      this.forget(session);
    }
  }

  private expire(sessionId: string): void {
    const live = this.live.get(sessionId);
    if (!live) return;
    if (live.session.expire(this.clock.nowMs())) {
      this.finishLive(live.session, 'expired', 'session_expired');
    }
  }

  private finishLive(session: MerchantSession, state: 'declined' | 'expired' | 'failed', reason: ReasonCode): void {
    this.ledger.update(session.request.body.paymentId, { state, reason }, this.clock.nowMs());
    this.forget(session);
  }

  private forget(session: MerchantSession): void {
    const live = this.live.get(session.sessionId);
    if (live) clearTimeout(live.timer);
    this.live.delete(session.sessionId);
    this.sessionOfPayment.delete(session.request.body.paymentId);
    this.hub.end(session.sessionId);
  }

  private scheduleResolve(delayMs: number): void {
    if (this.resolveTimer || this.stopped) return;
    this.resolveTimer = setTimeout(() => {
      this.resolveTimer = null;
      for (const pending of this.ledger.unresolved()) {
        const sessionId = this.sessionOfPayment.get(pending.request.body.paymentId);
        // If the phone is still connected it gets its receipt too.
        const session = sessionId ? (this.live.get(sessionId)?.session ?? null) : null;
        this.track(this.authorize(pending.request, pending.authorization, session));
      }
    }, delayMs);
    this.resolveTimer.unref();
  }

  /** Stops timers and waits for calls in flight, so nothing is half-written at exit. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.resolveTimer) clearTimeout(this.resolveTimer);
    for (const live of this.live.values()) clearTimeout(live.timer);
    await Promise.allSettled([...this.inFlight]);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function rowOf(row: StoredPayment): PaymentRow {
  return {
    paymentId: row.id,
    amountMinor: row.amountMinor,
    currency: row.currency as Currency,
    state: row.state,
    reason: row.reason as ReasonCode | null,
    reasonText: row.reason ? reasonText(row.reason as ReasonCode) : null,
    reference: row.reference,
    createdAt: row.createdAt,
    settledAt: row.settledAt,
  };
}
