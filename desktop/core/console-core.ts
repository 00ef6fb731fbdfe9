// The merchant core: charges, their handshakes, the calls to the server, and the local
// ledger. Plain Node, no Electron: it runs inside Electron, behind a browser, or headless.
import { TRPCError } from '@trpc/server';
import {
  checkOfflinePayment,
  type Currency,
  ed25519KeyPair,
  type Frame,
  MerchantSession,
  type MerchantStep,
  type OfflineAllowance,
  type OfflineAuthorization,
  type RandomSource,
  type ReasonCode,
  reasonText,
  paymentRequestSchema,
  receiptSchema,
  toBase64Url,
} from '../../protocol/index.ts';
import { nodeSignatures } from '../../platform/node-signatures.ts';
import { CatalogDesk } from './catalog-desk.ts';
import { InvoiceDesk } from './invoice-desk.ts';
import { saleAmount, type SaleInput } from './catalog.ts';
import type { HubSessionHandler, HubSessions, PairingHub } from './hub.ts';
import type { ConsoleIdentity, ConsoleLedger, StoredPayment } from './ledger.ts';
import { OutboxHandlers } from './outbox-handlers.ts';
import { pullChanges } from './pull.ts';
import { RefundDesk } from './refunds.ts';
import { createServerClient, rejectionReason, serverAnswered, type ServerClient } from './server-client.ts';
import { ConsoleSession } from './session.ts';
import { StaffStore } from './staff.ts';
import { closeShift, currentShift, openShift } from './shifts.ts';
import { SyncEngine, type SyncStatus } from './sync.ts';
import type { ChargeCreated, ChargeStatus, ConsoleInfo, PaymentRow } from './types.ts';

export interface Clock {
  nowMs(): number;
}

/** Ed25519 through node:crypto: the console core runs in Node (Electron main or headless). */
const SIGNATURES = nodeSignatures();

/** At most this many QR codes may be open at once on one console. */
export const MAX_OPEN_CHARGES = 32;
export interface RetryPolicy {
  /** How often the sync engine looks at the outbox and, while offline, pings the server. */
  readonly resolveIntervalMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { resolveIntervalMs: 2_000 };

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
  readonly sync: SyncEngine;
  private hubValue: PairingHub | null = null;
  private readonly server: ServerClient;
  private readonly ledger: ConsoleLedger;
  private readonly clock: Clock;
  private readonly random: RandomSource;
  private readonly serverUrl: string;
  /** Who is signed in (memory only), the console's staff, and refunds asked here. */
  readonly session: ConsoleSession;
  readonly staff: StaffStore;
  readonly refunds: RefundDesk;
  /** The cached catalog the register sells from, and the owner's edits of it. */
  readonly catalog: CatalogDesk;
  /** The tutor's students, invoices and weekly series (kept by the server). */
  readonly invoices: InvoiceDesk;

  constructor(options: ConsoleCoreOptions) {
    this.ledger = options.ledger;
    this.clock = options.clock;
    this.random = options.random;
    this.serverUrl = options.ledger.identity()?.serverUrl ?? options.serverUrl;
    this.server = createServerClient(this.serverUrl);
    this.session = new ConsoleSession(() => this.clock.nowMs());
    this.staff = new StaffStore(this.ledger, () => this.clock.nowMs());
    this.catalog = new CatalogDesk({
      ledger: this.ledger,
      server: this.server,
      nowMs: () => this.clock.nowMs(),
      random: this.random,
      identity: () => this.ledger.identity(),
    });
    this.invoices = new InvoiceDesk({
      server: this.server,
      nowMs: () => this.clock.nowMs(),
      random: this.random,
      identity: () => this.ledger.identity(),
      charge: (input) => this.charge(input),
    });
    this.refunds = new RefundDesk({
      ledger: this.ledger,
      server: this.server,
      staff: this.staff,
      nowMs: () => this.clock.nowMs(),
      random: this.random,
      identity: () => this.requireIdentity(),
      kick: () => this.sync.kick(),
    });
    const handlers = new OutboxHandlers({
      server: this.server,
      clock: this.clock,
      random: this.random,
      identity: () => this.requireIdentity(),
      offerOffline: (paymentId) => this.offerOffline(paymentId),
      tellPhone: (paymentId, finalFrame) => this.tellPhone(paymentId, finalFrame),
    });
    this.sync = new SyncEngine(
      this.ledger,
      {
        authorize: (items) => handlers.sendAuthorizations(items),
        offline_payment: (items) => handlers.sendOfflinePayments(items),
        refund: (items) => this.refunds.send(items),
        void: (items) => this.refunds.send(items),
      },
      {
        nowMs: () => this.clock.nowMs(),
        random: this.random,
        ping: () => this.server.system.info.query().then(() => true, () => false),
        idleIntervalMs: (options.retry ?? DEFAULT_RETRY).resolveIntervalMs,
        pull: async () => {
          await pullChanges({ ledger: this.ledger, server: this.server, nowMs: () => this.clock.nowMs(), random: this.random });
          // Every sync round also refreshes the catalog (a version check when unchanged). A
          // refusal keeps the cached catalog; only an unanswered call means "offline".
          await this.catalog.refresh().catch((error: unknown) => {
            if (!serverAnswered(error)) throw error;
          });
          // Weekly invoices are made (and stale links re-signed) now and then, screen open or not.
          await this.invoices.refreshIfDue();
        },
      },
    );
  }

  private get reachable(): boolean {
    return this.sync.isOnline;
  }

  syncStatus(): SyncStatus {
    return this.sync.status();
  }

  readonly shift = {
    current: () => currentShift(this.ledger),
    open: (input: { openingFloatMinor: number; openedBy: string }) =>
      openShift(this.ledger, { ...input, nowMs: this.clock.nowMs() }),
    close: (input: { countedCashMinor: number; closedBy: string }) =>
      closeShift(this.ledger, { ...input, nowMs: this.clock.nowMs() }),
  };

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
    this.sync.start();
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
      this.sync.noteReachability(true);
    } catch (error) {
      this.sync.noteReachability(serverAnswered(error));
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

  /**
   * Opens a pairing session: the charge is stored before its QR code exists. The amount is
   * the lines' sum, or a free amount; the reference defaults to the active event's.
   */
  charge(input: SaleInput & { reference?: string | undefined }): ChargeCreated {
    const identity = this.requireIdentity();
    const sale = saleAmount(input);
    if (this.live.size >= MAX_OPEN_CHARGES) {
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'too many open charges' });
    }
    const nowMs = this.clock.nowMs();
    const session = MerchantSession.open({
      charge: {
        paymentId: toBase64Url(this.random(16)),
        amountMinor: sale.amountMinor,
        currency: identity.currency,
        lines: sale.lines,
        reference: input.reference ?? this.catalog.saleReference(),
      },
      identity: { deviceSecretKey: identity.deviceSecretKey, certificate: identity.certificate },
      hubUrl: this.hub.url,
      nowMs,
      random: this.random,
      suite: SIGNATURES,
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
    const reason = reasonOf(row, this.reachable);
    return {
      paymentId: row.id,
      lines: paymentRequestSchema.parse(JSON.parse(row.request)).body.lines,
      state: row.state,
      amountMinor: row.amountMinor,
      currency: row.currency as Currency,
      expiresAt: row.expiresAt,
      reason,
      reasonText: reason ? reasonText(reason) : null,
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
    return this.ledger.paymentsSince(midnight).map((row) => rowOf(row, this.reachable));
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
    const paymentId = session.request.body.paymentId;
    if (step.kind === 'authorize') {
      // Queued with the state change: after a crash the outbox finishes it, never a new charge.
      this.ledger.beginAuthorize(session.request, step.authorization, this.clock.nowMs());
      // Known to be offline: ask for the offline approval now rather than after a timeout.
      if (!this.sync.isOnline) this.offerOffline(paymentId);
      void this.sync.kick();
      return;
    }
    if (step.kind === 'offline') {
      this.acceptOffline(session, step.allowance, step.authorization);
      return;
    }
    const online = this.ledger.payment(paymentId)?.state === 'authorizing';
    if (step.kind === 'cancelled' || step.kind === 'failed') {
      // An online approval already queued may still settle: the outbox decides, not the phone.
      if (online) this.forget(session);
      else if (step.kind === 'cancelled') this.finishLive(session, 'declined', 'customer_cancelled');
      else this.finishLive(session, 'failed', step.reason);
    }
  }

  /** V did not answer an approval: if the phone is still here, ask it to approve offline. */
  private offerOffline(paymentId: string): void {
    const sessionId = this.sessionOfPayment.get(paymentId);
    const live = sessionId ? this.live.get(sessionId) : undefined;
    if (!live) return;
    const frame = live.session.requireOffline();
    if (frame) this.hub.send(live.session.sessionId, frame);
  }

  /**
   * The phone approved offline. Checked here alone (V is away): allowance signed by V for
   * this merchant, wallet signature, floor, counter, cap. If the check fails the online
   * approval stays queued and the cashier sees why offline was refused.
   */
  private acceptOffline(
    session: MerchantSession,
    allowance: OfflineAllowance,
    authorization: OfflineAuthorization,
  ): void {
    const identity = this.requireIdentity();
    const nowMs = this.clock.nowMs();
    const paymentId = session.request.body.paymentId;
    const check = checkOfflinePayment({
      request: session.request,
      allowance,
      authorization,
      serverPublicKey: identity.serverPublicKey,
      nowMs,
      previous: this.ledger.allowanceUse(allowance.body.allowanceId),
      suite: SIGNATURES,
    });
    if (!check.ok) {
      this.ledger.update(paymentId, { state: 'authorizing', reason: check.reason }, nowMs);
      return;
    }
    const accepted = this.ledger.acceptOffline({ request: session.request, allowance, authorization, next: check.next, nowMs });
    if (!accepted) return;
    const frame = session.acceptOffline();
    if (frame) this.hub.send(session.sessionId, frame);
    this.forget(session);
    void this.sync.kick();
  }

  /** If the phone of this payment is still connected, send it the final frame and hang up. */
  private tellPhone(paymentId: string, finalFrame: (session: MerchantSession) => Frame | null): void {
    const sessionId = this.sessionOfPayment.get(paymentId);
    const live = sessionId ? this.live.get(sessionId) : undefined;
    if (!live) return;
    const frame = finalFrame(live.session);
    if (frame) this.hub.send(live.session.sessionId, frame);
    this.forget(live.session);
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

  /** Stops the sync engine and session timers, so nothing is half-written at exit. */
  async stop(): Promise<void> {
    for (const live of this.live.values()) clearTimeout(live.timer);
    await this.sync.stop();
  }
}

/** An approval waiting in the outbox while the server is away says so, in words. */
function reasonOf(row: StoredPayment, reachable: boolean): ReasonCode | null {
  return (row.reason as ReasonCode | null) ?? (row.state === 'authorizing' && !reachable ? 'server_unreachable' : null);
}

function rowOf(row: StoredPayment, reachable: boolean): PaymentRow {
  const reason = reasonOf(row, reachable);
  return {
    paymentId: row.id,
    amountMinor: row.amountMinor,
    currency: row.currency as Currency,
    state: row.state,
    reason,
    reasonText: reason ? reasonText(reason) : null,
    reference: row.reference,
    createdAt: row.createdAt,
    settledAt: row.settledAt,
    refundedMinor: row.refundedMinor,
    voidedAt: row.voidedAt,
  };
}
