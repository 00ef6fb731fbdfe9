// The shift's two dialogs: the float at open, and the blind count at close.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { ShiftClosed } from '../../../core/shifts.ts';
import type { Currency } from '../../../../protocol/constants.ts';
import { useT } from '../i18n/i18n-context.ts';
import { describeError } from '../lib/errors.ts';
import { moneyFieldText, moneyInputMode, parseMoneyInput } from '../lib/money-input.ts';
import { formatMoney } from '../lib/money.ts';
import { useTRPC } from '../lib/trpc.ts';
import { Modal } from './Modal.tsx';
import { focusRing, primaryButton, secondaryButton } from './ui.ts';

const cashFieldClass = [
  focusRing,
  'w-full rounded-2xl border-2 border-slate-300 px-5 py-3 text-right text-3xl tabular',
].join(' ');
const errorClass = 'rounded-xl bg-rose-100 px-4 py-2 text-rose-900';

function useCurrency(): Currency {
  const trpc = useTRPC();
  const info = useQuery(trpc.console.info.queryOptions());
  return info.data?.enrolled === true ? info.data.currency : 'KRW';
}

interface CashFormProps {
  readonly label: string;
  readonly hint: string;
  readonly testId: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onSubmit: (amountMinor: number) => void;
  readonly onCancel: () => void;
}

function CashForm(props: CashFormProps) {
  const t = useT();
  const currency = useCurrency();
  const ids = { field: useId(), hint: useId() };
  const [text, setText] = useState('');
  const amountMinor = parseMoneyInput(text, currency);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (amountMinor !== null && !props.busy) props.onSubmit(amountMinor);
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4">
      <label htmlFor={ids.field} className="text-lg font-semibold">{props.label}</label>
      <input id={ids.field} data-testid={props.testId} inputMode={moneyInputMode(currency)}
        autoComplete="off"
        autoFocus aria-describedby={ids.hint} value={text}
        onChange={(event) => setText(moneyFieldText(event.target.value))}
        className={cashFieldClass} />
      <p id={ids.hint} className="text-slate-600">
        {amountMinor !== null && (
          <span className="tabular mr-2 font-semibold text-slate-900">
            {formatMoney(amountMinor, currency, t.locale)}
          </span>
        )}
        {props.hint}
      </p>
      {props.error !== null && (
        <p role="alert" data-testid="shift-error" className={errorClass}>
          {props.error}
        </p>
      )}
      <div className="flex justify-end gap-3">
        <button type="button" onClick={props.onCancel}
          className={`${secondaryButton} h-14 px-6 text-xl`}>
          {t.signin.cancel}
        </button>
        <button type="submit" data-testid={`${props.testId}-submit`}
          disabled={props.busy || amountMinor === null}
          className={`${primaryButton} h-14 px-6 text-xl`}>
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}

export function OpenShiftDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const open = useMutation(
    trpc.shift.open.mutationOptions({
      onSuccess: (opened) => {
        queryClient.setQueryData(trpc.shift.current.queryKey(), opened);
        onClose();
      },
    }),
  );
  return (
    <Modal title={t.signin.openShiftTitle} testId="shift-open-dialog" onClose={onClose}>
      <CashForm label={t.signin.floatLabel} hint={t.signin.floatHint} testId="shift-float"
        submitLabel={open.isPending ? t.opening : t.signin.confirmOpenShift} busy={open.isPending}
        error={open.isError ? describeError(open.error, t) : null}
        onSubmit={(openingFloatMinor) => open.mutate({ openingFloatMinor })} onCancel={onClose} />
    </Modal>
  );
}

function CountResult({ closed, onClose }: { closed: ShiftClosed; onClose: () => void }) {
  const t = useT();
  const currency = useCurrency();
  const money = (amountMinor: number) => formatMoney(amountMinor, currency, t.locale);
  const variance = closed.varianceMinor;
  const tone = variance === 0 ? 'text-emerald-700' : 'text-rose-700';
  return (
    <div data-testid="shift-count-result" className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-xl">
        <dt>{t.signin.countedResultLabel}</dt>
        <dd data-testid="shift-counted" className="tabular text-right">
          {money(closed.countedCashMinor)}
        </dd>
        <dt>{t.signin.expectedLabel}</dt>
        <dd data-testid="shift-expected" className="tabular text-right">
          {money(closed.expectedCashMinor)}
        </dd>
        <dt className="font-bold">{t.signin.varianceLabel}</dt>
        <dd data-testid="shift-variance" data-variance={variance}
          className={`tabular text-right font-bold ${tone}`}>
          {variance > 0 ? '+' : ''}{money(variance)} · {t.signin.varianceWords(variance)}
        </dd>
      </dl>
      <button type="button" data-testid="shift-count-done" autoFocus onClick={onClose}
        className={`${primaryButton} h-14 text-xl`}>
        {t.signin.done}
      </button>
    </div>
  );
}

export function CloseShiftDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const close = useMutation(
    trpc.shift.close.mutationOptions({
      onSuccess: () => queryClient.setQueryData(trpc.shift.current.queryKey(), null),
    }),
  );
  const title = close.isSuccess ? t.signin.shiftClosedTitle : t.signin.closeShiftTitle;
  return (
    <Modal title={title} testId="shift-close-dialog" onClose={onClose}>
      {close.isSuccess ? (
        <CountResult closed={close.data} onClose={onClose} />
      ) : (
        <CashForm label={t.signin.countedLabel} hint={t.signin.blindCountHint} testId="shift-count"
          submitLabel={close.isPending ? t.closing : t.signin.recordCount} busy={close.isPending}
          error={close.isError ? describeError(close.error, t) : null}
          onSubmit={(countedCashMinor) => close.mutate({ countedCashMinor })} onCancel={onClose} />
      )}
    </Modal>
  );
}
