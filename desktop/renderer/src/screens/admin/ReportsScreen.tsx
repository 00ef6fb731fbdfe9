// Reports for a range of business days: revenue and fees per day, payments by hour, by
// category and by merchant, and the refund ratio; each chart over a table with the fee on
// every row and its CSV export. One core call fetches every chart's rows.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { HourRow, ReportData, TotalsRow } from '../../../../core/admin-data.ts';
import { useT } from '../../i18n/i18n-context.ts';
import type { Messages } from '../../i18n/messages.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { fieldClass, labelClass, localDay, money, screenClass } from './admin-ui.ts';
import { CountChart, MoneyChart, RatioChart } from './charts.tsx';
import { type Column, DataTable } from './DataTable.tsx';
import { ErrorLine } from './ErrorLine.tsx';

/** The default range: the last seven days, today included. */
const DEFAULT_DAYS = 7;

const ratioText = (row: { grossMinor: number; refundMinor: number }) =>
  row.grossMinor === 0 ? '0.0%' : `${((row.refundMinor / row.grossMinor) * 100).toFixed(1)}%`;

/** The columns every totals table shares after its key column: the fee is always there. */
function totalsColumns(t: Messages, key: Column<TotalsRow>): Column<TotalsRow>[] {
  const m = (amount: number, row: TotalsRow) => money(amount, row.currency, t.locale);
  return [
    key,
    { header: t.admin.colPayments, cell: (row) => row.paymentCount, numeric: true },
    { header: t.admin.colGross, cell: (row) => m(row.grossMinor, row), numeric: true },
    { header: t.admin.colFee, cell: (row) => m(row.feeMinor, row), numeric: true },
    { header: t.admin.colRefunds, cell: (row) => m(row.refundMinor, row), numeric: true },
    { header: t.admin.colNetSales, cell: (row) => m(row.netSalesMinor, row), numeric: true },
    { header: t.admin.colNetFee, cell: (row) => m(row.netFeeMinor, row), numeric: true },
    { header: t.admin.colRefundRatio, cell: ratioText, numeric: true },
  ];
}

function hourColumns(t: Messages): Column<HourRow>[] {
  const m = (amount: number, row: HourRow) => money(amount, row.currency, t.locale);
  return [
    { header: t.admin.colHour, cell: (row) => t.admin.hourOfDay(row.hour) },
    { header: t.admin.colPayments, cell: (row) => row.paymentCount, numeric: true },
    { header: t.admin.colGross, cell: (row) => m(row.grossMinor, row), numeric: true },
    { header: t.admin.colFee, cell: (row) => m(row.feeMinor, row), numeric: true },
  ];
}

function Charts({ data, range }: { data: ReportData; range: { from: string; to: string } }) {
  const t = useT();
  // Charts draw one currency; the operator's own comes first (the total's first row).
  const currency = data.total[0]?.currency ?? 'KRW';
  const same = <Row extends { currency: string }>(rows: Row[]) =>
    rows.filter((row) => row.currency === currency);
  const days = same(data.byDay);
  const total = data.total.find((row) => row.currency === currency);
  const footer = total && { ...total, key: t.admin.totalRow };
  const dayKey = { header: t.admin.colDay, cell: (row: TotalsRow) => row.key };
  const merchantKey = { header: t.admin.colMerchant, cell: (row: TotalsRow) => row.name ?? row.key };
  const categoryKey = { header: t.admin.colCategory, cell: (row: TotalsRow) => row.key };
  const point = (row: TotalsRow, label: string) => ({ label, grossMinor: row.grossMinor, feeMinor: row.feeMinor });
  return (
    <div className="grid gap-6 2xl:grid-cols-2">
      <section className="flex flex-col gap-3" aria-label={t.admin.chartRevenueFees}>
        <MoneyChart title={t.admin.chartRevenueFees} testId="chart-days" currency={currency} feesAs="line"
          points={days.map((row) => point(row, row.key))} />
        <DataTable title={t.admin.chartRevenueFees} testId="table-days" rows={data.byDay}
          columns={totalsColumns(t, dayKey)} rowKey={(row) => `${row.key}|${row.currency}`}
          csv={{ table: 'reportDays', ...range }} {...(footer ? { footer } : {})} />
      </section>
      <section className="flex flex-col gap-3" aria-label={t.admin.chartByHour}>
        <CountChart title={t.admin.chartByHour} testId="chart-hours"
          points={same(data.byHour).map((row) => ({ label: t.admin.hourOfDay(row.hour), paymentCount: row.paymentCount }))} />
        <DataTable title={t.admin.chartByHour} testId="table-hours" rows={data.byHour}
          columns={hourColumns(t)} rowKey={(row) => `${row.hour}|${row.currency}`}
          csv={{ table: 'reportHours', ...range }} />
      </section>
      <section className="flex flex-col gap-3" aria-label={t.admin.chartByCategory}>
        <MoneyChart title={t.admin.chartByCategory} testId="chart-categories" currency={currency} feesAs="bars"
          points={same(data.byCategory).map((row) => point(row, row.key))} />
        <DataTable title={t.admin.chartByCategory} testId="table-categories" rows={data.byCategory}
          columns={totalsColumns(t, categoryKey)} rowKey={(row) => `${row.key}|${row.currency}`}
          csv={{ table: 'reportCategories', ...range }} />
      </section>
      <section className="flex flex-col gap-3" aria-label={t.admin.chartByMerchant}>
        <MoneyChart title={t.admin.chartByMerchant} testId="chart-merchants" currency={currency} feesAs="bars"
          points={same(data.byMerchant).map((row) => point(row, row.name ?? row.key))} />
        <DataTable title={t.admin.chartByMerchant} testId="table-merchants" rows={data.byMerchant}
          columns={totalsColumns(t, merchantKey)} rowKey={(row) => `${row.key}|${row.currency}`}
          csv={{ table: 'reportMerchants', ...range }} />
      </section>
      <section className="flex flex-col gap-3" aria-label={t.admin.chartRefundRatio}>
        <RatioChart title={t.admin.chartRefundRatio} testId="chart-refund-ratio"
          points={days.map((row) => ({ label: row.key, ratio: row.grossMinor === 0 ? 0 : row.refundMinor / row.grossMinor }))} />
        <DataTable title={t.admin.chartRefundRatio} testId="table-refund-ratio" rows={data.byDay}
          columns={totalsColumns(t, dayKey)} rowKey={(row) => `${row.key}|${row.currency}`}
          csv={{ table: 'reportDays', ...range }} {...(footer ? { footer } : {})} />
      </section>
    </div>
  );
}

export function ReportsScreen() {
  const t = useT();
  const trpc = useTRPC();
  const [from, setFrom] = useState(() => localDay(1 - DEFAULT_DAYS));
  const [to, setTo] = useState(() => localDay(0));
  const fromId = useId();
  const toId = useId();
  const valid = from !== '' && to !== '' && from <= to;
  const report = useQuery({ ...trpc.admin.report.queryOptions({ from, to }), enabled: valid });
  return (
    <main className={screenClass} data-testid="admin-reports">
      <h1 className="text-3xl font-bold">{t.admin.reportsTitle}</h1>
      <div className="flex flex-wrap items-end gap-4">
        <label htmlFor={fromId} className={labelClass}>
          {t.admin.fromLabel}
          <input id={fromId} type="date" data-testid="report-from" value={from} max={to}
            onChange={(event) => setFrom(event.target.value)} className={fieldClass} />
        </label>
        <label htmlFor={toId} className={labelClass}>
          {t.admin.toLabel}
          <input id={toId} type="date" data-testid="report-to" value={to} min={from}
            onChange={(event) => setTo(event.target.value)} className={fieldClass} />
        </label>
      </div>
      {!valid && <p role="alert" className="text-lg text-rose-700">{t.admin.rangeInvalid}</p>}
      <ErrorLine error={report.error} />
      {report.data === undefined
        ? valid && report.isPending && <p className="text-slate-500">{t.admin.loading}</p>
        : <Charts data={report.data} range={{ from, to }} />}
    </main>
  );
}
