// What each administrator table shows, fetched from the server in one place, so a table on
// screen and its CSV export are the same rows for the same filter.
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../server/routers/index.ts';
import type { ServerClient } from './server-client.ts';

type Outputs = inferRouterOutputs<AppRouter>;
export type MerchantRow = Outputs['admin']['listMerchants'][number];
export type DeviceRow = Outputs['admin']['listDevices'][number];
export type FeeScheduleRow = Outputs['fees']['listSchedules'][number];
export type GiftBatchRow = Outputs['giftCertificates']['listBatches'][number];
export type TotalsRow = Outputs['reports']['totals'][number];
export type HourRow = Outputs['admin']['hourlyFees'][number];
export type RefundRow = Outputs['payments']['refunds'][number];
export type StatementRow = Outputs['settlements']['list'][number] & {
  readonly merchantName: string | null;
};

/** Newest refunds the audit shows at once (the server's page limit). */
export const REFUNDS_AUDIT_LIMIT = 500;
/** Statements listed at once (the server's page limit). */
export const STATEMENTS_LIMIT = 500;

export interface ReportRange {
  /** First and last business day, inclusive ('YYYY-MM-DD'). */
  readonly from: string;
  readonly to: string;
}

export interface ReportData {
  readonly byDay: TotalsRow[];
  readonly byCategory: TotalsRow[];
  readonly byMerchant: TotalsRow[];
  readonly total: TotalsRow[];
  readonly byHour: HourRow[];
}

export function fetchDevices(client: ServerClient, filter: { merchantId?: string }) {
  return client.admin.listDevices.query(filter);
}

export async function fetchStatements(
  client: ServerClient,
  filter: { status?: 'pending' | 'approved' },
): Promise<StatementRow[]> {
  // Two calls in one tick travel in one HTTP request.
  const [statements, merchants] = await Promise.all([
    client.settlements.list.query({ ...filter, limit: STATEMENTS_LIMIT }),
    client.admin.listMerchants.query(),
  ]);
  const names = new Map(merchants.map((merchant) => [merchant.id, merchant.name]));
  return statements.map((row) => ({ ...row, merchantName: names.get(row.merchantId) ?? null }));
}

export function fetchRefunds(client: ServerClient, filter: { merchantId?: string }) {
  return client.payments.refunds.query({ ...filter, limit: REFUNDS_AUDIT_LIMIT });
}

/** Every chart's data for one date range, in one HTTP request. */
export async function fetchReport(
  client: ServerClient,
  range: ReportRange,
): Promise<ReportData> {
  const totals = (groupBy: 'day' | 'category' | 'merchant' | 'total') =>
    client.reports.totals.query({ ...range, groupBy });
  const [byDay, byCategory, byMerchant, total, byHour] = await Promise.all([
    totals('day'),
    totals('category'),
    totals('merchant'),
    totals('total'),
    client.admin.hourlyFees.query(range),
  ]);
  return { byDay, byCategory, byMerchant, total, byHour };
}

/** Refunds over gross, 0 when nothing was sold: a ratio for display, never for money. */
export function refundRatio(row: { grossMinor: number; refundMinor: number }): number {
  return row.grossMinor === 0 ? 0 : row.refundMinor / row.grossMinor;
}
