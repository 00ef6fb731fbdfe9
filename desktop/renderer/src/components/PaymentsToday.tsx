// Today's payments beside the register, newest first, with the day's sales summary above
// them and a Refund button on each paid row (RefundDialog asks the owner when needed).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Currency } from '../../../../protocol/constants.ts';
import type { PaymentRow } from '../../../core/types.ts';
import { reasonInWords, useT } from '../i18n/i18n-context.ts';
import { outcomeOf, paymentLabel, rowReason } from '../lib/charge-state.ts';
import { describeError } from '../lib/errors.ts';
import { formatMoney } from '../lib/money.ts';
import { formatTime } from '../lib/time.ts';
import { useTRPC } from '../lib/trpc.ts';
import { useSyncStatusQuery } from '../lib/use-sync-status.ts';
import { refundableMinor, salesSummary } from '../lib/sales-summary.ts';
import { RefundDialog } from './RefundDialog.tsx';
import { focusRing, panel } from './ui.ts';

/** Slow background refresh; each finished charge also refreshes the list at once. */
const TODAY_REFRESH_MS = 15_000;

const BADGE_CLASS = {
  paid: 'bg-emerald-100 text-emerald-800',
  'not-paid': 'bg-rose-100 text-rose-800',
  'paid-offline': 'bg-sky-100 text-sky-900 ring-1 ring-sky-300',
  pending: 'bg-amber-100 text-amber-900',
} as const;
/** The cashier's own cancel is routine, not an alarm. */
const CANCELLED_BADGE_CLASS = 'bg-slate-100 text-slate-700';

/** Sum of amounts in `currency` whose outcome is `outcome`: integers, so it is exact. */
export function totalMinor(
  rows: readonly PaymentRow[],
  currency: Currency,
  outcome: 'paid' | 'paid-offline',
): number {
  return rows
    .filter((row) => outcomeOf(row.state) === outcome && row.currency === currency)
    .reduce((total, row) => total + row.amountMinor, 0);
}

/** Sum of settled amounts in `currency`: only what the server has confirmed. */
export function paidTotalMinor(rows: readonly PaymentRow[], currency: Currency): number {
  return totalMinor(rows, currency, 'paid');
}

/** "2 paid · ₩9,000", plus what was accepted offline and is still on its way to the server. */
function TotalLine({ rows, currency }: { rows: readonly PaymentRow[]; currency: Currency }) {
  const paidCount = rows.filter((row) => outcomeOf(row.state) === 'paid').length;
  const offlineCount = rows.filter((row) => outcomeOf(row.state) === 'paid-offline').length;
  const t = useT();
  return (
    <p data-testid="payments-today-total" className="tabular text-lg text-slate-600">
      {t.paidCount(paidCount)} · {formatMoney(paidTotalMinor(rows, currency), currency, t.locale)}
      {offlineCount > 0 && (
        <span data-testid="payments-today-offline" className="block text-base text-sky-800">
          + {t.offlineSyncingCount(offlineCount)} ·{' '}
          {formatMoney(totalMinor(rows, currency, 'paid-offline'), currency, t.locale)}
        </span>
      )}
    </p>
  );
}

/** Count, gross, refunds and net of today's settled payments. */
function SummaryLine({ rows, currency }: { rows: readonly PaymentRow[]; currency: Currency }) {
  const t = useT();
  const summary = salesSummary(rows, currency);
  const money = (amountMinor: number) => formatMoney(amountMinor, currency, t.locale);
  const cells = [
    ['count', t.signin.salesCount, String(summary.count)],
    ['gross', t.signin.gross, money(summary.grossMinor)],
    ['refunds', t.signin.refunds, money(summary.refundsMinor)],
    ['net', t.signin.net, money(summary.netMinor)],
  ] as const;
  return (
    <section aria-label={t.signin.summaryHeading} data-testid="sales-summary"
      className="mt-3 grid grid-cols-4 gap-2 text-center">
      {cells.map(([id, label, value]) => (
        <div key={id} className="rounded-xl bg-slate-50 px-2 py-1.5">
          <div className="text-sm text-slate-500">{label}</div>
          <div data-testid={`summary-${id}`} className="tabular text-lg font-bold">{value}</div>
        </div>
      ))}
    </section>
  );
}

const refundBadgeClass = [
  'col-span-2 col-start-2 justify-self-end rounded-full px-3 py-0.5',
  'text-sm font-semibold',
].join(' ');
const WAITING_TONE = 'bg-amber-100 text-amber-900';
const REFUNDED_TONE = 'bg-violet-100 text-violet-900';
const refundButtonClass = [
  focusRing,
  'col-start-3 justify-self-end rounded-lg px-3 py-1 text-sm font-semibold text-slate-700',
  'ring-1 ring-slate-300 hover:bg-slate-100',
].join(' ');

/** What came back of a payment: voided, the refunded part, or a refund still queued. */
function RefundBadge({ row, waiting }: { row: PaymentRow; waiting: boolean }) {
  const t = useT();
  if (waiting) {
    return (
      <span data-testid="refund-waiting" className={`${refundBadgeClass} ${WAITING_TONE}`}>
        {t.signin.refundWaitingBadge}
      </span>
    );
  }
  if (row.voidedAt === null && row.refundedMinor === 0) return null;
  return (
    <span data-testid="refund-badge" className={`${refundBadgeClass} ${REFUNDED_TONE}`}>
      {row.voidedAt !== null
        ? t.signin.voidedBadge
        : t.signin.refundedBadge(formatMoney(row.refundedMinor, row.currency, t.locale))}
    </span>
  );
}

interface RowProps {
  readonly row: PaymentRow;
  readonly online: boolean;
  /** A refund or void of this payment waits for the server. */
  readonly refundWaiting: boolean;
  readonly onRefund: () => void;
}

function Row({ row, online, refundWaiting, onRefund }: RowProps) {
  const t = useT();
  const reason = rowReason(row.state, row.reason, online);
  const badgeClass =
    reason === 'merchant_cancelled' ? CANCELLED_BADGE_CLASS : BADGE_CLASS[outcomeOf(row.state)];
  return (
    <li
      data-testid="payment-row"
      data-payment-id={row.paymentId}
      data-state={row.state}
      title={reason !== null || row.reasonText !== null
        ? reasonInWords(t, reason, row.reasonText)
        : undefined}
      className="grid grid-cols-[auto_1fr_auto] items-center gap-3 px-5 py-3"
    >
      <span className="tabular text-slate-500">{formatTime(row.createdAt, t.locale)}</span>
      <span className="tabular text-right text-xl font-semibold">
        {formatMoney(row.amountMinor, row.currency, t.locale)}
      </span>
      <span className={`rounded-full px-3 py-1 text-sm font-semibold ${badgeClass}`}>
        {paymentLabel(row.state, reason, t)}
      </span>
      <RefundBadge row={row} waiting={refundWaiting} />
      {refundableMinor(row) > 0 && !refundWaiting && (
        <button type="button" data-testid="refund-button" onClick={onRefund}
          className={refundButtonClass}>
          {t.signin.refund}
        </button>
      )}
    </li>
  );
}

export function PaymentsToday({ currency }: { currency: Currency }) {
  const t = useT();
  const trpc = useTRPC();
  const online = useSyncStatusQuery().data?.online ?? true;
  const today = useQuery(
    trpc.payments.today.queryOptions(undefined, { refetchInterval: TODAY_REFRESH_MS }),
  );
  // The core answers newest first already; sorting again costs little and keeps the promise.
  const rows: readonly PaymentRow[] = [...(today.data ?? [])].sort(
    (a, b) => b.createdAt - a.createdAt,
  );
  const [refunding, setRefunding] = useState<PaymentRow | null>(null);
  const pending = useQuery(
    trpc.payments.pendingRefunds.queryOptions(undefined, { refetchInterval: TODAY_REFRESH_MS }),
  );
  const waiting = new Set((pending.data ?? []).map((refund) => refund.paymentId));

  return (
    <aside
      aria-labelledby="payments-today-heading"
      data-testid="payments-today"
      className={`${panel} flex min-h-0 flex-col overflow-hidden`}
    >
      <header className="border-b border-slate-200 px-5 py-4">
        <h2 id="payments-today-heading" className="text-xl font-bold">
          {t.today}
        </h2>
        <TotalLine rows={rows} currency={currency} />
        <SummaryLine rows={rows} currency={currency} />
      </header>
      {today.isError && (
        <p role="alert" className="px-5 py-3 text-rose-700">
          {describeError(today.error, t)}
        </p>
      )}
      {rows.length === 0 && today.isSuccess ? (
        <p className="px-5 py-6 text-lg text-slate-500">{t.noPaymentsToday}</p>
      ) : (
        <ol className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto">
          {rows.map((row) => (
            <Row
              key={row.paymentId}
              row={row}
              online={online}
              refundWaiting={waiting.has(row.paymentId)}
              onRefund={() => setRefunding(row)}
            />
          ))}
        </ol>
      )}
      {refunding !== null && <RefundDialog row={refunding} onClose={() => setRefunding(null)} />}
    </aside>
  );
}
