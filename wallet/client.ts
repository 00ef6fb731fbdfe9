// The customer's side as a headless client: what the phone does, without a screen. Used by
// the CLI, tests, the demo and load tests. It speaks only through protocol/.
import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';
import {
  CustomerSession,
  type CustomerStep,
  ed25519KeyPair,
  fromBase64Url,
  idSchema,
  isStepExpired,
  offlineAllowanceSchema,
  signWalletCall,
  verifyAllowance,
  type Currency,
  type PaymentRequest,
  publicKeySchema,
  type RandomSource,
  type ReasonCode,
  type Receipt,
  requestHash,
  toBase64Url,
  verifyReceipt,
} from '../protocol/index.ts';
import { serverClient } from './server-client.ts';

/** What a wallet keeps on its device. The secrets never leave it except to sign. */
export const walletFileSchema = z.strictObject({
  version: z.literal(1),
  serverUrl: z.string().url(),
  serverPublicKey: publicKeySchema,
  walletId: idSchema,
  signingSecretKey: z.string().min(43).max(43),
  otpSecret: z.string().min(27).max(27),
  /** OTP steps this wallet has spent, so it never offers the same code twice. */
  usedOtpSteps: z.array(z.number().int().nonnegative()).max(64),
  /** The current offline allowance and how much of it this phone has spent. */
  offline: z
    .strictObject({
      allowance: offlineAllowanceSchema,
      lastCounter: z.number().int().nonnegative(),
      spentMinor: z.number().int().nonnegative(),
    })
    .nullable()
    .default(null),
});
export type WalletFile = z.infer<typeof walletFileSchema>;

export type PayResult =
  | { readonly status: 'settled'; readonly receipt: Receipt; readonly request: PaymentRequest }
  | { readonly status: 'declined'; readonly reason: ReasonCode }
  // Accepted offline by the console; V's receipt comes when the console syncs.
  | { readonly status: 'offline_pending'; readonly request: PaymentRequest }
  | { readonly status: 'failed'; readonly reason: ReasonCode; readonly detail: string };

/** After an unknown outcome, the phone asks the server this often, this many times. */
const STATUS_ATTEMPTS = 8;
const STATUS_INTERVAL_MS = 500;

export interface WalletRuntime {
  readonly nowMs: () => number;
  readonly random: RandomSource;
}

/** Enrolls a new wallet with the server: a fresh key here, the OTP secret from there. */
export async function enrollWallet(serverUrl: string, runtime: WalletRuntime): Promise<WalletFile> {
  const client = serverClient(serverUrl);
  const keys = ed25519KeyPair(runtime.random);
  const enrolled = await client.wallets.enroll.mutate({ publicKey: toBase64Url(keys.publicKey) });
  return {
    version: 1,
    offline: null,
    serverUrl,
    serverPublicKey: enrolled.serverPublicKey,
    walletId: enrolled.walletId,
    signingSecretKey: toBase64Url(keys.secretKey),
    otpSecret: enrolled.otpSecret,
    usedOtpSteps: [],
  };
}

/**
 * Asks the server for an offline allowance at a merchant (a signed call): the server
 * reserves its cap from the balance. Kept in the wallet so it can pay while a console's
 * internet is down. An allowance still valid is returned as it is.
 */
export async function requestAllowance(
  wallet: WalletFile,
  input: { merchantId: string; currency: Currency },
  runtime: WalletRuntime,
): Promise<WalletFile> {
  const client = serverClient(wallet.serverUrl);
  const call = signWalletCall({
    path: 'wallets.requestAllowance',
    walletId: wallet.walletId,
    payload: input,
    secretKey: fromBase64Url(wallet.signingSecretKey),
    nowMs: runtime.nowMs(),
    random: runtime.random,
  });
  const { allowance } = await client.wallets.requestAllowance.mutate(call);
  if (!verifyAllowance(allowance, wallet.serverPublicKey) || allowance.body.walletId !== wallet.walletId) {
    throw new Error('the server’s allowance does not verify');
  }
  const same = wallet.offline?.allowance.body.allowanceId === allowance.body.allowanceId;
  return { ...wallet, offline: same ? wallet.offline : { allowance, lastCounter: 0, spentMinor: 0 } };
}

export interface PayOptions {
  /** The person looks at the request and says yes or no. Default: yes. */
  readonly approve?: (request: PaymentRequest) => boolean | Promise<boolean>;
  /** Called with the wallet's new state before the approval is sent (persist it). */
  readonly onWalletChange?: (wallet: WalletFile) => void;
  /** Gives up after this long without a final answer. */
  readonly timeoutMs?: number;
  /** After an unknown outcome, how many status queries (default STATUS_ATTEMPTS). */
  readonly statusAttempts?: number;
}

/** Pays one pairing URI: hello → review → approve → receipt (verified) or decline. */
export async function pay(
  wallet: WalletFile,
  pairingUri: string,
  runtime: WalletRuntime,
  options: PayOptions = {},
): Promise<PayResult> {
  const session = CustomerSession.fromPairingUri({
    uri: pairingUri,
    serverPublicKey: wallet.serverPublicKey,
    nowMs: runtime.nowMs(),
    random: runtime.random,
  });
  const socket = io(session.pairing.hubUrl, {
    transports: ['websocket'],
    reconnection: false,
    timeout: 5_000,
  });
  try {
    const result = await new Promise<PayResult>((resolve) => {
      const timer = setTimeout(
        () => resolve({ status: 'failed', reason: 'session_expired', detail: 'no answer in time' }),
        options.timeoutMs ?? 60_000,
      );
      const finish = (result: PayResult) => {
        clearTimeout(timer);
        resolve(result);
      };
      runExchange(socket, session, wallet, runtime, options, finish);
    });
    // Approved but no answer (the console died or the network broke): ask the server, a
    // bounded number of times — never approve again.
    if (result.status === 'failed' && session.outcomeUnknown) {
      return await askServer(wallet, session, result, options.statusAttempts ?? STATUS_ATTEMPTS);
    }
    return result;
  } finally {
    socket.disconnect();
  }
}

/** Status queries after an unknown outcome; a settled receipt is verified like any other. */
async function askServer(
  wallet: WalletFile,
  session: CustomerSession,
  fallback: PayResult,
  attempts: number,
): Promise<PayResult> {
  const request = session.pendingRequest;
  if (!request) return fallback;
  const client = serverClient(wallet.serverUrl);
  for (let attempt = 0; attempt < attempts; attempt++) {
    const status = await client.payments.status.query({ paymentId: request.body.paymentId }).catch(() => null);
    if (status?.status === 'declined') return { status: 'declined', reason: status.reason };
    if (status?.status === 'settled') {
      const body = status.receipt.body;
      const genuine =
        verifyReceipt(status.receipt, wallet.serverPublicKey) &&
        body.requestHash === requestHash(request) &&
        body.walletId === wallet.walletId;
      if (genuine) return { status: 'settled', receipt: status.receipt, request };
      return { status: 'failed', reason: 'bad_receipt', detail: 'the server’s receipt does not verify' };
    }
    await new Promise((resolve) => setTimeout(resolve, STATUS_INTERVAL_MS));
  }
  return fallback;
}

function runExchange(
  socket: Socket,
  session: CustomerSession,
  wallet: WalletFile,
  runtime: WalletRuntime,
  options: PayOptions,
  finish: (result: PayResult) => void,
): void {
  socket.on('connect_error', (error) =>
    finish({ status: 'failed', reason: 'protocol_error', detail: `hub unreachable: ${error.message}` }),
  );
  socket.on('end', () => {
    if (session.state === 'cancelled') finish({ status: 'declined', reason: 'customer_cancelled' });
    else if (session.state !== 'settled') {
      finish({ status: 'failed', reason: session.reason ?? 'protocol_error', detail: 'console ended the session' });
    }
  });
  socket.on('disconnect', () => {
    // The console went away mid-payment: whatever it recorded, this phone has no receipt.
    if (session.state !== 'settled') {
      finish({ status: 'failed', reason: 'protocol_error', detail: 'connection to the console lost' });
    }
  });
  socket.on('connect', () => {
    socket.emit('hello', session.hello, (ack: { ok: boolean; reason?: string }) => {
      if (!ack?.ok) finish({ status: 'failed', reason: 'protocol_error', detail: `hello refused: ${ack?.reason}` });
    });
  });
  socket.on('frame', (frame: unknown) => {
    const step: CustomerStep = session.onFrame(frame, runtime.nowMs());
    if (step.kind === 'review') void review(socket, session, wallet, runtime, options, step.request, finish);
    else if (step.kind === 'settled') finish({ status: 'settled', receipt: step.receipt, request: session.pendingRequest! });
    else if (step.kind === 'declined') finish({ status: 'declined', reason: step.reason });
    else if (step.kind === 'offline_required') approveOffline(socket, session, wallet, runtime, options);
    else if (step.kind === 'offline_accepted') finish({ status: 'offline_pending', request: session.pendingRequest! });
    // A junk frame injected by someone else on the network: the session logic dropped it.
    else if (step.kind === 'ignored') return;
    else finish({ status: 'failed', reason: step.reason, detail: step.detail });
  });
}

/**
 * The console cannot reach V: approve against the allowance if it covers this payment. If it
 * does not, say nothing — the console keeps trying V, and its answer still reaches us.
 */
function approveOffline(
  socket: Socket,
  session: CustomerSession,
  wallet: WalletFile,
  runtime: WalletRuntime,
  options: PayOptions,
): void {
  const request = session.pendingRequest;
  const offline = wallet.offline;
  if (!request || !offline) return;
  const limits = offline.allowance.body;
  const amountMinor = request.body.amountMinor;
  const nowMs = runtime.nowMs();
  const covered =
    limits.merchantId === request.body.merchantId &&
    limits.currency === request.body.currency &&
    nowMs <= limits.expiresAt &&
    amountMinor <= limits.perPaymentMaxMinor &&
    offline.lastCounter < limits.maxCount &&
    offline.spentMinor + amountMinor <= limits.capMinor;
  if (!covered) return;
  const counter = offline.lastCounter + 1;
  const cumulativeMinor = offline.spentMinor + amountMinor;
  // Spent before it leaves the phone: a crash never lets one counter sign two payments.
  wallet.offline = { ...offline, lastCounter: counter, spentMinor: cumulativeMinor };
  options.onWalletChange?.(wallet);
  const frame = session.approveOffline({
    allowance: offline.allowance,
    walletId: wallet.walletId,
    signingSecretKey: fromBase64Url(wallet.signingSecretKey),
    counter,
    cumulativeMinor,
    nowMs,
  });
  socket.emit('frame', frame);
}

async function review(
  socket: Socket,
  session: CustomerSession,
  wallet: WalletFile,
  runtime: WalletRuntime,
  options: PayOptions,
  request: PaymentRequest,
  finish: (result: PayResult) => void,
): Promise<void> {
  const approved = options.approve ? await options.approve(request) : true;
  if (!approved) {
    // Wait (bounded) for the hub to take the cancel before hanging up, so the console hears it.
    await socket.timeout(2_000).emitWithAck('frame', session.cancel()).catch(() => {});
    finish({ status: 'declined', reason: 'customer_cancelled' });
    return;
  }
  const nowMs = runtime.nowMs();
  const used = new Set(wallet.usedOtpSteps.filter((step) => !isStepExpired(step, nowMs)));
  let approval;
  try {
    approval = session.approve({
      wallet: {
        walletId: wallet.walletId,
        signingSecretKey: fromBase64Url(wallet.signingSecretKey),
        otpSecret: fromBase64Url(wallet.otpSecret),
      },
      nowMs,
      usedOtpSteps: used,
    });
  } catch (error) {
    const reason = session.state === 'expired' ? 'session_expired' : 'otp_reused';
    finish({ status: 'failed', reason, detail: String(error) });
    return;
  }
  // The spent step is remembered before the code leaves the device.
  wallet.usedOtpSteps = [...used, approval.otpStep].slice(-16);
  options.onWalletChange?.(wallet);
  socket.emit('frame', approval.frame);
}

// Paying an invoice from its link (hspos://invoice?…) lives in its own module.
export { payInvoice, type InvoicePayResult, type OpenedInvoice } from './invoice-pay.ts';
