// Paying an invoice from its link: what the phone does after the student opens
// `hspos://invoice?server=…&token=…`. The link only says where to ask; everything the
// student approves is checked here as at the register: V's certificate of the console,
// the console's signature over the request, that the request is for this invoice's
// remaining amount, and after paying, V's signature over the receipt.
import { TRPCClientError } from '@trpc/client';
import {
  authorizationHash,
  authorizeRequest,
  CUSTOMER_CLOCK_SKEW_MS,
  fromBase64Url,
  isStepExpired,
  type PaymentRequest,
  type ReasonCode,
  type Receipt,
  receiptAnswers,
  verifyReceipt,
  verifyRequest,
} from '../protocol/index.ts';
import { invoiceReference, parseInvoiceLink } from '../protocol/invoice-link.ts';
import type { WalletFile, WalletRuntime } from './client.ts';
import { serverClient, type ServerClient } from './server-client.ts';

type OpenAnswer = Awaited<ReturnType<ServerClient['invoices']['open']['mutate']>>;
export type OpenedInvoice = OpenAnswer['invoice'];

export type InvoicePayResult =
  | { readonly status: 'settled'; readonly receipt: Receipt; readonly invoice: OpenedInvoice }
  | { readonly status: 'declined'; readonly reason: ReasonCode }
  | { readonly status: 'failed'; readonly reason: ReasonCode; readonly detail: string };

export interface InvoicePayOptions {
  /** The person sees the invoice and the request and says yes or no. Default: yes. */
  readonly approve?: (
    invoice: OpenedInvoice,
    request: PaymentRequest,
  ) => boolean | Promise<boolean>;
  /** Called with the wallet's new state before the approval leaves (persist it). */
  readonly onWalletChange?: (wallet: WalletFile) => void;
}

const failed = (reason: ReasonCode, detail: string): InvoicePayResult => ({
  status: 'failed',
  reason,
  detail,
});

/** Why this request must not be approved for this invoice, or null when it may. */
export function requestProblem(
  wallet: WalletFile,
  invoice: OpenedInvoice,
  request: PaymentRequest,
  nowMs: number,
): InvoicePayResult | null {
  if (!verifyRequest(request, wallet.serverPublicKey)) {
    return failed('bad_device_signature', 'the request is not signed by an enrolled console');
  }
  const body = request.body;
  if (
    body.reference !== invoiceReference(invoice.invoiceId) ||
    body.amountMinor !== invoice.remainingMinor ||
    body.currency !== invoice.currency
  ) {
    return failed('request_mismatch', 'the signed request is not for what is left on this invoice');
  }
  if (nowMs > body.expiresAt + CUSTOMER_CLOCK_SKEW_MS) {
    return failed('session_expired', 'the invoice’s request expired; ask for a new link');
  }
  return null;
}

/** Opens the link, checks, asks the person, approves with a fresh OTP, verifies the receipt. */
export async function payInvoice(
  wallet: WalletFile,
  link: string,
  runtime: WalletRuntime,
  options: InvoicePayOptions = {},
): Promise<InvoicePayResult> {
  // The link's server URL is only a route (the console may reach the server by another
  // address than the phone): trust comes from the server key this wallet enrolled with,
  // which must have certified the console that signed the request, and signs the receipt.
  const { serverUrl, token } = parseInvoiceLink(link);
  const client = serverClient(serverUrl);
  const { invoice, request } = await client.invoices.open.mutate({ token });
  if (!request) {
    const why = `nothing to pay now (${invoice.status}); ask the tutor to refresh the link`;
    return failed('invoice_not_payable', why);
  }
  const problem = requestProblem(wallet, invoice, request, runtime.nowMs());
  if (problem) return problem;
  const approved = options.approve ? await options.approve(invoice, request) : true;
  if (!approved) return { status: 'declined', reason: 'customer_cancelled' };
  const nowMs = runtime.nowMs();
  const used = new Set(wallet.usedOtpSteps.filter((step) => !isStepExpired(step, nowMs)));
  const approval = authorizeRequest({
    request,
    wallet: {
      walletId: wallet.walletId,
      signingSecretKey: fromBase64Url(wallet.signingSecretKey),
      otpSecret: fromBase64Url(wallet.otpSecret),
    },
    nowMs,
    usedOtpSteps: used,
  });
  if (!approval) {
    return failed('otp_reused', 'all one-time codes of this minute are used; try again soon');
  }
  const { authorization, otpStep } = approval;
  // The spent step is remembered before the code leaves the device.
  wallet.usedOtpSteps = [...used, otpStep].slice(-16);
  options.onWalletChange?.(wallet);
  const outcome = await sendApproval(client, token, authorization);
  if (!outcome) return failed('server_unreachable', 'no answer from the server; status unknown');
  if (outcome.status === 'declined') return { status: 'declined', reason: outcome.reason };
  const receipt = outcome.receipt;
  const genuine =
    verifyReceipt(receipt, wallet.serverPublicKey) &&
    receiptAnswers(receipt, request, {
      authorizationHash: authorizationHash(authorization),
      walletId: wallet.walletId,
    });
  if (!genuine) return failed('bad_receipt', 'the server’s receipt does not verify');
  return { status: 'settled', receipt, invoice };
}

/** After a lost answer, the phone asks this many times; it never approves again. */
const STATUS_ATTEMPTS = 5;
const STATUS_INTERVAL_MS = 500;

type Outcome = { status: 'settled'; receipt: Receipt } | { status: 'declined'; reason: ReasonCode };

/** Sends the approval; a lost answer is asked for by paymentId, a bounded number of times. */
async function sendApproval(
  client: ServerClient,
  token: string,
  authorization: Parameters<ServerClient['invoices']['pay']['mutate']>[0]['authorization'],
): Promise<Outcome | null> {
  try {
    return await client.invoices.pay.mutate({ token, authorization });
  } catch (error) {
    // The server answered with an error: no payment was recorded for this approval.
    if (error instanceof TRPCClientError && error.data) throw error;
  }
  for (let attempt = 0; attempt < STATUS_ATTEMPTS; attempt++) {
    const status = await client.payments.status
      .query({ paymentId: authorization.body.paymentId })
      .catch(() => null);
    if (status && status.status !== 'unknown') return status;
    await new Promise((resolve) => setTimeout(resolve, STATUS_INTERVAL_MS));
  }
  return null;
}
