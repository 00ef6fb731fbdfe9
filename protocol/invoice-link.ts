// Invoice links: what a tutor sends a student so the student's wallet can pay an invoice
// later, with the same signed documents as a payment at the register.
//   hspos://invoice?server=<validation server URL>&token=<32 random bytes, base64url>
// The server keeps only the token's hash; whoever holds the link may see and pay that one
// invoice, nothing else. A payment belongs to an invoice through its request's reference
// `invoice:<invoiceId>`, which the console's device key signs.
import { z } from 'zod';
import { fromBase64Url, toBase64Url, utf8 } from './bytes.ts';
import { sha256Bytes } from './crypto.ts';
import { hashSchema, idSchema } from './messages.ts';

export const INVOICE_LINK_PREFIX = 'hspos://invoice?';
export const INVOICE_LINK_MAX_LENGTH = 512;
export const INVOICE_REFERENCE_PREFIX = 'invoice:';

/** 32 random bytes: the same text shape as a hash. */
export const invoiceTokenSchema = hashSchema;

export const invoiceLinkSchema = z.strictObject({
  serverUrl: z
    .string()
    .max(256)
    .refine((value) => /^https?:\/\/[^\s]+$/.test(value), 'server must be an http(s) URL'),
  token: invoiceTokenSchema,
});
export type InvoiceLink = z.infer<typeof invoiceLinkSchema>;

export class InvoiceLinkError extends Error {
  override name = 'InvoiceLinkError';
}

export function formatInvoiceLink(link: InvoiceLink): string {
  const parsed = invoiceLinkSchema.safeParse(link);
  if (!parsed.success) throw new InvoiceLinkError('invalid invoice link');
  const query = new URLSearchParams({ server: link.serverUrl, token: link.token });
  return `${INVOICE_LINK_PREFIX}${query.toString()}`;
}

/** Parses untrusted link text (typed, pasted or scanned); throws InvoiceLinkError. */
export function parseInvoiceLink(text: string): InvoiceLink {
  if (text.length > INVOICE_LINK_MAX_LENGTH || !text.startsWith(INVOICE_LINK_PREFIX)) {
    throw new InvoiceLinkError('not an invoice link');
  }
  const query = new URLSearchParams(text.slice(INVOICE_LINK_PREFIX.length));
  // Each parameter exactly once: two tokens in one link would make "which one" ambiguous.
  if (query.getAll('server').length !== 1 || query.getAll('token').length !== 1) {
    throw new InvoiceLinkError('an invoice link names one server and one token');
  }
  const parsed = invoiceLinkSchema.safeParse({
    serverUrl: query.get('server'),
    token: query.get('token'),
  });
  if (!parsed.success) throw new InvoiceLinkError('the invoice link is malformed');
  return parsed.data;
}

/** The hash the server stores and looks a token up by. */
export function invoiceTokenHash(token: string): string {
  const tag = utf8('HSPOS/1 invoice-token');
  return toBase64Url(sha256Bytes(tag, new Uint8Array([0]), fromBase64Url(token)));
}

export function invoiceReference(invoiceId: string): string {
  return `${INVOICE_REFERENCE_PREFIX}${invoiceId}`;
}

/** The invoice a payment's reference names, or null when it names none. */
export function invoiceIdOfReference(reference: string): string | null {
  if (!reference.startsWith(INVOICE_REFERENCE_PREFIX)) return null;
  const id = reference.slice(INVOICE_REFERENCE_PREFIX.length);
  return idSchema.safeParse(id).success ? id : null;
}

/**
 * The id of a recurring series' invoice for one occurrence day. Every console of the
 * merchant derives the same id, so two consoles generating the same week make one invoice.
 */
export function occurrenceInvoiceId(seriesId: string, occurrenceDay: string): string {
  const text = `HSPOS/1 invoice-occurrence\u0000${seriesId}\u0000${occurrenceDay}`;
  const digest = sha256Bytes(utf8(text));
  return toBase64Url(digest.slice(0, 16));
}
