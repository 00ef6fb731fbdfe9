// The invoices, newest due date first, with a status chip each; filter chips above. Overdue
// is the server's word (due date past today's business day), so it is never stale here.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { EnrolledConsoleInfo } from '../../../../core/types.ts';
import { focusRing } from '../../components/ui.ts';
import type { InvoiceFilterName } from '../../i18n/invoices.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { formatMoney } from '../../lib/money.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { EmptyLine, ErrorLine } from './ErrorLine.tsx';
import { chipOf } from './invoice-view.ts';
import { CHIP_CLASS } from './shared.ts';

const FILTERS: readonly InvoiceFilterName[] = ['all', 'open', 'overdue', 'paid', 'draft', 'void'];

const rowClass = [
  focusRing,
  'flex w-full flex-wrap items-center justify-between gap-3 rounded-2xl bg-white px-4 py-3',
  'text-left ring-1 ring-slate-200 hover:bg-slate-50',
].join(' ');

export function StatusChip({ invoice }: { invoice: { status: string; overdue: boolean } }) {
  const t = useT();
  const chip = chipOf(invoice);
  return (
    <span data-testid="invoice-chip" data-chip={chip}
      className={`rounded-full px-3 py-1 text-sm font-semibold ${CHIP_CLASS[chip] ?? ''}`}>
      {t.invoices.chip(chip)}
    </span>
  );
}

function FilterChips(props: {
  filter: InvoiceFilterName;
  onChange: (filter: InvoiceFilterName) => void;
}) {
  const t = useT();
  return (
    <div role="group" aria-label={t.invoices.filtersLabel} className="flex flex-wrap gap-2">
      {FILTERS.map((name) => (
        <button key={name} type="button" aria-pressed={props.filter === name}
          data-testid={`filter-${name}`} onClick={() => props.onChange(name)}
          className={`${focusRing} rounded-full px-4 py-2 text-base font-semibold ${
            props.filter === name ? 'bg-slate-800 text-white' : 'bg-slate-100 text-slate-800'}`}>
          {t.invoices.filterName(name)}
        </button>
      ))}
    </div>
  );
}

export function InvoiceList(props: {
  info: EnrolledConsoleInfo;
  onOpen: (invoiceId: string) => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const [filter, setFilter] = useState<InvoiceFilterName>('all');
  const invoices = useQuery(trpc.invoices.list.queryOptions({ filter }));
  const money = (amountMinor: number) => formatMoney(amountMinor, props.info.currency, t.locale);
  const rows = invoices.data ?? [];
  return (
    <section aria-labelledby="invoices-heading" className="flex flex-col gap-3">
      <h2 id="invoices-heading" className="text-2xl font-bold">{t.invoices.invoicesHeading}</h2>
      <FilterChips filter={filter} onChange={setFilter} />
      {invoices.isFetching && (
        <p className="text-sm text-slate-500" aria-live="polite">{t.invoices.refreshing}</p>
      )}
      <ErrorLine error={invoices.error} />
      {invoices.isSuccess && rows.length === 0 && <EmptyLine text={t.invoices.noInvoices} />}
      <ul className="flex flex-col gap-2" data-testid="invoice-list">
        {rows.map((invoice) => (
          <li key={invoice.invoiceId}>
            <button type="button" data-testid="invoice-row" data-invoice-id={invoice.invoiceId}
              onClick={() => props.onOpen(invoice.invoiceId)} className={rowClass}>
              <span className="flex flex-col">
                <span className="text-lg font-semibold">{invoice.studentName}</span>
                <span className="text-sm text-slate-600">{t.invoices.dueOn(invoice.dueDay)}</span>
              </span>
              <span className="flex items-center gap-3">
                <span className="text-lg tabular-nums">
                  {invoice.paidMinor > 0 && invoice.paidMinor < invoice.totalMinor
                    ? t.invoices.paidOf(money(invoice.paidMinor), money(invoice.totalMinor))
                    : money(invoice.totalMinor)}
                </span>
                <StatusChip invoice={invoice} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
