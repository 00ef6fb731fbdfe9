// One invoice: its lines, what is paid and left, its link as a QR and text for the student
// to pay later, "charge now" for the end of a lesson, and void while nothing is paid.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChargeCreated, EnrolledConsoleInfo } from '../../../../core/types.ts';
import { panel, secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { formatMoney } from '../../lib/money.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { ChargeNowPanel } from './ChargeNowPanel.tsx';
import { ErrorLine } from './ErrorLine.tsx';
import { InvoiceActions } from './InvoiceActions.tsx';
import { InvoiceLinkQr } from './InvoiceLinkQr.tsx';
import { StatusChip } from './InvoiceList.tsx';
import type { Invoice } from './shared.ts';

/** While something is left to pay, the student may pay from the link at any moment. */
const REFRESH_MS = 3_000;

const isFinal = (invoice: Invoice | undefined) =>
  invoice?.status === 'paid' || invoice?.status === 'void';

function Summary({ invoice, money }: { invoice: Invoice; money: (amountMinor: number) => string }) {
  const t = useT();
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <StatusChip invoice={invoice} />
        <span>{t.invoices.dueOn(invoice.dueDay)}</span>
        <span className="text-xl font-semibold tabular-nums" data-testid="invoice-remaining">
          {t.invoices.remaining(money(invoice.remainingMinor))}
        </span>
      </div>
      <ul className="divide-y divide-slate-100">
        {invoice.lines.map((line, index) => (
          <li key={index} className="flex justify-between py-1 text-lg">
            <span>{line.quantity} × {line.label}</span>
            <span className="tabular-nums">{money(line.quantity * line.unitPriceMinor)}</span>
          </li>
        ))}
      </ul>
      <p>{t.invoices.paidOf(money(invoice.paidMinor), money(invoice.totalMinor))}</p>
    </>
  );
}

export function InvoiceDetail(props: {
  invoiceId: string;
  info: EnrolledConsoleInfo;
  onClose: () => void;
}) {
  const t = useT();
  const trpc = useTRPC();
  const [charge, setCharge] = useState<ChargeCreated | null>(null);
  const query = useQuery(
    trpc.invoices.get.queryOptions(
      { invoiceId: props.invoiceId },
      { refetchInterval: (current) => (isFinal(current.state.data) ? false : REFRESH_MS) },
    ),
  );
  const money = (amountMinor: number) => formatMoney(amountMinor, props.info.currency, t.locale);
  const invoice = query.data;
  const showLink = invoice?.link && !isFinal(invoice);
  return (
    <section aria-labelledby="invoice-detail-heading" data-testid="invoice-detail"
      className={`${panel} flex flex-col gap-4 p-5`}>
      <div className="flex items-start justify-between gap-3">
        <h2 id="invoice-detail-heading" className="text-2xl font-bold">
          {invoice ? t.invoices.detailHeading(invoice.studentName) : t.invoices.refreshing}
        </h2>
        <button type="button" onClick={props.onClose} className={`${secondaryButton} h-10 px-4`}>
          {t.invoices.closeDetail}
        </button>
      </div>
      <ErrorLine error={query.error} />
      {invoice && <Summary invoice={invoice} money={money} />}
      {invoice && charge && <ChargeNowPanel charge={charge} onClose={() => setCharge(null)} />}
      {invoice && !charge && (
        <div className="grid gap-5 md:grid-cols-2">
          {showLink && invoice.link && <InvoiceLinkQr link={invoice.link} />}
          {invoice.status === 'draft' && <p className="text-slate-500">{t.invoices.noLinkYet}</p>}
          {/* A new remaining amount starts the charge field afresh. */}
          <InvoiceActions key={invoice.remainingMinor} invoice={invoice} info={props.info}
            onCharge={setCharge} />
        </div>
      )}
    </section>
  );
}
