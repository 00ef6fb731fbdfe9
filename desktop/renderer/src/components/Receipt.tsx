// The receipt once a charge succeeded: settled by the server, or approved offline against
// the customer's allowance (the server settles it on sync and issues the transaction then).
import type { ChargeStatus } from '../../../core/types.ts';
import type { AmountKey } from '../lib/amount-entry.ts';
import { useT } from '../i18n/i18n-context.ts';
import { formatMoney } from '../lib/money.ts';
import { formatTime } from '../lib/time.ts';
import { NewSaleButton } from './NewSaleButton.tsx';
import { ReceiptLines } from './ReceiptLines.tsx';
import { centredColumn, outcomeIcon } from './ui.ts';

interface ReceiptProps {
  readonly status: ChargeStatus;
  readonly merchantName: string;
  readonly offline: boolean;
  readonly onNewSale: (firstKey: AmountKey | null) => void;
}

/** Not an alarm: the money is accepted; only the server's confirmation is still to come. */
function OfflineBadge() {
  const t = useT();
  return (
    <p
      data-testid="offline-badge"
      className="rounded-full bg-sky-100 px-4 py-1.5 text-lg font-semibold text-sky-900"
    >
      {t.offlineBadge}
    </p>
  );
}

export function Receipt({ status, merchantName, offline, onNewSale }: ReceiptProps) {
  const t = useT();
  const receipt = status.receipt;
  return (
    <div
      data-testid="receipt"
      data-offline={offline ? 'true' : 'false'}
      role="status"
      className={centredColumn}
    >
      <div aria-hidden="true" className={`${outcomeIcon} bg-emerald-100 text-emerald-700`}>
        ✓
      </div>
      <h2 className="text-5xl font-bold text-emerald-700">
        {offline ? t.paidOffline : t.paid}
      </h2>
      {offline && <OfflineBadge />}
      <p data-testid="receipt-amount" className="tabular text-6xl font-bold">
        {formatMoney(status.amountMinor, status.currency, t.locale)}
      </p>
      <ReceiptLines lines={status.lines} currency={status.currency} />
      <dl className="grid grid-cols-[auto_auto] gap-x-6 gap-y-2 text-left text-lg">
        <dt className="text-slate-500">{t.merchant}</dt>
        <dd>{merchantName}</dd>
        <dt className="text-slate-500">{t.transaction}</dt>
        <dd data-testid="receipt-transaction-id" className="font-mono">
          {receipt?.transactionId ?? (offline ? t.issuedOnSync : '—')}
        </dd>
        {receipt !== null && (
          <>
            <dt className="text-slate-500">{t.time}</dt>
            <dd data-testid="receipt-time">{formatTime(receipt.settledAt, t.locale)}</dd>
          </>
        )}
      </dl>
      <NewSaleButton onNewSale={onNewSale} />
    </div>
  );
}
