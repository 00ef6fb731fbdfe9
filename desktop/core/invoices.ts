// The tutor's invoices on this console. The server keeps them (a link is paid while this
// console is off); the console signs what only it can sign: the pay request of each invoice
// for what is left, with its device key. Listing also makes due weekly occurrences and
// re-signs stale requests, so the owner never has to think about either.
import { TRPCError } from '@trpc/server';
import {
  DOMAIN_TAGS,
  type Line,
  type PaymentRequest,
  paymentRequestSchema,
  PROTOCOL_VERSION,
  type RandomSource,
  signBody,
  toBase64Url,
} from '../../protocol/index.ts';
import { formatInvoiceLink, invoiceReference } from '../../protocol/invoice-link.ts';
import { nodeSignatures } from '../../platform/node-signatures.ts';
import { signAsConsole } from './device-calls.ts';
import type { ConsoleIdentity } from './ledger.ts';
import { refuse } from './rejection.ts';
import { rejectionReason, serverAnswered, type ServerClient } from './server-client.ts';
import type { ChargeCreated } from './types.ts';

const SIGNATURES = nodeSignatures();
const DAY_MS = 86_400_000;
/** A link stays payable this long after its due day (the server caps requests at 92 days). */
export const LINK_GRACE_MS = 30 * DAY_MS;
/** A request this close to its expiry is signed anew at the next listing. */
const RENEW_BEFORE_MS = 2 * DAY_MS;
/** Statuses a payment can still move: their link needs a live request. */
const OPEN_STATUSES: readonly string[] = ['sent', 'viewed', 'partially_paid'];

export interface InvoiceDeps {
  readonly server: ServerClient;
  readonly nowMs: () => number;
  readonly random: RandomSource;
  readonly identity: () => ConsoleIdentity | null;
  readonly charge: (input: { amountMinor: number; reference: string }) => ChargeCreated;
}

type Api = ServerClient['invoices'];
/** The procedures a console signs (open and pay are the wallet's, unsigned). */
type DeviceName = Exclude<keyof Api, 'open' | 'pay'>;
type PayloadOf<K extends DeviceName> =
  Parameters<Api[K]['mutate']>[0] extends { payload: infer P } ? P : never;
type AnswerOf<K extends DeviceName> = Awaited<ReturnType<Api[K]['mutate']>>;
export type ServerInvoice = Awaited<ReturnType<Api['get']['mutate']>>;
export type ConsoleInvoice = Omit<ServerInvoice, 'linkToken'> & { readonly link: string | null };
export type InvoiceFilter = PayloadOf<'list'>['filter'];

/** The server's refusal, or "not reachable", as a named console reason. */
export function invoiceError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (!serverAnswered(error)) {
    return refuse('BAD_GATEWAY', 'invoices_offline', 'The server is not reachable; try again.');
  }
  const message = error instanceof Error ? error.message : 'The server refused.';
  switch (rejectionReason(error)) {
    case 'invoice_transition_refused':
      return refuse('PRECONDITION_FAILED', 'invoice_transition_refused', message);
    case 'invoice_request_invalid':
      return refuse('BAD_REQUEST', 'invoice_request_invalid', message);
    case 'student_unavailable':
      return refuse('PRECONDITION_FAILED', 'student_unavailable', message);
    case 'not_found':
      return new TRPCError({ code: 'NOT_FOUND', message });
    default:
      return new TRPCError({ code: 'BAD_REQUEST', message });
  }
}

export class InvoiceCalls {
  constructor(private readonly deps: InvoiceDeps) {}

  identity(): ConsoleIdentity {
    const identity = this.deps.identity();
    if (!identity) {
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'enroll this console first' });
    }
    return identity;
  }

  /** Calls `invoices.<name>` signed by this console; errors become named console reasons. */
  async call<K extends DeviceName>(name: K, payload: PayloadOf<K>): Promise<AnswerOf<K>> {
    const identity = this.identity();
    const signed = signAsConsole(identity, {
      path: `invoices.${name}`,
      payload,
      nowMs: this.deps.nowMs(),
      random: this.deps.random,
    });
    const procedure = this.deps.server.invoices[name] as unknown as {
      mutate: (input: typeof signed) => Promise<AnswerOf<K>>;
    };
    try {
      return await procedure.mutate(signed);
    } catch (error) {
      throw invoiceError(error);
    }
  }

  /**
   * The pay request for what is left on an invoice, signed by this console: a fresh
   * paymentId and session id, no lines (the link shows the invoice's), and an expiry a
   * grace period after the due day (never past what the server accepts).
   */
  signRequest(invoiceId: string, amountMinor: number, dueDay: string): PaymentRequest {
    const identity = this.identity();
    const nowMs = this.deps.nowMs();
    const dueEndMs = Date.parse(`${dueDay}T23:59:59.999Z`);
    const expiresAt = Math.min(Math.max(dueEndMs, nowMs) + LINK_GRACE_MS, nowMs + 90 * DAY_MS);
    const { certificate } = identity;
    const body = {
      v: PROTOCOL_VERSION,
      paymentId: toBase64Url(this.deps.random(16)),
      sessionId: toBase64Url(this.deps.random(16)),
      merchantId: certificate.body.merchantId,
      merchantName: certificate.body.merchantName,
      deviceId: certificate.body.deviceId,
      amountMinor,
      currency: identity.currency,
      lines: [] as Line[],
      reference: invoiceReference(invoiceId),
      createdAt: nowMs,
      expiresAt,
    };
    const secretKey = identity.deviceSecretKey;
    const signature = signBody(DOMAIN_TAGS.paymentRequest, body, secretKey, SIGNATURES);
    return paymentRequestSchema.parse({ body, signature, certificate });
  }

  /** The server's invoice with its link formatted for this console's server. */
  withLink(invoice: ServerInvoice): ConsoleInvoice {
    const { linkToken, ...rest } = invoice;
    const serverUrl = this.identity().serverUrl;
    return { ...rest, link: linkToken ? formatInvoiceLink({ serverUrl, token: linkToken }) : null };
  }

  /** Whether the stored request no longer serves the link (stale, or close to expiry). */
  needsNewRequest(invoice: ServerInvoice): boolean {
    if (!OPEN_STATUSES.includes(invoice.status)) return false;
    const expiresAt = invoice.requestExpiresAt;
    return expiresAt === null || expiresAt < this.deps.nowMs() + RENEW_BEFORE_MS;
  }
}
