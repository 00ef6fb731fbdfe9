// Settlements: close an ended business day for every merchant, list the statements (pending
// or approved), review one, and approve it after a confirmation. Approving posts the payout.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import type { StatementRow } from '../../../../core/admin-data.ts';
import type { StatementStatus } from '../../i18n/admin.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { fieldClass, primaryButton, secondaryButton } from '../../components/ui.ts';
import { localDay } from '../../lib/time.ts';
import { labelClass, money, screenClass } from './admin-ui.ts';
import { type Column, DataTable } from './DataTable.tsx';
import { ErrorLine } from './ErrorLine.tsx';
import { StatementDetail } from './StatementDetail.tsx';

function CloseDayForm() {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [day, setDay] = useState(() => localDay(-1));
  const dayId = useId();
  const close = useMutation(
    trpc.admin.settlements.closeDay.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.admin.settlements.list.queryKey() }),
    }),
  );
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!close.isPending && day !== '') close.mutate({ businessDay: day });
  }
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-4" data-testid="close-day-form">
      <label htmlFor={dayId} className={labelClass}>
        {t.admin.closeDayLabel}
        <input id={dayId} type="date" data-testid="close-day-input" value={day} max={localDay(0)}
          onChange={(event) => setDay(event.target.value)} className={fieldClass} />
      </label>
      <button type="submit" data-testid="close-day" disabled={close.isPending || day === ''}
        className={`${primaryButton} h-12 px-6 text-lg`}>
        {t.admin.closeDay}
      </button>
      {close.isSuccess && (
        <p role="status" data-testid="close-day-result" className="text-lg text-emerald-800">
          {t.admin.closedStatements(close.data.length)}
        </p>
      )}
      <ErrorLine error={close.error} testId="close-day-error" />
    </form>
  );
}

const STATUS_FILTERS = ['all', 'pending', 'approved'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];

export function SettlementsScreen() {
  const t = useT();
  const trpc = useTRPC();
  const [status, setStatus] = useState<StatusFilter>('pending');
  const [reviewing, setReviewing] = useState<StatementRow | null>(null);
  const statusId = useId();
  const filter = status === 'all' ? {} : { status };
  const list = useQuery(trpc.admin.settlements.list.queryOptions(filter));
  const statusWord = (value: StatusFilter) =>
    value === 'all' ? t.admin.statusAll : t.admin.statusName(value);
  const m = (amount: number, row: StatementRow) => money(amount, row.currency, t.locale);
  const columns: Column<StatementRow>[] = [
    { header: t.admin.colDay, cell: (row) => row.businessDay },
    { header: t.admin.colMerchant, cell: (row) => row.merchantName ?? row.merchantId },
    { header: t.admin.colPayments, cell: (row) => row.paymentCount, numeric: true },
    { header: t.admin.colGross, cell: (row) => m(row.grossMinor, row), numeric: true },
    { header: t.admin.colRefunds, cell: (row) => m(row.refundMinor, row), numeric: true },
    {
      header: t.admin.colFee,
      cell: (row) => m(row.feeMinor - row.feeRefundMinor, row),
      numeric: true,
    },
    { header: t.admin.colPayout, cell: (row) => m(row.payoutMinor, row), numeric: true },
    {
      header: t.admin.colStatus,
      cell: (row) => (
        <span data-testid="statement-status">
          {t.admin.statusName(row.status as StatementStatus)}
        </span>
      ),
    },
    {
      header: t.admin.colActions,
      cell: (row) => (
        <button type="button" data-testid="statement-review" onClick={() => setReviewing(row)}
          className={`${secondaryButton} h-9 px-4 text-base`}>
          {t.admin.view}
        </button>
      ),
    },
  ];
  return (
    <main className={screenClass} data-testid="admin-settlements">
      <h1 className="text-3xl font-bold">{t.admin.settlementsTitle}</h1>
      <CloseDayForm />
      <label htmlFor={statusId} className={`${labelClass} w-60`}>
        {t.admin.statusFilter}
        <select id={statusId} data-testid="statement-filter" value={status}
          onChange={(event) => setStatus(event.target.value as StatusFilter)}
          className={fieldClass}>
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>{statusWord(value)}</option>
          ))}
        </select>
      </label>
      <ErrorLine error={list.error} />
      <DataTable title={t.admin.settlementsTitle} testId="table-statements" rows={list.data}
        columns={columns} rowKey={(row) => row.statementId}
        csv={{ table: 'statements', ...filter }} />
      {reviewing !== null && (
        <StatementDetail statement={reviewing} onClose={() => setReviewing(null)} />
      )}
    </main>
  );
}
