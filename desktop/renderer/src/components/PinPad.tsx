// A PIN field with an on-screen pad. The field keeps the focus while pad keys are tapped, so
// taps and the physical keyboard mix; Enter submits the form around it, Esc clears.
import type { MouseEvent } from 'react';
import { useT } from '../i18n/i18n-context.ts';
import { useKeyboard } from '../lib/use-keyboard.ts';
import { focusRing, secondaryButton } from './ui.ts';

/** The longest PIN the core accepts (staff-pins.ts). */
export const PIN_MAX_DIGITS = 8;
const PAD_DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const keepFocus = (event: MouseEvent) => event.preventDefault();

const pinFieldClass = [
  'w-full rounded-2xl border-2 border-slate-300 px-5 py-4',
  'text-center font-mono text-4xl tracking-[0.5em]',
].join(' ');

export function onlyDigits(text: string): string {
  return text.replace(/\D/g, '').slice(0, PIN_MAX_DIGITS);
}

interface PinPadProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (pin: string) => void;
  readonly disabled: boolean;
  readonly testIdPrefix?: string;
  readonly describedBy?: string;
  /** Enter pressed while the focus is outside the field (the form handles it inside). */
  readonly onEnter?: () => void;
}

export function PinPad(props: PinPadProps) {
  const t = useT();
  const { value, onChange, disabled } = props;
  const prefix = props.testIdPrefix ?? 'pin';
  // Digits typed while the focus is elsewhere on the page still reach the PIN.
  useKeyboard((event) => {
    if (disabled) return;
    if (/^\d$/.test(event.key)) onChange(onlyDigits(value + event.key));
    else if (event.key === 'Backspace') onChange(value.slice(0, -1));
    else if (event.key === 'Escape') onChange('');
    else if (event.key === 'Enter' && props.onEnter) props.onEnter();
    else return;
    event.preventDefault();
  });
  const key = (label: string, testId: string, ariaLabel: string, next: () => string) => (
    <button
      key={testId}
      type="button"
      data-testid={testId}
      aria-label={ariaLabel}
      disabled={disabled}
      onMouseDown={keepFocus}
      onClick={() => onChange(next())}
      className={`${secondaryButton} h-14 text-3xl tabular`}
    >
      {label}
    </button>
  );
  return (
    <div className="flex flex-col gap-4">
      <label htmlFor={props.id} className="text-lg font-semibold">
        {props.label}
      </label>
      <input
        id={props.id}
        data-testid={`${prefix}-input`}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        autoFocus
        aria-describedby={props.describedBy}
        maxLength={PIN_MAX_DIGITS}
        value={value}
        // Read-only, not disabled, while a check runs: a disabled field would lose the focus.
        readOnly={disabled}
        onChange={(event) => onChange(onlyDigits(event.target.value))}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onChange('');
        }}
        className={`${focusRing} ${pinFieldClass}`}
      />
      <div role="group" aria-label={t.signin.pinPadLabel} className="grid grid-cols-3 gap-3">
        {PAD_DIGITS.map((digit) =>
          key(digit, `${prefix}-key-${digit}`, digit, () => onlyDigits(value + digit)),
        )}
        {key(t.signin.clearPin, `${prefix}-key-clear`, t.signin.clearPin, () => '')}
        {key('0', `${prefix}-key-0`, '0', () => onlyDigits(`${value}0`))}
        {key('⌫', `${prefix}-key-backspace`, t.signin.deleteLastDigit, () => value.slice(0, -1))}
      </div>
    </div>
  );
}
