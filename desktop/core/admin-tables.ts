// The columns of every administrator table's CSV export, and the export itself: the core
// fetches the same rows the screen shows (same filter, same fetcher) and writes them out.
import { z } from 'zod';
import { idSchema } from '../../protocol/index.ts';
import type { ServerClient } from './server-client.ts';
import { type CsvColumn, isoInstant, toCsv } from './admin-csv.ts';
import {
  type DeviceRow,
  type FeeScheduleRow,
  fetchDevices,
  fetchRefunds,
  fetchReport,
  fetchStatements,
  type GiftBatchRow,
  type HourRow,
  type MerchantRow,
  type RefundRow,
  refundRatio,
  type StatementRow,
  type TotalsRow,
} from './admin-data.ts';

/** 'YYYY-MM-DD' that names a real calendar day. */
export const businessDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((day) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), 'no such day');

/** The server reads payments by hour for at most this many days (admin.hourlyFees). */
export const MAX_REPORT_DAYS = 92;
const DAY_MS = 86_400_000;

function rangeFits(range: { from: string; to: string }): boolean {
  const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const days = (dayMs(range.to) - dayMs(range.from)) / DAY_MS;
  return days >= 0 && days < MAX_REPORT_DAYS;
}

const RANGE_MESSAGE = `from on or before to, at most ${MAX_REPORT_DAYS} days`;

export const reportRangeSchema = z
  .strictObject({ from: businessDaySchema, to: businessDaySchema })
  .refine(rangeFits, RANGE_MESSAGE);

const merchantFilter = { merchantId: idSchema.optional() };
const REPORT_TABLES = ['reportDays', 'reportHours', 'reportCategories', 'reportMerchants'] as const;

export const csvRequestSchema = z.discriminatedUnion('table', [
  z.strictObject({ table: z.literal('merchants') }),
  z.strictObject({ table: z.literal('devices'), ...merchantFilter }),
  z.strictObject({ table: z.literal('feeSchedules') }),
  z.strictObject({ table: z.literal('giftBatches') }),
  z.strictObject({ table: z.literal('refunds'), ...merchantFilter }),
  z.strictObject({
    table: z.literal('statements'),
    status: z.enum(['pending', 'approved']).optional(),
  }),
  ...REPORT_TABLES.map((table) =>
    z
      .strictObject({ table: z.literal(table), from: businessDaySchema, to: businessDaySchema })
      .refine(rangeFits, RANGE_MESSAGE),
  ),
]);
export type CsvRequest = z.infer<typeof csvRequestSchema>;

const money = <Row>(header: string, read: (row: Row) => number): CsvColumn<Row> => ({
  header,
  cell: read,
});

const TOTALS_MONEY: CsvColumn<TotalsRow>[] = [
  { header: 'currency', cell: (row) => row.currency },
  { header: 'payments', cell: (row) => row.paymentCount },
  money('gross_minor', (row) => row.grossMinor),
  money('fee_minor', (row) => row.feeMinor),
  { header: 'refunds', cell: (row) => row.refundCount },
  money('refund_minor', (row) => row.refundMinor),
  money('fee_refund_minor', (row) => row.feeRefundMinor),
  { header: 'voids', cell: (row) => row.voidCount },
  money('void_minor', (row) => row.voidMinor),
  money('net_sales_minor', (row) => row.netSalesMinor),
  money('net_fee_minor', (row) => row.netFeeMinor),
  money('merchant_net_minor', (row) => row.merchantNetMinor),
  { header: 'refund_ratio', cell: (row) => refundRatio(row).toFixed(4) },
];

const totalsColumns = (key: CsvColumn<TotalsRow>[]) => [...key, ...TOTALS_MONEY];

const COLUMNS = {
  merchants: [
    { header: 'merchant_id', cell: (row) => row.id },
    { header: 'name', cell: (row) => row.name },
    { header: 'category', cell: (row) => row.category },
    { header: 'currency', cell: (row) => row.currency },
    { header: 'created_at', cell: (row) => isoInstant(row.createdAt) },
  ] satisfies CsvColumn<MerchantRow>[],
  devices: [
    { header: 'device_id', cell: (row) => row.deviceId },
    { header: 'merchant_id', cell: (row) => row.merchantId },
    { header: 'merchant_name', cell: (row) => row.merchantName },
    { header: 'label', cell: (row) => row.label },
    { header: 'status', cell: (row) => row.status },
    { header: 'enrolled_at', cell: (row) => isoInstant(row.enrolledAt) },
  ] satisfies CsvColumn<DeviceRow>[],
  feeSchedules: [
    { header: 'schedule_id', cell: (row) => row.scheduleId },
    { header: 'category', cell: (row) => row.category },
    { header: 'currency', cell: (row) => row.currency },
    { header: 'version', cell: (row) => row.version },
    { header: 'effective_from', cell: (row) => isoInstant(row.effectiveFrom) },
    { header: 'basis_points', cell: (row) => row.basisPoints },
    money('fixed_minor', (row) => row.fixedMinor),
    money('minimum_minor', (row) => row.minimumMinor),
    { header: 'cap_minor', cell: (row) => row.capMinor },
  ] satisfies CsvColumn<FeeScheduleRow>[],
  giftBatches: [
    { header: 'batch_id', cell: (row) => row.batchId },
    { header: 'label', cell: (row) => row.label },
    { header: 'count', cell: (row) => row.count },
    money('value_minor', (row) => row.valueMinor),
    money('total_minor', (row) => row.valueMinor * row.count),
    { header: 'currency', cell: (row) => row.currency },
    { header: 'created_at', cell: (row) => isoInstant(row.createdAt) },
    { header: 'created_by', cell: (row) => row.createdBy },
  ] satisfies CsvColumn<GiftBatchRow>[],
  refunds: [
    { header: 'refund_id', cell: (row) => row.refundId },
    { header: 'payment_id', cell: (row) => row.paymentId },
    { header: 'merchant_id', cell: (row) => row.merchantId },
    money('amount_minor', (row) => row.amountMinor),
    money('fee_refund_minor', (row) => row.feeRefundMinor),
    money('remaining_minor', (row) => row.remainingMinor),
    { header: 'currency', cell: (row) => row.currency },
    { header: 'requested_by', cell: (row) => row.requestedBy },
    { header: 'statement_id', cell: (row) => row.statementId },
    { header: 'created_at', cell: (row) => isoInstant(row.createdAt) },
  ] satisfies CsvColumn<RefundRow>[],
  statements: [
    { header: 'statement_id', cell: (row) => row.statementId },
    { header: 'business_day', cell: (row) => row.businessDay },
    { header: 'merchant_id', cell: (row) => row.merchantId },
    { header: 'merchant_name', cell: (row) => row.merchantName },
    { header: 'status', cell: (row) => row.status },
    { header: 'currency', cell: (row) => row.currency },
    { header: 'payments', cell: (row) => row.paymentCount },
    money('gross_minor', (row) => row.grossMinor),
    { header: 'refunds', cell: (row) => row.refundCount },
    money('refund_minor', (row) => row.refundMinor),
    money('fee_minor', (row) => row.feeMinor),
    money('fee_refund_minor', (row) => row.feeRefundMinor),
    money('net_minor', (row) => row.netMinor),
    money('payout_minor', (row) => row.payoutMinor),
    { header: 'approved_at', cell: (row) => isoInstant(row.approvedAt) },
  ] satisfies CsvColumn<StatementRow>[],
  reportDays: totalsColumns([{ header: 'business_day', cell: (row) => row.key }]),
  reportCategories: totalsColumns([{ header: 'category', cell: (row) => row.key }]),
  reportMerchants: totalsColumns([
    { header: 'merchant_id', cell: (row) => row.key },
    { header: 'merchant_name', cell: (row) => row.name },
  ]),
  reportHours: [
    { header: 'hour', cell: (row) => row.hour },
    { header: 'currency', cell: (row) => row.currency },
    { header: 'payments', cell: (row) => row.paymentCount },
    money('gross_minor', (row) => row.grossMinor),
    money('fee_minor', (row) => row.feeMinor),
  ] satisfies CsvColumn<HourRow>[],
};

export interface CsvFile {
  readonly filename: string;
  readonly text: string;
}

type ReportCsvRequest = Extract<CsvRequest, { from: string }>;

async function reportCsv(client: ServerClient, request: ReportCsvRequest) {
  const range = { from: request.from, to: request.to };
  const report = await fetchReport(client, range);
  switch (request.table) {
    case 'reportDays':
      return toCsv(COLUMNS.reportDays, report.byDay);
    case 'reportCategories':
      return toCsv(COLUMNS.reportCategories, report.byCategory);
    case 'reportMerchants':
      return toCsv(COLUMNS.reportMerchants, report.byMerchant);
    default:
      return toCsv(COLUMNS.reportHours, report.byHour);
  }
}

/** The filter alone goes to the server: its inputs are strict and know no `table`. */
function filterOf<Request extends { table: string }>(request: Request): Omit<Request, 'table'> {
  const { table: _table, ...filter } = request;
  return filter;
}

async function csvText(client: ServerClient, request: CsvRequest): Promise<string> {
  switch (request.table) {
    case 'merchants':
      return toCsv(COLUMNS.merchants, await client.admin.listMerchants.query());
    case 'devices':
      return toCsv(COLUMNS.devices, await fetchDevices(client, filterOf(request)));
    case 'feeSchedules':
      return toCsv(COLUMNS.feeSchedules, await client.fees.listSchedules.query({}));
    case 'giftBatches':
      return toCsv(COLUMNS.giftBatches, await client.giftCertificates.listBatches.query());
    case 'refunds':
      return toCsv(COLUMNS.refunds, await fetchRefunds(client, filterOf(request)));
    case 'statements':
      return toCsv(COLUMNS.statements, await fetchStatements(client, filterOf(request)));
    default:
      return reportCsv(client, request);
  }
}

/** The CSV of one table, named for the table and its filter. */
export async function exportCsv(client: ServerClient, request: CsvRequest): Promise<CsvFile> {
  const range = 'from' in request ? `-${request.from}_${request.to}` : '';
  return { filename: `hspos-${request.table}${range}.csv`, text: await csvText(client, request) };
}
