// The tutor's screen (owner role): students and weekly lessons on the left; on the right the
// invoice list, a new invoice, or one invoice with its QR, link and "charge now".
import { useState } from 'react';
import type { EnrolledConsoleInfo } from '../../../../core/types.ts';
import { primaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { InvoiceDetail } from './InvoiceDetail.tsx';
import { InvoiceList } from './InvoiceList.tsx';
import { NewInvoiceForm } from './NewInvoiceForm.tsx';
import { SeriesPanel } from './SeriesPanel.tsx';
import { StudentsPanel } from './StudentsPanel.tsx';

type View =
  | { readonly kind: 'list' }
  | { readonly kind: 'new' }
  | { readonly kind: 'invoice'; readonly invoiceId: string };

export function InvoicesScreen({ info }: { info: EnrolledConsoleInfo }) {
  const t = useT();
  const [view, setView] = useState<View>({ kind: 'list' });
  const toList = () => setView({ kind: 'list' });
  const open = (invoiceId: string | null) =>
    setView(invoiceId ? { kind: 'invoice', invoiceId } : { kind: 'list' });
  return (
    <div data-testid="invoices-screen" className="flex flex-col gap-6 p-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t.invoices.title}</h1>
        {view.kind === 'list' && (
          <button type="button" data-testid="new-invoice-button"
            onClick={() => setView({ kind: 'new' })}
            className={`${primaryButton} h-12 px-6 text-lg`}>
            {t.invoices.newInvoice}
          </button>
        )}
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(18rem,1fr)_2fr]">
        <div className="flex flex-col gap-8">
          <StudentsPanel />
          <SeriesPanel info={info} />
        </div>
        <div className="order-first flex flex-col gap-8 lg:order-none">
          {view.kind === 'invoice' && (
            <InvoiceDetail invoiceId={view.invoiceId} info={info} onClose={toList} />
          )}
          {view.kind === 'new' && <NewInvoiceForm info={info} onCreated={open} onCancel={toList} />}
          {view.kind === 'list' && <InvoiceList info={info} onOpen={open} />}
        </div>
      </div>
    </div>
  );
}
