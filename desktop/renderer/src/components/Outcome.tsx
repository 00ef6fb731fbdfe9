// How a charge ended: a receipt when the server settled it, otherwise the reason in words.
// Enter (on the focused button) or any digit starts the next sale: the queue keeps moving.
import { type MerchantState, reasonText } from '../../../../protocol/index.ts';
import type { ChargeStatus } from '../../../core/types.ts';
import { type AmountKey, isAmountKey } from '../lib/amount-entry.ts';
import { formatMoney } from '../lib/money.ts';
import { formatTime } from '../lib/time.ts';
import { useKeyboard } from '../lib/use-keyboard.ts';
import { centredColumn, outcomeIcon, primaryButton, secondaryButton } from './ui.ts';

interface OutcomeProps {
  readonly status: ChargeStatus;
  readonly merchantName: string;
  readonly onNewSale: (firstKey: AmountKey | null) => void;
  readonly onChargeAgain: (amountMinor: number) => void;
}

function NewSaleButton({ onNewSale }: Pick<OutcomeProps, 'onNewSale'>) {
  return (
    <button
      type="button"
      data-testid="new-sale-button"
      autoFocus
      onClick={() => onNewSale(null)}
      className={`${primaryButton} h-16 w-64 text-2xl`}
    >
      New sale
    </button>
  );
}

function Receipt({ status, merchantName, onNewSale }: OutcomeProps) {
  const receipt = status.receipt;
  return (
    <div data-testid="receipt" role="status" className={centredColumn}>
      <div aria-hidden="true" className={`${outcomeIcon} bg-emerald-100 text-emerald-700`}>
        ✓
      </div>
      <h2 className="text-5xl font-bold text-emerald-700">Paid</h2>
      <p data-testid="receipt-amount" className="tabular text-6xl font-bold">
        {formatMoney(status.amountMinor, status.currency)}
      </p>
      <dl className="grid grid-cols-[auto_auto] gap-x-6 gap-y-2 text-left text-lg">
        <dt className="text-slate-500">Merchant</dt>
        <dd>{merchantName}</dd>
        <dt className="text-slate-500">Transaction</dt>
        <dd data-testid="receipt-transaction-id" className="font-mono">
          {receipt?.transactionId ?? '—'}
        </dd>
        <dt className="text-slate-500">Time</dt>
        <dd data-testid="receipt-time">
          {receipt !== null ? formatTime(receipt.settledAt) : '—'}
        </dd>
      </dl>
      <NewSaleButton onNewSale={onNewSale} />
    </div>
  );
}

const DECLINE_TITLE: Partial<Record<MerchantState, string>> = {
  declined: 'Declined',
  expired: 'Expired',
  failed: 'Payment failed',
};

/** Only if the core ever ends a charge without a reason code. */
const UNKNOWN_REASON = 'The payment did not go through.';

function Decline({ status, onNewSale, onChargeAgain }: OutcomeProps) {
  const title = DECLINE_TITLE[status.state] ?? 'Not paid';
  const reason =
    status.reasonText ?? (status.reason !== null ? reasonText(status.reason) : UNKNOWN_REASON);
  return (
    <div data-testid="decline" role="alert" className={centredColumn}>
      <div aria-hidden="true" className={`${outcomeIcon} bg-rose-100 text-rose-700`}>
        ✕
      </div>
      <h2 className="text-5xl font-bold text-rose-700">{title}</h2>
      <p
        data-testid="decline-amount"
        className="tabular text-4xl font-semibold text-slate-500 line-through"
      >
        {formatMoney(status.amountMinor, status.currency)}
      </p>
      <p
        data-testid="decline-reason"
        data-reason={status.reason ?? ''}
        className="max-w-lg text-2xl"
      >
        {reason}
      </p>
      <div className="flex gap-4">
        <button
          type="button"
          data-testid="charge-again-button"
          onClick={() => onChargeAgain(status.amountMinor)}
          className={`${secondaryButton} h-16 w-56 text-2xl`}
        >
          Charge again
        </button>
        <NewSaleButton onNewSale={onNewSale} />
      </div>
    </div>
  );
}

export function Outcome(props: OutcomeProps) {
  useKeyboard((event) => {
    if (!isAmountKey(event.key)) return;
    event.preventDefault();
    props.onNewSale(event.key);
  });
  return props.status.state === 'settled' ? <Receipt {...props} /> : <Decline {...props} />;
}
