// The tutor's screen (owner role): students and weekly lessons on the left; on the right a
// new invoice and the invoice list, or one invoice with its QR, link and "charge now".
import { useState } from 'react';
import type { EnrolledConsoleInfo } from '../../../../core/types.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { InvoiceDetail } from './InvoiceDetail.tsx';
import { InvoiceList } from './InvoiceList.tsx';
import { NewInvoiceForm } from './NewInvoiceForm.tsx';
import { SeriesPanel } from './SeriesPanel.tsx';
import { StudentsPanel } from './StudentsPanel.tsx';

export function InvoicesScreen({ info }: { info: EnrolledConsoleInfo }) {
  const t = useT();
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div data-testid="invoices-screen" className="flex flex-col gap-6 p-6">
      <h1 className="text-3xl font-bold">{t.invoices.title}</h1>
      <div className="grid gap-8 lg:grid-cols-[minmax(18rem,1fr)_2fr]">
        <div className="flex flex-col gap-8">
          <StudentsPanel />
          <SeriesPanel info={info} />
        </div>
        <div className="flex flex-col gap-8">
          {selected ? (
            <InvoiceDetail invoiceId={selected} info={info} onClose={() => setSelected(null)} />
          ) : (
            <>
              <NewInvoiceForm info={info} onCreated={setSelected} />
              <InvoiceList info={info} onOpen={setSelected} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
