// The on-screen keypad. Keys do not take focus when tapped, so a cashier mixing taps and the
// physical keyboard still charges with Enter instead of re-pressing the last key.
import type { MouseEvent } from 'react';
import type { AmountAction, AmountKey } from '../lib/amount-entry.ts';
import { useT } from '../i18n/i18n-context.ts';
import { secondaryButton } from './ui.ts';

/** Row by row, like a calculator; the last row ends with the backspace key. */
const KEY_ORDER: readonly AmountKey[] = ['7', '8', '9', '4', '5', '6', '1', '2', '3', '00', '0'];

const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * Four rows sharing the height the sale panel has left, each at most 5 rem: on a short screen
 * or in large-text mode the cart above gives way first, then the keys get shorter (7 rem in
 * all at least) instead of pushing Charge out of sight.
 */
const keypadClass =
  'grid min-h-28 max-h-[22.25rem] flex-[4_1_0] grid-cols-3 grid-rows-4 gap-2';

interface KeypadProps {
  readonly onAction: (action: AmountAction) => void;
  readonly disabled: boolean;
}

interface KeyButtonProps {
  readonly label: string;
  readonly testId: string;
  readonly ariaLabel: string;
  readonly onPress: () => void;
  readonly disabled: boolean;
}

function KeyButton({ label, testId, ariaLabel, onPress, disabled }: KeyButtonProps) {
  return (
    <button
      type="button"
      data-testid={testId}
      aria-label={ariaLabel}
      disabled={disabled}
      onMouseDown={keepFocus}
      onClick={onPress}
      className={`${secondaryButton} h-full min-h-0 text-3xl tabular`}
    >
      {label}
    </button>
  );
}

export function Keypad({ onAction, disabled }: KeypadProps) {
  const t = useT();
  const press = (key: AmountKey) => () => onAction({ type: 'key', key });
  return (
    <div role="group" aria-label={t.keypadLabel} className={keypadClass}>
      {KEY_ORDER.map((key) => (
        <KeyButton
          key={key}
          label={key}
          testId={`key-${key}`}
          ariaLabel={key === '00' ? t.doubleZero : key}
          onPress={press(key)}
          disabled={disabled}
        />
      ))}
      <KeyButton
        label="⌫"
        testId="key-backspace"
        ariaLabel={t.deleteLastDigit}
        onPress={() => onAction({ type: 'backspace' })}
        disabled={disabled}
      />
    </div>
  );
}
