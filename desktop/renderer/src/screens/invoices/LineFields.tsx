// One line of a new invoice: what for, unit price and quantity, each with its label.
import { useId } from 'react';
import { fieldClass, secondaryButton } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import type { DraftLine } from './invoice-view.ts';

export function LineFields(props: {
  index: number;
  line: DraftLine;
  onChange: (line: DraftLine) => void;
  onRemove: (() => void) | null;
}) {
  const t = useT();
  const ids = { label: useId(), price: useId(), quantity: useId() };
  const { line, onChange } = props;
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="invoice-line">
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <label htmlFor={ids.label} className="text-sm font-semibold">{t.invoices.lineLabel}</label>
        <input id={ids.label} data-testid="line-label" value={line.label} maxLength={80}
          className={fieldClass}
          onChange={(event) => onChange({ ...line, label: event.target.value })} />
      </div>
      <div className="flex w-36 flex-col gap-1">
        <label htmlFor={ids.price} className="text-sm font-semibold">{t.invoices.linePrice}</label>
        <input id={ids.price} data-testid="line-price" inputMode="decimal" value={line.price}
          className={fieldClass}
          onChange={(event) => onChange({ ...line, price: event.target.value })} />
      </div>
      <div className="flex w-24 flex-col gap-1">
        <label htmlFor={ids.quantity} className="text-sm font-semibold">
          {t.invoices.lineQuantity}
        </label>
        <input id={ids.quantity} type="number" min={1} max={10_000} value={line.quantity}
          className={fieldClass}
          onChange={(event) => onChange({ ...line, quantity: Number(event.target.value) })} />
      </div>
      {props.onRemove && (
        <button type="button" onClick={props.onRemove}
          aria-label={t.invoices.removeLine(props.index + 1)}
          className={`${secondaryButton} h-11 w-11 text-xl`}>×</button>
      )}
    </div>
  );
}
