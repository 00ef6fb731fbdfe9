// The refund dialog's steps: the amount (or a void), the owner's PIN, and the server's answer.
import { type FormEvent, useId, useState } from 'react';
import type { RefundOutcome } from '../../../core/refunds.ts';
import type { PaymentRow } from '../../../core/types.ts';
import { useT } from '../i18n/i18n-context.ts';
import {
  moneyFieldText,
  moneyInputMode,
  moneyInputText,
  parseMoneyInput,
} from '../lib/money-input.ts';
import { formatMoney } from '../lib/money.ts';
import { refundableMinor } from '../lib/sales-summary.ts';
import { PinPad } from './PinPad.tsx';
import { focusRing, primaryButton, secondaryButton } from './ui.ts';

export type RefundKind = 'refund' | 'void';

const fieldClass = [
  focusRing,
  'w-full rounded-2xl border-2 border-slate-300 px-5 py-3 text-right text-3xl tabular',
].join(' ');
const cancelClass = `${secondaryButton} h-14 px-6 text-xl`;
const confirmClass = `${primaryButton} h-14 px-6 text-xl`;
const TONE = { done: 'text-emerald-800', pending: 'text-amber-900', refused: 'text-rose-800' };

interface OutcomeProps {
  readonly outcome: RefundOutcome;
  readonly row: PaymentRow;
  readonly onClose: () => void;
}

export function RefundResult({ outcome, row, onClose }: OutcomeProps) {
  const t = useT();
  const amount = formatMoney(outcome.amountMinor, row.currency, t.locale);
  const done = outcome.kind === 'void' ? t.signin.voidDone : t.signin.refundDone(amount);
  const refused = `${t.signin.refundRefused} ${t.signin.reason(outcome.reason ?? 'refused')}`;
  const text = { done, pending: t.signin.refundQueued, refused }[outcome.state];
  return (
    <div className="flex flex-col gap-5">
      <p
        role="status"
        data-testid="refund-outcome"
        data-state={outcome.state}
        data-reason={outcome.reason ?? ''}
        className={`text-xl font-semibold ${TONE[outcome.state]}`}
      >
        {text}
      </p>
      <button type="button" autoFocus onClick={onClose} className={`${primaryButton} h-14 text-xl`}>
        {t.signin.close}
      </button>
    </div>
  );
}

interface AmountStepProps {
  readonly row: PaymentRow;
  readonly busy: boolean;
  readonly onSubmit: (kind: RefundKind, amountMinor: number) => void;
  readonly onCancel: () => void;
}

export function AmountStep({ row, busy, onSubmit, onCancel }: AmountStepProps) {
  const t = useT();
  const ids = { field: useId(), hint: useId() };
  const left = refundableMinor(row);
  const [text, setText] = useState(moneyInputText(left, row.currency));
  const amountMinor = parseMoneyInput(text, row.currency);
  const valid = amountMinor !== null && amountMinor > 0;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (valid && !busy) onSubmit('refund', amountMinor);
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <label htmlFor={ids.field} className="text-lg font-semibold">
        {t.signin.refundAmountLabel}
      </label>
      <input
        id={ids.field}
        data-testid="refund-amount"
        inputMode={moneyInputMode(row.currency)}
        autoComplete="off"
        autoFocus
        aria-describedby={ids.hint}
        value={text}
        onChange={(event) => setText(moneyFieldText(event.target.value))}
        className={fieldClass}
      />
      <p id={ids.hint} className="text-slate-600">
        {amountMinor !== null && (
          <span className="tabular mr-2 font-semibold text-slate-900">
            {formatMoney(amountMinor, row.currency, t.locale)}
          </span>
        )}
        {t.signin.leftToRefund(formatMoney(left, row.currency, t.locale))}
      </p>
      <div className="flex flex-wrap justify-end gap-3">
        <button type="button" onClick={onCancel} className={cancelClass}>
          {t.signin.cancel}
        </button>
        {row.refundedMinor === 0 && (
          <button
            type="button"
            data-testid="void-submit"
            disabled={busy}
            onClick={() => onSubmit('void', row.amountMinor)}
            className={cancelClass}
          >
            {t.signin.confirmVoid}
          </button>
        )}
        <button
          type="submit"
          data-testid="refund-submit"
          disabled={busy || !valid}
          className={confirmClass}
        >
          {busy ? t.signin.sending : t.signin.confirmRefund}
        </button>
      </div>
    </form>
  );
}

interface OwnerPinStepProps {
  readonly limit: string;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onSubmit: (pin: string) => void;
  readonly onCancel: () => void;
}

export function OwnerPinStep({ limit, busy, error, onSubmit, onCancel }: OwnerPinStepProps) {
  const t = useT();
  const ids = { pin: useId(), hint: useId() };
  const [pin, setPin] = useState('');
  const approve = () => {
    if (pin.length < 4 || busy) return;
    onSubmit(pin);
    // The PIN is not kept on screen: a wrong one is typed again from empty.
    setPin('');
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    approve();
  };
  return (
    <form onSubmit={submit} data-testid="owner-pin-dialog" className="flex flex-col gap-4">
      <p id={ids.hint} className="text-lg text-slate-700">
        {t.signin.ownerPinHint(limit)}
      </p>
      <PinPad
        id={ids.pin}
        label={t.signin.ownerPinLabel}
        value={pin}
        onChange={setPin}
        disabled={busy}
        testIdPrefix="owner-pin"
        describedBy={ids.hint}
        onEnter={approve}
      />
      {error !== null && (
        <p role="alert" data-testid="owner-pin-error" className="text-lg text-rose-700">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-3">
        <button type="button" onClick={onCancel} className={cancelClass}>
          {t.signin.cancel}
        </button>
        <button
          type="submit"
          data-testid="owner-pin-submit"
          disabled={busy || pin.length < 4}
          className={confirmClass}
        >
          {busy ? t.signin.sending : t.signin.approve}
        </button>
      </div>
    </form>
  );
}
