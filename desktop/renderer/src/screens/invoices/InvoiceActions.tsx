// What the owner can do with an open invoice: send a draft, charge all or part of what is
// left at this console, and void it while nothing is paid (after a confirmation).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ChargeCreated, EnrolledConsoleInfo } from '../../../../core/types.ts';
import { fieldClass, primaryButton, secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { moneyInputText } from '../../lib/money-input.ts';
import { ErrorLine } from './ErrorLine.tsx';
import { parsePriceMinor } from './invoice-view.ts';
import { type Invoice } from './shared.ts';

export function InvoiceActions(props: {
  invoice: Invoice;
  info: EnrolledConsoleInfo;
  onCharge: (charge: ChargeCreated) => void;
}) {
  const { invoice } = props;
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const amountId = useId();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.invoices.pathKey() });
  const [amount, setAmount] = useState(
    moneyInputText(invoice.remainingMinor, props.info.currency),
  );
  const [confirming, setConfirming] = useState(false);
  const send = useMutation(trpc.invoices.send.mutationOptions({ onSuccess: refresh }));
  const voided = useMutation(trpc.invoices.void.mutationOptions({ onSuccess: refresh }));
  const charge = useMutation(
    trpc.invoices.chargeNow.mutationOptions({ onSuccess: props.onCharge }),
  );
  const amountMinor = parsePriceMinor(amount, props.info.currency);
  const { invoiceId } = invoice;
  if (invoice.status === 'paid' || invoice.status === 'void') return null;
  return (
    <div className="flex flex-col gap-3">
      {invoice.status === 'draft' && (
        <button type="button" onClick={() => send.mutate({ invoiceId })}
          className={`${primaryButton} h-12 px-5`}>{t.invoices.send}</button>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={amountId} className="font-semibold">{t.invoices.chargeAmount}</label>
          <input id={amountId} data-testid="charge-amount" inputMode="decimal" value={amount}
            onChange={(event) => setAmount(event.target.value)} className={`${fieldClass} w-40`} />
        </div>
        <button type="button" data-testid="charge-now"
          disabled={charge.isPending || amountMinor === null}
          onClick={() => amountMinor !== null && charge.mutate({ invoiceId, amountMinor })}
          className={`${primaryButton} h-12 px-6 text-lg`}>
          {t.invoices.chargeNow}
        </button>
      </div>
      {invoice.paidMinor === 0 && !confirming && (
        <button type="button" data-testid="void-invoice" onClick={() => setConfirming(true)}
          className={`${secondaryButton} h-11 self-start px-4`}>{t.invoices.voidInvoice}</button>
      )}
      {confirming && (
        <button type="button" data-testid="confirm-void" autoFocus
          onClick={() => voided.mutate({ invoiceId })}
          className={`${secondaryButton} h-11 self-start bg-rose-100 px-4 text-rose-900`}>
          {t.invoices.confirmVoid}
        </button>
      )}
      <ErrorLine error={send.error ?? voided.error ?? charge.error} />
    </div>
  );
}
