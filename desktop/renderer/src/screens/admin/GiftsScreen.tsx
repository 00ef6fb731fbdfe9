// Gift certificates: issue a batch of codes of one value (the codes are shown once, to print
// or copy), and the list of batches with their totals; CSV of the batches.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { Currency } from '../../../../../protocol/constants.ts';
import type { GiftBatchRow } from '../../../../core/admin-data.ts';
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

/** The server's bound on one batch. */
const MAX_BATCH_COUNT = 1_000;

function NewBatchForm() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [label, setLabel] = useState('');
  const [count, setCount] = useState('10');
  const [value, setValue] = useState('');
  const [currency, setCurrency] = useState<Currency>('KRW');
  const ids = { label: useId(), count: useId(), value: useId(), currency: useId() };
  const issue = useMutation(
    trpc.admin.giftCertificates.issue.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.admin.giftCertificates.list.queryKey() }),
    }),
  );
  const countNumber = /^\d{1,4}$/.test(count) ? Number(count) : 0;
  const valueMinor = parseMoneyInput(value, currency);
  const valid = label.trim() !== '' && countNumber >= 1 && countNumber <= MAX_BATCH_COUNT &&
    valueMinor !== null && valueMinor > 0;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (valid && valueMinor !== null && !issue.isPending) {
      issue.mutate({ label: label.trim(), count: countNumber, valueMinor, currency });
    }
  }
  return (
    <form onSubmit={submit} data-testid="gift-form" className={formClass}>
      <h2 className="w-full text-xl font-bold">{t.admin.newBatch}</h2>
      <label htmlFor={ids.label} className={labelClass}>
        {t.admin.batchLabelLabel}
        <input id={ids.label} data-testid="gift-label" value={label} maxLength={80}
          onChange={(event) => setLabel(event.target.value)} className={fieldClass} />
      </label>
      <label htmlFor={ids.count} className={labelClass}>
        {t.admin.countLabel}
        <input id={ids.count} data-testid="gift-count" inputMode="numeric" value={count}
          onChange={(event) => setCount(event.target.value)} className={`${fieldClass} w-28`} />
      </label>
      <label htmlFor={ids.value} className={labelClass}>
        {t.admin.valueLabel}
        <input id={ids.value} data-testid="gift-value" inputMode="decimal" value={value}
          onChange={(event) => setValue(event.target.value)} className={`${fieldClass} w-36`} />
      </label>
      <CurrencyField id={ids.currency} value={currency} onChange={setCurrency} />
      <button type="submit" data-testid="gift-issue" disabled={!valid || issue.isPending}
        className={`${primaryButton} h-12 px-6 text-lg`}>
        {issue.isPending ? t.admin.creating : t.admin.issueBatch}
      </button>
      <ErrorLine error={issue.error} testId="gift-issue-error" />
      {issue.data && (
        <div role="status" className="w-full" data-testid="gift-codes">
          <p className="text-lg font-semibold text-amber-900">
            {t.admin.codesShownOnce(issue.data.codes.length)}
          </p>
          <ol className="mt-2 grid grid-cols-2 gap-1 font-mono text-lg md:grid-cols-4">
            {issue.data.codes.map((code) => <li key={code}>{code}</li>)}
          </ol>
        </div>
      )}
    </form>
  );
}

export function GiftsScreen() {
  const t = useT();
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.giftCertificates.list.queryOptions());
  const m = (amount: number, row: GiftBatchRow) => money(amount, row.currency, t.locale);
  const columns: Column<GiftBatchRow>[] = [
    { header: t.admin.batchLabelLabel, cell: (row) => row.label },
    { header: t.admin.colCount, cell: (row) => row.count, numeric: true },
    { header: t.admin.colValue, cell: (row) => m(row.valueMinor, row), numeric: true },
    { header: t.admin.colTotal, cell: (row) => m(row.valueMinor * row.count, row), numeric: true },
    { header: t.admin.colCreated, cell: (row) => dateTime(row.createdAt, t.locale) },
  ];
  return (
    <main className={screenClass} data-testid="admin-gifts">
      <h1 className="text-3xl font-bold">{t.admin.giftsTitle}</h1>
      <NewBatchForm />
      <ErrorLine error={list.error} />
      <DataTable title={t.admin.giftsTitle} testId="table-gifts" rows={list.data} columns={columns}
        rowKey={(row) => row.batchId} csv={{ table: 'giftBatches' }} />
    </main>
  );
}
