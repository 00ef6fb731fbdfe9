// The keypad view: type an amount, charge it. Keyboard: digits, Backspace, Enter = Charge,
// Escape or Delete = clear.
import type { MouseEvent } from 'react';
import type { Currency } from '../../../../protocol/index.ts';
import { useT } from '../i18n/i18n-context.ts';
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

interface ChargeRowProps {
  readonly onClear: () => void;
  readonly onCharge: () => void;
  readonly charging: boolean;
  readonly empty: boolean;
}

/** Clear and Charge, under the keypad; at most 5 rem tall, shorter when height is scarce. */
function ChargeRow({ onClear, onCharge, charging, empty }: ChargeRowProps) {
  const t = useT();
  const keepFocus = (event: MouseEvent) => event.preventDefault();
  return (
    <div className="grid min-h-12 max-h-20 flex-[1_1_0] grid-cols-3 gap-3">
      <button
        type="button"
        data-testid="clear-button"
        onMouseDown={keepFocus}
        onClick={onClear}
        disabled={charging || empty}
        className={`${secondaryButton} h-full text-2xl`}
      >
        {t.clear}
      </button>
      <button
        type="button"
        data-testid="charge-button"
        onMouseDown={keepFocus}
        onClick={onCharge}
        disabled={charging || empty}
        className={`${primaryButton} col-span-2 h-full text-3xl`}
      >
        {charging ? t.opening : t.charge}
      </button>
    </div>
  );
}

export function AmountEntry(props: AmountEntryProps) {
  const { amountMinor, currency, onAction, onCharge, charging, error } = props;
  const t = useT();
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
          {t.amount}
        </span>
        <output
          data-testid="amount-display"
          data-amount-minor={amountMinor}
          aria-live="polite"
          className={`tabular block truncate text-6xl font-bold ${
            amountMinor === 0 ? 'text-slate-500' : 'text-white'
          }`}
        >
          {formatMoney(amountMinor, currency, t.locale)}
        </output>
      </div>
      {/* Keypad and Charge share the height left, so Charge stays in sight (see Keypad). */}
      <div className="flex min-h-0 flex-1 flex-col gap-3">
        <Keypad onAction={onAction} disabled={charging} />
        <ChargeRow
          onClear={() => onAction({ type: 'clear' })}
          onCharge={onCharge}
          charging={charging}
          empty={amountMinor === 0}
        />
      </div>
      {error !== null && (
        <p role="alert" data-testid="charge-error" className="text-lg text-rose-700">
          {describeError(error, t)}
        </p>
      )}
    </div>
  );
}
