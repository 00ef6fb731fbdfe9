// Offline payments: what the console checks on its own while V is unreachable, and what
// V checks again when the console syncs. Pure, like the rest of protocol/.
//
// The console accepts an offline approval only if: V signed the allowance for this wallet,
// merchant and currency and it has not expired; the wallet signed this exact request under
// that allowance; the amount is within the per-payment floor; the counter is above every
// counter this console has seen for the allowance and within maxCount; and the running
// total stays within the cap (the amount V reserved).
import type { SignatureSuite } from './crypto.ts';
import type {
  OfflineAllowance,
  OfflineAuthorization,
  OfflineAuthorizationBody,
  PaymentRequest,
} from './messages.ts';
import type { ReasonCode } from './reasons.ts';
import { DOMAIN_TAGS, requestHash, signBody, verifyBody } from './signing.ts';

/** What one console remembers about one allowance, so that it never accepts a replay. */
export interface AllowanceUse {
  readonly lastCounter: number;
  readonly spentMinor: number;
}

export type OfflineCheck =
  | { readonly ok: true; readonly next: AllowanceUse }
  | { readonly ok: false; readonly reason: ReasonCode; readonly detail: string };

export function signOfflineAuthorization(
  body: OfflineAuthorizationBody,
  walletSecretKey: Uint8Array,
  suite?: SignatureSuite,
): OfflineAuthorization {
  return { body, signature: signBody(DOMAIN_TAGS.offlineAuthorization, body, walletSecretKey, suite) };
}

export function verifyAllowance(
  allowance: OfflineAllowance,
  serverPublicKey: string,
  suite?: SignatureSuite,
): boolean {
  return verifyBody(DOMAIN_TAGS.offlineAllowance, allowance.body, allowance.signature, serverPublicKey, suite);
}

export function checkOfflinePayment(input: {
  request: PaymentRequest;
  allowance: OfflineAllowance;
  authorization: OfflineAuthorization;
  serverPublicKey: string;
  nowMs: number;
  /** This console's (or, at V, the ledger's) record of the allowance; null if first use. */
  previous: AllowanceUse | null;
  suite?: SignatureSuite;
}): OfflineCheck {
  const { request, allowance, authorization } = input;
  const limits = allowance.body;
  const approval = authorization.body;
  const refuse = (reason: ReasonCode, detail: string): OfflineCheck => ({ ok: false, reason, detail });
  if (!verifyAllowance(allowance, input.serverPublicKey, input.suite)) {
    return refuse('offline_allowance_invalid', 'the allowance is not signed by the server');
  }
  if (limits.merchantId !== request.body.merchantId || limits.currency !== request.body.currency) {
    return refuse('offline_allowance_invalid', 'the allowance is for another merchant or currency');
  }
  if (input.nowMs > limits.expiresAt) return refuse('offline_allowance_invalid', 'the allowance expired');
  if (
    approval.allowanceId !== limits.allowanceId ||
    approval.walletId !== limits.walletId ||
    approval.paymentId !== request.body.paymentId ||
    approval.requestHash !== requestHash(request)
  ) {
    return refuse('request_mismatch', 'the offline approval is for another request or allowance');
  }
  if (
    !verifyBody(
      DOMAIN_TAGS.offlineAuthorization,
      approval,
      authorization.signature,
      limits.walletPublicKey,
      input.suite,
    )
  ) {
    return refuse('bad_customer_signature', 'the offline approval is not signed by the wallet');
  }
  const amountMinor = request.body.amountMinor;
  if (amountMinor > limits.perPaymentMaxMinor) {
    return refuse('limit_exceeded', 'the amount is above the offline per-payment floor');
  }
  const previous = input.previous ?? { lastCounter: 0, spentMinor: 0 };
  if (approval.counter <= previous.lastCounter || approval.counter > limits.maxCount) {
    return refuse('offline_limit_reached', 'the counter did not advance or passed maxCount');
  }
  const spentMinor = previous.spentMinor + amountMinor;
  // The wallet's own total can only be higher (it may have paid other consoles offline).
  if (approval.cumulativeMinor < spentMinor || approval.cumulativeMinor > limits.capMinor) {
    return refuse('insufficient_funds', 'the running total is inconsistent or above the cap');
  }
  return { ok: true, next: { lastCounter: approval.counter, spentMinor: approval.cumulativeMinor } };
}
