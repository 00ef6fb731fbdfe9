// The phone's side of the handshake as an explicit state machine. Pure, like merchant.ts.
//
//   awaiting_request --request frame--> reviewing --approve--> awaiting_receipt
//   awaiting_receipt --receipt--> settled;  reviewing | awaiting_receipt --declined--> declined
//   reviewing --cancel--> cancelled
//   awaiting_request | reviewing --expire(now) past expiresAt + skew--> expired
//   any bad frame, or a request that fails its checks --> failed
// Final states never change again. After approval the phone cannot know whether it paid
// until a receipt or decline arrives: `outcomeUnknown` tells the app to ask the server.
import { fromBase64Url, toBase64Url } from './bytes.ts';
import { type RandomSource, type SignatureSuite, x25519KeyPair } from './crypto.ts';
import { deriveChannelSecrets, type Frame, type Hello, SecureChannel } from './channel.ts';
import {
  type Authorization,
  channelMessageSchema,
  type OfflineAllowance,
  type PaymentRequest,
  PROTOCOL_VERSION,
  type Receipt,
  SUPPORTED_VERSIONS,
} from './messages.ts';
import { signOfflineAuthorization } from './offline.ts';
import { chooseOtpStep, otpForStep } from './otp.ts';
import { type Pairing, parsePairingUri } from './pairing.ts';
import type { ReasonCode } from './reasons.ts';
import {
  authorizationHash,
  requestHash,
  signAuthorization,
  verifyReceipt,
  verifyRequest,
} from './signing.ts';

export type CustomerState =
  | 'awaiting_request'
  | 'reviewing'
  | 'awaiting_receipt'
  // The console cannot reach V and asked for an offline approval.
  | 'offline_requested'
  | 'awaiting_offline_ack'
  // The console accepted the offline approval; V's receipt comes later (payments.status).
  | 'offline_accepted'
  | 'settled'
  | 'declined'
  | 'cancelled'
  | 'expired'
  | 'failed';

export const FINAL_CUSTOMER_STATES: ReadonlySet<CustomerState> = new Set([
  'offline_accepted',
  'settled',
  'declined',
  'cancelled',
  'expired',
  'failed',
]);

/** How far the phone's clock may be off when it judges a request's expiry. */
export const CUSTOMER_CLOCK_SKEW_MS = 60_000;

export interface WalletSecrets {
  readonly walletId: string;
  readonly signingSecretKey: Uint8Array;
  readonly otpSecret: Uint8Array;
}

export type CustomerStep =
  | { readonly kind: 'review'; readonly request: PaymentRequest }
  | { readonly kind: 'settled'; readonly receipt: Receipt }
  | { readonly kind: 'offline_required' }
  | { readonly kind: 'offline_accepted' }
  | { readonly kind: 'declined'; readonly reason: ReasonCode }
  | { readonly kind: 'failed'; readonly reason: ReasonCode; readonly detail: string }
  // The frame was refused and the state did not change (the session is already final).
  | { readonly kind: 'ignored'; readonly reason: ReasonCode; readonly detail: string };

/**
 * The wallet's approval of one request: a one-time code from a step not in `usedOtpSteps`,
 * signed with the request's hash. Null when every step of the window is spent. Used by the
 * session below and by an invoice link, which approves a request without a channel.
 */
export function authorizeRequest(input: {
  request: PaymentRequest;
  wallet: WalletSecrets;
  nowMs: number;
  usedOtpSteps: ReadonlySet<number>;
  suite?: SignatureSuite;
}): { authorization: Authorization; otpStep: number } | null {
  const otpStep = chooseOtpStep(input.nowMs, input.usedOtpSteps);
  if (otpStep === null) return null;
  const authorization = signAuthorization(
    {
      v: PROTOCOL_VERSION,
      paymentId: input.request.body.paymentId,
      requestHash: requestHash(input.request),
      walletId: input.wallet.walletId,
      otp: otpForStep(input.wallet.otpSecret, otpStep),
      otpStep,
      issuedAt: input.nowMs,
    },
    input.wallet.signingSecretKey,
    input.suite,
  );
  return { authorization, otpStep };
}

/**
 * Whether a receipt answers this request and the authorization this wallet sent (its
 * signature is checked separately, with verifyReceipt).
 */
export function receiptAnswers(
  receipt: Receipt,
  request: PaymentRequest,
  sent: { authorizationHash: string | null; walletId: string | null },
): boolean {
  const body = receipt.body;
  return (
    body.paymentId === request.body.paymentId &&
    body.requestHash === requestHash(request) &&
    body.authorizationHash === sent.authorizationHash &&
    body.walletId === sent.walletId &&
    body.amountMinor === request.body.amountMinor &&
    body.currency === request.body.currency &&
    body.merchantId === request.body.merchantId
  );
}

export class CustomerSession {
  private stateValue: CustomerState = 'awaiting_request';
  private request: PaymentRequest | null = null;
  private sentAuthorizationHash: string | null = null;
  private sentWalletId: string | null = null;
  private endReason: ReasonCode | null = null;
  readonly hello: Hello;

  private constructor(
    readonly pairing: Pairing,
    private readonly channel: SecureChannel,
    customerKey: string,
    private readonly serverPublicKey: string,
    private readonly suite?: SignatureSuite,
  ) {
    this.hello = {
      type: 'hello',
      sid: pairing.sessionId,
      versions: [...SUPPORTED_VERSIONS],
      key: customerKey,
    };
  }

  /** Parses the scanned QR and prepares the hello; throws PairingUriError on a bad QR. */
  static fromPairingUri(input: {
    uri: string;
    serverPublicKey: string;
    nowMs: number;
    random: RandomSource;
    suite?: SignatureSuite;
  }): CustomerSession {
    const pairing = parsePairingUri(input.uri);
    if (!pairing.versions.includes(PROTOCOL_VERSION)) {
      throw new RangeError('the console speaks no protocol version this wallet knows');
    }
    if (input.nowMs > pairing.expiresAt + CUSTOMER_CLOCK_SKEW_MS) {
      throw new RangeError('this payment QR code has expired');
    }
    const ephemeral = x25519KeyPair(input.random);
    const secrets = deriveChannelSecrets({
      sessionId: pairing.sessionId,
      ownSecretKey: ephemeral.secretKey,
      merchantKey: fromBase64Url(pairing.merchantKey),
      customerKey: ephemeral.publicKey,
      role: 'customer',
    });
    const channel = new SecureChannel(pairing.sessionId, secrets, 'customer');
    return new CustomerSession(
      pairing,
      channel,
      toBase64Url(ephemeral.publicKey),
      input.serverPublicKey,
      input.suite,
    );
  }

  get state(): CustomerState {
    return this.stateValue;
  }

  get reason(): ReasonCode | null {
    return this.endReason;
  }

  get pendingRequest(): PaymentRequest | null {
    return this.request;
  }

  get isFinal(): boolean {
    return FINAL_CUSTOMER_STATES.has(this.stateValue);
  }

  /**
   * True when an authorization left the phone but no receipt or decline came back: the
   * payment may have settled. The app must ask the server (payments.status) and must not
   * offer to pay this request again.
   */
  get outcomeUnknown(): boolean {
    return (
      this.sentAuthorizationHash !== null &&
      this.stateValue !== 'settled' &&
      this.stateValue !== 'declined'
    );
  }

  /**
   * Ends a session whose QR code or request expired before the person approved, judged with
   * CUSTOMER_CLOCK_SKEW_MS of tolerance for the phone's clock. After approval only the server
   * decides, so awaiting_receipt never expires here.
   */
  expire(nowMs: number): boolean {
    if (this.stateValue === 'expired') return true;
    if (this.stateValue !== 'awaiting_request' && this.stateValue !== 'reviewing') return false;
    const expiresAt = this.request?.body.expiresAt ?? this.pairing.expiresAt;
    if (nowMs <= expiresAt + CUSTOMER_CLOCK_SKEW_MS) return false;
    this.finish('expired', 'session_expired');
    return true;
  }

  /** An encrypted frame from the console. */
  onFrame(untrusted: unknown, nowMs: number): CustomerStep {
    if (this.isFinal) {
      return { kind: 'ignored', reason: 'protocol_error', detail: `session ${this.stateValue}` };
    }
    const opened = this.channel.open(untrusted);
    if (!opened.ok) return this.fail('protocol_error', opened.why);
    const message = channelMessageSchema.safeParse(opened.message);
    if (!message.success) return this.fail('protocol_error', 'malformed message');
    const data = message.data;
    if (data.type === 'request' && this.stateValue === 'awaiting_request') {
      return this.onRequest(data.request, nowMs);
    }
    // V may answer the online approval even after the console asked for an offline one.
    const awaitingAnswer =
      this.stateValue === 'awaiting_receipt' ||
      this.stateValue === 'offline_requested' ||
      this.stateValue === 'awaiting_offline_ack';
    if (data.type === 'receipt' && awaitingAnswer) {
      return this.onReceipt(data.receipt);
    }
    if (data.type === 'offline_required' && this.stateValue === 'awaiting_receipt') {
      if (data.paymentId !== this.request?.body.paymentId) {
        return this.fail('protocol_error', 'offline request for another payment');
      }
      this.stateValue = 'offline_requested';
      return { kind: 'offline_required' };
    }
    if (data.type === 'offline_accepted' && this.stateValue === 'awaiting_offline_ack') {
      if (data.paymentId !== this.request?.body.paymentId) {
        return this.fail('protocol_error', 'offline acceptance for another payment');
      }
      this.stateValue = 'offline_accepted';
      return { kind: 'offline_accepted' };
    }
    // The console may decline while the person is still looking (the cashier cancelled).
    const canDecline =
      this.stateValue === 'awaiting_receipt' ||
      this.stateValue === 'reviewing' ||
      this.stateValue === 'awaiting_offline_ack';
    if (data.type === 'declined' && canDecline) {
      if (data.paymentId !== this.request?.body.paymentId) {
        return this.fail('protocol_error', 'decline for another payment');
      }
      this.finish('declined', data.reason);
      return { kind: 'declined', reason: data.reason };
    }
    return this.fail('protocol_error', `unexpected ${data.type} in state ${this.stateValue}`);
  }

  /**
   * The person approved: sign an authorization bound to this exact request. `usedOtpSteps`
   * are the steps this wallet already spent; the caller records the returned step.
   */
  approve(input: {
    wallet: WalletSecrets;
    nowMs: number;
    usedOtpSteps: ReadonlySet<number>;
  }): { frame: Frame; otpStep: number } {
    if (this.expire(input.nowMs)) throw new RangeError('the payment request has expired');
    if (this.stateValue !== 'reviewing' || !this.request) {
      throw new Error(`cannot approve in state ${this.stateValue}`);
    }
    const approval = authorizeRequest({ ...input, request: this.request, suite: this.suite });
    if (!approval) throw new RangeError('all one-time codes of this minute are used');
    const { authorization, otpStep } = approval;
    this.sentAuthorizationHash = authorizationHash(authorization);
    this.sentWalletId = input.wallet.walletId;
    this.stateValue = 'awaiting_receipt';
    return { frame: this.channel.seal({ type: 'authorization', authorization }), otpStep };
  }

  /**
   * The console is offline: approve the same request against the wallet's allowance. The
   * caller keeps the allowance's counter and running total and passes the next values.
   */
  approveOffline(input: {
    allowance: OfflineAllowance;
    walletId: string;
    signingSecretKey: Uint8Array;
    counter: number;
    cumulativeMinor: number;
    nowMs: number;
  }): Frame {
    if (this.stateValue !== 'offline_requested' || !this.request) {
      throw new Error(`cannot approve offline in state ${this.stateValue}`);
    }
    const authorization = signOfflineAuthorization(
      {
        v: PROTOCOL_VERSION,
        paymentId: this.request.body.paymentId,
        requestHash: requestHash(this.request),
        walletId: input.walletId,
        allowanceId: input.allowance.body.allowanceId,
        counter: input.counter,
        cumulativeMinor: input.cumulativeMinor,
        issuedAt: input.nowMs,
      },
      input.signingSecretKey,
      this.suite,
    );
    this.stateValue = 'awaiting_offline_ack';
    return this.channel.seal({ type: 'offline_authorization', allowance: input.allowance, authorization });
  }

  /** The person declined. */
  cancel(): Frame {
    if (this.stateValue !== 'reviewing') throw new Error(`cannot cancel in ${this.stateValue}`);
    this.finish('cancelled', 'customer_cancelled');
    return this.channel.seal({ type: 'cancel' });
  }

  private onRequest(request: PaymentRequest, nowMs: number): CustomerStep {
    const body = request.body;
    if (body.sessionId !== this.pairing.sessionId || body.expiresAt !== this.pairing.expiresAt) {
      return this.fail('protocol_error', 'request does not belong to this QR code');
    }
    if (!verifyRequest(request, this.serverPublicKey, this.suite)) {
      return this.fail('bad_device_signature', 'request or device certificate does not verify');
    }
    if (nowMs > body.expiresAt + CUSTOMER_CLOCK_SKEW_MS) {
      this.finish('expired', 'session_expired');
      return { kind: 'failed', reason: 'session_expired', detail: 'request expired' };
    }
    this.request = request;
    this.stateValue = 'reviewing';
    return { kind: 'review', request };
  }

  private onReceipt(receipt: Receipt): CustomerStep {
    const request = this.request;
    const matches =
      request !== null &&
      receiptAnswers(receipt, request, {
        authorizationHash: this.sentAuthorizationHash,
        walletId: this.sentWalletId,
      });
    if (!matches || !verifyReceipt(receipt, this.serverPublicKey, this.suite)) {
      return this.fail('bad_receipt', 'receipt does not match or does not verify');
    }
    this.finish('settled', null);
    return { kind: 'settled', receipt };
  }

  private fail(reason: ReasonCode, detail: string): CustomerStep {
    this.finish('failed', reason);
    return { kind: 'failed', reason, detail };
  }

  private finish(state: CustomerState, reason: ReasonCode | null): void {
    this.stateValue = state;
    this.endReason = reason;
  }
}
