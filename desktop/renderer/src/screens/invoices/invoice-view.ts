// Pure helpers of the invoices screen: what chip an invoice shows, prices typed as text,
// and the lines of the new-invoice form. No React, so they are tested on their own.
import type { InvoiceChip } from '../../i18n/invoices.ts';
import { parseMoneyInput } from '../../lib/money-input.ts';
import type { Currency } from '../../../../../protocol/constants.ts';

/** Overdue is derived by the server; it shows instead of sent, viewed or partly paid. */
export function chipOf(invoice: { status: string; overdue: boolean }): InvoiceChip {
  if (invoice.overdue) return 'overdue';
  const known: readonly string[] = ['draft', 'sent', 'viewed', 'partially_paid', 'paid', 'void'];
  return (known.includes(invoice.status) ? invoice.status : 'sent') as InvoiceChip;
}

/** Largest price one line may have, in minor units (the protocol's cap per payment). */
const MAX_PRICE_MINOR = 1_000_000_000_000;

/** A line's price as typed (lib/money-input.ts), refused when zero or over the cap. */
export function parsePriceMinor(text: string, currency: Currency): number | null {
  const minor = parseMoneyInput(text, currency);
  return minor !== null && minor > 0 && minor <= MAX_PRICE_MINOR ? minor : null;
}

export interface DraftLine {
  readonly label: string;
  readonly price: string;
  readonly quantity: number;
}

export interface InvoiceLine {
  readonly label: string;
  readonly quantity: number;
  readonly unitPriceMinor: number;
}

export type ParsedLines =
  | { readonly ok: true; readonly lines: InvoiceLine[]; readonly totalMinor: number }
  | { readonly ok: false };

/** The form's lines as the console takes them, or not ok while any is incomplete. */
export function parseLines(lines: readonly DraftLine[], currency: Currency): ParsedLines {
  const parsed: InvoiceLine[] = [];
  let totalMinor = 0;
  for (const line of lines) {
    const unitPriceMinor = parsePriceMinor(line.price, currency);
    const label = line.label.trim();
    if (unitPriceMinor === null || label === '' || label.length > 80) return { ok: false };
    const { quantity } = line;
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 10_000) return { ok: false };
    parsed.push({ label, quantity: line.quantity, unitPriceMinor });
    totalMinor += unitPriceMinor * line.quantity;
  }
  if (parsed.length === 0 || totalMinor > MAX_PRICE_MINOR) return { ok: false };
  return { ok: true, lines: parsed, totalMinor };
}
