// The currency a new merchant, fee version or gift batch is in: one labelled select of the
// currencies the protocol knows, shared by the administrator's forms.
import { CURRENCY_MINOR_UNITS, type Currency } from '../../../../../protocol/constants.ts';
import { fieldClass } from '../../components/ui.ts';
import { useT } from '../../i18n/i18n-context.ts';
import { labelClass } from './admin-ui.ts';

export const CURRENCIES = Object.keys(CURRENCY_MINOR_UNITS) as Currency[];

export function CurrencyField(props: {
  readonly id: string;
  readonly value: Currency;
  readonly onChange: (currency: Currency) => void;
}) {
  const t = useT();
  return (
    <label htmlFor={props.id} className={labelClass}>
      {t.admin.currencyLabel}
      <select id={props.id} value={props.value} className={fieldClass}
        onChange={(event) => props.onChange(event.target.value as Currency)}>
        {CURRENCIES.map((code) => <option key={code} value={code}>{code}</option>)}
      </select>
    </label>
  );
}
