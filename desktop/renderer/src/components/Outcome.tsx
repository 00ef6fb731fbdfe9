// How a charge ended: a receipt when the server settled it or the customer paid offline,
// otherwise the reason in words.
// Enter (on the focused button) or any digit starts the next sale: the queue keeps moving.
import type { ChargeStatus } from '../../../core/types.ts';
import { reasonInWords, useT } from '../i18n/i18n-context.ts';
import { type AmountKey, isAmountKey } from '../lib/amount-entry.ts';
import { outcomeOf } from '../lib/charge-state.ts';
import { formatMoney } from '../lib/money.ts';
import { usePaidSignal } from '../lib/paid-signal.ts';
import { useKeyboard } from '../lib/use-keyboard.ts';
import { NewSaleButton } from './NewSaleButton.tsx';
import { Receipt } from './Receipt.tsx';
import { centredColumn, outcomeIcon, secondaryButton } from './ui.ts';

interface OutcomeProps {
  readonly status: ChargeStatus;
  readonly merchantName: string;
  readonly onNewSale: (firstKey: AmountKey | null) => void;
  readonly onChargeAgain: (amountMinor: number) => void;
}

function Decline({ status, onNewSale, onChargeAgain }: OutcomeProps) {
  const t = useT();
  const title = t.declineTitle[status.state] ?? t.notPaid;
  // Without a reason code (never expected) the catalogue's generic sentence is shown.
  const reason = reasonInWords(t, status.reason, status.reasonText);
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
        {formatMoney(status.amountMinor, status.currency, t.locale)}
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
          {t.chargeAgain}
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
  const outcome = outcomeOf(props.status.state);
  usePaidSignal(outcome === 'paid' || outcome === 'paid-offline');
  if (outcome === 'paid' || outcome === 'paid-offline') {
    return <Receipt {...props} offline={outcome === 'paid-offline'} />;
  }
  return <Decline {...props} />;
}
