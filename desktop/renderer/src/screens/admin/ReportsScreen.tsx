// Reports for a range of business days: revenue and fees per day, payments by hour, by
// category and by merchant, and the refund ratio; each chart over a table with the fee on
// every row and its CSV export. One core call fetches every chart's rows.
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import type { HourRow, ReportData, TotalsRow } from '../../../../core/admin-data.ts';
import { fieldClass } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import type { Messages } from '../../i18n/messages.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { localDay } from '../../lib/time.ts';
import { labelClass, money, screenClass } from './admin-ui.ts';
import { CountChart, MoneyChart, RatioChart } from './charts.tsx';
import { type Column, DataTable } from './DataTable.tsx';
import { ErrorLine } from './ErrorLine.tsx';

/** The default range: the last seven days, today included. */
const DEFAULT_DAYS = 7;
/** The core's bound on one report (admin-tables.ts MAX_REPORT_DAYS). */
const MAX_REPORT_DAYS = 92;

/** Both days given, from on or before to, and at most MAX_REPORT_DAYS days in all. */
export function rangeFits(from: string, to: string): boolean {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(days) && days >= 0 && days < MAX_REPORT_DAYS;
}

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

const sectionGrid = 'grid items-start gap-3 xl:grid-cols-[auto_minmax(0,1fr)]';

/** A chart with its table beside it (or beneath it on narrow windows). */
function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className={sectionGrid}>
      {children}
    </section>
  );
}

const rowKey = (row: TotalsRow) => `${row.key}|${row.currency}`;

function Charts({ data, range }: { data: ReportData; range: { from: string; to: string } }) {
  const t = useT();
  // Charts draw one currency; the operator's own comes first (the total's first row).
  const currency = data.total[0]?.currency ?? 'KRW';
  const same = <Row extends { currency: string }>(rows: Row[]) =>
    rows.filter((row) => row.currency === currency);
  const days = same(data.byDay);
  const total = data.total.find((row) => row.currency === currency);
  const footer = total === undefined ? {} : { footer: { ...total, key: t.admin.totalRow } };
  const key = (header: string, cell: (row: TotalsRow) => string) => ({ header, cell });
  const dayColumns = totalsColumns(t, key(t.admin.colDay, (row) => row.key));
  const point = (row: TotalsRow, label: string) => ({
    label,
    grossMinor: row.grossMinor,
    feeMinor: row.feeMinor,
  });
  const hourPoints = same(data.byHour).map((row) => ({
    label: t.admin.hourOfDay(row.hour),
    paymentCount: row.paymentCount,
  }));
  const ratioPoints = days.map((row) => ({
    label: row.key,
    ratio: row.grossMinor === 0 ? 0 : row.refundMinor / row.grossMinor,
  }));
  const merchantPoints = same(data.byMerchant).map((row) => point(row, row.name ?? row.key));
  const a = t.admin;
  return (
    <div className="flex flex-col gap-6">
      <ReportSection title={a.chartRevenueFees}>
        <MoneyChart title={a.chartRevenueFees} testId="chart-days" currency={currency}
          feesAs="line" points={days.map((row) => point(row, row.key))} />
        <DataTable title={a.chartRevenueFees} testId="table-days" rows={data.byDay}
          columns={dayColumns} rowKey={rowKey} csv={{ table: 'reportDays', ...range }}
          {...footer} />
      </ReportSection>
      <ReportSection title={a.chartByHour}>
        <CountChart title={a.chartByHour} testId="chart-hours" points={hourPoints} />
        <DataTable title={a.chartByHour} testId="table-hours" rows={data.byHour}
          columns={hourColumns(t)} rowKey={(row) => `${row.hour}|${row.currency}`}
          csv={{ table: 'reportHours', ...range }} />
      </ReportSection>
      <ReportSection title={a.chartByCategory}>
        <MoneyChart title={a.chartByCategory} testId="chart-categories" currency={currency}
          feesAs="bars" points={same(data.byCategory).map((row) => point(row, row.key))} />
        <DataTable title={a.chartByCategory} testId="table-categories" rows={data.byCategory}
          columns={totalsColumns(t, key(a.colCategory, (row) => row.key))} rowKey={rowKey}
          csv={{ table: 'reportCategories', ...range }} />
      </ReportSection>
      <ReportSection title={a.chartByMerchant}>
        <MoneyChart title={a.chartByMerchant} testId="chart-merchants" currency={currency}
          feesAs="bars" points={merchantPoints} />
        <DataTable title={a.chartByMerchant} testId="table-merchants" rows={data.byMerchant}
          columns={totalsColumns(t, key(a.colMerchant, (row) => row.name ?? row.key))}
          rowKey={rowKey} csv={{ table: 'reportMerchants', ...range }} />
      </ReportSection>
      <ReportSection title={a.chartRefundRatio}>
        <RatioChart title={a.chartRefundRatio} testId="chart-refund-ratio" points={ratioPoints} />
        <DataTable title={a.chartRefundRatio} testId="table-refund-ratio" rows={data.byDay}
          columns={dayColumns} rowKey={rowKey} csv={{ table: 'reportDays', ...range }}
          {...footer} />
      </ReportSection>
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
  const valid = rangeFits(from, to);
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
