// An event's report, from the server: settled payments, gross, refunds, fees, net and the
// items sold. Voided payments are named apart and counted in none of the sums.
import { useQuery } from '@tanstack/react-query';
import type { Currency } from '../../../../protocol/constants.ts';
import { useT } from '../i18n/i18n-context.ts';
import { formatMoney } from '../lib/money.ts';
import { useTRPC } from '../lib/trpc.ts';
import { ErrorAlert } from './catalog-ui.tsx';

export function EventReport({ eventId, currency }: { eventId: string; currency: Currency }) {
  const t = useT();
  const trpc = useTRPC();
  const report = useQuery(trpc.events.report.queryOptions({ eventId }));
  const money = (amountMinor: number) => formatMoney(amountMinor, currency, t.locale);
  if (!report.data) return <ErrorAlert error={report.error} />;
  const data = report.data;
  const title = t.catalog.reportTitle(data.event.name);
  const figures = [
    { key: 'payments', label: t.catalog.settledPayments, value: String(data.paymentCount) },
    { key: 'gross', label: t.catalog.gross, value: money(data.grossMinor) },
    { key: 'refunds', label: t.catalog.refunds, value: money(data.refundMinor) },
    { key: 'fees', label: t.catalog.fees, value: money(data.feeMinor) },
    { key: 'net', label: t.catalog.net, value: money(data.netMinor) },
  ];
  return (
    <section data-testid="event-report" aria-label={title} className="flex flex-col gap-4">
      <h3 className="text-2xl font-bold">{title}</h3>
      <dl className="grid grid-cols-5 gap-3">
        {figures.map((figure) => (
          <div key={figure.key} className="rounded-2xl bg-slate-50 p-3">
            <dt className="text-slate-500">{figure.label}</dt>
            <dd data-testid={`report-${figure.key}`} className="tabular text-2xl font-bold">
              {figure.value}
            </dd>
          </div>
        ))}
      </dl>
      {data.voidCount > 0 && (
        <p className="text-slate-600">{t.catalog.voided(data.voidCount, money(data.voidMinor))}</p>
      )}
      <h4 className="text-xl font-semibold">{t.catalog.itemsSold}</h4>
      {data.items.length === 0 ? (
        <p className="text-slate-500">{t.catalog.noSales}</p>
      ) : (
        <table className="w-full max-w-2xl text-left text-lg">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1">{t.catalog.itemName}</th>
              <th className="text-right">{t.catalog.quantity}</th>
              <th className="text-right">{t.catalog.gross}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.items.map((item) => (
              <tr key={item.label} data-testid="report-item" data-label={item.label}
                data-quantity={item.quantity}>
                <td className="py-1">{item.label}</td>
                <td className="tabular text-right">{item.quantity}</td>
                <td className="tabular text-right">{money(item.grossMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
