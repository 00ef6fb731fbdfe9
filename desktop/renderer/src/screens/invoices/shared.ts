// What the invoice components share: the console's invoice type and
// errors in the owner's language (the invoice reasons first, then the console's words).
import type { ConsoleInvoice } from '../../../../core/invoices.ts';
import type { Messages } from '../../i18n/messages.ts';
import { type ConsoleError, describeError } from '../../lib/errors.ts';

export type Invoice = ConsoleInvoice;

export function invoiceErrorText(error: ConsoleError, t: Messages): string {
  const reason = error.data?.reason;
  return (typeof reason === 'string' ? t.invoices.reason(reason) : null) ?? describeError(error, t);
}

/** Chip colours by what the owner should do: nothing (paid), wait, or act (overdue). */
export const CHIP_CLASS: Record<string, string> = {
  draft: 'bg-slate-100 text-slate-700',
  sent: 'bg-sky-100 text-sky-800',
  viewed: 'bg-indigo-100 text-indigo-800',
  partially_paid: 'bg-amber-100 text-amber-900',
  paid: 'bg-emerald-100 text-emerald-800',
  void: 'bg-slate-200 text-slate-600 line-through',
  overdue: 'bg-rose-100 text-rose-800',
};

