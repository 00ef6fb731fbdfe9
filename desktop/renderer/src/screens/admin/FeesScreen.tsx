// Fee schedules: every version of every category's schedule (the fee of a payment names the
// version it used), and a form for the next version, in force from the server's now.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { Currency } from '../../../../../protocol/constants.ts';
import type { FeeScheduleRow } from '../../../../core/admin-data.ts';
import { fieldClass, primaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { parseMoneyInput } from '../../lib/money-input.ts';
import { useTRPC } from '../../lib/trpc.ts';
import {
  dateTime,
  formClass,
  labelClass,
  money,
  screenClass,
} from './admin-ui.ts';
import { type Column, DataTable } from './DataTable.tsx';
import { ErrorLine } from './ErrorLine.tsx';
import { CurrencyField } from './CurrencyField.tsx';

/** "2.5" → 250 basis points; null unless 0–100 with at most two decimals. */
export function percentToBasisPoints(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(text.trim());
  if (match === null) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return basisPoints <= 10_000 ? basisPoints : null;
}

function NewVersionForm() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState('*');
  const [currency, setCurrency] = useState<Currency>('KRW');
  const [percent, setPercent] = useState('');
  const [fixed, setFixed] = useState('0');
  const [minimum, setMinimum] = useState('0');
  const [cap, setCap] = useState('');
  const ids = { category: useId(), currency: useId(), percent: useId(), fixed: useId(),
    minimum: useId(), cap: useId(), capHint: useId() };
  const create = useMutation(
    trpc.admin.fees.create.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.fees.list.queryKey() }),
    }),
  );
  const basisPoints = percentToBasisPoints(percent);
  const fixedMinor = parseMoneyInput(fixed, currency);
  const minimumMinor = parseMoneyInput(minimum, currency);
  const capMinor = cap.trim() === '' ? null : parseMoneyInput(cap, currency);
  const valid = basisPoints !== null && fixedMinor !== null && minimumMinor !== null &&
    (cap.trim() === '' || capMinor !== null) && category.trim() !== '';
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!valid || create.isPending) return;
    const amounts = { basisPoints, fixedMinor, minimumMinor, capMinor };
    create.mutate({ category: category.trim(), currency, ...amounts });
  }
  type Setter = (next: string) => void;
  const field = (id: string, label: string, value: string, set: Setter, testId: string) => (
    <label htmlFor={id} className={labelClass}>
      {label}
      <input id={id} data-testid={testId} inputMode="decimal" value={value}
        onChange={(event) => set(event.target.value)} className={`${fieldClass} w-36`} />
    </label>
  );
  return (
    <form onSubmit={submit} data-testid="fee-form" className={formClass}>
      <h2 className="w-full text-xl font-bold">{t.admin.newVersion}</h2>
      {field(ids.category, t.admin.categoryLabel, category, setCategory, 'fee-category')}
      <CurrencyField id={ids.currency} value={currency} onChange={setCurrency} />
      {field(ids.percent, t.admin.percentLabel, percent, setPercent, 'fee-percent')}
      {field(ids.fixed, t.admin.fixedLabel, fixed, setFixed, 'fee-fixed')}
      {field(ids.minimum, t.admin.minimumLabel, minimum, setMinimum, 'fee-minimum')}
      {field(ids.cap, t.admin.capLabel, cap, setCap, 'fee-cap')}
      <p id={ids.capHint} className="w-full text-sm text-slate-600">{t.admin.capHint}</p>
      {!valid && percent !== '' && (
        <p role="alert" className="w-full text-rose-700">{t.admin.amountInvalid}</p>
      )}
      <button type="submit" data-testid="fee-create" disabled={!valid || create.isPending}
        className={`${primaryButton} h-12 px-6 text-lg`}>
        {create.isPending ? t.admin.creating : t.admin.newVersion}
      </button>
      <ErrorLine error={create.error} testId="fee-create-error" />
    </form>
  );
}

export function FeesScreen() {
  const t = useT();
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.fees.list.queryOptions());
  const m = (amount: number, row: FeeScheduleRow) => money(amount, row.currency, t.locale);
  const columns: Column<FeeScheduleRow>[] = [
    {
      header: t.admin.colCategory,
      cell: (row) => (row.category === '*' ? t.admin.defaultCategory : row.category),
    },
    { header: t.admin.colCurrency, cell: (row) => row.currency },
    { header: t.admin.colVersion, cell: (row) => row.version, numeric: true },
    { header: t.admin.colEffective, cell: (row) => dateTime(row.effectiveFrom, t.locale) },
    {
      header: t.admin.colRate,
      cell: (row) => `${(row.basisPoints / 100).toFixed(2)}%`,
      numeric: true,
    },
    { header: t.admin.colFixed, cell: (row) => m(row.fixedMinor, row), numeric: true },
    { header: t.admin.colMinimum, cell: (row) => m(row.minimumMinor, row), numeric: true },
    {
      header: t.admin.colCap,
      cell: (row) => (row.capMinor === null ? t.admin.noCap : m(row.capMinor, row)),
      numeric: true,
    },
  ];
  return (
    <main className={screenClass} data-testid="admin-fees">
      <h1 className="text-3xl font-bold">{t.admin.feesTitle}</h1>
      <NewVersionForm />
      <ErrorLine error={list.error} />
      <DataTable title={t.admin.feesTitle} testId="table-fees" rows={list.data} columns={columns}
        rowKey={(row) => row.scheduleId} csv={{ table: 'feeSchedules' }} />
    </main>
  );
}
