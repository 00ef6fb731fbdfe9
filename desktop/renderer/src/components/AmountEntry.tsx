// The keypad view: type an amount, charge it. Keyboard: digits, Backspace, Enter = Charge,
// Escape or Delete = clear.
import type { Currency } from '../../../../protocol/index.ts';
import { type AmountAction, isAmountKey } from '../lib/amount-entry.ts';
import { type ConsoleError, describeError } from '../lib/errors.ts';
import { formatMoney } from '../lib/money.ts';
import { useKeyboard } from '../lib/use-keyboard.ts';
import { Keypad } from './Keypad.tsx';
import { primaryButton, secondaryButton } from './ui.ts';

interface AmountEntryProps {
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly onAction: (action: AmountAction) => void;
  readonly onCharge: () => void;
  readonly charging: boolean;
  readonly error: ConsoleError | null;
}

function keyToAction(key: string): AmountAction | null {
  if (isAmountKey(key)) return { type: 'key', key };
  if (key === 'Backspace') return { type: 'backspace' };
  if (key === 'Escape' || key === 'Delete') return { type: 'clear' };
  return null;
}

export function AmountEntry(props: AmountEntryProps) {
  const { amountMinor, currency, onAction, onCharge, charging, error } = props;
  useKeyboard((event) => {
    if (charging) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onCharge();
      return;
    }
    const action = keyToAction(event.key);
    if (action === null) return;
    event.preventDefault();
    onAction(action);
  });

  return (
    <div className="mx-auto flex h-full w-full max-w-xl flex-col gap-5">
      <div className="rounded-2xl bg-slate-900 px-6 py-5 text-right">
        <span className="block text-sm font-medium uppercase tracking-wider text-slate-400">
          Amount
        </span>
        <output
          data-testid="amount-display"
          data-amount-minor={amountMinor}
          aria-live="polite"
          className={`tabular block truncate text-6xl font-bold ${
            amountMinor === 0 ? 'text-slate-500' : 'text-white'
          }`}
        >
          {formatMoney(amountMinor, currency)}
        </output>
      </div>
      <Keypad onAction={onAction} disabled={charging} />
      <div className="grid grid-cols-3 gap-3">
        <button
          type="button"
          data-testid="clear-button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onAction({ type: 'clear' })}
          disabled={charging || amountMinor === 0}
          className={`${secondaryButton} h-20 text-2xl`}
        >
          Clear
        </button>
        <button
          type="button"
          data-testid="charge-button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={onCharge}
          disabled={charging || amountMinor === 0}
          className={`${primaryButton} col-span-2 h-20 text-3xl`}
        >
          {charging ? 'Opening…' : 'Charge'}
        </button>
      </div>
      {error !== null && (
        <p role="alert" data-testid="charge-error" className="text-lg text-rose-700">
          {describeError(error)}
        </p>
      )}
    </div>
  );
}
