// The free-amount side of the register: the typed amount, the keypad, "Add amount" (the
// amount becomes a cart line), Clear and Charge. The keyboard is the register's (Register).
import type { MouseEvent } from 'react';
import type { Currency } from '../../../../protocol/index.ts';
import { useT } from '../i18n/i18n-context.ts';
import type { AmountAction } from '../lib/amount-entry.ts';
import { type ConsoleError, describeError } from '../lib/errors.ts';
import { formatMoney } from '../lib/money.ts';
import { Keypad } from './Keypad.tsx';
import { primaryButton, secondaryButton } from './ui.ts';

interface AmountEntryProps {
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly onAction: (action: AmountAction) => void;
  readonly onAddAmount: () => void;
  readonly onClear: () => void;
  readonly onCharge: () => void;
  readonly charging: boolean;
  /** Nothing to charge: no cart lines and no typed amount. */
  readonly empty: boolean;
  readonly error: ConsoleError | null;
}

const keepFocus = (event: MouseEvent) => event.preventDefault();

interface ChargeRowProps {
  readonly onClear: () => void;
  readonly onCharge: () => void;
  readonly charging: boolean;
  readonly empty: boolean;
}

/** Clear and Charge, under the keypad; at most 5 rem tall, shorter when height is scarce. */
function ChargeRow({ onClear, onCharge, charging, empty }: ChargeRowProps) {
  const t = useT();
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
  const { amountMinor, currency, onAction, charging, error } = props;
  const t = useT();
  return (
    <div className="flex min-h-0 flex-[3_1_0] flex-col gap-2">
      <div className="flex items-center gap-3 rounded-2xl bg-slate-900 px-4 py-2">
        <span className="text-sm font-medium uppercase tracking-wider text-slate-400">
          {t.amount}
        </span>
        <output
          data-testid="amount-display"
          data-amount-minor={amountMinor}
          aria-live="polite"
          className={`tabular block flex-1 truncate text-right text-3xl font-bold ${
            amountMinor === 0 ? 'text-slate-500' : 'text-white'
          }`}
        >
          {formatMoney(amountMinor, currency, t.locale)}
        </output>
        <button
          type="button"
          data-testid="add-amount-button"
          onMouseDown={keepFocus}
          onClick={props.onAddAmount}
          disabled={charging || amountMinor === 0}
          className={`${secondaryButton} h-10 px-3 text-base`}
        >
          {t.catalog.addAmount}
        </button>
      </div>
      {/* Keypad and Charge share the height left, so Charge stays in sight (see Keypad). */}
      <Keypad onAction={onAction} disabled={charging} />
      <ChargeRow
        onClear={props.onClear}
        onCharge={props.onCharge}
        charging={charging}
        empty={props.empty}
      />
      {error !== null && (
        <p role="alert" data-testid="charge-error" className="text-lg text-rose-700">
          {describeError(error, t)}
        </p>
      )}
    </div>
  );
}
