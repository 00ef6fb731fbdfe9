// One invoice: its lines, what is paid and left, its link as a QR and text for the student
// to pay later, "charge now" for the end of a lesson, and void while nothing is paid.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useId, useState } from 'react';
import type { ChargeCreated, EnrolledConsoleInfo } from '../../../../core/types.ts';
import { panel, primaryButton, secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { formatMoney } from '../../lib/money.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { ChargeNowPanel } from './ChargeNowPanel.tsx';
import { StatusChip } from './InvoiceList.tsx';
import { parsePriceMinor } from './invoice-view.ts';
import { fieldClass, type Invoice, invoiceErrorText } from './shared.ts';

const QR_SIZE_PX = 280;
const REFRESH_MS = 3_000;

const isFinal = (invoice: Invoice | undefined) => invoice?.status === 'paid' || invoice?.status === 'void';

function LinkQr({ link }: { link: string }) {
  const t = useT();
  const [drawn, setDrawn] = useState<{ link: string; dataUrl: string } | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: QR_SIZE_PX }).then(
      (dataUrl) => current && setDrawn({ link, dataUrl }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [link]);
  return (
    <div className="flex flex-col items-center gap-2">
      <div className={`${panel} flex size-72 items-center justify-center overflow-hidden`} data-testid="invoice-qr">
        {drawn?.link === link && (
          <img src={drawn.dataUrl} width={QR_SIZE_PX} height={QR_SIZE_PX} alt={t.invoices.linkQrAlt}
            className="[image-rendering:pixelated]" />
        )}
      </div>
      <div className="flex w-full items-center gap-2">
        <input readOnly aria-label={t.invoices.linkLabel} data-testid="invoice-link" value={link}
          onFocus={(event) => event.currentTarget.select()}
          className={`${fieldClass} min-w-0 flex-1 truncate font-mono text-sm`} />
        <button type="button" className={`${secondaryButton} h-11 px-4`}
          onClick={() => void navigator.clipboard.writeText(link).then(() => setCopied(true), () => undefined)}>
          {copied ? t.invoices.copied : t.invoices.copyLink}
        </button>
      </div>
    </div>
  );
}

function Actions({ invoice, info, onCharge }: { invoice: Invoice; info: EnrolledConsoleInfo; onCharge: (charge: ChargeCreated) => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const amountId = useId();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.invoices.pathKey() });
  const [amount, setAmount] = useState(String(invoice.remainingMinor));
  const [confirming, setConfirming] = useState(false);
  const send = useMutation(trpc.invoices.send.mutationOptions({ onSuccess: refresh }));
  const voided = useMutation(trpc.invoices.void.mutationOptions({ onSuccess: refresh }));
  const charge = useMutation(trpc.invoices.chargeNow.mutationOptions({ onSuccess: onCharge }));
  const open = !['paid', 'void'].includes(invoice.status);
  const amountMinor = parsePriceMinor(amount, info.currency);
  const error = send.error ?? voided.error ?? charge.error;
  if (!open) return null;
  return (
    <div className="flex flex-col gap-3">
      {invoice.status === 'draft' && (
        <button type="button" onClick={() => send.mutate({ invoiceId: invoice.invoiceId })}
          className={`${primaryButton} h-12 px-5`}>{t.invoices.send}</button>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={amountId} className="font-semibold">{t.invoices.chargeAmount}</label>
          <input id={amountId} data-testid="charge-amount" inputMode="decimal" value={amount}
            onChange={(event) => setAmount(event.target.value)} className={`${fieldClass} w-40`} />
        </div>
        <button type="button" data-testid="charge-now" disabled={charge.isPending || amountMinor === null}
          onClick={() => amountMinor !== null && charge.mutate({ invoiceId: invoice.invoiceId, amountMinor })}
          className={`${primaryButton} h-12 px-6 text-lg`}>{t.invoices.chargeNow}</button>
      </div>
      {invoice.paidMinor === 0 && !confirming && (
        <button type="button" data-testid="void-invoice" onClick={() => setConfirming(true)}
          className={`${secondaryButton} h-11 self-start px-4`}>{t.invoices.voidInvoice}</button>
      )}
      {confirming && (
        <button type="button" data-testid="confirm-void" autoFocus
          onClick={() => voided.mutate({ invoiceId: invoice.invoiceId })}
          className={`${secondaryButton} h-11 self-start bg-rose-100 px-4 text-rose-900`}>{t.invoices.confirmVoid}</button>
      )}
      {error && <p role="alert" className="text-rose-700">{invoiceErrorText(error, t)}</p>}
    </div>
  );
}

export function InvoiceDetail(props: { invoiceId: string; info: EnrolledConsoleInfo; onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const [charge, setCharge] = useState<ChargeCreated | null>(null);
  // While something is left to pay, the student may pay from the link at any moment.
  const query = useQuery(
    trpc.invoices.get.queryOptions(
      { invoiceId: props.invoiceId },
      { refetchInterval: (current) => (isFinal(current.state.data) ? false : REFRESH_MS) },
    ),
  );
  const money = (amountMinor: number) => formatMoney(amountMinor, props.info.currency, t.locale);
  const invoice = query.data;
  return (
    <section aria-labelledby="invoice-detail-heading" data-testid="invoice-detail" className={`${panel} flex flex-col gap-4 p-5`}>
      <div className="flex items-start justify-between gap-3">
        <h2 id="invoice-detail-heading" className="text-2xl font-bold">
          {invoice ? t.invoices.detailHeading(invoice.studentName) : t.invoices.refreshing}
        </h2>
        <button type="button" onClick={props.onClose} className={`${secondaryButton} h-10 px-4`}>{t.invoices.closeDetail}</button>
      </div>
      {query.isError && <p role="alert" className="text-rose-700">{invoiceErrorText(query.error, t)}</p>}
      {invoice && (
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
          {charge ? (
            <ChargeNowPanel charge={charge} onClose={() => setCharge(null)} />
          ) : (
            <div className="grid gap-5 md:grid-cols-2">
              {invoice.link && invoice.status !== 'paid' && invoice.status !== 'void'
                ? <LinkQr link={invoice.link} />
                : invoice.status === 'draft' && <p className="text-slate-500">{t.invoices.noLinkYet}</p>}
              <Actions key={invoice.remainingMinor} invoice={invoice} info={props.info} onCharge={setCharge} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
