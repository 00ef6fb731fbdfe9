// The owner's screen: cashiers on this console (add with a PIN, remove) and the refund limit
// up to which a cashier refunds without the owner's PIN.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { EnrolledConsoleInfo } from '../../../core/types.ts';
import { onlyDigits, PIN_MAX_DIGITS } from '../components/PinPad.tsx';
import { focusRing, panel, primaryButton, secondaryButton } from '../components/ui.ts';
import { useT } from '../i18n/i18n-context.ts';
import { describeError } from '../lib/errors.ts';
import { formatMoney } from '../lib/money.ts';
import {
  moneyFieldText,
  moneyInputMode,
  moneyInputText,
  parseMoneyInput,
} from '../lib/money-input.ts';
import { useTRPC } from '../lib/trpc.ts';

const fieldClass = `${focusRing} rounded-xl border-2 border-slate-300 px-4 py-2 text-xl`;

function AddCashier() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = { name: useId(), pin: useId() };
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const add = useMutation(
    trpc.auth.staff.addCashier.mutationOptions({
      onSuccess: () => {
        setName('');
        setPin('');
        void queryClient.invalidateQueries({ queryKey: trpc.auth.staff.list.queryKey() });
      },
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!add.isPending) add.mutate({ name: name.trim(), pin });
  };
  return (
    <form onSubmit={submit} data-testid="add-cashier" className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.name} className="font-semibold">{t.signin.nameLabel}</label>
        <input id={ids.name} data-testid="cashier-name" value={name} maxLength={40}
          onChange={(event) => setName(event.target.value)} className={fieldClass} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.pin} className="font-semibold">{t.signin.newPinLabel}</label>
        <input id={ids.pin} data-testid="cashier-pin" type="password" inputMode="numeric"
          autoComplete="off" maxLength={PIN_MAX_DIGITS} value={pin}
          onChange={(event) => setPin(onlyDigits(event.target.value))}
          className={`${fieldClass} font-mono tracking-[0.3em]`} />
      </div>
      <button type="submit" disabled={add.isPending || name.trim() === '' || pin.length < 4}
        className={`${primaryButton} h-12 px-6 text-lg`}>
        {t.signin.addCashier}
      </button>
      {add.isError && (
        <p role="alert" className="basis-full text-rose-700">{describeError(add.error, t)}</p>
      )}
    </form>
  );
}

function Cashiers() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const staff = useQuery(trpc.auth.staff.list.queryOptions());
  const remove = useMutation(
    trpc.auth.staff.remove.mutationOptions({
      onSuccess: () =>
        void queryClient.invalidateQueries({ queryKey: trpc.auth.staff.list.queryKey() }),
    }),
  );
  const cashiers = (staff.data ?? []).filter((member) => member.role === 'cashier');
  return (
    <section aria-labelledby="cashiers-heading" className="flex flex-col gap-4">
      <h2 id="cashiers-heading" className="text-2xl font-bold">{t.signin.cashiersHeading}</h2>
      {[staff.error, remove.error].map(
        (error, index) =>
          error !== null && (
            <p key={index} role="alert" className="text-rose-700">{describeError(error, t)}</p>
          ),
      )}
      {staff.isSuccess && cashiers.length === 0 && (
        <p className="text-slate-500">{t.signin.noCashiers}</p>
      )}
      <ul className="divide-y divide-slate-100">
        {cashiers.map((member) => (
          <li key={member.staffId} data-testid="cashier-row"
            className="flex items-center justify-between gap-4 py-3 text-xl">
            <span>{member.name}</span>
            <button type="button" disabled={remove.isPending}
              onClick={() => remove.mutate({ staffId: member.staffId })}
              className={`${secondaryButton} h-10 px-4 text-base`}>
              {t.signin.removeCashier(member.name)}
            </button>
          </li>
        ))}
      </ul>
      <AddCashier />
    </section>
  );
}

function RefundLimit({ info }: { info: EnrolledConsoleInfo }) {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const limit = useQuery(trpc.auth.refundLimit.queryOptions());
  const [typed, setTyped] = useState<string | null>(null);
  const save = useMutation(
    trpc.auth.staff.setRefundLimit.mutationOptions({
      onSuccess: (answer) => {
        queryClient.setQueryData(trpc.auth.refundLimit.queryKey(), answer);
        setTyped(null);
      },
    }),
  );
  const current = limit.data?.refundLimitMinor;
  const value = typed ?? (current === undefined ? '' : moneyInputText(current, info.currency));
  const limitMinor = parseMoneyInput(value, info.currency);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (limitMinor !== null) save.mutate({ refundLimitMinor: limitMinor });
  };
  return (
    <section aria-labelledby="limit-heading" className="flex flex-col gap-3">
      <h2 id="limit-heading" className="text-2xl font-bold">{t.signin.refundLimitHeading}</h2>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="font-semibold">{t.signin.refundLimitLabel}</label>
          <input id={inputId} data-testid="refund-limit" inputMode={moneyInputMode(info.currency)}
            value={value}
            onChange={(event) => setTyped(moneyFieldText(event.target.value))}
            className={`${fieldClass} tabular`} />
        </div>
        <button type="submit" disabled={save.isPending || limitMinor === null}
          className={`${primaryButton} h-12 px-6 text-lg`}>
          {t.signin.saveLimit}
        </button>
      </form>
      <p className="text-slate-600">
        {current !== undefined && `${formatMoney(current, info.currency, t.locale)} · `}
        {t.signin.refundLimitHint}
      </p>
      {save.isSuccess && <p role="status">{t.signin.saved}</p>}
      {save.isError && <p role="alert" className="text-rose-700">{describeError(save.error, t)}</p>}
    </section>
  );
}

export function StaffScreen({ info }: { info: EnrolledConsoleInfo }) {
  const t = useT();
  return (
    <main className="min-h-0 flex-1 overflow-y-auto p-6">
      <div className={`${panel} mx-auto flex max-w-3xl flex-col gap-8 p-8`}>
        <h1 className="text-3xl font-bold">{t.signin.staffTitle}</h1>
        <Cashiers />
        <RefundLimit info={info} />
      </div>
    </main>
  );
}
