// The console's side of the handshake as an explicit state machine. Pure: the caller passes
// the clock and the random source, carries frames over its transport, and calls the server.
//
//   awaiting_customer --hello--> awaiting_approval --authorization--> authorizing
//   awaiting_approval --cancel frame--> declined (customer_cancelled)
//   authorizing --settle--> settled | --decline--> declined
//   awaiting_customer | awaiting_approval --expire(now)--> expired
//   awaiting_approval --bad frame--> failed (protocol_error)
// Final states never change again. Once the authorization is handed to the server only the
// server's answer (settle/decline) moves the payment: a frame that arrives while authorizing
// closes the channel but cannot make a payment that may have settled look failed.
import { fromBase64Url, toBase64Url } from './bytes.ts';
import { type RandomSource, type SignatureSuite, x25519KeyPair } from './crypto.ts';
import { deriveChannelSecrets, helloSchema, type Frame, SecureChannel } from './channel.ts';
import {
  type ChannelMessage,
  channelMessageSchema,
  type Authorization,
  type Currency,
  type DeviceCertificate,
  type Line,
  type PaymentRequest,
  paymentRequestSchema,
  PROTOCOL_VERSION,
  type OfflineAllowance,
  type OfflineAuthorization,
  type Receipt,
  SUPPORTED_VERSIONS,
} from './messages.ts';
import { formatPairingUri, PAIRING_TTL_MS } from './pairing.ts';
import type { ReasonCode } from './reasons.ts';
import { authorizationHash, DOMAIN_TAGS, requestHash, signBody } from './signing.ts';

export type MerchantState =
  | 'awaiting_customer'
  | 'awaiting_approval'
  | 'authorizing'
  // V is unreachable: the phone was asked for an offline approval.
  | 'awaiting_offline'
  // The console accepted an offline approval; V settles it when the console syncs.
  | 'offline_accepted'
  | 'settled'
  | 'declined'
  | 'expired'
  | 'failed';

export const FINAL_MERCHANT_STATES: ReadonlySet<MerchantState> = new Set([
  'offline_accepted',
  'settled',
  'declined',
  'expired',
  'failed',
]);

export interface ChargeDetails {
  readonly paymentId: string;
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly lines: readonly Line[];
  readonly reference: string;
}

export interface MerchantIdentity {
  readonly deviceSecretKey: Uint8Array;
  readonly certificate: DeviceCertificate;
}

export type MerchantStep =
  | { readonly kind: 'send'; readonly frame: Frame }
  | { readonly kind: 'authorize'; readonly authorization: Authorization }
  | {
      readonly kind: 'offline';
      readonly allowance: OfflineAllowance;
      readonly authorization: OfflineAuthorization;
    }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly reason: ReasonCode; readonly detail: string }
  // The frame was refused and the payment's state did not change (no channel yet, the
  // server is deciding, or the payment is already final). Nothing for the caller to do.
  | { readonly kind: 'ignored'; readonly reason: ReasonCode; readonly detail: string };

export class MerchantSession {
  private stateValue: MerchantState = 'awaiting_customer';
  private channel: SecureChannel | null = null;
  private endReason: ReasonCode | null = null;
  private receivedAuthorizationHash: string | null = null;
  private receivedWalletId: string | null = null;
  readonly request: PaymentRequest;
  readonly requestHash: string;
  readonly pairingUri: string;

  private constructor(
    readonly sessionId: string,
    private readonly ephemeralSecretKey: Uint8Array,
    readonly merchantKey: string,
    request: PaymentRequest,
    hubUrl: string,
  ) {
    this.request = request;
    this.requestHash = requestHash(request);
    this.pairingUri = formatPairingUri({
      versions: [...SUPPORTED_VERSIONS],
      hubUrl,
      sessionId,
      merchantKey,
      expiresAt: request.body.expiresAt,
    });
  }

  /** Makes the ephemeral key and session id and signs the request; nothing is sent yet. */
  static open(input: {
    charge: ChargeDetails;
    identity: MerchantIdentity;
    hubUrl: string;
    nowMs: number;
    random: RandomSource;
    ttlMs?: number;
    suite?: SignatureSuite;
  }): MerchantSession {
    const ephemeral = x25519KeyPair(input.random);
    const sessionId = toBase64Url(input.random(16));
    const { certificate } = input.identity;
    const body = {
      v: PROTOCOL_VERSION,
      paymentId: input.charge.paymentId,
      sessionId,
      merchantId: certificate.body.merchantId,
      merchantName: certificate.body.merchantName,
      deviceId: certificate.body.deviceId,
      amountMinor: input.charge.amountMinor,
      currency: input.charge.currency,
      lines: [...input.charge.lines],
      reference: input.charge.reference,
      createdAt: input.nowMs,
      expiresAt: input.nowMs + (input.ttlMs ?? PAIRING_TTL_MS),
    } as const;
    const signature = signBody(
      DOMAIN_TAGS.paymentRequest,
      body,
      input.identity.deviceSecretKey,
      input.suite,
    );
    // Parsing our own request proves it satisfies the schema the phone and server apply.
    const request = paymentRequestSchema.parse({ body, signature, certificate });
    return new MerchantSession(
      sessionId,
      ephemeral.secretKey,
      toBase64Url(ephemeral.publicKey),
      request,
      input.hubUrl,
    );
  }

  get state(): MerchantState {
    return this.stateValue;
  }

  get reason(): ReasonCode | null {
    return this.endReason;
  }

  get isFinal(): boolean {
    return FINAL_MERCHANT_STATES.has(this.stateValue);
  }

  /** A phone said hello: derive the channel and answer with the encrypted request. */
  onHello(untrusted: unknown, nowMs: number): MerchantStep {
    if (this.expire(nowMs)) return this.failedStep('session_expired', 'pairing expired');
    if (this.stateValue !== 'awaiting_customer') {
      return { kind: 'failed', reason: 'protocol_error', detail: 'session already paired' };
    }
    const hello = helloSchema.safeParse(untrusted);
    if (!hello.success || hello.data.sid !== this.sessionId) {
      return { kind: 'failed', reason: 'protocol_error', detail: 'malformed hello' };
    }
    if (!hello.data.versions.includes(PROTOCOL_VERSION)) {
      return { kind: 'failed', reason: 'unsupported_version', detail: 'no common version' };
    }
    let secrets;
    try {
      secrets = deriveChannelSecrets({
        sessionId: this.sessionId,
        ownSecretKey: this.ephemeralSecretKey,
        merchantKey: fromBase64Url(this.merchantKey),
        customerKey: fromBase64Url(hello.data.key),
        role: 'merchant',
      });
    } catch {
      return { kind: 'failed', reason: 'protocol_error', detail: 'bad customer key' };
    }
    this.channel = new SecureChannel(this.sessionId, secrets, 'merchant');
    this.stateValue = 'awaiting_approval';
    return { kind: 'send', frame: this.channel.seal({ type: 'request', request: this.request }) };
  }

  /** An encrypted frame from the phone. */
  onFrame(untrusted: unknown, nowMs: number): MerchantStep {
    if (this.expire(nowMs)) return this.failedStep('session_expired', 'request expired');
    if (this.stateValue === 'authorizing' && this.channel) {
      // The phone has nothing more to say; whatever this is, the channel is done with.
      const opened = this.channel.open(untrusted);
      this.channel.close(opened.ok ? 'unexpected frame while authorizing' : opened.why);
      return this.ignored('frame while the server decides');
    }
    if (this.stateValue === 'awaiting_offline' && this.channel) return this.onOfflineFrame(untrusted);
    if (this.stateValue !== 'awaiting_approval' || !this.channel) {
      return this.ignored(`unexpected frame in state ${this.stateValue}`);
    }
    const message = this.openCustomerMessage(untrusted, 'authorization');
    if (!('type' in message)) return message;
    const { authorization } = message;
    if (
      authorization.body.paymentId !== this.request.body.paymentId ||
      authorization.body.requestHash !== this.requestHash
    ) {
      return this.fail('request_mismatch', 'authorization is for another request');
    }
    this.stateValue = 'authorizing';
    this.receivedAuthorizationHash = authorizationHash(authorization);
    this.receivedWalletId = authorization.body.walletId;
    return { kind: 'authorize', authorization };
  }

  /**
   * The server settled: seal the receipt for the phone (null when no channel is left to
   * carry it; the phone then asks the server). A receipt for another payment is a caller
   * bug and throws: it must never be recorded or forwarded as this payment's.
   */
  settle(receipt: Receipt): Frame | null {
    // While the phone was asked for an offline approval, V may still answer the online one.
    if (this.stateValue !== 'authorizing' && this.stateValue !== 'awaiting_offline') return null;
    const body = receipt.body;
    if (
      body.paymentId !== this.request.body.paymentId ||
      body.requestHash !== this.requestHash ||
      body.authorizationHash !== this.receivedAuthorizationHash ||
      body.walletId !== this.receivedWalletId ||
      body.amountMinor !== this.request.body.amountMinor ||
      body.currency !== this.request.body.currency
    ) {
      throw new RangeError('receipt does not belong to this payment');
    }
    this.stateValue = 'settled';
    const channel = this.channel;
    if (!channel || channel.failure) return null;
    return channel.seal({ type: 'receipt', receipt });
  }

  /**
   * V did not answer: ask the phone for an offline approval of the same request. The online
   * authorization may still reach V; both carry this paymentId, which V settles only once.
   */
  requireOffline(): Frame | null {
    if (this.stateValue !== 'authorizing' || !this.channel || this.channel.failure) return null;
    this.stateValue = 'awaiting_offline';
    return this.channel.seal({ type: 'offline_required', paymentId: this.request.body.paymentId });
  }

  /** The console checked the offline approval (checkOfflinePayment) and recorded it. */
  acceptOffline(): Frame | null {
    if (this.stateValue !== 'awaiting_offline') return null;
    this.stateValue = 'offline_accepted';
    const channel = this.channel;
    if (!channel || channel.failure) return null;
    return channel.seal({ type: 'offline_accepted', paymentId: this.request.body.paymentId });
  }

  /**
   * Opens a frame from the phone and expects `expected` or a cancel. Anything else fails the
   * session; a cancel ends it as declined. Returns the message, or the step to answer with.
   */
  private openCustomerMessage<TType extends 'authorization' | 'offline_authorization'>(
    untrusted: unknown,
    expected: TType,
  ): Extract<ChannelMessage, { type: TType }> | MerchantStep {
    const opened = this.channel!.open(untrusted);
    if (!opened.ok) return this.fail('protocol_error', opened.why);
    const message = channelMessageSchema.safeParse(opened.message);
    if (!message.success) return this.fail('protocol_error', 'malformed message');
    if (message.data.type === 'cancel') {
      this.finish('declined', 'customer_cancelled');
      return { kind: 'cancelled' };
    }
    if (message.data.type !== expected) {
      return this.fail('protocol_error', `unexpected ${message.data.type} from customer`);
    }
    return message.data as Extract<ChannelMessage, { type: TType }>;
  }

  private onOfflineFrame(untrusted: unknown): MerchantStep {
    const message = this.openCustomerMessage(untrusted, 'offline_authorization');
    if (!('type' in message)) return message;
    const { allowance, authorization } = message;
    if (authorization.body.paymentId !== this.request.body.paymentId || authorization.body.requestHash !== this.requestHash) {
      return this.fail('request_mismatch', 'offline approval is for another request');
    }
    return { kind: 'offline', allowance, authorization };
  }

  /** The payment did not settle: tell the phone why, if a channel exists. */
  decline(reason: ReasonCode): Frame | null {
    if (this.isFinal) return null;
    const channel = this.channel;
    this.finish('declined', reason);
    if (!channel || channel.failure) return null;
    return channel.seal({ type: 'declined', paymentId: this.request.body.paymentId, reason });
  }

  /**
   * Ends the session when its request expired. While authorizing the server decides (the
   * request may have reached it in time), so expiry never overrides that state.
   */
  expire(nowMs: number): boolean {
    if (this.isFinal || this.stateValue === 'authorizing') return this.stateValue === 'expired';
    if (nowMs < this.request.body.expiresAt) return false;
    this.finish('expired', 'session_expired');
    return true;
  }

  private fail(reason: ReasonCode, detail: string): MerchantStep {
    this.finish('failed', reason);
    return { kind: 'failed', reason, detail };
  }

  private ignored(detail: string): MerchantStep {
    return { kind: 'ignored', reason: 'protocol_error', detail };
  }

  private failedStep(reason: ReasonCode, detail: string): MerchantStep {
    return { kind: 'failed', reason, detail };
  }

  private finish(state: MerchantState, reason: ReasonCode): void {
    this.stateValue = state;
    this.endReason = reason;
  }
}
