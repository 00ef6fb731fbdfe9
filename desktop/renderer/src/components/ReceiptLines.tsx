// What was sold, on the receipt: each line with its quantity and amount. Nothing for a free
// amount (its request has no lines).
import type { Currency, Line } from '../../../../protocol/index.ts';
import { useT } from '../i18n/i18n-context.ts';
import { formatMoney } from '../lib/money.ts';

export function ReceiptLines({ lines, currency }: { lines: readonly Line[]; currency: Currency }) {
  const t = useT();
  if (lines.length === 0) return null;
  const money = (amountMinor: number) => formatMoney(amountMinor, currency, t.locale);
  return (
    <table data-testid="receipt-lines" className="min-w-80 text-left text-lg">
      <caption className="sr-only">{t.catalog.receiptLines}</caption>
      <tbody>
        {lines.map((line, index) => (
          <tr
            key={`${line.label}-${index}`}
            data-testid="receipt-line"
            className="border-b border-slate-200"
          >
            <td className="py-1 pr-4">{line.label}</td>
            <td className="tabular py-1 pr-4 text-right">× {line.quantity}</td>
            <td className="tabular py-1 text-right">
              {money(line.quantity * line.unitPriceMinor)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
