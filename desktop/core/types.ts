// What the console core answers the renderer. Plain data: it crosses IPC and HTTP as JSON.
import type { Currency, Line, MerchantState, ReasonCode } from '../../protocol/index.ts';

export type ConsoleInfo = EnrolledConsoleInfo | UnenrolledConsoleInfo;

/** Before enrollment the console can do one thing: enroll with an administrator's code. */
export interface UnenrolledConsoleInfo {
  readonly enrolled: false;
  readonly serverUrl: string;
  readonly serverReachable: boolean;
}

export interface EnrolledConsoleInfo {
  readonly enrolled: true;
  readonly merchantId: string;
  readonly merchantName: string;
  readonly deviceId: string;
  readonly currency: Currency;
  readonly serverUrl: string;
  /** Whether the last call to the server got an answer. */
  readonly serverReachable: boolean;
}

export interface ChargeCreated {
  readonly paymentId: string;
  /** The QR code's contents (hspos://pay?...). */
  readonly pairingUri: string;
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly expiresAt: number;
}

/** The merchant state machine's states, plus a payment approved offline awaiting sync. */
export type ConsolePaymentState = MerchantState | 'offline_pending';

/** A charge's life: the merchant state machine's state, plus the outcome once final. */
export interface ChargeStatus {
  readonly paymentId: string;
  /** What was sold (empty for a free amount): the receipt lists them. */
  readonly lines: readonly Line[];
  readonly state: ConsolePaymentState;
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly expiresAt: number;
  readonly reason: ReasonCode | null;
  /** The reason in plain words for the cashier. */
  readonly reasonText: string | null;
  readonly receipt: {
    readonly transactionId: string;
    readonly walletId: string;
    readonly settledAt: number;
  } | null;
}

export interface PaymentRow {
  readonly paymentId: string;
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly state: ConsolePaymentState;
  readonly reason: ReasonCode | null;
  readonly reasonText: string | null;
  readonly reference: string;
  readonly createdAt: number;
  readonly settledAt: number | null;
  /** Refunded so far, as pulled from the server. */
  readonly refundedMinor: number;
  readonly voidedAt: number | null;
}
