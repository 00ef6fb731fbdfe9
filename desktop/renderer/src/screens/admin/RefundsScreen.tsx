// The refunds audit: the newest refunds of every merchant (or one), who asked for each, the
// fee returned with it and what is left to refund of its payment; CSV of the same rows.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { RefundRow } from '../../../../core/admin-data.ts';
import { fieldClass } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { dateTime, labelClass, money, screenClass } from './admin-ui.ts';
import { type Column, DataTable } from './DataTable.tsx';
import { ErrorLine } from './ErrorLine.tsx';

/** The core's page of the audit (admin-data.ts REFUNDS_AUDIT_LIMIT). */
const AUDIT_LIMIT = 500;

export function RefundsScreen() {
  const t = useT();
  const trpc = useTRPC();
  const [merchantId, setMerchantId] = useState('');
  const merchantFieldId = useId();
  const merchants = useQuery(trpc.admin.merchants.list.queryOptions());
  const filter = merchantId === '' ? {} : { merchantId };
  const refunds = useQuery(trpc.admin.refunds.queryOptions(filter));
  const names = new Map((merchants.data ?? []).map((row) => [row.id, row.name]));
  const m = (amount: number, row: RefundRow) => money(amount, row.currency, t.locale);
  const columns: Column<RefundRow>[] = [
    { header: t.admin.colWhen, cell: (row) => dateTime(row.createdAt, t.locale) },
    { header: t.admin.colMerchant, cell: (row) => names.get(row.merchantId) ?? row.merchantId },
    { header: t.admin.colPayment, cell: (row) => <code>{row.paymentId.slice(0, 8)}</code> },
    { header: t.admin.colAmount, cell: (row) => m(row.amountMinor, row), numeric: true },
    { header: t.admin.colFeeRefund, cell: (row) => m(row.feeRefundMinor, row), numeric: true },
    { header: t.admin.colRemaining, cell: (row) => m(row.remainingMinor, row), numeric: true },
    { header: t.admin.colRequestedBy, cell: (row) => row.requestedBy.split(':')[0] ?? '' },
  ];
  return (
    <main className={screenClass} data-testid="admin-refunds">
      <h1 className="text-3xl font-bold">{t.admin.refundsTitle}</h1>
      <label htmlFor={merchantFieldId} className={`${labelClass} w-80`}>
        {t.admin.merchantFilter}
        <select id={merchantFieldId} data-testid="refunds-merchant" value={merchantId}
          onChange={(event) => setMerchantId(event.target.value)} className={fieldClass}>
          <option value="">{t.admin.allMerchants}</option>
          {(merchants.data ?? []).map((row) => (
            <option key={row.id} value={row.id}>{row.name}</option>
          ))}
        </select>
      </label>
      <ErrorLine error={refunds.error ?? merchants.error} />
      <DataTable title={t.admin.refundsTitle} testId="table-refunds" rows={refunds.data}
        columns={columns} rowKey={(row) => row.refundId} csv={{ table: 'refunds', ...filter }}
        note={t.admin.refundsLimitNote(AUDIT_LIMIT)} />
    </main>
  );
}
