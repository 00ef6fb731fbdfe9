// Every way a payment can fail to settle, as a named code. The console shows `reasonText`
// to the cashier; machines compare the code. Never add free-text reasons.

export const REASON_CODES = [
  // The customer's wallet cannot cover the amount (balance or offline allowance).
  'insufficient_funds',
  // The OTP does not match the wallet's secret for the claimed time step.
  'otp_invalid',
  // This time step's OTP was already used by the wallet: a replay, or a reused code.
  'otp_reused',
  // The OTP's time step is outside ±2 steps (±60 s) of the server clock.
  'otp_out_of_window',
  // Too many OTP failures in a row; the wallet waits before its next try.
  'otp_throttled',
  // Five OTP failures in a row: an administrator must unlock the wallet.
  'wallet_locked',
  // The payment request's expiry passed before the server saw it.
  'request_expired',
  // The console device is not enrolled, or was revoked.
  'unknown_device',
  // The wallet is not enrolled.
  'unknown_wallet',
  // The payment request's device signature does not verify.
  'bad_device_signature',
  // The authorization's wallet signature does not verify.
  'bad_customer_signature',
  // The authorization approves a different request (amount, merchant, lines changed).
  'request_mismatch',
  // The same paymentId was already used for a different request.
  'payment_conflict',
  // The amount is outside the per-payment limits.
  'limit_exceeded',
  // The currency is not supported.
  'unsupported_currency',
  // The customer declined on the phone.
  'customer_cancelled',
  // The cashier cancelled the charge before the customer approved.
  'merchant_cancelled',
  // The pairing session or request timed out before completion.
  'session_expired',
  // A frame was malformed, replayed, reordered or altered; the session failed closed.
  'protocol_error',
  // No protocol version in common.
  'unsupported_version',
  // The server could not be reached and the outcome is still unknown.
  'server_unreachable',
  // The receipt's server signature did not verify.
  'bad_receipt',
  // Offline: the wallet has no valid allowance for this merchant (missing, expired, forged).
  'offline_allowance_invalid',
  // Offline: the allowance's count of offline payments is used up, or its counter went back.
  'offline_limit_reached',
  // The request's reference names an invoice that cannot take a payment now (unknown,
  // another merchant's, a draft, void or already paid).
  'invoice_not_payable',
  // The amount is more than what is left to pay on the invoice it names.
  'invoice_amount_exceeds_remaining',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export const REASON_TEXT: Record<ReasonCode, string> = {
  insufficient_funds: 'Not enough balance in the customer’s wallet.',
  otp_invalid: 'The one-time code was wrong. Ask the customer to try again.',
  otp_reused: 'That one-time code was already used. Ask the customer to try again.',
  otp_out_of_window: 'The phone’s clock is too far off. Ask the customer to fix the time.',
  otp_throttled: 'Too many wrong codes. The customer must wait a moment.',
  wallet_locked: 'The customer’s wallet is locked. An administrator must unlock it.',
  request_expired: 'The payment request expired. Charge again.',
  unknown_device: 'This console is not enrolled with the server.',
  unknown_wallet: 'The customer’s wallet is not registered.',
  bad_device_signature: 'The payment request failed its signature check.',
  bad_customer_signature: 'The customer’s approval failed its signature check.',
  request_mismatch: 'The approval does not match this payment (amount or merchant changed).',
  payment_conflict: 'This payment id was already used for a different payment.',
  limit_exceeded: 'The amount is above the allowed limit.',
  unsupported_currency: 'This currency is not supported.',
  customer_cancelled: 'The customer declined the payment.',
  merchant_cancelled: 'The charge was cancelled at the register.',
  session_expired: 'The customer did not approve in time.',
  protocol_error: 'The connection to the phone was interrupted or tampered with.',
  unsupported_version: 'The customer’s app is too old or too new for this console.',
  server_unreachable: 'The server cannot be reached. Nothing was charged twice; the status is being checked.',
  bad_receipt: 'The server’s receipt failed its signature check.',
  offline_allowance_invalid: 'The server is offline and this wallet has no offline allowance here.',
  offline_limit_reached: 'The server is offline and this wallet’s offline payments are used up.',
  invoice_not_payable: 'This invoice cannot be paid now (draft, void or already paid).',
  invoice_amount_exceeds_remaining: 'The amount is more than what is left to pay on the invoice.',
};

export function reasonText(code: ReasonCode): string {
  return REASON_TEXT[code];
}
